package extract

import (
	"strings"
	"testing"
)

// TestDayThenEveningClock: a Chinese write-up puts the part of the day
// right after the date in its one-character form ("3月28日晚 21:07",
// "6月2日早 7:40", "当日晚间 9 点"): the clock is that day's, not midnight's.
func TestDayThenEveningClock(t *testing.T) {
	page := "# 一次缓存集群扩容引发的下单故障复盘\n\n" +
		"2026年6月1日晚，青禾商城的部分订单提交失败，持续约两个小时。\n\n" +
		"## 时间线\n\n" +
		"6月1日晚 21:07，监控告警：下单成功率从 99.8% 跌至 70%。\n\n" +
		"21:15，值班同学拉起故障群，开始排查。\n\n" +
		"22:40，回滚扩容配置后下单成功率恢复，故障结束。\n\n" +
		"6月2日早 7:40，复盘会议开始。\n\n" +
		"## 根本原因\n\n缓存集群扩容时新节点的连接上限配置过低，大量请求超时。\n"
	in, err := Extract([]byte(page), "qinghe.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-06-01T21:07") {
		t.Errorf("started %q, want 2026-06-01T21:07", in.StartedAt)
	}
	var at []string
	for _, ev := range in.Timeline {
		at = append(at, ev.At)
		if strings.Contains(ev.TimeText, "21:07") && !strings.HasPrefix(ev.At, "2026-06-01T21:07") ||
			strings.Contains(ev.TimeText, "7:40") && !strings.HasPrefix(ev.At, "2026-06-02T07:40") {
			t.Errorf("%q read as %s", ev.TimeText, ev.At)
		}
	}
	for _, want := range []string{"2026-06-01T21:07", "2026-06-02T07:40"} {
		found := false
		for _, a := range at {
			found = found || strings.HasPrefix(a, want)
		}
		if !found {
			t.Errorf("timeline %v lacks %s", at, want)
		}
	}
	for _, tc := range []struct{ s, want string }{
		{"3月28日晚 21:07", "21:07"},
		{"3月28日晚9点", "21:00"},
		{"2026年3月28日晚间 9:30", "21:30"},
		{"3月29日早 7:05", "07:05"},
		{"晚 9 点", "21:00"},
	} {
		st, n, ok := parseStamp(tc.s, "zh")
		if !ok || n != len(tc.s) || st.hour < 0 {
			t.Errorf("parseStamp(%q) = %+v, %d, %v: want the whole, at %s", tc.s, st, n, ok, tc.want)
			continue
		}
		if got := twoDigit(st.hour) + ":" + twoDigit(st.min); got != tc.want {
			t.Errorf("parseStamp(%q) at %s, want %s", tc.s, got, tc.want)
		}
	}
}

func twoDigit(n int) string {
	if n < 0 {
		n = 0
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

// TestSocialProfileIsNoTitle: a status account's page saved from a social
// site opens with the site's name and menu, the account's name over its
// handle, its description, its counts and badges, or a member's headline
// and the post's age: none names the incident; the first post does.
func TestSocialProfileIsNoTitle(t *testing.T) {
	for _, tc := range []struct{ name, page, want string }{
		{"bsky.txt", "Bluesky\nHome  Explore  Notifications  Chat  Profile\n\nKestrel Ferries\n@status.kestrelferries.example\nService news for Kestrel Ferries' sailings, bookings and app.\n2.4K followers  9 following  215 posts\n\nPosts  Replies  Media\n\n" +
			"Kestrel Ferries @status.kestrelferries.example · Apr 9\nOnline booking and the app are down at the moment. Our teams are on it; you can still buy tickets at the port.\nApril 9, 2026 at 7:12 AM\n💬 12  🔁 40  ♡ 18\n\n" +
			"Kestrel Ferries @status.kestrelferries.example · Apr 9\nBooking is working again. The outage was caused by an expired certificate on our payment gateway.\nApril 9, 2026 at 8:05 AM\n",
			"Online booking and the app are down at the moment"},
		{"masto.txt", "Wrenfield Social\nHome  Explore  Live feeds  About\n\nWrenfield Status\n@status@wrenfield.social\nFollows you  ·  Bot\n\nPosts  Posts and replies  Media\n\n" +
			"Wrenfield Status @status@wrenfield.social · Jan 5, 2026, 09:14\nSearch and notifications are delayed. We're looking into it.\n↩ 4  🔁 30  ⭐ 11\n\n" +
			"Wrenfield Status @status@wrenfield.social · Jan 5, 2026, 10:02\nFixed: a full disk on the queue server stopped the workers. Everything has caught up.\n",
			"Search and notifications are delayed"},
		{"telegram.txt", "Brisa Bank\nchannel · 31 870 subscribers\n\n12 March 2026\n\nWhat happened with card payments on Tuesday\n\n" +
			"On Tuesday, 10 March, between 17:05 and 18:40 CET, card payments in shops were declined for many of you. The cause was a failed network switch in our data centre; traffic moved to the second switch only after engineers forced it.\n",
			"What happened with card payments on Tuesday"},
		{"linkedin.txt", "LinkedIn\nHome  My Network  Jobs  Messaging  Notifications\n\nMarta Oyelaran\nVP Engineering at Quillbox | Making payroll boring again\n3d • Edited •\n\n" +
			"Why Quillbox payroll runs were late on Monday\n\nOn Monday from 06:10 to 09:30 UTC payroll runs queued without starting. A scheduler upgrade had halved its worker limit, and nobody noticed until the queue alarm fired.\n",
			"Why Quillbox payroll runs were late on Monday"},
	} {
		in, err := Extract([]byte(tc.page), tc.name, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(in.Title, tc.want) {
			t.Errorf("%s: title %q, want %q", tc.name, in.Title, tc.want)
		}
	}
	for _, line := range []string{"3.1K followers  12 following  418 posts", "channel · 48 213 subscribers", "粉丝 1.2万 关注 36", "Follows you · Bot", "CTO at Tallis Tickets | Building calm systems", "Posts  Posts and replies  Media", "1w • Edited •"} {
		if !isDebris(cleanSpace(line)) {
			t.Errorf("%q is not taken for furniture", line)
		}
	}
	for _, line := range []string{"500 errors for 40 minutes", "Engineer at Acme deleted the production database", "Posts were not delivered", "Media uploads failing"} {
		if isDebris(cleanSpace(line)) {
			t.Errorf("%q is taken for furniture", line)
		}
	}
}

// TestStatedDurationOddBytes: a text whose lowering changes its length
// (bytes that are no UTF-8, "İ", the Kelvin sign, as a crawled page may
// hold) still gives the length it states, and never panics.
func TestStatedDurationOddBytes(t *testing.T) {
	for _, pre := range []string{strings.Repeat("\xff", 300), strings.Repeat("İ", 200), strings.Repeat("\u212a", 120), "Caf\xe9 \xc3( "} {
		text := pre + " The outage lasted 45 minutes. " + pre + " Retries took 2 hours."
		if got := statedDuration(text, "en"); got != 45 {
			t.Errorf("statedDuration after %d odd bytes = %d, want 45", len(pre), got)
		}
		in, err := Extract([]byte("# Queue outage\n\n"+text+"\n"), "odd.md", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.DurationMinutes != 45 {
			t.Errorf("Extract after %d odd bytes: duration %d, want 45", len(pre), in.DurationMinutes)
		}
	}
}

// TestDayOpeningClause: a clause that opens with "Yesterday," or a
// weekday and then names the day ("Yesterday, Wednesday 26 November,
// between 6:40 pm and 8:55 pm CET, …") dates the times it goes on to
// give, as "On Wednesday 26 November, between …" does.
func TestDayOpeningClause(t *testing.T) {
	for _, lead := range []string{"Yesterday, Wednesday 26 November", "Wednesday 26 November", "On Wednesday 26 November", "Last night, Wednesday 26 November"} {
		page := "Brisa Bank\n\n27 November 2025\n\nWhat happened with card payments\n\n" + lead +
			", between 6:40 pm and 8:55 pm CET, many of you could not pay by card in shops. We are truly sorry.\n\n" +
			"The reason was a failed network switch in our data centre.\n\nAt 8:30 pm our engineers moved traffic to the second switch, and payments worked again by 8:55 pm.\n\n" +
			"27 November 2025\n\nPlanned maintenance on Sunday 30 November 02:00–04:00 CET: the app may be unavailable for a few minutes.\n"
		in, err := Extract([]byte(page), "brisa.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(in.StartedAt, "2025-11-26T18:40") {
			t.Errorf("%q: started %q, want 2025-11-26T18:40", lead, in.StartedAt)
		}
		for _, ev := range in.Timeline {
			if strings.Contains(ev.TimeText, "8:30") && !strings.HasPrefix(ev.At, "2025-11-26T20:30") {
				t.Errorf("%q: %q at %s, want 2025-11-26T20:30", lead, ev.TimeText, ev.At)
			}
		}
	}
}
