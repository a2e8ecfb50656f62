package web

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
)

// healthz serves GET /healthz: 200 with the number of incidents while
// the index answers, 503 with the error when it does not.
func (s *server) healthz(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	n, err := s.searcher.Count()
	if err != nil {
		s.log.LogAttrs(c.Request.Context(), slog.LevelWarn, "web: health check failed", slog.String("error", err.Error()))
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable", "error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ok", "incidents": n})
}
