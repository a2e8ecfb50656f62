package search

import (
	"context"
	"testing"

	"github.com/incidex/incidex/data"
)

// A query whose every word the analyzer drops (a stop word, a lone
// letter, punctuation) searches those words as they are: it never lists
// the whole collection as the empty query does.
func TestQueryOfDroppedWordsIsNoEmptyQuery(t *testing.T) {
	ins := []*data.Incident{
		{ID: "x1", Title: "Posts to X failed for two hours", Lang: "en", Published: "2025-03-02",
			Summary: "Scheduled posts to X were rejected after the provider rotated its API keys.",
			Cause:   "The X API keys had been rotated by the provider and our vault still held the old ones."},
		{ID: "d1", Title: "Checkout database failover stalled", Lang: "en", Published: "2025-04-11",
			Summary: "Checkout was down for 40 minutes while the replica was promoted by hand.",
			Cause:   "The failover script waited on a lock held by a long migration."},
		{ID: "z1", Title: "支付网关证书过期导致交易失败", Lang: "zh", Published: "2025-05-20",
			Summary: "支付网关的证书过期，交易失败了两个小时。", Cause: "证书自动续期任务被误删。"},
	}
	s := searcherOf(t, "", 0, ins...)
	ctx := context.Background()
	for _, c := range []struct {
		q    string
		want int
	}{
		{"the", 0}, // an English stop word
		{"的", 0},   // a Chinese one
		{"?", 0},   // punctuation
		{"x", 1},   // a lone letter, which the write-up holds as a word
		{"*", 3},   // everything, as the empty query
		{"", 3},    // the empty query lists all
		{"-X", 2},  // only an exclusion: all but what it excludes
	} {
		r, err := s.Search(ctx, Request{Query: c.q, Limit: 10, NoCache: true})
		if err != nil {
			t.Fatalf("%q: %v", c.q, err)
		}
		if int(r.Total) != c.want {
			t.Errorf("%q: %d hits %v, want %d", c.q, r.Total, ids(r), c.want)
		}
	}
}
