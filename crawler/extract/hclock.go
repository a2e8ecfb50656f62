package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// Clock times written with an "h" between hour and minute, as French,
// Belgian, Swiss and Portuguese pages write them ("Impact started at
// 01h35 CET", "00h50 CET Deploy begins", "at 10h12"), are read as the
// colon's ("01:35 CET"): every reader of clock times downstream knows
// the colon's form. The same letters also write a length ("the wall
// clock moved by 2h45", "1h45 or 2h45"), so a time is taken only where
// its form tells it: a two-digit hour ("01h35", "14h05"), or an hour of
// one digit with a zone after it ("9h05 CET") or a word before it that
// leads to a time ("at 9h05", "from 9h05", "à 9h05"); a length's word
// before ("by", "for", "lasted", "took", "after", "in") keeps any form
// a length.

// hClock is an hour, "h", two digits of minutes, whole: group 1 the
// hour, 2 the minutes.
var hClock = regexp.MustCompile(`\b([01]?\d|2[0-3])h([0-5]\d)\b`)

// hClockLeads lead to a clock time; hLengthLeads to a length.
var (
	hClockLeads  = map[string]bool{"at": true, "from": true, "since": true, "until": true, "till": true, "to": true, "and": true, "à": true, "de": true, "vers": true, "dès": true, "jusqu'à": true, "around": true, "about": true, "approximately": true, "~": true}
	hLengthLeads = map[string]bool{"by": true, "for": true, "lasted": true, "took": true, "after": true, "in": true, "over": true, "of": true, "within": true, "pendant": true, "durant": true, "than": true}
)

// timesAsRead rewrites in place the clock times of blocks' text and cells
// in forms the readers of times do not know as forms they do: "h" clock
// times (withHClocks), noon told as a time
// (withDayWordClocks), a chat's "Yesterday" and "Today" where the day
// it was exported (YYYY-MM-DD) is known (withChatDays). It returns the
// function that puts the blocks' own words back.
func timesAsRead(blocks []block, exported string) (restore func()) {
	type kept struct {
		i     int
		text  string
		cells []string
	}
	var was []kept
	day, err := time.Parse(time.DateOnly, exported)
	for i := range blocks {
		b := &blocks[i]
		text := withDayWordClocks(withHClocks(withUhrClocks(b.text)))
		if err == nil {
			text = withChatDays(text, day)
		}
		var cells []string
		for k, c := range b.cells {
			if r := withDayWordClocks(withHClocks(withUhrClocks(c))); r != c {
				if cells == nil {
					cells = slices.Clone(b.cells)
				}
				cells[k] = r
			}
		}
		if text == b.text && cells == nil {
			continue
		}
		was = append(was, kept{i, b.text, b.cells})
		b.text = text
		if cells != nil {
			b.cells = cells
		}
	}
	return func() {
		for _, k := range was {
			blocks[k.i].text, blocks[k.i].cells = k.text, k.cells
		}
	}
}

// clocksAsRead is text with its "h" clock times and its noon told as a
// time written as the readers of times know them (withHClocks,
// withDayWordClocks).
func clocksAsRead(text string) string {
	return withDayWordClocks(withHClocks(withUhrClocks(text)))
}

// uhrClock is a German clock time, "22.47 Uhr", "22:47 Uhr", "9 Uhr",
// with the day before it when one is written ("28.02.2026, 22.47 Uhr",
// "01.03., 00.10 Uhr"): groups 1-3 the day, month and year, 4 and 5 the
// hour and minutes.
var uhrClock = regexp.MustCompile(`(?:\b(\d{1,2})\.(\d{1,2})\.(\d{4})?,?\s*)?\b([01]?\d|2[0-3])(?:[.:]([0-5]\d))?\s?Uhr\b`)

// withUhrClocks rewrites text's German clock times (uhrClock) as the
// readers of times know them: "22.47 Uhr" as "22:47", "28.02., 22.47
// Uhr" as "28 Feb 22:47", "28.02.2026, 22.47 Uhr" as "28 Feb 2026 22:47".
func withUhrClocks(text string) string {
	if !strings.Contains(text, "Uhr") {
		return text
	}
	return replaceMatches(text, uhrClock.FindAllStringSubmatchIndex(text, -1), func(l []int) (int, int, string, bool) {
		sub := func(k int) string {
			if l[2*k] < 0 {
				return ""
			}
			return text[l[2*k]:l[2*k+1]]
		}
		clock := sub(4) + ":" + sub(5)
		if sub(5) == "" {
			clock = sub(4) + ":00"
		}
		if sub(1) == "" {
			return l[0], l[1], clock, true
		}
		day, month := atoi(sub(1)), atoi(sub(2))
		if day < 1 || day > 31 || month < 1 || month > 12 {
			return 0, 0, "", false
		}
		date := sub(1) + " " + time.Month(month).String()[:3]
		if y := sub(3); y != "" {
			date += " " + y
		}
		return l[0], l[1], date + " " + clock, true
	})
}

// withHClocks rewrites text's "h" clock times (see above) with a colon.
func withHClocks(text string) string {
	if !mayHoldHClock(text) {
		return text
	}
	return replaceMatches(text, hClock.FindAllStringSubmatchIndex(text, -1), func(l []int) (int, int, string, bool) {
		return l[3], l[3] + 1, ":", hClockAt(text, l) // the "h" between hour and minutes
	})
}

// replaceMatches rewrites text at its matches (a regexp's submatch
// indices, locs): for each, repl gives the bytes from and to to replace
// and what with, or false to leave the match as it is. text itself when
// none is replaced.
func replaceMatches(text string, locs [][]int, repl func(l []int) (from, to int, with string, ok bool)) string {
	var b strings.Builder
	last := 0
	for _, l := range locs {
		from, to, with, ok := repl(l)
		if !ok {
			continue
		}
		b.WriteString(text[last:from])
		b.WriteString(with)
		last = to
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// mayHoldHClock is a cheap test for hClock: a digit, "h", two digits.
func mayHoldHClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == 'h' && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) {
			return true
		}
	}
	return false
}

// hClockAt reports whether the hClock match at loc (its submatch
// indices) in text is a clock time by its form.
func hClockAt(text string, loc []int) bool {
	before := strings.TrimRight(text[:loc[0]], " \t\u00a0")
	if before != "" {
		c := before[len(before)-1]
		if isDigitByte(c) || c == '.' || c == ',' || c == '/' || c == '-' && !strings.HasSuffix(before, " -") {
			return false // part of a number, a version or a code ("v2.10h30")
		}
	}
	lead := before[strings.LastIndexAny(before, " \t\n(")+1:]
	lead = strings.ToLower(lead)
	if hLengthLeads[lead] {
		return false
	}
	if loc[3]-loc[2] == 2 {
		return true // "01h35", "14h05"
	}
	if hClockLeads[lead] {
		return true
	}
	after := strings.TrimLeft(text[loc[1]:], " ")
	word, _, _ := strings.Cut(after, " ")
	word = strings.TrimRight(word, ".,;:)")
	_, zone := zoneOffsets[word]
	return zone && word != "Z"
}

// Noon is a clock time too, where a word that leads to a time stands
// before it ("came back at noon ET on January 15", "as of noon"): it is
// read as "12:00 PM" (withDayWordClocks), which the readers of clock
// times know. Without such a word ("the noon rush") it stays a word.
// Midnight stays a word: "lapsed at midnight on Monday" may be the
// midnight that opens Monday or the one that ends it.

// dayWordClock is "noon" or "midday" after a word that leads to a time:
// group 1 the lead and the space after it.
var dayWordClock = regexp.MustCompile(`(?i)\b((?:at|as of|by|until|till|from|to|since|around|about|approximately|after|before|shortly after|shortly before|just after|just before|right around)\s+)(?:noon|midday)\b`)

// withDayWordClocks rewrites text's noon after a lead word (dayWordClock)
// as a clock time.
func withDayWordClocks(text string) string {
	if !strings.Contains(text, "oon") && !strings.Contains(text, "idday") && !strings.Contains(text, "OON") {
		return text
	}
	return replaceMatches(text, dayWordClock.FindAllStringSubmatchIndex(text, -1), func(l []int) (int, int, string, bool) {
		// (not "the event was due to end at noon PT": a time set beforehand)
		return l[3], l[1], "12:00 PM", !plannedNoon.MatchString(text[max(0, l[0]-40):l[0]])
	})
}

// plannedNoon is the words before a noon set beforehand, not told of
// what happened: "was due to end", "is scheduled to", "will".
var plannedNoon = regexp.MustCompile(`(?i)\b(?:due|scheduled|set|planned|expected|meant|supposed|will|would|shall|until further)\b[^.;]*$`)

// A chat exported as text stamps the messages of the last two days
// "Yesterday 15:28" or "Today at 9:05 PM", relative to when it was
// exported ("Exported 02.12.2025 09:05"): with the export's day known,
// those words are read as the dates they stand for (withChatDays), "2
// Dec 2025 15:28", which every reader of stamps knows.

// chatDayStamp is "Yesterday" or "Today", perhaps "at", then a clock
// time: group 1 the word, 2 the clock.
var chatDayStamp = regexp.MustCompile(`\b(Yesterday|Today|yesterday|today)(?:\s+at)?\s+(\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)`)

// withChatDays rewrites the chat stamps (chatDayStamp) of a short line as
// dates of the export's day and the day before.
func withChatDays(t string, day time.Time) string {
	if len(t) > 120 || !strings.Contains(t, "oday") && !strings.Contains(t, "esterday") {
		return t
	}
	return chatDayStamp.ReplaceAllStringFunc(t, func(m string) string {
		sub := chatDayStamp.FindStringSubmatch(m)
		d := day
		if strings.EqualFold(sub[1], "yesterday") {
			d = day.AddDate(0, 0, -1)
		}
		return d.Format("2 Jan 2006") + " " + sub[2]
	})
}
