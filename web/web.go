package web

import (
	"context"
	"log/slog"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/search"
)

// Searcher is what the web layer needs from the search layer;
// *search.Searcher implements it.
type Searcher interface {
	Search(ctx context.Context, req search.Request) (*search.Result, error)
	Get(ctx context.Context, id string) (*data.Incident, error)
	Count() (uint64, error)
}

// Deps are what New needs. Searcher is required; a nil Logger discards
// log records.
type Deps struct {
	Searcher Searcher
	Logger   *slog.Logger
	// Crawl reports the crawler's status by source; nil when no crawler
	// runs.
	Crawl func() []SourceStatus
	// APIRate and APIBurst limit the requests each client may send to
	// /api/: a token bucket of APIBurst tokens refilled at APIRate a
	// second. Zero means DefaultAPIRate and DefaultAPIBurst; a negative
	// APIRate turns the limit off.
	APIRate  float64
	APIBurst int
}

// server holds what the handlers share.
type server struct {
	searcher  Searcher
	crawl     func() []SourceStatus
	metrics   *metrics
	log       *slog.Logger
	templates map[string]*pageTemplate
	assets    map[string]*asset
	cssURL    string
	limiter   *clientLimiter // of /api/; nil when off
}

// New returns the Gin engine serving incidex's pages and API. It parses
// every embedded template and panics, with a message naming the file,
// when one is missing or broken: call it at startup. It does not change
// Gin's mode; that is the caller's business.
func New(deps Deps) *gin.Engine {
	if deps.Searcher == nil {
		panic("web: New: Deps.Searcher is nil")
	}
	logger := deps.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	tpls, err := parseTemplates(templateFS)
	if err != nil {
		panic("web: " + err.Error())
	}
	assets, err := loadAssets(staticFS)
	if err != nil {
		panic("web: " + err.Error())
	}
	css, ok := assets["style.css"]
	if !ok {
		panic(`web: missing static file "style.css"`)
	}
	s := &server{
		searcher:  deps.Searcher,
		crawl:     deps.Crawl,
		log:       logger,
		templates: tpls,
		assets:    assets,
		cssURL:    "/static/style.css?v=" + css.etag[1:13],
		limiter:   newClientLimiter(deps.APIRate, deps.APIBurst),
	}
	if _, ok := assets["openapi.json"]; !ok {
		panic(`web: missing static file "openapi.json"`)
	}
	r := gin.New()
	// Trust no proxy headers unless the caller says otherwise.
	_ = r.SetTrustedProxies(nil)
	s.routes(r)
	return r
}
