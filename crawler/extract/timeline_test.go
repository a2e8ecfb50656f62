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
