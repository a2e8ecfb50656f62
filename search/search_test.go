package search

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// fixtureSearcher indexes search/testdata/incidents in memory.
func fixtureSearcher(t testing.TB) *Searcher {
	t.Helper()
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	files, err := filepath.Glob("testdata/incidents/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var ins []*data.Incident
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var in data.Incident
		if err := json.Unmarshal(b, &in); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ins = append(ins, &in)
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	return New(ix)
}

func ids(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestSearchFixtures(t *testing.T) {
	s := fixtureSearcher(t)
	for _, tc := range []struct {
		q      string
		filter Filters
		first  string
		want   []string // must be among the hits
		reject []string // must not be among the hits
	}{
		{q: "光缆中断", first: "fixture-01"},
		{q: "重连风暴", want: []string{"fixture-02", "fixture-06"}},
		{q: "thundering herd", first: "fixture-06"},
		{q: "证书过期", want: []string{"fixture-04"}},
		{q: "leap second", first: "fixture-08"},
		{q: "certificate", want: []string{"fixture-07"}, reject: []string{"fixture-08"}},
		{q: "certificate -monitoring", reject: []string{"fixture-07"}},
		{q: `"replication lag"`, first: "fixture-10"},
		{q: "cause:清理脚本", first: "fixture-03"},
		{q: "cause:误删", reject: []string{"fixture-01"}},
		{q: "", filter: Filters{Patterns: []string{"retry-storm"}}, want: []string{"fixture-02", "fixture-06"}, reject: []string{"fixture-01"}},
		{q: "pattern:certificate lang:zh", want: []string{"fixture-04"}, reject: []string{"fixture-07"}},
		{q: "org:橙果出行", want: []string{"fixture-04", "fixture-05"}, reject: []string{"fixture-01"}},
	} {
		r, err := s.Search(context.Background(), Request{Query: tc.q, Filters: tc.filter})
		if err != nil {
			t.Errorf("%q: %v", tc.q, err)
			continue
		}
		got := ids(r)
		if tc.first != "" && (len(got) == 0 || got[0] != tc.first) {
			t.Errorf("%q: first hit %v, want %s", tc.q, got, tc.first)
		}
		for _, w := range tc.want {
			if !contains(got, w) {
				t.Errorf("%q: hits %v lack %s", tc.q, got, w)
			}
		}
		for _, w := range tc.reject {
			if contains(got, w) {
				t.Errorf("%q: hits %v hold %s", tc.q, got, w)
			}
		}
	}
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func TestEmptyQueryListsAllNewestFirst(t *testing.T) {
	s := fixtureSearcher(t)
	r, err := s.Search(context.Background(), Request{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 10 || len(r.Hits) != 10 {
		t.Fatalf("total %d hits %d, want 10", r.Total, len(r.Hits))
	}
	for i := 1; i < len(r.Hits); i++ {
		if r.Hits[i-1].Published < r.Hits[i].Published {
			t.Errorf("not newest first: %s before %s", r.Hits[i-1].Published, r.Hits[i].Published)
		}
	}
	langs := map[string]int{}
	for _, f := range r.Facets.Lang {
		langs[f.Term] = f.Count
	}
	if langs["zh"] != 5 || langs["en"] != 5 {
		t.Errorf("lang facet %v, want 5 zh and 5 en", r.Facets.Lang)
	}
	var orgCount int
	for _, f := range r.Facets.Org {
		if f.Term == "橙果出行" {
			orgCount = f.Count
		}
	}
	if orgCount != 2 {
		t.Errorf("org facet %v, want 橙果出行: 2", r.Facets.Org)
	}
}

func TestHighlightsMarkChineseAndEscape(t *testing.T) {
	s := fixtureSearcher(t)
	r, err := s.Search(context.Background(), Request{Query: "光缆"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 {
		t.Fatal("no hits")
	}
	var all []string
	for _, frags := range r.Hits[0].Highlights {
		all = append(all, frags...)
	}
	joined := strings.Join(all, " ")
	if !strings.Contains(joined, "<mark>光缆</mark>") {
		t.Errorf("highlights %q lack <mark>光缆</mark>", joined)
	}
	r, err = s.Search(context.Background(), Request{Query: "onerror"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range r.Hits {
		for _, frags := range h.Highlights {
			for _, f := range frags {
				if strings.Contains(f, "<img") || strings.Contains(f, "<script") {
					t.Errorf("unescaped markup in highlight %q", f)
				}
			}
		}
	}
}
