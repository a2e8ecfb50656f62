package search

import (
	"context"
	"encoding/binary"
	"math"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// sumQuery matches what any of its parts matches and scores a document by
// the plain sum of its matching parts' scores. bleve's own disjunction
// multiplies that sum by the share of parts that matched (its "coord"),
// which makes a concept searched in many wordings and fields count for
// almost nothing against a plain word: one concept with 80 parts, 4 of
// them matching, would be scaled by 0.05.
type sumQuery struct {
	parts []query.Query
	boost float64
	// bonus parts count only for a document that a part before them
	// matched too: supporting evidence, never the only evidence
	bonus []query.Query
}

func newSumQuery(parts ...query.Query) *sumQuery { return &sumQuery{parts: parts, boost: 1} }

// AddBonus adds parts that count only where another part matched.
func (q *sumQuery) AddBonus(parts ...query.Query) { q.bonus = append(q.bonus, parts...) }

// SetBoost sets the weight of the whole query.
func (q *sumQuery) SetBoost(b float64) { q.boost = b }

// Boost returns the weight of the whole query.
func (q *sumQuery) Boost() float64 { return q.boost }

// Searcher implements query.Query.
func (q *sumQuery) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options bsearch.SearcherOptions) (bsearch.Searcher, error) {
	var subs []bsearch.Searcher
	nMain := 0
	for k, p := range append(q.parts[:len(q.parts):len(q.parts)], q.bonus...) {
		if k == len(q.parts) {
			nMain = len(subs)
			if nMain == 0 {
				break // bonus parts alone match nothing
			}
		}
		s, err := p.Searcher(ctx, i, m, options)
		if err != nil {
			for _, o := range subs {
				o.Close()
			}
			return nil, err
		}
		if _, none := s.(*searcher.MatchNoneSearcher); none {
			s.Close()
			continue
		}
		subs = append(subs, s)
	}
	if len(q.bonus) == 0 {
		nMain = len(subs)
	}
	if len(subs) == 0 {
		return searcher.NewMatchNoneSearcher(i)
	}
	return &sumSearcher{subs: subs, nMain: nMain, curr: make([]*bsearch.DocumentMatch, len(subs)), keys: make([]uint64, len(subs)), boost: q.boost, explain: options.Explain}, nil
}

// sumSearcher walks its parts in document order, merging the matches of
// one document into one. keys holds each part's current document as a
// number (scorch's internal ids are 8 big-endian bytes), so that finding
// the next document is a loop over integers; any other id makes it compare
// the bytes (slow).
type sumSearcher struct {
	subs    []bsearch.Searcher
	nMain   int // subs from nMain on are bonus parts
	curr    []*bsearch.DocumentMatch
	keys    []uint64
	slow    bool
	boost   float64
	explain bool
	started bool

	others  []*bsearch.DocumentMatch // reused by Next
	advance []int
	expl    []*bsearch.Explanation
}

// done is the key of a part with no more matches.
const done = math.MaxUint64

func (s *sumSearcher) set(i int, dm *bsearch.DocumentMatch) {
	s.curr[i] = dm
	switch {
	case dm == nil:
		s.keys[i] = done
	case len(dm.IndexInternalID) == 8:
		s.keys[i] = binary.BigEndian.Uint64(dm.IndexInternalID)
	default:
		s.slow = true
	}
}

func (s *sumSearcher) start(ctx *bsearch.SearchContext, id index.IndexInternalID) error {
	s.started = true
	for i, sub := range s.subs {
		var dm *bsearch.DocumentMatch
		var err error
		if id == nil {
			dm, err = sub.Next(ctx)
		} else {
			dm, err = sub.Advance(ctx, id)
		}
		if err != nil {
			return err
		}
		s.set(i, dm)
	}
	return nil
}

// Next returns the next document any main part matches.
func (s *sumSearcher) Next(ctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx, nil); err != nil {
			return nil, err
		}
	}
	for {
		rv, ok, err := s.next(ctx)
		if err != nil || ok {
			return rv, err
		}
	}
}

// next merges the parts at the lowest document; ok is false when only
// bonus parts matched it (then it is skipped).
func (s *sumSearcher) next(ctx *bsearch.SearchContext) (*bsearch.DocumentMatch, bool, error) {
	first := -1
	if s.slow {
		for i, c := range s.curr {
			if c != nil && (first < 0 || c.IndexInternalID.Compare(s.curr[first].IndexInternalID) < 0) {
				first = i
			}
		}
	} else {
		low := uint64(done)
		for i, k := range s.keys {
			if k < low {
				low, first = k, i
			}
		}
	}
	if first < 0 {
		return nil, true, nil
	}
	rv := s.curr[first]
	sum := 0.0
	s.others, s.advance, s.expl = s.others[:0], s.advance[:0], s.expl[:0]
	locs := false
	key := s.keys[first]
	main := false
	for i, c := range s.curr {
		if c == nil || (!s.slow && s.keys[i] != key) || (s.slow && !c.IndexInternalID.Equals(rv.IndexInternalID)) {
			continue
		}
		main = main || i < s.nMain
		sum += c.Score
		if s.explain && c.Expl != nil {
			s.expl = append(s.expl, c.Expl)
		}
		if i != first {
			s.others = append(s.others, c)
			locs = locs || c.FieldTermLocations != nil
		}
		s.advance = append(s.advance, i)
	}
	if !main {
		ctx.DocumentMatchPool.Put(rv)
		rv = nil
	}
	if len(s.others) > 0 {
		if locs && rv != nil {
			rv.FieldTermLocations = bsearch.MergeFieldTermLocations(rv.FieldTermLocations, s.others)
		}
		for _, o := range s.others {
			ctx.DocumentMatchPool.Put(o)
		}
	}
	if rv != nil {
		rv.Score = sum * s.boost
		if s.explain {
			rv.Expl = &bsearch.Explanation{Value: rv.Score, Message: "sum of parts (no coord), times boost", Children: append([]*bsearch.Explanation(nil), s.expl...)}
		}
	}
	for _, i := range s.advance {
		next, err := s.subs[i].Next(ctx)
		if err != nil {
			return nil, false, err
		}
		s.set(i, next)
	}
	return rv, main, nil
}

// Advance returns the first document at or after id that any part matches.
func (s *sumSearcher) Advance(ctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx, id); err != nil {
			return nil, err
		}
		return s.Next(ctx)
	}
	for i, c := range s.curr {
		if c == nil || c.IndexInternalID.Compare(id) >= 0 {
			continue
		}
		ctx.DocumentMatchPool.Put(c)
		next, err := s.subs[i].Advance(ctx, id)
		if err != nil {
			return nil, err
		}
		s.set(i, next)
	}
	return s.Next(ctx)
}

// Close closes every part.
func (s *sumSearcher) Close() error {
	var first error
	for _, sub := range s.subs {
		if err := sub.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Weight is the sum of the parts' weights.
func (s *sumSearcher) Weight() float64 {
	w := 0.0
	for _, sub := range s.subs {
		w += sub.Weight()
	}
	return w
}

// SetQueryNorm passes the norm to every part.
func (s *sumSearcher) SetQueryNorm(n float64) {
	for _, sub := range s.subs {
		sub.SetQueryNorm(n)
	}
}

// Count is an upper bound of the documents matched.
func (s *sumSearcher) Count() uint64 {
	var n uint64
	for _, sub := range s.subs {
		n += sub.Count()
	}
	return n
}

// Min is 0: any part may match.
func (s *sumSearcher) Min() int { return 0 }

// Size estimates the searcher's memory.
func (s *sumSearcher) Size() int {
	n := 64 + 16*len(s.subs)
	for _, sub := range s.subs {
		n += sub.Size()
	}
	return n
}

// DocumentMatchPoolSize is what the parts need plus one each held here.
func (s *sumSearcher) DocumentMatchPoolSize() int {
	n := len(s.subs)
	for _, sub := range s.subs {
		n += sub.DocumentMatchPoolSize()
	}
	return n
}

// constQuery matches what its inner query matches and gives every match
// the same score: its boost, times the query norm. A failure-pattern tag
// is there or not; scored by BM25 its weight would depend on how many other
// patterns the incident has (the field's length), which says nothing.
type constQuery struct {
	inner query.Query
	boost float64
}

func newConstQuery(inner query.Query, boost float64) *constQuery {
	return &constQuery{inner: inner, boost: boost}
}

// Searcher implements query.Query.
func (q *constQuery) Searcher(ctx context.Context, i index.IndexReader, m mapping.IndexMapping, options bsearch.SearcherOptions) (bsearch.Searcher, error) {
	s, err := q.inner.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	return &constSearcher{Searcher: s, boost: q.boost, norm: 1, explain: options.Explain}, nil
}

type constSearcher struct {
	bsearch.Searcher
	boost, norm float64
	explain     bool
}

func (s *constSearcher) score(dm *bsearch.DocumentMatch) *bsearch.DocumentMatch {
	if dm != nil {
		dm.Score = s.boost * s.norm
		if s.explain {
			dm.Expl = &bsearch.Explanation{Value: dm.Score, Message: "constant (boost times query norm)"}
		}
	}
	return dm
}

// Next implements bsearch.Searcher.
func (s *constSearcher) Next(ctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	dm, err := s.Searcher.Next(ctx)
	return s.score(dm), err
}

// Advance implements bsearch.Searcher.
func (s *constSearcher) Advance(ctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	dm, err := s.Searcher.Advance(ctx, id)
	return s.score(dm), err
}

// Weight is 0: a constant takes no share of the query norm, so adding one
// does not lower the scores of the query's other parts.
func (s *constSearcher) Weight() float64 { return 0 }

// SetQueryNorm keeps the norm, so that the constant scales like the
// query's other scores.
func (s *constSearcher) SetQueryNorm(n float64) {
	s.norm = n
	s.Searcher.SetQueryNorm(n)
}
