package web

import (
	"bytes"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// openAPI serves GET /api/v1/openapi.json: the OpenAPI 3.0 description of
// the API, the embedded static/openapi.json.
func (s *server) openAPI(c *gin.Context) {
	a := s.assets["openapi.json"]
	h := c.Writer.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", a.etag)
	http.ServeContent(c.Writer, c.Request, a.name, time.Time{}, bytes.NewReader(a.body))
}
