package search

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// Lexicon is a general Chinese-English dictionary (CC-CEDICT, cleaned):
// the English glosses of a Chinese word and the Chinese words of an
// English gloss. It stands under the thesaurus: search uses it only for
// the words the thesaurus does not know, and weighs what it brings less.
//
// It keeps the table as one string and two sorted lists of its lines,
// looked up by binary search: a few megabytes, parsed in tens of
// milliseconds, instead of maps several times that size.
type Lexicon struct {
	zh []string // "headword\tgloss|gloss", sorted
	en []string // "gloss\theadword|headword[\t1]", sorted
	// maxGloss is the longest gloss in words
	maxGloss int
}

var (
	lexiconOnce sync.Once
	lexicon     *Lexicon
	lexiconErr  error
)

// DefaultLexicon returns the embedded lexicon, parsed on first use.
// PreloadLexicon parses it ahead of the first query.
func DefaultLexicon() (*Lexicon, error) {
	lexiconOnce.Do(func() { lexicon, lexiconErr = ParseLexicon(data.CEDICT) })
	return lexicon, lexiconErr
}

// PreloadLexicon parses the embedded lexicon in the background, so that
// the first search does not wait for it.
func PreloadLexicon() { go DefaultLexicon() }

// ParseLexicon reads the gzip of scripts/make_cedict.py's two sorted
// sections, "#zh" and "#en".
func ParseLexicon(gz []byte) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("search: lexicon: %w", err)
	}
	// gzip's trailer holds the size of the text: read it into one buffer
	// rather than one that grows by doubling
	var raw []byte
	if n := len(gz); n >= 4 {
		if size := binary.LittleEndian.Uint32(gz[n-4:]); size > 0 && size < 64<<20 {
			raw = make([]byte, 0, size)
		}
	}
	buf := bytes.NewBuffer(raw)
	if _, err := io.Copy(buf, zr); err != nil {
		return nil, fmt.Errorf("search: lexicon: %w", err)
	}
	raw = buf.Bytes()
	// raw is never written again: the lines are slices of it
	all := unsafe.String(unsafe.SliceData(raw), len(raw))
	l := &Lexicon{zh: make([]string, 0, 80000), en: make([]string, 0, 160000)}
	var section *[]string
	for all != "" {
		line := all
		if i := strings.IndexByte(all, '\n'); i >= 0 {
			line, all = all[:i], all[i+1:]
		} else {
			all = ""
		}
		switch {
		case line == "#zh":
			section = &l.zh
		case line == "#en":
			section = &l.en
		case section == nil || !strings.Contains(line, "\t"):
		default:
			*section = append(*section, line)
		}
	}
	if len(l.zh) == 0 || len(l.en) == 0 {
		return nil, fmt.Errorf("search: lexicon has no entries")
	}
	for _, s := range [][]string{l.zh, l.en} {
		if !sort.SliceIsSorted(s, func(i, j int) bool { return key(s[i]) < key(s[j]) }) {
			return nil, fmt.Errorf("search: lexicon is not sorted")
		}
	}
	for _, line := range l.en {
		if n := strings.Count(key(line), " ") + 1; n > l.maxGloss {
			l.maxGloss = n
		}
	}
	return l, nil
}

// key is what a line is sorted by: the text before its first tab.
func key(line string) string {
	k, _, _ := strings.Cut(line, "\t")
	return k
}

// find returns the rest of the line of lines whose key is k, or "".
func find(lines []string, k string) string {
	i := sort.Search(len(lines), func(i int) bool { return key(lines[i]) >= k })
	if i < len(lines) && key(lines[i]) == k {
		_, rest, _ := strings.Cut(lines[i], "\t")
		return rest
	}
	return ""
}

// Len returns the number of Chinese headwords.
func (l *Lexicon) Len() int { return len(l.zh) }

// Glosses returns the English glosses of a Chinese word, lowercased, most
// fitting first (computing senses lead), or nil.
func (l *Lexicon) Glosses(zh string) []string {
	rest := find(l.zh, zh)
	if rest == "" {
		return nil
	}
	var out []string
	for _, g := range strings.FieldsFunc(rest, isSenseSep) {
		if g = strings.ToLower(strings.TrimPrefix(g, "~")); !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// Common reports whether an English word (lowercase) is an ordinary word
// of the dictionary, not only a name: "slack" is, "google" is not.
func (l *Lexicon) Common(w string) bool {
	rest := find(l.en, w)
	_, flag, _ := strings.Cut(rest, "\t")
	return flag == "1"
}

// HasGloss reports whether an English word or phrase (lowercase) is
// itself a gloss of the lexicon.
func (l *Lexicon) HasGloss(en string) bool { return find(l.en, en) != "" }

// MostlyNoVerb reports whether an English word (lowercase) is a gloss of
// the lexicon more often in senses that are no verb's than in a verb's:
// "slow", "large" and "busy" are; "deploy", "crash" and "load" are not.
func (l *Lexicon) MostlyNoVerb(en string) bool {
	heads, _, _ := strings.Cut(find(l.en, en), "\t")
	if heads == "" {
		return false
	}
	verb, other := 0, 0
	for _, h := range strings.Split(heads, "|") {
		for _, g := range strings.FieldsFunc(find(l.zh, h), isSenseSep) {
			v := strings.HasPrefix(g, "~")
			if !strings.EqualFold(strings.TrimPrefix(g, "~"), en) {
				continue
			}
			if v {
				verb++
			} else {
				other++
			}
		}
	}
	return other > verb
}

// Headwords returns the Chinese words glossed by an English word or
// phrase, the likeliest translation first, or nil. "servers" finds the
// words of "server", "took" those of "take", and a derived word the
// dictionary lacks those of the word it comes from ("deletion": delete).
//
// A headword is ranked by how likely it is to be what the word means:
// the share of its senses the word is (its first gloss, and its only one,
// counts most; a sense after several others little), times how common the
// segmenter's dictionary says the headword is. So 系统 ("system") comes
// before 制度 ("system | institution"), and a common word whose later
// sense the word is (错误: "mistaken; wrong | error") still before a rare
// one whose only sense it is (谬误: "error"). A gloss that CC-CEDICT
// writes capitalised (a title, a name: "Miss", "Turkey") is no
// translation of an ordinary lowercase word ("miss", "turkey"), only of a
// word that is nothing but a name.
func (l *Lexicon) Headwords(en string) []string {
	return l.headwordsBy(en, l.freqFunc(), true)
}

// headwordsBy is Headwords with freq saying how common a headword is,
// and derive whether a derived word the dictionary lacks is looked up as
// its base (once: a base is not taken apart again).
func (l *Lexicon) headwordsBy(en string, freq func(string) float64, derive bool) []string {
	en = strings.ToLower(strings.TrimSpace(en))
	score := map[string]float64{}
	var order []string
	for k, w := range append([]string{en}, lemmas(en)...) {
		rest := find(l.en, w)
		if rest == "" {
			continue
		}
		heads, flag, _ := strings.Cut(rest, "\t")
		common := flag == "1"
		verb := k > 0 && verbForm(en)
		for _, h := range strings.Split(heads, "|") {
			share := l.senseShare(h, w, common, verb)
			if share == 0 {
				continue
			}
			s := share * freq(h)
			if k > 0 {
				s *= lemmaWeight
			}
			if _, ok := score[h]; !ok {
				order = append(order, h)
			}
			score[h] = max(score[h], s)
		}
		if k > 0 {
			break // the first lemma found is the one
		}
	}
	if len(order) == 0 && derive && !strings.Contains(en, " ") {
		// a derived word the dictionary lacks: the word it is made from
		// ("deletion": delete, "manually": manual), the first one found
		comp := comparativeBases(en)
		for _, w := range derivations(en) {
			if slices.Contains(comp, w) && !l.MostlyNoVerb(w) {
				// a comparative is a quality's: a deployer is no more
				// "deploy", a renderer no more "render"
				continue
			}
			if hw := l.headwordsBy(w, freq, false); len(hw) > 0 {
				return hw
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return score[order[i]] > score[order[j]] })
	return order
}

// senseShare returns how much of a headword's meaning an English word
// (lowercase) is: 1/2^i for the word in the headword's sense i (CC-CEDICT
// lists senses, each one or more glosses), over the root of the sum of
// those for all its senses; 0 when the word is none of them, or only a
// capitalised one and common is true (the word is also an ordinary
// word). When verb is true (the word typed is a verb's form: "stuck",
// "returned"), a sense that is no verb's counts nounWeight as much.
func (l *Lexicon) senseShare(h, w string, common, verb bool) float64 {
	rest := find(l.zh, h)
	if rest == "" {
		return 0
	}
	best, capital := 0.0, 0.0
	total := 0.0
	for i, sense := range strings.Split(rest, "|") {
		total += senseDecay(float64(i))
		for j, g := range strings.Split(sense, ";") {
			v := strings.HasPrefix(g, "~")
			g = strings.TrimPrefix(g, "~")
			if !strings.EqualFold(g, w) {
				continue
			}
			at := senseDecay(float64(i) + withinSense*float64(j))
			if verb && !v {
				at *= nounWeight
			}
			if g == w {
				best = max(best, at)
			} else {
				capital = max(capital, at)
			}
		}
	}
	if best == 0 && !common {
		best = capital
	}
	return best / math.Sqrt(total)
}

// Ranking of the headwords of an English word (measured with incidex eval
// on both halves of the dev queries; see the issue notes).
const (
	// lemmaWeight: a headword found through the word's lemma, not the word
	// itself ("missing": 失踪 before miss's 错过)
	lemmaWeight = 0.5
	// withinSense: how many senses later a gloss counts for each gloss
	// before it in its own sense ("to stipulate; to specify; … to fix")
	withinSense = 0.5
	// nounWeight: a sense that is no verb's, for a verb's form ("stuck":
	// 粘贴 "to stick" before 棍子 "stick")
	nounWeight = 0.25
)

// verbForm reports whether an English word is a verb's inflection: an
// -ed or -ing form, or an irregular verb's (took, stuck).
func verbForm(w string) bool {
	if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return true
	}
	return irregularVerb()[w]
}

// senseDecay is the weight of the sense at position i (a fraction when
// the gloss is not the first of its sense): 1/2^i.
func senseDecay(i float64) float64 { return math.Pow(0.5, i) }

// isSenseSep reports whether r separates glosses in a line of the
// lexicon's Chinese section: '|' between senses, ';' between the
// glosses of one.
func isSenseSep(r rune) bool { return r == '|' || r == ';' }

// lemmas returns the words an English word may be an inflection of, most
// likely first: its irregular base (took: take, worse: bad, from
// WordNet's exception lists), its singular, or its verb before -ed or
// -ing; for a phrase, the phrase with its first word's lemmas, then with
// its last word's singular.
func lemmas(w string) []string {
	if first, rest, ok := strings.Cut(w, " "); ok {
		// a phrase: its first word's lemmas (logged out: log out)
		var out []string
		for _, l := range lemmas(first) {
			out = append(out, l+" "+rest)
		}
		// a noun phrase, whose head is its last word: that word's
		// singular (phone calls: phone call, text messages: text message)
		i := strings.LastIndexByte(w, ' ')
		for _, l := range singulars(w[i+1:]) {
			if p := w[:i+1] + l; !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
		return out
	}
	out := slices.Clone(irregular()[w])
	add := func(s string) {
		if len(s) > 2 && s != w && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	cut := func(suf string) (string, bool) { return strings.CutSuffix(w, suf) }
	if s, ok := cut("ies"); ok {
		add(s + "y")
	}
	if s, ok := cut("ied"); ok {
		add(s + "y")
	}
	for _, suf := range []string{"ing", "ed"} {
		s, ok := cut(suf)
		if !ok || len(s) < 3 {
			continue // need, seed, bring
		}
		if n := len(s); n > 2 && s[n-1] == s[n-2] && strings.IndexByte("bdgklmnprt", s[n-1]) >= 0 {
			add(s[:n-1]) // stopped → stop
		}
		add(s + "e") // resolved → resolve, degrading → degrade
		add(s)       // deployed → deploy
	}
	if s, ok := cut("es"); ok {
		add(s) // processes → process
	}
	if s, ok := cut("s"); ok && !strings.HasSuffix(w, "ss") {
		add(s)
	}
	return out
}

// singulars returns the singulars an English plural may have, the
// likelier first: messages message, batteries battery, processes process.
func singulars(w string) []string {
	var out []string
	add := func(s string) {
		if len(s) > 2 && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if s, ok := strings.CutSuffix(w, "ies"); ok {
		add(s + "y")
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(w, "ss") {
		add(s)
	}
	if s, ok := strings.CutSuffix(w, "es"); ok {
		add(s)
	}
	return out
}

// derivational suffixes, and what replaces each, tried in this order
var derivational = [][2]string{
	{"ically", "ic"}, {"ily", "y"}, {"bly", "ble"}, {"ly", ""},
	{"ability", "able"}, {"ibility", "ible"}, {"ivity", "ive"}, {"ity", ""},
	{"ification", "ify"}, {"ization", "ize"}, {"isation", "ise"},
	{"ation", "ate"}, {"ation", "e"}, {"ation", ""}, {"uction", "uce"},
	{"ion", "e"}, {"ion", ""}, {"ness", ""}, {"ment", ""},
}

// derivations returns the words an English word may be derived from by
// a suffix, the likelier first: "deletion" delete, "availability"
// available, "manually" manual, "validation" validate.
func derivations(w string) []string {
	// a comparative or superlative the dictionary lacks: its adjective
	// ("slower": slow, "bigger": big)
	out := comparativeBases(w)
	for _, d := range derivational {
		s, ok := strings.CutSuffix(w, d[0])
		if d[0] == "ion" && !strings.HasSuffix(s, "t") && !strings.HasSuffix(s, "s") {
			continue // -tion, -sion: a billion is no bill
		}
		if ok && len(s) > 2 {
			if s += d[1]; !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// freqFunc returns how common a headword is, by the segmenter's
// dictionary, smoothed, so that the sense a word has decides between
// headwords of like frequency.
func (l *Lexicon) freqFunc() func(string) float64 {
	seg, err := indexer.Segmenter()
	if err != nil {
		return func(string) float64 { return 1 }
	}
	return func(w string) float64 {
		f, _, _ := seg.Dict.Find([]byte(w))
		return math.Sqrt(f + 1)
	}
}

var (
	irregularOnce  sync.Once
	irregularMap   map[string][]string
	irregularVerbs map[string]bool
)

// irregular returns the embedded table of irregular inflections:
// inflected word → its base forms.
func irregular() map[string][]string {
	irregularOnce.Do(loadIrregular)
	return irregularMap
}

// irregularVerb returns the irregular inflections that are verbs' forms.
func irregularVerb() map[string]bool {
	irregularOnce.Do(loadIrregular)
	return irregularVerbs
}

// loadIrregular reads data.Inflections: "inflected<TAB>pos:base …", pos
// v, n, a or r.
func loadIrregular() {
	irregularMap, irregularVerbs = map[string][]string{}, map[string]bool{}
	for _, line := range strings.Split(data.Inflections, "\n") {
		infl, bases, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		for _, b := range strings.Fields(bases) {
			pos, base, _ := strings.Cut(b, ":")
			if pos == "v" {
				irregularVerbs[infl] = true
			}
			if !slices.Contains(irregularMap[infl], base) {
				irregularMap[infl] = append(irregularMap[infl], base)
			}
		}
	}
}
