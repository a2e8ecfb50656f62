package extract

import "testing"

// TestWindowFormsTen holds the window (and where given the title) of
// eleven pages of our own writing, in forms read from durations set 8's
// even lines: a status page printed from a browser whose updates are
// stamped without a year ("Feb 11 - 10:46 CET"), the print header's date
// giving it; a review under a trail "Trust Center / Service event
// summaries"; a Markdown table in a text whose rows say "Customer impact
// begins." and "customer impact ends." before the incident was closed; a
// chat exported as text, its zone named above its title, its days between
// rules, each message under its writer and clock; a news story printed
// with its address and page counter under the header, its lede naming
// the day by its weekday, its last airport the last to recover; a Chinese
// notice still at work ("【处理中】"), under its site's name and section and
// a menu after the logo; a review that labels the customers' impact window
// beside the incident's declared one; a list archive's message dated in
// its ctime form, written while the outage went on; a Chinese notice whose
// byline counts its views, its end told as "约两个半小时后…全部恢复正常"; a
// story whose dateline carries when it was filed ("SAN FRANCISCO, June 9,
// 2026 — 5:40 p.m."); a table of the outage's phases, each with its start
// and end.
func TestWindowFormsTen(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"yearless stamps under a print header", "page.txt", `3/20/26, 9:14 AM                Slow queries on Managed MySQL in par-1 · Vellacourt Cloud Status

[Vellacourt Cloud]                                         [SUBSCRIBE TO UPDATES]
Status   History   Maintenance   Docs   Console login

Slow queries on Managed MySQL in par-1
Resolved
Impact: Minor · Components: Managed MySQL (par-1)

Updates

Resolved
Mar 18 - 16:20 CET
Query latency has returned to normal for all clusters in par-1. This incident is resolved.

Monitoring
Mar 18 - 15:48 CET
The index rebuild has been paused and latency is falling. We are monitoring.

Investigating
Mar 18 - 14:55 CET
Since 14:31 CET, customers with Managed MySQL clusters in par-1 are seeing slow queries. We are investigating.

Vellacourt Cloud SAS · Imprint · Privacy
Times are shown in Central European Time.

https://status.vellacourt.example/incidents/a81kq2                                                     1/1
`, "2026-03-18T14:31:00+01:00", "2026-03-18T16:20:00+01:00", 109, ""},
		{"slash trail over the title", "page.txt", `[![Brackenridge Cloud](/assets/logo.svg)](/)
Brackenridge Cloud   ·   Products   ·   Pricing   ·   Docs   ·   Trust Center   ·   Sign in

Trust Center  /  Service event summaries

Summary of the Object Storage Service Event in the Lisbon (eu-west-12) Region

Published 9 June 2026, 10:00 UTC

Between 14:05 UTC and 16:40 UTC on 6 June 2026, a subset of Object Storage requests in eu-west-12 failed with errors. A configuration change to the metadata service reduced its connection pool, and requests queued until they timed out.
`, "2026-06-06T14:05:00Z", "2026-06-06T16:40:00Z", 155, "Summary of the Object Storage Service Event in the Lisbon (eu-west-12) Region"},
		{"table rows say when the impact began and ended", "page.txt", `Status › Incident reports › 2026

Post-incident review: Managed Kafka consumer lag in na-west-2

Report published Monday, March 9, 2026

Summary
On the morning of Thursday, March 5, consumers of Managed Kafka clusters in na-west-2 fell behind. All times in this report are US Eastern Time (ET).

Timeline (ET)

| Time | Event |
|------|-------|
| 8:20 a.m. | A broker configuration change is deployed. |
| 8:52 a.m. | Consumer lag starts to grow. Customer impact begins. |
| 9:10 a.m. | Alert pages the on-call engineer. |
| 9:45 a.m. | Change rolled back. |
| 10:58 a.m. | Lag back to normal on all clusters; customer impact ends. |
| 11:40 a.m. | Incident closed. |

Root cause
The change lowered the fetch size, so consumers made many more requests.
`, "2026-03-05T08:52:00-05:00", "2026-03-05T10:58:00-05:00", 126, ""},
		{"chat export", "chat.txt", `Slack export — workspace: Marrowby Foods — channel: #inc-77-orders-failing
Exported 2026-03-13 by k.lund · Times shown in America/Denver (MDT, UTC−6)

#inc-77-orders-failing
Topic: SEV2 — Online orders failing at payment | IC: @nina.p | Status: resolved

——————————— Thursday, March 12th ———————————

incident-bot  APP  10:04 AM
Incident #77 declared by @nina.p — "Online orders failing at payment" — severity SEV2

nina.p  10:05 AM
taking IC. payment step returns an error for most orders. errors started at 9:31 per the dashboard

omar.z  10:20 AM
found it: the tax service's new endpoint rejects our requests. rolling back our client config

omar.z  10:41 AM
rollback done, orders going through again

nina.p  10:58 AM
ok — full recovery confirmed as of 10:58. resolving #77.

omar.z  11:25 AM
status page resolved + banner removed

——————————— Friday, March 13th ———————————

omar.z  8:30 AM
postmortem draft is up, please comment by Monday
`, "2026-03-12T09:31:00-06:00", "2026-03-12T10:58:00-06:00", 87, ""},
		{"printed story, weekday in the lede, last to recover", "page.txt", `11/22/26, 9:02 AM   Booking outage strands rail passengers across Wales | Valley Courier
https://valleycourier.example/travel/2026/11/22/rail-booking-outage   1/2

VALLEY COURIER   |   News  Sport  Business  Travel   |   ☰

TRAVEL

Booking outage strands rail passengers across Wales

By Gwen Pritchard
November 22, 2026

CARDIFF — A failure in the ticketing system used by Dyffryn Rail left
passengers unable to buy or collect tickets on Saturday, with long queues
at stations across Wales on one of the busiest weekends of the month.

The operator said the system stopped working at about 6:10 a.m. GMT. Service
was restored at Cardiff Central by 9:05 a.m., the operator said, and at
Swansea by 10:20 a.m. Aberystwyth, where staff had to restart each machine,
was the last station to recover, at 12:40 p.m. GMT.

Passengers described waits of more than an hour.
`, "2026-11-21T06:10:00Z", "2026-11-21T12:40:00Z", 390, "Booking outage strands rail passengers across Wales"},
		{"zh: notice still at work", "page.txt", `岚溪云 - 服务公告
[![岚溪云](/logo.svg)](/)　产品　解决方案　文档　定价　|　联系我们　控制台　登录

首页 > 服务公告 > 故障公告

【处理中】关于部分用户无法访问岚溪云对象存储的公告

发布时间：2026-09-03 10:20　　最近更新：2026-09-03 11:05

尊敬的岚溪云用户：

北京时间2026年9月3日09:50起，部分用户访问岚溪云对象存储时出现超时。

处理进展：

2026-09-03 11:05 更新：工程师正在进行数据校验，目前部分用户已可正常访问。恢复时间暂无法确定，我们将持续同步进展。

2026-09-03 10:20 发布：我们已关注到部分用户无法访问对象存储，正在紧急排查。

我们将在问题解决后第一时间更新本公告。

岚溪云
2026年9月3日
`, "2026-09-03T09:50:00+08:00", "", 0, "关于部分用户无法访问岚溪云对象存储的公告"},
		{"customer impact window labelled", "page.txt", `Incident review: webhook delivery delays on 14 July

Published 20 July 2026 · by the Tallowmere Platform team

On the evening of 14 July, webhooks sent by Tallowmere were delayed by up to three hours.

Two windows, and why they differ

Internally we track an incident from when it is declared until the fix is in place. For this one that was 20:10 UTC to 20:45 UTC. That is not what you experienced, so this review uses the customer impact window:

Incident (declared → fix deployed): 20:10 – 20:45 UTC, 14 July 2026
Customer impact: 19:40 – 22:55 UTC, 14 July 2026 — from the first delayed webhook until the queue was drained

What happened
At 19:40 UTC a downstream queue filled, and our alert fired at 20:02 UTC.
`, "2026-07-14T19:40:00Z", "2026-07-14T22:55:00Z", 195, ""},
		{"list archive, ctime date, still going on", "page.txt", `[staff-news] UPDATE: Payroll portal unavailable

Kellingworth College IT announcements list archive
Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

Previous message: [staff-news] Payroll portal unavailable
Next message: [staff-news] Reminder: network maintenance, Saturday

From: IT Help Desk <helpdesk@kellingworth.example>
Date: Tue Feb 10 12:40:05 GMT 2026
Subject: [staff-news] UPDATE: Payroll portal unavailable

Dear colleagues,

Since approximately 08:15 GMT this morning (Tuesday 10 February), the payroll portal has been unavailable. Our supplier has told us that a storage fault has made its database unavailable. They have not yet been able to give us a time for when the service will be back.

We will send a further update by 16:00 today.

IT Help Desk
`, "2026-02-10T08:15:00Z", "", 0, ""},
		{"zh: views in the byline, back after a length", "page.txt", `桐庐协同 帮助中心
[桐庐协同](/)　产品功能　客户案例　价格　下载　帮助中心　|　登录　免费试用

帮助中心 > 公告与动态 > 服务公告

关于10月15日桐庐协同办公平台服务中断的说明

桐庐网络　2025-10-16 10:30　　　👁 2,047

各位客户：

2025年10月15日（星期三）上午10时20分左右，桐庐协同办公平台出现服务中断，网页端和移动端均无法正常加载消息和审批。我们的工程师第一时间介入处理，约一个半小时后，平台各项功能全部恢复正常。

一、中断原因
消息推送集群在业务高峰期出现内存溢出，导致推送服务反复重启。
`, "2025-10-15T10:20:00+08:00", "2025-10-15T11:50:00+08:00", 90, ""},
		{"dateline with the time it was filed", "page.txt", `TECH

Sketchpad outage leaves designers unable to open files

By Harriet Osei
SEATTLE, May 12, 2026 — 6:20 p.m.

Designers who use Sketchpad were unable to open their files for much of
Tuesday after what the company described as a storage failure.

The disruption began at 9:15 a.m. PT. The company said in an update on its
status page that all files were accessible again at 1:40 p.m.
`, "2026-05-12T09:15:00-07:00", "2026-05-12T13:40:00-07:00", 265, ""},
		{"table of phases with start and end", "page.txt", `Outage report: checkout API, 21 May 2026

Posted 23 May 2026 by the Checkout team

On Thursday 21 May, checkout failed for some shoppers. Times below are in CEST.

| Phase | Start | End | Duration |
|---|---|---|---|
| Errors for all card payments | 13:02 | 13:40 | 38 min |
| Degraded (retries, slow) | 13:40 | 14:25 | 45 min |

What happened
A certificate on the payment gateway expired at 13:02 CEST and was renewed at 13:37.
`, "2026-05-21T13:02:00+02:00", "2026-05-21T14:25:00+02:00", 83, ""},
	})
}

// TestTableOfIncidentsIsNoSpan holds a history's table of incidents, each
// with its own start and end weeks apart: no window of the whole of them.
func TestTableOfIncidentsIsNoSpan(t *testing.T) {
	body := `Status history: API errors

Published 20 March 2026

Our API returned errors on 18 March. Past incidents are listed below.

| Incident | Start | End |
|---|---|---|
| API errors | 2026-03-18 10:00 | 2026-03-18 11:00 |
| Slow logins | 2026-03-02 09:00 | 2026-03-02 09:40 |
| DNS failures | 2026-02-11 14:00 | 2026-02-11 15:30 |
`
	in, err := extractOnce([]byte(body), "history.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if m := gotMinutes(in); m > 24*60 {
		t.Errorf("window %s – %s (%d min): the table's incidents run together", in.StartedAt, in.EndedAt, m)
	}
}

// TestImpactEndsWords holds what says the impact ended with an event and
// what only speaks of it: "Customer impact over." ends it, "Customer impact
// over the weekend was small" does not.
func TestImpactEndsWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Error rate back to baseline. Customer impact over.", true},
		{"All databases healthy; customer impact ends.", true},
		{"Lag back to normal; customer impact ended at 10:58", true},
		{"业务全部恢复，故障结束", true},
		{"Customer impact over the weekend was small", false},
		{"Outage overview published", false},
	} {
		if got := impactEnds.MatchString(c.text); got != c.want {
			t.Errorf("impactEnds(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
