package crawler

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

// A status page without the API: its Atom history is read instead, each
// resolved incident with its updates as the timeline.
const historyAtom = `<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">
  <id>tag:status.harborlantern.example,2005:/history</id>
  <title>Harbor Lantern Status - Incident History</title>
  <updated>2024-03-09T11:40:00Z</updated>
  <entry>
    <id>tag:status.harborlantern.example,2005:Incident/101</id>
    <published>2024-03-09T09:58:00Z</published>
    <updated>2024-03-09T11:40:00Z</updated>
    <link rel="alternate" type="text/html" href="{{BASE}}/incidents/ab12cd"/>
    <title>Search results missing for new listings</title>
    <content type="html">&lt;p&gt;&lt;small&gt;Mar &lt;var data-var='date'&gt; 9&lt;/var&gt;, &lt;var data-var='time'&gt;11:40&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Resolved&lt;/strong&gt; - The search index has caught up and new listings appear again.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Mar &lt;var data-var='date'&gt; 9&lt;/var&gt;, &lt;var data-var='time'&gt;10:15&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Identified&lt;/strong&gt; - An indexing worker was stuck on a malformed listing.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Mar &lt;var data-var='date'&gt; 9&lt;/var&gt;, &lt;var data-var='time'&gt;09:58&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Investigating&lt;/strong&gt; - New listings do not show in search results.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>tag:status.harborlantern.example,2005:Incident/102</id>
    <published>2024-03-12T08:00:00Z</published>
    <updated>2024-03-12T08:00:00Z</updated>
    <link rel="alternate" type="text/html" href="{{BASE}}/incidents/ef34gh"/>
    <title>Slow photo uploads</title>
    <content type="html">&lt;p&gt;&lt;small&gt;Mar &lt;var data-var='date'&gt;12&lt;/var&gt;, &lt;var data-var='time'&gt;08:00&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Investigating&lt;/strong&gt; - Photo uploads are slow.&lt;/p&gt;</content>
  </entry>
</feed>`

func TestStatuspageAtomFallback(t *testing.T) {
	var base string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/history.atom" {
			w.Header().Set("Content-Type", "application/atom+xml")
			w.Write([]byte(strings.ReplaceAll(historyAtom, "{{BASE}}", base)))
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	base = srv.URL
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	idx := &memIndex{byID: map[string]*data.Incident{}}
	c := NewCrawler(Config{Store: store, Index: idx.put, AllowPrivate: true, Politeness: Politeness{Delay: time.Millisecond, Retries: 1, Backoff: time.Millisecond}})
	sum := c.Pass(context.Background(), []Source{{Name: "harbor", URL: srv.URL, Kind: KindStatuspage}})
	if len(idx.byID) != 1 || sum.New != 1 {
		t.Fatalf("%d incidents (%s), want the one resolved", len(idx.byID), sum)
	}
	in := idx.byID[data.IDFor(Canonical(srv.URL+"/incidents/ab12cd"))]
	if in == nil {
		t.Fatalf("the resolved incident is not under its own URL: %v", idx.byID)
	}
	if in.Title != "Search results missing for new listings" || in.Org != "Harbor Lantern" || len(in.Timeline) != 3 ||
		in.StartedAt != "2024-03-09T09:58:00Z" || in.EndedAt != "2024-03-09T11:40:00Z" || in.DurationMinutes != 102 {
		t.Errorf("got %q of %q, %d events, %s – %s (%d min)", in.Title, in.Org, len(in.Timeline), in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	if len(in.Timeline) == 3 && (!strings.HasPrefix(in.Timeline[0].Text, "Investigating") || in.Timeline[0].TimeText != "Mar 9, 09:58 UTC") {
		t.Errorf("first event %+v", in.Timeline[0])
	}
}

func TestPageLinks(t *testing.T) {
	html := &Response{URL: "https://list.example/postmortems/", ContentType: "text/html", Body: []byte(`<html><body>
<header><a href="/">Home</a></header><nav><a href="/about">About</a></nav>
<main><ul><li><a href="https://blog.quillmark.example/2021/fiber">Quillmark fiber cut</a></li>
<li><a href="/postmortems/local-one">A local one</a></li><li><a href="#top">top</a></li>
<li><a href="https://blog.quillmark.example/2021/fiber?utm_source=list">again</a></li><li><a href="https://img.example/x.png">img</a></li></ul></main>
<footer><a href="https://twitter.example/list">follow</a></footer></body></html>`)}
	got := pageLinks(html)
	want := []string{"https://blog.quillmark.example/2021/fiber", "https://list.example/postmortems/local-one"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("HTML links %v, want %v", got, want)
	}
	md := &Response{URL: "https://raw.example/list/README.md", ContentType: "text/plain; charset=utf-8", Body: []byte(
		"# Postmortems\n\n[![badge](https://img.example/b.svg)](https://ci.example/)\n- [Tidewell](https://tidewell.example/pm/7). Good read.\n- <https://lumen.example/pm/2>\n- bare https://corvid.example/blog/lag, and more\n")}
	got = pageLinks(md)
	want = []string{"https://ci.example/", "https://tidewell.example/pm/7", "https://lumen.example/pm/2", "https://corvid.example/blog/lag"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Markdown links %v, want %v", got, want)
	}
}
