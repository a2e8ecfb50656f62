package search

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// Settings of "incidents like this one".
const (
	SimilarCount    = 5
	similarTerms    = 14  // key terms taken from an incident
	similarMaxShare = 0.2 // a term in more than this share of incidents is no key term
	similarPattern  = 3   // weight of a shared failure pattern
)

// termWeight is a key term of an incident and how much it says about it.
type termWeight struct {
	term   string
	weight float64
}

// Similar returns the incidents most like in: those that share its failure
// patterns and the key terms of its title, cause and remediation (the
// terms frequent in it and rare in the collection), best first. bleve has
// no more-like-this query; this is one.
func (s *Searcher) Similar(ctx context.Context, in *data.Incident, n int) ([]data.SimilarIncident, error) {
	terms, err := s.keyTerms(ctx, in)
	if err != nil {
		return nil, err
	}
	var parts []query.Query
	for _, t := range terms {
		for _, f := range []struct {
			name  string
			boost float64
		}{{indexer.FieldTitle, 2}, {indexer.FieldCause, 2}, {indexer.FieldSummary, 1.5}, {indexer.FieldRemediation, 1}, {indexer.FieldText, 0.5}} {
			tq := bleve.NewTermQuery(t.term)
			tq.SetField(f.name)
			tq.SetBoost(f.boost * t.weight)
			parts = append(parts, tq)
		}
	}
	for _, p := range in.Patterns {
		tq := bleve.NewTermQuery(p)
		tq.SetField(indexer.FieldPatterns)
		tq.SetBoost(similarPattern)
		parts = append(parts, tq)
	}
	if len(parts) == 0 {
		return []data.SimilarIncident{}, nil
	}
	bq := bleve.NewBooleanQuery()
	bq.AddShould(newSumQuery(parts...))
	self := bleve.NewDocIDQuery([]string{in.ID})
	deleted := bleve.NewTermQuery("true")
	deleted.SetField(indexer.FieldDeleted)
	bq.AddMustNot(self, deleted)
	// more than n: the incident itself under another id and stubs are
	// left out (stubs are listed only when no write-up is like it)
	sr := bleve.NewSearchRequestOptions(bq, 3*n+5, 0, false)
	sr.Fields = []string{indexer.FieldSource}
	res, err := s.ix.Bleve().SearchInContext(ctx, sr)
	if err != nil {
		return nil, fmt.Errorf("search: similar to %s: %w", in.ID, err)
	}
	out := make([]data.SimilarIncident, 0, n)
	var stubs []data.SimilarIncident
	for _, h := range res.Hits {
		src, _ := h.Fields[indexer.FieldSource].(string)
		other, err := indexer.Decode([]byte(src))
		if err != nil || sameIncident(in, other) {
			continue
		}
		si := data.SimilarIncident{ID: other.ID, Title: other.Title, Org: other.Org, Published: other.Published, Lang: other.Lang, Score: h.Score}
		if other.IsStub() {
			stubs = append(stubs, si)
			continue
		}
		if len(out) < n {
			out = append(out, si)
		}
	}
	if len(out) == 0 { // stubs only when no write-up is like it
		out = stubs[:min(len(stubs), n)]
	}
	return out, nil
}

// sameIncident reports whether other is in under another id: the same
// source URL, or the same title of the same organisation.
func sameIncident(in, other *data.Incident) bool {
	if in.URL != "" && data.CanonicalURL(in.URL) == data.CanonicalURL(other.URL) {
		return true
	}
	t := data.FoldTitle(in.Title)
	return t != "" && t == data.FoldTitle(other.Title) && strings.EqualFold(in.Org, other.Org)
}

// keyTerms analyses an incident's title, cause and remediation as a query
// would be, and keeps the terms that are frequent there and rare in the
// collection (tf × idf).
func (s *Searcher) keyTerms(ctx context.Context, in *data.Incident) ([]termWeight, error) {
	m := s.ix.Bleve().Mapping()
	a := m.AnalyzerNamed(indexer.QueryAnalyzer)
	if a == nil {
		return nil, fmt.Errorf("search: analyzer %s is not registered", indexer.QueryAnalyzer)
	}
	tf := map[string]float64{}
	for _, part := range []struct {
		text   string
		weight float64
	}{{in.Title, 3}, {in.Cause, 2}, {in.Remediation, 1}, {in.Summary, 1}} {
		for _, tok := range a.Analyze([]byte(part.text)) {
			t := string(tok.Term)
			if keyTermShape(t) {
				tf[t] += part.weight
			}
		}
	}
	adv, err := s.ix.Bleve().Advanced()
	if err != nil {
		return nil, fmt.Errorf("search: index reader: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("search: index reader: %w", err)
	}
	defer r.Close()
	total, err := r.DocCount()
	if err != nil || total == 0 {
		return nil, err
	}
	var out []termWeight
	for t, f := range tf {
		tfr, err := r.TermFieldReader(ctx, []byte(t), indexer.FieldText, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("search: term stats: %w", err)
		}
		df := tfr.Count()
		tfr.Close()
		if df == 0 || float64(df) > similarMaxShare*float64(total) && df > 2 {
			continue
		}
		out = append(out, termWeight{t, f * idf(total, df)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].weight != out[j].weight {
			return out[i].weight > out[j].weight
		}
		return out[i].term < out[j].term
	})
	if len(out) > similarTerms {
		out = out[:similarTerms]
	}
	// weights relative to the best term, so the patterns weigh the same
	// for every incident
	if len(out) > 0 {
		top := out[0].weight
		for i := range out {
			out[i].weight /= top
		}
	}
	return out, nil
}

func idf(total, df uint64) float64 {
	return 1 + math.Log(float64(total)/float64(df+1))
}

// keyTermShape keeps words and Chinese words; drops numbers, one-letter
// words and single Chinese characters.
func keyTermShape(t string) bool {
	n := utf8.RuneCountInString(t)
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.Is(unicode.Han, r) {
		return n >= 2
	}
	if n < 3 {
		return false
	}
	return strings.IndexFunc(t, unicode.IsLetter) >= 0 && !strings.ContainsAny(t, "0123456789")
}
