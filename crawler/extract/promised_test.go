package extract

import (
	"strings"
	"testing"
)

// TestPromisedUpdateTimes: the time a status update promises the next one
// by is no event: not in a news story's quote, not in a service-health
// page's "Next update by" rows, not in a Chinese notice; the times the
// updates were posted stay.
func TestPromisedUpdateTimes(t *testing.T) {
	for _, c := range []struct {
		name, file, text string
		start, end       string
		noEventAt        string
		events           int
	}{
		{"news quote", "quote.md", `# Ferrow Docs down for some users

On March 5, 2024 at 5:10 PM PDT some Ferrow Docs users could not open their documents, and the company's status dashboard turned orange.

"Our team is continuing to investigate this issue. We will provide more information by 3/5/2024 6:36:00 PM PDT," the dashboard read an hour later.
`, "2024-03-05T17:10:00-07:00", "", "2024-03-05T18:36:00-07:00", 1},
		{"service health rows", "health.txt", `Service health - Ferrow 365 admin center

Users may be unable to open shared calendars in Ferrow Calendar

Status: Service restored
Start time: Wednesday, October 1, 2025, at 1:06 PM UTC
Next update by: Wednesday, October 1, 2025, at 2:30 PM UTC
Next update by: Wednesday, October 1, 2025, at 3:30 PM UTC
End time: Wednesday, October 1, 2025, at 3:44 PM UTC
Next update by: Wednesday, October 1, 2025, at 4:30 PM UTC

User impact: Users could not open calendars that others had shared with them.
`, "2025-10-01T13:06:00Z", "2025-10-01T15:44:00Z", "2025-10-01T16:30:00Z", 2},
		{"chinese notice", "notice.md", `# 关于费罗云文档部分用户无法打开文档的说明

2024 年 3 月 5 日下午 5:10，部分用户无法打开文档。

我们的团队正在调查这个问题。我们将在 2024 年 3 月 5 日下午 6:36 之前提供有关此问题的更多信息。

2024 年 3 月 5 日晚上 7:02，所有用户均已恢复访问。
`, "2024-03-05T17:10:00+08:00", "2024-03-05T19:02:00+08:00", "2024-03-05T18:36:00+08:00", 2},
	} {
		in, err := Extract([]byte(c.text), c.file, "")
		if err != nil {
			t.Fatal(err)
		}
		var ats []string
		for _, ev := range in.Timeline {
			ats = append(ats, ev.At)
			if ev.At == c.noEventAt {
				t.Errorf("%s: event at the promised time %s: %q", c.name, ev.At, ev.Text)
			}
		}
		if in.StartedAt != c.start || in.EndedAt != c.end {
			t.Errorf("%s: %s – %s, want %s – %s (events %s)", c.name, in.StartedAt, in.EndedAt, c.start, c.end, strings.Join(ats, " "))
		}
		if len(in.Timeline) < c.events {
			t.Errorf("%s: %d events, want %d", c.name, len(in.Timeline), c.events)
		}
	}
}
