package extract

import "testing"

// durSet9 is forty pages of our own fictional writing (30 English, 10
// Chinese) in the hidden set's genres, written as a fresh held-out set
// when durations set 8's odd lines were read: 8 cloud status pages
// (Statuspage updates newest first, "Incident began … ended … (all times
// are US/Pacific)", health dashboards with a region table, histories whose
// top incident is the page's), 8 RCAs and post-incident reviews (inline
// labels in one paragraph, ranges across midnight and across a change of
// daylight saving, a customers' window narrower than the engineers'), 6
// news stories printed to PDF as text (mastheads, datelines, relative
// days), 4 blog postmortems, 4 of an RFO e-mail, a list announcement, a
// chat export and a feed entry, 10 Chinese 故障公告, 说明, 事件报告 and 复盘;
// four of them still going on (two English, two Chinese, in both halves),
// many with a tempting wrong date (printed, published, updated, a planned
// window, an earlier incident). Each is labelled with its title and its
// window by a helper that never ran the extractor nor read its source.
// Each half holds the same genres. Its even lines are tuned on; its odd
// lines are held out, their failures never logged.
const durSet9 = "testdata/durations/set-9.jsonl"

// TestDurationSet9 reports durSet9's windows by half (holdDurSet) and its
// titles, and holds both to floors. Untouched at a9187a7 (stop 52's
// start) the extractor had, held-out half, 17 durations of 20 (none given
// 1), 15 starts of 20, 14 ends of 18 and 16 titles of 20; tuned half 16,
// 15, 13 and 18. The fixes read from its even lines (a related list's
// dates; a Chinese notice across New Year's Eve, "直到…全部恢复" with its
// length; numeric American stamps with their zone over updates, the page
// not a printed one; a range's day from the update that tells it, and
// from the weekday after it; a byline's date beside its update, a link to
// the comments under it; a day told in a later clause of a cause; "4:48
// a.m. Sunday"; "continued to experience failures until …") and from set
// 8's odd lines brought the tuned half to 20, 20, 18 and 19 titles (a
// listing's trail over its month, "Incident reports > September 2026",
// still taken as the title: not taking it moved a held-out page of set 4,
// counted, not read); the held-out half stayed at 17, 15, 14 and 16.
// Stop 53 wrote set 10 and read set 9's odd lines (a dateline that gives
// the day it was filed by its weekday, "LONDON, Wednesday — … for much
// of Tuesday"; a dateline's city and weekday for the zone of bare times;
// a health page's "time — state" lines over their paragraphs, the first
// saying since when, the latest still at work, a "Recently resolved"
// list under them; a Chinese notice under "服务状态：部分服务异常", its
// state a field, "更新 时间" over paragraphs, "…10:42起"; a menu line led
// by the site's name; a chat export's day and its topic's name): its odd
// lines came to 20, 20, 18 and 19 titles.
func TestDurationSet9(t *testing.T) {
	holdDurSet(t, durSet9, 40, [3]int{20, 20, 18}, [3]int{20, 20, 18})
	holdTitles(t, durSet9, 19, 19)
}
