package search

import (
	"context"
	"slices"
	"testing"

	"github.com/incidex/incidex/data"
)

// qrels4Incidents are fictional write-ups for the changes tuned on
// queries-own-4's odd ids.
var qrels4Incidents = []*data.Incident{
	{ID: "q4-cert", Lang: "en", Org: "Tidewater Maps", Published: "2024-02-11", Title: "Checkout failed after the payment gateway certificate expired",
		Summary: "The TLS certificate of our payment gateway expired on a Sunday; checkout failed for three hours until it was renewed.",
		Text:    "The TLS certificate of our payment gateway expired on a Sunday morning. Every checkout failed for three hours until the on-call engineer renewed it by hand."},
	{ID: "q4-other", Lang: "en", Org: "Tidewater Maps", Published: "2023-11-03", Title: "The final result of the last schema migration",
		Summary: "The whole thing was rolled back: the last step of the migration left the orders table locked, and the final result was an hour of read-only mode.",
		Text:    "In the end the whole thing was rolled back. The last step of the schema migration left the orders table locked; the final result was an hour of read-only mode for the entire site."},
}

func qrels4Searcher(t testing.TB) *Searcher {
	t.Helper()
	return searcherOf(t, "", 0, qrels4Incidents...)
}

// TestConnectivesFrameTheQuestion: the connectives and vague nouns of a
// spoken Chinese sentence (最后, 整个, 东西) do not bring their
// dictionary senses ("final", "whole", "thing") into the query:
// a write-up that says only those words is not found.
func TestConnectivesFrameTheQuestion(t *testing.T) {
	s := qrels4Searcher(t)
	for _, q := range []string{"证书过期了，整个东西最后都不能用", "最后发现是证书过期"} {
		r, err := s.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(r)
		if len(got) == 0 || got[0] != "q4-cert" {
			t.Errorf("%s found %v, want q4-cert first", q, got)
		}
		if slices.Contains(got, "q4-other") {
			t.Errorf("%s found a write-up that has only the connectives' senses: %v", q, got)
		}
	}
}
