package extract

import "testing"

// durSet17 is forty pages of our own fictional writing (30 English, 10
// Chinese; Oxfordshire brands) in the hidden set's genres, written at the
// end of stop 58 so that the next stop starts from a fresh held-out half:
// Statuspage incident and history pages, Google-Cloud-style incidents,
// Azure-style histories of inline labels, AWS-style summaries, Cachet,
// Instatus, Better-Stack, incident.io and status.io-style pages, ISP and
// carrier reason-for-outage e-mails (day-first dates), news stories
// printed to PDF, blog postmortems with timeline tables, Slack, Teams and
// Discord exports, mailing-list and forum threads, and Chinese notices and
// 复盘 posts; ranges across midnight, a month's and a year's end and two
// daylight-saving change days; four still going on, two in each half. A
// helper that never ran the extractor nor read its source labelled each
// with its title and window. Each half holds the same genres. Its odd
// lines are held out, their failures never logged; set 16's odd lines
// stay held out too until the next stop reads them.
const durSet17 = "testdata/durations/set-17.jsonl"

// TestDurationSet17 reports durSet17's windows by half (holdDurSet) and
// its titles, and holds both to floors. Untouched at 5d28d1d the extractor
// had, held-out half, 17 durations of 20, 15 starts of 20, 15 ends of 18
// and 17 titles of 20; even half 17, 15, 14 and 15. After stop 59's fixes
// (read from set 16's odd lines, sealed set 66 and this set's even lines)
// the held-out half had 18, 16, 16 and 18; the even half 17, 17, 16 and
// 17. Stop 60 read the odd half (set 19 took over as held out): with its
// fixes the odd half has 18, 17, 17 and 18, the even half 18, 18, 17 and
// 17. Stop 61's fixes brought the odd half to 18, 18, 17 and 18.
func TestDurationSet17(t *testing.T) {
	holdDurSet(t, durSet17, 40, [3]int{18, 18, 17}, [3]int{18, 18, 17})
	holdTitles(t, durSet17, 18, 17)
}
