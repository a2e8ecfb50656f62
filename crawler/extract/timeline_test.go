package extract

import (
	"strings"
	"testing"
)

// "左右" after a time is part of the time ("about"), not the event's text.
func TestAboutBelongsToTime(t *testing.T) {
	doc := "2024 年 5 月 9 日：同步服务中断报告\n\n5 月 9 日上午 9 点 10 分左右，同步服务开始报错。\n\n10:40 服务恢复。\n"
	in, err := Extract([]byte(doc), "sync.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.Text, "左右") {
			t.Errorf("event %q: 左右 left in the text", ev.Text)
		}
		if strings.Contains(ev.Text, "同步服务开始报错") && !strings.HasSuffix(ev.TimeText, "左右") {
			t.Errorf("time text %q, want it to end with 左右", ev.TimeText)
		}
	}
}

// A clock left to fill in ("HH:mm") is neither a time nor the event's text.
func TestClockPlaceholder(t *testing.T) {
	doc := "# Gateway 502s\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2023-03-01 HH:mm | A limit was applied to the gateway namespace |\n| 2023-03-09 14:05 | The limit was removed |\n"
	in, err := Extract([]byte(doc), "gw.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) != 2 {
		t.Fatalf("timeline %+v, want two events", in.Timeline)
	}
	if ev := in.Timeline[0]; ev.Text != "A limit was applied to the gateway namespace" || strings.Contains(ev.TimeText, "HH") {
		t.Errorf("event %+v: the placeholder is left in", ev)
	}
}

// A blog's byline with its reading time is no event, and the day the
// opening names without a year ("On Wednesday, March 4") is the day of the
// times written without one, in the year the post was published.
func TestYearlessIncidentDay(t *testing.T) {
	doc := "# Delayed exports on March 4\n\nMarch 6, 2026 · 4 min read\n\nOn Wednesday, March 4, exports from Tallyhub were delayed for two hours.\n\n## Timeline\n\n* 08:10 — export latency rises\n* 10:10 — backlog drained\n"
	in, err := Extract([]byte(doc), "exports.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-03-04T08:10") || !strings.HasPrefix(in.EndedAt, "2026-03-04T10:10") {
		t.Errorf("started %q ended %q, want 2026-03-04 08:10 to 10:10", in.StartedAt, in.EndedAt)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "min read") {
			t.Errorf("the byline is an event: %+v", ev)
		}
	}
	// a later incident told "on Thursday, March 5th, from …" is dated so
	prose := "# Two export delays in March\n\nPublished March 9, 2026\n\nOn Wednesday, March 4th, exports were delayed after a deploy.\n\nA separate delay occurred on Thursday, March 5th, from 11:27 am to 12:28 pm UTC. It was caused by a full disk.\n"
	in, err = Extract([]byte(prose), "two.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-03-05T11:27") {
		t.Errorf("started %q, want the day its sentence names, 2026-03-05", in.StartedAt)
	}
}

// A clock time in prose keeps the part of the day written before it
// ("下午3:30" is 15:30), and an edit line ("更新于 …") is a byline.
func TestProseDayPart(t *testing.T) {
	doc := "# 支付接口超时复盘\n\n编辑者：示例 · 更新于 2026-05-11 18:02\n\n2026年5月8日下午3:30，支付接口开始超时；下午4:10，扩容后恢复。\n\n原因是连接池配置过小。\n"
	in, err := Extract([]byte(doc), "pay.md", "")
	if err != nil {
		t.Fatal(err)
	}
	var ats []string
	for _, ev := range in.Timeline {
		ats = append(ats, ev.At)
	}
	if len(ats) != 2 || !strings.HasPrefix(ats[0], "2026-05-08T15:30") || !strings.HasPrefix(ats[1], "2026-05-08T16:10") {
		t.Errorf("timeline at %v, want 15:30 and 16:10 on 2026-05-08 (and no event for the edit line)", ats)
	}
}

// An e-mail announcement: its Date header dates it, and "on Tuesday 3
// March" names the incident's day.
func TestEmailAnnouncement(t *testing.T) {
	doc := "From: Service Desk <desk@example.ac.uk>\nDate: Wed, 4 Mar 2026 09:12:44 +0100\nSubject: Resolved: Outage of the library catalogue on Tuesday 3 March\n\nDear colleagues,\n\nFrom 08:20 until approximately 10:05 CET on Tuesday 3 March, the library catalogue could not be searched.\n\nThe cause was a failed database disk.\n"
	in, err := Extract([]byte(doc), "mail.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Published != "2026-03-04" || !strings.HasPrefix(in.StartedAt, "2026-03-03T08:20") || !strings.HasPrefix(in.EndedAt, "2026-03-03T10:05") {
		t.Errorf("published %q started %q ended %q, want 2026-03-04 and 3 March 08:20–10:05", in.Published, in.StartedAt, in.EndedAt)
	}
}

// A year mistyped in one event ("2023-04-18 10:05" in the write-up of an
// incident of 2024-04-18) is read in the incident's year when its day and
// time fall among the other events; an event a year before on another day
// (the change that set the incident up) keeps its year; an incident
// declared weeks before it was resolved still starts it.
func TestYearSlip(t *testing.T) {
	doc := `# Incident on 2024-04-18 - Build agents lost their registry credentials

- **Key events**
  - First detected 2024-04-18 09:40
  - Incident declared: 2023-04-18 10:05
  - Repaired 2024-04-18 11:20
  - Resolved 2024-04-18 11:30

- **Context**: The credential rotation job was added on 2023-02-02 09:00 and ran every quarter since.
`
	in, err := Extract([]byte(doc), "2024-04-18-registry.md", "")
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]string{}
	for _, ev := range in.Timeline {
		at[ev.Text] = ev.At
	}
	if got := at["Incident declared"]; !strings.HasPrefix(got, "2024-04-18T10:05") {
		t.Errorf("Incident declared at %q, want 2024-04-18T10:05 (timeline %+v)", got, in.Timeline)
	}
	for text, a := range at {
		if strings.Contains(text, "rotation job") && !strings.HasPrefix(a, "2023-02-02") {
			t.Errorf("the set-up change moved to %q", a)
		}
	}
	if !strings.HasPrefix(in.StartedAt, "2024-04-18T09:40") || !strings.HasPrefix(in.EndedAt, "2024-04-18T11:30") {
		t.Errorf("started %q ended %q, want 2024-04-18 09:40 to 11:30", in.StartedAt, in.EndedAt)
	}

	long := `# Incident on 2024-06-03 - Exposure of CI secrets

- **Key events**
  - Incident declared: 2023-06-03 08:50
  - Repaired 2024-06-28 16:00
  - Resolved 2024-06-28 16:10
`
	in, err = Extract([]byte(long), "2024-06-03-ci.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2024-06-03T08:50") || !strings.HasPrefix(in.EndedAt, "2024-06-28T16:10") {
		t.Errorf("started %q ended %q, want 2024-06-03 08:50 to 2024-06-28 16:10 (timeline %+v)", in.StartedAt, in.EndedAt, in.Timeline)
	}
}

// A key event whose time was never filled in ("First detected 2024-06-02
// (Time TBC)") is still an event of that day.
func TestDayWithTimeToBeConfirmed(t *testing.T) {
	doc := "# Incident on 2024-06-03 - Exposure of CI secrets\n\n- **Key events**\n  - First detected 2024-06-02 (Time TBC)\n  - Incident declared: 2024-06-03 08:50\n  - Resolved 2024-06-28 16:10\n"
	in, err := Extract([]byte(doc), "ci.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) != 3 || in.Timeline[0].Text != "First detected" || !strings.HasPrefix(in.Timeline[0].At, "2024-06-02") || strings.Contains(in.Timeline[0].TimeText, "TBC") {
		t.Errorf("timeline %+v, want First detected on 2024-06-02 first", in.Timeline)
	}
}

// A log-style "[MM-DD HH:MM]" timeline: each line is a day and a time of
// the write-up's year, and a day of the December before it belongs to the
// year before (not to the December after the incident); an event's closing
// bracket stays with it.
func TestMonthDayClockTimeline(t *testing.T) {
	doc := "# March 12th, 2024 Runner Pool Outage\n\nAll times in PDT (UTC-7).\n\n## Timeline\n\n" +
		"- [12-14 10:02] A config flag that breaks the pool's start-up is merged\n" +
		"- [03-11 22:40] The node hosting the pool manager is drained (**outage starts**)\n" +
		"- [03-12 01:15] Users report failing jobs\n" +
		"- [03-12 06:05] A fixed image is deployed (**outage ends**)\n"
	in, err := Extract([]byte(doc), "2024-03-12.md", "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2023-12-14T10:02", "2024-03-11T22:40", "2024-03-12T01:15", "2024-03-12T06:05"}
	if len(in.Timeline) != len(want) {
		t.Fatalf("timeline %+v, want %d events", in.Timeline, len(want))
	}
	for i, ev := range in.Timeline {
		if !strings.HasPrefix(ev.At, want[i]) {
			t.Errorf("event %d at %q, want %s", i, ev.At, want[i])
		}
	}
	if got := in.Timeline[1].Text; got != "The node hosting the pool manager is drained (outage starts)" {
		t.Errorf("event text %q", got)
	}
	if !strings.HasPrefix(in.StartedAt, "2024-03-11T22:40") || !strings.HasPrefix(in.EndedAt, "2024-03-12T06:05") {
		t.Errorf("started %q ended %q", in.StartedAt, in.EndedAt)
	}
}

// A label alone over its items ("- **Impact**:" then "  - …") adds no
// empty first line to the section.
func TestLabelOverItemsNoEmptyLine(t *testing.T) {
	doc := "# Incident on 2024-02-02 - Ingress pods crashlooping\n\n- **Impact**:\n  - Increased risk of every ingress failing.\n\n- **Context**:\n  - Two of six ingress pods were crashlooping after the leader exhausted shared memory.\n\n- **Resolution**:\n    The leader pod was restarted.\n"
	in, err := Extract([]byte(doc), "ingress.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"impact": in.Impact, "cause": in.Cause, "remediation": in.Remediation} {
		if v == "" || v != strings.TrimSpace(v) {
			t.Errorf("%s = %q, want text without empty lines around it", name, v)
		}
	}
}

// Times written without a year in a write-up that only its front matter
// dates are in the front matter's year; a city's time ("San Francisco
// time") is a zone; a title's "of August 2019" dates the rest.
func TestFrontMatterDatesProse(t *testing.T) {
	doc := "---\ntitle: Lumen Queue outage\nstart_time: 2019-01-12T14:09:00Z\n---\n\nOn January 12th at 14:09 UTC, Lumen engineers began responding to alerts on the queue cluster.\n\nAt 15:15 UTC, the team rolled back the broker upgrade, and the queue drained by 15:40 UTC.\n"
	in, err := Extract([]byte(doc), "lumen.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) < 2 {
		t.Fatalf("timeline %+v, want the prose times", in.Timeline)
	}
	for _, ev := range in.Timeline {
		if !strings.HasPrefix(ev.At, "2019-01-12T") {
			t.Errorf("event %+v not on 2019-01-12", ev)
		}
	}

	doc = "Harbor Pay API outage of August 2019\n\nA separate incident occurred on Thursday, August 15th, from 11:27 am to 12:28 pm San Francisco time, when the API returned errors.\n"
	in, err = Extract([]byte(doc), "harbor.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2019-08-15T11:27:00-07:00" || in.EndedAt != "2019-08-15T12:28:00-07:00" {
		t.Errorf("started %q ended %q, want 2019-08-15 11:27 to 12:28 Pacific", in.StartedAt, in.EndedAt)
	}
}

// TestForwardedMail: a forwarded announcement is read from the message
// forwarded: its subject (without "Fwd:") titles it, its date dates it,
// and the forwarder's note is no summary.
func TestForwardedMail(t *testing.T) {
	doc := "From: Ann Lee <ann@shop.example>\nDate: Thu, Dec 11, 2025 at 9:03 AM\nSubject: Fwd: Service disruption summary – December 9 card payments\nTo: team@shop.example\n\nFYI, see below about Tuesday.\n\n---------- Forwarded message ---------\nFrom: Payments Co <no-reply@pay.example>\nDate: Wed, Dec 10, 2025 at 6:15 PM\nSubject: Service disruption summary – December 9 card payments\nTo: <ann@shop.example>\n\nDear customer,\n\nOn Tuesday, December 9, between 2:14 PM and 3:38 PM Eastern Time, card payments failed for many merchants.\n\nThe cause was an expired certificate on our card gateway.\n"
	in, err := Extract([]byte(doc), "fwd.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Service disruption summary – December 9 card payments" || in.Published != "2025-12-10" {
		t.Errorf("title %q published %q, want the forwarded message's", in.Title, in.Published)
	}
	if strings.Contains(in.Summary, "FYI") || in.StartedAt != "2025-12-09T14:14:00-05:00" {
		t.Errorf("summary %q started %q", in.Summary, in.StartedAt)
	}
}

// TestPastIncidentsList: a status page's list of past incidents under the
// incident it shows tells of other incidents; their times are not its.
func TestPastIncidentsList(t *testing.T) {
	doc := "Example Mail status\nDelayed inbound email delivery\nResolved\nTue, Jan 27, 2026, 12:05 GMT\nThe backlog has been delivered. The delay was caused by a surge of inbound mail that overloaded our spam-filtering servers, which did not scale out quickly enough.\nInvestigating\nTue, Jan 27, 2026, 09:14 GMT\nWe are seeing delays in the delivery of incoming email.\nPast incidents\nMon, Jan 19, 2026\nWebmail login errors\nSome users saw an error page when signing in between 08:02 and 08:31 GMT.\n"
	in, err := Extract([]byte(doc), "status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-01-27T09:14:00Z" || in.EndedAt != "2026-01-27T12:05:00Z" {
		t.Errorf("started %q ended %q, want 27 January 09:14–12:05", in.StartedAt, in.EndedAt)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-01-19") {
			t.Errorf("a past incident's event: %+v", ev)
		}
	}
	if len(in.Timeline) != 2 || !strings.Contains(in.Timeline[0].Text, "delays in the delivery") {
		t.Errorf("timeline %+v, want the two updates with what they said", in.Timeline)
	}
}

// TestDiscussionThread: a thread whose comments quote a status page's
// updates is read with its comments, which its count of comments would
// otherwise end.
func TestDiscussionThread(t *testing.T) {
	doc := "# Is Example DNS down? Our zones return SERVFAIL\n\nPosted by u/dave · 6 hr. ago\n\nAnyone else seeing this?\n\n**98 comments**\n\nu/zoe · 5 hr. ago\n\n> **Identified** - The issue has been identified as a faulty configuration push to our name servers that removed DNSSEC keys for some zones. Posted Jan 14, 2026 - 15:58 UTC\n\nu/dave · 4 hr. ago\n\n> **Resolved** - Between 15:08 and 16:41 UTC, authoritative DNS returned SERVFAIL for about 30% of zones. The change has been rolled back and all zones resolve normally. Posted Jan 14, 2026 - 16:47 UTC\n\nBack for us too. Two hours without email because MX lookups failed on a Wednesday, which is not what anyone needed this week.\n"
	in, err := Extract([]byte(doc), "thread.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-01-14T15:08:00Z" || in.EndedAt != "2026-01-14T16:41:00Z" || !strings.Contains(in.Cause, "configuration push") {
		t.Errorf("started %q ended %q cause %q", in.StartedAt, in.EndedAt, in.Cause)
	}
	if strings.Contains(in.Text, "hr. ago") {
		t.Errorf("commenters' bylines kept: %q", in.Text)
	}
}

// TestClausesOfEvents: a line of events separated by semicolons gives an
// event per timed clause; an untimed clause goes on the event before it.
func TestClausesOfEvents(t *testing.T) {
	doc := "# 故障复盘：2026年5月8日支付回调延迟\n\n## 故障经过\n\n上午10点05分，支付回调延迟告警；\n上午10点12分，值班同学尝试扩容；\n约40分钟后，扩容无效；\n上午11点30分，定位到下游慢查询；\n下午1点20分，回调恢复正常，故障恢复。\n"
	in, err := Extract([]byte(doc), "fupan.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) != 4 {
		t.Fatalf("%d events, want 4: %+v", len(in.Timeline), in.Timeline)
	}
	if !strings.Contains(in.Timeline[1].Text, "扩容无效") || !strings.HasSuffix(in.Timeline[3].At, "T13:20:00+08:00") {
		t.Errorf("timeline %+v", in.Timeline)
	}
}

// TestWeekdayInLede: a news report that names the incident's day by its
// weekday ("on Thursday afternoon") or as yesterday (昨天) dates it to
// the last such day before it was published.
func TestWeekdayInLede(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"# Example Cloud outage takes apps offline\n\nBy A. Writer | Published Oct 3, 2025\n\nThousands of apps hosted on Example Cloud were unreachable on Thursday afternoon. The problems started at 2:15 p.m. ET and the incident was resolved at 5:05 p.m.\n", "2025-10-02T14:15:00-04:00"},
		{"# 示例云昨天宕机两小时\n\n发布时间：2025-10-03\n\n示例云昨天下午出现大面积故障，多款应用无法访问。故障从14:10开始，16:20恢复。\n", "2025-10-02T14:10:00+08:00"},
	} {
		in, err := Extract([]byte(tc.doc), "news.md", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.StartedAt != tc.want {
			t.Errorf("started %q, want %s", in.StartedAt, tc.want)
		}
	}
}

// A zone a Chinese write-up names before the time ("太平洋标准时间下午 4
// 点") is the time's zone.
func TestChineseZoneBeforeTime(t *testing.T) {
	doc := "# 某博客平台宕机一天\n\n发布时间：2024-03-06\n\n根据该公司昨天在太平洋标准时间下午 4 点 10 分发出的推文，数据库集群出现重大问题，服务中断。\n"
	in, err := Extract([]byte(doc), "blog.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) == 0 || in.Timeline[0].At != "2024-03-05T16:10:00-08:00" {
		t.Errorf("timeline %+v, want 2024-03-05 16:10 Pacific", in.Timeline)
	}
}
