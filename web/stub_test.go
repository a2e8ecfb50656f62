package web_test

import (
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

// TestStubBadge: a catalogue entry not fetched yet says so on the search
// page and its own page, in both interface languages, and in the API; a
// write-up does not.
func TestStubBadge(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	stub := (data.CatalogueEntry{URL: "https://blog.corvid.example/2019/lag-spike", Org: "Corvid Games", Lang: "en", Date: "2019-04-02",
		Title: "Corvid Games matchmaking lag spike", Patterns: []string{"capacity"},
		Summary: "Corvid Games incident: Corvid Games matchmaking lag spike. Keywords: matchmaking, lag."}).Incident("stub42")
	full := &data.Incident{ID: "full42", URL: "https://blog.corvid.example/2020/queue", Title: "Matchmaking queue overload", Org: "Corvid Games", Lang: "en",
		Summary: "Matchmaking queues overflowed during a tournament.", Cause: "The matchmaking queue ran out of workers.", Text: "Matchmaking queues overflowed during a tournament. The matchmaking queue ran out of workers."}
	full.Normalize()
	if err := ix.Put(stub, full); err != nil {
		t.Fatal(err)
	}
	ts, _ := newServer(t, search.New(ix))
	checkNeedles(t, ts, "/?q=matchmaking&ui=en", 200, []string{`class="stub-badge"`, "Not fetched yet"}, nil)
	checkNeedles(t, ts, "/?q=matchmaking&ui=zh", 200, []string{`class="stub-badge"`, "尚未抓取"}, nil)
	checkNeedles(t, ts, "/incidents/stub42?ui=en", 200, []string{"A known write-up, not fetched yet", `href="https://blog.corvid.example/2019/lag-spike"`, "Read the original"}, nil)
	checkNeedles(t, ts, "/incidents/stub42?ui=zh", 200, []string{"全文尚未抓取", "阅读原文"}, nil)
	checkNeedles(t, ts, "/incidents/full42?ui=en", 200, []string{"Matchmaking queue overload"}, []string{"stub-note", "not fetched yet"})
	var res search.Result
	decode(t, get(t, ts, "/api/v1/search?q=matchmaking"), &res)
	if len(res.Hits) != 2 {
		t.Fatalf("%d hits", len(res.Hits))
	}
	for _, h := range res.Hits {
		if h.Stub != (h.ID == "stub42") {
			t.Errorf("hit %s: stub %v", h.ID, h.Stub)
		}
	}
	checkNeedles(t, ts, "/api/v1/incidents/stub42", 200, []string{`"stub":true`}, nil)
	checkNeedles(t, ts, "/api/v1/incidents/full42", 200, []string{`"stub":false`}, []string{`"stub":true`})
}
