package search

import (
	"context"
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// A catalogue stub is a title, an organisation and a line of our own
// wording, which repeats the title's words; a write-up that matches as
// well is the better answer. Ranked by relevance, a stub's score counts
// stubWeight of itself (it must match ten times better), over a window
// of the hits up to the page shown and stubWindowExtra beyond it (the
// first pages only: a stub pushed off a page reappears on the next one).
const (
	stubWeight      = 0.1
	stubWindowExtra = 20
	stubWindowMax   = 200
)

// demoteStubs re-ranks a window of hits with the stubs' scores weighed
// down, and returns the page [offset, offset+limit) of it.
func (s *Searcher) demoteStubs(ctx context.Context, hits bsearch.DocumentMatchCollection, offset, limit int) (bsearch.DocumentMatchCollection, error) {
	if len(hits) > 0 {
		ids := make([]string, len(hits))
		for i, h := range hits {
			ids[i] = h.ID
		}
		tag := bleve.NewMatchQuery(data.CatalogueTag)
		tag.SetField(indexer.FieldTags)
		sr := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), tag), len(ids), 0, false)
		sr.Fields = []string{indexer.FieldSource}
		res, err := s.ix.Bleve().SearchInContext(ctx, sr)
		if err != nil {
			return nil, fmt.Errorf("search: stubs: %w", err)
		}
		stub := map[string]bool{}
		for _, h := range res.Hits {
			src, _ := h.Fields[indexer.FieldSource].(string)
			if in, err := indexer.Decode([]byte(src)); err == nil && in.IsStub() {
				stub[h.ID] = true
			}
		}
		if len(stub) > 0 {
			for _, h := range hits {
				if stub[h.ID] {
					h.Score *= stubWeight
				}
			}
			sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
		}
	}
	if offset >= len(hits) {
		return hits[:0], nil
	}
	return hits[offset:min(len(hits), offset+limit)], nil
}
