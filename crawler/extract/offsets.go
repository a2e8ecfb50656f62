package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// mediaOffset is a recording's offset at the head of a line: "[24:05]"
// before a chapter's name in a podcast's show notes, "[00:06:49]" (or
// "00:06:49" before the speaker's name) before a transcript's line.
var (
	mediaOffset = regexp.MustCompile(`^\[(\d{1,2}):(\d{2})(?::(\d{2}))?\]\s*`)
	// a player's position over the recording's length: "00:00 / 41:12"
	playerReadout   = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,3}:\d{2}(?::\d{2})?(?:\s+|$)`)
	mediaOffsetBare = regexp.MustCompile(`^(\d{1,2}):(\d{2}):(\d{2})\s+(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}|[A-Z]{2,}):\s`)
)

// withoutMediaOffsets takes a recording's offsets off the lines that open
// with them: a podcast's chapters and a transcript's lines tell the time
// into the recording, not the time of day, and read as clock times they
// made a 22-hour outage of a morning's ("[02:10] What we run on" …
// "[00:24:05] Sam: …"). What the speakers say stays, and the times they
// tell ("At 10:40 in the morning") are read as a text's are.
//
// Offsets are known by their form, at least three lines of one document:
// chapters of minutes and seconds, one of whose minutes is past 24 (no
// clock's hour); or a transcript's hours, minutes and seconds that start
// within its first minute and only go on. A player's readout of its
// position over the recording's length ("00:00 / 41:12") goes too. A
// status page's list of clock times ("[09:12] Investigating") and a log's
// lines keep theirs.
func withoutMediaOffsets(blocks []block) []block {
	type offset struct{ i, n, at int } // the block, the offset's length, its value (a chapter's in minutes and seconds)
	var chapters, lines []offset
	strip := map[int]int{} // block → length of the offset taken off it
	past := false          // a chapter's minutes are past a clock's last hour
	for i, b := range blocks {
		if b.code || b.kind != kindPara && b.kind != kindItem || b.text == "" {
			continue
		}
		switch t := b.text; {
		case t[0] == '[':
			if m := mediaOffset.FindStringSubmatch(t); m != nil && m[3] != "" {
				lines = append(lines, offset{i, len(m[0]), atoi(m[1])*3600 + atoi(m[2])*60 + atoi(m[3])})
			} else if m != nil {
				chapters = append(chapters, offset{i, len(m[0]), atoi(m[1])*60 + atoi(m[2])})
				past = past || atoi(m[1]) > 24 || atoi(m[1]) == 24 && atoi(m[2]) > 0
			}
		case isDigitByte(t[0]):
			if m := playerReadout.FindString(t); m != "" {
				strip[i] = len(m) // (taken off always)
			} else if m := mediaOffsetBare.FindStringSubmatch(t); m != nil {
				lines = append(lines, offset{i, strings.Index(t, " ") + 1, atoi(m[1])*3600 + atoi(m[2])*60 + atoi(m[3])})
			}
		}
	}
	if len(chapters) >= 3 && past {
		for _, c := range chapters {
			strip[c.i] = c.n
		}
	}
	// a transcript: hours, minutes and seconds from its first minute on
	spoken := len(lines) >= 3 && lines[0].at < 60
	for k := 1; spoken && k < len(lines); k++ {
		spoken = lines[k].at >= lines[k-1].at
	}
	if spoken {
		for _, l := range lines {
			strip[l.i] = l.n
		}
	}
	if len(strip) == 0 {
		return blocks
	}
	out := make([]block, len(blocks))
	copy(out, blocks)
	for i, n := range strip {
		out[i].text = strings.TrimSpace(out[i].text[n:])
	}
	if spoken {
		// a recording's transcript is its page's body, not an appendix
		// that closes the write-up (as a postmortem's chat transcript
		// is): its heading ("Full transcript") stays as a line of text
		for i := lines[0].i - 1; i >= 0 && i >= lines[0].i-3; i-- {
			if out[i].kind == kindHeading {
				if l := strings.ToLower(out[i].text); strings.Contains(l, "transcript") || strings.Contains(l, "文字稿") || strings.Contains(l, "文字实录") {
					out[i].kind, out[i].level = kindPara, 0
				}
				break
			}
		}
	}
	return out
}

// tOffsetRow is a timeline's row that tells its time as an offset from
// the incident's start, T: "T+0", "T+4m", "T+1h20m", "T + 2h 30m", "T0",
// "T+1:24", "T−0:09".
var tOffsetRow = regexp.MustCompile(`^T\s?(?:([+\-−–])\s?(\d{1,2}):(\d{2})|(?:\+\s?)?(0)|([+\-−–])\s?(?:(\d+)\s?d\s?)?(?:(\d+)\s?h(?:rs?|ours?)?\s?)?(?:(\d+)\s?m(?:in(?:utes?)?)?)?)(?:\s+|\s*[:：—–|-]\s*)`)

// tBase is where a write-up says what T is: "(T = 21:14 EST, first
// alert)", "T0 = 2026-03-04 09:12 UTC", "T+0 is 14:02 CET".
var tBase = regexp.MustCompile(`\bT\s?(?:0|\+\s?0)?\s?(?:=|is)\s?`)

// withTOffsets writes the time of day into a timeline's rows that tell
// their time as offsets from T ("T+1h20m   Rollback finished"), where the
// write-up says what T is ("Timeline — Tuesday, 2025-12-09 (T = 21:14
// EST, first alert)"): "2025-12-09 22:34 EST Rollback finished". Two such
// rows at least; the base's date, when written beside it, dates them.
func withTOffsets(blocks []block, lang string) []block {
	type row struct {
		i, n int
		off  time.Duration
	}
	var rows []row
	for i, b := range blocks {
		if b.code || b.kind != kindPara && b.kind != kindItem && b.kind != kindRow || len(b.text) < 3 || b.text[0] != 'T' && b.text[0] != '|' {
			continue
		}
		lead := 0
		if b.text[0] == '|' {
			lead = len(b.text) - len(strings.TrimLeft(b.text, "| ")) // a Markdown row's first cell: "| T−0:26 | Storage node … |"
		}
		m := tOffsetRow.FindStringSubmatch(b.text[lead:])
		if m == nil || m[2] == "" && m[4] == "" && m[6] == "" && m[7] == "" && m[8] == "" {
			continue
		}
		// "T+1:24", "T−0:09": hours and minutes; "T+1h20m", "T+2d"
		off := time.Duration(atoi0(m[2]))*time.Hour + time.Duration(atoi0(m[3]))*time.Minute +
			time.Duration(atoi0(m[6]))*24*time.Hour + time.Duration(atoi0(m[7]))*time.Hour + time.Duration(atoi0(m[8]))*time.Minute
		if sign := m[1] + m[5]; sign != "" && sign != "+" {
			off = -off
		}
		rows = append(rows, row{i, lead + len(m[0]), off})
	}
	if len(rows) < 2 {
		return blocks
	}
	var base time.Time
	zone := ""
	dated := false
	for _, b := range blocks {
		loc := tBase.FindStringIndex(b.text)
		if loc == nil {
			continue
		}
		st, n, ok := parseStamp(b.text[loc[1]:], lang)
		if !ok || !st.hasClock() {
			continue
		}
		if z := zoneAfter(b.text[loc[1]+n:]); z != nil {
			zone = z[1]
			if st.loc == nil {
				st.loc = zoneFor(z[1], lang)
			}
		} else if st.loc != nil {
			zone = strings.TrimSpace(st.text[strings.LastIndexByte(st.text, ' ')+1:])
		}
		if !st.hasDate() {
			for _, o := range stampsIn(b.text, lang) {
				if o.st.hasDate() && o.st.year > 0 {
					st.year, st.month, st.day, dated = o.st.year, o.st.month, o.st.day, true
					break
				}
			}
		} else {
			dated = st.year > 0
		}
		if !dated {
			st.year, st.month, st.day = 2000, 1, 1
		}
		l := st.loc
		if l == nil {
			l = time.UTC
		}
		base = time.Date(st.year, time.Month(st.month), st.day, st.hour, max0(st.min), 0, 0, l)
		break
	}
	if base.IsZero() {
		return blocks
	}
	out := slices.Clone(blocks)
	for _, r := range rows {
		at := base.Add(r.off)
		s := at.Format("15:04")
		if dated {
			s = at.Format("2006-01-02 15:04")
		}
		if zone != "" {
			s += " " + zone
		}
		out[r.i].text = s + " " + strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimLeft(out[r.i].text[r.n:], "| ")), "|"))
		if c := out[r.i].cells; len(c) > 1 && tOffsetRow.MatchString(c[0]+" ") {
			// a table's row: the time of day before its offset's cell
			out[r.i].cells = append([]string{s}, c...)
		}
	}
	return out
}

// atoi0 is atoi with "" as 0.
func atoi0(s string) int {
	if s == "" {
		return 0
	}
	return atoi(s)
}
