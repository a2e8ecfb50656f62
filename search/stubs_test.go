package search

import (
	"context"
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// stubFixtures: the write-ups of a fictional fiber cut, the same write-up
// again under another id (a twin), a catalogue stub whose one generated
// line names the same words, and two more write-ups.
func stubFixtures(t *testing.T) *Searcher {
	t.Helper()
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	writeup := func(id, url, title, org, cause string) *data.Incident {
		in := &data.Incident{ID: id, URL: url, Title: title, Org: org, Lang: "en", Published: "2023-03-14",
			Summary: "On March 14 the Harborview region lost connectivity for 47 minutes.",
			Cause:   cause, Remediation: "We added a second path over a separate conduit and drill failover every quarter.",
			Patterns: []string{"network"},
			Text: "On March 14 the Harborview region lost connectivity for 47 minutes. " + cause +
				" Traffic failed over to the backup link, which lacked capacity, and requests timed out. We added a second path over a separate conduit."}
		in.Normalize()
		return in
	}
	stub := (data.CatalogueEntry{URL: "https://status.quillmark.example/fiber", Org: "Quillmark", Lang: "en",
		Title: "Quillmark fiber cut outage", Patterns: []string{"network"},
		Summary: "Quillmark incident: Quillmark fiber cut outage. Keywords: fiber cut, fiber, outage. Failure patterns: network failure."}).Incident("stub01")
	ins := []*data.Incident{
		writeup("w1", "https://blog.quillmark.example/fiber-cut", "Fiber cut in the Harborview region", "Quillmark",
			"A backhoe at a construction site cut the fiber between our two data centers."),
		writeup("w1twin", "https://mirror.example/quillmark/fiber-cut", "Fiber cut in the Harborview region", "Quillmark",
			"A backhoe at a construction site cut the fiber between our two data centers."),
		writeup("w2", "https://tidewell.example/pm/7", "Tidewell Pay outage after a fiber cut", "Tidewell Pay",
			"A fiber cut by road works isolated the primary site; failover to the second site was slow."),
		writeup("w3", "https://lumen.example/pm/2", "Lumen Freight network partition", "Lumen Freight",
			"A fiber cut between racks partitioned the network; the database primary lost its quorum."),
		stub,
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	return New(ix)
}

func TestStubsRankBelowWriteups(t *testing.T) {
	s := stubFixtures(t)
	res, err := s.Search(context.Background(), Request{Query: "fiber cut outage", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	pos := map[string]int{}
	for i, h := range res.Hits {
		pos[h.ID] = i
		if h.Stub != (h.ID == "stub01") {
			t.Errorf("hit %s: stub %v", h.ID, h.Stub)
		}
	}
	// w2 has every word of the query, like the stub's generated line
	if p, ok := pos["stub01"]; !ok || p < pos["w2"] {
		t.Errorf("the stub ranks at %d, the write-up at %d: %+v", p, pos["w2"], res.Hits)
	}
	// the second page's window: the stub is shown once over both pages
	seen := map[string]int{}
	for off := 0; off < 6; off += 2 {
		r, err := s.Search(context.Background(), Request{Query: "fiber cut outage", Limit: 2, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range r.Hits {
			seen[h.ID]++
		}
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s shown %d times over the pages", id, n)
		}
	}
	if len(seen) != len(res.Hits) {
		t.Errorf("pages show %d incidents, one page of 10 shows %d", len(seen), len(res.Hits))
	}
}

func TestSimilarLeavesOutTwinsAndStubs(t *testing.T) {
	s := stubFixtures(t)
	in, err := s.ix.Get("w1")
	if err != nil {
		t.Fatal(err)
	}
	sim, err := s.Similar(context.Background(), in, 5)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, si := range sim {
		ids[si.ID] = true
	}
	if ids["w1twin"] || ids["stub01"] || ids["w1"] {
		t.Errorf("similar to w1: %v; want neither its twin, nor itself, nor the stub", sim)
	}
	if !ids["w2"] {
		t.Errorf("similar to w1: %v; want w2", sim)
	}
}
