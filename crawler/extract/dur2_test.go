package extract

import "testing"

// TestEndFromStartAndLength: a start and a stated length with no end
// told: it ended that long after it began; not so while it goes on (the
// length is then the one expected).
func TestEndFromStartAndLength(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "began-lasted-minutes",
		text:  "Quillfeather Status\n\nIncident report: Image uploads failing\n\nThe incident began at 08:25 UTC on 9 April 2025 and lasted 70 minutes. Uploads of new images failed with a server error; images already stored were served normally.\n\nA storage quota was set too low after a migration. We raised it.",
		start: "2025-04-09T08:25:00Z", end: "2025-04-09T09:35:00Z", minutes: 70,
	}, {
		name:  "zh-qi-chixu",
		text:  "关于积分兑换异常的公告\n\n2025年9月12日16:40起，部分用户兑换积分时提示失败，持续约25分钟。\n\n原因为积分服务发布的新版本存在缺陷，已回滚。",
		start: "2025-09-12T16:40:00+08:00", end: "2025-09-12T17:05:00+08:00", minutes: 25,
	}, {
		name:  "ongoing-expected",
		text:  "Tessaly Cloud Status\n\nInvestigating - We are investigating failed logins to the admin console. The outage is still ongoing and is expected to last about 2 hours.\nMar 3, 2025 - 10:15 UTC",
		start: "2025-03-03T10:15:00Z", end: "", minutes: 120,
	}})
}

// TestLagIsNoLength: "delays of up to nine minutes" tells how late
// things came; the length is the one the outage "lasted".
func TestLagIsNoLength(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "delays-of-then-lasted",
		text:  "Post-incident review: slow report exports\n\nStarting at 11:10 UTC on 2 June 2025, exports of reports were delivered with delays of up to twelve minutes. The disruption lasted about three hours.\n\nA worker pool was scaled down by mistake. We scaled it back up.",
		start: "2025-06-02T11:10:00Z", end: "2025-06-02T14:10:00Z", minutes: 180,
	}})
}

// TestHalfHourRestoredAfter: "约半小时后恢复正常", "近两个小时后才陆续恢复":
// the length up to the restoring, a half hour and a restoring in stages
// among its forms.
func TestHalfHourRestoredAfter(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "zh-ban-xiaoshi-hou",
		text:  "关于11月2日App消息推送异常的说明\n\n2025年11月2日19时20分，部分用户收不到App消息推送，约半小时后恢复正常。\n\n原因为推送服务的一次配置变更有误，我们已回滚该变更。",
		start: "2025-11-02T19:20:00+08:00", end: "2025-11-02T19:50:00+08:00", minutes: 30,
	}, {
		name:  "zh-lulu-huifu",
		text:  "关于11月5日App下单异常的说明\n\n2025年11月5日10时05分，部分用户无法下单，两个小时后才陆续恢复。\n\n原因为订单服务数据库异常，现已修复。",
		start: "2025-11-05T10:05:00+08:00", end: "2025-11-05T12:05:00+08:00", minutes: 120,
	}})
}
