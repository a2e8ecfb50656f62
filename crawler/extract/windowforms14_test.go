package extract

import (
	"strings"
	"testing"
)

// TestWindowFormsFifteen holds the window of pages of our own writing, in
// forms read from sealed set 62 (no longer sealed once set 63 was written)
// and durations set 12's odd lines (no longer held out once set 13 was):
// a status page whose closing update tells no time while the update before
// it says the service came back "at that point"; an AWS-style summary that
// opens with a load that grew over a range before anything failed; a
// status.io page whose closing update says latency "returned to normal
// levels at" a time, and one whose service "recovered at" a time while a
// value "was restored at" an earlier one; a carrier's RFO whose fields
// write the day "04-Aug-2026"; a Statuspage incident still going on beside
// a completed maintenance, its first update saying what works normally; a
// Chinese notice whose byline gives the day and clock before the writer
// and the views; a Chinese timeline whose first row is a planned change
// under way and whose next one says requests began to fail; a Discord
// channel exported as text, each message under "[day clock] writer", its
// last message telling "The outage lasted from … to …".
func TestWindowFormsFifteen(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a closing update that tells no time", "page.md", `# [![Tarnwick](https://example.com/logo.png)](https://status.tarnwick.example/)

## Duplicate invoices e-mailed to some customers

Incident Report for Tarnwick

**Resolved**

This incident has been resolved. Customers who received an invoice twice do not need to pay it twice; the duplicate has been voided.

Posted 1 day ago. Jun 09, 2026 - 11:40 UTC

**Monitoring**

The corrected mailer build reached every worker at 10:05 UTC. Duplicate sends stopped at that point, and we are watching the outbound queue.

Posted 1 day ago. Jun 09, 2026 - 10:12 UTC

**Identified**

A change to the mailer's retry handling resent invoices whose first send had already succeeded.

Posted 1 day ago. Jun 09, 2026 - 09:31 UTC

**Investigating**

Since about 08:50 UTC some customers are receiving the same invoice e-mail more than once. We are investigating.

Posted 1 day ago. Jun 09, 2026 - 09:04 UTC
`, "2026-06-09T08:50:00Z", "2026-06-09T10:05:00Z", 75, ""},
		{"a summary that opens with a load that grew", "page.txt", `Summary of the Kelderfield Queue Service Event in the Eastmoor Region

We would like to share more detail about the disruption to Kelderfield Queue Service (KQS) in the Eastmoor Region on March 3, 2026.

Early on March 3 a retailer began a seasonal import, and between 5:10 AM and 6:40 AM PST the number of queues in the Region increased by about 60%. The tier that stores queue metadata had been sized from last year's peak. At 6:52 AM PST, the metadata tier exhausted its connection slots and began rejecting lookups, and KQS SendMessage calls started failing for a growing share of customers. At 7:30 AM PST we began adding metadata hosts. By 9:05 AM PST error rates had fallen by half, and by 10:22 AM PST KQS was operating normally.

We are moving the metadata tier onto larger hosts and alarming on peak rather than average connection use.
`, "2026-03-03T06:52:00-08:00", "2026-03-03T10:22:00-08:00", 210, ""},
		{"a closing update that says latency returned to normal at a time", "page.txt", `Dunholt Hosting Status

Packet loss in Dunholt Amsterdam-1

May 12, 2026 3:55PM CEST
[Resolved] Latency and packet loss returned to normal levels at 15:21 CEST once traffic was moved to the second uplink. Our routers show the loss began at 13:58 CEST.

May 12, 2026 14:50PM CEST
[Monitoring] Traffic has been moved to the second uplink and we are watching the results.

May 12, 2026 14:09PM CEST
[Investigating] We are investigating packet loss for servers in Amsterdam-1.
`, "2026-05-12T13:58:00+02:00", "2026-05-12T15:21:00+02:00", 83, ""},
		{"a service that recovered at a time, after a value restored", "page.txt", `Fernhollow Cloud — Status

Elevated errors for object uploads in Lisbon

Resolved
Uploads in Lisbon recovered at 11:45 WEST after the cache nodes finished warming. The previous limit was restored at 10:20 WEST, but the cache took over an hour to refill. Errors began at 09:40 WEST.
Posted May 21, 2026 - 12:05 WEST

Identified
A limit on upload sessions was lowered by mistake. We are restoring it.
Posted May 21, 2026 - 10:02 WEST

Investigating
We are investigating elevated errors for object uploads in Lisbon.
Posted May 21, 2026 - 09:51 WEST
`, "2026-05-21T09:40:00+01:00", "2026-05-21T11:45:00+01:00", 125, ""},
		{"an RFO whose fields write the day 04-Aug-2026", "rfo.txt", `Subject: RFO - Ticket QX-220913 - Service outage 14-Jul-2026
From: Quernhill Wholesale NOC <noc@quernhill.example>
Date: Thu, 16 Jul 2026 08:02:11 +0000

Dear Customer,

Please find below the Reason for Outage for your circuit.

Ticket reference:   QX-220913
Circuit ID:         QX/WAVE/77120
Outage start:       14-Jul-2026 22:41 UTC
Service restored:   15-Jul-2026 03:12 UTC
Root cause:         Fibre damaged by a third party's excavation

Sequence of events (all times UTC):
22:41  Loss of light on the circuit
23:05  Field team dispatched
02:50  Splice completed
03:12  Circuit restored and verified

Kind regards,
Quernhill Wholesale NOC
`, "2026-07-14T22:41:00Z", "2026-07-15T03:12:00Z", 271, ""},
		{"a status page still at work beside a completed maintenance", "page.txt", `Pellworth Status
[Subscribe to Updates]

Calls dropping after a few minutes for some users in Europe
Incident Report for Pellworth

Update
The fix is rolling out region by region. Calls in Ireland are stable again; other regions are still affected.
Posted 10 minutes ago. Sep 02, 2026 - 14:40 BST

Identified
We have identified a media gateway setting that has been dropping calls for some users in Europe since 13:05 BST.
Posted 52 minutes ago. Sep 02, 2026 - 13:58 BST

Investigating
We are investigating reports of calls dropping after a few minutes. Messaging is working normally.
Posted 1 hour ago. Sep 02, 2026 - 13:24 BST

Completed Maintenance
Media gateway upgrade - Europe
Aug 30, 2026 01:00 - 03:00 BST · This scheduled maintenance has been completed.
`, "2026-09-02T13:05:00+01:00", "", 0, ""},
		{"a byline with the day and clock before the writer", "notice.txt", `青禾听书  首页  书库  排行  客户端下载  官方公告  登录 | 注册

关于6月14日晚部分用户无法播放已购有声书的致歉公告
2026-06-15 09:30    青禾听书运营团队    浏览 9.2万

亲爱的听友们：

6月14日（周日）20:10起，部分用户在使用青禾听书App时出现已购有声书无法播放、下载失败等问题。经技术团队紧急处理，安卓端于21:05率先恢复，iOS端及网页端于21:48全面恢复正常。本次故障持续约1小时38分钟，我们深表歉意。

故障原因：
播放鉴权服务扩容后新节点的证书配置缺失，导致部分鉴权请求失败。

青禾听书运营团队
2026年6月15日
`, "2026-06-14T20:10:00+08:00", "2026-06-14T21:48:00+08:00", 98, ""},
		{"a planned change's row before the row where requests began to fail", "notice.txt", `【故障说明】8月5日夜间华东二地域消息队列服务异常
发布时间：2026年8月7日 10:00

8月5日夜间，华东二地域消息队列服务出现部分消息投递失败的情况，我们深表歉意。

一、时间线（北京时间）
8月5日 22:40  运维人员开始对消息队列集群执行版本升级（计划内变更，维护窗口为8月5日22:30至8月6日02:00）
8月5日 23:02  集群部分节点选主异常，消息投递请求开始出现失败
8月5日 23:15  监控告警触发，值班工程师介入
8月6日 00:05  暂停升级并回退异常节点
8月6日 00:41  所有投递请求恢复正常，故障结束

二、故障原因
新版本节点与存量节点的选主协议不兼容，导致部分分区在升级过程中无主。
`, "2026-08-05T23:02:00+08:00", "2026-08-06T00:41:00+08:00", 99, ""},
		{"a Discord export whose last message tells the range", "export.txt", `==============================================================
Guild: Harrowgate Games Community
Channel: Information / server-status
Topic: Official server status updates
==============================================================

[12-Apr-26 06:14 PM] Harrowgate Ops
@everyone **Matchmaking is down in all regions.** Players cannot start new matches. We are looking into it.

[12-Apr-26 06:52 PM] Harrowgate Ops
Update: the matchmaking queue's cache cluster ran out of memory after today's event started. We are adding capacity.

[12-Apr-26 07:58 PM] Harrowgate Ops
Matchmaking is working again in all regions. The outage lasted from 6:05 PM to 7:40 PM UTC. Everyone who played this weekend gets double rewards.
`, "2026-04-12T18:05:00Z", "2026-04-12T19:40:00Z", 95, ""},
	})
}

// TestIdentifiedTellsHow holds what a status page's "Identified" update
// gives the cause: a defect named only by where it lies ("contains a bug
// in how …") with the sentence after it that tells how it failed, and
// neither the remedy's reason ("We are rolling out a fix now rather than
// rolling back, because …") nor a finding that something did not happen
// ("We have confirmed that no … were lost"). Read from sealed set 62.
func TestIdentifiedTellsHow(t *testing.T) {
	doc := `## Webhook retries sent twice

Incident Report for Marlhaven

**Resolved**

This incident has been resolved. We have confirmed that no webhook payloads were dropped during this incident; some were sent twice.

Posted Apr 02, 2026 - 16:20 UTC

**Identified**

We have identified the cause. Release 7.2.0 of our retry scheduler contains a bug in how lease renewals are recorded. When a renewal arrived within the same second as the lease's expiry, the renewal was written to the expired lease, so a second worker picked the job up again. We are rolling out a fix now rather than rolling back, because 7.2.0 also changed the job table's schema.

Posted Apr 02, 2026 - 15:10 UTC

**Investigating**

Some customers are receiving webhook retries twice. We are investigating.

Posted Apr 02, 2026 - 14:32 UTC
`
	in, err := extractOnce([]byte(doc), "page.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "written to the expired lease") {
		t.Errorf("cause %q: want the sentence that tells how the bug failed", in.Cause)
	}
	for _, not := range []string{"rather than rolling back", "no webhook payloads were dropped"} {
		if strings.Contains(in.Cause, not) {
			t.Errorf("cause %q holds %q", in.Cause, not)
		}
	}
}

// TestSummaryStatesCause holds a write-up whose only cause heading is
// "What happened" (how the failure spread) while its summary states what
// caused it ("The outage was caused by …" and the sentences that go on
// telling it): the statement leads the cause. A summary's sentence of why
// another incident happened is none of it. Read from sealed set 62.
func TestSummaryStatesCause(t *testing.T) {
	doc := `# Booking outage on 2 June 2026

## Summary

Between 14:10 and 15:55 BST on 2 June 2026, bookings failed for most customers. The outage was caused by a data migration that rewrote room availability. The migration was meant for the reporting replica, but it was started with connection settings that still pointed at the primary database.

## What happened

Our booking service reads availability before it takes a payment. With the rows rewritten, every search found no free rooms, and the booking service refused every basket.

## What we are changing

Migrations now name their target database explicitly and refuse to run against the primary without a second approval.
`
	in, err := extractOnce([]byte(doc), "page.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Cause, "The outage was caused by a data migration") || !strings.Contains(in.Cause, "still pointed at the primary database") {
		t.Errorf("cause %q: want the summary's statement first", in.Cause)
	}

	other := `# Slow console on 9 June 2026

## Summary

Between 09:00 and 09:40 UTC the console was slow. This incident is unrelated to the storage latency on 2 June, which was caused by a separate disk issue.

## What happened

A background job held a lock on the sessions table, so every console request waited behind it.
`
	in, err = extractOnce([]byte(other), "page.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Cause, "separate disk issue") {
		t.Errorf("cause %q: holds another incident's cause", in.Cause)
	}
}
