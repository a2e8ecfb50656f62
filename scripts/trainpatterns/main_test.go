package main

import (
	"slices"
	"testing"
)

// The inner splits must be the same every run (the shipped model is
// reproducible) and differ from seed to seed (else pooling them averages
// nothing).
func TestShuffledDeterministic(t *testing.T) {
	var docs []*doc
	for i := range 40 {
		docs = append(docs, &doc{line: i})
	}
	lines := func(ds []*doc) []int {
		var out []int
		for _, d := range ds {
			out = append(out, d.line)
		}
		return out
	}
	if got := lines(shuffled(docs, 0)); !slices.Equal(got, lines(docs)) {
		t.Errorf("seed 0 reordered the documents: %v", got)
	}
	a, b := lines(shuffled(docs, 1)), lines(shuffled(docs, 1))
	if !slices.Equal(a, b) {
		t.Errorf("seed 1 gave two orders: %v, %v", a, b)
	}
	if c := lines(shuffled(docs, 2)); slices.Equal(a, c) {
		t.Errorf("seeds 1 and 2 gave the same order: %v", a)
	}
	kept := leaveOut(docs, 5, 3)
	if len(kept) != 35 {
		t.Fatalf("leaveOut(40, 5) kept %d", len(kept))
	}
	if !slices.IsSorted(lines(kept)) {
		t.Errorf("leaveOut reordered the documents: %v", lines(kept))
	}
}

// The objective: a cell short of the precision or recall target
// scores below one that meets both, whatever its among.
func TestTargetObjective(t *testing.T) {
	meets := tally{n: 100, first: 55, any: 75, tp: 65, fp: 35, fn: 40} // P .65 R .62
	short := tally{n: 100, first: 55, any: 85, tp: 60, fp: 40, fn: 40} // P .60 R .60
	if meets.target() <= short.target() {
		t.Errorf("target: meeting P and R %.3f, short of P but more among %.3f", meets.target(), short.target())
	}
}

// -commondf leaves out a term nearly every write-up of its own language
// has, counted among that language's write-ups only; -zhmindf asks more
// write-ups of a Chinese term than -mindf does.
func TestVocabularyCommonTerms(t *testing.T) {
	var docs []*doc
	for i := range 4 {
		zh := map[string]float64{"r:故障": 1}
		en := map[string]float64{"r:servic": 1}
		if i < 2 {
			zh["r:网络"] = 1
			en["r:dns"] = 1
		}
		docs = append(docs, &doc{line: 2 * i, lang: "zh", feats: zh}, &doc{line: 2*i + 1, lang: "en", feats: en})
	}
	has := func(o options) map[string]bool {
		vocab, _ := vocabulary(o, docs)
		out := map[string]bool{}
		for name := range vocab {
			out[name] = true
		}
		return out
	}
	all := has(options{minDF: 2})
	for _, f := range []string{"r:故障", "r:网络", "r:servic", "r:dns"} {
		if !all[f] {
			t.Errorf("without -commondf %s was left out", f)
		}
	}
	common := has(options{minDF: 2, commonDF: 0.6})
	for f, want := range map[string]bool{"r:故障": false, "r:servic": false, "r:网络": true, "r:dns": true} {
		if common[f] != want {
			t.Errorf("-commondf 0.6: %s kept %v, want %v", f, common[f], want)
		}
	}
	zh := has(options{minDF: 2, zhMinDF: 3})
	if zh["r:网络"] || !zh["r:dns"] || !zh["r:故障"] {
		t.Errorf("-zhmindf 3: kept 网络 %v (want false), dns %v, 故障 %v (want true)", zh["r:网络"], zh["r:dns"], zh["r:故障"])
	}
}
