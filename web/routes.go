package web

import "github.com/gin-gonic/gin"

// routes registers every route of incidex's web interface.
func (s *server) routes(r *gin.Engine) {
	s.metrics = newMetrics(s)
	r.Use(s.recovery(), securityHeaders(), s.metrics.middleware(), uiLanguage())

	r.GET("/", s.searchPage)
	r.GET("/incidents/:id", s.incidentPage)
	r.GET("/patterns", s.patternsPage)
	r.GET("/sources", s.sourcesPage)
	r.GET("/feed.atom", s.feed)

	api := r.Group("/api/v1", s.rateLimit(s.limiter))
	api.GET("/search", s.apiSearch)
	api.GET("/incidents/:id", s.apiIncident)
	api.GET("/patterns", s.apiPatterns)
	api.GET("/sources", s.apiSources)
	api.GET("/openapi.json", s.openAPI)

	r.GET("/healthz", s.healthz)
	r.GET("/metrics", s.metrics.handler())
	r.GET("/static/*filepath", s.static)
	r.HEAD("/static/*filepath", s.static)

	r.NoRoute(s.notFound)
}
