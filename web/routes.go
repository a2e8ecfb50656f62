package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// routes registers every route of incidex's web interface. Every GET
// route answers HEAD too (the same headers, no body: net/http drops it).
func (s *server) routes(r *gin.Engine) {
	s.metrics = newMetrics(s)
	r.Use(s.recovery(), securityHeaders(), s.metrics.middleware(), uiLanguage())

	get := func(g gin.IRoutes, path string, h gin.HandlerFunc) {
		g.GET(path, h)
		g.HEAD(path, h)
	}
	get(r, "/", s.searchPage)
	get(r, "/search", searchAlias)
	get(r, "/incidents/:id", s.incidentPage)
	get(r, "/patterns", s.patternsPage)
	get(r, "/sources", s.sourcesPage)
	get(r, "/feed.atom", s.feed)

	api := r.Group("/api/v1", s.rateLimit(s.limiter))
	get(api, "/search", s.apiSearch)
	get(api, "/incidents/:id", s.apiIncident)
	get(api, "/patterns", s.apiPatterns)
	get(api, "/sources", s.apiSources)
	get(api, "/openapi.json", s.openAPI)

	get(r, "/healthz", s.healthz)
	get(r, "/metrics", s.metrics.handler())
	get(r, "/static/*filepath", s.static)

	r.NoRoute(s.notFound)
}

// searchAlias sends /search?q=… (where people and other engines put a
// search page) to the search page, /?q=…, for good.
func searchAlias(c *gin.Context) {
	to := "/"
	if q := c.Request.URL.RawQuery; q != "" {
		to += "?" + q
	}
	c.Redirect(http.StatusMovedPermanently, to)
}
