package extract

import "testing"

// durSet6 is forty documents of our own fictional writing (30 English, 10
// Chinese), written and labelled by a helper that never ran the extractor
// nor read its source, in the hidden set's genres: 13 cloud status pages
// (updates newest first, "This incident affected: …", a start told in an
// update earlier than its stamp), 8 cloud RCA and PIR pages, 8 news stories
// as a PDF reader gives a printed page (print headers, hard-wrapped lines,
// datelines days after, times told with their weekday), 4 engineering-blog
// postmortems (T+ offsets, tables, "At 14:02" lines under a dated heading)
// and 7 Chinese 故障公告, 故障说明 and 复盘; zones from UTC to AEST, summer
// time, ranges across midnight and days, mitigated then fully resolved,
// regions recovering at different times, a start and a stated length only,
// outages still going on. Each half holds the same genres. Its even lines
// were tuned on first; its odd lines, held out until stop 51, were read
// then, when durations set 8 was written to be held out in their place.
const durSet6 = "testdata/durations/set-6.jsonl"

// TestDurationSet6 reports durSet6 by half and holds each half to floors.
// Untouched (at 4115ea1, before any fix of stop 50) the extractor had,
// held-out half, 10 durations of 20 right, 9 starts of 19 and 6 ends of
// 17; tuned half, 12 of 20 (none given 1), 14 of 19 and 12 of 17: far
// below sets 1-5, near the hidden set's 63 %. The fixes made from set 5's
// odd lines (print headers, weekdays beside a clock, a zone after an hour
// alone) brought the tuned half, not yet read, to 14, 16 and 14; the
// held-out half did not move. The fixes then made from its even lines (a
// time the write-up says it was fully resolved at ends it past the range
// to the mitigation; a status history's entry of state-led updates
// stamped under them, and the month heading above it; outages still going
// on, a share of servers back; a narrow column's "on" / "Wednesday," and
// its Chinese lines; 点半, a Chinese hour told with its day and part of
// the day; a print header's date as the year; running headers that carry
// the page's number) brought it to 20, 19 and 17, and the held-out half
// to 11, 9 and 7. Stop 51 read the odd lines' 13 failures (a planned
// maintenance or change window taken as the outage's; status pages still
// at work whose newest update is not a resolution; a dateline's city as
// the zone; "from 10pm on Saturday until 6am on Monday"; a timeline's T+
// offsets; "Impact begins:"; regions recovered one after another; a calm
// row before the start; a compensation's terms) and brought them to 20,
// 17 and 15; left: a UK story's times with no zone (BST by its place),
// and a start after the opening's range.
func TestDurationSet6(t *testing.T) {
	holdDurSet(t, durSet6, 40, [3]int{20, 17, 15}, [3]int{20, 19, 17})
}
