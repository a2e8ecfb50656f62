// Package web serves incidex over HTTP: the search page, one page per
// incident with its timeline, and a small JSON API (search, incidents,
// failure patterns) plus a health check, all on a Gin engine built by New.
//
// Templates and the style sheet are embedded and parsed once, at startup.
// Everything is escaped by html/template; the only markup that passes
// through is the <mark> of search highlights, which the search package
// builds from already-escaped text. Pages need no JavaScript, and every
// response carries a strict Content-Security-Policy.
//
// The package depends on the search layer only through the Searcher
// interface it defines, so tests and other front ends can plug in their
// own.
package web
