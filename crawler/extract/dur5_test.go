package extract

import "testing"

// TestNumberedSectionAfterNoticeTitle: a notice under a breadcrumb whose
// first numbered section has a name no section lexicon knows ("一、故障
// 情况") keeps its title, and the opening paragraph above that section
// (which states when the fault began) stays in the text: the numbered
// heading is the write-up's first section, not its title.
func TestNumberedSectionAfterNoticeTitle(t *testing.T) {
	text := "青岚市民卡服务网 > 通知公告\n\n关于“青岚市民卡”App故障及恢复情况的公告\n\n发布日期：2026年9月18日\n\n2026年9月15日14时起，“青岚市民卡”App及网站发生故障，乘车码和余额查询无法使用。平台于9月16日10时20分全面恢复运行。\n\n一、故障情况\n\n9月15日下午，数据中心一台交换机发生故障，业务数据库无法访问。\n\n二、处置过程\n\n9月15日至16日，更换交换机并恢复数据库；\n9月16日10时20分，平台全部功能恢复。\n\n青岚市民卡服务中心"
	in, err := Extract([]byte(text), "numbered-section.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "关于“青岚市民卡”App故障及恢复情况的公告"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	checkDurCases(t, []durCase{{
		name:  "numbered-section-after-title",
		text:  text,
		start: "2026-09-15T14:00:00+08:00", end: "2026-09-16T10:20:00+08:00", minutes: 1220,
	}})
}

// TestDatedHourOpensLaterSentence: a later sentence of a timeline's
// paragraph that opens on a day and a bare hour ("9月9日上午7点左右，最后一
// 批…修复完成") tells a step of its own, as one that opens on a clock
// time with minutes does: here the recovery, which a stated approximate
// length ("持续近两天") does not outweigh.
func TestDatedHourOpensLaterSentence(t *testing.T) {
	// (the duration stays the stated length, 2880 minutes, near the
	// 2760 the times give: only the end is checked here)
	text := "梧桐云数据库服务故障复盘\n\n更新时间：2026年9月12日\n\n摘要\n\n2026年9月7日上午9点开始，华东二区云数据库服务出现大面积连接失败，持续近两天，至9月9日上午7点左右全部恢复。\n\n故障经过\n\n9月7日上午9点，华东二区一组数据库主机在内核升级后反复重启，连接开始大量失败。工程师最初尝试回滚内核，但效果有限。\n\n9月8日全天，团队按实例的业务优先级分批迁移数据库实例。截至9月8日晚，约八成实例已恢复正常。9月9日上午7点左右，最后一批实例迁移完成，服务全部恢复。\n\n根本原因\n\n新内核与该批主机的网卡驱动不兼容。"
	in, err := Extract([]byte(text), "dated-hour-later-sentence.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-09-07T09:00:00+08:00" || in.EndedAt != "2026-09-09T07:00:00+08:00" {
		t.Errorf("%q – %q, want 2026-09-07T09:00:00+08:00 – 2026-09-09T07:00:00+08:00", in.StartedAt, in.EndedAt)
	}
}
