package web

import (
	"errors"
	"fmt"
	"html"
	"html/template"
	"log/slog"
	"net/http"
	"strings"
	"unicode"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/search"
)

// examples are failure patterns to try, shown while the query is empty.
var examples = []string{"光缆中断", "重连风暴", "thundering herd", "certificate expired", "误删", "主从切换", "leap second", "cause:配置"}

// searchView is the view of search.html.
type searchView struct {
	base
	Q          string
	Err        string // a query the search could not read
	EmptyIndex bool   // nothing has been imported yet
	Examples   []exampleLink
	Hidden     []hiddenField // the filters, kept when the query changes
	SectionOpt []selectOption

	Total    uint64
	TookMS   int64
	First    int // position of the first hit shown, 1-based
	Last     int
	Hits     []hitView
	Facets   []facetGroup
	Active   []activeFilter
	ClearURL string // the query without filters
	Sorts    []sortOption
	PrevURL  string
	NextURL  string
	Page     int
}

type exampleLink struct{ Text, URL string }

type hiddenField struct{ Name, Value string }

type selectOption struct {
	Value    string
	Label    label
	Selected bool
}

type hitView struct {
	URL       string
	Title     string
	TitleHTML template.HTML // the title with marks, when it matched
	Lang      string        // HTML lang attribute
	Org       string
	Published string
	Duration  string
	Severity  string
	Stub      bool // a catalogue entry whose write-up is not fetched yet
	Patterns  []chip
	Snippets  []snippet
	Summary   string          // plain text, shown when nothing is highlighted
	Via       []template.HTML // "matched 挖断 for 光缆": marks the thesaurus added
}

type snippet struct {
	Label     label
	Fragments []template.HTML
}

type facetGroup struct {
	Label label
	Items []facetItem
}

type facetItem struct {
	Text   string
	Sub    string // Chinese name, small
	Title  string
	Count  int
	URL    string // adds the filter, or removes it when Active
	Active bool
}

type activeFilter struct {
	Label string
	URL   string // the search without this filter
}

type sortOption struct {
	Label   label
	URL     string
	Current bool
}

// searchPage serves GET /: the query box, results with highlights, the
// facet sidebar and paging. An empty query lists every incident.
func (s *server) searchPage(c *gin.Context) {
	req, err := parseRequest(c)
	v := &searchView{base: s.base(c, ""), Q: req.Query}
	v.HeaderSearch = false
	v.Nav = "search"
	lang := v.UI
	if req.Query != "" {
		v.Title = req.Query + " · incidex"
	}
	p := paramsOf(req)
	v.FeedURL = feedURL(p)
	v.Active, v.ClearURL = activeFilters(req, p, lang)
	v.Hidden = hiddenFields(p)
	v.SectionOpt = sectionOptions(req.Filters.Section)
	if req.Query == "" || err != nil {
		v.Examples = exampleLinks()
	}

	var res *search.Result
	if err == nil {
		res, err = s.searcher.Search(c.Request.Context(), req)
	}
	if err != nil {
		if errors.Is(err, search.ErrBadQuery) {
			v.Err = err.Error()
			v.Examples = exampleLinks()
			s.render(c, http.StatusBadRequest, "search.html", v)
			return
		}
		s.serverError(c, err)
		return
	}
	if res == nil {
		s.serverError(c, errors.New("web: search returned no result"))
		return
	}

	if res.Total == 0 {
		n, err := s.searcher.Count()
		if err != nil {
			s.log.Warn("web: count incidents", slog.String("error", err.Error()))
		} else if n == 0 {
			v.EmptyIndex = true
			v.Examples = nil
		}
	}
	v.Total, v.TookMS = res.Total, res.TookMS
	limit := max(res.Limit, 1)
	v.Page = res.Offset/limit + 1
	// an incident's page links back to this search: its link carries it
	back := strings.TrimPrefix(p.url(v.Page), "/")
	for _, h := range res.Hits {
		hv := hitOf(h, lang)
		if hv.URL != "" {
			hv.URL += back
		}
		v.Hits = append(v.Hits, hv)
	}
	if len(v.Hits) > 0 {
		v.First = res.Offset + 1
		v.Last = res.Offset + len(v.Hits)
	}
	v.Facets = facetGroups(res.Facets, p, lang)
	current := req.Sort
	if current == search.SortRelevance && req.Query == "" {
		// Without words there is no relevance: the search lists newest first.
		current = search.SortDate
	}
	v.Sorts = sortOptions(current, p)

	if res.Offset > 0 {
		v.PrevURL = p.url(max(v.Page-1, 1))
	}
	if next := res.Offset + limit; uint64(next) < res.Total && next <= search.MaxOffset {
		v.NextURL = p.url(next/limit + 1)
	}
	s.render(c, http.StatusOK, "search.html", v)
}

func exampleLinks() []exampleLink {
	out := make([]exampleLink, len(examples))
	for i, e := range examples {
		out[i] = exampleLink{Text: e, URL: params{v: map[string][]string{"q": {e}}}.url(1)}
	}
	return out
}

// hitDay is the day a hit shows: when the incident started, else when its
// write-up was published (an outage of 2017 written up again in 2019 is
// listed under 2017, as the year facet counts it).
func hitDay(h search.Hit) string {
	if len(h.StartedAt) >= 10 {
		return h.StartedAt[:10]
	}
	return h.Published
}

func hitOf(h search.Hit, lang string) hitView {
	hv := hitView{
		URL:       incidentURL(h.ID),
		Title:     h.Title,
		Lang:      langAttr(h.Lang),
		Org:       h.Org,
		Published: hitDay(h),
		Duration:  formatDuration(h.DurationMinutes),
		Severity:  h.Severity,
		Stub:      h.Stub,
	}
	if hv.Title == "" {
		hv.Title = untitled(h.Summary, h.ID, lang)
	}
	if frags := h.Highlights["title"]; len(frags) > 0 && h.Title != "" {
		hv.TitleHTML = safeFragment(frags[0])
	}
	for _, id := range h.Patterns {
		hv.Patterns = append(hv.Patterns, patternChip(id, lang))
	}
	for _, sec := range sortedKeys(h.Highlights) {
		sn := snippet{Label: sectionLabel(sec)}
		for _, f := range h.Highlights[sec] {
			sn.Fragments = append(sn.Fragments, safeFragment(f))
		}
		hv.Snippets = append(hv.Snippets, sn)
	}
	if len(hv.Snippets) == 0 {
		hv.Summary = h.Summary
	}
	for _, v := range h.Via {
		hv.Via = append(hv.Via, viaHTML(v, lang))
	}
	return hv
}

// facetGroups turns the facets into sidebar links: a value not filtered
// on adds its filter, an active one removes it.
func facetGroups(f search.Facets, p params, lang string) []facetGroup {
	item := func(key, term, text, sub, title string, count int) facetItem {
		it := facetItem{Text: text, Sub: sub, Title: title, Count: count}
		if p.has(key, term) {
			it.Active = true
			it.URL = p.without(key, term).url(1)
		} else {
			it.URL = p.with(key, term).url(1)
		}
		return it
	}
	var pats, orgs, years, langs facetGroup
	pats.Label = label{"Failure pattern", "故障模式"}
	for _, fc := range f.Patterns {
		ch := patternChip(fc.Term, lang)
		pats.Items = append(pats.Items, item("pattern", fc.Term, ch.Text, ch.Sub, ch.Title, fc.Count))
	}
	orgs.Label = label{"Organisation", "公司"}
	for _, fc := range f.Org {
		orgs.Items = append(orgs.Items, item("org", fc.Term, fc.Term, "", "", fc.Count))
	}
	years.Label = label{"Year", "年份"}
	for _, fc := range f.Year {
		years.Items = append(years.Items, item("year", fc.Term, fc.Term, "", "", fc.Count))
	}
	langs.Label = label{"Language", "语言"}
	for _, fc := range f.Lang {
		langs.Items = append(langs.Items, item("lang", fc.Term, langName(fc.Term), "", "", fc.Count))
	}
	return []facetGroup{pats, orgs, years, langs}
}

// activeFilters lists the filters of the URL, each with a link that
// removes it, and the link that removes them all.
func activeFilters(req search.Request, p params, lang string) ([]activeFilter, string) {
	var out []activeFilter
	add := func(key, val, text string) {
		out = append(out, activeFilter{Label: msg(lang, "filter."+key) + text, URL: p.without(key, val).url(1)})
	}
	f := req.Filters
	for _, id := range f.Patterns {
		add("pattern", id, patternChip(id, lang).Text)
	}
	for _, o := range f.Org {
		add("org", o, o)
	}
	for _, y := range f.Years {
		add("year", y, y)
	}
	if f.Lang != "" {
		add("lang", f.Lang, langName(f.Lang))
	}
	if f.From != "" {
		add("from", f.From, f.From)
	}
	if f.To != "" {
		add("to", f.To, f.To)
	}
	if f.Section != "" {
		l := sectionLabel(f.Section)
		name := l.EN
		if lang == uiZH && l.ZH != "" {
			name = l.ZH
		}
		add("section", f.Section, name)
	}
	none := params{v: map[string][]string{}}
	for _, k := range []string{"q", "sort", "limit"} {
		if vals, ok := p.v[k]; ok {
			none.v[k] = vals
		}
	}
	return out, none.url(1)
}

// sectionOptions are the choices of the form's "search only in" menu.
func sectionOptions(current string) []selectOption {
	out := []selectOption{{Value: "", Label: label{"Everywhere", "全文"}, Selected: current == ""}}
	for _, sec := range []string{"title", "summary", "impact", "timeline", "cause", "remediation", "lessons"} {
		out = append(out, selectOption{Value: sec, Label: sectionLabel(sec), Selected: sec == current})
	}
	return out
}

// hiddenFields carry the filters and sort through the query form.
func hiddenFields(p params) []hiddenField {
	var out []hiddenField
	for _, k := range []string{"pattern", "org", "year", "lang", "from", "to", "sort", "limit"} {
		for _, v := range p.v[k] {
			out = append(out, hiddenField{Name: k, Value: v})
		}
	}
	return out
}

func sortOptions(current string, p params) []sortOption {
	opts := []struct {
		key string
		l   label
	}{
		{search.SortRelevance, label{"Relevance", "相关"}},
		{search.SortDate, label{"Newest", "最新"}},
		{search.SortDuration, label{"Longest", "最久"}},
	}
	out := make([]sortOption, len(opts))
	for i, o := range opts {
		n := p.clone()
		if o.key == search.SortRelevance {
			n.v.Del("sort")
		} else {
			n.v.Set("sort", o.key)
		}
		out[i] = sortOption{Label: o.l, URL: n.url(1), Current: o.key == current}
	}
	return out
}

// viaHTML says, in the interface language, that a hit was marked for a
// wording the user did not type: "matched “挖断” for “光缆” (synonym)".
// Each wording carries its own language.
func viaHTML(v search.Via, ui string) template.HTML {
	key := "via.synonym"
	if v.OtherLanguage {
		key = "via.english"
		if hasHan(v.Term) {
			key = "via.chinese"
		}
	}
	word := func(w string) string {
		return `<span class="via-term" lang="` + wordLang(w) + `">` + html.EscapeString(w) + `</span>`
	}
	return template.HTML(fmt.Sprintf(html.EscapeString(msg(ui, key)), word(v.Term), word(v.For))) //nolint:gosec // every part escaped
}

// wordLang is the HTML lang of a query word: Chinese when it holds a Han
// character.
func wordLang(w string) string {
	if hasHan(w) {
		return "zh-CN"
	}
	return "en"
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// untitled names an incident whose write-up has no title by the opening of
// its summary, else by its id.
func untitled(summary, id, lang string) string {
	r := []rune(strings.Join(strings.Fields(summary), " "))
	if len(r) == 0 {
		return msg(lang, "incident.untitled") + " " + id
	}
	if len(r) > 70 {
		return string(r[:70]) + "…"
	}
	return string(r)
}
