package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestTrimmedTextLenAgrees asks trimmedTextLen and the length of the
// trimmed joined text (what pickMain measured before) the same, for every
// element of the pages and of random pages of spaces (Unicode ones too),
// words, empty elements and bytes that are no UTF-8, alone and in
// selections of several elements.
func TestTrimmedTextLenAgrees(t *testing.T) {
	t.Parallel()
	pages := speedPages(t)
	pieces := []string{"<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<b></b>", "<br>", " ", "  ", "\n", "\t", "\u00a0", "&nbsp;", "\u3000", "\u2003",
		"\u0085", "word", "故障", "x", "\xc2", "\xa0", "\xff", "<!-- c -->", "<script>var a = 1;</script>", "<main>", "</main>", "<article>", "</article>"}
	for _, s := range randomTexts(5, 3000, 20, pieces) {
		pages = append(pages, []byte("<html><body>"+s+"</body></html>"))
	}
	n := 0
	for _, p := range pages {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		all := doc.Find("*")
		check := func(sel *goquery.Selection) {
			n++
			if got, want := trimmedTextLen(sel), len(strings.TrimSpace(sel.Text())); got != want {
				t.Errorf("trimmedTextLen = %d, the trimmed text is %d long: %q", got, want, head(sel.Text(), 200))
			}
		}
		all.Each(func(_ int, s *goquery.Selection) { check(s) })
		check(all)
		check(doc.Find("p, span, b"))
		check(doc.Selection)
	}
	if n < 10000 {
		t.Errorf("only %d selections asked", n)
	}
}
