package extract

import (
	"bytes"
	"errors"
	"fmt"
	"golang.org/x/text/unicode/norm"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// maxPDFText caps the text read from one PDF.
const maxPDFText = 4 << 20

// pdfText returns the text of a PDF in reading order, one line a row, with
// rows that a paragraph wrapped joined again. PDF readers can panic on
// malformed files; a panic becomes an error.
func pdfText(body []byte) (string, error) {
	text, err := strictPDFText(body)
	if err == nil && strings.TrimSpace(text) != "" && !garbledText(text) {
		if garbledHanLines(text) >= 2 {
			// a Chinese page whose bold font (its headline, its
			// masthead) the strict reader reads as codes ("¿UùB"): the
			// lenient one reads the fonts' own code tables
			if lenient := lenientText(body); lenient != "" && garbledHanLines(lenient) == 0 {
				return spellRadicals(ligatures.Replace(unwrapLines(lenient))), nil
			}
		}
		return spellRadicals(ligatures.Replace(text)), nil
	}
	// a PDF the strict reader refuses, or reads as bytes of no text (a
	// font's codes without its code table: a Chinese page printed from a
	// browser), may still hold readable text
	if lenient := lenientText(body); lenient != "" {
		return spellRadicals(ligatures.Replace(unwrapLines(lenient))), nil
	}
	if err == nil && strings.TrimSpace(text) != "" {
		err = errors.New("PDF text unreadable: its fonts' codes map to no characters")
	} else if err == nil {
		err = errors.New("PDF has no text")
	}
	return "", err
}

// garbledText reports whether text read from a PDF is a font's codes,
// not characters: a fifth or more of it control characters, Latin-1's
// symbols and letters, or replacement characters ("VÔK\u0093\x1d\x01H!").
func garbledText(s string) bool {
	bad, n := 0, 0
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
			continue
		}
		n++
		if r < 0x20 || r >= 0x7f && r < 0x100 || r == utf8.RuneError {
			bad++
		}
	}
	return n >= 20 && bad*5 >= n
}

// garbledHanLines counts, in a text that holds Chinese, the short lines
// of no Han that hold a Latin-1 symbol or accented letter ("lÆq",
// "&ï³oü", "þÊu"): a font's codes read as characters, where the page
// wrote Chinese. 0 for a text with no Han. The marks pages type between
// Chinese words (a "·" bullet of a 相关阅读 list on its own line, "©",
// "¥", "°", "×", "«»") are no font's codes.
func garbledHanLines(s string) int {
	if strings.IndexFunc(s, isHan) < 0 {
		return 0
	}
	n := 0
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || utf8.RuneCountInString(l) > 12 || strings.IndexFunc(l, isHan) >= 0 {
			continue
		}
		if strings.IndexFunc(l, func(r rune) bool {
			return r >= 0x80 && r < 0x100 && r != 0xa0 && !strings.ContainsRune(typedMarks, r) || r == utf8.RuneError
		}) >= 0 {
			n++
		}
	}
	return n
}

// typedMarks are the Latin-1 marks pages type as marks, not letters:
// bullets and separators, copyright and registered signs, currency,
// degrees, times, guillemets, section and plus-minus signs.
const typedMarks = "·©®°×¥£«»§±"

// spellRadicals is radicals.Replace(s), asked only of a text that holds
// a rune of the radicals' blocks (U+2E80–U+2FDF): most PDFs hold none,
// and a scan for one is cheaper than the replacer's walk.
func spellRadicals(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r >= 0x2E80 && r <= 0x2FDF }) < 0 {
		return s
	}
	return radicals.Replace(s)
}

// radicals spells the radicals some Chinese fonts map their glyphs to
// (Kangxi radicals, U+2F00–U+2FD5, and the simplified ones of the CJK
// radicals supplement) as the characters they are in words: "⽇" is 日,
// "⻚" 页.
var radicals = func() *strings.Replacer {
	var pairs []string
	for r := rune(0x2F00); r <= 0x2FD5; r++ {
		if n := norm.NFKC.String(string(r)); n != string(r) {
			pairs = append(pairs, string(r), n)
		}
	}
	for _, p := range []string{"⺁厂", "⺇几", "⺟母", "⺠民", "⻅见", "⻆角", "⻈讠", "⻉贝", "⻋车", "⻌辶", "⻐钅", "⻓长", "⻔门", "⻘青", "⻙韦", "⻚页",
		"⻛风", "⻜飞", "⻝食", "⻠饣", "⻢马", "⻣骨", "⻤鬼", "⻥鱼", "⻦鸟", "⻧卤", "⻨麦", "⻩黄", "⻪黾", "⻬齐", "⻮齿", "⻰龙", "⻳龟"} {
		r, size := utf8.DecodeRuneInString(p)
		pairs = append(pairs, string(r), p[size:])
	}
	return strings.NewReplacer(pairs...)
}()

// ligatures spells out the ligature characters a PDF's fonts draw ("ﬁ"
// in "conﬁguration"), so its words are the words typed.
var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

// lenientText runs the lenient reader, turning a panic into no text.
func lenientText(body []byte) (text string) {
	defer func() {
		if r := recover(); r != nil {
			text = ""
		}
	}()
	text = lenientPDFText(body)
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 50 {
		return ""
	}
	return text
}

func strictPDFText(body []byte) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("malformed PDF: %v", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return "", fmt.Errorf("read PDF: %w", err)
	}
	rd, err := r.GetPlainText()
	if err != nil {
		return "", fmt.Errorf("read PDF text: %w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(rd, maxPDFText))
	if err != nil {
		return "", fmt.Errorf("read PDF text: %w", err)
	}
	return unwrapLines(string(raw)), nil
}

// unwrapLines joins a line that runs on into the next: a long line that
// does not end a sentence, followed by one that does not start a heading,
// a list item or a time.
func unwrapLines(s string) string { return unwrapLinesAt(s, narrowWrap) }

// narrowWrap and wideWrap are the widths from which a line that ends
// mid-sentence runs on into the next: a text wrapped at 72 or 80 columns,
// and one printed wide (at 95 to 110), whose shorter lines end their
// paragraph, field or title.
const (
	narrowWrap = 60
	wideWrap   = 80
)

// unwrapLinesAt is unwrapLines for a text wrapped at a width: a line runs
// on from minLong columns (a Chinese one from 25 characters), and, in a
// text printed wide, no line laid out in columns runs on ("Dev Mehta
// 14 Oct 2026, 12:31 UTC" over a message), none into a printed page's
// footer with its counter ("https://… 1/3"), nor that footer into the
// next page.
func unwrapLinesAt(s string, minLong int) string {
	lines := strings.Split(s, "\n")
	var b strings.Builder
	joined := false
	for i, line := range lines {
		line = strings.TrimRight(line, " \t\r")
		if joined {
			// a wrapped line's indent (text laid out as printed) is no
			// space within its sentence
			line = strings.TrimLeft(line, " \t")
		}
		joined0 := joined
		joined = false
		before := b.String() // (the builder's text, not a copy)
		b.WriteString(line)
		if i+1 == len(lines) {
			break
		}
		next := strings.TrimSpace(lines[i+1])
		cur := line // the line as written so far, with the pieces run into it
		if bs := b.String(); joined0 {
			if c := bs[strings.LastIndexByte(bs, '\n')+1:]; strings.ContainsAny(c, "，、；") && !strings.HasSuffix(line, "）") && !endMarker.MatchString(strings.TrimSpace(next)) {
				cur = c // (prose, not a menu's entries run together: "下载" / "APP" / "登录")
			}
		}
		hanLong := 25 // a Chinese line's characters from which it runs on
		if minLong < narrowWrap {
			hanLong = min(hanLong, minLong/2) // in a narrow column
		}
		long := utf8.RuneCountInString(cur) >= hanLong && strings.IndexFunc(cur, isHan) >= 0 || len(line) >= minLong && (minLong == narrowWrap || len(strings.TrimSpace(line)) >= minLong && !strings.Contains(strings.TrimSpace(line), "   "))
		// a line of facts ("Oakhurst Networks Ltd · Unit 4, Canal Wharf
		// · noc@… · 0113 496 0000", a letterhead) is whole, however long,
		// unless a date of it is broken ("… · Updated 15" / "October
		// 2026, 09:10 BST")
		if strings.Count(line, " · ") >= 2 || strings.Count(line, " | ") >= 2 {
			long = long && splitDate(line, next)
		}
		// nor is a line set in columns, however narrow the page's
		// ("FELLGATE HERALD" and its address far apart, a masthead)
		if strings.Contains(strings.TrimSpace(line), "     ") {
			long = false
		}
		// a wrapped line that runs on into a lower-case word continues
		// its sentence, however short (a title wrapped in two)
		// (an address alone on the next line, a printed page's under its
		// header "… - The Eastfield Ledger", continues no sentence unless
		// the line ends on a lower-case word: "… on the Web, visit")
		runsOn := next != "" && next[0] >= 'a' && next[0] <= 'z' && len(strings.Fields(line)) >= 3 && !strings.HasSuffix(line, ".") && (!addressOnly(next) || lowerWord(lastWord(line)))
		// and one that ends on a word no sentence ends on (an article, a
		// preposition, a conjunction: "… but Larchmont Pay, a" /
		// "Hartford-based processor …") runs on into any word, a narrow
		// column's line as much as a page's
		leadOn := next != "" && len(strings.Fields(line)) >= 3 && leadingWords[lastWord(line)]
		runsOn = runsOn || leadOn
		// a number or a Latin word set in another font amid Chinese
		// ("星海数科于" / "9" / "月" / "14" / "日晚间"): one run of text
		hanOn := hanPieceOn(before, line, next)
		runsOn = runsOn || hanOn
		if minLong != narrowWrap && (pageCounter.MatchString(line) || pageCounter.MatchString(next)) || addressOnly(line) || addressOnly(next) && !lowerWord(lastWord(line)) ||
			strings.Contains(next, "://") && printFooter.MatchString(cleanSpace(next)) {
			// (nor is an address alone, a printed page's footer, "file:///…",
			// nor does a line run on into one but after a lower-case word,
			// nor into an address with its page's counter, "https://… 1/2")
			long, runsOn = false, false // a printed page's footer ("https://… 1/3") is no part of a sentence
		}
		// a line that ends on a word leading into a time ("… normal levels
		// since" / "16:32 CET.") runs on into the time under it
		stampNext := mayStartStamp(next)
		if hanOn {
			stampNext = false // a number amid a Chinese sentence
		}
		if stampNext && (leadOn || next[0] >= 'a' && next[0] <= 'z') {
			// "for more than three hours" starts none, nor does a name
			// that only opens with a month's or a day's letter ("… on
			// Monday after" / "Skyholm Airways' check-in …")
			stampNext = startsStamp(next)
		}
		intoTime := (long || leadOn) && stampNext && (timeLead[strings.ToLower(lastWord(line))] && startsStamp(next) || splitDate(line, next))
		// a clock wrapped apart from its zone ("… began rising at 15:30" /
		// "BST on Wednesday 24 June") runs on into it
		runsOn = runsOn || zoneAfterClock(line, next)
		if dateRunsOn(line, next) || timeLead[strings.ToLower(lastWord(line))] && weekdayName(strings.TrimRight(leadingWord(next), ",.")) {
			// a date wrapped apart in a narrow column ("The problems began
			// at 10:25 GMT on 30" / "November, shortly after …"), or a
			// weekday after the word that leads to it ("… 4.10am AEST on" /
			// "Wednesday, when a core router failed"), runs on however short
			// its line
			runsOn, intoTime = true, true
		}
		// (a rule drawn across the page, "-----", is a line of its own:
		// the heading it boxes is no part of it)
		if (long || runsOn) && next != "" && !lineEnd.MatchString(line) && !ruleLine(strings.TrimSpace(line)) && !ruleLine(next) && !chatMessageOpen.MatchString(next) && !strings.HasSuffix(line, "：") && !strings.HasSuffix(line, ":") &&
			!zhNumHeading.MatchString(next) && !numHeading.MatchString(next) && !itemLine.MatchString(next) && (!numItem.MatchString(next) || intoTime) && (!stampNext || intoTime) &&
			(!long || runsOn || intoTime || !byline.MatchString(line)) { // a byline ("… 来源：东湾日报 作者：林晓 责任编辑：周宁") runs into no story
			if !hanOn && !isHanEnd(line) && !hanRunsOn(line, next) && !brokenAtHyphen(line, next) {
				b.WriteByte(' ')
			}
			joined = true
			continue
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// zoneAfterClock reports whether a line ends on a clock time ("at 15:30")
// and the next opens with the zone it is in ("BST on Wednesday").
func zoneAfterClock(line, next string) bool {
	last := strings.TrimRight(lastWord(line), ",")
	first, _, _ := strings.Cut(next, " ")
	first = strings.TrimRight(first, ",.;)")
	if _, ok := zoneOffsets[first]; !ok || first == "Z" || len(last) < 4 || !isDigitByte(last[len(last)-1]) {
		return false
	}
	h, m, ok := strings.Cut(last, ":")
	return ok && len(m) == 2 && isDigits(m) && len(h) >= 1 && len(h) <= 2 && isDigits(h)
}

// hanPieceOn reports whether line, under the text written so far, is a
// piece of a Chinese sentence set in another font (a number, a Latin
// word, a quotation mark) and runs on into next: the text so far ends
// in Han mid-sentence or line is the piece of digits or Latin, and next
// opens with Han or is such a piece itself.
func hanPieceOn(sofar, line, next string) bool {
	line, next = strings.TrimSpace(line), strings.TrimSpace(next)
	if line == "" || next == "" {
		return false
	}
	piece := func(s string) bool {
		return utf8.RuneCountInString(s) <= 8 && strings.IndexFunc(s, isHan) < 0 && !strings.ContainsAny(s, "/:") && !strings.HasSuffix(s, ".")
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(sofar, " \u3000"))
	first, _ := utf8.DecodeRuneInString(next)
	lineFirst, _ := utf8.DecodeRuneInString(line)
	lineLast, _ := utf8.DecodeLastRuneInString(line)
	hanOrMark := func(r rune) bool {
		return isHan(r) || r == '“' || r == '”' || r == '《' || r == '》' || r == '（' || r == '）' || r == '，'
	}
	if strings.ContainsRune("。！？；：", lineLast) {
		return false
	}
	switch {
	case piece(line):
		// the piece itself, after Han and before Han or another piece
		return (hanOrMark(last) || hanOrMark(lineFirst) && sofar == "") && (hanOrMark(first) || piece(next))
	case hanOrMark(lineLast) && piece(next):
		// Han, then a piece that goes on into Han after it
		return true
	}
	return false
}

// brokenAtHyphen reports whether a line was broken after the hyphen of a
// word ("read-" / "only replica"): the word goes on with no space.
func brokenAtHyphen(line, next string) bool {
	n := len(line)
	return n >= 2 && line[n-1] == '-' && unicode.IsLetter(rune(line[n-2])) && next != "" && unicode.IsLetter(rune(next[0]))
}

// startsStamp reports whether s starts with a date or a clock time (a
// timeline's row), not merely with a letter one may start with ("for
// more than three hours").
func startsStamp(s string) bool {
	if !mayStartStamp(s) {
		return false
	}
	st, _, ok := parseStamp(s, "")
	return ok && (st.hasClock() || st.hasDate())
}

// hanRunsOn reports whether a Chinese line wrapped after a number or a
// Latin word runs on into Chinese characters ("经紧急处置，16时48" /
// "分受影响服务已全部恢复"): Chinese puts no space there.
func hanRunsOn(line, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	return isHan(r) && strings.IndexFunc(line, isHan) >= 0
}

// splitDate reports whether a date was wrapped across two lines: a line
// that ends on a day's number over one that opens with its month
// ("Updated 15" / "October 2026, 09:10 BST"), or on a month over one that
// opens with its day ("Published October" / "14, 2026").
func splitDate(line, next string) bool {
	last := strings.TrimRight(lastWord(line), ",")
	first, _, _ := strings.Cut(next, " ")
	first = strings.TrimRight(first, ",.")
	if yearWord(first) {
		// a day and its month over the year ("… 01:25 UTC on 15
		// January" / "2027, customers in …", "on January 15," / "2027")
		f := strings.Fields(line)
		if len(f) >= 2 {
			prev := strings.TrimRight(f[len(f)-2], ",")
			if monthOf(strings.TrimRight(last, ".")) > 0 && dayWord(prev) || dayWord(last) && monthOf(strings.TrimRight(prev, ".")) > 0 {
				return true
			}
		}
	}
	if d, err := strconv.Atoi(last); err == nil && len(last) <= 2 {
		return d >= 1 && d <= 31 && monthOf(first) > 0
	}
	if monthOf(strings.TrimRight(last, ".")) > 0 {
		return dayWord(first) // "14", "14th"
	}
	return false
}

// dateRunsOn reports whether a line of a sentence ends on a date's day
// or month after the word leading into it ("… on 30" / "November, …",
// "… since Monday 30" / "November", "… on November" / "30, …"): the
// date wrapped apart (splitDate), however short the line.
func dateRunsOn(line, next string) bool {
	f := strings.Fields(line)
	if len(f) < 3 || !splitDate(line, next) {
		return false
	}
	prev := strings.ToLower(strings.TrimRight(f[len(f)-2], ","))
	return timeLead[prev] || weekdayName(prev)
}

// yearWord reports whether w is a year of four digits (1970–2099).
func yearWord(w string) bool {
	y, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && y >= 1970 && y <= 2099
}

// dayWord reports whether w is a month's day ("15", "3rd").
func dayWord(w string) bool {
	d, err := strconv.Atoi(strings.TrimRightFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' }))
	return err == nil && len(w) <= 4 && d >= 1 && d <= 31
}

// leadingWords are words, lower-cased as a sentence has them, on which
// no sentence ends: articles, prepositions and conjunctions that lead
// into the words after them, and the verbs of saying a reported clause
// follows ("… the company said" / "Tillwright had …").
var leadingWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "and": true, "or": true, "but": true,
	"for": true, "with": true, "from": true, "into": true, "onto": true, "than": true, "that": true, "which": true, "whose": true,
	"its": true, "their": true, "our": true, "his": true, "her": true, "by": true, "in": true, "as": true, "was": true, "were": true,
	"about": true, "at": true, "between": true, "during": true, "within": true, "via": true, "across": true, "against": true, "among": true,
	"after": true, "before": true, "because": true, "when": true, "while": true, "until": true, "since": true, "where": true, "whether": true,
	"although": true, "though": true, "including": true, "through": true, "said": true, "told": true}

// timeLead are the words a time follows in a sentence.
var timeLead = map[string]bool{"about": true, "since": true, "at": true, "by": true, "until": true, "till": true, "from": true, "to": true, "on": true,
	"before": true, "after": true, "between": true, "around": true, "approximately": true}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// lineEnd matches the end of a line that ends its sentence (a comma does
// not): a stop after a word, a number ("restored at 15:51.") or a
// quotation's close ("… the affected network.\"").
var lineEnd = regexp.MustCompile(`[。；;！!？?]$|[a-z0-9)\]%]\.$|[.!?]["”’]$`)

// pdfInfoTitle is the title a PDF's document information names (a page
// printed from a browser carries the page's title there), without a
// trailing site name; "" when it names none.
func pdfInfoTitle(body []byte) (title string) {
	defer func() {
		if r := recover(); r != nil {
			title = ""
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return ""
	}
	t := cleanSpace(r.Trailer().Key("Info").Key("Title").Text())
	if t == "" {
		return ""
	}
	return trimSiteName(t)
}

func isHanEnd(s string) bool {
	r, ok := lastRune(s)
	return ok && (isHan(r) || r > 0x3000)
}

// lowerWord reports whether w opens with a lower-case letter.
func lowerWord(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}
