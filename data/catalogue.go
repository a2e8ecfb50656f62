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

// ParseCatalogue reads a catalogue in catalogue.json's format.
func ParseCatalogue(b []byte) ([]CatalogueEntry, error) {
	var out []CatalogueEntry
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("data: catalogue: %w", err)
	}
	return out, nil
}

// CatalogueJSON returns the built-in catalogue as JSON.
func CatalogueJSON() []byte { return catalogueJSON }

// Catalogue returns the built-in catalogue of known public postmortems
// (built by scripts/make_catalogue.py from the shared corpus's manifest).
func Catalogue() ([]CatalogueEntry, error) {
	var out []CatalogueEntry
	if err := json.Unmarshal(catalogueJSON, &out); err != nil {
		return nil, fmt.Errorf("data: embedded catalogue: %w", err)
	}
	return out, nil
}

// Incident returns the catalogue entry as a stub incident with the given
// id (the id its crawled page or an imported copy naming its URL will
// have, so that the write-up replaces it). Its date is the incident's (or
// the write-up's) where the catalogue knows it, else none.
func (e CatalogueEntry) Incident(id string) *Incident {
	in := &Incident{
		ID: id, URL: e.URL, Stub: true, Title: e.Title, Org: e.Org, Lang: e.Lang, Published: e.Date,
		Summary: e.Summary, Patterns: e.Patterns, Tags: []string{CatalogueTag}, Text: e.Summary,
	}
	in.Normalize()
	return in
}

// IsStub reports whether an incident is a catalogue stub: marked so, or
// seeded before stubs were marked (the catalogue tag alone, and no text
// but its summary).
func (in *Incident) IsStub() bool {
	if in.Stub {
		return true
	}
	return len(in.Tags) == 1 && in.Tags[0] == CatalogueTag && in.Text == in.Summary
}
