package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugSections(t *testing.T) {
	path := os.Getenv("EXTRACT_DEBUG")
	if path == "" {
		t.Skip()
	}
	body, _ := os.ReadFile(path)
	d := parseText(body)
	if len(path) > 3 && path[len(path)-3:] == ".md" {
		d = parseMarkdown(body)
	}
	s := assignSections(d.blocks)
	for i, b := range s.blocks {
		r := []rune(b.text)
		if len(r) > 50 {
			r = r[:50]
		}
		fmt.Printf("%-12s k=%d l=%d d=%d label=%q %s\n", s.secs[i], b.kind, b.level, b.depth, b.label, string(r))
	}
}

func TestDebugStamp(t *testing.T) {
	line := os.Getenv("STAMP_DEBUG")
	if line == "" {
		t.Skip()
	}
	st, n, ok := parseStamp(line, "en")
	fmt.Printf("%+v n=%d ok=%v byline=%v\n", st, n, ok, byline.MatchString(line))
	tb := newTimelineBuilder("en", "2024-09-20", "")
	fmt.Println(tb.add(line, nil, datedStart), tb.events)
}
