package extract

import "testing"

// durSet12 is forty pages of our own fictional writing (30 English, 10
// Chinese) in the hidden set's genres, written as a fresh held-out set
// when durations set 11's odd lines were read: 8 status pages
// (Statuspage incidents newest first, status.io and Instatus pages, a
// Google-Cloud incident whose preliminary start is revised, histories
// whose first incident is the page's), 8 cloud RCAs and PIRs (inline
// questions, ranges across midnight, summaries in local time over UTC
// tables, precursors on the day before in UTC), 6 news stories printed to
// PDF (dotted 12-hour times, "restored shortly after 9am", starts told
// by a spokesperson), 4 blog postmortems, a carrier's RFO e-mail, a list
// announcement, an incident tool's export, a chat export under day
// separators and 10 Chinese notices and 复盘 (北京时间, "起", 次日, a
// bank's notice, a game's compensation deadline); four still going on, two
// in each half. Each is labelled with its title and its window by a
// helper that never ran the extractor nor read its source. Each half holds
// the same genres. Its even lines are tuned on; its odd lines are held
// out, their failures never logged.
const durSet12 = "testdata/durations/set-12.jsonl"

// TestDurationSet12 reports durSet12's windows by half (holdDurSet) and
// its titles, and holds both to floors. Untouched at a634b15 (stop 54) the
// extractor had, held-out half, 18 durations of 20, 18 starts of 20, 14
// ends of 18 and 19 titles of 20; tuned half 17, 16, 15 and 18. The fixes
// read later in stop 54 from sealed set 61 and set 11's odd lines left
// the held-out half as it was and brought the tuned half (not read) to
// 18, 16, 16 and 18. In stop 55, once set 13 was written, its odd lines
// were read (a carrier's fields "04-Aug-2026 02:17 UTC", a closing
// update's "returned to normal levels at", a byline's day before its
// writer and views, a planned change's row before the row where requests
// began to fail, a status page still at work beside a completed
// maintenance): 20 durations, 20 starts and 17 ends; the incident tool's
// export (its title under a trail with a toolbar, its "Time to resolve"
// the tool's and not the impact's) still fails. In stop 56 the export's
// title came right (the line under "INCIDENT #4821 RESOLVED"): 20 titles.
// In stop 57 the even half's failing lines were read: a status page's
// updates of the maintenance that set the outage up no longer start it
// (even half 19, 18, 16).
func TestDurationSet12(t *testing.T) {
	holdDurSet(t, durSet12, 40, [3]int{20, 20, 17}, [3]int{19, 18, 16})
	holdTitles(t, durSet12, 20, 18)
}
