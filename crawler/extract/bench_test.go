package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract measures extraction throughput on the fixture pages.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.*")
	type doc struct {
		name string
		body []byte
	}
	var docs []doc
	for _, f := range files {
		if filepath.Ext(f) == ".json" {
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc{f, body})
	}
	run := func(b *testing.B, docs []doc) {
		var total int64
		for _, d := range docs {
			total += int64(len(d.body))
		}
		b.SetBytes(total)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				if _, err := Extract(d.body, d.name, ""); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	var html []doc
	for _, d := range docs {
		if filepath.Ext(d.name) == ".html" {
			html = append(html, d)
		}
	}
	b.Run("all", func(b *testing.B) { run(b, docs) })
	b.Run("html", func(b *testing.B) { run(b, html) })
}
