package extract

import (
	"strings"
	"testing"
)

// TestProseDayFromTheTop: a summary paragraph that opens on a dated
// range and ends on a later day ("… fully cleared by 4:10 AM PDT on
// March 12th") is read twice, first for its dated stamps to the end of
// the text, then sentence by sentence for its clock times. The second
// reading starts from the top again: the clock times of its middle
// sentences ("A config push began at 8:05 AM PDT") are on the day the
// paragraph opened with, not the later day the first reading ended on.
func TestProseDayFromTheTop(t *testing.T) {
	doc := "---\ntitle: Tarnhollow Queue service event in the Westmark region\ncompany: Tarnhollow\n---\n\n" +
		"A service disruption occurred in the Westmark Region on March 11th, 2025, affecting message delivery with elevated error rates between 1:20 PM PDT and 6:45 PM PDT. " +
		"The issue stemmed from a partition map that a routine config push had left out of date. " +
		"While the config push began at 8:05 AM PDT, the impact on queues started at 1:20 PM PDT. " +
		"First signs of recovery were observed at 3:55 PM PDT, with most queues draining by 5:30 PM PDT, and normal operations restored by 6:45 PM PDT. " +
		"Dead-letter backlogs took longer to clear, fully clearing by 4:10 AM PDT on March 12th.\n\n" +
		"The root cause was the stale partition map, which sent writes for a third of the queues to hosts that no longer owned them.\n"
	in := extractString(t, "tarnhollow.md", doc)
	if !strings.HasPrefix(in.StartedAt, "2025-03-11T13:20:00") {
		t.Errorf("started_at %q, want 2025-03-11T13:20 PDT", in.StartedAt)
	}
	want := map[string]string{"8:05 AM PDT": "2025-03-11T08:05", "3:55 PM PDT": "2025-03-11T15:55", "5:30 PM PDT": "2025-03-11T17:30", "4:10 AM PDT": "2025-03-12T04:10"}
	seen := map[string]bool{}
	for _, ev := range in.Timeline {
		if w, ok := want[ev.TimeText]; ok {
			seen[ev.TimeText] = true
			if !strings.HasPrefix(ev.At, w) {
				t.Errorf("event %q at %q, want %s", ev.Text, ev.At, w)
			}
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("no event at %s in %+v", k, in.Timeline)
		}
	}
}
