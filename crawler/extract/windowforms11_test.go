package extract

import (
	"strings"
	"testing"
)

// TestWindowFormsEleven holds the window (and where given the title) of
// pages of our own writing, in forms read from durations set 8's odd
// lines (no longer held out once set 9 was written) and set 9's even
// lines: a Chinese post told as "5月20日当晚22时许" and "次日凌晨2点左右"; a
// notice whose impact paragraph states a stage ("10:18至11:02期间") and
// then "直至12:35全部恢复", under a first line that is only its site and
// kind ("鹤汀云 | 事件报告") and a menu after "[鹤汀云 logo]"; a postmortem
// whose table row says "Customer impact begins." and whose prose tells
// "44 minutes of backlog"; a status page whose updates are stamped with a
// bare offset ("Jun 21, 2026 - 22:47 -03"); a dashboard whose update
// stamps are American numeric dates with a zone ("5/6/2026 4:22 PM EDT")
// over updates of which one names its state, the range told in it; a
// news story whose dateline names its city in title case and its weekday
// ("Mumbai, Friday, August 21, 2026, 7:42 PM IST"), written while the
// outage went on ("As of 7 p.m. IST, … had not been restored"); a story
// whose related list dates other stories; a Chinese notice across New
// Year's Eve whose cause tells a time after its recovery and whose end is
// "直到1月1日凌晨0:56全部恢复"; a story whose byline date has its update
// beside it after a bar, a link to its comments under it; a Chinese
// notice still at work, its updates in brackets, its cause naming the
// day of an earlier change; a story whose time is followed by its
// weekday ("4:48 a.m. Sunday,"); an RCA whose last region "continued to
// experience failures until 19:22 UTC, when all regions were fully
// recovered"; a Chinese note that all its times are UTC ("所有日期和时间均为
// 协调世界时（UTC）").
func TestWindowFormsEleven(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"当晚 after a day and 次日凌晨 for the end", "page.txt", `关于6月3日晚枫桥记账同步失败的复盘
原创　枫桥技术团队　枫桥记账　2026年6月5日 10:12　浙江

各位用户，大家好：

6月3日晚上，不少用户遇到账本打不开、记账保存失败的问题，给大家添了麻烦，非常抱歉。

01 发生了什么

6月3日当晚21时许，监控开始出现大量同步失败告警。排查发现，账单数据库出现严重的锁等待，写入请求大量堆积。

最终确认是当天下午上线的一条统计查询在高峰时段长时间锁表。我们下线了该功能，并分批处理积压的写入。

次日凌晨1点左右，各项服务全部恢复正常。

02 数据是否丢失

故障期间的账目先保存在本地，恢复后已自动上传，没有发现数据丢失。
`, "2026-06-03T21:00:00+08:00", "2026-06-04T01:00:00+08:00", 240, "关于6月3日晚枫桥记账同步失败的复盘"},
		{"a stage in the impact paragraph, then 直至…全部恢复", "page.txt", `汀州云 | 事件报告
[汀州云 logo]　首页　产品与服务　解决方案　文档　定价　支持　|　控制台　登录

首页 > 帮助与支持 > 服务健康 > 事件报告

汀州云华南二（广州）地域消息队列投递失败事件报告

发布日期：2026年4月9日

【事件概述】
2026年4月7日上午，汀州云华南二（广州）地域消息队列服务出现投递失败。事件时间线如下（北京时间）：

| 时间 | 事件 |
|------|------|
| 09:12 | 投递服务部分节点异常，投递失败率开始上升 |
| 09:20 | 监控告警，值班工程师介入 |
| 09:55 | 扩容并对投递服务限流，失败率明显下降，完成止血 |
| 11:30 | 积压消息全部投递完毕，服务全部恢复正常，事件结束 |

【影响范围】
约15%的队列在09:12至09:55期间投递失败；09:55之后逐步恢复，但积压消息仍有延迟，直至11:30全部恢复。

【原因分析】
元数据集群升级后缓存预热未完成，大量请求直接打到后端存储，造成负载过高。
`, "2026-04-07T09:12:00+08:00", "2026-04-07T11:30:00+08:00", 138, "汀州云华南二（广州）地域消息队列投递失败事件报告"},
		{"customer impact begins in a row, minutes of backlog", "page.txt", `Postmortem: delayed log search on March 12

By Ines Halloran · 14 March 2026

All times below are in CET (UTC+1).

| Time (CET) | What happened |
|---|---|
| 10:02 | Routine shard rebalance starts. |
| 10:09 | Indexing lag starts to grow (found afterwards in lag metrics). Customer impact begins. |
| 10:31 | Incident declared. |
| 10:48 | Mitigated: lag stops growing; new logs are indexed within normal latency. Backlog processing begins. |
| 11:20 | Backlog half processed. Search shows recent logs but gaps remain for 10:09–10:48. |
| 12:05 | Full recovery: backlog fully processed, all delayed logs searchable. Customer impact ends. |

## Why recovery took until 12:05

Pausing the rebalance stopped the lag from growing at 10:48. But the indexers had roughly 39 minutes of backlog to work through on top of live traffic, and we throttled that work to protect the cluster.
`, "2026-03-12T10:09:00+01:00", "2026-03-12T12:05:00+01:00", 116, ""},
		{"a bare offset after the update's stamp", "page.txt", `Elevated errors for image delivery in Santiago

Resolved
Image requests in Santiago are served normally again; error rates returned to normal at 14:02.
Posted 2 days ago. Jul 09, 2026 - 14:10 -04

Identified
A saturated uplink in SCL1 is dropping requests; traffic is being moved.
Posted 2 days ago. Jul 09, 2026 - 13:21 -04

Investigating
We are investigating errors for image requests served from Santiago.
Posted 2 days ago. Jul 09, 2026 - 12:47 -04
`, "2026-07-09T12:47:00-04:00", "2026-07-09T14:10:00-04:00", 83, ""},
		{"numeric US stamps over updates, the range in the one that names its state", "page.txt", `[![Corbridge Compute](/cc/logo.svg)](/)
Corbridge Compute — Health Dashboard

Service health    Your account health    Event log    [Subscribe by email]    [RSS]

Open and recent issues

| Service          | us-east-1   | us-central-3               | eu-west-1   |
|------------------|-------------|----------------------------|-------------|
| Object Storage   | Operational | Resolved issue (7/14/2026) | Operational |
| Block Volumes    | Operational | Operational                | Operational |

Object storage uploads failing in us-central-3
Service: Object Storage · Region: us-central-3 · Status: Resolved

7/14/2026 3:05 PM CDT
Resolved: Between 12:20 PM and 2:40 PM CDT, uploads of large objects to us-central-3 failed or timed out. A change to the upload gateway's buffer settings was reverted and uploads succeed normally again.

7/14/2026 2:10 PM CDT
We have identified a recent change to the upload gateway and are reverting it.

7/14/2026 1:02 PM CDT
We are investigating failed uploads in us-central-3.

Event log — past 30 days
- 7/8/2026 — Elevated API latency in eu-west-1. 9:12 AM to 9:47 AM CDT. Resolved.
- 7/2/2026 — Delayed metrics for Block Volumes in us-east-1. Resolved.
- 6/29/2026 — Scheduled maintenance: us-central-3 network upgrade, 11:00 PM to 3:00 AM CDT. Completed.
`, "2026-07-14T12:20:00-05:00", "2026-07-14T14:40:00-05:00", 140, "Object storage uploads failing in us-central-3"},
		{"a dateline in title case, written while it went on", "page.txt", `Harrowby mobile data outage leaves millions offline

The Harrow Herald Tech Desk
Leeds, Monday, March 9, 2026, 6:40 PM GMT
Updated 6:40 PM GMT

Customers of Harrowby Mobile have been without mobile data for most of Monday.

The disruption began at around 9:20 a.m. GMT, according to Harrowby, when phones showed full signal but could not load apps.

In a statement issued at 3 p.m., Harrowby blamed a fault in a core network element.

As of 6 p.m. GMT, mobile data services had not been restored, and the company gave no estimate for when they would be.
`, "2026-03-09T09:20:00Z", "", 0, ""},
		{"a related list's dates date no event", "page.txt", `Paycourt outage delays Friday paychecks

By Rita Ames
Published Mar. 13, 2026 at 4:10 p.m. ET

Thousands of workers did not see their pay on Friday after an outage at Paycourt.

The outage began at 6:05 a.m. Eastern and service was fully restored at 10:40 a.m., the company said in a statement Friday evening.

RELATED
- New rules on pay transparency (Mar. 2, 2026)
- Small-business confidence dips (Feb. 20, 2026)
`, "2026-03-13T06:05:00-04:00", "2026-03-13T10:40:00-04:00", 275, ""},
		{"across New Year's Eve, the cause told after the recovery", "page.txt", `关于12月31日跨年活动服务器异常的说明
发布时间：2027年1月1日 12:00

亲爱的玩家：

12月31日23:40起，大量玩家同时登录参加跨年活动，全服出现严重卡顿，部分玩家无法登录。该问题直到1月1日凌晨0:50全部恢复，持续约1小时10分钟，我们非常抱歉。

本次异常的主要原因是：活动场景采用单一实例，实际在23:35之后涌入人数达到平时峰值的2.4倍，场景服务器负载超限。

技术同学在23:45左右收到告警后，立即对活动场景分线扩容。0:20起大部分玩家可以正常登录，0:50全部服务器恢复稳定。回档问题影响了部分玩家在23:40至0:10期间获得的道具，我们将通过邮件补发。
`, "2026-12-31T23:40:00+08:00", "2027-01-01T00:50:00+08:00", 70, ""},
		{"a byline date beside its update, a comments link under it", "page.txt", `Tarnhill's code hosting went down for three hours on Tuesday

By Ana Brook
Mar 10, 2026, 4:48 PM PDT | Updated Mar 11, 2026, 10:05 AM PDT

Comments (88)

Tarnhill, the code hosting service, suffered a major outage on Tuesday that blocked pushes and merges.

The company's status page showed problems from 9:10 a.m. to 12:25 p.m. PT on Tuesday. Tarnhill said all services had been fully restored by 12:25 p.m.

According to Tarnhill, a routine update to its storage service sent a subset of nodes into a crash loop.
`, "2026-03-10T09:10:00-07:00", "2026-03-10T12:25:00-07:00", 195, ""},
		{"bracketed updates, the cause naming an earlier day", "page.txt", `【处理中】知远CRM部分客户无法登录

发布时间：2026-10-13 09:05　　最近更新：2026-10-13 11:40

尊敬的用户：

北京时间2026年10月13日（星期二）上午8:40起，部分企业用户登录知远CRM时出现“服务繁忙”提示。

【最新进展 11:40】
经排查，本次问题由10月11日（周日）凌晨系统维护后启用的新版权限缓存引起：早高峰大量用户同时登录，权限缓存频繁失效，导致数据库负载过高。目前仍在处理中。

【10:15 更新】
已定位到问题与权限服务相关，正在进行限流和扩容。

【09:05 发现问题】
我们已收到部分客户反馈无法登录，技术团队正在紧急排查。

历史公告
· 2026-10-11 00:00-04:00 系统升级维护公告（已完成）
`, "2026-10-13T08:40:00+08:00", "", 0, ""},
		{"a clock followed by its weekday", "page.txt", `Ferry ticketing still down on second day

By Corinne Aldama | Staff writer
Published 6:30 p.m. CT Sept. 21, 2026

The ferry operator's ticketing system remained out of service Monday evening, more than a day after it failed early Sunday.

The operator said the outage began at 5:12 a.m. Sunday, shortly before the first sailings. As of 6 p.m. Monday, the system remained down.
`, "2026-09-20T05:12:00-05:00", "", 0, ""},
		{"a Chinese note that all times are UTC", "page.txt", `某云存储服务中断事件回顾

（本文所有日期和时间均为协调世界时（UTC））

## 2026年3月2日 06:10 - 故障开始

一次配置推送使对象存储网关拒绝了全部写入请求。

## 2026年3月2日 07:25 - 服务全部恢复

回滚配置后，写入恢复正常。
`, "2026-03-02T06:10:00Z", "2026-03-02T07:25:00Z", 75, ""},
		{"the last region's failures continued until", "page.txt", `RCA – Traffic Manager – DNS resolution failures (Tracking ID: QX-41)

Summary of impact: Starting at 14:05 UTC on 5 Nov 2026, customers using Traffic Manager experienced DNS resolution failures. Most regions recovered by 15:10 UTC; customers served from our South America name servers continued to experience failures until 16:45 UTC, when all regions were fully recovered. Root cause: a malformed dataset was published at 14:05 UTC. Mitigation: engineers published a corrected dataset at 14:58 UTC. In South America, name servers had to be restarted manually, which completed at 16:45 UTC.
`, "2026-11-05T14:05:00Z", "2026-11-05T16:45:00Z", 160, ""},
	})
}

// TestTitleFormsEleven holds the titles of pages of our own writing in
// forms read from durations sets 8 and 9 and sealed set 57: a status
// history under a row of its filters; a dashboard whose first lines are
// its site and a long menu with buttons, then a list's heading; a status
// page whose banner gives a component's state first; a notice under a
// customer portal's name and a sentence that ends; a channel export under
// its count of subscribers.
func TestTitleFormsEleven(t *testing.T) {
	for _, c := range []struct {
		name, body, want string
	}{
		{"filters over the entry", `Harlow Cloud status history | Harlow Cloud
[Harlow Cloud](/)   Products ▾   Pricing   Support   Sign in

Harlow Cloud status history
Product: All   Region: All   Date: Last 90 days      [Watch: Harlow Status Stream]

This page contains root cause analyses (RCAs) of previous service issues.

March 2026

12/3  Post-incident review: Queue delivery failures in Eastmoor (em-2) (Tracking ID 8QR2-TT1)

What happened?

Between 08:10 UTC and 09:40 UTC on 12 March 2026, customers using queues in em-2 saw failures when sending messages.
`, "Post-incident review: Queue delivery failures in Eastmoor (em-2)"},
		{"a long menu with buttons, a list's heading", `Fellbrook Compute Services — Health Dashboard

[FCS logo]   Health Dashboard      Service health   |   Your account health   |   Event log   |   RSS      [Open your account health] [Sign in]

Cookie notice: We use essential cookies to make this site work and optional cookies to measure usage. [Accept all] [Essential only]

Service health  ›  Event log  ›  Europe

Open and recent issues
Service | Severity | Region | Last update
Block Storage | ● Resolved | Dublin (eu-west-3) | Apr 3, 2026, 4:10 PM IST

Increased latency – Block Storage – Dublin (eu-west-3)

Start time: Apr 3, 2026, 2:05 PM IST

Event log

| Date | Time | Update |
|------|------|--------|
| Apr 3, 2026 | 4:10 PM | [RESOLVED] Between 2:05 PM and 3:58 PM IST volumes in one zone saw increased latency after a firmware fault on a storage switch. |
`, "Increased latency – Block Storage – Dublin (eu-west-3)"},
		{"a component's state in the banner", `[![Kestrel](/img/kestrel.svg)](/)   Kestrel Status

⚠ Partial Outage — Build runners (Linux, eu-central)

Git Operations .................. Operational
Build Runners (Linux, eu-central) .. Partial Outage

Incidents

Slow job starts for Linux build runners in eu-central
Investigating

Investigating - Since 10:05 UTC, Linux jobs in eu-central are queuing longer than usual. We are investigating.
Posted 1 hour ago. May 4, 2026 - 10:21 UTC
`, "Slow job starts for Linux build runners in eu-central"},
		{"a portal's name and a sentence that ends", `Skelwith Cloud Customer Portal
Dashboard | Servers | Networking | Storage | Billing | Tickets | Notices
Logged in as: ops@customer.example   [Sign out]

Notices > Network > SKN-2026-0504-A

Reason for Outage (RFO): Packet loss and connection timeouts in Bergen (brg-1)

Notice type: Reason for Outage
Status: Closed
Region: brg-1 (Bergen)
Services: Cloud Servers, Private Networks, Load Balancers, Object Storage (brg-1 endpoint)
Event window: 17 March 2026, 02:14 - 04:37 CET (UTC+01:00)

Dear customer,

This notice explains the service disruption that affected the brg-1 region in the early hours of 17 March 2026.

1. Description of impact

Between 02:14 and 04:37 CET, traffic entering or leaving the brg-1 region, and a part of the traffic between racks inside the region, suffered packet loss of between 20% and 35%. Customers saw slow websites, TCP connection timeouts, failed API calls to the Object Storage endpoint, and load balancer health checks flapping. Traffic between servers in the same rack was not affected. No customer data was lost.

`, "Reason for Outage (RFO): Packet loss and connection timeouts in Bergen (brg-1)"},
		{"a channel's count of subscribers", `Tolland Bank — Service News
Telegram channel · 9,120 subscribers

Exported from Telegram Desktop on 08.04.2026 11:02

07.04.2026 08:14
⚠️ We know some of you can't make card payments right now. Our teams are working on it.

07.04.2026 09:47
✅ Card payments are working again. Sorry for the trouble this morning.
`, "We know some of you can't make card payments right now"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), "page.txt", "")
			if err != nil {
				t.Fatal(err)
			}
			if !titleRight(in.Title, realWorldGold{Title: c.want}) {
				t.Errorf("title %q, want %q", in.Title, c.want)
			}
		})
	}
}

// TestSectionFormsEleven holds what a Chinese post's parts and a notice's
// fields make of its summary and remediation: an image's placeholder
// ("[图片]") is no heading, a part numbered with its leading zero ("02
// 数据是否丢失") is one, a part on compensation ("04 补偿说明") is neither
// the summary nor the remediation; a record's fields under the title are
// no summary.
func TestSectionFormsEleven(t *testing.T) {
	post := `关于6月3日晚枫桥记账同步失败的复盘

[图片]

各位用户，大家好：

6月3日晚上，不少用户遇到账本打不开、记账保存失败的问题，给大家添了麻烦，非常抱歉。

01 发生了什么

6月3日当晚21时许，监控出现大量同步失败告警。最终确认是当天下午上线的一条统计查询长时间锁表。次日凌晨1点左右，各项服务全部恢复正常。

02 数据是否丢失

故障期间的账目先保存在本地，恢复后已自动上传，没有发现数据丢失。

03 我们做了哪些改进

1. 涉及核心账单表的新功能，上线前必须经过高峰压测；
2. 活动类功能与核心记账数据库隔离。

04 补偿说明

所有在6月3日使用过枫桥记账的会员用户，我们将赠送7天会员时长。
`
	in, err := extractOnce([]byte(post), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Summary, "不少用户遇到账本打不开") || strings.Contains(in.Summary, "赠送") {
		t.Errorf("summary %q, want the opening, not the compensation", in.Summary)
	}
	if strings.Contains(in.Remediation, "赠送") || !strings.Contains(in.Remediation, "高峰压测") {
		t.Errorf("remediation %q, want the improvements without the compensation", in.Remediation)
	}
	if strings.Contains(in.Cause, "没有发现数据丢失") {
		t.Errorf("cause %q runs into the next numbered part", in.Cause)
	}
	notice := `Skelwith Cloud Customer Portal

Reason for Outage (RFO): Packet loss in Bergen (brg-1)

Notice type: Reason for Outage
Status: Closed
Region: brg-1 (Bergen)
Services: Cloud Servers, Private Networks, Load Balancers, Object Storage (brg-1 endpoint)

Between 01:10 and 02:55 CET on 4 May 2026, traffic entering the brg-1 region suffered packet loss of about 30%.

Root cause

A line card in an aggregation router developed a hardware fault.
`
	in, err = extractOnce([]byte(notice), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Summary, "Services:") || !strings.Contains(in.Summary, "packet loss") {
		t.Errorf("summary %q, want the first paragraph, not the record's fields", in.Summary)
	}
}

// TestUntilThenAndBanners holds the edges of two forms: "直到<clock>…恢复"
// is a recovery only when nothing says it had not come ("直到10:30仍未恢
// 复" is none), and a state before a component's name is a banner only
// with its icon ("Partial outage - Payments API" may be an incident's own
// name).
func TestUntilThenAndBanners(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"该问题直到1月1日凌晨0:56全部恢复", true},
		{"直到21:30前后才恢复正常", true},
		{"直到10:30仍未恢复，我们仍在处理", false},
		{"我们将持续处理直到全部恢复为止", false},
	} {
		if got := resolvedNow(c.text); got != c.want {
			t.Errorf("resolvedNow(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"⚠ Partial Outage — Hosted runners (Linux, eu-west)", true},
		{"● Major outage - API", true},
		{"Partial outage - Payments API", false},
	} {
		if got := componentBanner.MatchString(c.line); got != c.want {
			t.Errorf("componentBanner(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestCauseNotTheRepairUnderWay holds that a news story's dek telling the
// work under way ("… as agency and vendor work to restore fare machines")
// is not taken for its cause when it names nothing that set the outage off.
func TestCauseNotTheRepairUnderWay(t *testing.T) {
	story := `9/14/26, 9:02 PM          Harbourline Transit ticketing system still down on second day | Keston Tribune-Record

KESTON TRIBUNE-RECORD
News   Politics   Business   Sports   Weather   Opinion          Subscribe: $1 for 6 months   Log in

TRANSPORTATION

Harbourline Transit ticketing system still down on second day

Riders told to board without paying as agency and vendor work to restore fare machines and app

By Dana Pryce | Staff writer
Published 6:30 p.m. CT Sept. 14, 2026

KESTON — Harbourline Transit's ticketing system remained out of service Monday evening, more than a day after it failed early Sunday, leaving fare machines dark and the agency's mobile ticket app unable to sell passes.

The agency said the outage began at 4:48 a.m. Sunday, shortly before the first trains of the day. As of 6 p.m. Monday, the system remained down, and officials said they hoped to have it working again by Tuesday morning, but could not promise that.

Until the system is restored, riders can board buses and trains without a ticket, and fare inspectors have been told not to issue citations, said Harbourline spokesperson Elliot Pryce.

"We'd rather carry people for free than leave them on the platform," Pryce said.

ADVERTISEMENT

According to Harbourline, the problem started during an overnight database upgrade carried out by its fare system vendor, Ellerby Fare Systems. The upgrade failed partway through and left the central fare database in a state that the ticket machines and app could not read. Efforts to roll back the upgrade on Sunday were unsuccessful because the most recent backup was also affected, Pryce said. Engineers from the vendor are now rebuilding the database from older backups and transaction logs.

Monthly pass holders whose passes were bought before the outage can still use them, but passes cannot be validated on the app, so riders have been asked to keep their receipts.

--------------------------------------------------------------------------------
https://www.kestoncourier.example/news/transportation/2026/09/14/vantry-ticketing-outage/        1/2

9/14/26, 9:02 PM          Harbourline Transit ticketing system still down on second day | Keston Tribune-Record

The outage is the first major failure of the fare system since it was installed in 2023, but it is not the first time the agency has suspended fares: Harbourline ran free service for a weekend in June during scheduled maintenance.

City council member Rosa Okafor said she would ask Harbourline's board for a full accounting of the outage and of the vendor's backup practices at the board's next meeting on Sept. 24.

Harbourline said it will post updates on its website and social media accounts. The next update is expected at 7 a.m. Tuesday.

RELATED
- Harbourline ridership tops pre-pandemic levels (Aug. 30, 2026)
- Board approves new fare system contract extension (May 12, 2026)

© 2026 Keston Tribune-Record. All rights reserved. Privacy Policy · Terms of Service · Your Privacy Choices

--------------------------------------------------------------------------------
https://www.kestoncourier.example/news/transportation/2026/09/14/vantry-ticketing-outage/        2/2
`
	in, err := extractOnce([]byte(story), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Cause, "work to restore") {
		t.Errorf("cause %q is the dek's work under way", in.Cause)
	}
}

// TestTemplateRowNoEvent holds that a postmortem template's example row,
// left above the real rows ("2026-02-11 HH:mm | Short event description."),
// is no event of the timeline; the real rows are.
func TestTemplateRowNoEvent(t *testing.T) {
	doc := `# Two cache nodes went into a restart loop

## Timeline

All times in UTC.

| Time             | Event                                      |
| :--------------- | ------------------------------------------ |
| 2026-02-11 HH:mm | Short event description.                   |
| 2026-02-11 09:41 | First cache node starts restarting.        |
| 2026-02-11 09:47 | Alert triggered in the team channel.       |
| 2026-02-11 10:32 | Memory limit raised; both nodes stable.    |
`
	in, err := extractOnce([]byte(doc), "pm.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "Short event description") {
			t.Errorf("event %q at %s is the template's example row", ev.Text, ev.At)
		}
	}
	if len(in.Timeline) != 3 || in.StartedAt != "2026-02-11T09:41:00Z" {
		t.Errorf("%d events from %s, want the 3 real rows from 09:41", len(in.Timeline), in.StartedAt)
	}
}
