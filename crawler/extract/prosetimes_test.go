package extract

import (
	"strings"
	"testing"
)

// eventAt returns the time of the first event whose text holds s, and
// whether there is one.
func eventAt(evs []eventView, s string) (string, bool) {
	for _, ev := range evs {
		if strings.Contains(ev.text, s) {
			return ev.at, true
		}
	}
	return "", false
}

type eventView struct{ at, text string }

func extractEvents(t *testing.T, doc string) []eventView {
	t.Helper()
	in, err := Extract([]byte(doc), "prose.md", "")
	if err != nil {
		t.Fatal(err)
	}
	var out []eventView
	for _, ev := range in.Timeline {
		out = append(out, eventView{ev.At, ev.Text + " " + ev.TimeText})
	}
	return out
}

// A sentence that tells two times is two events, also when " and " or a
// comma after an "and" clause joins them ("starting at 22:45 UTC … and
// finishing around 07:00 UTC on April 2", "paged at 09:12 UTC and began
// …, finding the cause by 09:40 UTC"); a range's two times stay one event.
func TestTwoTimesInOneSentence(t *testing.T) {
	doc := "# Quillon render queue outage\n\n" +
		"On March 3, 2024 at 14:05 UTC the Quillon render queue stopped taking jobs. " +
		"Engineers were paged at 14:12 UTC and began draining the queue, finding the stuck lease by 14:40 UTC. " +
		"The workers had to be rebuilt one by one, starting at 22:45 UTC on March 3 and finishing around 01:30 UTC on March 4.\n"
	evs := extractEvents(t, doc)
	for _, want := range []struct{ text, at string }{
		{"paged at 14:12", "2024-03-03T14:12"},
		{"finding the stuck lease", "2024-03-03T14:40"},
		{"starting at 22:45", "2024-03-03T22:45"},
		{"finishing around 01:30", "2024-03-04T01:30"},
	} {
		if at, ok := eventAt(evs, want.text); !ok || !strings.HasPrefix(at, want.at) {
			t.Errorf("event %q at %q (found %v), want %s; timeline %+v", want.text, at, ok, want.at, evs)
		}
	}
	ranged := "# Ledgerly sync errors\n\nOn May 2, 2024, between 8:19 AM and 9:43 AM UTC, Ledgerly sync returned errors. " +
		"The team was alerted at 8:25 AM UTC.\n"
	evs = extractEvents(t, ranged)
	for _, ev := range evs {
		if strings.HasPrefix(ev.text, "9:43") || strings.HasPrefix(ev.text, "AM UTC") {
			t.Errorf("a range was cut in two: %+v", evs)
		}
	}
	if at, ok := eventAt(evs, "alerted at 8:25"); !ok || !strings.HasPrefix(at, "2024-05-02T08:25") {
		t.Errorf("alert at %q, want 2024-05-02T08:25; timeline %+v", at, evs)
	}
}

// A sentence's later time is where the story it tells ended; the next
// sentence goes back to the day it began, not the day after.
func TestLaterClauseKeepsTheDay(t *testing.T) {
	doc := "# Parcelhub label API outage\n\n" +
		"On June 9, 2023, the issue began at 07:38 UTC and was fully mitigated by 10:42 UTC. " +
		"Engineers were alerted at 07:47 UTC. A configuration rollback started at 10:05 UTC.\n"
	evs := extractEvents(t, doc)
	for _, want := range []struct{ text, at string }{
		{"mitigated by 10:42", "2023-06-09T10:42"},
		{"alerted at 07:47", "2023-06-09T07:47"},
		{"rollback started", "2023-06-09T10:05"},
	} {
		if at, ok := eventAt(evs, want.text); !ok || !strings.HasPrefix(at, want.at) {
			t.Errorf("event %q at %q (found %v), want %s; timeline %+v", want.text, at, ok, want.at, evs)
		}
	}
}

// A time told in prose whose day cannot be known (a weekday and a day
// without a year, or no day at all) is still an event, with an empty at
// and the time as written.
func TestDatelessProseTimes(t *testing.T) {
	doc := "# Tallyhub metadata disruption\n\n" +
		"A brief network disruption occurred on Sunday, June 7, at 3:12am PDT, affecting Tallyhub's ledger nodes. " +
		"This led to a peak error rate of 40% by 3:30am PDT.\n\n" +
		"Requests were throttled at 5:06am PDT, and the service was largely restored by 6:40am PDT.\n"
	evs := extractEvents(t, doc)
	for _, want := range []string{"network disruption", "peak error rate", "throttled", "largely restored"} {
		at, ok := eventAt(evs, want)
		if !ok || at != "" {
			t.Errorf("event %q at %q (found %v), want one without a date; timeline %+v", want, at, ok, evs)
		}
	}
	// their span, told in order, is how long it lasted: 3:12 to "largely
	// restored by 6:40"
	in, err := Extract([]byte(doc), "tallyhub.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.DurationMinutes != 208 || in.StartedAt != "" || in.EndedAt != "" {
		t.Errorf("lasted %d min, started %q, ended %q; want 208 min and no start or end", in.DurationMinutes, in.StartedAt, in.EndedAt)
	}
	// told out of order, they tell no length
	shuffled := strings.Replace(doc, "by 6:40am PDT", "by 2:40am PDT", 1)
	if in, err = Extract([]byte(shuffled), "tallyhub.md", ""); err != nil {
		t.Fatal(err)
	}
	if in.DurationMinutes != 0 {
		t.Errorf("lasted %d min, want 0 for times out of order", in.DurationMinutes)
	}
	zh := "# 某外卖平台点餐系统故障\n\n监控系统注意到从周五05:00 GMT起，点餐应用的问题急剧增加。\n\n格林尼治标准时间14:15，所有门店已重新开放。\n"
	evs = extractEvents(t, zh)
	for _, want := range []string{"问题急剧增加", "所有门店已重新开放"} {
		if at, ok := eventAt(evs, want); !ok || at != "" {
			t.Errorf("event %q at %q (found %v), want one without a date; timeline %+v", want, at, ok, evs)
		}
	}
}

// Key events that say when an incident began and was resolved bound it;
// a range the Impact states within them is part of the impact, not the
// incident's span.
func TestKeyEventsBeatAnImpactRange(t *testing.T) {
	doc := "# Incident on 2024-11-05\n\n" +
		"- **Key events**\n  - Fault occurs 2024-11-05 09:02\n  - Incident declared 2024-11-05 09:15\n  - Resolved 2024-11-05 09:58\n\n" +
		"- **Time to resolve**: 0h 56m\n\n" +
		"- **Impact**:\n  - The Grafana dashboards were unavailable for everyone.\n" +
		"  - Between 2024-11-05 09:20 and 2024-11-05 09:24, the metrics store could not receive samples.\n"
	in, err := Extract([]byte(doc), "incident.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2024-11-05T09:02") || !strings.HasPrefix(in.EndedAt, "2024-11-05T09:58") || in.DurationMinutes != 56 {
		t.Errorf("started %q ended %q lasted %d, want 09:02 to 09:58, 56 min", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
}

// A timeline row labelled "Recovery:" is where the incident ended; the rows
// after it (a permanent fix, an upgrade) are follow-ups.
func TestRecoveryRowEndsTheIncident(t *testing.T) {
	doc := "# Ledger metrics missing\n\n## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n| :--- | --- |\n" +
		"| 2023-04-11 10:05 | The ledger exporter starts timing out. |\n" +
		"| 2023-04-11 13:40 | **Detection:** A developer sees no ledger metrics. |\n" +
		"| 2023-04-11 14:10 | **Recovery:** Scrape timeout raised to 30 seconds. |\n" +
		"| 2023-04-11 17:55 | Exporter upgraded for a small speed-up. |\n"
	in, err := Extract([]byte(doc), "ledger.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.EndedAt, "2023-04-11T14:10") || in.DurationMinutes != 245 {
		t.Errorf("ended %q after %d min, want 14:10 and 245 min", in.EndedAt, in.DurationMinutes)
	}
}

// Front matter that ends an incident on a day alone (its full recovery,
// days later) gives way to the range the first paragraph states with clock
// times; a range told further on (a step's window) does not replace it.
func TestFirstParagraphRangeBeatsFrontMatterDay(t *testing.T) {
	fm := "---\ntitle: Readlater database outage\nstart_time: 2024-03-04T17:10:00Z\nend_time: 2024-03-09T00:00:00Z\ncompany: Readlater\n---\n\n"
	doc := fm + "Readlater was down from Monday, March 4 at 9:10 AM PT until Tuesday, March 5 at 6:00 PM PT. Full service came back on March 8, 2024.\n\n" +
		"The root cause was a file size limit of the database's old filesystem.\n"
	in, err := Extract([]byte(doc), "readlater.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.EndedAt, "2024-03-05T18:00") || in.DurationMinutes != 32*60+50 {
		t.Errorf("ended %q after %d min, want 2024-03-05 18:00 and 1970 min", in.EndedAt, in.DurationMinutes)
	}
	// the day written right before "at" dates the time ("March 4 at 9:10 AM")
	if len(in.Timeline) == 0 || !strings.HasPrefix(in.Timeline[0].At, "2024-03-04T09:10") {
		t.Errorf("timeline %+v, want its first event at 2024-03-04 09:10", in.Timeline)
	}
	later := fm + "On March 4th, 2024, starting at 09:10 PT, Readlater customers lost access. Sites were restored over the following days.\n\n" +
		"A script deleted the wrong records. This resulted in the deletion of 300 accounts between 09:10 PT and 09:33 PT on March 4th.\n"
	if in, err = Extract([]byte(later), "readlater.md", ""); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.EndedAt, "2024-03-09") {
		t.Errorf("ended %q, want the front matter's 2024-03-09", in.EndedAt)
	}
}

// A write-up that states the span first and then retells the day from its
// start keeps the retold times on the same day: "at 9:05 AM" after "until
// 2:30 PM PDT" goes back over the morning, not on to the next one.
func TestRetoldDayStaysOnItsDay(t *testing.T) {
	doc := "# Summary of the Tamsin Object Store event\n\n" +
		"On March 4, 2025, starting at 9:05 AM PDT, customers saw elevated errors when writing objects. The event lasted until 2:30 PM PDT.\n\n" +
		"At 9:05 AM a configuration push lowered the write quota of the metadata tier. At 11:20 AM we reverted the push, and by 2:30 PM all writes succeeded again.\n"
	in, err := Extract([]byte(doc), "tamsin.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-03-04T09:05:00-07:00" || in.EndedAt != "2025-03-04T14:30:00-07:00" || in.DurationMinutes != 325 {
		t.Errorf("span %s – %s (%d min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2025-03-05") {
			t.Errorf("event moved to the next day: %s %q", ev.At, ev.Text)
		}
	}
}

// A time told a few hours before the last one, when the next day's would
// be most of a day on, is the same day's told out of order: the change
// that set the outage off at 2:40 AM, told after the errors of 6:05 AM.
func TestEarlierTriggerStaysOnItsDay(t *testing.T) {
	doc := "# Summary of the Tamsin Stream Event in the West Region\n\n" +
		"This note explains the disruption of Tamsin Streams in the West Region on 12 February 2025.\n\n" +
		"Starting at 6:05 AM PST, producers saw rising error rates. A routine expansion of the front-end fleet had begun at 2:40 AM PST, and it pushed every server past its thread limit. At 4:50 PM PST the service had fully recovered.\n"
	in, err := Extract([]byte(doc), "tamsin.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.EndedAt != "2025-02-12T16:50:00-08:00" {
		t.Errorf("end %s, want the same day's 4:50 PM", in.EndedAt)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2025-02-13") {
			t.Errorf("event moved to the next day: %s %q", ev.At, ev.Text)
		}
	}
}

// Dates written without a year take the year the page writes most, when
// nothing else dates it: a forum thread whose posts are dated "03-09-2025"
// and whose answer says "From 10:05 to 11:20 CEST on 2 September".
func TestYearFromPostDates(t *testing.T) {
	doc := "Tamsin Community › Networking\n\nVMs in fra-2a lost their private network on 2 September?\n\nposted by kvb · 02-09-2025\n\nOur VMs could not reach each other for an hour. Anyone else?\n\n" +
		"Accepted solution · posted by Tamsin staff · 03-09-2025\n\nFrom 10:05 to 11:20 CEST on 2 September a route update removed the private subnets from one zone's routers. We restored the routes and will validate updates before they apply.\n"
	in, err := Extract([]byte(doc), "tamsin.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-09-02T10:05:00+02:00" || in.DurationMinutes != 75 {
		t.Errorf("start %q, %d min", in.StartedAt, in.DurationMinutes)
	}
	for _, tc := range []struct {
		text string
		want int
	}{
		{"posted 22-04-2025 · reply 23-04-2025", 2025},
		{"Reference KN-2025-0513. Maintenance window KN-2025-0513.", 2025},
		{"version 2024 of the agent", 0},
		{"In 2019 we moved.", 0},
	} {
		if got := commonYear(tc.text); got != tc.want {
			t.Errorf("commonYear(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// A status page's fields of the event's start and end (事件开始时间, 事件结束
// 时间) state its span: the later "已解决" update, posted after the backlog
// was worked off, does not end it.
func TestEventFieldsBeatLastUpdate(t *testing.T) {
	doc := "青梧云 服务状态\n\n事件详情\n对象存储上传失败\n\n已解决\n此事件已解决。上传成功率自 10:40 起恢复正常，积压任务已于 11:30 前处理完毕。\n2025年6月9日 11:42 CST\n\n" +
		"调查中\n部分用户上传文件失败，正在排查。\n2025年6月9日 09:58 CST\n\n事件开始时间：2025年6月9日 09:45 CST\n事件结束时间：2025年6月9日 10:40 CST\n"
	in, err := Extract([]byte(doc), "qingwu.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-06-09T09:45:00+08:00" || in.EndedAt != "2025-06-09T10:40:00+08:00" || in.DurationMinutes != 55 {
		t.Errorf("span %s – %s (%d min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
}

// A news story's dateline ("June 3, 2025 at 8:40 p.m. ET", under its
// byline) tells when it was posted, not when anything happened: the
// outage's afternoon times stay on their day.
func TestDatelineIsNoEvent(t *testing.T) {
	doc := "Tamsin Mail outage: expired certificate blocked logins for hours\nBy Ora Pell, Staff Writer\nJune 3, 2025 at 8:40 p.m. ET\n\n" +
		"Users of Tamsin Mail could not sign in from about 2:10 p.m. ET on Tuesday, the company said. An expired certificate on its login servers was to blame.\n\n" +
		"Tamsin said logins worked again by 5:25 p.m. after the certificate was renewed.\n"
	in, err := Extract([]byte(doc), "news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-06-03T14:10:00-04:00" || in.EndedAt != "2025-06-03T17:25:00-04:00" {
		t.Errorf("span %s – %s (%d min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	for _, line := range []string{"June 3, 2025 at 8:40 p.m. ET", "2025-06-03 20:40"} {
		if !dateline(line, "en") {
			t.Errorf("dateline(%q) = false", line)
		}
	}
	if dateline("June 3, 2025 at 8:40 p.m. ET logins failed", "en") {
		t.Error("an event taken for a dateline")
	}
}
