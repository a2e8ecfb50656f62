package extract

import "testing"

// durCase is a short fictional write-up and the span a reader takes from
// it; an empty end and a zero duration where it was still going on.
type durCase struct {
	name, text, start, end string
	minutes                int
}

// checkDurCases extracts each case and compares its start, end and
// length (the stated one, else its start to its end).
func checkDurCases(t *testing.T, cases []durCase) {
	t.Helper()
	for _, tc := range cases {
		in, err := Extract([]byte(tc.text), tc.name+".txt", "")
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if in.StartedAt != tc.start || in.EndedAt != tc.end || gotMinutes(in) != tc.minutes {
			t.Errorf("%s: %q – %q (%d min), want %q – %q (%d min)", tc.name, in.StartedAt, in.EndedAt, gotMinutes(in), tc.start, tc.end, tc.minutes)
		}
	}
}

// TestFaultTimeField: a notice's "故障时间" field, over a "恢复时间" one,
// is when the fault began.
func TestFaultTimeField(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "fault-time-field",
		text:  "事件通报\n\n故障时间：2025年11月3日 08:40（GMT+8）\n恢复时间：2025年11月3日 09:55（GMT+8）\n\n影响范围：部分用户无法在“青禾书城”下单，页面提示“系统繁忙”。\n\n故障原因：订单服务的数据库主节点发生切换，连接池未能及时重建。\n\n处理措施：重启订单服务并调整连接池的重连策略。",
		start: "2025-11-03T08:40:00+08:00", end: "2025-11-03T09:55:00+08:00", minutes: 75,
	}})
}

// TestLaterWindows: a range followed by another window of the same
// impact ("… and again between …", "，以及…") spans both: the incident
// ran from the first's start to the last's end.
func TestLaterWindows(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "again-between",
		text:  "Incident summary: Slow page loads for the Brambleworks shop\n\nBetween 08:14 and 08:40 UTC and again between 09:05 and 09:32 UTC on 12 March 2025, shoppers saw pages take up to a minute to load.\n\nA cache node kept restarting after running out of memory. We replaced the node at 09:30 UTC.",
		start: "2025-03-12T08:14:00Z", end: "2025-03-12T09:32:00Z", minutes: 78,
	}, {
		name:  "two-periods",
		text:  "Incident report: Failed sign-ins\n\nUsers of Tidewell could not sign in during two periods: 13:20–13:45 UTC and 14:10–14:38 UTC on 4 June 2025.\n\nA session store node ran out of connections twice before we raised its limit.",
		start: "2025-06-04T13:20:00Z", end: "2025-06-04T14:38:00Z", minutes: 78,
	}, {
		name:  "zh-yiji",
		text:  "关于6月9日订单查询异常的说明\n\n2025年6月9日 09:12-09:35，以及10:05-10:20，部分用户查询订单时出现超时。\n\n原因是订单查询服务的一台缓存节点内存不足，扩容后恢复正常。",
		start: "2025-06-09T09:12:00+08:00", end: "2025-06-09T10:20:00+08:00", minutes: 68,
	}, {
		name:  "one-window-then-sentence",
		text:  "Incident summary: API errors\n\nBetween 08:14 and 08:40 UTC on 12 March 2025, API requests failed for some customers. At 09:05 UTC we published a follow-up and at 09:32 UTC we closed the incident.",
		start: "2025-03-12T08:14:00Z", end: "2025-03-12T08:40:00Z", minutes: 26,
	}})
}

// TestBracketedUpdates: a status page's updates that open with their
// state in brackets and then the time they were posted ("【已恢复】北京
// 时间2025年8月21日 11:18"), what they said on the next line, are its
// timeline: from the first posted to the one that says it recovered.
func TestBracketedUpdates(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "zh-bracketed",
		text:  "云澜 服务状态\n\n【已恢复】北京时间2025年8月21日 11:18\n对象存储服务已全部恢复，积压的上传请求已处理完毕。\n\n【处理中】北京时间2025年8月21日 10:52\n已定位为华东二区一组存储网关证书配置错误，正在回滚。\n\n【故障发现】北京时间2025年8月21日 10:31\n我们监测到华东二区对象存储上传失败率升高，工程师正在排查。",
		start: "2025-08-21T10:31:00+08:00", end: "2025-08-21T11:18:00+08:00", minutes: 47,
	}, {
		name:  "en-bracketed",
		text:  "Glasswing Status\n\n[Resolved] Sep 2, 2025 16:40 UTC\nAll exports have completed and the service is operating normally.\n\n[Identified] Sep 2, 2025 16:02 UTC\nA stuck worker pool has been identified and is being restarted.\n\n[Investigating] Sep 2, 2025 15:37 UTC\nWe are investigating failed data exports.",
		start: "2025-09-02T15:37:00Z", end: "2025-09-02T16:40:00Z", minutes: 63,
	}})
}

// TestOpenUpdates: a status page whose newest update is still
// investigating or working on a fix was written while the outage went on:
// it began at the first update and has no end, nor a length.
func TestOpenUpdates(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "open-stack",
		text:  "Marigold Status\n\nSearch results delayed\n\nUpdate - We are still working on a fix. Newly added documents do not appear in search yet.\nApr 14, 2025 - 10:48 UTC\n\nIdentified - The issue has been identified as a backlog in the indexing queue.\nApr 14, 2025 - 10:20 UTC\n\nInvestigating - We are investigating delays in search indexing.\nApr 14, 2025 - 09:55 UTC",
		start: "2025-04-14T09:55:00Z", end: "", minutes: 0,
	}, {
		name:  "closed-stack",
		text:  "Marigold Status\n\nSearch results delayed\n\nResolved - The backlog has cleared and search is up to date.\nApr 14, 2025 - 11:30 UTC\n\nUpdate - We are still working on a fix. Newly added documents do not appear in search yet.\nApr 14, 2025 - 10:48 UTC\n\nInvestigating - We are investigating delays in search indexing.\nApr 14, 2025 - 09:55 UTC",
		start: "2025-04-14T09:55:00Z", end: "2025-04-14T11:30:00Z", minutes: 95,
	}})
}
