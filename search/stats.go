package search

import (
	"context"
	"math"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/incidex/incidex/indexer"
)

// termStats says how many of the write-ups in a language have a term, so
// that a query word weighs by how much it says among the write-ups of its
// own language: 故障 is in nearly every Chinese write-up, though in few of
// the collection's, most of which are English.
type termStats struct {
	ctx context.Context
	r   index.IndexReader
	n   map[bool]float64 // write-ups in Chinese (true), in English
}

// minLangDocs is how many write-ups a language needs for its statistics
// to count; with fewer, every word weighs the same.
const minLangDocs = 20

// newTermStats opens a reader on ix for one query; close it after.
func newTermStats(ctx context.Context, ix *indexer.Index) (*termStats, error) {
	adv, err := ix.Bleve().Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	st := &termStats{ctx: ctx, r: r, n: map[bool]float64{}}
	st.n[true] = st.df(indexer.FieldLang, "zh")
	st.n[false] = st.df(indexer.FieldLang, "en")
	return st, nil
}

func (st *termStats) close() {
	if st != nil {
		st.r.Close()
	}
}

func (st *termStats) df(field, term string) float64 {
	tfr, err := st.r.TermFieldReader(st.ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0
	}
	defer tfr.Close()
	return float64(tfr.Count())
}

// weight returns how much a Chinese query word or phrase says, in
// [0.05, 1]: the idf of its rarest term among the Chinese write-ups, over
// the idf of a term only one of them has. English words weigh 1: most of
// the collection is English, so BM25's own idf already says it (tried on
// English words too, it lowered the eval).
func (st *termStats) weight(text string) float64 {
	if st == nil || !hasHan(text) {
		return 1
	}
	df, n, ok := st.docFreq(text)
	if !ok {
		return 1
	}
	df = max(df, 1)
	idf := func(d float64) float64 { return math.Log(1 + (n-d+0.5)/(d+0.5)) }
	w := idf(df) / idf(1)
	return max(w, 0.05)
}

// present returns the words or phrases of alts that some write-up has
// (every term of a phrase, in its main text), in their order: a sense
// that no write-up uses takes no place among the few a word brings. (Taking
// the most widespread sense first instead was tried: worse on even ids.
// Asking a phrase's terms to be in one write-up together was tried too: a
// connective's second sense then takes the place of an absent first, 结果:
// "bear fruit", "outcome" became "outcome", "result", worse on even ids.)
func (st *termStats) present(alts []string) []string {
	if st == nil || len(alts) == 0 {
		return alts
	}
	type alt struct {
		text string
		df   float64
	}
	var out []alt
	for _, a := range alts {
		terms := analyze(indexer.QueryAnalyzer, a).terms()
		if len(terms) == 0 {
			continue
		}
		df := math.Inf(1)
		for _, t := range terms {
			df = min(df, st.df(indexer.FieldText, t))
		}
		if df > 0 {
			out = append(out, alt{a, df})
		}
	}
	texts := make([]string, len(out))
	for i, a := range out {
		texts[i] = a.text
	}
	return texts
}

// anyTogether reports whether some write-up has every term of one of alts
// in its main text, where a phrase query could match it.
func (st *termStats) anyTogether(alts []string) bool {
	if st == nil {
		return true
	}
	for _, a := range alts {
		if terms := analyze(indexer.QueryAnalyzer, a).terms(); len(terms) > 0 && st.together(terms) {
			return true
		}
	}
	return false
}

// together reports whether one write-up has every term in its main text:
// the terms' postings are walked together, each reader advanced to the
// furthest document another has reached.
func (st *termStats) together(terms []string) bool {
	readers := make([]index.TermFieldReader, len(terms))
	for i, t := range terms {
		r, err := st.r.TermFieldReader(st.ctx, []byte(t), indexer.FieldText, false, false, false)
		if err != nil {
			return true // unknown: let the phrase be tried
		}
		defer r.Close()
		readers[i] = r
	}
	var d index.TermFieldDoc
	first, err := readers[0].Next(&d)
	if err != nil || first == nil {
		return err != nil
	}
	target := append(index.IndexInternalID(nil), first.ID...)
	for {
		moved := false
		for _, r := range readers {
			o, err := r.Advance(target, d.Reset())
			if err != nil {
				return true
			}
			if o == nil {
				return false
			}
			if !o.ID.Equals(target) {
				target = append(target[:0], o.ID...)
				moved = true
			}
		}
		if !moved {
			return true
		}
	}
}

// docFreq is how many write-ups in a word's language have all of its
// terms in the main text (the df of its rarest term), and how many
// write-ups that language has; false when the language has too few
// write-ups to say or the word analyses to nothing.
func (st *termStats) docFreq(text string) (df, n float64, ok bool) {
	n = st.n[hasHan(text)]
	if n < minLangDocs {
		return 0, n, false
	}
	terms := analyze(indexer.QueryAnalyzer, text).terms()
	if len(terms) == 0 {
		return 0, n, false
	}
	df = n
	for _, t := range terms {
		df = min(df, st.df(indexer.FieldText, t))
	}
	return df, n, true
}

// share is the part of the write-ups in a word's language that have it
// (all of its terms, in the main text); 0 when the language has too few
// write-ups to say.
func (st *termStats) share(text string) float64 {
	if st == nil {
		return 0
	}
	df, n, ok := st.docFreq(text)
	if !ok {
		return 0
	}
	return df / n
}
