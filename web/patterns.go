package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/search"
)

// Shape of the patterns page.
const (
	patternOrgs     = 5  // organisations shown for a pattern
	chartMaxYears   = 40 // years a chart spans at most
	patternSearches = 4  // searches run at once to build the page
)

// The year chart's geometry, in SVG user units.
const (
	chartW     = 280
	chartH     = 78
	chartTop   = 14 // y of the tallest bar's top
	chartBase  = 60 // y of the baseline
	chartLabel = 74 // y of the year labels
)

// patternsView is the view of patterns.html.
type patternsView struct {
	base
	Total    uint64
	Patterns []patternView
}

type patternView struct {
	ID    string // anchor
	Name  string // short name in the interface language
	Sub   string // short name in the other one
	Desc  string // the full name in the interface language
	Count int
	URL   string // the search page filtered on the pattern
	Orgs  []orgLink
	Chart *chartView
}

type orgLink struct {
	Name  string
	Count int
	URL   string
}

// chartView is an SVG bar chart of incidents per year; numbers are
// formatted in Go, and every text goes through html/template.
type chartView struct {
	W, H        int
	Label       string // what the chart shows, for screen readers
	Bars        []barView
	BaseY       int
	TopY        int
	LabelY      int
	Max         int
	First, Last string // the axis's first and last years
	LastX       int
}

type barView struct {
	X, Y, W, H string
	Year       string
	Count      int
}

// patternsPage serves GET /patterns: every failure pattern with its
// count, a chart of its incidents per year and the organisations it hit
// most.
func (s *server) patternsPage(c *gin.Context) {
	ctx := c.Request.Context()
	all, err := s.searcher.Search(ctx, search.Request{Limit: 1})
	if err == nil && all == nil {
		err = errors.New("web: search returned no result")
	}
	if err != nil {
		s.serverError(c, err)
		return
	}
	counts := map[string]int{}
	for _, fc := range all.Facets.Patterns {
		counts[fc.Term] = fc.Count
	}
	pats := data.Patterns()
	results, err := s.patternResults(ctx, pats, counts)
	if err != nil {
		s.serverError(c, err)
		return
	}
	years := chartYears(all.Facets.Year)

	v := &patternsView{base: s.base(c, ""), Total: all.Total}
	v.Nav = "patterns"
	v.Title = v.T("patterns.title") + " · incidex"
	for i, p := range pats {
		ch := patternChip(p.ID, v.UI)
		pv := patternView{
			ID: p.ID, Name: ch.Text, Sub: ch.Sub, Desc: p.EN,
			URL: params{v: map[string][]string{"pattern": {p.ID}}}.url(1),
		}
		if v.UI == uiZH {
			pv.Desc = p.ZH
		}
		if res := results[i]; res != nil {
			pv.Count = int(res.Total)
			for _, fc := range res.Facets.Org {
				if len(pv.Orgs) == patternOrgs {
					break
				}
				pv.Orgs = append(pv.Orgs, orgLink{
					Name: fc.Term, Count: fc.Count,
					URL: params{v: map[string][]string{"pattern": {p.ID}, "org": {fc.Term}}}.url(1),
				})
			}
			pv.Chart = yearChart(years, res.Facets.Year, v.UI)
		}
		v.Patterns = append(v.Patterns, pv)
	}
	s.render(c, http.StatusOK, "patterns.html", v)
}

// patternResults runs one search per pattern that has incidents, a few
// at a time; the result of a pattern without any is nil.
func (s *server) patternResults(ctx context.Context, pats []data.Pattern, counts map[string]int) ([]*search.Result, error) {
	out := make([]*search.Result, len(pats))
	errs := make([]error, len(pats))
	sem := make(chan struct{}, patternSearches)
	var wg sync.WaitGroup
	for i, p := range pats {
		if counts[p.ID] == 0 {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			res, err := s.searcher.Search(ctx, search.Request{Filters: search.Filters{Patterns: []string{p.ID}}, Limit: 1})
			if err == nil && res == nil {
				err = errors.New("web: search returned no result")
			}
			out[i], errs[i] = res, err
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("web: patterns: %w", err)
	}
	return out, nil
}

// chartYears is the x axis shared by every chart of the page: the years
// of the whole collection, oldest first, with the years between them when
// they span at most chartMaxYears, else the newest chartMaxYears of them.
func chartYears(facet []search.FacetCount) []int {
	var ys []int
	for _, fc := range facet {
		if y, err := strconv.Atoi(fc.Term); err == nil {
			ys = append(ys, y)
		}
	}
	if len(ys) == 0 {
		return nil
	}
	sort.Ints(ys)
	lo, hi := ys[0], ys[len(ys)-1]
	if hi-lo+1 <= chartMaxYears {
		ys = ys[:0]
		for y := lo; y <= hi; y++ {
			ys = append(ys, y)
		}
		return ys
	}
	if len(ys) > chartMaxYears {
		ys = ys[len(ys)-chartMaxYears:]
	}
	return ys
}

// yearChart draws a pattern's incidents per year over the years axis;
// nil when there is nothing to draw.
func yearChart(years []int, facet []search.FacetCount, lang string) *chartView {
	if len(years) == 0 {
		return nil
	}
	n := map[int]int{}
	for _, fc := range facet {
		if y, err := strconv.Atoi(fc.Term); err == nil {
			n[y] = fc.Count
		}
	}
	ch := &chartView{W: chartW, H: chartH, BaseY: chartBase, TopY: chartTop, LabelY: chartLabel, LastX: chartW}
	peakYear := 0
	for _, y := range years {
		if n[y] > ch.Max {
			ch.Max, peakYear = n[y], y
		}
	}
	if ch.Max == 0 {
		return nil
	}
	slot := float64(chartW) / float64(len(years))
	bw := slot * 0.72
	if bw < 1 {
		bw = 1
	}
	for i, y := range years {
		cnt := n[y]
		if cnt == 0 {
			continue
		}
		h := float64(cnt) / float64(ch.Max) * (chartBase - chartTop)
		if h < 2 {
			h = 2
		}
		ch.Bars = append(ch.Bars, barView{
			X: num(float64(i)*slot + (slot-bw)/2), Y: num(chartBase - h),
			W: num(bw), H: num(h), Year: strconv.Itoa(y), Count: cnt,
		})
	}
	ch.First, ch.Last = strconv.Itoa(years[0]), strconv.Itoa(years[len(years)-1])
	ch.Label = fmt.Sprintf("%s, %s–%s; %s %d (%d)", msg(lang, "patterns.chart"), ch.First, ch.Last, msg(lang, "patterns.peak"), peakYear, ch.Max)
	return ch
}

// num writes an SVG coordinate with one decimal.
func num(f float64) string {
	return strconv.FormatFloat(f, 'f', 1, 64)
}
