package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/crawler"
	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

const fixtures = "../../crawler/extract/testdata"

func incidex(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func TestImportSearchShow(t *testing.T) {
	dataDir := t.TempDir()
	// a file of another type is skipped and counted
	if err := os.WriteFile(filepath.Join(dataDir, "notes.csv"), []byte("a,b"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, _ := filepath.Glob(filepath.Join(fixtures, "*.*"))
	out, errs, code := incidex(t, append([]string{"import", "--data", dataDir, filepath.Join(dataDir, "notes.csv")}, docs...)...)
	if code != 0 {
		t.Fatalf("import exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, fmt.Sprintf("imported %d, updated 0, unchanged 0, skipped 1, failed 0", len(docs))) {
		t.Errorf("import said %q", out)
	}
	out, errs, code = incidex(t, append([]string{"import"}, append(docs, "--data", dataDir)...)...)
	if code != 0 || !strings.HasPrefix(out, fmt.Sprintf("imported 0, updated 0, unchanged %d, skipped 0, failed 0", len(docs))) {
		t.Errorf("re-import exit %d said %q %s", code, out, errs)
	}

	out, errs, code = incidex(t, "search", "--data", dataDir, "--json", "光缆中断")
	if code != 0 {
		t.Fatalf("search exit %d: %s", code, errs)
	}
	var res search.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search JSON: %v\n%s", err, out)
	}
	if res.Total == 0 || !strings.Contains(res.Hits[0].Title, "青禾邮箱") {
		t.Fatalf("光缆中断: %+v", res.Hits)
	}
	var marked bool
	for _, frags := range res.Hits[0].Highlights {
		for _, f := range frags {
			marked = marked || strings.Contains(f, "<mark>光缆")
		}
	}
	if !marked {
		t.Errorf("no <mark>光缆 in %v", res.Hits[0].Highlights)
	}
	// the contract's keys, exactly
	var raw map[string]json.RawMessage
	json.Unmarshal([]byte(out), &raw)
	for _, k := range []string{"query", "total", "took_ms", "hits", "facets"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("search JSON lacks %q", k)
		}
	}

	out, _, code = incidex(t, "search", "--data", dataDir, "--json", "thundering", "herd")
	if code != 0 || !strings.Contains(out, fileID(t, filepath.Join(fixtures, "en-thundering-herd.html"))) {
		t.Errorf("thundering herd: exit %d %s", code, out)
	}

	id := res.Hits[0].ID
	out, errs, code = incidex(t, "show", "--data", dataDir, "--json", id)
	if code != 0 {
		t.Fatalf("show exit %d: %s", code, errs)
	}
	var in data.Incident
	if err := json.Unmarshal([]byte(out), &in); err != nil {
		t.Fatal(err)
	}
	if in.ID != id || in.Lang != "zh" || len(in.Timeline) == 0 || in.Cause == "" {
		t.Errorf("show: %+v", in)
	}
	out, _, code = incidex(t, "show", "--data", dataDir, id)
	if code != 0 || !strings.Contains(out, "## timeline") {
		t.Errorf("show text: %d %s", code, out)
	}
	if _, errs, code = incidex(t, "show", "--data", dataDir, "0000000000000000"); code != 1 || !strings.Contains(errs, "no incident") {
		t.Errorf("show of a missing id: exit %d %q", code, errs)
	}
	if _, errs, code = incidex(t, "show", "--data", dataDir, "../x"); code != 2 || strings.Count(errs, "\n") != 1 {
		t.Errorf("show of a bad id: exit %d %q", code, errs)
	}
}

func TestCommandErrors(t *testing.T) {
	dataDir := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"bogus"}, 2, "unknown command"},
		{[]string{"import", "--data", dataDir}, 2, "at least one file"},
		{[]string{"import", "--data", dataDir, "/no/such/path"}, 1, "/no/such/path"},
		{[]string{"search", "--data", dataDir, "--limit", "1000", "x"}, 2, "limit"},
		{[]string{"search", "--data", dataDir, "--filter", "colour=red", "x"}, 2, "unknown filter"},
		{[]string{"search", "--data", dataDir, "pattern:nope"}, 2, "not a failure pattern"},
		{[]string{"search", "--data", dataDir, "--nope"}, 2, "flag provided but not defined"},
		{[]string{"extract", "--json", "/no/such/file.md"}, 1, "no such file"},
		{[]string{"extract", "--json", "x.pdf"}, 1, "x.pdf"},
		{[]string{"eval", "--corpus", dataDir}, 2, "--qrels"},
	} {
		_, errs, code := incidex(t, tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.msg) {
			t.Errorf("%v: exit %d %q, want %d with %q", tc.args, code, errs, tc.code, tc.msg)
		}
		if code != 0 && strings.Count(strings.TrimSpace(errs), "\n") > 0 && !strings.Contains(errs, "usage") {
			t.Errorf("%v: error is more than one line: %q", tc.args, errs)
		}
	}
}

func TestEmptyQueryOnEmptyIndex(t *testing.T) {
	dataDir := t.TempDir()
	ix, err := indexer.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	out, errs, code := incidex(t, "search", "--data", dataDir, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res search.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Total != 0 || res.Hits == nil {
		t.Errorf("empty index: %v %s", err, out)
	}
}

func TestExtractJSON(t *testing.T) {
	out, errs, code := incidex(t, "extract", "--json", filepath.Join(fixtures, "gbk-db-failover.html"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var in data.Incident
	if err := json.Unmarshal([]byte(out), &in); err != nil {
		t.Fatal(err)
	}
	if in.Lang != "zh" || !strings.Contains(in.Title, "订单") || !strings.Contains(in.Cause, "主从延迟") {
		t.Errorf("GBK page extracted as %+v", in)
	}
}

func TestEval(t *testing.T) {
	corpus := t.TempDir()
	for name, body := range map[string]string{
		"a/fiber.md": "# 光缆中断导致邮件服务不可用\n\n## 故障原因\n\n主备光缆同时被挖断。\n",
		"b/cert.md":  "# Expired certificate took down the API\n\n## Root cause\n\nThe TLS certificate expired.\n",
		"c/other.md": "# Disk full on the build server\n\nThe disk filled up.\n",
	} {
		p := filepath.Join(corpus, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	qrels := filepath.Join(t.TempDir(), "q.jsonl")
	os.WriteFile(qrels, []byte(`{"id":"q1","query":"光缆中断","lang":"zh","kind":"pattern","relevant":{"a/fiber.md":2}}
{"id":"q2","query":"certificate expired","lang":"en","kind":"pattern","relevant":{"b/cert.md":2,"c/missing.md":1}}
`), 0o644)
	out, errs, code := incidex(t, "eval", "--corpus", corpus, "--qrels", qrels, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Queries  int     `json:"queries"`
		NDCG     float64 `json:"ndcg@10"`
		MRR      float64 `json:"mrr"`
		R100     float64 `json:"recall@100"`
		PerQuery []struct {
			ID   string   `json:"id"`
			NDCG float64  `json:"ndcg@10"`
			Top  []string `json:"top"`
		} `json:"per_query"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Queries != 2 || rep.MRR != 1 || rep.R100 != 0.75 {
		t.Errorf("report %+v", rep)
	}
	if rep.PerQuery[0].Top[0] != "a/fiber.md" || rep.PerQuery[0].NDCG != 1 {
		t.Errorf("q1: %+v", rep.PerQuery[0])
	}
	// q2: the one relevant document found is first; the missing one caps nDCG below 1
	if rep.PerQuery[1].NDCG >= 1 || rep.PerQuery[1].NDCG < 0.8 {
		t.Errorf("q2 ndcg %v", rep.PerQuery[1].NDCG)
	}
}

func TestExtractURL(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(fixtures, "zh-fiber-cut.html"))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer ts.Close()
	out, errs, code := incidex(t, "extract", "--json", "--allow-private", ts.URL+"/2023/03/outage?utm_source=feed#top")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var in data.Incident
	if err := json.Unmarshal([]byte(out), &in); err != nil {
		t.Fatal(err)
	}
	if in.URL != ts.URL+"/2023/03/outage" || in.ID != data.IDFor(in.URL) || !strings.Contains(in.Title, "青禾邮箱") {
		t.Errorf("got url %q id %q title %q", in.URL, in.ID, in.Title)
	}
	// without --allow-private the loopback server is refused
	if _, errs, code := incidex(t, "extract", "--json", ts.URL+"/x"); code != 1 || !strings.Contains(errs, "private") {
		t.Errorf("loopback without --allow-private: exit %d %q", code, errs)
	}
}

func TestCrawlAndReindex(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(fixtures, "en-thundering-herd.html"))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(page)
	}))
	defer ts.Close()
	dataDir := t.TempDir()
	out, errs, code := incidex(t, "crawl", "--data", dataDir, "--allow-private", "--delay", "1ms", "--url", ts.URL+"/2022/06/herd")
	if code != 0 || !strings.HasPrefix(out, "fetched 1, new 1,") {
		t.Fatalf("crawl: exit %d %q %s", code, out, errs)
	}
	out, _, code = incidex(t, "crawl", "--data", dataDir, "--allow-private", "--delay", "1ms", "--url", ts.URL+"/2022/06/herd")
	if code != 0 || !strings.Contains(out, "new 0, updated 0, unchanged 1") {
		t.Errorf("second crawl: %q", out)
	}
	out, _, _ = incidex(t, "search", "--data", dataDir, "thundering herd")
	if !strings.Contains(out, "1 incidents") {
		t.Errorf("search after crawl: %q", out)
	}
	out, errs, code = incidex(t, "reindex", "--data", dataDir)
	if code != 0 || !strings.HasPrefix(out, "reindexed 1 postmortems from 1 stored documents") {
		t.Errorf("reindex: exit %d %q %s", code, out, errs)
	}
	out, _, _ = incidex(t, "search", "--data", dataDir, "thundering herd")
	if !strings.Contains(out, "1 incidents") {
		t.Errorf("search after reindex: %q", out)
	}
	// without --allow-private the loopback seed is refused, and says so
	out, _, _ = incidex(t, "crawl", "--data", dataDir, "--url", ts.URL+"/x")
	if !strings.Contains(out, "failed 1") {
		t.Errorf("crawl of loopback without --allow-private: %q", out)
	}
	if _, errs, code := incidex(t, "serve", "--data", dataDir, "--crawl-every", "5s"); code != 2 || !strings.Contains(errs, "crawl-every") {
		t.Errorf("serve --crawl-every 5s: exit %d %q", code, errs)
	}
}

// TestServeSeedsCatalogue: a fresh data folder gets the built-in catalogue
// on first start, and a crawled page replaces its entry.
func TestSeedCatalogue(t *testing.T) {
	ix, err := indexer.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	n, err := seedCatalogue(ix)
	if err != nil || n < 100 {
		t.Fatalf("seeded %d: %v", n, err)
	}
	res, err := search.New(ix).Search(context.Background(), search.Request{Query: "SimpleDB"})
	if err != nil || res.Total == 0 {
		t.Fatalf("SimpleDB in the catalogue: %v %+v", err, res)
	}
	hit := res.Hits[0]
	// the crawled page has the same id: it replaces the entry
	crawled := &data.Incident{ID: hit.ID, URL: hit.URL, Title: "Summary of the Amazon SimpleDB Service Disruption", Lang: "en", Text: "full text"}
	if err := ix.Put(crawled); err != nil {
		t.Fatal(err)
	}
	if c, _ := ix.Count(); c != uint64(n) {
		t.Errorf("count %d after the crawl, want %d", c, n)
	}
	got, _ := ix.Get(hit.ID)
	if got.Title != crawled.Title || len(got.Tags) != 0 {
		t.Errorf("entry not replaced: %+v", got)
	}
}

func TestDeleteRestore(t *testing.T) {
	dataDir := t.TempDir()
	docs, _ := filepath.Glob(filepath.Join(fixtures, "*.*"))
	if _, errs, code := incidex(t, append([]string{"import", "--data", dataDir}, docs...)...); code != 0 {
		t.Fatal(errs)
	}
	var res search.Result
	out, _, _ := incidex(t, "search", "--data", dataDir, "--json", "光缆中断")
	json.Unmarshal([]byte(out), &res)
	id := res.Hits[0].ID
	total := res.Total
	if out, errs, code := incidex(t, "delete", "--data", dataDir, id); code != 0 || !strings.HasPrefix(out, "deleted "+id) {
		t.Fatalf("delete: %d %s %s", code, out, errs)
	}
	out, _, _ = incidex(t, "search", "--data", dataDir, "--json", "光缆中断")
	json.Unmarshal([]byte(out), &res)
	for _, h := range res.Hits {
		if h.ID == id {
			t.Errorf("a deleted incident is still found")
		}
	}
	if res.Total != total-1 {
		t.Errorf("total %d after delete, want %d", res.Total, total-1)
	}
	if _, errs, code := incidex(t, "show", "--data", dataDir, id); code != 1 || !strings.Contains(errs, "no incident") {
		t.Errorf("show of a deleted incident: %d %s", code, errs)
	}
	if _, _, code := incidex(t, "restore", "--data", dataDir, id); code != 0 {
		t.Fatal("restore failed")
	}
	if _, _, code := incidex(t, "show", "--data", dataDir, id); code != 0 {
		t.Errorf("show after restore failed")
	}
	if _, errs, code := incidex(t, "delete", "--data", dataDir, "0000000000000000"); code != 1 || !strings.Contains(errs, "no incident") {
		t.Errorf("delete of an unknown id: %d %s", code, errs)
	}
	if _, _, code := incidex(t, "delete", "--data", dataDir, "../etc"); code != 2 {
		t.Errorf("delete of a bad id: exit %d", code)
	}
	// purge: a deletion older than the grace period goes for good
	ix, err := indexer.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	before, _ := ix.Count()
	if err := ix.SetDeleted(id, true, time.Now().Add(-PurgeAfter-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n, err := ix.Purge(time.Now().Add(-PurgeAfter)); err != nil || n != 1 {
		t.Errorf("purge: %d %v", n, err)
	}
	if _, err := ix.GetAny(id); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("purged incident still stored: %v", err)
	}
	if after, _ := ix.Count(); after != before-1 {
		t.Errorf("count %d after purge, want %d", after, before-1)
	}
}

// TestReindexKeepsEverything: reindex rebuilds from the raw store (the
// imported files may be gone), keeps deletions and incidents without a raw
// document, and swaps the index atomically.
func TestReindexKeepsEverything(t *testing.T) {
	dataDir := t.TempDir()
	src := t.TempDir()
	docs, _ := filepath.Glob(filepath.Join(fixtures, "*.*"))
	for _, d := range docs {
		b, _ := os.ReadFile(d)
		os.WriteFile(filepath.Join(src, filepath.Base(d)), b, 0o644)
	}
	if _, errs, code := incidex(t, "import", "--data", dataDir, src); code != 0 {
		t.Fatal(errs)
	}
	ix, err := indexer.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := seedCatalogue(ix) // incidents with no raw document
	before, _ := ix.Count()
	var res search.Result
	r, _ := search.New(ix).Search(context.Background(), search.Request{Query: "光缆中断"})
	res = *r
	deleted := res.Hits[0].ID
	if err := ix.SetDeleted(deleted, true, time.Now()); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	os.RemoveAll(src) // the files are gone; the raw store has them
	oldDir := indexer.IndexDir(dataDir)
	out, errs, code := incidex(t, "reindex", "--data", dataDir)
	if code != 0 || !strings.HasPrefix(out, fmt.Sprintf("reindexed %d postmortems from %d stored documents, kept %d", len(docs), len(docs), n)) {
		t.Fatalf("reindex: %d %q %s", code, out, errs)
	}
	if indexer.IndexDir(dataDir) == oldDir {
		t.Errorf("the index was not swapped")
	}
	if _, err := os.Stat(oldDir); !os.IsNotExist(err) {
		t.Errorf("the old index folder is still there: %v", err)
	}
	ix, err = indexer.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if after, _ := ix.Count(); after != before-1 {
		t.Errorf("%d incidents after reindex, want %d (one deleted)", after, before-1)
	}
	if _, err := ix.Get(deleted); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("the deleted incident came back: %v", err)
	}
}

// TestRebuildFailureKeepsOldIndex: a failed rebuild leaves the old index in
// use and no leftovers.
func TestRebuildFailureKeepsOldIndex(t *testing.T) {
	dataDir := t.TempDir()
	ix, err := indexer.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	ix.Put(&data.Incident{ID: "keep1", Title: "光缆中断", Lang: "zh"})
	ix.Close()
	cur := indexer.IndexDir(dataDir)
	err = indexer.Rebuild(dataDir, func(*indexer.Index) error { return errors.New("disk full") })
	if err == nil || indexer.IndexDir(dataDir) != cur {
		t.Fatalf("failed rebuild: %v, index dir %s", err, indexer.IndexDir(dataDir))
	}
	entries, _ := os.ReadDir(dataDir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "index-") {
			t.Errorf("leftover %s", e.Name())
		}
	}
	ix, err = indexer.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Get("keep1"); err != nil {
		t.Errorf("old index lost its incident: %v", err)
	}
}

// TestVersionChangeRebuilds: an index built by another mapping version is
// refused by Open and rebuilt by serve's rebuild, nothing lost.
func TestVersionChangeRebuilds(t *testing.T) {
	dataDir := t.TempDir()
	docs, _ := filepath.Glob(filepath.Join(fixtures, "*.md"))
	if _, errs, code := incidex(t, append([]string{"import", "--data", dataDir}, docs...)...); code != 0 {
		t.Fatal(errs)
	}
	ix, err := indexer.OpenAnyVersion(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	ix.Bleve().SetInternal([]byte("incidex_mapping_version"), []byte("0"))
	ix.Close()
	if _, errs, code := incidex(t, "search", "--data", dataDir, "cert"); code != 1 || !strings.Contains(errs, "incidex reindex") {
		t.Errorf("search on an old index: %d %q", code, errs)
	}
	store, err := crawler.OpenStore(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := rebuild(dataDir, store)
	store.Close()
	if err != nil || st.extracted != len(docs) {
		t.Fatalf("rebuild: %+v %v", st, err)
	}
	if out, errs, code := incidex(t, "search", "--data", dataDir, "certificate"); code != 0 || !strings.Contains(out, "1 incidents") {
		t.Errorf("search after the rebuild: %d %q %s", code, out, errs)
	}
}

// TestTuneGC: the collector settings import and serve choose give way to
// GOGC and GOMEMLIMIT from the environment, and come back as they were.
func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	percent := debug.SetGCPercent(100)
	defer debug.SetGCPercent(percent)
	limit := debug.SetMemoryLimit(-1)
	restore := tuneGC(250, 300<<20)
	if p, l := debug.SetGCPercent(250), debug.SetMemoryLimit(-1); p != 250 || l != 300<<20 {
		t.Errorf("tuned: percent %d, limit %d", p, l)
	}
	restore()
	if p, l := debug.SetGCPercent(100), debug.SetMemoryLimit(-1); p != 100 || l != limit {
		t.Errorf("restored: percent %d, limit %d (want 100, %d)", p, l, limit)
	}

	t.Setenv("GOMEMLIMIT", "1GiB")
	restore = tuneGC(250, 300<<20)
	if p, l := debug.SetGCPercent(250), debug.SetMemoryLimit(-1); p != 250 || l != limit {
		t.Errorf("with GOMEMLIMIT: percent %d, limit %d (the limit must stay %d)", p, l, limit)
	}
	restore()

	t.Setenv("GOGC", "100")
	restore = tuneGC(250, 300<<20)
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("with GOGC: percent %d, want it left at 100", p)
	}
	restore()
}

// fileID is the id an imported file that names no source URL gets: that
// of its absolute path (which is never shown as its URL).
func fileID(t *testing.T, path string) string {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return data.IDFor(abs)
}
