package search

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// Limits of a request.
const (
	DefaultLimit = 10
	MaxLimit     = 100
	MaxOffset    = 10000
)

// Filters narrow a search. Every filter given must hold.
type Filters struct {
	Patterns []string `json:"pattern,omitempty"`
	Org      []string `json:"org,omitempty"`
	Lang     string   `json:"lang,omitempty"`
	Years    []string `json:"year,omitempty"`
	From     string   `json:"from,omitempty"`    // YYYY-MM-DD, inclusive
	To       string   `json:"to,omitempty"`      // YYYY-MM-DD, inclusive
	Section  string   `json:"section,omitempty"` // search only this section
}

// AddTo adds the filters to URL parameters, as the web pages and the API
// read them (pattern, org, year, lang, from, to, section).
func (f Filters) AddTo(v url.Values) {
	for _, p := range f.Patterns {
		v.Add("pattern", p)
	}
	for _, o := range f.Org {
		v.Add("org", o)
	}
	for _, y := range f.Years {
		v.Add("year", y)
	}
	for k, s := range map[string]string{"lang": f.Lang, "from": f.From, "to": f.To, "section": f.Section} {
		if s != "" {
			v.Set(k, s)
		}
	}
}

// Sort orders of a search.
const (
	SortRelevance = "relevance"
	SortDate      = "date"
	SortDuration  = "duration"
)

// Request is one search.
type Request struct {
	Query   string
	Filters Filters
	Sort    string
	Limit   int
	Offset  int
	// NoCache computes the result afresh rather than reusing the one an
	// equal request got while the index did not change.
	NoCache bool
}

// Hit is one incident in a result.
type Hit struct {
	ID              string  `json:"id"`
	Title           string  `json:"title"`
	URL             string  `json:"url"`
	Org             string  `json:"org"`
	Lang            string  `json:"lang"`
	Published       string  `json:"published"`
	StartedAt       string  `json:"started_at"`
	DurationMinutes int     `json:"duration_minutes"`
	Severity        string  `json:"severity"`
	Summary         string  `json:"summary"` // plain text, the opening of the summary
	Score           float64 `json:"score"`
	// Stub is true for a catalogue entry whose write-up is not fetched
	// yet: its text is a line of ours, not the postmortem.
	Stub       bool                `json:"stub"`
	Patterns   []string            `json:"patterns"`
	Highlights map[string][]string `json:"highlights"`
	// Via lists the marked wordings the user did not type, which the
	// thesaurus added for words they did.
	Via []Via `json:"via,omitempty"`
}

// FacetCount is one value of a facet and how many incidents have it.
type FacetCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// Facets are the counts of the whole result by pattern, org, year and
// language.
type Facets struct {
	Patterns []FacetCount `json:"patterns"`
	Org      []FacetCount `json:"org"`
	Year     []FacetCount `json:"year"`
	Lang     []FacetCount `json:"lang"`
}

// Result is the answer to a Request, in CONTRACT.md's search JSON.
type Result struct {
	Query  string  `json:"query"`
	Total  uint64  `json:"total"`
	TookMS int64   `json:"took_ms"`
	Offset int     `json:"offset"`
	Limit  int     `json:"limit"`
	Sort   string  `json:"sort"`
	Hits   []Hit   `json:"hits"`
	Facets Facets  `json:"facets"`
	Filter Filters `json:"filters"`
}

// Searcher answers searches over one index.
type Searcher struct {
	ix           *indexer.Index
	cache        *lru.Cache[string, cached]
	hits, misses atomic.Uint64
}

// CacheStats returns how many searches the result cache answered and how
// many it did not, since the searcher was made.
func (s *Searcher) CacheStats() (hits, misses uint64) { return s.hits.Load(), s.misses.Load() }

// cached is a result, and the index generation it was computed at.
type cached struct {
	gen uint64
	res *Result
}

// CacheSize is how many results a Searcher keeps for repeated searches.
const CacheSize = 1024

// New returns a searcher over ix.
func New(ix *indexer.Index) *Searcher {
	c, _ := lru.New[string, cached](CacheSize)
	return &Searcher{ix: ix, cache: c}
}

// Get returns one incident, with the incidents most like it, or an error
// wrapping data.ErrNotFound.
func (s *Searcher) Get(ctx context.Context, id string) (*data.Incident, error) {
	in, err := s.ix.Get(id)
	if err != nil {
		return nil, err
	}
	sim, err := s.Similar(ctx, in, SimilarCount)
	if err != nil {
		return nil, err
	}
	in.Similar = sim
	return in, nil
}

// Count returns the number of incidents in the index.
func (s *Searcher) Count() (uint64, error) { return s.ix.Count() }

// fieldBoosts weigh a match by the section it is in: the cause and the
// title say what an incident is about; the main text repeats everything,
// and is what a write-up whose sections were not found has (2, not 1:
// odd ids 0.599 → 0.609, even 0.587 → 0.593).
var fieldBoosts = map[string]float64{
	indexer.FieldTitle:       3,
	indexer.FieldTags:        2.5,
	indexer.FieldCause:       2.5,
	indexer.FieldSummary:     3,
	indexer.FieldRemediation: 1.5,
	indexer.FieldImpact:      1.3,
	indexer.FieldLessons:     1.2,
	indexer.FieldTimeline:    1.2,
	indexer.FieldText:        2,
}

// Validate checks a request and fills in defaults.
func (r *Request) Validate() error {
	if r.Limit == 0 {
		r.Limit = DefaultLimit
	}
	if r.Limit < 0 || r.Limit > MaxLimit {
		return fmt.Errorf("%w: limit must be between 1 and %d", ErrBadQuery, MaxLimit)
	}
	if r.Offset < 0 || r.Offset > MaxOffset {
		return fmt.Errorf("%w: offset must be between 0 and %d", ErrBadQuery, MaxOffset)
	}
	switch r.Sort {
	case "":
		r.Sort = SortRelevance
	case SortRelevance, SortDate, SortDuration:
	default:
		return fmt.Errorf("%w: sort must be relevance, date or duration, not %s", ErrBadQuery, quoteCap(r.Sort))
	}
	f := &r.Filters
	if f.Section != "" {
		if _, ok := data.ParseSection(f.Section); !ok && f.Section != indexer.FieldTitle && f.Section != indexer.FieldText {
			return fmt.Errorf("%w: section must be one of summary, impact, timeline, cause, remediation, lessons, title, text, not %s", ErrBadQuery, quoteCap(f.Section))
		}
	}
	for _, p := range f.Patterns {
		if _, ok := data.PatternByID(p); !ok {
			return fmt.Errorf("%w: %s is not a failure pattern", ErrBadQuery, quoteCap(p))
		}
	}
	if f.Lang != "" && f.Lang != "zh" && f.Lang != "en" {
		return fmt.Errorf("%w: lang must be zh or en, not %s", ErrBadQuery, quoteCap(f.Lang))
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v == "" {
			continue
		}
		if _, err := parseDay(d.v); err != nil {
			return fmt.Errorf("%w: %s must be a date like 2021-05-18 or a year, not %q", ErrBadQuery, d.name, d.v)
		}
	}
	return nil
}

// parseDay reads YYYY-MM-DD, YYYY-MM or YYYY.
func parseDay(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("not a date: %q", s)
}

// Search runs a request. A result is kept and given again to an equal
// request until the index changes; results are read-only for callers.
func (s *Searcher) Search(ctx context.Context, req Request) (*Result, error) {
	start := time.Now()
	parsed, err := Parse(req.Query)
	if err != nil {
		return nil, err
	}
	mergeFilters(&req.Filters, parsed.Filters)
	if err := req.Validate(); err != nil {
		return nil, err
	}
	gen := s.ix.Generation()
	key := fmt.Sprintf("%q %q %d %d %q %q %q %q %q %q %q", req.Query, req.Sort, req.Limit, req.Offset,
		req.Filters.Patterns, req.Filters.Org, req.Filters.Lang, req.Filters.Years, req.Filters.From, req.Filters.To, req.Filters.Section)
	if !req.NoCache {
		if c, ok := s.cache.Get(key); ok && c.gen == gen {
			s.hits.Add(1)
			res := *c.res
			res.TookMS = time.Since(start).Milliseconds()
			return &res, nil
		}
	}
	s.misses.Add(1)
	res, err := s.search(ctx, req, parsed, start)
	if err != nil {
		return nil, err
	}
	s.cache.Add(key, cached{gen: gen, res: res})
	return res, nil
}

func (s *Searcher) search(ctx context.Context, req Request, parsed *Parsed, start time.Time) (*Result, error) {
	st, err := newTermStats(ctx, s.ix)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	q, positive := buildQuery(parsed.Clauses, req.Filters, st)
	st.close()
	// stubs rank below write-ups that match as well: the first pages are
	// ranked over a window a little larger than they show (stubs.go)
	demote := req.Sort == SortRelevance && positive && req.Offset+req.Limit <= stubWindowMax
	size, from := req.Limit, req.Offset
	if demote {
		size, from = req.Offset+req.Limit+stubWindowExtra, 0
	}
	sr := bleve.NewSearchRequestOptions(q, size, from, false)
	sr.Fields = []string{indexer.FieldSource}
	// Ties are broken by date, then by index order: sorting on _id would
	// load the id of every hit, not just of those shown.
	switch {
	case req.Sort == SortDate || (req.Sort == SortRelevance && !positive):
		sr.SortBy([]string{"-" + indexer.FieldPublished, "-_score"})
	case req.Sort == SortDuration:
		sr.SortBy([]string{"-" + indexer.FieldDuration, "-_score"})
	default:
		sr.SortBy([]string{"-_score", "-" + indexer.FieldPublished})
	}
	sr.AddFacet("patterns", bleve.NewFacetRequest(indexer.FieldPatterns, 30))
	sr.AddFacet("org", bleve.NewFacetRequest(indexer.FieldOrg, 20))
	sr.AddFacet("year", bleve.NewFacetRequest(indexer.FieldYear, 60))
	sr.AddFacet("lang", bleve.NewFacetRequest(indexer.FieldLang, 5))
	res, err := s.ix.Bleve().SearchInContext(ctx, sr)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if demote {
		if res.Hits, err = s.demoteStubs(ctx, res.Hits, req.Offset, req.Limit); err != nil {
			return nil, err
		}
	}
	out := &Result{
		Query: req.Query, Total: res.Total, Offset: req.Offset, Limit: req.Limit, Sort: req.Sort,
		Hits: make([]Hit, 0, len(res.Hits)), Filter: req.Filters,
	}
	var locs map[string]bsearch.FieldTermLocationMap
	var textTerms []string
	if positive && len(res.Hits) > 0 {
		terms := map[fieldTerm]bool{}
		queryTerms(q, terms)
		for ft := range terms {
			if ft.field == indexer.FieldText {
				textTerms = append(textTerms, ft.term)
			}
			if !indexer.KeepsPositions(ft.field) {
				delete(terms, ft) // no locations to ask for
			}
		}
		// a word the segmenter does not know is sought as its characters
		// together; in the main text it is marked as typed
		textTerms = append(textTerms, unknownWords(parsed.Clauses)...)
		sort.Strings(textTerms)
		if locs, err = s.locations(ctx, terms, res.Hits); err != nil {
			return nil, err
		}
	}
	var concepts []typedConcept
	var typed []string
	if positive {
		concepts, typed = queryConcepts(parsed.Clauses)
	}
	for _, h := range res.Hits {
		src, _ := h.Fields[indexer.FieldSource].(string)
		in, err := indexer.Decode([]byte(src))
		if err != nil {
			return nil, fmt.Errorf("search: hit %s: %w", h.ID, err)
		}
		hit := Hit{
			ID: in.ID, Title: in.Title, URL: in.URL, Org: in.Org, Lang: in.Lang, Published: in.Published,
			StartedAt: in.StartedAt, DurationMinutes: in.DurationMinutes, Severity: in.Severity, Summary: excerpt(in.Summary, 240),
			Score: h.Score, Stub: in.IsStub(), Patterns: in.Patterns, Highlights: highlights(in, locs[h.ID], textTerms),
		}
		hit.Via = viaOf(concepts, typed, hit.Highlights)
		if req.Sort != SortRelevance || !positive {
			hit.Score = 0
		}
		out.Hits = append(out.Hits, hit)
	}
	out.Facets = Facets{
		Patterns: facet(res.Facets["patterns"]),
		Org:      facet(res.Facets["org"]),
		Year:     facet(res.Facets["year"]),
		Lang:     facet(res.Facets["lang"]),
	}
	sort.Slice(out.Facets.Year, func(i, j int) bool { return out.Facets.Year[i].Term > out.Facets.Year[j].Term })
	out.TookMS = time.Since(start).Milliseconds()
	return out, nil
}

// locations finds where q's terms are in the hits shown, for
// highlighting: a search for them on those documents only, so that the
// search over all documents need not gather the positions of every match.
// The words of a phrase are marked wherever they are in a hit.
func (s *Searcher) locations(ctx context.Context, terms map[fieldTerm]bool, hits bsearch.DocumentMatchCollection) (map[string]bsearch.FieldTermLocationMap, error) {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	hq := highlightQuery(terms)
	if hq == nil {
		return nil, nil
	}
	sr := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), hq), len(ids), 0, false)
	sr.IncludeLocations = true
	sr.Score = "none"
	res, err := s.ix.Bleve().SearchInContext(ctx, sr)
	if err != nil {
		return nil, fmt.Errorf("search: highlight: %w", err)
	}
	out := make(map[string]bsearch.FieldTermLocationMap, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = h.Locations
	}
	return out, nil
}

func facet(fr *bsearch.FacetResult) []FacetCount {
	out := []FacetCount{}
	if fr == nil || fr.Terms == nil {
		return out
	}
	for _, t := range fr.Terms.Terms() {
		out = append(out, FacetCount{Term: t.Term, Count: t.Count})
	}
	return out
}

// mergeFilters adds the filters a query's scopes gave to the request's,
// into fresh slices: the caller's are never written to.
func mergeFilters(dst *Filters, src Filters) {
	dst.Patterns = append(append([]string(nil), dst.Patterns...), src.Patterns...)
	dst.Org = append(append([]string(nil), dst.Org...), src.Org...)
	if src.Lang != "" {
		dst.Lang = src.Lang
	}
	dst.Years = append(append([]string(nil), dst.Years...), src.Years...)
	if src.From != "" {
		dst.From = src.From
	}
	if src.To != "" {
		dst.To = src.To
	}
}

// buildQuery turns clauses and filters into one bleve query; positive is
// false when nothing is searched for, only filtered. The words typed
// outside phrases and field scopes are looked up in the thesaurus: a
// concept found there is searched in all its wordings, both languages, and
// through the failure pattern it names.
func buildQuery(clauses []Clause, f Filters, st *termStats) (query.Query, bool) {
	fields := indexer.TextFields
	if f.Section != "" {
		fields = []string{f.Section}
	}
	th, _ := DefaultThesaurus()
	bq := bleve.NewBooleanQuery()
	var should []query.Query
	var free []string
	for _, c := range clauses {
		cf := fields
		if c.Field != "" {
			cf = []string{c.Field}
		}
		switch {
		case c.Exclude:
			bq.AddMustNot(clauseQuery(c, cf))
		case c.Phrase || c.Field != "" || th == nil:
			should = append(should, clauseQuery(c, cf))
		default:
			free = append(free, c.Text)
		}
	}
	if len(free) > 0 {
		orgs, text := findOrgs(strings.Join(free, " "))
		for _, m := range orgs {
			should = append(should, orgQuery(m, fields))
		}
		matches, rest := th.Find(text)
		seen := map[int]bool{}
		for _, m := range matches {
			if seen[m.Concept] {
				continue
			}
			seen[m.Concept] = true
			// a concept of no failure pattern counts for less (outage,
			// server), unless few write-ups say the word typed (登录,
			// payment): then it is as telling as any
			generic := st.share(m.Term) >= genericShare
			should = append(should, conceptQuery(th.concepts[m.Concept], m.Term, fields, st.weight(m.Term), generic))
		}
		units := queryUnits(rest)
		var lexq map[int]query.Query
		if lex, err := DefaultLexicon(); err == nil {
			lexq = lexiconQueries(lex, th, units, fields, st)
		}
		for i, u := range units {
			if u.han && u.run == 1 && len(units)+len(matches) > 1 {
				continue // a lone character among other words says little
			}
			q := unitQuery(u, fields)
			w := st.weight(u.text)
			if len(units)+len(matches) > 1 && st.share(u.text) > commonShare {
				continue // a word most write-ups of its language have (数据, 系统, time)
			}
			if weakWords[u.text] {
				if len(units)+len(matches) > 1 {
					continue // a word that says little, among others that say more
				}
				w *= weakWeight
			}
			q.SetBoost(w)
			if lq := lexq[i]; lq != nil {
				// a word and its translations are one idea of the query
				q = newSumQuery(q, lq)
			}
			should = append(should, q)
		}
	}
	if len(should) == 0 && strings.Trim(strings.Join(free, ""), "* ") != "" {
		// words were typed, yet none is searched: each a stop word, a
		// lone letter or punctuation ("the", "x", "?"). Listing every
		// incident would answer another question; each word is looked up
		// as it is, and a word no write-up holds finds nothing.
		should = literalQueries(free, fields)
		if len(should) == 0 {
			should = append(should, bleve.NewMatchNoneQuery())
		}
	}
	positive := len(should) > 0
	if positive {
		bq.AddShould(should...)
		bq.Should.(*query.DisjunctionQuery).Min = 1
	}
	must := filterQueries(f)
	if !positive {
		must = append(must, bleve.NewMatchAllQuery())
	}
	bq.AddMust(must...)
	deleted := bleve.NewTermQuery("true")
	deleted.SetField(indexer.FieldDeleted)
	bq.AddMustNot(deleted)
	return bq, positive
}

// literalQueries looks each typed word up as it is, lowercased, in each
// field: the words of a query that the analyzer left nothing of. A "*"
// is no word (alone, it asks for everything).
func literalQueries(free []string, fields []string) []query.Query {
	var out []query.Query
	for _, w := range strings.Fields(strings.Join(free, " ")) {
		w = strings.ToLower(strings.Trim(w, wordPunct+"*"))
		if w == "" {
			continue
		}
		for _, f := range fields {
			tq := bleve.NewTermQuery(w)
			tq.SetField(f)
			out = append(out, tq)
		}
	}
	return out
}

// Weights of a concept's parts, tuned with incidex eval on the shared
// corpus (see the issue notes for the tables).
const (
	synonymWeight = 0.3 // another wording of the concept than the one typed
	crossWeight   = 1.2 // a wording in the other language that translates the one typed
	// crossSynWeight scales a wording in the other language that is not a
	// translation of the word typed but another wording of its concept
	// (数据库 typed: "database" translates it, "mysql" and "rds" are
	// other wordings; at 1 a write-up naming three database products
	// outweighed one that says "cache" and "database"). Tuned on the odd
	// ids (0.635 → 0.663), the even ones untouched (0.590 → 0.597).
	crossSynWeight = 0.6
	partWeight     = 0.9 // a wording inside the one typed
	wordsWeight    = 0.5 // the words of a typed phrase, apart
	genericWeight  = 0.5 // a concept that is no failure pattern (outage, server)
	// genericShare: a concept of no pattern weighs genericWeight only when
	// at least this share of the write-ups in its language have the word
	// typed; rarer words (登录, payment, 502) are as telling as a pattern's.
	// Tuned on the odd ids (.659 → .666, a plateau from 0.1 to 0.2, worse
	// from 0.3); the even ids untouched (.623 → .630)
	genericShare = 0.1
	patternBoost = 4.0 // incidents tagged with the concept's pattern, when they say it too (half of what it was: odd ids tied, even ids gained)
	// mainShare is the part of patternBoost that goes to incidents whose
	// first pattern, their main failure, is the concept's; the rest goes
	// to any incident tagged with it. Flat on the odd ids (.676 at 0,
	// .675–.678 from 0.25 to 1); the even ids .637 → .644 at 0.75 (.637
	// again at 1), our own queries .729 → .743, the RCA check flat
	mainShare   = 0.75
	exactWeight = 28.0 // a Chinese word typed found whole (a constant, times the query norm)
)

// weakWords are words people put in a query that say little about which
// incident they want ("导致", "caused", "suddenly"): among other words they
// are left out (as a clause they would count in the share of the query an
// incident matches), alone they count for little.
var weakWords = map[string]bool{}

const weakWeight = 0.15

// commonShare: a query word that more than this share of the write-ups in
// its language have says little about which one is meant; among other
// words it is left out, as weak words are (issue 13, round 2: tuned on the
// even ids, 0.593 → 0.603 over a plateau from 0.35 to 0.5; the odd ids
// untouched, 0.609 → 0.609).
const commonShare = 0.4

func init() {
	for _, w := range strings.Fields(`导致 出现 发生 造成 引起 引发 问题 情况 系统 相关 进行 因为 所以 后 时 之后 以后 期间 一些 某些 全部 所有 突然 慢慢 很多 大量 无法 不能 后来 然后 一次 我们 他们
		caused causing cause because went came back when all at once our their had have has started start suddenly slowly until instead nobody
		time times it its after before during while then took take made make could would should got get left without some any many much very`) {
		weakWords[w] = true
	}
	// the grammar of a sentence typed as a query: directional complements
	// and aspect adverbs (发不出去, 一直), and the words of a request
	// ("请帮我找一些…的案例", "show me incidents where …")
	for _, w := range strings.Fields(`出去 出来 起来 下来 上去 过来 进来 回来 一直 总是 已经 还是 仍然 经常 老是
		请 帮 帮我 帮忙 找 找到 查找 搜索 一下 想 想要 了解 看看 有没有 哪些 什么 案例 例子 讲 讲的是 关于
		find show looking search example examples cases anyone someone where which`) {
		weakWords[w] = true
	}
	// the connectives and question words of a spoken sentence (最后 "in
	// the end", 哪次 "which time", 是因为 "was because") and its vague
	// nouns (东西 "thing", 整个 "whole"): in a long query they frame the
	// question, yet their dictionary senses ("final", "east and west")
	// match write-ups about anything. 结果 stays a word: as "result" it
	// names what a query asks about as often (queries-own-2's Chinese
	// queries lose .772 → .737 when it is weak).
	for _, w := range strings.Fields(`最后 最终 于是 接着 其实 比如 例如 是因为 哪次 哪个 哪家 哪里 怎么 怎么样 为什么 如何 是否 是不是 整个 东西 听说 请问`) {
		weakWords[w] = true
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x2e80 && r <= 0x9fff {
			return true
		}
	}
	return false
}

// conceptFields are the fields a concept's other wordings are searched in.
var conceptFields = []string{indexer.FieldTitle, indexer.FieldTags, indexer.FieldCause, indexer.FieldSummary, indexer.FieldText}

// exactFields are the fields a constant bonus looks in: the sections are
// parts of the main text, so the text stands for them (where, keeping no
// positions, the typed word's parts count found together).
func exactFields(fields []string) []string {
	if len(fields) == len(indexer.TextFields) {
		return []string{indexer.FieldTitle, indexer.FieldTags, indexer.FieldSummary, indexer.FieldText}
	}
	return fields
}

// conceptQuery searches every wording of a concept: the one typed in all
// fields at full weight, the others in the main fields at synonymWeight,
// and incidents tagged with its pattern.
func conceptQuery(c Concept, typed string, fields []string, same float64, generic bool) *sumQuery {
	var dis []query.Query
	scale := 1.0
	if c.Pattern == "" && generic {
		scale = genericWeight
	}
	typedZh := hasHan(typed)
	// wordings that the analyzer makes one (reconnect, reconnects and
	// reconnecting are all "reconnect") are one wording, at the best of
	// their weights: counted once per form, a concept would weigh by how
	// many inflections the thesaurus lists
	type wording struct {
		text string
		w    float64
		fs   []string
	}
	var ws []wording
	byKey := map[string]int{}
	trans := translations(c, typed)
	for _, t := range c.Terms {
		w, fs := synonymWeight, conceptFields
		switch {
		case t == typed:
			w, fs = same, fields
		case hasHan(t) != typedZh:
			w = crossWeight // the other language: what a reader of it would write
			if !trans[t] {
				w *= crossSynWeight
			}
		case strings.Contains(typed, t):
			w = partWeight * same // 光缆 in 光缆中断: a part of what was typed
		default:
			w *= same
		}
		key := strings.Join(analyze(indexer.QueryAnalyzer, t).terms(), " ")
		if k, ok := byKey[key]; ok && key != "" {
			if t == typed || (ws[k].text != typed && w > ws[k].w) {
				ws[k] = wording{t, w, fs}
			}
			continue
		}
		byKey[key] = len(ws)
		ws = append(ws, wording{t, w, fs})
	}
	for _, wd := range ws {
		for _, f := range wd.fs {
			if len(fields) == 1 && f != fields[0] {
				continue // a section filter limits the wordings too
			}
			dis = append(dis, phraseQuery(wd.text, f, fieldBoosts[f]*wd.w*scale))
		}
	}
	if hasHan(typed) {
		// the very Chinese word typed, anywhere: a bonus that does not
		// shrink with the length of the write-up. A compound such as
		// 光缆中断 found whole says more than its parts found apart; for
		// English the eval showed no gain
		// (see the issue notes).
		var any []query.Query
		for _, f := range exactFields(fields) {
			any = append(any, phraseQuery(typed, f, 1))
		}
		dis = append(dis, newConstQuery(newSumQuery(any...), exactWeight*scale*same))
	}
	if strings.Contains(typed, " ") {
		// the words of a typed phrase also count apart, as a plain query
		// for them would: "admission controller webhook" for "admission webhook"
		for _, f := range fields {
			q := bleve.NewMatchQuery(typed)
			q.SetField(f)
			q.Analyzer = indexer.QueryAnalyzer
			q.SetBoost(fieldBoosts[f] * wordsWeight * scale)
			dis = append(dis, q)
		}
	}
	sq := newSumQuery(dis...)
	if c.Pattern != "" {
		// the pattern tag is evidence for an incident that also says
		// the concept in some wording, never on its own
		tq := bleve.NewTermQuery(c.Pattern)
		tq.SetField(indexer.FieldPatterns)
		tq.SetBoost(patternBoost * (1 - mainShare))
		mq := bleve.NewTermQuery(c.Pattern)
		mq.SetField(indexer.FieldMainPattern)
		mq.SetBoost(patternBoost * mainShare)
		sq.AddBonus(tq, mq)
	}
	return sq
}

// clauseQuery searches one word or phrase in the given fields. Each field
// is searched with the coarse query analyzer and, at half weight, with the
// search-mode one, so that a long Chinese word also finds its parts.
func clauseQuery(c Clause, fields []string) *sumQuery {
	var dis []query.Query
	for _, f := range fields {
		boost := fieldBoosts[f]
		if boost == 0 {
			boost = 1
		}
		if c.Phrase {
			dis = append(dis, phraseQuery(c.Text, f, boost))
			continue
		}
		q := bleve.NewMatchQuery(c.Text)
		q.SetField(f)
		q.Analyzer = indexer.QueryAnalyzer
		q.SetBoost(boost)
		dis = append(dis, q)
		if !hasHan(c.Text) {
			// the search-mode analysis differs only for Chinese: for
			// English it would count the same words a second time, half
			// again their weight beside the concepts' (odd ids 0.609 →
			// 0.616, even 0.603 → 0.605; pattern check en 0.617 → 0.641)
			continue
		}
		q2 := bleve.NewMatchQuery(c.Text)
		q2.SetField(f)
		q2.Analyzer = indexer.IndexAnalyzer
		q2.SetBoost(boost / 2)
		dis = append(dis, q2)
	}
	return newSumQuery(dis...)
}

func filterQueries(f Filters) []query.Query {
	var must []query.Query
	terms := func(field string, vals []string) {
		if len(vals) == 0 {
			return
		}
		var dis []query.Query
		for _, v := range vals {
			t := bleve.NewTermQuery(v)
			t.SetField(field)
			dis = append(dis, t)
		}
		must = append(must, bleve.NewDisjunctionQuery(dis...))
	}
	// several patterns: an incident must show all of them
	for _, p := range f.Patterns {
		terms(indexer.FieldPatterns, []string{p})
	}
	terms(indexer.FieldOrg, canonicalOrgs(f.Org))
	terms(indexer.FieldYear, f.Years)
	if f.Lang != "" {
		terms(indexer.FieldLang, []string{f.Lang})
	}
	if f.From != "" || f.To != "" {
		var from, to time.Time
		if f.From != "" {
			from, _ = parseDay(f.From)
		}
		if f.To != "" {
			t, _ := parseDay(f.To)
			switch len(f.To) {
			case 4:
				to = t.AddDate(1, 0, 0)
			case 7:
				to = t.AddDate(0, 1, 0)
			default:
				to = t.AddDate(0, 0, 1)
			}
		}
		inc, exc := true, false
		dr := bleve.NewDateRangeInclusiveQuery(from, to, &inc, &exc)
		dr.SetField(indexer.FieldPublished)
		must = append(must, dr)
	}
	return must
}

// excerpt returns about the first n runes of s on one line.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// translations returns the wordings of a concept, in the other language
// than the typed word's, that translate it: the concept's first wording in
// that language (its head) and those the general lexicon gives for the
// typed word (失误 for "mistake" beside the head 人为).
func translations(c Concept, typed string) map[string]bool {
	out := map[string]bool{}
	typedZh := hasHan(typed)
	var cands []string
	if lex, err := DefaultLexicon(); err == nil {
		if typedZh {
			cands = lex.Glosses(typed)
		} else {
			cands = lex.Headwords(typed)
		}
	}
	first := ""
	for _, t := range c.Terms {
		if hasHan(t) == typedZh {
			continue
		}
		if first == "" {
			first = t
		}
		if slices.Contains(cands, t) {
			out[t] = true
		}
	}
	if first != "" {
		out[first] = true
	}
	return out
}
