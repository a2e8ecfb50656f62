package web

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/search"
)

// apiSearch serves GET /api/v1/search: the search page's parameters plus
// limit and offset, answered with search.Result as JSON.
func (s *server) apiSearch(c *gin.Context) {
	req, err := parseRequest(c)
	if err != nil {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	res, err := s.searcher.Search(c.Request.Context(), req)
	if errors.Is(err, search.ErrBadQuery) {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err == nil && res == nil {
		err = errors.New("web: search returned no result")
	}
	if err != nil {
		s.serverError(c, err)
		return
	}
	c.JSON(http.StatusOK, res)
}

// apiIncident serves GET /api/v1/incidents/:id: the incident JSON of
// CONTRACT.md.
func (s *server) apiIncident(c *gin.Context) {
	id := c.Param("id")
	if !data.ValidID(id) {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": data.ErrNotFound.Error()})
		return
	}
	in, err := s.searcher.Get(c.Request.Context(), id)
	if errors.Is(err, data.ErrNotFound) {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": data.ErrNotFound.Error()})
		return
	}
	if err != nil {
		s.serverError(c, err)
		return
	}
	in.Normalize()
	c.JSON(http.StatusOK, in)
}

// patternCount is one failure pattern with the number of incidents
// showing it.
type patternCount struct {
	ID    string `json:"id"`
	EN    string `json:"en"`
	ZH    string `json:"zh"`
	Count int    `json:"count"`
}

// apiPatterns serves GET /api/v1/patterns: every failure pattern, in the
// table's order, with its count over the whole collection.
func (s *server) apiPatterns(c *gin.Context) {
	counts, err := s.patternCounts(c)
	if err != nil {
		s.serverError(c, err)
		return
	}
	c.JSON(http.StatusOK, counts)
}

func (s *server) patternCounts(c *gin.Context) ([]patternCount, error) {
	res, err := s.searcher.Search(c.Request.Context(), search.Request{Limit: 1})
	if err != nil {
		return nil, err
	}
	if res == nil {
		return nil, errors.New("web: search returned no result")
	}
	n := map[string]int{}
	for _, fc := range res.Facets.Patterns {
		n[fc.Term] = fc.Count
	}
	pats := data.Patterns()
	out := make([]patternCount, len(pats))
	for i, p := range pats {
		out[i] = patternCount{ID: p.ID, EN: p.EN, ZH: p.ZH, Count: n[p.ID]}
	}
	return out, nil
}
