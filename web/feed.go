package web

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/search"
)

// feedSize is the number of incidents in a feed.
const feedSize = 30

// The Atom document (RFC 4287), as much of it as a feed of incidents
// needs. encoding/xml escapes every value, and writes characters XML
// cannot hold as U+FFFD.
type atomFeed struct {
	XMLName   xml.Name      `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string        `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"`
	Title     atomText      `xml:"title"`
	Subtitle  *atomText     `xml:"subtitle,omitempty"`
	ID        string        `xml:"id"`
	Updated   string        `xml:"updated"`
	Links     []atomLink    `xml:"link"`
	Author    atomPerson    `xml:"author"`
	Generator atomGenerator `xml:"generator"`
	Entries   []atomEntry   `xml:"entry"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Text string `xml:",chardata"`
}

type atomLink struct {
	Rel      string `xml:"rel,attr,omitempty"`
	Type     string `xml:"type,attr,omitempty"`
	Href     string `xml:"href,attr"`
	HrefLang string `xml:"hreflang,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomGenerator struct {
	URI  string `xml:"uri,attr,omitempty"`
	Text string `xml:",chardata"`
}

type atomCategory struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	Lang       string         `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"`
	ID         string         `xml:"id"`
	Title      atomText       `xml:"title"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published,omitempty"`
	Links      []atomLink     `xml:"link"`
	Author     *atomPerson    `xml:"author,omitempty"`
	Categories []atomCategory `xml:"category"`
	Summary    *atomText      `xml:"summary,omitempty"`
}

// feed serves GET /feed.atom: the newest incidents matching the search
// page's query and filters, as an Atom feed.
func (s *server) feed(c *gin.Context) {
	req, err := parseRequest(c)
	if err == nil {
		req.Sort, req.Limit, req.Offset = search.SortDate, feedSize, 0
		var res *search.Result
		res, err = s.searcher.Search(c.Request.Context(), req)
		if err == nil && res == nil {
			err = errors.New("web: search returned no result")
		}
		if err == nil {
			s.writeFeed(c, req, res)
			return
		}
	}
	if errors.Is(err, search.ErrBadQuery) {
		c.Header("Cache-Control", "no-store")
		c.Data(http.StatusBadRequest, "text/plain; charset=utf-8", []byte(err.Error()+"\n"))
		c.Abort()
		return
	}
	level := slog.LevelError
	if errors.Is(err, context.Canceled) {
		level = slog.LevelDebug // the client went away
	}
	s.log.LogAttrs(c.Request.Context(), level, "web: feed failed",
		slog.String("path", c.Request.URL.Path),
		slog.String("query", c.Request.URL.RawQuery),
		slog.String("error", err.Error()),
	)
	c.Data(http.StatusInternalServerError, "text/plain; charset=utf-8", []byte("internal error\n"))
	c.Abort()
}

func (s *server) writeFeed(c *gin.Context, req search.Request, res *search.Result) {
	lang := uiOf(c)
	origin := requestOrigin(c)
	p := feedParams(paramsOf(req))
	self := origin + feedURL(p)
	now := time.Now().UTC()

	title := msg(lang, "feed.title")
	if req.Query != "" {
		title = "incidex: " + req.Query
	}
	var filters []string
	active, _ := activeFilters(req, p, lang)
	for _, a := range active {
		filters = append(filters, a.Label)
	}
	f := atomFeed{
		Lang:      langAttr(lang),
		Title:     atomText{Type: "text", Text: title},
		ID:        self,
		Links:     []atomLink{{Rel: "self", Type: "application/atom+xml", Href: self}, {Rel: "alternate", Type: "text/html", Href: origin + p.url(1)}},
		Author:    atomPerson{Name: "incidex"},
		Generator: atomGenerator{Text: "incidex"},
		Entries:   make([]atomEntry, 0, len(res.Hits)),
	}
	if len(filters) > 0 {
		f.Subtitle = &atomText{Type: "text", Text: strings.Join(filters, " · ")}
	}
	var newest time.Time
	for _, h := range res.Hits {
		page := incidentURL(h.ID)
		if page == "" {
			continue
		}
		e := atomEntry{
			Lang:  langAttr(h.Lang),
			ID:    origin + page,
			Title: atomText{Type: "text", Text: h.Title},
			Links: []atomLink{{Rel: "alternate", Type: "text/html", Href: origin + page}},
		}
		if e.Title.Text == "" {
			e.Title.Text = untitled(h.Summary, h.ID, lang)
		}
		if isWebURL(h.URL) {
			e.Links = append(e.Links, atomLink{Rel: "via", Type: "text/html", Href: h.URL})
		}
		updated := now
		if t, err := time.Parse("2006-01-02", h.Published); err == nil {
			updated = t
			e.Published = t.Format(time.RFC3339)
		} else if t, err := time.Parse(time.RFC3339, h.StartedAt); err == nil {
			updated = t
		}
		e.Updated = updated.Format(time.RFC3339)
		if updated.After(newest) {
			newest = updated
		}
		if h.Org != "" {
			e.Author = &atomPerson{Name: h.Org}
		}
		for _, id := range h.Patterns {
			cat := atomCategory{Term: id, Scheme: origin + "/patterns"}
			if pat, ok := data.PatternByID(id); ok {
				cat.Label = pat.EN
				if lang == uiZH {
					cat.Label = pat.ZH
				}
			}
			e.Categories = append(e.Categories, cat)
		}
		if sum := strings.TrimSpace(h.Summary); sum != "" {
			e.Summary = &atomText{Type: "text", Text: sum}
		}
		f.Entries = append(f.Entries, e)
	}
	if newest.IsZero() {
		newest = now
	}
	f.Updated = newest.Format(time.RFC3339)

	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		s.log.LogAttrs(c.Request.Context(), slog.LevelError, "web: encode feed", slog.String("error", err.Error()))
		c.Data(http.StatusInternalServerError, "text/plain; charset=utf-8", []byte("internal error\n"))
		return
	}
	buf.WriteByte('\n')
	c.Header("Cache-Control", "no-cache")
	c.Header("Vary", "Cookie, Accept-Language") // the titles of filters and patterns
	c.Data(http.StatusOK, "application/atom+xml; charset=utf-8", buf.Bytes())
}

// feedParams are the parameters of a search that a feed keeps: the
// query and filters, not its order or paging.
func feedParams(p params) params {
	n := p.clone()
	for _, k := range []string{"sort", "limit", "page", "offset"} {
		n.v.Del(k)
	}
	return n
}

// feedURL is the address of the feed of a search, relative to the host.
func feedURL(p params) string {
	u := feedParams(p).url(1)
	return "/feed.atom" + strings.TrimPrefix(u, "/")
}

// requestOrigin is scheme://host of the request, for the absolute links
// a feed needs. A Host header with characters no host name has is
// replaced by localhost.
func requestOrigin(c *gin.Context) string {
	scheme := "http"
	if c.Request.TLS != nil {
		scheme = "https"
	}
	host := c.Request.Host
	if host == "" || len(host) > 255 || strings.ContainsFunc(host, notHostRune) {
		host = "localhost"
	}
	return scheme + "://" + host
}

func notHostRune(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return false
	}
	return !strings.ContainsRune(".-:[]_", r)
}
