package extract

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// extractSpeedIncidents extracts the fixture pages (and, with realworld,
// the realworld pages) for speedIncidents, which memoises them: the inputs of the pattern benchmarks and of the
// tests that ask a faster method and the one it replaced the same.
func extractSpeedIncidents(t testing.TB, realworld bool) (ins []*data.Incident, names []string) {
	t.Helper()
	files, _ := filepath.Glob("testdata/*.*")
	if realworld {
		more, _ := filepath.Glob("testdata/realworld/*.*")
		files = append(files, more...)
	}
	for _, f := range files {
		switch filepath.Ext(f) {
		case ".json", ".jsonl":
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in, err := Extract(body, f, "")
		if err != nil {
			continue
		}
		ins = append(ins, in)
		names = append(names, f)
	}
	return ins, names
}

// BenchmarkFindPatterns measures findPatterns alone on the incidents of
// the html fixtures, and its parts.
func BenchmarkFindPatterns(b *testing.B) {
	var ins []*data.Incident
	all, names := speedIncidents(b, false)
	for i, in := range all {
		if strings.HasSuffix(names[i], ".html") {
			ins = append(ins, in)
		}
	}
	if len(ins) == 0 {
		b.Fatal("no html incidents")
	}
	views := make([][numViews]string, len(ins))
	lexs := make([][numLex][]float64, len(ins))
	for i, in := range ins {
		views[i] = patternViews(in)
		lexs[i] = lexiconScores(views[i])
	}
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			for _, in := range ins {
				findPatterns(in)
			}
		}
	})
	b.Run("views", func(b *testing.B) {
		for b.Loop() {
			for _, in := range ins {
				patternViews(in)
			}
		}
	})
	b.Run("lexicon", func(b *testing.B) {
		for b.Loop() {
			for i := range ins {
				lexiconScores(views[i])
			}
		}
	})
	b.Run("rank", func(b *testing.B) {
		m := patternModel()
		for b.Loop() {
			for i := range ins {
				m.rank(views[i], lexs[i])
			}
		}
	})
}

// rankScoresRef is the linear scoring of rank as it was before the hashed
// table and the set of distinct terms: every term's hash sorted, each
// looked up in byHash.
func rankScoresRef(m *PatternModel, views [numViews]string, lex [numLex][]float64) (mainScore, setScore, prior []float64, evidence bool) {
	mainScore = append([]float64(nil), m.Main.Bias...)
	setScore = append([]float64(nil), m.Set.Bias...)
	add := func(h uint64, x float64) {
		hw, ok := m.byHash[h]
		if !ok {
			return
		}
		for _, w := range hw.main {
			mainScore[w.Pattern] += x * w.W
		}
		for _, w := range hw.set {
			setScore[w.Pattern] += x * w.W
		}
	}
	prior = make([]float64, len(m.Patterns))
	lexFeatures(lex, func(name string, x float64) {
		evidence = true
		add(fnvString(fnvOffset, name), x)
		if p, ok := strings.CutPrefix(name, "lex:cause:"); ok {
			prior[slices.Index(m.Patterns, p)] = x
		}
	})
	var hs []uint64
	for _, mv := range modelViews {
		hs = hs[:0]
		base := fnvString(fnvOffset, mv.name+":")
		for _, part := range mv.parts {
			eachTerm(views[part], func(a, b string) {
				h := fnvString(base, a)
				if b != "" {
					h = fnvString(fnvByte(h, '_'), b)
				}
				hs = append(hs, h)
			})
		}
		if len(hs) == 0 {
			continue
		}
		slices.Sort(hs)
		hs = slices.Compact(hs)
		x := 1 / math.Sqrt(float64(len(hs)))
		for _, h := range hs {
			add(h, x)
		}
	}
	return mainScore, setScore, prior, evidence
}

// TestRankScoresSame asks the model's linear scores of the fixture and
// realworld write-ups of the faster scoring and of the one it replaced:
// they must be the same to the bit.
func TestRankScoresSame(t *testing.T) {
	t.Parallel()
	m := patternModel()
	if m == nil {
		t.Skip("no pattern model")
	}
	ins, names := speedIncidents(t, true)
	if len(ins) < 100 {
		t.Fatalf("only %d write-ups", len(ins))
	}
	for i, in := range ins {
		views := patternViews(in)
		lex := lexiconScores(views)
		m1, s1, p1, e1 := m.linearScores(views, lex)
		m2, s2, p2, e2 := rankScoresRef(m, views, lex)
		if !slices.Equal(m1, m2) || !slices.Equal(s1, s2) || !slices.Equal(p1, p2) || e1 != e2 {
			t.Errorf("%s: scores differ:\nmain %v\nwant %v\nset  %v\nwant %v", names[i], m1, m2, s1, s2)
		}
	}
}

// TestHashSet asks the set of hashes what a map says, 0 and collisions
// of the first slot included.
func TestHashSet(t *testing.T) {
	var s hashSet
	for round := 0; round < 3; round++ {
		s.reset([]int{0, 10000, 10}[round])
		want := map[uint64]bool{}
		for k := uint64(0); k < 5000; k++ {
			h := k * 7919 % 3001 << (k % 40) // repeats, and 0
			if s.add(h) != !want[h] {
				t.Fatalf("add(%d) = %v, seen before %v", h, !want[h], want[h])
			}
			want[h] = true
		}
		if s.n != len(want) {
			t.Fatalf("n = %d, want %d", s.n, len(want))
		}
	}
}

// makeSpeedTexts makes speedTexts (memoised): the texts the pattern code reads of the fixture and
// realworld write-ups (each field, lowered too), and a few made to hit
// the edges: hyphens, Chinese stops, bytes that are no UTF-8.
func makeSpeedTexts(t *testing.T) []string {
	ins, _ := speedIncidents(t, true)
	texts := []string{"", "a", "follow-up", "follow-ups and check-ins", "check-in-out", "sign-in-up, roll-out-s",
		"the follow--up", "-up", "x-up-in-on", "a.b. c.", "end.", "one!two?three;four", "一。二！三？四；五", "半\xe3\x80", "\xe3\x80\x82\xef\xbc",
		"\xff\xfe bad . bytes\n", "由于配置变更，导致服务中断。随后恢复", "Root cause: a bad deploy. This caused X.\n\nDue to the change, latency rose",
		"The migration was caused by a misconfigured pool, resulting in errors; it was rolled back."}
	for _, in := range ins {
		for _, s := range []string{in.Title, in.Summary, in.Cause, in.Impact, in.Text, in.Remediation, in.Lessons} {
			texts = append(texts, s, strings.ToLower(s), asciiLower(s))
		}
	}
	return texts
}

func splitWordsRef(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	if !strings.Contains(s, "-") {
		return words
	}
	out := words[:0]
	at := 0
	for _, w := range words {
		i := at + strings.Index(s[at:], w)
		at = i + len(w)
		if n := len(out); n > 0 && i > 0 && s[i-1] == '-' && (particleNouns[w] || w == "list" && listHeads[out[n-1]]) && i-1 == strings.LastIndex(s[:i], out[n-1])+len(out[n-1]) {
			out[n-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

func eachSentenceRef(text string, f func(start, end int)) {
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		end := false
		switch r {
		case '\n', '。', '！', '？', '!', '?', '；', ';':
			end = true
		case '.':
			next := i + 1
			end = next == len(text) || text[next] == ' ' || text[next] == '\n'
		}
		i += size
		if end {
			if i > start {
				f(start, i)
			}
			start = i
		}
	}
	if start < len(text) {
		f(start, len(text))
	}
}

func cutConsequencesRef(text string) string {
	if text == "" {
		return ""
	}
	var b strings.Builder
	eachSentenceRef(text, func(start, end int) {
		sent := text[start:end]
		if span := clauseSpan(sent, true); span != "" {
			sent = span
		}
		b.WriteString(sent)
		b.WriteByte('\n')
	})
	return b.String()
}

func stemRef(w string) string {
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "ly", "e"} {
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

// TestPatternTextSame asks the faster splitting of words and sentences,
// cutting of consequences and stemming what the ones they replaced
// answer, on the texts of the fixture and realworld write-ups.
func TestPatternTextSame(t *testing.T) {
	t.Parallel()
	texts := speedTexts(t)
	if len(texts) < 1000 {
		t.Fatalf("only %d texts", len(texts))
	}
	spans := func(each func(string, func(int, int)), s string) [][2]int {
		var out [][2]int
		each(s, func(a, b int) { out = append(out, [2]int{a, b}) })
		return out
	}
	bad := 0
	for _, s := range texts {
		if got, want := splitWords(s), splitWordsRef(s); !slices.Equal(got, want) {
			t.Errorf("splitWords(%.80q) = %q, want %q", s, got, want)
			bad++
		}
		if got, want := spans(eachSentence, s), spans(eachSentenceRef, s); !slices.Equal(got, want) {
			t.Errorf("eachSentence(%.80q) = %v, want %v", s, got, want)
			bad++
		}
		if got, want := cutConsequences(s), cutConsequencesRef(s); got != want {
			t.Errorf("cutConsequences(%.80q) = %q, want %q", s, got, want)
			bad++
		}
		for _, w := range strings.Fields(s) {
			if got, want := Stem(w), stemRef(w); got != want {
				t.Errorf("Stem(%q) = %q, want %q", w, got, want)
				bad++
			}
		}
		if bad > 20 {
			t.Fatal("too many")
		}
	}
}

// TestLowerText asks lowerText what strings.ToLower answers, and checks
// that the runes it copies have no lowercase.
func TestLowerText(t *testing.T) {
	t.Parallel()
	for r := rune(caselessFrom); r < caselessTo; r++ {
		if unicode.ToLower(r) != r {
			t.Fatalf("%U has a lowercase %U", r, unicode.ToLower(r))
		}
	}
	texts := append(speedTexts(t), "ÀÉÎ Straße İstanbul ΑΒΓ Ａｂ", "caf\xc3", "\xc3\xa9\xe9x", "ABC\xffDEF", "已经 OK", "\xed\xa0\x80", "\U0001F600 Emoji",
		"中文\xe4\xb8", "中文\xe4", "中\xe4\xb8X文", "中\xe9\xc0\x80文", "故障\xe3\x80", "Ä故障Ö")
	for r := rune(0); r < 0x11000; r += 7 {
		texts = append(texts, "x"+string(r)+"Y"+string(r+1)+string(r+3))
	}
	for _, s := range texts {
		if got, want := lowerText(s), strings.ToLower(s); got != want {
			t.Fatalf("lowerText(%.80q) = %.80q, want %.80q", s, got, want)
		}
	}
}

// maskHealthyRef is maskHealthy as it was: each phrase looked for with
// strings.Index where its key is in the text.
func maskHealthyRef(lower string) string {
	var b []byte
	mask := func(phrases []string) {
		for _, p := range phrases {
			for from := 0; ; {
				k := strings.Index(lower[from:], p)
				if k < 0 {
					break
				}
				i := from + k
				from = i + len(p)
				start, end := healthyClause(lower, i, i+len(p))
				clause := lower[start:end]
				seeming := false
				for _, s := range seemingWords {
					seeming = seeming || strings.Contains(clause, s)
				}
				if seeming {
					continue
				}
				if b == nil {
					b = []byte(lower)
				}
				for j := start; j < end; j++ {
					b[j] = ' '
				}
			}
		}
	}
	for _, g := range healthyGroups {
		if strings.Contains(lower, g.key) {
			mask(g.phrases)
		}
	}
	if b == nil {
		return lower
	}
	return string(b)
}

// TestMaskHealthySame asks the one-pass maskHealthy what the one it
// replaced answers.
func TestMaskHealthySame(t *testing.T) {
	t.Parallel()
	texts := []string{"the storage nodes were healthy, but the proxy was not.", "all were healthy; the checks reported it healthy",
		"the database was fine. the cache was fine and the network was working normally", "数据库实例本身运行正常，网络设备本身没有故障。监控显示正常",
		"was not affected was not affected", "were fine were fine were fine", "the cause was not the cause"}
	for _, s := range speedTexts(t) {
		texts = append(texts, strings.ToLower(s))
	}
	masked := 0
	for _, s := range texts {
		got, want := maskHealthy(s), maskHealthyRef(s)
		if got != want {
			t.Fatalf("maskHealthy(%.200q)\n= %.200q\nwant %.200q", s, got, want)
		}
		if got != s {
			masked++
		}
	}
	if masked < 10 {
		t.Errorf("only %d texts masked: the table asks too little", masked)
	}
}

// TestEnKeys: every key of enCues is in enKeys where scoreText looks for
// it, so that the gate never skips a cue.
func TestEnKeys(t *testing.T) {
	enKeysOnce.Do(loadEnKeys)
	n := 0
	for k := range enCues {
		if p, ok := strings.CutSuffix(k, "*"); ok {
			// the words whose prefixKey is k: p itself, and p and more
			for _, w := range []string{p, p + "x", p + "ing", p + "s"} {
				if prefixKey(w) == k && !enKeys.has(enPrefixSlot(w)) {
					t.Errorf("prefix key %q: word %q not in enKeys", k, w)
				}
			}
			continue
		}
		n++
		if _, h := enKeyHash(k); !enKeys.has(h) {
			t.Errorf("key %q not in enKeys", k)
		}
		if s, _ := enKeyHash(k + "s"); !enKeys.has(s) {
			t.Errorf("key %q: plural %q not in enKeys", k, k+"s")
		}
	}
	if n < 100 {
		t.Errorf("only %d word keys", n)
	}
}

// TestLexiconScoresSame asks lexiconScores of the fixture and realworld
// write-ups with the gates of enKeys and zhLeads and without them (every
// bit set: each word looked up in enCues three times, each Chinese
// character in the maps of cues and verbs, as before the gates).
func TestLexiconScoresSame(t *testing.T) {
	ins, names := speedIncidents(t, true)
	enKeysOnce.Do(loadEnKeys)
	zhLeadsOnce.Do(loadZhLeads)
	saved, savedZh := enKeys, zhLeads
	defer func() { enKeys, zhLeads = saved, savedZh }()
	want := make([][numLex][]float64, len(ins))
	for k := range enKeys {
		enKeys[k] = ^uint64(0) // every slot: each word looked up
	}
	for k := range zhLeads {
		zhLeads[k] = ^uint64(0) // every character looked up
	}
	for i, in := range ins {
		want[i] = lexiconScores(patternViews(in))
	}
	enKeys, zhLeads = saved, savedZh
	for i, in := range ins {
		got := lexiconScores(patternViews(in))
		for v := range got {
			if !slices.Equal(got[v], want[i][v]) {
				t.Errorf("%s: view %d: %v, want %v", names[i], v, got[v], want[i][v])
			}
		}
	}
}

// TestHanFrom: no Chinese character comes before hanFrom.
func TestHanFrom(t *testing.T) {
	for r := rune(0); r < hanFrom; r++ {
		if isHan(r) {
			t.Fatalf("%U is Han, before hanFrom", r)
		}
	}
}

func markerHitsRef(text string) []int {
	lower := asciiLower(text)
	by := markersByFirstRef()
	var hits []int
	for i := 0; i+1 < len(lower); i++ {
		for _, m := range by[lower[i]] {
			if strings.HasPrefix(lower[i:], m) {
				hits = append(hits, i)
				break
			}
		}
	}
	return hits
}

// markersByFirstRef files every cause marker (trimmed) by its first byte,
// from the lists themselves: the plain search markerHitsRef does.
var markersByFirstRef = sync.OnceValue(func() *[256][]string {
	var by [256][]string
	for _, ms := range markerLists() {
		for _, m := range ms {
			m = strings.TrimSpace(m)
			by[m[0]] = append(by[m[0]], m)
		}
	}
	return &by
})

// TestMarkerHitsSame asks markerHits (a set of first pairs, lowered as
// read) what a plain search of every marker at every byte answers.
func TestMarkerHitsSame(t *testing.T) {
	t.Parallel()
	n := 0
	for _, s := range speedTexts(t) {
		got, want := markerHits(s), markerHitsRef(s)
		if !slices.Equal(got, want) {
			t.Fatalf("markerHits(%.100q) = %v, want %v", s, got, want)
		}
		n += len(got)
	}
	if n < 100 {
		t.Errorf("only %d hits: the table asks too little", n)
	}
}

// eachTermRef is eachTerm as it was (every word asked of stopWords,
// unicode.Han asked of every rune not a letter, stemRef).
func eachTermRef(text string, f func(a, b string)) {
	prev := ""
	hanPrev := -1
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
		lw := strings.ToLower(w)
		if stopWords[lw] {
			prev = ""
			return
		}
		st := stemRef(lw)
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
		case isHan(r):
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
				prev = ""
			}
		}
	}
	flushWord(len(text))
}

// TestEachTermSame asks eachTerm the terms eachTermRef gives.
func TestEachTermSame(t *testing.T) {
	t.Parallel()
	terms := func(each func(string, func(a, b string)), s string) []string {
		var out []string
		each(s, func(a, b string) { out = append(out, a+"|"+b) })
		return out
	}
	n := 0
	for _, s := range append(speedTexts(t), "The THE tHe thE Because WHICH which-was WHICHes", "Ⅰ⺀⺁中文 x 中") {
		got, want := terms(eachTerm, s), terms(eachTermRef, s)
		if !slices.Equal(got, want) {
			t.Fatalf("eachTerm(%.100q) = %.300q, want %.300q", s, got, want)
		}
		n += len(got)
	}
	if n < 10000 {
		t.Errorf("only %d terms", n)
	}
}

// TestZhLeads: every character that starts a Chinese cue, verb or form
// is in zhLeads, so that the gate never skips one.
func TestZhLeads(t *testing.T) {
	zhLeadsOnce.Do(loadZhLeads)
	n := 0
	for _, m := range []map[rune]bool{keysOf(zhCues), keysOf(zhSetVerbs), keysOf(zhWeakSetVerbs), zhConfigFirst} {
		for r := range m {
			n++
			if !zhMayLead(r) {
				t.Errorf("%q not in zhLeads", r)
			}
		}
	}
	if n < 20 || zhMayLead('的') && len(zhCues['的']) == 0 && len(zhSetVerbs['的']) == 0 {
		t.Errorf("zhLeads: %d leads", n)
	}
}

func keysOf[T any](m map[rune][]T) map[rune]bool {
	out := map[rune]bool{}
	for r := range m {
		out[r] = true
	}
	return out
}
