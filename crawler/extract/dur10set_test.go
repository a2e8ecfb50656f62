package extract

import "testing"

// durSet10 is forty pages of our own fictional writing (30 English, 10
// Chinese) in the hidden set's genres, written as a fresh held-out set
// when durations set 9's odd lines were read: 8 cloud status pages
// (Statuspage updates newest first with their furniture, "Incident began
// … ended … (all times are US/Pacific)", health dashboards with a region
// table, histories whose top incident is the page's), 8 RCAs and
// post-incident reviews (inline labels in one paragraph, ranges across
// midnight and a change of daylight saving, 12-hour clocks, timeline
// tables), 6 news stories printed to PDF as text (mastheads, datelines,
// bylines with their updates, relative days, related lists with dates,
// running heads), 4 blog postmortems, 4 of a carrier's RFO e-mail, a list
// announcement, a chat export and a feed entry, 10 Chinese 故障公告, 说明,
// 事件报告 and 复盘 (game notices, a cloud's 故障说明 in 北京时间, a WeChat
// article with its furniture); four still going on (two English, two
// Chinese, in both halves), most with a tempting wrong date (printed,
// published, updated, a planned window, an earlier incident, a
// compensation deadline, a review's date). Each is labelled with its
// title and its window by a helper that never ran the extractor nor read
// its source. Each half holds the same genres. Its even lines are tuned
// on; its odd lines are held out, their failures never logged.
const durSet10 = "testdata/durations/set-10.jsonl"

// TestDurationSet10 reports durSet10's windows by half (holdDurSet) and
// its titles, and holds both to floors. Untouched at 75e5806 (stop 53's
// start) the extractor had, held-out half, 17 durations of 20, 14 starts
// of 20, 14 ends of 18 and 17 titles of 20; tuned half 17, 15, 15 and 20.
// With the fixes read from set 9's odd lines (made before set 10 was
// scored) the held-out half had 18 titles, its windows unchanged. The
// fixes read from its even lines (a summary table's "**Impact start** |
// 09:14 UTC" with the clock alone; a planned maintenance "for 08:00–09:00
// UTC" or "a maintenance window of 9:30 AM to 11:30 AM" told before the
// outage; timeline rows "with no impact" before it; "Service Health
// Dashboard updated to Resolved" after the row that says all came back)
// brought the tuned half to 19, 17 and 17, and then (a bracket that
// restates the range in UTC, "16:08至18:21（UTC 08:08至10:21）"; a
// campaign's opening, "国庆预售活动开启", before the trouble, the length
// stated; a story's "as of 4:30 p.m. ET" on the day it was written) to
// 20, 20 and 18; the held-out half stayed at 17, 14 and 14. In stop 54,
// once set 11 was written, its odd lines were read (a later update that
// confirms when it began; "Problems began at 7.15am on Monday"; a post
// saved as text with its front matter, "about three quarters of an hour";
// a dashboard key with signs and an event card's head; "Pacific time
// (PDT) on September 6" between a range and its day; "暂时无法给出" and
// "【持续更新】"; a range told across midnight in one sentence and a
// story's own update note; a bot's declaration naming the incident): 19,
// 18, 17 and 20 titles. Its odd line left (a notice whose first update is
// headed "【原公告 10:50】", its start after the salutation) and a chat
// export whose days stand between rules ("——— Wednesday, January 21st
// ———") stay.
func TestDurationSet10(t *testing.T) {
	holdDurSet(t, durSet10, 40, [3]int{19, 18, 17}, [3]int{20, 20, 18})
	holdTitles(t, durSet10, 20, 20)
}
