package extract

import (
	"strings"
	"testing"
)

// TestWF22bZhDeadlineDatesNothing holds a game's notice whose day is told
// without its year ("3月14日") and whose compensation closes with a
// deadline of a full date ("领取截止时间：2026年3月21日23:59"): the deadline
// neither ends the outage nor dates its updates' clock times.
func TestWF22bZhDeadlineDatesNothing(t *testing.T) {
	page := `《灯塔远航》官方网站
首页 | 新闻 | 公告 | 客服中心

《灯塔远航》3月14日登录异常及紧急维护公告

发布时间：2026-03-14 18:20　　来源：索尔特科特游戏

亲爱的船长：

【14:35 登录异常说明】
今日14时20分起，部分船长在登录游戏时出现"连接服务器超时"的提示。技术团队已在紧急排查。

【15:00 紧急维护公告】
为尽快解决登录问题，我们将于15:10对全部服务器进行紧急维护。

【17:02 维护结束公告】
全部服务器已于16:58完成维护并开放登录。本次登录异常是由于登录服务器的一次配置更新导致会话校验失败。

【补偿说明】
维护结束后，全体船长可在游戏内邮件中领取：金币×500。领取截止时间：2026年3月21日23:59。

索尔特科特游戏《灯塔远航》运营团队
2026年3月14日
`
	in := wf22Extract(t, page, "notice.txt")
	if !strings.HasPrefix(in.StartedAt, "2026-03-14T") || !strings.HasPrefix(in.EndedAt, "2026-03-14T") {
		t.Errorf("window %q – %q, want both on 14 March (the 21st is a deadline)", in.StartedAt, in.EndedAt)
	}
}

// TestWF22bRevisedRange holds a cloud's history entry of inline labels
// whose later update revises its window ("… has been revised to 08:52
// UTC – 12:37 UTC on 14 Oct 2025"): the revised range is the window, and
// the entry's "Preliminary summary - …" heading is its title, not the
// next entry's.
func TestWF22bRevisedRange(t *testing.T) {
	page := `Skinburness Cloud status history
Status   History   Regions        Sign in ›

October 2025

14
Preliminary summary - Connection failures - Skinburness Managed Postgres - North Europe (Tracking ID: SKB-4K8)

Summary of impact: Between 09:10 UTC and 12:37 UTC on 14 Oct 2025, a subset of customers using Managed Postgres in North Europe could not connect to their databases. Update (16:05 UTC): further analysis shows that the first failed logins were at 08:52 UTC, so the impact window has been revised to 08:52 UTC – 12:37 UTC on 14 Oct 2025.

Preliminary root cause: A configuration update to the connection proxies began deploying at 08:31 UTC and carried a certificate chain that older client drivers could not validate.

Mitigation: We halted the deployment at 09:48 UTC and rolled the proxies back; the last proxies recovered at 12:37 UTC.

9
Post Incident Review (PIR) - Storage latency - West Europe (Tracking ID: SKB-2P1)

Summary of impact: Between 16:20 UTC and 17:05 UTC on 09 Oct 2025, a subset of customers saw increased storage latency.

Root cause: A storage unit was taken out of rotation while a neighbouring unit was still recovering.
`
	in := wf22Extract(t, page, "history.txt")
	wf22Window(t, in, "2025-10-14T08:52:00Z", "2025-10-14T12:37:00Z")
	if !strings.Contains(in.Title, "Connection failures") {
		t.Errorf("title %q, want the 14 October entry's", in.Title)
	}
}

// TestWF22bFrontMatterStartStands holds a write-up whose front matter
// gives its start and whose first event is a change before the failure
// the next paragraph tells: the front matter's start stands.
func TestWF22bFrontMatterStartStands(t *testing.T) {
	page := `---
title: Queue outage after a broker upgrade
start_time: 2026-02-03T10:05:00Z
end_time: 2026-02-03T11:40:00Z
---

At 10:05 UTC we began a routine upgrade of the message brokers in our primary region.

At 10:21 UTC the upgraded brokers started rejecting connections from older clients, and publish errors began for most customers.

By 11:40 UTC every broker was rolled back and publishing worked again.
`
	in := wf22Extract(t, page, "postmortem.md")
	wf22Window(t, in, "2026-02-03T10:05:00Z", "2026-02-03T11:40:00Z")
}

// TestWF22bClockNamedStart holds a status page whose later update says
// when the failures began with the clock first and the words after it
// ("at 1:40 AM AEDT, and this is when the failures actually began"),
// before the first update's "around 2 AM": the start is 1:40.
func TestWF22bClockNamedStart(t *testing.T) {
	page := `Cockermouth Rota Status
status.cockermouthrota.example        Help   ·   Contact   ·   [Subscribe to updates]

Shift check-ins failing
Incident Report for Cockermouth Rota

Resolved
Check-ins from the app and the ward kiosks have worked normally since 3:55 AM AEDT.
Posted 1 hour ago. Mar 08, 2026 - 04:10 AEDT

Identified
The nightly roster export, re-enabled by last night's maintenance, started locking the check-in table at 1:40 AM AEDT, and this is when the failures actually began, not around 2 AM as we said in our first update.
Posted 2 hours ago. Mar 08, 2026 - 02:48 AEDT

Investigating
Staff on night shifts cannot check in or out. Problems began around 2 AM AEDT.
Posted 3 hours ago. Mar 08, 2026 - 02:21 AEDT
`
	in := wf22Extract(t, page, "status.txt")
	wf22Window(t, in, "2026-03-08T01:40:00+11:00", "2026-03-08T03:55:00+11:00")
}

// TestWF22bBankSignsNotice holds a Chinese bank's notice signed by the
// bank over its date: the bank is the organisation.
func TestWF22bBankSignsNotice(t *testing.T) {
	page := `关于6月2日手机银行登录异常的公告

尊敬的客户：

2026年6月2日上午，我行手机银行出现登录异常。9时12分起，部分客户无法登录；10时05分，系统恢复正常。

由此给您带来的不便，我们深表歉意。

沃金顿银行
2026年6月2日
`
	in := wf22Extract(t, page, "notice.txt")
	if in.Org != "沃金顿银行" {
		t.Errorf("organisation %q, want 沃金顿银行", in.Org)
	}
}
