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

// TestZoneInWords: Europe's and Asia's zones named in words ("Central
// European Summer Time", "British Summer Time", "India Standard Time")
// put the clock on that zone's wall time.
func TestZoneInWords(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "cest-words",
		text:  "Incident: Slow searches in the Lindqvist catalogue\n\nBetween 14:20 and 15:05 Central European Summer Time on 9 July 2025, searches in the catalogue took up to a minute. A new index had been built without its sort field.\n\nWe rebuilt the index.",
		start: "2025-07-09T14:20:00+02:00", end: "2025-07-09T15:05:00+02:00", minutes: 45,
	}, {
		name:  "ist-words",
		text:  "Incident: Failed OTP messages\n\nFrom 10:15 to 11:00 India Standard Time on 4 February 2026, one-time passwords were not delivered to some customers. A carrier route was down and our fallback did not trigger.\n\nWe have fixed the fallback.",
		start: "2026-02-04T10:15:00+05:30", end: "2026-02-04T11:00:00+05:30", minutes: 45,
	}})
}

// TestTroubleHeadingNoPrompt: a heading that opens with a prompt's word
// and names trouble ("Login failures for SSO users") is the incident's
// title, no site prompt; "Log in to report an issue" stays a prompt.
func TestTroubleHeadingNoPrompt(t *testing.T) {
	for _, c := range []struct {
		line   string
		prompt bool
	}{
		{"Login failures for SSO users", false},
		{"Sign-in errors in Europe", false},
		{"Log in to report an issue", true},
		{"Sign up for outage alerts", true},
		{"Subscribe to updates", true},
	} {
		if got := isPrompt(c.line); got != c.prompt {
			t.Errorf("isPrompt(%q) = %v, want %v", c.line, got, c.prompt)
		}
	}
	in, err := Extract([]byte("Harlow Status\n\nLogin failures for SSO users\n\nResolved - All logins work again.\nPosted 2 hours ago. Jan 9, 2026 - 11:40 UTC\n\nInvestigating - Some users of single sign-on cannot log in.\nPosted 3 hours ago. Jan 9, 2026 - 10:55 UTC"), "harlow.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Login failures for SSO users" || in.EndedAt != "2026-01-09T11:40:00Z" {
		t.Errorf("title %q, ended %q; want the heading and 2026-01-09T11:40:00Z", in.Title, in.EndedAt)
	}
}

// TestDayByNumberAlone: a day named by its number alone ("on the 14th")
// or with "of" before its month ("the 10th of October"), under a
// dateline of a later day, is the incident's day.
func TestDayByNumberAlone(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "on-the-14th",
		text:  "Leeds, 16 April 2025\n\nThe outage on the 14th began at 20:10 UTC and was resolved at 21:00 UTC. During that time customers of Ashby Energy could not submit meter readings online.\n\nAshby said a database upgrade had failed and was rolled back.",
		start: "2025-04-14T20:10:00Z", end: "2025-04-14T21:00:00Z", minutes: 50,
	}, {
		name:  "day-of-month-before-dateline",
		text:  "How the parcel tracker went dark\n\nPublished 12 November 2025\n\nOn the 10th of October, between 18:20 and 19:05 GMT, parcel tracking on the Dunmore Post website showed no results. A search index had been emptied by a failed reindex job.\n\nDunmore Post restored the index from a backup.",
		start: "2025-10-10T18:20:00Z", end: "2025-10-10T19:05:00Z", minutes: 45,
	}})
}

// TestBylineAboveTitle: "Posted June 20, 2025 by …" on the line above
// the title dates the post, and a day the text names without its year
// ("On June 18 at 22:30 UTC") takes that year.
func TestBylineAboveTitle(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "posted-by-above-title",
		text:  "Posted August 4, 2025 by the Marlow platform team\n\nIncident review: stalled exports\n\nOn August 1 at 13:10 UTC our export workers stopped taking new jobs. Exports queued and none were delivered. The workers were restarted and the incident was resolved at 14:25 UTC.\n\nThe workers hung on a lock that a cleanup job never released.",
		start: "2025-08-01T13:10:00Z", end: "2025-08-01T14:25:00Z", minutes: 75,
	}})
}

// TestPastIncidentsCut: a status page's incident is the one above its
// "Past incidents" heading; the ones listed below are others.
func TestPastIncidentsCut(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "past-incidents",
		text:  "Slow dashboard loading\n\nResolved - Dashboards load normally again.\nMar 6, 2025 - 14:40 UTC\n\nInvestigating - Dashboards are slow to load for some customers.\nMar 6, 2025 - 14:02 UTC\n\nPast incidents\n\nAPI errors in EU region\nResolved - Mar 5, 2025 - 19:30 UTC\nInvestigating - Mar 5, 2025 - 16:15 UTC",
		start: "2025-03-06T14:02:00Z", end: "2025-03-06T14:40:00Z", minutes: 38,
	}, {
		name:  "zh-lishi-shijian",
		text:  "短信发送延迟\n已解决 - 短信发送已恢复正常。2026-02-03 10:20\n调查中 - 部分短信发送延迟，正在排查。2026-02-03 09:50\n\n历史事件\n\n登录失败\n已解决 - 2026-02-02 18:00\n调查中 - 2026-02-02 16:30",
		start: "2026-02-03T09:50:00+08:00", end: "2026-02-03T10:20:00+08:00", minutes: 30,
	}})
}

// TestRecoveryInStages: a partial recovery and then the rest ("Most
// customers recovered by …; the last … came back at …"): it ended at the
// full recovery.
func TestRecoveryInStages(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "most-then-last",
		text:  "Managed cache incident - 2 October 2025\n\nAt 08:20 UTC a faulty config push began evicting every key in the eu-west cache clusters. Most clusters recovered by 09:05 UTC; the last affected clusters came back at 09:50 UTC.\n\nWe have added a canary stage to config pushes.",
		start: "2025-10-02T08:20:00Z", end: "2025-10-02T09:50:00Z", minutes: 90,
	}})
}

// TestPastNoonPartBeforeRangeEnd: "中午12:10至下午1:30": the part of the
// day before the range's end puts it past noon.
func TestPastNoonPartBeforeRangeEnd(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "zh-zhi-xiawu",
		text:  "关于订餐小程序无法支付的说明\n\n2025年9月5日上午11:40至下午1:05，部分用户在订餐小程序中支付失败，提示“系统繁忙”。\n\n原因为支付服务的数据库连接数达到上限，扩容后恢复。",
		start: "2025-09-05T11:40:00+08:00", end: "2025-09-05T13:05:00+08:00", minutes: 85,
	}})
}
