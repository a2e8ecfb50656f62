// Package search turns what a person types into a bleve request over the
// incidex index and the answer into a Result: hits with highlighted
// fragments per section, facets on patterns, org, year and language, and
// paging. Result is the view model of both the HTML pages and the JSON API.
package search
