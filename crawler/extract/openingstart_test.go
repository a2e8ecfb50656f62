package extract

import "testing"

// TestReportStartBeforeFirstUpdate: a status page whose report says from
// when it went wrong ("Starting at 07:41 UTC on 9 February 2026, …"),
// ten minutes before its first update was posted, began then; a
// "Starting at" more than six hours before the first update is another
// day's trouble, not taken.
func TestReportStartBeforeFirstUpdate(t *testing.T) {
	page := func(start string) string {
		return "Quillon Edge Status\n\nIncident history › February 2026\n\nSlow page loads for customers in Europe\n\nResolved · This incident has been resolved.\n\nRoot cause analysis\n\n" +
			"Starting at " + start + " UTC on 9 February 2026, edge servers in Europe served a large share of requests from origin instead of from cache, and customers with slow origins saw timeouts. The cause was a change to how cache keys are built: a flag check was inverted, so every request missed the cache.\n\n" +
			"We reverted the change at 08:20 UTC and caches had filled again by 09:05 UTC.\n\n" +
			"Updates\n\n" +
			"Resolved - Cache hit ratios are back to normal.\nFeb 9, 2026 - 09:05 UTC\n\n" +
			"Identified - A cache key change has been reverted.\nFeb 9, 2026 - 08:24 UTC\n\n" +
			"Investigating - We are investigating elevated origin timeouts in Europe.\nFeb 9, 2026 - 07:51 UTC\n\n" +
			"Powered by Statuspage\n"
	}
	for _, c := range []struct{ start, want string }{
		{"07:41", "2026-02-09T07:41:00Z"},
		{"00:41", "2026-02-09T07:51:00Z"}, // seven hours before: another day's trouble, not this one's start
	} {
		in, err := Extract([]byte(page(c.start)), "quillon.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.StartedAt != c.want {
			t.Errorf("report starting at %s: started %s, want %s", c.start, in.StartedAt, c.want)
		}
	}
}
