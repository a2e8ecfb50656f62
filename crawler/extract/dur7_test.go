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
