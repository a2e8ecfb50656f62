package extract

import "testing"

// TestNoonMidnightRangeEnds: "noon" and "midnight" are clock times at a
// range's end ("from noon to 1:35 p.m. Eastern", "between 10:40 p.m. and
// midnight"): 12:00 and 00:00, the zone the other end's.
func TestNoonMidnightRangeEnds(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "from-noon-to-pm",
		text:  "Fernhill Bookings Blog\n\nWhat happened to table bookings on October 14\n\nBy Ana Ruiz · October 18, 2026\n\nOn Wednesday, October 14, 2026, restaurants on Fernhill could not take online bookings from noon to 1:20 p.m. Eastern. Guests saw a spinning wheel after choosing a time.\n\nA database index was dropped by a migration that ran early. We rebuilt it.",
		start: "2026-10-14T12:00:00-04:00", end: "2026-10-14T13:20:00-04:00", minutes: 80,
	}, {
		name:  "pm-to-midnight",
		text:  "Incident summary: Mobile top-ups failing\n\nOn 3 November 2026, top-ups in the Linnet app failed between 10:40 p.m. and midnight UTC. Card payments elsewhere were not affected.\n\nA payment provider's certificate had expired; we switched to the backup provider.",
		start: "2026-11-03T22:40:00Z", end: "2026-11-04T00:00:00Z", minutes: 80,
	}})
}

// TestNoonBesideMonthRange: reading "noon" and "midnight" at a range's
// end leaves the times that open with a month's name whose first letter
// is theirs (March, May, November) read as before, so a range between
// them ("from Monday, March 2 at 9:10 AM PT until Tuesday, March 3 at
// 6:00 PM PT") still has its end.
func TestNoonBesideMonthRange(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "month-named-ends",
		text:  "Orchard Lane Status\n\nOrchard Lane was down from Monday, March 2 at 9:10 AM PT until Tuesday, March 3 at 6:00 PM PT. Full service came back on March 6, 2026.\n\nA disk on the database's old filesystem reached its file size limit.",
		start: "2026-03-02T09:10:00-08:00", end: "2026-03-03T18:00:00-08:00", minutes: 1970,
	}})
}

// TestTimelineRowRange: a timeline's row that opens with a range of its
// own ("10:25 AM to 11:05 AM - The backlog of queued jobs is run") after
// earlier rows is a step's span, not the incident's: the incident runs
// from its first row to its last.
func TestTimelineRowRange(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "row-range-after-rows",
		text:  "Wrenfield Status › Incident report\n\nNightly exports stuck\n\nOn May 12, 2026, starting at 9:40 AM PDT, data exports for customers on the shared plan stayed queued. The problem was mitigated at 10:25 AM PDT and fully resolved at 11:05 AM PDT.\n\nTimeline (PDT)\n\n9:40 AM - The export scheduler stops picking up jobs.\n9:52 AM - An alert fires for queue length.\n10:25 AM - A stuck lock is cleared. New exports start. Mitigated.\n10:25 AM to 11:05 AM - The backlog of queued exports is run.\n11:05 AM - Export start times are normal. Resolved.\n\nA lock held by a crashed worker was never released. Locks now expire after five minutes.",
		start: "2026-05-12T09:40:00-07:00", end: "2026-05-12T11:05:00-07:00", minutes: 85,
	}})
}

// TestRemainsDegradedOngoing: a report written while the service
// "remains degraded" gives no end.
func TestRemainsDegradedOngoing(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "remains-degraded",
		text:  "Preliminary incident report: Slow invoice generation\n\nStatus: Ongoing · This preliminary report was published March 5, 2026 at 08:00 UTC.\n\nWhat we know so far\n\nBeginning at 09:10 UTC on March 4, 2026, invoices requested through the Tallyhouse API have taken up to an hour to generate instead of a few seconds. Invoices are not lost, but they arrive late. As of this writing, the service remains degraded.\n\nWhat we have done\n\nWe rolled back a storage change at 11:30 UTC, which helped but did not fix the slowness. We believe the records written before the rollback are stored in a way that keeps the database busy, and we are rewriting them in small batches.",
		start: "2026-03-04T09:10:00Z", end: "", minutes: 0,
	}})
}

// TestRangeOnItsStartsDay: a range without a date whose start is the
// clock of an event the timeline has dated ("Beginning at 09:10 UTC on
// March 4 … records written between 09:10 and 11:30 UTC" in a report
// published on the 5th) is on that event's day, not the report's.
func TestRangeOnItsStartsDay(t *testing.T) {
	checkDurCases(t, []durCase{{
		name:  "range-on-starts-day",
		text:  "Preliminary incident report: Slow invoice generation\n\nStatus: Ongoing · This preliminary report was published March 5, 2026 at 08:00 UTC.\n\nWhat we know so far\n\nBeginning at 09:10 UTC on March 4, 2026, invoices requested through the Tallyhouse API have taken up to an hour to generate instead of a few seconds. Invoices are not lost, but they arrive late. As of this writing, the service remains degraded.\n\nWhat we have done\n\nWe rolled back a storage change at 11:30 UTC, which helped but did not fix the slowness. We believe the records written between 09:10 and 11:30 UTC are stored in a way that keeps the database busy, and we are rewriting them in small batches.",
		start: "2026-03-04T09:10:00Z", end: "", minutes: 0,
	}})
}
