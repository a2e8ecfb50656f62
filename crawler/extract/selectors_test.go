package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestCompiledSelectors asks every selector the page parser compiles once
// and goquery's Find of its source the same of each HTML fixture and
// page: the same elements, in the same order; and so each selector asked
// of the page's elements listed once (pageElements.find).
func TestCompiledSelectors(t *testing.T) {
	var pages []string
	for _, pat := range []string{"testdata/*.html", "testdata/realworld/*.html", "testdata/realworld/*.htm", "testdata/rca/*.html"} {
		m, _ := filepath.Glob(pat)
		pages = append(pages, m...)
	}
	if len(pages) < 20 || len(compiledSelectors) < 20 {
		t.Fatalf("%d pages, %d selectors", len(pages), len(compiledSelectors))
	}
	found := 0
	for _, p := range pages {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		root, err := goquery.NewDocumentFromReader(bytes.NewReader(toUTF8HTML(body, "")))
		if err != nil {
			continue
		}
		els := listElements(root)
		for _, q := range pageQueries {
			want := root.Find(q.src).Nodes
			got := els.find(q.q).Nodes
			if !slices.Equal(got, want) {
				t.Errorf("%s: %q among the listed elements finds %d, Find %d", p, q.src, len(got), len(want))
			}
		}
		for _, s := range compiledSelectors {
			want := root.Find(s.src).Nodes
			got := root.FindMatcher(s.m).Nodes
			found += len(got)
			if !slices.Equal(got, want) {
				t.Errorf("%s: %q finds %d elements, Find %d", p, s.src, len(got), len(want))
			}
		}
	}
	if found == 0 || len(pageQueries) < 20 {
		t.Errorf("found %d elements; %d page queries", found, len(pageQueries))
	}
}
