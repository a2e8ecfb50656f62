package extract

import (
	"strings"
	"testing"
)

// seal30Title extracts body saved under name and checks its title.
func seal30Title(t *testing.T, name, body, want string) {
	t.Helper()
	in, err := Extract([]byte(body), "/tmp/seal30/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != want {
		t.Errorf("%s: title %q, want %q", name, in.Title, want)
	}
}

// TestCaretMenuNoTitle: a console's header and a history's filter bar
// copied as text are drop-down menus whose carets stand between their
// choices, the last choice ("Sign in", a search box's "Search
// incidents") with none after it; neither is the title.
func TestCaretMenuNoTitle(t *testing.T) {
	seal30Title(t, "caret-header.txt", `Corrowind Cloud                                      Products ▾   Support ▾   English ▾   Sign in to the console

Service health

Elevated provisioning errors - Corrowind Block Volumes (Dublin)

Summary of impact: Between 08:10 and 09:25 UTC on 2 April 2026, requests to create block volumes in Dublin failed for about a third of customers.

Root cause: A scheduler release mis-counted free capacity on storage hosts.
`, "Elevated provisioning errors - Corrowind Block Volumes (Dublin)")
	seal30Title(t, "caret-filter.txt", `Past incidents
Product: All products ▾ Region: All regions ▾ Search incidents

Elevated provisioning errors - Corrowind Block Volumes (Dublin)

Summary of impact: Between 08:10 and 09:25 UTC on 2 April 2026, requests to create block volumes in Dublin failed for about a third of customers.

Root cause: A scheduler release mis-counted free capacity on storage hosts.
`, "Elevated provisioning errors - Corrowind Block Volumes (Dublin)")
}

// tollerbyPrint is a review printed to PDF and read back as text, two
// pages with their running header and footer.
const tollerbyPrint = `Tollerby Cloud                                    Incident Review – TIR-2026-014
                                                                  External

Incident Review – Managed DNS – Resolution failures in Sydney

Reference: TIR-2026-014
Published: 12 March 2026

What happened?
Between 04:18 and 05:02 UTC on 9 March 2026, a third of queries to Managed
DNS resolvers in Sydney timed out after a configuration push removed two
resolver nodes from the anycast pool.

Tollerby Cloud · prepared for customers                              Page 1 of 2

Tollerby Cloud                                    Incident Review – TIR-2026-014
                                                                  External

What are we doing about it?
Configuration pushes now check the size of the anycast pool first.

Tollerby Cloud · prepared for customers                              Page 2 of 2
`

// TestRunningHeaderNoTitle: a review printed to PDF and read back as
// text repeats its header and footer on every page, with the page's
// number ("Page 1 of 2", "第 1 页 共 2 页"); the header names the company
// and the kind of report, never the incident, whose name stands under it.
func TestRunningHeaderNoTitle(t *testing.T) {
	seal30Title(t, "pir-print.txt", tollerbyPrint, "Incident Review – Managed DNS – Resolution failures in Sydney")
	in, err := Extract([]byte(tollerbyPrint), "/tmp/seal30/pir-print.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Remediation, "Tollerby Cloud") || strings.Contains(in.Remediation, "Page 1 of 2") {
		t.Errorf("remediation %q holds the page's running header or footer", in.Remediation)
	}
	seal30Title(t, "shuoming-print.txt", `岚峰云                                                     故障说明（客户版）
--------------------------------------------------------------------------------

关于2026年4月2日华南一地域负载均衡访问异常的故障说明

尊敬的客户：

北京时间2026年4月2日10:05至10:52，岚峰云华南一地域部分负载均衡实例出现访问超时。

一、故障原因

一台核心交换机的板卡故障，导致部分负载均衡节点与后端失联。

--------------------------------------------------------------------------------
岚峰云 版权所有                                                    第 1 页 共 2 页

岚峰云                                                     故障说明（客户版）
--------------------------------------------------------------------------------

二、改进措施

1. 增加板卡故障的告警。

--------------------------------------------------------------------------------
岚峰云 版权所有                                                    第 2 页 共 2 页
`, "关于2026年4月2日华南一地域负载均衡访问异常的故障说明")
}

// TestPrintedTitleShortOfHeadline: a news page's <title>, which the
// browser prints in its header, is often its headline cut short; the
// headline that opens with it is the title, not the standfirst under it.
func TestPrintedTitleShortOfHeadline(t *testing.T) {
	seal30Title(t, "news-print.txt", `3/2/26, 9:40 AM            Orvane outage halts ride-hailing apps across Europe | The Morning Wire

THE MORNING WIRE
Subscribe    Sign in    ☰ Sections
News  Business  Technology  Opinion  Sport

TECHNOLOGY

Orvane outage halts ride-hailing apps across Europe for three hours

A failure in the cloud provider's Paris region left riders and drivers stranded
on Sunday night

By Lucie Marchand
March 1, 2026 at 11:55 p.m. CET

     Share     Save     Comment 87

PARIS — Ride-hailing apps across Europe stopped working for about three hours
on Sunday after a failure in Orvane's Paris region, the company said, leaving
riders stranded outside stations and airports across the continent.

The problems began at about 8:10 p.m. and were fixed at 11:05 p.m. Orvane said
a faulty power distribution unit had cut power to a row of servers in one of
its data halls, and that its systems had not moved the affected workloads to
another hall because they were configured to run in a single place.

"We are sorry for the disruption," the company said in a statement, adding it
would publish a full review of the incident within a week of the outage.

© 2026 The Morning Wire Ltd. All rights reserved.  Terms of Use  Privacy Policy

https://www.morningwire.eu/technology/2026/03/01/orvane-outage-ride-hailing/     1/1
`, "Orvane outage halts ride-hailing apps across Europe for three hours")
}

// TestChannelHeaderNamesTitle: a chat channel exported as text names its
// incident in its header or topic, beside the commander and the
// severity; the day divider under it is no title.
func TestChannelHeaderNamesTitle(t *testing.T) {
	seal30Title(t, "channel.txt", `Brisworth Engineering
~inc-2026-04-07-payments

Channel header: Card payments declined in checkout | IC: @r.okafor | Sev 1

Tue, Apr 7, 2026

r.okafor  2:14 PM
Card payments are being declined for about half of customers since 2:05. Declaring Sev 1.

j.lindgren  2:31 PM
The fraud-scoring service started returning errors after its certificate expired at 2:05; checkout treats errors as declines.

r.okafor  3:02 PM
New certificate deployed, declines back to normal at 2:58. Resolving.
`, "Card payments declined in checkout")
}

// TestEventFieldNamesTitle: a status page's event record as a table of
// fields names the incident in its "Event" (or "Incident") row, over a
// heading that names only the kind of page ("Event details").
func TestEventFieldNamesTitle(t *testing.T) {
	seal30Title(t, "event.html", `<!DOCTYPE html>
<html><head><title>Event details | Penrith Cloud Status</title></head>
<body>
<div class="hdr"><a href="/">PENRITH</a> Cloud Status <a href="/history">History</a> <a href="/login">Sign in</a></div>
<h2>Event details</h2>
<table>
<tr><th>Event</th><td>Object Storage: Elevated latency in Canada Central (Toronto)</td></tr>
<tr><th>Event start</th><td>2026-04-03 14:20 (UTC-04:00)</td></tr>
<tr><th>Event end</th><td>2026-04-03 15:55 (UTC-04:00)</td></tr>
<tr><th>Status</th><td>Closed</td></tr>
</table>
<h3>Analysis</h3>
<p>A metadata node's disk failed and its replacement was slow to catch up, so requests for objects on its partitions queued.</p>
<h3>Resolution</h3>
<p>The node was taken out of service at 15:30 and latency recovered by 15:55.</p>
</body></html>
`, "Object Storage: Elevated latency in Canada Central (Toronto)")
}

// TestInlineStateUnderName: a health dashboard's event saved as text lays
// its fields out on one row under the event's name ("Service: … Region:
// … Status: Resolved Start time: …"); the state among them tells that
// the line above is the incident's name, not the dashboard's tabs.
func TestInlineStateUnderName(t *testing.T) {
	seal30Title(t, "health-row.txt", `Penhallow Health Dashboard
Service health      Your account health

Service health > Open and recent issues > Penhallow Object Store (Frankfurt)

Operational issue - Penhallow Object Store (Frankfurt)
Service: Penhallow Object Store     Region: EU-CENTRAL-1     Status: Resolved     Start time: April 2, 2026 at 7:12:00 AM UTC+2     End time: April 2, 2026 at 8:40:00 AM UTC+2

Event log

Apr 2 7:31 AM CEST  We are investigating increased error rates for object uploads in the EU-CENTRAL-1 Region. Downloads are not affected.

Apr 2 8:52 AM CEST  Between 7:12 AM and 8:40 AM CEST, a subset of upload requests failed. The issue was caused by a storage node that stopped accepting writes after a firmware update. The issue has been resolved.
`, "Operational issue - Penhallow Object Store (Frankfurt)")
}

// TestClosingUpdateTellsStart: a status page's closing update often looks
// back to when the impact began, before the first update was posted
// ("Resolved - … Failures began at 08:47 UTC when …"); that time starts
// the incident, not the first update's.
func TestClosingUpdateTellsStart(t *testing.T) {
	body := `<html><head><title>Card payouts delayed - Tansley Status</title></head><body>
<div class="masthead"><img alt="Tansley" src="/logo.svg"> <a>Subscribe to Updates</a></div>
<h2>Past Incidents</h2>
<div class="status-day"><div class="date">Apr 10, 2026</div><p>No incidents reported.</p></div>
<div class="status-day"><div class="date">Apr 9, 2026</div>
<div class="incident-title"><a href="/incidents/k2">Card payouts delayed</a></div>
<div class="update"><strong>Resolved</strong> - All delayed payouts have been sent. Failures began at 08:47 UTC when a scheduled rotation of the payout service's database credentials left two workers with expired passwords; the workers were restarted at 10:05 UTC. <small>Apr <var>9</var>, <var>10:30</var> UTC</small></div>
<div class="update"><strong>Monitoring</strong> - Payouts are being sent again and the backlog is draining. <small>Apr <var>9</var>, <var>10:08</var> UTC</small></div>
<div class="update"><strong>Investigating</strong> - Card payouts to merchants are delayed. No funds are lost. <small>Apr <var>9</var>, <var>09:12</var> UTC</small></div>
</div>
<div class="status-day"><div class="date">Apr 8, 2026</div><p>No incidents reported.</p></div>
</body></html>`
	in, err := Extract([]byte(body), "/tmp/seal30/payouts.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-04-09T08:47") && !strings.Contains(in.StartedAt, "T08:47") {
		t.Errorf("started %q, want 08:47 UTC, the time the closing update says the failures began", in.StartedAt)
	}
}
