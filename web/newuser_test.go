package web_test

import (
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/web"
)

var regexpCSS = regexp.MustCompile(`<link rel="stylesheet" href="(/static/style\.css\?v=[0-9a-f]+)">`)

// TestHead: every GET route answers HEAD with the status and headers of
// GET and no body.
func TestHead(t *testing.T) {
	engine := web.New(web.Deps{Searcher: fixtures})
	heads := map[string]bool{}
	for _, r := range engine.Routes() {
		if r.Method == http.MethodHead {
			heads[r.Path] = true
		}
	}
	for _, r := range engine.Routes() {
		if r.Method == http.MethodGet && !heads[r.Path] {
			t.Errorf("GET %s has no HEAD route", r.Path)
		}
	}

	ts, _ := newServer(t, fixtures)
	css := get(t, ts, "/")
	cssURL := regexpCSS.FindStringSubmatch(css.body)
	if cssURL == nil {
		t.Fatal("no stylesheet link on /")
	}
	for _, path := range []string{
		"/", "/?q=%E5%85%89%E7%BC%86", "/?q=cause:", "/incidents/fixture-01", "/incidents/nope-0000", "/patterns", "/sources",
		"/feed.atom?q=dns", "/api/v1/search?q=dns", "/api/v1/incidents/fixture-07", "/api/v1/patterns",
		"/api/v1/sources", "/api/v1/openapi.json", "/healthz", "/metrics", cssURL[1], "/no/such/page",
	} {
		g := get(t, ts, path)
		req, _ := http.NewRequest(http.MethodHead, ts.URL+path, nil)
		res, err := ts.Client().Do(req)
		if err != nil {
			t.Fatalf("HEAD %s: %v", path, err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != g.status || res.Header.Get("Content-Type") != g.header.Get("Content-Type") || len(body) != 0 {
			t.Errorf("HEAD %s: %d %q %d bytes; GET: %d %q", path, res.StatusCode, res.Header.Get("Content-Type"), len(body), g.status, g.header.Get("Content-Type"))
		}
		if g.status == http.StatusOK && strings.HasPrefix(path, "/") && res.Header.Get("Content-Security-Policy") != g.header.Get("Content-Security-Policy") {
			t.Errorf("HEAD %s: the security headers differ from GET's", path)
		}
	}
}

// TestVia: a hit marked for a wording the user did not type says which
// one, and for what, in the interface language, each word in its own.
func TestVia(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	q := "/?q=" + url.QueryEscape("重连风暴")
	en := getWith(t, ts, q+"&ui=en", nil)
	contains(t, "via en", en, []string{
		`<p class="via" lang="en">matched <span class="via-term" lang="en">thundering herd</span>, the English for <span class="via-term" lang="zh-CN">重连风暴</span>`,
	}, nil)
	zh := getWith(t, ts, q+"&ui=zh", nil)
	contains(t, "via zh", zh, []string{
		`<p class="via" lang="zh-CN">匹配了 <span class="via-term" lang="en">thundering herd</span>（<span class="via-term" lang="zh-CN">重连风暴</span> 的英文说法）`,
	}, []string{"the English for"})
	// what the user typed is never explained
	typed := getWith(t, ts, "/?q="+url.QueryEscape("thundering herd")+"&ui=en", nil)
	contains(t, "via typed", typed, nil, []string{`lang="en">thundering herd</span>, the`, `lang="en">thundering herd</span> for`})
	// nothing added: no line
	contains(t, "via none", getWith(t, ts, "/?q=session", nil), nil, []string{`class="via"`})
}

// TestBackToSearch: a result links to its incident with the search, and
// the incident's "← Search" goes back to that search.
func TestBackToSearch(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	page := get(t, ts, "/?q="+url.QueryEscape("光缆中断")+"&lang=zh&sort=date&page=1&ui=en")
	m := regexp.MustCompile(`<h3 class="hit-title"><a href="(/incidents/fixture-01[^"]*)"`).FindStringSubmatch(page.body)
	if m == nil {
		t.Fatalf("no link to fixture-01 on the result page:\n%s", page.body)
	}
	link := html.UnescapeString(m[1])
	u, _ := url.Parse(link)
	if u.Query().Get("q") != "光缆中断" || u.Query().Get("lang") != "zh" || u.Query().Get("sort") != "date" {
		t.Errorf("the result links to %s: the search is not in it", link)
	}
	inc := get(t, ts, link)
	back := regexp.MustCompile(`<p class="crumbs" lang="en"><a href="([^"]*)">← Search</a>`).FindStringSubmatch(inc.body)
	if back == nil {
		t.Fatalf("no ← Search on %s", link)
	}
	bu, _ := url.Parse(html.UnescapeString(back[1]))
	if bu.Path != "/" || bu.Query().Get("q") != "光缆中断" || bu.Query().Get("lang") != "zh" || bu.Query().Get("sort") != "date" {
		t.Errorf("← Search leads to %s", back[1])
	}
	// opened without a search, or with parameters that are none: the search page
	for _, path := range []string{"/incidents/fixture-01", "/incidents/fixture-01?sort=%3Cb%3E", "/incidents/fixture-01?page=x"} {
		r := get(t, ts, path)
		if r.status != http.StatusOK || !strings.Contains(r.body, `<p class="crumbs" lang="en"><a href="/">`) {
			t.Errorf("%s: status %d, ← Search is not /", path, r.status)
		}
	}
}

// TestChipsInInterfaceLanguage: pattern chips, on result cards and on the
// incident page, are named in the interface language.
func TestChipsInInterfaceLanguage(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	zh := getWith(t, ts, "/?q=dns&ui=zh", nil)
	contains(t, "chips zh", zh, []string{`<a class="chip" href="/?pattern=dns" title="DNS 解析故障 · DNS failure">DNS 解析故障</a>`}, []string{`>config change</a>`})
	en := getWith(t, ts, "/?q=dns&ui=en", nil)
	contains(t, "chips en", en, []string{`<a class="chip" href="/?pattern=dns" title="DNS failure · DNS 解析故障">DNS</a>`, `>config change</a>`}, nil)
	inc := getWith(t, ts, "/incidents/fixture-09?ui=zh", nil)
	contains(t, "incident chips zh", inc, []string{`>配置变更错误 <span class="sub" lang="en">config change</span></a>`}, nil)
}

// TestFacetsCollapsible: the facets are in a <details>, before the
// results, closed (a phone shows the results first), counting the active
// filters.
func TestFacetsCollapsible(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	r := get(t, ts, "/?q=dns")
	i, j := strings.Index(r.body, `<details class="filters">`), strings.Index(r.body, `<section class="results"`)
	if i < 0 || j < 0 || i > j || !strings.Contains(r.body, `<summary class="filters-toggle">Filters</summary>`) {
		t.Errorf("the facets are not a closed <details> before the results")
	}
	r = get(t, ts, "/?q=dns&lang=en")
	if !strings.Contains(r.body, `<details class="filters">`) || !strings.Contains(r.body, `<summary class="filters-toggle">Filters (1)</summary>`) {
		t.Errorf("with a filter the facets are not closed, or do not count it")
	}
}

// TestSourcesNextPassDuringPass: while a pass runs, "Next pass" is not
// the time it was planned for (earlier than "Last pass").
func TestSourcesNextPassDuringPass(t *testing.T) {
	now := time.Date(2026, 11, 22, 4, 0, 0, 0, time.UTC)
	ts := httptest.NewServer(web.New(web.Deps{
		Searcher: fixtures,
		Crawl: func() []web.SourceStatus {
			return []web.SourceStatus{
				{Name: "running", URL: "https://a.example.invalid/", LastPass: now.Add(3 * time.Second), NextPass: now},
				{Name: "done", URL: "https://b.example.invalid/", LastPass: now.Add(-time.Hour), NextPass: now.Add(6 * time.Hour)},
			}
		},
	}))
	defer ts.Close()
	r := get(t, ts, "/sources")
	contains(t, "sources", r, []string{
		`<td data-label="Next pass"><span class="faint">running now</span></td>`,
		`<time datetime="2026-11-22T10:00:00Z"><span class="day">2026-11-22</span> 10:00 UTC</time>`,
	}, []string{`<time datetime="2026-11-22T04:00:00Z">`})
	contains(t, "sources zh", getWith(t, ts, "/sources?ui=zh", nil), []string{"正在运行"}, nil)
}

// TestTimelineOneTime: each timeline event shows one time.
func TestTimelineOneTime(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	r := get(t, ts, "/incidents/fixture-01")
	events := regexp.MustCompile(`(?s)<li class="timeline-event">.*?</li>`).FindAllString(r.body, -1)
	if len(events) == 0 {
		t.Fatal("no timeline events")
	}
	for _, e := range events {
		if n := strings.Count(e, `class="timeline-time"`); n != 1 || strings.Contains(e, "timeline-at") {
			t.Errorf("an event shows %d times: %s", n, e)
		}
	}
}

// TestMixedLanguage: text in another language than the element around it
// says which: the labels of the interface inside a Chinese incident on an
// English page, the other language's names shown small.
func TestMixedLanguage(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	inc := getWith(t, ts, "/incidents/fixture-01?ui=en", nil)
	contains(t, "zh incident, en page", inc, []string{
		`<html lang="en">`, `<article class="incident" lang="zh-CN">`,
		`<p class="crumbs" lang="en">`, `<dt lang="en">Organisation <span class="sub" lang="zh-CN">公司</span></dt>`,
		`<h2 lang="en">Cause <span class="sub" lang="zh-CN">原因</span></h2>`,
		`aria-label="Failure patterns" lang="en">`,
	}, nil)
	res := getWith(t, ts, "/?q="+url.QueryEscape("光缆中断")+"&ui=en", nil)
	contains(t, "zh hit, en page", res, []string{
		`<article class="hit" lang="zh-CN">`, `<span class="snippet-label" lang="en">Cause <span class="sub" lang="zh-CN">原因</span></span>`,
		`<ul class="chips" aria-label="Failure patterns" lang="en">`,
	}, nil)
	zh := getWith(t, ts, "/incidents/fixture-06?ui=zh", nil)
	contains(t, "en incident, zh page", zh, []string{
		`<html lang="zh-CN">`, `<article class="incident" lang="en">`, `<dt lang="zh-CN">公司 <span class="sub" lang="en">Organisation</span></dt>`,
	}, nil)
}
