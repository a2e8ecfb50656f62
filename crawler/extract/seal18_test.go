package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSeal18CauseForms: causes told in the forms of real-world genres the
// earlier sets lacked are found as the cause: a review's "Trigger"
// section over its "Contributing factors" (the trigger, not the first
// contributing factor); an update whose state is followed by its stamp
// ("Identified Mar 3, 2025 at 11:02 AM UTC …"); a notice whose opening
// only chains what customers met (…无法收到验证码，导致无法完成转账) and
// whose next paragraph states the cause; a timeline item telling what a
// check with someone found (经与运营商乙确认，…).
func TestSeal18CauseForms(t *testing.T) {
	for _, c := range []struct {
		name, file, doc, want string
	}{
		{
			name: "review with Trigger over Contributing factors",
			file: "review.md",
			doc: `# Postmortem: search results missing on 14 May

Hallowby Books engineering · Published 16 May 2025

## Impact

From 09:20 to 10:35 UTC on 14 May, searches on Hallowby returned no results for about half of all queries.

## Trigger

At 09:12 UTC a change to the index alias settings was applied. It pointed the search alias at the new, still empty index instead of the old one.

## Contributing factors

- The alias and the index share a naming scheme that differs by one digit.
- Our checks confirm an alias exists, not that its index holds documents.

## Resolution

We pointed the alias back at the old index at 10:30 UTC; results were complete by 10:35 UTC.
`,
			want: "index alias settings",
		},
		{
			name: "status update whose state is followed by its stamp",
			file: "status.html",
			doc: `<html><body><h1>Delayed invoice emails</h1>
<ol>
<li><span>Resolved</span> <time>Mar 3, 2025 at 11:40 AM UTC</time><p>This incident has been resolved.</p></li>
<li><span>Identified</span> <time>Mar 3, 2025 at 11:02 AM UTC</time><p>Emails were queueing behind a single stuck sender process that held the mail queue's lease. We have restarted it.</p></li>
<li><span>Investigating</span> <time>Mar 3, 2025 at 10:31 AM UTC</time><p>Invoice emails are delayed. We are investigating.</p></li>
</ol></body></html>`,
			want: "stuck sender process",
		},
		{
			name: "bank notice whose opening only chains what customers met",
			file: "notice.txt",
			doc: `关于3月2日部分客户网上银行转账异常的情况说明

尊敬的客户：

2025年3月2日14时10分至15时05分，我行部分客户在使用网上银行转账时无法收到动态验证码，导致无法完成转账。

经核查，本次异常是为我行提供验证码服务的合作方机房网络设备故障所致。我行于14时40分切换至备用通道，15时05分恢复正常。

特此说明。
`,
			want: "机房网络设备故障",
		},
		{
			name: "timeline item telling what a check with a carrier found",
			file: "notice.md",
			doc: `# 关于6月3日华北一可用区公网访问异常的情况说明

2025年6月3日10:05至11:20（北京时间），华北一可用区部分云服务器公网访问丢包。

## 一、事件经过

- 10:05 监控发现华北一可用区公网出口丢包率升高。
- 10:30 经与运营商乙确认，其一段出城光缆被施工机械挖断，正在抢修。
- 11:20 线路恢复，公网访问恢复正常。

## 二、后续改进

1. 新增一条不同路由的出口线路。
`,
			want: "光缆被施工机械挖断",
		},
	} {
		in, err := Extract([]byte(c.doc), c.file, "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("%s: cause %q, want it to hold %q", c.name, in.Cause, c.want)
		}
	}
}

// TestSeal18StampsAndClosings: a status page's date and clock parted by a
// middle dot ("Dec 2, 2025 · 10:40 AM GMT") are one stamp; a closing
// update that only watches, closes, thanks and promises a report tells
// no cause.
func TestSeal18StampsAndClosings(t *testing.T) {
	doc := `<html><body><h1>Reports loading slowly</h1>
<div><h3>Resolved</h3><p>We have seen normal load times for the last 30 minutes and are marking this incident as resolved. Thank you for your patience. A detailed root cause analysis will be shared when it is ready.</p><p>Feb 4, 2025 · 3:10 PM GMT</p></div>
<div><h3>Investigating</h3><p>Reports are taking a long time to load. We are looking into it.</p><p>Feb 4, 2025 · 1:45 PM GMT</p></div>
</body></html>`
	in, err := Extract([]byte(doc), "status.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-02-04T13:45:00Z" || in.EndedAt != "2025-02-04T15:10:00Z" {
		t.Errorf("started %q, ended %q, want 2025-02-04T13:45:00Z and 2025-02-04T15:10:00Z", in.StartedAt, in.EndedAt)
	}
	if in.Cause != "" {
		t.Errorf("cause %q, want none", in.Cause)
	}
}

// TestSeal18ReportTitles: a report titled by its kind ("Major Incident
// Report — Final") names its incident in a line of its own among the
// fields under it; a field "Incident start: 18/03/2025 06:47 GMT" is a
// record's time (day first, its day over 12), never a title; a news page
// printed to text with its print header last-dated ("Headline - Paper
// 15/11/2025 16:40") takes the headline, not the paper's masthead.
func TestSeal18ReportTitles(t *testing.T) {
	for _, c := range []struct {
		name, doc, title, start string
	}{
		{
			name: "report of fields under its kind",
			doc: `ELMSWORTH CREDIT UNION
Major Incident Report — Final
Incident reference: MIR-2025-014
Report date: 30 May 2025
Classification: Internal

Card payments declined for members on 27 May 2025

1. Incident overview
1.1 On 27 May 2025, between 13:10 and 14:25 BST, card payments by members were declined.

2. Why it happened
2.1 A certificate used by the card gateway expired.

3. Approval
Incident manager: P. Lund
`,
			title: "Card payments declined for members on 27 May 2025",
			start: "2025-05-27T13:10:00+01:00",
		},
		{
			name: "notice whose times are fields with day-first dates",
			doc: `OAKSHOTT COLOCATION
Customer Notification — Incident Closure

Loss of cooling in Suite 4, MAN1

Reference:        OC-INC-25-0914
Incident start:   14/09/2025 02:15 BST
Incident end:     14/09/2025 05:40 BST

Description
At 02:15 BST two chillers serving Suite 4 tripped after a power dip, and temperatures rose until the chillers were restarted by hand.
`,
			title: "Loss of cooling in Suite 4, MAN1",
			start: "2025-09-14T02:15:00+01:00",
		},
		{
			name: "news printed to text, header dated last",
			doc: `Ferry bookings down for four hours after data centre fault - Harbour Daily Online 21/08/2025 18:05

HARBOUR DAILY ONLINE
Home | News | Business | Travel

Ferry bookings down for four hours after data centre fault

By Ana Ruiz
August 21, 2025

Bookings for Linnet Ferries were unavailable from 9 a.m. to 1 p.m. on Thursday after a fault at the operator's data centre, the company said.
`,
			title: "Ferry bookings down for four hours after data centre fault",
		},
	} {
		in, err := Extract([]byte(c.doc), "report.txt", "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if in.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, in.Title, c.title)
		}
		if c.start != "" && in.StartedAt != c.start {
			t.Errorf("%s: started %q, want %s", c.name, in.StartedAt, c.start)
		}
	}
}

// TestSeal18BlamedHeadline: a news page printed to text whose headline
// blames ("…; faulty router blamed") points to the story's sentence naming
// what it blames,
// told as a statement with no cause word ("The council said a faulty
// router … had begun dropping …"): that sentence is the cause.
func TestSeal18BlamedHeadline(t *testing.T) {
	doc := `Library e-book loans down for a day; faulty router blamed - Dunmarsh Evening Post Online 04/03/2025 09:12

DUNMARSH EVENING POST  Online
Home | News | Business | Sport | Opinion                 Sign up for our newsletter

NEWS

Library e-book loans down for a day; faulty router blamed

Readers could not borrow or renew e-books; holds delayed

By Maeve Clery, Reporter
March 3, 2025 (Updated 19:40 GMT)

E-book and audiobook loans at Dunmarsh libraries stopped working across the county on Monday, forcing staff to lend tablets by hand and delaying 300 holds, the council said.

The disruption lasted from 8 a.m. to 6 p.m., according to a statement the council issued in the evening. Online renewals were also unavailable during that time.

The council said a faulty router at its data centre had begun dropping connections between the lending platform and its catalogue. Loans were restored after engineers replaced the router.

"We apologise to readers for the inconvenience," the statement said. The council said it would review why the router's failure was not handled by its backup equipment.

RELATED
Dunmarsh libraries extend opening hours
`
	in, err := Extract([]byte(doc), "news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "faulty router at its data centre") {
		t.Errorf("cause %q, want the sentence naming the faulty router", in.Cause)
	}
}

// TestSeal18SurgeCues: a surge told as a multiple of the usual load ("sent
// four times the usual traffic", "平时的五倍") is a capacity cue, as
// "traffic spike" is.
func TestSeal18SurgeCues(t *testing.T) {
	for _, cause := range []string{
		"The spring sale brought four times the usual number of bookings.",
		"A partner's import ran at ten times its usual rate.",
		"活动开始后，下单请求达到平时的五倍。",
	} {
		var views [numViews]string
		views[viewCause] = cause
		lex := lexiconScores(views)
		cuesOnce.Do(loadCues)
		if i := slices.Index(patternList, "capacity"); lex[viewCause][i] <= 0 {
			t.Errorf("%q: no capacity cue", cause)
		}
	}
}

// TestSeal18HistoryRangeYear: a status history paged by a range of months
// ("Jun 2025 to Aug 2025") dates its entries written without a year
// ("Aug 19, 16:47 CEST") in the range's last year, not a year before its
// first month.
func TestSeal18HistoryRangeYear(t *testing.T) {
	doc := `# Incident History

Jun 2025 to Aug 2025

## August 2025

### Invoice exports delayed

**Resolved** - Exports are running normally again.
Aug 12, 11:05 CEST

**Investigating** - Invoice exports are delayed. We are looking into it.
Aug 12, 10:20 CEST

## July 2025

No incidents reported this month.
`
	in, err := Extract([]byte(doc), "history.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-08-12T10:20:00+02:00" {
		t.Errorf("started %q, want 2025-08-12T10:20:00+02:00", in.StartedAt)
	}
}
