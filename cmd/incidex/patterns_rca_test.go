package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/incidex/incidex/crawler/extract"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

// TestPatternQueriesOnRCAs runs the pattern-name queries over write-ups of
// another genre than the corpus's: short cloud-provider RCAs and status-page
// one-pagers of our own writing (crawler/extract/testdata/rca/*.jsonl,
// each labelled with its root cause), which the pattern model did not
// learn from.
// A write-up is relevant to a query naming its root cause. incidex must
// rank at least as well as plain BM25 over the same text in English, and
// find Chinese queries' answers, which plain BM25 mostly cannot across
// languages.
func TestPatternQueriesOnRCAs(t *testing.T) {
	files, err := filepath.Glob("../../crawler/extract/testdata/rca/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no RCA sets: %v", err)
	}
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	root := string(filepath.Separator) + "rca"
	labelled := map[string][]string{} // pattern → write-ups
	n := 0
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		for sc.Scan() {
			var r struct{ Label, Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			n++
			name := fmt.Sprintf("%03d.txt", n)
			in, err := extract.Extract([]byte(r.Text), filepath.Join(root, name), "")
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			in.URL = filepath.Join(root, name)
			if err := ix.Put(in); err != nil {
				t.Fatal(err)
			}
			labelled[r.Label] = append(labelled[r.Label], name)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	var queries []evalQuery
	for _, pq := range loadPatternQueries(t, "testdata/pattern-queries.jsonl") {
		docs := labelled[pq.Pattern]
		if len(docs) < 3 {
			continue // too few write-ups of it to rank
		}
		q := evalQuery{ID: pq.ID, Query: pq.Query, Lang: pq.Lang, Kind: pq.Pattern, Relevant: map[string]int{}}
		for _, d := range docs {
			q.Relevant[d] = 2
		}
		queries = append(queries, q)
	}
	if len(queries) < 8 {
		t.Fatalf("%d queries over the RCAs, want both languages of four patterns or more", len(queries))
	}
	ours, err := evaluate(search.New(ix), queries, root)
	if err != nil {
		t.Fatal(err)
	}
	plain := plainBM25(t, ix, queries, root)
	mean := func(pqs []evalPerQuery, lang string) float64 {
		s, k := 0.0, 0
		for i, p := range pqs {
			if queries[i].Lang == lang {
				s += p.NDCG10
				k++
			}
		}
		return s / float64(k)
	}
	for i, p := range ours.PerQuery {
		t.Logf("%s %-15s incidex %.3f plain %.3f  %s", p.ID, queries[i].Kind, p.NDCG10, plain[i].NDCG10, p.Query)
	}
	oe, pe, oz, pz := mean(ours.PerQuery, "en"), mean(plain, "en"), mean(ours.PerQuery, "zh"), mean(plain, "zh")
	t.Logf("%d write-ups; English: incidex %.3f, plain BM25 %.3f; Chinese: incidex %.3f, plain BM25 %.3f", n, oe, pe, oz, pz)
	if oe < pe {
		t.Errorf("English pattern queries over the RCAs: incidex %.3f below plain BM25 %.3f", oe, pe)
	}
	if oe < rcaFloors["en"] || oz < rcaFloors["zh"] {
		t.Errorf("pattern queries over the RCAs: English %.3f, Chinese %.3f; floors %v", oe, oz, rcaFloors)
	}
}

// rcaFloors are regression floors of the pattern queries over the RCAs
// (96 write-ups: 0.742 English and 0.776 Chinese when set, against plain
// BM25's 0.409 and 0.473), less about 0.04: the set is small, one query
// moves the mean by a tenth of its score change. The figures move with
// the sets: sealed-rca-15's fifty write-ups (909 in all) took the same
// build from 0.727/0.731 to 0.743/0.721, more answers to each query and
// more write-ups to rank them among; the Chinese floor is 0.70 since.
var rcaFloors = map[string]float64{"en": 0.70, "zh": 0.70}
