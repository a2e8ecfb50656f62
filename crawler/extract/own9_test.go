package extract

import (
	"strings"
	"testing"
)

// Forms met in extract-own-9's even (tuning) documents, each in our own
// fictional text.

// A weekday written between a Chinese date and its clock ("2025 年 6 月 14
// 日星期六早上 4 点", "3 月 5 日（周二）上午 10 时") belongs to the stamp: the
// clock after it is the event's, and the weekday is not left at the head
// of the event's text.
func TestZhWeekdayBetweenDateAndClock(t *testing.T) {
	for _, c := range []struct{ line, at, text string }{
		{"我们依赖的签名证书在太平洋时间 2025 年 6 月 14 日星期六早上 4 点到期。", "2025-06-14T04:00", "签名证书"},
		{"2025 年 3 月 5 日（周二）上午 10 时，青禾云存储华南区部分用户上传失败。", "2025-03-05T10:00", "部分用户上传失败"},
		{"2025年3月5日周二 21:40，青禾云存储华南区部分用户上传失败。", "2025-03-05T21:40", "部分用户上传失败"},
	} {
		doc := "# 青禾云故障说明\n\n" + c.line + "\n\n工程师更换证书链后服务恢复正常。\n"
		in := extractString(t, "qinghe.md", doc)
		found := false
		for _, ev := range in.Timeline {
			if strings.HasPrefix(ev.At, c.at) && strings.Contains(ev.Text, c.text) {
				found = true
				if strings.HasPrefix(ev.Text, "（") || strings.HasPrefix(ev.Text, "周") {
					t.Errorf("%q: the weekday is left in the event's text %q", c.line, ev.Text)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event at %s: %+v", c.line, c.at, in.Timeline)
		}
	}
}

// An outage's length told as the window or period it filled ("during a
// 100-minute window", "a 40 minute period during which …") is its length;
// the window of a planned maintenance or of the data a restore lost is
// not.
func TestDurationToldAsAWindow(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Brindle's checkout was under a flood of bot traffic during a 100-minute window on May 4, 2025.", 100},
		{"A broken branch rule caused a 40 minute period during which no change could merge at Brindle.", 40},
		{"Brindle's checkout failed during a two-hour period on May 4, 2025, after a bad release.", 120},
		{"Brindle completed its database upgrade within the planned 45-minute window on May 4, 2025.", 0},
		{"The restore brought all orders back besides a 5-minute window of data on May 4, 2025.", 0},
	} {
		if got := statedDuration(c.text, "en"); got != c.want {
			t.Errorf("%q: %d minutes, want %d", c.text, got, c.want)
		}
	}
	in := extractString(t, "brindle.md", "# Brindle checkout outage\n\nBrindle's checkout was under a flood of bot traffic during a 100-minute window on May 4, 2025.\n")
	if in.DurationMinutes != 100 {
		t.Errorf("duration %d, want 100", in.DurationMinutes)
	}
}

// "UTC-7 时间" is a zone's time and "UTC+8 时区" a time zone: neither is
// seven or eight o'clock. 14 时, 9 时 30 分 stay clocks.
func TestZoneTimeWordIsNoClock(t *testing.T) {
	doc := "# 青禾文档服务中断\n\n在过去的一个小时里，我们收到了许多用户无法打开青禾文档表格的反馈。\n\n" +
		"> 我们的团队正在继续调查这个问题。我们将在 UTC-7 时间 2025 年 4 月 21 日下午 6:30:00 之前提供更多信息。\n" +
		"> 我们的工程师在 UTC+8 时区工作，服务在 2025 年 4 月 22 日 9 时 30 分恢复。\n"
	in := extractString(t, "qinghe-docs.md", doc)
	for _, ev := range in.Timeline {
		if strings.Contains(ev.TimeText, "7 时") || strings.Contains(ev.TimeText, "8 时") || strings.HasPrefix(ev.TimeText, "7") || strings.HasPrefix(ev.TimeText, "8") {
			t.Errorf("a zone's number read as a clock: %+v", ev)
		}
	}
	found := false
	for _, ev := range in.Timeline {
		found = found || strings.HasPrefix(ev.At, "2025-04-22T09:30")
	}
	if !found {
		t.Errorf("no event at 09:30: %+v", in.Timeline)
	}
}

// A write-up whose summary is stated apart (front matter): the body's
// opening sentence that tells how long the service was down ("Tansy
// experienced approximately 40 seconds of checkout downtime …") is the
// first line of the impact, before a later paragraph the cue words placed.
func TestOpeningDowntimeLengthIsImpact(t *testing.T) {
	doc := "---\ntitle: Tansy checkout stall\nsummary: A schema change waited on a lock held by a report query and blocked all checkout queries.\n---\n\n" +
		"In early March, Tansy experienced approximately 40 seconds of unexpected checkout downtime during a planned schema change. " +
		"Shortly after the change began, checkout pages started to hang.\n\n" +
		"The change was triggered by an ALTER TABLE statement that needed an exclusive lock on the orders table.\n\n" +
		"The exclusive lock entered a queue behind a long report query, and every checkout query queued up behind it, leading to widespread timeouts and the outage.\n\n" +
		"To prevent similar issues, Tansy now sets a lock timeout in every migration script.\n"
	in := extractString(t, "tansy.md", doc)
	if !strings.Contains(in.Impact, "experienced approximately 40 seconds of unexpected checkout downtime") {
		t.Errorf("impact %q", in.Impact)
	}
	if strings.Contains(in.Impact, "lock timeout in every migration script") {
		t.Errorf("impact holds the remediation: %q", in.Impact)
	}
}
