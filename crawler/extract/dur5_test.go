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
