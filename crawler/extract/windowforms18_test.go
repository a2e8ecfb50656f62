package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestWindowFormsEighteen holds the window of pages of our own writing, in
// forms read from sealed set 64 (no longer sealed once set 65 was written)
// and durations set 14's odd lines (no longer held out once set 15 was).
func TestWindowFormsEighteen(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a review declared mitigated after monitoring, past the recovery", "pir.html", `<html><head><title>Post Incident Review (PIR) – Gateway health probes failing – Ledbury South</title></head><body>
<nav><a href="/">Ledbury Cloud</a> <a href="/status">Status</a> <a href="/history">History</a></nav>
<main>
<h1>Post Incident Review (PIR) – Gateway health probes failing – Ledbury South</h1>
<p><strong>Tracking ID:</strong> 7QX2-LB9</p>
<h2>What happened?</h2>
<p>Between 14:05 UTC and 15:50 UTC on 9 May 2026, customers using Application Gateway in Ledbury South saw requests fail with HTTP 502 errors.</p>
<h2>What went wrong and why?</h2>
<p>A planned update changed the health probe path for every gateway in the region. The new path did not exist on most customer backends, so the probes failed and the gateways took the backends out of rotation.</p>
<h2>How did we respond?</h2>
<ul>
<li>13:52 UTC on 9 May 2026 – The probe update began rolling out.</li>
<li>14:05 UTC – Customer impact began.</li>
<li>14:21 UTC – Alerts fired and engineers were engaged.</li>
<li>15:02 UTC – The update was identified as the cause and rolled back.</li>
<li>15:50 UTC – The previous probe path was restored on every gateway. All customers recovered.</li>
<li>16:35 UTC – After a period of monitoring, the incident is declared mitigated.</li>
</ul>
<h2>How are we making incidents like this less likely or less impactful?</h2>
<ul><li>Probe changes now roll out one availability zone at a time. (Completed)</li></ul>
</main></body></html>`, "2026-05-09T14:05:00Z", "2026-05-09T15:50:00Z", 105, ""},
		{"a yearless day over an earlier notice's full date", "notice.html", `<html><head><title>Evening broadband outage in Kington, 4 June | Kington Fibre Help</title></head><body>
<header><a href="/">Kington Fibre</a> <a href="/broadband">Broadband</a> <a href="/help">Help</a></header>
<main>
<p class="crumbs">Help / Service status / Incident notices</p>
<h1>Evening broadband outage in Kington, 4 June</h1>
<p class="meta">Published 8 June 2026 · Reference KF-INC-0604</p>
<h2>What happened</h2>
<p>On the evening of Thursday 4 June, customers connected through our Kington exchange lost their broadband service. The outage started at 18:40 BST on 4 June and service was back for everyone by 21:15 BST.</p>
<h2>Why it happened</h2>
<p>A power supply in the exchange failed and the spare did not take over because its breaker had been left open after maintenance.</p>
<h2>What we did</h2>
<ul>
<li>18:40 – Equipment in the exchange loses power. Customers go offline.</li>
<li>18:52 – Our monitoring alerts the network operations team.</li>
<li>19:30 – Engineers reach the exchange and close the spare supply's breaker.</li>
<li>21:15 – The last equipment is back up and every customer is online.</li>
</ul>
<p class="previous">Earlier notice: <a href="/notices/kf-inc-0412">Slow speeds in Pembridge, 12 April 2026</a></p>
</main>
<footer>© 2026 Kington Fibre Ltd</footer>
</body></html>`, "2026-06-04T18:40:00+01:00", "2026-06-04T21:15:00+01:00", 155, ""},
		{"the peak of an outage told before its whole range", "notice.md", `# Slow connections on Friday evening

Published 14 September 2026

On Friday 11 September, customers of Weobley Broadband saw slow speeds and failed video calls. The problem was worst between 20:10 and 21:30, when most evening traffic was on the network.

The slowdown started at 19:20 BST and speeds were back to normal for all customers by 23:05 BST.

## Why it happened

One of our two links to the regional peering exchange failed, and the other link did not have enough capacity for the whole evening load.
`, "2026-09-11T19:20:00+01:00", "2026-09-11T23:05:00+01:00", 225, ""},
		{"an issue's comments under their heading", "issue.md", `# Package downloads failing with checksum errors #881

Closed

[tam-j](https://example.org/tam-j) opened this issue on Mar 3, 2026 · 4 comments

## Comments

**[tam-j](https://example.org/tam-j)** commented on Mar 3, 2026

Since this morning every install of the bromyard CLI fails with "checksum mismatch" on the index download.

**[eira-w](https://example.org/eira-w)** (Maintainer) commented on Mar 3, 2026

Confirmed. The signing key for the index expired overnight, so clients reject every index we serve. Working on it.

**[eira-w](https://example.org/eira-w)** (Maintainer) commented on Mar 4, 2026

### Incident summary

**Impact:** from 04:00 UTC to 07:25 UTC on 3 March 2026, every install and update with the bromyard CLI failed.

**Cause:** the index is signed with a key whose certificates are valid for 90 days. The renewal job ran on a host we retired in December, so the certificates were never renewed.

**Timeline (UTC, 3 March):**

- 04:00 – certificates expire; clients start rejecting the index
- 05:10 – this issue opened
- 06:40 – new certificates issued and the index re-signed
- 07:25 – all mirrors serving the re-signed index

Closing. Sorry, everyone.
`, "2026-03-03T04:00:00Z", "2026-03-03T07:25:00Z", 205, ""},
		{"an ongoing notice correcting its start from the logs", "gonggao.txt", `玉溪云   产品   文档   支持

首页 > 公告中心 > 故障通告

【处理中】关于西南一区对象存储访问失败的故障通告
发布时间：2026-11-12 10:40    最近更新：2026-11-12 12:10

尊敬的玉溪云用户：

我们监测到西南一区对象存储出现部分请求失败的情况，技术团队正在全力处理，最新进展如下（按时间倒序）：

【更新】2026-11-12 12:10
约60%的存储桶访问已恢复正常，其余存储桶正在逐步恢复。经回溯接入层日志确认，本次故障的影响实际开始于北京时间10时02分，早于我们10时21分收到告警的时间。下次更新时间预计为13:00。

【更新】2026-11-12 11:15
已定位原因：接入层一组节点的证书配置异常，导致部分请求握手失败。

【首次通告】2026-11-12 10:40
北京时间10时21分起，我们收到西南一区对象存储请求失败告警，技术团队正在紧急排查。

给您带来的不便，我们深表歉意。
`, "2026-11-12T10:02:00+08:00", "", 0, ""},
		{"a chat exported with each message's clock before its writer", "export.txt", `Dilwyn Parcels · Team chat
Channel export: ~inc-0311-scanner-sync
Exported 2026-03-12 09:05 · Timezone: Europe/London (GMT)

——— Wed, Mar 11, 2026 ———

14:02  alertbot
       [FIRING] scanner-sync: queue age 14m (threshold 2m)

14:06  rhian.powell
       taking IC. drivers say scans are not showing on the tracking page

14:15  gareth.lloyd
       sync workers are stuck on a lock held by the nightly reindex that never finished. killing it

14:41  gareth.lloyd
       lock released, workers draining the queue

15:20  gareth.lloyd
       queue empty, tracking page up to date. all scans since 13:55 delivered

15:24  rhian.powell
       calling it. status page -> Resolved

——— Thu, Mar 12, 2026 ———

08:50  gareth.lloyd
       follow-up: reindex now has a timeout and releases its lock when it gives up
`, "2026-03-11T14:02:00Z", "2026-03-11T15:24:00Z", 82, ""},
		{"a notice's claim deadline is no event", "gonggao.txt", `《山海行记》官方网站   首页   新闻公告   客服中心

2月14日晚部分服务器登录异常说明及补偿公告
发布时间：2026-02-15 10:00

亲爱的行者：

2026年2月14日（周六）19时35分起，因登录服务器集群故障，部分服务器出现无法登录、登录后掉线的问题。

技术团队第一时间进行排查并切换至备用集群。20时20分起，大部分服务器陆续恢复；21时05分，全部服务器恢复正常。

一、补偿内容
全服角色均可获得：金币×500、体力药剂×5。

二、领取方式
补偿将于2月15日18:00前通过游戏内邮件发放，请于2026年2月28日23:59前登录游戏领取，逾期邮件将自动删除。

给大家带来的不便，我们深表歉意！
`, "2026-02-14T19:35:00+08:00", "2026-02-14T21:05:00+08:00", 90, ""},
		{"component ranges that run on, and updates stamped with their weekday", "status.txt", `Fownhope Payroll status                                   [Subscribe to updates]

Payslips not loading in the web app
Resolved · Full outage
This incident has been resolved.

Affected components
Web app            Full outage from 9:05am to 9:50am · Degraded performance from 9:50am to 10:35am
Mobile app         Degraded performance from 9:05am to 10:35am
Payroll runs       No impact

Updates

Resolved
Tue 6 Oct 2026, 10:48am BST
Payslips load normally again for everyone. A cache that had been emptied during the morning's release was full again by 10:35am.

Monitoring
Tue 6 Oct 2026, 10:02am BST
We've rolled back the release. Payslips are loading, slowly for some people, while the cache refills.

Investigating
Tue 6 Oct 2026, 9:22am BST
We're investigating reports that payslips don't load in the web app.

Powered by incident.io
`, "2026-10-06T09:05:00+01:00", "2026-10-06T10:35:00+01:00", 90, "Payslips not loading in the web app"},
		{"a resolved update that corrects the start under the page's fields", "status.txt", `Bosbury Billing status
bosbury-billing.example     [Subscribe to updates]

Card payments failing at checkout
Resolved

Started at    Apr 21, 2026 at 10:12am EDT
Resolved at   Apr 21, 2026 at 11:40am EDT
Affected      Checkout, Payment links

Updates

Resolved · Apr 21, 2026 at 11:40am EDT
Card payments are working again. Our logs show the problem started earlier than we first said: payments failed between 9:48am and 11:31am EDT. Orders placed during that time can be retried from the order page.

Identified · Apr 21, 2026 at 10:40am EDT
Our payment processor rotated the key we use to sign requests and the old key stopped working. We're updating it now.

Investigating · Apr 21, 2026 at 10:12am EDT
We're investigating failed card payments at checkout.

Powered by Better Stack
`, "2026-04-21T09:48:00-04:00", "2026-04-21T11:40:00-04:00", 112, ""},
		{"times an RFO's footer names in words", "rfo.txt", `From: Colwall Networks Service Assurance <assurance@colwallnet.example>
Date: Fri, 7 Aug 2026 11:20:05 +1000
Subject: Reason for Outage - CWN-INC-0805-031

Dear Customer,

Outage start:        05/08/2026 22:41
Service restored:    06/08/2026 01:12
Total outage duration: 2 hrs 31 mins

Summary
At 22:41 on Wednesday 5 August 2026 our monitoring detected a loss of signal on the fibre serving your site. A contractor had cut the cable while boring under a road. Your service was restored at 01:12 on Thursday 6 August 2026 after a temporary splice.

Kind regards,
Colwall Networks Service Assurance

All times in this notice are Australian Eastern Standard Time (UTC+10:00).
`, "2026-08-05T22:41:00+10:00", "2026-08-06T01:12:00+10:00", 151, ""},
	})
}

// TestSearchBoxRowIsNoTitle: a bank's row of bracketed links that ends in
// a search box ("[登录网上银行] … 搜索：__________ [搜索]") and its cookie
// notice ("…即表示您同意我们的Cookie政策") are no title; the notice's
// heading is.
func TestSearchBoxRowIsNoTitle(t *testing.T) {
	page := `韦布利银行   个人金融   公司金融   电子银行   关于我们
[登录网上银行]  [手机银行下载]  [English]   搜索：__________ [搜索]

本网站使用必要的Cookie以保障正常访问。继续浏览即表示您同意我们的Cookie政策。 [我知道了]

当前位置：首页 > 关于我们 > 公告信息 > 正文

关于6月2日上午手机银行转账受影响的情况说明
发布时间：2026-06-02 15:00    来源：韦布利银行办公室

尊敬的客户：

北京时间2026年6月2日上午9时15分至10时40分，因我行支付系统网络设备故障，手机银行转账汇款功能出现交易失败的情况。上午10时40分，各项功能全面恢复正常。

给您带来的不便，我们深表歉意。
`
	in, err := extractOnce([]byte(page), "gonggao.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "关于6月2日上午手机银行转账受影响的情况说明"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
}

// TestNamedDefectOverSuspectedTrigger: an event summary in prose whose
// work is told after the defect: the sentence that names the defect ("this
// was a latent bug in the code") is the cause, not the later sentence
// that says what the team suspected.
func TestNamedDefectOverSuspectedTrigger(t *testing.T) {
	page := `<html><head><title>Summary of the Madley Object Store Service Event</title></head><body>
<main>
<h1>Summary of the Madley Object Store Service Event</h1>
<p>We want to give you some more information about the service disruption that occurred on June 2, 2026.</p>
<p>Starting at 10:12 AM PDT on June 2, customers saw elevated errors when reading objects. The issue was fully resolved at 12:40 PM PDT.</p>
<p>Each storage node keeps a table of the volumes it serves. The code that writes this table stored the number of volumes in a 16-bit field, and the node had never held more than 65,535 volumes before, so this was a latent bug in the code that had been present since 2021.</p>
<p>At 10:05 AM PDT, a routine expansion added volumes to one node, and when the table was next written its count wrapped around. Requests for the volumes missing from the table failed. Clients retried, and by 10:30 AM PDT the front-end fleet was overloaded because of the retries.</p>
<p>At 11:02 AM PDT engineers found that the node reported far fewer volumes than expected and identified the new table as the likely trigger. They restored the previous table, and by 12:40 PM PDT error rates were back to normal.</p>
<p>We apologize for the impact this event caused our customers.</p>
</main></body></html>`
	in, err := extractOnce([]byte(page), "event.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "latent bug") {
		t.Errorf("cause %q, want the sentence that names the latent bug", in.Cause)
	}
}

// TestPatternsFromPlainWords: causes told without the words the lexicon
// weighs: a supplier named by what it supplies ("the company that supplies
// and hosts our booking system") is a dependency; a new list of entries,
// shipped with a release, that left one out is a change of configuration.
func TestPatternsFromPlainWords(t *testing.T) {
	supplier := `Ferry check-in queues after booking system failure

By a staff reporter

Passengers queued for hours at the harbour on Saturday after a computer failure left Dorstone Ferries unable to check in cars.

A spokesperson for Dorstone Ferries said the problem began at 7.50am and that its systems were restored at 10.35am.

"The outage was caused by a failure at Wigmore Systems, the company that supplies and hosts our booking and check-in system," she said. "None of our own systems were at fault."

Staff checked tickets by hand while the system was down.
`
	in, err := extractOnce([]byte(supplier), "story.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "dependency" {
		t.Errorf("patterns %v, want dependency first", in.Patterns)
	}
	list := `# Uploads over SFTP refused

## What happened

Between 11:02 and 12:15 UTC on 3 March 2026, connections to our SFTP endpoint on port 22 were refused in every region.

## Root cause

Each edge node reads the ports it should listen on from a small file that ships with every edge release. At 10:55 UTC we began rolling out an edge release to add port 2222 for customers whose networks block port 22. The new port list that shipped with this release included port 2222 but left out port 22. As each node picked up the release it closed its port 22 listener.

## Remediation

The port list is now generated from the list of advertised ports instead of being edited by hand.
`
	in, err = extractOnce([]byte(list), "postmortem.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(in.Patterns, "config-change") {
		t.Errorf("patterns %v, want config-change among them", in.Patterns)
	}
}

// TestWindowFormsEighteenMore holds the window and title of pages of our
// own writing in forms read from durations set 14's and set 15's even
// lines: a Cachet status page (its banner "All systems are operational",
// a planned maintenance under "Schedule", the incident's name with its
// state in brackets, updates "Fixed - 06.09.2026 02:05 CEST" and
// "Watching - …"); a component's ranges a line each, running on; an
// incident tool's export whose "Closed at" comes after its "Fixed at"; a
// Google-Cloud-style report whose first post gave a later start.
func TestWindowFormsEighteenMore(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a Cachet page with its schedule above past incidents", "status.txt", `Yarpole Hosting Status
status.yarpole-hosting.example          Yarpole Hosting  |  Customer login  |  Support

[i] This site only uses technically necessary cookies.

All systems are operational

Components
Web servers ........................ Operational
Mail (IMAP / SMTP) ................. Operational
DNS ................................ Operational

Schedule
Maintenance of storage cluster ST-2
Sat 17.10.2026 21:00 - 23:00 CEST  ·  Upcoming
Websites on ST-2 may be slow for a few minutes during this window.

Past Incidents

Sunday 11th October 2026

DNS queries for customer domains failing        [Fixed]

Fixed - 11.10.2026 09:40 CEST
Name resolution works again for all customer domains since 09:28. The outage began at 07:55, when a zone transfer from our primary name server delivered empty zones to the secondaries. Between 07:55 and 09:28 lookups for customer domains returned errors.

Watching - 11.10.2026 09:05 CEST
Most domains resolve again. We are reloading the remaining zones.

Identified - 11.10.2026 08:31 CEST
The secondary name servers serve empty zones after a failed transfer. We are reloading them from the primary.

Investigating - 11.10.2026 08:12 CEST
Customers report that their domains do not resolve. We are investigating.

Saturday 10th October 2026
No incidents reported

Times are shown in Europe/Berlin.
Powered by Cachet
`, "2026-10-11T07:55:00+02:00", "2026-10-11T09:28:00+02:00", 93, "DNS queries for customer domains failing"},
		{"a component's ranges a line each", "status.txt", `Madley Credit Union Status                                            [Get updates]

Card payments declined at some shops
Resolved

Summary
On Thursday, June 11, some card payments were declined at shops while our card processor's fraud checks timed out.

Affected components
Debit cards
  Partial outage from 10:20 AM to 12:10 PM
  Degraded performance from 12:10 PM to 1:05 PM
Online banking
  No impact

Updates
Resolved
Card payments are working normally again.
Thu, Jun 11, 2026, 1:20 PM CDT

Investigating
We're looking into reports of declined card payments.
Thu, Jun 11, 2026, 10:48 AM CDT

Powered by incident.io
`, "2026-06-11T10:20:00-05:00", "2026-06-11T13:05:00-05:00", 165, ""},
		{"an incident tool's export closed after it was fixed", "export.txt", `Eardisley Clinics · Incidents                                        [Export]  [Copy link]

INC-311  Prescription requests not reaching pharmacies
Status: Closed      Severity: Major

Summary
Prescription requests sent from the app did not reach pharmacies. Cause: a message queue's credentials expired.

Timestamps
Reported at        14 Jul 2026, 10:02 EDT
Impact started     14 Jul 2026, 09:40 EDT
Fixed at           14 Jul 2026, 11:15 EDT
Closed at          14 Jul 2026, 12:30 EDT

Timeline (newest first, times in EDT)

12:30  Incident closed by Nia Hartwell
       "Watched for an hour, queue empty. Closing."

11:15  Status changed: Monitoring → Fixed
       "All queued requests delivered."

10:02  Incident reported by Owen Pryce via chat command (/inc)
       "Pharmacies say no requests since 9:40."
`, "2026-07-14T09:40:00-04:00", "2026-07-14T11:15:00-04:00", 95, ""},
		{"a report whose first post gave a later start", "incident.txt", `Service Health

Incident affecting Managed Queues

Queue messages delayed in multiple regions

Incident began at 2026-02-10 14:30 and ended at 2026-02-10 16:10 (all times are US/Pacific).

Mini Incident Report

On Tuesday, 10 February 2026, Managed Queues delivered messages late for a duration of 2 hours, 15 minutes beginning at 13:55 US/Pacific. Our initial communication stated a start time of 14:30; subsequent analysis of delivery logs shows that delays first exceeded one minute at 13:55.

Root cause: a deployment of the delivery service set its worker count to one tenth of the intended value.

Between 13:55 and 16:10 US/Pacific on 10 February 2026, messages in us-west9 and us-east7 were delivered late.

10 Feb 2026 14:41 PST

Summary: Queue messages delayed in multiple regions

Description: We are experiencing an issue with Managed Queues beginning at Tuesday, 2026-02-10 14:30 US/Pacific. We will provide an update by Tuesday, 2026-02-10 15:30 US/Pacific with current details.
`, "2026-02-10T13:55:00-08:00", "2026-02-10T16:10:00-08:00", 135, ""},
	})
}

// TestTrackerPageTitle: a code host's page title clipped as a note's title
// ("… · Issue #2317 · owner/repo") is the title, without the
// number and the repository.
func TestTrackerPageTitle(t *testing.T) {
	page := `---
title: "Nightly exports missing rows after the 2.4 upgrade · Issue #512 · kington-data/exporter"
source: "https://github.com/kington-data/exporter/issues/512"
created: 2026-05-04
---
[Skip to content](https://github.com/kington-data/exporter/issues/512#start-of-content)

## Navigation Menu

[Sign in](https://github.com/login)

# Nightly exports missing rows after the 2.4 upgrade #512

Closed

[pemb-r](https://github.com/pemb-r) opened this issue on May 4, 2026 · 2 comments

## Comments

**[pemb-r](https://github.com/pemb-r)** commented on May 4, 2026

Since upgrading to 2.4 the nightly export drops every row whose timestamp falls in the last minute of the day.

**[bosbury](https://github.com/bosbury)** (Maintainer) commented on May 4, 2026

Confirmed: the new range filter uses a strict less-than on 23:59:59. Fixed in 2.4.1.
`
	in, err := extractOnce([]byte(page), "issue.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Nightly exports missing rows after the 2.4 upgrade"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
}

// TestMaintenanceBeforeImpact: a status page's updates of the planned
// maintenance that set the outage up ("[Maintenance In Progress]
// Scheduled maintenance has started", "[Maintenance Completed]") and a
// completed maintenance listed with its window ("… 10:00 PM – 10:30 PM ·
// Completed") do not start the outage; the updates that report it do.
func TestMaintenanceBeforeImpact(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a status.io page's maintenance updates before the incident's", "status.txt", `Bromyard Hosting System Status
Home   Incident History   Maintenance   Subscribe

Webmail logins failing after mail store maintenance
Incident Status: Resolved
Components: Webmail, IMAP

March 4, 2026 3:40AM GMT
[Resolved] Webmail and IMAP logins have worked normally since 03:25 GMT.

March 4, 2026 2:58AM GMT
[Monitoring] IMAP logins have recovered. Webmail sessions are being restored.

March 4, 2026 2:21AM GMT
[Identified] The upgraded mail store rejects sessions from the webmail servers. We are rolling back its session settings.

March 4, 2026 1:52AM GMT
[Investigating] We are investigating reports that customers cannot log in to webmail or IMAP.

March 4, 2026 1:00AM GMT
[Maintenance Completed] The mail store upgrade has been completed.

March 3, 2026 11:00PM GMT
[Maintenance In Progress] Scheduled maintenance has started. Webmail may be briefly unavailable during this window (23:00-01:00 GMT).

Powered by status.io
`, "2026-03-04T01:52:00Z", "2026-03-04T03:25:00Z", 93, ""},
	})
}
