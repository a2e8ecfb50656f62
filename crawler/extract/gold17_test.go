package extract

import (
	"strings"
	"testing"
)

// A clock written with a dot after an ISO date ("Incident declared
// 2024-06-03 09.42", as British and European write-ups write their
// times) is that day's clock time, and the key event it dates is an
// event; a version, a per cent or an hour past 23 after a date is no
// clock (and, as before, no stamp: a date followed by a number).
func TestDottedClockAfterISODate(t *testing.T) {
	for _, c := range []struct {
		s          string
		hour, min  int
		clock, any bool
	}{
		{"2024-06-03 09.42", 9, 42, true, true},
		{"2024-06-03 9.05 Engineers restarted the queue", 9, 5, true, true},
		{"2024-06-03 23.59", 23, 59, true, true},
		{"2024-06-03 11.50.2 was released", -1, -1, false, false},
		{"2024-06-03 12.50% of requests failed", -1, -1, false, false},
		{"2024-06-03 25.10", -1, -1, false, false},
	} {
		st, _, ok := parseStamp(c.s, "en")
		if ok != c.any {
			t.Errorf("%q: ok %v", c.s, ok)
			continue
		}
		if c.clock && (st.hour != c.hour || st.min != c.min) {
			t.Errorf("%q: clock %d:%d, want %d:%d", c.s, st.hour, st.min, c.hour, c.min)
		}
		if !c.clock && ok && st.hour >= 0 {
			t.Errorf("%q: read a clock %d:%d", c.s, st.hour, st.min)
		}
	}
	doc := "---\ntitle: Incident on 2024-06-03 - Payroll exports failing\n---\n\n" +
		"# Incident on 2024-06-03 - Payroll exports failing\n\n" +
		"- **Key events**\n" +
		"  - First detected 2024-06-03 09:31\n" +
		"  - Incident declared 2024-06-03 09.42\n" +
		"  - Repaired 2024-06-03 10:15\n" +
		"  - Resolved 2024-06-03 10.27\n\n" +
		"- **Time to repair**: 44m\n\n" +
		"- **Impact**: Payroll teams at Brackenfold could not export the monthly files.\n\n" +
		"- **Resolution**:\n" +
		"  - The export job's expired service account key was rotated.\n"
	in := extractString(t, "brackenfold.md", doc)
	for _, want := range []struct{ at, text string }{{"2024-06-03T09:42", "Incident declared"}, {"2024-06-03T10:27", "Resolved"}} {
		found := false
		for _, ev := range in.Timeline {
			if strings.HasPrefix(ev.At, want.at) && strings.Contains(ev.Text+ev.TimeText, want.text) {
				found = true
			}
		}
		if !found {
			t.Errorf("no event %s %q: %+v", want.at, want.text, in.Timeline)
		}
	}
}
