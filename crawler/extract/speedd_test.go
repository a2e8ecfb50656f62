package extract

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
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
