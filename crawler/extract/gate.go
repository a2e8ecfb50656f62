package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// gatedRegexp is a regexp with a cheap test before it: the literals one of
// which every match holds (see needed). A text holding none of them cannot
// match, which strings.Contains learns far quicker than the regexp, whose
// backtracker clears a table as large as its program times the text on
// every call, matching or not. The methods that take the gate give the
// regexp's own answer whenever the gate lets a text through.
type gatedRegexp struct {
	*regexp.Regexp
	keys []gateKey // nil: no gate (the regexp holds no literal every match needs)
	fold bool      // a key is matched without case (ASCII letters)
	// prefix: the regexp matches only at the start of a text, and there
	// the text starts with a key: only the start is read
	prefix bool
	// byFirst lists the keys by the byte they start with (either case of
	// a letter, for a key without case): a text is read once, not once a
	// key, when the keys are many. A case-blind match also takes ſ for s
	// and the Kelvin sign for k, which ASCII cases do not: keys of their
	// own let a text that holds them through.
	byFirst *[256][]gateKey
	// pairs holds the first two bytes (in either case where a key has
	// none) of byFirst's keys, short the first bytes of its keys of one
	// byte: most places of a text are passed by at a glance, not by
	// comparing every key of their byte (a gate of many words without
	// case has keys for most letters)
	pairs *[1 << 16 / 64]uint64
	short *[256]bool
	// first: the bytes some key of byFirst starts with; the others
	// (most of a text's bytes) are passed by with one look
	first *[256]bool
	// lead: where the regexp's matches can start, to look for them
	// only there (leadScan); nil for a regexp it does not answer for
	lead *leadScan
}

// gateKey is a literal a match must hold; fold: in any case (the key is
// lower-cased).
type gateKey struct {
	lit  string
	fold bool
}

// gateRegexp derives re's gate.
func gateRegexp(re *regexp.Regexp) *gatedRegexp {
	g := &gatedRegexp{Regexp: re}
	if t, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		t = t.Simplify()
		if g.keys = anchoredKeys(t); g.keys != nil {
			g.prefix = true
		} else {
			g.keys = needed(t)
			g.lead = newLeadScan(re, t)
		}
	}
	for _, k := range g.keys {
		g.fold = g.fold || k.fold
	}
	if len(g.keys) > 4 && !g.prefix {
		g.byFirst = new([256][]gateKey)
		keys := g.keys
		if g.fold {
			keys = append(keys[:len(keys):len(keys)], gateKey{lit: "ſ"}, gateKey{lit: "\u212a"})
		}
		for _, k := range keys {
			c := k.lit[0]
			g.byFirst[c] = append(g.byFirst[c], k)
			if k.fold && c >= 'a' && c <= 'z' {
				g.byFirst[c-'a'+'A'] = append(g.byFirst[c-'a'+'A'], k)
			}
		}
		g.pairs, g.short, g.first = new([1 << 16 / 64]uint64), new([256]bool), new([256]bool)
		for c := range g.byFirst {
			g.first[c] = len(g.byFirst[c]) > 0
			for _, k := range g.byFirst[c] {
				if len(k.lit) == 1 {
					g.short[c] = true
					continue
				}
				seconds := []byte{k.lit[1]}
				if b := k.lit[1]; k.fold && b >= 'a' && b <= 'z' {
					seconds = append(seconds, b-'a'+'A')
				}
				for _, b := range seconds {
					pair := uint16(c)<<8 | uint16(b)
					g.pairs[pair>>6] |= 1 << (pair & 63)
				}
			}
		}
	}
	gatedAll = append(gatedAll, g)
	return g
}

// gatedAll are the gated regexps, for the test that checks their gates.
var gatedAll []*gatedRegexp

// may reports whether s can match: it holds one of the keys, or a letter
// that a case-blind match folds into an ASCII one (ſ is s, the Kelvin sign
// is k), which lowering ASCII letters does not see.
func (g *gatedRegexp) may(s string) bool {
	if g.keys == nil {
		return true
	}
	if g.prefix {
		for _, k := range g.keys {
			if hasKeyAt(s, k) {
				return true
			}
		}
		return g.fold && (strings.Contains(s, "ſ") || strings.Contains(s, "\u212a"))
	}
	if g.byFirst != nil {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if !g.first[c] {
				continue // no key starts with c
			}
			if !g.short[c] {
				if i+1 == len(s) {
					break // only a key of one byte can start at the last
				}
				if pair := uint16(c)<<8 | uint16(s[i+1]); g.pairs[pair>>6]&(1<<(pair&63)) == 0 {
					continue
				}
			}
			for _, k := range g.byFirst[c] {
				if hasKeyAt(s[i:], k) {
					return true
				}
			}
		}
		return false
	}
	lower := ""
	for _, k := range g.keys {
		if !k.fold {
			if strings.Contains(s, k.lit) {
				return true
			}
			continue
		}
		if lower == "" {
			lower = asciiLower(s)
		}
		if strings.Contains(lower, k.lit) {
			return true
		}
	}
	return g.fold && (strings.Contains(s, "ſ") || strings.Contains(s, "\u212a"))
}

// hasKeyAt reports whether s starts with the key k.
func hasKeyAt(s string, k gateKey) bool {
	if len(s) < len(k.lit) {
		return false
	}
	if !k.fold {
		return s[:len(k.lit)] == k.lit
	}
	for j := 0; j < len(k.lit); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k.lit[j] {
			return false
		}
	}
	return true
}

// find is FindStringSubmatchIndex, by the lead scan where there is one.
func (g *gatedRegexp) find(s string) []int {
	if !g.may(s) {
		return nil
	}
	if g.lead != nil {
		if loc, ok := g.lead.find(s, 0); ok {
			return loc
		}
	}
	return g.Regexp.FindStringSubmatchIndex(s)
}

func (g *gatedRegexp) MatchString(s string) bool {
	if g.lead != nil {
		return g.find(s) != nil
	}
	return g.may(s) && g.Regexp.MatchString(s)
}

func (g *gatedRegexp) FindStringSubmatch(s string) []string {
	if g.lead != nil {
		if loc := g.find(s); loc != nil {
			return submatches(s, loc)
		}
		return nil
	}
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

func (g *gatedRegexp) FindStringSubmatchIndex(s string) []int {
	return g.find(s)
}

func (g *gatedRegexp) FindStringIndex(s string) []int {
	if g.lead != nil {
		if loc := g.find(s); loc != nil {
			return []int{loc[0], loc[1]}
		}
		return nil
	}
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringIndex(s)
}

func (g *gatedRegexp) FindString(s string) string {
	if g.lead != nil {
		if loc := g.find(s); loc != nil {
			return s[loc[0]:loc[1]]
		}
		return ""
	}
	if !g.may(s) {
		return ""
	}
	return g.Regexp.FindString(s)
}

func (g *gatedRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.may(s) {
		return nil
	}
	if g.lead != nil {
		if out, ok := g.lead.findAll(s, n); ok {
			return out
		}
	}
	return g.Regexp.FindAllStringSubmatchIndex(s, n)
}

// FindAllString is the regexp's FindAllString, by the lead scan where
// there is one (which reads the text once, as the gate would).
func (g *gatedRegexp) FindAllString(s string, n int) []string {
	if g.lead != nil {
		if locs, ok := g.lead.findAll(s, n); ok {
			if locs == nil {
				return nil
			}
			out := make([]string, len(locs))
			for i, loc := range locs {
				out[i] = s[loc[0]:loc[1]]
			}
			return out
		}
	}
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindAllString(s, n)
}

func (g *gatedRegexp) ReplaceAllString(s, repl string) string {
	if !g.may(s) {
		return s
	}
	if g.lead != nil && !strings.Contains(repl, "$") {
		// a replacement with nothing to expand: each match (never
		// empty) in turn replaced by it, as the regexp's own does
		if locs, ok := g.lead.findAll(s, -1); ok {
			if locs == nil {
				return s
			}
			var b strings.Builder
			last := 0
			for _, loc := range locs {
				b.WriteString(s[last:loc[0]])
				b.WriteString(repl)
				last = loc[1]
			}
			b.WriteString(s[last:])
			return b.String()
		}
	}
	return g.Regexp.ReplaceAllString(s, repl)
}

// needed returns literals one of which every match of t holds, or nil when
// it finds none: a literal is itself; an alternation needs one of each
// branch's; a sequence needs the best of its parts' (the one whose
// shortest literal is longest); a repeat at least once needs its body's;
// a class of up to four characters needs one of them; anything else (a
// wider class, an optional part) needs nothing.
func needed(t *syntax.Regexp) []gateKey {
	switch t.Op {
	case syntax.OpLiteral:
		fold := t.Flags&syntax.FoldCase != 0
		lit := string(t.Rune)
		if fold {
			for _, r := range t.Rune {
				if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
					return nil // a letter with other cases beyond ASCII: lowering ASCII does not fold it
				}
			}
			lit = asciiLower(lit)
			if lit == strings.ToUpper(lit) {
				fold = false // no letter to fold ("©", "》上有")
			}
		}
		if lit == "" {
			return nil
		}
		return []gateKey{{lit, fold}}
	case syntax.OpCharClass:
		// a class of a few characters ("[✓✔☑]"): each is a key
		var out []gateKey
		for i := 0; i+1 < len(t.Rune); i += 2 {
			if len(out)+int(t.Rune[i+1]-t.Rune[i]) >= 4 {
				return nil
			}
			for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
				out = append(out, gateKey{lit: string(r)})
			}
		}
		return out
	case syntax.OpCapture:
		return needed(t.Sub[0])
	case syntax.OpPlus:
		return needed(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return needed(t.Sub[0])
		}
		return nil
	case syntax.OpAlternate:
		var out []gateKey
		for _, s := range t.Sub {
			k := needed(s)
			if k == nil {
				return nil
			}
			out = append(out, k...)
		}
		return out
	case syntax.OpConcat:
		var best []gateKey
		bestLen := 0
		for _, s := range t.Sub {
			k := needed(s)
			if k == nil {
				continue
			}
			shortest := len(k[0].lit)
			for _, kk := range k {
				shortest = min(shortest, len(kk.lit))
			}
			if shortest > bestLen {
				best, bestLen = k, shortest
			}
		}
		return best
	}
	return nil
}

// anchoredKeys returns, for a regexp each of whose branches is anchored at
// the start of the text (^ without (?m)), the literals one of which a
// text it matches starts with; nil when a branch is not anchored or does
// not start with a literal.
func anchoredKeys(t *syntax.Regexp) []gateKey {
	if t.Op == syntax.OpAlternate {
		var out []gateKey
		for _, s := range t.Sub {
			k := anchoredKeys(s)
			if k == nil {
				return nil
			}
			out = append(out, k...)
		}
		return out
	}
	if t.Op == syntax.OpCapture {
		return anchoredKeys(t.Sub[0])
	}
	if t.Op != syntax.OpConcat || len(t.Sub) < 2 || t.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	return leading(&syntax.Regexp{Op: syntax.OpConcat, Sub: t.Sub[1:]})
}

// leading returns literals one of which every match of t starts with, or
// nil: a literal is itself, a class of up to four characters each of
// them; an alternation leads with one of each
// branch's; a sequence with its first part's, past the parts that match
// no text (\b, ^); a repeat at least once with its body's.
func leading(t *syntax.Regexp) []gateKey {
	switch t.Op {
	case syntax.OpLiteral, syntax.OpCharClass:
		return needed(t)
	case syntax.OpCapture, syntax.OpPlus:
		return leading(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return leading(t.Sub[0])
		}
	case syntax.OpAlternate:
		var out []gateKey
		for _, s := range t.Sub {
			k := leading(s)
			if k == nil {
				return nil
			}
			out = append(out, k...)
		}
		return out
	case syntax.OpConcat:
		for _, s := range t.Sub {
			switch s.Op {
			case syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
				continue
			}
			return leading(s)
		}
	}
	return nil
}

// indexAnyRune is strings.IndexAny(s, chars), faster where chars holds a
// rune beyond ASCII: strings.IndexAny then asks chars of every rune of s,
// where here s is searched once for each of chars' few runes (each search
// only before the earliest found so far). A rune's UTF-8 form found in s
// is where IndexAny finds the rune: a form starts with a byte no other
// rune's form holds but as its first. A byte of s that is no UTF-8 is
// U+FFFD to IndexAny, which chars holding U+FFFD (or a byte that is no
// UTF-8) leaves to strings.IndexAny.
func indexAnyRune(s, chars string) int {
	if strings.ContainsRune(chars, utf8.RuneError) {
		return strings.IndexAny(s, chars)
	}
	at := -1
	for _, r := range chars {
		in := s
		if at >= 0 {
			in = s[:at]
		}
		if i := strings.IndexRune(in, r); i >= 0 {
			at = i
		}
	}
	return at
}

// containsAnyRune is strings.ContainsAny(s, chars), faster where chars
// holds a rune beyond ASCII (see indexAnyRune).
func containsAnyRune(s, chars string) bool {
	if strings.ContainsRune(chars, utf8.RuneError) {
		return strings.ContainsAny(s, chars)
	}
	for _, r := range chars {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// keySet tells whether a text holds any of many literals, reading the text
// once where containsAny searches it once for each literal: a bit for each
// pair of bytes some literal starts with lets most places of the text by
// at a glance, and only at the others are the literals starting with
// that byte compared. keySet.in(s) is containsAny(s, keys).
type keySet struct {
	keys   []string
	any    bool                 // a literal is "": every text holds it
	single [256]bool            // the literals of one byte
	first  [256]bool            // the first bytes of all literals: a byte not among them is passed by with one look
	pairs  [1 << 16 / 64]uint64 // the first two bytes of the longer ones
	// the longer literals by their first byte, and among those by their
	// second: a common pair ("re", "go") compares only the few literals
	// that start with it, not every one of its first byte
	byFirst [256][]pairLits
}

// pairLits are the literals that start with one pair of bytes, the first
// given by where the list stands.
type pairLits struct {
	second byte
	lits   []string
}

// addPairLit files lit (two bytes or more) under its first two bytes.
func addPairLit(by *[256][]pairLits, lit string) {
	c := lit[0]
	for j := range by[c] {
		if by[c][j].second == lit[1] {
			by[c][j].lits = append(by[c][j].lits, lit)
			return
		}
	}
	by[c] = append(by[c], pairLits{second: lit[1], lits: []string{lit}})
}

// pairLitsOf returns the literals filed under the pair (c, second).
func pairLitsOf(by *[256][]pairLits, c, second byte) []string {
	for _, p := range by[c] {
		if p.second == second {
			return p.lits
		}
	}
	return nil
}

func newKeySet(keys []string) *keySet {
	k := &keySet{keys: keys}
	for _, key := range keys {
		switch len(key) {
		case 0:
			k.any = true
		case 1:
			k.single[key[0]] = true
			k.first[key[0]] = true
		default:
			k.first[key[0]] = true
			pair := uint16(key[0])<<8 | uint16(key[1])
			k.pairs[pair>>6] |= 1 << (pair & 63)
			addPairLit(&k.byFirst, key)
		}
	}
	return k
}

// each calls f for each place of s a literal starts at, in order (the
// literals that start at one place in the order they were filed); a
// literal "" is never passed on. A literal f is given is one s holds, and
// each literal s holds is given at least once. It walks s as in does; in
// keeps its own loop, which returns at the first literal with no call
// per hit (it runs on every text, each a few times).
func (k *keySet) each(s string, f func(lit string)) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !k.first[c] {
			continue // no literal starts with c
		}
		if k.single[c] {
			f(s[i : i+1])
		}
		if i+1 == len(s) {
			break
		}
		if pair := uint16(c)<<8 | uint16(s[i+1]); k.pairs[pair>>6]&(1<<(pair&63)) == 0 {
			continue
		}
		for _, key := range pairLitsOf(&k.byFirst, c, s[i+1]) {
			if strings.HasPrefix(s[i:], key) {
				f(key)
			}
		}
	}
}

// in reports whether s holds one of the literals.
func (k *keySet) in(s string) bool {
	if k.any {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !k.first[c] {
			continue // no literal starts with c
		}
		if k.single[c] {
			return true
		}
		if i+1 == len(s) {
			break
		}
		if pair := uint16(c)<<8 | uint16(s[i+1]); k.pairs[pair>>6]&(1<<(pair&63)) == 0 {
			continue
		}
		for _, key := range pairLitsOf(&k.byFirst, c, s[i+1]) {
			if strings.HasPrefix(s[i:], key) {
				return true
			}
		}
	}
	return false
}
