package extract

import (
	"strings"
	"testing"
)

// TestWindowFormsThirteenSealed holds the window and title of pages of
// our own writing, in forms read from sealed set 60 (no longer sealed once
// set 61 was written): a printed RCA whose letterhead row carries its
// reference ("Customer Distribution   Ref: …-RCA-…"), its incident's name
// over the report's kind and stage ("Root Cause Analysis – Final"), an
// earlier issue's date in its fields ("Supersedes: v1.0 preliminary report
// issued …") and the impact's range told "interrupted from … and were fully
// restored at …" beside a part's length ("lost power for up to 11
// minutes"); a status page's banner of a planned window ("**Scheduled:**
// … 23:00 - … 03:00 PDT") over a postmortem that states its own range.
func TestWindowFormsThirteenSealed(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a printed RCA's letterhead, stage and earlier issue", "page.txt", `Brackmoor Hosting Ltd                                          ROOT CAUSE ANALYSIS
Customer Distribution                                          Ref: BH-RCA-2026-011



            Loss of Power to Suite 4, MAN-2 Data Centre

                     Root Cause Analysis – Final



Document owner:      Facilities Engineering
Version:             1.1 (final)
Issued:              12 March 2026
Supersedes:          v1.0 preliminary report issued 6 March 2026



1. EXECUTIVE SUMMARY

On 5 March 2026 a fault in the incoming supply was followed by the failure of a UPS serving Suite 4 to carry the load. Racks supplied from that UPS lost power for up to 11 minutes. Customer services hosted in Suite 4 were interrupted from 02:18 UTC and were fully restored at 05:40 UTC, once all affected servers and storage had been recovered.

2. TIMELINE (all times UTC)

02:17   Supply fault recorded by the site's power monitoring.
02:18   UPS 4B output drops; racks in Suite 4 lose power.
02:29   Engineers close the maintenance bypass; power restored to the racks.
03:50   Shared hosting clusters back in service.
05:40   Last affected customer services confirmed restored.
08:00   Incident closed.
`, "2026-03-05T02:18:00Z", "2026-03-05T05:40:00Z", 202, "Loss of Power to Suite 4, MAN-2 Data Centre"},
		{"a status page's banner of a planned window", "page.md", `[![Ouseburn Networks](logo.png)](/)

[Subscribe to updates](#)

**Scheduled:** Core router upgrade at LHR4 — Oct 20, 2025 23:00 - Oct 21, 2025 03:00 BST

# Packet loss for customer prefixes announced from London

Incident Report for Ouseburn Networks

**Postmortem**

On October 9, 2025, from 10:12 to 11:02 BST, traffic to customer prefixes announced from our London sites was dropped by two transit providers after an export policy left out the term that accepts customer routes.

Posted Oct 14, 2025 - 09:00 BST

**Resolved**

All customer prefixes are reachable again and we have seen no further loss since 11:02 BST.

Posted Oct 9, 2025 - 11:20 BST

**Investigating**

We are investigating packet loss for customer prefixes announced from London.

Posted Oct 9, 2025 - 10:25 BST
`, "2025-10-09T10:12:00+01:00", "2025-10-09T11:02:00+01:00", 50, "Packet loss for customer prefixes announced from London"},
	})
}

// TestLatentDefectCause: a provider's summary told in paragraphs names the
// cause in a sentence that points back ("This is a latent defect that had
// been present since …") at the one before it; an event's sentence that
// says why in passing ("Because the rebalancing workflow was the most
// recent change in the region, it was paused") comes later and gives way.
func TestLatentDefectCause(t *testing.T) {
	page := `Summary of the Tyneside Queue Service Event in the Northern (tn-north-1) Region

We wanted to provide you with some additional information about the service disruption that occurred in the Northern (tn-north-1) Region on May 12, 2026.

Starting at 6:14 AM PDT, Tyneside Queue began returning increased errors for SendMessage calls in the tn-north-1 Region. All services had fully recovered by 9:02 AM PDT.

Queue front-ends keep a map of partitions, built from the partition counts that storage hosts publish. The component that reads these counts keeps them in a 16-bit field. This is a latent defect that had been present since the component was written; at the time, no host came close to that number of partitions. On the morning of May 12, a routine move of partitions pushed one host past 65,535.

At 6:25 AM, alarms fired and engineers began investigating. Because the partition move was the most recent change in the region, it was paused at 6:51 AM, but the host that had already received the partitions stayed over the limit. At 7:40 AM, engineers found the wrapped count in front-end logs and began moving partitions off the host. By 9:02 AM error rates had returned to normal levels.

We apologize for the impact this event caused for our customers.
`
	in, err := extractOnce([]byte(page), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "latent defect") || !strings.Contains(in.Cause, "16-bit field") {
		t.Errorf("cause %q, want the latent defect and the sentence it points back at", in.Cause)
	}
	if strings.Contains(in.Cause, "most recent change") {
		t.Errorf("cause %q holds the event's sentence that says why it was paused", in.Cause)
	}
}

// TestWindowFormsThirteenTuned holds the window and title of pages of our
// own writing, in forms read from durations set 11's even lines: a
// cloud's health page under a menu whose item carries a note ("Feeds (RSS
// / JSON)"); an app store's page whose notice's title apologises
// ("…无法播放问题的致歉公告") under the app's facts; a blog post whose
// timeline marks where the impact began and ended ("(impact begins)",
// "(impact ends)"), the related posts under "**More from the blog**" with
// their own dates; a paper's page printed with its running head and page
// number ("… Saturday 29 August 2026   14"), the story stamped "Friday 28
// August 2026, 6.12pm BST · Updated 9.40pm BST"; a provider's summary
// whose first step "there was no customer impact at that point" and
// whose next says "customers started to see elevated error rates"; a
// Chinese notice stamped with its office ("2026-07-31 10:20　　… 运营中心"),
// its start corrected after the timeline ("实际开始时间为…"), its recovery
// "故障恢复"; a paper's story of an outage still going on ("The outage has
// now lasted about 39 hours", "no estimate for when"), under a masthead in
// capitals with its date; a feed item's description copied with its
// inline HTML, the update saying since when it is seen ("since 10:58 SGT
// (02:58 UTC)"), another item (a planned maintenance) under it; a
// timeline told as offsets from T ("T0 = 2026-10-20 08:41 UTC", "T−0:26",
// "T+3:18") in a table; a game's notice whose maintenance went before the
// trouble ("已于…06:00-10:00完成…更新维护") and whose compensation names
// deadlines ("…23:59前创建角色"); a report whose range restates its
// clocks in a second zone ("From 01:12 UTC (09:12 GMT+8) to 04:37 UTC
// (12:37 GMT+8) on 19 August 2026"); a history page's pager and month
// heading over its first incident.
func TestWindowFormsThirteenTuned(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a menu item with a note", "page.txt", `Harrowgate Cloud Service Health

Overview  Incidents  Summary  Feeds (RSS / JSON)  Help

# Harrowgate Functions: deployments failing in two regions

Incident began at **2026-02-10 09:05** and ended at **2026-02-10 10:50** (all times are **US/Pacific**).

| Date | Time | Description |
|---|---|---|
| 10 Feb 2026 | 11:02 PST | The issue with Harrowgate Functions has been resolved for all affected users as of 10:50 US/Pacific. |
| 10 Feb 2026 | 09:31 PST | We are investigating failing deployments in two regions. |
`, "2026-02-10T09:05:00-08:00", "2026-02-10T10:50:00-08:00", 105, "Harrowgate Functions: deployments failing in two regions"},
		{"an app store's notice that apologises", "page.txt", `晨帆阅读 - 随时随地读好书
版本 5.2.0 ｜ 4.6分 ｜ 8万条评分 ｜ 图书

应用公告

【置顶】关于3月12日晚间晨帆阅读无法打开书架问题的致歉公告

亲爱的晨帆阅读用户：

3月12日20:15起，部分用户打开书架时出现加载失败、同步失败等问题。经技术团队紧急排查，问题原因为书架同步服务的一台缓存主机故障后，备用主机未能按预期接管。

技术团队随即进行了手动切换，21:05起大部分用户已可正常使用；21:30，书架同步等功能全部恢复正常。

晨帆阅读团队
2026年3月13日
`, "2026-03-12T20:15:00+08:00", "2026-03-12T21:30:00+08:00", 75, "关于3月12日晚间晨帆阅读无法打开书架问题的致歉公告"},
		{"impact marked in a timeline's rows, related posts under a bold heading", "page.txt", `Fellbrook  Product  Pricing  Docs  Blog  Log in

# Postmortem: artifact uploads stalled on April 7

Jo Marr, Staff Engineer · April 13, 2026 · 6 min read

On Tuesday, April 7, artifact uploads from our hosted runners stalled. In total, uploads were failing or stuck for 1 hour and 50 minutes.

## Timeline

| Time (UTC) | Event |
|---|---|
| 09:40 | Deploy of storage gateway v2.31 begins |
| 09:52 | First uploads time out (impact begins) |
| 10:05 | Alert fires; on-call paged |
| 10:48 | Rollback to v2.30 complete |
| 11:42 | Upload queue drained; latency normal (impact ends) |
| 12:00 | Incident closed on status page |

## What went wrong

v2.31 held a lock across a network call.

---

**More from the blog**
- Postmortem: cache misses on March 30 — Apr 2, 2026
- Introducing larger runners — Mar 19, 2026
`, "2026-04-07T09:52:00Z", "2026-04-07T11:42:00Z", 110, "Postmortem: artifact uploads stalled on April 7"},
		{"a running head with its page number, a story's stamp and update", "page.txt", `The Calder Courier · Money                                                 Saturday 14 March 2026                                                 22

MONEY

Brightwater Bank customers locked out of app

Thousands unable to pay bills for more than three hours

By Ana Lowther, Personal Finance Correspondent
Friday 13 March 2026, 5.40pm GMT · Updated 8.10pm GMT

Customers of Brightwater Bank were unable to log in to its app for much of Friday morning.

In a statement, Brightwater said the fault began at 8.05am and all services were fully restored at 11.20am.

The Calder Courier · Money                                                 Saturday 14 March 2026                                                 23

Most viewed in Money
1. Energy bills: what April's rise means for you
`, "2026-03-13T08:05:00Z", "2026-03-13T11:20:00Z", 195, "Brightwater Bank customers locked out of app"},
		{"a step with no impact before customers started to see it", "page.txt", `Summary of the Wearside Identity Service Event in the Eastern (WS-EAST-1) Region

May 22, 2026

We want to provide you with additional information about the service disruption in the Eastern (WS-EAST-1) Region on May 19, 2026. All times in this summary are Pacific Daylight Time (PDT).

At 4:40 AM, an automated scaling activity added hosts to the token fleet. Because those hosts initially received only health-check traffic, there was no customer impact at that point.

At 5:31 AM, the new hosts began receiving production traffic, and customers started to see elevated error rates when signing in to the console.

At 6:02 AM, engineers began removing the new hosts from service. At 7:45 AM, all dependent services were operating normally.
`, "2026-05-19T05:31:00-07:00", "2026-05-19T07:45:00-07:00", 134, ""},
		{"a notice's stamp and office, its start corrected, its recovery", "page.txt", `# 青枫支付关于9月3日部分交易失败的情况说明

2026-09-04 10:20　　青枫支付运营中心

尊敬的商户：

9月3日晚间，青枫支付部分交易出现支付失败的情况，现将有关情况说明如下。

一、处理时间线（北京时间）
- 9月3日 22:12　监控发现收款接口成功率下降，启动应急响应
- 9月3日 22:41　定位为缓存集群节点异常
- 9月3日 23:36　交易成功率恢复至正常水平，故障恢复
- 9月4日 00:30　积压的异步通知全部补发完毕

经对交易日志回溯确认，本次故障实际开始时间为9月3日22:05，早于监控告警时间。故障影响时长共计1小时31分钟。

青枫支付
2026年9月4日
`, "2026-09-03T22:05:00+08:00", "2026-09-03T23:36:00+08:00", 91, ""},
		{"a story of an outage still going on under a masthead in capitals", "page.txt", `CITY · THE ALDERTON HERALD                                                    THURSDAY, MAY 7, 2026

Alderton trams run fare-free for a second day as ticket system stays down

Riders ride free; officials won't say when cards will work again

By Pia Sandoval
Updated 6:30 p.m. ET May 7, 2026

ALDERTON — The tram network's card readers stayed dark for a second day.

Officials said the system went down at 5:10 a.m. Wednesday after a database failure at the fare vendor. By Thursday evening the agency had no estimate for when riders would again be able to tap cards.

The outage has now lasted about 37 hours.
`, "2026-05-06T05:10:00-04:00", "", 0, "Alderton trams run fare-free for a second day as ticket system stays down"},
		{"a feed item's description with its inline markup", "page.txt", `Oxbow Status - Incident History
https://status.oxbow.example
Statuspage

Elevated API error rates in ap-south-2
Tue, 12 May 2026 04:20:00 +0000
https://status.oxbow.example/incidents/a1b2c3

<p><small>May <var data-var='date'>12</var>, <var data-var='time'>04:20</var> UTC</small><br><strong>Update</strong> - We are continuing to investigate. Customers in ap-south-2 have been seeing HTTP 500 errors on some API requests since 09:05 IST (03:35 UTC). We will provide another update within the hour.</p><p><small>May <var data-var='date'>12</var>, <var data-var='time'>03:58</var> UTC</small><br><strong>Investigating</strong> - We are investigating elevated error rates in ap-south-2.</p>

Scheduled maintenance: Billing system upgrade
Fri, 08 May 2026 22:00:00 +0000
https://status.oxbow.example/incidents/d4e5f6

<p><small>May <var data-var='date'>9</var>, <var data-var='time'>00:00</var> UTC</small><br><strong>Completed</strong> - The scheduled maintenance has been completed.</p><p><small>May <var data-var='date'>8</var>, <var data-var='time'>22:00</var> UTC</small><br><strong>In progress</strong> - Scheduled maintenance is currently in progress.</p>
`, "2026-05-12T03:35:00Z", "", 0, "Elevated API error rates in ap-south-2"},
		{"a timeline told as offsets from T", "page.txt", `Pennine Drive Engineering

# What happened during the June 2 sync outage

Posted June 9, 2026 by Ola Brandt

On Tuesday, June 2, file sync was down for about two hours and ten minutes.

## Timeline

We express the timeline as offsets from the moment customer impact began. **T0 = 2026-06-02 07:20 UTC**.

| Offset | Event |
|---|---|
| T−0:15 | Storage firmware update begins on the metadata cluster |
| T+0:00 | First sync requests fail |
| T+0:09 | Alert: sync API error rate above 5% |
| T+1:02 | Rollback begins |
| T+2:10 | Error rates back to normal — full recovery |
| T+3:00 | Incident closed |

Clients will back off on reconnect to avoid the storm we saw at T+1:40.
`, "2026-06-02T07:20:00Z", "2026-06-02T09:30:00Z", 130, "What happened during the June 2 sync outage"},
		{"a game's notice: a maintenance before, deadlines after", "page.txt", `# 关于5月20日部分玩家登录异常的说明及补偿公告

2026-05-20 19:00　作者：《云海旅团》运营团队

亲爱的旅人：

《云海旅团》已于5月20日06:00-09:00完成3.1版本更新维护，并于09:00准时开服。

维护后游戏运行正常，但5月20日13:40起，由于新活动开启后登录请求激增，部分服务器出现登录失败问题。技术团队紧急扩容后，15:10全部服务器恢复正常。

【补偿对象】
2026年5月20日23:59前创建角色的所有玩家

【发放方式】
5月21日12:00前通过游戏内邮件发放。
`, "2026-05-20T13:40:00+08:00", "2026-05-20T15:10:00+08:00", 90, ""},
		{"a range whose clocks are restated in a second zone", "page.txt", `# Post-Incident Report: Storage API errors in ap-east-3

Report ID: KEL-PIR-2026-0412
Published: 16 April 2026 · Last revised: 18 April 2026

## Summary

From 02:10 UTC (10:10 GMT+8) to 03:55 UTC (11:55 GMT+8) on 12 April 2026, customers in ap-east-3 saw elevated error rates from the Storage API.

## Timeline

| UTC | GMT+8 | Event |
|---|---|---|
| 02:10 | 10:10 | Error rates rise; impact begins |
| 03:55 | 11:55 | Error rates back to baseline; impact ends |
`, "2026-04-12T02:10:00Z", "2026-04-12T03:55:00Z", 105, ""},
		{"a history's pager and month heading over its first incident", "page.txt", `Brackenfold Status

Incident History

← March 2026 - May 2026 →

**May 2026**

**Search results delayed**
**Resolved** - Between 09:12 and 10:40 UTC, search results were delayed by up to 20 minutes. Results have been current since 10:40 UTC.
May 4, 10:55 UTC
**Investigating** - We are investigating delayed search results.
May 4, 09:30 UTC
`, "2026-05-04T09:12:00Z", "2026-05-04T10:40:00Z", 88, "Search results delayed"},
		{"a zone's offset after a range, other reports listed under it", "page.html", `<html><head><title>2026-02-11 | Incident reports</title></head><body>
<h1>2026-02-11</h1>
<p class="lead"><strong>Object storage unreachable in Perth (per1)</strong></p>
<p class="byline">Infrastructure Engineering · Updated 13 February 2026</p>
<h3>What happened</h3>
<p>Between 10:05 and 11:20 AWST (UTC+8) on Wednesday 11 February, customers could not reach object storage in our Perth region. A transit provider accepted a leaked route for part of our address block.</p>
<h3>How we fixed it</h3>
<ul><li>10:16 – Alerts from external probes.</li><li>10:58 – The provider withdraws the leaked route.</li><li>11:20 – Availability back to 100% from all probes.</li></ul>
<h4>More incident reports</h4>
<ul><li><a href="/incidents/2026-01-08">2026-01-08</a></li><li><a href="/incidents/2025-11-19">2025-11-19</a></li></ul>
</body></html>`, "2026-02-11T10:05:00+08:00", "2026-02-11T11:20:00+08:00", 75, ""},
	})
}

// TestFeedMarkupTaken: a feed item's description copied with its inline
// HTML leaves no tag in any field.
func TestFeedMarkupTaken(t *testing.T) {
	page := "Elevated latency in eu-west-4\n\n<p><small>Jun <var data-var='date'>3</var>, <var data-var='time'>11:20</var> UTC</small><br><strong>Resolved</strong> - Latency has been normal since 11:05 UTC.</p><p><small>Jun <var data-var='date'>3</var>, <var data-var='time'>10:12</var> UTC</small><br><strong>Investigating</strong> - We are investigating elevated latency in eu-west-4 &amp; eu-west-5.</p>\n"
	in, err := extractOnce([]byte(page), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{in.Text, in.Summary} {
		if strings.Contains(f, "<var") || strings.Contains(f, "</p>") || strings.Contains(f, "&amp;") {
			t.Errorf("markup left in %q", f)
		}
	}
	for _, ev := range in.Timeline {
		if strings.ContainsAny(ev.Text, "<>") {
			t.Errorf("event %q holds markup", ev.Text)
		}
	}
	// an address in angle brackets and a comparison in prose stay
	plain := []byte("Outage of the mail relay\n\nMail to <ops@example.org> bounced when queue depth > 500 and retries < 3.\n")
	if got := untagged(string(plain)); got != string(plain) {
		t.Errorf("untagged changed plain text: %q", got)
	}
}

// TestWindowFormsThirteenRead holds the window and title of pages of our
// own writing, in forms read from durations set 10's odd lines (no longer
// held out once set 11 was written): a Statuspage incident still going on
// whose third update confirms when it began ("We can now confirm when this
// started: … began falling behind at 09:02 PDT"); a story whose trouble
// "began at 7.15am on Monday", an overnight batch that "normally finishes
// by 6am" told after; a post saved as text with its front matter, its
// length "about three quarters of an hour"; a health dashboard whose key
// carries signs ("✓ Operating normally ℹ Informational message …"), its
// event card "[Resolved] Block Storage — Frankfurt (eu-fra-1)" over the
// event's name; a post's range "From 3:12 PM to 4:01 PM Pacific time
// (PDT) on September 6" published days later; a game's notice still
// going on ("暂时无法给出准确的恢复时间", "【持续更新】"), stamped by its
// team ("…运营组"); a story whose range runs "at 10:48 PM PT on Monday"
// to "fully working again at 1:30 AM PT on Tuesday", its own update noted
// ("Update, 11:40 AM PT: Added details from …"); a chat export whose bot
// declares the incident by its name; a story of the Tuesday whose range
// names Monday in its join ("began failing at 6.10pm on Monday and were
// working again by 9.02pm").
func TestWindowFormsThirteenRead(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a later update confirms when it began", "page.txt", `Harwell Builds Status

Delayed webhook deliveries

Identified
Webhook deliveries are still arriving 10 to 20 minutes late. We are draining the backlog one partition at a time.
Posted 3 minutes ago. May 5, 2026 - 12:40 PDT

Update
We can now confirm when this started: webhook consumers began falling behind at 10:05 PDT, shortly after a routine rotation of broker nodes.
Posted 40 minutes ago. May 5, 2026 - 12:03 PDT

Identified
We have identified a problem with how webhook events are assigned to queue workers.
Posted 1 hour ago. May 5, 2026 - 11:20 PDT

Investigating
We are investigating reports that builds are not starting after a push.
Posted 2 hours ago. May 5, 2026 - 10:41 PDT
`, "2026-05-05T10:05:00-07:00", "", 0, "Delayed webhook deliveries"},
		{"trouble began at a time, a habitual time told after", "page.txt", `Members of Ferrisby Building Society locked out of app

By Ann Rowe, Personal Finance Reporter
Published 9 June 2026, 6.45pm BST

Problems began at 7.15am on Monday, and the society said full service was not restored until 1.40pm.

The society said on Tuesday that an overnight batch process that normally finishes by 6am had run late and left its database in an inconsistent state.
`, "2026-06-08T07:15:00+01:00", "2026-06-08T13:40:00+01:00", 385, "Members of Ferrisby Building Society locked out of app"},
		{"a post saved as text with its front matter", "page.txt", `---
title: "Postmortem: export queue stall on 12 March"
date: 2026-03-17T10:00:00+01:00
author: Lena Vos
---

On Thursday, 12 March, exports in Ledgerly stopped completing for about three quarters of an hour.

All times below are in Berlin time (CET, UTC+1).

## Timeline

- **10:02** Rolling deploy of worker release 2026.03.12-1 starts.
- **10:15** Job completions drop to near zero. Customer impact begins.
- **10:24** Queue depth alert fires.
- **10:41** Rollback complete. Jobs start completing again.
- **11:00** The backlog is drained. Customer impact ends.
- **11:45** We close the incident.
`, "2026-03-12T10:15:00+01:00", "2026-03-12T11:00:00+01:00", 45, "Postmortem: export queue stall on 12 March"},
		{"a dashboard's key with signs, an event card's head", "page.txt", `Korrin Cloud — Service Health

All services are operating normally.

Service        | Oslo (no-osl-1) | Bergen (no-bgo-1)
Compute        | ✓               | ✓
Block Storage  | ℹ               | ✓

✓ Operating normally   ℹ Informational message   ⚠ Degraded performance   ✕ Service disruption

Recent events (last 7 days). Times are shown in CEST (UTC+2).

[Resolved] Block Storage — Oslo (no-osl-1)
Increased block storage latency and volume attach failures in Oslo
Jun 3, 2026

10:40 CEST  Between 09:05 and 10:20 CEST, some block storage volumes in no-osl-1 saw elevated write latency. The issue has been resolved.

09:30 CEST  We are investigating increased write latency for block storage volumes in no-osl-1.
`, "2026-06-03T09:05:00+02:00", "2026-06-03T10:20:00+02:00", 75, "Increased block storage latency and volume attach failures in Oslo"},
		{"a range in a named zone with its abbreviation, then the day", "page.txt", `The Wendle Blog

Postmortem: sync failures on Sunday, May 10

Ira Cole · May 13, 2026

What you saw
From 2:05 PM to 2:58 PM Pacific time (PDT) on May 10, every request to our sync servers failed.
`, "2026-05-10T14:05:00-07:00", "2026-05-10T14:58:00-07:00", 53, ""},
		{"a game's notice still going on, stamped by its team", "page.txt", `【持续更新】关于安卓平台部分玩家无法登录的公告
2026-06-01 10:50　　踏歌行运营组

【13:30更新】
目前已完成部分服务器的流量切换，约三成受影响玩家已可正常登录。其余玩家的登录问题仍在修复中，暂时无法给出准确的恢复时间。

【11:40更新】
技术团队已定位到问题原因，正在与第三方服务商共同处理。
`, "2026-06-01T11:40:00+08:00", "", 0, "关于安卓平台部分玩家无法登录的公告"},
		{"a story's range across midnight, its own update noted", "page.txt", `3/11/26, 7:26 AM                    Pellow went down for nearly three hours late Monday | Northgate

NORTHGATE
Tech   Science   Culture   Reviews          Subscribe   Sign in

TECH / SOCIAL MEDIA

Pellow went down for nearly three hours late Monday

The photo app says a database change caused the outage

By Ruth Amos
Mar 10, 2026, 9:05 AM PDT
Updated Mar 10, 2026, 11:40 AM PDT

If you tried to open Pellow late last night, you weren't alone. The app was down for nearly three hours on Monday night.

Pellow says the problems began at 10:48 PM PT on Monday and that the app was fully working again at 1:30 AM PT on Tuesday. The company blamed a database schema change that locked a table.

Outage tracker reports peaked at about 11:15 PM PT.

Update, 11:40 AM PT: Added details from Pellow's engineering blog post.
`, "2026-03-09T22:48:00-07:00", "2026-03-10T01:30:00-07:00", 162, "Pellow went down for nearly three hours late Monday"},
		{"a range that names its weekday in its join", "page.txt", `Shoppers at Grainly unable to pay for three hours

Priya Das, Fintech correspondent
Tue 16 Jun 2026 07.15 BST

Grainly said card payments began failing at 6.10pm on Monday and were working again by 9.02pm.
`, "2026-06-15T18:10:00+01:00", "2026-06-15T21:02:00+01:00", 172, "Shoppers at Grainly unable to pay for three hours"},
	})
}

// TestBotDeclaredTitle: a chat export whose bot declares the incident by
// its name gives that name as the title, not the bot's line.
func TestBotDeclaredTitle(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"🚨 INC-2291 declared by @marcus.feld: Checkout API returning 500 errors", "Checkout API returning 500 errors"},
		{"Incident #88 declared by @mara: Players unable to log in", "Players unable to log in"},
	} {
		got, ok := topicTitle(c.line)
		if !ok || got != c.want {
			t.Errorf("topicTitle(%q) = %q, %v; want %q", c.line, got, ok, c.want)
		}
	}
	if _, ok := topicTitle("@marcus.feld: rollback done"); ok {
		t.Error("a person's message read as a declaration")
	}
}

// TestWindowFormsFourteen holds the window and title of pages of our own
// writing, in forms read from sealed set 61 and durations set 11's odd
// lines (no longer held out once sealed set 62 and durations set 12 were
// written): a provider's summary under its screen-reader link ("Click
// here to return to … homepage") and a menu whose last item is "Sign In
// to the Console", its title over fifteen words, a step that set it up
// before the one that "is when customers began experiencing" errors, and
// a part's range ("Between 11:09 PM and 12:40 AM PDT, other services …")
// told after; a post corrected at its top ("Update, March 30, 2026: An
// earlier version …") of an incident on the Tuesday before; a story whose
// times are in AEDT, restated in UTC in brackets; a review whose TL;DR
// states the length ("How long: 74 minutes") and whose third party's own
// window comes before its opening's; a status page still at work over
// its history of older incidents "（已恢复）"; a paper's masthead in
// capitals with its page's counter ("… — NEWS      Page 1 of 2"), or with
// its page's code and the day and section under it; "full service came
// back at 9:08 p.m."; a Chinese review that restates its range in UTC
// ("换算为UTC即 03:36 至 06:58"); a post's related list under
// "**Related**" with full dates.
func TestWindowFormsFourteen(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a provider's summary: a skip link, a long title, a step before the start, a part's range", "page.txt", `Skip to main content
Kestor Web Services
Click here to return to Kestor Web Services homepage
Kestor Web Services  Products  Solutions  Pricing  Documentation  Sign In to the Console

Post-Event Summaries

Summary of the Kestor Queue Service (KQS) Event in the Northern Plains (KW-CENTRAL-2) Region

We wanted to provide you with some additional information about the service disruption that occurred in the Northern Plains (KW-CENTRAL-2) Region on May 12th, 2026.

At 8:10 PM PDT on May 12th, a routine capacity addition began in the KQS metadata tier. For the first hour this had no effect. At 9:22 PM PDT, a scheduled batch of large customer workloads began, and the new hosts could not serve lookups quickly enough. This is when customers began experiencing increased API error rates for SendMessage calls.

Between 9:40 PM and 11:05 PM PDT, other services that use KQS internally saw elevated errors. At 10:02 PM, engineers identified the new hosts as the source and began removing them from service.

At 1:30 AM PDT on May 13th, the final queues had recovered and KQS was operating normally.
`, "2026-05-12T21:22:00-07:00", "2026-05-13T01:30:00-07:00", 248, "Summary of the Kestor Queue Service (KQS) Event in the Northern Plains (KW-CENTRAL-2) Region"},
		{"a precursor's range before the start", "page.txt", `Summary of the Brindle Message Queue (BMQ) Service Event in the Eastern Shore (bw-east-3) Region

We want to provide you with some additional information about the service disruption that occurred in the Eastern Shore (bw-east-3) Region on April 14, 2026.

What Happened
Beginning at 9:12 AM PDT, customers in a single BMQ cell began to see increased latency and errors for SendMessage calls. Earlier that morning, a large customer began migrating a workload onto BMQ. Between 8:20 AM and 9:10 AM PDT, this tripled the number of active partitions in the affected cell, and shortly before 9:12 AM the storage hosts reached their maximum partition count.

Our monitoring alerted engineers at 9:30 AM PDT. We began adding hosts at 10:05 AM PDT. By 12:40 PM PDT, error rates and latencies for all BMQ APIs in the cell had returned to normal levels and the service was operating normally.
`, "2026-04-14T09:12:00-07:00", "2026-04-14T12:40:00-07:00", 208, ""},
		{"a post corrected at its top", "page.txt", `Postmortem: three hours of delayed exports | Quillby Engineering

Postmortem: three hours of delayed exports
By Dana Orr · May 8, 2026 · 6 min read

Update, May 11, 2026: An earlier version of this post gave the end of customer impact as 12:05 p.m. EDT. We have corrected the times in this post.

On Tuesday, May 5, exports requested in Quillby were accepted but not processed for about three hours.

At 9:10 a.m. EDT, the export queue stopped draining. At 12:20 p.m. EDT the last delayed export completed.
`, "2026-05-05T09:10:00-04:00", "2026-05-05T12:20:00-04:00", 190, "Postmortem: three hours of delayed exports"},
		{"times in AEDT restated in UTC in brackets", "page.txt", `3/27/26, 9:14 AM          Tallowby blames stalled database for Monday outage | Stackline Weekly

STACKLINE WEEKLY                                   Subscribe   Sign in

OUTAGES

Tallowby blames stalled database for Monday outage

By Ria Holm, Senior Reporter
March 26, 2026 · 5 min read

According to the report, the outage began at 9:12am AEDT on Monday, March 23 (10:12pm UTC on Sunday) and lasted until 11:40am, when Tallowby restored write access to its ledger database.

Timeline (AEDT)
9:12am  Ledger begins rejecting writes.
9:30am  Alerts page the on-call engineer.
11:40am  Write access restored.
`, "2026-03-23T09:12:00+11:00", "2026-03-23T11:40:00+11:00", 148, "Tallowby blames stalled database for Monday outage"},
		{"a TL;DR's length, a third party's window before the opening's", "page.md", `[![Cobbly](https://cobbly.example/logo.svg)](https://cobbly.example/)

[Product](https://cobbly.example/product) · [Pricing](https://cobbly.example/pricing) · [Blog](https://cobbly.example/blog) · [Sign in](https://app.cobbly.example/login)

---

# Incident review: sign-in failures on 11 May

*Ines Moor, Head of Platform · Published 13 May 2026 · Updated 14 May 2026*

![Graph of login success rate dropping to 30% and recovering](https://cobbly.example/blog/img/login.png)

On Monday 11 May, from 08:20 to 09:05 GMT, most people who tried to sign in to Cobbly could not. People who were already signed in could keep working, but anyone whose session expired saw a spinner and then an error. At the worst point, 70% of sign-in attempts failed, and we're sorry.

This review is written for customers, so it skips some internal detail, but nothing material has been left out.

## TL;DR

- **What broke:** sign-in, for everyone (SSO and password users alike)
- **Why:** a slowdown at our identity provider, which our login service handled badly
- **How long:** 45 minutes
- **Data affected:** none

## What happened

Cobbly uses Keyvault ID, the third-party identity provider we use for single sign-on, to complete sign-ins for customers who connect their own identity systems. On 11 May Keyvault ID had an incident of its own: according to its status page, its token endpoint was degraded from 08:02 to 08:47 GMT.

From about 08:20, Keyvault ID began returning timeouts. Our login service called it synchronously with three retries inside the same worker pool that handles password sign-in, so every worker ended up waiting on it.

## Timeline (GMT, 11 May 2026)

| Time  | What happened |
|-------|---------------|
| 08:02 | Keyvault ID reports elevated latency (we did not see this yet) |
| 08:20 | Sign-in failures begin; login worker pool saturates |
| 08:47 | Keyvault ID marks its incident as monitoring |
| 09:05 | Sign-in success rate back to normal |
| 09:30 | Status page incident resolved after monitoring |
`, "2026-05-11T08:20:00Z", "2026-05-11T09:05:00Z", 45, "Incident review: sign-in failures on 11 May"},
		{"a status page still at work over its older incidents", "page.txt", `柏川云 服务健康状态

当前事件

【处理中】华东2地域部分云盘挂载失败
影响产品：云盘、云服务器
开始时间：2026-04-07 10:25（北京时间）
当前状态：处理中

更新记录

2026-04-07 11:40
目前约五成受影响云盘已可以正常挂载，其余仍在修复中。

2026-04-07 10:50
我们监测到，自10:25起，华东2地域部分云盘挂载失败，技术团队正在紧急排查。

历史事件
2026-03-18 华南1地域负载均衡健康检查异常（已恢复）
2026-03-02 华北1地域云数据库复制延迟升高（已恢复）
`, "2026-04-07T10:25:00+08:00", "", 0, "华东2地域部分云盘挂载失败"},
		{"a masthead with its page's counter", "page.txt", `QUILLSTONE DAILY — NEWS                                                        Page 1 of 2

Cobalt Reach servers down for five hours during launch weekend

Published Jun. 6, 2026, 2:31 p.m. ET · By Kim Arro

Cobalt Reach spent most of Saturday offline. The studio said servers went offline at 10:05 a.m. ET and all services were back online at 3:10 p.m. ET.

                                                                            continued →
QUILLSTONE DAILY — NEWS                                                        Page 2 of 2

Players who lost progress will be compensated, the studio said.
`, "2026-06-06T10:05:00-04:00", "2026-06-06T15:10:00-04:00", 305, "Cobalt Reach servers down for five hours during launch weekend"},
		{"a masthead with its page's code, the day and section under it", "page.txt", `THE HARLOW VALLEY COURIER                                     B3
Thursday, March 12, 2026                                                          LOCAL

Tidewell Water app outage leaves customers unable to pay bills

By Lee Amsel
Staff writer

Customers of Tidewell Water spent much of Wednesday afternoon unable to log in to the utility's app.

The outage started at 1:15 p.m. Wednesday, the company said, and full service came back at 5:40 p.m. Customers had reported that the website was loading again shortly after 5 p.m.

MORE LOCAL NEWS
Snow emergency declared for Friday — A1
`, "2026-03-11T13:15:00Z", "2026-03-11T17:40:00Z", 265, "Tidewell Water app outage leaves customers unable to pay bills"},
		{"a Chinese review's range restated in UTC", "page.md", `# 一次DNS解析故障的复盘：5月9日青梧出行服务中断

## 时间线

以下均为北京时间（UTC+8）。

- 5月9日 10:20　变更生效，乘客下单开始失败（故障开始）
- 5月9日 10:31　下单成功率告警
- 5月9日 12:05　全部服务恢复正常（故障结束）

本次故障从10:20持续到12:05，换算为UTC即 02:20 至 04:05。

发布于 2026年5月11日
`, "2026-05-09T10:20:00+08:00", "2026-05-09T12:05:00+08:00", 105, ""},
		{"a related list under a bold heading, a yearless day in the title", "page.txt", `Wrenly Analytics · Blog

# Postmortem: event ingestion outage on April 29

Ravi Oke · May 4, 2026 · 9 min read

For a little over four hours on Wednesday, April 29, Wrenly stopped ingesting events.

## Timeline

All times UTC.

**19:45** — Consumers fail to commit offsets; ingestion stops. Impact begins.
**21:35** — Offsets reconstructed.
**23:52** — Ingestion back to normal for all projects. Impact ends.

---
**Related**
- Introducing session replay — April 14, 2026
- How we run our log broker — January 20, 2026
`, "2026-04-29T19:45:00Z", "2026-04-29T23:52:00Z", 247, "Postmortem: event ingestion outage on April 29"},
	})
}

// TestCameAfterWords: a recovery told a length after the time its
// sentence opened with, in English as in Chinese (the English
// alternatives had lost their word boundaries to a control character).
func TestCameAfterWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"At 19:20 the app failed; two hours later it was restored.", true},
		{"Service came back after about 30 minutes.", true},
		{"约半小时后恢复正常", true},
		{"Service was restored at 21:05.", false},
		{"thereafter minutes passed", false},
	} {
		if got := cameAfter.MatchString(c.text); got != c.want {
			t.Errorf("cameAfter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
