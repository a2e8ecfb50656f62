package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// A length told in several units ("2d 1h 29m") counts every unit, and a
// Chinese numeral before 小时 is a length like a digit.
func TestCompoundDurations(t *testing.T) {
	for _, tc := range []struct {
		text, lang string
		want       int
	}{
		{"Time to repair: 55m\nTime to resolve: 2d 1h 29m\n", "en", 2*24*60 + 60 + 29},
		{"Time to resolve: 3h 5m", "en", 185},
		{"- First detected 2025-01-07 09:36\n- Resolved 2025-01-09 12:09\nTime to repair: 1h 37m\nTime to resolve: 2d 1h 29m\nIdentified: via alerts", "en", 2*24*60 + 60 + 29},
		{"Outage duration: 1 day, 2 hours and 10 minutes", "en", 24*60 + 130},
		{"在两个小时的停机后，Kumo 云公布了原因。", "zh", 120},
		{"约 3 小时的中断", "zh", 180},
		{"The registry failed to resolve for an estimated time of 10-15 minutes.", "en", 13},
		{"Builds were delayed for 2 to 3 hours.", "en", 150},
		{"Between 10 and 20 customers were affected.", "en", 0},
		{"The reconnect storm left 5% of users unable to connect for up to 2 hours.", "en", 120},
	} {
		if got := statedDuration(tc.text, tc.lang); got != tc.want {
			t.Errorf("%q: %d minutes, want %d", tc.text, got, tc.want)
		}
	}
}

// Front matter that gives the start and end in UTC does not take the zone
// away from a body that states the same instants in its own ("8:10am PDT"
// is 15:10Z): the times stay as the write-up tells them.
func TestFrontMatterKeepsTextZone(t *testing.T) {
	doc := "---\ntitle: Parcelhub label API outage\nstart_time: 2019-05-14T15:10:00Z\nend_time: 2019-05-14T17:45:00Z\ncompany: Parcelhub\n---\n\n" +
		"On May 14, 2019, at 8:10am PDT, the Parcelhub label API began returning errors. " +
		"The queue was drained by 10:45am PDT and the API recovered.\n\n" +
		"Shipping partners were told at 11:00am PDT, and by 11:20am PDT the last retries had gone through.\n"
	in, err := Extract([]byte(doc), "parcelhub.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2019-05-14T08:10:00-07:00" || in.EndedAt != "2019-05-14T10:45:00-07:00" {
		t.Errorf("started %q ended %q, want 08:10 to 10:45 -07:00", in.StartedAt, in.EndedAt)
	}
	// two times in one sentence are two events; the front matter's end is
	// the 10:45 event, not the later ones
	var told []string
	for _, ev := range in.Timeline {
		told = append(told, ev.At[11:16])
	}
	if strings.Join(told, " ") != "08:10 10:45 11:00 11:20" {
		t.Errorf("timeline at %v, want 08:10 10:45 11:00 11:20", told)
	}
	// a front matter instant the text does not state stays as it is
	other := strings.Replace(doc, "end_time: 2019-05-14T17:45:00Z", "end_time: 2019-05-14T18:30:00Z", 1)
	if in, err = Extract([]byte(other), "parcelhub.md", ""); err != nil {
		t.Fatal(err)
	}
	if in.EndedAt != "2019-05-14T18:30:00Z" {
		t.Errorf("ended %q, want the front matter's 18:30Z", in.EndedAt)
	}
}

// A stated length that agrees with an earlier event than the span kept
// moves the start there, rather than losing the end: the first
// occurrence, days before the others, began it.
func TestStatedLengthFindsStart(t *testing.T) {
	doc := "# Worker nodes going NotReady\n\n## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n|---|---|\n" +
		"| 2024-10-02 06:10 | First worker node goes NotReady |\n" +
		"| 2024-10-06 08:00 | Second worker node goes NotReady |\n" +
		"| 2024-10-06 09:30 | Third worker node goes NotReady |\n" +
		"| 2024-10-06 11:00 | Kernel parameter rolled out to all nodes |\n" +
		"| 2024-10-06 12:10 | Told the teams the nodes were stable again |\n\n" +
		"## Stats\n\n- Time to detection: 5750 minutes\n- Time to recovery: 6000 minutes\n"
	in, err := Extract([]byte(doc), "notready.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2024-10-02T06:10") || !strings.HasPrefix(in.EndedAt, "2024-10-06T12:10") || in.DurationMinutes != 6000 {
		t.Errorf("started %q ended %q duration %d, want 2024-10-02 06:10 to 2024-10-06 12:10, 6000 min", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
}

// A write-up in plain paragraphs that opens a paragraph by naming the
// cause ("The core issue was …", "The root causes included …") or the
// remediation ("The remediation involved …", "In response, …") places it
// so without a second cue word; "In response to reports" is no fix.
func TestSectionLeads(t *testing.T) {
	doc := "# Ledgerly sync outage\n\n" +
		"On March 3, 2024, Ledgerly sync stopped for most teams for about two hours.\n\n" +
		"In response to reports from customers, support opened a status page entry.\n\n" +
		"The core issue was a lock held by the export worker across every tenant shard. Each sync request queued behind it.\n\n" +
		"The underlying and longer-lasting problem was a retry loop in the mobile client that kept the queue full.\n\n" +
		"The remediation involved splitting the lock per shard and capping client retries.\n\n" +
		"In response, Ledgerly is reviewing every global lock in its services.\n"
	in, err := Extract([]byte(doc), "ledgerly.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"lock held by the export worker", "retry loop in the mobile client"} {
		if !strings.Contains(in.Cause, want) {
			t.Errorf("cause %q lacks %q", in.Cause, want)
		}
	}
	for _, want := range []string{"splitting the lock per shard", "reviewing every global lock"} {
		if !strings.Contains(in.Remediation, want) {
			t.Errorf("remediation %q lacks %q", in.Remediation, want)
		}
	}
	if strings.Contains(in.Remediation, "support opened a status page") || strings.Contains(in.Cause, "support opened") {
		t.Errorf("a reaction to reports was placed: cause %q remediation %q", in.Cause, in.Remediation)
	}
}

// An English write-up told in prose without clock times has an event for
// each sentence that names the day something happened; a sentence that
// lists several days, a day centuries back, or one told with a clock time
// is none.
func TestProseDays(t *testing.T) {
	doc := "# Quillpad sharing links exposed drafts\n\nPublished March 12, 2025\n\n" +
		"Quillpad had three incidents, on February 3, February 11, and March 2.\n\n" +
		"The underlying defect was introduced by a cache change on January 28th.\n\n" +
		"On Monday, February 3, 2025, share links began to show other users' drafts. " +
		"Like the printing press first used on August 10, 1450, links spread quickly.\n\n" +
		"The team was paged at 09:40 UTC on February 11.\n\n" +
		"The exposure was closed on Tuesday, March 4th, when the cache was rebuilt.\n"
	in, err := Extract([]byte(doc), "quillpad.md", "")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"2025-01-28": "introduced by a cache change",
		"2025-02-03": "share links began to show",
		"2025-03-04": "exposure was closed",
	}
	for _, ev := range in.Timeline {
		if len(ev.At) < 10 {
			continue
		}
		day := ev.At[:10]
		if phrase, ok := want[day]; ok && strings.Contains(ev.Text, phrase) {
			delete(want, day)
			continue
		}
		if strings.Contains(ev.Text, "three incidents") || strings.Contains(ev.Text, "printing press") {
			t.Errorf("event %+v: a list of days or a history is no event", ev)
		}
	}
	for day, phrase := range want {
		t.Errorf("no event on %s with %q; timeline %+v", day, phrase, in.Timeline)
	}
}

// An event that says a resolution will come ("will be recovered") is not
// the end, even when it agrees with a length the text gives for something
// else ("the rebuild takes about 30 minutes").
func TestFutureResolutionIsNoEnd(t *testing.T) {
	doc := "# 2023-08-02: Search index nearly full\n\n## Timeline\n\n*(All times UTC.)*\n\n" +
		"### 2023-08-02 10:00\n\nDisk alarm for the search index fires.\n\n" +
		"### 2023-08-02 10:31\n\nOld segments are found; their space will be recovered at the next merge.\n\n" +
		"### 2023-08-03 15:20\n\nA test rebuild on a copy takes about 30 minutes.\n\n" +
		"### 2023-08-04 09:05\n\nIndex rebuilt on a larger volume, all good.\n"
	in, err := Extract([]byte(doc), "index.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.EndedAt, "2023-08-04T09:05") {
		t.Errorf("ended %q, want 2023-08-04 09:05 (not the 10:31 'will be recovered')", in.EndedAt)
	}
}

// A write-up with no remediation section, label or paragraph still tells
// what was done in sentences inside other paragraphs ("To resolve this, …",
// "… is actively working to …", "deployed a fix", "推出了修复措施"); a
// sentence about the article itself ("We will first cover …") is none.
func TestRemediationSentences(t *testing.T) {
	doc := "# Tollgate queue stalls\n\n" +
		"On May 2, 2024, Tollgate's payment queue stalled for ninety minutes. We will first cover the architecture, then the fix.\n\n" +
		"The queue consumers shared one connection pool with the reporting jobs. While no payments were lost, many were delayed. " +
		"To resolve this, Tollgate gave the consumers a pool of their own.\n\n" +
		"Later that week engineers developed and deployed a fix that caps reporting connections. Tollgate is actively working to separate the two workloads.\n"
	in, err := Extract([]byte(doc), "tollgate.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"gave the consumers a pool of their own", "deployed a fix that caps", "actively working to separate"} {
		if !strings.Contains(in.Remediation, want) {
			t.Errorf("remediation %q lacks %q", in.Remediation, want)
		}
	}
	if strings.Contains(in.Remediation, "first cover") || strings.Contains(in.Remediation, "no payments were lost") {
		t.Errorf("remediation %q holds what is no fix", in.Remediation)
	}
	zh := "# 闪送通知延迟说明\n\n2024年6月3日，闪送通知服务出现延迟。\n\n问题出在消息队列的分区配置上。在确定原因后，我们推出了修复措施，并确认问题已解决。\n"
	if in, err = Extract([]byte(zh), "shansong.md", ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Remediation, "我们推出了修复措施") {
		t.Errorf("remediation %q lacks 我们推出了修复措施", in.Remediation)
	}
}

// A write-up without any event takes the days its prose names as its
// timeline and the first as its start, in either language; days alone tell
// no end, and the day the article appeared is no event.
func TestProseDaysStart(t *testing.T) {
	zh := "# 镜像站宕机说明\n\n由于磁盘阵列故障，镜像站服务器于 2019 年 3 月 7 日凌晨宕机，目前已基本恢复。\n\n受影响的服务包括软件源同步和文档站。\n"
	in, err := Extract([]byte(zh), "mirror.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2019-03-07") || in.EndedAt != "" {
		t.Errorf("started %q ended %q, want 2019-03-07 and no end", in.StartedAt, in.EndedAt)
	}
	en := "# Two login outages\n\nThis article was published on May 20, 2022.\n\n" +
		"On May 9, 2022, logins failed for users of the EU region. On May 11, 2022, a second outage hit the US region.\n"
	if in, err = Extract([]byte(en), "logins.md", ""); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2022-05-09") || in.EndedAt != "" || in.DurationMinutes != 0 {
		t.Errorf("started %q ended %q duration %d, want 2022-05-09, no end, no duration", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "published") {
			t.Errorf("the article's date is an event: %+v", ev)
		}
	}
}

// A page's title written as its level-one heading names no section, even
// when its words would ("… 发生了什么？" is "what happened"): the article
// under it is not all cause.
func TestTitleHeadingNamesNoSection(t *testing.T) {
	doc := "# 昨天云栈科技发生了什么？一次停电和失灵的备用电源。\n\n" +
		"> 原文：<https://example.com/2011/03/02/what-went-down-at-yunzhan/>\n\n" +
		"# 昨天云栈科技发生了什么？一次停电和失灵的备用电源。\n\n" +
		"许多使用云栈科技主机的网站昨天宕机了大约一个小时。\n\n" +
		"事故报告称，机房主馈线的断路器跳闸导致了停电，备用发电机随后也未能接管负载。\n\n" +
		"该公司表示，只有一个机房受到影响，但多家知名网站因此无法访问。云栈在微博上说：“我们会做得更好。”\n"
	in, err := Extract([]byte(doc), "yunzhan.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "断路器跳闸") {
		t.Errorf("cause %q lacks 断路器跳闸", in.Cause)
	}
	if strings.Contains(in.Cause, "我们会做得更好") {
		t.Errorf("cause %q holds the closing quote: the title heading opened a section", in.Cause)
	}
}

// A run of paragraphs that open with a clock time is a timeline wherever it
// stands (here under "Context", written as paragraphs, not nested items);
// its times fall on the day the key events say it was first detected, not
// the last day they name; and a label-only item's text may be the paragraph
// after it ("- **Impact**:" over a paragraph).
func TestClockRunUnderLabel(t *testing.T) {
	doc := "# Incident on 2025-02-10 - Registry token exposed\n\n" +
		"- **Key events**\n  - First detected 2025-02-10 14:05\n  - Incident declared 2025-02-10 14:40\n  - Resolved 2025-02-11 09:15\n\n" +
		"- **Impact**:\n\nA build log published a registry token to a public artefact bucket.\n\n" +
		"- **Context**:\n\n14:05 – Token seen in a public build log\n\n14:40 – Incident declared in #platform\n\n" +
		"15:10 - Token revoked in the registry\n\n* registry\n* build cache\n\n16:30 - Build logs purged\n\n" +
		"- **Resolution**:\n\nThe token was revoked and the logs were purged from the bucket.\n"
	in, err := Extract([]byte(doc), "registry.md", "")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"2025-02-10T14:05": "Token seen in a public build log",
		"2025-02-10T15:10": "Token revoked in the registry",
		"2025-02-10T16:30": "Build logs purged",
	}
	for _, ev := range in.Timeline {
		for at, text := range want {
			if strings.HasPrefix(ev.At, at) && strings.Contains(ev.Text, text) {
				delete(want, at)
			}
		}
	}
	for at, text := range want {
		t.Errorf("no event %s %q in %+v", at, text, in.Timeline)
	}
	if !strings.Contains(in.Impact, "published a registry token") {
		t.Errorf("impact %q lacks the paragraph under its label", in.Impact)
	}
	if !strings.Contains(in.Remediation, "token was revoked") {
		t.Errorf("remediation %q lacks the paragraph under its label", in.Remediation)
	}
}

// In a write-up without headings, a paragraph that opens "Customer impact
// included …" is the impact, and "Immediate remediation involved …" the
// remediation.
func TestImpactAndRemediationLeads(t *testing.T) {
	doc := "On June 4, 2024, Parcelpoint's routing service was down for forty minutes after a map build.\n\n" +
		"Customer impact included couriers receiving no routes and depots holding parcels.\n\n" +
		"Immediate remediation involved pinning the routing service to its previous map build.\n\n" +
		"To prevent a recurrence, map builds are now canaried in one depot first.\n"
	in, err := Extract([]byte(doc), "parcelpoint.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Impact, "couriers receiving no routes") {
		t.Errorf("impact %q lacks the customer impact paragraph", in.Impact)
	}
	if !strings.Contains(in.Remediation, "pinning the routing service") {
		t.Errorf("remediation %q lacks the immediate remediation", in.Remediation)
	}
}

// Two clock times joined by a plain "and" are two events when what follows
// the "and" says something before its time; a range ("between 03:05 and
// 03:40", "at 04:00 and 04:30") stays one clause.
func TestAndJoinsTwoEvents(t *testing.T) {
	doc := "# Ferrobank card API errors on June 3, 2024\n\n" +
		"On Monday, June 3, 2024, the Ferrobank card API returned errors for 35 minutes, between 03:05 and 03:40 CEST.\n\n" +
		"The payments team was paged at 03:12 CEST and rolled the gateway back by 03:31 CEST.\n\n" +
		"Batch settlement retried at 04:00 and 04:30 CEST without errors.\n"
	in, err := Extract([]byte(doc), "ferrobank.md", "")
	if err != nil {
		t.Fatal(err)
	}
	var told []string
	for _, ev := range in.Timeline {
		told = append(told, ev.TimeText)
	}
	got := strings.Join(told, " | ")
	for _, want := range []string{"03:12 CEST", "03:31 CEST"} {
		if !strings.Contains(got, want) {
			t.Errorf("timeline %q lacks the event at %s", got, want)
		}
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.Text, "03:40") || strings.HasPrefix(ev.Text, "04:30") || strings.HasPrefix(ev.Text, "03:31") {
			t.Errorf("an event cut at a range's 'and' or without its words: %q", ev.Text)
		}
	}
	if in.DurationMinutes != 35 {
		t.Errorf("duration %d, want 35", in.DurationMinutes)
	}
}

// In a write-up of plain paragraphs, one that opens with what the team is
// doing, will do or has since done is its remediation, in both languages.
func TestPlainParagraphPlans(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"# Kestrel Cloud object storage disruption\n\n" +
			"On March 3rd, 2024, at 09:12 AM CET, an incorrect firewall rule pushed during routine maintenance caused storage nodes to lose contact with their metadata service.\n\n" +
			"When connectivity was restored, the isolated storage nodes retried registration at once, creating a storm that exhausted the metadata service.\n\n" +
			"Customers saw elevated error rates for about three hours. By 12:20 PM CET all storage nodes had re-registered.\n\n" +
			"We are adding validation to firewall rule changes and staggering node re-registration.\n", "We are adding validation"},
		{"# Kestrel Cloud object storage disruption\n\n" +
			"On March 3rd, 2024, at 09:12 AM CET, a faulty firewall rule caused storage nodes to lose contact with their metadata service.\n\n" +
			"Customers saw elevated error rates for about three hours.\n\n" +
			"Our engineers have since introduced a staged rollout for firewall rules.\n", "have since introduced a staged rollout"},
		{"# 青石云对象存储服务中断说明\n\n" +
			"2024年3月3日09:12，一条错误的防火墙规则导致存储节点与元数据服务失去联系。\n\n" +
			"部分客户在约三个小时内无法读写对象。\n\n" +
			"我们将增加防火墙规则变更的校验，并分批进行节点重新注册。\n", "增加防火墙规则变更的校验"},
	} {
		in, err := Extract([]byte(tc.doc), "kestrel.md", "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(in.Remediation, tc.want) {
			t.Errorf("remediation %q, want it to hold %q", in.Remediation, tc.want)
		}
	}
}

// When a page's metadata gives the summary, the opening paragraph is read
// for its time; the sentence of it that says what caused the outage leads
// a cause placed by its cue words, unless that cause states one of its own.
func TestOpeningCauseBesideMetadataSummary(t *testing.T) {
	head := "---\ntitle: Larkspur Cloud block storage disruption in eu-south-3\nsummary: A faulty switch configuration isolated storage nodes for six hours.\n---\n\n" +
		"On June 2nd, 2023, at 01:10 AM CEST, a faulty switch configuration pushed during planned maintenance caused block storage traffic in one zone to be routed onto a low-capacity management network. This isolated many storage nodes, leading to a large number of volumes becoming stuck and unable to serve reads or writes. Instances attached to those volumes hung, and API requests to create new volumes failed.\n\n\n"
	for _, tc := range []struct {
		next, want, not string
	}{
		{"When the configuration was reverted, the isolated nodes aggressively searched for new replicas, exhausting spare capacity and creating a re-mirroring storm. This led to a third of the volumes becoming stuck. The degraded storage cluster also impacted the control plane, causing create-volume requests to back up due to long timeout periods, resulting in thread starvation and high error rates for the storage API. A race condition bug in the storage node software further exacerbated the issue, causing node crashes that added to the stuck volumes.\n",
			"a faulty switch configuration pushed during planned maintenance caused", ""},
		{"The root cause was a missing validation step in the switch configuration pipeline, which let an untested template reach production.\n",
			"The root cause was a missing validation step", "On June 2nd"},
	} {
		in, err := Extract([]byte(head+tc.next+"\nBy 07:15 AM CEST all volumes were serving again.\n"), "larkspur.md", "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(in.Cause, tc.want) {
			t.Errorf("cause %q, want it to hold %q", in.Cause, tc.want)
		}
		if tc.not != "" && strings.Contains(in.Cause, tc.not) {
			t.Errorf("cause %q holds the opening, though it states a cause of its own", in.Cause)
		}
	}
}

// The end of the range an opening states is an event of its own, also
// when later paragraphs tell further events.
func TestOpeningRangeEndIsAnEvent(t *testing.T) {
	doc := "# Wrenfield DNS resolution failures on May 9, 2022\n\n" +
		"On Monday, May 9, 2022, Wrenfield's managed DNS answered 30% of queries with SERVFAIL for 48 minutes, from 02:05 to 02:53 PDT.\n\n" +
		"On-call engineers were paged at 02:11 PDT. The faulty zone push was rolled back at 02:40 PDT.\n\n" +
		"Zone pushes stayed frozen until 06:30 PDT while the team reviewed the change.\n"
	in, err := Extract([]byte(doc), "wrenfield.md", "")
	if err != nil {
		t.Fatal(err)
	}
	var at []string
	for _, ev := range in.Timeline {
		at = append(at, ev.At[11:16])
	}
	if got := strings.Join(at, " "); got != "02:05 02:11 02:40 02:53 06:30" {
		t.Errorf("timeline at %s, want 02:05 02:11 02:40 02:53 06:30", got)
	}
	if in.DurationMinutes != 48 {
		t.Errorf("duration %d, want 48", in.DurationMinutes)
	}
}

// A date written day first dates a page as one written month first does.
func TestDayFirstPublished(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Published 3 March 2025 · 6 min read", "2025-03-03"},
		{"Posted on 21st Sept. 2018 by the platform team", "2018-09-21"},
		{"Updated: 4 Mar, 2024", "2024-03-04"},
		{"Posted on March 3, 2025 by Dana Lee", "2025-03-03"},
		{"3 Marks 2025", ""},
	} {
		if got := textPublished([]string{tc.line}); got != tc.want {
			t.Errorf("textPublished(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// A status page's resolving update tells the whole story: what users saw,
// why, and what was done; each goes to its section when the page has no
// other account.
func TestResolvedUpdateSections(t *testing.T) {
	doc := "Quillstack Status\nReport exports failing\n" +
		"Resolved - Between 08:20 and 09:05 UTC, report exports failed for customers in the EU region. " +
		"The export workers read their storage credentials from a secret that had been rotated overnight, and the workers kept the old value until restarted. " +
		"We restarted the export workers at 09:02 UTC and failed exports were retried automatically. The workers now reload the secret when it changes.\n" +
		"Mar 14, 09:15 UTC\n" +
		"Investigating - We are looking into failed report exports.\n" +
		"Mar 14, 08:31 UTC\n"
	in, err := Extract([]byte(doc), "quillstack.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ field, got, want string }{
		{"impact", in.Impact, "report exports failed for customers"},
		{"cause", in.Cause, "secret that had been rotated overnight"},
		{"remediation", in.Remediation, "We restarted the export workers"},
		{"remediation", in.Remediation, "now reload the secret"},
		{"summary", in.Summary, "Between 08:20 and 09:05 UTC"},
	} {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s %q, want it to hold %q", c.field, c.got, c.want)
		}
	}
	if strings.Contains(in.Cause, "We restarted") || strings.Contains(in.Cause, "Between 08:20") {
		t.Errorf("cause %q holds the impact or the fix", in.Cause)
	}
}

// A resolving update that opens with the page's closing words ("This
// incident has been resolved.") still gives its cause: the closing words
// tell nothing done about it.
func TestResolvedUpdateClosingWords(t *testing.T) {
	for _, doc := range []string{
		"Tansy Status\nWebhooks delayed\nResolved - This incident has been resolved. A disk on the queue broker filled up and deliveries stopped. We cleared old segments and added an alert on free space.\nApr 3, 11:20 UTC\n",
		"Tansy 状态\n回调延迟\n已解决 - 该问题已解决。队列节点的磁盘写满，回调停止投递。我们已清理旧数据并增加了磁盘告警。\n4月3日 11:20\n",
		"Tansy Status\nWebhooks delayed\nResolved - This incident has been resolved. A disk on the queue broker filled up and webhook deliveries could not be sent. We cleared old segments and added an alert on free space.\nApr 3, 11:20 UTC\n",
	} {
		in, err := Extract([]byte(doc), "tansy.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(in.Cause, "disk") && !strings.Contains(in.Cause, "磁盘") {
			t.Errorf("cause %q, want the full disk", in.Cause)
		}
		if strings.Contains(in.Cause, "resolved") || strings.Contains(in.Cause, "已解决") || strings.Contains(in.Remediation, "has been resolved") || strings.Contains(in.Cause, "cleared") {
			t.Errorf("closing words kept: cause %q, remediation %q", in.Cause, in.Remediation)
		}
		if !strings.Contains(in.Remediation, "alert") && !strings.Contains(in.Remediation, "告警") {
			t.Errorf("remediation %q, want the alert", in.Remediation)
		}
	}
}

// A sentence that tells what failed and then what users saw is the
// cause as well as the impact; one that opens with a time, the users or
// the outage is the impact alone.
func TestFailedThenSaw(t *testing.T) {
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"A certificate on the build gateway expired and builds could not start.", true},
		{"The primary replica ran out of disk, so writes were rejected for 20 minutes.", true},
		{"队列节点的磁盘写满，导致回调无法投递。", true},
		{"Between 13:00 and 16:30 UTC, builds waited to start.", false},
		{"Some customers saw the same charge twice and were refunded later.", false},
		{"The outage affected API requests in us-east and some users could not log in.", false},
		{"Users could not sign in.", false},
	} {
		if got := failedThenSaw(tc.sent); got != tc.want {
			t.Errorf("failedThenSaw(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// A range of clock times tells a length even with no day to put it on.
func TestClockRangeMinutes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Between 13:00 and 16:30 UTC, builds waited to start.", 210},
		{"Exports failed from 11:50 PM to 1:20 AM PST.", 90},
		{"between 1:10 and 2:40 p.m. ET", 90},
		{"between 11:50 and 1:20 pm", 90},
		{"from 23:40 until 00:25", 45},
		{"Between 10 and 20 customers were affected.", 0},
		{"version 2.10 to 2.12", 0},
	} {
		if got := clockRangeMinutes(tc.text); got != tc.want {
			t.Errorf("clockRangeMinutes(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
	in, err := Extract([]byte("Larchway Status\nSearch slow\nResolved - Between 07:40 and 08:25 UTC, searches took several seconds. A reindex job ran at full speed during peak hours. We paused the job.\nFeb 2, 08:40 UTC\n"), "larchway.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.DurationMinutes != 45 {
		t.Errorf("duration %d, want 45", in.DurationMinutes)
	}
}

// A breadcrumb is no title: three or more short parts, or two that end in
// a record's id, joined by >, ›, » or a spaced slash.
func TestBreadcrumbs(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Incidents / INC-20240311-07", true},
		{"Status / History / March 2024", true},
		{"帮助中心 > 公告 > 事件报告", true},
		{"Support › Tickets › #4521", true},
		{"Outage / Degraded performance", false},
		{"TCP/IP stack exhaustion on edge nodes", false},
		{"Read and/or write errors in eu-west-1", false},
		{"Incidents / Delayed message delivery in ap-south-2 for two hours", false},
	} {
		if got := isBreadcrumb(tc.line); got != tc.want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
	in, err := Extract([]byte("Incidents / INC-20240311-07\n\nDelayed message delivery in ap-south-2\n\nSummary\nBetween 09:12 and 10:40 UTC on 11 March 2024, messages published to queues in ap-south-2 were delivered up to 20 minutes late.\n"), "inc.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Delayed message delivery in ap-south-2" {
		t.Errorf("title %q, want the line under the breadcrumb", in.Title)
	}
}

// A social post's frame is no title: the account's name with its verified
// mark and the client line; the bracketed notice title under them is. A
// Chinese range of clock times gives the length when no year dates it.
func TestSocialNoticeFrame(t *testing.T) {
	doc := "青石游戏 ✓\n8月2日 21:40 来自 微博网页版\n\n【关于8月2日晚服务器无法登录的情况说明】\n" +
		"各位玩家：8月2日20:05至21:30，因机房网络设备故障，部分玩家无法登录游戏服务器。目前已全部恢复。\n\n转发 126  评论 532  赞 1.2万\n"
	in, err := Extract([]byte(doc), "weibo.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Title, "服务器无法登录的情况说明") {
		t.Errorf("title %q, want the bracketed notice", in.Title)
	}
	if in.DurationMinutes != 85 {
		t.Errorf("duration %d, want 85", in.DurationMinutes)
	}
	for _, line := range []string{"大量请求来自微博客户端的一个旧版本，导致网关过载", "Nimbus Status ✔"} {
		if got := utf8.RuneCountInString(line) <= 40 && accountLine.MatchString(line); got != strings.HasSuffix(line, "✔") {
			t.Errorf("accountLine(%q) = %v", line, got)
		}
	}
}

// A summary that tells its cause in plain words, without "caused by" or
// "root cause", still gives it: the sentence that names a failure that
// sets outages off, not the one that tells what users saw or what was
// done, nor one that only names where it happened.
func TestPlainCauseSentence(t *testing.T) {
	summary := "Between 05:10 and 07:45 UTC, customers in the west region saw timeouts on the payments API. " +
		"Requests to the ledger database took up to 30 seconds. " +
		"A certificate on the internal gateway expired overnight and the renewal job had been disabled during a migration. " +
		"We renewed the certificate at 07:30 UTC and re-enabled the renewal job."
	got := plainCauseSentence(sentences(summary))
	if !strings.Contains(got, "certificate on the internal gateway expired") {
		t.Errorf("plainCauseSentence = %q, want the expired certificate", got)
	}
	for _, one := range []string{"A bad configuration push took down both the shop and the app.", "A memory leak in a vendored library lead to the portal being unavailable twice."} {
		if got := plainCauseSentence(sentences(one)); got != one {
			t.Errorf("plainCauseSentence(%q) = %q: what it tells before the consequence is a cause", one, got)
		}
	}
	if got := plainCauseSentence(sentences("Although no report was published, it seems a bad routing config cut the links to both carriers.")); got != "it seems a bad routing config cut the links to both carriers." {
		t.Errorf("plainCauseSentence = %q: the concession is no part of the cause", got)
	}
	if got := plainCauseSentence(sentences("The outage took down checkout for an hour.")); got != "" {
		t.Errorf("plainCauseSentence = %q, want none: the outage is no cause", got)
	}
	if got := plainCauseSentence(sentences("Customers could not log in for an hour. We restarted the login service. The database was slow.")); got != "" {
		t.Errorf("plainCauseSentence = %q, want none", got)
	}
	doc := "# Payments API timeouts in west\n\n" + summary + "\n"
	in, err := Extract([]byte(doc), "tamsin.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "expired") {
		t.Errorf("cause %q, want the expired certificate", in.Cause)
	}
}

// A microblog post copied from the web: the account line, the post's
// client line and the share counts are its frame; the post's 【】 title
// (after a #topic#) is the incident's, and the client line dates it.
func TestMicroblogPostTitle(t *testing.T) {
	post := "青梧出行 ✓\n官方账号 · 2025-11-3 09:12 来自 微博 weibo.com\n\n" +
		"#青梧出行# 【关于11月3日早高峰打车订单无法支付的说明】亲爱的用户：今天07:40至08:55，部分用户支付订单时提示“支付失败”。经排查，原因是支付网关的证书过期，续期任务未能按时执行。我们已更换证书并恢复支付，受影响订单将自动退还差价。\n\n" +
		"转发 212　　评论 1045　　赞 3308\n\n热门评论\n小橙子：早上打不到车迟到了😭\n"
	in, err := Extract([]byte(post), "qingwu.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "关于11月3日早高峰打车订单无法支付的说明" {
		t.Errorf("title %q", in.Title)
	}
	if in.Published != "2025-11-03" || !strings.HasPrefix(in.StartedAt, "2025-11-03T07:40") {
		t.Errorf("published %q, start %q", in.Published, in.StartedAt)
	}
	for _, line := range []string{"转发 212　　评论 1045　　赞 3308", "1.2k reposts · 340 likes"} {
		if !isDebris(line) {
			t.Errorf("isDebris(%q) = false", line)
		}
	}
}

// Chinese headings that ask why and how ("二、为什么会出问题", "三、我们是
// 如何处理的") open the cause and the timeline, as "Why did it happen?"
// and "How did we respond?" do.
func TestChineseQuestionHeadings(t *testing.T) {
	for h, want := range map[string]data.Section{
		"二、为什么会出问题":  data.SectionCause,
		"为何会发生这次故障":  data.SectionCause,
		"三、我们是如何处理的": data.SectionTimeline,
		"我们怎么应对的":    data.SectionTimeline,
	} {
		if got := classifyHeading(h); got != want {
			t.Errorf("classifyHeading(%q) = %q, want %q", h, got, want)
		}
	}
}

// When the summary a page gives is a line of its record's fields, the
// plain cause is read from the opening of its text.
func TestPlainCauseUnderFieldSummary(t *testing.T) {
	page := `<html><body><h1>Tamsin Cloud Status</h1><h2>API: requests refused in eu-north-2</h2>
<p>Status: Resolved · Affected services: API Gateway · Region: eu-north-2</p>
<p><b>4 May 2025 12:10 UTC – Resolved</b></p>
<p>Between 09:05 UTC and 10:20 UTC on 4 May 2025, a subset of customers using the API in eu-north-2 saw requests refused with HTTP 429 responses.</p>
<p>The rate limits of the gateway fleet had been updated at 08:50 UTC as part of planned work to align regions. The updated limits allowed 20 requests per second instead of 2,000, so most clients were refused. Our engineers reverted the limits at 10:05 UTC, and by 10:20 UTC all requests were served.</p>
</body></html>`
	in, err := Extract([]byte(page), "tamsin.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "rate limits of the gateway fleet had been updated") {
		t.Errorf("cause %q, summary %q", in.Cause, in.Summary)
	}
}
