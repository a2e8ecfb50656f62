package extract

import (
	"strings"
	"testing"
)

// TestMaintenanceWindowIsNotTheOutage holds the window of five pages (our
// own writing, forms read from durations set 6's odd lines) that state a
// planned maintenance or change window beside the outage: the window is
// when the change was made, the outage's own times are elsewhere. A news
// story printed from the web names the maintenance of the night before;
// a review's root cause names the change window of the afternoon; a
// Chinese game notice tells of its routine maintenance before the fault;
// a status page notes a planned window and lists it as completed
// maintenance, its updates' states beside their age ("Resolved · 2 days
// ago") and their stamps under their text; a Chinese notice lists a related notice's window under
// 相关公告.
func TestMaintenanceWindowIsNotTheOutage(t *testing.T) {
	for _, c := range []struct {
		name, body, start, end string
		minutes                int
		// firstSays is what the timeline's first event says, where given
		firstSays string
	}{
		{"news: maintenance the night before", `3/12/26, 7:40 AM      Payroll portal outage leaves county staff unpaid | Fenmoor Gazette
https://www.fenmoorgazette.example/news/2026/03/11/payroll-portal-outage

LOCAL NEWS

Payroll portal outage leaves county staff unpaid

By Irene Castellanos
Published March 11, 2026, 5:05 p.m. ET

FENMOOR — County employees could not reach the payroll
portal for most of Tuesday, the county said on Wednesday.

The outage began around 8:10 a.m. Eastern on Tuesday and
the portal was back by about 1:25 p.m., a county
spokesman said. The vendor, Ledgerline, said a storage
upgrade carried out during a planned maintenance window
from 2 a.m. to 4 a.m. Tuesday had left a cache setting
wrong, which only showed once staff logged on.

"Everyone will be paid on Friday," the spokesman said.
Staff who tried to log on saw a blank page or an error
message, and some were locked out of their accounts
after several attempts, according to a union steward.

"People were worried about rent," said Maria Okafor,
who works in the county's parks department and who
said she tried to reach the portal a dozen times.

The county's finance director said late payments would
be covered and that no one would be charged a fee by
the county's credit union for a missed deposit.

RELATED COVERAGE
• County budget vote delayed

© 2026 Fenmoor Gazette. All rights reserved.
`, "2026-03-10T08:10:00-04:00", "2026-03-10T13:25:00-04:00", 315, ""},
		{"review: change window in the root cause", `Tarrow Cloud › Trust › Incident reports

Object Cache: elevated miss rates and latency in eu-north

Incident ID: TW-INC-4410 · Status: Closed · Report published 14 May 2026

Overview
Impact start: 2026-05-11 18:05 UTC. Detected: 18:19 UTC. Mitigated: 19:02 UTC. Resolved: 19:44 UTC. Duration: 1 hour 39 minutes.

Root cause
A configuration change lowered the cache's eviction threshold. The change was applied during the scheduled change window from 13:00 to 15:00 UTC the same day and caused no problems while traffic was light. When evening traffic grew, caches evicted hot keys and requests fell through to the origin.

Mitigation
The change was reverted at 18:51 UTC. By 19:02 UTC latency was falling and by 19:44 UTC miss rates were normal, when we declared the incident resolved.
`, "2026-05-11T18:05:00Z", "2026-05-11T19:44:00Z", 99, ""},
		{"zh: routine maintenance before the fault", `《星渡》官方网站

关于3月2日凌晨服务器异常的说明

2026-03-02　　《星渡》运营团队

亲爱的舰长们：

按照此前公告，我们于2026年3月2日（周一）凌晨2:00至3:00进行了例行维护，本次维护按计划顺利完成。

维护结束后，凌晨3点40分（UTC+8）起，由于新版本中的公会战匹配功能存在缺陷，登录服务器负载异常升高，导致部分舰长登录失败、掉线。技术团队随即关闭公会战入口并扩容登录服务器，故障历时50分钟，全部服务器已恢复正常。

在此，我们向受到影响的舰长致以诚挚的歉意。

《星渡》运营团队
2026年3月2日
`, "2026-03-02T03:40:00+08:00", "2026-03-02T04:30:00+08:00", 50, ""},
		{"status: planned change window noted and listed", `Halyard Mail Status
Status   Incidents   Maintenance   Login

Delayed inbound mail for some domains

Resolved · 2 days ago
Inbound delivery has been normal for 30 minutes. This incident is resolved. Note: the planned change window for our spam filter upgrade (Apr 8, 21:00-23:00 GMT) completed on schedule and is not connected to this incident.
Apr 9, 2026 - 01:10 GMT

Monitoring · 2 days ago
Queues are draining.
Apr 9, 2026 - 00:35 GMT

Investigating · 2 days ago
Some customers report inbound mail arriving late. We are investigating.
Apr 8, 2026 - 23:40 GMT

Completed maintenance
Spam filter upgrade — Apr 8, 2026 21:00 - 23:00 GMT. Completed.

© 2026 Halyard Mail Ltd
`, "2026-04-08T23:40:00Z", "2026-04-09T01:10:00Z", 90, "inbound mail arriving late"},
		{"zh: related notices' windows", `白杉云 | 产品 | 文档 | 控制台 | 登录

关于2026年6月3日华南一区负载均衡异常的故障公告

发布时间：2026-06-05

尊敬的白杉云用户：

2026年6月3日（周三）10:20至11:35（北京时间），白杉云华南一区负载均衡服务出现异常，部分用户的访问请求超时。

故障原因：负载均衡集群一台节点网卡故障，流量切换未及时生效。

白杉云计算有限公司
2026年6月5日

相关公告：
· 关于华北一区云服务器计划内维护的公告（2026年6月10日 01:00-04:00）
· 白杉云负载均衡服务等级协议更新说明
`, "2026-06-03T10:20:00+08:00", "2026-06-03T11:35:00+08:00", 75, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), "page.txt", "")
			if err != nil {
				t.Fatal(err)
			}
			holdWindow(t, in, c.start, c.end, c.minutes)
			if c.firstSays != "" && (len(in.Timeline) == 0 || !strings.Contains(in.Timeline[0].Text, c.firstSays)) {
				t.Errorf("first event %+v, want one that says %q", in.Timeline[:min(1, len(in.Timeline))], c.firstSays)
			}
		})
	}
}

// TestOngoingStatusPage holds two status pages (our own writing) saved
// while the outage went on, their newest update still at work: they give
// a start and no end. One lists its upcoming maintenance under the
// updates ("Jun 20, 2026 01:00 - 03:00 AEST — …"), which is no event of
// the incident; the other's newest update says what will happen "once
// service is restored", which restores nothing yet.
func TestOngoingStatusPage(t *testing.T) {
	for _, c := range []struct{ name, body, start string }{
		{"upcoming maintenance listed", `Bellbird Hosting Status
Overview    Incidents    Maintenance    Subscribe

Partial outage — Object Storage (syd-2)

Update
Rebuilding of the affected storage nodes is continuing. About a third of the impacted buckets can be read again; writes are still failing for the rest. We do not yet have an estimated time for full recovery. Next update by 16:00 AEST.
Posted Jun 16, 2026 - 14:10 AEST

Identified
The problem is caused by a failed controller on a storage shelf in syd-2, which left several nodes unavailable. Engineers are rebuilding the nodes from replicas.
Posted Jun 16, 2026 - 12:35 AEST

Investigating
Since approximately 11:50 AEST some customers cannot read or write objects in syd-2. We are investigating.
Posted Jun 16, 2026 - 12:05 AEST

This incident affects: Object Storage (syd-2).

Upcoming maintenance
Jun 20, 2026 01:00 - 03:00 AEST — Network upgrade in mel-1. No downtime expected.

Past incidents
Jun 12, 2026 — Slow dashboard. Resolved.

© 2026 Bellbird Hosting Pty Ltd · Privacy · Terms
`, "2026-06-16T11:50:00+10:00"},
		{"once service is restored", `Pennyworth Payroll — Platform Status
Home · Help · Status

Major outage
Payslips and timesheets unavailable

Update
Our engineers are still working to restore the primary database. Employers: pay runs due today will be moved to tomorrow automatically once service is restored; you do not need to do anything. Next update by 16:30 BST.
Posted Oct 6, 2026 - 14:40 BST

Identified
The outage is caused by a disk failure on our primary database. Failover to the replica did not complete and we are restoring it by hand.
Posted Oct 6, 2026 - 13:15 BST

Investigating
Beginning at approximately 12:20 BST, customers cannot open payslips or submit timesheets. We are investigating.
Posted Oct 6, 2026 - 12:38 BST

This incident affects: Payslips, Timesheets.

© 2026 Pennyworth Payroll Ltd
`, "2026-10-06T12:20:00+01:00"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), "page.txt", "")
			if err != nil {
				t.Fatal(err)
			}
			if !sameInstant(in.StartedAt, c.start) {
				t.Errorf("started %q, want %s", in.StartedAt, c.start)
			}
			if in.EndedAt != "" || gotMinutes(in) != 0 {
				t.Errorf("ended %q, %d min: want no end while the outage goes on", in.EndedAt, gotMinutes(in))
			}
		})
	}
}
