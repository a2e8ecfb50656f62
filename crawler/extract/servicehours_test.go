package extract

import "testing"

// TestServiceHoursNoEvent: the hours a page's footer gives for its help
// line ("客服热线 400-000-0000 | 工作时间 9:00-21:00", "Support hours: Mon–Fri
// 8am–6pm") are no event of the outage: they neither open its window nor
// close it.
func TestServiceHoursNoEvent(t *testing.T) {
	for _, c := range []struct {
		name, page, start string
	}{
		{"zh", "银杏快付 开放平台\n\n公告 > 服务公告\n\n银杏快付5月20日部分商户退款延迟说明\n\n2026年5月21日　银杏快付运营团队\n\n" +
			"5月20日下午2点左右，银杏快付部分商户发起的退款出现延迟，顾客迟迟收不到退款。延迟持续约3小时，下午5点前后全部处理完毕。\n\n" +
			"原因是退款队列的一台服务器磁盘写满，我们已扩容并增加了磁盘告警。\n\n客服热线 400-000-0000 | 工作时间 9:00-21:00\n\n© 2026 银杏快付\n",
			"2026-05-20T14:00:00+08:00"},
		{"en", "Pellham Broadband\n\nService notices\n\nEmail outage on 20 May 2026\n\n" +
			"From 14:10 to 16:45 BST on 20 May 2026, customers could not send or receive email. Webmail and the mobile app showed a sign-in error. A storage controller failed and its standby did not take over.\n\n" +
			"Contact us: 0300 000 0000 · Support hours: Mon–Fri 8am–6pm\n\n© 2026 Pellham Broadband Ltd\n",
			"2026-05-20T14:10:00+01:00"},
	} {
		in, err := Extract([]byte(c.page), "notice.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.StartedAt != c.start {
			t.Errorf("%s: started %s, want %s", c.name, in.StartedAt, c.start)
		}
		for _, e := range in.Timeline {
			if e.TimeText == "9:00" || e.TimeText == "8am" {
				t.Errorf("%s: the help line's hours are an event: %+v", c.name, e)
			}
		}
	}
}
