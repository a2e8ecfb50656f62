package data

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

// CatalogueEntry is a known public postmortem: where it is, whose, when,
// its title and patterns, and a one-line description of our own.
type CatalogueEntry struct {
	URL      string   `json:"url"`
	Org      string   `json:"org"`
	Date     string   `json:"date"`
	Lang     string   `json:"lang"`
	Title    string   `json:"title"`
	Patterns []string `json:"patterns"`
	Summary  string   `json:"summary"`
}

// CatalogueTag marks an incident that comes from the built-in catalogue
// and not yet from its crawled page.
const CatalogueTag = "catalogue"

//go:embed catalogue.json
var catalogueJSON []byte

// Catalogue returns the built-in catalogue of known public postmortems
// (built by scripts/make_catalogue.py from the shared corpus's manifest).
func Catalogue() ([]CatalogueEntry, error) {
	var out []CatalogueEntry
	if err := json.Unmarshal(catalogueJSON, &out); err != nil {
		return nil, fmt.Errorf("data: embedded catalogue: %w", err)
	}
	return out, nil
}

// Incident returns the catalogue entry as an incident with the given id
// (the id its crawled page will have, so that the crawl replaces it).
func (e CatalogueEntry) Incident(id string) *Incident {
	in := &Incident{
		ID: id, URL: e.URL, Title: e.Title, Org: e.Org, Lang: e.Lang, Published: e.Date,
		Summary: e.Summary, Patterns: e.Patterns, Tags: []string{CatalogueTag}, Text: e.Summary,
	}
	in.Normalize()
	return in
}
