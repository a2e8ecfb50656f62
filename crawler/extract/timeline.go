package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// leadNoise is what may stand before an event's time: bullets, numbering,
// brackets, bold marks.
var leadNoise = regexp.MustCompile(`^(?:\s|[-*•·◇◆○●■□▪►>\[【（(]|\*\*|__|\d{1,2}[)）.、]\s|[（(]\d{1,2}[)）])*`)

// leadNoiseLen is the length of leadNoise's match at the start of s. Only
// a space, one of -*>[(_, a digit or a byte of a multi-byte rune can start
// it; any other first byte (a letter, most lines) means none, known
// without the expression.
//
// The expression is read by hand: at each step the first of its ways that
// reads on is the one it takes (a match is only ever longer for one more
// step, and nothing follows the repeat), so the steps are taken in order
// until none reads. "**" is two steps of "*", and a bracket before a
// number, "(1)", is read as the bracket (a step of its own, the second
// way) before the number and its closing mark can be: the last way is
// never reached. TestLeadNoiseLenSame asks the expression the same.
func leadNoiseLen(s string) int {
	if s == "" || !mayStartNoise(s[0]) {
		return 0
	}
	i := 0
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r', // \s
			c == '-' || c == '*' || c == '>' || c == '[' || c == '(': // the bullets and brackets of ASCII
			i++
			continue
		case c == '_':
			if strings.HasPrefix(s[i:], "__") {
				i += 2
				continue
			}
		case c >= '0' && c <= '9':
			// \d{1,2}[)）.、]\s: two digits first, else one
			if n := noiseNumberLen(s[i:]); n > 0 {
				i += n
				continue
			}
		case c >= utf8.RuneSelf:
			if r, size := utf8.DecodeRuneInString(s[i:]); strings.ContainsRune("•·◇◆○●■□▪►【（", r) && r != utf8.RuneError {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// noiseNumberLen is the length of "\d{1,2}[)）.、]\s" at the start of s,
// two digits tried before one, or 0.
func noiseNumberLen(s string) int {
	for d := 2; d >= 1; d-- {
		if len(s) < d+1 || !isDigitByte(s[0]) || d == 2 && !isDigitByte(s[1]) {
			continue
		}
		rest := s[d:]
		k := 0
		switch {
		case rest[0] == ')' || rest[0] == '.':
			k = 1
		case strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, "、"):
			k = len("）")
		default:
			continue
		}
		if k < len(rest) {
			switch rest[k] {
			case ' ', '\t', '\n', '\f', '\r':
				return d + k + 1
			}
		}
	}
	return 0
}

func mayStartNoise(c byte) bool {
	return c >= 0x80 || c >= '0' && c <= '9' || strings.IndexByte("\t\n\f\r -*>[(_", c) >= 0
}

// withoutLeadNoise is s without leadNoise's match at its start.
func withoutLeadNoise(s string) string { return s[leadNoiseLen(s):] }

var eventPunct = " \t,，:：;；.。-–—|)）]】*_"

// tableZone finds the zone a timeline table's header names: "Time (UTC)",
// "Date and Time in CET".
var tableZone = regexp.MustCompile(`\b(` + zoneAlt + `)\b`)

// zoneKeys: every match of zoneAlt holds one of them (an offset's UTC or
// GMT, an IANA name's region, the "time" of a zone in words, the end of
// an abbreviation, 北京时间), a cheap test before tableZone: most rows of a
// table name no zone.
var zoneKeys = []string{"UTC", "GMT", "US/", "America", "Europe", "Asia", "Australia", "Africa", "Pacific", "Atlantic", "Etc", "ime",
	"ST", "DT", "ET", "GT", "KT", "PT", "MT", "CT", "MSK", "北京时间"}

// tableZoneIn is tableZone.FindStringSubmatch(s), nil at once when s holds
// no zone key.
func tableZoneIn(s string) []string {
	if !containsAny(s, zoneKeys) {
		return nil
	}
	return tableZone.FindStringSubmatch(s)
}

// docZoneCues are the words that state a zone for the whole write-up,
// lower-cased; docZone finds the zone after them ("All times are in UTC",
// "times in PDT", "所有日期和时间均为协调世界时（UTC）").
var (
	docZoneCues = []string{"all times", "times are", "times in", "time zone", "timezone", "times shown", "times:", "times below", "local time in",
		// "（在本博客文章中，所有日期和时间均为协调世界时（UTC））"
		"所有日期和时间", "所有时间", "文中时间", "时间均为"}
	docZone = regexp.MustCompile(`(?i)(?:` + strings.Join(docZoneCues, "|") + `)[^.\n]{0,30}?\b(?-i:(` + zoneAlt + `))\b`)
)

// clockTail is what may follow a clock time before its zone: seconds,
// am/pm, "hrs" (as telecom notices write "16:40 hrs IST"), a space, a
// bracket.
var clockTail = regexp.MustCompile(`^(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?hrs?\b)?`)

// soleClockZone returns the zone written after clock times ("05:01 UTC",
// "9:16 PM (PDT)", a newspaper's "17.05 CEST") when the first twenty such
// times name only one, else "".
// Two names are one zone when they are of one North American family
// ("EDT", "Eastern time") or the same fixed offset ("UTC-7", "PDT"); any
// other two (UTC beside CET) are two.
func soleClockZone(h string) string {
	name, n := "", 0
	for i := 1; i+3 < len(h) && n < 20; i++ {
		var rest string
		switch {
		case (h[i] == ':' || h[i] == '.') && isDigitByte(h[i-1]) && isDigitByte(h[i+1]) && isDigitByte(h[i+2]):
			rest = h[i+3:]
			rest = rest[len(clockTail.FindString(rest)):]
		case h[i]|0x20 == 'm':
			// an hour alone on the 12-hour clock: "7 a.m. CET", "3pm BST"
			j := amPmHourEnd(h, i)
			if j < 0 {
				continue
			}
			rest = h[j:]
		default:
			continue
		}
		if rest == "" || rest[0] != ' ' && rest[0] != '(' {
			continue
		}
		if start := clockStart(h, i); strings.HasSuffix(h[:start], "(") || strings.HasSuffix(h[:start], "（") {
			continue // "8:47am AEDT on Monday (9:47pm UTC on Sunday)": the same time restated in another zone
		}
		z := zoneAfter(head(rest, 40))
		if z == nil || z[1] == "Z" {
			continue
		}
		if name != "" && z[1] != name && (zoneFamily(z[1]) == "" || zoneFamily(z[1]) != zoneFamily(name)) && !sameFixedOffset(z[1], name) {
			return ""
		}
		name = z[1]
		n++
	}
	return name
}

// clockStart is where the clock whose colon (or "m" of its half of the
// day) is at h[i] starts: the first of its hour's digits.
func clockStart(h string, i int) int {
	j := i
	for j > 0 && (isDigitByte(h[j-1]) || h[j-1] == ':' || h[j-1] == '.' || h[j-1]|0x20 == 'a' || h[j-1]|0x20 == 'p' || h[j-1] == ' ') && i-j < 10 {
		j--
	}
	for j < i && !isDigitByte(h[j]) {
		j++
	}
	return j
}

// amPmHourEnd is where an hour written alone on the 12-hour clock ends
// ("7 a.m." / "7am" / "11 p.m."), given i at its "m"; -1 when h has no
// such hour there (a clock with minutes, "9:30 a.m.", soleClockZone reads
// at its colon).
func amPmHourEnd(h string, i int) int {
	if i+1 < len(h) && isLetterByte(h[i+1]) {
		return -1
	}
	k := i - 1
	if h[k] == '.' {
		k--
	}
	if k < 1 || h[k]|0x20 != 'a' && h[k]|0x20 != 'p' {
		return -1
	}
	d := k - 1
	if h[d] == ' ' {
		d--
	}
	if d < 0 || !isDigitByte(h[d]) {
		return -1
	}
	if d > 0 && isDigitByte(h[d-1]) {
		d-- // a two-digit hour
	}
	if d > 0 && (isDigitByte(h[d-1]) || isLetterByte(h[d-1]) || h[d-1] == ':' || h[d-1] == '.') {
		return -1
	}
	end := i + 1
	if end < len(h) && h[end] == '.' {
		end++
	}
	return end
}

// sameFixedOffset reports whether two zone names are fixed offsets, and
// the same one: a health dashboard's "9:04:00 AM UTC-7" and its updates'
// "9:21 AM PDT" are one zone.
func sameFixedOffset(a, b string) bool {
	la, lb := zoneFor(a, ""), zoneFor(b, "")
	if la == nil || lb == nil {
		return false
	}
	jan, jul := time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC), time.Date(2026, 7, 15, 12, 0, 0, 0, time.UTC)
	_, aj := jan.In(la).Zone()
	_, aJ := jul.In(la).Zone()
	_, bj := jan.In(lb).Zone()
	_, bJ := jul.In(lb).Zone()
	return aj == aJ && bj == bJ && aj == bj
}

// soleZhZone returns the zone a Chinese text names before its times
// ("太平洋标准时间下午 4 点") when it names one and only one, else nil.
func soleZhZone(h string) *time.Location {
	if !strings.Contains(h, "时间") || !endsZhZoneWord(h) {
		return nil // the cheap tests first: most texts name no zone in words
	}
	name := ""
	for _, m := range zhZoneAt.FindAllStringSubmatch(h, 20) {
		if name != "" && zhZones[m[1]] != zhZones[name] {
			return nil
		}
		name = m[1]
	}
	if name == "" {
		return nil
	}
	return ianaZone(zhZones[name])
}

// zoneFamily names the zone of North America a name is one of, standard,
// daylight or either ("EDT", "ET", "Eastern time"), so that a byline's
// "08:40 EDT" and a story's "9:05 a.m. Eastern time" agree; "" for any
// other name.
func zoneFamily(name string) string {
	l := strings.ToLower(name)
	// an IANA name of the same zone: "US/Pacific" beside "PDT" (Google
	// Cloud's status reports write both)
	if f, ok := ianaFamily[l]; ok {
		return f
	}
	l = strings.TrimPrefix(l, "us/")
	for _, f := range []string{"eastern", "central", "mountain", "pacific"} {
		if strings.HasPrefix(l, f) || len(l) <= 3 && l[0] == f[0] && (l == f[:1]+"t" || l == f[:1]+"st" || l == f[:1]+"dt") {
			return f
		}
	}
	return ""
}

// ianaFamily maps the IANA names of North America's zones, lower-cased, to
// their family.
var ianaFamily = map[string]string{"america/new_york": "eastern", "america/chicago": "central", "america/denver": "mountain",
	"america/los_angeles": "pacific"}

// zhZoneWords are the zone names of zhZones as written before a time:
// "北京时间", "太平洋标准时间", "美国东部夏令时间".
var zhZoneWords = func() []string {
	var out []string
	for n := range zhZones {
		out = append(out, n+"时间", n+"标准时间", n+"夏令时间")
	}
	sort.Strings(out)
	return out
}()

// endsZhZoneWord reports whether h holds a word of zhZoneWords: each ends
// with 时间, so only the text before each 时间 is looked at.
func endsZhZoneWord(h string) bool {
	for i := 0; ; {
		j := strings.Index(h[i:], "时间")
		if j < 0 {
			return false
		}
		i += j + len("时间")
		for _, w := range zhZoneWords {
			if strings.HasSuffix(h[:i], w) {
				return true
			}
		}
	}
}

// zhZoneAt is a Chinese zone name with the time it precedes.
var zhZoneAt = regexp.MustCompile(zhZoneName + `\s*(?:\d|凌晨|早上|上午|中午|下午|傍晚|晚上|周|星期|[一二三四五六七八九十]+月)`)

// writesHalfDays reports whether the write-up writes its clock times on
// the 12-hour clock: three or more with a.m. or p.m., none past 12 on the
// 24-hour one. Read once, at the first ask.
func (tb *timelineBuilder) writesHalfDays() bool {
	if tb.halfDays == 0 {
		tb.halfDays = 1
		if h := tb.head; (strings.Contains(h, "PM") || strings.Contains(h, "pm") || strings.Contains(h, "p.m.")) && len(halfDayClock.FindAllStringIndex(h, 3)) >= 3 && !dayClock.MatchString(h) {
			tb.halfDays = 2
		}
	}
	return tb.halfDays == 2
}

// halfDayClock is a clock time on the 12-hour clock with its half of the
// day; dayClock one past 12 on the 24-hour clock.
var (
	halfDayClock = regexp.MustCompile(`(?i)\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b`)
	dayClock     = regexp.MustCompile(`\b(?:1[3-9]|2[0-3]):[0-5]\d\b`)
)

// timelineBuilder resolves stamps into times, carrying the date forward
// from one event to the next.
type timelineBuilder struct {
	lang     string
	loc      *time.Location // default zone of the document
	refYear  int            // the write-up's year, for dates without one
	refMonth int
	baseDay  time.Time // the incident's day, for clock times before any date
	last     time.Time // the previous resolved event
	haveLast bool
	// lastDated: the previous event's date was written, not carried
	// from the one before it
	lastDated bool
	// rangeFrom, rangeTo: a sentence's first time and the later, dated
	// time it ran to ("began at 18:35 UTC … full recovery by 00:30 UTC
	// on February 3"), while that end is the last event
	rangeFrom, rangeTo time.Time
	// irish: the write-up is about Ireland, where IST is Irish Standard
	// Time (UTC+1), not India's (UTC+5:30)
	irish bool
	// head is the start of the text the builder was made for; halfDays
	// whether it writes its clock times on the 12-hour clock (a.m. or
	// p.m., none past 12 on the 24-hour one): 0 not asked yet, 1 no, 2
	// yes (asked only of a bare morning clock after an afternoon event)
	head     string
	halfDays int8
	// written: the day the write-up was published (or saved, a clip's),
	// after the days it names by their weekday ("on Tuesday")
	written time.Time
	events  []data.TimelineEvent
	clock   []bool // per event: whether a clock time was written
	outside []bool // per event: found outside the timeline section
	// runs: clockRuns of the blocks buildTimeline read, for build, which
	// asks the same of the same blocks
	runs []bool
	// zoneless: the text states no zone at all, its times are UTC unless
	// the page's own address tells its country's
	zoneless bool
}

// zoneWord is a zone's abbreviation of those written most, as a word:
// a text that holds one states a zone somewhere.
var zoneWord = regexp.MustCompile(`\b(?:UTC|GMT|BST|CES?T|EES?T|WES?T|[PECM][DS]T|IST|JST|KST|HKT|SGT|AE[DS]T|AC[DS]T|AWST|NZ[DS]T)\b`)

func newTimelineBuilder(lang, published, text string) *timelineBuilder {
	tb := &timelineBuilder{lang: lang, loc: time.UTC}
	if lang == "zh" {
		tb.loc = time.FixedZone("", 8*3600)
	}
	h := head(text, 6000)
	tb.irish = strings.Contains(h, "IST") && (strings.Contains(h, "Dublin") || strings.Contains(h, "Ireland") || strings.Contains(h, "Irish"))
	tb.head = h
	stated := false
	// (strings.ToLower(h) holds a cue, which is ASCII, only when
	// asciiLower(h) does, which costs less, or h has one of the two runes
	// it lowers to ASCII letters, İ and the Kelvin sign; the windows are
	// found in ToLower's, as they were)
	if containsAny(asciiLower(h), docZoneCues) || lowersToASCII(h) {
		lower := strings.ToLower(h)
		// the zone within a few words after a cue: the regexp runs on
		// those windows alone
		for _, cue := range docZoneCues {
			for i := 0; !stated; {
				j := strings.Index(lower[i:], cue)
				if j < 0 {
					break
				}
				at := i + j
				if m := docZone.FindStringSubmatch(h[at:min(len(h), at+len(cue)+50)]); m != nil {
					if loc := zoneFor(m[1], lang); loc != nil {
						tb.loc, stated = loc, true
					}
				}
				i = at + len(cue)
			}
		}
	}
	if !stated {
		// times written with one zone, and only one, set the zone of
		// those written without
		if name := soleClockZone(h); name != "" {
			if loc := zoneFor(name, lang); loc != nil {
				tb.loc = loc
			}
		} else if loc := soleZhZone(h); loc != nil {
			tb.loc = loc // "太平洋时间上午 9 点": a translated report's times
		} else if lang != "zh" {
			if loc := datelineZone(h); loc != nil {
				tb.loc = loc // a news story's "SINGAPORE –": its clocks are the city's
			} else {
				tb.zoneless = !zoneWord.MatchString(h)
			}
		}
	}
	if tb.irish && tb.loc.String() == "IST" {
		tb.loc = irishTime
	}
	if t, err := time.Parse("2006-01-02", published); err == nil {
		tb.refYear, tb.refMonth = t.Year(), int(t.Month())
	} else if m := zhDateIn(head(text, 2000)); m != nil {
		// 2021年5月: the write-up's month, for dates written without a year
		tb.refYear, tb.refMonth = atoi(m[1]), atoi(m[2])
	} else if m := isoDayIn(head(text, 2000)); m != nil {
		tb.refYear, tb.refMonth = atoi(m[1]), atoi(m[2])
	} else if ms := enMonthYear.FindAllStringSubmatch(head(text, 300), 8); ms != nil {
		// "… outage of August 2011" in the title; of several, the latest
		// (a history's "Jun 2025 to Aug 2025" holds August's entries, and
		// a date written without a year is on or before it)
		for _, m := range ms {
			y, mo := atoi(m[2]), int(monthByName[strings.ToLower(m[1][:3])])
			if y*12+mo > tb.refYear*12+tb.refMonth {
				tb.refYear, tb.refMonth = y, mo
			}
		}
	} else if y, mo := monthHeadingRef(head(text, 4000)); y > 0 {
		tb.refYear, tb.refMonth = y, mo
	} else if y := commonYear(head(text, 4000)); y > 0 {
		// the year the text writes most ("22-04-2025" on its posts,
		// "KN-2025-0513" as its reference), for dates written without one
		tb.refYear, tb.refMonth = y, 12
	}
	tb.baseDay = incidentDay(head(text, 3000), lang, tb.refYear)
	if pub, err := time.Parse("2006-01-02", published); err == nil && tb.baseDay.Equal(pub) {
		// the first date, on a line of its own, is the write-up's: the
		// incident's is one the opening names after it, on or before it
		// ("… the disruption that occurred on December 7th, 2025" under
		// "December 10, 2025")
		off, dateline := 0, false
		lines := strings.SplitAfter(head(h, 3000), "\n")
		for k, l := range lines {
			off += len(l)
			if pickDay(l, false).Equal(pub) {
				// the date on a line of its own, or a post's byline
				// ("Posted by … · Mar 5, 2025 · 1.2k views")
				dateline = runesAtMost(strings.TrimSpace(l), 40) || byline.MatchString(l)
				if dateline {
					// a masthead's date over the headline, then the
					// byline's own lines ("16 Nov 2025, 09:40 GMT",
					// "Updated 16 Nov 2025, 11:05 GMT"): the opening
					// starts after the last line that dates the post,
					// above the first paragraph
					more := off
					for _, l2 := range lines[k+1 : min(len(lines), k+16)] {
						more += len(l2)
						t := strings.TrimSpace(l2)
						if utf8.RuneCountInString(t) > 120 {
							break
						}
						if (len(t) <= 40 || byline.MatchString(t)) && pickDay(t, false).Equal(pub) {
							off = more
						}
					}
				}
				break
			}
		}
		after := h[min(off, len(h)):]
		if d := incidentDay(head(after, 3000), lang, tb.refYear); dateline && !d.IsZero() && d.Before(pub) && pub.Sub(d) <= 60*24*time.Hour {
			tb.baseDay = d
		} else if dateline {
			// the opening up to its first full date
			upTo := 0
			for _, l := range strings.SplitAfter(head(after, 1500), "\n") {
				if !pickDay(l, false).IsZero() {
					break
				}
				upTo += len(l)
			}
			if y := yearlessDay(after[:upTo], pub); !y.IsZero() && y.Before(pub) && pub.Sub(y) <= 60*24*time.Hour {
				// "Here's what happened on Monday, March 3": a day the
				// opening names without its year, before the post's
				tb.baseDay = y
			} else if w := weekdayDay(head(after, 1500), pub); d.IsZero() && !w.IsZero() && w.Before(pub) {
				// "Sat 7 Nov 2026" over "… for most of Friday": the day
				// the lede names by its weekday, the last before the
				// dateline
				tb.baseDay = w
			} else if o := ordinalDay(head(after, 1500), pub); d.IsZero() && !o.IsZero() {
				// "London, 16 April 2025 — The incident on the 14th began
				// at 21:50 UTC": the day the opening names by its number
				// alone, the last such day on or before the dateline
				tb.baseDay = o
			}
		}
	}
	if pub, err := time.Parse("2006-01-02", published); err == nil && !tb.baseDay.IsZero() && tb.baseDay.Before(pub) {
		if y := yearlessDay(beforeFullDate(withoutBylines(head(text, 3000))), pub); !y.IsZero() && y.After(tb.baseDay) && pub.Sub(y) <= 60*24*time.Hour {
			// "Slow speeds on the evening of 12 March … The slowdown
			// started at 19:05 GMT on 12 March" over an earlier notice's
			// link further down ("Loss of service …, 19 February 2026"),
			// the one full date under the byline: the day the text names
			// first, in the write-up's year, is the incident's
			tb.baseDay = y
		}
	}
	if pub, err := time.Parse("2006-01-02", published); err == nil && !tb.baseDay.IsZero() && tb.baseDay.Before(pub) && stampsNameDay(head(text, 3000), pub) {
		// a status history's day over the incident ("Nov 18, 2026") and
		// its updates stamped without a year ("Nov 18, 11:02 UTC"), the
		// next day's heading ("Nov 17, 2026") under them: the day the
		// updates name, before any full date, is the incident's
		tb.baseDay = pub
	}
	if tb.baseDay.IsZero() {
		if t, err := time.Parse("2006-01-02", published); err == nil {
			// "On Wednesday, September 17, jobs were delayed": the day
			// the opening names, in the year that puts it on or before
			// the day the write-up was published
			tb.baseDay = yearlessDay(head(text, 1500), t)
			if w := weekdayDay(head(text, 1500), t); !w.IsZero() && (tb.baseDay.IsZero() || t.Sub(tb.baseDay) > 60*24*time.Hour || !yearlessDay(upToFirstClock(head(text, 1500)), t).Equal(tb.baseDay)) {
				// "on Thursday afternoon", "昨晚": the day the opening
				// names by its weekday, the last before the write-up;
				// it beats a day named without its year that falls
				// months before the write-up (the "7月25日前" of a promise,
				// put in the year before) or that only a paragraph after
				// the first clock time names (an earlier outage's "On
				// January 13, users faced …" under a lede's "on Tuesday"
				// and its times)
				tb.baseDay = w
			}
			if tb.baseDay.IsZero() {
				tb.baseDay = t
			}
		}
	}
	if tb.baseDay.IsZero() {
		tb.baseDay = pickDay(head(text, 3000), false) // a byline's date, the last resort
	}
	if tb.baseDay.IsZero() && tb.refYear > 0 && tb.refMonth >= 1 && tb.refMonth <= 12 {
		// only a month is known ("… outage of August 2019"): the day the
		// opening names in it
		tb.baseDay = yearlessDay(head(text, 1500), time.Date(tb.refYear, time.Month(tb.refMonth)+1, 0, 0, 0, 0, 0, time.UTC))
	}
	return tb
}

// enMonthYear is a month and year written in English ("August 2011").
var enMonthYear = regexp.MustCompile(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(19\d\d|20\d\d)\b`)

// monthHeadingRef is the month a status history's yearless stamps ("Apr
// 22, 12:04 UTC") are written up to, from its months' headings, each a
// line of its own ("March 2026"): the latest heading's month where it
// stands over the first stamp, else (a heading of the older entries under
// them) the eleventh month after it. Zero without such a heading or
// without a yearless stamp.
func monthHeadingRef(text string) (year, month int) {
	first := monthDayClock.FindStringIndex(text)
	if first == nil {
		return 0, 0
	}
	off, best, above := 0, 0, false
	for _, l := range strings.SplitAfter(text, "\n") {
		t := strings.TrimSpace(l)
		if len(t) <= 20 && monthYear.MatchString(t) {
			m := enMonthYear.FindStringSubmatch(t)
			if ym := atoi(m[2])*12 + int(monthByName[strings.ToLower(m[1][:3])]) - 1; ym > best {
				best, above = ym, off < first[0]
			}
		}
		off += len(l)
	}
	if best == 0 {
		return 0, 0
	}
	if !above {
		best += 11
	}
	return best / 12, best%12 + 1
}

// yearlessDay is the first day the text names without a year ("September
// 17", "17 September", "9月17日"), outside bylines, in the year that puts
// it on or at most a year before published; zero when it names none.
func yearlessDay(text string, published time.Time) time.Time {
	for _, md := range monthDays(text) {
		t := time.Date(published.Year(), time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
		if t.After(published) {
			t = t.AddDate(-1, 0, 0) // December's outage written up in January
		}
		if t.Month() == time.Month(md[0]) {
			return t
		}
	}
	return time.Time{}
}

// beforeFullDate is text up to the line that writes a full date (its
// year with it), all of it when none does.
func beforeFullDate(text string) string {
	n := 0
	for _, l := range strings.SplitAfter(text, "\n") {
		if !pickDay(l, false).IsZero() {
			break
		}
		n += len(l)
	}
	return text[:n]
}

// upToFirstClock is text up to the end of the first paragraph (a line of
// over 80 characters: no byline's) that tells a clock time, all of it
// when none does.
func upToFirstClock(text string) string {
	n := 0
	for _, l := range strings.SplitAfter(text, "\n") {
		n += len(l)
		if len(l) > 80 && clockCount(l) > 0 {
			break
		}
	}
	return text[:n]
}

// stampsNameDay reports whether the text, before its first full date,
// names day (its month and day, no year) in a stamp with a clock time
// ("Nov 18, 11:02 UTC").
func stampsNameDay(text string, day time.Time) bool {
	upTo := 0
	for _, l := range strings.SplitAfter(text, "\n") {
		if !pickDay(l, false).IsZero() {
			break
		}
		upTo += len(l)
	}
	for _, m := range monthDayClock.FindAllString(text[:upTo], -1) {
		if yearlessDay(m, day).Equal(day) {
			return true
		}
	}
	return false
}

// monthDayClock is a stamp of a month's day and a clock time, no year:
// "Nov 18, 11:02", "November 18 at 11:02".
var monthDayClock = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:at\s+)?\d{1,2}:\d{2}\b`)

// weekdayNames are the days of the week as write-ups name them, Sunday
// first.
var weekdayNames = [][]string{{"sunday", "星期日", "星期天", "周日"}, {"monday", "星期一", "周一"}, {"tuesday", "星期二", "周二"},
	{"wednesday", "星期三", "周三"}, {"thursday", "星期四", "周四"}, {"friday", "星期五", "周五"}, {"saturday", "星期六", "周六"}}

// weekdayIndex is the day of the week an English name in lower case
// names (0 for Sunday), -1 for none.
func weekdayIndex(name string) int {
	return slices.IndexFunc(weekdayNames, func(n []string) bool { return n[0] == name })
}

// weekdayDay is the day a write-up's lede (the first two sentences of its
// first paragraph) names by its weekday ("were unreachable on Thursday
// afternoon", "周四晚间") or as yesterday ("yesterday", "昨天", "昨晚"):
// the last such day on or before published (the day before it for
// yesterday); zero when the lede names none.
func weekdayDay(text string, published time.Time) time.Time {
	lede := ledeLine(strings.Split(text, "\n"))
	if lede == "" {
		// a page printed to PDF in a narrow column wraps its sentences
		// across lines none of which is long enough: its paragraphs,
		// their lines joined
		lede = ledeLine(wrappedParagraphs(text))
	}
	if sents := firstSentences(lede, 3); len(sents) > 2 {
		lede = strings.Join(sents[:2], " ")
	}
	lower := strings.ToLower(lede)
	best, at := time.Time{}, len(lower)+1
	told, toldAt := time.Time{}, len(lower)+1
	if m := datelineWeekday.FindStringSubmatchIndex(lede); m != nil {
		// "LONDON, Wednesday — … for much of Tuesday": the dateline's
		// day is the story's, not the outage's; it counts only when the
		// lede names no other day
		wd := weekdayIndex(strings.ToLower(lede[m[2]:m[3]]))
		told, toldAt = published.AddDate(0, 0, -((int(published.Weekday())-wd+7)%7)), len(lower)
		lower = strings.Repeat(" ", m[1]) + lower[m[1]:]
	}
	for wd, names := range weekdayNames {
		for _, n := range names {
			i := strings.Index(lower, n)
			if i < 0 || i > 0 && isLetterByte(lower[i-1]) {
				continue
			}
			back := (int(published.Weekday()) - wd + 7) % 7
			if saidOn.MatchString(lower[:i]) {
				// "Eastlake Air said on Tuesday that … the outage that
				// grounded its flights on Monday": the day the story's
				// source spoke, not the outage's, unless the lede names
				// no other
				if i < toldAt {
					told, toldAt = published.AddDate(0, 0, -back), i
				}
				if j := strings.Index(lower[i+len(n):], n); j >= 0 {
					i += len(n) + j // the same day named again, for the outage
				} else {
					continue
				}
			}
			if i >= at {
				continue
			}
			best, at = published.AddDate(0, 0, -back), i
		}
	}
	if best.IsZero() {
		best, at = told, toldAt
	}
	for _, n := range []string{"yesterday", "昨天", "昨晚", "昨日"} {
		if i := strings.Index(lower, n); i >= 0 && i < at {
			best, at = published.AddDate(0, 0, -1), i
		}
	}
	return best
}

// asOfLead is "as of" right before a clock time, lower-cased.
var asOfLead = regexp.MustCompile(`\bas of (?:about |around |roughly )?$`)

// weekdayBefore and weekdayAfter are a day of the week named right before
// a clock time ("On Tuesday at 9:40 a.m.", "late Monday, around 11 p.m.")
// or right after it ("at 9 a.m. Eastern on Tuesday", "11:30 p.m. Tuesday"),
// lower-cased.
var (
	weekdayBefore = regexp.MustCompile(`\b(?:(?:on|late|early|late on|early on|until|by|since|last)\s+)(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:at\s+|around\s+|about\s+|from\s+|(?:shortly|just|soon)\s+(?:after|before)\s+)*$`)
	weekdayAfter  = regexp.MustCompile(`^,?\s+(?:on\s+|(?:last|this)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b`)
)

// dateOnAfter is the date a clause writes after its clock time (at, as
// written in it) with "on", perhaps with its weekday: "at 8.15am on
// Monday 10 November 2025", "at 5.30pm on 7 November"; ok is false when
// none follows.
func dateOnAfter(clause, at, lang string) (stamp, bool) {
	i := strings.Index(clause, at)
	if i < 0 {
		return stamp{}, false
	}
	rest := clause[i+len(at):]
	m := onDateLead.FindString(rest)
	if m == "" {
		return stamp{}, false
	}
	st, _, ok := parseStamp(rest[len(m):], lang)
	if !ok || !st.hasDate() || st.hasClock() {
		return stamp{}, false
	}
	return st, true
}

// onDateLead leads from a clock time to the date after it: " on ",
// " on Monday ", " on Monday, ".
var onDateLead = regexp.MustCompile(`(?i)^,?\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?`)

// weekdayBeside is the day a clause names by its weekday beside its clock
// time (at, as written in the clause), the last such day on or before
// written, the day the story was published ("last Tuesday" a week before
// when written on a Tuesday); zero when it names none there.
func weekdayBeside(clause, at string, written time.Time) time.Time {
	i := strings.Index(clause, at)
	if i < 0 {
		return time.Time{}
	}
	lower := asciiLower(clause)
	var name string
	var end int // where the weekday's name ends in lower
	last := false
	if m := weekdayAfter.FindStringSubmatchIndex(lower[i+len(at):]); m != nil {
		off := i + len(at)
		name, end = lower[off+m[2]:off+m[3]], off+m[3]
		last = strings.Contains(lower[off+m[0]:off+m[2]], "last")
	} else if m := weekdayBefore.FindStringSubmatchIndex(lower[:i]); m != nil {
		name, end = lower[m[2]:m[3]], m[3]
		last = strings.HasPrefix(strings.TrimSpace(lower[m[0]:m[2]]), "last")
	} else {
		return time.Time{}
	}
	if rest := strings.TrimLeft(clause[end:], " ,"); rest != "" && isDigitByte(rest[0]) || monthOf(leadingWord(rest)) > 0 {
		// "from 5pm on Tuesday 3 March": the date it names
		if d := yearlessDay(head(rest, 24), written); !d.IsZero() {
			return d
		}
	}
	for wd, names := range weekdayNames {
		if names[0] == name {
			back := (int(written.Weekday()) - wd + 7) % 7
			if back == 0 && last {
				back = 7
			}
			return written.AddDate(0, 0, -back)
		}
	}
	return time.Time{}
}

// ledeLine is the first of lines that is a sentence of a lede: long (60
// runes, 25 in Chinese), ending with a stop or holding one, and no
// byline; "" when none is.
func ledeLine(lines []string) string {
	for _, l := range lines {
		n := utf8.RuneCountInString(l)
		// (a long line that ends with a stop is a sentence, whatever
		// comes before the stop: "… and ended at 15:51 BST.")
		if (n >= 60 || n >= 25 && strings.IndexFunc(l, isHan) >= 0) && (endsSentence(l) || strings.HasSuffix(l, ".") || strings.Contains(l, ". ") || strings.Contains(l, "。")) && !byline.MatchString(l) {
			return l
		}
	}
	return ""
}

// wrappedParagraphs are text's paragraphs (parted by blank lines), each
// with its lines joined by a space and trimmed.
func wrappedParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// datelineWeekday is a news story's dateline that gives its day by the
// weekday ("SYDNEY, Thursday — "), up to the dash.
var datelineWeekday = regexp.MustCompile(`^[A-Z][A-Za-z .'-]{2,24}?,\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s*(?:\([A-Za-z ]+\)\s*)?[–—-]{1,2}\s*`)

// saidOn is a reporting verb right before a weekday, lower-cased: "said
// on ", "announced late ", "confirmed ".
var saidOn = regexp.MustCompile(`\b(?:said|says|announced|confirmed|stated|disclosed|acknowledged|admitted|told reporters|wrote)\s+(?:on\s+|late\s+|early\s+|late on\s+|early on\s+)?$`)

// ordinalDayRe is a day named by its number alone: "on the 3rd", "the
// incident on the 14th"; a month after it ("the 7th of November") makes
// it a day of that month instead.
var ordinalDayRe = gateRegexp(regexp.MustCompile(`(?i)\b(?:on|since|of|during|until|by) the (\d{1,2})(st|nd|rd|th)\b`))

// ordinalDay is the day the text first names by its number alone ("On the
// 3rd, from 11:00 to 11:50 UTC"), the last such day on or before
// published; zero when it names none.
func ordinalDay(text string, published time.Time) time.Time {
	for _, g := range ordinalDayRe.FindAllStringSubmatchIndex(text, 4) {
		rest := strings.TrimLeft(text[g[1]:], " ")
		rest = strings.TrimPrefix(rest, "of ")
		if monthOf(leadingWord(rest)) > 0 {
			continue // "the 7th of November": a month's day
		}
		n := atoi(text[g[2]:g[3]])
		if n < 1 || n > 31 {
			continue
		}
		t := time.Date(published.Year(), published.Month(), n, 0, 0, 0, 0, time.UTC)
		if n > published.Day() {
			t = time.Date(published.Year(), published.Month()-1, n, 0, 0, 0, 0, time.UTC)
		}
		if t.Day() == n {
			return t
		}
	}
	return time.Time{}
}

// monthDays returns the days text names without a year, as month and
// day, in order, leaving out bylines and impossible days.
func monthDays(text string) [][2]int {
	var out [][2]int
	for _, l := range strings.Split(text, "\n") {
		if byline.MatchString(l) {
			continue
		}
		l = weekday.ReplaceAllString(l, "") // "Tuesday 3 March" is 3 March
		for _, g := range enMonthDay.FindAllStringSubmatchIndex(l, 8) {
			if yearAfter.MatchString(l[g[1]:]) {
				continue // a full date
			}
			m, d := 0, 0
			if g[2] >= 0 {
				m, d = monthOf(l[g[2]:g[3]]), atoi(l[g[4]:g[5]])
			} else {
				m, d = monthOf(l[g[8]:g[9]]), atoi(l[g[6]:g[7]])
			}
			if m > 0 && d >= 1 && d <= 31 { // "Version 17" names no month
				out = append(out, [2]int{m, d})
			}
		}
		for _, g := range zhMonthDay.FindAllStringSubmatch(l, 8) {
			if m, d := atoi(g[1]), atoi(g[2]); m >= 1 && m <= 12 && d >= 1 && d <= 31 {
				out = append(out, [2]int{m, d})
			}
		}
	}
	return out
}

// enMonthName is an English month's name, in full or cut short, capitalised.
const enMonthName = `Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`

var (
	// a month and day with no year after them: "September 17,"
	// "Sept. 17th", "17 September", "the 17th of September"
	// (the month spelled out, so that "Last 30" does not take the 30 of
	// "Last Tuesday, 30 September")
	enMonthDay = regexp.MustCompile(`\b(?:(` + enMonthName + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + enMonthName + `))\b`)
	// a weekday before a date
	weekday = regexp.MustCompile(`\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+`)
	// a year right after a month and day: then the date is a full one
	yearAfter  = regexp.MustCompile(`^[,.]?\s*(?:19|20)\d\d\b`)
	zhMonthDay = regexp.MustCompile(`(?:^|[^\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`)
)

// incidentDayBefore is the last full date in text.
func incidentDayBefore(text, lang string, refYear int) time.Time {
	return pickDay(withoutBylines(text), true)
}

// withoutBylines is text without the lines that read like a byline (when
// a post was written, not when its incident happened).
func withoutBylines(text string) string {
	if !strings.Contains(text, "\n") && !byline.MatchString(text) {
		return text
	}
	// the text lowered once, each line's lower-case form a slice of it
	// (asciiLower keeps offsets), and only the byline words the whole
	// text holds looked for in its lines
	lower := asciiLower(text)
	// (the words found in one read of the text, not one search for each,
	// and listed in bylineWords' order)
	var found uint64 // a bit for each of bylineWords (bylineIndex)
	bylineKeys.each(lower, func(w string) { found |= 1 << bylineIndex[w] })
	var words []string
	for k, w := range bylineWords {
		if found&(1<<k) != 0 {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		words = noWords // (nil would mean all of them)
	}
	// the lines walked in place; kept is built only once one is dropped
	var kept []string
	dropped := false
	for off := 0; off <= len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		l := text[off:end]
		if len(l) > 300 || !bylineLower(l, lower[off:end], words) {
			if dropped {
				kept = append(kept, l)
			}
		} else if !dropped {
			dropped = true
			kept = append(kept, strings.Split(text[:max(off-1, 0)], "\n")...)
			if off == 0 {
				kept = kept[:0]
			}
		}
		off = end + 1
	}
	if !dropped {
		return text // every line kept: the lines joined again
	}
	return strings.Join(kept, "\n")
}

// incidentDay is the first full date the write-up's opening names ("On
// June 9, 2022", "2021年5月18日"), leaving out bylines.
func incidentDay(text, lang string, refYear int) time.Time {
	// (the labels' words looked for once in the text lowered, before the
	// expressions, which are slow on long texts)
	lower := asciiLower(text)
	if containsAny(lower, []string{"incident date", "date of", "event date", "outage date"}) || strings.Contains(text, "日期") {
		if d, ok := labelledIncidentDay(text); ok {
			return d
		}
	}
	if containsAny(lower, []string{"issued", "report date", "date of issue"}) {
		if d, ok := dayAfterIssued(text); ok {
			return d
		}
	}
	if lang == "zh" && (strings.Contains(text, "截止") || strings.Contains(text, "有效期")) {
		// "领取截止时间：2026年3月21日23:59" under a notice that gives
		// its own day without a year: a deadline dates no incident
		text = zhDeadlineDate.ReplaceAllString(text, "")
	}
	return pickDay(withoutBylines(text), false)
}

// zhDeadlineDate is a deadline's label and the date it names.
var zhDeadlineDate = regexp.MustCompile(zhDeadlineWords + `\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?`)

// labelledIncidentDay is the day a field names as the incident's
// ("Incident date: Tuesday 21 July 2026"), whatever date comes first.
func labelledIncidentDay(text string) (time.Time, bool) {
	if loc := incidentDateLabel.FindStringIndex(text); loc != nil {
		// "Issued 28 July 2026 · Incident date: Tuesday 21 July 2026": the
		// day a field names as the incident's, whatever date comes first
		if d := pickDay(head(text[loc[1]:], 60), false); !d.IsZero() {
			return d, true
		}
		if n := slashDate.FindStringSubmatch(strings.TrimSpace(head(text[loc[1]:], 60))); n != nil {
			// "Date of Incident: 09/03/2026": of its two readings, the one
			// on or before the day written above it (the mail's)
			return slashDay(atoi(n[1]), atoi(n[2]), atoi(n[3]), pickDay(text[:loc[0]], true)), true
		}
	}
	return time.Time{}, false
}

// dayAfterIssued is the first day a report's text names after the date it
// labels as its own issue's ("Issued: 24 February 2026 | …" over "In the
// early hours of Thursday, 19 February 2026, …"), when no date comes
// before that label.
func dayAfterIssued(text string) (time.Time, bool) {
	if loc := pubDateLabel.FindStringIndex(head(text, 1500)); loc != nil {
		// "Issued: 24 February 2026 | Severity: 1 …" over "In the early
		// hours of Thursday, 19 February 2026, …": a date the write-up
		// labels as its own publication's is no incident's day
		rest := text[loc[1]:]
		if k := dayEnd(head(rest, 40)); k > 0 && pickDay(withoutBylines(text[:loc[1]]), false).IsZero() {
			after := withoutBylines(rest[k:])
			if supersedes.MatchString(head(after, 1500)) {
				// "Supersedes: v1.0 preliminary report issued 20 February
				// 2026" under the issue's date: an earlier issue's date,
				// no incident's either
				for _, l := range strings.Split(after, "\n") {
					if d := pickDay(l, false); !d.IsZero() && !supersedes.MatchString(l) {
						return d, true
					}
				}
			}
			if d := pickDay(after, false); !d.IsZero() {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// supersedes is a report's field that names an earlier issue of it:
// "Supersedes: v1.0 preliminary report issued 20 February 2026",
// "Replaces the interim report of 3 March".
var supersedes = regexp.MustCompile(`(?i)\bsupersed(?:es|ed|ing)\b|\breplaces\b[^\n]{0,40}\b(?:report|version)\b|\b(?:report|version|revision)\b[^\n]{0,20}\bissued\b`)

// pubDateLabel is a report's field that says its date is the report's
// own: "Issued:", "Report date:". (A post's "Published" and "Updated"
// are read as its dateline; a history's "Last updated" stands over older
// entries' days.)
var pubDateLabel = regexp.MustCompile(`(?i)\b(?:issued|report date|date issued|date of issue)(?:\s+on)?\s*[:：]?\s*`)

// dayEnd is where the first full date of s ends (pickDay finds it in
// s[:dayEnd]), 0 when s holds none.
func dayEnd(s string) int {
	for k := 6; k <= len(s); k++ {
		if !pickDay(s[:k], false).IsZero() {
			return k
		}
	}
	return 0
}

// incidentDateLabel is a field's name that says its date is the
// incident's: "Incident date:", "Date of incident:", "故障日期：".
var incidentDateLabel = regexp.MustCompile(`(?i)\b(?:incident date|date of (?:the )?(?:incident|outage|event|disruption)|(?:outage|event) date)\s*[:：]\s*|(?:故障|事件|事故)(?:发生)?日期\s*[:：]\s*`)

// pickDay returns the first (or last) full date written in text:
// 2021-05-18, 2021/5/18, 2021年5月18日, June 9, 2022, 9 June 2022. It
// scans by hand: it runs on every document's opening and regular
// expressions made it the slowest step of extraction.
func pickDay(text string, last bool) time.Time {
	var best time.Time
	found := false
	set := func(y, m, d int) bool {
		if m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
			return false
		}
		best, found = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
		return !last
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= '0' && c <= '9' && (i == 0 || !isDigitByte(text[i-1])):
			if i+4 <= len(text) && isDigits(text[i:i+4]) && (i+4 == len(text) || !isDigitByte(text[i+4])) {
				if y, m, d, ok := scanYMD(text[i:]); ok && !afterVersionWord(text[:i]) && set(y, m, d) {
					return best
				}
				continue
			}
			// 9 June 2022
			if d, j := scanInt(text[i:], 2); j > 0 {
				rest := strings.TrimLeft(text[i+j:], " ")
				if w := leadingWord(rest); monthOf(w) > 0 {
					r2 := strings.TrimLeft(strings.TrimPrefix(rest[len(w):], "."), " ,")
					if y, k := scanInt(r2, 4); k == 4 && set(y, monthOf(w), d) {
						return best
					}
				}
			}
		case (c >= 'A' && c <= 'Z') && (i == 0 || !isLetterByte(text[i-1])):
			// June 9, 2022
			w := leadingWord(text[i:])
			m := monthOf(w)
			if m == 0 {
				continue
			}
			rest := strings.TrimLeft(strings.TrimPrefix(text[i+len(w):], "."), " ")
			d, j := scanInt(rest, 2)
			if j == 0 {
				continue
			}
			rest = rest[j:]
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				rest = strings.TrimPrefix(rest, suf)
			}
			rest = strings.TrimLeft(rest, " ,")
			if y, k := scanInt(rest, 4); k == 4 && set(y, m, d) {
				return best
			}
			// "October 19 and 20, 2025", "March 3–4, 2025": a range of
			// days starts on its first
			for _, join := range []string{"and ", "& ", "to ", "-", "–", "—"} {
				if r := strings.TrimLeft(strings.TrimPrefix(rest, join), " "); len(r) < len(rest) {
					if _, j2 := scanInt(r, 2); j2 > 0 {
						r = strings.TrimLeft(strings.TrimLeft(r[j2:], "stndrh"), " ,")
						if y, k := scanInt(r, 4); k == 4 && set(y, m, d) {
							return best
						}
					}
					break
				}
			}
		}
	}
	if !found {
		return time.Time{}
	}
	return best
}

// afterVersionWord reports whether text ends with a word that names a
// version ("Release 2026.04.3", "v2025.1.2", "版本 2025.03.1"): the
// number after it is no date.
func afterVersionWord(text string) bool {
	t := strings.ToLower(strings.TrimRight(text[max(0, len(text)-12):], " "))
	for _, w := range []string{"release", "version", "build", "v", "版本", "版本号"} {
		if strings.HasSuffix(t, w) && (len(t) == len(w) || !isLetterByte(t[len(t)-len(w)-1])) {
			return true
		}
	}
	return false
}

// scanYMD reads "2021-05-18", "2021/5/18", "2021.5.18", "2021年5月18日" and
// the same with spaces ("2021 年 5 月 18 日").
func scanYMD(s string) (y, m, d int, ok bool) {
	y, _ = scanInt(s, 4)
	s = strings.TrimLeft(s[4:], " ")
	sep := ""
	switch {
	case strings.HasPrefix(s, "年"):
		sep = "年"
	case s != "" && (s[0] == '-' || s[0] == '/' || s[0] == '.'):
		sep = s[:1]
	default:
		return 0, 0, 0, false
	}
	s = strings.TrimLeft(s[len(sep):], " ")
	m, j := scanInt(s, 2)
	if j == 0 {
		return 0, 0, 0, false
	}
	s = strings.TrimLeft(s[j:], " ")
	if sep == "年" {
		if !strings.HasPrefix(s, "月") {
			return 0, 0, 0, false
		}
		s = strings.TrimLeft(s[len("月"):], " ")
	} else {
		if !strings.HasPrefix(s, sep) {
			return 0, 0, 0, false
		}
		s = s[1:]
	}
	d, j = scanInt(s, 2)
	if j == 0 || j < len(s) && isDigitByte(s[j]) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// scanInt reads up to max leading digits.
func scanInt(s string, max int) (int, int) {
	n, j := 0, 0
	for j < len(s) && j < max && isDigitByte(s[j]) {
		n = n*10 + int(s[j]-'0')
		j++
	}
	return n, j
}

func leadingWord(s string) string {
	j := 0
	for j < len(s) && isLetterByte(s[j]) {
		j++
	}
	return s[:j]
}

func isDigitByte(b byte) bool  { return b >= '0' && b <= '9' }
func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// resolve turns a stamp into a time. ok is false when the date cannot be
// known (a clock time before any dated event and without a write-up date).
func (tb *timelineBuilder) resolve(st stamp, zone *time.Location) (time.Time, bool) {
	loc := tb.loc
	if zone != nil {
		loc = zone
	}
	if st.loc != nil {
		loc = tb.irishLoc(st.loc)
	}
	hour, min, sec := st.hour, st.min, st.sec
	if !st.hasClock() {
		hour, min, sec = 0, 0, 0
	}
	if st.hasDate() {
		year := st.year
		if year < 0 {
			switch {
			case tb.haveLast && (tb.refYear <= 0 || !time.Date(tb.last.Year(), time.Month(st.month), st.day, 0, 0, 0, 0, time.UTC).After(time.Date(tb.refYear, time.Month(tb.refMonth+2), 1, 0, 0, 0, 0, time.UTC))):
				year = tb.last.Year()
				if st.month < int(tb.last.Month()) && int(tb.last.Month())-st.month > 6 &&
					(tb.refYear <= 0 || !time.Date(year+1, time.Month(st.month), st.day, 0, 0, 0, 0, time.UTC).After(time.Date(tb.refYear, time.Month(tb.refMonth+2), 1, 0, 0, 0, 0, time.UTC))) {
					year++ // Dec → Jan, unless that is after the write-up
				}
			case tb.refYear > 0:
				year = tb.refYear
				if st.month > tb.refMonth+1 {
					year-- // written in January about December
				}
			case !tb.baseDay.IsZero():
				year = tb.baseDay.Year()
				if st.month > int(tb.baseDay.Month())+1 {
					year--
				}
			default:
				return time.Time{}, false
			}
		}
		t := time.Date(year, time.Month(st.month), st.day, hour, min, sec, 0, loc)
		return t, true
	}
	if !tb.haveLast {
		if tb.baseDay.IsZero() {
			return time.Time{}, false
		}
		b := tb.baseDay
		t := time.Date(b.Year(), b.Month(), b.Day(), hour, min, sec, 0, loc)
		return t, true
	}
	last := tb.last.In(loc)
	if tb.lang == "zh" && st.hasClock() && hour >= 1 && hour < 12 && strings.Contains(st.text, "点") && !startsWithPart(st.text) &&
		last.Hour() >= 12 && hour+12 >= last.Hour() && hour+12-last.Hour() <= 6 {
		// "下午3点10分，客服收到反馈。3点25分，值班同学拉起应急群": a time on
		// the 12-hour clock written without its part of the day, after
		// one past noon and not before it on the clock, is in the same
		// afternoon, not before dawn the next day
		hour += 12
	}
	if tb.lang != "zh" && tb.haveLast && hour >= 1 && hour < 12 && last.Hour() >= 12 && hour+12 >= last.Hour()-3 && hour+12 <= last.Hour()+3 && !amPmClock(st.text) && !strings.HasPrefix(strings.TrimLeft(st.text, "atAT "), "0") && tb.writesHalfDays() {
		// "Started at 2:02 according to the dashboard", said at 2:15 PM
		// in a chat whose clocks are all a.m. or p.m.: the same
		// afternoon, not before dawn ("09:14" is on the 24-hour clock)
		hour += 12
	}
	t := time.Date(last.Year(), last.Month(), last.Day(), hour, min, sec, 0, loc)
	laterSameDay := t.After(tb.last) // (not moved on past midnight below)
	if t.Before(tb.last) && tb.last.Sub(t) > time.Hour {
		// past midnight; but a clock time more than half a day after a
		// dated field ("Event end: 2025-07-15 18:57" over a sequence of
		// events from 15:22) is the same day's, told again
		// and a time a few hours back, with the next day's most of a day
		// on, is the same day's told out of order ("at 5:15 AM … began to
		// be added at 2:44 AM")
		back := tb.last.Sub(t)
		if next := t.AddDate(0, 0, 1); (!tb.lastDated || next.Sub(tb.last) <= 12*time.Hour) && (back > 4*time.Hour || next.Sub(tb.last) < 12*time.Hour) && !tb.retold(t) {
			t = next
		}
	}
	if l := tb.last.In(loc); laterSameDay && t.Sub(tb.last) > 18*time.Hour && (l.Hour() != 0 || l.Minute() != 0) && tb.eventNear(t.AddDate(0, 0, -1), 3*time.Hour) {
		// a clock most of a day after the last event's, on its day, is
		// the evening before it, told out of order, when the story was
		// on that evening already ("23:45之后涌入…" after "12月31日23:48起
		// …直到1月1日凌晨0:56全部恢复"): the nearer of the two
		t = t.AddDate(0, 0, -1)
	}
	if !tb.rangeFrom.IsZero() && tb.rangeTo.Equal(tb.last) && t.After(tb.rangeTo) {
		// the sentence before stated a range to a later day ("began at
		// 18:35 UTC … by 00:30 UTC on February 3"): a time the next one
		// tells without a day ("rolling back …, which commenced at 22:15
		// UTC") that falls within the range on its first day goes back
		// there, not on past the range's end
		f := tb.rangeFrom.In(loc)
		if c := time.Date(f.Year(), f.Month(), f.Day(), hour, min, sec, 0, loc); c.After(tb.rangeFrom) && c.Before(tb.rangeTo) {
			t = c
		}
	}
	return t, true
}

// eventNear reports whether an event so far is on t's day within d of t.
func (tb *timelineBuilder) eventNear(t time.Time, d time.Duration) bool {
	for _, ev := range tb.events {
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil && at.Sub(t).Abs() <= d && sameDay(at.In(t.Location()), t) {
			return true
		}
	}
	return false
}

// retold reports whether a clock time earlier than the last event's goes
// back over the same day rather than on past midnight: no event so far
// has passed the day of the first with a clock time, and the time is not
// more than an hour before it
// ("Starting at 10:12 AM PDT … lasted until 3:47 PM PDT", then the next
// paragraph's "at 10:12 AM the front-end servers began …").
func (tb *timelineBuilder) retold(t time.Time) bool {
	for i, ev := range tb.events {
		if ev.At == "" || !tb.clock[i] {
			// (a day told without a clock, "2026年6月8日晚间", is no
			// first time: its midnight was never said)
			continue
		}
		first, err := time.Parse(time.RFC3339, ev.At)
		if err != nil {
			return false
		}
		first = first.In(t.Location())
		last := tb.last.In(t.Location())
		sameDay := func(a, b time.Time) bool { return a.Year() == b.Year() && a.YearDay() == b.YearDay() }
		// (up to an hour before the first is retold too: "the outage
		// began at about 18:20" … later "the substation was struck at
		// 18:19" is a minute before, not a day after)
		return sameDay(first, t) && sameDay(first, last) && !t.Before(first.Add(-time.Hour))
	}
	return false
}

// zhDateIn is zhDate.FindStringSubmatch(s), nil at once when s has no 年.
func zhDateIn(s string) []string {
	if !strings.Contains(s, "年") {
		return nil
	}
	return zhDate.FindStringSubmatch(s)
}

// isoDayIn is isoDay.FindStringSubmatch(s), nil at once when s has no
// year of 19xx or 20xx followed by a separator: most texts' openings.
func isoDayIn(s string) []string {
	for i := 0; i+5 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) && strings.IndexByte("-/.", s[i+4]) >= 0 {
			return isoDay.FindStringSubmatch(s)
		}
	}
	return nil
}

// commonYear is the year a text writes most often, at least twice or in
// a date, as a token of its own (not a version's, not a count's); 0 when
// it writes none.
func commonYear(text string) int {
	counts := map[int]int{}
	best := 0
	for _, loc := range yearToken.FindAllStringIndex(text, -1) {
		if afterVersionWord(text[:loc[0]]) {
			continue
		}
		y := atoi(text[loc[0]:loc[1]])
		counts[y]++
		if inDate := loc[0] > 0 && strings.ContainsRune("-/.", rune(text[loc[0]-1])) || loc[1] < len(text) && strings.ContainsRune("-/", rune(text[loc[1]])); inDate {
			counts[y]++
		}
		if best == 0 || counts[y] > counts[best] {
			best = y
		}
	}
	if counts[best] < 2 {
		return 0
	}
	return best
}

// yearToken is a year of these decades written as a token of its own.
var yearToken = regexp.MustCompile(`\b(?:199\d|20[0-3]\d)\b`)

// irishLoc is loc, or Irish Standard Time where loc is the "IST" of India
// and the write-up is about Ireland.
func (tb *timelineBuilder) irishLoc(loc *time.Location) *time.Location {
	if tb.irish && loc.String() == "IST" {
		return irishTime
	}
	return loc
}

// irishTime is Irish Standard Time, Ireland's summer time.
var irishTime = time.FixedZone("IST", 3600)

// Ways a line may hold an event's time.
const (
	atStart    = iota // the line starts with a time (a timeline section)
	datedStart        // the line starts with a date (anywhere else)
	embedded          // a date and a clock time within the line's first sentences
)

// add reads a line that may hold an event; it returns false when it does
// not. A line that is only a date sets the date of the events after it.
func (tb *timelineBuilder) add(line string, zone *time.Location, mode int) bool {
	if mode == embedded {
		return tb.addEmbedded(line, zone) // (it reads the line its own way)
	}
	lead := line[:leadNoiseLen(line)]
	s := line[len(lead):]
	st, n, ok := parseStamp(s, tb.lang)
	if j := weekdayBeforeDay(s); !ok && j > 0 {
		// "Wednesday 12 November, 6.30pm – planned change …": a row's
		// day and clock after its weekday
		if d, dn, ok2 := parseStamp(s[j:], tb.lang); ok2 && d.hasDate() && d.hasClock() {
			st, n, ok = d, j+dn, true
			st.text = strings.TrimSpace(s[:n])
		}
	}
	prefix := ""
	if !ok && mode == atStart {
		// "First detected 2020-09-21 18:27", "Resolved: 11:40"
		if i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }); i > 0 && i <= 40 && !containsAnyRune(s[:i], "(（") {
			if st2, n2, ok2 := parseStamp(s[i:], tb.lang); ok2 && strings.Trim(withoutPlaceholder(s[i+n2:]), eventPunct+"（）() 左右前后") == "" {
				st, n, ok, prefix = st2, n2, true, fieldName(s[:i])
				s = s[i:]
			}
		}
	}
	if !ok && mode == atStart && tb.lang == "zh" && s != "" && s[0] >= utf8.RuneSelf {
		// "约两个小时后，即21时35分，…", "次日（4月22日）凌晨1时20分，…",
		// "次日凌晨1时20分，…": a row whose time follows a lead
		if st2, s2, ok2 := tb.zhLedRow(s); ok2 {
			st, s, ok = st2, s2, true
			n = len(st.text)
		}
	}
	if !ok || (!st.hasDate() && !st.hasClock()) {
		return false
	}
	if mode == datedStart && (!st.hasDate() || byline.MatchString(s)) {
		return false
	}
	text := strings.Trim(s[n:], eventPunct)
	if m := rangeEnd.FindString(s[n:]); m != "" {
		text = strings.Trim(s[n+len(m):], eventPunct) // "00:00-01:00,": the range's end is not text
	} else if m := rangeTo.FindString(s[n:]); m != "" {
		// "Nov 16, 2026 14:20 CET – Nov 16, 2026 15:05 CET", "2026年11月11日
		// 00:02 至 02:47（北京时间），…": the range's end, its day and
		// its zone are not text either
		if st2, n2, ok2 := parseStamp(s[n+len(m):], tb.lang); ok2 && st2.hasClock() {
			rest := strings.TrimLeft(s[n+len(m)+n2:], " ")
			text = strings.Trim(withoutLeadZone(rest), eventPunct)
		}
	}
	if m := clockPlaceholder.FindString(text); m != "" {
		// "2022-06-02 HH:mm": a clock the writer did not know is
		// neither the event's text nor a time
		text = strings.Trim(text[len(m):], eventPunct)
	}
	for _, about := range []string{"左右", "前后", "许"} {
		if rest, ok := strings.CutPrefix(text, about); ok {
			// "8 点 30 分左右": the "about" belongs to the time
			st.text += about
			text = strings.Trim(rest, eventPunct)
			break
		}
	}
	if prefix != "" {
		text = strings.TrimSpace(prefix + " " + text)
	}
	if text != "" && len(text) <= 24 && strings.IndexFunc(text, unicode.IsLetter) >= 0 && strings.IndexFunc(text, unicode.IsLower) < 0 && strings.IndexFunc(text, isHan) < 0 && !strings.ContainsAny(text, "0123456789") && st.hasDate() && !st.hasClock() {
		return false // "Thursday, February 19, 2026      LOCAL": a paper's day and section over its page
	}
	if tb.lang == "zh" && deadlineAfter.MatchString(text) {
		return false // "2026年6月30日23:59前创建角色的所有玩家": a deadline, nothing that happened then
	}
	if statusBanner.MatchString(text) {
		return false // a status page's date line: "February 03, 2018 All services available"
	}
	if templateRow.MatchString(text) {
		return false // a template's example row left in: "2024-03-13 HH:mm | Short event description."
	}
	if pageStamp.MatchString(text) {
		return false // "Last refreshed 08 Apr 2025 18:02 UTC": when the page was, not the incident
	}
	if strings.IndexFunc(withoutLeadZone(text), unicode.IsLetter) < 0 {
		text = "" // "Tue 14 Jan 2025 // 10:32 UTC": a stamp alone
	}
	if text == "" {
		if st.hasDate() && !st.hasClock() && mode == atStart {
			if t, ok := tb.resolve(st, zone); ok {
				tb.last, tb.haveLast = t, true // a date heading the events below it
			}
		}
		return false
	}
	tb.push(st, zone, text)
	return true
}

// deadlineAfter opens what follows a time that is a deadline: "前" of
// "7月1日12:00前通过游戏内邮件发放" (not "前端", "前台", "前置").
var deadlineAfter = regexp.MustCompile(`^(?:之|以)?前(?:[^端台置]|$)`)

// zhDeadline reports whether the time at at in a Chinese clause is a
// deadline of something still to be done ("补偿将于3月8日18:00前通过游戏内
// 邮件发放", "请于2026年3月21日23:59前登录游戏领取"): "前" after it (not "前
// 后", about), and what is due told as a request or a plan, not as what
// had come back by then ("于18时10分前全部恢复运行").
func zhDeadline(clause, at string) bool {
	i := strings.Index(clause, at)
	if i < 0 {
		return false
	}
	if zhDeadlineLabel.MatchString(clause[:i]) {
		return true // "领取截止时间：2026年3月21日23:59": a deadline named so
	}
	rest := clause[i+len(at):]
	if !deadlineAfter.MatchString(rest) || strings.HasPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "之"), "以"), "前后") {
		return false
	}
	return zhDueWords.MatchString(clause) && !strings.Contains(rest, "恢复")
}

// zhDeadlineLabel names the time after it a deadline: "截止时间：",
// "截止日期为", "有效期至".
var zhDeadlineLabel = regexp.MustCompile(zhDeadlineWords + `$`)

// zhDeadlineWords name the time after them a deadline.
const zhDeadlineWords = `(?:截止(?:时间|日期)|有效期|领取期限)(?:为|是|至)?\s*[:：]?\s*`

// zhDueWords tell something asked of the reader or planned: "请", "将",
// "领取", "发放", "提交".
var zhDueWords = regexp.MustCompile(`请|将于|将在|需|须|务必|领取|发放|补发|提交|申请|联系客服|登录`)

// withoutLeadZone is reZone.ReplaceAllString(s, ""): s without the zone
// it opens with (reZone is anchored, it matches once at most), asked
// behind zoneAfter's cheap test.
func withoutLeadZone(s string) string {
	if z := zoneAfter(s); z != nil {
		return s[len(z[0]):]
	}
	return s
}

// pageStamp is what a time tells of the page itself: when it was last
// refreshed or updated ("Last refreshed …", "Last updated: …", "页面更新于 …").
var pageStamp = regexp.MustCompile(`(?i)^(?:last (?:refreshed|updated|modified|checked)|page (?:generated|updated|refreshed)|(?:页面|最后|最近)?(?:更新|刷新)于)\b`)

// dateline reports whether a line is only a date and a clock time, the
// time a page was posted ("May 13, 2025 at 7:55 p.m. ET"), with nothing
// that happened then.
func dateline(line, lang string) bool {
	_, ok := stampAlone(line, lang)
	return ok
}

// withoutPlaceholder drops a clock left to fill in from the start of what
// follows a date ("2023-01-04 (Time TBC)").
func withoutPlaceholder(rest string) string {
	t := strings.TrimLeft(rest, " ")
	if m := clockPlaceholder.FindString(t); m != "" {
		return t[len(m):]
	}
	return rest
}

// templateRow is the text of a postmortem template's example row, left
// in above the real ones: "Short event description", "Description of the
// event", "What happened", "<event>".
var templateRow = regexp.MustCompile(`(?i)^(?:(?:a )?short (?:event )?description(?: of (?:the )?event)?|(?:event )?description(?: of (?:the )?event)?|what happened|<[^<>]{1,30}>|事件描述|简要描述)\.?$`)

// clockPlaceholder is a time of day left to fill in: HH:mm, xx:xx, ??:??,
// the minutes of "14:??" after its hour,
// (time TBC).
var clockPlaceholder = regexp.MustCompile(`^(?:[Hh]{1,2}[:：.][Mm]{1,2}(?:[:：.][Ss]{1,2})?|[xX?]{2}[:：.][xX?]{2}|[:：]?\?\?|[:：][xX]{2}|\(?(?:[Tt]ime )?(?:TBC|TBD|unknown)\)?)(?:\s|$|[,，:：|)])`)

// addEmbedded finds a date with a clock time in the first two sentences of
// a paragraph ("今天早些时候（2018-06-14 00:40 左右），…宕机") and makes the
// sentence that holds it an event.
func (tb *timelineBuilder) addEmbedded(line string, zone *time.Location) bool {
	// (a byline is no event: asked only of a line that holds one, for
	// most hold none)
	for k, sent := range firstSentences(line, 2) {
		if k >= 2 {
			break
		}
		for i := 0; i < len(sent); i++ {
			if sent[i] < '0' || sent[i] > '9' || i > 0 && sent[i-1] >= '0' && sent[i-1] <= '9' {
				continue
			}
			if !(i+4 <= len(sent) && isDigits(sent[i:i+4])) && !(i+4 <= len(sent) && sent[i+1] == ' ' || i+5 <= len(sent) && sent[i+2] == ' ') {
				continue // a year must be written: 2018-06-14, 4 December 2019
			}
			st, n, ok := parseStamp(sent[i:], tb.lang)
			if ok && st.hasDate() && st.hasClock() && st.year > 0 {
				if byline.MatchString(line) {
					return false
				}
				if tb.lang == "zh" && zhDeadline(sent, sent[i:i+n]) {
					// "请于2026年3月21日23:59前登录游戏领取": a deadline,
					// nothing that happened then
					continue
				}
				if st.loc == nil {
					// "From Saturday, 1 March 2025 06:58 to Saturday, 1
					// March 2025 09:41 US/Pacific": the end's zone is the
					// start's
					if m := rangeTail.FindStringSubmatch(sent[i+n:]); m != nil {
						st.loc = zoneFor(m[1], tb.lang)
					}
				}
				text := strings.TrimSpace(sent)
				if i == 0 {
					// "01 Dec 2026 10:44 IST — Customers in ap-mumbai-1
					// report …": the stamp that opens the update is the
					// event's time, its words the event
					text = withoutUpdateStamps(text, tb.lang)
				}
				tb.push(st, zone, text)
				return true
			}
		}
	}
	return false
}

func (tb *timelineBuilder) push(st stamp, zone *time.Location, text string) {
	// the trim of punctuation around an event takes the bracket that
	// closes "(outage starts)"
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.Count(text, p[0]) > strings.Count(text, p[1]) && !strings.HasSuffix(text, p[0]) {
			text += p[1]
		}
	}
	ev := data.TimelineEvent{TimeText: st.text, Text: text}
	if t, ok := tb.resolve(st, zone); ok {
		ev.At = t.Format(time.RFC3339)
		tb.last, tb.haveLast, tb.lastDated = t, true, st.hasDate()
	}
	tb.appendEvent(ev, st.hasClock(), false)
}

// upperFirst is s with its first letter in upper case: a clause told as
// a sentence of its own, a title's first word.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// eventAtKey is the index of the event at the RFC 3339 time key, -1 when
// none is.
func (tb *timelineBuilder) eventAtKey(key string) int {
	for k, ev := range tb.events {
		if ev.At == key {
			return k
		}
	}
	return -1
}

// stampSpeaker reads a chat message's header of a time and its writer's
// name ("14 Jan 2026 08:12  Karen Walsh", "09:04 Steve Morgan (IT)"):
// the time, and whether t is one. (Read where three or more paragraphs
// are such headers.)
func stampSpeaker(t, lang string) (stamp, bool) {
	st, n, ok := parseStamp(t, lang)
	if ok && st.hasClock() && (strings.HasPrefix(t[n:], " ") || strings.HasSuffix(t[:n], " ")) && speakerName(t[n:]) {
		return st, true
	}
	// or the name first, as Slack exports write it ("Mia Chen  16 Feb
	// 2026 17:55", a chat's "Yesterday 17:55" dated by its export)
	if len(t) > 80 {
		return st, false
	}
	for k, r := range t {
		if r != ' ' || k == 0 || !speakerName(t[:k]) && !chatHandle.MatchString(t[:k]) {
			continue
		}
		rest := strings.TrimLeft(t[k:], " ")
		if st, n, ok := parseStamp(rest, lang); ok && st.hasClock() && st.hasDate() && strings.TrimSpace(rest[n:]) == "" {
			return st, true
		}
	}
	return st, false
}

// chatHandle is a chat user's handle, perhaps with its badge: "cert-bot
// APP", "dana.reyes".
// (a word alone, "answered Jan 13 at 9:15", is none: a handle holds a
// dot, a dash or an underscore, or wears its badge)
var chatHandle = regexp.MustCompile(`^(?:[a-z][a-z0-9]*[._-][a-z0-9._-]+(?: [A-Z]{2,4})?|[a-z][a-z0-9._-]{1,30} (?:APP|BOT))$`)

// speakerName reports whether a line is a writer's name alone, as a chat
// export sets it over a message: one to four words, each capitalised
// ("Lukas Hoffmann", "Mehmet Yilmaz"), perhaps a name in brackets after
// them ("Service Desk (Anja)"); no status's name, no label, no sentence.
func speakerName(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || !runesAtMost(t, 40) || strings.ContainsAny(t, ":.!?,;0123456789") || mayBeStatusWord(t) {
		return false
	}
	if k := strings.IndexByte(t, '('); k > 0 && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[:k])
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// zhAfterLead opens a Chinese row with how long after the row before it
// came, then its own time: "约两个小时后，即21时35分".
var zhAfterLead = regexp.MustCompile(`^(?:约|大约|大概)?[\d一二两三四五六七八九十半]+(?:个)?多?(?:小时|分钟|钟头)(?:[\d一二两三四五六七八九十]+(?:分钟|分))?(?:左右)?(?:后|之后)[，,、]\s*(?:即|也就是|也即)?\s*`)

// zhNextDayLead opens a Chinese row with the next day, its date perhaps
// in brackets after it: "次日（4月22日）", "次日".
var zhNextDayLead = regexp.MustCompile(`^(?:次日|第二天|翌日|隔天)\s*(?:[（(]\s*(\d{1,2}月\d{1,2}日)\s*[）)])?\s*`)

// zhLedRow reads a Chinese row whose time follows a lead (zhAfterLead,
// zhNextDayLead): its stamp, dated the day after the last event's where
// the next day is named without its date, and the row from the stamp
// on.
func (tb *timelineBuilder) zhLedRow(s string) (stamp, string, bool) {
	if m := zhAfterLead.FindString(s); m != "" {
		if st, _, ok := parseStamp(s[len(m):], tb.lang); ok && st.hasClock() {
			return st, s[len(m):], true
		}
		return stamp{}, "", false
	}
	m := zhNextDayLead.FindStringSubmatch(s)
	if m == nil {
		return stamp{}, "", false
	}
	rest := m[1] + s[len(m[0]):]
	st, _, ok := parseStamp(rest, tb.lang)
	if !ok || !st.hasClock() {
		return stamp{}, "", false
	}
	if !st.hasDate() {
		if !tb.haveLast {
			return stamp{}, "", false
		}
		d := tb.last.AddDate(0, 0, 1)
		st.year, st.month, st.day = d.Year(), int(d.Month()), d.Day()
	}
	return st, rest, true
}

// editorNote is a story's note of its own update: "Update, 11:40 AM PT:
// Added details from the company's blog post", "This story has been
// updated", "Correction, March 4: A previous version …", "This article was
// amended on 15 January 2026".
var editorNote = regexp.MustCompile(`(?i)^(?:(?:update|updated|correction|editor'?s note),?\s+[^:\n]{0,30}?\d[^\n]{0,20}?:\s*(?:added|adds|this (?:story|article|post)|corrected (?:the|a|an|an earlier|a previous)\b|clarified|updated (?:with|to)|a previous version|an earlier version)\b|this (?:story|article|post) (?:has been|was|will be) (?:updated|amended|corrected)\b)`)

// appendEvent appends an event with what the builder keeps beside each one:
// whether a clock time was written and whether it was found outside the
// timeline section.
func (tb *timelineBuilder) appendEvent(ev data.TimelineEvent, clock, outside bool) {
	if editorNote.MatchString(ev.Text) {
		return // "Update, 11:40 AM PT: Added details from …": when the story was, not the incident
	}
	if len(ev.Text) <= 80 && containsAny(asciiLower(ev.Text), docZoneCues) && zoneNoteLine(ev.Text) {
		return // "Times shown in AEDT (UTC+11:00)": the zone's offset, no time of the incident
	}
	tb.events = append(tb.events, ev)
	tb.clock = append(tb.clock, clock)
	tb.outside = append(tb.outside, outside)
}

// sinceClock reports whether a clause tells its clock time after "since"
// ("every session created since 1:00 AM"): a time it looks back to.
func sinceClock(clause, at string) bool {
	i := strings.Index(clause, at)
	return i > 0 && strings.HasSuffix(strings.ToLower(strings.TrimRight(clause[:i], " ")), "since")
}

// writtenOn reports whether a stamp's date is the day the write-up was
// published (tb.written).
func (tb *timelineBuilder) writtenOn(st stamp) bool {
	return !tb.written.IsZero() && st.hasDate() && st.year == tb.written.Year() && st.month == int(tb.written.Month()) && st.day == tb.written.Day()
}

// sameEvent is the index of an event with ev's time as written and text,
// -1 when there is none.
func (tb *timelineBuilder) sameEvent(ev data.TimelineEvent) int {
	for k, e := range tb.events {
		if e.TimeText == ev.TimeText && e.Text == ev.Text {
			return k
		}
	}
	return -1
}

// labelKey is a short label's words, lower case, without the verbs and
// articles that only make it a sentence ("incident is declared" →
// "incident declared").
func labelKey(t string) string {
	var ws []string
	for _, w := range strings.Fields(strings.ToLower(strings.TrimRight(t, ":："))) {
		if !labelFiller[w] {
			ws = append(ws, w)
		}
	}
	return strings.Join(ws, " ")
}

var labelFiller = map[string]bool{"is": true, "was": true, "were": true, "are": true, "has": true, "have": true, "been": true, "the": true, "a": true, "an": true}

// dedupe drops an event found outside the timeline that has the same time
// as one of the timeline's own, or a paragraph's event dated by the same
// day alone as an earlier one: the prose told of it twice.
func (tb *timelineBuilder) dedupe() {
	own := map[string]bool{}
	for i, ev := range tb.events {
		if !tb.outside[i] && ev.At != "" {
			own[ev.At] = true
		}
	}
	k := 0
	days := map[string]bool{} // days already told of by a dated paragraph
	for i, ev := range tb.events {
		if tb.outside[i] && own[ev.At] {
			continue
		}
		if tb.outside[i] && !tb.clock[i] && ev.At != "" {
			if days[ev.At] {
				continue // a later paragraph telling of the same day again
			}
			days[ev.At] = true
		}
		tb.events[k], tb.clock[k], tb.outside[k] = ev, tb.clock[i], tb.outside[i]
		k++
	}
	tb.events, tb.clock, tb.outside = tb.events[:k], tb.clock[:k], tb.outside[:k]
	tb.mergeLabels()
}

// mergeLabels folds an event that is only a short label ("First detected",
// "Incident declared", "Resolved": a list of key events) into the
// timeline's own event of the same time that tells what happened ("| 08:56
// | The team notice messages …"): one event, "First detected: The team
// notice messages …", not two.
func (tb *timelineBuilder) mergeLabels() {
	label := func(i int) bool {
		t := tb.events[i].Text
		if tb.outside[i] || !tb.clock[i] || tb.events[i].At == "" || strings.IndexFunc(t, func(r rune) bool { return unicode.IsDigit(r) || strings.ContainsRune(".。!！?？,，;；", r) }) >= 0 {
			return false
		}
		if strings.IndexFunc(t, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
			return utf8.RuneCountInString(t) <= 8 // "故障开始时间"
		}
		return len(strings.Fields(t)) <= 3 && utf8.RuneCountInString(t) <= 24
	}
	drop := make([]bool, len(tb.events))
	for i := range tb.events {
		if !label(i) {
			continue
		}
		// a key-events list and the timeline below it tell one label twice
		// ("Incident declared" in both; "Repaired" beside "Incident
		// repaired"): the fuller one stays
		li := labelKey(tb.events[i].Text)
		for j := range tb.events {
			if j == i || drop[j] || tb.events[j].At != tb.events[i].At || !label(j) {
				continue
			}
			// ("Incident declared" and "Incident is declared." are one:
			// the one told in a sentence stays)
			lj := labelKey(tb.events[j].Text)
			if lj == li && (len(tb.events[j].Text) > len(tb.events[i].Text) || len(tb.events[j].Text) == len(tb.events[i].Text) && j < i) ||
				lj != li && strings.Contains(lj, li) {
				drop[i] = true
				break
			}
		}
	}
	for i := range tb.events {
		if !label(i) || drop[i] {
			continue
		}
		for j := range tb.events {
			if j != i && !drop[j] && !tb.outside[j] && tb.clock[j] && tb.events[j].At == tb.events[i].At && !label(j) {
				if l := strings.TrimRight(tb.events[i].Text, ":："); !strings.Contains(strings.ToLower(tb.events[j].Text), strings.ToLower(l)) {
					tb.events[j].Text = l + ": " + tb.events[j].Text // not "Incident declared: Incident declared. <link>"
				}
				drop[i] = true
				break
			}
		}
	}
	k := 0
	for i, ev := range tb.events {
		if drop[i] {
			continue
		}
		tb.events[k], tb.clock[k], tb.outside[k] = ev, tb.clock[i], tb.outside[i]
		k++
	}
	tb.events, tb.clock, tb.outside = tb.events[:k], tb.clock[:k], tb.outside[:k]
}

// fixYearSlips corrects a year mistyped in one event's date ("Incident
// declared: 2022-01-05 08:56" in the write-up of the 2023-01-05 incident):
// an event whose written year is one off the incident's, and whose day and
// time in the incident's year fall within the other events' span, is moved
// into that year. The incident's year is the one of the day its title
// names, else the one most events (more than half) are in. It returns
// the days moved, as written (2006-01-02) to as read.
func (tb *timelineBuilder) fixYearSlips(titleDay time.Time) map[string]string {
	type dated struct {
		i int
		t time.Time
	}
	var evs []dated
	count := map[int]int{}
	for i, ev := range tb.events {
		t, err := time.Parse(time.RFC3339, ev.At)
		if err != nil {
			continue
		}
		evs = append(evs, dated{i, t})
		count[t.Year()]++
	}
	if len(evs) < 2 || len(count) < 2 {
		return nil
	}
	year := titleDay.Year()
	if titleDay.IsZero() {
		year = 0
		for y, n := range count {
			if 2*n > len(evs) {
				year = y
			}
		}
		if year == 0 {
			return nil
		}
	}
	// the span of the events in the incident's year, and the title's day
	var lo, hi time.Time
	widen := func(t time.Time) {
		if lo.IsZero() || t.Before(lo) {
			lo = t
		}
		if hi.IsZero() || t.After(hi) {
			hi = t
		}
	}
	if !titleDay.IsZero() {
		widen(titleDay)
	}
	n := 0
	for _, e := range evs {
		if e.t.Year() == year {
			widen(e.t)
			n++
		}
	}
	if n == 0 || (n == 1 && titleDay.IsZero()) {
		return nil
	}
	lo, hi = lo.Add(-24*time.Hour), hi.Add(24*time.Hour)
	moved := map[string]string{}
	slip := 0 // the year slipped into, carried by the events after it that write none
	for _, e := range evs {
		y := e.t.Year()
		written := strings.Contains(tb.events[e.i].TimeText, strconv.Itoa(y))
		if written || y != slip {
			slip = 0
		}
		if y == year || (y != year-1 && y != year+1) || (!written && slip == 0) {
			continue // in the year, too far off to be a slip, or a year not written
		}
		to := e.t.AddDate(year-y, 0, 0)
		if to.Day() != e.t.Day() || (written && (to.Before(lo) || to.After(hi))) {
			continue
		}
		tb.events[e.i].At = to.Format(time.RFC3339) // its text stays as written
		moved[e.t.Format(time.DateOnly)] = to.Format(time.DateOnly)
		slip = y
	}
	return moved
}

// fixDaySlips corrects a day mistyped in a run of a timeline's dated
// entries ("### 2021-06-11 14:15" under "### 2021-06-28 14:09" in the
// write-up of a 28 June incident): in the timeline section, written in
// order, a run of events whose written dates fall back by a day to two
// months behind the event above them, while their clock times, put on
// that event's day, go on forward from it (and up to the event below the
// run, when it is on that day), is moved onto that event's day. Events told out of order
// on purpose rarely keep the clock running on; a mistyped date does. The
// event above the run must be on the day the title names: a page of
// several incidents (a status history) goes back in time on purpose.
func (tb *timelineBuilder) fixDaySlips(titleDay time.Time) {
	if titleDay.IsZero() {
		return
	}
	at := make([]time.Time, len(tb.events))
	for i, ev := range tb.events {
		if t, err := time.Parse(time.RFC3339, ev.At); err == nil && !tb.outside[i] {
			at[i] = t
		}
	}
	for i := 1; i < len(tb.events); i++ {
		prev := at[i-1]
		if prev.IsZero() || at[i].IsZero() || !tb.clock[i] || !tb.clock[i-1] || !onDay(prev, titleDay) {
			continue
		}
		back := prev.Sub(at[i])
		if back < 20*time.Hour || back > 62*24*time.Hour {
			continue
		}
		// the run: the events from i on written with the same date
		day := at[i].Format(time.DateOnly)
		j := i
		for j+1 < len(tb.events) && !at[j+1].IsZero() && at[j+1].Format(time.DateOnly) == day {
			j++
		}
		shift := func(t time.Time) time.Time {
			p := prev.In(t.Location())
			return time.Date(p.Year(), p.Month(), p.Day(), t.Hour(), t.Minute(), t.Second(), 0, t.Location())
		}
		ok := !shift(at[i]).Before(prev)
		for k := i + 1; k <= j && ok; k++ {
			ok = !at[k].Before(at[k-1]) // the run's own clocks go forward
		}
		if ok && j+1 < len(tb.events) && !at[j+1].IsZero() && onDay(at[j+1], titleDay) {
			ok = !at[j+1].Before(shift(at[j])) // and the event below it, on that day, is not before it
		}
		if !ok {
			continue
		}
		for k := i; k <= j; k++ {
			at[k] = shift(at[k])
			tb.events[k].At = at[k].Format(time.RFC3339) // its text stays as written
		}
		i = j
	}
}

// onDay reports whether t, read where it was written, falls on the
// calendar day d names (whatever d's zone).
func onDay(t, d time.Time) bool {
	return t.Year() == d.Year() && t.Month() == d.Month() && t.Day() == d.Day()
}

// sortByTime puts the events in time order. An event without a resolved
// time stays after the event it followed; the order of events at the same
// time is kept.
func (tb *timelineBuilder) sortByTime() {
	type group struct {
		t       time.Time
		members []int
	}
	var groups []group
	for i, ev := range tb.events {
		t, err := time.Parse(time.RFC3339, ev.At)
		if err != nil || ev.At == "" {
			if len(groups) == 0 {
				groups = append(groups, group{})
			}
			groups[len(groups)-1].members = append(groups[len(groups)-1].members, i)
			continue
		}
		groups = append(groups, group{t: t, members: []int{i}})
	}
	sorted := sort.SliceIsSorted(groups, func(i, j int) bool { return groups[i].t.Before(groups[j].t) })
	if sorted {
		return
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].t.Before(groups[j].t) })
	events := make([]data.TimelineEvent, 0, len(tb.events))
	clock := make([]bool, 0, len(tb.events))
	outside := make([]bool, 0, len(tb.events))
	for _, g := range groups {
		for _, i := range g.members {
			events = append(events, tb.events[i])
			clock = append(clock, tb.clock[i])
			outside = append(outside, tb.outside[i])
		}
	}
	tb.events, tb.clock, tb.outside = events, clock, outside
}

// commentHeader reads the line a ticket or issue page prints over each
// comment, a name, the verb and the comment's date: "Ola Brandt added a
// comment - 09/Mar/26 10:20 AM" (Jira), "Ines Duarte commented ·
// 2026-03-09 14:02". The date and its clock must be the rest of the line:
// a day alone ("mkovac commented Dec 4, 2025" on an issue page) tells
// when the comment was posted, often days after the events it tells, and
// would put the clock times it gives on the wrong day.
//
// A comment printed on the header's line, or joined to it when the page
// was unwrapped ("… added a comment - 07/May/25 2:30 AM /var is at 100
// %"), is returned as body; "" when the comment is the block below.
func commentHeader(line, lang string) (_ stamp, body string, ok bool) {
	if !strings.Contains(line, "comment") {
		return stamp{}, "", false
	}
	head := line
	if len(head) > 160 {
		head = head[:160]
	}
	m := commentHead.FindStringSubmatchIndex(head)
	if m == nil {
		return stamp{}, "", false
	}
	rest := line[m[1]:]
	st, n, ok := parseStamp(rest, lang)
	if !ok || !st.hasDate() || !st.hasClock() {
		return stamp{}, "", false
	}
	return st, strings.TrimSpace(rest[n:]), true
}

// dividerDay is the day of the last day divider among blocks, a chat
// export's "——— Thursday, July 23rd ———" between one day's messages and
// the next's.
func dividerDay(blocks []block, lang string) (stamp, bool) {
	for k := len(blocks) - 1; k >= 0; k-- {
		m := dayDivider.FindStringSubmatch(strings.TrimSpace(blocks[k].text))
		if m == nil {
			continue
		}
		if st, _, ok := parseStamp(withoutWeekday(m[1]), lang); ok && st.hasDate() {
			return st, true
		}
	}
	return stamp{}, false
}

// dayDivider is a day's name between rules: "——— Thursday, July 23rd ———",
// "----- 2026-07-23 -----".
var dayDivider = regexp.MustCompile(`^[—–─━\-=_]{3,}\s*(\S.{3,40}?)\s*[—–─━\-=_]{3,}$`)

// withoutWeekday takes a weekday's name off the front of a date and an
// ordinal's letters off its day ("Thursday, July 23rd" → "July 23").
func withoutWeekday(s string) string {
	s = leadWeekday.ReplaceAllString(s, "")
	return ordinalTail.ReplaceAllString(s, "$1")
}

var (
	leadWeekday = regexp.MustCompile(`(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)
	ordinalTail = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)\b`)
)

// chatHeader is a chat message's header as a chat export gives it: the
// writer's handle or name (a bot's with "APP") and the clock it was sent
// at, "arjun.m  9:14 AM", "incident-bot  APP  9:11 AM", "Maya Ostrowski
// 2:14 PM".
var chatHeader = regexp.MustCompile(`^[\p{L}][\p{L}\d._'’-]{1,29}(?: [\p{L}][\p{L}\d._'’-]{0,29}){0,3}(?:\s+APP)?\s+(\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?)$`)

// clockHandle returns the clock of a chat message's header written clock
// first, "10:52 leopold.varga", "09:14 alertbot", "" for any other line:
// the handle one word, dotted, dashed or lower case, no status's name.
func clockHandle(t string) string {
	m := clockHandleHeader.FindStringSubmatch(t)
	if m == nil || mayBeStatusWord(m[2]) || weekdayName(m[2]) {
		return ""
	}
	if h := strings.TrimPrefix(m[2], "@"); !strings.ContainsAny(h, "._-") && strings.ToLower(h) != h {
		return ""
	}
	return m[1]
}

var clockHandleHeader = regexp.MustCompile(`^(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\s+(@?[A-Za-z][A-Za-z\d._-]{1,29})(?:\s+(?:APP|BOT|\(bot\)))?$`)

// bracketChatHeader is a chat message's header as Discord's exporters
// give it: the day and clock in brackets, then the writer, "[05-Mar-26
// 07:58 PM] Ripley Ops", "[21/11/2026 19:47] Stanbury Ops (BOT)"; group 1
// is the stamp.
var bracketChatHeader = regexp.MustCompile(`^\[([^\[\]]{4,40})\]\s+[\p{L}@][^\[\].!?。]{0,60}$`)

var commentHead = regexp.MustCompile(`^(?:[\p{L}][\p{L}\d._'’-]*\s+){1,4}?(?:added a comment|commented|left a comment)(?:\s+on)?\s*[-–—·,]?\s*`)

// clockOrder puts in time order a timeline whose events carry clock
// times but no resolved time (no year to put them on): a status page's
// updates listed newest first ("Oct 14, 11:20 UTC" … "Oct 14, 09:37
// UTC"), a prose account that tells a later step before an earlier one
// ("By 12:30 PM … began restoring power by 11:20 AM"). An event is on the
// day its stamp names, or the one day its text names ("… by 6:40 AM on
// March 4th"); else on the day of the event before it, or the day after
// where its clock is more than half a day earlier than that event's (a
// night's account: "9:16 PM … 1:30 AM"). Days across a year's end, or an
// event with no clock, leave the order as written.
func clockOrder(events []data.TimelineEvent, lang string) []data.TimelineEvent {
	if len(events) < 2 {
		return events
	}
	type key struct{ day, min, own int }
	keys := make([]key, len(events))
	known := -1 // the first day named
	for i, ev := range events {
		if ev.At != "" {
			return events
		}
		st, _, ok := parseStamp(strings.TrimSpace(ev.TimeText), lang)
		if !ok || !st.hasClock() {
			return events
		}
		keys[i] = key{min: st.hour*60 + st.min, own: -1}
		if st.hasDate() {
			keys[i].own = st.month*32 + st.day
		} else if md := monthDays(ev.Text); len(md) > 0 && slices.IndexFunc(md, func(d [2]int) bool { return d != md[0] }) < 0 {
			keys[i].own = md[0][0]*32 + md[0][1]
		}
		if keys[i].own >= 0 && known < 0 {
			known = keys[i].own
		}
	}
	if known < 0 {
		known = 0
	}
	sorted, dec, jan := true, false, false
	for i := range keys {
		switch {
		case keys[i].own >= 0:
			keys[i].day = keys[i].own
		case i == 0:
			keys[i].day = known
		default:
			keys[i].day = keys[i-1].day
			if keys[i].min < keys[i-1].min-12*60 {
				keys[i].day++ // past midnight
			}
		}
		dec = dec || keys[i].day/32 == 12
		jan = jan || keys[i].day/32 == 1
		if i > 0 && (keys[i].day < keys[i-1].day || keys[i].day == keys[i-1].day && keys[i].min < keys[i-1].min) {
			sorted = false
		}
	}
	if sorted || dec && jan {
		return events
	}
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ka, kb := keys[order[a]], keys[order[b]]
		return ka.day < kb.day || ka.day == kb.day && ka.min < kb.min
	})
	out := make([]data.TimelineEvent, len(events))
	for i, k := range order {
		out[i] = events[k]
	}
	return out
}

// byline finds the line under a title that names the source and date.
var byline = bylineMatcher{}

type bylineMatcher struct{}

var bylineWords = []string{"来源:", "来源：", "阅读:", "阅读：", "作者:", "作者：", "发布时间", "发布于", "更新时间", "更新于", "编辑于", "编辑者", "最后编辑", "发表于", "点击:", "点击：", "浏览:", "浏览：", "字数", "last modified", "updated:", "created by"}

// MatchString reports whether a line reads like a byline.
func (bylineMatcher) MatchString(line string) bool {
	return bylineLower(line, asciiLower(line), nil) // its words are ASCII or Chinese
}

// bylineKeys are bylineWords, to learn in one read of a text which it
// holds.
var bylineKeys = newKeySet(bylineWords)

// bylineIndex is where each of bylineWords stands in it (they are fewer
// than 64).
var bylineIndex = func() map[string]int {
	m := map[string]int{}
	for k, w := range bylineWords {
		m[w] = k
	}
	return m
}()

// bylineWordsASCII are the byline words of ASCII: a line of ASCII alone
// can hold no other.
var bylineWordsASCII = func() []string {
	var out []string
	for _, w := range bylineWords {
		if isASCII(w) {
			out = append(out, w)
		}
	}
	return out
}()

var noWords = []string{}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// bylineLower is byline.MatchString(line) given line's asciiLower form
// and the byline words to look for: nil for all of them, or those a text
// holds when line is one of its lines.
func bylineLower(line, lower string, words []string) bool {
	if words == nil {
		words = bylineWords
		if isASCII(lower) {
			words = bylineWordsASCII
		}
	}
	for _, w := range words {
		if strings.Contains(lower, w) {
			return true
		}
	}
	// a byline set in emphasis is one: "*Published 12 September 2025 by …*"
	bare := strings.TrimLeft(lower, "*_ ")
	if len(line) < 100 && (strings.HasPrefix(bare, "published ") || strings.HasPrefix(bare, "last updated") || strings.Contains(lower, " // ")) {
		return true // "Published 7 March 2025, 19:02 GMT", "Tue 14 Jan 2025 // 10:32 UTC"
	}
	if len(line) < 100 && (strings.Contains(lower, "published ") || strings.Contains(lower, "updated ")) && containsAny(line, []string{"·", "|"}) && normalizeDate(line) != "" {
		// a page's line of facts, one of them when it was published:
		// "Season 3 · Episode 12 · Published 30 November 2026 · 37 minutes";
		// a story's stamp and its update, "Friday 28 August 2026, 6.12pm
		// BST · Updated 9.40pm BST"
		for _, seg := range strings.FieldsFunc(lower, func(r rune) bool { return r == '·' || r == '|' }) {
			if seg = strings.TrimSpace(seg); strings.HasPrefix(seg, "published ") || strings.HasPrefix(seg, "updated ") {
				return true
			}
		}
	}
	if len(line) < 200 && exportStamp(lower) && (normalizeDate(line) != "" || clockCount(line) > 0) {
		return true // "Generated at Fri Nov 27 10:14:09 UTC 2026 by … using Jira", "Exported by @kit on 2026-11-19 09:02"
	}
	if len(line) < 60 && strings.HasPrefix(bare, "updated ") && normalizeDate(line) != "" {
		return true // "Updated 16 Nov 2025, 11:05 GMT" under a news story's byline
	}
	if len(line) < 140 && strings.HasPrefix(bare, "updated ") && strings.Contains(lower, "published ") && normalizeDate(line) != "" {
		return true // "Updated 14 February 2026 — 8:10am, first published 13 February 2026 — 9:35pm"
	}
	if len(line) < 100 && (strings.Contains(lower, "read") || strings.Contains(lower, "阅读") || strings.Contains(lower, "读完")) && readingTime.MatchString(lower) {
		return true // "September 19, 2025 · 6 min read", "阅读时长 5 分钟"
	}
	if strings.HasPrefix(bare, "by ") && (len(line) < 100 || len(line) < 200 && datedByline(lower)) && normalizeDate(line) != "" {
		return true // "By Jonah Lisle, CTO · March 12, 2026", "By …, Technology Reporter · Published 14 October 2026, 18:42 BST · Updated …"
	}
	if len(line) < 500 && (strings.HasPrefix(bare, "update") || strings.HasPrefix(bare, "correction") || strings.HasPrefix(bare, "editor") || strings.HasPrefix(bare, "this ")) && editorNote.MatchString(strings.TrimLeft(line, "*_> ")) {
		// "Update, March 30, 2026: An earlier version of this post gave …",
		// "This article was amended on 15 January 2026. An earlier version
		// said services were restored at 12.30pm": when the story was
		// corrected, and the times it no longer stands by
		return true
	}
	if len(line) < 120 && zhSignedStamp.MatchString(line) {
		return true // "2026-07-31 10:20　　竹溪支付运营中心" under a notice's title: when and by whom it was posted
	}
	if len(line) < 160 && containsAny(line, zhReporterWords) && (zhDateIn(line) != nil || isoDayIn(line) != nil) {
		return true // "东湖商报记者 钱一舟   2025年10月12日 07:30   编辑：林楠"
	}
	return strings.HasPrefix(bare, "posted ")
}

// zhSignedStamp is a notice's line of when it was posted and the office
// that posted it, set apart by a gap: "2026-07-31 10:20　　竹溪支付
// 运营中心", "竹溪支付客服中心　2026年7月31日 10:20".
var zhSignedStamp = regexp.MustCompile(`^\s*(?:(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[\s\x{3000}]+[\p{Han}A-Za-z0-9·]{2,20}(?:中心|团队|部|组|委员会|公司|官方|客服|办公室|工作室)|[\p{Han}A-Za-z0-9·]{2,20}(?:中心|团队|部|组|委员会|公司|官方|客服|办公室|工作室)[\s\x{3000}]+(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)\s*$`)

// exportWords open the line, or the segment of a line of facts, that
// says when a tool printed or exported the page: the day of the copy,
// not of the incident.
var exportWords = []string{"generated at ", "generated on ", "generated by ", "exported ", "printed on ", "printed at ", "printed by ", "downloaded on ", "downloaded at ", "saved on ", "page generated "}

// exportStamp reports whether a lowercased line, or one of its segments
// between "·" or "|", opens with exportWords.
func exportStamp(lower string) bool {
	if !strings.Contains(lower, "generated ") && !strings.Contains(lower, "exported ") && !strings.Contains(lower, "printed ") && !strings.Contains(lower, "downloaded ") && !strings.Contains(lower, "saved on ") {
		return false
	}
	for _, seg := range strings.FieldsFunc(lower, func(r rune) bool { return r == '·' || r == '|' }) {
		seg = strings.TrimLeft(seg, " *_")
		for _, w := range exportWords {
			if strings.HasPrefix(seg, w) {
				return true
			}
		}
	}
	return false
}

// datedByline reports whether a lowercased line says when its story
// was published or updated: a news byline may hold both, at length.
func datedByline(lower string) bool {
	return strings.Contains(lower, "published") || strings.Contains(lower, "updated") || strings.Contains(lower, "posted")
}

// zhReporterWords name a Chinese paper's reporter or editor; a short
// line that holds one and a date is the story's byline.
var zhReporterWords = []string{"记者", "编辑：", "编辑:", "责编", "通讯员"}

// readingTime is a byline's reading time.
var readingTime = gateRegexp(regexp.MustCompile(`\b\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read\b|\bread(?:ing)? time\b|阅读(?:时长|时间)|\d+\s*分钟(?:阅读|读完)`))

// rangeSep is the word or dash between a range's start and its end.
const rangeSep = `^\s*(?:-|–|—|~|～|至|到|to)\s*`

// rangeTo is that word or dash; rangeEnd it and a bare clock ("-01:00").
var (
	rangeTo  = regexp.MustCompile(rangeSep)
	rangeEnd = regexp.MustCompile(rangeSep + `\d{1,2}[:：]\d{2}`)
)

// buildTimeline finds the timeline events of a sectioned document: every
// timed line of the timeline section, the rows of any table whose first
// cells hold times, headings that are times (the text follows them), and
// elsewhere lines that start with a date or paragraphs whose opening names
// a date and time. It reports which blocks became events.
func buildTimeline(s sectioned, tb *timelineBuilder) []bool {
	var zone *time.Location
	isEvent := make([]bool, len(s.blocks))
	var pending *stamp
	pendingText := ""
	stampLines := 0   // paragraphs that are a time alone: a page of dated updates
	clockLines := 0   // paragraphs that are a clock time alone: a table's cells a line each
	handleLines := 0  // paragraphs that are a clock time and a handle: a chat's messages, their text a line below
	chatLines := 0    // paragraphs that are a name and a clock of 24 hours: a chat's messages, as Slack exports them
	speakerLines := 0 // paragraphs that are a stamp and a name: a chat's messages, as Teams exports them
	for _, b := range s.blocks {
		if (b.kind == kindPara || b.kind == kindItem) && b.label == "" && len(b.text) < 60 {
			if _, ok := stampAlone(b.text, tb.lang); ok {
				stampLines++
			} else if _, ok := clockAlone(b.text, tb.lang); ok {
				clockLines++
			} else if clockHandle(b.text) != "" {
				handleLines++
			} else if chatHeader24.MatchString(b.text) {
				chatLines++
			}
		}
		if b.kind == kindPara && b.label == "" {
			if _, ok := stampSpeaker(strings.SplitN(b.text, "\n", 2)[0], tb.lang); ok {
				speakerLines++
			}
		}
	}
	timeRun := clockRuns(s.blocks, tb.lang)
	tb.runs = timeRun
	dayRun := false // the blocks so far under a day's heading open with clock times
	seenTimeline := false
	seenProse := false // a paragraph of prose so far
	for i, b := range s.blocks {
		inTimeline := s.secs[i] == data.SectionTimeline || timeRun[i]
		runStart := timeRun[i] && (i == 0 || !timeRun[i-1]) && s.secs[i] != data.SectionTimeline
		if runStart || s.secs[i] == data.SectionTimeline && !seenTimeline {
			// a run of clock times, or the first timeline section, tells
			// the story from its start: its first time is on the day the
			// events above say it began, not the last day they name
			// ("Resolved 2025-07-24 12:34" over "15:35 – …", a summary
			// table's "End time | 20 May 2026 03:05 BST" over "21:30 BST
			// – Firmware rollout starts")
			if day, ok := tb.firstDay(); ok {
				tb.last, tb.haveLast, tb.lastDated = day, true, true
			}
		}
		if s.secs[i] == data.SectionTimeline {
			seenTimeline = true
		}
		if (b.kind == kindPara || b.kind == kindItem) && (compensationField.MatchString(b.label+"："+b.text) || compensationTerms(b.text)) {
			continue // "发放对象：2026年1月19日4:00前创建角色的…": who is owed, not an event
		}
		if bylineDate(s.blocks, i, tb.lang) || b.code && !inTimeline {
			// a log record's or a commit's time stamp in code is the
			// log's, not an event of the story; a timeline written in a
			// code block ("14:02 alerts fire" a line) is the story's
			continue
		}
		if pending != nil && b.kind != kindHeading && !pending.hasClock() {
			if st, ok := openingClock(b, tb.lang); ok {
				// a day's heading over lines that open with a clock time:
				// the lines are the day's events. A heading that tells its
				// event ("11月24日 - 后门被移除") is an event of its own; a
				// day alone ("**March 2, 2025**") only dates the lines, the
				// first one keeping its clock. A line that opens with its
				// own day as well ("Dec 2, 2026" / "Dec 2, 17:20 IST
				// Resolved: …", a status history's day over its incident)
				// keeps its time, the heading only giving the year
				if pendingText != "" {
					tb.push(*pending, zone, pendingText)
				} else if day, ok := tb.resolve(*pending, zone); ok {
					tb.last, tb.haveLast, tb.lastDated = day, true, true
				}
				pending, dayRun = nil, !st.hasDate()
			}
		}
		if dayRun && b.kind != kindHeading {
			if underDayHeading(b, tb.lang) {
				isEvent[i] = tb.add(b.text, zone, atStart)
				continue
			}
			dayRun = false
		}
		if pending != nil && pendingText == "" && b.kind == kindPara && i+1 < len(s.blocks) && (s.blocks[i+1].kind == kindPara || s.blocks[i+1].kind == kindItem) && speakerName(b.text) {
			// "1 Dec 2025 15:28" / "Lukas Hoffmann" / what he wrote: a chat
			// export's stamp over the writer's name over the message; the
			// message is the event
			isEvent[i] = true
			continue
		}
		if pending != nil && b.kind != kindHeading {
			// the block under a time heading is its event; it keeps its
			// section, for it often says more than what happened when
			tb.push(*pending, zone, strings.TrimSpace(pendingText+" "+b.text))
			pending = nil
			continue
		}
		switch b.kind {
		case kindHeading:
			pending, dayRun = nil, false
			if !inTimeline {
				zone = nil
			} else if m := tableZoneIn(b.text); m != nil {
				zone = zoneFor(m[1], tb.lang)
			}
			h := strings.TrimSpace(b.text)
			if st, n, ok := parseStamp(withoutLeadNoise(h), tb.lang); ok && (st.hasDate() || inTimeline) {
				rest := strings.Trim(withoutLeadNoise(h)[n:], eventPunct)
				if rest == "" && !st.hasClock() && !seenProse && !inTimeline && tb.writtenOn(st) {
					// "May 11, 2026" over the write-up's first paragraph:
					// the day it was published, no day of its events
					continue
				}
				if len([]rune(rest)) <= 24 {
					pending, pendingText = &st, rest
				}
			}
		case kindRow:
			if len(b.cells) < 2 {
				if st, body, ok := commentHeader(b.text, tb.lang); ok && body != "" {
					// a comment laid out as a row of one cell (an issue
					// tracker's printable view)
					tb.push(st, zone, body)
					isEvent[i] = true
				}
				continue
			}
			if m := tableZoneIn(b.text); m != nil && !anyCellStamp(b.cells, tb.lang) {
				zone = zoneFor(m[1], tb.lang) // a header row naming the zone
				continue
			}
			isEvent[i] = tb.add(rowLine(b.cells, tb.lang), zone, atStart)
		case kindItem, kindPara:
			text := b.text
			if b.label != "" {
				text = b.label + ": " + b.text
			}
			if stampLines >= 2 && i+1 < len(s.blocks) && b.label == "" {
				if st, ok := stampAlone(text, tb.lang); ok && (s.blocks[i+1].kind == kindPara || s.blocks[i+1].kind == kindItem) {
					if !st.hasClock() && !seenProse && tb.writtenOn(st) {
						// "May 11, 2026" over the write-up's first paragraph:
						// the day it was published, no event's
						isEvent[i] = true
						continue
					}
					if _, ok := stampAlone(s.blocks[i+1].text, tb.lang); !ok {
						// "Jan 9, 5:40 PM PST" over the update it dates
						pending, pendingText = &st, ""
						isEvent[i] = true
						continue
					}
				}
			}
			if head, body, ok := strings.Cut(text, "\n"); ok && speakerLines >= 3 && b.label == "" && strings.TrimSpace(body) != "" {
				if st, ok := stampSpeaker(head, tb.lang); ok {
					// the same with the message on the header's next line
					tb.push(st, zone, strings.Join(strings.Fields(body), " "))
					isEvent[i] = true
					continue
				}
			}
			if speakerLines >= 3 && i+1 < len(s.blocks) && b.label == "" && s.blocks[i+1].kind == kindPara {
				if st, ok := stampSpeaker(text, tb.lang); ok {
					if _, ok := stampSpeaker(s.blocks[i+1].text, tb.lang); !ok {
						// "14 Jan 2026 08:12  Karen Walsh" (a chat's
						// "Today 08:12", dated by its export) over what
						// she wrote: the message is the event
						pending, pendingText = &st, ""
						isEvent[i] = true
						continue
					}
				}
			}
			if clockLines >= 3 && i+1 < len(s.blocks) && b.label == "" && s.blocks[i+1].kind == kindPara {
				if st, ok := clockAlone(text, tb.lang); ok {
					next := s.blocks[i+1].text
					if _, ok := clockAlone(next, tb.lang); !ok && utf8.RuneCountInString(next) <= 300 {
						// "04:20" over what happened then: a table printed
						// to PDF, or copied from a browser, a cell a line
						pending, pendingText = &st, ""
						isEvent[i] = true
						continue
					}
				}
			}
			if handleLines >= 3 && b.label == "" && i+1 < len(s.blocks) && s.blocks[i+1].kind == kindPara && len(text) < 60 {
				if c := clockHandle(text); c != "" && clockHandle(s.blocks[i+1].text) == "" {
					// "10:52  leopold.varga" over what he wrote (a chat
					// channel exported as text, its days between rules):
					// the message is the event
					if st, n, ok := parseStamp(c, tb.lang); ok && st.hasClock() && n == len(c) {
						if day, ok := dividerDay(s.blocks[:i], tb.lang); ok {
							st.year, st.month, st.day = day.year, day.month, day.day
						}
						pending, pendingText = &st, ""
						isEvent[i] = true
						continue
					}
				}
			}
			if b.label == "" && b.kind == kindPara && i+1 < len(s.blocks) && (s.blocks[i+1].kind == kindPara || s.blocks[i+1].kind == kindItem) && len(text) <= 100 && strings.HasPrefix(text, "[") {
				if m := bracketChatHeader.FindStringSubmatch(text); m != nil {
					// "[05-Mar-26 07:58 PM] Ripley Ops" over what was
					// posted (a Discord channel exported as text): the
					// message is the event
					// (its stamp whole, with its year: "[09:34] Prow is
					// confirmed …" in a list is a timeline's row)
					if st, n, ok := parseStamp(m[1], tb.lang); ok && st.hasClock() && st.year > 0 && n == len(m[1]) && !bracketChatHeader.MatchString(strings.TrimSpace(s.blocks[i+1].text)) {
						pending, pendingText = &st, ""
						isEvent[i] = true
						continue
					}
				}
			}
			if b.label == "" && i+1 < len(s.blocks) && (s.blocks[i+1].kind == kindPara || s.blocks[i+1].kind == kindItem) && len(text) <= 48 {
				m := chatHeader.FindStringSubmatch(text)
				if m == nil && chatLines >= 3 {
					m = chatHeader24.FindStringSubmatch(text) // "Jess Farrow  23:51", in an export of three or more
				}
				if m != nil && !mayBeStatusWord(text) && !weekdayName(strings.Fields(text)[0]) {
					// "dana.reyes  11:26 AM" over what she wrote (a chat
					// exported as text): the message is the event
					if st, n, ok := parseStamp(m[1], tb.lang); ok && st.hasClock() && n == len(m[1]) {
						if day, ok := dividerDay(s.blocks[:i], tb.lang); ok {
							st.year, st.month, st.day = day.year, day.month, day.day
						}
						if !chatHeader.MatchString(strings.TrimSpace(s.blocks[i+1].text)) {
							// (the message keeps its place in the text: what
							// someone found is a cause's words as much as a
							// step of the work)
							pending, pendingText = &st, ""
							isEvent[i] = true
							continue
						}
					}
				}
			}
			if b.label == "" {
				if st, body, ok := commentHeader(text, tb.lang); ok {
					// "Ola Brandt added a comment - 09/Mar/26 10:20 AM"
					// over the comment, or before it: the comment is the
					// event
					if body != "" {
						tb.push(st, zone, body)
						isEvent[i] = true
						continue
					}
					if i+1 < len(s.blocks) && (s.blocks[i+1].kind == kindPara || s.blocks[i+1].kind == kindItem) {
						// (a comment is a step of the work, no
						// paragraph of the write-up's own sections)
						pending, pendingText = &st, ""
						isEvent[i], isEvent[i+1] = true, true
						continue
					}
				}
			}
			if inTimeline && b.label == "" && containsAnyRune(text, ";；") {
				// "02:10 监控发现…；02:31 定位到…": events in one line
				if cl := clauses(text); len(cl) >= 2 && allStartWithClock(cl, tb.lang) {
					for _, c := range cl {
						tb.add(strings.TrimSpace(c), zone, atStart)
					}
					isEvent[i] = true
					continue
				} else if evs := clockClauses(cl, tb.lang); len(evs) >= 2 {
					// "10点05分，告警；10点12分，扩容；约40分钟后，扩容无效；…":
					// a clause without a time of its own goes on the
					// event before it
					for _, c := range evs {
						tb.add(c, zone, atStart)
					}
					isEvent[i] = true
					continue
				}
			}
			if inTimeline || b.label != "" && startEndLabel.MatchString(b.label) {
				isEvent[i] = tb.add(text, zone, atStart)
				if isEvent[i] && tb.lang == "zh" && b.kind == kindPara {
					for _, later := range laterClockSentences(text) {
						tb.add(later, zone, atStart)
					}
				}
				continue
			}
			if name, value, ok := spanField(text, tb.lang); ok && !isEndField(name) {
				// "Start of outage: 20.05.2025 22:14 CEST": the time, then
				// what it marks (the end field stays a field: the clock
				// times of the steps after it are the start's day's)
				isEvent[i] = tb.add(value+" "+name, zone, atStart)
				continue
			}
			// elsewhere a line that opens with a date is an event when it
			// is a list item or a short statement; its first sentence is
			// the event, and a longer paragraph keeps its section
			sents := firstSentences(text, 2) // (the first, and whether there are more)
			first := text
			if b.kind == kindPara && len(sents) > 0 {
				first = sents[0]
			}
			single := b.kind == kindItem || len(sents) <= 1
			// (a status update "07 Apr 2025 15:20 UTC — Identified. We …"
			// is one item already: statusUpdates reads it)
			if (b.kind == kindItem || utf8.RuneCountInString(first) <= 90) && tb.add(first, zone, datedStart) {
				tb.outside[len(tb.outside)-1] = b.kind == kindPara
				isEvent[i] = single
				continue
			}
			if b.kind == kindPara && !(!seenProse && len(text) <= 60 && dateline(strings.TrimSpace(text), tb.lang)) {
				// (a stamp alone above the first paragraph, "16 Nov 2025,
				// 09:40 GMT" under a reporter's name, is when the story
				// was posted; one that signs a post off below it tells
				// when the outage was known)
				tb.add(text, zone, embedded) // the paragraph keeps its section
			}
		}
		if (b.kind == kindPara || b.kind == kindItem) && utf8.RuneCountInString(b.text) >= 40 && (strings.Contains(b.text, "。") || strings.Contains(b.text, ". ") || endsSentence(b.text)) {
			seenProse = true
		}
	}
	if clockEvents(tb) < 2 {
		proseTimeline(s, tb, isEvent)
	} else {
		actionLines(s, tb, isEvent)
	}
	tb.dropPromised()
	tb.dedupe()
	return isEvent
}

// fieldName is the words before a field's time ("First detected",
// "Start", "Resolved at"), without the punctuation and the "at" that
// lead into the time.
func fieldName(s string) string {
	s = strings.Trim(s, eventPunct)
	if strings.EqualFold(s, "at") {
		return ""
	}
	if strings.HasSuffix(strings.ToLower(s), " at") {
		s = strings.Trim(s[:len(s)-3], eventPunct)
	}
	return s
}

// laterClockSentences are the sentences after the first of a Chinese
// event paragraph that tell a later step at a clock time of their own
// ("14时35分，…切换至备用机房。由于…，切换于15时50分完成，登录功能随之恢复。"),
// each as a line that opens with its time; a time that is only expected
// ("预计于16时30分恢复") is none.
func laterClockSentences(text string) []string {
	if !strings.Contains(text, "于") && !strings.Contains(text, "在") && !strings.Contains(text, "至") && !strings.Contains(text, "到") && !strings.Contains(text, "。") {
		return nil
	}
	sents := splitSentences(text)
	var out []string
	for _, sent := range sents[min(1, len(sents)):] {
		if m := clockLeadsSentence.FindStringSubmatch(strings.TrimSpace(sent)); m != nil || datedHourLeadsSentence.MatchString(strings.TrimSpace(sent)) {
			// "…启动应急预案。9时45分，运维单位确认…。11时10分，完成…": a
			// sentence that opens on its own clock time is a step
			out = append(out, strings.TrimSpace(sent))
			continue
		}
		loc := clockAfterWord.FindStringSubmatchIndex(sent)
		if loc == nil || notYet.MatchString(sent[:loc[0]]) {
			continue
		}
		out = append(out, sent[loc[2]:loc[3]]+" "+strings.TrimSpace(sent))
	}
	return out
}

// clockLeadsSentence is a clock time that opens a sentence, a comma
// after it: "9时45分，", "11:10，".
var clockLeadsSentence = regexp.MustCompile(`^(\d{1,2}\s*(?:时|点|[:：])\s*\d{1,2}\s*分?)\s*[，,]`)

// datedHourLeadsSentence is a day and an hour that open a sentence, a
// comma after them: "7月6日上午8点左右，", "11月5日8时30分，". With its day
// written, a bare hour is a step's time as a clock time with minutes is.
var datedHourLeadsSentence = regexp.MustCompile(`^\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:` + zhDayPartAlt + `)?\s*\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?\s*(?:左右|前后|许)?\s*[，,]`)

var clockAfterWord = regexp.MustCompile(`(?:于|在|至|到)\s*(\d{1,2}\s*(?:时|点|[:：])\s*\d{1,2}\s*分?)`)

// actionAt is a short line that tells an action and ends with the clock
// time it was done at: "Raised an issue with the vendor at 10:29",
// "All instances back up at 17:38".
var actionAt = regexp.MustCompile(`(?i)^([^.!?;:]{6,80}?)\s+(?:at|by|around|about|approx\.?)\s+(?:(?:approximately|approx\.?|about|around)\s+)?(\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?))?(?:\s*(?:UTC|GMT|BST|CET|CEST|PST|PDT|EST|EDT))?)\.?$`)

// actionClause is actionAt's match (the action, the time) of a short
// line's first clause that tells an action and the clock time it was done
// at, the line going on after it: "The instance was retired by AWS at
// 16:00, Prometheus went down approx 16:03." gives "The instance was
// retired by AWS" at 16:00; "The pod was killed by us at approx 16:12,
// this therefore made the node go too." gives "The pod was killed by us"
// at 16:12. Nil when no clause of the first sentence ends so.
func actionClause(text string) []string {
	sents := firstSentences(text, 1)
	if len(sents) == 0 {
		return nil
	}
	for _, c := range commaPieces(sents[0]) {
		if m := actionAt.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(c), ",，")); m != nil {
			return m
		}
	}
	return nil
}

// actionLines finds, in a write-up whose dated events say on which day it
// began, the short lines that tell an action and the clock time it was
// done at, outside its timeline (a "Context" list of the steps taken:
// "Raised an issue with AWS at 10:29"): each is an event of that day.
func actionLines(s sectioned, tb *timelineBuilder, isEvent []bool) {
	day, ok := tb.firstDay()
	if !ok {
		return
	}
	have := map[string]bool{}
	for _, ev := range tb.events {
		have[ev.At] = true
	}
	tb.last, tb.haveLast, tb.lastDated = day, true, true
	for i, b := range s.blocks {
		if isEvent[i] || b.code || b.kind != kindPara && b.kind != kindItem || b.label != "" || s.secs[i] == secClosing {
			continue
		}
		text := strings.TrimSpace(b.text)
		if len(text) > 240 || !strings.Contains(text, ":") {
			continue
		}
		var m []string
		if len(text) <= 110 {
			m = actionAt.FindStringSubmatch(text)
		}
		whole := m != nil
		if m == nil {
			m = actionClause(text) // (the line goes on after the action's clause)
		}
		if m == nil {
			continue
		}
		st, _, ok := parseStamp(m[2], tb.lang)
		if !ok || !st.hasClock() {
			continue
		}
		t, ok := tb.resolve(st, nil)
		if !ok || have[t.Format(time.RFC3339)] {
			continue // a key event told again
		}
		tb.last = t
		have[t.Format(time.RFC3339)] = true
		tb.appendEvent(data.TimelineEvent{At: t.Format(time.RFC3339), TimeText: m[2], Text: strings.TrimSpace(m[1])}, true, true)
		isEvent[i] = whole // (a line that goes on keeps its section)
	}
}

// underDayHeading reports whether a block under a day's heading opens with
// a clock time and no date ("10:44 - 已知的最后一次入侵活动。").
func underDayHeading(b block, lang string) bool {
	st, ok := openingClock(b, lang)
	return ok && !st.hasDate()
}

// openingClock is the stamp with a clock time a paragraph or item opens
// with ("14:02 …", "Dec 2, 17:20 IST Resolved: …").
func openingClock(b block, lang string) (stamp, bool) {
	if b.kind != kindPara && b.kind != kindItem || b.label != "" {
		return stamp{}, false
	}
	st, _, ok := parseStamp(strings.TrimSpace(b.text), lang)
	return st, ok && st.hasClock()
}

// firstDay is the start of the day of the event so far that says the
// incident began or was detected ("First detected 2025-07-23 15:35").
func (tb *timelineBuilder) firstDay() (time.Time, bool) {
	var first time.Time
	for _, ev := range tb.events {
		if !(mayBeDetected(ev.Text) && detectedCue.MatchString(ev.Text)) && !startFieldEvent(ev.Text) {
			continue
		}
		if t, err := time.Parse(time.RFC3339, ev.At); err == nil && (first.IsZero() || t.Before(first)) {
			first = t
		}
	}
	if first.IsZero() {
		return first, false
	}
	return time.Date(first.Year(), first.Month(), first.Day(), 0, 0, 0, 0, first.Location()), true
}

// startFieldEvent reports whether an event's text is only the name of a
// field that states when the outage started ("Start time", "Start of
// outage", "故障开始时间"): a record's row read as an event.
func startFieldEvent(text string) bool {
	if len(text) > 40 {
		return false
	}
	return spanFieldName.MatchString(text+": x") && !isEndField(text)
}

// minClockRun is how many lines led by a clock time make a timeline
// wherever they stand.
const minClockRun = 3

// clockRuns marks the blocks of runs of paragraphs or items that open with
// a clock time ("15:35 – Plan pushed to git branch", "16:08 – Initial
// finding …"), a few other lines allowed between them: a timeline written
// under a label or heading that does not say so ("Context:"). Headings end
// a run.
func clockRuns(blocks []block, lang string) []bool {
	out := make([]bool, len(blocks))
	var run []int
	flush := func() {
		if len(run) >= minClockRun {
			for k := run[0]; k <= run[len(run)-1]; k++ {
				out[k] = true
			}
		}
		run = run[:0]
	}
	for i, b := range blocks {
		if b.kind == kindHeading {
			flush()
			continue
		}
		if b.kind != kindPara && b.kind != kindItem || b.label != "" {
			continue
		}
		t := withoutLeadNoise(b.text)
		if t == "" || !isDigitByte(t[0]) {
			continue
		}
		if st, ok := clockAt(t, lang); !ok || st.hasDate() {
			continue
		}
		if len(run) > 0 && i-run[len(run)-1] > 8 {
			flush()
		}
		run = append(run, i)
	}
	flush()
	return out
}

// rangeTail is a range's end with its zone, after its start: " and 5:38
// PM Eastern Time", " to 13:12 AEST", "–16:10 UTC", " to Saturday, 1
// March 2025 09:41 US/Pacific".
var rangeTail = regexp.MustCompile(`(?i)^\s*(?:and|to|until|till|through|-|–|—)\s*(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}),?\s+(?:at\s+)?)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*\(?(` + zoneAlt + `)\b`)

// spanFieldName names a field that states when an outage started or
// ended: "Start of outage", "Outage end", "Incident start time", "End of
// impact", "故障开始时间", "恢复时间", and a record's bare "Start", "End time",
// "Started" (whose value must be a date and a clock time alone), and a
// carrier's RFO's "Fault reported", "Service restored", "Fault cleared",
// and a cloud notice's "Resolution Time"; a notice's "故障时间" or
// "发生时间" with a date and a clock time alone is when it began (its
// "恢复时间" when it ended).
var spanFieldName = gateRegexp(regexp.MustCompile(`(?i)^(?:(start|beginning|end)\s+of\s+(?:the\s+)?(?:outage|incident|disruption|impact|interruption|service interruption)|(?:outage|incident|disruption|impact|interruption)\s+(start|began|begin|end|ended)(?:\s+(?:time|at))?|(?:故障|中断|影响|事件|事故|异常|服务)?(开始|结束|恢复)(?:时间)?|(?:故障|中断|事件|事故|异常)(?:发生)?时间|发生时间|(start|end)(?:ed)?(?:\s+(?:time|date and time|at))?|fault\s+(?:reported|occurred|start(?:ed)?)|(?:service|services)\s+(restored)|fault\s+(cleared|restored)|(resolution)\s+time|(?:full\s+|service\s+)?(restoration)(?:\s+time)?)\s*[:：]\s*(.+)$`))

// spanField reads a field line that states an outage's start or end with
// a date and a clock time. It returns the field's name, its time as
// written, and ok.
func spanField(text, lang string) (name, value string, ok bool) {
	if len(text) > 240 || !containsAnyRune(text, ":：") {
		return "", "", false
	}
	if len(text) > 120 {
		// a longer field only with a note after its stamp: "Start:
		// 2025-08-31 22:40 UTC (first BGP sessions lost, confirmed by …)"
		k := strings.IndexAny(text, "(（")
		if k < 0 || k > 120 || !strings.HasSuffix(text, ")") && !strings.HasSuffix(text, "）") {
			return "", "", false
		}
		text = strings.TrimSpace(text[:k])
	}
	m := spanFieldName.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return "", "", false
	}
	value = withoutRestatedClock(m[len(m)-1])
	if _, ok := stampAlone(value, lang); !ok {
		if k := strings.IndexAny(value, "(（"); k > 0 && (strings.HasSuffix(value, ")") || strings.HasSuffix(value, "）")) {
			if _, ok := stampAlone(strings.TrimSpace(value[:k]), lang); ok {
				value = value[:k] // "2025-09-01 03:05 UTC (cs1 rollback complete, …)": the stamp, then a note on it
			}
		}
	}
	if _, ok := stampAlone(value, lang); !ok {
		// a clock alone, under a name that says it is the outage's
		// ("Impact start | 09:14 UTC" in a summary's table), on the
		// write-up's day
		if _, ok := clockAlone(value, lang); !ok || m[1] == "" && m[2] == "" {
			return "", "", false
		}
	}
	name = strings.TrimSpace(strings.TrimRight(text[:len(text)-len(value)], " :："))
	return name, strings.TrimSpace(value), true
}

// withoutRestatedClock drops from a field's value the same time restated
// in another zone in brackets after it ("28/05/2026 01:43 UTC (02:43
// BST)", "14:05 UTC（北京时间 22:05）").
func withoutRestatedClock(value string) string {
	v := strings.TrimSpace(value)
	if !strings.HasSuffix(v, ")") && !strings.HasSuffix(v, "）") {
		return value
	}
	k := max(strings.LastIndex(v, "("), strings.LastIndex(v, "（"))
	if k <= 0 || clockCount(v[k:]) == 0 || clockCount(v[:k]) == 0 {
		return value
	}
	return strings.TrimSpace(v[:k])
}

// isEndField reports whether a field's name marks the end of an outage.
func isEndField(name string) bool {
	m := spanFieldName.FindStringSubmatch(name + ": x")
	if m == nil {
		return false
	}
	w := strings.ToLower(strings.Join(m[1:len(m)-1], ""))
	return w == "end" || w == "ended" || w == "结束" || w == "恢复" || w == "restored" || w == "cleared" || w == "resolution" || w == "restoration"
}

// fieldSpan is the start and end an outage's fields state ("Start of
// outage: …", "End of outage: …"); zero where none does.
func (tb *timelineBuilder) fieldSpan(blocks []block) (start, end time.Time) {
	reported := false // the start is when the fault was reported
	for i, b := range blocks {
		if i > 150 || b.kind != kindPara && b.kind != kindItem && (b.kind != kindRow || len(b.cells) != 2) {
			continue
		}
		text := b.text
		if b.label != "" {
			text = b.label + ": " + b.text
		}
		if b.kind == kindRow {
			text = strings.Trim(b.cells[0], "*_ ") + ": " + b.cells[1] // a record's row: "Start | 2025-06-12 15:22 PDT", "**Impact start** | 09:14 UTC"
		}
		name, value, ok := spanField(text, tb.lang)
		if !ok {
			continue
		}
		st, dated := stampAlone(value, tb.lang)
		var t time.Time
		if dated {
			t, ok = tb.resolve(st, st.loc)
		} else if st, _ = clockAlone(value, tb.lang); !tb.baseDay.IsZero() {
			loc := st.loc
			if loc == nil {
				loc = tb.loc
			}
			b := tb.baseDay
			t, ok = time.Date(b.Year(), b.Month(), b.Day(), st.hour, max(st.min, 0), 0, 0, loc), true
		} else {
			ok = false
		}
		if !ok {
			continue
		}
		if isEndField(name) {
			if end.IsZero() {
				end = t
			}
		} else if start.IsZero() || reported && t.Before(start) && start.Sub(t) <= 12*time.Hour {
			// (a carrier's RFO lists when the fault was reported above
			// when it started, "Fault reported: 14/12/2025 23:41" over
			// "Fault start: 14/12/2025 23:18": the start is the earlier)
			start, reported = t, strings.Contains(strings.ToLower(name), "reported")
		}
	}
	if start.IsZero() {
		start, end = tb.inlineFieldSpan(blocks)
	}
	return start, end
}

// slashDate is a date of figures alone: "14/02/2026", "09.03.2026".
var slashDate = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b`)

// slashDay reads a date of figures a, b and year: day-first where a
// cannot be a month, month-first where b cannot; where either reading
// holds, the one on or before ref (the day the form was sent) and nearer
// it, day-first when ref is zero or neither is.
func slashDay(a, b, year int, ref time.Time) time.Time {
	valid := func(mo, d int) bool { return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 }
	dayFirst, monthFirst := time.Time{}, time.Time{}
	if valid(b, a) {
		dayFirst = time.Date(year, time.Month(b), a, 0, 0, 0, 0, time.UTC)
	}
	if valid(a, b) {
		monthFirst = time.Date(year, time.Month(a), b, 0, 0, 0, 0, time.UTC)
	}
	switch {
	case monthFirst.IsZero() || dayFirst.Equal(monthFirst):
		return dayFirst
	case dayFirst.IsZero():
		return monthFirst
	}
	if !ref.IsZero() {
		r := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
		dOK, mOK := !dayFirst.After(r), !monthFirst.After(r)
		switch {
		case mOK && (!dOK || monthFirst.After(dayFirst)):
			return monthFirst
		case dOK:
			return dayFirst
		}
	}
	return dayFirst
}

// inlineField is a field that states an incident's start or end inside a
// longer block, its lines run together: a status update's cell that holds
// a Mini Incident Report ("… (All Times US/Pacific) Incident Start: 21
// January 2025 22:37 Incident End: 22 January 2025 01:04 Affected
// Services: …"). Its name names the incident, so a sentence's "start:"
// is none. Gated: most long blocks name none of its four nouns, and the
// regexp's own search over a whole block costs more than the look for them.
var inlineField = gateRegexp(regexp.MustCompile(`(?i)\b(?:incident|outage|disruption|impact)\s+(start|end)(?:ed)?(?:\s+time)?\s*[:：]\s*`))

// inlineFieldSpan is the start and end the inline fields of one block
// state (the first block that states a start with a date and a clock
// time), when no field line does.
func (tb *timelineBuilder) inlineFieldSpan(blocks []block) (start, end time.Time) {
	for i, b := range blocks {
		if i > 60 {
			break
		}
		if len(b.text) <= 120 || !strings.Contains(b.text, ":") && !strings.Contains(b.text, "：") {
			continue
		}
		var s, e time.Time
		for _, m := range inlineField.FindAllStringSubmatchIndex(b.text, 4) {
			st, _, ok := parseStamp(b.text[m[1]:], tb.lang)
			if !ok || !st.hasClock() || !st.hasDate() {
				continue
			}
			t, ok := tb.resolve(st, st.loc)
			if !ok {
				continue
			}
			if strings.EqualFold(b.text[m[2]:m[3]], "end") {
				if e.IsZero() {
					e = t
				}
			} else if s.IsZero() {
				s = t
			}
		}
		if !s.IsZero() {
			return s, e
		}
	}
	return time.Time{}, time.Time{}
}

// startEndLabel is the label of a field that states when an incident
// started or ended: "Started: Jan 9, 2025 at 3:12 PM PST".
var startEndLabel = regexp.MustCompile(`(?i)^(?:started|start(?:ed)? (?:at|time)|began|begin|resolved|resolved at|ended|end(?:ed)? (?:at|time)|detected|开始时间|结束时间|恢复时间|发生时间|故障时间)$`)

// stampAlone reads a paragraph that is only a date and clock time.
func stampAlone(text, lang string) (stamp, bool) {
	t := strings.TrimSpace(text)
	if t == "" || len(t) > 60 {
		return stamp{}, false
	}
	if w := leadWeekday.FindString(t); w != "" && len(w) < len(t) && isDigitByte(t[len(w)]) {
		t = t[len(w):] // "Thu 3 Sep 2026, 3:52pm BST" over an update
	}
	st, n, ok := parseStamp(t, lang)
	if !ok || !st.hasClock() || !st.hasDate() || strings.Trim(t[n:], eventPunct) != "" {
		return stamp{}, false
	}
	return st, true
}

// clockAlone reads a paragraph that is only a clock time ("04:20", "9:47
// a.m. PT").
func clockAlone(text, lang string) (stamp, bool) {
	t := strings.TrimSpace(text)
	if t == "" || len(t) > 24 || !isDigitByte(t[0]) {
		return stamp{}, false
	}
	st, n, ok := parseStamp(t, lang)
	if !ok || !st.hasClock() || st.hasDate() || strings.Trim(t[n:], eventPunct) != "" {
		return stamp{}, false
	}
	return st, true
}

// clockEvents counts the events that have a resolved clock time.
func clockEvents(tb *timelineBuilder) int {
	n := 0
	for i, ev := range tb.events {
		if tb.clock[i] && ev.At != "" && !pageFurnitureEvent.MatchString(ev.Text) {
			n++
		}
	}
	return n
}

// pageFurnitureEvent is a dated line of a page's furniture read as an
// event: its refresh stamp ("Last refreshed: 2026-04-09 18:44 UTC"), a
// listed planned maintenance ("Planned maintenance - … (18 Mar 2026 02:00
// - 06:00 UTC) - completed"). It tells none of the incident's steps, so
// two of them do not stand for a timeline the prose need not give.
var pageFurnitureEvent = regexp.MustCompile(`(?i)^(?:last (?:refreshed|updated|checked)|page (?:generated|updated|refreshed)|(?:planned|scheduled) maintenance)\b`)

// maxProseEvents caps the events proseTimeline takes from one write-up.
const maxProseEvents = 16

// postedAt is a blog's line that tells when its post went up: "于
// 2025-08-09 11:20:31 发布", "发布于 2025-08-09 11:20".
// (Gated: asked of every short paragraph, of which few hold 发布, 发表 or
// 编辑, which every match does.)
var postedAt = gateRegexp(regexp.MustCompile(`于\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:发布|发表|编辑)|(?:发布|发表|编辑)于\s*(?:19|20)\d\d[-/.年]\d{1,2}`))

// cityDateline is a city in capitals, then the rest of a story's
// dateline: "SAN FRANCISCO, June 9, 2026 — 5:40 p.m.".
var cityDateline = regexp.MustCompile(`^(?:[A-Z][A-Z .'-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(\S.*)$`)

// viewsByline is a post's line of its writer, the day and clock it went
// up and how often it was read.
// (or the day and clock first, then the writer: "2026-05-03 10:00
// 拾光阅读运营团队 浏览 18.6万")
var viewsByline = regexp.MustCompile(`(?i)^(?:[^\s\d]{2,16}\s+(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?|(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?\s+[^\s\d]{2,16})\s+(?:👁\x{FE0F}?|👀|阅读(?:量|数)?[:：]?|浏览(?:量|次数)?[:：]?|views?[:：]?)\s*[\d,.]+\s*[kw万]?(?:\s*(?:views?|次))?$`)

// bylineDate reports whether block i is a date and time alone under a
// byline ("By Priya Oduya, Transport Correspondent" over "Tuesday 11
// March 2025 14:22 GMT"): when the story was published, no time of the
// incident.
func bylineDate(blocks []block, i int, lang string) bool {
	if blocks[i].kind == kindPara && len(blocks[i].text) <= 240 && postedAt.MatchString(blocks[i].text) {
		return true // a blog's "青杉笔记 于 2025-08-09 11:20:31 发布 阅读量2.1k": when the post went up
	}
	if blocks[i].kind == kindPara && len(blocks[i].text) <= 60 {
		// "SAN FRANCISCO, June 9, 2026 — 5:40 p.m.": a story's dateline
		// above its lede, when it was filed
		if m := cityDateline.FindStringSubmatch(strings.TrimSpace(blocks[i].text)); m != nil {
			rest := strings.Replace(m[1], " — ", " ", 1)
			if w, after, ok := strings.Cut(rest, " "); ok && weekdayName(strings.TrimRight(w, ",")) {
				rest = after // "Mumbai, Friday, August 21, 2026, 7:42 PM IST"
			}
			if st, ok := stampAlone(strings.Replace(rest, " – ", " ", 1), lang); ok && st.hasDate() {
				return true
			}
		}
	}
	if i > 0 && blocks[i].kind == kindPara && updatedLine(blocks[i].text) && bylineDate(blocks, i-1, lang) {
		return true // "Updated 7:42 PM IST" under the dateline: when the story was
	}
	if blocks[i].kind == kindPara && len(blocks[i].text) <= 120 && viewsByline.MatchString(strings.TrimSpace(blocks[i].text)) {
		return true // "苍梧网络　2025-11-28 11:30　👁 3,109": the writer, when it went up, its views
	}
	if i <= 3 && blocks[i].kind == kindPara && nameDateLine(blocks[i].text) {
		return true // "Tom Aske · March 6, 2026" under the title: when the post went up
	}
	if i == 0 || blocks[i].kind != kindPara || len(blocks[i].text) >= 60 && !(len(blocks[i].text) < 100 && (strings.Contains(blocks[i].text, " | ") || strings.Contains(blocks[i].text, " · "))) || blocks[i-1].kind != kindPara {
		// (a date and its update beside it: "Nov 10, 2026, 4:48 PM PST |
		// Updated Nov 11, 2026, 10:05 AM PST")
		return false
	}
	if !bylineLine.MatchString(blocks[i-1].text) {
		// the writer's role between the byline and its date ("By Gemma
		// Arkwright" / "Transport correspondent" / "Sunday 29 November
		// 2026 18:30 GMT")
		if i < 2 || !writerRole(blocks[i-1].text) || blocks[i-2].kind != kindPara || !bylineLine.MatchString(blocks[i-2].text) {
			return false
		}
	}
	t := leadSegment(blocks[i].text) // "March 4, 2026 6:15 PM UTC · Updated 2 hours ago"
	if w, rest, ok := strings.Cut(strings.TrimSpace(t), " "); ok && weekdayName(strings.TrimRight(w, ",")) {
		t = rest
	}
	_, ok := stampAlone(t, lang)
	return ok
}

// nameDateLine reports whether a line is a writer's name and the day the
// post went up, set apart by a dot: "Tom Aske · March 6, 2026", "Priya
// Nandakumar · 4 March 2026".
func nameDateLine(t string) bool {
	t = strings.TrimSpace(t)
	name, day, ok := strings.Cut(t, " · ")
	if !ok || len(t) > 80 || strings.Contains(day, ":") || !dateAlone(strings.TrimSpace(day)) || statusWord.MatchString(strings.TrimSpace(name)) {
		return false // (not an update's state and stamp: "Resolved · 21 Oct 2026 14:20 UTC")
	}
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// writerRole reports whether a line under a byline is the writer's role:
// four words at most, no digit, no sentence ("Transport correspondent",
// "Senior reporter, Technology").
func writerRole(t string) bool {
	t = strings.TrimSpace(t)
	n := len(strings.Fields(t))
	return n >= 1 && n <= 4 && !strings.ContainsAny(t, "0123456789.:!?") && strings.IndexFunc(t, isHan) < 0
}

// leadSegment is a line's text before its first " · " or " | ": a
// byline's date before what follows it ("· Updated 2 hours ago", "| 4
// min read").
func leadSegment(t string) string {
	for _, sep := range []string{" · ", " | "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	return strings.TrimSpace(t)
}

// weekdayName reports whether w names a day of the week in English, in
// full or cut short ("Tuesday", "Tue.").
func weekdayName(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, "."))
	for _, names := range weekdayNames {
		if d := names[0]; w == d || len(w) >= 3 && strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// proseTimeline finds the events of a write-up that tells its story in
// prose, with no timeline of its own (a provider's letter, a news report,
// an RCA in one paragraph): each sentence or clause of its paragraphs that
// states a clock time ("At 8:05 AM PST, engineers began …", "14:30已定位问
// 题") is an event at that time. The paragraphs keep their sections. A
// time whose day cannot be known (not written, carried from an earlier
// event, or the write-up's incident day) is an event without one.
func proseTimeline(s sectioned, tb *timelineBuilder, isEvent []bool) {
	n := 0
	have := map[string]bool{} // times an event already has: a dated line told of it
	for _, ev := range tb.events {
		have[ev.At] = true
	}
	// a time first met as a later clause of a sentence that opened with
	// another time ("The disruption began around 10:55, with users seeing
	// errors starting at 11:02") is that sentence's aside: a later
	// sentence that tells the time as its own ("Monitoring alerted the
	// on-call team at 11:02") is the event, in its place. (A Chinese
	// sentence strings its times along with commas, "20:00开播，20:05起…，
	// 直到21:30前后才恢复": each clause is an event of its own.)
	aside := map[string]int{}
	// the first time of a span an opening gives after its day ("On
	// Tuesday, March 4, 2025, between 09:12 and 09:40 UTC, …"): a later
	// sentence that tells that time as its own is an event too
	spanned := map[string]bool{}
	// the ends of ranges clauses state from their times ("unavailable
	// between 02:50 and 09:28 UTC"): events too, when no sentence tells
	// what happened then
	var ends []data.TimelineEvent
	for i, b := range s.blocks {
		if isEvent[i] || b.code || b.kind != kindPara && b.kind != kindItem || s.secs[i] == secClosing || bylineDate(s.blocks, i, tb.lang) || compensationField.MatchString(b.label+"："+b.text) {
			continue
		}
		text := b.text
		if b.label != "" {
			text = b.label + ": " + b.text
		}
		colon := strings.Contains(text, ":") || strings.Contains(text, "：")
		ampm := !colon && tb.lang != "zh" && amPmClock(text)
		if !colon && !ampm && (tb.lang != "zh" || !strings.Contains(text, "点") && !strings.Contains(text, "时")) {
			tb.namedDay(text)
			continue // no clock time: "14:30", "10点20分", "19时32分", "6.40am"
		}
		if byline.MatchString(text) {
			continue
		}
		clocked := false // a clause of the paragraph told a time
		for _, sent := range splitSentences(text) {
			timed := false      // a clause before in this sentence told a time
			var first time.Time // the time it told first
			cls := clauses(sent)
			for ci, clause := range cls {
				if strings.Count(clause, "=") >= 2 {
					continue // a log line or an address's query, not prose
				}
				st, ok := clockIn(clause, tb.lang)
				if !ok || !colon && !strings.Contains(st.text, "分") && !(ampm && amPmClock(st.text)) && !zhHourOnward(clause, st.text, tb.baseDay) && !zhToldHour(st) && !(startsWithPart(st.text) && zhNextDay(clause, st.text)) {
					continue // a bare hour ("早上 4 点") in prose tells no event's time
				}
				clocked = true
				if dateline(clause, tb.lang) {
					continue // "May 13, 2025 at 7:55 p.m. ET": when the page was posted
				}
				if tb.lang == "zh" && zhDeadline(clause, st.text) {
					continue // "补偿将于3月8日18:00前通过游戏内邮件发放": a deadline, nothing that happened then
				}
				if !st.hasDate() && st.hasClock() && tb.lang != "zh" {
					if d, ok := dateOnAfter(clause, st.text, tb.lang); ok {
						// "fully restored at 8.15am on Monday 10 November
						// 2025": the date written after the clock
						st.year, st.month, st.day = d.year, d.month, d.day
					}
				}
				if !st.hasDate() && st.hasClock() && !tb.written.IsZero() && tb.lang != "zh" {
					if d := weekdayBeside(clause, st.text, tb.written); !d.IsZero() {
						// "began around 11:30 p.m. Pacific on Tuesday" in a
						// story dated Friday: the Tuesday before
						st.year, st.month, st.day = d.Year(), int(d.Month()), d.Day()
					} else if i := strings.Index(clause, st.text); i >= 6 && asOfLead.MatchString(asciiLower(clause[:i])) {
						// "But as of 4:30 p.m. ET, … still listed …": how
						// things stood when the story was written, that day
						st.year, st.month, st.day = tb.written.Year(), int(tb.written.Month()), tb.written.Day()
					}
				}
				if a, b, ok := clauseRange(clause, tb.lang); ok && !st.hasDate() && b.hasDate() && a.hour == st.hour && a.min == st.min {
					// "between 21:14 and 22:49 GMT on Wednesday 4 March":
					// the date the range's end is told on is its start's
					st.year, st.month, st.day = b.year, b.month, b.day
					if st.loc == nil {
						st.loc = b.loc
					}
				}
				ev := data.TimelineEvent{TimeText: st.text, Text: strings.TrimRight(strings.TrimSpace(clause), ",，")}
				if rest, ok := strings.CutPrefix(ev.Text, st.text+" "); ok && statusLine(rest) {
					ev.Text = rest // a status update read with its time first ("10:14 UTC Investigating: …"): the time is the event's
				} else if rest, ok := stateThenStamp(ev.Text, tb.lang); ok {
					ev.Text = rest // its state, then its stamp ("Investigating 14 Mar 2026 09:31 UTC — …", a list item's span and paragraph)
				}
				key := "?" + st.text // a time whose day cannot be known is kept, without one ("at 2:19am PDT" on a yearless Sunday, September 20)
				if t, ok := tb.resolve(st, nil); ok {
					if !st.hasDate() && tb.haveLast && zhNextDay(clause, st.text) {
						// "次日凌晨2点左右，各项服务全部恢复正常": the day after
						// the one the story is on, however far the clock
						l := tb.last.In(t.Location())
						t = time.Date(l.Year(), l.Month(), l.Day()+1, t.Hour(), t.Minute(), t.Second(), 0, t.Location())
					}
					lookBack := false
					if !st.hasDate() && tb.haveLast && t.After(tb.last) && !sameDay(t, tb.last.In(t.Location())) && sinceClock(clause, st.text) {
						// "every session created since 1:00 AM", told after
						// 9:50 AM: a time looked back to, that day's, not
						// the next day's; the story goes on from where it was
						t, lookBack = t.AddDate(0, 0, -1), true
					}
					if !timed && !st.hasDate() {
						if d, ok := tb.retoldLater(cls[ci+1:], have); ok && sameDay(t.AddDate(0, 0, -1), d) {
							t = t.AddDate(0, 0, -1) // the day the sentence's later, known time is on
						}
					}
					ev.At = t.Format(time.RFC3339)
					key = ev.At
					// (a range that looks back to an earlier day, "From
					// 14:18 to 16:52 CEST on 22 April" in a reply of the
					// 23rd, leaves the day the text goes on in)
					if (!timed || st.hasDate()) && !lookBack && !(st.endDay && tb.haveLast && t.Before(tb.last) && !sameDay(t, tb.last)) &&
						!(!st.hasClock() && tb.haveLast && t.Before(tb.last) && !sameDay(t, tb.last)) {
						// (a day alone before the one the story is on looks
						// back to it: "本次问题由9月6日（周日）凌晨系统维护后
						// 启用的新版权限缓存引起" in an update of the 8th)
						// a sentence's later time without a date is where
						// it ended ("began at 07:38 and was mitigated by
						// 10:42"); the next sentence goes back to its day
						tb.last, tb.haveLast, tb.lastDated = t, true, st.hasDate()
						tb.rangeFrom, tb.rangeTo = time.Time{}, time.Time{}
						if timed && !first.IsZero() && t.After(first) && !sameDay(t, first) {
							tb.rangeFrom, tb.rangeTo = first, t // a range to a later day, stated with its date
						}
					}
					if !timed {
						first = t
					}
				}
				wasTimed := timed
				timed = true
				// the end of a range the clause states from this time
				// ("unavailable between 02:50 and 09:28 UTC") is an event
				// too, unless another sentence tells it
				if endSt, endT, ok := tb.clauseRangeEnd(clause, atTime(ev.At)); ok {
					ends = append(ends, data.TimelineEvent{At: endT.Format(time.RFC3339), TimeText: endSt.text, Text: ev.Text})
				}
				if have[key] {
					if k := tb.eventAtKey(key); k >= 0 && !resolvedNow(tb.events[k].Text) && resolvedNow(ev.Text) && !strings.Contains(tb.events[k].Text, ev.Text) {
						// an event told again in the prose, which says it
						// was the resolution ("…came back at noon ET
						// on January 15, when the service was fully
						// restored"): the row keeps its text and gains what
						// the prose says of it
						tb.events[k].Text = strings.TrimRight(tb.events[k].Text, " .") + ". " + upperFirst(ev.Text)
					}
					if k, ok := aside[key]; ok && !wasTimed {
						tb.events[k].TimeText, tb.events[k].Text = ev.TimeText, ev.Text
						delete(aside, key)
					} else if spanned[key] && !wasTimed {
						// the opening's span began then; this sentence
						// tells what happened then: an event of its own
						// (the opening's stays, its range's end is read
						// from it)
						delete(spanned, key)
						tb.appendEvent(ev, true, true)
						if n++; n == maxProseEvents {
							return
						}
					}
					continue
				}
				if k := tb.sameEvent(ev); k >= 0 {
					// the block told it already, read as a dated line
					// without the zone its clause names ("太平洋时间 2020 年
					// 5 月 30 日星期六早上 4 点"): one event, in that zone
					if st.loc != nil && ev.At != "" {
						tb.events[k].At = ev.At
					}
					continue
				}
				have[key] = true
				if wasTimed && !st.hasDate() && tb.lang != "zh" {
					aside[key] = len(tb.events)
				}
				if !wasTimed && datedRangeOpening(clause, st.text) {
					spanned[key] = true
				}
				tb.appendEvent(ev, true, true)
				if n++; n == maxProseEvents {
					return
				}
			}
		}
		if !clocked {
			tb.namedDay(text)
		}
	}
	for _, ev := range ends {
		if !have[ev.At] {
			have[ev.At] = true
			tb.appendEvent(ev, true, true)
			if n++; n == maxProseEvents {
				return
			}
		}
	}
}

// namedDay takes the day a Chinese paragraph without a clock time opens
// by naming ("本报讯 12月1日（周二）晚间，…出现大面积故障") as the day the
// next paragraph's times are told on ("故障于当晚23时许开始"): the
// story's own day, which an event read earlier from a later day ("12月2日
// 上午，官方发布说明") would otherwise give them. Only one day in its first
// sentence's first clause counts, with no clock, in the write-up's year.
func (tb *timelineBuilder) namedDay(text string) {
	if tb.lang != "zh" || tb.refYear <= 0 {
		return
	}
	first := text
	if sents := splitSentences(text); len(sents) > 0 {
		first = sents[0]
	}
	all := zhProseDayRE.FindAllStringSubmatch(first, 2)
	if len(all) != 1 || publishedWord.MatchString(first) {
		return
	}
	if k := strings.Index(first, all[0][0]); k > 0 && strings.ContainsAny(first[:k], "，,") {
		return // the day told in a later clause ("经排查，本次问题由9月6日凌晨…引起"): no opening's
	}
	m := all[0]
	month, day := atoi(m[3]), atoi(m[4])
	year := tb.refYear
	if m[2] != "" {
		year = atoi(m[2])
	} else if month > tb.refMonth+1 {
		year-- // written in January about December
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, tb.loc)
	if t.Day() != day || month < 1 || month > 12 || year != tb.refYear && year != tb.refYear-1 {
		return
	}
	tb.last, tb.haveLast, tb.lastDated = t, true, true
	tb.rangeFrom, tb.rangeTo = time.Time{}, time.Time{}
}

// atTime parses an event's RFC 3339 time; zero when it has none.
func atTime(at string) time.Time {
	t, _ := time.Parse(time.RFC3339, at)
	return t
}

// retoldLater is the day of a known event (have holds the events' times)
// that one of a sentence's later clauses tells again without a date, read
// on the day of the last event: "While the config push began at 8:05 AM
// PDT, the impact on queues started at 1:20 PM PDT", where 1:20 PM is the
// start told before. Such a sentence is about that day: its first time,
// hours before the last event's, is an earlier step told out of order on
// it, not the next morning's.
func (tb *timelineBuilder) retoldLater(later []string, have map[string]bool) (time.Time, bool) {
	if !tb.haveLast {
		return time.Time{}, false
	}
	for _, c := range later {
		st, ok := clockIn(c, tb.lang)
		if !ok || st.hasDate() || !st.hasClock() {
			continue
		}
		loc := tb.loc
		if st.loc != nil {
			loc = st.loc
		}
		last := tb.last.In(loc)
		t := time.Date(last.Year(), last.Month(), last.Day(), st.hour, st.min, st.sec, 0, loc)
		if have[t.Format(time.RFC3339)] {
			return t, true
		}
	}
	return time.Time{}, false
}

// zhHourOnward reports whether a Chinese clause tells its bare hour as
// the time something began from ("晚上8点左右起App就打不开", "9点开始
// 出现"): that hour is an event's time, as an hour with its minutes is.
//
// A clause that names another day for it ("周五早上 6 点左右开始",
// "昨天晚上8点起") is left out: a bare hour is weak evidence, and a day
// named beside it is most often another story's (last week's outage). The
// story's own day is no other: a weekday that is the day the lede names
// (day, "本周二遭遇大规模系统故障" then "故障于美国东部时间周二上午9点左右
// 开始") counts, unless the clause says it was last week's.
func zhHourOnward(clause, at string, day time.Time) bool {
	i := strings.Index(clause, at)
	if i < 0 || containsAny(clause, []string{"昨", "前天", "上次", "此前", "上周", "上星期", "下周"}) {
		return false
	}
	if containsAny(clause, []string{"周", "星期", "礼拜"}) && (day.IsZero() || !onlyWeekday(clause, day.Weekday())) {
		return false
	}
	rest := clause[i+len(at):]
	for _, w := range []string{"左右", "前后", "许"} {
		rest = strings.TrimPrefix(rest, w)
	}
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "起") || strings.HasPrefix(rest, "开始")
}

// zhToldHour reports whether a Chinese bare hour is told as precisely as a
// clock: with its half hour ("凌晨1点半"), or with its day and part of the
// day ("10月13日（周二）晚上8点左右").
func zhToldHour(st stamp) bool {
	if strings.Contains(st.text, "点半") {
		return true
	}
	if !st.hasDate() || !st.hasClock() {
		return false // (a day's part alone, "9月6日（周日）凌晨", tells no hour)
	}
	_, rest, ok := strings.Cut(st.text, "日")
	if !ok {
		_, rest, ok = strings.Cut(st.text, "号")
	}
	rest = strings.TrimLeft(rest, "（）() 周星期一二三四五六日天")
	for _, w := range zhSameDayWords {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest = r // "5月20日当晚22时许"
			break
		}
	}
	return ok && (startsWithPart(rest) || strings.HasPrefix(rest, "晚") || strings.HasPrefix(rest, "早"))
}

// zhSameDayWords are the words a Chinese write-up puts between a day and
// its part of the day, that day's: "5月20日当晚22时许" (the longer first).
var zhSameDayWords = []string{"当天", "当日", "当"}

// zhNextDays are the words a Chinese write-up puts before a time of the
// day after the one it is telling ("次日凌晨2点").
var zhNextDays = []string{"次日", "第二天", "翌日", "隔天", "次天"}

// zhNextDay reports whether a Chinese clause tells the time at (as written
// in it) on the next day: "次日凌晨2点左右", "第二天早上 7:40".
func zhNextDay(clause, at string) bool {
	i := strings.Index(clause, at)
	if i < 0 {
		return false
	}
	before := strings.TrimRight(clause[:i], " ")
	before = strings.TrimSuffix(strings.TrimSuffix(before, "的"), "（")
	for _, w := range zhNextDays {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// onlyWeekday reports whether every day of the week a Chinese clause
// names ("周二", "星期二") is wd, and it names one; "礼拜" (said of
// weekdays in speech, and of services) never counts.
func onlyWeekday(clause string, wd time.Weekday) bool {
	if strings.Contains(clause, "礼拜") {
		return false
	}
	named := false
	rest := clause // the clause less its weekdays' names
	for d, names := range weekdayNames {
		for _, n := range names[1:] {
			if strings.Contains(rest, n) {
				if time.Weekday(d) != wd {
					return false
				}
				named = true
				rest = strings.ReplaceAll(rest, n, "")
			}
		}
	}
	// every 周/星期 of the clause is a weekday's: not "周末", "一周", "周年"
	return named && !strings.Contains(rest, "周") && !strings.Contains(rest, "星期")
}

// amPmClock reports whether s holds a clock with its am or pm written
// right after the digits ("6.40am", "7.05 a.m.", "2pm"), as a paper's
// prose writes times without a colon.
func amPmClock(s string) bool {
	for i := 1; i < len(s); i++ {
		c := s[i] | 0x20
		if c != 'a' && c != 'p' || i+1 >= len(s) {
			continue
		}
		j := i + 1
		if s[j] == '.' {
			j++
		}
		if j >= len(s) || s[j]|0x20 != 'm' || j+1 < len(s) && isLetterByte(s[j+1]) {
			continue
		}
		k := i - 1
		if s[k] == ' ' && k > 0 {
			k--
		}
		if isDigitByte(s[k]) {
			return true
		}
	}
	return false
}

// maxProseDays caps the events proseDays takes from one write-up.
const maxProseDays = 8

// proseDayRE is a day named in an English sentence: a full date anywhere
// ("December 1st, 2012"), a day without a year only after "on" ("on
// November 20th", "On Friday, February 2,") or a sentence's "By" ("By
// October 19, the files were removed").
var proseDayRE = regexp.MustCompile(`\b(?:([Oo]n|By)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)

// dayRangeRE is a range of days whose year follows it: "between April 8
// and April 9, 2022", "from May 3 to May 5, 2021", "between April 8 and 9,
// 2022", "from March 4–6, 2023".
var dayRangeRE = regexp.MustCompile(`\b(?:[Bb]etween|[Ff]rom)\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:and|to|through|until)\s+|\s*[-–]\s*)(?:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+)?(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)

// zhProseDayRE is a day named in a Chinese sentence: a full date anywhere
// ("于 2014 年 12 月 18 日凌晨"), a day without a year only after 在 or 于.
var zhProseDayRE = regexp.MustCompile(`(?:(在|于)\s*)?(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`)

// publishedWord marks a sentence about when the write-up itself appeared.
var publishedWord = regexp.MustCompile(`(?i)\bpublish|\bpublication\b|\bposted (?:on|at)\b|\bupdated (?:on|at)\b|发表|发布于|更新于`)

// proseDays finds the events of a write-up told in prose with no clock
// times: each sentence that names the day something happened ("On
// December 4, 2023, the team identified …", "… began on December 1st",
// "Blog 服务器于 2014 年 12 月 18 日凌晨宕机") is an event of that day. A day
// without a year takes the write-up's (the one before for a month after
// it); days far from the write-up (a history) are left out, unless the
// front matter gives the day as the incident's start or end (told): a
// write-up published years after what it tells ("The Ariane 5 Flight 501
// incident occurred on June 4, 1996, …" on a page of 2004).
func proseDays(s sectioned, tb *timelineBuilder, isEvent []bool, published string, told ...time.Time) {
	pub, _ := time.Parse(time.DateOnly, published)
	lo, hi := time.Time{}, time.Time{}
	if !pub.IsZero() {
		lo, hi = pub.AddDate(-2, 0, 0), pub.AddDate(0, 1, 0)
	}
	days := map[string]bool{}
	for _, ev := range tb.events {
		if len(ev.At) >= 10 {
			days[ev.At[:10]] = true
		}
	}
	n := 0
	// the year the prose last wrote ("in October 2025", "On May 9, 2023"),
	// else the write-up's: an English day written without one, in a
	// write-up with no date of its own, is in it
	runYear := tb.refYear
	for i, b := range s.blocks {
		if isEvent[i] || b.kind != kindPara && b.kind != kindItem || s.secs[i] == secClosing || byline.MatchString(b.text) || bylineDate(s.blocks, i, tb.lang) {
			continue
		}
		for _, sent := range splitSentences(b.text) {
			if pub.IsZero() {
				if m := enMonthYear.FindStringSubmatch(sent); m != nil {
					runYear = atoi(m[2])
				}
			}
			var all [][]string
			if tb.lang == "zh" {
				all = zhProseDayRE.FindAllStringSubmatch(sent, 3)
			} else {
				all = proseDayRE.FindAllStringSubmatch(sent, 3)
			}
			if len(all) > 0 && len(all) <= 2 && tb.lang != "zh" && (strings.Contains(sent, "between ") || strings.Contains(sent, "from ")) {
				if r := dayRangeRE.FindStringSubmatch(sent); r != nil {
					// "… between April 8 and April 9, 2022", "from May 3 to
					// 5, 2021": one event, of the range's first day, in
					// the year told after the range
					year := atoi(r[5])
					if r[3] != "" && monthOf(r[1]) > monthOf(r[3]) {
						year-- // "between December 30 and January 2, 2023"
					}
					all = [][]string{{r[0], "On", r[1], r[2], strconv.Itoa(year)}}
				}
			}
			pieces := []string{sent}
			if len(all) > 1 && tb.lang != "zh" {
				// "…, with reconnaissance observed on December 19, 2022,
				// and data exfiltration occurring on December 22, 2022":
				// clauses that each tell what happened on their day
				pieces = dayClauses(sent)
			} else if len(all) != 1 {
				continue // none, or a list of days ("on February 2, February 9, and March 5"): no one event
			}
			for _, sent := range pieces {
				if len(pieces) > 1 {
					all = proseDayRE.FindAllStringSubmatch(sent, 2)
				}
				m := all[0]
				var month, day, year int
				yearText := m[4]
				if tb.lang == "zh" {
					yearText, month, day = m[2], atoi(m[3]), atoi(m[4])
				} else {
					month, day = monthOf(m[2]), atoi(m[3])
				}
				if yearText != "" {
					year = atoi(yearText)
					if pub.IsZero() {
						runYear = year
					}
				}
				if m[1] == "" && year == 0 || month < 1 || month > 12 || day < 1 || day > 31 {
					continue
				}
				if _, ok := clockIn(sent, tb.lang); ok || publishedWord.MatchString(sent) {
					continue // a clock time's sentence is proseTimeline's to tell; the article's own date is no event
				}
				if year == 0 && pub.IsZero() {
					if runYear <= 0 || tb.lang == "zh" {
						continue
					}
					year = runYear
				} else if year == 0 {
					year = pub.Year()
					if month > int(pub.Month())+1 {
						year-- // written in January about December
					}
				}
				t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, tb.loc)
				if t.Day() != day || !lo.IsZero() && (t.Before(lo) || t.After(hi)) && !toldDay(t, told) || days[t.Format(time.DateOnly)] {
					continue
				}
				days[t.Format(time.DateOnly)] = true
				tb.appendEvent(data.TimelineEvent{At: t.Format(time.RFC3339), TimeText: strings.TrimSpace(m[0]), Text: strings.TrimSpace(sent)}, false, true)
				if n++; n == maxProseDays {
					return
				}
			}
		}
	}
}

// toldDay reports whether t falls on the day of one of told (the front
// matter's start and end, each in its own zone).
func toldDay(t time.Time, told []time.Time) bool {
	for _, d := range told {
		if !d.IsZero() && d.Format(time.DateOnly) == t.Format(time.DateOnly) {
			return true
		}
	}
	return false
}

// dayClause cuts a sentence where one clause hands on to the next: ", with
// …", ", and …", "; …".
var dayClause = regexp.MustCompile(`,\s+(?:and|with|while|then|before|after|followed by)\s+|;\s+`)

// dayClauses cuts a sentence that names several days into the clauses that
// each name one and tell what happened on it with a few more words; nil
// when any clause names two days or a bare day (a list of days).
func dayClauses(sent string) []string {
	var out []string
	for _, c := range dayClause.Split(sent, -1) {
		ms := proseDayRE.FindAllStringIndex(c, 3)
		switch {
		case len(ms) == 0:
			continue // the clause that opens the story, a day of none
		case len(ms) > 1:
			return nil
		}
		rest := c[:ms[0][0]] + c[ms[0][1]:]
		if len(strings.Fields(rest)) < 2 {
			return nil // "… on February 2, February 9, and March 5": days listed
		}
		out = append(out, strings.TrimSpace(c))
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// clauses cuts a sentence at semicolons and at a Chinese comma that
// stands before a clock time ("14:20监控告警，14:38定位到…").
func clauses(sent string) []string {
	parts := strings.FieldsFunc(sent, func(r rune) bool { return r == ';' || r == '；' })
	var out []string
	for _, p := range parts {
		start := 0
		for i := 0; i < len(p); i++ {
			if strings.HasPrefix(p[i:], "，") && i+len("，") < len(p) && isDigitByte(p[i+len("，")]) {
				if _, ok := clockAt(p[i+len("，"):], ""); ok {
					out = append(out, p[start:i])
					start = i + len("，")
				}
			}
		}
		for _, a := range andClauses(p[start:]) {
			out = append(out, commaClocks(a)...)
		}
	}
	return out
}

// rangeGoesOn is a clause that leads on into the time after its comma:
// a range's word after its first time ("from … 12:30 PM PT until
// Thursday, February 10 at 7:30 PM"), or a weekday before the date.
var rangeGoesOn = regexp.MustCompile(`(?i)\d[^,，]*\b(?:until|till|through|to|and|thru)((?:\s+[^\s,，]+){0,3})\s*[,，]\s*$|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*$`)

// rangeLeadsOn reports whether a clause leads on into the time after its
// comma (rangeGoesOn); a range whose end it already tells ("disrupted from
// 02:50 to 07:17 UTC, with some seeing errors until 18:44 UTC") does not.
func rangeLeadsOn(c string) bool {
	m := rangeGoesOn.FindStringSubmatchIndex(c)
	if m == nil {
		return false
	}
	return m[2] < 0 || clockCount(c[m[2]:m[3]]) == 0
}

// commaPieces cuts s after each ", " and "，", keeping them.
func commaPieces(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], ", "):
			out = append(out, s[start:i+2])
			start = i + 2
		case strings.HasPrefix(s[i:], "，"):
			out = append(out, s[start:i+len("，")])
			start = i + len("，")
		}
	}
	return append(out, s[start:])
}

// commaClocks cuts a clause that tells two clock times at the comma
// before the second ("started at 2:15 p.m. ET, when apps began failing,
// and the incident was resolved at 5:05 p.m. ET"), so each time has its
// event; a clause with one time, or none, and a list of times in
// brackets, stay whole.
func commaClocks(c string) []string {
	if clockCount(c) < 2 || !strings.Contains(c, ", ") && !strings.Contains(c, "，") {
		return []string{c}
	}
	var out []string
	cur := ""
	depth := 0 // a list in brackets is an aside, cut nowhere
	for _, piece := range commaPieces(c) {
		if cur != "" && depth == 0 && clockCount(cur) >= 1 && clockCount(piece) >= 1 && !rangeLeadsOn(cur) && !(dayBeforeComma.MatchString(cur) && clockFirst.MatchString(piece)) {
			out = append(out, cur)
			cur = ""
		}
		cur += piece
		depth += strings.Count(piece, "(") + strings.Count(piece, "（") - strings.Count(piece, ")") - strings.Count(piece, "）")
	}
	return append(out, cur)
}

// andClauses cuts an English clause at ", and " when both sides state a
// clock time: "Engineers were engaged by 8:55am PDT, and by 9:41am PDT it
// was determined …" tells two events. A plain " and " cuts too when what
// follows it says something before its time ("alerted at 01:22 PDT and
// mitigated the issue by 01:34 PDT"), never within a range ("between
// 01:13 and 01:35", "at 10:00 and 11:00").
func andClauses(p string) []string {
	var out []string
	from := 0
	for {
		j := andJoin.FindStringIndex(p[from:])
		if j == nil {
			break
		}
		at, end := from+j[0], from+j[1]
		left, right := p[:at], p[end:]
		_, okL := clockIn(left, "en")
		_, okR := clockIn(right, "en")
		if okL && okR && !strings.HasPrefix(p[at:], ",") {
			okR = wordsAfterClock(left) <= 3 && (wordsBeforeClock(right) >= 2 || timeThenClause(right)) && !betweenOpen.MatchString(left)
		}
		if !okL || !okR {
			from = end
			continue
		}
		out = append(out, left)
		p, from = right, 0
	}
	return append(out, p)
}

var (
	andJoin     = regexp.MustCompile(`,? and `)
	betweenOpen = regexp.MustCompile(`(?i)\b(?:between|from)\b[^,;]*$`)
)

// wordsAfterClock counts the words of s after its last word that starts
// with a digit ("ready by 11:20 PM PST" has two): the "and" after a time
// and its zone joins two events, one after a list ("Dataflow and Vertex
// AI") does not.
func wordsAfterClock(s string) int {
	f := strings.Fields(s)
	for i := len(f) - 1; i >= 0; i-- {
		if isDigitByte(f[i][0]) {
			return len(f) - 1 - i
		}
	}
	return len(f)
}

// timeThenClause reports whether s opens with a preposition of time and
// its clock, then says something of its own: "by 12:32 PM CET send and
// receive latencies were back to normal levels" (after "Error rates
// started to fall at 11:10 AM CET and "). A time alone after "and" ("at
// 10:00 and at 11:00", "… and by 11:20 PM PST") is no clause of its own.
func timeThenClause(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || !timePreps[strings.ToLower(f[0])] || !isDigitByte(f[1][0]) {
		return false
	}
	return wordsAfterClock(s) >= 4 && !strings.ContainsAny(f[len(f)-1], "0123456789")
}

// timePreps are the prepositions a clause's time may open with.
var timePreps = map[string]bool{"by": true, "at": true, "around": true, "about": true, "after": true, "approximately": true}

// wordsBeforeClock counts the words of s before its first clock time
// ("mitigated the issue by 01:34" has four).
func wordsBeforeClock(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if w != "" && isDigitByte(w[0]) {
			break
		}
		n++
	}
	return n
}

// clockIn finds the first clock time of a clause ("at 7:31 AM PST", "By
// 9:40", "4月2日13:48"), with the date written before it when there is one.
// zhZones are the zones Chinese write-ups name in words, by IANA name.
var zhZones = map[string]string{"北京": "Asia/Shanghai", "太平洋": "America/Los_Angeles", "美国太平洋": "America/Los_Angeles",
	"美国东部": "America/New_York", "东部": "America/New_York", "美东": "America/New_York", "美西": "America/Los_Angeles",
	"格林尼治": "UTC", "格林威治": "UTC", "世界协调": "UTC", "协调世界": "UTC", "东京": "Asia/Tokyo", "新加坡": "Asia/Singapore", "伦敦": "Europe/London"}

// zhZoneBefore is a Chinese zone name at the end of the words before a
// time: "太平洋标准时间", "美国东部时间", "北京时间".
var zhZoneBefore = regexp.MustCompile(zhZoneName + `$`)

// zhZoneName is a zone of zhZones named in words: "太平洋标准时间",
// "美国东部时间", "北京时间" (longer names first).
var zhZoneName = func() string {
	names := make([]string, 0, len(zhZones))
	for n := range zhZones {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return "(" + strings.Join(names, "|") + ")(?:标准|夏令)?时间"
}()

func clockIn(clause, lang string) (stamp, bool) {
	for i := 0; i < len(clause); i++ {
		if !isDigitByte(clause[i]) || i > 0 && (isDigitByte(clause[i-1]) || clause[i-1] == ':' || clause[i-1] == '.' || clause[i-1] == '/') {
			continue
		}
		from := i
		before := strings.TrimRight(clause[:i], " ")
		for _, part := range dayParts {
			if strings.HasSuffix(before, part) {
				from = len(before) - len(part) // "下午1点20分", "下午 2 点 30 分": the afternoon's
				break
			}
		}
		st, n, ok := parseStamp(clause[from:], lang)
		if !ok && from != i {
			st, n, ok = parseStamp(clause[i:], lang)
		} else {
			n -= i - from
		}
		if !ok {
			continue
		}
		if st.hasClock() {
			if st.loc == nil {
				// "太平洋标准时间下午 4 点": a Chinese zone name written
				// before the time
				if m := zhZoneBefore.FindStringSubmatch(strings.TrimRight(clause[:from], " ")); m != nil {
					if loc := ianaZone(zhZones[m[1]]); loc != nil {
						st.loc = loc
					}
				}
			}
			if st.loc == nil {
				// "between 2:14 PM and 5:38 PM Eastern Time": the zone
				// written after a range's end is its start's too
				if m := rangeTail.FindStringSubmatch(clause[i+n:]); m != nil {
					if loc := zoneFor(m[1], lang); loc != nil {
						st.loc = loc
					}
				}
			}
			if !st.hasDate() {
				// "at 08:52 IST on 15 October": the day written after
				if d, ok := dayOn(clause[i+n:], st.year, lang); ok {
					st.year, st.month, st.day = d.year, d.month, d.day
				}
			}
			if !st.hasDate() {
				// "between 3:47 PM CET and 11:21 PM CET on October 17,
				// 2020": the day written after a same-day range's end is
				// its start's too
				if d, ok := rangeEndDay(clause[i+n:], st, lang); ok {
					st.year, st.month, st.day, st.endDay = d.year, d.month, d.day, true
				}
			}
			if !st.hasDate() {
				// "from Wednesday, February 9 at 12:30 PM PT": the day
				// written right before the time;
				// "operational by March 9, 08:58 UTC": the day and its time
				// with only a comma between
				w, ok := strings.CutSuffix(strings.TrimRight(clause[:i], " "), " at")
				if !ok {
					w, ok = strings.CutSuffix(strings.TrimRight(clause[:i], " "), ",")
				}
				if ok && w != "" && (isDigitByte(w[len(w)-1]) || ordinalEnd(w)) {
					if mds := monthDays(w[max(0, len(w)-20):]); len(mds) > 0 {
						st.month, st.day = mds[len(mds)-1][0], mds[len(mds)-1][1]
					}
				}
				if !ok && i > 0 && clause[i-1] == ' ' && !yearAfter.MatchString(strings.TrimLeft(clause[i+n:], " ")) {
					// "made between January 31st 17:20 UTC and 00:00
					// UTC": a month's day and its clock with only a
					// space between (not a machine's "Wed May 20
					// 09:14:02 UTC 2026", whose year comes last: when
					// a mail was sent)
					if m := monthDayEnd.FindStringSubmatch(clause[max(0, i-24):i]); m != nil {
						if mo, d := monthOf(m[1]), atoi(m[2]); mo > 0 && d >= 1 && d <= 31 {
							st.month, st.day = mo, d
						}
					}
				}
				// "on March 8, 2023, at 06:00 UTC": the same with its year
				if m := dayYearEnd.FindStringSubmatch(strings.TrimSuffix(w, ",")); ok && m != nil {
					if mo, d := monthOf(m[1]), atoi(m[2]); mo > 0 && d >= 1 && d <= 31 {
						st.year, st.month, st.day = atoi(m[3]), mo, d
					}
				}
			}
			if !st.hasDate() {
				// "on Thursday, October 16th, from 11:27 am": the day
				// the clause says it happened on, before the time
				if j := strings.LastIndex(strings.ToLower(clause[:i]), "on "); j >= 0 && (j == 0 || clause[j-1] == ' ') {
					if mds := monthDays(clause[j:i]); len(mds) > 0 {
						st.month, st.day = mds[len(mds)-1][0], mds[len(mds)-1][1]
					}
				} else if i <= 60 && dayAdverbLead(clause[:i]) {
					// "Yesterday, Wednesday 26 November, between 6:40 pm
					// and …": the day the clause opens with, after the
					// word that says which day it was
					if mds := monthDays(clause[:i]); len(mds) > 0 {
						st.month, st.day = mds[len(mds)-1][0], mds[len(mds)-1][1]
					}
				}
			}
			return st, true
		}
	}
	return stamp{}, false
}

// dayAdverbLead reports whether a clause opens with the word that says
// which day it tells of, a weekday or one relative to the writing:
// "Yesterday, Wednesday 26 November, …", "Wednesday 26 November, …",
// "Last night, …".
func dayAdverbLead(s string) bool {
	l := asciiLower(strings.TrimLeft(s, " *_"))
	for _, w := range dayAdverbs {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	for _, names := range weekdayNames {
		if strings.HasPrefix(l, names[0]) {
			return true
		}
	}
	return false
}

// dayAdverbs are the English words that open a clause by saying which
// day it was, relative to the writing.
var dayAdverbs = []string{"yesterday", "today", "tonight", "last night", "this morning", "this afternoon", "this evening", "earlier today"}

// rangeEndDay reads the day written after a range's end, after its start
// ("… and 11:21 PM CET on October 17, 2020", "… to 14:40 UTC on 3 May"):
// the start's day too when the end, a clock time without a day of its
// own, is not before the start (a range over midnight, "from 23:10 to
// 01:20 on March 4", names the end's day). ok is false otherwise.
func rangeEndDay(rest string, start stamp, lang string) (stamp, bool) {
	r := strings.TrimLeft(rest, " ")
	cut := false
	for _, w := range []string{"and ", "to ", "until ", "till ", "through ", "-", "–", "—"} {
		if r, cut = strings.CutPrefix(r, w); cut {
			break
		}
	}
	if r = strings.TrimLeft(r, " "); !cut || r == "" || !isDigitByte(r[0]) {
		return stamp{}, false
	}
	end, m, ok := parseStamp(r, lang)
	if !ok || !end.hasClock() || end.hasDate() || end.hour*60+end.min < start.hour*60+start.min {
		return stamp{}, false
	}
	return dayOn(r[m:], start.year, lang)
}

// dayOn reads the day written with "on" after a clock time ("… on 15
// October", "…, on March 4, 2025"): a date without a clock, or a day and
// month ("on 13 January") in year. ok is false when rest tells none.
func dayOn(rest string, year int, lang string) (stamp, bool) {
	after, on := strings.CutPrefix(strings.TrimLeft(rest, " ,"), "on ")
	if !on {
		return stamp{}, false
	}
	if d, _, ok := parseStamp(after, lang); ok && d.hasDate() && !d.hasClock() {
		return d, true
	}
	if day, month := dayMonth(after); month > 0 {
		return stamp{year: year, month: month, day: day}, true
	}
	return stamp{}, false
}

// dayYearEnd is a full English date that ends the text before a clock
// time: "… on March 8, 2023".
// monthDayEnd is an English month's day right before a clock time, only
// a space between: "January 31st ", "Mar 4 ".
var monthDayEnd = regexp.MustCompile(`\b(` + enMonthName + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s$`)

var dayYearEnd = regexp.MustCompile(`\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)$`)

// dayBeforeComma is a clause piece that ends with a day whose clock time
// is the next piece (clockFirst): "to February 5, " before "22:09 UTC",
// "until September 25, 2020, " before "at 03:00 UTC" (a day after a time,
// "by 2:11 AM on February 29th, with …", is that time's).
var (
	dayBeforeComma = regexp.MustCompile(`\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,(?:\s+(?:19|20)\d\d,)?\s*$`)
	clockFirst     = regexp.MustCompile(`^(?:at\s+)?\d{1,2}:\d{2}`)
)

// ordinalEnd reports whether s ends with a day's ordinal ("9th", "1st").
func ordinalEnd(s string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if t, ok := strings.CutSuffix(s, suf); ok && t != "" && isDigitByte(t[len(t)-1]) {
			return true
		}
	}
	return false
}

// dayParts are the parts of a day a Chinese clock time is written after.
var dayParts = []string{"凌晨", "清晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "夜间", "深夜", "午夜"}

// allStartWithClock reports whether every clause starts with a time.
// clockClauses joins the clauses of a line of events into one event each
// when the first starts with a clock time: a clause that starts with none
// goes on the one before it. nil when the first has no clock time.
func clockClauses(cl []string, lang string) []string {
	var out []string
	for _, c := range cl {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if _, ok := clockAt(withoutLeadNoise(c), lang); ok {
			out = append(out, c)
			continue
		}
		if len(out) == 0 {
			return nil
		}
		out[len(out)-1] += "；" + c
	}
	return out
}

func allStartWithClock(cl []string, lang string) bool {
	for _, c := range cl {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if _, ok := clockAt(withoutLeadNoise(c), lang); !ok {
			return false
		}
	}
	return true
}

// dayMonth reads a day written before its month, without a year: "13
// January", "2nd March". month is 0 when s does not start with one.
func dayMonth(s string) (day, month int) {
	d, n := scanInt(s, 2)
	if n == 0 || d < 1 || d > 31 {
		return 0, 0
	}
	rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s[n:], "st"), "nd"), "rd"), "th"), " ")
	if m := monthOf(leadingWord(rest)); m > 0 {
		return d, m
	}
	return 0, 0
}

// clockAt reads a clock time at the start of s.
func clockAt(s, lang string) (stamp, bool) {
	st, _, ok := parseStamp(s, lang)
	return st, ok && st.hasClock()
}

// rowLine joins a table row into "time text", merging a date cell and a
// time cell ("2019-12-04 | 00:30 | text").
// anyCellStamp reports whether a cell of a row opens with a time: a row
// of events or of a record's fields ("Began | 07 Apr 2025 14:18 UTC"),
// not a header row naming the zone ("Time (UTC) | Event").
func anyCellStamp(cells []string, lang string) bool {
	for _, c := range cells {
		if st, _, ok := parseStamp(strings.TrimSpace(c), lang); ok && (st.hasDate() || st.hasClock()) {
			return true
		}
	}
	return false
}

func rowLine(cells []string, lang string) string {
	if len(cells) >= 3 {
		if st, _, ok := parseStamp(cells[0], lang); ok && st.hasDate() && !st.hasClock() {
			if st2, _, ok := parseStamp(cells[1], lang); ok && !st2.hasDate() && st2.hasClock() {
				return cells[0] + " " + cells[1] + " " + strings.Join(cells[2:], " ")
			}
		}
	}
	return strings.Join(cells, " ")
}

// head returns about the first n bytes of s, cut on a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// resolvedCue marks an event that ends an incident.
var resolvedCue = newAltRegexp(`(?i)^recovery\s*[:：]|^fixed\s*[:：]|^fixed (?:at|on)\b|→\s*(?:fixed|resolved)\b|\b(?:loading|loads|working|works) again\b|\bresolved\b|\brestored\b|\brecovered\b|\b(?:full|complete|final) resolution\b|\bresolution(?:\s*[:：–—-]|\s+(?:time|at|of|was|is|has|came|occurred|and recovery|steps?|notes?)\b|\s*$)|back to normal|\b(?:errors?|error rates?|failures?|failure rates?)\b[^.;]{0,60}?\b(?:back (?:down )?to|dropped to|drop to|fell to|returned to) zero\b|(?:returned|returns|returning|recovered) to normal|fully operational|systems operational|\b(?:service|services|site|website|platform|api|application|app) (?:(?:is|are|was|were) )?(?:again |back )?operational\b|all systems|working as (?:intended|expected)|(?:operating|working|running|functioning) normally|back (?:in |into )?operation(?:al)?\b|back online|back up and running|\b(?:is|are|was|were) back(?:[.,;]| and\b|$)|\beverything(?:'s|’s| is| was)? back\b|recovery[^.;]{0,30}complete|mitigated|\b(?:incident|outage|disruption|downtime|impact) (?:is |has )?(?:closed|over|ended|ends)\b|恢复正常|全部恢复|完全恢复|彻底恢复|已解决|全部解决|已恢复|故障结束|事件结束|恢复到|处理完毕|恢复服务|恢复访问|恢复完成|陆续恢复|\b(?:full service|service|services|the (?:app|site|website|service|platform)|access|everything) (?:fully )?(?:came|come) back\b|故障解除|处理结束|全流量开放|光缆恢复|恢复至正常|(?:故障|服务|业务)(?:已)?恢复(?:[。，,.；;！!]|$)`)

// resolvedKeys: every match of resolvedCue, lowered, holds one of them
// (TestResolvedKeys checks), a cheap test before the expression.
// They are the alternatives' words in full where a short one is common in
// events that tell no resolution ("incident" in "Incident declared",
// "back " in "rolled back "). (?i) folds two runes that asciiLower keeps
// to ASCII letters (ſ to s, the Kelvin sign to k): a text with either is
// left to the expression.
var resolvedKeys = []string{"fixed", "loading again", "loads again", "working again", "works again", "recover", "resol", "restored", "to normal", "to zero", "normally", "operational", "all systems", "working as", "mitigated",
	"back operation", "back in operation", "back into operation", "back online", "back up and running", "is back", "are back", "was back", "were back",
	"everything back", "everything's back", "everything’s back",
	"恢复", "解决", "结束", "处理完毕", "解除", "全流量", "came back", "come back"}

func init() {
	// "Incident closed", "Outage ends", "Impact has ended", "downtime is
	// over": each of the words the end is told of, with each verb
	for _, n := range []string{"incident", "outage", "disruption", "downtime", "impact"} {
		for _, m := range []string{" ", " is ", " has "} {
			for _, v := range []string{"closed", "over", "ended", "ends"} {
				resolvedKeys = append(resolvedKeys, n+m+v)
			}
		}
	}
}

// keysLower is a lower-case form of s that holds a key of ASCII letters
// or of caseless runes (Chinese) exactly when strings.ToLower(s) does:
// asciiLower(s), which costs far less, unless s has a rune ToLower makes
// an ASCII letter.
func keysLower(s string) string {
	if lowersToASCII(s) {
		return strings.ToLower(s)
	}
	return asciiLower(s)
}

// lowersToASCII reports whether s holds a rune strings.ToLower makes an
// ASCII letter: İ (i) or the Kelvin sign (k).
func lowersToASCII(s string) bool {
	return strings.Contains(s, "\u0130") || strings.Contains(s, "\u212a")
}

// foldsToASCII reports whether s holds a rune (?i) takes for an ASCII
// letter: ſ (s) or the Kelvin sign (k).
func foldsToASCII(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// resolvedNow reports whether an event says the incident was resolved,
// not that it will or may be ("Some of this space will automatically be
// recovered", "once the queue is restored").
func resolvedNow(text string) bool {
	if !containsAny(asciiLower(text), resolvedKeys) && !foldsToASCII(text) {
		return false
	}
	told := func(loc []int) bool {
		before := strings.ToLower(text[max(0, loc[0]-30):loc[0]])
		return !notYet.MatchString(before) || untilThen(before) || pastWhen(before)
	}
	// the first match alone first: it is the first of the four, and most
	// often tells it; the others are looked for only when it does not
	first := resolvedCue.FindStringIndex(text)
	if first == nil || told(first) {
		return first != nil
	}
	for _, loc := range resolvedCue.FindAllStringIndex(text, 4)[1:] {
		if told(loc) {
			return true
		}
	}
	return false
}

// untilThen reports whether what comes before a resolution says it came
// only then ("直到21:30前后才恢复", "直到凌晨0:56全部恢复": it did, at that
// time), not that it is yet to come ("直到恢复为止").
func untilThen(before string) bool {
	k := strings.LastIndex(before, "直到")
	return k >= 0 && (strings.HasSuffix(strings.TrimSpace(before), "才") || toldClock.MatchString(before[k:]) && !containsAnyRune(before[k:], "未没不")) && !containsAnyRune(before[k:], "将会") && !strings.Contains(before[k:], "预计")
}

// pastWhen reports whether what comes before a resolution tells it in
// the past after "when", "once" or "until" ("…declined until 12.25am on
// Saturday, when all services were fully restored"): it came then, as
// "when it is restored" says it has yet to.
func pastWhen(before string) bool {
	if !strings.Contains(before, "was ") && !strings.Contains(before, "were ") && !strings.Contains(before, "had been ") {
		return false
	}
	m := pastWhenAux.FindStringSubmatch(before)
	return m != nil && !pastWhenDenied.MatchString(m[1])
}

var (
	// pastWhenAux: "when", "once" or "until", what it says, then a past
	// auxiliary and perhaps an adverb, right before the resolution's word
	pastWhenAux = regexp.MustCompile(`\b(?:when|once|until)\b([^.;]*?)\b(?:was|were|had been)\s+(?:(?:fully|finally|largely|completely|eventually|then|all)\s+)?$`)
	// pastWhenDenied: words between that keep it unsaid or yet to come
	pastWhenDenied = regexp.MustCompile(`\b(?:will|would|should|could|may|might|not|never|if|expect\w*)\b`)
)

// toldClock is a clock time told in Chinese text: "0:56", "2点", "14时"
// ("直到1月1日凌晨0:56全部恢复": it did, then).
var toldClock = regexp.MustCompile(`\d\s*[:：点时]`)

// notYet are the words before a resolution that say it has not happened.
var notYet = regexp.MustCompile(`\b(?:will|would|should|could|may|might|until|once|if|when|before|expect(?:ed|s)? to|not|never)\b[^.;]*$|将|会|预计|尚未|未|直到|之前`)

// detectedCue marks the event a write-up names as the incident's start.
var detectedCue = regexp.MustCompile(`(?i)^(?:first detected|detected|fault occur(?:s|red)?|incident (?:start(?:ed|s)?|began|begins)|impact (?:start(?:ed|s)?|began|begins)|outage (?:start(?:ed|s)?|began|begins)|issue (?:start(?:ed|s)?|began))\b|^(?:故障开始|开始时间|首次发现|发现时间|故障发生|起\s*[，,])`)

// declaredCue marks the event at which an incident was declared.
var declaredCue = regexp.MustCompile(`(?i)^incident (?:was )?declared\b`)

// impactBegins is an event's closing words that say the incident began
// with it: "First edge locations report errors. Impact begins.",
// "监控发现失败率上升，故障开始".
var impactBegins = regexp.MustCompile(`(?i)(?:^|[.;:,。；：，(（]\s*)(?:customer |user )?(?:impact|outage|incident) (?:begins|began|starts|started)\.?[)）]?$|(?:故障|影响|事件)开始[。.]?[)）]?$`)

// impactStarts reports whether an event says the incident began with it.
func impactStarts(t string) bool {
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), "|")) // (a Markdown row's last cell: "| 20:00 | …，故障开始 |")
	return mayEndBegun(t) && impactBegins.MatchString(t)
}

// mayEndBegun is a cheap test that impactBegins can match t: every match
// ends t with begins, began, starts, started or 开始, then maybe a full
// stop.
func mayEndBegun(t string) bool {
	if foldsToASCII(t) {
		return true
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, ")"), "）") // "(impact begins)"
	u := strings.TrimSuffix(t, ".")
	if len(u) == len(t) {
		u = strings.TrimSuffix(t, "。")
	}
	if strings.HasSuffix(u, "开始") {
		return true
	}
	w := asciiLower(u[max(0, len(u)-7):])
	return strings.HasSuffix(w, "begins") || strings.HasSuffix(w, "began") || strings.HasSuffix(w, "starts") || strings.HasSuffix(w, "started")
}

// mayBeDetected is a cheap test that detectedCue can match.
func mayBeDetected(t string) bool {
	if t == "" {
		return false
	}
	if t[0] >= 0x80 {
		return strings.HasPrefix(t, "故障") || strings.HasPrefix(t, "开始") || strings.HasPrefix(t, "首次") || strings.HasPrefix(t, "发现") || strings.HasPrefix(t, "起")
	}
	return strings.IndexByte("DdFfIiOo", t[0]) >= 0
}

// resolvedToldIn reports whether an event at last says the incident was
// resolved and a paragraph of text (the opening) tells its clock beside the
// range from rs to re: "10:18至11:02期间同步调用失败…直至12:35全部恢复".
func resolvedToldIn(tb *timelineBuilder, rs, re, last time.Time, text string) bool {
	resolved := false
	for i, ev := range tb.events {
		if t, err := time.Parse(time.RFC3339, ev.At); err == nil && !tb.outside[i] && t.Equal(last) && resolvedNow(ev.Text) {
			resolved = true
			break
		}
	}
	if !resolved {
		return false
	}
	loc := last.Location()
	from, to, end := rs.In(loc).Format("15:04"), re.In(loc).Format("15:04"), last.Format("15:04")
	for _, p := range strings.Split(text, "\n") {
		i := strings.Index(p, to)
		if i < 0 || !strings.Contains(p[:i], from) {
			continue
		}
		// what it says from the range's end to just past the later
		// clock: that all came back then, not that the incident was
		// kept open ("kept the incident open in a monitoring state
		// until 09:00")
		rest := p[i+len(to):]
		if k := strings.Index(rest, end); k >= 0 {
			w := strings.ToLower(head(rest, k+len(end)+60))
			return fullRecoveryWords.MatchString(w) && !strings.Contains(w, "monitor") && !strings.Contains(w, "观察") && !strings.Contains(w, "closed")
		}
	}
	return false
}

// fullRecoveryWords say that all came back: "全部恢复", "fully recovered",
// "back to normal".
var fullRecoveryWords = regexp.MustCompile(`恢复|recover|restored|back to normal|resolved`)

// impactBegunLast is an event's last sentence that says the customers'
// impact began with it: "Ingestion lag … starts to grow. Customer impact
// begins."
var impactBegunLast = regexp.MustCompile(`(?i)(?:^|[.;。；]\s*)(?:customer |user )?impact (?:begins|began|starts|started)\s*[.。]?\s*$`)

// keyEventsBound reports whether the timeline's own events name both ends
// of the span from first to last: one at first that says the incident
// began ("Fault occurs 2020-02-18 14:13", "First detected …") and one at
// last that says it was resolved.
func keyEventsBound(tb *timelineBuilder, first, last time.Time) bool {
	began, ended := false, false
	for i, ev := range tb.events {
		t, err := time.Parse(time.RFC3339, ev.At)
		if err != nil || tb.outside[i] {
			continue
		}
		if t.Equal(first) && (mayBeDetected(ev.Text) && detectedCue.MatchString(ev.Text) || impactBegunLast.MatchString(ev.Text)) {
			began = true
		}
		if t.Equal(last) && resolvedNow(ev.Text) {
			ended = true
		}
	}
	return began && ended
}

// span returns when an incident started and ended by its timeline: events
// with a clock time count when there are any; a first event a day or more
// before all the others (a latent change that set it up) does not start
// it; it ends at the last event that says it is resolved, else the last.
func span(events []data.TimelineEvent, clock []bool, published string) (start, end time.Time) {
	// dates far from the write-up's own (an epoch, a history) are not the
	// incident's: from two years before it to a month after
	lo, hi := time.Time{}, time.Time{}
	if p, err := time.Parse("2006-01-02", published); err == nil {
		lo, hi = p.AddDate(-2, 0, 0), p.AddDate(0, 1, 0)
	}
	near := func(t time.Time) bool { return lo.IsZero() || !t.Before(lo) && !t.After(hi) }
	type ev struct {
		t    time.Time
		text string
	}
	var all []ev
	anyClock := false
	for i, e := range events {
		if t, err := time.Parse(time.RFC3339, e.At); err == nil && clock[i] && near(t) && !plannedStep(e, "") {
			anyClock = true
			all = append(all, ev{t, e.Text})
		}
	}
	if !anyClock {
		for _, e := range events {
			if t, err := time.Parse(time.RFC3339, e.At); err == nil && near(t) {
				all = append(all, ev{t, e.Text})
			}
		}
	}
	if len(all) == 0 {
		return
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].t.Before(all[j].t) })
	// an event that says the incident began or was declared is never
	// cut off as another story
	opens := func(evs []ev) bool {
		for _, e := range evs {
			if mayBeDetected(e.text) && (detectedCue.MatchString(e.text) || declaredCue.MatchString(e.text)) {
				return true
			}
		}
		return false
	}
	ends := func(evs []ev) bool {
		for _, e := range evs {
			if resolvedNow(e.text) {
				return true
			}
		}
		return false
	}
	if len(all) >= 3 && all[1].t.Sub(all[0].t) >= 24*time.Hour && all[len(all)-1].t.Sub(all[1].t) < all[1].t.Sub(all[0].t) && !opens(all[:1]) {
		all = all[1:]
	}
	// events days apart from the rest are another story (a beta test,
	// the change that set it up, a follow-up weeks later): at the widest
	// gap of two days or more, the side with most events is the incident
	// when it lasts less than the gap
	for k := 0; k < 3 && len(all) >= 2; k++ {
		g := 0
		for i := 1; i+1 < len(all); i++ {
			if all[i+1].t.Sub(all[i].t) > all[g+1].t.Sub(all[g].t) {
				g = i
			}
		}
		gap := all[g+1].t.Sub(all[g].t)
		if gap < 48*time.Hour {
			break
		}
		before, after := all[:g+1], all[g+1:]
		spanB, spanA := before[len(before)-1].t.Sub(before[0].t), after[len(after)-1].t.Sub(after[0].t)
		switch {
		case len(after) >= len(before) && len(after) >= 2 && spanA < gap && !opens(before):
			all = after
		case len(before) > len(after) && len(before) >= 2 && spanB < gap && (ends(before) || !ends(after)):
			// a resolution told only after the gap ("Resolved 2023-11-03
			// 14:38" under a first day of events) says the incident ran
			// across it: it is not another story
			all = before
		default:
			k = 3
		}
	}
	for len(all) >= 3 && (calmBefore(all[0].text) || noImpactStep.MatchString(all[0].text) || plannedDone.MatchString(all[0].text)) && all[1].t.Sub(all[0].t) <= 6*time.Hour {
		// "| 19:30 | 流量开始上升，各项指标正常 |", "9:30 AM | Router 1
		// drained, updated and returned to service with no impact": the
		// calm before it, not its start
		all = all[1:]
	}
	start = all[0].t
	end = all[len(all)-1].t
	for _, e := range all {
		if opensAt(e.text) {
			start = e.t // "First detected 2026-03-30 08:56" says when it began
			break
		}
	}
	impactEnded := -1 // the last event that says the impact ended ("… customer impact ends.")
	for i := len(all) - 1; i > 0 && impactEnded < 0; i-- {
		if t := all[i].text; (strings.Contains(t, "mpact") || strings.Contains(t, "utage") || strings.Contains(t, "结束") || strings.Contains(t, "解除")) && impactEnds.MatchString(t) {
			impactEnded = i
		}
	}
	recovered := func(t string) bool {
		// (the cheap tests first: "last", "最后", "recover", "resolving")
		return (strings.Contains(t, "last") || strings.Contains(t, "最后")) && lastRecovered.MatchString(t) ||
			(strings.Contains(t, "ecover") || strings.Contains(t, "esolving")) && recoveryTold.MatchString(t)
	}
	for i := len(all) - 1; i > 0; i-- {
		if impactEnded > 0 {
			end = all[impactEnded].t
			break
		}
		if resolvedNow(all[i].text) || recovered(all[i].text) {
			if adminClosed.MatchString(strings.TrimSpace(all[i].text)) && slices.ContainsFunc(all[1:i], func(e ev) bool {
				return (resolvedNow(e.text) || recovered(e.text)) && !adminClosed.MatchString(strings.TrimSpace(e.text))
			}) {
				continue // "Incident closed." after the one that tells it was over
			}
			end = all[i].t
			if partialRecovery.MatchString(all[i].text) {
				// a recovery in stages ("Most customers recovered by
				// 16:45 UTC; the last affected databases came back at
				// 17:30 UTC"): it ended at the later event that tells
				// the rest came back
				for _, later := range all[i+1:] {
					if restCameBack.MatchString(later.text) || elidedRecovery.MatchString(later.text) {
						// ("Amsterdam recovered at 15:10 UTC, Stockholm at
						// 15:52 UTC and London at 16:31 UTC": the list's
						// later items say "recovered" by ellipsis)
						end = later.t
					}
				}
			}
			break
		}
	}
	worded := func(e ev) bool { return strings.IndexFunc(e.text, unicode.IsLetter) >= 0 }
	if last := all[len(all)-1]; end.Equal(last.t) && !worded(last) && slices.ContainsFunc(all[:len(all)-1], worded) {
		// a stamp alone that signs a notice off ("USTCLUG / 2018-06-14
		// 01:10:50") under events that tell what happened says when it
		// was written, while the outage went on: no end
		end = time.Time{}
	}
	if !end.After(start) {
		end = time.Time{}
	}
	return start, end
}

// compensationTerms reports whether a paragraph tells when a compensation
// is paid out and until when it may be claimed ("补偿将于4月17日12:00前通过游
// 戏内邮件发放，领取截止时间为2026年4月30日23:59", "Please raise your SLA
// credit claim on or before 15/03/2026"): its dates are the terms', no
// event of the outage.
func compensationTerms(text string) bool {
	if len(text) > 600 {
		return false
	}
	low := asciiLower(text)
	return containsAny(low, compensationWords) && containsAny(low, claimByWords)
}

var (
	compensationWords = []string{"补偿", "奖励", "礼包", "退费", "退款", "赔付", "手续费", "代金券", "credit", "refund", "compensation", "voucher"}
	claimByWords      = []string{"截止", "逾期", "前领取", "前发放", "前退回", "前自动", "deadline", "claim by", "on or before", "no later than", "expires"}
)

// compensationField is a line of a notice's compensation terms: to whom
// and when it is paid, which dates no event of the outage.
var compensationField = regexp.MustCompile(`(?i)^[:：]?(?:(?:发放|补偿|赔偿|领取|返还|补发)(?:对象|时间|方式|条件|范围|说明|标准|截止时间|截止日期|期限|有效期)\s*[:：]|(?:eligib(?:le|ility)|credit eligibility|credits? (?:will be )?(?:issued|applied) (?:by|on))\b)`)

// impactEnds is an event's words that say the impact ended with it
// ("All databases healthy; customer impact ends.", "影响结束"); adminClosed
// one that only closes the incident's record or channel, tells the
// status page was set, or posts the report on it ("Mini Incident Report
// …", two days on), or declares it over after watching it ("After a
// period of monitoring, the incident is declared mitigated"), later.
var (
	impactEnds  = regexp.MustCompile(`(?i)(?:^|[.;:,。；：，(（]\s*)(?:customer |user )?(?:impact|outage) (?:ends|ended|is over|was over|over(?:[.;,!]|\s*$))|(?:故障|影响)(?:结束|解除)`)
	adminClosed = regexp.MustCompile(`(?i)^(?:the )?(?:incident|ticket|incident channel|channel|bridge|war room)(?: was| is)? closed\b|^closed (?:at|on)\b|^(?:after|following) (?:a (?:period|further \w+) of |an? \w+ of |\w+ (?:minutes?|hours?) of )?monitoring,? (?:the )?incident (?:is |was )?(?:declared|marked) (?:mitigated|resolved|closed)\b|^(?:the )?status page\b|^(?:the )?(?:service health |status |health )?dashboard (?:was )?updated\b|^(?:mini |preliminary |full |final )?(?:incident report|post[- ]incident (?:report|review)|postmortem|post-mortem|root cause analysis|rca)\b|^(?:事件|工单)(?:已)?关闭`)
)

// recoveryTold is an event's words that the whole came back or that
// the incident is being resolved now: "full recovery confirmed",
// "resolving #77".
var recoveryTold = regexp.MustCompile(`(?i)\bfull recovery\b|\bfully recovered\b|\bresolving (?:the incident|incident|#\d+)`)

// lastRecovered is an event that says its part was the last to come
// back: "Fukuoka … was the last airport to recover, at 11:25 a.m.", "最后
// 恢复的是…".
var lastRecovered = regexp.MustCompile(`(?i)\b(?:was|were) the last\b[^.;]{0,40}\bto (?:recover|be restored|come back|return)\b|最后(?:一个|一批)?恢复`)

// calmBefore reports whether an event says all was still well ("各项指标
// 正常", "all metrics normal", "no errors yet"), not that it came back.
func calmBefore(text string) bool {
	return calmWords.MatchString(text) && !recoveredWords.MatchString(text)
}

var (
	calmWords      = regexp.MustCompile(`(?i)(?:各项|所有)?指标(?:均|都|一切)?正常|一切正常|暂无异常|未见异常|\b(?:all )?(?:metrics|dashboards|indicators|systems) (?:are |were |look |looked |still )*(?:normal|green|healthy)\b|\bno (?:errors|alerts|impact) (?:yet|so far)\b`)
	recoveredWords = regexp.MustCompile(`(?i)恢复|回落|\b(?:recover|restor|back\b|return)`)
	// plannedDone is a step that says a planned maintenance was done or
	// under way, or the service opened on time after it: "已于6月30日
	// 06:00-10:00完成2.4版本更新维护", "并于10:00准时开服", "Scheduled
	// maintenance completed", a status page's "[Maintenance In Progress]
	// Scheduled maintenance has started", a listed window's "… ·
	// Completed".
	plannedDone = regexp.MustCompile(`(?i)完成[^，。；]{0,16}维护|维护(?:已)?(?:完成|结束)|(?:准时|按时)开服|\b(?:planned|scheduled|routine) maintenance (?:was |has been )?(?:completed|finished|started|begun)\b|^\[?maintenance (?:in progress|completed|started|scheduled)\b|\bscheduled maintenance has (?:started|begun)\b|\bmaintenance (?:is (?:currently |now )?in progress|has been completed|is (?:now )?complete)\b|·\s*completed$`)
	// noImpactStep is a step that says it touched no one: "… returned
	// to service with no impact", "applied without customer impact".
	noImpactStep = regexp.MustCompile(`(?i)\b(?:with|had|caused|saw|showed|there was|there were) no (?:customer |user |visible )?impact\b|\bwithout (?:any )?(?:customer |user |visible )?impact\b|未(?:对用户)?造成(?:任何)?影响|无(?:业务)?影响`)
)

// partialRecovery is a recovery of a part: "Most customers recovered",
// "partially restored", "部分恢复".
var partialRecovery = regexp.MustCompile(`(?i)\b(?:most|many|some|the majority of|partially|partial|largely|mostly)\b[^.;]{0,60}\b(?:recovered|restored|resolved|back|returned to normal)\b|\b(?:recovered|restored|came back) (?:at different times|in stages|one by one|region by region)\b|部分恢复|基本恢复|大部分`)

// elidedRecovery is a later item of a list of recoveries that leaves out
// its verb: "Stockholm at 15:52 UTC", "and London at 16:31 UTC".
var elidedRecovery = regexp.MustCompile(`^(?:and\s+)?[A-Z][\w-]*(?:\s+[\w()-]+){0,3}\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,5})?(?:[.,;]|$)`)

// restCameBack tells that what was left came back: "the last affected
// databases came back", "fully restored", "全部恢复".
var restCameBack = regexp.MustCompile(`(?i)\b(?:came|come|were|was|are|is) back\b|\bsucceeded (?:again )?in all (?:regions|zones|locations|sites)\b|\bback online\b|\bfully (?:recovered|restored|resolved|operational)\b|\ball (?:\w+ ){0,3}(?:recovered|restored)\b|全部恢复|完全恢复|全面恢复`)

// A stated range of clock times: "14时10分至21时45分", "from 9:16 PM to
// 11:16 PM PDT", "between 14:02 and 15:21 UTC".
var (
	zhRange = regexp.MustCompile(`(\d{1,2})\s*[时点:：]\s*(\d{1,2})?\s*分?\s*(?:至|到|~|～|-|—)\s*(?:次日\s*)?(\d{1,2})\s*[时点:：]\s*(\d{1,2})?\s*分?`)
	enRange = regexp.MustCompile(`(?i)\b(?:from|between)\s+(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*(?:\(?(UTC|GMT|PST|PDT|EST|EDT|CET|CEST|BST)\)?\s*)?(?:to|and|until|-)\s+(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*\(?(UTC|GMT|PST|PDT|EST|EDT|CET|CEST|BST)?\)?`)
)

// statedRange reads the outage's clock times from a sentence that states
// them, on the incident's day; zero times when none is stated.
func (tb *timelineBuilder) statedRange(text string) (start, end time.Time) {
	text = head(text, 4000)
	// one regexp run each, and the English one only where "from" or
	// "between" comes before a number: both are slow on long texts
	var zm, em []int
	if tb.lang == "zh" {
		zm = zhRange.FindStringSubmatchIndex(text)
	}
	if zm == nil && fromNumber(text) {
		em = enRange.FindStringSubmatchIndex(text)
	}
	sub := func(m []int, i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	b := tb.baseDay
	// the day is the last date written shortly before the range
	for _, m := range [][]int{zm, em} {
		if m != nil {
			if d := incidentDayBefore(text[max(0, m[0]-300):m[0]], tb.lang, tb.refYear); !d.IsZero() {
				b = d
			}
			break
		}
	}
	if b.IsZero() {
		return
	}
	at := func(h, m int, loc *time.Location) time.Time {
		return time.Date(b.Year(), b.Month(), b.Day(), h, m, 0, 0, loc)
	}
	if m := zm; m != nil {
		h1, m1, h2, m2 := atoi(sub(m, 1)), max0(atoi(sub(m, 2))), atoi(sub(m, 3)), max0(atoi(sub(m, 4)))
		if h1 <= 24 && h2 <= 24 && m1 < 60 && m2 < 60 {
			start, end = at(h1, m1, tb.loc), at(h2, m2, tb.loc)
		}
	} else if em != nil && (sub(em, 2) != "" || sub(em, 3) != "") && (sub(em, 6) != "" || sub(em, 7) != "") {
		m := make([]string, 9)
		for i := range m {
			m[i] = sub(em, i)
		}
		loc := tb.loc
		for _, z := range []string{m[8], m[4]} {
			if l := zoneFor(z, tb.lang); z != "" && l != nil {
				loc = l
				break
			}
		}
		h1, h2 := adjustHour(atoi(m[1]), m[3]), adjustHour(atoi(m[5]), m[7])
		if m[3] == "" && m[7] != "" && strings.EqualFold(m[7][:1], "p") && h1 < 12 && h1+12 <= h2 {
			h1 += 12 // "from 9:16 to 11:16 PM"
		}
		if h1 <= 24 && h2 <= 24 {
			start, end = at(h1, max0(atoi(m[2])), loc), at(h2, max0(atoi(m[6])), loc)
		}
	}
	if !start.IsZero() && !end.After(start) {
		end = end.AddDate(0, 0, 1) // past midnight
	}
	return start, end
}

// fromNumber reports whether "from" or "between", in any case, is followed
// by white space and a digit somewhere in text: where enRange can match.
func fromNumber(text string) bool {
	for _, w := range []string{"from", "between"} {
		for i := 0; i+len(w) < len(text); {
			j := indexFold(text[i:], w)
			if j < 0 {
				break
			}
			k := i + j + len(w)
			n := k
			for n < len(text) && (text[n] == ' ' || text[n] == '\t' || text[n] == '\n' || text[n] == '\r' || text[n] == '\f') {
				n++
			}
			if n > k && n < len(text) && text[n] >= '0' && text[n] <= '9' {
				return true
			}
			i = k
		}
	}
	return false
}

// indexFold is strings.Index for an ASCII lower-case word, in any case.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		c := s[i] | 0x20
		if c == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}

// openingDayRE is a write-up's opening that names the day first, with its
// year: "On November 25, 2020, …", "On Saturday, December 22nd, 2012, …".
var openingDayRE = regexp.MustCompile(`^On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}),\s+`)

// openingDay adds the event of a write-up's opening sentence when it names
// the day what it tells happened, and no clock time ("On November 25, 2020,
// Amazon Kinesis … experienced a service disruption."): the story's first
// event, though the day's clock times are told further on (proseDays
// leaves out a day that has them, and runs only where few clock times are
// told). A write-up with a timeline section of its own is left as it is.
// It reports whether it added one.
func openingDay(para string, tb *timelineBuilder) bool {
	sents := firstSentences(para, 1)
	if len(sents) == 0 {
		return false
	}
	for _, out := range tb.outside {
		if !out {
			return false // a write-up with a timeline of its own tells its events there
		}
	}
	sent := strings.TrimSpace(sents[0])
	m := openingDayRE.FindStringSubmatch(sent)
	if m == nil || len(strings.Fields(sent[len(m[0]):])) < 3 {
		return false
	}
	if _, ok := clockIn(sent, tb.lang); ok {
		return false // a clock time's sentence is the timeline's to tell
	}
	day, year := atoi(m[2]), atoi(m[3])
	t := time.Date(year, time.Month(monthOf(m[1])), day, 0, 0, 0, 0, tb.loc)
	if t.Day() != day {
		return false
	}
	for _, ev := range tb.events {
		if strings.Contains(ev.Text, sent) || strings.Contains(sent, strings.TrimSpace(ev.Text)) {
			return false // told already
		}
	}
	tb.appendEvent(data.TimelineEvent{At: t.Format(time.RFC3339), TimeText: strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m[0]), ",")), Text: sent}, false, true)
	return true
}

// datedRangeOpening reports whether a clause opens with the day and then
// gives the incident's span as a range whose first time is at
// ("On Tuesday, March 4, 2025, between 09:12 and 09:40 UTC, …"): the
// summary's span, so a later sentence that tells that time as its own
// ("At 09:12 UTC, a schema migration …") is the event.
func datedRangeOpening(clause, at string) bool {
	i := strings.Index(clause, at)
	if i <= 0 || clockCount(clause) < 2 {
		return false
	}
	before := strings.TrimRight(clause[:i], " ")
	return rangeOpener.MatchString(before) && enMonthDay.MatchString(before)
}

// rangeOpener ends the text before a range's first time: "between",
// "from".
var rangeOpener = regexp.MustCompile(`(?i)(?:^|\s)(?:between|from)$`)
