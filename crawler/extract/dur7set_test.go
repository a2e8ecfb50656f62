package extract

import "testing"

// durSet7 is forty pages of our own fictional writing (30 English, 10
// Chinese) that imitate the hidden set's main kind, incident reports of
// large cloud providers' status and RCA pages saved from the web as text
// with their furniture (menus, sign-in bars, cookie banners, filters,
// "All Systems Operational", page dates that are not the incident's, logo
// image markdown): 12 status pages (Google-Cloud-like "Incident began …
// ended … (all times are US/Pacific)", Azure-like "RCA - … (Tracking ID
// …)" entries, Statuspage-like updates newest first, health dashboards),
// 12 RCAs and service event summaries, 6 histories and feeds with several
// incidents, 10 Chinese 故障公告/说明/事件报告/服务公告. Each page is
// labelled with its title as a reader names it, and its window, by a
// helper that never ran the extractor nor read its source. Each half
// holds the same genres. Its even lines are tuned on; its odd lines are
// held out, their failures never logged.
const durSet7 = "testdata/durations/set-7.jsonl"

// TestDurationSet7 reports durSet7's windows by half (holdDurSet) and its
// titles, and holds both to floors. Untouched at 4115ea1 (this stop's
// start) the extractor had, held-out half, 13 durations of 20, 15 starts
// of 19, 12 ends of 17 and 16 titles of 20; tuned half 16, 13, 12 and 16.
// At 85ae78a (the fixes read from durations sets 5 and 6) 15, 16, 13, 16
// and 15, 13, 11, 16: the tuned half lost a page. The fixes made from its
// even lines (a field's "Incident date:" and a report's "Issued:" date; a
// date over the first paragraph is the post's; an entry's times under its
// name; a Markdown table's rows and a Chinese paragraph in a title's
// search; an analysis's heading under the history's own paragraph;
// "Last updated" stamps; a feed shown as text; a history's entries drawn
// apart by rules, their "Resolved  Feb 28, 01:52 UTC" updates; "lasted
// until", "实际发生在"; a time looked back to, "since 1:00 AM") brought the
// tuned half to 20, 18, 17 and 20, the held-out half to 16, 17, 14 and 17.
func TestDurationSet7(t *testing.T) {
	holdDurSet(t, durSet7, 40, [3]int{16, 17, 14}, [3]int{20, 18, 17})
	holdTitles(t, durSet7, 17, 20)
}
