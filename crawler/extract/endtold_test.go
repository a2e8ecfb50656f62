package extract

import (
	"testing"
)

// A sentence that tells two times, the later with a clause of its own
// ("… started to fall at 10:05 UTC and by 11:20 UTC the workers had
// drained the backlog"), tells two events: the incident ended at the
// later one, when it says things were back to normal.
func TestLaterClockClauseEnds(t *testing.T) {
	doc := `# Summary of the Hollinside Batch Scheduler Event in the Ashby Region

We want to give you some information about the event that affected the Hollinside Batch Scheduler in the Ashby Region on June 9, 2026.

Starting at 07:40 UTC on June 9th, jobs submitted to the scheduler in the Ashby Region waited for up to forty minutes before they started. Engineers were engaged at 07:52 UTC and found that a lease table had grown past the size its index could serve from memory. At 08:30 UTC we moved the lease table to larger hosts. Queue times started to fall at 10:05 UTC and by 11:20 UTC job start times were back to normal levels.

The lease table grew because expired leases were not being deleted after a change to the cleanup job on June 2. We have fixed the cleanup job and added an alarm on the table's size.
`
	in, err := Extract([]byte(doc), "hollinside-event.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-06-09T07:40:00Z" || in.EndedAt != "2026-06-09T11:20:00Z" || in.DurationMinutes != 220 {
		t.Errorf("span %s – %s (%d min), want 07:40 – 11:20 UTC (220 min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	for _, c := range []string{"at 10:00 and at 11:00", "at 10:00 and by 11:20 PM PST"} {
		if got := andClauses("Checks ran " + c); len(got) != 1 {
			t.Errorf("andClauses cut %q: %q", c, got)
		}
	}
}

// A closing update that says since when things are back at normal levels
// ends the incident then, not when the update was posted.
func TestClosingUpdateNormalLevelsSince(t *testing.T) {
	doc := `# Fellbeck Payments Status

## Bank transfers to Merrow Bank delayed

**Resolved** - Merrow Bank has confirmed the fault on their side is fixed. Transfer confirmations have been back at normal levels since 15:10 UTC and we are closing this incident.
Mar 3, 2026 - 15:55 UTC

**Monitoring** - Merrow Bank reports a fix is in place. Confirmations are arriving again and we are monitoring.
Mar 3, 2026 - 15:20 UTC

**Investigating** - Since about 13:35 UTC transfer confirmations from Merrow Bank are delayed by up to an hour. We are investigating.
Mar 3, 2026 - 13:50 UTC
`
	in, err := Extract([]byte(doc), "fellbeck-status.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-03-03T13:35:00Z" || in.EndedAt != "2026-03-03T15:10:00Z" || in.DurationMinutes != 95 {
		t.Errorf("span %s – %s (%d min), want 13:35 – 15:10 UTC (95 min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
}
