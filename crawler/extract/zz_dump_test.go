package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	body, _ := os.ReadFile(p)
	var d *document
	switch {
	case len(p) > 5 && p[len(p)-5:] == ".html":
		d, _ = parseHTML(body, "")
	case len(p) > 3 && p[len(p)-3:] == ".md":
		d = parseMarkdown(body)
	default:
		d = parseText(body)
	}
	fmt.Printf("title=%q titles=%q org=%q brand=%q site=%q\n", d.title, d.titles, d.org, d.brand, d.siteNames)
	for i, b := range d.blocks {
		if i > 45 {
			break
		}
		fmt.Printf("%2d k%d l%d lab=%q bold=%v %.100q\n", i, b.kind, b.level, b.label, b.bold, b.text)
	}
	in, _ := Extract(body, p, "")
	fmt.Printf("TITLE %q START %s END %s DUR %d PAT %q\nCAUSE %.200q\n", in.Title, in.StartedAt, in.EndedAt, in.DurationMinutes, in.Patterns, in.Cause)
}
