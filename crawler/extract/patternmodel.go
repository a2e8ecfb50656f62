package extract

import (
	"bufio"
	"bytes"
	"cmp"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// The pattern model is a linear model over the words of an incident's cause,
// title, summary and text (English word stems and word pairs, Chinese
// character pairs) and over the cue lexicon's score of each pattern in each
// view. It has two heads: "main" (softmax: which pattern is the main
// failure) and "set" (one logistic classifier per pattern: is the pattern
// there at all). scripts/trainpatterns learns it from labelled write-ups
// and writes patternmodel.txt, which is embedded here; without it the
// lexicon ranks alone.
//
//go:embed patternmodel.txt
var patternModelText []byte

var (
	modelOnce sync.Once
	model     *PatternModel
)

// patternModel returns the embedded pattern model, nil when there is none.
func patternModel() *PatternModel {
	modelOnce.Do(func() {
		if len(bytes.TrimSpace(patternModelText)) == 0 {
			return
		}
		m, err := ParsePatternModel(patternModelText)
		if err != nil {
			panic(fmt.Sprintf("extract: embedded patternmodel.txt: %v", err))
		}
		model = m
	})
	return model
}

// PatternModel is a learned ranking of failure patterns.
type PatternModel struct {
	Patterns []string // ids, in data.Patterns() order
	Main     Head     // softmax over the patterns: the main failure
	Set      Head     // a logistic classifier per pattern: present at all
	// FirstMin is the least probability (main head) for any pattern to be
	// named; Min and Rel the least set-head probability, and its share of
	// the first pattern's, for each further one.
	FirstMin, Min, Rel float64
	// Mix is how much of the main head's probability is added to the set
	// head's when ranking the further patterns.
	Mix float64
	// Alt, when above 0, names right after the first pattern every other
	// pattern the main head finds at least Alt times as likely to be the
	// main failure: where the model hesitates between two causes, both.
	Alt float64
	// SetMin, when not nil, is each pattern's own least set-head
	// probability to be named after the first, in place of Min: some
	// patterns are stated plainly when present, others only in passing.
	SetMin []float64
	// byHash holds both heads' weights by the hash of the feature's name;
	// featSlots the same as a table by open addressing, each slot
	// pointing into featWeights (index, weightsOf).
	byHash      map[uint64]hashedWeights
	hashMay     []uint64 // a bit set by each feature's hash
	featSlots   []featSlot
	featWeights []Weight
	// Blend is how much each pattern's share of the best lexicon score
	// adds to the main head's linear score.
	Blend float64
	// Max, when above 0, is the most patterns named (else patternsListed).
	Max int
}

// Head is one linear layer: a bias and sparse feature weights per pattern.
type Head struct {
	Bias    []float64
	Weights map[string][]Weight
}

// Weight is one feature's weight for one pattern.
type Weight struct {
	Pattern int
	W       float64
}

// Scores returns the head's linear score of each pattern.
func (h *Head) Scores(feats map[string]float64) []float64 {
	names := make([]string, 0, len(feats))
	for f := range feats {
		names = append(names, f)
	}
	sort.Strings(names) // the same sum in the same order every time
	out := append([]float64(nil), h.Bias...)
	for _, f := range names {
		for _, w := range h.Weights[f] {
			out[w.Pattern] += feats[f] * w.W
		}
	}
	return out
}

// Rank orders the patterns of an incident's features (PatternFeatures):
// the main head's choice first, then the set head's, best first.
func (m *PatternModel) Rank(feats map[string]float64) []string {
	if !HasCueEvidence(feats) {
		return []string{}
	}
	prior := make([]float64, len(m.Patterns))
	for i, p := range m.Patterns {
		prior[i] = feats["lex:cause:"+p]
	}
	return m.RankScores(m.Main.Scores(feats), m.Set.Scores(feats), prior)
}

// RankScores ranks from the heads' linear scores and each pattern's share
// of the best lexicon score in what the cause says (the lex:cause
// features), which Blend times adds to the main head's scores. The model
// never learns to undo it: the cause's lexicon stays the backbone where
// write-ups differ from those the model learned from.
func (m *PatternModel) RankScores(mainScore, setScore, prior []float64) []string {
	mainScore = slices.Clone(mainScore)
	for i := range mainScore {
		mainScore[i] += m.Blend * prior[i]
	}
	main := softmax(mainScore)
	set := make([]float64, len(setScore))
	for i := range set {
		set[i] = sigmoid(setScore[i]) + m.Mix*main[i]
	}
	first := 0
	for i := range main {
		if main[i] > main[first] {
			first = i
		}
	}
	out := []string{}
	if main[first] < m.FirstMin {
		return out
	}
	out = append(out, m.Patterns[first])
	most := patternsListed
	if m.Max > 0 {
		most = min(m.Max, patternsListed)
	}
	named := make([]bool, len(main))
	named[first] = true
	if m.Alt > 0 {
		alts := []int{}
		for i := range main {
			if i != first && main[i] >= m.Alt*main[first] {
				alts = append(alts, i)
			}
		}
		sort.SliceStable(alts, func(a, b int) bool { return main[alts[a]] > main[alts[b]] })
		for _, p := range alts {
			if len(out) < most {
				out = append(out, m.Patterns[p])
				named[p] = true
			}
		}
	}
	order := make([]int, 0, len(set))
	for i := range set {
		if !named[i] {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return set[order[a]] > set[order[b]] })
	top := math.Max(set[first], set[order[0]])
	for _, p := range order {
		if len(out) >= most || set[p] < top*m.Rel {
			break
		}
		if set[p] < m.minOf(p) {
			if m.SetMin == nil {
				break
			}
			continue // another pattern's own threshold may be lower
		}
		out = append(out, m.Patterns[p])
	}
	return out
}

// minOf is the least set-head probability for pattern p to be named
// after the first: its own threshold if the model has one, else Min.
func (m *PatternModel) minOf(p int) float64 {
	if m.SetMin != nil {
		return m.SetMin[p]
	}
	return m.Min
}

// rank is Rank without building the feature map: each feature is looked
// up by the hash of its name, each view's terms added in the order of
// their hashes so that the sums come out the same every time.
func (m *PatternModel) rank(views [numViews]string, lex [numLex][]float64) []string {
	mainScore, setScore, prior, evidence := m.linearScores(views, lex)
	if !evidence {
		return []string{} // no cue of any pattern: nothing to name
	}
	return m.RankScores(mainScore, setScore, prior)
}

// linearScores returns both heads' linear scores of the features of views
// and lex (those PatternFeatures names), each pattern's lex:cause feature,
// and whether any lexicon feature is there.
func (m *PatternModel) linearScores(views [numViews]string, lex [numLex][]float64) (mainScore, setScore, prior []float64, evidence bool) {
	mainScore = append([]float64(nil), m.Main.Bias...)
	setScore = append([]float64(nil), m.Set.Bias...)
	add := func(f *featSlot, x float64) {
		at := int(f.at) - 1
		for _, w := range m.featWeights[at : at+int(f.nMain)] {
			mainScore[w.Pattern] += x * w.W
		}
		at += int(f.nMain)
		for _, w := range m.featWeights[at : at+int(f.nSet)] {
			setScore[w.Pattern] += x * w.W
		}
	}
	prior = make([]float64, len(m.Patterns))
	lexFeatures(lex, func(name string, x float64) {
		evidence = true
		if f := m.weightsOf(fnvString(fnvOffset, name)); f != nil {
			add(f, x)
		}
		if p, ok := strings.CutPrefix(name, "lex:cause:"); ok {
			prior[slices.Index(m.Patterns, p)] = x
		}
	})
	// Each view's terms count once however often they occur, each
	// scaled by one over the root of how many distinct terms the view
	// has. The distinct terms are counted in a set of their hashes;
	// only those the model has a weight for are kept, and they are
	// added in ascending order of hash: the order in which the sorted
	// list of all hashes added them, the others adding nothing.
	sc := rankScratchPool.Get().(*rankScratch)
	defer rankScratchPool.Put(sc)
	seen, hits := &sc.seen, sc.hits[:0]
	defer func() { sc.hits = hits[:0] }()
	for _, mv := range modelViews {
		size := 0
		for _, part := range mv.parts {
			size += len(views[part])
		}
		seen.reset(size / 6) // about as many distinct terms as a text has words
		hits = hits[:0]
		base := fnvString(fnvOffset, mv.name+":")
		for _, part := range mv.parts {
			eachTerm(views[part], func(a, b string) {
				h := fnvString(base, a)
				if b != "" {
					h = fnvString(fnvByte(h, '_'), b)
				}
				if !seen.add(h) {
					return
				}
				if f := m.weightsOf(h); f != nil {
					hits = append(hits, foundWeights{h, f})
				}
			})
		}
		if seen.n == 0 {
			continue
		}
		slices.SortFunc(hits, func(a, b foundWeights) int { return cmp.Compare(a.h, b.h) })
		x := 1 / math.Sqrt(float64(seen.n))
		for _, f := range hits {
			add(f.f, x)
		}
	}
	return mainScore, setScore, prior, evidence
}

// foundWeights are the weights of a term of a view, and its hash.
type foundWeights struct {
	h uint64
	f *featSlot
}

// rankScratch is what linearScores reuses from call to call.
type rankScratch struct {
	seen hashSet
	hits []foundWeights
}

var rankScratchPool = sync.Pool{New: func() any { return new(rankScratch) }}

// hashSet is a set of 64-bit hashes by open addressing, reused from view
// to view; 0 stands for an empty slot, and the hash 0 is held apart.
type hashSet struct {
	slots []uint64
	n     int  // how many hashes it holds
	zero  bool // whether it holds 0
}

// reset empties the set, with room for about hint hashes.
func (s *hashSet) reset(hint int) {
	size := 256
	for size < 2*hint {
		size *= 2
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size] // the table is as long as it is used
		clear(s.slots)
	} else {
		s.slots = make([]uint64, size)
	}
	s.n, s.zero = 0, false
}

// add puts h in the set and reports whether it was not there before.
func (s *hashSet) add(h uint64) bool {
	if h == 0 {
		if s.zero {
			return false
		}
		s.zero = true
		s.n++
		return true
	}
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	mask := uint64(len(s.slots) - 1)
	for i := spread(h) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return false
		case 0:
			s.slots[i] = h
			s.n++
			return true
		}
	}
}

func (s *hashSet) grow() {
	old := s.slots
	s.slots = make([]uint64, max(256, 2*len(old)))
	mask := uint64(len(s.slots) - 1)
	for _, h := range old {
		if h == 0 {
			continue
		}
		i := spread(h) & mask
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = h
	}
}

// spread mixes a hash's high bits into its low ones (Fibonacci hashing),
// the index of its first slot in a table a power of two long.
func spread(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> 32 }

// HasCueEvidence reports whether features hold any lexicon cue: without
// one, a write-up names no pattern.
func HasCueEvidence(feats map[string]float64) bool {
	for f := range feats {
		if strings.HasPrefix(f, "lex:") {
			return true
		}
	}
	return false
}

const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

func fnvByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func softmax(s []float64) []float64 {
	out := make([]float64, len(s))
	mx := math.Inf(-1)
	for _, x := range s {
		mx = math.Max(mx, x)
	}
	sum := 0.0
	for i, x := range s {
		out[i] = math.Exp(x - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// PatternFeatures returns the features the pattern model reads of an
// incident: "lex:V:P" the log of the lexicon score of pattern P in view V,
// and "V:T" for each term T of view V (word stems, word pairs joined by
// "_", Chinese character pairs), each view's terms scaled to unit length.
func PatternFeatures(in *data.Incident) map[string]float64 {
	views := patternViews(in)
	return patternFeatures(views, lexiconScoresOwn(views, ownProviders(in)))
}

// modelViews are the views whose terms are features; the title and the
// summary make one. The whole text is one too: what a write-up says in
// passing (an alert that came late, a status page left stale) names
// patterns of its own beside the cause's.
var modelViews = []struct {
	name  string
	parts []int
}{{"k", []int{viewCausal}}, {"c", []int{viewCause}}, {"s", []int{viewTitle, viewSummary}}, {"m", []int{viewRemedy}}, {"r", []int{viewRest}}}

func patternFeatures(views [numViews]string, lex [numLex][]float64) map[string]float64 {
	feats := map[string]float64{}
	lexFeatures(lex, func(name string, x float64) { feats[name] = x })
	for _, mv := range modelViews {
		terms := map[string]bool{}
		for _, part := range mv.parts {
			eachTerm(views[part], func(a, b string) {
				if b != "" {
					a += "_" + b
				}
				terms[a] = true
			})
		}
		if len(terms) == 0 {
			continue
		}
		x := 1 / math.Sqrt(float64(len(terms)))
		for t := range terms {
			feats[mv.name+":"+t] = x
		}
	}
	return feats
}

// lexFeatures calls f with each lexicon feature: the log of each
// pattern's score in each view, its share of the best pattern's score all
// views weighed, and which pattern that best one is.
func lexFeatures(lex [numLex][]float64, f func(name string, x float64)) {
	lexNamesOnce.Do(func() {
		for v := range lexNames {
			for _, p := range patternList {
				lexNames[v] = append(lexNames[v], "lex:"+viewNames[v]+":"+p)
			}
		}
		for _, p := range patternList {
			shareNames = append(shareNames, "lex:share:"+p)
			causeNames = append(causeNames, "lex:cause:"+p)
			topNames = append(topNames, "lex:top:"+p)
		}
	})
	var total [64]float64
	best := 0.0
	for v := range lex {
		for p, s := range lex[v] {
			if s > 0 {
				f(lexNames[v][p], math.Log1p(s))
				total[p] += viewWeight[v] * s
			}
		}
	}
	var cause [64]float64
	bestCause := 0.0
	for _, v := range causeRows {
		for p, s := range lex[v] {
			cause[p] += viewWeight[v] * s * causeShareFactor(p)
		}
	}
	for p := range patternList {
		best = math.Max(best, total[p])
		bestCause = math.Max(bestCause, cause[p])
	}
	for p := range patternList {
		if cause[p] > 0 {
			f(causeNames[p], cause[p]/bestCause)
		}
	}
	for p := range patternList {
		if s := total[p]; s > 0 {
			f(shareNames[p], s/best)
			if s == best {
				f(topNames[p], 1)
			}
		}
	}
}

// causeRows are the lexicon rows of what the cause says.
var causeRows = []int{viewCausal, viewCause, lexFirstClause, lexClauseVotes}

var (
	lexNamesOnce                     sync.Once
	lexNames                         [numLex][]string
	shareNames, topNames, causeNames []string
)

// eachTerm calls f with each term of text: an English word stem (f(stem,
// "")), a pair of neighbouring stems with no stop word or punctuation
// between them (f(first, second)), and each pair of neighbouring Chinese
// characters. Terms repeat as often as they occur.
func eachTerm(text string, f func(a, b string)) {
	prev := ""
	hanPrev := -1 // byte offset of the previous Chinese character of a run
	var lowerBuf [64]byte
	wordStart := -1
	flushWord := func(end int) {
		if wordStart < 0 {
			return
		}
		w := text[wordStart:end]
		wordStart = -1
		if len(w) < 3 || len(w) > len(lowerBuf) {
			prev = ""
			return
		}
		lw := w
		for i := 0; i < len(w); i++ {
			if w[i] >= 'A' && w[i] <= 'Z' {
				b := lowerBuf[:len(w)]
				copy(b, w)
				for k := i; k < len(b); k++ {
					if b[k] >= 'A' && b[k] <= 'Z' {
						b[k] += 'a' - 'A'
					}
				}
				lw = string(b)
				break
			}
		}
		if stopLens[lw[0]]&(1<<min(len(lw), 63)) != 0 && stopWords[lw] { // the cheap test first
			prev = ""
			return
		}
		st := Stem(lw)
		f(st, "")
		if prev != "" {
			f(prev, st)
		}
		prev = st
	}
	for i, r := range text {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			hanPrev = -1
			if wordStart < 0 {
				wordStart = i
			}
		case r >= hanFrom && isHan(r): // the cheap test first
			flushWord(i)
			prev = ""
			if hanPrev >= 0 {
				f(text[hanPrev:i+utf8.RuneLen(r)], "")
			}
			hanPrev = i
		default:
			flushWord(i)
			hanPrev = -1
			if r != ' ' && r != '-' {
				prev = "" // a pair never spans punctuation
			}
		}
	}
	flushWord(len(text))
}

// hanFrom is the first Chinese character (unicode.Han holds none before
// it; TestHanFrom checks).
const hanFrom = 0x2E80

// Stem cuts the commonest English endings off a lowercase word, so that
// "misconfigured", "misconfiguration" and "misconfigurations" share a stem.
func Stem(w string) string {
	// the endings are tried in stemSuffixes' order, only those of w's
	// last letter (the others cannot match); each leaves four letters
	if len(w) < 5 {
		return w
	}
	for _, suf := range stemEndings[w[len(w)-1]] {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			w = w[:len(w)-len(suf)]
			if suf == "ies" || suf == "ied" {
				w += "y"
			}
			break
		}
	}
	return w
}

// stemSuffixes are the endings Stem cuts, the first that fits first;
// stemEndings the same by their last letter.
var (
	stemSuffixes = []string{"ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "ly", "e"}
	stemEndings  = func() (by [256][]string) {
		for _, suf := range stemSuffixes {
			by[suf[len(suf)-1]] = append(by[suf[len(suf)-1]], suf)
		}
		return by
	}()
)

var stopWords = map[string]bool{}

// stopLens holds, by first byte, a bit for each length of the stop words
// that start with it (63 for all longer).
var stopLens [256]uint64

func init() {
	for _, w := range strings.Fields(`the and for was were are this that with from have has had not but its our they their them
	which when what who will would could should been being into onto over under also than then there these those such some
	any all can may might one two more most other only out about after before during while where here very just you your
	his her she him how why each both few own same too does did doing because due caused cause causing result resulted
	resulting led lead leading triggered trigger root issue issues incident problem time minutes hours day days team teams
	we us it is be as at by on in of to or an if no so up do`) {
		stopWords[w] = true
		stopLens[w[0]] |= 1 << min(len(w), 63)
	}
}

// ParsePatternModel reads a model written by MarshalText.
func ParsePatternModel(b []byte) (*PatternModel, error) {
	m := &PatternModel{}
	var head *Head
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		bad := func(err error) error { return fmt.Errorf("pattern model line %d: %w", line, err) }
		switch f[0] {
		case "patterns":
			m.Patterns = f[1:]
		case "param":
			if len(f) != 3 {
				return nil, bad(fmt.Errorf("want: param NAME VALUE"))
			}
			v, err := strconv.ParseFloat(f[2], 64)
			if err != nil {
				return nil, bad(err)
			}
			switch f[1] {
			case "first_min":
				m.FirstMin = v
			case "min":
				m.Min = v
			case "rel":
				m.Rel = v
			case "mix":
				m.Mix = v
			case "blend":
				m.Blend = v
			case "alt":
				m.Alt = v
			case "max":
				m.Max = int(v)
			default:
				return nil, bad(fmt.Errorf("unknown param %q", f[1]))
			}
		case "setmin":
			if len(f)-1 != len(m.Patterns) {
				return nil, bad(fmt.Errorf("%d thresholds for %d patterns", len(f)-1, len(m.Patterns)))
			}
			m.SetMin = make([]float64, len(f)-1)
			for i, s := range f[1:] {
				v, err := strconv.ParseFloat(s, 64)
				if err != nil {
					return nil, bad(err)
				}
				m.SetMin[i] = v
			}
		case "head":
			if len(f) != 2 || f[1] != "main" && f[1] != "set" {
				return nil, bad(fmt.Errorf("want: head main|set"))
			}
			head = &m.Set
			if f[1] == "main" {
				head = &m.Main
			}
			head.Weights = map[string][]Weight{}
		case "bias", "f":
			if head == nil || len(m.Patterns) == 0 {
				return nil, bad(fmt.Errorf("%s before patterns and head", f[0]))
			}
			if f[0] == "bias" {
				if len(f)-1 != len(m.Patterns) {
					return nil, bad(fmt.Errorf("%d biases for %d patterns", len(f)-1, len(m.Patterns)))
				}
				head.Bias = make([]float64, len(m.Patterns))
				for i, s := range f[1:] {
					v, err := strconv.ParseFloat(s, 64)
					if err != nil {
						return nil, bad(err)
					}
					head.Bias[i] = v
				}
				continue
			}
			if len(f) < 3 {
				return nil, bad(fmt.Errorf("want: f FEATURE P:W..."))
			}
			ws := make([]Weight, 0, len(f)-2)
			for _, s := range f[2:] {
				ps, wv, ok := strings.Cut(s, ":")
				p, err1 := strconv.Atoi(ps)
				v, err2 := strconv.ParseFloat(wv, 64)
				if !ok || err1 != nil || err2 != nil || p < 0 || p >= len(m.Patterns) {
					return nil, bad(fmt.Errorf("bad weight %q", s))
				}
				ws = append(ws, Weight{p, v})
			}
			head.Weights[f[1]] = ws
		default:
			return nil, bad(fmt.Errorf("unknown record %q", f[0]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("pattern model: %w", err)
	}
	cuesOnce.Do(loadCues)
	if strings.Join(m.Patterns, " ") != strings.Join(patternList, " ") {
		return nil, fmt.Errorf("pattern model: its patterns %v are not data/patterns.json's", m.Patterns)
	}
	if m.Main.Bias == nil || m.Set.Bias == nil {
		return nil, fmt.Errorf("pattern model: a head is missing")
	}
	m.index()
	return m, nil
}

// MarshalText writes the model in the text form ParsePatternModel reads,
// features sorted, so that the same model gives the same bytes.
func (m *PatternModel) MarshalText() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# incidex failure-pattern model: written by scripts/trainpatterns, read by crawler/extract\n")
	fmt.Fprintf(&b, "patterns %s\n", strings.Join(m.Patterns, " "))
	fmt.Fprintf(&b, "param first_min %s\nparam min %s\nparam rel %s\nparam mix %s\nparam blend %s\nparam alt %s\n", num(m.FirstMin), num(m.Min), num(m.Rel), num(m.Mix), num(m.Blend), num(m.Alt))
	if m.Max > 0 {
		fmt.Fprintf(&b, "param max %d\n", m.Max)
	}
	if m.SetMin != nil {
		b.WriteString("setmin")
		for _, v := range m.SetMin {
			b.WriteString(" " + num(v))
		}
		b.WriteByte('\n')
	}
	for _, h := range []struct {
		name string
		h    *Head
	}{{"main", &m.Main}, {"set", &m.Set}} {
		fmt.Fprintf(&b, "head %s\nbias", h.name)
		for _, v := range h.h.Bias {
			b.WriteString(" " + num(v))
		}
		b.WriteByte('\n')
		names := make([]string, 0, len(h.h.Weights))
		for f := range h.h.Weights {
			names = append(names, f)
		}
		sort.Strings(names)
		for _, f := range names {
			if len(h.h.Weights[f]) == 0 || strings.IndexFunc(f, unicode.IsSpace) >= 0 {
				continue
			}
			b.WriteString("f " + f)
			for _, w := range h.h.Weights[f] {
				fmt.Fprintf(&b, " %d:%s", w.Pattern, num(w.W))
			}
			b.WriteByte('\n')
		}
	}
	return b.Bytes(), nil
}

func num(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

type hashedWeights struct{ main, set []Weight }

// index fills byHash from the heads' Weights, and the table weightsOf
// reads it by.
func (m *PatternModel) index() {
	m.byHash = make(map[uint64]hashedWeights, len(m.Main.Weights)+len(m.Set.Weights))
	for name, ws := range m.Main.Weights {
		h := fnvString(fnvOffset, name)
		hw := m.byHash[h]
		hw.main = ws
		m.byHash[h] = hw
	}
	for name, ws := range m.Set.Weights {
		h := fnvString(fnvOffset, name)
		hw := m.byHash[h]
		hw.set = ws
		m.byHash[h] = hw
	}
	// an open-addressing table at most half full, of 16-byte slots, and
	// before it a set of at least 16 bits a feature: most terms of a
	// text are no feature, and most of those are told by one bit
	size := 1024
	for size < 2*len(m.byHash) {
		size *= 2
	}
	m.hashMay = make([]uint64, 8*size/64)
	for h := range m.byHash {
		b := spread(h) >> 8 % uint64(64*len(m.hashMay))
		m.hashMay[b/64] |= 1 << (b % 64)
	}
	m.featSlots = make([]featSlot, size)
	m.featWeights = m.featWeights[:0]
	mask := uint64(size - 1)
	for h, hw := range m.byHash {
		if len(hw.main) > math.MaxUint16 || len(hw.set) > math.MaxUint16 {
			panic("extract: a pattern feature of more weights than a slot holds")
		}
		i := spread(h) & mask
		for m.featSlots[i].at != 0 {
			i = (i + 1) & mask
		}
		m.featSlots[i] = featSlot{h: h, at: uint32(len(m.featWeights)) + 1, nMain: uint16(len(hw.main)), nSet: uint16(len(hw.set))}
		m.featWeights = append(m.featWeights, hw.main...)
		m.featWeights = append(m.featWeights, hw.set...)
	}
}

// featSlot is a slot of the table of features: the hash of a feature's
// name, and where its weights are in featWeights (at-1 on, nMain of the
// main head's, then nSet of the set head's); at is 0 in an empty slot.
type featSlot struct {
	h           uint64
	at          uint32
	nMain, nSet uint16 // at most as many as patterns
}

// weightsOf returns the slot of the feature whose name hashes to h, nil
// when the model has none.
func (m *PatternModel) weightsOf(h uint64) *featSlot {
	// most terms are no feature: a bit of a small set (hashMay) says
	// so before the large table is read
	if b := spread(h) >> 8 % uint64(64*len(m.hashMay)); m.hashMay[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	mask := uint64(len(m.featSlots) - 1)
	for i := spread(h) & mask; ; i = (i + 1) & mask {
		f := &m.featSlots[i]
		switch {
		case f.at == 0:
			return nil
		case f.h == h:
			return f
		}
	}
}
