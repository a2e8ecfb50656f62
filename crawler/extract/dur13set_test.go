package extract

import "testing"

// durSet13 is forty pages of our own fictional writing (30 English, 10
// Chinese; Isle of Wight brands) in the hidden set's genres, written as a
// fresh held-out set when durations set 12's odd lines were to be read:
// Statuspage, status.io, Instatus and Better-Stack-style pages (a start
// given only in a later update, an impact window inside the resolved
// update), Google-Cloud-style incidents whose preliminary start is
// revised, Azure-style PIRs (a last-updated date, an older PIR below),
// AWS-style summaries on a 12-hour clock, status histories whose first
// incident is the page's, RCAs with a summary in local time over a UTC
// table, news stories printed to PDF (dotted 12-hour times, "shortly
// after noon", one still going on at press time), blog postmortems, a
// carrier's RFO e-mail, a list announcement, an incident tool's export, a
// chat export under day separators and Chinese health events, 复盘,
// bank, game and broadband notices (凌晨, 次日, 起); four still going on,
// two in each half. A helper that never ran the extractor nor read its
// source labelled each with its title and window. Each half holds the
// same genres. Its even lines are tuned on; its odd lines are held out,
// their failures never logged.
const durSet13 = "testdata/durations/set-13.jsonl"

// TestDurationSet13 reports durSet13's windows by half (holdDurSet) and
// its titles, and holds both to floors. Untouched at f63ece4 (stop 55's
// start) the extractor had, held-out half, 19 durations of 20, 14 starts
// of 20, 14 ends of 18 and 17 titles of 20; tuned half 18, 17, 16 and 18.
// The fixes read later in stop 55 from sealed set 62 and set 12's odd
// lines brought the held-out half to 20 durations (starts, ends and
// titles as they were) and the tuned half, not yet read, to 19, 17 and 17.
// In stop 56, once set 14 was written, the odd lines were read (a news
// story's lede that names its day by its weekday above an earlier
// outage's date, an RFO's fields that restate each time in brackets, a
// closing update's "stopped importing from", a Monitoring update's
// "failures began at", a 复盘's "从…持续至次日凌晨…", an RCA printed with
// only its number in the header, a history's pager, an incident tool's
// export): 20 durations, 19 starts, 17 ends and 20 titles; the even half
// as it was. In stop 57 the fixes read from set 14 and sealed 64 brought
// the even half to 19 titles, and its line 38 (a status.io page whose
// maintenance updates stand before the incident's) was read and fixed:
// 20, 18, 17.
func TestDurationSet13(t *testing.T) {
	holdDurSet(t, durSet13, 40, [3]int{20, 19, 17}, [3]int{20, 18, 17})
	holdTitles(t, durSet13, 20, 19)
}
