package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse measures the parse path alone (the document a page is
// read into, before build), one sub-benchmark a fixture, and Extract on
// each fixture: how much of BenchmarkExtract each file and its parsing
// take.
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.*")
	for _, f := range files {
		if filepath.Ext(f) == ".json" {
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := filepath.Base(f)
		b.Run("parse/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for i := 0; i < b.N; i++ {
				parseOnly(b, body, f)
			}
		})
		b.Run("extract/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for i := 0; i < b.N; i++ {
				if _, err := Extract(body, f, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// parseOnly reads a page into its document as Extract does, without build.
func parseOnly(b *testing.B, body []byte, source string) *document {
	f, err := FormatOf(source, "", body)
	if err != nil {
		b.Fatal(err)
	}
	switch f {
	case FormatHTML:
		d, err := parseHTML(body, "")
		if err != nil {
			b.Fatal(err)
		}
		return d
	case FormatMarkdown:
		return parseMarkdown(body)
	case FormatPDF:
		text, err := pdfText(body)
		if err != nil {
			b.Fatal(err)
		}
		return parseText([]byte(text))
	}
	return parseText(body)
}

// BenchmarkParseSet is BenchmarkExtract's sets of fixtures (all, html),
// parsed alone: the part of BenchmarkExtract the parse path takes.
func BenchmarkParseSet(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.*")
	var all, html [][2]string
	for _, f := range files {
		if filepath.Ext(f) == ".json" {
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, [2]string{f, string(body)})
		if filepath.Ext(f) == ".html" {
			html = append(html, [2]string{f, string(body)})
		}
	}
	run := func(b *testing.B, docs [][2]string) {
		var total int64
		for _, d := range docs {
			total += int64(len(d[1]))
		}
		b.SetBytes(total)
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				parseOnly(b, []byte(d[1]), d[0])
			}
		}
	}
	b.Run("all", func(b *testing.B) { run(b, all) })
	b.Run("html", func(b *testing.B) { run(b, html) })
}
