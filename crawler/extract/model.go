package extract

import "strings"

type blockKind int

const (
	kindPara blockKind = iota
	kindHeading
	kindItem
	kindRow
)

// block is one unit of a document's main content, in reading order.
type block struct {
	kind  blockKind
	level int      // heading level, 1 to 6 (numbered text headings get 2)
	text  string   // the block's text; a row's cells joined by " | "
	cells []string // a table row's cells
	label string   // a bold or "Label:" lead-in, such as "Root cause"
}

// document is a parsed document before its sections are found.
type document struct {
	title     string
	published string // YYYY-MM-DD when the page says so
	org       string
	author    string
	tags      []string
	blocks    []block
}

func (d *document) add(b block) {
	b.text = cleanSpace(b.text)
	if b.text == "" && b.label == "" {
		return
	}
	d.blocks = append(d.blocks, b)
}

// cleanSpace folds runs of white space into one space and trims; it drops
// zero-width and non-breaking oddities that pages are full of.
func cleanSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
			continue
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u3000' || r == '\f' || r == '\v' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
