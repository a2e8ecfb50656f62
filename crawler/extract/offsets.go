package extract

import (
	"regexp"
	"strings"
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
