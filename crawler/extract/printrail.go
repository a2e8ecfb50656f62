package extract

import (
	"strings"
	"unicode/utf8"
)

// pageEdge reports whether a line (cleaned) is where a printed page ends
// and the next begins: the browser's header ("12/3/26, 4:44 PM Title …"),
// its footer ("https://…/story 1/3", "1/3"), or a running line the text
// repeats at every page's edge.
func pageEdge(line string, running map[string]bool) bool {
	if line == "" {
		return false
	}
	if running[line] {
		return true
	}
	if isDigitByte(line[len(line)-1]) && (printFooter.MatchString(line) || pageCounter.MatchString(line)) {
		return true
	}
	_, ok := printedTitle(line)
	return ok
}

// dropPageRails blanks, in a text printed page by page, a page's rail
// printed after its column: a list headed by a mark after which a page
// seems to hold only furniture ("Most read", "Related articles", "相关新闻"),
// of short lines only, that runs to the page's edge, when the page after
// the edge goes on with the story, a paragraph of prose. A browser prints
// a news page's rail beside its column, and the text read back puts the
// rail under the column, mid-story: the story does not end at its mark.
func dropPageRails(lines []string, running map[string]bool) {
	paged := 0
	for _, l := range lines {
		if c := cleanSpace(l); c != "" && pageEdge(c, running) {
			paged++
		}
	}
	if paged < 2 {
		return
	}
	for i := 0; i < len(lines); i++ {
		mark := cleanSpace(lines[i])
		if mark == "" || len(mark) > 40 || !endMarker.MatchString(mark) {
			continue
		}
		edge, n := -1, 0
		for j := i + 1; j < len(lines) && n < 30; j++ {
			c := cleanSpace(lines[j])
			if c == "" {
				continue
			}
			if pageEdge(c, nil) {
				edge = j // (a running line of the page's own, "ADVERTISEMENT", may stand in its rail)
				break
			}
			if utf8.RuneCountInString(c) > 100 {
				break // a paragraph: the story's, or a rail no list
			}
			n++
		}
		if edge < 0 || !proseAfterEdge(lines, edge, running) {
			continue
		}
		for j := i; j < edge; j++ {
			lines[j] = ""
		}
		i = edge
	}
}

// proseAfterEdge reports whether the first line past the page edge at
// lines[edge] and the header and footer lines around it is prose: 120
// characters or more (60 runes of Han), no prompt.
func proseAfterEdge(lines []string, edge int, running map[string]bool) bool {
	for j := edge + 1; j < len(lines); j++ {
		c := cleanSpace(lines[j])
		if c == "" || pageEdge(c, running) {
			continue
		}
		n := utf8.RuneCountInString(c)
		han := strings.IndexFunc(c, isHan) >= 0
		return (n >= 120 || han && n >= 60) && !isPrompt(c)
	}
	return false
}

// joinAcrossEdges puts back together, in a text printed page by page, a
// paragraph a page's end broke: the last line of a page, prose that ends
// mid-sentence ("… 存储集群需要逐一校验", "… calls to the helpline went
// unanswered for more than an"), and the first line of the next page past
// its header and footer, which goes on with it (a lower-case word, Han,
// or any word after one no sentence ends on).
func joinAcrossEdges(lines []string, running map[string]bool) {
	for i := 0; i < len(lines); i++ {
		c := cleanSpace(lines[i])
		if c == "" || !pageEdge(c, nil) {
			continue
		}
		// the page's last line above its edge
		p := i - 1
		for p >= 0 && (cleanSpace(lines[p]) == "" || pageEdge(cleanSpace(lines[p]), running)) {
			p--
		}
		// the next page's first line below it
		n := i + 1
		for n < len(lines) && (cleanSpace(lines[n]) == "" || pageEdge(cleanSpace(lines[n]), running)) {
			n++
		}
		if p < 0 || n >= len(lines) {
			continue
		}
		prev, next := strings.TrimSpace(lines[p]), strings.TrimSpace(lines[n])
		han := strings.IndexFunc(prev, isHan) >= 0
		if !(han && utf8.RuneCountInString(prev) >= 25 || utf8.RuneCountInString(prev) >= 60) || lineEnd.MatchString(prev) ||
			strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "：") || isPrompt(prev) || isPrompt(next) ||
			itemLine.MatchString(next) || numItem.MatchString(next) || zhNumHeading.MatchString(next) || numHeading.MatchString(next) {
			i = n - 1
			continue
		}
		first, _ := utf8.DecodeRuneInString(next)
		sep := " "
		switch {
		case han && isHan(first):
			sep = ""
		case first >= 'a' && first <= 'z', leadingWords[lastWord(prev)]:
		default:
			i = n - 1
			continue
		}
		lines[p] = prev + sep + next
		lines[n] = ""
		i = n
	}
}
