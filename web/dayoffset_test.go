package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestDayAloneOffsets: a timeline row that tells only its day ("6月1日晚，
// …", "On June 3, …") is stored at midnight; it is shown as that day, not
// as a clock time hours before the start ("T−21h7m", "00:00"), and its
// offset counts days when it falls on another day than the start's.
func TestDayAloneOffsets(t *testing.T) {
	in := &data.Incident{
		ID: "dayalone", Title: "下单故障", Lang: "zh", StartedAt: "2026-06-01T21:07:00+08:00",
		Timeline: []data.TimelineEvent{
			{At: "2026-06-01T00:00:00+08:00", TimeText: "6月1日晚", Text: "青禾商城的部分订单提交失败。"},
			{At: "2026-06-01T21:07:00+08:00", TimeText: "6月1日晚 21:07", Text: "监控告警。"},
			{At: "2026-06-01T22:40:00+08:00", TimeText: "22:40", Text: "恢复。"},
			{At: "2026-06-03T00:00:00+08:00", TimeText: "6月3日", Text: "复盘会议。"},
			{At: "2026-06-04T00:00:00+08:00", TimeText: "6月4日 0:00", Text: "零点切换。"},
		},
	}
	ts := incidentsServer(t, in)
	offset := func(s string) string {
		return `<span class="timeline-offset" title="Time since the incident began">` + strings.ReplaceAll(s, "+", "&#43;") + `</span>`
	}
	r := checkNeedles(t, ts, "/incidents/dayalone", http.StatusOK, []string{
		`<time class="timeline-time" datetime="2026-06-01T00:00:00&#43;08:00" title="2026-06-01">6月1日晚</time>`,
		offset("T+0") + `<time class="timeline-time" datetime="2026-06-01T21:07:00&#43;08:00"`,
		offset("T+1h33m") + `<time class="timeline-time" datetime="2026-06-01T22:40:00&#43;08:00"`,
		offset("T+2d") + `<time class="timeline-time" datetime="2026-06-03T00:00:00&#43;08:00" title="2026-06-03">6月3日</time>`,
		offset("T+2d2h") + `<time class="timeline-time" datetime="2026-06-04T00:00:00&#43;08:00" title="2026-06-04 00:00 &#43;08:00">6月4日 0:00</time>`,
	}, []string{"T−21h7m", `title="2026-06-01 00:00`})
	if n := strings.Count(r.body, `class="timeline-offset"`); n != 4 {
		t.Errorf("%d offsets, want 4", n)
	}
}
