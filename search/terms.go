package search

import (
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/incidex/incidex/indexer"
)

// queryAnalyzer is the analyzer query words go through, and a cache of
// what it made of them: the thesaurus's wordings come back in every query.
var queryAnalyzer struct {
	once  sync.Once
	an    analysis.Analyzer
	mu    sync.Mutex
	cache map[string][]string
}

const maxAnalyzed = 20000 // cached analyses before the cache starts over

// analyzeQuery returns the terms of text as the query analyzer makes them,
// one per position; ok is false when a position holds more than one term
// or the analyzer is not available.
func analyzeQuery(text string) (terms []string, ok bool) {
	qa := &queryAnalyzer
	qa.once.Do(func() {
		m, err := indexer.NewMapping()
		if err == nil {
			qa.an = m.AnalyzerNamed(indexer.QueryAnalyzer)
		}
		qa.cache = map[string][]string{}
	})
	if qa.an == nil {
		return nil, false
	}
	qa.mu.Lock()
	terms, ok = qa.cache[text]
	qa.mu.Unlock()
	if ok {
		return terms, terms != nil
	}
	last := -1
	ok = true
	for _, tok := range qa.an.Analyze([]byte(text)) {
		if tok.Position == last {
			ok = false
		}
		last = tok.Position
		terms = append(terms, string(tok.Term))
	}
	if !ok {
		terms = nil
	} else if terms == nil {
		terms = []string{}
	}
	qa.mu.Lock()
	if len(qa.cache) >= maxAnalyzed {
		qa.cache = map[string][]string{}
	}
	qa.cache[text] = terms
	qa.mu.Unlock()
	return terms, ok
}

// phraseQuery finds text as a phrase in field. A phrase of one term is a
// term query: the same matches and score, without the positions a phrase
// searcher reads.
func phraseQuery(text, field string, boost float64) query.Query {
	if terms, ok := analyzeQuery(text); ok && len(terms) == 1 {
		q := bleve.NewTermQuery(terms[0])
		q.SetField(field)
		q.SetBoost(boost)
		return q
	}
	q := bleve.NewMatchPhraseQuery(text)
	q.SetField(field)
	q.Analyzer = indexer.QueryAnalyzer
	q.SetBoost(boost)
	return q
}
