package extract

import (
	"regexp"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestRFOBoxedSectionCause holds a plain-text RFO e-mail whose sections are
// boxed between rule lines of dashes as long as its hard-wrapped lines
// ("----…", "ROOT CAUSE", "----…"): the cause is the paragraph under the
// box, not the rule and the heading run together.
func TestRFOBoxedSectionCause(t *testing.T) {
	page := `From: Allendale Networks NOC <noc@allendale-networks.example>
To: customers-rfo@allendale-networks.example
Date: Thu, 12 Mar 2026 16:42:09 +0000
Subject: [RFO] Loss of transit in Prudhoe PoP - 11 March 2026

Dear Customer,

Please find below the Reason for Outage for the loss of IP transit affecting services
homed on our Prudhoe point of presence on Wednesday 11 March 2026.

--------------------------------------------------------------------------------
SUMMARY
--------------------------------------------------------------------------------

Between 09:14 and 11:02 UTC on 11 March 2026, customers with IP transit delivered from
the Prudhoe PoP experienced total loss of connectivity to upstream networks. Services
delivered from other PoPs were not affected.

--------------------------------------------------------------------------------
ROOT CAUSE
--------------------------------------------------------------------------------

A line card in the Prudhoe core router reset after a memory parity error, and the
router failed to reprogram its forwarding tables for the transit ports when the card
came back. Traffic towards upstream providers was silently discarded until the card
was reseated and the forwarding tables rebuilt by hand.

--------------------------------------------------------------------------------
TIMELINE (UTC)
--------------------------------------------------------------------------------

09:14  Monitoring alerts for loss of transit on prd-cr1
09:21  NOC engineers begin investigation
10:05  Field engineer dispatched to Prudhoe
10:48  Line card reseated; forwarding tables rebuilt
11:02  All transit sessions re-established; service restored

--------------------------------------------------------------------------------
PREVENTIVE ACTIONS
--------------------------------------------------------------------------------

- The line card has been replaced and returned to the vendor for analysis.
- We are upgrading the router software to a release that corrects the reprogramming
  fault, during a scheduled maintenance window to be announced separately.

We apologise for the disruption this caused. If you have any questions please contact
your account manager or reply to this e-mail.

Regards,
Allendale Networks Network Operations Centre
https://status.allendale-networks.example | +44 20 7946 0000
`
	in, err := extractOnce([]byte(page), "mail.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Cause, "A line card in the Prudhoe core router reset") {
		t.Errorf("cause %q, want the root-cause paragraph", in.Cause)
	}
	if strings.Contains(in.Cause, "-----") {
		t.Errorf("cause holds a rule line: %q", in.Cause)
	}
}

// TestNewsQuotedCauseOverSubheading holds a news story printed to text
// whose quoted statement gives the cause ("The cause was a failed power
// supply in a core network switch …") above a sub-heading asking "Why did
// the backup not work?" over the standby's firmware: the cause is the
// statement's, and the pattern it leads with is hardware.
func TestNewsQuotedCauseOverSubheading(t *testing.T) {
	page := `The Wylam Courier
News | Business | Technology | Sport | Opinion

Technology

Bellingham Broadband outage: what went wrong on Tuesday night

By Staff Reporter
Wednesday 18 March 2026, 7:15am

Tens of thousands of Bellingham Broadband customers lost their internet connection for
almost three hours on Tuesday evening, with homes and small businesses across the region
unable to get online between about 8.10pm and 11pm.

In a statement on Wednesday morning, the company said: "The cause was a failed power
supply in a core network switch at our Slaley data centre. We are very sorry for the
disruption this caused to our customers."

The company said engineers replaced the faulty unit shortly before 11pm, after which
connections were gradually restored.

Why did the backup not work?

Each core switch at the site has a standby twin that should take over within seconds if
the primary fails. Bellingham Broadband said the standby switch was running older
firmware that did not recognise the failure of the primary's power supply, so it never
took over the traffic. The firmware on all standby switches is being updated this week.

Will customers be compensated?

The company said customers affected for more than two hours would receive an automatic
credit on their next bill. Customers do not need to contact the company to claim it.

Ofcom said it was aware of the outage and was in contact with the company.

Related stories
- Mobile signal blackspots to be mapped across the county
- Fibre roll-out reaches 80 per cent of homes

© 2026 The Wylam Courier. All rights reserved. | Contact us | Privacy | Terms
`
	in, err := extractOnce([]byte(page), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "failed power supply") {
		t.Errorf("cause %q, want the statement's failed power supply", in.Cause)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "hardware" {
		t.Errorf("patterns %v, want hardware first", in.Patterns)
	}
}

// TestStatusHistoryInlineConfigChange holds a status-history entry told
// inline (What happened? … What went wrong and why? …) whose cause is a
// configuration change to name servers, beside words of its staged
// deployment and a pre-deployment validation check: config-change leads
// the patterns.
func TestStatusHistoryInlineConfigChange(t *testing.T) {
	page := `Seaton Cloud Status
Status | History | Subscribe | Support

Status history
Product:  All products    Region: All regions    Month: February 2026

24 February 2026

Post Incident Review (PIR) – DNS resolution failures for Seaton Cloud services – Tracking ID 7KQ2-T9D
What happened? Between 13:05 and 15:47 UTC on 24 February 2026, a subset of customers experienced failures resolving DNS names for Seaton Cloud services hosted in the North Europe and West Europe regions. Applications that depended on these names saw connection failures and timeouts. What went wrong and why? A configuration change intended to retire a legacy DNS delegation was applied to the production name servers. The change removed the delegation records for a zone that was still in use by several services, so queries for names in that zone returned NXDOMAIN. Our safe deployment process stages changes by region, beginning with a canary region and waiting for health signals before proceeding. A pre-deployment validation check compared the records to be removed against a list of zones in use, but the list had not been refreshed since January and did not include the zone. How did we respond? Automated alerts fired at 13:12 UTC. Engineers identified the change as the likely cause at 14:20 UTC and began restoring the delegation records; resolution recovered region by region and was complete at 15:47 UTC. How are we making incidents like this less likely? We have made the list of zones in use a live source for the validation check, and added a check that blocks the removal of delegation records that received queries in the last seven days. How can customers make incidents like this less impactful? Consider caching DNS results with a suitable time to live.

11 February 2026

Mitigated – Intermittent portal sign-in errors – Tracking ID 2PL8-V3X
What happened? Between 08:40 and 09:15 UTC on 11 February 2026, some customers saw errors when signing in to the portal. This issue is now mitigated.

Privacy | Terms | Accessibility | © Seaton Cloud 2026
`
	in, err := extractOnce([]byte(page), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "config-change" {
		t.Errorf("patterns %v, want config-change first", in.Patterns)
	}
}

// TestWindowFormsTwentyOne holds the window of pages of our own writing:
// a Slack export as text ("--- Tuesday, February 17th, 2026 ---", "[19:51]
// name: text", continuation lines indented, "*Impact:* From 19:42 to 21:26
// IST"); a French postmortem whose clocks read "01h35 CET" and "04h20
// CEST" the night summer time began; a 事件报告 whose rows run "约两个小时
// 后，即21时35分" to "次日（4月22日）凌晨1时20分"; a news page whose
// byline is its update, its start "7.40pm AEDT on Friday", a customer's
// "between 8pm and 10pm" and its end "until 12.25am on Saturday"; a bank's
// 致歉公告 beside a planned 结息 batch it says is unrelated; a Slack export
// whose dividers are drawn in box characters without a year ("Exported
// May 26, 2026"); a forum thread whose summary ends "at noon ET on January
// 15"; a New Zealand page across the night daylight saving ended ("2:00–
// 3:00 AM happened twice"); a council notice from "5.30pm" Friday to
// "8.15am on Monday", its maintenance hour and office hours beside; a
// Teams export stamped "Yesterday 15:58" over its writer's name; a
// mailing-list thread whose RFO's Start and End fields are far down, after
// a planned window; a carrier's bulletin newest first, some districts back
// by 15时20分 and one still down (no end); and a Slack export whose headers
// are "Jess Farrow  23:51", across midnight to "as of 00:52".
func TestWindowFormsTwentyOne(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a French postmortem whose clocks are 01h35 CET and 04h20 CEST, the night summer time began", "page.txt", `Lucker — Engineering blog
Product  |  Engineering  |  Careers  |  Contact

Postmortem: checkout unavailable during the night of 28–29 March

Posted by Camille Roussel, Head of Platform — 31 March 2026

On the night of Saturday 28 to Sunday 29 March 2026, customers of Lucker could not
complete a checkout in our web or mobile apps. Checkout was unavailable from 01h35 CET
until 04h20 CEST. That same night France changed to summer time at 02h00, so the wall
clock moved by 2h45, but the real duration was 1 hour 45 minutes.

What happened

A scheduled deploy of the payments service started at 00h50 CET. The new version added
an index to the orders table. On a table of our size the index build took a lock that
blocked every insert, so every new order waited until it timed out.

Timeline

  00h50  CET   Deploy begins
  01h35  CET   First checkout failures; order inserts time out
  01h52  CET   On-call engineer paged by the checkout error alert
  03h10  CEST  Lock on the orders table identified as the cause
  03h40  CEST  Deploy rolled back; index build cancelled
  04h20  CEST  Checkout success rate back to normal

(At 02h00 CET the clocks went forward to 03h00 CEST, so there is no 02h in this table.)

Root cause

The migration built the new index without the concurrent option, which took a lock on
the orders table for the whole build. Our migration linter did not check for this.

What we are changing

- Migrations that add an index must build it concurrently; the linter now checks it.
- Deploys touching the payments database are no longer scheduled at night.

Questions? Write to us at support@lucker.example.

© 2026 Lucker SAS · Lyon · Legal notice · Privacy
`, "2026-03-29T01:35:00+01:00", "2026-03-29T04:20:00+02:00", 105, ""},
		{"a cloud 事件报告 whose rows run past midnight to 次日凌晨", "notice.txt", `岚汐云 | 产品 | 解决方案 | 定价 | 文档 | 支持 | 控制台

首页 > 公告中心 > 事件报告

关于华东二区云数据库实例不可用的事件报告

更新时间：2026年4月23日    来源：岚汐云

尊敬的岚汐云用户：

2026年4月21日晚，岚汐云华东二区部分云数据库实例出现连接失败和写入超时，对您的业务造成了影响，我们深表歉意。现将事件情况报告如下。

一、影响范围
华东二区可用区B的云数据库MySQL实例，约占该地域实例总数的14%。

二、事件经过（北京时间）
4月21日19时42分，可用区B的存储集群中一组元数据节点出现异常，部分云数据库实例开始连接失败，故障开始。
19时50分，监控系统告警，值班工程师介入排查。
20时15分，定位为存储集群元数据节点异常，开始将受影响实例切换至备用存储集群。
约两个小时后，即21时35分，首批实例完成切换，连接恢复。
23时10分，约九成实例已恢复正常读写，剩余实例仍有写入超时。
次日（4月22日）凌晨1时20分，全部实例完成切换并恢复正常，故障结束。

三、故障原因
存储集群元数据节点在一次例行扩容后，新加入节点与原有节点的版本不一致，导致元数据同步失败，集群拒绝写入。

四、改进措施
1. 扩容前增加版本一致性校验；
2. 缩短实例切换至备用存储集群的时间；
3. 完善故障期间的用户通知机制。

我们将按照服务等级协议对受影响用户进行赔偿，详情请见控制台站内信。

岚汐云团队
2026年4月23日

关于我们 | 联系我们 | 服务条款 | 隐私政策
© 2026 岚汐云 版权所有
`, "2026-04-21T19:42:00+08:00", "2026-04-22T01:20:00+08:00", 338, ""},
		{"a news page whose end is past midnight, after a customer's hours", "page.txt", `Bardon Herald
Home  News  Business  Sport  Lifestyle  Weather

BUSINESS

Card payments fail across the country as Ellingham Bank outage hits Friday night trade

By Sophie Tran
Updated 14 February 2026 — 8:10am, first published 13 February 2026 — 9:35pm

Shoppers and diners were left unable to pay by card on Friday night after an outage at
Ellingham Bank knocked out its EFTPOS and online banking services.

The bank confirmed the outage began at 7.40pm AEDT on Friday and said it had affected
card payments, its mobile app and internet banking.

"We know how frustrating this has been for our customers and for the businesses that
rely on us, particularly on a busy Friday night," a spokesperson said.

Restaurant owner Marco Bellini, who runs a trattoria in Fitzroy, said half of his
customers had been unable to pay between 8pm and 10pm. "People were running to the ATM
down the street, but that was Ellingham too," he said.

The bank said its app and internet banking came back shortly after 10.30pm, but card
payments made through its terminals continued to be declined until 12.25am on Saturday,
when all services were fully restored.

The bank has not yet said what caused the outage. It said it would cover any fees
customers were charged because of failed payments.

Read more:
- How to keep a back-up payment method for an outage
- Retailers call for more resilient payment networks

Bardon Herald · Contact · Advertise · Privacy Policy · © 2026
`, "2026-02-13T19:40:00+11:00", "2026-02-14T00:25:00+11:00", 285, ""},
		{"a bank 致歉公告 beside a planned 结息 batch it says is unrelated", "notice.txt", `澜栖银行 | 个人业务 | 公司业务 | 信用卡 | 网上银行 | 关于我们

首页 > 关于我们 > 本行公告

澜栖银行关于6月30日夜间系统故障的致歉公告

发布日期：2026-07-01    来源：澜栖银行办公室

尊敬的客户：

2026年6月30日23时50分，我行核心系统数据库出现故障，导致手机银行、网上银行转账及借记卡刷卡、取现等业务无法正常办理。故障发生后，我行立即启动应急预案，组织技术人员全力抢修。7月1日凌晨2时30分，各项业务已全部恢复正常。本次故障持续约2小时40分钟。

经初步排查，本次故障系核心系统数据库存储设备的一块控制器板卡故障，主备切换未能自动完成所致。

我行已于6月25日发布公告，定于7月1日0时30分至1时30分进行半年度结息批量处理，期间部分查询业务可能短暂延迟。该项计划维护按期完成，与本次系统故障无关。

故障期间，如您的交易出现扣款未到账等情况，相关款项将于7月2日前自动退回，无需您另行操作。如有疑问，请拨打我行客服热线95000-0000咨询。

因本次故障给您带来的不便，我行深表歉意！我们将认真总结，进一步提升系统稳定性。

特此公告。

澜栖银行股份有限公司
2026年7月1日

网站地图 | 联系我们 | 隐私声明
© 2026 澜栖银行 版权所有
`, "2026-06-30T23:50:00+08:00", "2026-07-01T02:30:00+08:00", 160, ""},
		{"a forum thread whose staff summary ends at noon ET", "page.txt", `Cresswell Games Community Forums
Latest   Categories   Top   Search   Log In

Login servers down — can't get into ranked
Announcements  ·  server-status  ·  outage

kilnfire                                                            Jan 15, 2026
Can't log in at all, stuck on "Connecting to Cresswell services" for an hour now. Anyone else?
  3 Replies   41 Likes

Cresswell_Mira  Community Manager                                   Jan 15, 2026
Hey all, we know logins are failing. The team is on it and we'll post updates in this thread.

Cresswell_Mira  Community Manager                                   Jan 15, 2026
Update: the login servers are coming back. Casual playlists are open again; matchmaking for ranked is still disabled while we check the queue servers.

Cresswell_Theo  Live Ops                                            Jan 15, 2026
Matchmaking and ranked are back on as of noon ET. Thanks for hanging in there, everyone.

Cresswell_Mira  Community Manager                                   Jan 16, 2026
Summary for anyone catching up: Our login servers went down at 11:54 PM ET on January 14 after a certificate used between the login service and the account database expired. Logins were restored around 9:30 AM ET once a new certificate was issued and rolled out, and matchmaking and ranked queues came back at noon ET on January 15, when the service was fully restored. Everyone who logs in this week will get a 3-day XP boost.
  12 Likes

grumblegoat                                                         Jan 16, 2026
Appreciate the write-up. Any chance the XP boost stacks with the weekend event?

Cresswell_Mira  Community Manager                                   Jan 16, 2026
It does stack!

This topic was automatically closed 7 days after the last reply. New replies are no longer allowed.

Suggested Topics
Patch 4.2 notes — January 20                    Announcements   Jan 20
Ranked season 9 rewards                         Announcements   Jan 8

Terms of Service  ·  Privacy Policy  ·  Powered by Discourse
`, "2026-01-14T23:54:00-05:00", "2026-01-15T12:00:00-05:00", 726, ""},
		{"a New Zealand page across the night daylight saving ended", "page.txt", `Whalton Health status
Status  ·  Incidents  ·  Subscribe to updates

Patient booking unavailable
Resolved  ·  Affected: Online booking, Clinic app

Updates

Resolved
Sun 5 Apr 2026, 2:58 AM NZST
Bookings are working again for all clinics and we've confirmed that no appointments were lost. New Zealand daylight saving ended at 3:00 AM NZDT this morning, when clocks went back to 2:00 AM NZST. That means 2:00–3:00 AM happened twice tonight, so to be clear about timing: The outage lasted from 11:15 PM NZDT on Saturday to 2:40 AM NZST on Sunday — about four and a half hours, not three and a half. We'll publish a full write-up this week.

Monitoring
Sun 5 Apr 2026, 2:41 AM NZST
A fix has been deployed and bookings are succeeding again. We're keeping an eye on things.

Identified
Sun 5 Apr 2026, 1:20 AM NZDT
The booking service's scheduled job that recalculates clinic opening hours for the daylight saving change locked the appointments table. We're stopping the job and releasing the lock.

Update
Sun 5 Apr 2026, 12:05 AM NZDT
Still investigating. Phone bookings through clinics are working as normal.

Investigating
Sat 4 Apr 2026, 11:31 PM NZDT
Patients can't make or change bookings online or in the app. We're looking into it.

Powered by incident.io  ·  Privacy  ·  Whalton Health Ltd, Wellington
`, "2026-04-04T23:15:00+13:00", "2026-04-05T02:40:00+12:00", 265, ""},
		{"a council notice over a weekend, its maintenance and office hours beside", "page.txt", `Mitford Shire Council
Home | Services | Your Council | News | Contact us

News and media releases

Online services outage – update and apology

Published: Monday 10 November 2025

Council's online services, including rates payments, online forms, library bookings
and the Report an Issue portal, were unavailable from Friday evening until Monday
morning. We apologise to residents and businesses who were unable to use these
services over the weekend.

What happened

Council carried out planned maintenance on its customer request system between 4pm
and 5pm on Friday 7 November 2025. The maintenance finished on time and the system was
working normally afterwards.

At 5.30pm the web server that hosts Council's online services stopped responding after
a storage volume filled up. Because the fault happened outside business hours, the
alert was not acted on until Saturday morning, and a replacement volume could only be
provisioned by our hosting provider on Sunday evening.

All online services were fully restored at 8.15am on Monday 10 November 2025.

What we are doing

- Storage alerts now go to the on-call IT officer after hours.
- We are moving our online services to a hosting plan with weekend support.

Rates payments due on Friday 7 November will be accepted without penalty until Friday
14 November 2025.

All times are Australian Eastern Daylight Time (AEDT).
Customer Service: 1300 000 001, Monday to Friday, 8.30am to 5pm
Mitford Shire Council acknowledges the Traditional Custodians of the land.
Privacy | Accessibility | Copyright © Mitford Shire Council 2025
`, "2025-11-07T17:30:00+11:00", "2025-11-10T08:15:00+11:00", 3765, ""},
		{"a mailing-list thread whose RFO fields are far down", "mail.txt", `Ingram-IX operators mailing list archive
[ Date index ] [ Thread index ] [ Subscribe ]

Thread: Route server firmware upgrade, 31 August

========================================================================
From: Tom Ashby <tom.ashby@ingram-ix.example>
Date: Fri, 29 Aug 2025 10:14:51 +0000
Subject: [ix-ops] Planned: route server firmware upgrade, Sun 31 Aug
========================================================================

Hi all,

We will upgrade the firmware on both route servers
(rs1 and rs2) on Sunday 31 August
(window 22:00–22:30 UTC).

Sessions will be moved one server at a time,
so members with sessions to both should see no impact.

Regards,
Tom
Ingram-IX NOC

========================================================================
From: Hanna Vogt <hv@bedlington-net.example>
Date: Mon, 1 Sep 2025 03:21:07 +0000
Subject: Re: [ix-ops] Planned: route server firmware upgrade, Sun 31 Aug
========================================================================

Tom,

We lost both sessions to rs1 and rs2 late last night
and only got them back about twenty minutes ago.
Was that the upgrade? It was well after the window.

Hanna
AS64511

========================================================================
From: Raj Patel <raj@cramlington-hosting.example>
Date: Mon, 1 Sep 2025 06:02:44 +0000
Subject: Re: [ix-ops] Planned: route server firmware upgrade, Sun 31 Aug
========================================================================

Same here, both sessions down for hours.
Our traffic fell back to transit, which was
not cheap on a Sunday night. An RFO would be appreciated.

Raj

========================================================================
From: Tom Ashby <tom.ashby@ingram-ix.example>
Date: Mon, 1 Sep 2025 14:37:19 +0000
Subject: [ix-ops] RFO: route server sessions lost, 31 Aug - 1 Sep
========================================================================

Hi all,

Apologies for the disruption. RFO below.

Summary:  Members lost BGP sessions to both route
          servers after the firmware upgrade.

Start:    2025-08-31 22:40 UTC (first BGP sessions lost,
          confirmed by member reports and our monitoring)
End:      2025-09-01 03:05 UTC (rollback complete,
          all sessions re-established)

Cause:    The new firmware rejected the large
          communities that many members send, and
          reset each session that sent one. The
          upgrade itself finished at 22:26 UTC, inside
          the window; sessions began to drop as members
          re-announced their routes.

Actions:  Both route servers rolled back to the
          previous firmware. The new release will be
          tested against a copy of live announcements
          before another attempt.

Tom
Ingram-IX NOC

========================================================================
From: Hanna Vogt <hv@bedlington-net.example>
Date: Mon, 1 Sep 2025 15:02:30 +0000
Subject: Re: [ix-ops] RFO: route server sessions lost, 31 Aug - 1 Sep
========================================================================

Thanks Tom, clear enough.

Hanna

========================================================================
Ingram-IX mailing list archive · ix-ops@ingram-ix.example
`, "2025-08-31T22:40:00Z", "2025-09-01T03:05:00Z", 265, ""},
		{"a carrier bulletin newest first, some districts back and one still down", "notice.txt", `松涧通信 | 个人客户 | 家庭宽带 | 政企客户 | 网上营业厅 | 帮助中心

首页 > 服务公告 > 网络通告

关于部分地区家庭宽带无法上网的通告（持续更新）

发布时间：2026年3月9日 10:25    最近更新：2026年3月9日 16:05

尊敬的松涧通信用户：

【第三次更新　3月9日16时05分】
经抢修，东湖区、南岸区的宽带业务已于15时20分前后陆续恢复，用户重启光猫后即可正常上网。北城区仍有大量用户无法上网，抢修人员正在更换受损的主干光缆，暂时无法确定全部恢复时间，我们将在有新进展时及时更新本通告。

【第二次更新　3月9日12时40分】
经排查，本次故障由市政道路施工挖断我司两条主干光缆引起。根据网管系统记录，宽带业务中断的实际开始时间为当日9时35分，而非首次通告中所说的"10时许"，特此更正。

【首次通告　3月9日10时25分】
今日10时许起，我司东湖区、南岸区、北城区部分家庭宽带用户出现无法上网的情况，手机业务未受影响。我司已组织技术人员紧急排查，给您带来不便，敬请谅解。

【温馨提示】
1. 故障期间无需重复报修；
2. 故障恢复后，我司将根据实际中断时长对受影响用户进行补偿，具体方案另行公告。

松涧通信客户服务中心
客服热线：10000-0000（24小时）

关于我们 | 网站地图 | 隐私政策 | © 2026 松涧通信
`, "2026-03-09T09:35:00+08:00", "", 0, ""},
		{"a Slack export with 24-hour clocks beside its writers, across midnight", "page.txt", `Greenhead Post Slack export
Channel: #incident-webhooks
Exported 2026-03-04 by Jess Farrow
Times shown in GMT (UTC+00:00)

──────── Monday, March 2nd, 2026 ────────

Jess Farrow  23:51
Paged for webhook delivery failures. Dashboard shows failed deliveries climbing since 23:38, about 70% of webhooks to customer endpoints are failing with TLS errors.

Sam Okafor  23:55
Looking. The egress proxy pool was rotated to new nodes at 23:30.

Jess Farrow  23:58
Customers with strict TLS endpoints are the ones failing. Others are fine.

──────── Tuesday, March 3rd, 2026 ────────

Sam Okafor  00:12
New proxy nodes are missing the intermediate cert bundle. Rolling back the pool to the old nodes.

Jess Farrow  00:27
Rollback is at 50%.
Webhooks to the strict endpoints are still failing on the nodes that haven't rolled back yet, retries are queueing.

Sam Okafor  00:41
Rollback complete. Retry queue draining, about 4,000 left.

Jess Farrow  00:55
Retry queue empty, all webhooks delivering as of 00:52. That's everything back. I'll write it up in the morning.

Sam Okafor  09:14
Postmortem doc started, linked in the channel topic.
`, "2026-03-02T23:38:00Z", "2026-03-03T00:52:00Z", 74, ""},
	})
	checked := []struct {
		windowCase
		check func(t *testing.T, in *data.Incident)
	}{
		{windowCase{"a Slack export as text, its days divided and its messages bracketed", "page.txt", `Slack export — Haydon Pay (haydonpay.slack.example)
Channel: #inc-2026-0217-upi-collect-failures
Exported: 2026-02-18 10:02 by priya.raman
Timezone: IST (UTC+05:30)
================================================================================

--- Tuesday, February 17th, 2026 ---

[19:51] incident-bot: Incident declared by @arjun.mehta
        Title: UPI collect requests failing for merchants
        Severity: SEV2
        Commander: @arjun.mehta
[19:53] arjun.mehta: Success rate on UPI collect is down to about 40% since 19:42. Pulling
        in payments-core and the gateway on-call.
[19:58] kavya.iyer: Gateway logs show timeouts calling the bank switch. Our side looks
        healthy, CPU and pools are fine.
[20:06] deepak.nair: Bank partner confirms degraded switch on their end, they are failing
        over to their DR site.
[20:31] arjun.mehta: Posted on the status page. Merchants are seeing "payment pending" on
        collect requests.
[20:47] kavya.iyer: DR switch is up on the bank side but latency is still high, about 8s
        p95.
[21:14] deepak.nair: Latency back under 1s. Success rate 97% and climbing.
[21:26] kavya.iyer: Success rate back to baseline, 99.6%. Queued retries drained.
[21:33] arjun.mehta: Closing this out.
        *Summary:* UPI collect requests failed or timed out for merchants because our
        partner bank's payment switch degraded.
        *Impact:* From 19:42 to 21:26 IST, about 60% of collect requests failed.
        *Follow-ups:* retry budget review, bank escalation path. Postmortem tomorrow.
[21:34] incident-bot: Incident resolved by @arjun.mehta

--- Wednesday, February 18th, 2026 ---

[09:40] priya.raman: Postmortem doc is up, please add your notes before 4pm. Bank RCA
        expected Friday.

================================================================================
End of export · 14 messages
`, "2026-02-17T19:42:00+05:30", "2026-02-17T21:26:00+05:30", 104, ""}, func(t *testing.T, in *data.Incident) {
			run := regexp.MustCompile(`\[\d`)
			for _, ev := range in.Timeline {
				if run.MatchString(ev.Text) {
					t.Errorf("messages run together: %q", ev.Text)
				}
			}
		}},
		{windowCase{"a Slack export whose box-drawn dividers have no year", "page.txt", `Slack export — Beadnell Labs
Exported May 26, 2026 by Dana Whitlock (workspace admin)
All times shown in Pacific Time (PDT, UTC−7)

──────────── Friday, May 22nd ────────────

Incident Bot  12:02 PM
:rotating_light: Incident declared — SEV2 — IC: @dana.whitlock
Checkout API p99 latency above 8 seconds

Dana Whitlock  12:04 PM
Taking IC. Seeing checkout timeouts from web and iOS, error rate around 18%.

Marcus Lee  12:09 PM
Dashboards show the first errors at 11:48 AM, right after the cart-service config push at 11:46. Using 11:48 as start.

Priya Shah  12:21 PM
Rolling back the cart-service config now.

Marcus Lee  12:40 PM
Rollback done but p99 still around 5s. Connection pool on the orders DB is still saturated.

Priya Shah  1:12 PM
Recycled the orders DB pool; p99 down to 1.9s and falling.

Dana Whitlock  1:55 PM
Error rate under 0.5%. Watching for another 20 minutes before we call it.

Dana Whitlock  2:17 PM
Resolving. Thanks all. Impact: 11:48 AM – 2:15 PM.

Incident Bot  2:17 PM
Incident resolved by @dana.whitlock.

──────────── Tuesday, May 26th ────────────

Dana Whitlock  10:30 AM
Postmortem draft is in the incident doc. Review Thursday 11 AM.
`, "2026-05-22T11:48:00-07:00", "2026-05-22T14:15:00-07:00", 147, ""}, func(t *testing.T, in *data.Incident) {
			if strings.HasPrefix(in.Title, ":") {
				t.Errorf("title %q is the bot's emoji line", in.Title)
			}
		}},
		{windowCase{"a Teams export stamped Yesterday and Today", "page.txt", `Microsoft Teams — chat export
Team: Pegswood Logistik IT  ›  Channel: Störungen / Incidents
Exported 02.12.2025 09:05 (CET, Europe/Berlin) by Jonas Brandt

Yesterday 15:58
Lena Hoffmann
Scanner app in both Hamburg warehouses can't reach the WMS, pickers get "Verbindung fehlgeschlagen" on every scan.

Yesterday 16:07
Jonas Brandt
Confirmed, WMS API returns 502 since 16:05. Looking at the load balancer now.

Yesterday 16:31
Emre Yilmaz
The load balancer certificate for wms-api was renewed at 16:00 and the new chain is missing the intermediate. Scanners reject it, browsers don't.

Yesterday 17:10
Jonas Brandt
Vendor is sending the full chain. Warehouses switched to paper pick lists for now.

Yesterday 18:45
Emre Yilmaz
New chain installed on the first load balancer node, scanners in Hamburg-Nord connect again. Rolling the second node.

Yesterday 19:42
Lena Hoffmann
Both warehouses scanning normally again, backlog of paper picks being entered.

Yesterday 19:50
Jonas Brandt
Closing the incident. Impact: 16:05–19:40 CET, all handheld scanners in both warehouses. Cause: incomplete certificate chain after renewal. Action: add chain check to the renewal runbook.

Today 08:12
Lena Hoffmann
Backlog fully entered, no lost orders. Thanks everyone.

— End of export —
Pegswood Logistik GmbH · IT Operations · intern
`, "2025-12-01T16:05:00+01:00", "2025-12-01T19:40:00+01:00", 215, ""}, func(t *testing.T, in *data.Incident) {
			said := false
			for _, ev := range in.Timeline {
				switch ev.Text {
				case "Lena Hoffmann", "Jonas Brandt", "Emre Yilmaz":
					t.Errorf("an event is its writer's name: %q %q", ev.At, ev.Text)
				}
				said = said || strings.Contains(ev.Text, "Vendor is sending the full chain")
			}
			if !said {
				t.Errorf("no event carries a message's words: %v", in.Timeline)
			}
		}},
	}
	for _, c := range checked {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), c.file, "")
			if err != nil {
				t.Fatal(err)
			}
			holdWindow(t, in, c.start, c.end, c.minutes)
			c.check(t, in)
		})
	}
}

// TestInstatusTimelineHeadingNotTitle holds an Instatus-like page whose
// heading under the incident's title is "Timeline (times in IST,
// GMT+5:30)": the title is the incident's own, not that heading.
func TestInstatusTimelineHeadingNotTitle(t *testing.T) {
	page := `Belsay Books status
Home · Incidents · Subscribe

← Back to all incidents

Invoice PDFs not generating
Resolved · Affected: Invoicing, Email delivery

Timeline (times in IST, GMT+5:30)

Resolved
All queued invoice PDFs have been generated and emailed. Invoices created between 10:12 and 11:48 went out late but none were lost.
Mar 10, 2026 at 12:05

Monitoring
We restarted the PDF rendering workers with more memory and the queue is draining.
Mar 10, 2026 at 11:48

Identified
The PDF rendering workers are running out of memory on invoices with very long item lists, and restarting in a loop.
Mar 10, 2026 at 11:10

Investigating
Customers report that invoice PDFs are not being generated. We're looking into it.
Mar 10, 2026 at 10:31

Powered by Instatus
`
	in, err := extractOnce([]byte(page), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Invoice PDFs not generating" {
		t.Errorf("title %q, want the incident's own", in.Title)
	}
}

// TestSouthAfricanHClockWindow holds a South African news page whose
// clocks are written 21h05, 23h40 and 01h25, beside an earlier planned
// maintenance "between 19h00 and 20h30": the window runs from 21h05 to
// 01h25 the next day, not from the maintenance. The page names no zone,
// so the hours and minutes are compared as written.
func TestSouthAfricanHClockWindow(t *testing.T) {
	page := `Gilsland Daily
News | Business | Tech | Sport | Opinion | Lifestyle

TECH

Humbleton Mobile customers left without data and airtime purchases overnight

By Thandi Mokoena | Published 14 Aug 2026

Humbleton Mobile subscribers across the country were unable to buy data or airtime,
and many lost their mobile data connection entirely, during an outage that stretched
from Thursday night into the early hours of Friday.

The network operator said in a statement that the problems started at 21h05 on Thursday,
when "a fault in a core network component" caused data sessions to drop. The company had
carried out planned maintenance on its billing platform earlier on Thursday evening,
between 19h00 and 20h30, but said the two were not related.

By 23h40 most customers could make calls again, but data and recharges through the app,
USSD and retail partners were still failing. Humbleton Mobile said all services were
restored at 01h25 on Friday.

"We apologise to our customers for the inconvenience caused and are investigating the
root cause with our equipment vendor," the company said.

Customers on social media said they had been unable to buy bundles or send money to
family. Some small businesses said they could not process card payments over mobile
point-of-sale devices.

The company said affected prepaid customers would receive 1GB of free data within 48
hours.

More in Tech
- Fibre operators warn of load-shedding battery theft
- New spectrum auction set for next year

Gilsland Daily © 2026 | About | Advertise | Privacy
`
	in, err := extractOnce([]byte(page), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.StartedAt, "T19:00") || !strings.Contains(in.StartedAt, "2026-08-13T21:05") {
		t.Errorf("started %q, want the 21h05 of 13 August", in.StartedAt)
	}
	if !strings.Contains(in.EndedAt, "2026-08-14T01:25") {
		t.Errorf("ended %q, want the 01h25 of 14 August", in.EndedAt)
	}
}
