package extract

import (
	"strings"
	"testing"
)

// TestProseDayFromTheTop: a summary paragraph that opens on a dated
// range and ends on a later day ("… fully cleared by 4:10 AM PDT on
// March 12th") is read twice, first for its dated stamps to the end of
// the text, then sentence by sentence for its clock times. The second
// reading starts from the top again: the clock times of its middle
// sentences ("A config push began at 8:05 AM PDT") are on the day the
// paragraph opened with, not the later day the first reading ended on.
func TestProseDayFromTheTop(t *testing.T) {
	doc := "---\ntitle: Tarnhollow Queue service event in the Westmark region\ncompany: Tarnhollow\n---\n\n" +
		"A service disruption occurred in the Westmark Region on March 11th, 2025, affecting message delivery with elevated error rates between 1:20 PM PDT and 6:45 PM PDT. " +
		"The issue stemmed from a partition map that a routine config push had left out of date. " +
		"While the config push began at 8:05 AM PDT, the impact on queues started at 1:20 PM PDT. " +
		"First signs of recovery were observed at 3:55 PM PDT, with most queues draining by 5:30 PM PDT, and normal operations restored by 6:45 PM PDT. " +
		"Dead-letter backlogs took longer to clear, fully clearing by 4:10 AM PDT on March 12th.\n\n" +
		"The root cause was the stale partition map, which sent writes for a third of the queues to hosts that no longer owned them.\n"
	in := extractString(t, "tarnhollow.md", doc)
	if !strings.HasPrefix(in.StartedAt, "2025-03-11T13:20:00") {
		t.Errorf("started_at %q, want 2025-03-11T13:20 PDT", in.StartedAt)
	}
	want := map[string]string{"8:05 AM PDT": "2025-03-11T08:05", "3:55 PM PDT": "2025-03-11T15:55", "5:30 PM PDT": "2025-03-11T17:30", "4:10 AM PDT": "2025-03-12T04:10"}
	seen := map[string]bool{}
	for _, ev := range in.Timeline {
		if w, ok := want[ev.TimeText]; ok {
			seen[ev.TimeText] = true
			if !strings.HasPrefix(ev.At, w) {
				t.Errorf("event %q at %q, want %s", ev.Text, ev.At, w)
			}
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("no event at %s in %+v", k, in.Timeline)
		}
	}
}

// TestMachineStampFields: a notification page's fields written as a
// machine writes them, seconds with their fraction and a Z ("End:
// 2026-02-17T08:41:00.000Z"), state the start and the end: a line of the
// resolution that tells when the fix went in ("The route table was
// restored at 08:20 UTC") is an event, not the end the field states.
func TestMachineStampFields(t *testing.T) {
	doc := "Harrowfield Cloud\nStatus   Notifications   Log in\n\n" +
		"Resolved: Object storage requests failing in nl-ams\n" +
		"Type: Incident\nSeverity: Sev-2\nStatus: Resolved\n" +
		"Start: 2026-05-04T13:10:00.000Z\nEnd: 2026-05-04T15:02:00.000Z\n" +
		"Affected regions: nl-ams (Amsterdam)\n\n" +
		"Description\nCustomers in nl-ams received HTTP 503 responses for about a third of object storage requests. Uploads retried by clients mostly succeeded.\n\n" +
		"Root cause\nA route table update applied at 13:08 UTC withdrew the routes to two of the six storage gateways.\n\n" +
		"Resolution\nThe route table was restored at 14:40 UTC, and error rates fell as connections were re-established; all checks were green at 15:02 UTC.\n\n" +
		"Updated: 2026-05-05T09:00:00.000Z\n"
	in := extractTxt(t, "harrowfield.txt", doc)
	if in.StartedAt != "2026-05-04T13:10:00Z" || in.EndedAt != "2026-05-04T15:02:00Z" {
		t.Errorf("started %q ended %q, want 13:10Z and 15:02Z from the fields", in.StartedAt, in.EndedAt)
	}
	for _, c := range []struct {
		in   string
		want string // the stamp's text, empty for none
	}{
		{"2026-02-17T08:41:00.000Z", "2026-02-17T08:41:00.000Z"},
		{"2026-02-17T08:41:00.5+01:00", "2026-02-17T08:41:00.5+01:00"},
		{"2026-02-17 08:41. Then", "2026-02-17 08:41"},
	} {
		st, _, ok := parseStamp(c.in, "en")
		if !ok || st.text != c.want {
			t.Errorf("parseStamp(%q) = %q, %v; want %q", c.in, st.text, ok, c.want)
		}
	}
}

// TestActionClauseLines: in a write-up whose key events give the day, a
// context line that opens with an action and the clock time it was done
// at, then goes on ("The node was retired by the provider at 09:40,
// the queue stopped approx 09:43."), gives that action as an event; the
// line stays in its section (a remediation line keeps its place).
func TestActionClauseLines(t *testing.T) {
	doc := "# Incident on 2026-04-09 - Queue workers DOWN\n\n" +
		"- **Key events**\n  - First detected 2026-04-09 09:43\n  - Incident declared: 2026-04-09 09:50\n  - Resolved 2026-04-09 10:20\n\n" +
		"- **Time to resolve**: 37m\n\n" +
		"- **Impact**: Background jobs were not processed for 37 minutes.\n\n" +
		"- **Context**:\n  - The node was retired by the provider at 09:40, the queue stopped approx 09:43.\n" +
		"  - Users were told in the support channel at approx 10:05, once it was clear the upgrade work elsewhere was not the cause of the outage.\n\n" +
		"- **Resolution**:\n  - The stuck pod was deleted by us at approx 09:58, which let the scheduler place it on a healthy node.\n\n" +
		"- **Review actions**:\n  - Send retirement notices to the team channel.\n"
	in := extractString(t, "queue-down.md", doc)
	want := map[string]string{"2026-04-09T09:40:00Z": "The node was retired by the provider", "2026-04-09T09:58:00Z": "The stuck pod was deleted by us", "2026-04-09T10:05:00Z": "Users were told in the support channel"}
	for _, ev := range in.Timeline {
		if w, ok := want[ev.At]; ok {
			if ev.Text != w {
				t.Errorf("event at %s: %q, want %q", ev.At, ev.Text, w)
			}
			delete(want, ev.At)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing events %v in %+v", want, in.Timeline)
	}
	if !strings.Contains(in.Remediation, "stuck pod was deleted") {
		t.Errorf("remediation %q lost the line the event was read from", in.Remediation)
	}
}

// TestZhLengthAsCopula: a Chinese length told with 为 ("总停机时间约为 3
// 小时", "中断时长为45分钟") is the outage's length.
func TestZhLengthAsCopula(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"更新：他们回来了。总停机时间约为 3 小时。官方回应见公告。", 180},
		{"本次中断时长为45分钟，期间部分用户无法登录。", 45},
		{"故障为配置错误导致，影响约 20 分钟。", 20},
	} {
		if got := statedDuration(c.text, "zh"); got != c.want {
			t.Errorf("statedDuration(%q) = %d, want %d", c.text, got, c.want)
		}
	}
	doc := "# 快讯：某机房停电，多家网站离线\n\n今晚一场交通事故撞坏了变压器，某数据中心随即断电，备用发电机启动后两台冷却机组未能接上。\n\n许多网站因此离线。\n\n更新：他们回来了。总停机时间约为 3 小时。\n"
	if in := extractString(t, "jifang.md", doc); in.DurationMinutes != 180 {
		t.Errorf("duration %d, want 180", in.DurationMinutes)
	}
}

// TestTrailingImpact: a write-up told in paragraphs with no impact
// section and no sentence about its users gives as impact the sentence
// whose closing clause tells what the failure led to ("…, leading to
// elevated errors in the export service").
func TestTrailingImpact(t *testing.T) {
	doc := "---\ntitle: Brindle Mail export degradation\ncompany: Brindle Mail\n---\n\n" +
		"On March 3rd at 09:12 UTC, Brindle Mail engineers began responding to alerts about the export service and its Postgres replicas. Within ten minutes it was clear that the replicas, used for most read queries, were saturated and failing to answer, leading to elevated errors in the export service.\n\n" +
		"The saturation was attributed to a connection pool setting changed the day before, which let every export worker open forty connections instead of four.\n\n" +
		"At 10:02 UTC the setting was reverted and the replicas recovered by 10:20 UTC.\n"
	in := extractString(t, "brindle.md", doc)
	if !strings.Contains(in.Impact, "leading to elevated errors in the export service") {
		t.Errorf("impact %q, want the sentence that tells the errors", in.Impact)
	}
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The replicas were saturated, resulting in an elevated error rate for the API.", true},
		{"The queue backed up, causing intermittent timeouts for checkout.", true},
		{"The rebuild took hours, causing significant delays.", false},
		{"The fix rolled out, leading to a rapid recovery.", false},
	} {
		if got := trailingImpact.MatchString(c.sent); got != c.want {
			t.Errorf("trailingImpact(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestMediaOffsets: a recording's page (a podcast's show notes with
// chapters, a transcript whose lines open with the time into the
// recording) tells offsets, not clock times: "[24:05] Why failover took
// so long" and "[00:06:49] Sam: …" are no events, and the outage is not
// 22 hours long from 02:10 to 00:24:05. The times the speakers tell ("At
// 10:40 in the morning, Eastern") are what is left to read. A status
// page's clock list ("[09:12] Investigating") and a log whose seconds
// open a day after midnight are left alone.
func TestMediaOffsets(t *testing.T) {
	doc := "<html><head><title>Ep. 12: The night Brantley's payments stalled – Night Shift podcast</title></head><body>" +
		"<h1>The night Brantley's payments stalled, with Ada Merrow</h1>" +
		"<p>Episode 12 · 3 March 2026 · 38 min</p>" +
		"<div class=\"player\"><button>Play</button> <span>00:00 / 38:02</span> <a>Download MP3</a> <a>RSS</a></div>" +
		"<h2>Chapters</h2><ul><li>[01:40] What Brantley runs on</li><li>[07:15] The queue that filled</li><li>[19:30] Failing over</li><li>[31:05] What changed</li></ul>" +
		"<h2>Transcript</h2>" +
		"<p>[00:00:04] Lee Forde: Welcome back to Night Shift. Today Ada Merrow from Brantley tells us about a payments outage.</p>" +
		"<p>[00:07:20] Ada Merrow: It was Tuesday the 24th of February. At 21:10 UTC card payments started timing out because the settlement queue had filled its disk.</p>" +
		"<p>[00:19:35] Ada Merrow: We failed over to the second broker at 22:05 UTC and payments went through again by 22:40 UTC.</p>" +
		"<p>[00:31:10] Ada Merrow: Afterwards we put an alert on queue disk usage.</p>" +
		"</body></html>"
	in, err := Extract([]byte(doc), "brantley-ep12.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.TimeText, "00:") || strings.HasPrefix(ev.Text, "00:") || ev.TimeText == "31:05" || ev.TimeText == "19:30" || ev.TimeText == "07:15" || ev.TimeText == "01:40" {
			t.Errorf("an offset read as a time: %+v", ev)
		}
	}
	if in.DurationMinutes > 180 {
		t.Errorf("duration %d, from offsets", in.DurationMinutes)
	}
	// the transcript is the page's body: the times its speakers tell are
	// the timeline, its account of the cause the cause
	told := map[string]bool{}
	for _, ev := range in.Timeline {
		told[strings.TrimSuffix(ev.TimeText, " UTC")] = true
	}
	if !told["21:10"] || !told["22:40"] {
		t.Errorf("timeline %+v, want the speakers' 21:10 and 22:40", in.Timeline)
	}
	if in.DurationMinutes != 90 {
		t.Errorf("duration %d, want 90 (21:10 to 22:40)", in.DurationMinutes)
	}
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"[01:40] What Brantley runs on", "[07:15] The queue that filled", "[19:30] Failing over", "[31:05] What changed"}, true},
		{[]string{"[00:00:04] Lee: Welcome back.", "[00:07:20] Ada: It was a Tuesday.", "[00:19:35] Ada: We failed over."}, true},
		{[]string{"[09:12] Investigating", "[09:40] Identified", "[10:05] Resolved"}, false},
		{[]string{"00:00:04 UTC cron started the backup", "00:07:20 UTC backup failed", "00:19:35 UTC paged on-call"}, false},
		{[]string{"[02:10] First", "[06:45] Second"}, false}, // two lines are no run
	} {
		var blocks []block
		for _, l := range c.lines {
			blocks = append(blocks, block{kind: kindPara, text: l})
		}
		got := withoutMediaOffsets(blocks)
		stripped := got[0].text != c.lines[0]
		if stripped != c.want {
			t.Errorf("withoutMediaOffsets(%q) stripped %v, want %v", c.lines, stripped, c.want)
		}
	}
}

// TestPublishedFactLine: a page's line of facts, one of which says when it
// was published ("Incident report · published 9 March 2026", "Season 2 ·
// Episode 4 · Published 12 May 2026 · 41 minutes"), dates the page, not
// the incident: the clock times of its timeline are on the day the text
// names ("On Thursday 7 May"), not on the day it was published.
func TestPublishedFactLine(t *testing.T) {
	doc := "<html><body><h1>Card payments declined at Quenby Bank</h1>" +
		"<p class=\"lead\">Incident report · published 12 May 2026 · 4 min read</p>" +
		"<p>On Thursday 7 May, card payments made with Quenby debit cards were declined for most customers after a certificate used between the card processor and the bank expired.</p>" +
		"<h2>Timeline (UTC)</h2><ul><li>09:14 First declined payments reported</li><li>09:31 Certificate expiry identified</li><li>10:02 Renewed certificate deployed; payments recovering</li></ul>" +
		"</body></html>"
	in, err := Extract([]byte(doc), "quenby.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-05-07T09:14") {
		t.Errorf("started_at %q, want 2026-05-07T09:14", in.StartedAt)
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Season 3 · Episode 12 · Published 30 November 2026 · 37 minutes", true},
		{"Incident report | published 9 March 2026", true},
		{"The fix was published · 9 March 2026", false},
	} {
		if got := byline.MatchString(c.line); got != c.want {
			t.Errorf("byline(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
