package extract

import (
	"strings"
	"testing"
)

// TestMonthDayBeforeClock: a month's day right before its clock, with
// only a space between ("between March 14th 17:20 UTC and 00:00 UTC",
// "Feb 3 11:48 PM PST We are investigating"), dates that clock; the range's
// end after midnight is the next day.
func TestMonthDayBeforeClock(t *testing.T) {
	doc := "# Quillon build cache data loss\n\n" +
		"On March 14, 2026, load on the Quillon build cache rose from around 19:00 UTC. At approximately 23:30 UTC an operator promoted a stale replica, and the primary's recent writes were discarded. " +
		"The cache was serving again by March 15, 2026, 11:45 UTC.\n\n" +
		"The cache was unavailable for about twelve hours. Cache entries written between March 14th 17:20 UTC and 00:00 UTC were lost and had to be rebuilt by clients.\n"
	evs := eventsAt(t, doc, "quillon.md", false)
	for _, at := range []string{"2026-03-14T17:20:00Z", "2026-03-15T00:00:00Z"} {
		if !strings.Contains(evs[at], "between March 14th 17:20 UTC") {
			t.Errorf("no event at %s from the lost-writes range (events %v)", at, evs)
		}
	}
	post := "Tarnwick Cloud Service Health\n\nIncreased launch failures in one zone\n\nEvent log for 3 February 2026\n\n" +
		"Feb 4 1:12 AM PST Instance launches have recovered and the issue is resolved.\n\n" +
		"Feb 3 11:48 PM PST We are investigating increased instance launch failures for some instances in a single zone, starting around 11:30 PM PST.\n"
	if got := eventsAt(t, post, "tarnwick.txt", true)["2026-02-03T23:48:00-08:00"]; !strings.HasPrefix(got, "Feb 3 11:48 PM PST We are investigating") {
		t.Errorf("event at Feb 3 23:48 PST = %q, want the investigating update (events %v)", got, eventsAt(t, post, "tarnwick.txt", true))
	}
}

// TestCtimeStamp: a machine's stamp with its year after the clock and
// zone (date(1), a mail archive's "Wed May 20 09:14:02 UTC 2026") is read
// whole, with its year.
func TestCtimeStamp(t *testing.T) {
	st, n, ok := parseStamp("Wed May 20 09:14:02 UTC 2026 - posted", "en")
	if !ok || st.year != 2026 || st.month != 5 || st.day != 20 || st.hour != 9 || st.min != 14 || st.text != "Wed May 20 09:14:02 UTC 2026" || n != len(st.text) {
		t.Errorf("parseStamp = %+v, %d, %v; want 2026-05-20 09:14:02 UTC read whole", st, n, ok)
	}
	if st, _, ok := parseStamp("May 20 09:14 UTC 20 servers", "en"); !ok || st.year >= 0 {
		t.Errorf("a count after a stamp was read as its year: %+v", st)
	}
}
