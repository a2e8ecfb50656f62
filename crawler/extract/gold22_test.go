package extract

import (
	"strings"
	"testing"
)

// A write-up published years after what it tells, in prose without clock
// times, whose front matter gives the incident's day: the sentence that
// names that day is an event of it, though the day lies far from the
// publication (a history otherwise).
func TestProseDayOfFrontMatterStart(t *testing.T) {
	doc := "---\ntitle: Corvane 3 maiden flight failure\nstart_time: 2001-09-12T00:00:00Z\nend_time: 2001-09-12T00:01:00Z\n" +
		"company: Corvane Aerospace\nsource_published_at: 2009-05-02T10:00:00Z\n---\n\n" +
		"The Corvane 3 maiden flight failed on September 12, 2001, forty seconds after lift-off.\n\n" +
		"The guidance software reused from the Corvane 2 converted a large velocity value into a small integer, which overflowed.\n\n" +
		"The vehicle and its two weather satellites were lost.\n"
	in := extractString(t, "corvane", doc)
	found := false
	for _, ev := range in.Timeline {
		found = found || strings.HasPrefix(ev.At, "2001-09-12") && strings.Contains(ev.Text, "maiden flight failed")
	}
	if !found {
		t.Errorf("timeline %+v, want the maiden flight's failure on 2001-09-12", in.Timeline)
	}
}
