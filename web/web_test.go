package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
	"github.com/incidex/incidex/web"
)

// fixtures is a searcher over search/testdata/incidents, built once.
var fixtures *search.Searcher

func TestMain(m *testing.M) {
	gin.SetMode(gin.TestMode)
	ix, err := fixtureIndex()
	if err != nil {
		fmt.Fprintln(os.Stderr, "web test: index fixtures:", err)
		os.Exit(1)
	}
	fixtures = search.New(ix)
	code := m.Run()
	ix.Close()
	os.Exit(code)
}

func fixtureIndex() (*indexer.Index, error) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob("../search/testdata/incidents/*.json")
	if err != nil {
		return nil, err
	}
	if len(files) != 10 {
		return nil, fmt.Errorf("want 10 fixtures, found %d", len(files))
	}
	var ins []*data.Incident
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var in data.Incident
		if err := json.Unmarshal(b, &in); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		ins = append(ins, &in)
	}
	if err := ix.Put(ins...); err != nil {
		return nil, err
	}
	return ix, nil
}

// newServer serves web.New over s; the log goes to the returned buffer.
func newServer(t *testing.T, s web.Searcher) (*httptest.Server, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	ts := httptest.NewServer(web.New(web.Deps{
		Searcher: s,
		Logger:   slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}))
	t.Cleanup(ts.Close)
	return ts, logs
}

// incidentsServer serves web.New over a searcher that knows these
// incidents by their ID and no other.
func incidentsServer(t *testing.T, ins ...*data.Incident) *httptest.Server {
	t.Helper()
	ts, _ := newServer(t, &fakeSearcher{get: func(id string) (*data.Incident, error) {
		for _, in := range ins {
			if in.ID == id {
				return in, nil
			}
		}
		return nil, data.ErrNotFound
	}})
	return ts
}

type response struct {
	status int
	header http.Header
	body   string
}

func get(t *testing.T, ts *httptest.Server, path string) response {
	t.Helper()
	res, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: read body: %v", path, err)
	}
	return response{status: res.StatusCode, header: res.Header, body: string(b)}
}

// checkNeedles fetches path and checks its status, that the body holds
// every needle and none of the forbidden strings.
func checkNeedles(t *testing.T, ts *httptest.Server, path string, status int, needles, forbidden []string) response {
	t.Helper()
	r := get(t, ts, path)
	if r.status != status {
		t.Errorf("GET %s: status %d, want %d", path, r.status, status)
	}
	for _, n := range needles {
		if !strings.Contains(r.body, n) {
			t.Errorf("GET %s: body lacks %q", path, n)
		}
	}
	for _, n := range forbidden {
		if strings.Contains(r.body, n) {
			t.Errorf("GET %s: body holds %q", path, n)
		}
	}
	if t.Failed() {
		t.Logf("GET %s: body:\n%s", path, r.body)
	}
	return r
}

func decode(t *testing.T, r response, v any) {
	t.Helper()
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q, want JSON", ct)
	}
	if err := json.Unmarshal([]byte(r.body), v); err != nil {
		t.Fatalf("decode %q: %v", r.body, err)
	}
}

func TestSearchPage(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	for path, needles := range map[string][]string{
		"/?q=光缆中断":              {`<mark>光缆`, `href="/incidents/fixture-01`, `value="光缆中断"`, "Cause", "原因", `href="/?pattern=network"`, "3 h 26 min"},
		"/?q=thundering+herd":   {`href="/incidents/fixture-06`, "<mark>thundering herd</mark>", "Driftwood Chat"},
		"/":                     {"光缆中断", "thundering herd", "certificate expired", "误删", "<strong>10</strong> incidents", `<span class="sort-current" aria-current="true">Newest`, "Failure pattern", "Organisation", "Year", "Language", "橙果出行"},
		"/?pattern=retry-storm": {`href="/incidents/fixture-02`, `href="/incidents/fixture-06`, "<strong>2</strong> incidents", `<span class="visually-hidden">Remove filter pattern: retry storm</span>`},
		"/?pattern=network":     {"<strong>1</strong> incident ", `href="/incidents/fixture-01`},
		"/?q=cause:清理脚本":        {`href="/incidents/fixture-03`},
	} {
		checkNeedles(t, ts, path, http.StatusOK, needles, nil)
	}
}

func TestSearchPageFacetsAndFilters(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	// Filtered on a pattern: its facet entry removes it, the others add to it.
	r := checkNeedles(t, ts, "/?pattern=retry-storm", http.StatusOK, []string{
		`<li class="is-active">`,
		`href="/?org=Driftwood%20Chat&amp;pattern=retry-storm"`,
		`href="/?lang=zh&amp;pattern=retry-storm"`,
		`<input type="hidden" name="pattern" value="retry-storm">`,
		`href="/?q=%E5%85%89%E7%BC%86%E4%B8%AD%E6%96%AD"`, // examples while q is empty
	}, []string{`href="/incidents/fixture-01`})
	// The remove link of the only filter goes back to the bare page.
	if !regexp.MustCompile(`<a class="remove" href="/"`).MatchString(r.body) {
		t.Errorf("no remove link back to /")
	}
	// Two filters together: both shown, each removable on its own.
	checkNeedles(t, ts, "/?pattern=retry-storm&lang=en", http.StatusOK, []string{
		`href="/incidents/fixture-06`,
		`<span class="visually-hidden">Remove filter language: English</span>`,
		`href="/?pattern=retry-storm"`,
		`href="/?lang=en"`,
	}, []string{`href="/incidents/fixture-02`})
	// Sorting and year facet.
	checkNeedles(t, ts, "/?sort=duration&year=2017", http.StatusOK, []string{
		`<span class="sort-current" aria-current="true">Longest`,
		`href="/incidents/fixture-01`, `href="/incidents/fixture-08`,
	}, []string{`href="/incidents/fixture-10`})
}

func TestSearchPagePaging(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	checkNeedles(t, ts, "/?limit=3", http.StatusOK,
		[]string{`href="/?limit=3&amp;page=2" rel="next"`, "1–3 of <strong>10</strong>"},
		[]string{`rel="prev"`})
	checkNeedles(t, ts, "/?limit=3&page=2", http.StatusOK,
		[]string{`href="/?limit=3" rel="prev"`, `href="/?limit=3&amp;page=3" rel="next"`, "4–6 of"}, nil)
	checkNeedles(t, ts, "/?limit=3&page=4", http.StatusOK,
		[]string{`href="/?limit=3&amp;page=3" rel="prev"`, "10–10 of"}, []string{`rel="next"`})
	// Past the end: no hits, but no error either.
	checkNeedles(t, ts, "/?page=5", http.StatusOK, []string{"No more results"}, nil)
	// The default page size is 10: all fixtures on one page.
	checkNeedles(t, ts, "/", http.StatusOK, []string{"1–10 of"}, []string{`rel="next"`})
}

func TestSearchPageBadQuery(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	for path, needle := range map[string]string{
		"/?q=org:":                         "org: needs a value",
		"/?q=pattern:nope":                 "is not a failure pattern",
		"/?sort=bogus":                     "sort must be relevance, date or duration",
		"/?pattern=nope":                   "is not a failure pattern",
		"/?page=0":                         "page must be a whole number",
		"/?from=yesterday":                 "from must be a date",
		"/?q=" + strings.Repeat("x", 1001): "the limit is 1000",
	} {
		checkNeedles(t, ts, path, http.StatusBadRequest, []string{needle, "This search could not be run", `class="search-input"`, `class="example"`}, nil)
	}
	// The query box keeps what was typed.
	checkNeedles(t, ts, "/?q=org:", http.StatusBadRequest, []string{`value="org:"`}, nil)
}

func TestAPISearch(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	var res search.Result
	decode(t, checkNeedles(t, ts, "/api/v1/search?q=thundering+herd", http.StatusOK, []string{`"total":`, `"took_ms":`}, nil), &res)
	if len(res.Hits) == 0 || res.Hits[0].ID != "fixture-06" {
		t.Fatalf("hits %+v, want fixture-06 first", res.Hits)
	}
	var marked bool
	for _, frags := range res.Hits[0].Highlights {
		for _, f := range frags {
			marked = marked || strings.Contains(f, "<mark>")
		}
	}
	if !marked {
		t.Errorf("highlights %v hold no <mark>", res.Hits[0].Highlights)
	}
	if res.Query != "thundering herd" || res.Limit != 10 {
		t.Errorf("query %q limit %d", res.Query, res.Limit)
	}

	res = search.Result{}
	decode(t, get(t, ts, "/api/v1/search?q=&pattern=retry-storm"), &res)
	if res.Total != 2 || len(res.Hits) != 2 {
		t.Errorf("pattern=retry-storm: total %d, %d hits, want 2", res.Total, len(res.Hits))
	}
	if len(res.Facets.Patterns) == 0 || len(res.Facets.Org) == 0 || len(res.Facets.Year) == 0 || len(res.Facets.Lang) == 0 {
		t.Errorf("facets missing: %+v", res.Facets)
	}

	// limit and offset page through the collection.
	res = search.Result{}
	decode(t, get(t, ts, "/api/v1/search?limit=4&offset=8"), &res)
	if res.Total != 10 || len(res.Hits) != 2 || res.Offset != 8 || res.Limit != 4 {
		t.Errorf("limit=4&offset=8: total %d hits %d offset %d limit %d", res.Total, len(res.Hits), res.Offset, res.Limit)
	}
	res = search.Result{}
	decode(t, get(t, ts, "/api/v1/search?limit=4&page=3"), &res)
	if res.Offset != 8 {
		t.Errorf("limit=4&page=3: offset %d, want 8", res.Offset)
	}

	// The raw JSON has the contract's shape.
	var raw map[string]json.RawMessage
	decode(t, get(t, ts, "/api/v1/search?q=光缆中断"), &raw)
	for _, k := range []string{"query", "total", "took_ms", "hits", "facets"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("search JSON lacks %q", k)
		}
	}
}

func TestAPISearchBadParams(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	for _, q := range []string{
		"limit=abc", "limit=0", "limit=101", "offset=-1", "offset=x", "page=0", "page=2&offset=3",
		"sort=bogus", "pattern=nope", "lang=fr", "section=nope", "year=abc", "from=2021-13-45",
		"q=org:", "q=" + strings.Repeat("长", 400),
	} {
		r := get(t, ts, "/api/v1/search?"+q)
		if r.status != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400: %s", q, r.status, r.body)
			continue
		}
		var e struct{ Error string }
		decode(t, r, &e)
		if e.Error == "" {
			t.Errorf("%s: no error message in %s", q, r.body)
		}
	}
}

func TestEscaping(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	forbidden := []string{"<script>alert(1)", "<img src=x"}
	checkNeedles(t, ts, "/incidents/fixture-10", http.StatusOK, []string{"&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;"}, forbidden)
	checkNeedles(t, ts, "/?q=onerror", http.StatusOK, []string{"&lt;script&gt;", `href="/incidents/fixture-10`, "<mark>onerror</mark>"}, forbidden)
	checkNeedles(t, ts, "/?q=script", http.StatusOK, []string{"&lt;"}, forbidden)
	// What the user typed is escaped too, in the box and in messages.
	checkNeedles(t, ts, `/?q=%3Cscript%3Ealert(3)%3C/script%3E`, http.StatusOK, []string{"&lt;script&gt;alert(3)"}, []string{"<script>alert(3)"})
	checkNeedles(t, ts, `/?org=%3Cb%3Ex`, http.StatusOK, []string{"org: &lt;b&gt;x"}, []string{"<b>x"})
	checkNeedles(t, ts, `/?sort=%3Cb%3Ex`, http.StatusBadRequest, nil, []string{"<b>x"})
}

// Pages must work under the CSP: no scripts, no handlers, no inline style.
func TestNoInlineScriptOrStyle(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	empty, _ := newServer(t, emptySearcher(t))
	tagAttr := regexp.MustCompile(`<[^>]*\s(on[a-z]+|style)\s*=`)
	for _, c := range []struct {
		ts   *httptest.Server
		path string
	}{
		{ts, "/"}, {ts, "/?q=onerror"}, {ts, "/incidents/fixture-10"}, {ts, "/incidents/fixture-01"},
		{ts, "/nope"}, {ts, "/?sort=bogus"}, {empty, "/"},
		{ts, "/patterns"}, {ts, "/sources"}, {empty, "/patterns"}, {ts, "/?q=onerror&ui=zh"},
	} {
		r := get(t, c.ts, c.path)
		if strings.Contains(strings.ToLower(r.body), "<script") {
			t.Errorf("%s: holds a <script>", c.path)
		}
		if m := tagAttr.FindString(r.body); m != "" {
			t.Errorf("%s: inline handler or style in %q", c.path, m)
		}
		if strings.Contains(r.body, "//fonts.") || strings.Contains(r.body, "cdn") {
			t.Errorf("%s: refers to an outside host", c.path)
		}
	}
}

func TestIncidentPage(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	checkNeedles(t, ts, "/incidents/fixture-01", http.StatusOK, []string{
		"澜川云华北一区网络中断故障复盘：光缆中断与主备切换失败",
		`lang="zh-CN"`,
		`href="/?org=%E6%BE%9C%E5%B7%9D%E4%BA%91"`,
		"2017-09-13",
		// html/template writes '+' as &#43; in text and attributes.
		`<time datetime="2017-09-08T14:22:00&#43;08:00">2017-09-08 14:22 &#43;08:00</time>`,
		"2017-09-08 17:48 &#43;08:00",
		"3 h 26 min",
		"P0",
		`<a href="https://tech.lanchuan.example.invalid/posts/2017/0909-fiber-cut" rel="noopener noreferrer nofollow">`,
		"Summary", "Impact", "Cause", "Remediation", "Lessons",
		`<ol class="timeline">`,
		`title="2017-09-08 14:22 &#43;08:00">9月8日 14:22</time>`,
		"运营商完成光缆抢修，全部业务恢复，故障结束。",
		`href="/?pattern=network"`, `href="/?pattern=failover"`,
		`href="/api/v1/incidents/fixture-01"`,
	}, nil)
	checkNeedles(t, ts, "/incidents/fixture-10", http.StatusOK, []string{"6 h 28 min", "09:37 UTC", `lang="en"`}, nil)
	// incidents like this one: the other expired-certificate incident
	checkNeedles(t, ts, "/incidents/fixture-07", http.StatusOK, []string{"相似故障", `href="/incidents/fixture-04`}, nil)
}

func TestIncidentPageSourceAndEmptySections(t *testing.T) {
	in := &data.Incident{
		ID: "odd-one", Title: "Odd one", URL: "javascript:alert(1)", Lang: "en",
		Cause:    "First paragraph.\nSecond line.\n\nAnother paragraph.",
		Timeline: []data.TimelineEvent{{TimeText: "around noon", Text: "Something broke."}},
		Patterns: []string{},
	}
	ts, _ := newServer(t, &fakeSearcher{get: func(id string) (*data.Incident, error) {
		if id == in.ID {
			return in, nil
		}
		return nil, fmt.Errorf("fake: %w", data.ErrNotFound)
	}})
	checkNeedles(t, ts, "/incidents/odd-one", http.StatusOK,
		[]string{`<span>javascript:alert(1)</span>`, `<p class="prose">First paragraph.` + "\nSecond line.</p>", `<p class="prose">Another paragraph.</p>`, "around noon", "Something broke."},
		[]string{`href="javascript`, "Summary", "Remediation", "Lessons", "Duration", "Severity", "Published", `class="timeline-at"`})
}

func TestNotFound(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	for _, p := range []string{"/incidents/nope!!", "/incidents/doesnotexist", "/nope", "/incidents/" + strings.Repeat("a", 200), "/static/nope.css", "/static/"} {
		r := get(t, ts, p)
		if r.status != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, r.status)
		}
		if p != "/static/" && !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
			t.Errorf("%s: Content-Type %q, want a page", p, r.header.Get("Content-Type"))
		}
	}
	checkNeedles(t, ts, "/incidents/doesnotexist", http.StatusNotFound, []string{"Page not found", `href="/"`}, nil)
	for _, p := range []string{"/api/v1/incidents/doesnotexist", "/api/v1/incidents/nope!!"} {
		r := get(t, ts, p)
		if r.status != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, r.status)
		}
		var e struct{ Error string }
		decode(t, r, &e)
		if e.Error != "incident not found" {
			t.Errorf("%s: error %q", p, e.Error)
		}
	}
	r := get(t, ts, "/api/v1/nope")
	var e struct{ Error string }
	decode(t, r, &e)
	if r.status != http.StatusNotFound || e.Error == "" {
		t.Errorf("/api/v1/nope: %d %q", r.status, r.body)
	}
}

func TestAPIIncident(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	var in data.Incident
	decode(t, checkNeedles(t, ts, "/api/v1/incidents/fixture-01", http.StatusOK, []string{`"timeline":[`, `"time_text":`}, nil), &in)
	if in.ID != "fixture-01" || in.Org != "澜川云" || len(in.Timeline) != 5 || in.DurationMinutes != 206 {
		t.Errorf("incident %+v", in)
	}
	if in.Timeline[0].At != "2017-09-08T14:22:00+08:00" || in.Timeline[0].TimeText != "9月8日 14:22" {
		t.Errorf("timeline[0] %+v", in.Timeline[0])
	}
	if len(in.Similar) == 0 || in.Similar[0].ID == "fixture-01" {
		t.Errorf("similar incidents %+v", in.Similar)
	}
}

func TestAPIPatterns(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	var pats []struct {
		ID, EN, ZH string
		Count      int
	}
	decode(t, get(t, ts, "/api/v1/patterns"), &pats)
	if len(pats) != 23 {
		t.Fatalf("%d patterns, want 23", len(pats))
	}
	counts := map[string]int{}
	for _, p := range pats {
		if p.EN == "" || p.ZH == "" {
			t.Errorf("pattern %s lacks names", p.ID)
		}
		counts[p.ID] = p.Count
	}
	for id, want := range map[string]int{"retry-storm": 2, "failover": 3, "certificate": 2, "network": 1, "security": 0, "power-facility": 0} {
		if counts[id] != want {
			t.Errorf("%s: count %d, want %d", id, counts[id], want)
		}
	}
	if pats[0].ID != "network" {
		t.Errorf("first pattern %s, want the table's order", pats[0].ID)
	}
}

func TestHealthz(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	var h struct {
		Status    string
		Incidents uint64
	}
	decode(t, get(t, ts, "/healthz"), &h)
	if h.Status != "ok" || h.Incidents != 10 {
		t.Errorf("healthz %+v", h)
	}

	broken, _ := newServer(t, &fakeSearcher{count: func() (uint64, error) { return 0, errors.New("index closed") }})
	r := get(t, broken, "/healthz")
	if r.status != http.StatusServiceUnavailable || !strings.Contains(r.body, "index closed") {
		t.Errorf("broken healthz: %d %s", r.status, r.body)
	}
}

func emptySearcher(t *testing.T) *search.Searcher {
	t.Helper()
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return search.New(ix)
}

func TestEmptyIndex(t *testing.T) {
	ts, _ := newServer(t, emptySearcher(t))
	checkNeedles(t, ts, "/", http.StatusOK, []string{"go run ./cmd/incidex import DIR", "No postmortems yet"}, []string{`class="hit"`})
	// A query on an empty index explains the same.
	checkNeedles(t, ts, "/?q=光缆", http.StatusOK, []string{"go run ./cmd/incidex import DIR"}, nil)
	var h struct {
		Status    string
		Incidents uint64
	}
	decode(t, get(t, ts, "/healthz"), &h)
	if h.Status != "ok" || h.Incidents != 0 {
		t.Errorf("healthz %+v", h)
	}
	var pats []struct{ Count int }
	decode(t, get(t, ts, "/api/v1/patterns"), &pats)
	if len(pats) != 23 {
		t.Errorf("%d patterns on an empty index, want 23", len(pats))
	}
	var res search.Result
	decode(t, get(t, ts, "/api/v1/search"), &res)
	if res.Total != 0 || res.Hits == nil {
		t.Errorf("empty search: %+v", res)
	}
	// A search with no hits on a full index is not an empty index.
	full, _ := newServer(t, fixtures)
	checkNeedles(t, full, "/?q=zzzyyyxxx", http.StatusOK, []string{"No incident matches"}, []string{"cmd/incidex import"})
}

func TestSecurityHeaders(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	want := map[string]string{
		"Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "same-origin",
		"X-Frame-Options":         "DENY",
	}
	for _, p := range []string{"/", "/incidents/fixture-01", "/api/v1/search?q=dns", "/healthz", "/static/style.css", "/nope", "/api/v1/nope", "/?sort=bogus",
		"/patterns", "/sources", "/feed.atom", "/feed.atom?sort=bogus", "/api/v1/openapi.json"} {
		r := get(t, ts, p)
		for k, v := range want {
			if got := r.header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", p, k, got, v)
			}
		}
	}
}

func TestStatic(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	r := get(t, ts, "/static/style.css")
	if r.status != http.StatusOK {
		t.Fatalf("status %d", r.status)
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/css") {
		t.Errorf("Content-Type %q", ct)
	}
	if cc := r.header.Get("Cache-Control"); !strings.Contains(cc, "max-age=31536000") {
		t.Errorf("Cache-Control %q", cc)
	}
	if !strings.Contains(r.body, "mark") || !strings.Contains(r.body, ".timeline") {
		t.Errorf("style sheet lacks mark or timeline styles")
	}
	// The page links to it with a content version.
	page := get(t, ts, "/")
	m := regexp.MustCompile(`<link rel="stylesheet" href="(/static/style\.css\?v=[0-9a-f]+)">`).FindStringSubmatch(page.body)
	if m == nil {
		t.Fatalf("no versioned style sheet link in the page")
	}
	if r := get(t, ts, m[1]); r.status != http.StatusOK {
		t.Errorf("%s: status %d", m[1], r.status)
	}
	// A revalidation with the ETag gets 304.
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/static/style.css", nil)
	req.Header.Set("If-None-Match", r.header.Get("ETag"))
	res, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", res.StatusCode)
	}
}

func TestPanicRecovery(t *testing.T) {
	fake := &fakeSearcher{search: func(search.Request) (*search.Result, error) { panic("boom") }}
	ts, logs := newServer(t, fake)
	for i := 0; i < 2; i++ { // and again: the server keeps serving
		r := get(t, ts, "/api/v1/search?q=x")
		var e struct{ Error string }
		decode(t, r, &e)
		if r.status != http.StatusInternalServerError || e.Error != "internal error" {
			t.Errorf("api: %d %s", r.status, r.body)
		}
		checkNeedles(t, ts, "/?q=x", http.StatusInternalServerError, []string{"Something went wrong"}, []string{"boom"})
	}
	r := get(t, ts, "/healthz")
	if r.status != http.StatusOK {
		t.Errorf("healthz after panics: %d", r.status)
	}
	if l := logs.String(); !strings.Contains(l, "panic") || !strings.Contains(l, "boom") || !strings.Contains(l, "/api/v1/search") {
		t.Errorf("panic not logged: %s", l)
	}
}

func TestSearchErrorIsNotLeaked(t *testing.T) {
	fake := &fakeSearcher{search: func(search.Request) (*search.Result, error) {
		return nil, errors.New("disk on fire at /secret/path")
	}}
	ts, logs := newServer(t, fake)
	checkNeedles(t, ts, "/api/v1/search?q=x", http.StatusInternalServerError, []string{`"internal error"`}, []string{"secret"})
	checkNeedles(t, ts, "/?q=x", http.StatusInternalServerError, nil, []string{"secret"})
	checkNeedles(t, ts, "/api/v1/patterns", http.StatusInternalServerError, nil, []string{"secret"})
	if !strings.Contains(logs.String(), "disk on fire") {
		t.Errorf("error not logged: %s", logs.String())
	}
}

func TestNewNeedsSearcher(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "Searcher") {
			t.Errorf("recover() = %v, want a panic naming the Searcher", r)
		}
	}()
	web.New(web.Deps{})
}

// fakeSearcher answers with the given functions; nil ones answer empty.
type fakeSearcher struct {
	search func(search.Request) (*search.Result, error)
	get    func(string) (*data.Incident, error)
	count  func() (uint64, error)
}

func (f *fakeSearcher) Search(_ context.Context, req search.Request) (*search.Result, error) {
	if f.search != nil {
		return f.search(req)
	}
	return &search.Result{Hits: []search.Hit{}}, nil
}

func (f *fakeSearcher) Get(_ context.Context, id string) (*data.Incident, error) {
	if f.get != nil {
		return f.get(id)
	}
	return nil, data.ErrNotFound
}

func (f *fakeSearcher) Count() (uint64, error) {
	if f.count != nil {
		return f.count()
	}
	return 0, nil
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestMetricsAndSources(t *testing.T) {
	now := time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC)
	ts := httptest.NewServer(web.New(web.Deps{
		Searcher: fixtures,
		Crawl: func() []web.SourceStatus {
			return []web.SourceStatus{{Name: "blog", URL: "https://blog.example.invalid/", LastPass: now, NextPass: now.Add(6 * time.Hour), Fetched: 12, New: 3, Failed: 1, LastError: "fetch x: HTTP 503"}}
		},
	}))
	defer ts.Close()
	get(t, ts, "/?q=光缆")
	checkNeedles(t, ts, "/metrics", http.StatusOK, []string{
		"incidex_incidents 10",
		`incidex_http_requests_total{route="/",status="200"} 1`,
		`incidex_crawl_documents{outcome="new",source="blog"} 3`,
		`incidex_crawl_source_failing{source="blog"} 1`,
		"incidex_crawl_next_pass_timestamp_seconds",
	}, nil)
	r := checkNeedles(t, ts, "/api/v1/sources", http.StatusOK, []string{`"name":"blog"`, `"last_error":"fetch x: HTTP 503"`}, nil)
	if !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		t.Errorf("sources content type %q", r.header.Get("Content-Type"))
	}
	// without a crawler: an empty list, not an error
	plain, _ := newServer(t, fixtures)
	checkNeedles(t, plain, "/api/v1/sources", http.StatusOK, []string{`{"sources":[]}`}, nil)
}

// TestSearchCacheThroughHTTP: a repeated API search is a cache hit, and a
// request with Cache-Control: no-cache is computed afresh; /metrics counts
// both.
func TestSearchCacheThroughHTTP(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	counter := func(name string) float64 {
		t.Helper()
		for _, line := range strings.Split(get(t, ts, "/metrics").body, "\n") {
			if v, ok := strings.CutPrefix(line, name+" "); ok {
				f, err := strconv.ParseFloat(v, 64)
				if err != nil {
					t.Fatalf("%s: %v", line, err)
				}
				return f
			}
		}
		t.Fatalf("no %s in /metrics", name)
		return 0
	}
	const path = "/api/v1/search?q=%E5%85%89%E7%BC%86%E4%B8%AD%E6%96%AD&limit=3" // 光缆中断
	get(t, ts, path)
	hits, misses := counter("incidex_search_cache_hits_total"), counter("incidex_search_cache_misses_total")
	if r := get(t, ts, path); r.status != http.StatusOK {
		t.Fatalf("status %d", r.status)
	}
	if h := counter("incidex_search_cache_hits_total"); h != hits+1 {
		t.Errorf("cache hits %v after a repeated search, want %v", h, hits+1)
	}
	req, _ := http.NewRequest(http.MethodGet, ts.URL+path, nil)
	req.Header.Set("Cache-Control", "no-cache")
	res, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if m := counter("incidex_search_cache_misses_total"); m != misses+1 {
		t.Errorf("cache misses %v after a no-cache search, want %v", m, misses+1)
	}
}
