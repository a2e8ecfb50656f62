package web_test

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/search"
	"github.com/incidex/incidex/web"
)

// getWith fetches path with the given request headers.
func getWith(t *testing.T, ts *httptest.Server, path string, header map[string]string) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := ts.Client().Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: res.StatusCode, header: res.Header, body: string(b)}
}

// contains checks r's body for every needle and none of the forbidden.
func contains(t *testing.T, what string, r response, needles, forbidden []string) {
	t.Helper()
	for _, n := range needles {
		if !strings.Contains(r.body, n) {
			t.Errorf("%s: body lacks %q", what, n)
		}
	}
	for _, n := range forbidden {
		if strings.Contains(r.body, n) {
			t.Errorf("%s: body holds %q", what, n)
		}
	}
	if t.Failed() {
		t.Logf("%s: body:\n%s", what, r.body)
	}
}

func TestPatternsPage(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	r := checkNeedles(t, ts, "/patterns", http.StatusOK, []string{
		"<h1>Failure patterns</h1>",
		`<li class="pattern-card" id="retry-storm">`,
		`<a href="/?pattern=retry-storm">retry storm <span class="sub" lang="zh-CN">重试/重连风暴</span></a>`,
		"retry or reconnect storm, thundering herd",
		`<strong>2</strong> incidents`,
		// the chart of retry storms: 2022 and 2023, on the collection's axis 2017–2024
		`<svg class="chart" xmlns="http://www.w3.org/2000/svg"`,
		`<title>2022: 1</title>`, `<title>2023: 1</title>`,
		`>2017</text>`, `>2024</text>`,
		// the organisations, each a filtered search
		`href="/?org=Driftwood%20Chat&amp;pattern=retry-storm">Driftwood Chat</a>`,
		`href="/?org=%E7%9F%A5%E9%9F%B3IM&amp;pattern=retry-storm">知音IM</a>`,
		// failover: three incidents, three organisations
		`<a href="/?pattern=failover">failover <span class="sub" lang="zh-CN">`, `<strong>3</strong> incidents`,
		// no incident shows a security pattern
		`<li class="pattern-card is-empty" id="security">`, "No incident shows this pattern yet.",
		`<a href="/patterns" aria-current="page">Patterns</a>`,
	}, []string{"<script", " style="})
	if n := strings.Count(r.body, `class="pattern-card`); n != 23 {
		t.Errorf("%d pattern cards, want 23", n)
	}
	// Every chart is well-formed XML.
	svgs := regexp.MustCompile(`(?s)<svg.*?</svg>`).FindAllString(r.body, -1)
	if len(svgs) == 0 {
		t.Fatal("no chart")
	}
	for _, svg := range svgs {
		var v struct {
			XMLName xml.Name
			Rects   []struct {
				Height string `xml:"height,attr"`
			} `xml:"rect"`
		}
		if err := xml.Unmarshal([]byte(svg), &v); err != nil {
			t.Errorf("chart is not XML: %v\n%s", err, svg)
			continue
		}
		for _, rect := range v.Rects {
			if h, err := strconv.ParseFloat(rect.Height, 64); err != nil || h <= 0 || h > 78 {
				t.Errorf("bar height %q", rect.Height)
			}
		}
	}
	// Chinese interface: the names the other way round.
	zh := getWith(t, ts, "/patterns", map[string]string{"Accept-Language": "zh-CN,zh;q=0.9"})
	contains(t, "/patterns zh", zh, []string{
		"<h1>故障模式</h1>", `<a href="/?pattern=retry-storm">重试/重连风暴 <span class="sub" lang="en">retry storm</span></a>`,
		"<strong>2</strong> 起", "还没有故障属于这一模式。", "逐年故障数",
	}, []string{"No incident shows this pattern yet."})
}

func TestPatternsPageEscaping(t *testing.T) {
	fake := &fakeSearcher{search: func(req search.Request) (*search.Result, error) {
		return &search.Result{Total: 1, Hits: []search.Hit{}, Facets: search.Facets{
			Patterns: []search.FacetCount{{Term: "network", Count: 1}},
			Org:      []search.FacetCount{{Term: `<script>alert(1)</script>"&`, Count: 1}, {Term: "a'b", Count: 1}},
			Year:     []search.FacetCount{{Term: "2020", Count: 1}, {Term: "<b>1999</b>", Count: 3}},
		}}, nil
	}}
	ts, _ := newServer(t, fake)
	checkNeedles(t, ts, "/patterns", http.StatusOK, []string{
		"&lt;script&gt;alert(1)&lt;/script&gt;&#34;&amp;",
		`href="/?org=%3Cscript%3Ealert%281%29%3C%2Fscript%3E%22%26&amp;pattern=network"`,
		`<title>2020: 1</title>`,
	}, []string{"<script>", "<b>1999"})
}

func TestPatternsPageErrors(t *testing.T) {
	// The whole-collection search fails.
	broken := &fakeSearcher{search: func(search.Request) (*search.Result, error) {
		return nil, errors.New("disk on fire at /secret/path")
	}}
	ts, logs := newServer(t, broken)
	checkNeedles(t, ts, "/patterns", http.StatusInternalServerError, []string{"Something went wrong"}, []string{"secret"})
	if !strings.Contains(logs.String(), "disk on fire") {
		t.Errorf("error not logged: %s", logs.String())
	}
	// Only the searches of one pattern fail.
	half := &fakeSearcher{search: func(req search.Request) (*search.Result, error) {
		if len(req.Filters.Patterns) > 0 {
			return nil, errors.New("pattern search failed")
		}
		return &search.Result{Total: 1, Facets: search.Facets{Patterns: []search.FacetCount{{Term: "dns", Count: 1}}}}, nil
	}}
	ts, logs = newServer(t, half)
	checkNeedles(t, ts, "/patterns", http.StatusInternalServerError, nil, []string{"pattern search failed"})
	if !strings.Contains(logs.String(), "pattern search failed") {
		t.Errorf("error not logged: %s", logs.String())
	}
	// An empty index: every pattern, none with a chart.
	empty, _ := newServer(t, emptySearcher(t))
	r := checkNeedles(t, empty, "/patterns", http.StatusOK, []string{"No incident shows this pattern yet."}, []string{"<svg"})
	if n := strings.Count(r.body, `class="pattern-card is-empty"`); n != 23 {
		t.Errorf("%d empty pattern cards, want 23", n)
	}
}

func TestSourcesPage(t *testing.T) {
	now := time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC)
	ts := httptest.NewServer(web.New(web.Deps{
		Searcher: fixtures,
		Crawl: func() []web.SourceStatus {
			return []web.SourceStatus{
				{Name: "blog", URL: "https://blog.example.invalid/tag/postmortem/", LastPass: now, NextPass: now.Add(6 * time.Hour),
					Fetched: 12, New: 3, Updated: 2, Unchanged: 6, Failed: 1, Robots: 1, LastError: `fetch <b>x</b>: HTTP 503 & "more"`},
				{Name: "odd<i>name</i>", URL: "javascript:alert(1)", Fetched: 1, New: 1},
			}
		},
	}))
	defer ts.Close()
	checkNeedles(t, ts, "/sources", http.StatusOK, []string{
		"<h1>Crawler sources</h1>",
		`<span class="source-name">blog</span>`,
		`<a class="source-url" href="https://blog.example.invalid/tag/postmortem/" rel="noopener noreferrer nofollow">`,
		`<time datetime="2026-11-22T04:00:00Z"><span class="day">2026-11-22</span> 04:00 UTC</time>`,
		`<time datetime="2026-11-22T10:00:00Z"><span class="day">2026-11-22</span> 10:00 UTC</time>`,
		`<td class="num" data-label="Fetched">12</td>`, `<td class="num" data-label="Fetched">13</td>`, // fetched, and the total
		`<td class="num" data-label="Unchanged">6</td>`,
		"fetch &lt;b&gt;x&lt;/b&gt;: HTTP 503 &amp; &#34;more&#34;",
		`<tr class="is-failing">`,
		// a source that is not a web address is shown, not linked; an unrun one says so
		`<span class="source-url">javascript:alert(1)</span>`, "odd&lt;i&gt;name&lt;/i&gt;",
		`<span class="faint">never</span>`, `<span class="faint">not scheduled</span>`,
		`<a href="/sources" aria-current="page">Sources</a>`,
		`href="/api/v1/sources"`,
	}, []string{`href="javascript`, "<b>x", "<i>name", "crawler is off"})
	zh := getWith(t, ts, "/sources", map[string]string{"Accept-Language": "zh-CN"})
	contains(t, "/sources zh", zh, []string{"<h1>爬虫数据源</h1>", "上一轮", "尚未运行", "未安排", "合计"}, []string{"Last pass"})

	// No crawler: a friendly message, not an error.
	off, _ := newServer(t, fixtures)
	checkNeedles(t, off, "/sources", http.StatusOK, []string{"The crawler is off (serve --crawl-every off)."}, []string{"<table"})
	contains(t, "/sources off zh", getWith(t, off, "/sources?ui=zh", nil), []string{"爬虫未开启（serve --crawl-every off）"}, nil)

	// A crawler without sources.
	none := httptest.NewServer(web.New(web.Deps{Searcher: fixtures, Crawl: func() []web.SourceStatus { return nil }}))
	defer none.Close()
	checkNeedles(t, none, "/sources", http.StatusOK, []string{"No sources are configured."}, []string{"<table", "crawler is off"})
}

// atom is what the tests read of a feed.
type atom struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Links   []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		ID        string `xml:"id"`
		Title     string `xml:"title"`
		Updated   string `xml:"updated"`
		Published string `xml:"published"`
		Summary   string `xml:"summary"`
		Author    string `xml:"author>name"`
		Links     []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Categories []struct {
			Term string `xml:"term,attr"`
		} `xml:"category"`
	} `xml:"entry"`
}

func readFeed(t *testing.T, r response) atom {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("feed: status %d: %s", r.status, r.body)
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/atom+xml") {
		t.Errorf("feed: Content-Type %q", ct)
	}
	var f atom
	if err := xml.Unmarshal([]byte(r.body), &f); err != nil {
		t.Fatalf("feed is not Atom XML: %v\n%s", err, r.body)
	}
	return f
}

func TestFeed(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	f := readFeed(t, get(t, ts, "/feed.atom?q=光缆中断"))
	if len(f.Entries) == 0 {
		t.Fatalf("no entries for 光缆中断")
	}
	if !strings.Contains(f.Title, "光缆中断") {
		t.Errorf("feed title %q", f.Title)
	}
	var found bool
	for _, e := range f.Entries {
		if e.ID != ts.URL+"/incidents/fixture-01" {
			continue
		}
		found = true
		if e.Updated != "2017-09-13T00:00:00Z" || e.Published != "2017-09-13T00:00:00Z" {
			t.Errorf("fixture-01: updated %q published %q", e.Updated, e.Published)
		}
		if !strings.HasPrefix(e.Title, "澜川云华北一区网络中断故障复盘") || !strings.Contains(e.Summary, "光缆") || e.Author != "澜川云" {
			t.Errorf("fixture-01 entry %+v", e)
		}
		if len(e.Links) == 0 || e.Links[0].Rel != "alternate" || e.Links[0].Href != ts.URL+"/incidents/fixture-01" {
			t.Errorf("fixture-01 links %+v", e.Links)
		}
		if len(e.Categories) == 0 || e.Categories[0].Term != "network" {
			t.Errorf("fixture-01 categories %+v", e.Categories)
		}
	}
	if !found {
		t.Errorf("fixture-01 not in the feed: %+v", f.Entries)
	}
	if len(f.Links) == 0 || f.Links[0].Rel != "self" || f.Links[0].Href != ts.URL+"/feed.atom?q=%E5%85%89%E7%BC%86%E4%B8%AD%E6%96%AD" || f.ID != f.Links[0].Href {
		t.Errorf("feed id %q links %+v", f.ID, f.Links)
	}

	// Without a query: every incident, newest first, whatever the sort asked.
	f = readFeed(t, get(t, ts, "/feed.atom?sort=duration&limit=2&page=3"))
	if len(f.Entries) != 10 {
		t.Fatalf("%d entries, want 10", len(f.Entries))
	}
	for i := 1; i < len(f.Entries); i++ {
		if f.Entries[i].Updated > f.Entries[i-1].Updated {
			t.Errorf("entry %d (%s) is newer than entry %d (%s)", i, f.Entries[i].Updated, i-1, f.Entries[i-1].Updated)
		}
	}
	if f.Updated != f.Entries[0].Updated {
		t.Errorf("feed updated %q, newest entry %q", f.Updated, f.Entries[0].Updated)
	}
	// Filters as on the search page.
	f = readFeed(t, get(t, ts, "/feed.atom?pattern=retry-storm"))
	if len(f.Entries) != 2 {
		t.Errorf("pattern=retry-storm: %d entries, want 2", len(f.Entries))
	}
	f = readFeed(t, get(t, ts, "/feed.atom?lang=en&year=2017"))
	if len(f.Entries) != 1 || f.Entries[0].ID != ts.URL+"/incidents/fixture-08" {
		t.Errorf("lang=en&year=2017: %+v", f.Entries)
	}
}

func TestFeedBadQuery(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	for q, needle := range map[string]string{
		"q=org:":                         "org: needs a value",
		"pattern=nope":                   "is not a failure pattern",
		"from=yesterday":                 "from must be a date",
		"year=12":                        "year must be",
		"q=" + strings.Repeat("x", 1001): "the limit is 1000",
		"q=%3Cscript%3E&lang=fr":         "lang must be zh or en",
	} {
		r := get(t, ts, "/feed.atom?"+q)
		if r.status != http.StatusBadRequest || !strings.Contains(r.body, needle) {
			t.Errorf("%s: %d %q, want 400 with %q", q, r.status, r.body, needle)
		}
		if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
			t.Errorf("%s: Content-Type %q", q, ct)
		}
	}
	broken, logs := newServer(t, &fakeSearcher{search: func(search.Request) (*search.Result, error) {
		return nil, errors.New("disk on fire at /secret/path")
	}})
	checkNeedles(t, broken, "/feed.atom", http.StatusInternalServerError, []string{"internal error"}, []string{"secret"})
	if !strings.Contains(logs.String(), "disk on fire") {
		t.Errorf("error not logged: %s", logs.String())
	}
}

func TestFeedEscaping(t *testing.T) {
	fake := &fakeSearcher{search: func(req search.Request) (*search.Result, error) {
		if req.Sort != search.SortDate || req.Limit != 30 || req.Offset != 0 {
			t.Errorf("feed searched %+v, want the 30 newest", req)
		}
		return &search.Result{Total: 3, Hits: []search.Hit{
			{ID: "evil", Title: "<script>alert(1)</script> & \"x\" ]]> \x01\x0b end", URL: "javascript:alert(1)",
				Org: "<b>Org</b>", Summary: "a < b && c > d \x00", Published: "2024-01-02", Patterns: []string{"dns"}},
			{ID: "no-date", Title: "", Summary: "Only a summary here."},
			{ID: "bad id!", Title: "not linkable"},
		}}, nil
	}}
	ts, _ := newServer(t, fake)
	r := get(t, ts, "/feed.atom")
	contains(t, "feed", r, []string{"&lt;script&gt;", "&lt;b&gt;Org&lt;/b&gt;"}, []string{"<script>", "<b>Org", "javascript:"})
	f := readFeed(t, r)
	if len(f.Entries) != 2 {
		t.Fatalf("%d entries, want 2 (the invalid id left out)", len(f.Entries))
	}
	if want := "<script>alert(1)</script> & \"x\" ]]> \uFFFD\uFFFD end"; f.Entries[0].Title != want {
		t.Errorf("title %q, want %q", f.Entries[0].Title, want)
	}
	if f.Entries[0].Author != "<b>Org</b>" || !strings.HasPrefix(f.Entries[0].Summary, "a < b && c > d") {
		t.Errorf("entry %+v", f.Entries[0])
	}
	// Undated: updated is now, and the title comes from the summary.
	if u, err := time.Parse(time.RFC3339, f.Entries[1].Updated); err != nil || time.Since(u) > time.Minute {
		t.Errorf("undated entry updated %q", f.Entries[1].Updated)
	}
	if f.Entries[1].Title != "Only a summary here." || f.Entries[1].Published != "" {
		t.Errorf("undated entry %+v", f.Entries[1])
	}

	// A Host header no host has: the links fall back to localhost.
	req := httptest.NewRequest(http.MethodGet, "/feed.atom", nil)
	req.Host = `evil.example"><x y="`
	rec := httptest.NewRecorder()
	web.New(web.Deps{Searcher: fake}).ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "http://localhost/incidents/evil") || strings.Contains(rec.Body.String(), "evil.example") {
		t.Errorf("bad Host: %d %s", rec.Code, rec.Body.String())
	}
}

func TestSearchPageLinksFeed(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	checkNeedles(t, ts, "/?q=光缆&pattern=network&sort=date&page=1", http.StatusOK, []string{
		`<link rel="alternate" type="application/atom+xml" title="incidex: new incidents" href="/feed.atom?pattern=network&amp;q=%E5%85%89%E7%BC%86">`,
		`<a class="feed-link" href="/feed.atom?pattern=network&amp;q=%E5%85%89%E7%BC%86" type="application/atom+xml">Subscribe (Atom)</a>`,
	}, nil)
	checkNeedles(t, ts, "/", http.StatusOK, []string{`href="/feed.atom"`}, nil)
	// Other pages have no feed.
	checkNeedles(t, ts, "/incidents/fixture-01", http.StatusOK, nil, []string{"application/atom+xml"})
}

func TestOpenAPI(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	r := get(t, ts, "/api/v1/openapi.json")
	if r.status != http.StatusOK {
		t.Fatalf("status %d", r.status)
	}
	var doc struct {
		OpenAPI string `json:"openapi"`
		Paths   map[string]map[string]struct {
			Parameters []struct{ Name string }
			Responses  map[string]json.RawMessage
		}
		Components struct {
			Schemas map[string]struct {
				Properties map[string]json.RawMessage
			}
		}
	}
	decode(t, r, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.0") {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	for _, p := range []string{"/api/v1/search", "/api/v1/incidents/{id}", "/api/v1/patterns", "/api/v1/sources", "/healthz"} {
		if _, ok := doc.Paths[p]["get"]; !ok {
			t.Errorf("no GET %s", p)
		}
	}
	params := map[string]bool{}
	for _, p := range doc.Paths["/api/v1/search"]["get"].Parameters {
		params[p.Name] = true
	}
	for _, p := range []string{"q", "pattern", "org", "lang", "year", "from", "to", "section", "sort", "limit", "offset", "page"} {
		if !params[p] {
			t.Errorf("search lacks parameter %s", p)
		}
	}
	for path, codes := range map[string][]string{"/api/v1/search": {"200", "400", "429"}, "/api/v1/incidents/{id}": {"200", "404"}} {
		for _, code := range codes {
			if !strings.Contains(string(doc.Paths[path]["get"].Responses[code]), "#/components/") {
				t.Errorf("%s: no %s response with a schema", path, code)
			}
		}
	}
	// Every reference resolves.
	for _, m := range regexp.MustCompile(`"\$ref": ?"#/components/(schemas|responses)/([^"]+)"`).FindAllStringSubmatch(r.body, -1) {
		if m[1] == "schemas" {
			if _, ok := doc.Components.Schemas[m[2]]; !ok {
				t.Errorf("unresolved $ref %s", m[0])
			}
		}
	}
	// The schemas name every JSON field of the types the API writes.
	for name, typ := range map[string]reflect.Type{
		"Result": reflect.TypeFor[search.Result](), "Hit": reflect.TypeFor[search.Hit](),
		"Facets": reflect.TypeFor[search.Facets](), "FacetCount": reflect.TypeFor[search.FacetCount](),
		"Filters": reflect.TypeFor[search.Filters](), "Incident": reflect.TypeFor[data.Incident](),
		"TimelineEvent": reflect.TypeFor[data.TimelineEvent](), "SimilarIncident": reflect.TypeFor[data.SimilarIncident](),
		"SourceStatus": reflect.TypeFor[web.SourceStatus](),
	} {
		s, ok := doc.Components.Schemas[name]
		if !ok {
			t.Errorf("no schema %s", name)
			continue
		}
		for i := range typ.NumField() {
			tag, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			if tag == "" || tag == "-" {
				continue
			}
			if _, ok := s.Properties[tag]; !ok {
				t.Errorf("schema %s lacks %s", name, tag)
			}
		}
	}
	// The error schema is that of the API's errors.
	var e struct{ Error string }
	decode(t, get(t, ts, "/api/v1/search?sort=bogus"), &e)
	if _, ok := doc.Components.Schemas["Error"].Properties["error"]; !ok || e.Error == "" {
		t.Errorf("error schema %v, error %q", doc.Components.Schemas["Error"], e.Error)
	}
}

func TestUILanguage(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	zhHeader := map[string]string{"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"}

	// Accept-Language: zh-CN → Chinese.
	r := getWith(t, ts, "/?q=光缆中断", zhHeader)
	contains(t, "zh search", r, []string{
		`<html lang="zh-CN">`, `<button class="search-button" type="submit">搜索</button>`,
		`<a href="/" aria-current="page">搜索</a>`, `<a href="/patterns">故障模式</a>`, `<a href="/sources">数据源</a>`,
		"起故障", "订阅（Atom）", "原因 <span class=\"sub\" lang=\"en\">Cause</span>",
		`href="/?q=%E5%85%89%E7%BC%86%E4%B8%AD%E6%96%AD&amp;ui=en"`, ">English</a>",
	}, []string{"Subscribe (Atom)", `<html lang="en">`})
	if r.header.Get("Set-Cookie") != "" {
		t.Errorf("Accept-Language set a cookie: %q", r.header.Get("Set-Cookie"))
	}
	if v := r.header.Get("Vary"); !strings.Contains(v, "Accept-Language") || !strings.Contains(v, "Cookie") {
		t.Errorf("Vary %q", v)
	}
	contains(t, "zh empty search", getWith(t, ts, "/?q=zzzyyyxxx", zhHeader), []string{"没有匹配的故障复盘。"}, []string{"No incident matches"})
	contains(t, "zh bad search", getWith(t, ts, "/?sort=bogus", zhHeader), []string{"无法执行搜索"}, nil)
	contains(t, "zh incident", getWith(t, ts, "/incidents/fixture-06", zhHeader), []string{
		"公司 <span class=\"sub\" lang=\"en\">Organisation</span>", "← 搜索", "时间线 <span class=\"sub\" lang=\"en\">Timeline</span>", "查看 JSON",
	}, []string{"View as JSON"})
	contains(t, "zh 404", getWith(t, ts, "/nope", zhHeader), []string{"页面不存在", "← 返回搜索"}, []string{"Page not found"})
	contains(t, "zh 404 incident", getWith(t, ts, "/incidents/nope", zhHeader), []string{"没有这个编号的故障复盘"}, nil)

	// ?ui=en wins over Accept-Language and sets the cookie.
	r = getWith(t, ts, "/?q=光缆中断&ui=en", zhHeader)
	contains(t, "ui=en", r, []string{`<html lang="en">`, `>Search</button>`, "Subscribe (Atom)", ">中文</a>", `&amp;ui=zh"`}, []string{"订阅（Atom）"})
	ck := r.header.Get("Set-Cookie")
	if !strings.HasPrefix(ck, "ui=en;") || !strings.Contains(ck, "Path=/") || !strings.Contains(ck, "HttpOnly") || !strings.Contains(ck, "SameSite=Lax") {
		t.Errorf("Set-Cookie %q", ck)
	}
	// The cookie keeps the choice on the next pages.
	r = getWith(t, ts, "/patterns", map[string]string{"Accept-Language": "zh-CN", "Cookie": "ui=en"})
	contains(t, "cookie en", r, []string{"<h1>Failure patterns</h1>"}, []string{"<h1>故障模式</h1>"})
	r = getWith(t, ts, "/incidents/fixture-01", map[string]string{"Cookie": "ui=zh"})
	contains(t, "cookie zh", r, []string{`<html lang="zh-CN">`, "← 搜索"}, nil)
	if r.header.Get("Set-Cookie") != "" {
		t.Errorf("a cookie choice set the cookie again")
	}
	// ?ui=zh sets the cookie to Chinese.
	r = getWith(t, ts, "/sources?ui=zh", nil)
	contains(t, "ui=zh", r, []string{`<html lang="zh-CN">`, "爬虫未开启"}, nil)
	if !strings.HasPrefix(r.header.Get("Set-Cookie"), "ui=zh;") {
		t.Errorf("ui=zh: Set-Cookie %q", r.header.Get("Set-Cookie"))
	}

	// Values that are not a language are ignored.
	for _, h := range []map[string]string{{"Cookie": "ui=fr"}, {"Cookie": "ui=<b>"}, {"Accept-Language": "fr-FR,de;q=0.5"}, {"Accept-Language": ";;,q=zh"}} {
		r = getWith(t, ts, "/?ui=%3Cb%3E", h)
		if r.status != http.StatusOK || r.header.Get("Set-Cookie") != "" || !strings.Contains(r.body, `<html lang="en">`) {
			t.Errorf("%v ?ui=<b>: status %d, Set-Cookie %q", h, r.status, r.header.Get("Set-Cookie"))
		}
		contains(t, "bad ui", r, nil, []string{"<b>"})
	}
	// The API ignores ui and sets no cookie.
	r = get(t, ts, "/api/v1/patterns?ui=zh")
	if r.status != http.StatusOK || r.header.Get("Set-Cookie") != "" {
		t.Errorf("api ui=zh: %d %q", r.status, r.header.Get("Set-Cookie"))
	}
}

func TestNavigation(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	for path, current := range map[string]string{"/": "/", "/patterns": "/patterns", "/sources": "/sources", "/incidents/fixture-01": "", "/nope": ""} {
		r := get(t, ts, path)
		nav := regexp.MustCompile(`(?s)<nav class="site-nav".*?</nav>`).FindString(r.body)
		for _, want := range []string{`href="/"`, `href="/patterns"`, `href="/sources"`, `href="/api/v1/openapi.json"`, ">Search<", ">Patterns<", ">Sources<", ">API<"} {
			if !strings.Contains(nav, want) {
				t.Errorf("%s: nav %q lacks %s", path, nav, want)
			}
		}
		n := strings.Count(nav, `aria-current="page"`)
		switch {
		case current == "" && n != 0:
			t.Errorf("%s: a nav item is current: %s", path, nav)
		case current != "" && (n != 1 || !strings.Contains(nav, `href="`+current+`" aria-current="page"`)):
			t.Errorf("%s: current nav item is not %s: %s", path, current, nav)
		}
	}
}

func TestAPIRateLimit(t *testing.T) {
	h := web.New(web.Deps{Searcher: fixtures, APIRate: 0.01, APIBurst: 2})
	call := func(path, addr string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.RemoteAddr = addr
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	for i := range 2 {
		if rec := call("/api/v1/patterns", "192.0.2.1:1000"); rec.Code != http.StatusOK {
			t.Fatalf("request %d: status %d", i, rec.Code)
		}
	}
	rec := call("/api/v1/search?q=dns", "192.0.2.1:1001")
	if rec.Code != http.StatusTooManyRequests {
		t.Fatalf("third request: status %d, want 429", rec.Code)
	}
	var e struct{ Error string }
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error != "too many requests" {
		t.Errorf("429 body %q", rec.Body.String())
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("429 Content-Type %q", ct)
	}
	if ra, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || ra < 1 || ra > 101 {
		t.Errorf("Retry-After %q", rec.Header().Get("Retry-After"))
	}
	// Another client has its own bucket; an IPv6 client is limited by its /64.
	if rec := call("/api/v1/incidents/fixture-01", "198.51.100.7:1000"); rec.Code != http.StatusOK {
		t.Errorf("other client: status %d", rec.Code)
	}
	for i, addr := range []string{"[2001:db8::1]:1", "[2001:db8::2]:1", "[2001:db8::3]:1"} {
		want := http.StatusOK
		if i == 2 {
			want = http.StatusTooManyRequests
		}
		if rec := call("/api/v1/patterns", addr); rec.Code != want {
			t.Errorf("%s: status %d, want %d", addr, rec.Code, want)
		}
	}
	// Pages, the health check and unknown API paths are not limited.
	for _, p := range []string{"/", "/healthz", "/patterns", "/feed.atom"} {
		if rec := call(p, "192.0.2.1:1002"); rec.Code != http.StatusOK {
			t.Errorf("%s: status %d while the API is limited", p, rec.Code)
		}
	}
	// The 429s are counted in the metrics.
	if rec := call("/metrics", "192.0.2.9:1"); !strings.Contains(rec.Body.String(), `status="429"`) {
		t.Errorf("metrics lack the 429s")
	}

	// A negative rate turns the limit off; zero means the defaults.
	off := web.New(web.Deps{Searcher: fixtures, APIRate: -1})
	def := web.New(web.Deps{Searcher: fixtures})
	var defLimited int
	for range 60 {
		req := httptest.NewRequest(http.MethodGet, "/api/v1/openapi.json", nil)
		rec := httptest.NewRecorder()
		off.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("limit off: status %d", rec.Code)
		}
		rec = httptest.NewRecorder()
		def.ServeHTTP(rec, req)
		if rec.Code == http.StatusTooManyRequests {
			defLimited++
		}
	}
	if defLimited == 0 {
		t.Errorf("60 requests at once were not limited by the default limit")
	}
}

func TestTimelineOffsets(t *testing.T) {
	in := &data.Incident{
		ID: "timed", Title: "Timed", Lang: "en", StartedAt: "2021-05-17T23:15:00+08:00",
		Timeline: []data.TimelineEvent{
			{At: "2021-05-17T23:10:00+08:00", TimeText: "23:10", Text: "A warning nobody read."},
			{At: "2021-05-17T15:15:00Z", TimeText: "23:15", Text: "Alarm."},
			{At: "2021-05-18T01:30:00+08:00", TimeText: "01:30", Text: "Failover."},
			{TimeText: "later", Text: "No resolved time."},
			{At: "2021-05-19T23:45:00+08:00", TimeText: "19日 23:45", Text: "Closed."},
			{At: "2021-05-17T23:15:30+08:00", TimeText: "23:15:30", Text: "Half a minute in."},
		},
	}
	undated := &data.Incident{
		ID: "nostart", Title: "No start", Lang: "zh",
		Timeline: []data.TimelineEvent{
			{TimeText: "某天", Text: "不知何时。"},
			{At: "2021-05-17T09:00:00+08:00", TimeText: "9:00", Text: "开始。"},
			{At: "2021-05-17T10:05:00+08:00", TimeText: "10:05", Text: "恢复。"},
		},
	}
	none := &data.Incident{ID: "notimes", Title: "No times", Timeline: []data.TimelineEvent{{TimeText: "morning", Text: "Something."}}}
	ts := incidentsServer(t, in, undated, none)
	offset := func(s string) string {
		// html/template writes '+' as &#43;
		return `<span class="timeline-offset" title="Time since the incident began">` + strings.ReplaceAll(s, "+", "&#43;") + `</span>`
	}
	r := checkNeedles(t, ts, "/incidents/timed", http.StatusOK, []string{
		offset("T−5m") + `<time class="timeline-time" datetime="2021-05-17T23:10:00&#43;08:00" title="2021-05-17 23:10 &#43;08:00">23:10</time>`,
		offset("T+0") + `<time class="timeline-time" datetime="2021-05-17T15:15:00Z" title="2021-05-17 15:15 UTC">23:15</time>`,
		offset("T+2h15m") + `<time class="timeline-time" datetime="2021-05-18T01:30:00&#43;08:00" title="2021-05-18 01:30 &#43;08:00">01:30</time>`,
		offset("T+2d") + `<time class="timeline-time" datetime="2021-05-19T23:45:00&#43;08:00" title="2021-05-19 23:45 &#43;08:00">19日 23:45</time>`,
		offset("T+30s"),
		`<div class="timeline-when"><span class="timeline-time">later</span>` + "\n",
	}, nil)
	if n := strings.Count(r.body, `class="timeline-offset"`); n != 5 {
		t.Errorf("%d offsets, want 5", n)
	}
	checkNeedles(t, ts, "/incidents/nostart", http.StatusOK, []string{
		offset("T+0") + `<time class="timeline-time" datetime="2021-05-17T09:00:00&#43;08:00" title="2021-05-17 09:00 &#43;08:00">9:00</time>`,
		offset("T+1h5m") + `<time class="timeline-time" datetime="2021-05-17T10:05:00&#43;08:00" title="2021-05-17 10:05 &#43;08:00">10:05</time>`,
		`<div class="timeline-when"><span class="timeline-time">某天</span>` + "\n",
	}, nil)
	checkNeedles(t, ts, "/incidents/notimes", http.StatusOK, []string{"morning"}, []string{"timeline-offset"})

	// A fixture: the leap second came one second before the start.
	real, _ := newServer(t, fixtures)
	checkNeedles(t, real, "/incidents/fixture-08", http.StatusOK, []string{
		offset("T−1s") + `<time class="timeline-time" datetime="`,
		`>23:59:60 UTC</time>`,
		offset("T+1h34m") + `<time class="timeline-time" datetime="`,
		`>01:34 UTC</time>`,
	}, nil)
	checkNeedles(t, real, "/incidents/fixture-01", http.StatusOK, []string{offset("T+3h26m") + `<time class="timeline-time" datetime="2017-09-08T17:48:00&#43;08:00" title="2017-09-08 17:48 &#43;08:00">9月8日 17:48</time>`}, nil)
}

// The new pages and the Chinese interface work under the CSP too.
func TestNewPagesUnderCSP(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	tagAttr := regexp.MustCompile(`<[^>]*\s(on[a-z]+|style)\s*=`)
	for _, p := range []string{"/patterns", "/sources", "/patterns?ui=zh", "/?ui=zh", "/incidents/fixture-08?ui=zh", "/nope?ui=zh"} {
		r := get(t, ts, p)
		if strings.Contains(strings.ToLower(r.body), "<script") {
			t.Errorf("%s: holds a <script>", p)
		}
		if m := tagAttr.FindString(r.body); m != "" {
			t.Errorf("%s: inline handler or style in %q", p, m)
		}
		if got := r.header.Get("Content-Security-Policy"); got != "default-src 'self'; img-src 'self' data:; style-src 'self'" {
			t.Errorf("%s: CSP %q", p, got)
		}
	}
	// The classes the new pages use are in the style sheet.
	css := get(t, ts, "/static/style.css").body
	for _, c := range []string{".chart-bar", ".pattern-card", ".sources", ".timeline-offset", ".site-nav", ".ui-switch", ".feed-link", ".sub"} {
		if !strings.Contains(css, c) {
			t.Errorf("style sheet lacks %s", c)
		}
	}
}
