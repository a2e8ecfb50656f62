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

// ownSet is an independent set of 40 judged queries over the shared corpus:
// written from the failure-pattern list and the corpus titles without
// reading the dev queries (nor, for the third set, the second), committed
// before any search, then judged by pooling incidex's top 20, a plain-BM25
// top 20 and grep in both languages. A set is a measure, never a tuning
// target as a whole; its floors only guard against regressions. Do not
// raise the floors to fit; move them only when search as a whole moves.
type ownSet struct {
	path   string
	prefix string             // every id is this letter and a number
	cross  int                // at least this many cross-lingual queries
	floors map[string]float64 // "all", "kind:crosslingual", "lang:zh"
}

// ownSets: queries-own (issue 13), queries-own-2, queries-own-3,
// queries-own-4 and queries-own-5.
//
// queries-own's floors are the figures of a build less 0.03: when the set
// was judged (commit 0c3bcd7: nDCG@10 0.718 overall, 0.690 cross-lingual,
// 0.631 for Chinese queries), raised in stop 20 with search as a whole
// (0.746, 0.728, 0.665; the dev queries' halves moved alike). Plain BM25
// (bleve's standard analyzer over the raw text) scores 0.399, 0.184 and
// 0.155.
//
// queries-own-2 (see testdata/queries-own-2.README.md) scored untouched
// 0.749 overall, 0.638 cross-lingual and 0.707 for Chinese queries (odd
// ids 0.678, even ids 0.820; plain BM25 0.392, 0.173, 0.289); its floors
// were those less 0.03. Search was tuned on its odd ids first (the even
// ids held out), then on its even ids with the odd ids held out: the
// computing glossary of the thesaurus (描述符, 多租户, 镜像, 主键 …) raised
// it to 0.776, 0.659 and 0.763 (odd ids 0.738, even 0.815); with 发现 out
// of the monitoring concept and 软件包 as "package", 0.785, 0.675 and 0.780
// (odd ids 0.738, even 0.832); the floors are those less 0.03.
//
// queries-own-3 (see testdata/queries-own-3.README.md) scored untouched
// 0.764 overall, 0.708 cross-lingual and 0.781 for Chinese queries (odd
// ids 0.756, even ids 0.772; plain BM25 0.397, 0.100, 0.182); its floors
// are those less 0.03. Search may be tuned on its even ids only.
//
// queries-own-4 (see testdata/queries-own-4.README.md) scored untouched
// 0.871 overall, 0.852 cross-lingual and 0.865 for Chinese queries (odd
// ids 0.867, even ids 0.875); its floors were those less 0.03. Search may
// be tuned on its odd ids only. With search as a whole it rose to 0.888,
// 0.869 and 0.885 (odd ids 0.883, even 0.892; ba91cc5); the floors are
// those less 0.03.
//
// queries-own-5 (see testdata/queries-own-5.README.md) scored untouched
// 0.894 overall, 0.901 cross-lingual and 0.866 for Chinese queries (odd
// ids 0.859, even ids 0.930; plain BM25 0.482, 0.242, 0.171); its floors
// are those less 0.03. Search may be tuned on its even ids only.
var ownSets = []ownSet{
	{"testdata/queries-own.jsonl", "o", 12, map[string]float64{
		"all": 0.716, "kind:crosslingual": 0.698, "lang:zh": 0.635}},
	{"testdata/queries-own-2.jsonl", "p", 12, map[string]float64{
		"all": 0.755, "kind:crosslingual": 0.645, "lang:zh": 0.750}},
	{"testdata/queries-own-3.jsonl", "q", 20, map[string]float64{
		"all": 0.734, "kind:crosslingual": 0.678, "lang:zh": 0.751}},
	{"testdata/queries-own-4.jsonl", "q", 20, map[string]float64{
		"all": 0.858, "kind:crosslingual": 0.839, "lang:zh": 0.855}},
	{"testdata/queries-own-5.jsonl", "q", 20, map[string]float64{
		"all": 0.864, "kind:crosslingual": 0.871, "lang:zh": 0.836}},
}

// ownQuery is one line of the own qrels file with the extra field "form"
// (keyword, symptom, pattern, named, long): the shape of the query, kept
// apart from kind, which is "crosslingual" when most of the exact answers
// are in the other language.
type ownQuery struct {
	evalQuery
	Form string `json:"form"`
}

// readOwnQrelsFile reads a judged set in the own sets' line format.
func readOwnQrelsFile(t *testing.T, path string) []ownQuery {
	t.Helper()
	f, err := os.Open(path)
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
			t.Fatalf("%s: %v", path, err)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return qs
}

// TestOwnQrelsWellFormed: the set keeps the mix it was written to have
// (20 English, 20 Chinese, at least its count of cross-lingual queries,
// every form present), ids numbered with its letter,
// grades are 1 or 2, and every judged path names a corpus document.
func TestOwnQrelsWellFormed(t *testing.T) {
	for _, set := range ownSets {
		t.Run(filepath.Base(set.path), func(t *testing.T) { checkOwnSet(t, set) })
	}
}

func checkOwnSet(t *testing.T, set ownSet) {
	qs := readOwnQrelsFile(t, set.path)
	if len(qs) != 40 {
		t.Fatalf("%d queries, want 40", len(qs))
	}
	langs, forms := map[string]int{}, map[string]int{}
	cross := 0
	seen := map[string]bool{}
	for _, q := range qs {
		if seen[q.ID] || !strings.HasPrefix(q.ID, set.prefix) {
			t.Errorf("id %q repeated or not numbered with %q", q.ID, set.prefix)
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
	if cross < set.cross {
		t.Errorf("%d cross-lingual queries, want at least %d", cross, set.cross)
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

// TestOwnQueriesEval runs the eval on each own set and keeps it above its
// regression floors overall, cross-lingual and for Chinese queries; it logs
// every group and form, and the odd and even ids apart, so a change's effect
// on unseen queries is visible.
func TestOwnQueriesEval(t *testing.T) {
	needCorpus(t)
	for _, set := range ownSets {
		t.Run(filepath.Base(set.path), func(t *testing.T) { evalOwnSet(t, set) })
	}
}

func evalOwnSet(t *testing.T, set ownSet) {
	name := strings.TrimSuffix(filepath.Base(set.path), ".jsonl")
	rep := evalShared(t, set.path)
	if rep.Queries != 40 {
		t.Fatalf("eval scored %d queries, want 40", rep.Queries)
	}
	if rep.NDCG10 < set.floors["all"] {
		t.Errorf("%s nDCG@10 %.3f < %.3f", name, rep.NDCG10, set.floors["all"])
	}
	for _, g := range []string{"kind:crosslingual", "lang:zh"} {
		if s, ok := rep.Groups[g]; !ok || s.NDCG10 < set.floors[g] {
			t.Errorf("%s %s nDCG@10 %.3f < %.3f", name, g, s.NDCG10, set.floors[g])
		}
	}
	t.Logf("%s: nDCG@10 %.3f, MRR %.3f, recall@10 %.3f, recall@100 %.3f",
		name, rep.NDCG10, rep.MRR, rep.Recall10, rep.Recall100)
	groups := make([]string, 0, len(rep.Groups))
	for g := range rep.Groups {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	for _, g := range groups {
		t.Logf("%s %-18s %2d queries nDCG@10 %.3f", name, g, rep.Groups[g].Queries, rep.Groups[g].NDCG10)
	}
	form := map[string]string{}
	for _, q := range readOwnQrelsFile(t, set.path) {
		form[q.ID] = q.Form
	}
	sum, n := map[string]float64{}, map[string]int{}
	for _, pq := range rep.PerQuery {
		sum["form:"+form[pq.ID]] += pq.NDCG10
		n["form:"+form[pq.ID]]++
		half := "ids:even"
		if d := pq.ID[len(pq.ID)-1]; (d-'0')%2 == 1 {
			half = "ids:odd"
		}
		sum[half] += pq.NDCG10
		n[half]++
	}
	for _, g := range []string{"form:keyword", "form:symptom", "form:pattern", "form:named", "form:long", "ids:odd", "ids:even"} {
		if n[g] > 0 {
			t.Logf("%s %-13s %2d queries nDCG@10 %.3f", name, g, n[g], sum[g]/float64(n[g]))
		}
	}
}
