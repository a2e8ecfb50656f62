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
	var total int64
	for _, f := range files {
		if filepath.Ext(f) == ".json" {
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc{f, body})
		total += int64(len(body))
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
