package extract

import (
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

// TestTimeForms resolves the time forms write-ups use against a write-up
// dated 2022-04-10 (for year inference), in Chinese (+08:00 by default)
// and English (UTC by default).
func TestTimeForms(t *testing.T) {
	for _, tc := range []struct {
		lang, in, want, text string
	}{
		{"zh", "5月18日 04:00，确认新的应急预案", "2022-05-18T04:00:00+08:00", "5月18日 04:00"},
		{"zh", "5 月 17 日 23:15，值班运维接到系统报警", "2022-05-17T23:15:00+08:00", "5 月 17 日 23:15"},
		{"zh", "2021-05-18 22:15 邮件系统恢复", "2021-05-18T22:15:00+08:00", "2021-05-18 22:15"},
		{"zh", "2021年5月18日凌晨3点，光缆中断", "2021-05-18T03:00:00+08:00", "2021年5月18日凌晨3点"},
		{"zh", "4月8日下午2点30分 发布回滚", "2022-04-08T14:30:00+08:00", "4月8日下午2点30分"},
		{"en", "08:25 UTC - failover started", "2022-04-10T08:25:00Z", "08:25 UTC"}, // on the write-up's day
		{"en", "April 4 - sites went dark", "2022-04-04T00:00:00Z", "April 4"},
		{"en", "Apr 4, 2022 2:10pm PST: paged", "2022-04-04T14:10:00-08:00", "Apr 4, 2022 2:10pm PST"},
		{"en", "4 December 2019 at 00:30 CET nodes deleted", "2019-12-04T00:30:00+01:00", "4 December 2019 at 00:30 CET"},
		{"en", "2019-12-04T00:30:00+08:00 deploy", "2019-12-04T00:30:00+08:00", "2019-12-04T00:30:00+08:00"},
		{"en", "Dec 31 23:59 clock stepped back", "2021-12-31T23:59:00Z", "Dec 31 23:59"}, // written in April about December
		{"zh", "01-22 09:58 | 监控发现失败率上升", "2022-01-22T09:58:00+08:00", "01-22 09:58"},     // a table row's first cell
		{"en", "9:10 in the morning Pacific time, the site went down", "2022-04-10T09:10:00-07:00", "9:10 in the morning Pacific time"},
		{"en", "4:30 in the afternoon ET we rolled back", "2022-04-10T16:30:00-04:00", "4:30 in the afternoon ET"},
	} {
		tb := newTimelineBuilder(tc.lang, "2022-04-10", "")
		st, _, ok := parseStamp(tc.in, tc.lang)
		if !ok {
			t.Errorf("%q: no time found", tc.in)
			continue
		}
		if st.text != tc.text {
			t.Errorf("%q: time_text %q, want %q", tc.in, st.text, tc.text)
		}
		if tc.want == "" {
			continue
		}
		got, ok := tb.resolve(st, nil)
		if !ok || got.Format("2006-01-02T15:04:05Z07:00") != tc.want {
			t.Errorf("%q: at %v (%v), want %s", tc.in, got, ok, tc.want)
		}
	}
}

// TestDatesCarryForward: a clock time takes the date of the event before
// it, and rolls over midnight.
func TestDatesCarryForward(t *testing.T) {
	tb := newTimelineBuilder("zh", "2023-03-15", "")
	for _, line := range []string{"3月11日 23:40 光缆中断", "23:55 启动切换", "00:20 确认挖断", "02:35 网络恢复"} {
		if !tb.add(line, nil, atStart) {
			t.Fatalf("%q not an event", line)
		}
	}
	want := []string{"2023-03-11T23:40:00+08:00", "2023-03-11T23:55:00+08:00", "2023-03-12T00:20:00+08:00", "2023-03-12T02:35:00+08:00"}
	for i, ev := range tb.events {
		if ev.At != want[i] {
			t.Errorf("event %d at %s, want %s", i, ev.At, want[i])
		}
	}
}

func TestStatedDuration(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       int
	}{
		{"zh", "平台无法正常访问，持续了近8个小时(14时10分至21时45分)", 480},
		{"zh", "邮件服务中断 23 小时", 1380},
		{"zh", "本次故障持续时间超过 3 个半小时", 210},
		{"zh", "tailscale.com 在约 90 分钟内不可用", 90},
		{"en", "The outage lasted about 90 minutes.", 90},
		{"en", "users were affected for 2 hours and 6 minutes", 126},
		{"en", "No stated length here, only 5 servers.", 0},
	} {
		if got := statedDuration(tc.text, tc.lang); got != tc.want {
			t.Errorf("%q: %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestSpanIgnoresFarDates: a date far from the write-up's own (the Unix
// epoch in an article about date bugs) does not start the incident.
func TestSpanIgnoresFarDates(t *testing.T) {
	evs := []data.TimelineEvent{
		{At: "1970-01-01T00:00:00Z", Text: "the epoch"},
		{At: "2024-02-29T08:00:00Z", Text: "payments failed"},
		{At: "2024-02-29T11:30:00Z", Text: "resolved"},
	}
	start, end := span(evs, []bool{true, true, true}, "2024-03-02")
	if start.Format(time.RFC3339) != "2024-02-29T08:00:00Z" || end.Format(time.RFC3339) != "2024-02-29T11:30:00Z" {
		t.Errorf("span %v – %v", start, end)
	}
	// without a write-up date, two events a lifetime apart both count
	if start, _ := span(evs[:2], []bool{true, true}, ""); start.Year() != 1970 {
		t.Errorf("without a write-up date: %v", start)
	}
}

// TestFromNumber: the prefilter of stated English ranges says yes to every
// text enRange matches.
func TestFromNumber(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The outage lasted from 9:16 PM to 11:16 PM PDT.", true},
		{"BETWEEN\t14:02 and 15:21 UTC errors rose", true},
		{"traffic from\n2 regions", true},
		{"from9 to 10", false},
		{"we moved away from Redis", false},
		{"between", false},
		{"", false},
	} {
		if got := fromNumber(tc.text); got != tc.want {
			t.Errorf("fromNumber(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if enRange.MatchString(tc.text) && !fromNumber(tc.text) {
			t.Errorf("%q: enRange matches but the prefilter says no", tc.text)
		}
	}
}

// TestNotDates: a month with a year, a release's number and a range of
// counts are no dates.
func TestNotDates(t *testing.T) {
	if st, _, ok := parseStamp("September 2025: summary of findings", "en"); ok && st.hasDate() {
		t.Errorf("'September 2025' read as %+v", st)
	}
	if d := pickDay("Release 2026.04.3 of the image service began its rollout", false); !d.IsZero() {
		t.Errorf("a release's number read as the day %v", d)
	}
	if d := pickDay("On 2026.04.16 the image service failed", false); d.Format("2006-01-02") != "2026-04-16" {
		t.Errorf("a dotted date read as %v", d)
	}
}

// TestDatedFieldOverSequence: a clock time after a dated field that is
// more than half a day later is that day's, not the next day's; a
// sequence past midnight still rolls over.
func TestDatedFieldOverSequence(t *testing.T) {
	tb := newTimelineBuilder("en", "2025-07-22", "Sequence of events (all times MST)")
	for _, line := range []string{"Event end: 2025-07-15 18:57 MST", "15:22 Utility feed A lost", "23:40 Generators refuelled", "00:30 Feed restored"} {
		tb.add(line, nil, atStart)
	}
	want := []string{"2025-07-15T18:57:00-07:00", "2025-07-15T15:22:00-07:00", "2025-07-15T23:40:00-07:00", "2025-07-16T00:30:00-07:00"}
	for i, ev := range tb.events {
		if i < len(want) && ev.At != want[i] {
			t.Errorf("event %d (%s) at %s, want %s", i, ev.Text, ev.At, want[i])
		}
	}
	if len(tb.events) != len(want) {
		t.Errorf("%d events, want %d", len(tb.events), len(want))
	}
}

// TestIrishStandardTime: IST is Ireland's UTC+1 in a write-up about
// Dublin, India's UTC+5:30 elsewhere.
func TestIrishStandardTime(t *testing.T) {
	for text, want := range map[string]string{
		"The outage in the Dublin region started at 08:52 IST.": "2025-10-15T08:52:00+01:00",
		"The outage in the Mumbai region started at 08:52 IST.": "2025-10-15T08:52:00+05:30",
	} {
		tb := newTimelineBuilder("en", "2025-10-15", text)
		st, _, ok := parseStamp("08:52 IST", "en")
		got, ok2 := tb.resolve(st, nil)
		if !ok || !ok2 || got.Format(time.RFC3339) != want {
			t.Errorf("%q: %v, want %s", text, got, want)
		}
	}
}
