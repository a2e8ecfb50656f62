package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// ownQrels is a second, independent set of 40 judged queries over the
// shared corpus (issue 13): written from the failure-pattern list and the
// corpus titles without reading the dev queries, judged by pooling
// incidex's top 20, a plain-BM25 top 20 and grep in both languages. It is a
// measure, never a tuning target: nothing in search may be changed to raise
// it, and its floors only guard against regressions.
const ownQrels = "testdata/queries-own.jsonl"

// ownEvalFloors are the figures of a build less 0.03: when the set was
// judged (commit 0c3bcd7: nDCG@10 0.718 overall, 0.690 cross-lingual,
// 0.631 for Chinese queries), raised in stop 20 with search as a whole
// (0.746, 0.728, 0.665; the dev queries' halves moved alike). Plain BM25
// (bleve's standard analyzer over the raw text) scores 0.399, 0.184 and
// 0.155. Do not raise the floors to fit; move them only when search as a
// whole moves.
var ownEvalFloors = map[string]float64{
	"all":               0.716,
	"kind:crosslingual": 0.698,
	"lang:zh":           0.635,
}

// ownQuery is one line of the own qrels file with the extra field "form"
// (keyword, symptom, pattern, named, long): the shape of the query, kept
// apart from kind, which is "crosslingual" when most of the exact answers
// are in the other language.
type ownQuery struct {
	evalQuery
	Form string `json:"form"`
}

func readOwnQrels(t *testing.T) []ownQuery {
	t.Helper()
	f, err := os.Open(ownQrels)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []ownQuery
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q ownQuery
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatalf("%s: %v", ownQrels, err)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return qs
}

// TestOwnQrelsWellFormed: the set keeps the mix it was written to have
// (20 English, 20 Chinese, at least 12 cross-lingual, every form present),
// grades are 1 or 2, and every judged path names a corpus document.
func TestOwnQrelsWellFormed(t *testing.T) {
	qs := readOwnQrels(t)
	if len(qs) != 40 {
		t.Fatalf("%d queries, want 40", len(qs))
	}
	langs, forms := map[string]int{}, map[string]int{}
	cross := 0
	seen := map[string]bool{}
	for _, q := range qs {
		if seen[q.ID] || !strings.HasPrefix(q.ID, "o") {
			t.Errorf("id %q repeated or not o-numbered", q.ID)
		}
		seen[q.ID] = true
		langs[q.Lang]++
		forms[q.Form]++
		if q.Kind == "crosslingual" {
			cross++
		} else if q.Kind != q.Form {
			t.Errorf("%s: kind %q is neither crosslingual nor its form %q", q.ID, q.Kind, q.Form)
		}
		if strings.TrimSpace(q.Query) == "" || len(q.Relevant) == 0 {
			t.Errorf("%s: empty query or no judged documents", q.ID)
		}
		for p, g := range q.Relevant {
			if g != 1 && g != 2 {
				t.Errorf("%s: %s has grade %d", q.ID, p, g)
			}
		}
	}
	if langs["en"] != 20 || langs["zh"] != 20 {
		t.Errorf("languages %v, want 20 en and 20 zh", langs)
	}
	if cross < 12 {
		t.Errorf("%d cross-lingual queries, want at least 12", cross)
	}
	for _, f := range []string{"keyword", "symptom", "pattern", "named", "long"} {
		if forms[f] == 0 {
			t.Errorf("no %s query", f)
		}
	}
	if _, err := os.Stat(sharedCorpus); err != nil {
		return // the paths can only be checked against the corpus
	}
	for _, q := range qs {
		for p := range q.Relevant {
			if _, err := os.Stat(filepath.Join(sharedCorpus, filepath.FromSlash(p))); err != nil {
				t.Errorf("%s: judged path %s is not in the corpus", q.ID, p)
			}
		}
	}
}

// TestOwnQueriesEval runs the eval on the own set and keeps it above its
// regression floors overall, cross-lingual and for Chinese queries; it logs
// every group and form so a change's effect on unseen queries is visible.
func TestOwnQueriesEval(t *testing.T) {
	needCorpus(t)
	rep := evalShared(t, ownQrels)
	if rep.Queries != 40 {
		t.Fatalf("eval scored %d queries, want 40", rep.Queries)
	}
	if rep.NDCG10 < ownEvalFloors["all"] {
		t.Errorf("own set nDCG@10 %.3f < %.3f", rep.NDCG10, ownEvalFloors["all"])
	}
	for _, g := range []string{"kind:crosslingual", "lang:zh"} {
		if s, ok := rep.Groups[g]; !ok || s.NDCG10 < ownEvalFloors[g] {
			t.Errorf("own set %s nDCG@10 %.3f < %.3f", g, s.NDCG10, ownEvalFloors[g])
		}
	}
	t.Logf("own set: nDCG@10 %.3f, MRR %.3f, recall@10 %.3f, recall@100 %.3f",
		rep.NDCG10, rep.MRR, rep.Recall10, rep.Recall100)
	groups := make([]string, 0, len(rep.Groups))
	for g := range rep.Groups {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	for _, g := range groups {
		t.Logf("own set %-18s %2d queries nDCG@10 %.3f", g, rep.Groups[g].Queries, rep.Groups[g].NDCG10)
	}
	form := map[string]string{}
	for _, q := range readOwnQrels(t) {
		form[q.ID] = q.Form
	}
	sum, n := map[string]float64{}, map[string]int{}
	for _, pq := range rep.PerQuery {
		sum[form[pq.ID]] += pq.NDCG10
		n[form[pq.ID]]++
	}
	for _, f := range []string{"keyword", "symptom", "pattern", "named", "long"} {
		if n[f] > 0 {
			t.Logf("own set form:%-9s %2d queries nDCG@10 %.3f", f, n[f], sum[f]/float64(n[f]))
		}
	}
}
