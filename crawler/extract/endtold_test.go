package extract

import (
	"testing"
	"time"
)

// A sentence that tells two times, the later with a clause of its own
// ("… started to fall at 10:05 UTC and by 11:20 UTC the workers had
// drained the backlog"), tells two events: the incident ended at the
// later one, when it says things were back to normal.
func TestLaterClockClauseEnds(t *testing.T) {
	doc := `# Summary of the Hollinside Batch Scheduler Event in the Ashby Region

We want to give you some information about the event that affected the Hollinside Batch Scheduler in the Ashby Region on June 9, 2026.

Starting at 07:40 UTC on June 9th, jobs submitted to the scheduler in the Ashby Region waited for up to forty minutes before they started. Engineers were engaged at 07:52 UTC and found that a lease table had grown past the size its index could serve from memory. At 08:30 UTC we moved the lease table to larger hosts. Queue times started to fall at 10:05 UTC and by 11:20 UTC job start times were back to normal levels.

The lease table grew because expired leases were not being deleted after a change to the cleanup job on June 2. We have fixed the cleanup job and added an alarm on the table's size.
`
	in, err := Extract([]byte(doc), "hollinside-event.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-06-09T07:40:00Z" || in.EndedAt != "2026-06-09T11:20:00Z" || in.DurationMinutes != 220 {
		t.Errorf("span %s – %s (%d min), want 07:40 – 11:20 UTC (220 min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	for _, c := range []string{"at 10:00 and at 11:00", "at 10:00 and by 11:20 PM PST"} {
		if got := andClauses("Checks ran " + c); len(got) != 1 {
			t.Errorf("andClauses cut %q: %q", c, got)
		}
	}
}

// A closing update that says since when things are back at normal levels
// ends the incident then, not when the update was posted.
func TestClosingUpdateNormalLevelsSince(t *testing.T) {
	doc := `# Fellbeck Payments Status

## Bank transfers to Merrow Bank delayed

**Resolved** - Merrow Bank has confirmed the fault on their side is fixed. Transfer confirmations have been back at normal levels since 15:10 UTC and we are closing this incident.
Mar 3, 2026 - 15:55 UTC

**Monitoring** - Merrow Bank reports a fix is in place. Confirmations are arriving again and we are monitoring.
Mar 3, 2026 - 15:20 UTC

**Investigating** - Since about 13:35 UTC transfer confirmations from Merrow Bank are delayed by up to an hour. We are investigating.
Mar 3, 2026 - 13:50 UTC
`
	in, err := Extract([]byte(doc), "fellbeck-status.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-03-03T13:35:00Z" || in.EndedAt != "2026-03-03T15:10:00Z" || in.DurationMinutes != 95 {
		t.Errorf("span %s – %s (%d min), want 13:35 – 15:10 UTC (95 min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
}

// A Chinese news report that opens by naming the day ("本报讯 3月9日（周一）
// 晚间，…") tells its next paragraph's times ("当晚21时许开始，直至次日凌晨
// 1时许") on that day, though a later paragraph names the next day first
// as an event ("3月10日上午，…发布说明").
func TestZhNamedDayCarries(t *testing.T) {
	doc := `青禾晚报 | 首页 | 科技 | 财经

青禾晚报 > 科技 > 正文

某地图App夜间故障4小时 导航路线无法加载

2026年03月11日 09:20　来源：青禾晚报　记者 林舟

本报讯 3月9日（周一）晚间，地图服务“途径”出现大面积故障，不少用户反映导航时路线无法加载，定位图标停在原地。

据多名网友反映，故障于当晚21时许开始，直至次日凌晨1时许，服务才逐步恢复正常。

3月10日上午，途径官方发布说明称，故障原因是路线规划集群的一次配置变更导致缓存全部失效，大量请求直接打到后端数据库，造成服务不可用。

途径表示，将优化变更流程，并对缓存失效场景增加保护。
`
	in, err := Extract([]byte(doc), "qinghe-news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-03-09T21:00:00+08:00" || in.EndedAt != "2026-03-10T01:00:00+08:00" {
		t.Errorf("span %s – %s, want 2026-03-09 21:00 – 03-10 01:00 (+08:00)", in.StartedAt, in.EndedAt)
	}
}

// A news page printed in a narrow column wraps its lede across short
// lines; the weekday it names ("on Tuesday evening") still dates the
// times it tells, not the day it was published.
func TestWrappedLedeWeekday(t *testing.T) {
	doc := `12/4/26, 9:10 AM          Ticketing site crashes as tour sales open - Eastport Herald
https://eastportherald.example/tech/ticketing-site-crash-20261203

TECH

Ticketing site crashes as tour
sales open

Dana Whitlock
Published Dec 3, 2026, 7:00 AM

EASTPORT — Fans trying to buy tickets for
the Lanternfield tour were met with error
pages for more than two hours on Tuesday
evening, the ticketing company said on
Wednesday.

The outage lasted from about 7.05pm to
9.20pm (GMT+8), the company said, blaming
a queueing system that could not keep up
with demand when sales opened.

Some fans said they had lost places in the
virtual queue several times.

                                                            Page 1
`
	in, err := Extract([]byte(doc), "eastport-news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-12-01T19:05:00+08:00" || in.EndedAt != "2026-12-01T21:20:00+08:00" {
		t.Errorf("span %s – %s, want Tuesday 2026-12-01 19:05 – 21:20 (+08:00)", in.StartedAt, in.EndedAt)
	}
}

// A translated news report whose lede names the day by its weekday
// ("本周三") tells its start as a bare hour on that weekday ("美国太平洋时间
// 周三上午10点左右开始"): the story's own day, so an event; a weekday of
// last week, or another weekday, is not.
func TestZhBareHourOnStoryWeekday(t *testing.T) {
	doc := `寰宇数码 | 首页 | 国际 | 科技

寰宇数码 > 国际 > 正文

美国打车平台故障约3小时 乘客无法叫车

2026-10-16 10:05　　来源：寰宇数码　　编译：孟凡

【寰宇数码】据外媒报道，美国打车平台“橡树出行”（Oakride）本周三发生大规模故障，多个城市的乘客无法叫车，司机端也无法接单。该公司周五发表声明，称故障由一次定价服务的配置错误引起。

报道称，故障于美国太平洋时间周三上午10点左右开始，持续约3个小时。期间，不少乘客在机场滞留，社交媒体上抱怨不断。

橡树出行表示，技术人员回滚了配置后服务逐步恢复，并将向受影响的乘客发放优惠券。
`
	in, err := Extract([]byte(doc), "oakride-news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-10-14T10:00:00-07:00" || in.DurationMinutes != 180 {
		t.Errorf("start %s (%d min), want Wednesday 2026-10-14 10:00 Pacific (180 min)", in.StartedAt, in.DurationMinutes)
	}
	wed := time.Date(2026, 10, 14, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		clause string
		want   bool
	}{
		{"故障于周三上午10点左右开始", true},
		{"故障于上周三上午10点左右开始", false},
		{"故障于周四上午10点左右开始", false},
		{"故障于周末上午10点左右开始", false},
		{"故障于周三上午10点左右开始，周四才恢复", false},
	} {
		if got := zhHourOnward(c.clause, "上午10点", wed); got != c.want {
			t.Errorf("zhHourOnward(%q) on a Wednesday = %v, want %v", c.clause, got, c.want)
		}
	}
}

// A day told without a clock ("2026年4月20日晚间") is no first time: a
// time after midnight told after one late that night ("23:40，…" then
// "00:30，…") is the next day's, not a time the day's midnight goes back
// over (which made the outage last 1390 minutes).
func TestDayWithoutClockNotFirst(t *testing.T) {
	doc := `对象存储写入失败说明

发表于 2026-04-23

2026年4月20日晚间，我司对象存储集群写入失败，用户上传图片和附件报错。

23:40，值班工程师发现元数据节点证书过期，开始更换证书。

00:30，证书更换完成，写入恢复正常。

原因：元数据节点之间的内部证书到期，续期任务此前因权限变更而一直失败。
`
	in, err := Extract([]byte(doc), "cunchu-shuoming.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-04-20T23:40:00+08:00" || in.EndedAt != "2026-04-21T00:30:00+08:00" || in.DurationMinutes != 50 {
		t.Errorf("span %s – %s (%d min), want 04-20 23:40 – 04-21 00:30 (50 min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
}

// A Chinese range whose end has a morning's part of the day before its
// clock ("从当晚23:10开始，至次日凌晨00:50全部恢复") is a range: the
// part opens the end's stamp and leaves its hour as written.
func TestZhRangeMorningPart(t *testing.T) {
	doc := `# 【复盘】4月20日夜间对象存储写入失败复盘

作者：存储组　　发表于 2026-04-23

## 一、故障概述

2026年4月20日晚间，我司对象存储集群写入失败，用户上传图片和附件报错。故障从当晚23:10开始，至次日凌晨00:50全部恢复，影响时长约1小时40分钟。

## 二、时间线

| 时间 | 事件 |
| 4月20日 23:10 | 监控告警：写入错误率升高 |
| 23:18 | 值班工程师响应 |
| 23:45 | 定位到元数据节点证书过期 |
| 4月21日 00:20 | 更换证书，写入开始恢复 |

## 三、故障原因

元数据节点之间的内部证书到期，续期任务此前因权限变更而一直失败，未被发现。
`
	in, err := Extract([]byte(doc), "cunchu-fupan.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-04-20T23:10:00+08:00" || in.EndedAt != "2026-04-21T00:50:00+08:00" || in.DurationMinutes != 100 {
		t.Errorf("span %s – %s (%d min), want 04-20 23:10 – 04-21 00:50 (100 min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
}

// A status history shows one incident open, its updates in words, and
// others collapsed, a title over its closing state and time alone: those
// are other incidents, and their times no part of this one's span.
func TestStatusHistoryCollapsedOthers(t *testing.T) {
	doc := `Brindle Freight — System Status

All systems   Incident history   Subscribe

Incident history

March 9, 2026

▼ Route planner not loading for dispatchers

Resolved - Dispatchers can load and edit routes again. Routes saved during the incident have been kept. Mar 9, 11:20 UTC

Monitoring - We restarted the planner's map tile service and routes are loading again. Mar 9, 10:58 UTC

Investigating - Dispatchers see a blank map when they open the route planner. Mar 9, 10:31 UTC

► Delayed tracking e-mails
Resolved - Mar 9, 06:05 UTC

March 8, 2026

► Driver app sign-in errors
Resolved - Mar 8, 21:40 UTC

March 7, 2026

No incidents reported.

System status

Route planner     Operational
Driver app        Operational
`
	in, err := Extract([]byte(doc), "brindle-history.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-03-09T10:31:00Z" || in.EndedAt != "2026-03-09T11:20:00Z" || len(in.Timeline) != 3 {
		t.Errorf("span %s – %s, %d events; want 10:31 – 11:20 UTC on Mar 9, its three updates", in.StartedAt, in.EndedAt, len(in.Timeline))
	}
	// a post-incident review's key events, one field over a state and a
	// time, are no collapsed incident
	review := `# Incident on 2026-02-02 - Ingress errors

- **Key events**
  - First detected: 2026-02-02 09:14
  - Incident declared: 2026-02-02 09:20
  - Repaired: 2026-02-02 1002
  - Resolved: 2026-02-02 10:15
- **Identified**: Alerts for 502 errors from the ingress controllers.
- **Impact**: Users of hosted services saw errors for about an hour.
`
	in, err = Extract([]byte(review), "review.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.EndedAt != "2026-02-02T10:15:00Z" {
		t.Errorf("review ended %q, want its Resolved field, 2026-02-02T10:15:00Z", in.EndedAt)
	}
}
