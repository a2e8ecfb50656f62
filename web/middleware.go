package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/gin-gonic/gin"
)

// securityHeaders sets the headers every response carries. The policy
// allows no script at all, and styles only from /static.
func securityHeaders() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		c.Next()
	}
}

// recovery turns a panic in a handler into a logged 500: JSON under /api,
// an error page elsewhere. The server keeps serving.
func (s *server) recovery() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			rec := recover()
			if rec == nil {
				return
			}
			if rec == http.ErrAbortHandler { // net/http's way to abort a response
				panic(rec)
			}
			s.log.LogAttrs(c.Request.Context(), slog.LevelError, "web: panic in handler",
				slog.String("method", c.Request.Method),
				slog.String("path", c.Request.URL.Path),
				slog.String("panic", fmt.Sprint(rec)),
				slog.String("stack", string(debug.Stack())),
			)
			if c.Writer.Written() {
				// Too late to change the answer; cut it short.
				c.Abort()
				return
			}
			s.fail(c, http.StatusInternalServerError, "")
		}()
		c.Next()
	}
}

// isAPI reports whether the request is for the JSON API.
func isAPI(c *gin.Context) bool {
	p := c.Request.URL.Path
	return p == "/api" || strings.HasPrefix(p, "/api/")
}

// notFound answers routes that do not exist.
func (s *server) notFound(c *gin.Context) {
	if isAPI(c) {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	s.fail(c, http.StatusNotFound, "")
}

// serverError logs err once, with the request, and answers 500.
func (s *server) serverError(c *gin.Context, err error) {
	level := slog.LevelError
	if errors.Is(err, context.Canceled) {
		// The client went away; nothing is wrong with the server.
		level = slog.LevelDebug
	}
	s.log.LogAttrs(c.Request.Context(), level, "web: request failed",
		slog.String("method", c.Request.Method),
		slog.String("path", c.Request.URL.Path),
		slog.String("query", c.Request.URL.RawQuery),
		slog.String("error", err.Error()),
	)
	s.fail(c, http.StatusInternalServerError, "")
}

// fail answers an error status: JSON under /api, the error page
// elsewhere. An empty msg uses the status's default text.
func (s *server) fail(c *gin.Context, status int, msg string) {
	if isAPI(c) {
		if msg == "" {
			msg = apiErrorText(status)
		}
		c.AbortWithStatusJSON(status, gin.H{"error": msg})
		return
	}
	v := &errorView{base: s.base(c, ""), Status: status, Message: msg}
	switch status {
	case http.StatusNotFound:
		v.Heading = v.T("error.404")
		if v.Message == "" {
			v.Message = v.T("error.404text")
		}
	case http.StatusInternalServerError:
		v.Heading = v.T("error.500")
		if v.Message == "" {
			v.Message = v.T("error.500text")
		}
	case http.StatusTooManyRequests:
		v.Heading = v.T("error.toomany")
		if v.Message == "" {
			v.Message = v.T("error.toomanytext")
		}
	case http.StatusBadRequest:
		v.Heading = v.T("error.badrequest")
	default:
		v.Heading = http.StatusText(status)
	}
	v.Title = fmt.Sprintf("%d %s · incidex", status, http.StatusText(status))
	s.render(c, status, "error.html", v)
	c.Abort()
}

func apiErrorText(status int) string {
	switch status {
	case http.StatusNotFound:
		return "not found"
	case http.StatusInternalServerError:
		return "internal error"
	}
	return strings.ToLower(http.StatusText(status))
}
