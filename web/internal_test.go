package web

import (
	"errors"
	"html/template"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/search"
)

func TestParseTemplatesMissing(t *testing.T) {
	full := fstest.MapFS{}
	for _, name := range append([]string{layoutTemplate}, pageTemplates...) {
		b, err := templateFS.ReadFile("templates/" + name)
		if err != nil {
			t.Fatal(err)
		}
		full["templates/"+name] = &fstest.MapFile{Data: b}
	}
	if _, err := parseTemplates(full); err != nil {
		t.Fatalf("all templates: %v", err)
	}
	for _, name := range []string{"layout.html", "incident.html"} {
		fsys := fstest.MapFS{}
		for k, v := range full {
			if k != "templates/"+name {
				fsys[k] = v
			}
		}
		_, err := parseTemplates(fsys)
		if err == nil || !strings.Contains(err.Error(), `missing template "`+name+`"`) {
			t.Errorf("without %s: err %v", name, err)
		}
	}
	broken := fstest.MapFS{}
	for k, v := range full {
		broken[k] = v
	}
	broken["templates/error.html"] = &fstest.MapFile{Data: []byte(`{{define "content"}}{{if}}{{end}}`)}
	if _, err := parseTemplates(broken); err == nil || !strings.Contains(err.Error(), "error.html") {
		t.Errorf("broken template: err %v", err)
	}
}

func TestSafeFragment(t *testing.T) {
	for in, want := range map[string]template.HTML{
		"a <mark>光缆</mark> b &lt;script&gt;":      "a <mark>光缆</mark> b &lt;script&gt;",
		"<mark>x</mark><script>alert(1)</script>": "&lt;mark&gt;x&lt;/mark&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
		`<img src=x onerror=alert(2)>`:            "&lt;img src=x onerror=alert(2)&gt;",
		"<mark onclick=x>a</mark>":                "&lt;mark onclick=x&gt;a&lt;/mark&gt;",
	} {
		if got := safeFragment(in); got != want {
			t.Errorf("safeFragment(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseRequest(t *testing.T) {
	for _, tc := range []struct {
		query   string
		want    func(search.Request) bool
		wantErr string
	}{
		{"", func(r search.Request) bool { return r.Limit == 10 && r.Offset == 0 && r.Sort == "relevance" }, ""},
		{"q=+%E5%85%89+&pattern=network&pattern=dns&pattern=network&org=A&org=&year=2021&lang=zh&sort=date&page=3",
			func(r search.Request) bool {
				return r.Query == "光" && len(r.Filters.Patterns) == 2 && len(r.Filters.Org) == 1 &&
					r.Filters.Years[0] == "2021" && r.Filters.Lang == "zh" && r.Sort == "date" && r.Offset == 20
			}, ""},
		{"limit=25&offset=50", func(r search.Request) bool { return r.Limit == 25 && r.Offset == 50 }, ""},
		{"limit=25&page=2", func(r search.Request) bool { return r.Offset == 25 }, ""},
		{"section=cause&from=2020&to=2021-06", func(r search.Request) bool { return r.Filters.Section == "cause" }, ""},
		{"limit=abc", nil, "limit must be a whole number"},
		{"limit=1000", nil, "limit must be"},
		{"offset=20000", nil, "offset must be"},
		{"page=1002", nil, "page"},
		{"page=1&offset=0", nil, "not both"},
		{"sort=bogus", nil, "sort must be"},
		{"year=21", nil, "year must be"},
		{"pattern=nope", nil, "not a failure pattern"},
		{"section=" + strings.Repeat("x", 300), nil, "longer than"},
		{"org=a&org=b&org=c&org=d&org=e&org=f&org=g&org=h&org=i&org=j&org=k&org=l&org=m&org=n&org=o&org=p&org=q&org=r&org=s&org=t&org=u", nil, "at most 20"},
		{"q=" + strings.Repeat("長", 400), func(r search.Request) bool { return len(r.Query) <= 1000 && strings.HasPrefix(r.Query, "長長") }, "limit is 1000"},
	} {
		c, _ := gin.CreateTestContext(httptest.NewRecorder())
		c.Request = httptest.NewRequest("GET", "/?"+tc.query, nil)
		req, err := parseRequest(c)
		switch {
		case tc.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.Is(err, search.ErrBadQuery) {
				t.Errorf("%s: err %v, want %q wrapping ErrBadQuery", tc.query, err, tc.wantErr)
			}
		case err != nil:
			t.Errorf("%s: %v", tc.query, err)
		}
		if tc.want != nil && !tc.want(req) {
			t.Errorf("%s: request %+v", tc.query, req)
		}
	}
}

func TestParams(t *testing.T) {
	p := paramsOf(search.Request{Query: "a b", Filters: search.Filters{Patterns: []string{"dns"}, Lang: "en"}, Sort: "relevance", Limit: 10})
	if got := p.url(1); got != "/?lang=en&pattern=dns&q=a%20b" {
		t.Errorf("url %q", got)
	}
	if got := p.with("lang", "zh").url(1); got != "/?lang=zh&pattern=dns&q=a%20b" {
		t.Errorf("with lang %q", got)
	}
	if got := p.with("pattern", "time").without("pattern", "dns").url(2); got != "/?lang=en&page=2&pattern=time&q=a%20b" {
		t.Errorf("with/without %q", got)
	}
	if got := p.url(1); got != "/?lang=en&pattern=dns&q=a%20b" {
		t.Errorf("p changed: %q", got)
	}
	if got := (params{}).url(1); got != "/" {
		t.Errorf("empty %q", got)
	}
}

func TestFormatting(t *testing.T) {
	for m, want := range map[int]string{0: "", -5: "", 45: "45 min", 60: "1 h", 206: "3 h 26 min", 1380: "23 h", 1500: "1 d 1 h", 2880: "2 d"} {
		if got := formatDuration(m); got != want {
			t.Errorf("formatDuration(%d) = %q, want %q", m, got, want)
		}
	}
	for in, want := range map[string]string{
		"2017-09-08T14:22:00+08:00": "2017-09-08 14:22 +08:00",
		"2024-02-14T09:37:00Z":      "2024-02-14 09:37 UTC",
		"sometime":                  "sometime",
	} {
		if got := formatTime(in); got != want {
			t.Errorf("formatTime(%q) = %q, want %q", in, got, want)
		}
	}
	for u, want := range map[string]bool{
		"https://example.com/x": true, "http://a.b": true, "HTTPS://EXAMPLE.COM": true,
		"javascript:alert(1)": false, "/home/me/doc.md": false, "https://": false, "ftp://x": false, "": false,
	} {
		if got := isWebURL(u); got != want {
			t.Errorf("isWebURL(%q) = %v", u, got)
		}
	}
	if got := shortZH("网络故障：光缆/链路中断、网络分区"); got != "网络故障" {
		t.Errorf("shortZH %q", got)
	}
	if got := truncateBytes("ab光缆", 4); got != "ab" {
		t.Errorf("truncateBytes %q", got)
	}
}
