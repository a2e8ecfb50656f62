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
	type hit struct {
		i, n     int // the block and the offset's length
		h, m, s  int // the offset's parts (h of a chapter's mm:ss is its minutes)
		seconds  bool
		bracketd bool
		player   bool // a player's readout ("00:00 / 41:12"), taken off always
	}
	var hits []hit
	for i, b := range blocks {
		if b.code || b.kind != kindPara && b.kind != kindItem || b.text == "" {
			continue
		}
		t := b.text
		if m := playerReadout.FindString(t); m != "" {
			hits = append(hits, hit{i: i, n: len(m), player: true})
			continue
		}
		if t[0] == '[' {
			if m := mediaOffset.FindStringSubmatch(t); m != nil {
				hits = append(hits, hit{i: i, n: len(m[0]), h: atoi(m[1]), m: atoi(m[2]), s: max0(atoi(m[3])), seconds: m[3] != "", bracketd: true})
			}
		} else if isDigitByte(t[0]) {
			if m := mediaOffsetBare.FindStringSubmatch(t); m != nil {
				n := strings.Index(t, " ") + 1
				hits = append(hits, hit{i: i, n: n, h: atoi(m[1]), m: atoi(m[2]), s: atoi(m[3]), seconds: true})
			}
		}
	}
	strip := map[int]int{}
	spoken := false // a transcript's lines were found
	for _, h := range hits {
		if h.player {
			strip[h.i] = h.n
		}
	}
	// chapters: minutes and seconds, one past a clock's last hour
	var chapters []hit
	past := false
	for _, h := range hits {
		if !h.seconds && h.bracketd && !h.player {
			chapters = append(chapters, h)
			past = past || h.h > 24 || h.h == 24 && h.m > 0
		}
	}
	if len(chapters) >= 3 && past {
		for _, h := range chapters {
			strip[h.i] = h.n
		}
	}
	// a transcript: hours, minutes and seconds from its first minute on
	var lines []hit
	for _, h := range hits {
		if h.seconds && !h.player {
			lines = append(lines, h)
		}
	}
	if len(lines) >= 3 && lines[0].h == 0 && lines[0].m == 0 {
		rising := true
		for k := 1; k < len(lines); k++ {
			a, b := lines[k-1], lines[k]
			if b.h*3600+b.m*60+b.s < a.h*3600+a.m*60+a.s {
				rising = false
				break
			}
		}
		if rising {
			spoken = true
			for _, h := range lines {
				strip[h.i] = h.n
			}
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
	if spoken && len(lines) > 0 {
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
