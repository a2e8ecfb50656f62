package search

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// fixtureSearcher indexes search/testdata/incidents in memory.
func fixtureSearcher(t testing.TB) *Searcher {
	t.Helper()
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
	return searcherOf(t, "", 0, ins...)
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

// TestCrossLingual: a query in one language finds the write-ups in the
// other through the thesaurus.
func TestCrossLingual(t *testing.T) {
	s := fixtureSearcher(t)
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"重连风暴", "fixture-06"},                // English thundering herd
		{"闰秒", "fixture-08"},                  // English leap second
		{"证书过期", "fixture-07"},                // English expired TLS certificate
		{"fiber cut", "fixture-01"},           // 光缆中断
		{"accidental deletion", "fixture-03"}, // 误删
		{"canary", "fixture-05"},              // 灰度发布
	} {
		r, err := s.Search(context.Background(), Request{Query: tc.q, Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		if !contains(ids(r), tc.want) {
			t.Errorf("%q: top five %v lack %s", tc.q, ids(r), tc.want)
		}
	}
}

func TestFiltersSortAndPaging(t *testing.T) {
	s := fixtureSearcher(t)
	ctx := context.Background()
	all, err := s.Search(ctx, Request{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		req  Request
		ok   func(h Hit) bool
	}{
		{"lang", Request{Filters: Filters{Lang: "zh"}, Limit: 100}, func(h Hit) bool { return h.Lang == "zh" }},
		{"year", Request{Filters: Filters{Years: []string{"2017"}}, Limit: 100}, func(h Hit) bool {
			return strings.HasPrefix(h.StartedAt, "2017") || strings.HasPrefix(h.Published, "2017")
		}},
		{"from-to", Request{Filters: Filters{From: "2020-01-01", To: "2021-12-31"}, Limit: 100}, func(h Hit) bool { return h.Published >= "2020-01-01" && h.Published <= "2021-12-31" }},
		{"pattern+org", Request{Filters: Filters{Patterns: []string{"certificate"}, Org: []string{"橙果出行"}}, Limit: 100}, func(h Hit) bool { return h.ID == "fixture-04" }},
	} {
		r, err := s.Search(ctx, tc.req)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(r.Hits) == 0 || uint64(len(r.Hits)) == all.Total {
			t.Errorf("%s: %d hits of %d: the filter did nothing", tc.name, len(r.Hits), all.Total)
		}
		for _, h := range r.Hits {
			if !tc.ok(h) {
				t.Errorf("%s: hit %s (%s %s %s) does not pass", tc.name, h.ID, h.Lang, h.Published, h.StartedAt)
			}
		}
		if r.Total != uint64(len(r.Hits)) {
			t.Errorf("%s: total %d but %d hits", tc.name, r.Total, len(r.Hits))
		}
	}
	// section scope: 证书 is in fixture-04's cause, not in its remediation only
	r, err := s.Search(ctx, Request{Query: "限流", Filters: Filters{Section: "remediation"}})
	if err != nil || !contains(ids(r), "fixture-02") {
		t.Errorf("section=remediation 限流: %v %v", err, ids(r))
	}
	// sort by duration, longest first
	r, err = s.Search(ctx, Request{Sort: SortDuration, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(r.Hits); i++ {
		if r.Hits[i-1].DurationMinutes < r.Hits[i].DurationMinutes {
			t.Errorf("duration sort: %d before %d", r.Hits[i-1].DurationMinutes, r.Hits[i].DurationMinutes)
		}
	}
	// paging covers everything exactly once
	seen := map[string]bool{}
	for off := 0; off < 10; off += 3 {
		p, err := s.Search(ctx, Request{Limit: 3, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range p.Hits {
			if seen[h.ID] {
				t.Errorf("%s on two pages", h.ID)
			}
			seen[h.ID] = true
		}
	}
	if len(seen) != 10 {
		t.Errorf("pages held %d incidents, want 10", len(seen))
	}
	for _, bad := range []Request{{Limit: 1000}, {Offset: -1}, {Sort: "random"}, {Filters: Filters{Section: "nope"}}, {Filters: Filters{From: "last week"}}} {
		if _, err := s.Search(ctx, bad); !errors.Is(err, ErrBadQuery) {
			t.Errorf("%+v: %v, want ErrBadQuery", bad, err)
		}
	}
}

// TestPatternWordsRankTaggedIncidents: naming a failure pattern in words
// ranks the incidents tagged with it, even where the words do not appear.
func TestPatternWordsRankTaggedIncidents(t *testing.T) {
	s := fixtureSearcher(t)
	r, err := s.Search(context.Background(), Request{Query: "惊群", Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(r)
	if len(got) < 2 || !contains(got[:2], "fixture-02") || !contains(got[:2], "fixture-06") {
		t.Errorf("惊群 (retry-storm): top %v, want fixture-02 and fixture-06 first", got)
	}
}

func TestHighlightMerging(t *testing.T) {
	text := "主从切换失败后，数据库主从切换再次失败"
	spans := []span{{0, 12}, {12, 18}, {24, 33}, {33, 45}}
	frags := fragments(text, spans)
	joined := strings.Join(frags, " ")
	if strings.Contains(joined, "</mark><mark>") {
		t.Errorf("adjacent marks not merged: %s", joined)
	}
	if !strings.Contains(joined, "<mark>主从切换失败</mark>") {
		t.Errorf("fragment %s lacks the merged mark", joined)
	}
	if got := markAll("a <b> & c", []span{{2, 5}}); got != "a <mark>&lt;b&gt;</mark> &amp; c" {
		t.Errorf("markAll escaped as %q", got)
	}
}

func TestSimilar(t *testing.T) {
	s := fixtureSearcher(t)
	in, err := s.Get(context.Background(), "fixture-07") // expired TLS certificate, English
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Similar) == 0 || len(in.Similar) > SimilarCount {
		t.Fatalf("similar: %+v", in.Similar)
	}
	var simIDs []string
	for _, x := range in.Similar {
		if x.ID == in.ID {
			t.Errorf("an incident is listed as like itself")
		}
		simIDs = append(simIDs, x.ID)
	}
	if simIDs[0] != "fixture-04" { // 证书过期, the other certificate incident
		t.Errorf("most similar to fixture-07: %v, want fixture-04 first", simIDs)
	}
	if _, err := s.Get(context.Background(), "nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("Get(nope): %v", err)
	}
}

// TestCacheFollowsTheIndex: a repeated search is answered from the cache
// while the index is unchanged, and afresh once it changes (a new incident,
// a deletion), so that a cached answer never hides a write.
func TestCacheFollowsTheIndex(t *testing.T) {
	s := fixtureSearcher(t)
	ctx := context.Background()
	req := Request{Query: "光缆中断", Limit: 10}
	first, err := s.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	again, err := s.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Hits) == 0 || &first.Hits[0] != &again.Hits[0] {
		t.Fatalf("the repeated search was not served from the cache (%d hits)", len(first.Hits))
	}
	fresh, err := s.Search(ctx, Request{Query: req.Query, Limit: 10, NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	if &fresh.Hits[0] == &first.Hits[0] || strings.Join(ids(fresh), " ") != strings.Join(ids(first), " ") {
		t.Fatalf("NoCache: got %v, cached %v", ids(fresh), ids(first))
	}

	in := &data.Incident{
		ID: "cache-new-incident", Title: "光缆中断导致支付全部失败", Lang: "zh",
		Summary: "施工挖断光缆，光缆中断后支付服务无法恢复。", Cause: "市政施工挖断机房出口光缆。",
		Text: "市政施工挖断机房出口光缆，光缆中断后支付服务全部失败。",
	}
	if err := s.ix.Put(in); err != nil {
		t.Fatal(err)
	}
	after, err := s.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if after.Total != first.Total+1 || !contains(ids(after), in.ID) {
		t.Fatalf("after a write: total %d (before %d), hits %v", after.Total, first.Total, ids(after))
	}
	if err := s.ix.SetDeleted(in.ID, true, time.Now()); err != nil {
		t.Fatal(err)
	}
	gone, err := s.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if gone.Total != first.Total || contains(ids(gone), in.ID) {
		t.Fatalf("after a deletion: total %d, hits %v", gone.Total, ids(gone))
	}
}

// BenchmarkSearch runs a mix of queries over the fixtures, each computed
// afresh (uncached) or answered from the result cache (cached).
func BenchmarkSearch(b *testing.B) {
	s := fixtureSearcher(b)
	reqs := []Request{
		{Query: "光缆中断"}, {Query: "重连风暴"}, {Query: "certificate expired"}, {Query: "database failover replica"},
		{Query: "机房停电导致服务中断"}, {Query: "outage", Filters: Filters{Lang: "zh"}}, {Query: "cause:光缆"},
		{Query: "rollback", Sort: SortDate}, {Filters: Filters{Patterns: []string{"dns"}}},
	}
	for _, fresh := range []bool{true, false} {
		name := "cached"
		if fresh {
			name = "uncached"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				req := reqs[i%len(reqs)]
				req.Limit, req.NoCache = 10, fresh
				if _, err := s.Search(context.Background(), req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestTextHighlightsWithoutPositions: the main text keeps no term
// positions, yet a hit that matched only there shows a fragment of it
// with the words marked: Chinese where written, English by stem to the end
// of the word, any case, escaped.
func TestTextHighlightsWithoutPositions(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	in := &data.Incident{
		ID: "text-only", Title: "Weekly operations notes", Lang: "en",
		Summary: "A quiet week with one event.",
		Text:    "A quiet week with one event.\nOn Tuesday the <b>Certificates</b> of the edge proxies expired; renewal had been disabled. 之后我们恢复了证书。",
	}
	if err := ix.Put(in); err != nil {
		t.Fatal(err)
	}
	res, err := New(ix).Search(context.Background(), Request{Query: "certificates expired 证书", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("hits %v", ids(res))
	}
	frags := strings.Join(res.Hits[0].Highlights[indexer.FieldText], " … ")
	for _, want := range []string{"&lt;b&gt;<mark>Certificates</mark>&lt;/b&gt;", "<mark>expired</mark>", "<mark>证书</mark>"} {
		if !strings.Contains(frags, want) {
			t.Errorf("text highlights %q lack %q", frags, want)
		}
	}
	if got := textSpans("precertified certif CERTIFICATE", []string{"certif"}); len(got) != 2 || got[0] != (span{13, 19}) || got[1] != (span{20, 31}) {
		t.Errorf("textSpans: %v", got)
	}
}

// TestPhraseInText: a quoted phrase is exact in the sections, and in the
// main text (which keeps no positions) its words must all be there.
func TestPhraseInText(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Put(
		&data.Incident{ID: "cause-exact", Title: "A", Lang: "en", Cause: "The disk filled up on the primary.", Text: "The disk filled up on the primary."},
		&data.Incident{ID: "text-apart", Title: "B", Lang: "en", Text: "The log disk was fine. Later the queue filled up."},
		&data.Incident{ID: "text-missing", Title: "C", Lang: "en", Text: "The disk was replaced."},
	); err != nil {
		t.Fatal(err)
	}
	res, err := New(ix).Search(context.Background(), Request{Query: `"disk filled"`, Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ids(res), " "); got != "cause-exact text-apart" {
		t.Errorf(`"disk filled": %s, want the exact cause first, then the text with both words`, got)
	}
}
