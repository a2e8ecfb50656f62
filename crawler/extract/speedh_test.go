package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// The per-word form lists looked up once (classify) and the cheaper
// Chinese denial test, asked against what they replaced on the fixture
// and realworld texts, random texts and every line of the shared corpus.

// readCorpusLines reads corpusLines (memoised): the lines of the shared corpus, lowered as scoreLower
// reads them; nil without ../shared.
func readCorpusLines(t *testing.T) []string {
	t.Helper()
	root := filepath.Join("..", "..", "..", "shared", "corpus", "docs")
	var lines []string
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("reading %s: %v", path, err)
		}
		for _, l := range strings.Split(string(body), "\n") {
			lines = append(lines, lowerText(l))
		}
		return nil
	})
	return lines
}

// TestClassifyAgrees: each class bit of a word is set just where the
// list it stands for holds the word, for every listed word and every
// word of the texts and the corpus.
func TestClassifyAgrees(t *testing.T) {
	t.Parallel()
	lists := []struct {
		cls  wordClass
		name string
		in   func(w string) bool
	}{
		{clsSetVerb, "setVerbs", func(w string) bool { return setVerbs[w] != 0 }},
		{clsChangeNoun, "changeNouns", func(w string) bool { return changeNouns[w] }},
		{clsUpdateNoun, "updateNouns", func(w string) bool { return updateNouns[w] }},
		{clsAlterVerb, "alterVerbs", func(w string) bool { return alterVerbs[w] }},
		{clsCodeAct, "codeActs", func(w string) bool { return codeActs[w] }},
		{clsActVerb, "actVerbs", func(w string) bool { return actVerbs[w] }},
		{clsConfigOpener, "configFormOpeners", func(w string) bool { return configFormOpeners[w] }},
		{clsUpgradeVerb, "upgradeVerbs", func(w string) bool { return upgradeVerbs[w] }},
		{clsIntType, "intTypes", func(w string) bool { return intTypes[w] }},
		{clsBelief, "beliefWords", func(w string) bool { return beliefWords[w] }},
		{clsTreatAs, "treatAsVerbs", func(w string) bool { return treatAsVerbs[w] }},
	}
	var words []string
	for w := range setVerbs {
		words = append(words, w)
	}
	for _, m := range []map[string]bool{changeNouns, updateNouns, alterVerbs, codeActs, actVerbs, configFormOpeners,
		upgradeVerbs, intTypes, beliefWords, treatAsVerbs} {
		for w := range m {
			words = append(words, w, w+"s", strings.TrimSuffix(w, "d"))
		}
	}
	words = append(words, "", "a", "the", "wrong", "to", "只", "改为")
	for _, s := range append(speedTexts(t), corpusLines(t)...) {
		words = append(words, splitWords(maskHealthy(lowerText(s)))...)
	}
	cls := classify(words)
	set := 0
	for i, w := range words {
		for _, l := range lists {
			if got := cls[i]&l.cls != 0; got != l.in(w) {
				t.Fatalf("%q: class bit of %s is %v, the list says %v", w, l.name, got, l.in(w))
			}
		}
		if cls[i] != 0 {
			set++
		}
	}
	if set < 100 {
		t.Fatalf("only %d of %d words are in a list: the test asks little", set, len(words))
	}
}

// deniedZHOld searched for each denial from the clause's end.
func deniedZHOld(before string) bool {
	i := len(before)
	for n := 0; i > 0 && n < zhDenyReach+4; n++ {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if strings.ContainsRune("，。；！？,.;!?\n：:", r) {
			break
		}
		i -= size
	}
	clause := before[i:]
	if speculatedZH(before) {
		return true // an open question (patternsdeny.go), asked apart
	}
	for _, d := range zhDenials {
		if at := strings.LastIndex(clause, d); at >= 0 && utf8.RuneCountInString(clause[at+len(d):]) <= zhDenyReach {
			return true
		}
	}
	return false
}

func TestZhClauseBreak(t *testing.T) {
	for r := rune(-1); r <= 0x110000; r++ {
		if got, want := zhClauseBreak(r), strings.ContainsRune("，。；！？,.;!?\n：:", r); got != want {
			t.Fatalf("zhClauseBreak(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestDeniedZHAgrees asks deniedZH and deniedZHOld of every prefix of random Chinese texts, the pages and the corpus lines.
func TestDeniedZHAgrees(t *testing.T) {
	t.Parallel()
	pieces := append([]string{"网络攻击", "导致", "，", "。", "：", ":", "\n", "并", "不", "而", "是", "非", "由", "因为", "a", " ",
		"\xe5", "\xe5\xb9", "配置变更", "此次事件"}, zhDenials...)
	texts := randomTexts(11, 20000, 16, pieces)
	for _, p := range speedPages(t) {
		texts = append(texts, lowerText(string(p)))
	}
	texts = append(texts, raceThin(corpusLines(t), 4)...)
	denied := 0
	for _, s := range texts {
		for i := 0; i <= len(s); i++ { // mid-rune too: broken UTF-8 at the end
			got, want := deniedZH(s[:i]), deniedZHOld(s[:i])
			if got != want {
				t.Fatalf("deniedZH(%q) = %v, searching each denial says %v", s[:i], got, want)
			}
			if got {
				denied++
			}
		}
	}
	if denied < 100 {
		t.Fatalf("only %d prefixes denied: the test asks little", denied)
	}
}
