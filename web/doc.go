// Package web serves incidex over HTTP: the search page, one page per
// incident with its timeline, the failure patterns with a chart of their
// incidents per year, the crawler's sources, an Atom feed of any search,
// and a small JSON API (search, incidents, failure patterns, sources,
// its OpenAPI description) plus a health check and Prometheus metrics,
// all on a Gin engine built by New.
//
// Templates and the style sheet are embedded and parsed once, at startup.
// Everything is escaped by html/template (the charts are inline SVG drawn
// by a template too) or, in the feed, by encoding/xml; the only markup
// that passes through is the <mark> of search highlights, which the
// search package builds from already-escaped text. Pages need no
// JavaScript, and every response carries a strict Content-Security-Policy.
//
// The interface speaks English and Chinese: ?ui=en|zh chooses and sets
// the ui cookie, else the cookie, else Accept-Language decides. The
// strings are in msgs (i18n.go). The JSON API is rate limited per client
// (Deps.APIRate, Deps.APIBurst).
//
// The package depends on the search layer only through the Searcher
// interface it defines, so tests and other front ends can plug in their
// own.
package web
