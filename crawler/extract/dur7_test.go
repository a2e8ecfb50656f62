package extract

import "testing"

// TestStatusPageMaintenanceWindowNotOutage: a status page lists its
// planned maintenance beside the incident ("Upcoming maintenance" over
// "Database upgrade — 25 Jul 2026, 01:00 – 03:00 UTC", or "Scheduled
// maintenance: 14 Mar 2026, 22:00 – 23:30 UTC" on one line, 计划维护 over
// a 维护时间 line): that range is a planned window, not the outage's; the
// updates tell its start and end.
func TestStatusPageMaintenanceWindowNotOutage(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "upcoming-maintenance-heading",
		text:  "Quaywise Status\n\nCurrent status   History   Subscribe\n\nInvoices failing to generate\n\nResolved — 9 Mar 2026, 11:48 UTC\nInvoices are generating normally again and the backlog has been processed.\n\nIdentified — 9 Mar 2026, 11:02 UTC\nA change to the PDF renderer is failing for invoices with more than 50 lines. We are reverting it.\n\nInvestigating — 9 Mar 2026, 10:31 UTC\nSome customers report that invoices are stuck in the Generating state.\n\nAffected components: Invoicing\n\nUpcoming maintenance\n\nSearch index rebuild — 16 Mar 2026, 02:00 – 04:30 UTC\nSearch may return partial results during this window.\n\n© 2026 Quaywise Ltd",
		start: "2026-03-09T10:31:00Z", end: "2026-03-09T11:48:00Z", minutes: 77,
	}, {
		name:  "scheduled-maintenance-line",
		text:  "Brightfern Hosting Status\n\nDNS changes not taking effect\n\nResolved - The DNS publishing queue has caught up and changes made in the control panel now take effect within a minute.\nMar 2, 2026 - 16:40 UTC\n\nInvestigating - DNS record changes made in the control panel are not being published. Existing records keep resolving.\nMar 2, 2026 - 15:12 UTC\n\nScheduled maintenance: 14 Mar 2026, 22:00 – 23:30 UTC (control panel read-only)\n\nNeed help? Contact support.",
		start: "2026-03-02T15:12:00Z", end: "2026-03-02T16:40:00Z", minutes: 88,
	}, {
		name:  "zh-jihua-weihu-heading",
		text:  "澄川云 服务状态\n\n华北一区对象存储上传失败\n\n2026-04-07 16:25（北京时间）【已恢复】上传服务已恢复正常。\n\n2026-04-07 15:40（北京时间）【调查中】部分用户上传文件失败，正在排查。\n\n计划维护\n\n数据库版本升级　2026-04-12 01:00 - 03:00（北京时间）\n维护期间控制台可能短暂不可用。\n\n© 2026 澄川云",
		start: "2026-04-07T15:40:00+08:00", end: "2026-04-07T16:25:00+08:00", minutes: 45,
	}})
}

// TestZhBareClockAfterAfternoon: a Chinese write-up writes the part of
// the day once and leaves it off the times after it in the same
// afternoon ("下午2点05分，监控告警……2点20分，值班工程师介入"): a time
// without its part, after one past noon and not before it on the clock,
// is read in that afternoon (14:20, not 02:20, which made the outage
// start before dawn); a time before it on the clock ("晚上11点40分…1点10分")
// is left alone.
func TestZhBareClockAfterAfternoon(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "xiawu-then-bare",
		text:  "松果外卖技术博客\n\n首页 | 文章 | 关于\n\n9·03 下单失败故障复盘\n\n2026年9月3日下午2点05分起，APP下单接口大面积超时，用户无法下单。\n\n下午2点05分，监控告警，下单成功率跌至四成。2点20分，值班工程师介入，怀疑是网关问题。\n\n下午3点15分，定位到优惠券服务的数据库连接池耗尽，开始扩容。\n\n下午4点30分，扩容完成，下单成功率恢复正常，故障结束。\n\n改进措施：优惠券服务增加熔断。\n\n© 2026 松果外卖",
		start: "2026-09-03T14:05:00+08:00", end: "2026-09-03T16:30:00+08:00", minutes: 145,
	}, {
		name:  "wanshang-then-bare-earlier-next-day",
		text:  "青杉支付公告\n\n关于10月9日夜间支付失败的说明\n\n2026年10月9日晚上11点40分，部分用户支付失败。1点10分，系统恢复正常。\n\n原因：证书过期。\n\n青杉支付",
		start: "2026-10-09T23:40:00+08:00", end: "2026-10-10T01:10:00+08:00", minutes: 90,
	}})
}
