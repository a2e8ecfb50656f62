package web_test

import (
	"net/http"
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

// TestHitShowsIncidentDay: a result lists an incident under the day it
// happened, not the day a later copy of its write-up was published; a
// write-up without a start shows its published day.
func TestHitShowsIncidentDay(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	reposted := &data.Incident{ID: "queue-2017", Title: "Ledgerline queue stall", Org: "Ledgerline", Lang: "en",
		StartedAt: "2017-03-16T17:02:00Z", Published: "2019-04-18",
		Summary: "The payment queue stalled for three hours.", Text: "The payment queue stalled for three hours."}
	undated := &data.Incident{ID: "queue-2020", Title: "Ledgerline queue backlog", Org: "Ledgerline", Lang: "en",
		Published: "2020-02-02", Summary: "The payment queue backed up.", Text: "The payment queue backed up."}
	for _, in := range []*data.Incident{reposted, undated} {
		in.Normalize()
	}
	if err := ix.Put(reposted, undated); err != nil {
		t.Fatal(err)
	}
	ts, _ := newServer(t, search.New(ix))
	checkNeedles(t, ts, "/?q=payment+queue", 200,
		[]string{`<time datetime="2017-03-16">2017-03-16</time>`, `<time datetime="2020-02-02">2020-02-02</time>`},
		[]string{"2019-04-18"})
}

// TestSearchAlias: /search?q=… is the search page's other address.
func TestSearchAlias(t *testing.T) {
	ts, _ := newServer(t, fixtures)
	c := *ts.Client()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	res, err := c.Get(ts.URL + "/search?q=%E5%85%89%E7%BC%86&lang=zh")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/?q=%E5%85%89%E7%BC%86&lang=zh" {
		t.Errorf("/search: %d to %q, want 301 to the search page with the same query", res.StatusCode, res.Header.Get("Location"))
	}
}

// TestSimilarItemsCarryLang: a Chinese incident listed as similar to an
// English one is marked as Chinese, for screen readers and fonts.
func TestSimilarItemsCarryLang(t *testing.T) {
	ts, _ := newServer(t, &fakeSearcher{get: func(id string) (*data.Incident, error) {
		in := &data.Incident{ID: "en-1", Title: "Fibre cut", Lang: "en",
			Similar: []data.SimilarIncident{{ID: "zh-1", Title: "光缆中断故障报告", Lang: "zh"}, {ID: "en-2", Title: "Cable cut", Lang: "en"}}}
		in.Normalize()
		return in, nil
	}})
	checkNeedles(t, ts, "/incidents/en-1", 200, []string{`<li lang="zh-CN"><a href="/incidents/zh-1">光缆中断故障报告</a>`, `<li lang="en"><a href="/incidents/en-2">`}, nil)
}
