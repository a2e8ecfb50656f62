package extract

import "testing"

// TestOutageWindowForms holds the window of five kinds of page (our own
// writing) read from durations set 6's tuned lines: a review whose impact
// states the range to the mitigation and whose summary says when it was
// fully resolved; a status history whose updates lead with their state and
// are stamped under them, older entries after; a Chinese notice written
// while the repair went on, a share of servers back; a news story printed
// in a narrow column that wraps "on" / "Wednesday,"; a Chinese story
// printed in a narrow column that tells its hours as 晚上9点左右 and 次日凌晨
// 2点半.
func TestOutageWindowForms(t *testing.T) {
	for _, c := range []struct {
		name, body, start, end string
		minutes                int
	}{
		{"mitigated then fully resolved", `Incident report: Report exports delayed in Lisbon

Author: Tagus Cloud Reliability Engineering

Summary

On Thursday 9 July 2026, report exports in the Lisbon region failed or were delayed. Customer impact began at 14:02 WEST, when the export queue stopped accepting jobs. The issue was mitigated at 14:50 WEST, after which new exports were accepted again, but queued exports kept waiting. The incident was fully resolved at 16:05 WEST, when the last queued export had finished.

Impact

- Export requests failed from 14:02 to 14:50 WEST.
- From 14:50 to 16:05 WEST, exports succeeded but waited up to an hour.

Timeline (WEST)

14:02 — Export queue stops accepting jobs.
14:11 — Alert fires; on-call engineer paged.
14:50 — Exports accepted again (mitigated).
16:05 — Backlog cleared; incident resolved.
`, "2026-07-09T14:02:00+01:00", "2026-07-09T16:05:00+01:00", 123},
		{"history of state-led updates", `Wrenfield Files Status — Incident History

Wrenfield Files   Status   History   Subscribe

March 2026

Uploads failing for some team workspaces
Resolved - Uploads are succeeding again for all workspaces. We're sorry for the disruption.
Mar 12, 11:48 PDT
Monitoring - A fix has been applied and uploads are recovering.
Mar 12, 11:20 PDT
Investigating - We're looking into reports that uploads to team workspaces fail with an error.
Mar 12, 10:32 PDT
This incident affected: Uploads, Sync.

Slow search results
Resolved - Search is responding normally. Mar 3, 16:40 PDT
Investigating - Search is slower than usual for some users. Mar 3, 16:02 PDT

Planned maintenance: database upgrade
Completed - The scheduled maintenance has been completed. Mar 1, 03:00 PST
In progress - Scheduled maintenance is currently in progress. Mar 1, 01:00 PST
`, "2026-03-12T10:32:00-07:00", "2026-03-12T11:48:00-07:00", 76},
		{"zh notice while the repair goes on", `【故障通告】华北二区部分云硬盘无法读写（处理中）

更新时间：2026-09-08 15:30（北京时间）

尊敬的客户：

2026年9月8日（周二）上午11时05分起，华北二区可用区C因存储集群故障，部分云硬盘无法读写，挂载这些云硬盘的云服务器随之不可用。

目前约55%受影响的云硬盘已恢复读写，其余云硬盘仍在抢修中，暂无法给出全部恢复的准确时间。我们将每小时更新一次处理进展。

【处理进展】
15:30　约55%受影响云硬盘已恢复读写；
13:10　定位到存储集群元数据节点故障，开始切换；
11:20　接到大量客户反馈，启动应急响应。

由此给您带来的不便，我们深表歉意。
`, "2026-09-08T11:05:00+08:00", "", 0},
		{"narrow column, on / weekday", `14/5/2026, 9:10 am          Kestrel Broadband outage enters second day - The Coastal Times
https://www.coastaltimes.example/business/kestrel-outage-day-two

BUSINESS

Kestrel Broadband outage enters
second day

By Mara Pellegrini
Updated May 14, 2026 — 8.40am

Thousands of Kestrel Broadband customers
remained without home internet on Thursday
morning, more than a day after a fault that
began in the early hours of Wednesday.

The outage began around 3.20am AEST on
Wednesday, when a core switch in Brisbane
failed during a scheduled software change.
Home broadband stopped working for customers
in Queensland and northern New South Wales.

At the time of writing, Kestrel said service had
been restored for about half of affected customers
and has not given a time for full restoration.
`, "2026-05-13T03:20:00+10:00", "", 0},
		{"zh narrow column bare hours", `2026/11/20 上午8:15　　　　网约车平台“快行”晚间故障 大量订单无法派单_东岭晚报
https://www.dongling.example/tech/2026-11-20/kuaixing.html

本报讯　11月18日（周三）晚上9点左右，网约车平
台“快行”App突然无法正常派单，大量乘客反映下
单后长时间显示“正在为您寻找车辆”。记者从平
台方了解到，此次故障直到次日凌晨2点半左右才
全部恢复，影响范围覆盖全国多个城市。

“等了四十分钟也没车，只能打出租。”家住南
城区的刘女士说。不少司机也表示，当晚正值晚
高峰后的出行高峰，接单量骤降，只能空车等待。
“快行”平台19日发布致歉声明称，故障原因是
一次调度服务配置变更出现异常，导致派单服务
大面积超时。平台表示将向受影响乘客发放优惠
券，并向当晚在线司机每人发放补贴。有业内人士
指出，配置变更本应安排在凌晨低峰期进行。
`, "2026-11-18T21:00:00+08:00", "2026-11-19T02:30:00+08:00", 330},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), "page.txt", "")
			if err != nil {
				t.Fatal(err)
			}
			if !sameInstant(in.StartedAt, c.start) {
				t.Errorf("started %q, want %s", in.StartedAt, c.start)
			}
			if c.end == "" && in.EndedAt != "" || c.end != "" && !sameInstant(in.EndedAt, c.end) {
				t.Errorf("ended %q, want %q", in.EndedAt, c.end)
			}
			if !withinDuration(in.DurationMinutes, c.minutes) && !(c.minutes == 0 && in.DurationMinutes == 0) {
				t.Errorf("duration %d min, want %d", in.DurationMinutes, c.minutes)
			}
		})
	}
}
