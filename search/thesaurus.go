package search

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// Concept is one line of the thesaurus: terms in both languages that name
// the same thing, and the failure pattern they point to ("" for none).
type Concept struct {
	Pattern string
	Terms   []string
}

// Thesaurus finds concepts in queries.
type Thesaurus struct {
	concepts []Concept
	byFirst  map[rune][]termRef // terms by their first rune, longest first
	// senses are words with their translations in the IT sense ("=:"
	// lines): no concepts, only what the general lexicon would give
	senses   map[string][]string
	maxSense int // words in the longest English one
}

type termRef struct {
	term    string
	concept int
}

var (
	thesaurusOnce sync.Once
	thesaurus     *Thesaurus
	thesaurusErr  error
)

// DefaultThesaurus returns the embedded thesaurus, parsed once.
func DefaultThesaurus() (*Thesaurus, error) {
	thesaurusOnce.Do(func() { thesaurus, thesaurusErr = ParseThesaurus(data.Thesaurus) })
	return thesaurus, thesaurusErr
}

// ParseThesaurus reads the thesaurus format. The first definition of a term
// wins; a later concept that repeats it does not get it.
func ParseThesaurus(src string) (*Thesaurus, error) {
	th := &Thesaurus{byFirst: map[rune][]termRef{}, senses: map[string][]string{}}
	seen := map[string]bool{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, rest, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("thesaurus line %d: no \"pattern:\" before the terms", n+1)
		}
		id = strings.TrimSpace(id)
		if id == "=" {
			th.addSenses(rest)
			continue
		}
		if id == "-" {
			id = ""
		} else if _, ok := data.PatternByID(id); !ok {
			return nil, fmt.Errorf("thesaurus line %d: unknown pattern %q", n+1, id)
		}
		c := Concept{Pattern: id}
		for _, t := range strings.Split(rest, "|") {
			t = strings.ToLower(strings.Join(strings.Fields(t), " "))
			if t == "" || seen[t] {
				continue
			}
			seen[t] = true
			c.Terms = append(c.Terms, t)
		}
		if len(c.Terms) == 0 {
			continue
		}
		idx := len(th.concepts)
		th.concepts = append(th.concepts, c)
		for _, t := range c.Terms {
			r, _ := utf8.DecodeRuneInString(t)
			th.byFirst[r] = append(th.byFirst[r], termRef{t, idx})
		}
	}
	for r := range th.byFirst {
		refs := th.byFirst[r]
		sort.SliceStable(refs, func(i, j int) bool { return len(refs[i].term) > len(refs[j].term) })
	}
	return th, nil
}

// addSenses reads a line of words in their IT sense ("traffic | 流量"):
// each word of one language translates to the line's words of the other.
func (th *Thesaurus) addSenses(rest string) {
	var en, zh []string
	for _, t := range strings.Split(rest, "|") {
		t = strings.ToLower(strings.Join(strings.Fields(t), " "))
		switch {
		case t == "":
		case hasHan(t):
			zh = append(zh, t)
		default:
			en = append(en, t)
		}
	}
	for _, w := range en {
		th.senses[w] = append(th.senses[w], zh...)
		th.maxSense = max(th.maxSense, len(strings.Fields(w)))
	}
	for _, w := range zh {
		th.senses[w] = append(th.senses[w], en...)
	}
}

// Senses returns the translations the thesaurus gives a word in its IT
// sense ("traffic": 流量, not the lexicon's 交通), or nil.
func (th *Thesaurus) Senses(w string) []string {
	if th == nil {
		return nil
	}
	return th.senses[w]
}

func (th *Thesaurus) maxSenseWords() int {
	if th == nil {
		return 0
	}
	return th.maxSense
}

// Concepts returns every concept.
func (th *Thesaurus) Concepts() []Concept { return th.concepts }

// ConceptsOf returns the concepts linked to a failure pattern.
func (th *Thesaurus) ConceptsOf(pattern string) []Concept {
	var out []Concept
	for _, c := range th.concepts {
		if c.Pattern == pattern {
			out = append(out, c)
		}
	}
	return out
}

// Match is a concept found in a text, and the term as found.
type Match struct {
	Concept int
	Term    string
	Start   int // byte offsets in the lowercased text
	End     int
}

// Find returns the concepts named in text, longest term first at each
// place, not overlapping, and the text that is left over. English terms
// match whole words; Chinese terms match anywhere.
func (th *Thesaurus) Find(text string) ([]Match, string) {
	lower := strings.ToLower(text)
	var out []Match
	var rest strings.Builder
	for i := 0; i < len(lower); {
		r, size := utf8.DecodeRuneInString(lower[i:])
		matched := false
		if isWordStart(lower, i) {
			for _, ref := range th.byFirst[r] {
				end, ok := matchTerm(lower, i, ref.term)
				if !ok {
					continue
				}
				out = append(out, Match{Concept: ref.concept, Term: ref.term, Start: i, End: end})
				rest.WriteByte(' ')
				i = end
				matched = true
				break
			}
		}
		if !matched {
			rest.WriteString(lower[i : i+size])
			i += size
		}
	}
	return out, rest.String()
}

// inflections are the endings an English word takes that leave its
// meaning alone (alerts, deployed, restarting): a term matches a word
// that is the term with one of them.
var inflections = []string{"s", "es", "ed", "d", "ing"}

// matchTerm reports whether term is at lower[i:] and where it ends. A
// Chinese term matches anywhere; an English one matches a whole word, as
// written or inflected ("alert" matches "alerts", "degrade" "degraded" and
// "degrading", "retry" "retries" and "retried"; "route" never matches
// "router").
func matchTerm(lower string, i int, term string) (int, bool) {
	if !isLatinEnd(term) {
		if strings.HasPrefix(lower[i:], term) {
			return i + len(term), true
		}
		return 0, false
	}
	whole := func(end int) bool { return end >= len(lower) || !isWordRune(runeAt(lower, end)) }
	if strings.HasPrefix(lower[i:], term) {
		end := i + len(term)
		if whole(end) {
			return end, true
		}
		if len(term) < 3 {
			return 0, false // "lb" is not in "lbs"
		}
		for _, suf := range inflections {
			if strings.HasPrefix(lower[end:], suf) && whole(end+len(suf)) {
				return end + len(suf), true
			}
		}
		// a doubled last consonant: stop → stopped, stopping
		last := term[len(term)-1]
		if end < len(lower) && lower[end] == last && strings.IndexByte("bdgklmnprt", last) >= 0 {
			for _, suf := range []string{"ed", "ing"} {
				if strings.HasPrefix(lower[end+1:], suf) && whole(end+1+len(suf)) {
					return end + 1 + len(suf), true
				}
			}
		}
		return matchComparative(lower, i, term)
	}
	// a final e or y that the ending replaces: degrade → degrading,
	// retry → retries, retried
	if len(term) < 4 {
		return 0, false
	}
	stem, last := term[:len(term)-1], term[len(term)-1]
	if !strings.HasPrefix(lower[i:], stem) {
		return 0, false
	}
	if end, ok := matchComparative(lower, i, term); ok {
		return end, true // busy → busier, large → larger
	}
	end := i + len(stem)
	var sufs []string
	switch last {
	case 'e':
		sufs = []string{"ing"}
	case 'y':
		sufs = []string{"ies", "ied"}
	}
	for _, suf := range sufs {
		if strings.HasPrefix(lower[end:], suf) && whole(end+len(suf)) {
			return end + len(suf), true
		}
	}
	return 0, false
}

// matchComparative reports whether the word at lower[i:] is a
// comparative or superlative of the one-word term ("slow": slower,
// slowest; "big": bigger; "busy": busier; "large": larger) and where it
// ends, when the lexicon says it may be (see comparable), so that a query
// that says how much worse it got ("logins got slower") reaches the
// concept the base word names (latency).
func matchComparative(lower string, i int, term string) (int, bool) {
	if len(term) < 3 || strings.IndexByte(term, ' ') >= 0 {
		return 0, false
	}
	j := i
	for j < len(lower) && isWordRune(runeAt(lower, j)) {
		_, size := utf8.DecodeRuneInString(lower[j:])
		j += size
	}
	word := lower[i:j]
	if !strings.HasSuffix(word, "er") && !strings.HasSuffix(word, "est") {
		return 0, false // the common case, without allocating
	}
	if !slices.Contains(comparativeBases(word), term) || !comparable(word, term) {
		return 0, false
	}
	return j, true
}

// comparativeBases returns the adjectives an English word may be the
// comparative or superlative of: slower slow, bigger big, busier busy,
// larger large.
func comparativeBases(w string) []string {
	var out []string
	for _, suf := range []string{"est", "er"} {
		s, ok := strings.CutSuffix(w, suf)
		if !ok || len(s) < 3 {
			continue
		}
		out = append(out, s)
		if n := len(s); s[n-1] == s[n-2] && strings.IndexByte("bdgklmnprt", s[n-1]) >= 0 {
			out = append(out, s[:n-1]) // bigger → big
		}
		if y, ok := strings.CutSuffix(s, "i"); ok {
			out = append(out, y+"y") // busier → busy
		}
		out = append(out, s+"e") // larger → large
	}
	return out
}

// comparable reports whether word may be a comparative of base, by the
// general lexicon: word is no word of its own ("router", "timer",
// "server", "later"), and base is more often a quality or a thing than an
// action ("slow", "large"; not "deploy": a deployer is no more deployed).
var comparable = func(word, base string) bool {
	lex, err := DefaultLexicon()
	return err == nil && !lex.HasGloss(word) && lex.MostlyNoVerb(base)
}

// isWordStart: a Latin letter or digit starts a word only after a
// non-word character; a Chinese character can start a term anywhere.
func isWordStart(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !isLatinWord(r) {
		return true
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isLatinWord(prev)
}

func isLatinEnd(term string) bool {
	r, _ := utf8.DecodeLastRuneInString(term)
	return isLatinWord(r)
}

func isWordRune(r rune) bool { return isLatinWord(r) }

func isLatinWord(r rune) bool {
	return r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}
