package extract

import (
	"testing"

	"github.com/incidex/incidex/data"
)

// extractSeal28 extracts body saved under name, failing the test on an error.
func extractSeal28(t *testing.T, name, body string) *data.Incident {
	t.Helper()
	in, err := Extract([]byte(body), "/tmp/seal28/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestFieldLineNoTitle: a record's field line ("Impacted Service(s): …",
// "Incident Start: 03/02/2026 …", "Component/s: …") names no incident,
// even where it holds one of the words a title's do; a notification's
// "Resolved: <name>" line is the incident's name with its state, not a
// status update under it; a page's "jump to content" link is no title.
func TestFieldLineNoTitle(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"history.txt", `Tollard Cloud
Status
Incident History

Mar 2, 2026

Block Volumes, Compute, File Storage - Customers may have been unable to write to attached volumes in Montreal
Impacted Service(s): Block Volumes, Compute
Region(s): Canada Southeast (Montreal)
Start Time: Mar 2, 2026 14:10 UTC
Resolution Time: Mar 2, 2026 15:25 UTC

Customer Impact: Some customers saw write latency above two seconds on attached volumes.

Root Cause: A firmware fault on a storage controller slowed replication for the volumes it served.

Status: Resolved
`, "Block Volumes, Compute, File Storage - Customers may have been unable to write to attached volumes in Montreal"},
		{"trust.txt", `Brackmoor Trust
Status   Maintenance   Incidents   Log in

Incident #50321
NA71 | Core Service | Performance Degradation | Resolved

Summary
Customers on NA71 saw slow page loads.

Incident Start: 03/02/2026 04:10 PM UTC
Incident End: 03/02/2026 05:02 PM UTC

Root Cause Analysis
A cache node ran out of memory after a traffic spike.
`, "Incident #50321"},
		{"notification.txt", `Harlby Cloud
Catalog  Docs  Support   Log in

Status
Notifications   Planned maintenance   RSS

< Back to all notifications

Resolved: Object storage uploads failing in us-south
Type: Incident
Severity: Sev-2
Start: 2026-03-02T10:05:00Z
End: 2026-03-02T11:00:00Z

Description
Uploads to buckets in us-south failed with 503 errors.

Root cause
A load balancer pool was drained by mistake during maintenance.
`, "Object storage uploads failing in us-south"},
		{"oldreddit.txt", `jump to content
my subreddits
sysadmin comments
Ferncastle's write-up of Monday's two hour VPN outage (ferncastle.example)
submitted 2 days ago by netops_kai

"On Monday from 9:05 to 11:10 AM ET the VPN gateways rejected all logins. A certificate on the gateways expired."
`, "Ferncastle's write-up of Monday's two hour VPN outage"},
		{"health.html", `<html><head><title>Kestwick Health Dashboard | Service health</title></head><body>
<header>Kestwick Web Services <a href="/console">Sign in to the Console</a></header>
<h2>Open and recent issues</h2>
<table><tr><th>Service</th><th>Region</th><th>Date</th></tr><tr><td>Kestwick Object Store</td><td>Dublin</td><td>Feb 3, 2026</td></tr></table>
<h3>Increased Request Error Rates</h3>
<h4>Event log</h4>
<table><tr><td>Feb 3, 2026, 2:10 PM GMT</td><td>[RESOLVED] Between 1:05 PM and 1:58 PM GMT, requests to the object store returned elevated errors. The issue was caused by a faulty network card in a metadata host.</td></tr>
<tr><td>Feb 3, 2026, 1:20 PM GMT</td><td>We are investigating increased error rates for the object store.</td></tr></table>
</body></html>`, "Increased Request Error Rates"},
	} {
		in := extractSeal28(t, tc.name, tc.body)
		if !titleRight(in.Title, realWorldGold{Title: tc.want}) {
			t.Errorf("%s: title %q, want %q", tc.name, in.Title, tc.want)
		}
	}
}

// TestResolutionTimeField: a record's "Resolution Time" field states when
// the incident ended, as "End Time" does.
func TestResolutionTimeField(t *testing.T) {
	body := `Tollard Cloud Status

Object Storage - Customers may have seen failed uploads
Impacted Service(s): Object Storage
Region(s): Canada Southeast (Montreal)
Start Time: Mar 2, 2026 14:10 UTC
Resolution Time: Mar 2, 2026 15:25 UTC

Customer Impact: Some uploads failed with 503 errors.

Root Cause: A load balancer pool was drained by mistake during maintenance.

Status: Resolved

Feb 27, 2026

Compute - Instance launch delays
Impacted Service(s): Compute
Start Time: Feb 27, 2026 18:05 UTC
Resolution Time: Feb 27, 2026 18:40 UTC
Status: Resolved
`
	in := extractSeal28(t, "notice.txt", body)
	if in.StartedAt != "2026-03-02T14:10:00Z" || in.EndedAt != "2026-03-02T15:25:00Z" {
		t.Errorf("span %s – %s, want 2026-03-02 14:10 – 15:25 UTC", in.StartedAt, in.EndedAt)
	}
}

// TestPrintHeaderHanClock: a page printed from a browser set to Chinese
// heads each page with "2026/3/11 上午9:02" before the page's title: the
// header names the page, and the story's title is the line repeating it.
func TestPrintHeaderHanClock(t *testing.T) {
	body := `2026/2/4 下午3:18                     城际铁路购票系统昨日宕机约1小时，官方称数据库故障_快报_澜江日报
澜江日报
首页  要闻  财经  科技
城际铁路购票系统昨日宕机约1小时，官方称数据库故障
澜江日报记者 周岚
2026-02-04 08:10 来源：澜江日报
2月3日上午9时20分左右，不少旅客反映城际铁路购票App无法下单，页面提示“系统繁忙”。
运营方表示，故障原因为票务数据库主节点异常，切换至备用节点后于10时25分恢复。
`
	in := extractSeal28(t, "print.txt", body)
	want := "城际铁路购票系统昨日宕机约1小时，官方称数据库故障"
	if in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
}

// TestStateSpanUpdates: a status page whose updates are list items of
// the state, the text and the time it was posted ("<span>Investigating
// </span><p>…</p><time>…</time>"), flattened with no separator after the
// state, still has its updates read as events, the first its start.
func TestStateSpanUpdates(t *testing.T) {
	body := `<html><head><title>Mossgiel Status</title></head><body>
<header><a href="/">Mossgiel</a> Status <a href="/subscribe">Subscribe</a></header>
<main><p>Incident #1140</p>
<h1>Delayed invoice emails for EU accounts</h1>
<ol>
<li><span>Resolved</span><p>Invoice emails have been delivered normally since 10:41 UTC.</p><time>March 3, 2026 10:55 UTC</time></li>
<li><span>Identified</span><p>We have identified the issue and are applying a fix.</p><time>March 3, 2026 09:48 UTC</time></li>
<li><span>Investigating</span><p>Invoice emails for EU accounts are delayed. We are investigating.</p><time>March 3, 2026 09:05 UTC</time></li>
</ol></main></body></html>`
	in := extractSeal28(t, "status.html", body)
	if in.StartedAt != "2026-03-03T09:05:00Z" {
		t.Errorf("started %q, want the first update's 2026-03-03T09:05:00Z", in.StartedAt)
	}
	if len(in.Timeline) < 3 {
		t.Errorf("%d events, want the three updates", len(in.Timeline))
	}
	if in.Cause != "" {
		t.Errorf("cause %q, want none: the page tells none (\"identified the issue and are applying a fix\" names none)", in.Cause)
	}
}

// TestHourOnlyRange: a range whose start is an hour alone with its
// part of the day ("From about 3pm to 7:30pm Eastern") is the outage's
// span, over a later time the story tells of something else.
func TestHourOnlyRange(t *testing.T) {
	body := `Payroll outage at Fernbright

By Jo Hale
Mar 6, 2026

Payroll provider Fernbright was down for most of Thursday afternoon. From about 3pm to 7:30pm Eastern on March 5, customers who tried to approve a pay run got an error.

A spokesperson said that pay runs approved by 10pm Eastern went out on schedule.
`
	in := extractSeal28(t, "story.txt", body)
	if in.StartedAt != "2026-03-05T15:00:00-05:00" || in.EndedAt != "2026-03-05T19:30:00-05:00" {
		t.Errorf("span %s – %s, want 2026-03-05 15:00 – 19:30 EST", in.StartedAt, in.EndedAt)
	}
}
