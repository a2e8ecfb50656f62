package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// leadNoise is what may stand before an event's time: bullets, numbering,
// brackets, bold marks.
var leadNoise = regexp.MustCompile(`^(?:\s|[-*•·◇◆○●■□▪►>\[【（(]|\*\*|__|\d{1,2}[)）.、]\s|[（(]\d{1,2}[)）])*`)

var eventPunct = " \t,，:：;；.。-–—|)）]】*_"

// tableZone finds the zone a timeline table's header names: "Time (UTC)",
// "Date and Time in CET".
var tableZone = regexp.MustCompile(`\b(UTC|GMT|PST|PDT|EST|EDT|CST|CDT|MST|MDT|CET|CEST|BST|IST|JST|KST|SGT|HKT|AEST|AEDT)\b`)

// docZone finds a zone stated for the whole write-up ("All times are in
// UTC", "times in PDT").
var docZone = regexp.MustCompile(`(?i)(?:all times|times are|times in|time zone|timezone|times shown)[^.\n]{0,30}?\b(UTC|GMT|PST|PDT|EST|EDT|CET|CEST|BST|IST|JST|KST|SGT|HKT|AEST|AEDT)\b`)

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
	events   []data.TimelineEvent
}

func newTimelineBuilder(lang, published, text string) *timelineBuilder {
	tb := &timelineBuilder{lang: lang, loc: time.UTC}
	if lang == "zh" {
		tb.loc = time.FixedZone("", 8*3600)
	}
	if m := docZone.FindStringSubmatch(head(text, 6000)); m != nil {
		if loc := zoneFor(m[1], lang); loc != nil {
			tb.loc = loc
		}
	}
	if t, err := time.Parse("2006-01-02", published); err == nil {
		tb.refYear, tb.refMonth = t.Year(), int(t.Month())
	} else if m := zhDate.FindStringSubmatch(head(text, 2000)); m != nil {
		// 2021年5月: the write-up's month, for dates written without a year
		tb.refYear, tb.refMonth = atoi(m[1]), atoi(m[2])
	} else if m := isoDay.FindStringSubmatch(head(text, 2000)); m != nil {
		tb.refYear, tb.refMonth = atoi(m[1]), atoi(m[2])
	}
	tb.baseDay = incidentDay(head(text, 3000), lang, tb.refYear)
	if tb.baseDay.IsZero() {
		if t, err := time.Parse("2006-01-02", published); err == nil {
			tb.baseDay = t
		}
	}
	return tb
}

// incidentDay is the first full date the write-up's opening names ("On
// June 9, 2022", "2021年5月18日", "5月18日" with the write-up's year).
func incidentDay(text, lang string, refYear int) time.Time {
	var best time.Time
	bestAt := len(text) + 1
	try := func(at int, y, m, d int) {
		if at < bestAt && m >= 1 && m <= 12 && d >= 1 && d <= 31 && y > 1900 {
			best, bestAt = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), at
		}
	}
	if m := enDate.FindStringSubmatchIndex(text); m != nil {
		try(m[0], atoi(text[m[6]:m[7]]), int(monthByName[strings.ToLower(text[m[2]:m[3]])]), atoi(text[m[4]:m[5]]))
	}
	if m := zhDate.FindStringSubmatchIndex(text); m != nil && m[6] >= 0 {
		try(m[0], atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]]))
	}
	if m := isoDay.FindStringSubmatchIndex(text); m != nil {
		try(m[0], atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]]))
	}
	return best
}

// resolve turns a stamp into a time. ok is false when the date cannot be
// known (a clock time before any dated event and without a write-up date).
func (tb *timelineBuilder) resolve(st stamp, zone *time.Location) (time.Time, bool) {
	loc := tb.loc
	if zone != nil {
		loc = zone
	}
	if st.loc != nil {
		loc = st.loc
	}
	hour, min, sec := st.hour, st.min, st.sec
	if !st.hasClock() {
		hour, min, sec = 0, 0, 0
	}
	if st.hasDate() {
		year := st.year
		if year < 0 {
			switch {
			case tb.haveLast:
				year = tb.last.Year()
				if st.month < int(tb.last.Month()) && int(tb.last.Month())-st.month > 6 {
					year++ // Dec → Jan
				}
			case tb.refYear > 0:
				year = tb.refYear
				if st.month > tb.refMonth+1 {
					year-- // written in January about December
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
	t := time.Date(last.Year(), last.Month(), last.Day(), hour, min, sec, 0, loc)
	if t.Before(tb.last) && tb.last.Sub(t) > time.Hour {
		t = t.AddDate(0, 0, 1) // past midnight
	}
	return t, true
}

// add parses a line that may start with a time; it returns false when it
// does not. requireDate accepts only lines with a date and a clock time.
func (tb *timelineBuilder) add(line string, zone *time.Location, requireDate bool) bool {
	lead := leadNoise.FindString(line)
	s := line[len(lead):]
	st, n, ok := parseStamp(s, tb.lang)
	if !ok {
		return false
	}
	if requireDate && !(st.hasDate() && st.hasClock()) {
		return false
	}
	if !st.hasDate() && !st.hasClock() {
		return false
	}
	text := strings.Trim(s[n:], eventPunct)
	// "00:00-01:00," a range: drop its second half from the text
	if m := rangeEnd.FindString(s[n:]); m != "" {
		text = strings.Trim(s[n+len(m):], eventPunct)
	}
	if text == "" {
		return false
	}
	ev := data.TimelineEvent{TimeText: st.text, Text: text}
	if t, ok := tb.resolve(st, zone); ok {
		ev.At = t.Format(time.RFC3339)
		tb.last, tb.haveLast = t, true
	}
	tb.events = append(tb.events, ev)
	return true
}

var rangeEnd = regexp.MustCompile(`^\s*(?:-|–|—|~|～|至|到|to)\s*\d{1,2}[:：]\d{2}`)

// buildTimeline finds the timeline events of a sectioned document: every
// timed line of the timeline section, the rows of any table whose first
// cells hold times, and, outside the timeline section, list items that
// start with a full date and time.
func buildTimeline(s sectioned, tb *timelineBuilder) []data.TimelineEvent {
	var zone *time.Location
	for i, b := range s.blocks {
		inTimeline := s.secs[i] == data.SectionTimeline
		switch b.kind {
		case kindHeading:
			zone = nil
			if m := tableZone.FindStringSubmatch(b.text); m != nil && inTimeline {
				zone = zoneFor(m[1], tb.lang)
			}
		case kindRow:
			if len(b.cells) < 2 {
				continue
			}
			if m := tableZone.FindStringSubmatch(b.text); m != nil {
				if _, _, ok := parseStamp(strings.TrimSpace(b.cells[0]), tb.lang); !ok {
					zone = zoneFor(m[1], tb.lang) // a header row naming the zone
					continue
				}
			}
			line := rowLine(b.cells, tb.lang)
			tb.add(line, zone, false)
		case kindItem, kindPara:
			text := b.text
			if b.label != "" {
				text = b.label + ": " + b.text
			}
			if inTimeline {
				tb.add(text, zone, false)
			} else if b.kind == kindItem {
				tb.add(text, zone, true)
			}
		}
	}
	return tb.events
}

// rowLine joins a table row into "time text", merging a date cell and a
// time cell ("2019-12-04 | 00:30 | text").
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
