package extract

import (
	"strings"
	"testing"
	"time"
)

// TestStatedRanges reads the range forms of incident reports, with the
// zone and date written at either end or for the whole document.
func TestStatedRanges(t *testing.T) {
	for _, tc := range []struct {
		lang, text, start, end string
	}{
		{"en", "Incident began at 2015-08-12 11:05 and ended at 2015-08-12 11:46 (all times are US/Pacific).", "2015-08-12T11:05:00-07:00", "2015-08-12T11:46:00-07:00"},
		{"en", "Summary of impact: Between 00:35 UTC on 22 Dec 2016 to 02:30 UTC on 23 Dec 2016, a subset of customers could not connect.", "2016-12-22T00:35:00Z", "2016-12-23T02:30:00Z"},
		{"en", "Summary of impact: Between 02:47 and 13:15 UTC on 18 Mar 2017, customers saw errors.", "2017-03-18T02:47:00Z", "2017-03-18T13:15:00Z"},
		{"en", "On 2023-07-20 between 12:17 and 12:30 UTC all downloads failed.", "2023-07-20T12:17:00Z", "2023-07-20T12:30:00Z"},
		{"en", "On March 3, 2021 from 9:16 PM to 11:16 PM PST the API was down.", "2021-03-03T21:16:00-08:00", "2021-03-03T23:16:00-08:00"},
		{"en", "From 22:10 GMT+8 on 4 May 2022 to 01:20 GMT+8 on 5 May 2022 the queue stalled.", "2022-05-04T22:10:00+08:00", "2022-05-05T01:20:00+08:00"},
		{"en", "Between 10:02 and 10:40 Pacific Time on June 2, 2020, uploads failed.", "2020-06-02T10:02:00-07:00", "2020-06-02T10:40:00-07:00"},
		{"en", "Summary of impact: From 08:00 UTC on 05 Sep 2018 to approximately 03:40 UTC on 06 Sep 2018, a subset of customers saw errors.", "2018-09-05T08:00:00Z", "2018-09-06T03:40:00Z"},
		{"en", "From Saturday, 1 March 2025 06:58 to Saturday, 1 March 2025 09:41 US/Pacific, new connections failed.", "2025-03-01T06:58:00-08:00", "2025-03-01T09:41:00-08:00"},
		{"en", "Start: 2025-03-03 14:00 UTC End: 2025-03-03 16:15 UTC", "2025-03-03T14:00:00Z", "2025-03-03T16:15:00Z"},
		{"zh", "2025年3月3日14:00-16:15，部分用户访问异常。", "2025-03-03T14:00:00+08:00", "2025-03-03T16:15:00+08:00"},
		{"zh", "北京时间2025年3月3日下午2点至4点15分，部分用户访问异常。", "2025-03-03T14:00:00+08:00", "2025-03-03T16:15:00+08:00"},
		{"zh", "2021年5月17日23:15至5月18日22:15，邮件系统无法登录。", "2021-05-17T23:15:00+08:00", "2021-05-18T22:15:00+08:00"},
		{"zh", "2022年3月8日，从 14:10 到 21:45，支付接口超时。", "2022-03-08T14:10:00+08:00", "2022-03-08T21:45:00+08:00"},
		{"zh", "2019年1月9日 23:40 至次日 01:10（北京时间），推送服务中断。", "2019-01-09T23:40:00+08:00", "2019-01-10T01:10:00+08:00"},
	} {
		tb := newTimelineBuilder(tc.lang, "", tc.text)
		s, e, ok := tb.rangeIn(tc.text)
		if !ok {
			t.Errorf("%q: no range", tc.text)
			continue
		}
		if got := s.Format(time.RFC3339); got != tc.start {
			t.Errorf("%q: start %s, want %s", tc.text, got, tc.start)
		}
		if got := e.Format(time.RFC3339); got != tc.end {
			t.Errorf("%q: end %s, want %s", tc.text, got, tc.end)
		}
	}
	// no range: a count and a version are not times; "and" needs an opener
	for _, text := range []string{
		"We restarted 3 of 12 nodes and 4 of 9 proxies.",
		"Version 1.2 to 1.4 of the agent was affected.",
		"The alert fired at 10:02 and the page went out at 10:05.",
	} {
		tb := newTimelineBuilder("en", "2020-01-01", text)
		if s, e, ok := tb.rangeIn(text); ok {
			t.Errorf("%q: range %v – %v", text, s, e)
		}
	}
}

// TestZoneNames resolves the ways write-ups name a zone.
func TestZoneNames(t *testing.T) {
	day := time.Date(2021, 7, 1, 12, 0, 0, 0, time.UTC)
	for name, offset := range map[string]int{
		"US/Pacific": -7, "America/Los_Angeles": -7, "PDT": -7, "PST": -8, "EDT": -4, "UTC": 0, "GMT+8": 8,
		"UTC+08:00": 8, "Pacific Time": -7, "Eastern Time": -4, "北京时间": 8, "UTC-03:00": -3,
	} {
		loc := zoneFor(name, "en")
		if loc == nil {
			t.Errorf("%s: no zone", name)
			continue
		}
		if _, off := day.In(loc).Zone(); off != offset*3600 {
			t.Errorf("%s: offset %d h, want %d", name, off/3600, offset)
		}
	}
	st, _, ok := parseStamp("2015-08-12 11:05 America/Los_Angeles", "en")
	if !ok || st.loc == nil || st.loc.String() != "America/Los_Angeles" {
		t.Errorf("a stamp with an IANA zone: %+v", st)
	}
}

// TestStatedDurationForms reads durations stated as a field or before
// what lasted them.
func TestStatedDurationForms(t *testing.T) {
	for text, want := range map[string]int{
		"- **Time to resolve**: 20m":                                    20,
		"Duration: 1h 30m":                                              90,
		"Total downtime: 47 minutes of errors":                          47,
		"It was a 47-minute outage of the API.":                         47,
		"A 3 hour disruption hit the region.":                           180,
		"The outage lasted about 90 minutes.":                           90,
		"We will review the duration: it was long":                      0,
		"We run a 5-minute health check on every node.":                 0,
		"The site was down for just under three hours.":                 180,
		"Images failed for a little over two and a half hours.":         150,
		"In total the outage lasted eight hours and fifty-two minutes.": 532,
		"It was a three-hour outage for most users.":                    180,
		// what is usual is no incident's length
		"A regional failover usually lasts for about 30 seconds, but this one left the API down for 4 hours.": 240,
		"Outages of a store like ours typically last for about an hour.":                                      0,
	} {
		text := strings.ReplaceAll(text, "**", "")
		if got := statedDuration(text, "en"); got != want {
			t.Errorf("%q: %d min, want %d", text, got, want)
		}
	}
}

// TestStatedDurationZh: Chinese durations, in figures and in words.
func TestStatedDurationZh(t *testing.T) {
	for text, want := range map[string]int{
		"整个故障持续约两个半小时，中午前后恢复。": 150,
		"服务中断 3 小时 20 分钟。":     200,
		"故障持续了一个多小时。":          60,
		"业务中断两小时四十分钟。":         160,
		"持续半小时后恢复。":            30,
		// what is usual is no incident's length
		"平台宕机一两个小时通常是件大事——这次服务中断了 26 小时。": 1560,
		"大型网站宕机一两个小时通常是件大事。":              0,
	} {
		if got := statedDuration(text, "zh"); got != want {
			t.Errorf("%q: %d min, want %d", text, got, want)
		}
	}
}

// A news story that tells the length only in its headline gets it from
// there; a length the text states wins over the headline's.
func TestDurationFromHeadline(t *testing.T) {
	doc := "# 晴川相册在宕机 26 小时后终于开始恢复\n\n热门相册服务晴川相册终于从漫长的宕机中恢复过来。" +
		"据晴川相册昨天下午发布的微博，一个关键的数据库集群出现了重大问题。\n\n" +
		"对于一家初创公司来说，这是可怕的一天。热门平台宕机一两个小时通常是件大事。\n"
	if in := extractString(t, "qingchuan.md", doc); in.DurationMinutes != 26*60 {
		t.Errorf("duration %d min, want %d (the headline's)", in.DurationMinutes, 26*60)
	}
	doc = "# Fernlake Mail back after a 3-hour outage\n\nFernlake Mail users could not log in on Tuesday. " +
		"The company said the outage lasted about 200 minutes before a fix to its login service was rolled out.\n"
	if in := extractString(t, "fernlake.md", doc); in.DurationMinutes != 200 {
		t.Errorf("duration %d min, want 200 (the text's)", in.DurationMinutes)
	}
}
