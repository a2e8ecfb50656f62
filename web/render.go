package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
)

//go:embed templates/*.html
var templateFS embed.FS

// layoutTemplate wraps every page; it defines "layout" and calls the
// page's "content".
const layoutTemplate = "layout.html"

// pageTemplates are the pages; each defines "content".
var pageTemplates = []string{"search.html", "incident.html", "error.html"}

type pageTemplate struct {
	name string
	t    *template.Template
}

// parseTemplates parses the layout with each page from fsys, which holds
// a templates/ folder. It fails naming the first missing or broken file.
func parseTemplates(fsys fs.FS) (map[string]*pageTemplate, error) {
	for _, name := range append([]string{layoutTemplate}, pageTemplates...) {
		if _, err := fs.Stat(fsys, "templates/"+name); err != nil {
			return nil, fmt.Errorf("missing template %q", name)
		}
	}
	out := make(map[string]*pageTemplate, len(pageTemplates))
	for _, name := range pageTemplates {
		t, err := template.New(name).ParseFS(fsys, "templates/"+layoutTemplate, "templates/"+name)
		if err != nil {
			return nil, fmt.Errorf("template %q: %w", name, err)
		}
		if t.Lookup("layout") == nil || t.Lookup("content") == nil {
			return nil, fmt.Errorf("template %q: needs a \"layout\" and a \"content\" definition", name)
		}
		out[name] = &pageTemplate{name: name, t: t}
	}
	return out, nil
}

// base is what the layout needs from every page's view.
type base struct {
	Title        string
	CSS          string
	HeaderSearch bool   // show the small search box in the header
	HeaderQuery  string // its value
}

func (s *server) base(title string) base {
	if title == "" {
		title = "incidex"
	}
	return base{Title: title, CSS: s.cssURL, HeaderSearch: true}
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *server) render(c *gin.Context, status int, name string, view any) {
	pt, ok := s.templates[name]
	if !ok {
		s.log.Error("web: no such template", slog.String("template", name))
		c.Data(http.StatusInternalServerError, "text/plain; charset=utf-8", []byte("internal error\n"))
		return
	}
	var buf bytes.Buffer
	if err := pt.t.ExecuteTemplate(&buf, "layout", view); err != nil {
		s.log.LogAttrs(c.Request.Context(), slog.LevelError, "web: render page",
			slog.String("template", name),
			slog.String("path", c.Request.URL.Path),
			slog.String("error", err.Error()),
		)
		c.Data(http.StatusInternalServerError, "text/plain; charset=utf-8", []byte("internal error\n"))
		return
	}
	c.Header("Cache-Control", "no-cache")
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// errorView is the view of error.html.
type errorView struct {
	base
	Status  int
	Heading string
	Message string
}
