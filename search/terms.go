package search

import (
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/incidex/incidex/indexer"
)

// analyzers are the index's analyzers, for analysing query words here
// rather than in bleve's query types, with a cache of what they made of
// them: the thesaurus's wordings come back in every query.
var analyzers struct {
	once  sync.Once
	byNm  map[string]analysis.Analyzer
	mu    sync.Mutex
	cache map[[2]string]phrase
}

const maxAnalyzed = 20000 // cached analyses before the cache starts over

// phrase is an analysed text: the terms at each position, from the first
// (an empty slot where a stop word was); ok is false when a position holds
// more than one term.
type phrase struct {
	slots [][]string
	ok    bool
}

// terms returns the phrase's terms in order.
func (p phrase) terms() []string {
	var out []string
	for _, s := range p.slots {
		out = append(out, s...)
	}
	return out
}

// analyzerNamed returns one of the index's analyzers, or nil.
func analyzerNamed(name string) analysis.Analyzer {
	a := &analyzers
	a.once.Do(func() {
		a.byNm = map[string]analysis.Analyzer{}
		a.cache = map[[2]string]phrase{}
		m, err := indexer.NewMapping()
		if err != nil {
			return
		}
		for _, n := range []string{indexer.QueryAnalyzer, indexer.IndexAnalyzer} {
			if an := m.AnalyzerNamed(n); an != nil {
				a.byNm[n] = an
			}
		}
	})
	return a.byNm[name]
}

// analyze analyses text with the named analyzer.
func analyze(analyzer, text string) phrase {
	a := &analyzers
	an := analyzerNamed(analyzer)
	if an == nil {
		return phrase{}
	}
	key := [2]string{analyzer, text}
	a.mu.Lock()
	p, ok := a.cache[key]
	a.mu.Unlock()
	if ok {
		return p
	}
	toks := an.Analyze([]byte(text))
	p.ok = true
	if len(toks) > 0 {
		first, last := toks[0].Position, toks[0].Position
		for _, t := range toks {
			first, last = min(first, t.Position), max(last, t.Position)
		}
		p.slots = make([][]string, last-first+1)
		for _, t := range toks {
			i := t.Position - first
			if len(p.slots[i]) > 0 {
				p.ok = false
			}
			p.slots[i] = append(p.slots[i], string(t.Term))
		}
	}
	a.mu.Lock()
	if len(a.cache) >= maxAnalyzed {
		a.cache = map[[2]string]phrase{}
	}
	a.cache[key] = p
	a.mu.Unlock()
	return p
}

// phraseQuery finds text as a phrase in field, analysed by the query
// analyzer once and for all. A phrase of one term is a term query: the
// same matches and score, without the positions a phrase searcher reads.
func phraseQuery(text, field string, boost float64) query.Query {
	p := analyze(indexer.QueryAnalyzer, text)
	if terms := p.terms(); len(terms) > 1 && !indexer.KeepsPositions(field) {
		// no positions there: a phrase is its words together. bleve's
		// conjunction ignores its boost, so these count at weight 1
		// whatever the wording's; giving each word the boost was tried
		// (issue 13, round 2): odd ids 0.609 → 0.605, even 0.593 → 0.589;
		// for the same language's other wordings only, neutral on the
		// eval, but an English write-up then lost to a Chinese one for
		// an English query (TestSearchFixtures)
		var and []query.Query
		for _, t := range terms {
			tq := bleve.NewTermQuery(t)
			tq.SetField(field)
			and = append(and, tq)
		}
		q := bleve.NewConjunctionQuery(and...)
		q.SetBoost(boost)
		return q
	}
	switch {
	case !p.ok || len(p.slots) == 0:
		q := bleve.NewMatchPhraseQuery(text) // bleve's own handling of the odd cases
		q.SetField(field)
		q.Analyzer = indexer.QueryAnalyzer
		q.SetBoost(boost)
		return q
	case len(p.slots) == 1:
		q := bleve.NewTermQuery(p.slots[0][0])
		q.SetField(field)
		q.SetBoost(boost)
		return q
	}
	q := query.NewMultiPhraseQuery(p.slots, field)
	q.SetBoost(boost)
	return q
}

// fieldTerm is one term in one field.
type fieldTerm struct{ field, term string }

// queryTerms collects the terms a query looks for in the text fields,
// leaving out what it excludes.
func queryTerms(q query.Query, out map[fieldTerm]bool) {
	add := func(field string, terms []string) {
		if _, ok := fieldBoosts[field]; !ok {
			return // keywords and filters: nothing to highlight
		}
		for _, t := range terms {
			if t != "" {
				out[fieldTerm{field, t}] = true
			}
		}
	}
	switch x := q.(type) {
	case *sumQuery:
		for _, p := range x.parts {
			queryTerms(p, out)
		}
	case *constQuery:
		queryTerms(x.inner, out)
	case *query.BooleanQuery:
		if x.Must != nil {
			queryTerms(x.Must, out)
		}
		if x.Should != nil {
			queryTerms(x.Should, out)
		}
	case *query.ConjunctionQuery:
		for _, p := range x.Conjuncts {
			queryTerms(p, out)
		}
	case *query.DisjunctionQuery:
		for _, p := range x.Disjuncts {
			queryTerms(p, out)
		}
	case *query.TermQuery:
		add(x.FieldVal, []string{x.Term})
	case *query.MultiPhraseQuery:
		for _, s := range x.Terms {
			add(x.FieldVal, s)
		}
	case *query.MatchPhraseQuery:
		add(x.FieldVal, analyze(x.Analyzer, x.MatchPhrase).terms())
	case *query.MatchQuery:
		add(x.FieldVal, analyze(x.Analyzer, x.Match).terms())
	}
}

// highlightQuery looks for every term of a query (queryTerms) in its
// field, as a plain disjunction of term queries: for finding where the
// shown hits matched, which needs none of the query's scoring and phrase
// checks.
func highlightQuery(set map[fieldTerm]bool) query.Query {
	if len(set) == 0 {
		return nil
	}
	fts := make([]fieldTerm, 0, len(set))
	for ft := range set {
		fts = append(fts, ft)
	}
	sort.Slice(fts, func(i, j int) bool {
		if fts[i].field != fts[j].field {
			return fts[i].field < fts[j].field
		}
		return fts[i].term < fts[j].term
	})
	var dis []query.Query
	for _, ft := range fts {
		tq := bleve.NewTermQuery(ft.term)
		tq.SetField(ft.field)
		dis = append(dis, tq)
	}
	return bleve.NewDisjunctionQuery(dis...)
}
