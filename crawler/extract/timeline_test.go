package extract

import (
	"strings"
	"testing"
)

// "左右" after a time is part of the time ("about"), not the event's text.
func TestAboutBelongsToTime(t *testing.T) {
	doc := "2024 年 5 月 9 日：同步服务中断报告\n\n5 月 9 日上午 9 点 10 分左右，同步服务开始报错。\n\n10:40 服务恢复。\n"
	in, err := Extract([]byte(doc), "sync.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.Text, "左右") {
			t.Errorf("event %q: 左右 left in the text", ev.Text)
		}
		if strings.Contains(ev.Text, "同步服务开始报错") && !strings.HasSuffix(ev.TimeText, "左右") {
			t.Errorf("time text %q, want it to end with 左右", ev.TimeText)
		}
	}
}

// A clock left to fill in ("HH:mm") is neither a time nor the event's text.
func TestClockPlaceholder(t *testing.T) {
	doc := "# Gateway 502s\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2023-03-01 HH:mm | A limit was applied to the gateway namespace |\n| 2023-03-09 14:05 | The limit was removed |\n"
	in, err := Extract([]byte(doc), "gw.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) != 2 {
		t.Fatalf("timeline %+v, want two events", in.Timeline)
	}
	if ev := in.Timeline[0]; ev.Text != "A limit was applied to the gateway namespace" || strings.Contains(ev.TimeText, "HH") {
		t.Errorf("event %+v: the placeholder is left in", ev)
	}
}
