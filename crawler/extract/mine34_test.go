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
