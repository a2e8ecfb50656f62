package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestWindowFormsTwenty holds the window of pages of our own writing, in
// forms read from durations set 16's odd lines and sealed set 66 (no
// longer held out once set 17 and sealed set 67 were written).
func TestWindowFormsTwenty(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a game's planned maintenance, then the login failures after it", "notice.txt", `塔坡利互娱  |  《镜湖录》官方网站
首页   新闻资讯   游戏特色   玩家社区   客服中心

5月7日维护后登录异常的说明及补偿公告
2026-05-07 15:20    来源：《镜湖录》运营团队

亲爱的玩家：

2026年5月7日（周四）7:00至9:30，《镜湖录》按计划进行了例行停服维护，维护于9:30准时结束并开放登录。维护结束后，9时52分起，部分玩家在登录时出现“服务器连接失败”的提示。经技术团队紧急处理，所有服务器已于11时15分恢复正常。

【问题原因】
本次维护中更新了角色数据服务。登录人数增加后，该服务的一个数据库连接池被占满，导致部分登录请求失败。

【处理过程】
9时52分，部分服务器开始出现登录失败；
10时05分，技术团队开始排查；
10时40分，“白鹭”“青萍”两个大区恢复正常登录；
11时15分，“沧浪”大区完成数据校验后恢复登录，问题全部解决。

【常见问题】
问：我在9:30至9:52之间已经登录，中途掉线，进度会丢失吗？
答：不会，掉线前的进度已正常保存。

《镜湖录》运营团队
2026年5月7日
`, "2026-05-07T09:52:00+08:00", "2026-05-07T11:15:00+08:00", 83, ""},
		{"a bank's planned upgrade, then the transfer failures after it", "notice.txt", `马尔帕斯银行
首页 > 关于我们 > 本行公告

关于6月13日系统升级后手机银行转账异常的说明

发布日期：2026-06-13    来源：马尔帕斯银行

尊敬的客户：

我行已于2026年6月13日（星期六）01:00至05:00对信用卡系统进行了升级，升级工作已按计划于05:00完成。

升级完成后，我行手机银行于当日06:25至08:10出现转账异常，部分客户转账时提示“交易处理中”。经排查，本次异常系升级后转账服务的一项接口参数未同步更新所致。

因本次异常给您带来的不便，我行深表歉意。

马尔帕斯银行股份有限公司
2026年6月13日
`, "2026-06-13T06:25:00+08:00", "2026-06-13T08:10:00+08:00", 105, ""},
		{"a closing update that says when the trouble stopped and caught up", "incident.txt", `Nantwich Books Status

Invoices not syncing to the ledger
Incident Report for Nantwich Books

Resolved
All invoices have caught up. Looking back over the whole incident, invoices stopped arriving in the ledger at 3:10 PM EDT and the last delayed invoice was brought fully up to date at 5:52 PM EDT. Nothing was lost.
Posted Apr 2, 2026 - 6:05 PM EDT

Identified
A change to the sync worker deployed at 2:58 PM EDT is rejecting some invoices. We are rolling it back.
Posted Apr 2, 2026 - 4:02 PM EDT

Investigating
We're investigating reports that invoices have not synced since around 3:35 PM EDT.
Posted Apr 2, 2026 - 3:48 PM EDT
`, "2026-04-02T15:10:00-04:00", "2026-04-02T17:52:00-04:00", 162, ""},
		{"two parts' windows that open together", "incident.txt", `Audlem Timesheets status

← All incidents

Timesheets not saving
Resolved

Started Mar 3, 2026 at 7:10 am NZDT
Lasted 2h 5m

Updates

Resolved
Mar 3, 2026 at 9:20 am NZDT
Everything is back to normal. Entries made in the mobile app between 7:10 am and 8:02 am were kept on the phones and have now been sent to us. Managers may want to check entries made on the web between 7:10 am and 9:15 am and ask staff to resubmit if one is missing.

Investigating
Mar 3, 2026 at 7:31 am NZDT
Some staff can't save their timesheets. We're looking into it.
`, "2026-03-03T07:10:00+13:00", "2026-03-03T09:15:00+13:00", 125, "Timesheets not saving"},
		{"a timeline row that says the work started failing after the deploy's row", "postmortem.md", `# Builds stuck in the queue

## Timeline (UTC, 4 March 2026)

| Time | Event |
|---|---|
| 07:05 | dispatcher v2.4.0 rollout completes in all regions |
| 07:31 | Dispatch rate falls; jobs start queueing |
| 08:02 | Incident declared |
| 08:40 | Rollback to v2.3.9 started |
| 09:26 | Queue drained; wait times back to normal |

## Root cause

The dispatcher v2.4.0 compared a timeout in seconds with one in milliseconds.
`, "2026-03-04T07:31:00Z", "2026-03-04T09:26:00Z", 115, ""},
		{"a game's account of events that opens with its maintenance, done on time", "notice.txt", `关于5月1日登录异常的说明

发布时间：2026-05-02 10:00　来源：《霜林纪》运营团队

5月1日晚间，《霜林纪》出现登录异常，部分玩家无法登录游戏。现将情况说明如下（均为北京时间）：

【时间经过】
5月1日上午6:00—9:00　劳动节版本"山歌会"更新维护，维护按时完成，上午9:00开服后一切正常。
5月1日晚20时10分　登录服务器开始出现异常，部分玩家登录时提示"网络连接超时"。
5月1日晚20时40分　确认登录队列服务达到上限，开始扩容。
5月1日晚21时05分　全部服务器恢复正常，本次异常结束。

【原因说明】
活动开启前大量玩家提前登录，登录队列服务达到上限后未能自动扩容。
`, "2026-05-01T20:10:00+08:00", "2026-05-01T21:05:00+08:00", 55, ""},
		{"a history's first review, its failure's name hyphenated", "history.txt", `Knutsford Cloud status history

Product: All products ▾    Region: All regions ▾

March 2026

12
Post Incident Review (PIR) - Log-in failures - Knutsford Directory - Multiple regions (Tracking ID: KD-4R2)

Summary of impact: Between 08:05 UTC and 10:35 UTC on 12 Mar 2026, a subset of customers using Knutsford Directory experienced failures when signing in to their applications.

Root cause: A cache in the token-validation service kept serving the previous signing key after a planned key rotation.

Mitigation: We flushed the cache region by region; all sign-ins succeeded from 10:35 UTC.

4
Post Incident Review (PIR) - Virtual machine start failures - North West (Tracking ID: KV-9P1)

Summary of impact: Between 14:02 UTC and 14:44 UTC on 04 Mar 2026, a subset of customers in North West received errors when starting virtual machines.

Root cause: A deployment introduced a regression in how allocation requests were batched.
`, "2026-03-12T08:05:00Z", "2026-03-12T10:35:00Z", 150, ""},
		{"a form's date of incident over its clock-only times, in a mail sent days later", "rfo.txt", `From: Lymm Telecom NOC <noc@lymmtelecom.example>
Date: Wed, 11 Mar 2026 10:12:40 +0530
Subject: RFO - Internet Leased Line outage - 09/03/2026

Dear Sir/Madam,

Please find below the Reason for Outage for the interruption to your leased line service.

Customer Name: Mobberley Foods Pvt. Ltd.
Date of Incident: 09/03/2026
Outage Start Time: 9:40 a.m. IST
Full Restoration: 1:25 p.m. IST
Reason for Outage: Fibre cut by a third party

Thanks & Regards,
NOC Team
`, "2026-03-09T09:40:00+05:30", "2026-03-09T13:25:00+05:30", 225, ""},
	})
}

// TestTitlesUnderLabels holds the titles of pages whose first lines that
// read like one are a kind of incident ("Service Disruption") or a
// notice's part in brackets under a site's head and a menu with its
// hotline.
func TestTitlesUnderLabels(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{`Helsby Exchange Status
status.helsbyexchange.example

Home   |   Incident History   |   Subscribe   |   Help Center

Service Disruption
Withdrawals delayed on Helsby Exchange

Incident Status: Resolved
Components: Withdrawals

March 2, 2026 9:20AM KST
[Resolved] Withdrawals have been processed normally since 9:05AM KST and every delayed withdrawal has now reached its destination wallet. No funds were lost. Thank you for your patience.

March 2, 2026 8:10AM KST
[Investigating] Some withdrawals are taking much longer than usual to be sent. Funds are safe; we are looking into the cause and will update this page within 30 minutes.
`, "Withdrawals delayed on Helsby Exchange"},
		{`威宁宽带 | 客户服务中心
首页　宽带办理　套餐资费　故障报修　网上营业厅　　　　　　客服热线：10088-0000

首页 > 服务公告 > 故障通报

关于3月2日东桥区固定宽带业务中断的故障通报

发布时间：2026年3月3日 10:00

尊敬的用户：

2026年3月2日夜间，我公司东桥区部分小区固定宽带业务出现中断。现将故障情况通报如下：

【故障时间】
2026年3月2日22时10分至次日凌晨1时05分（北京时间）。

【故障原因】
汇聚机房一台核心交换设备主控板卡故障，且备用板卡未能正常接管。
`, "关于3月2日东桥区固定宽带业务中断的故障通报"},
	} {
		in, err := extractOnce([]byte(c.page), "page.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Title != c.want {
			t.Errorf("title %q, want %q", in.Title, c.want)
		}
	}
}

// TestRequotedLinesNoEvents holds a mailing list's reply that quotes the
// first message's lines again: the quote repeats what was said, and its
// clock time is no event of its own.
func TestRequotedLinesNoEvents(t *testing.T) {
	page := `weaver-infra mailing list archive
Weaver Linux Project  ·  Lists  ·  weaver-infra  ·  March 2026                          [Search archives]

[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]

[weaver-infra] Mirror network outage (ongoing)

From: Hattie Crewe <hattie@weaverlinux.example>
To: weaver-infra@lists.weaverlinux.example
Cc: severn-announce@lists.weaverlinux.example
Date: Thu, 19 Mar 2026 07:12:44 +1100
Message-ID: <20260319071244.GA4412@kestrel.weaverlinux.example>

Hi all,

Since about 06:20 AEDT this morning (19:20 UTC on Wednesday 18 March), the primary mirror host in the Winsford data centre has been unreachable. That means:

  * dl.weaverlinux.example is returning 502 for most package and ISO downloads
  * downstream mirrors cannot rsync from us, so they will go stale
  * the nightly ISO builds for 26.04 beta were not published

The hosting provider has a ticket open and says the host lost both network uplinks after a switch failure. I don't have an ETA from them yet.

In the meantime I'm going to point dl.weaverlinux.example at the fallback CDN so that at least downloads work. Signatures are unchanged, so please don't disable signature checking to "fix" a failing download.

I'll follow up on this thread.

Hattie

--------------------------------------------------------------------

From: Hattie Crewe <hattie@weaverlinux.example>
To: weaver-infra@lists.weaverlinux.example
Date: Wed, 18 Mar 2026 22:05:10 +0000
Subject: Re: [weaver-infra] Mirror network outage (ongoing)
In-Reply-To: <20260319071244.GA4412@kestrel.weaverlinux.example>

(Sent from the laptop, which is still set to UTC - this is 09:05 AEDT.)

Quick update:

  * Downloads are working again through the fallback CDN as of 21:40 UTC. If you still get a 502, clear your package manager cache and try again.
  * rsync for downstream mirrors is still DOWN. Mirror admins: your mirrors will lag until the primary is back. Please don't switch to syncing from other tier-1 mirrors without asking first, we don't want to overload them.
  * The 26.04 beta ISOs will be published once the primary is back.
  * The provider now says a replacement switch needs to be fitted and they "hope" to have it done today, Australian eastern time. I'm not counting on it.

This is not fixed. I'll send another update when the provider gives us something firmer, or by 18:00 AEDT at the latest.

Hattie

> Since about 06:20 AEDT this morning (19:20 UTC on Wednesday 18 March), the
> primary mirror host in the Winsford data centre has been unreachable.

--------------------------------------------------------------------

Follow-Ups:
  Re: [weaver-infra] Mirror network outage (ongoing)
    From: Rob Darnhall

References:
  [weaver-infra] Mirror network outage (ongoing)
    From: Hattie Crewe

Prev by Date: Re: [weaver-infra] Rotating the signing subkey in April
Next by Date: Re: [weaver-infra] Mirror network outage (ongoing)
Previous by thread: Re: [weaver-infra] Rotating the signing subkey in April
Next by thread: Re: [weaver-infra] Mirror network outage (ongoing)
Index(es): Date | Thread

Weaver Linux is a community project. List archives are public. Unsubscribe: weaver-infra-request@lists.weaverlinux.example`
	in, err := extractOnce([]byte(page), "thread.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(strings.TrimSpace(ev.Text), ">") {
			t.Errorf("a quoted line is an event: %q %q", ev.At, ev.Text)
		}
	}
	if !sameInstant(in.StartedAt, "2026-03-19T06:20:00+11:00") {
		t.Errorf("started %s, want 06:20 AEDT on 19 March", in.StartedAt)
	}
}

// TestStillQueuedAtLast holds a status page whose newest update says mail
// is still being queued: the incident goes on, whatever window an earlier
// part's recovery states.
func TestStillQueuedAtLast(t *testing.T) {
	page := `Tattenhall Hosting Status

Past Incidents

Jan 20, 2026

Outbound email delayed
Update - Inbound mail is flowing again and messages held between 08:05 and 09:40 have been delivered. Outbound email is still being queued; nothing is lost. We will update this page by 13:00 GMT.
Jan 20, 2026 - 11:10 GMT

Identified - Since 08:05 GMT connections to our outbound relay have been timing out.
Jan 20, 2026 - 09:50 GMT

Investigating - We're looking into reports that emails are not being delivered.
Jan 20, 2026 - 08:40 GMT

Jan 19, 2026
No incidents reported.

Jan 18, 2026

Control panel slow to load
Resolved - Control panel response times have been normal since 15:10 GMT.
Jan 18, 2026 - 15:31 GMT

Investigating - Some customers are seeing the control panel take a long time to load.
Jan 18, 2026 - 14:40 GMT
`
	in, err := extractOnce([]byte(page), "status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.EndedAt != "" || in.DurationMinutes != 0 {
		t.Errorf("ended %q, %d min: outbound mail was still queued", in.EndedAt, in.DurationMinutes)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-01-20T08:05") {
		t.Errorf("started %q, want 08:05 GMT", in.StartedAt)
	}
}

// TestCausesOfFormsAndNews holds causes told in a form's wrapped field and
// in a news story, the company whose desk sent the form, a story's picture caption kept out of its summary, and
// the time its amendment note says was wrong kept out of its window.
func TestCausesOfFormsAndNews(t *testing.T) {
	rfo := `From: Frodwell Fibre NOC <noc@frodwell.example>
Subject: RFO | Circuit KNU/0093 | 3-Mar-2026

Dear Customer,

Please find below the Reason for Outage (RFO) for the interruption on your leased line.

Outage Start Time    : 03-Mar-2026 21:12 GMT
Restoration Time     : 03-Mar-2026 23:40 GMT

Root Cause           : During planned work at the Knutsford
                       POP, our technician unplugged the customer's patch
                       cord at panel 2, port 6 instead of port 7. The port
                       labels were out of date.

Resolution           : Patch cord re-connected and traffic verified.
`
	in, err := extractOnce([]byte(rfo), "rfo.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "unplugged the customer's patch cord") {
		t.Errorf("cause %q, want the field's wrapped lines", in.Cause)
	}
	if in.Org != "Frodwell Fibre" {
		t.Errorf("org %q, want the NOC's company from the From above the Subject", in.Org)
	}
	news := `Sandbach Savings outage left shoppers unable to pay

Card payments failed on Friday morning after what the lender called a "network fault"

By Ruth Moss
Published 6 March 2026, 14:10 GMT

[Image: Shoppers queue at a till in Sandbach market square while card terminals show an error.
Photograph: Ian Carr/The Weaver Gazette]

Thousands of Sandbach Savings customers could not pay by card on Friday morning
after the lender's card and online banking systems went down for two hours.

Customers first reported cards being declined from around 9.10am, with complaints
spreading quickly as shoppers in Sandbach and Alsager found themselves stuck at
tills. The lender's app also showed an error telling users to "try again later".

The lender acknowledged the problem in a post on its website at 9.25am. By 10.05am
its branches had started turning customers away because cashiers could not see
account balances either.

In a statement issued at 1pm, the lender said services had been fully restored at
11.48am. A spokesperson said the disruption was caused by
"a failed router at our Alsager data centre", adding that "the standby router did
not take over as it should have".

"We are very sorry to every customer who was left out of pocket," said chief
executive Joan Bell. "We will be reviewing why our failover did not work."

  * This article was amended on 6 March 2026. An earlier version said services
    were restored at 12.05pm. The lender has since confirmed they were restored
    at 11.48am.
`
	in, err = extractOnce([]byte(news), "story.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "failed router") {
		t.Errorf("cause %q, want the sentence that says what caused it", in.Cause)
	}
	if strings.Contains(in.Summary, "[Image") || strings.Contains(in.Summary, "Photograph:") {
		t.Errorf("summary holds the picture's caption: %q", in.Summary)
	}
	if !sameInstant(in.EndedAt, "2026-03-06T11:48:00Z") {
		t.Errorf("ended %q, want 11.48am: the amended time the story no longer stands by is no end", in.EndedAt)
	}
}

// TestPatternsOfListsAndDefaults holds config-change first for a rule
// list that omitted an entry, and for a release that left a setting at
// its default (in Chinese).
func TestPatternsOfListsAndDefaults(t *testing.T) {
	cases := []struct{ name, page string }{
		{"a firewall allow-list that omitted a subnet", `# Card authorisations failing for some merchants

## Summary

Between 13:52 and 15:26 CEST on 16 July 2026, about a third of Poynton Pay's card authorisations failed.

## Root cause

At 13:30 CEST we began a planned network migration that moved the authorisation workers onto a new subnet. The root cause was that the firewall allow-list in front of the card-network gateway omitted the new subnet used by the workers, so their requests timed out.

## Remediation

Allow-lists are now generated from our network inventory.
`},
		{"a release that left a timeout at its default", `<html><head><title>关于负载均衡连接中断的故障说明</title></head><body><h1>关于负载均衡连接中断的故障说明</h1>
<p>北京时间2026年5月21日10时38分至12时16分，莱姆云一区部分负载均衡实例出现异常，导致部分用户的长连接被频繁中断。</p>
<p>经排查，本次故障的根本原因是：在转发组件升级过程中，新版本转发组件的空闲连接超时参数被保留为默认值（15秒），而非此前设置的900秒。原有的自定义取值未被迁移到新的参数文件中。</p>
<p>后续我们将在升级前核对全部自定义参数。</p>
</body></html>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := "postmortem.md"
			if strings.HasPrefix(c.page, "<html") {
				file = "notice.html"
			}
			in, err := extractOnce([]byte(c.page), file, "")
			if err != nil {
				t.Fatal(err)
			}
			if len(in.Patterns) == 0 || in.Patterns[0] != "config-change" {
				t.Errorf("patterns %v, want config-change first", in.Patterns)
			}
			if !slices.Contains(in.Patterns, "config-change") {
				t.Errorf("patterns %v lack config-change", in.Patterns)
			}
		})
	}
}

// TestNoticeTermsAndPlans holds a game's notice: the maintenance it says
// was done as planned (按计划) is no remediation, and the deadline its
// compensation may be claimed by is no event.
func TestNoticeTermsAndPlans(t *testing.T) {
	page := `关于6月4日维护后登录异常的说明及补偿公告
2026-06-04 17:20    来源：《雪桥录》运营团队

亲爱的玩家：

2026年6月4日（周四）6:00至9:00，《雪桥录》按计划进行了例行停服维护，维护于9:00准时结束并开放登录。维护结束后，9时40分起，部分玩家在登录时出现“服务器连接失败”的提示。所有服务器已于11时05分恢复正常。

【问题原因】
本次维护中更新了角色数据服务，该服务的一个数据库连接池被占满，导致部分登录请求失败。

【补偿内容】
补偿将于6月5日12:00前通过游戏内邮件发放，领取截止时间为2026年6月18日23:59，逾期未领取的邮件将被自动删除。

《雪桥录》运营团队
2026年6月4日
`
	in, err := extractOnce([]byte(page), "notice.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Remediation, "按计划") {
		t.Errorf("remediation holds the maintenance done as planned: %q", in.Remediation)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-06-18") || strings.HasPrefix(ev.At, "2026-06-05") {
			t.Errorf("a compensation's terms are an event: %q %q", ev.At, ev.Text)
		}
	}
	if !sameInstant(in.StartedAt, "2026-06-04T09:40:00+08:00") || !sameInstant(in.EndedAt, "2026-06-04T11:05:00+08:00") {
		t.Errorf("window %s – %s, want 09:40 – 11:05", in.StartedAt, in.EndedAt)
	}
}
