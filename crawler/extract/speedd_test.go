package extract

import (
	"bytes"
	"maps"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The methods that faster ones replaced, kept to ask both the same: the
// replaced method is the reference, on the fixture and realworld pages
// and on random texts built from the pieces each method reads.

// speedPages are the bodies of the fixture and realworld pages.
func speedPages(t testing.TB) [][]byte {
	t.Helper()
	files, _ := filepath.Glob("testdata/*.*")
	more, _ := filepath.Glob("testdata/realworld/*.*")
	rca, _ := filepath.Glob("testdata/rca/*.*")
	var out [][]byte
	for _, f := range append(append(files, more...), rca...) {
		if filepath.Ext(f) == ".json" {
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, body)
	}
	if len(out) == 0 {
		t.Fatal("no pages")
	}
	return out
}

// randomTexts builds n texts of up to max pieces drawn from pieces.
func randomTexts(seed int64, n, max int, pieces []string) []string {
	r := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b bytes.Buffer
		for k := r.Intn(max + 1); k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out[i] = b.String()
	}
	return out
}

// canonicalTagOld ran the expression over the whole head.
var canonicalTagOld = regexp.MustCompile(`(?is)<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>|<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>`)

func TestCanonicalTagAgrees(t *testing.T) {
	inputs := speedPages(t)
	for _, s := range randomTexts(1, 20000, 14, []string{"<link", "<LINK", "<Link", "<meta", "<META", "<lin\u212a", "<m", "<l", "<", ">", " ",
		"\n", "x", " rel", "rel", "=", " = ", "'", "\"", "canonical", "CANONICAL", "property", " property", "og:url", " href=", "\"https://a.example/x\"",
		"<link rel=canonical href='https://b.example/'>", "<meta property=\"og:url\" content=\"https://c.example/\">", "é", "\xff"}) {
		inputs = append(inputs, []byte(s))
	}
	for _, body := range inputs {
		head := body[:min(len(body), 16<<10)]
		want := canonicalTagOld.Find(head)
		if got := canonicalTag(head); !bytes.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("canonicalTag(%.200q) = %q, the expression over the head finds %q", head, got, want)
		}
	}
}

// knownOrgInOld counted every Chinese name over the whole text.
func knownOrgInOld(title, text string) (org string, byTitle bool) {
	orgsOnce.Do(loadOrgs)
	text = head(text, 6000)
	words := map[string]bool{}
	for _, src := range []string{title, text} {
		for _, w := range strings.FieldsFunc(src, func(r rune) bool { return r >= 128 || !isWordByte(byte(r)) && r != '.' && r != '&' && r != '\'' }) {
			words[strings.TrimRight(w, ".")] = true
		}
	}
	best, bestScore, second := "", 0, 0
	for _, o := range knownOrgs {
		score := 0
		for _, a := range o.aliases {
			if first, _, _ := strings.Cut(a, " "); strings.IndexFunc(first, isHan) < 0 && !words[first] && !words[strings.TrimRight(first, ".")] {
				continue
			}
			score += 100*countName(title, a) + countName(text, a)
		}
		if score > bestScore {
			best, bestScore, second = o.name, score, bestScore
		} else if score > second {
			second = score
		}
	}
	if bestScore >= 100 {
		return best, true
	}
	if bestScore >= 4 && bestScore >= 2*second {
		return best, false
	}
	if bestScore >= 2 && second == 0 && ownName(text, best) {
		return best, false
	}
	return "", false
}

func TestKnownOrgInAgrees(t *testing.T) {
	t.Parallel()
	orgsOnce.Do(loadOrgs)
	pieces := []string{" ", "，", "。", "的", "云", "服务", "故障", "\xe4\xb8", "x", "AWS ", "Slack ", " on Slack"}
	for _, o := range knownOrgs {
		pieces = append(pieces, o.aliases...)
	}
	var titles, texts []string
	for _, p := range speedPages(t) {
		s := string(p)
		titles = append(titles, head(s, 80))
		texts = append(texts, s)
	}
	rs := randomTexts(2, 4000, 30, pieces)
	for i := 0; i+1 < len(rs); i += 2 {
		titles = append(titles, head(rs[i], 40))
		texts = append(texts, rs[i+1])
	}
	for i := range texts {
		o, b := knownOrgIn(titles[i], texts[i])
		wo, wb := knownOrgInOld(titles[i], texts[i])
		if o != wo || b != wb {
			t.Fatalf("knownOrgIn(%.60q, %.200q) = %q %v, counting every name gives %q %v", titles[i], texts[i], o, b, wo, wb)
		}
	}
}

func TestHanRunes(t *testing.T) {
	for _, s := range randomTexts(3, 2000, 12, []string{"云", "亚马逊", "谷歌", "\u4e00", "\u9fff", "\ua000", "\u4dff", "a", "é", "\xe4", "\xe9\xbf", "〇"}) {
		var h hanRunes
		h.add(s)
		for _, r := range s {
			if !h.may(r) {
				t.Fatalf("hanRunes of %q: %q not in it", s, r)
			}
		}
		for r := rune(hanRunesFrom); r < hanRunesTo; r += 97 {
			if h.may(r) != strings.ContainsRune(s, r) {
				t.Fatalf("hanRunes of %q: may(%q) = %v", s, r, h.may(r))
			}
		}
	}
}

func TestIndexAnyRune(t *testing.T) {
	t.Parallel()
	sets := []string{":：", ":：?", "▾▼⌄", ">›»/", "|｜·　", "，。", "(（", ":：点时", "*。，；,;", "a", "", "\ufffd", "x\xff", "é"}
	pieces := []string{"a", " ", ":", "：", "?", "▾", "›", "»", "/", "｜", "·", "　", "，", "。", "(", "（", "点", "时", "*", ";", "é",
		"\xe2", "\xe2\x80", "\xff", "\ufffd", "\xef\xbc", "文"}
	texts := randomTexts(4, 20000, 10, pieces)
	for _, p := range speedPages(t)[:20] {
		texts = append(texts, string(p))
	}
	for _, s := range texts {
		for _, chars := range sets {
			if got, want := indexAnyRune(s, chars), strings.IndexAny(s, chars); got != want {
				t.Fatalf("indexAnyRune(%.80q, %q) = %d, strings.IndexAny gives %d", s, chars, got, want)
			}
			if got, want := containsAnyRune(s, chars), strings.ContainsAny(s, chars); got != want {
				t.Fatalf("containsAnyRune(%.80q, %q) = %v, strings.ContainsAny gives %v", s, chars, got, want)
			}
		}
	}
}

func TestKeySet(t *testing.T) {
	t.Parallel()
	lists := [][]string{noticeWords, promptKeys, ongoingWords, causeAfterKeys, {"a"}, {"", "x"}, {}, {"ab", "a", "©", "是否有帮助"}}
	for _, hc := range headingCueKinds {
		lists = append(lists, hc.latin, hc.other)
	}
	pieces := []string{"a", "b", "x", " ", "©", "是否", "有帮助", "\xe6", "still ", "ongoing", "cookie", "s", "login", "occurred after", "root cause", "原因"}
	for _, l := range lists {
		pieces = append(pieces, l...)
	}
	texts := randomTexts(5, 20000, 6, pieces)
	for _, p := range speedPages(t) {
		texts = append(texts, asciiLower(string(p)))
	}
	for _, keys := range lists {
		set := newKeySet(keys)
		for _, s := range texts {
			if got, want := set.in(s), containsAny(s, keys); got != want {
				t.Fatalf("keySet(%q).in(%.80q) = %v, containsAny gives %v", keys, s, got, want)
			}
		}
	}
}

// englishConfigFormsOld asked every form of every word.
func englishConfigFormsOld(words []string, hit func(w float64)) {
	for i, w := range words {
		switch {
		case w == "to" && i+4 < len(words) && isNumber(words[i+1]):
			// "to 40 instead of 400", "to 12 rather than 120"
			for k := i + 2; k < len(words) && k <= i+4; k++ {
				if (words[k] == "instead" && k+2 < len(words) && words[k+1] == "of" || words[k] == "rather" && k+2 < len(words) && words[k+1] == "than") && isNumber(words[k+2]) {
					hit(formWeight)
					break
				}
			}
		case pointVerbs[w] && i+3 < len(words) && words[i+1] == "to" && words[i+2] == "point" && (words[i+3] == "at" || words[i+3] == "to"):
			hit(formWeight) // "was changed to point at the staging balancer"
		case (w == "pointed" || w == "points" || w == "referenced" || w == "references") && i > 0 && words[i-1] == "still" && (i < 2 || !passiveWords[words[i-2]] && words[i-2] != "is" && words[i-2] != "are"):
			// "the new file still pointed two groups of endpoints at a
			// retired pool": a stale entry (but a session that "was still
			// pointed at production" is someone's slip)
			hit(formWeight)
		case scopeVerbs[w] && i+2 < len(words):
			k := i + 1
			if w == "on" { // "turned on for every account"
				if i == 0 || words[i-1] != "turned" && words[i-1] != "switched" {
					continue
				}
			}
			if words[k] != "for" && words[k] != "to" && words[k] != "across" && words[k] != "on" {
				continue
			}
			if !allWords[words[k+1]] {
				continue
			}
			for j := max(0, i-25); j < i; j++ {
				if meantWords[words[j]] {
					hit(formWeight)
					break
				}
			}
		case leftOutWords[w] || w == "left" && i+1 < len(words) && words[i+1] == "out" ||
			w == "include" && i > 1 && words[i-1] == "not" && (words[i-2] == "did" || words[i-2] == "does") ||
			w == "missing" && i > 0 && (words[i-1] == "was" || words[i-1] == "were"):
			set, code := false, false
			for j := max(0, i-6); j < i; j++ {
				set = set || newSetWords[words[j]]
				code = code || codeWords[words[j]]
			}
			if !set || code {
				fresh := false
				for j := max(0, i-16); j < i; j++ {
					for k := max(0, j-2); k < j && listNouns[words[j]]; k++ {
						fresh = fresh || newWords[words[k]]
					}
				}
				for j := max(0, i-10); j < i; j++ {
					for k := j + 1; k < i && rolledThings[words[j]]; k++ {
						fresh = fresh || rolledOut[words[k]]
					}
					fresh = fresh || !code && ruleLists[words[j]]
				}
				if fresh {
					hit(formWeight)
				}
				continue
			}
			hit(1)
		case setVerbs[w] != 0 || alterVerbs[w]:
			// "lowered the idle timeout on the load balancers in front of
			// the proxy from 600 seconds to 60 seconds": from a number to
			// a number, up to twenty words on
			if setVerbs[w] == verbWeak && !settingNear(words, i) && !personBefore(words, i, 3) {
				continue
			}
			for j := i + 11; j < len(words) && j <= i+20; j++ {
				if words[j] == "from" && j+1 < len(words) && isNumber(words[j+1]) {
					for k := j + 2; k < len(words) && k <= j+5; k++ {
						if words[k] == "to" && k+1 < len(words) && isNumber(words[k+1]) {
							hit(formWeight)
							break
						}
					}
					break
				}
			}
		}
	}
}

func TestConfigFormOpeners(t *testing.T) {
	t.Parallel()
	vocab := []string{"to", "40", "instead", "of", "400", "rather", "than", "point", "at", "still", "is", "was", "were", "not", "did", "does",
		"for", "across", "on", "turned", "switched", "all", "every", "meant", "only", "new", "rules", "code", "out", "from", "60", "600", "seconds",
		"the", "we", "engineer", "timeout", "limit", "setting", "lowered", "raised", "set"}
	for _, set := range []map[string]bool{pointVerbs, scopeVerbs, leftOutWords, alterVerbs, passiveWords, newSetWords, codeWords, rolledThings, rolledOut, ruleLists} {
		for w := range set {
			vocab = append(vocab, w+" ")
		}
	}
	for w := range setVerbs {
		vocab = append(vocab, w+" ")
	}
	for i := range vocab {
		vocab[i] = strings.TrimSpace(vocab[i]) + " "
	}
	texts := randomTexts(6, 20000, 30, vocab)
	for _, p := range speedPages(t) {
		texts = append(texts, string(p))
	}
	for _, s := range texts {
		words := splitWords(maskHealthy(lowerText(s)))
		var got, want []float64
		englishConfigForms(words, classify(words), func(w float64) { got = append(got, w) })
		englishConfigFormsOld(words, func(w float64) { want = append(want, w) })
		if !slices.Equal(got, want) {
			t.Fatalf("englishConfigForms(%.200q) hits %v, asking every form of every word hits %v", s, got, want)
		}
	}
}

func TestIsHan(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v, unicode.Han says %v", r, isHan(r), !isHan(r))
		}
	}
}

// zhCodeMissesOld asked zhCodeMissAt of every rune of the text.
func zhCodeMissesOld(lower string) []int {
	var at []int
	for i, r := range lower {
		if r >= 0x2e80 && zhCodeMissAt(lower, i, r) {
			at = append(at, i)
		}
	}
	return at
}

func TestZhCodeMisses(t *testing.T) {
	pieces := []string{"没有", "未", "只", "仅", "位", "回绕", "回", "没", "检查", "释放", "重试", "一次", "启动时", "32位整数", "超过", "溢出",
		"工程师", "，", "。", "的", "a", " ", "\xe6", "\xe6\xb2", "\xe4\xbb", "程序在", "连接"}
	for _, acts := range [][]string{zhMissActs, zhMissFillers, zhWidths, zhPassed} {
		pieces = append(pieces, acts...)
	}
	texts := randomTexts(7, 30000, 14, pieces)
	for _, p := range speedPages(t) {
		texts = append(texts, lowerText(string(p)))
	}
	hits := 0
	for _, s := range texts {
		got, want := zhCodeMisses(s), zhCodeMissesOld(s)
		if !slices.Equal(got, want) {
			t.Fatalf("zhCodeMisses(%.200q) = %v, asking every rune gives %v", s, got, want)
		}
		hits += len(got)
	}
	if hits == 0 {
		t.Fatal("no text holds a form: the test asks nothing")
	}
}

// TestAddOrgWords asks addOrgWords and the strings.FieldsFunc split it
// replaced the same words, on the pages and on random texts of words,
// the bytes that join them, runes beyond ASCII and bytes that are no
// UTF-8.
func TestAddOrgWords(t *testing.T) {
	t.Parallel()
	texts := randomTexts(4, 3000, 20, []string{"AWS", "a.b.", "Inc.", "AT&T", "O'Neil", "_x", "-", " ", "\n", "，", "云", "é", "\xe4\xb8", "\xff", "...", "x", "9"})
	for _, p := range speedPages(t) {
		texts = append(texts, string(p))
	}
	for _, s := range texts {
		want := map[string]bool{}
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r >= 128 || !isWordByte(byte(r)) && r != '.' && r != '&' && r != '\'' }) {
			want[strings.TrimRight(w, ".")] = true
		}
		got := map[string]bool{}
		addOrgWords(got, s)
		if !maps.Equal(got, want) {
			t.Fatalf("addOrgWords(%.200q) = %v, FieldsFunc splits %v", s, got, want)
		}
	}
}
