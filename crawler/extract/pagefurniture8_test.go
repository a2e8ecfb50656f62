package extract

import (
	"strings"
	"testing"
)

// TestTitleUnderPageFurniture holds titles of pages (our own writing) whose
// furniture above the incident's name was taken for it: a link back and a
// kicker, an entry's facts as a list, a status grid's rows, a trail of
// the site's sections, the post's categories, the page's "Last updated"
// stamp, a heading with a hard line break, an analysis under a history's
// own paragraph, a Chinese post's table of events, a masthead's <h1> over
// the article's <h2>, a product's <h1> over "Incident affecting …", a
// <br> in the <h1>, a feed shown by a browser and saved as text.
func TestTitleUnderPageFurniture(t *testing.T) {
	for _, c := range []struct{ name, file, body, title string }{
		{"link back and kicker", "p.txt", `Merrow                                                 Product   Customers   Blog   Docs

← All posts

ENGINEERING

Nineteen minutes without invoices

Ada Kerr · April 2, 2026

On the afternoon of March 31, no invoices were generated for nineteen minutes. Every one was
generated once we recovered, and none was sent twice.
`, "Nineteen minutes without invoices"},
		{"facts as a list", "p.txt", `12.05.2026 · Incident

Fernhill Hosting

• 12.05.2026
• Incident
• Resolved

Mail servers in Vienna unreachable for 40 minutes

Between 09:10 and 09:50 CEST on 12 May 2026, mail on two of our servers in Vienna could not be reached.
`, "Mail servers in Vienna unreachable for 40 minutes"},
		{"status grid rows", "p.txt", `青桐云 服务状态

所有系统运行正常

云数据库　　　　正常
对象存储　　　　正常

历史事件

2026-04-02

华东一区云数据库连接超时
已解决　4 月 2 日 10:42
连接已恢复正常。
`, "华东一区云数据库连接超时"},
		{"trail of sections", "p.txt", `Ormside Cloud Services                         Contact Us   Support   Sign In to the Console

Service health > Open and recent issues > Ormside Object Store (Frankfurt)

Operational issue - Ormside Object Store (Frankfurt)
Service: Ormside Object Store     Region: EU-CENTRAL-1     Status: Resolved
`, "Operational issue - Ormside Object Store (Frankfurt)"},
		{"categories and last updated", "p.txt", `Whinfell Analytics — Engineering Blog
Product | Pricing | Docs | Blog | Log in

Reports outage on May 4: what happened

Filed under: Incidents, Infrastructure

Last updated May 6, 2026 10:02 GMT

On Monday, May 4, reports failed to load for most customers between 9:12 and 10:40 AM.
`, "Reports outage on May 4: what happened"},
		{"heading with a hard break", "p.md", "[Keld Chronicle](https://keld.example/)\n\n# Power restored to 3,000 homes  \nafter substation fault\n\nBy Ann Roe | 5 March 2026\n\nPower has been restored to about 3,000 homes after a fault at a substation.\n", "Power restored to 3,000 homes after substation fault"},
		{"analysis under the history's paragraph", "p.txt", `Ravel Cloud status
Status history

This page contains Root Cause Analyses (RCAs) and Post Incident Reviews (PIRs) of previous service issues, each retained for 5 years, and it is updated within fourteen days of an incident.

Product and Region filters
Product: All products   Region: All regions

March 2026

RCA - Block Storage - Volume attach failures in West Europe 3 (Tracking ID 7QXA-2LM)

Summary of impact: Between 10:05 UTC and 11:40 UTC on 4 Mar 2026, a subset of customers could not attach volumes.
`, "RCA - Block Storage - Volume attach failures in West Europe 3 (Tracking ID 7QXA-2LM)"},
		{"zh table of events", "p.txt", `青岚云技术博客 · 稳定性专栏

青岚云华北二（北京）地域对象存储写入失败事件复盘

青岚云存储团队　|　2026-10-09　|　阅读约6分钟

写在前面
10月6日（周二）上午，华北二（北京）地域部分对象存储桶写入失败。监控告警在10:20触发，但事后分析日志发现，首批写入失败实际发生在10:05，比告警早了15分钟。故障于11:30完全恢复。本文按照时间顺序复盘整个过程。

| 时间 | 事件 |
|------|------|
| 09:40 | 元数据集群例行扩容开始 |
| 10:05 | 部分存储桶写入失败（事后日志确认的实际开始时间） |
| 10:20 | 告警触发，值班工程师介入 |
| 11:30 | 写入全部恢复正常，故障结束 |
`, "青岚云华北二（北京）地域对象存储写入失败事件复盘"},
		{"masthead h1 over the article's h2", "p.html", `<html><head><title>西岭日报</title></head><body>
<div class="top"><h1 class="logo"><a href="/">西岭日报</a></h1></div>
<div class="article">
<h2>地铁闸机系统故障　早高峰多站排长队</h2>
<div class="info">2026-04-08 08:12　来源：西岭日报</div>
<div class="content"><p>4 月 7 日早高峰，本市地铁闸机系统出现故障，多个车站的闸机无法刷码进站，不少乘客排队等候二十多分钟。</p>
<p>地铁公司表示，故障由系统升级后配置不当引起，9 时 10 分左右恢复。</p></div>
</div></body></html>`, "地铁闸机系统故障 早高峰多站排长队"},
		{"product h1 over the incident", "p.html", `<html><head><title>Kirby Cloud Service Health</title></head><body>
<main><h1>Cloud Queues</h1>
<p>Incident affecting Cloud Queues</p>
<p><strong>Message delivery delayed in europe-west7</strong></p>
<p>Incident began at 2026-03-03 08:41 and ended at 2026-03-03 10:12 (all times are US/Pacific).</p>
<p>The issue with Cloud Queues in europe-west7 has been resolved for all affected customers.</p>
</main></body></html>`, "Message delivery delayed in europe-west7"},
		{"br in the h1", "p.html", `<html><head><title>Lathom</title></head><body><section><p>Post-incident review · 5 March 2026</p>
<h1>Refunds issued twice for<br>annual plan cancellations</h1></section>
<section><p>On 3 March, 410 customers were refunded twice. Every second refund was reversed by 4 March.</p></section></body></html>`, "Refunds issued twice for annual plan cancellations"},
		{"feed saved as text", "p.txt", `This XML file does not appear to have any style information associated with it. The document tree is shown below.

<rss version="2.0">
<channel>
<title>Pellow Cloud Service Status</title>
<link>https://status.pellow.example/</link>
<description>Current and recent service events for Pellow Cloud, all regions</description>
<item>
<title>Informational message: Increased latency for Managed Queues in us-east-5</title>
<link>https://status.pellow.example/#queues</link>
<pubDate>Wed, 30 Sep 2026 16:41:07 PDT</pubDate>
<description>4:41 PM PDT We continue to work on resolving the increased latency for Managed Queues.</description>
</item>
</channel>
</rss>
`, "Informational message: Increased latency for Managed Queues in us-east-5"},
		{"firefox print header", "p.txt", `Ottery Status - Exports failing for Ottery Sheets              https://status.otterysheets.example/incidents/k2m9x7

Ottery Sheets

SUBSCRIBE TO UPDATES

Exports failing for Ottery Sheets
Incident Report for Ottery Sheets

Resolved
Exports are completing again. Mar 3, 2026 - 11:42 UTC
`, "Exports failing for Ottery Sheets"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), c.file, "")
			if err != nil {
				t.Fatal(err)
			}
			if in.Title != c.title {
				t.Errorf("title %q, want %q", in.Title, c.title)
			}
		})
	}
}

// TestNameDateBylineNoEvent: a writer's name and the post's day under the
// title ("Ada Kerr · April 2, 2026") is when it went up, no event; an
// update's state and stamp ("Resolved · 21 Oct 2026 14:20 UTC") is one.
func TestNameDateBylineNoEvent(t *testing.T) {
	if !nameDateLine("Ada Kerr · April 2, 2026") || nameDateLine("Resolved · 21 Oct 2026 14:20 UTC") || nameDateLine("Resolved · April 2, 2026") {
		t.Errorf("nameDateLine reads a state's stamp as a byline, or a byline as none")
	}
	body := `Nineteen minutes without invoices

Ada Kerr · April 2, 2026

On the afternoon of March 31, 2026, no invoices were generated for nineteen minutes.

At 14:12 UTC we deployed a change to the invoicing service that read its templates from a new location, which was empty. We rolled it back and invoices were generated again.
`
	in, err := extractOnce([]byte(body), "p.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "Ada Kerr") {
			t.Errorf("the byline is an event: %+v", ev)
		}
	}
}

// TestReportDatesAndWindows: a report's own dates are no incident's
// ("Issued: 24 February 2026" over "Thursday, 19 February 2026"; a field
// "Incident date:"), a date over the first paragraph is the post's, a time
// looked back to ("since 1:00 AM") is that morning's, "lasted until" and
// "actually occurred at" tell the window, and a history's entries drawn
// apart by rules are kept apart.
func TestReportDatesAndWindows(t *testing.T) {
	for _, c := range []struct{ name, body, start, end string }{
		{"issued over the day", `Root cause analysis: Token service disruption in Pune (in-west-2)

Issued: 2 March 2026 | Severity: 1 | Times: Indian Standard Time (IST, UTC+5:30)

In the early hours of Thursday, 26 February 2026, the token service in in-west-2 could not issue tokens. The disruption began at 02:10 IST (20:40 UTC on 25 February) and lasted until 04:45 IST, when all partitions were serving again.

Customer impact
- 30% of requests failed between 02:10 and 03:30 IST.
- From 03:30 IST the failure rate fell to under 3%.

Timeline (IST)
02:10 First errors; customer impact begins.
03:30 Compaction paused; most partitions recover.
04:45 Last partitions rejoin; all partitions healthy.
`, "2026-02-26T02:10:00+05:30", "2026-02-26T04:45:00+05:30"},
		{"incident date field", `Root cause analysis: Managed Postgres write failures in uk-south-3

Document reference RCA-2026-021 · Issued 9 June 2026 · Incident date: Tuesday 2 June 2026

On the morning of 2 June 2026, customers could not write to some instances. The first failed writes had occurred at 07:40 BST. Service was fully resolved at 09:55 BST.

Sequence of events (BST)
07:40 First write errors recorded.
08:02 Alarm fires.
09:55 All instances accepting writes. Incident resolved.
`, "2026-06-02T07:40:00+01:00", "2026-06-02T09:55:00+01:00"},
		{"date over the first paragraph", `Summary of the Storage Service Event in the Jakarta (ap-jk-1) Region

June 11, 2026

We would like to give you additional information about the service disruption that affected Storage in the Jakarta Region on the evening of June 6, 2026.

Beginning at 9:40 PM SGT (13:40 UTC) on June 6, customers experienced elevated errors when writing objects. At 11:15 PM SGT, engineers removed the faulty hosts from service. By 1:05 AM SGT on June 7, error rates had returned to normal.
`, "2026-06-06T21:40:00+08:00", "2026-06-07T01:05:00+08:00"},
		{"a time looked back to", `Sign-in failures in us-west-9 on August 12

All times are Pacific Daylight Time (PDT). On Wednesday, August 12, 2026, customers could not sign in between 6:05 AM and 9:50 AM PDT.

From 6:05 AM, a growing share of sign-in attempts failed. Our alerting fired at 6:21 AM.

A rollback would have invalidated every session created since 1:00 AM, so at 7:40 AM the team raised the connection limit instead.

At 8:40 AM sign-in recovered for most organizations, and all sign-in flows were fully recovered at 9:50 AM PDT.
`, "2026-08-12T06:05:00-07:00", "2026-08-12T09:50:00-07:00"},
		{"ruled history entries", `Quillan Cloud Status — History

All times in UTC

───────────────────────────────────────────
Mar 27 – Mar 28, 2026
Elevated error rates for Managed Cache in eu-north-4
Major · Resolved

  Resolved  Mar 28, 01:52 UTC
  The cache nodes have been healthy since 01:40 UTC. The incident started at 23:15 UTC on March 27.

  Investigating  Mar 27, 23:29 UTC
  We are seeing elevated errors from Managed Cache. Investigating.
───────────────────────────────────────────
Mar 19, 2026
Slow provisioning of GPU instances in eu-west-9
Minor · Resolved
  Resolved  Mar 19, 12:44 UTC
  Provisioning times returned to normal. Between 10:02 and 12:30 UTC some instances were slow.
`, "2026-03-27T23:15:00Z", "2026-03-28T01:52:00Z"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), "page.txt", "")
			if err != nil {
				t.Fatal(err)
			}
			if !sameInstant(in.StartedAt, c.start) || c.end != "" && !sameInstant(in.EndedAt, c.end) {
				t.Errorf("window %s – %s, want %s – %s", in.StartedAt, in.EndedAt, c.start, c.end)
			}
		})
	}
}
