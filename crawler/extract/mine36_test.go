package extract

import (
	"strings"
	"testing"
)

// TestTableRowOpeningWithNumber: a timeline table's row whose event opens
// with a number ("2nd attempt …", "429 errors climb", "3 nodes back")
// is an event at the row's time, in both languages; a clock glued to more
// digits ("16:325289") stays no time.
func TestTableRowOpeningWithNumber(t *testing.T) {
	doc := "# Payments API unavailable after a node pool rollover\n\n## Timeline\n\nAll times in UTC.\n\n" +
		"| Time | Event |\n| --- | --- |\n" +
		"| 2025-06-03 14:02 | Node pool rollover started |\n" +
		"| 2025-06-03 14:09 | 502 responses begin on the payments API |\n" +
		"| 2025-06-03 14:15 | 2nd rollover attempt started by the on-call engineer |\n" +
		"| 2025-06-03 14:31 | 3 healthy nodes join the pool, errors stop |\n"
	in := extractString(t, "rollover.md", doc)
	want := map[string]string{
		"2025-06-03T14:09:00Z": "502 responses begin",
		"2025-06-03T14:15:00Z": "2nd rollover attempt",
		"2025-06-03T14:31:00Z": "3 healthy nodes",
	}
	for _, e := range in.Timeline {
		if w, ok := want[e.At]; ok && strings.HasPrefix(e.Text, w) {
			delete(want, e.At)
		}
	}
	for at, w := range want {
		t.Errorf("no event %q at %s; timeline %+v", w, at, in.Timeline)
	}
	if in.StartedAt != "2025-06-03T14:09:00Z" && in.StartedAt != "2025-06-03T14:02:00Z" {
		t.Errorf("started %q", in.StartedAt)
	}

	zh := "# 开放平台接口大量返回 429 的故障说明\n\n## 时间线\n\n" +
		"| 时间 | 事件 |\n| --- | --- |\n" +
		"| 2025-09-21 20:05 | 429错误率开始上升 |\n" +
		"| 2025-09-21 20:47 | 定位到限流配置变更 |\n" +
		"| 2025-09-21 21:10 | 回滚配置，调用恢复正常 |\n"
	in = extractString(t, "limit.md", zh)
	found := false
	for _, e := range in.Timeline {
		if strings.HasPrefix(e.Text, "429错误率") && strings.HasPrefix(e.At, "2025-09-21T20:05:00") {
			found = true
		}
	}
	if !found {
		t.Errorf("no 429 event at 20:05; timeline %+v", in.Timeline)
	}

	for _, s := range []string{"16:325289", "2025-06-03 14:0912"} {
		if st, _, ok := parseStamp(s, "en"); ok && st.min == 32 || ok && st.min == 9 {
			t.Errorf("parseStamp(%q) read a time %+v", s, st)
		}
	}
}

// TestStatedLengthWithinSpan: a postmortem template's length field
// ("Time to recovery: 15 minutes") worked out from two of the timeline's
// own rows, when the timeline also holds the maintenance that came before
// and the permanent fix long after: the incident ran between those two
// rows. A length told in prose ("delays of up to 40 minutes") moves
// nothing.
func TestStatedLengthWithinSpan(t *testing.T) {
	doc := func(length string) string {
		return "# Load balancer lost its targets during maintenance\n\n## Summary\n\nA maintenance change to the scaling groups removed the instances from the load balancer and no traffic reached the shop.\n\n" +
			"## Timeline\n\nAll times in UTC.\n\n" +
			"- 2024-05-14 09:00 Maintenance window for the scaling groups started\n" +
			"- 2024-05-14 10:20 Scaling group change applied and the balancer's instance attachments removed\n" +
			"- 2024-05-14 10:26 Alert fires for 5XX responses on the balancer\n" +
			"- 2024-05-14 10:35 Issue mitigated by attaching the instances by hand\n" +
			"- 2024-05-14 11:40 Issue resolved and permanently fixed in the scaling module\n\n" +
			length
	}
	in := extractString(t, "lb.md", doc("## Stats\n\n- Time to detection: 6 minutes\n- Time to recovery: 15 minutes\n"))
	if in.StartedAt != "2024-05-14T10:20:00Z" || in.EndedAt != "2024-05-14T10:35:00Z" || in.DurationMinutes != 15 {
		t.Errorf("field: started %q ended %q duration %d, want 10:20–10:35, 15", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	in = extractString(t, "lb.md", doc("Some orders waited in the queue with delays of up to 15 minutes.\n"))
	if in.StartedAt != "2024-05-14T09:00:00Z" {
		t.Errorf("prose: started %q, want the timeline's own start", in.StartedAt)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"- time to recovery: 15 minutes", true},
		{"**duration**: 1h 50m", true},
		{"| total downtime | 40 min |", true},
		{"故障时长：40 分钟", true},
		{"the outage's duration was about an hour", false},
	} {
		if got := lengthField(c.s); got != c.want {
			t.Errorf("lengthField(%q) = %v", c.s, got)
		}
	}
}
