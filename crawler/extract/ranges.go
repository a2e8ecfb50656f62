package extract

import (
	"github.com/incidex/incidex/data"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// A stated range is two time expressions joined by a range word:
// "Between 00:35 UTC on 22 Dec 2016 to 02:30 UTC on 23 Dec 2016",
// "Between 02:47 and 13:15 UTC on 18 Mar 2017", "Incident began at
// 2015-08-12 11:05 and ended at 2015-08-12 11:46", "5月17日23:15至5月18日
// 22:15", "从 14:10 到 21:45", "自20:15开始，于21:50恢复", "started at
// around 10:05 a.m. and card acceptance was back to normal by 1:10 p.m.".
var (
	// rangeJoin is what stands between the two ends.
	rangeJoin = regexp.MustCompile(`(?i)^\s*,?\s*(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?(?:and\s+(?:[a-z-]+\s+){1,4}(?:was|were|had been)\s+back\s+(?:at|by)|-|–|—|~|～|至|到|直到|(?:一直)?(?:持续|延续)(?:至|到)|(?:开始|发生|出现|起)\s*[，,]?\s*(?:并\s*)?(?:于|在|到|至|直到)|to|until|till|through|and(?:\s+(?:was\s+|were\s+)?(?:ended|resolved|mitigated|recovered|fixed|ending|finished|lasted\s+until|ended\s+at))?(?:\s+(?:at|on|by))?|(?:ended|resolved|mitigated)\s+at|(?:and\s+)?ending\s+(?:at|on)|and\s+(?:[a-z-]+\s+){0,4}(?:was|were|had been)\s+(?:fully\s+|largely\s+)?(?:back to normal|back online|back up|restored|recovered|working (?:again|normally))\s+(?:at|by)|end(?:ed)?(?:\s+time)?\s*[:：])\s*(?:次日|第二天|the next day,?|the following day,?)?\s*(?:approximately|about|around|roughly|约|大约)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$`)
	// rangeOpen is what a range joined by "and" starts with.
	rangeOpen = regexp.MustCompile(`(?i)(?:between|from|began|begun|started|starting|start|occurred|beginning|从|自|于|在)\s*(?:at|on|around|approximately|about)?\s*(?:around|approximately|about)?\s*$`)
	// onDate joins a clock time to the date after it: "00:35 UTC on 22
	// Dec 2016", "11:05 PDT, March 3".
	onDate = regexp.MustCompile(`(?i)^\s*,?\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?`)
)

// afterClock reports whether s ends with a clock time ("…14:00"): a
// hyphen after it joins a range's ends ("14:00-16:15"), not a date's
// parts.
func afterClock(s string) bool {
	n := len(s)
	return n >= 4 && isDigitByte(s[n-1]) && isDigitByte(s[n-2]) && s[n-3] == ':' && isDigitByte(s[n-4])
}

// lineOpens reports whether what precedes a stamp on its line is only
// spaces or a table's bar: the stamp opens a row.
func lineOpens(before string) bool {
	return strings.Trim(before[strings.LastIndexByte(before, '\n')+1:], " \t|") == ""
}

// afternoonPart reports whether a Chinese time is written after a part
// of the day past noon ("下午2点", "晚上8点").
func afternoonPart(t string) bool {
	for _, p := range []string{"中午", "下午", "傍晚", "晚上"} {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// pastNoonParts are the parts of the day past noon, by which a Chinese
// clock time is read on the 24-hour clock ("下午1:30" is 13:30).
var pastNoonParts = []string{"中午", "下午", "傍晚", "晚上", "晚间", "夜间", "深夜", "晚"}

// partBefore is the part of the day past noon that text ends with,
// spaces aside; "" when none.
func partBefore(text string) string {
	return partAtEnd(text, pastNoonParts)
}

// partAtEnd is the one of parts that text ends with, spaces aside; ""
// when none.
func partAtEnd(text string, parts []string) string {
	t := strings.TrimRight(text, " ")
	for _, p := range parts {
		if strings.HasSuffix(t, p) {
			return p
		}
	}
	return ""
}

// morningParts are the parts of the day before noon, by which a Chinese
// clock time reads as written ("凌晨1:20" is 01:20).
var morningParts = []string{"凌晨", "清晨", "早上", "早晨", "上午"}

// morningBefore is the part of the day before noon that text ends with,
// spaces aside; "" when none.
func morningBefore(text string) string {
	return partAtEnd(text, morningParts)
}

// weekdayNamedIn reports whether an English text names a day of the week.
func weekdayNamedIn(text string) bool {
	lower := asciiLower(text)
	for _, names := range weekdayNames {
		if strings.Contains(lower, names[0]) {
			return true
		}
	}
	return false
}

// startsWithPart reports whether a Chinese time names its part of the
// day.
func startsWithPart(t string) bool {
	for _, p := range dayParts {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// spanStamp is a time expression found in running text.
type spanStamp struct {
	st       stamp
	pos, end int
}

// stampsIn finds the time expressions of text, each with the date written
// after its clock time when there is one ("02:30 UTC on 23 Dec 2016").
func stampsIn(text, lang string) []spanStamp {
	var out []spanStamp
	for i := 0; i < len(text); i++ {
		c := text[i]
		if i > 0 && (isLetterOrDigit(text[i-1]) || text[i-1] == ':' || text[i-1] == '.' || text[i-1] == '-' && i > 1 && isDigitByte(text[i-2]) && !afterClock(text[:i-1])) {
			continue
		}
		if c == 'n' || c == 'm' || c == 'N' || c == 'M' {
			// "from noon to 1:35 p.m.", "between 10:40 p.m. and midnight"
			if h, n := noonWord(text[i:]); n > 0 && noonJoined.MatchString(text[max(0, i-12):i]) {
				st := stamp{year: -1, month: -1, day: -1, hour: h, min: 0, sec: -1}
				end := i + n
				if z := zoneAfter(text[end:]); z != nil {
					if loc := zoneFor(z[1], lang); loc != nil {
						st.loc = loc
						end += len(z[0])
					}
				}
				st.text = text[i:end]
				out = append(out, spanStamp{st: st, pos: i, end: end})
				i = end - 1
				continue
			}
		}
		if !(c >= '0' && c <= '9' && mayBeTime(text[i:]) || c >= 'A' && c <= 'Z' && monthOf(leadingWord(text[i:])) > 0) {
			continue
		}
		st, n, ok := parseStamp(text[i:], lang)
		if !ok || (!st.hasClock() && !st.hasDate()) {
			continue
		}
		if !st.hasDate() && !containsAnyRune(st.text, ":：时点") && !strings.Contains(strings.ToLower(st.text), "m") {
			continue // a bare number
		}
		end := i + n
		if st.hasClock() {
			// "01:12 UTC (09:12 GMT+8)": the same time in another zone,
			// part of this stamp, no stamp of its own
			end += len(restatedClock.FindString(text[end:]))
		}
		if st.hasClock() && !st.hasDate() {
			// "00:35 UTC on 22 Dec 2016"
			if m := onDate.FindString(text[end:]); end+len(m) < len(text) {
				// (parseStamp reads a day and month alone too: "22:41 PDT
				// on 14 May", the year the incident's)
				if d, dn, ok := parseStamp(text[end+len(m):], lang); ok && d.hasDate() && !d.hasClock() {
					st.year, st.month, st.day = d.year, d.month, d.day
					if st.loc == nil {
						st.loc = d.loc
					}
					end += len(m) + dn
					if z := zoneAfter(text[end:]); z != nil && st.loc == nil {
						if loc := zoneFor(z[1], lang); loc != nil {
							st.loc = loc
							end += len(z[0])
						}
					}
				}
			}
		}
		pos := i
		if part := morningBefore(text[:i]); part != "" && st.hasClock() && !st.hasDate() && st.hour < 12 {
			// "至次日凌晨00:50": a morning's part of the day before the
			// clock leaves its hour as it is; the stamp opens at it, so
			// that the range's join is "开始，至次日"
			pos = strings.LastIndex(text[:i], part)
		} else if part := partBefore(text[:i]); part != "" && st.hasClock() && !st.hasDate() && st.hour < 12 {
			// "至下午1:30": the part of the day written before the clock
			// (the range's join and the day part read apart) says past
			// noon; the stamp opens at the part
			// (深夜 from nine, 中午 up to two: "深夜1点" and "中午11:50" stay)
			if (part != "深夜" || st.hour >= 9) && (part != "中午" || st.hour <= 2) {
				st.hour += 12
			}
			pos = strings.LastIndex(text[:i], part)
		}
		st.text = strings.TrimSpace(text[pos:end])
		out = append(out, spanStamp{st: st, pos: pos, end: end})
		i = end - 1
	}
	return out
}

// utcLead is UTC named right before a range's first clock.
var utcLead = regexp.MustCompile(`(?:UTC|GMT)\s?(?:即|为|是|[:：])?\s?$`)

// restatedClock is a clock time in brackets right after another, with its
// zone: the same time told in a second zone ("01:12 UTC (09:12 GMT+8)",
// "14:05 PDT (21:05 UTC)"); or the zone's offset alone ("15:49 AEST
// (UTC+10) on Thursday 27 August").
var restatedClock = regexp.MustCompile(`^\s?[(（]\s?(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?[)）]|^(?:\s(?:Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii|Greenwich|British|Irish|Western|Eastern European|Central European|Western European|Japan|Korea|China|India|Singapore|Australian Eastern|Australian Western)(?: (?:standard|daylight|summer))? time)?\s?[(（][A-Z]{2,5}[)）]|^\s?[(（]\s?\d{1,2}[:：]\d{2}(?:\s?[ap]\.?m\.?)?\s?(?:[A-Z]{2,5}(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?|[A-Z][a-z]+(?:/[A-Z][a-z_]+)+)(?:\s(?:local(?: time)?))?[)）]`)

// rangeIn finds the first stated range of text with a clock time at both
// ends and resolves it: a date or zone written at one end applies to the
// other, else the last date written before the range, else the incident's
// day, and the write-up's zone. ok is false when there is none.
func (tb *timelineBuilder) rangeIn(text string) (start, end time.Time, ok bool) {
	if n := clockCount(text); n < 2 && (n == 0 || !noonEnd.MatchString(text)) {
		return // a range has a clock time at both ends ("noon" one)
	}
	stamps := stampsIn(text, tb.lang)
	rev := revisedRange(text, stamps)
	for k := 0; k+1 < len(stamps); k++ {
		if rev > k {
			// "… has been revised to 08:52 UTC – 12:37 UTC": the range a
			// later update corrects the first to
			k = rev - 1
			continue
		}
		a, b := stamps[k], stamps[k+1]
		if !a.st.hasClock() || !b.st.hasClock() {
			continue
		}
		join := text[a.end:b.pos]
		if len(join) > 60 || !rangeJoin.MatchString(join) { // (" and card acceptance was back to normal by ")
			continue
		}
		j := strings.ToLower(strings.TrimSpace(join))
		if j == "-" && (afterClock(text[:a.end]) || afterClock(strings.TrimRight(text[:a.end], " ")) && lineOpens(text[:a.pos])) && clockCount(text[:a.pos]) > 0 {
			// "00:00-01:00" in a row of a timeline, after other times:
			// a step's span, not the incident's (a stamp that takes the
			// space before the dash, when it opens its row: "2020-10-06
			// 09:00 - 11:00 | Ongoing investigation"; not a field's
			// range, "故障时间： 2025年3月3日 10:12 - 11:31")
			continue
		}
		if lineOpens(text[:a.pos]) && clockCount(text[:a.pos]) > 0 && rowRest.MatchString(text[b.end:]) {
			// "10:25 AM to 11:05 AM - The backlog of queued jobs is run",
			// a row of a timeline after other rows: a step's span
			continue
		}
		if strings.HasPrefix(j, "and") || strings.HasPrefix(j, ",") || strings.HasPrefix(j, "-") && !a.st.hasDate() && !b.st.hasDate() && tb.lang != "zh" {
			// "between 02:47 and 13:15", "began at … and ended at …"
			if !rangeOpen.MatchString(text[max(0, a.pos-40):a.pos]) {
				continue
			}
		}
		if underMaintenance(text[:a.pos]) {
			// "Upcoming maintenance / Database upgrade — 25 Jul 2026, 01:00
			// – 03:00 UTC" on a status page: a planned window listed
			// beside the incident, not the outage's
			continue
		}
		if plannedRange(text, a, b) {
			// "A change to the default upstream timeout …, rolled out
			// between 08:30 and 09:10 UTC, lowered it …": the change's
			// window, not the outage's
			continue
		}
		if askedRange(text, a.pos, b.end) {
			// "问：我在10:00至10:47之间已经登录，中途被踢下线，数据会丢失吗？",
			// a reader's question under the notice: no account of the
			// outage
			continue
		}
		if nothingBetween.MatchString(text[max(0, a.pos-40):a.pos]) {
			// "first 5xx at 10:03:40 … nothing between 9:58 and 10:03":
			// when nothing went wrong, no outage's range
			continue
		}
		if clockChangeRange(text, a, b) {
			// "That means 2:00–3:00 AM happened twice tonight": the hour a
			// change of the clocks repeated or skipped, no outage's
			continue
		}
		if tb.lang == "zh" && subsetRange(text[:a.pos]) {
			// "共影响移动用户约21万户，其中约3.6万户在凌晨5时40分至早上7时02分期间
			// 处于…": the hours of a part of those affected, not the
			// outage's window
			continue
		}
		if jobRange(text, a, j) {
			// "our nightly search reindex, which started at 1:00 AM AEST
			// and finished at 1:20 AM": a job's run before the failure it
			// set off, not the outage's window
			continue
		}
		if growthRange(text, a, b) {
			// "between 7:50 AM and 9:30 AM PST the number of shards in
			// the Region grew by roughly 40%": a load's growth before
			// the failure, not the outage's window
			continue
		}
		for j := k; j+3 < len(stamps); j += 2 {
			// "Full outage from 2:14pm to 3:05pm · Degraded performance
			// from 3:05pm to 3:40pm": the impact went on, lighter, from
			// where the range ends; the range runs to the last of them
			c, d := stamps[j+2], stamps[j+3]
			if !c.st.hasClock() || !d.st.hasClock() || c.st.hour != b.st.hour || c.st.min != b.st.min || c.pos-b.end > 48 || !impactFromJoin.MatchString(text[b.end:c.pos]) || len(text[c.end:d.pos]) > 12 || !rangeJoin.MatchString(text[c.end:d.pos]) {
				break
			}
			b = d
		}
		if peakLead.MatchString(text[max(0, a.pos-48):a.pos]) {
			// "The problem was worst between 20:00 and 22:00": the peak
			// within the outage, not its window
			continue
		}
		s, e := a.st, b.st
		if s.loc == nil && e.loc == nil && utcLead.MatchString(text[max(0, a.pos-16):a.pos]) {
			s.loc = time.UTC // "换算为UTC即 03:36 至 06:58", "UTC: 03:36–06:58": the zone before the range
		}
		nextDay := strings.Contains(join, "次日") || strings.Contains(join, "第二天") || strings.Contains(strings.ToLower(join), "next day") || strings.Contains(strings.ToLower(join), "following day")
		if s.loc == nil {
			s.loc = e.loc
		}
		if e.loc == nil {
			e.loc = s.loc
		}
		if s.hour < 12 && e.hour >= 12 && s.hour+12 <= e.hour && !amPmClock(s.text) && amPmClock(e.text) {
			// "2:02–2:57 PM PT": the end's half of the day is the start's
			// too, where that keeps the start before the end
			s.hour += 12
		}
		if !s.hasDate() && e.hasDate() {
			s.year, s.month, s.day = e.year, e.month, e.day
		}
		if !e.hasDate() && s.hasDate() {
			e.year, e.month, e.day = s.year, s.month, s.day
		}
		fromBase := false // the range's day is the text's, none it names
		if !s.hasDate() {
			from := max(0, a.pos-300)
			if nl := strings.LastIndexByte(text[max(0, from-300):from], '\n'); from > 0 && nl >= 0 {
				// the line the window opens in, whole: a byline cut short
				// ("…ay 14 November 2025, 10.25am From: …" of "Published: …
				// Updated: Friday 14 November 2025, 10.25am") no longer
				// reads as one, and its date would pass for the incident's
				from = max(0, from-300) + nl + 1
			}
			before := text[from:a.pos]
			var d time.Time
			if !tb.written.IsZero() && tb.lang != "zh" && !weekdayNamedIn(join) {
				// "from 9:10 a.m. to 12:25 p.m. PT on Tuesday" in a story
				// of the Wednesday: the Tuesday before (the day the range
				// ends on: one that runs past midnight, "between 23:20 and
				// 02:05 on Monday", began the day before)
				if wd := weekdayBeside(text[b.pos:min(len(text), b.end+40)], b.st.text, tb.written); !wd.IsZero() {
					d = wd
					if s.hasClock() && e.hasClock() && s.hour*60+max0(s.min) > e.hour*60+max0(e.min) {
						d = wd.AddDate(0, 0, -1)
					}
				}
			}
			if d.IsZero() && !tb.written.IsZero() && tb.lang != "zh" && weekdayNamedIn(join) {
				// "began failing at 6.10pm on Monday and were working
				// again by 9.02pm" in a story of the Tuesday: the Monday
				// before, the day the start names
				d = weekdayBeside(text[a.pos:b.pos], a.st.text, tb.written)
			}
			if year := tb.baseDay.Year(); d.IsZero() && !tb.baseDay.IsZero() {
				// "on Thursday, October 16th, from 11:27 am to 12:28 pm":
				// the day its own sentence names, in the incident's year
				sent := before[max(0, strings.LastIndexAny(before, ".。\n")+1):]
				if mds := monthDays(sent); len(mds) > 0 {
					md := mds[len(mds)-1]
					if t := time.Date(year, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC); t.Month() == time.Month(md[0]) {
						d = t
					}
				}
			}
			if d.IsZero() {
				d = incidentDayBefore(before, tb.lang, tb.refYear)
			}
			if p := stamps[max(0, k-1)]; d.IsZero() && k > 0 && p.st.hasDate() && p.st.year > 0 && a.pos-p.end < 80 {
				// "5/6/2026 4:22 PM EDT" / "Resolved: Between 1:38 PM and
				// 4:05 PM EDT, …": the day of the update it is told in
				d = time.Date(p.st.year, time.Month(p.st.month), p.st.day, 0, 0, 0, 0, time.UTC)
			}
			if d.IsZero() {
				d, fromBase = tb.baseDay, true
				if sd := tb.stepDay(s.hour, max0(s.min), s.loc); !sd.IsZero() {
					// "Beginning at 14:20 UTC on December 1 … data written
					// between 14:20 and 17:40 UTC" in a report published on
					// the 2nd: the range opens at the incident's first
					// time, on that time's day
					d = sd
				}
			}
			if d.IsZero() {
				continue
			}
			s.year, s.month, s.day = d.Year(), int(d.Month()), d.Day()
			e.year, e.month, e.day = s.year, s.month, s.day
		}
		if s.year < 0 {
			s.year = e.year
		}
		if e.year < 0 {
			e.year = s.year
		}
		if s.year < 0 {
			switch {
			case tb.refYear > 0:
				s.year, e.year = tb.refYear, tb.refYear
			case !tb.baseDay.IsZero():
				s.year, e.year = tb.baseDay.Year(), tb.baseDay.Year()
			default:
				continue
			}
		}
		sl, el := tb.loc, tb.loc
		if s.loc != nil {
			sl = s.loc
		}
		if e.loc != nil {
			el = e.loc
		}
		sl, el = tb.irishLoc(sl), tb.irishLoc(el) // (IST on a page about Ireland is Irish Standard Time)
		if tb.lang == "zh" && !b.st.hasDate() && s.hour >= 12 && e.hour < 12 && e.hour+12 >= s.hour && afternoonPart(a.st.text) && !startsWithPart(b.st.text) {
			e.hour += 12 // "下午2点至4点15分": the end is the same afternoon's
		}
		start = time.Date(s.year, time.Month(s.month), s.day, s.hour, max0(s.min), max0(s.sec), 0, sl)
		end = time.Date(e.year, time.Month(e.month), e.day, e.hour, max0(e.min), max0(e.sec), 0, el)
		if nextDay && !b.st.hasDate() {
			end = end.AddDate(0, 0, 1)
		} else if m := weekdayAfter.FindStringSubmatch(strings.ToLower(text[b.end:min(len(text), b.end+40)])); m != nil && !b.st.hasDate() {
			// "from about 10pm on Saturday until around 6am on Monday":
			// the end is on the first such day after the start's
			if wd := weekdayIndex(m[1]); wd >= 0 {
				for k := 0; k < 7 && (end.Weekday() != time.Weekday(wd) || !end.After(start)); k++ {
					end = end.AddDate(0, 0, 1)
				}
			}
		}
		if !end.After(start) && !b.st.hasDate() {
			end = end.AddDate(0, 0, 1) // past midnight
			if latest := tb.latestUpdate(); fromBase && !latest.IsZero() && latest.Before(start) && !end.AddDate(0, 0, -1).After(latest) {
				// "Degraded performance from 11:38pm to 12:20am" on a
				// page whose last update was posted at 1:22am on the day
				// the page dates it by, before the range would begin: the
				// range ran into that day
				start, end = start.AddDate(0, 0, -1), end.AddDate(0, 0, -1)
			}
		}
		if !end.After(start) || end.Sub(start) > 45*24*time.Hour {
			continue
		}
		end = laterWindows(text, stamps[k+1:], start, end)
		return start, sameStartLonger(text, stamps[k+2:], a, start, end), true
	}
	return time.Time{}, time.Time{}, false
}

// sameStartLonger is the end of a range later in the paragraph that opens
// at the same clock time as the one read and ends later that day ("Clock-ins
// made on the mobile app between 6:05 am and 7:50 am …. check any shift
// swaps made between 6:05 am and 8:41 am"): the parts' windows begin
// together, and the outage lasted until the last of them closed.
func sameStartLonger(text string, rest []spanStamp, a spanStamp, start, end time.Time) time.Time {
	if len(rest) < 2 {
		return end
	}
	stop := len(text)
	if i := strings.Index(text[a.end:], "\n\n"); i >= 0 {
		stop = a.end + i
	}
	for m := 0; m+1 < len(rest); m++ {
		c, d := rest[m], rest[m+1]
		if d.end > stop {
			break
		}
		if !c.st.hasClock() || !d.st.hasClock() || c.st.hasDate() || d.st.hasDate() || c.st.hour != a.st.hour || c.st.min != a.st.min {
			continue
		}
		if join := text[c.end:d.pos]; len(join) > 60 || !rangeJoin.MatchString(join) {
			continue
		}
		loc := end.Location()
		if d.st.loc != nil {
			loc = d.st.loc
		}
		y, mo, dd := end.In(loc).Date()
		if to := time.Date(y, mo, dd, d.st.hour, max0(d.st.min), 0, 0, loc); to.After(end) && to.Sub(start) <= 24*time.Hour {
			end = to
		}
	}
	return end
}

// latestUpdate is the time of the latest status update among the events
// (one that opens with its state, "Resolved: …"), zero when none is.
func (tb *timelineBuilder) latestUpdate() time.Time {
	var latest time.Time
	for _, ev := range tb.events {
		if !mayBeStatusWord(ev.Text) || !statusWord.MatchString(ev.Text) {
			continue // a time the text tells, not one an update was posted at
		}
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil && at.After(latest) {
			latest = at
		}
	}
	return latest
}

// stepDay is the day of the events whose time was written with the
// clock hour:min (in loc, the write-up's zone when nil); zero when no
// event or events of several days have it.
func (tb *timelineBuilder) stepDay(hour, min int, loc *time.Location) time.Time {
	if loc == nil {
		loc = tb.loc
	}
	var day time.Time
	for k, ev := range tb.events {
		if k >= len(tb.clock) || !tb.clock[k] {
			continue
		}
		at, err := time.Parse(time.RFC3339, ev.At)
		if err != nil {
			continue
		}
		if loc != nil {
			at = at.In(loc)
		}
		if at.Hour() != hour || at.Minute() != min {
			continue
		}
		d := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, time.UTC)
		if !day.IsZero() && !d.Equal(day) {
			return time.Time{}
		}
		day = d
	}
	return day
}

// windowJoin joins a range to another window of the same impact told
// right after it: " and again between ", ", and from ", "，以及", "、"
// (after the first range's zone, when it has one).
var windowJoin = regexp.MustCompile(`(?i)^\s*(?:\(?(?:` + zoneAlt + `)\)?)?\s*(?:(?:[,，;；]\s*)?(?:and|以及|及|和|、)\s*(?:(?:again|then|later|once more)\s+|再次|又)?(?:(?:between|from)\s+|从|自|在)?|[，、；]\s*)$`)

// windowEnds joins the two ends of a later window: "09:05 and 09:32"
// (after windowJoin's "between"), "14:10–14:38", "10:05至10:20".
var windowEnds = regexp.MustCompile(`(?i)^\s*(?:-|–|—|~|～|至|到|to|until|and)\s*$`)

// laterWindows extends a range's end over the windows told right after
// it as one list ("Between 10:02 and 10:31 UTC and again between 11:15
// and 11:50 UTC on 9 April 2024", "16:04–16:30 UTC and 17:12–17:41 UTC",
// "13:02-13:40，以及14:10-14:25"): the incident ran until the last one
// ended. rest holds the first range's end and the stamps after it; a
// later window must follow on the same day (or on the date it names),
// after the end, within a day of the start.
func laterWindows(text string, rest []spanStamp, start, end time.Time) time.Time {
	at := func(st stamp, day time.Time) time.Time {
		loc := day.Location()
		if st.loc != nil {
			loc = st.loc
		}
		y, mo, d := day.Year(), day.Month(), day.Day()
		if st.hasDate() {
			mo, d = time.Month(st.month), st.day
			if st.year > 0 {
				y = st.year
			}
		}
		return time.Date(y, mo, d, st.hour, max0(st.min), max0(st.sec), 0, loc)
	}
	for m := 1; m+1 < len(rest); m += 2 {
		prev, c, d := rest[m-1], rest[m], rest[m+1]
		if !c.st.hasClock() || !d.st.hasClock() || c.pos < prev.end || d.pos < c.end {
			break
		}
		join, ends := text[prev.end:c.pos], text[c.end:d.pos]
		if len(join) > 40 || len(ends) > 12 || !windowJoin.MatchString(join) || !windowEnds.MatchString(ends) {
			break
		}
		if strings.EqualFold(strings.TrimSpace(ends), "and") && !strings.HasSuffix(strings.ToLower(strings.TrimSpace(join)), "between") {
			break // "… and 11:15 and …" is no window
		}
		day := end
		if d.st.hasDate() && !c.st.hasDate() {
			c.st.year, c.st.month, c.st.day = d.st.year, d.st.month, d.st.day
		}
		if c.st.loc == nil {
			c.st.loc = d.st.loc
		}
		from, to := at(c.st, day), at(d.st, day)
		if from.Before(end) || !to.After(from) || to.Sub(start) > 24*time.Hour {
			break
		}
		end = to
	}
	return end
}

// rowRest is what follows a timeline row's time: a dash or bar and the
// row's text.
var rowRest = regexp.MustCompile(`^[ \t]*(?:[-–—|][ \t]+\S)`)

// noonWord reads "noon", "midday" or "midnight" whole at the start of s
// as the hour it names; n is 0 when s opens with none.
func noonWord(s string) (hour, n int) {
	for _, w := range []struct {
		word string
		hour int
	}{{"noon", 12}, {"midday", 12}, {"mid-day", 12}, {"midnight", 0}} {
		if len(s) >= len(w.word) && strings.EqualFold(s[:len(w.word)], w.word) && (len(s) == len(w.word) || !isLetterOrDigit(s[len(w.word)])) {
			return w.hour, len(w.word)
		}
	}
	return 0, 0
}

// noonJoined is what a range's end written as "noon" or "midnight"
// follows: its opening word or its join ("from noon", "to 1:35 p.m.",
// "and midnight"); "by noon", "at midnight" alone are no range's.
var noonJoined = regexp.MustCompile(`(?i)\b` + noonJoins + `\s+$`)

// noonEnd is a range with "noon" or "midnight" at one end.
var noonEnd = regexp.MustCompile(`(?i)\b` + noonJoins + `\s+(?:noon|mid-?day|midnight)\b`)

// noonJoins are the words a range's "noon" or "midnight" follows.
const noonJoins = `(?:from|between|to|until|till|through|and)`

// clockCount counts the clock times of text ("14:05", "14时", "9点"),
// up to 2.
func clockCount(text string) int {
	n := 0
	for i := 1; i+2 < len(text) && n < 2; i++ {
		if (text[i] == ':' && isDigitByte(text[i-1]) && isDigitByte(text[i+1])) ||
			isDigitByte(text[i-1]) && (strings.HasPrefix(text[i:], "时") || strings.HasPrefix(text[i:], "点")) ||
			isDigitByte(text[i-1]) && (i < 3 || text[i-3] != ':') && hourPart(text[i:]) {
			n++
		}
	}
	return n
}

// hourPart reports whether s, right after an hour's digits, opens with
// its part of the day ("pm", " a.m."): "3pm" is a clock time though it
// has no minutes.
func hourPart(s string) bool {
	s = strings.TrimPrefix(s, " ")
	if len(s) < 2 || s[0]|0x20 != 'a' && s[0]|0x20 != 'p' {
		return false
	}
	rest := s[1:]
	if rest[0] == '.' {
		rest = rest[1:]
	}
	if rest == "" || rest[0]|0x20 != 'm' {
		return false
	}
	rest = strings.TrimPrefix(rest[1:], ".")
	return rest == "" || !isLetterOrDigit(rest[0])
}

// mayBeTime is a cheap test that a time expression can start at the digit
// that s starts with: a separator of dates or clock times, or a month
// name, follows within a few characters.
func mayBeTime(s string) bool {
	j := 0
	for j < len(s) && j < 4 && isDigitByte(s[j]) {
		j++
	}
	if j >= len(s) {
		return false
	}
	r := s[j:]
	switch r[0] {
	case ':', '-', '/', '.':
		return true
	case ' ':
		r = strings.TrimLeft(r, " ")
		if r != "" && (r[0] == 'a' || r[0] == 'p' || r[0] == 'A' || r[0] == 'P') {
			return true // 9 pm
		}
		return monthOf(leadingWord(r)) > 0 || strings.HasPrefix(r, "年") || strings.HasPrefix(r, "月")
	}
	for _, p := range []string{"年", "月", "时", "点", "：", "am", "pm", "AM", "PM"} {
		if strings.HasPrefix(r, p) {
			return true
		}
	}
	return false
}

// dayFieldName is a field that states when an incident happened with days
// alone: "时间：（2013 年）10 月 2 日至 11 日", "When: 2019-03-02 to
// 2019-03-09". A "日期" or "Date" field is more often the write-up's own.
var dayFieldName = regexp.MustCompile(`(?i)^(?:时间|发生时间|故障时间|事件时间|事故时间|when)\s*[:：]\s*[（(]?\s*(.+)$`)

// dayRangeEnd is the end of a range of days after the join: a day of the
// start's month ("11 日") or a date.
var dayRangeEnd = regexp.MustCompile(`^\s*(?:-|–|—|~|～|至|到|to|until|through)\s*`)

// dayField reads a field line that states the days of an incident, from
// its first day to its last ("至 11 日": the same month's), without a clock
// time. It returns zero times when the line is no such field, and a zero
// end for a single day.
func (tb *timelineBuilder) dayField(text string) (start, end time.Time) {
	if len(text) > 100 {
		return
	}
	m := dayFieldName.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return
	}
	v := m[1]
	st, n, ok := parseStamp(v, tb.lang)
	if !ok || !st.hasDate() || st.hasClock() {
		return
	}
	year := st.year
	if year < 0 {
		if year = tb.refYear; year <= 0 {
			return
		}
	}
	day := func(y, mo, d int) time.Time {
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, tb.loc)
		if t.Day() != d {
			return time.Time{}
		}
		return t
	}
	if start = day(year, st.month, st.day); start.IsZero() {
		return
	}
	rest := v[n:]
	j := dayRangeEnd.FindString(rest)
	if j == "" {
		return start, time.Time{}
	}
	rest = rest[len(j):]
	if e, _, ok := parseStamp(rest, tb.lang); ok && e.hasDate() && !e.hasClock() {
		ey := e.year
		if ey < 0 {
			ey = year
		}
		end = day(ey, e.month, e.day)
	} else if d, k := scanInt(rest, 2); k > 0 && strings.HasPrefix(strings.TrimSpace(rest[k:]), "日") {
		end = day(year, st.month, d) // "10 月 2 日至 11 日"
	}
	if !end.After(start) || end.Sub(start) > 45*24*time.Hour {
		end = time.Time{}
	}
	return start, end
}

// daySpan is the days the first field of days states ("时间：10 月 2 日至
// 11 日"); zero where none does.
func (tb *timelineBuilder) daySpan(blocks []block) (start, end time.Time) {
	for i, b := range blocks {
		if i > 30 {
			break
		}
		if b.kind != kindPara && b.kind != kindItem {
			continue
		}
		text := b.text
		if b.label != "" {
			text = b.label + ": " + b.text
		}
		if s, e := tb.dayField(text); !s.IsZero() {
			return s, e
		}
	}
	return time.Time{}, time.Time{}
}

// sameDay reports whether a and b fall on the same calendar day in a's zone.
func sameDay(a, b time.Time) bool {
	b = b.In(a.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// clauseRange is the range a clause states from its first time
// ("unavailable between 02:50 and 09:28 UTC", "between 21:14 and 22:49
// GMT on Wednesday 4 March"): its two ends as written; ok is false for a
// clause that states none.
func clauseRange(clause, lang string) (a, b stamp, ok bool) {
	if clockCount(clause) < 2 {
		return
	}
	stamps := stampsIn(clause, lang)
	if len(stamps) < 2 {
		return
	}
	sa, sb := stamps[0], stamps[1]
	join := clause[sa.end:sb.pos]
	if !sa.st.hasClock() || !sb.st.hasClock() || len(join) > 60 || !rangeJoin.MatchString(join) {
		return
	}
	if j := strings.ToLower(strings.TrimSpace(join)); (strings.HasPrefix(j, "and") || strings.HasPrefix(j, ",") || j == "-" || j == "") && !rangeOpen.MatchString(clause[max(0, sa.pos-40):sa.pos]) {
		return // "at 10:00 and 11:00", "14:00-16:15" in a row
	}
	return sa.st, sb.st, true
}

// clauseRangeEnd is the end of the range a clause states from its first
// time, read on from start, the time that first one resolved to: the
// clause's second event, when the range's end is told nowhere else.
func (tb *timelineBuilder) clauseRangeEnd(clause string, start time.Time) (stamp, time.Time, bool) {
	if start.IsZero() {
		return stamp{}, time.Time{}, false
	}
	a, end, ok := clauseRange(clause, tb.lang)
	if !ok {
		return stamp{}, time.Time{}, false
	}
	if end.loc == nil {
		end.loc = a.loc
	}
	var t time.Time
	if end.hasDate() {
		var ok bool
		if t, ok = tb.resolve(end, nil); !ok {
			return stamp{}, time.Time{}, false
		}
	} else {
		loc := start.Location()
		if end.loc != nil {
			loc = end.loc
		}
		s := start.In(loc)
		t = time.Date(s.Year(), s.Month(), s.Day(), end.hour, end.min, end.sec, 0, loc)
		if t.Before(start) {
			t = t.AddDate(0, 0, 1) // "from 23:40 to 00:25"
		}
	}
	if !t.After(start) || t.Sub(start) > 7*24*time.Hour {
		return stamp{}, time.Time{}, false
	}
	return end, t, true
}

// maintenanceHead is a status page's heading over its planned maintenance
// windows ("Upcoming maintenance", "Scheduled maintenance", "Completed
// maintenance", "计划维护"), or over one such window named by what it
// works on ("Planned database maintenance").
var maintenanceHead = regexp.MustCompile(`(?i)^(?:(?:upcoming|scheduled|planned|completed|past|previous|recent)\s+(?:(?:database|network|system|server|storage|platform|infrastructure|router|firmware|software|emergency)\s+)?maintenances?|maintenance\s+(?:schedule|calendar|windows?)|schedule|(?:scheduled |planned )?maintenance (?:of|on|for|to) [^.;:]{2,60}|(?:近期|即将进行的)?(?:计划|预定)?维护(?:计划|公告|通知|窗口)?|计划维护)\s*[:：]?$`)

// underMaintenance reports whether the text before a range ends under a
// maintenanceHead: the heading one of the three lines with words above the
// range's line, or its line's lead ("Scheduled maintenance: 25 Jul, 01:00 –
// 03:00"). Only the last 400 bytes are read.
func underMaintenance(before string) bool {
	lines := strings.Split(before[max(0, len(before)-400):], "\n")
	cur := lines[len(lines)-1]
	if i := strings.IndexAny(cur, ":："); i > 0 {
		// "Scheduled maintenance: …", a status page's banner
		// "**Scheduled:** Transit capacity upgrade — Jun 24, 23:00 - …"
		if l := strings.Trim(cur[:i], " \t#*_|>"); maintenanceHead.MatchString(l) || maintenanceLabel.MatchString(l) {
			return true
		}
	}
	seen := 0
	for k := len(lines) - 2; k >= 0 && seen < 3; k-- {
		l := strings.Trim(lines[k], " \t#*|")
		if l == "" {
			continue
		}
		if maintenanceHead.MatchString(l) {
			return true
		}
		seen++
	}
	return false
}

// maintenanceLabel is a banner's label over a planned window alone:
// "Scheduled", "Upcoming", "Maintenance", "计划维护".
var maintenanceLabel = regexp.MustCompile(`(?i)^(?:scheduled|upcoming|planned|maintenance|维护)$`)

// impactRange is the range a line labels as the customers' impact
// ("Customer impact: 18:55 – 23:30 UTC, 6 May 2026", "Customer impact
// window: …", "业务影响时间：10:05-11:40"); ok is false when no such
// label stands before a range on its line.
func (tb *timelineBuilder) impactRange(text string) (start, end time.Time, ok bool) {
	if !strings.Contains(text, "mpact") && !strings.Contains(text, "影响时") && !containsAny(text, outageStateWords) {
		return
	}
	for _, loc := range impactWindowLabel.FindAllStringIndex(text, 4) {
		end := loc[1]
		if m := text[loc[0]:end]; strings.HasSuffix(m, "-") || strings.HasSuffix(m, "–") || strings.HasSuffix(m, "—") {
			// "phones down 07:56–11:48": the range opens at the clock
			end = loc[0] + strings.IndexAny(m, "0123456789")
		} else if isDigitByte(text[end-1]) {
			// "Impact 10:03–11:47 IST": the label took the range's first
			// clock; the range opens with it
			end = strings.LastIndexAny(text[loc[0]:end], " \t") + loc[0] + 1
		}
		line := text[end:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		if s, e, ok := tb.rangeIn(head(line, 200)); ok {
			return s, e, true
		}
	}
	return
}

// outageStateWords say a service was out: before a range, the range is
// the outage's ("Summary for the record: phones down 07:56–11:48").
var outageStateWords = []string{"down ", "offline ", "unavailable ", "unreachable ", "out of service "}

// impactWindowLabel labels the customers' impact window at the head of a
// line: "Customer impact:", "业务影响时间：", a closing summary's "• Impact:
// merchant payouts … delayed, 3:02 PM – 5:20 PM SGT on 6 May 2026", or
// after a sentence of a chat's message ("Resolving. Thanks all. Impact:
// 11:48 AM – 2:15 PM."), or a state of being out right before a range
// ("phones down 07:56–11:48").
var impactWindowLabel = regexp.MustCompile(`(?im)(?:^[\s*_•·-]*|[.!?]\s+)(?:(?:customer|user|client)[- ](?:facing )?)?impact(?: window| period| time| duration)?(?:\s*[:：]|\s+(?:was\s+)?(?:from\s+)?\d{1,2}[:.]\d{2})|^[\s*_-]*(?:业务|用户|客户)?影响(?:时间|时段|窗口)\s*[:：]|\b(?:down|offline|unavailable|unreachable|out of service)\s+\d{1,2}[:.]\d{2}\s*[-–—]`)

// plannedRange reports whether the range from stamp a to stamp b of text
// is a change's or a planned maintenance's window by the words around it
// (changeWindow, plannedWindow, zhMaintenanceAfter), not the outage's.
func plannedRange(text string, a, b spanStamp) bool {
	return changeWindow.MatchString(text[max(0, a.pos-80):a.pos]) || plannedWindow.MatchString(text[max(0, a.pos-120):a.pos]) || zhMaintenanceAfter(text[b.end:])
}

// nothingBetween is the words before a range that say nothing happened
// in it: "nothing between", "no errors between", "no impact from".
var nothingBetween = regexp.MustCompile(`(?i)\b(?:nothing|none|no (?:errors?|impact|issues?|failures?|5xx|alerts?|problems?))\s+(?:at all\s+)?(?:between|from)\s+$`)

// clockChangeRange reports whether a range is an hour from one o'clock to
// the next in a sentence of its own that tells of the clocks changing
// ("That means 2:00–3:00 AM happened twice tonight"): the range is that
// hour, not
// the outage's (which the next sentence may tell: "the outage began at
// 1:30am NZDT and ended at 2:40am NZST, after the clocks had gone
// back").
func clockChangeRange(text string, a, b spanStamp) bool {
	from := max(0, a.pos-240)
	to := len(text)
	if i := strings.IndexAny(text[b.end:], ".!?\n。"); i >= 0 {
		to = b.end + i
	}
	if k := strings.LastIndexAny(text[from:a.pos], "\n!?。"); k >= 0 {
		from += k + 1
	}
	if k := strings.LastIndex(text[from:a.pos], ". "); k >= 0 {
		from += k + 2 // the range's own sentence ("9.05" ends none)
	}
	// the hour itself, from one o'clock to the next ("so the times above
	// run from 12:35 AM GMT to 3:10 AM BST" is the outage's)
	hour := max(a.st.min, 0) == 0 && max(b.st.min, 0) == 0 && (b.st.hour-a.st.hour == 1 || a.st.hour-b.st.hour == 1 || b.st.hour-a.st.hour == -11)
	return hour && clockChange.MatchString(text[from:to])
}

// clockChange tells of the clocks going forward or back: daylight saving
// or summer time beginning or ending, an hour repeated or skipped.
var clockChange = regexp.MustCompile(`(?i)\bclocks? (?:(?:in|across) [\w ]{1,30}? )?(?:went|go|goes|going|were put|jumped|jump|sprang|spring|fell|fall|changed?|moved?) (?:back|forward|ahead|straight)|\bdaylight sav(?:ing|ings)(?: time)? (?:ended|ends|began|begins|started|starts)|\bhappened twice\b|\b(?:summer|winter) time (?:began|begins|started|starts|ended|ends)|\bswitch(?:ed)? to (?:summer|winter) time|夏令时`)

// revisedRange is the index in stamps of the first of two clock times
// joined as a range that words of a correction lead ("the impact window
// … has been revised to 08:52 UTC – 12:37 UTC"), or -1.
func revisedRange(text string, stamps []spanStamp) int {
	if !strings.Contains(text, "revised") && !strings.Contains(text, "corrected") && !strings.Contains(text, "amended") {
		return -1
	}
	for k := 0; k+1 < len(stamps); k++ {
		a, b := stamps[k], stamps[k+1]
		if a.st.hasClock() && b.st.hasClock() && revisedLead.MatchString(text[max(0, a.pos-40):a.pos]) && len(text[a.end:b.pos]) <= 12 && rangeJoin.MatchString(text[a.end:b.pos]) {
			return k
		}
	}
	return -1
}

// revisedLead is the words of a correction right before a range: "has
// been revised to", "corrected to", "amended to".
var revisedLead = regexp.MustCompile(`(?i)\b(?:revised|corrected|amended)\s+(?:to|as)\s+(?:(?:between|from)\s+)?$`)

// subsetRange reports whether the clause before a Chinese range tells of
// a part of those affected ("其中约3.6万户在").
func subsetRange(before string) bool {
	from := strings.LastIndexAny(before, "。；;\n")
	clause := before[from+1:]
	if k := strings.LastIndex(clause, "，"); k >= 0 {
		clause = clause[k:]
	}
	return strings.Contains(clause, "其中")
}

// jobRange reports whether a range joined by "finished" or "completed"
// (join, lower-cased), or told as when something ran (jobRan), is a
// job's run: its sentence names one (jobNoun) before the range.
func jobRange(text string, a spanStamp, join string) bool {
	from := strings.LastIndexAny(text[:a.pos], ".!?\n") + 1
	if !strings.Contains(join, "finished") && !strings.Contains(join, "completed") && !jobRan.MatchString(text[from:a.pos]) {
		return false
	}
	return jobNoun.MatchString(text[from:a.pos])
}

// jobRan is the words before a range that say a job ran in it: "The
// morning timetable data import ran from 11:00 to 11:15".
var jobRan = regexp.MustCompile(`(?i)\b(?:ran|run|running|was run|were run)\s+(?:(?:as (?:normal|usual|planned|scheduled))\s+)?(?:from|between)\s+$`)

// jobNoun names a job that runs and finishes: a reindex, a backup, a
// batch, a migration.
var jobNoun = regexp.MustCompile(`(?i)\b(?:re-?index\w*|index(?:ing)? (?:job|run|rebuild)|backups?|batch(?:es)?|jobs?|migrations?|maintenance|deploy(?:ment)?s?|roll-?outs?|upgrades?|cron|scripts?|tasks?|imports?|exports?|sync\w*|rebuilds?|compaction|vacuum|patch(?:ing)?)\b`)

// growthRange reports whether a range's sentence tells only that a load
// grew ("between 7:50 AM and 9:30 AM PST the number of shards in the
// Region grew by roughly 40%", "traffic increased threefold from 14:00 to
// 14:20"), naming no failure: what led up to the outage.
func growthRange(text string, a, b spanStamp) bool {
	from := strings.LastIndexAny(text[:a.pos], ".!?\n") + 1
	to := len(text)
	if i := strings.IndexAny(text[b.end:], ".!?\n"); i >= 0 {
		to = b.end + i
	}
	return loadGrewOnly(text[from:to])
}

// impactFromJoin is what stands between one range of a component's
// impact and the next, lighter one that runs on from its end: " ·
// Degraded performance from ", "\n  Partial outage from ".
var impactFromJoin = regexp.MustCompile(`(?i)^[\s·•|,;]*(?:(?:partial|major|minor|full|complete) outage|degraded(?: performance)?|outage|disruption|(?:reduced|limited) (?:service|functionality))\s+(?:from|between)\s*$`)

// peakLead is the words before a range that make it the worst of the
// outage: "was worst between", "peaked between", "at its height from",
// "高峰期为", "最严重的时段是".
var peakLead = regexp.MustCompile(`(?i)(?:\b(?:was|were) (?:at its |at their )?(?:worst|heaviest|most severe)|\bpeak(?:ed|ing)?|\bat (?:its|their) (?:worst|height|peak)|高峰(?:期|时段)?|最(?:严重|集中)的?(?:时段|时间段)?)\s*(?:was|were|is|为|是|在)?\s*(?:between|from|during|之间|从|于)?\s*$`)

var (
	// loadGrew is a load that grew: "the number of shards … grew by",
	// "traffic increased", "request volume doubled".
	loadGrew = regexp.MustCompile(`(?i)\b(?:number|count|volume|traffic|load|demand|requests|shards|connections|sign-?ups|usage)\b[^.;]{0,60}\b(?:grew|increased|rose|doubled|tripled|quadrupled|climbed|jumped|surged)\b`)
	// slowTold are the words of a sentence that tells users' trouble
	// beside failureTold's: latency, timeouts, slowness, delays.
	slowTold = regexp.MustCompile(`(?i)\b(?:latenc\w*|time-?outs?|timed out|slow\w*|delay\w*|throttl\w*|impact\w*|affect\w*|unable)\b`)
)

// plannedStep reports whether an event's time is one end of a planned
// window its sentence states ("The change was applied during the
// scheduled change window from 13:00 to 15:00 UTC", "凌晨2:00至3:00进行了
// 例行维护"): a step of the change before the outage, kept in the
// timeline, that neither opens nor closes the outage.
func plannedStep(e data.TimelineEvent, lang string) bool {
	if e.TimeText == "" || !mayBePlanned(e.Text) {
		return false
	}
	if maintenanceDone.MatchString(e.Text) && !failureTold.MatchString(e.Text) {
		return true // "本次维护按计划于1:00前顺利完成": the maintenance's end, before the outage
	}
	if lang == "" {
		lang = "en"
		if hanCount(e.Text) > 0 {
			lang = "zh"
		}
	}
	stamps := stampsIn(e.Text, lang)
	for k := 0; k+1 < len(stamps); k++ {
		a, b := stamps[k], stamps[k+1]
		if !a.st.hasClock() || !b.st.hasClock() || b.pos-a.end > 60 || !rangeJoin.MatchString(e.Text[a.end:b.pos]) || !plannedRange(e.Text, a, b) {
			continue
		}
		if i := strings.Index(e.Text, e.TimeText); i >= a.pos && i < b.end {
			return true
		}
	}
	return false
}

// maintenanceDone is a sentence that says a planned maintenance ended as
// planned; failureTold are the words of one that tells of a failure too.
var (
	maintenanceDone = regexp.MustCompile(`(?i)维护[^。；，]{0,6}(?:按计划|如期|准时|按时|顺利)[^。；]{0,16}(?:完成|结束)|(?:planned|scheduled|routine) maintenance (?:was |has been )?(?:completed|finished)|maintenance (?:was |has been )?(?:completed|finished) (?:as planned|on schedule|as scheduled)`)
	failureTold     = regexp.MustCompile(`(?i)故障|异常|失败|中断|报错|\b(?:fail|error|outage|disrupt|unavailab|degrad)`)
)

// mayBePlanned is a cheap test for the words plannedRange and
// maintenanceDone look for: a window, a maintenance, or a change's verb
// beside "between" or "from".
func mayBePlanned(text string) bool {
	if containsAny(text, plannedHanWords) {
		return true
	}
	lower := asciiLower(text)
	return containsAny(lower, plannedWindowWords) || (strings.Contains(lower, "between") || strings.Contains(lower, "from")) && containsAny(lower, changeVerbWords)
}

var (
	plannedHanWords    = []string{"维护", "变更", "升级", "割接"}
	plannedWindowWords = []string{"window", "maintenance"}
	changeVerbWords    = []string{"rolled out", "deployed", "applied", "pushed", "released", "installed", "rolling out"}
)

// plannedWindow is the words before a range that name it a planned
// window: "during a planned maintenance window from 2 a.m. to 4 a.m.",
// "a planned maintenance window that was meant to run from 1am to 4am",
// "the planned change window for our spam filter upgrade (Apr 8,
// 21:00-23:00 GMT)", "scheduled maintenance between", a table cell's
// "(scheduled window 01:30–03:30)", "(window 22:00–22:30 UTC)", "planned
// firmware upgrade on cs1, 22:00–22:30 UTC", "维护窗口：", a notice's "定于7月1日0时至1时
// 进行…" (scheduled for), a notice of work to come ("the telephony
// platform is being patched tomorrow morning, 06:00–06:30"). The
// outage a write-up tells of ran at other times.
var plannedWindow = regexp.MustCompile(`(?i)(?:\b(?:scheduled|planned|advertised) windows?\s*[:(]?\s*$|\b(?:maintenance|change|upgrade|release|deployment) windows?(?:\s+(?:for|of)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+|,?\s+(?:that|which)\s+(?:was|were|is|had been)\s+(?:meant|due|scheduled|planned|set|supposed)\s+to\s+(?:run|last))?\s*(?:\(|,|:|from\s|between\s|of\s|for\s)|\b(?:planned|scheduled|routine|regular|weekly|nightly)\s+maintenance(?:\s+(?:on|of|for)\s+(?:[\w'’-]+\s+){0,10}?[\w'’-]+)?,?\s+(?:from|between|for)\s|(?:维护|变更|升级)(?:窗口|时间|时段)(?:为|是)?\s*[：:]?|(?:计划内?|例行|定期|常规)的?(?:维护|升级|变更)[^，。；\n]{0,12}[（(:：]\s*|\((?:planned |scheduled |maintenance |change )?window:?\s*|\b(?:planned|scheduled)\s+(?:[\w-]+\s+){0,3}?(?:upgrade|maintenance|works?|change|migration|patching)(?:\s+(?:on|of|for|to)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s*[,(:]\s*|\b(?:is|are|will be)\s+(?:being\s+)?[a-z]+ed\s+(?:tomorrow|tonight|this (?:morning|afternoon|evening|weekend)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?,?\s*(?:(?:from|between)\s+)?|(?:定于|拟于|预定于|计划于|安排于|定在|计划在)\s*(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?(?:[（(][^）)]{1,6}[）)])?\s*(?:凌晨|早上|上午|中午|下午|晚上|夜间)?)\s*(?:(?:about|around|approximately|roughly)\s+)?$`)

// askedRange reports whether the range from text[from:to] stands in a
// question: its sentence ends with a question mark, or its line opens as
// one of a page's questions ("问：", "Q:").
func askedRange(text string, from, to int) bool {
	rest := text[to:]
	if stop := strings.Index(rest, ". "); stop >= 0 {
		rest = rest[:stop] // a sentence's full stop ("9.05" is none)
	}
	if end := strings.IndexAny(rest, "。！？!?\n"); end >= 0 {
		if r, _ := utf8.DecodeRuneInString(rest[end:]); r == '？' || r == '?' {
			return true
		}
	}
	line := strings.TrimSpace(text[strings.LastIndexByte(text[:from], '\n')+1 : from])
	return askedLine.MatchString(line)
}

// askedLine opens a page's question: "问：", "Q:", "Q.".
var askedLine = regexp.MustCompile(`^(?:问|提问|Q)\s*[:：.]`)

// zhMaintenanceAfter reports whether the words after a range say a
// planned maintenance was done in it ("凌晨2:00至3:00进行了例行维护",
// "6:00至10:00，《…》按计划进行了例行停服维护", "00:00至06:00对核心业务系统进行了
// 升级": what was maintained may stand between, in the same clause; "上午
// 5:00—11:00　国庆版本“…”更新维护", a maintenance named without a verb), not
// an emergency one (紧急维护 is the repair of an outage).
func zhMaintenanceAfter(after string) bool {
	m := zhMaintenanceDone.FindString(after[:min(len(after), 80)])
	return m != "" && !strings.Contains(m, "紧急")
}

var zhMaintenanceDone = regexp.MustCompile(`^\s*(?:[（(][^）)]{0,12}[）)])?\s*(?:[，,　]?\s*[^，。；,;\n]{0,20}?(?:更新|停服|例行|版本)维护|(?:[，,]?\s*[^，。；,;\n]{0,20}?(?:按计划|如期|照常)?)?(?:进行了?|实施了?|执行了?|开展了?)\s*(?:例行|计划内?的?|定期|常规|版本更新|版本|停服|系统|紧急)*(?:维护|升级|变更|割接))`)

// changeWindow is the words before a range that tell when a change was
// carried out ("rolled out between", "deployed to all regions from",
// "applied between"), not when the outage ran.
var changeWindow = regexp.MustCompile(`(?i)\b(?:rolled out|deployed|applied|pushed(?: out)?|released|installed|was rolling out|were rolling out)\s+(?:(?:to|across|in|on|over)\s+(?:[\w'’-]+\s+){0,4})?(?:between|from)\s+(?:(?:about|around|approximately|roughly)\s+)?$`)

// tableSpan is the window a table of spans states: a header row with a
// start column and an end column ("| Phase | Start | End | Duration |",
// "| 地域 | 开始时间 | 恢复时间 |"), each row under it a part of the outage
// (a phase, a region); the window runs from the earliest start to the
// latest end. A row's clock without a date is on the incident's day (or
// the day its row's start names); an end earlier than its start is the
// next day's. Zero when no such table is, or fewer than one row reads, or
// its rows lie more than three days apart (a history's incidents, each its
// own).
func (tb *timelineBuilder) tableSpan(blocks []block) (start, end time.Time) {
	for i := 0; i < len(blocks) && i <= 120; i++ {
		h := blocks[i]
		if h.kind != kindRow || len(h.cells) < 3 {
			continue
		}
		sc, ec := -1, -1
		for k, c := range h.cells {
			c = strings.TrimSpace(tableZoneStrip.ReplaceAllString(c, ""))
			switch {
			case sc < 0 && spanStartCol.MatchString(c):
				sc = k
			case ec < 0 && spanEndCol.MatchString(c):
				ec = k
			}
		}
		if sc < 0 || ec < 0 {
			continue
		}
		var zone *time.Location
		if m := tableZoneIn(h.text); m != nil {
			zone = zoneFor(m[1], tb.lang)
		}
		for j := i + 1; j < len(blocks) && blocks[j].kind == kindRow && len(blocks[j].cells) == len(h.cells); j++ {
			cells := blocks[j].cells
			s, ok1 := cellStamp(cells[sc], tb.lang)
			e, ok2 := cellStamp(cells[ec], tb.lang)
			if !ok1 || !ok2 || !s.hasClock() || !e.hasClock() {
				continue
			}
			if !s.hasDate() {
				if tb.baseDay.IsZero() {
					continue
				}
				s.year, s.month, s.day = tb.baseDay.Year(), int(tb.baseDay.Month()), tb.baseDay.Day()
			}
			if !e.hasDate() {
				e.year, e.month, e.day = s.year, s.month, s.day
			}
			st, ok1 := tb.resolve(s, zone)
			et, ok2 := tb.resolve(e, zone)
			if !ok1 || !ok2 {
				continue
			}
			if !et.After(st) && !blocksHasDate(cells[ec], tb.lang) {
				et = et.AddDate(0, 0, 1) // "23:40 | 00:25"
			}
			if !et.After(st) || et.Sub(st) > 7*24*time.Hour {
				continue
			}
			if start.IsZero() || st.Before(start) {
				start = st
			}
			if end.IsZero() || et.After(end) {
				end = et
			}
		}
		if !start.IsZero() && end.Sub(start) <= 3*24*time.Hour {
			return start, end
		}
		// (rows days apart are a history's incidents, each its own)
		start, end = time.Time{}, time.Time{}
	}
	return time.Time{}, time.Time{}
}

// blocksHasDate reports whether a cell's stamp names its day.
func blocksHasDate(cell, lang string) bool {
	st, ok := cellStamp(cell, lang)
	return ok && st.hasDate()
}

// cellStamp reads a cell that is a time alone: a day and its clock, or a
// clock ("09:12", "9:12 AM").
func cellStamp(cell, lang string) (stamp, bool) {
	cell = strings.TrimSpace(cell)
	if st, ok := stampAlone(cell, lang); ok {
		return st, true
	}
	return clockAlone(cell, lang)
}

// spanStartCol and spanEndCol name a table's start and end columns;
// tableZoneStrip takes a zone in brackets off a column's name ("Start
// (UTC)").
var (
	spanStartCol   = regexp.MustCompile(`(?i)^(?:(?:impact |outage |incident )?(?:start(?:ed)?|began|begin|from)(?: time| at)?|开始(?:时间)?|起始时间|发生时间|故障开始(?:时间)?)$`)
	spanEndCol     = regexp.MustCompile(`(?i)^(?:(?:impact |outage |incident )?(?:end(?:ed)?|until|to|resolved|recovered|mitigated)(?: time| at)?|结束(?:时间)?|恢复(?:时间)?|故障结束(?:时间)?)$`)
	tableZoneStrip = regexp.MustCompile(`\s*[(（][^)）]{1,30}[)）]\s*$`)
)

// earlierThanSaid is a write-up's words that it began before the time it
// first gave: "started earlier than we first said", "began earlier than
// we initially reported".
var earlierThanSaid = regexp.MustCompile(`(?i)\b(?:started|began|begun|start|begin) (?:a little |somewhat |slightly |much )?earlier than (?:we |was |had been )?(?:first |initially |originally |previously )?(?:said|stated|reported|thought|posted|communicated|announced|believed)\b|\b(?:our |the )?(?:initial|first|earlier|original|preliminary) (?:communication|update|notice|post|report|message)s? (?:stated|said|gave|reported|listed|used) (?:a |the )?start(?:ing)? time of\b`)

// correctedRangeStart is the start the text gives after its words that
// it began earlier than first said (earlierThanSaid), in the same
// sentence or the next: a range's start, or else the last time told, on
// the day and in the zone of first.
func (tb *timelineBuilder) correctedRangeStart(text string, first time.Time) (time.Time, bool) {
	if low := asciiLower(text); !strings.Contains(low, "earlier than") && !strings.Contains(low, "start time of") {
		return time.Time{}, false // (the expression's literals first: most texts hold neither)
	}
	m := earlierThanSaid.FindStringIndex(text)
	if m == nil {
		return time.Time{}, false
	}
	rest := text[m[1]:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	rest = head(rest, 300)
	if s, _, ok := tb.rangeIn(rest); ok {
		return s, true
	}
	// "Our initial communication stated a start time of 09:30;
	// subsequent analysis of scheduler logs shows that jobs first stopped
	// being dispatched at 09:05"
	stamps := stampsIn(rest, tb.lang)
	if len(stamps) < 2 || !stamps[len(stamps)-1].st.hasClock() || stamps[len(stamps)-1].st.hasDate() {
		return time.Time{}, false
	}
	last := stamps[len(stamps)-1].st
	y, mo, d := first.Date()
	return time.Date(y, mo, d, last.hour, max0(last.min), 0, 0, first.Location()), true
}
