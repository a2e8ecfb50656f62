package web_test

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

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
