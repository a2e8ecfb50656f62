package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/search"
)

// Limits on the URL parameters, beyond those of search.Request.
const (
	pageSize        = search.DefaultLimit // hits a page, unless limit= says otherwise
	maxParamLen     = 200                 // bytes, every parameter but q
	maxFilterValues = 20                  // values of one repeatable filter
)

// parseRequest reads the search parameters shared by the search page and
// the API: q, pattern*, org*, lang, year*, from, to, section, sort, page
// (1-based), limit and offset. It returns the request, checked and with
// defaults filled in, or an error wrapping search.ErrBadQuery. On error
// the request holds what could be read, so the page can show it again.
func parseRequest(c *gin.Context) (search.Request, error) {
	var req search.Request
	q := strings.TrimSpace(c.Query("q"))
	if len(q) > search.MaxQueryLen {
		req.Query = truncateBytes(q, search.MaxQueryLen)
		return req, badf("the query is %d bytes long, the limit is %d", len(q), search.MaxQueryLen)
	}
	req.Query = q
	// a client asking for a fresh answer (a browser's hard reload, or
	// incidex bench measuring the search itself) gets one
	req.NoCache = strings.Contains(c.GetHeader("Cache-Control"), "no-cache") || c.GetHeader("Pragma") == "no-cache"

	f := &req.Filters
	var err error
	if f.Patterns, err = multi(c, "pattern"); err != nil {
		return req, err
	}
	if f.Org, err = multi(c, "org"); err != nil {
		return req, err
	}
	if f.Years, err = multi(c, "year"); err != nil {
		return req, err
	}
	for _, y := range f.Years {
		if n, err := strconv.Atoi(y); err != nil || n < 1900 || n > 2200 || len(y) != 4 {
			return req, badf("year must be a year like 2021, not %q", y)
		}
	}
	for _, p := range []struct {
		name string
		dst  *string
	}{{"lang", &f.Lang}, {"from", &f.From}, {"to", &f.To}, {"section", &f.Section}, {"sort", &req.Sort}} {
		if *p.dst, err = single(c, p.name); err != nil {
			return req, err
		}
	}
	switch req.Sort {
	case "", search.SortRelevance, search.SortDate, search.SortDuration:
	default:
		return req, badf("sort must be relevance, date or duration, not %q", req.Sort)
	}

	req.Limit = pageSize
	if v, err := number(c, "limit", 1, search.MaxLimit); err != nil {
		return req, err
	} else if v >= 0 {
		req.Limit = v
	}
	offset, err := number(c, "offset", 0, search.MaxOffset)
	if err != nil {
		return req, err
	}
	page, err := number(c, "page", 1, search.MaxOffset+1)
	if err != nil {
		return req, err
	}
	switch {
	case offset >= 0 && page >= 0:
		return req, badf("give page or offset, not both")
	case offset >= 0:
		req.Offset = offset
	case page >= 0:
		req.Offset = (page - 1) * req.Limit
		if req.Offset > search.MaxOffset {
			return req, badf("page %d is too far; at most %d results can be paged through", page, search.MaxOffset)
		}
	}
	if err := req.Validate(); err != nil {
		return req, err
	}
	return req, nil
}

// badf returns a user-input error.
func badf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{search.ErrBadQuery}, args...)...)
}

// single returns one parameter's value, trimmed and of bounded length.
func single(c *gin.Context, name string) (string, error) {
	v := strings.TrimSpace(c.Query(name))
	if len(v) > maxParamLen {
		return "", badf("%s is longer than %d bytes", name, maxParamLen)
	}
	return v, nil
}

// multi returns the non-empty values of a repeatable parameter, without
// duplicates.
func multi(c *gin.Context, name string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, v := range c.QueryArray(name) {
		v = strings.TrimSpace(v)
		if v == "" || seen[v] {
			continue
		}
		if len(v) > maxParamLen {
			return nil, badf("%s is longer than %d bytes", name, maxParamLen)
		}
		seen[v] = true
		out = append(out, v)
	}
	if len(out) > maxFilterValues {
		return nil, badf("at most %d values of %s, not %d", maxFilterValues, name, len(out))
	}
	return out, nil
}

// number reads an integer parameter in [lo, hi]; -1 when it is absent
// or empty.
func number(c *gin.Context, name string, lo, hi int) (int, error) {
	s := strings.TrimSpace(c.Query(name))
	if s == "" {
		return -1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		if len(s) > 20 {
			s = s[:20] + "…"
		}
		return -1, badf("%s must be a whole number from %d to %d, not %q", name, lo, hi, s)
	}
	return n, nil
}

// truncateBytes cuts s to at most n bytes, on a rune boundary.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// params are the canonical URL parameters of a search, so that every
// link the page builds (facets, filters, sort, pages) means the same
// search plus one change.
type params struct {
	v url.Values
}

func paramsOf(req search.Request) params {
	v := url.Values{}
	if req.Query != "" {
		v.Set("q", req.Query)
	}
	req.Filters.AddTo(v)
	if req.Sort != "" && req.Sort != search.SortRelevance {
		v.Set("sort", req.Sort)
	}
	if req.Limit != 0 && req.Limit != pageSize {
		v.Set("limit", strconv.Itoa(req.Limit))
	}
	return params{v: v}
}

func (p params) clone() params {
	v := url.Values{}
	for k, vals := range p.v {
		v[k] = append([]string(nil), vals...)
	}
	return params{v: v}
}

func (p params) has(key, val string) bool {
	for _, x := range p.v[key] {
		if x == val {
			return true
		}
	}
	return false
}

// with adds a filter value; lang holds one value, so it is replaced.
func (p params) with(key, val string) params {
	n := p.clone()
	switch {
	case key == "lang" || key == "sort" || key == "section" || key == "from" || key == "to" || key == "q":
		n.v.Set(key, val)
	case !n.has(key, val):
		n.v.Add(key, val)
	}
	return n
}

// without removes one value of a parameter.
func (p params) without(key, val string) params {
	n := p.clone()
	var keep []string
	for _, x := range n.v[key] {
		if x != val {
			keep = append(keep, x)
		}
	}
	if len(keep) == 0 {
		n.v.Del(key)
	} else {
		n.v[key] = keep
	}
	return n
}

// url is the search page's address with these parameters and, when
// page > 1, the page.
func (p params) url(page int) string {
	v := p.v
	if page > 1 {
		v = p.clone().v
		v.Set("page", strconv.Itoa(page))
	}
	if len(v) == 0 {
		return "/"
	}
	// Encode writes a space as '+', which html/template would then
	// escape to &#43; in an href; %20 means the same and reads better.
	return "/?" + strings.ReplaceAll(v.Encode(), "+", "%20")
}
