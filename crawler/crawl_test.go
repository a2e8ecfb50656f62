package crawler

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

// blog is a realistic small blog of our own on 127.0.0.1: a paginated
// listing, a feed, a sitemap, robots.txt, postmortems in UTF-8 and GBK, a
// PDF, an about page, the same post under two URLs, and misbehaving
// pages.
type blog struct {
	*httptest.Server
	mu       sync.Mutex
	hits     map[string]int
	flaky    int
	limited  int
	conds    int // conditional requests answered 304
	bytesOut int
}

func page(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("extract", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newBlog(t *testing.T) *blog {
	b := &blog{hits: map[string]int{}}
	zh := page(t, "zh-fiber-cut.html")
	en := page(t, "en-thundering-herd.html")
	gbk := page(t, "gbk-db-failover.html")
	pdf := page(t, "pdf-power-outage.pdf")
	md := page(t, "md-cert-expiry.md")
	about := []byte(`<html><head><title>About us</title></head><body><nav><a href="/">Home</a></nav><article><h1>About the team</h1><p>We run a mail service and write about engineering, hiring and our office dogs.</p></article></body></html>`)
	serve := func(w http.ResponseWriter, r *http.Request, ct string, body []byte) {
		etag := fmt.Sprintf(`"%x"`, len(body))
		if r.Header.Get("If-None-Match") == etag {
			b.mu.Lock()
			b.conds++
			b.mu.Unlock()
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", ct)
		b.mu.Lock()
		b.bytesOut += len(body)
		b.mu.Unlock()
		w.Write(body)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/blog/", func(w http.ResponseWriter, r *http.Request) {
		next := `<a class="next" href="/blog/page/2">下一页</a>`
		links := `<a href="/2023/03/fiber-cut">光缆中断复盘</a> <a href="/2022/06/thundering-herd?utm_source=list">Thundering herd</a> <a href="/private/2021/draft">draft</a> <a href="/about">关于</a>`
		if r.URL.Path == "/blog/page/2" {
			next = `<a class="next" href="/blog/">first</a>` // a loop back to page 1
			links = `<a href="/2019/10/db-failover">主从切换</a> <a href="/2021/11/cert-expiry.md">cert</a> <a href="/2022/08/power.pdf">power</a> <a href="/2023/03/fiber-cut-copy">copy</a>`
		}
		serve(w, r, "text/html; charset=utf-8", []byte(`<html><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><main>`+links+`</main>`+next+`<footer>© 2023</footer></body></html>`))
	})
	mux.HandleFunc("/2023/03/fiber-cut", func(w http.ResponseWriter, r *http.Request) { serve(w, r, "text/html; charset=utf-8", zh) })
	mux.HandleFunc("/2023/03/fiber-cut-copy", func(w http.ResponseWriter, r *http.Request) { serve(w, r, "text/html; charset=utf-8", zh) })
	mux.HandleFunc("/2022/06/thundering-herd", func(w http.ResponseWriter, r *http.Request) { serve(w, r, "text/html", en) })
	mux.HandleFunc("/2019/10/db-failover", func(w http.ResponseWriter, r *http.Request) { serve(w, r, "text/html; charset=gbk", gbk) })
	mux.HandleFunc("/2021/11/cert-expiry.md", func(w http.ResponseWriter, r *http.Request) { serve(w, r, "text/markdown; charset=utf-8", md) })
	mux.HandleFunc("/2022/08/power.pdf", func(w http.ResponseWriter, r *http.Request) { serve(w, r, "application/pdf", pdf) })
	mux.HandleFunc("/about", func(w http.ResponseWriter, r *http.Request) { serve(w, r, "text/html", about) })
	mux.HandleFunc("/private/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("fetched %s, which robots.txt disallows", r.URL.Path)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		host := "http://" + r.Host
		serve(w, r, "application/rss+xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>blog</title>
<item><title>Thundering herd</title><link>`+host+`/2022/06/thundering-herd</link></item>
<item><title>Flaky</title><link>`+host+`/flaky</link></item>
<item><title>Limited</title><link>`+host+`/limited</link></item>
<item><title>Loop</title><link>`+host+`/loop</link></item>
<item><title>Huge</title><link>`+host+`/huge</link></item>
<item><title>Slow</title><link>`+host+`/slow</link></item>
</channel></rss>`))
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		host := "http://" + r.Host
		serve(w, r, "application/xml", []byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>`+host+`/2023/03/fiber-cut</loc></url><url><loc>`+host+`/about</loc></url><url><loc>`+host+`/private/x</loc></url></urlset>`))
	})
	// 500 once, then the page
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		b.mu.Lock()
		b.flaky++
		n := b.flaky
		b.mu.Unlock()
		if n == 1 {
			http.Error(w, "oops", http.StatusInternalServerError)
			return
		}
		serve(w, r, "text/html", en)
	})
	// 429 with Retry-After once, then the page
	mux.HandleFunc("/limited", func(w http.ResponseWriter, r *http.Request) {
		b.mu.Lock()
		b.limited++
		n := b.limited
		b.mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		serve(w, r, "text/html; charset=gbk", gbk)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(strings.Repeat("<p>x</p>", 200000))) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	b.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b.mu.Lock()
		b.hits[r.URL.Path]++
		b.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(b.Close)
	return b
}

type memIndex struct {
	mu   sync.Mutex
	byID map[string]*data.Incident
	puts int
}

func (m *memIndex) put(in *data.Incident) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := in.Validate(); err != nil {
		return err
	}
	m.byID[in.ID] = in
	m.puts++
	return nil
}

func TestCrawlBlog(t *testing.T) {
	site := newBlog(t)
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	idx := &memIndex{byID: map[string]*data.Incident{}}
	c := NewCrawler(Config{
		Store: store, Index: idx.put, AllowPrivate: true,
		Politeness: Politeness{Delay: time.Millisecond, Backoff: 10 * time.Millisecond, Retries: 2},
		Fetcher:    []Option{WithTimeout(300 * time.Millisecond), WithMaxBodySize(1 << 20)},
	})
	srcs, err := ParseSources([]byte(fmt.Sprintf(`sources:
  - name: listing
    url: %[1]s/blog/
    follow: "^%[1]s/(20\\d\\d|private)/"
    next: "a.next"
  - name: feed
    url: %[1]s/feed.xml
  - name: sitemap
    url: %[1]s/sitemap.xml
`, site.URL)))
	if err != nil {
		t.Fatal(err)
	}
	sum := c.Pass(context.Background(), srcs.Sources)
	t.Logf("first pass: %s", sum)
	// postmortems: fiber cut (twice under two URLs: one incident), thundering
	// herd (listing + feed + flaky), db failover (+ limited), cert md, pdf
	titles := map[string]bool{}
	for _, in := range idx.byID {
		titles[in.Title] = true
	}
	if len(idx.byID) != 5 {
		t.Errorf("indexed %d incidents, want 5: %v", len(idx.byID), titles)
	}
	for _, in := range idx.byID {
		if strings.Contains(in.Title, "About") {
			t.Errorf("the about page was indexed as an incident")
		}
	}
	if sum.Robots == 0 {
		t.Errorf("no URL was blocked by robots.txt: %s", sum)
	}
	if sum.Failed < 3 { // loop, huge, slow
		t.Errorf("failures %d, want the loop, the huge page and the slow page: %s", sum.Failed, sum)
	}
	// a request the pass gave up on (the slow page) may still be counted
	// by the server as the test reads the counts
	site.mu.Lock()
	hits := maps.Clone(site.hits)
	site.mu.Unlock()
	if hits["/flaky"] != 2 || hits["/limited"] != 2 {
		t.Errorf("flaky fetched %d times, limited %d times; want a retry each", hits["/flaky"], hits["/limited"])
	}
	if hits["/robots.txt"] != 1 {
		t.Errorf("robots.txt fetched %d times, want once (cached per host)", hits["/robots.txt"])
	}
	if hits["/blog/page/2"] != 1 {
		t.Errorf("page 2 of the listing fetched %d times", hits["/blog/page/2"])
	}
	docs, _, _ := store.Counts()
	if docs < 8 {
		t.Errorf("raw store holds %d documents", docs)
	}

	// second pass: nothing new, nothing re-indexed
	puts := idx.puts
	site.mu.Lock()
	before := site.bytesOut
	site.mu.Unlock()
	sum2 := c.Pass(context.Background(), srcs.Sources)
	t.Logf("second pass: %s", sum2)
	if sum2.New != 0 || sum2.Updated != 0 || idx.puts != puts {
		t.Errorf("second pass changed the index: %s (%d puts)", sum2, idx.puts-puts)
	}
	if sum2.Unchanged < 5 {
		t.Errorf("second pass: %d unchanged, want every postmortem", sum2.Unchanged)
	}
	site.mu.Lock()
	saved := site.conds
	after := site.bytesOut - before
	site.mu.Unlock()
	if saved == 0 {
		t.Errorf("no conditional GET was answered 304")
	}
	t.Logf("second pass: %d answered 304, %d bytes sent (first pass %d)", saved, after, before)
}

func TestParseSources(t *testing.T) {
	s, err := LoadSources("")
	if err != nil || len(s.Sources) == 0 {
		t.Fatalf("default sources: %v", err)
	}
	for _, bad := range []string{
		"sources:\n  - url: ftp://x\n",
		"sources:\n  - url: https://a.example/\n    kind: blog\n",
		"sources:\n  - url: https://a.example/\n    follow: \"(\"\n",
		"sources:\n  - url: https://a.example/\n    every: soon\n",
		"sources:\n  - name: a\n    url: https://a.example/\n  - name: a\n    url: https://b.example/\n",
		"sources:\n  - url: https://a.example/\n    colour: red\n",
	} {
		if _, err := ParseSources([]byte(bad)); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
	src, err := SeedSource("https://blog.example.com/x")
	if err != nil || !src.Follows("https://blog.example.com/2021/y") || src.Follows("https://other.example.com/") {
		t.Errorf("seed source %+v %v", src, err)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	if d, ok := parseRetryAfter("7", now); !ok || d != 7*time.Second {
		t.Errorf("seconds: %v %v", d, ok)
	}
	if d, ok := parseRetryAfter("Mon, 01 Jan 2024 00:00:30 GMT", now); !ok || d != 30*time.Second {
		t.Errorf("date: %v %v", d, ok)
	}
	if _, ok := parseRetryAfter("soon", now); ok {
		t.Error("garbage accepted")
	}
}

func TestIsPostmortem(t *testing.T) {
	ok, _ := IsPostmortem(&data.Incident{Title: "About the team", Text: strings.Repeat("We like dogs. ", 50)})
	if ok {
		t.Error("an about page is a postmortem")
	}
	ok, why := IsPostmortem(&data.Incident{Title: "Postmortem: API outage", Cause: "a bad deploy", Patterns: []string{"deployment"}, Text: strings.Repeat("The API failed. ", 40)})
	if !ok {
		t.Errorf("a postmortem was refused: %s", why)
	}
}

// TestDeadHostDoesNotStallThePass: a host that keeps failing is skipped
// after BreakAfter failures, and the other sources still run.
func TestDeadHostDoesNotStallThePass(t *testing.T) {
	var dead int
	deadSite := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		dead++
		if r.URL.Path == "/feed.xml" {
			host := "http://" + r.Host
			var items strings.Builder
			for i := 0; i < 20; i++ {
				fmt.Fprintf(&items, "<item><link>%s/p%d</link></item>", host, i)
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel>%s</channel></rss>`, items.String())
			return
		}
		http.Error(w, "down", http.StatusBadGateway)
	}))
	defer deadSite.Close()
	site := newBlog(t)
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	idx := &memIndex{byID: map[string]*data.Incident{}}
	c := NewCrawler(Config{Store: store, Index: idx.put, AllowPrivate: true,
		Politeness: Politeness{Delay: time.Millisecond, Backoff: time.Millisecond, Retries: 1, BreakAfter: 3}})
	sum := c.Pass(context.Background(), []Source{{Name: "dead", URL: deadSite.URL + "/feed.xml"}, {Name: "ok", URL: site.URL + "/2023/03/fiber-cut", Kind: KindPage}})
	if sum.New != 1 {
		t.Errorf("the healthy source after the dead one: %s", sum)
	}
	// 1 feed + 3 failing items with one retry each, then the circuit opens
	if dead > 1+3*2 {
		t.Errorf("the dead host got %d requests; its circuit should open after 3 failures", dead)
	}
	var st SourceStatus
	for _, s := range c.Status() {
		if s.Name == "dead" {
			st = s
		}
	}
	if st.Counts.Failed != 20 {
		t.Errorf("dead source status %+v", st)
	}
}

// BenchmarkCrawlPass measures pages per second with the rate limit lifted,
// extraction and the raw store included (the index is a map).
func BenchmarkCrawlPass(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("extract", "testdata", "en-thundering-herd.html"))
	if err != nil {
		b.Fatal(err)
	}
	const pages = 100
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case r.URL.Path == "/feed.xml":
			var items strings.Builder
			for i := 0; i < pages; i++ {
				fmt.Fprintf(&items, "<item><link>http://%s/p%d</link></item>", r.Host, i)
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel>%s</channel></rss>`, items.String())
		default:
			w.Header().Set("Content-Type", "text/html")
			w.Write(append(body, []byte("<!-- "+r.URL.Path+" -->")...))
		}
	}))
	defer site.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		store, err := OpenStore(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		idx := &memIndex{byID: map[string]*data.Incident{}}
		c := NewCrawler(Config{Store: store, Index: idx.put, AllowPrivate: true, Politeness: Politeness{Delay: time.Nanosecond}})
		c.Pass(context.Background(), []Source{{Name: "bench", URL: site.URL + "/feed.xml"}})
		store.Close()
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}
