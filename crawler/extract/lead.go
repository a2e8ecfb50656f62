package extract

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// leadScan finds a regexp's matches by where they can start. Go's regexp
// tries every place of a text, and there every branch of a long
// alternation ("\b(?:lasted|lasting|for|of|…)"): hundreds of steps a byte.
// Every match of a regexp that cannot match empty text starts with one of
// a few bytes (firstBytes), or with one of a few literals (leading); here
// only the places that do are tried, each by an anchored copy of the
// regexp run from there, and the first that matches is the leftmost match
// the regexp finds, with the same groups.
//
// The anchored copy reads text[p:], which to it starts the text: that is
// the same text only where nothing the regexp asks about looks at what
// comes before p. So it is used only for a regexp with no ^. Where it
// has either no \b or \B at all, or one that starts with \b before a
// word character, every match starts where no word character precedes,
// and only such places are tried, where every \b and \B reads text[p:]
// as it reads the whole (or, in an alternation, a mix of the two:
// leadForm). Any other \b or \B reads, at p, only whether the byte
// before p is an ASCII word character (\b's word characters are ASCII,
// and no byte of a wider rune is one): where it is none, text[p:] reads
// as the whole does, and where it is one, a second anchored copy that
// first takes one word character (afterWord) is run from p-1.
type leadScan struct {
	anchored *regexp.Regexp
	// afterWord is ^\w(?:re), for a regexp not of leadForm: it reads a
	// match at p with the word character before it, as the whole does
	afterWord *regexp.Regexp
	wordStart bool            // a match that starts with a word character starts only where none precedes
	first     [256]bool       // the bytes a match can start with
	keys      *[256][]gateKey // nil, or the literals a match starts with, by first byte
	// wide: the runes beyond ASCII a match can start with, as ranges (lo,
	// hi); nil where they are many, and the first byte alone is asked
	wide []rune
	fold bool // a letter is matched without case: a text with ſ or the Kelvin sign is left to the regexp
}

// newLeadScan returns the scan of re (parsed as t), or nil where the
// regexp is not of a form it answers for, or where its matches can start
// with most bytes (a scan then costs more than it saves).
func newLeadScan(re *regexp.Regexp, t *syntax.Regexp) *leadScan {
	if hasBeginning(t) {
		return nil
	}
	var folded bool
	var wide []rune
	first, nullable, ok := firstBytes(t, &folded, &wide)
	if !ok || nullable {
		return nil
	}
	form := leadForm(t)
	l := &leadScan{wordStart: form && lookLeft(t) > 0, first: first, fold: folded}
	if len(wide) <= 2*16 {
		l.wide = wide
	}
	n := 0
	for _, in := range first {
		if in {
			n++
		}
	}
	if n > 80 {
		return nil
	}
	if keys := leading(t); keys != nil {
		l.keys = new([256][]gateKey)
		for _, k := range keys {
			l.fold = l.fold || k.fold
			c := k.lit[0]
			l.keys[c] = append(l.keys[c], k)
			if k.fold && c >= 'a' && c <= 'z' {
				l.keys[c-'a'+'A'] = append(l.keys[c-'a'+'A'], k)
			}
		}
	}
	anchored, err := regexp.Compile(`^(?:` + re.String() + `)`)
	if err != nil {
		return nil
	}
	l.anchored = anchored
	if !form {
		// the class is the ASCII word characters \b reads, written out
		// so that no (?i) of re folds it
		afterWord, err := regexp.Compile(`^[0-9A-Za-z_](?:` + re.String() + `)`)
		if err != nil {
			return nil
		}
		l.afterWord = afterWord
	}
	return l
}

// find returns the submatch indexes of the leftmost match of the regexp
// in s that starts at from or later, as the regexp's own search from
// from finds it; ok is false where the scan cannot tell (a text with a
// letter a case-blind key does not see), and the regexp must answer.
func (l *leadScan) find(s string, from int) (loc []int, ok bool) {
	if l.fold && foldsToASCII(s) {
		return nil, false
	}
	// p steps from rune to rune as the regexp's own search does (a byte
	// that is no UTF-8 is one): a match never starts within a rune
	w := 1
	for p := from; p < len(s); p += w {
		c := s[p]
		if w = 1; c >= utf8.RuneSelf {
			_, w = utf8.DecodeRuneInString(s[p:])
		}
		if !l.first[c] || l.wordStart && isWordASCII(c) && p > 0 && isWordASCII(s[p-1]) {
			continue
		}
		if l.keys != nil && !l.keyAt(s[p:]) || c >= utf8.RuneSelf && l.wide != nil && !l.wideAt(s[p:]) {
			continue
		}
		at, re := p, l.anchored
		if l.afterWord != nil && p > 0 && isWordASCII(s[p-1]) {
			at, re = p-1, l.afterWord
		}
		if loc := re.FindStringSubmatchIndex(s[at:]); loc != nil {
			loc[0] = p - at // the word character afterWord took is no part of the match
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += at
				}
			}
			return loc, true
		}
	}
	return nil, true
}

// wideAt reports whether s starts with a rune of wide (a byte that is no
// UTF-8 is read as U+FFFD, as the regexp reads it).
func (l *leadScan) wideAt(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for i := 0; i+1 < len(l.wide); i += 2 {
		if l.wide[i] <= r && r <= l.wide[i+1] {
			return true
		}
	}
	return false
}

// keyAt reports whether s starts with one of the keys.
func (l *leadScan) keyAt(s string) bool {
	for _, k := range l.keys[s[0]] {
		if hasKeyAt(s, k) {
			return true
		}
	}
	return false
}

// findAll is FindAllStringSubmatchIndex(s, n) of the regexp; a match is
// never empty, so the next is looked for from where the last ended.
func (l *leadScan) findAll(s string, n int) (out [][]int, ok bool) {
	for from := 0; n < 0 || len(out) < n; {
		loc, ok := l.find(s, from)
		if !ok {
			return nil, false
		}
		if loc == nil {
			break
		}
		out = append(out, loc)
		from = loc[1]
	}
	return out, true
}

// isWordASCII reports whether c is a character \b takes for a word's:
// an ASCII letter, digit or underscore.
func isWordASCII(c byte) bool {
	return c < utf8.RuneSelf && syntax.IsWordChar(rune(c))
}

// leadForm reports whether the anchored copy may read t from any place a
// match can start: t holds no \b or \B, or every branch of it either
// starts with \b before a word character (such a branch is tried only
// where no word character precedes) or holds no \b or \B and starts
// with no word character (a place it starts at is no word's start, and
// no \b-led branch can match there, read as the whole or from there).
func leadForm(t *syntax.Regexp) bool {
	if lookLeft(t) == 0 {
		return true
	}
	branches := []*syntax.Regexp{t}
	if t.Op == syntax.OpAlternate {
		branches = t.Sub
	}
	for _, b := range branches {
		var folded bool
		var wide []rune
		first, _, ok := firstBytes(b, &folded, &wide)
		if !ok {
			return false
		}
		led := startsWithBoundary(b)
		if !led && lookLeft(b) > 0 {
			return false
		}
		for c, in := range first {
			if in && isWordASCII(byte(c)) != led {
				return false // a \b-led branch starting with no word character, or another with one
			}
		}
	}
	return true
}

// lookLeft counts the parts of t that look at what comes before a place:
// \b and \B.
func lookLeft(t *syntax.Regexp) int {
	n := 0
	if t.Op == syntax.OpWordBoundary || t.Op == syntax.OpNoWordBoundary {
		n++
	}
	for _, s := range t.Sub {
		n += lookLeft(s)
	}
	return n
}

// hasBeginning reports whether t holds ^ (of the text or of a line).
func hasBeginning(t *syntax.Regexp) bool {
	if t.Op == syntax.OpBeginText || t.Op == syntax.OpBeginLine {
		return true
	}
	for _, s := range t.Sub {
		if hasBeginning(s) {
			return true
		}
	}
	return false
}

// startsWithBoundary reports whether every match of t is read from a \b
// first: t is a sequence (in groups) whose first part is \b.
func startsWithBoundary(t *syntax.Regexp) bool {
	switch t.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return startsWithBoundary(t.Sub[0])
	case syntax.OpConcat:
		return len(t.Sub) > 0 && startsWithBoundary(t.Sub[0])
	}
	return false
}

// union adds the bytes of sub to set.
func union(set *[256]bool, sub [256]bool) {
	for c, in := range sub {
		set[c] = set[c] || in
	}
}

// firstBytes returns the bytes a match of t can start with, and whether t
// matches empty text; ok is false where t is of a form it does not read
// (then any byte may start a match). A letter matched without case adds
// the first byte of each of its cases.
//
// An ASCII letter's cases beyond ASCII (ſ of s, the Kelvin sign of k)
// are left out, and folded set: the scan leaves a text with either to the
// regexp.
//
// The runes beyond ASCII a match can start with are added to wide, as
// ranges of runes.
func firstBytes(t *syntax.Regexp, folded *bool, wide *[]rune) (set [256]bool, nullable, ok bool) {
	// addRange adds the first bytes of the runes lo to hi: their UTF-8
	// forms' first bytes run from lo's to hi's. U+FFFD is also what the
	// regexp reads a byte that is no UTF-8 as: any byte beyond ASCII.
	addRange := func(lo, hi rune) {
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			set[r] = true
		}
		if hi < utf8.RuneSelf {
			return
		}
		lo = max(lo, utf8.RuneSelf)
		*wide = append(*wide, lo, hi)
		var a, b [utf8.UTFMax]byte
		utf8.EncodeRune(a[:], lo)
		utf8.EncodeRune(b[:], hi)
		for c := int(a[0]); c <= int(b[0]); c++ {
			set[c] = true
		}
		if lo <= utf8.RuneError && utf8.RuneError <= hi {
			for c := 0x80; c < 256; c++ {
				set[c] = true
			}
		}
	}
	addRune := func(r rune) { addRange(r, r) }
	switch t.Op {
	case syntax.OpLiteral:
		if len(t.Rune) == 0 {
			return set, true, true
		}
		r := t.Rune[0]
		addRune(r)
		if t.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if r < utf8.RuneSelf && f >= utf8.RuneSelf {
					*folded = true
					continue
				}
				addRune(f)
			}
		}
		return set, false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(t.Rune); i += 2 {
			addRange(t.Rune[i], t.Rune[i+1])
		}
		return set, false, true
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEndText, syntax.OpEndLine:
		return set, true, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(t.Sub[0], folded, wide)
	case syntax.OpStar, syntax.OpQuest:
		set, _, ok = firstBytes(t.Sub[0], folded, wide)
		return set, true, ok
	case syntax.OpRepeat:
		set, nullable, ok = firstBytes(t.Sub[0], folded, wide)
		return set, nullable || t.Min == 0, ok
	case syntax.OpConcat:
		for _, s := range t.Sub {
			sub, subNullable, subOK := firstBytes(s, folded, wide)
			if !subOK {
				return set, false, false
			}
			union(&set, sub)
			if !subNullable {
				return set, false, true
			}
		}
		return set, true, true
	case syntax.OpAlternate:
		for _, s := range t.Sub {
			sub, subNullable, subOK := firstBytes(s, folded, wide)
			if !subOK {
				return set, false, false
			}
			union(&set, sub)
			nullable = nullable || subNullable
		}
		return set, nullable, true
	}
	return set, false, false
}
