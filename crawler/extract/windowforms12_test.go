package extract

import (
	"strings"
	"testing"
)

// TestWindowFormsTwelve holds the window and title of pages of our own
// writing, in forms read from durations set 9's odd lines (no longer held
// out once set 10 was written): a story whose dateline gives the day it
// was filed by its weekday ("LEEDS, Thursday — … for most of Wednesday"),
// the outage's day another; a story whose dateline names its city and
// weekday and whose times carry no zone ("PERTH, Monday — … began at
// 5.20am"); a health page whose updates stand as "time — state" over the
// paragraph that tells them, the first saying since when ("Beginning at
// 2:05 PM AWST"), the latest still at work (volumes "largely returned to
// normal"), a "Recently resolved" list of other incidents under them; a
// Chinese status notice under a banner field ("服务状态：部分服务异常"),
// its state a field ("当前状态：处理中"), its updates "更新 时间" over their
// paragraphs, the first telling "…09:16起" and the latest a share
// recovered ("已恢复至约70%"); a Chinese notice under a menu line that opens
// with the site's name ("澄江支付 商户平台　　首页　产品　…"); a chat export
// stamped on its day ("Exported 9/22/2026 6:40 PM"), its topic giving the
// severity before the incident's name.
func TestWindowFormsTwelve(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a dateline's weekday is the day the story was filed", "page.txt", `22/10/2026, 08:02          Ferrymoor Water app down for a day after billing upgrade | Aire Valley Echo

THE AIRE VALLEY ECHO
Home | News | Business | Sport | Opinion          Subscribe   Sign in

Ferrymoor Water app down for a day after billing upgrade

Customers could not report leaks or pay bills online

By Rosalind Greaves
Thu 22 Oct 2026 06.45 BST

LEEDS, Thursday — Ferrymoor Water has apologised after its customer app and website were unavailable for most of Wednesday, leaving households unable to report leaks or pay bills online.

The company said the outage started at 7.10am, when a billing system upgrade was switched on, and that its app was working again at 4.40pm after the upgrade was reversed.

A spokesperson said no payments had been lost. "We are sorry for the frustration this caused," she said.

Related stories
- Ferrymoor Water fined over leak reporting (3 Sep 2026)
`, "2026-10-21T07:10:00+01:00", "2026-10-21T16:40:00+01:00", 570, "Ferrymoor Water app down for a day after billing upgrade"},
		{"a dateline's city and weekday give the zone of bare times", "page.txt", `3/3/2026, 7:51 pm          Quokka Rail ticket gates fail at morning peak | Swan Coast Standard

SWAN COAST STANDARD
Perth   WA   National   Business   Sport          Subscribe   Log in

Quokka Rail ticket gates fail at morning peak

By Dylan Ferris
March 3, 2026 — 6.30pm

PERTH, Tuesday — Thousands of commuters were waved through ticket gates on Tuesday after the fare system used across the Quokka Rail network stopped accepting cards.

Quokka Rail said the fault began at 5.20am, when a certificate on the fare system's payment gateway expired, and that gates were accepting cards again at 9.05am.

The operator said it would not chase fares for journeys made during the outage.
`, "2026-03-03T05:20:00+08:00", "2026-03-03T09:05:00+08:00", 225, "Quokka Rail ticket gates fail at morning peak"},
		{"time — state over its paragraph, still at work, a list of others under it", "page.txt", `[![Banksia Cloud](/img/banksia.svg)](/)
Banksia Cloud — Service Health

Home   Docs   Support   [Subscribe]

Current status by region

| Region | Compute | Volumes |
|---|---|---|
| Perth (au-west-1) | Operational | Degraded |
| Darwin (au-north-1) | Operational | Operational |

Active incident

Slow volume writes in Perth (au-west-1)
Status: Identified   Severity: Major   Started: Sep 8, 2026 2:05 PM AWST

Sep 8, 2026 4:40 PM AWST — Update
Volumes on two of the three storage racks have largely returned to normal latency. Writes to volumes on the third rack are still slow. We will post another update within the hour.

Sep 8, 2026 3:35 PM AWST — Identified
A kernel update rolled to the storage hosts this morning stalls their write path under sustained load. We have paused the rollout and are moving hosts back to the previous kernel one rack at a time.

Sep 8, 2026 2:31 PM AWST — Investigating
Beginning at 2:05 PM AWST, some customers in Perth (au-west-1) are seeing slow writes and timeouts on their volumes. We are investigating.

Recently resolved
- Sep 2, 2026 — API errors in Darwin (au-north-1). Resolved 10:15 AM ACST.
- Aug 27, 2026 — Delayed invoices. Resolved.

Banksia Cloud Pty Ltd · Privacy · Terms
`, "2026-09-08T14:05:00+08:00", "", 0, "Slow volume writes in Perth (au-west-1)"},
		{"a Chinese notice still at work, updates as state and time over their paragraphs", "page.txt", `[![澄江支付](/logo.png)](/)
澄江支付 服务状态

首页 | 商户中心 | 帮助 | 订阅

服务状态：部分服务异常

【处理中】部分商户收款到账延迟

影响范围：商户收款到账通知
当前状态：处理中

更新 2026-05-14 10:20
尊敬的商户：目前到账通知的发送成功率已恢复至约70%，仍有部分通知延迟发送。工程师正在处理积压队列，我们将在30分钟内更新进展。

更新 2026-05-14 09:48
经排查，问题原因为消息队列集群一个节点磁盘写满，导致到账通知写入失败。我们已扩容磁盘并开始重放积压消息。

发现问题 2026-05-14 09:30
尊敬的商户：北京时间2026年5月14日09:16起，部分商户收款后未能及时收到到账通知，资金已正常入账。技术团队正在排查。

历史事件
· 2026-04-02 对账单下载缓慢（已恢复）
`, "2026-05-14T09:16:00+08:00", "", 0, "【处理中】部分商户收款到账延迟"},
		{"a menu line that opens with the site's name", "page.txt", `[![澄江支付](/logo.png)](/)
澄江支付 商户平台　　首页　产品服务　开发文档　商户公告　帮助中心　登录

商户公告 > 系统公告

关于2026年6月2日部分退款延迟的说明

发布日期：2026-06-03

尊敬的商户：

2026年6月2日10:20至11:05期间，澄江支付退款服务出现异常，部分退款请求处理延迟，异常持续约45分钟。

经排查，原因是退款服务所在的一组服务器内存耗尽。技术人员于10:31收到告警后扩容并重启服务，11:05全部退款处理完毕。

澄江支付有限公司
2026年6月3日
`, "2026-06-02T10:20:00+08:00", "2026-06-02T11:05:00+08:00", 45, "关于2026年6月2日部分退款延迟的说明"},
		{"a chat export on the day it was exported, its topic's name after the severity", "page.txt", `Tillbrook Games — #inc-88-login
Exported 9/22/2026 6:40 PM · Times shown in Pacific Time (US & Canada)
Channel topic: SEV-2 · Players unable to log in on mobile · IC: Mara Quist

IncidentBot  2:14 PM
Incident #88 declared by @Mara Quist: *Players unable to log in on mobile* (SEV-2).

Mara Quist  2:15 PM
Mobile login failures at 41%. Started at 2:02 according to the dashboard.

Oren Falk  2:21 PM
The auth service's new rate limiter is rejecting token refreshes. It shipped at 1:58.

Mara Quist  2:24 PM
Roll it back.

Oren Falk  2:49 PM
Rollback done. Failures dropping.

Mara Quist  3:05 PM
Failures at baseline since 2:57. Resolving. Customer impact 2:02–2:57 PM PT. Cause: the rate limiter counted token refreshes as logins.
`, "2026-09-22T14:02:00-07:00", "2026-09-22T14:57:00-07:00", 55, "Players unable to log in on mobile"},
	})
}

// TestRecentlyResolvedNoEvents: a status page's "Recently resolved" list
// names other incidents; their dates are no events of the page's own.
func TestRecentlyResolvedNoEvents(t *testing.T) {
	page := `Slow volume writes in Perth (au-west-1)

Sep 8, 2026 3:35 PM AWST — Resolved
Write latency is back to normal on all racks. Between 2:05 PM and 3:30 PM AWST some volumes saw slow writes after a kernel update.

Sep 8, 2026 2:31 PM AWST — Investigating
Some customers in Perth are seeing slow writes on their volumes.

Recently resolved
- Sep 2, 2026 — API errors in Darwin (au-north-1). Resolved 10:15 AM ACST.
- Aug 27, 2026 — Delayed invoices. Resolved.
`
	in, err := Extract([]byte(page), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if ev.At < "2026-09-08" {
			t.Errorf("event of another incident: %+v", ev)
		}
	}
	if len(in.Timeline) < 2 {
		t.Errorf("timeline %+v, want the page's two updates", in.Timeline)
	}
}

// TestTopicTitle reads the incident's name from a channel topic whose
// parts a dot separates, the severity and the commander left out.
func TestTopicTitle(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Channel topic: SEV-1 · Checkout failing with payment errors · IC: Nadia Pruett", "Checkout failing with payment errors"},
		{"Topic: Card payments declined | IC: @g.nakamura | Sev 2", "Card payments declined"},
		{"Channel topic: Search returning empty results · @oncall-search", "Search returning empty results"},
	} {
		if got, ok := topicTitle(c.line); !ok || got != c.want {
			t.Errorf("topicTitle(%q) = %q, %v; want %q", c.line, got, ok, c.want)
		}
	}
	if got, ok := topicTitle("Channel topic: SEV-1 · IC: Ana"); ok {
		t.Errorf("a topic of severity and commander alone gave %q", got)
	}
}

// TestMenuLineWithSiteName: a menu line that opens with the site's name
// (two words) before four or more items is a menu; a dateline with a
// source in front of print buttons is not.
func TestMenuLineWithSiteName(t *testing.T) {
	if !isMenuLine("澄江支付 商户平台　　首页　产品服务　开发文档　商户公告　帮助中心　登录") {
		t.Error("a site's name then its menu is not read as a menu")
	}
	for _, l := range []string{
		"2026-11-20 14:37:05 来源：华讯社 【字号 大 中 小】 【打印】 【分享】",
		"发布时间：2025-04-10 09:30　来源：本行　字号：大　中　小",
	} {
		if isMenuLine(l) {
			t.Errorf("%q read as a menu", l)
		}
	}
	if !isMenuLine("首页　产品　文档　支持") {
		t.Error("a plain menu is not read as one")
	}
}

// TestWindowFormsTwelveSealed holds the window of pages of our own
// writing in forms read from sealed set 58 (no longer sealed once set 59
// was written): an event summary whose part's length ("the racks … lost
// power for approximately 12 minutes") must not end the event when its
// last step says everything came back; a report whose opening states its
// range ("from 09:10 to 10:50 UTC") under a heading that asks "Why did
// it take over an hour to restore service?"; a range whose start shares its
// end's half of the day ("3:10–3:52 PM ET").
func TestWindowFormsTwelveSealed(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a part's length, the last step all clear", "page.md", `# Summary of the Pellbrook Object Storage Event in the Oslo (NO-1) Region

We want to give you some more information about the service disruption in the Oslo (NO-1) Region on June 9, 2026.

## Issue Summary

Beginning at 3:12 AM CEST on June 9, some object storage requests in one Availability Zone of the NO-1 Region failed. The disruption was caused by a loss of power to part of one data center.

At 3:12 AM CEST, a breaker in one of the data center's power rooms tripped. As a result, the racks on that circuit lost power for approximately 12 minutes, until technicians bypassed the breaker and restored power at 3:24 AM CEST. When power returned, storage nodes began checking their disks before serving reads. By 4:40 AM CEST, 90% of affected objects were readable again. By 5:55 AM CEST, all affected storage nodes had recovered and the event was resolved.

We are adding a second feed to the affected power room.
`, "2026-06-09T03:12:00+02:00", "2026-06-09T05:55:00+02:00", 163, ""},
		{"the opening's range beats a heading's rough length", "page.md", `# Incident report: Elevated DNS resolution failures in Lisbon (lis-1)

**Incident ID:** INC-2207 · **Severity:** SEV-2 · **Status:** Resolved

## Summary

On 14 May 2026, from 09:10 to 10:50 UTC, customers in lis-1 saw up to 20% of DNS lookups time out. Lookups from other regions were not affected.

## Timeline (UTC)

| Time | Event |
|---|---|
| 09:08 | Resolver configuration pushed to lis-1 |
| 09:10 | Lookup failures begin |
| 09:31 | On-call engineer paged |
| 10:12 | Previous configuration restored on the first resolver pair; failures fall |
| 10:31 | Previous configuration restored on the remaining resolvers |
| 10:50 | Failures back to baseline; incident resolved |

## Why did it take over an hour to restore service?

The first alerts pointed at an upstream provider, and engineers looked there for the first 25 minutes before checking the recent push.
`, "2026-05-14T09:10:00Z", "2026-05-14T10:50:00Z", 100, ""},
		{"a range's start takes its end's half of the day", "page.txt", `Wexcombe Transit — fare app outage

Exported 2/11/2026 5:30 PM

Customer impact 3:10–3:52 PM ET on February 11: riders could not buy tickets in the app. Cause: an expired certificate on the payments gateway. Fix: the certificate was renewed.
`, "2026-02-11T15:10:00-05:00", "2026-02-11T15:52:00-05:00", 42, ""},
	})
}

// TestPreWrapSectionNames: a postmortem posted as one block of text whose
// line breaks the page keeps ("whitespace-pre-wrap") names its sections
// on lines of their own, bold or not; the cause is the paragraph under
// "Root cause", though it opens on the time the trouble began.
func TestPreWrapSectionNames(t *testing.T) {
	page := `<html><head><title>Skelwith Cloud Status - Queue delays in eu-2</title></head><body>
<h1>Queue delays in eu-2</h1>
<div class="update"><strong>Postmortem</strong>
<span class="whitespace-pre-wrap">Summary
From 11:05 to 12:40 UTC on March 2, 2026, messages published to queues in eu-2 were delivered up to 20 minutes late.

Root cause
At 11:05 UTC, a compaction job started on the queue metadata store at the same time as the daily billing export. The two jobs together exhausted the store's disk throughput, and brokers waited on metadata writes before acknowledging messages. Consumers then timed out and reconnected, which added load.

Resolution
Engineers paused the compaction job at 12:10 UTC and the backlog drained by 12:40 UTC.</span>
<small>Posted Mar 04, 2026 - 10:00 UTC</small></div>
</body></html>`
	in, err := Extract([]byte(page), "status.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "compaction job") || strings.Contains(in.Cause, "Root cause") && len(in.Cause) < 20 {
		t.Errorf("cause %q, want the paragraph under Root cause", in.Cause)
	}
	if !strings.Contains(in.Remediation, "paused the compaction job") {
		t.Errorf("remediation %q, want the paragraph under Resolution", in.Remediation)
	}
}

// TestWindowFormsTwelveTuned holds the window of pages of our own writing
// in forms read from durations set 10's even lines: a review whose
// summary table gives "**Impact start** | 09:40 UTC" with the clock alone
// (read as text, its emphasis kept), its background telling a planned
// maintenance "for 07:00–08:00 UTC" first; an event summary whose
// maintenance window ("a maintenance window of 1:00 AM to 3:00 AM") is
// told before the outage, whose first timeline rows say "with no
// impact", and whose last row is the dashboard updated to Resolved after
// the row that says all came back; a Chinese report whose range is
// restated in UTC in a bracket after it ("14:05至15:50（UTC 06:05至
// 07:50）"); a 复盘 whose first row opens a campaign that brought the load
// before the trouble began, its length stated; a story still going on
// whose "as of 4:50 p.m. ET" is the day it was written.
func TestWindowFormsTwelveTuned(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a summary table's impact fields, a maintenance told first", "page.txt", `# Incident review: search indexing outage on 3 June 2026

*Pikeholm Engineering · posted 9 June 2026 · 5 min read*

On Wednesday 3 June, Pikeholm's search indexer stopped accepting documents for about two and a half hours. All times are UTC.

## Summary

| | |
|---|---|
| **Impact start** | 09:40 UTC |
| **Impact end** | 12:05 UTC |
| **Duration** | 2 h 25 min |

## Background

We had planned maintenance on the indexer's storage cluster for 07:00–08:00 UTC on 3 June, to resize its volumes. The maintenance ended at 07:52 and all checks passed.

## What happened

At 09:40 the resized volumes hit a filesystem quota left from the old size, and every write to the index failed. Engineers found the quota at 11:30 and raised it; indexing was back to normal at 12:05.
`, "2026-06-03T09:40:00Z", "2026-06-03T12:05:00Z", 145, ""},
		{"a maintenance window told first, steps with no impact, the dashboard updated last", "page.txt", `Summary of the Orwell Storage disruption in the Paris (eu-par-1) Region

Published March 12, 2026

We want to give you more information about the disruption to Orwell Storage in one zone of the Paris Region on March 10, 2026. All times are Central European Time (CET).

What happened
The disruption began at 1:42 AM, when a storage switch returned to service with a wrong port profile. The change was part of work announced on March 3 with a maintenance window of 1:00 AM to 3:00 AM on March 10.

Timeline (CET)

Time       | Event
1:00 AM    | Maintenance window opens. Switch A drained, updated and returned to service with no impact.
1:21 AM    | Switch B drained and updated with no impact.
1:42 AM    | Switch C returns to service with the wrong port profile. Write latency rises sharply.
1:55 AM    | Alarms fire. On-call engineers engaged.
2:30 AM    | Switch C taken out of service. Most volumes resume I/O.
4:10 AM    | Last impaired volumes restored. All volumes in the zone operating normally.
4:45 AM    | Service Health Dashboard updated to Resolved.

In total, customers in the affected zone saw impact for about two and a half hours.
`, "2026-03-10T01:42:00+01:00", "2026-03-10T04:10:00+01:00", 148, ""},
		{"a bracket restating the range in UTC", "page.txt", `事件报告：东京地域对象存储请求失败
发布时间：2026-04-08 10:00

尊敬的用户：

一、事件概述
影响时间：北京时间2026年4月6日14:05至15:50（UTC 06:05至07:50）。
影响范围：东京地域约6%的对象存储请求返回503错误。

二、事件经过（北京时间）
14:05　部分存储节点的元数据服务响应超时。
14:20　监控告警，值班工程师介入。
15:50　全部请求恢复正常，事件影响结束。
`, "2026-04-06T14:05:00+08:00", "2026-04-06T15:50:00+08:00", 105, ""},
		{"a campaign's opening before the trouble, the length stated", "page.txt", `复盘｜5月20日晚会员积分延迟事件

原创　青杉技术团队　青杉技术　2026年5月26日 18:00

5月20日晚，青杉会员系统出现了一次持续约3小时的积分到账延迟。

01 时间线（北京时间）

· 5月20日 19:00　“520”积分活动开启，交易量快速上升
· 20:10　积分队列开始积压，部分用户积分未到账
· 20:25　监控告警，值班工程师开始排查
· 21:40　扩容积分消费者，积压开始下降
· 23:10　积压消息全部处理完成，影响结束

02 原因分析

积分服务的消费者数量固定，活动流量超过了其处理能力，重试又放大了积压。
`, "2026-05-20T20:10:00+08:00", "2026-05-20T23:10:00+08:00", 180, ""},
		{"a story's 'as of' time on the day it was written", "page.txt", `10/22/26, 6:10 PM           Fernlow Bank app still down a day later | Quayside Tech

QUAYSIDE TECH
News   Reviews   Subscribe   Log in

Fernlow Bank app still down a day later

By Jo Mercer
Oct 22, 2026, 5:45 PM EDT

Fernlow Bank's mobile app was still failing for many customers on Thursday afternoon, almost a day after the problems began.

The bank said the outage began at 7:20 p.m. ET on Wednesday, when customers trying to log in saw an error screen.

By Thursday morning some customers could log in on the web. But as of 4:50 p.m. ET, the bank's status page still listed the app as "Major outage."

A spokesperson said engineers were working to restore service and would not give an estimate.
`, "2026-10-21T19:20:00-04:00", "", 0, ""},
	})
}

// TestDefectOverRelease: a cause that names the defect a release shipped
// ("Version 4.2.0 contained a regression in …") makes the defect the main
// pattern, the rollout second; a faulty rollout with no defect named
// keeps deployment first.
func TestDefectOverRelease(t *testing.T) {
	for _, c := range []struct {
		tags  []string
		cause string
		want  string
	}{
		{[]string{"deployment", "software-bug", "capacity"}, "We deployed scheduler version 4.2.0 at 10:05. Version 4.2.0 contained a regression in the lease code, so jobs were dropped under load.", "software-bug"},
		{[]string{"deployment", "capacity", "software-bug"}, "新版本中存在一个缺陷，导致连接未被释放。", "software-bug"},
		{[]string{"deployment", "software-bug"}, "The rollout went to all regions at once instead of one region first.", "deployment"},
		{[]string{"deployment", "config-change"}, "Version 4.2.0 contained a regression in the lease code.", "deployment"},
		{[]string{"config-change", "software-bug"}, "A bug in the template generator dropped the rule.", "config-change"},
	} {
		got := DefectOverRelease(c.tags, c.cause)
		if got[0] != c.want || len(got) != len(c.tags) {
			t.Errorf("DefectOverRelease(%v, %q) = %v, want %s first", c.tags, c.cause, got, c.want)
		}
	}
}

// TestHistoryOfReviews: a provider's history of reviews shows one review
// in its paragraphs and lists the next ones under theirs ("RCA - … - …"
// with a one-line summary): the ones listed are other incidents, their
// times no events of the shown one; and two dated lines of the page's
// furniture ("Planned maintenance - … (…)", "Last refreshed: …") do not
// stand for a timeline the paragraphs need not give.
func TestHistoryOfReviews(t *testing.T) {
	page := `Skipton Cloud status history

This page contains root cause analyses (RCAs) of previous service issues, each kept for five years.

April 2026

RCA - Object Storage - Upload failures in North Europe 2

Summary of impact: Between 10:05 UTC and 12:40 UTC on 14 Apr 2026, a subset of customers using Object Storage in North Europe 2 saw uploads fail with HTTP 500 errors. About 7% of upload requests in the region failed during this time, and reads were not affected at any point.

Root cause: The storage front-end checks each request against a list of approved tenant keys. At 10:05 UTC an update to that list, generated from an inventory snapshot that predated a key rotation, was pushed to the region, and requests signed with the rotated keys were refused. The deployment checks passed because they only exercised keys that had not been rotated.

Mitigation: Alerts fired at 10:17 UTC and the on-call engineer was engaged at 10:24 UTC. At 11:50 UTC the refusals were traced to the update, and the previous list was redeployed from 12:02 UTC. By 12:40 UTC all uploads were succeeding.

RCA - Networking - Packet loss for a subset of traffic in West Europe 3

Summary of impact: Between 06:12 and 07:04 UTC on 29 Mar 2026, a subset of customers saw packet loss for traffic leaving West Europe 3.

Planned maintenance - Object Storage - Front-end update, North Europe 2 (18 Mar 2026 02:00 - 06:00 UTC) - completed with no customer impact.

Last refreshed: 2026-04-20 18:44 UTC
`
	in, err := Extract([]byte(page), "history.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	holdWindow(t, in, "2026-04-14T10:05:00Z", "2026-04-14T12:40:00Z", 155)
	for _, ev := range in.Timeline {
		if ev.At < "2026-04-14" || ev.At > "2026-04-15" {
			t.Errorf("event of another incident or of the page: %+v", ev)
		}
	}
	if len(in.Timeline) < 5 {
		t.Errorf("%d events, want the five the paragraphs tell: %+v", len(in.Timeline), in.Timeline)
	}
}
