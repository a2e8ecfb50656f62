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
var pageTemplates = []string{"search.html", "incident.html", "error.html", "patterns.html", "sources.html"}

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
	UI           string // the interface language: en or zh
	HTMLLang     string // its <html lang>
	SwitchURL    string // this page in the other interface language
	Nav          string // the header's current item: search, patterns, sources
	FeedURL      string // the Atom feed of the page, for <link rel="alternate">
}

func (s *server) base(c *gin.Context, title string) base {
	if title == "" {
		title = "incidex"
	}
	ui := uiOf(c)
	return base{
		Title: title, CSS: s.cssURL, HeaderSearch: true,
		UI: ui, HTMLLang: langAttr(ui), SwitchURL: switchURL(c, other(ui)),
	}
}

// T returns the interface string of key in the page's language.
func (b base) T(key string) string { return msg(b.UI, key) }

// Main is a bilingual label in the page's language.
func (b base) Main(l label) string {
	if b.UI == uiZH && l.ZH != "" {
		return l.ZH
	}
	return l.EN
}

// Sub is a bilingual label in the other language, shown small after
// Main; empty when the label has only one.
func (b base) Sub(l label) string {
	if l.EN == "" || l.ZH == "" {
		return ""
	}
	if b.UI == uiZH {
		return l.EN
	}
	return l.ZH
}

// pair is a label in the page's language with its other-language name,
// and that language (for the HTML lang attribute).
type pair struct{ Main, Sub, SubLang string }

// Pair is the interface string of key in the page's language, with the
// string in the other language to show small after it.
func (b base) Pair(key string) pair {
	return pair{Main: msg(b.UI, key), Sub: msg(other(b.UI), key), SubLang: b.SubLang()}
}

// SubLang is the HTML lang of the labels in the other language, shown
// small after those in the page's.
func (b base) SubLang() string { return langAttr(other(b.UI)) }

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
	// The language of a page follows the ui cookie and Accept-Language.
	c.Header("Vary", "Cookie, Accept-Language")
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// errorView is the view of error.html.
type errorView struct {
	base
	Status  int
	Heading string
	Message string
}
