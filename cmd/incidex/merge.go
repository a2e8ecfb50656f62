package main

import (
	"errors"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/incidex/incidex/crawler"
	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// One record per incident. A write-up (imported or crawled) gets the id of
// its canonical source URL (extract reads it from the file); when it names
// none, or another URL, and its title is that of a catalogue entry whose
// stub is still in the index, it takes the stub's id and URL. Either way
// it replaces the stub, and every field the write-up lacks keeps the
// catalogue's value (write-up over stub, field by field).

// docExt are the extensions of a document file a catalogue URL may end in.
var docExt = map[string]bool{".md": true, ".markdown": true, ".txt": true, ".html": true, ".htm": true, ".pdf": true}

// minTitleRunes is the shortest title that identifies a catalogue entry.
const minTitleRunes = 16

// merger gives write-ups their identity against the catalogue stubs.
type merger struct {
	ix      *indexer.Index
	byID    map[string]*data.CatalogueEntry // the built-in catalogue by id
	byTitle map[string][]string             // normalised title → catalogue ids
	slugOf  map[string]string               // catalogue id → the last segment of its URL, as a file name
	bySlug  map[string][]string             // that name → catalogue ids
	mu      sync.Mutex
	claimed map[string]bool // stub ids taken in this run (not yet in the index)
}

func newMerger(ix *indexer.Index) (*merger, error) {
	entries, err := data.Catalogue()
	if err != nil {
		return nil, err
	}
	return newMergerOf(ix, entries), nil
}

// newMergerOf is a merger over the given catalogue.
func newMergerOf(ix *indexer.Index, entries []data.CatalogueEntry) *merger {
	m := &merger{ix: ix, byID: map[string]*data.CatalogueEntry{}, byTitle: map[string][]string{}, slugOf: map[string]string{}, bySlug: map[string][]string{}, claimed: map[string]bool{}}
	for i := range entries {
		e := &entries[i]
		id := data.IDFor(crawler.Canonical(e.URL))
		if _, ok := m.byID[id]; ok {
			continue
		}
		m.byID[id] = e
		if t := data.FoldTitle(e.Title); t != "" {
			m.byTitle[t] = append(m.byTitle[t], id)
		}
		if u, err := url.Parse(e.URL); err == nil {
			sl := slug(path.Base(u.Path))
			m.slugOf[id] = sl // with its title
			if docExt[strings.ToLower(path.Ext(u.Path))] {
				m.bySlug[sl] = append(m.bySlug[sl], id) // alone: a document file's name
			}
		}
	}
	return m
}

// slug is a file name without its extension, case, spaces and
// punctuation ("PM2021-002 - Flux bump.md" and "PM2021-002-Flux-bump.md"
// are one name).
func slug(name string) string {
	return data.FoldTitle(strings.TrimSuffix(name, path.Ext(name)))
}

// byName returns the catalogue entry a write-up is by its title and its
// file's name: the entry of the same title whose URL ends in the same
// file name (a copy of a repository the catalogue lists), else the one
// entry of a title long enough to tell, else the one entry whose URL ends
// in a document file of the same, long enough, name.
func (m *merger) byName(title, name string) string {
	ids := m.byTitle[data.FoldTitle(title)]
	base := ""
	if !isWebURL(name) {
		base = slug(path.Base(filepath.ToSlash(name)))
	}
	if base != "" {
		found := ""
		for _, id := range ids {
			if m.slugOf[id] == base {
				if found != "" {
					found = "-" // ambiguous
				}
				found = id
			}
		}
		if found != "" && found != "-" {
			return found
		}
	}
	if len(ids) == 1 && len([]rune(data.FoldTitle(title))) >= minTitleRunes {
		return ids[0]
	}
	if base != "" && len(m.bySlug[base]) == 1 && len([]rune(base)) >= minTitleRunes {
		return m.bySlug[base][0]
	}
	return ""
}

// resolve sets a write-up's id (and URL, where it names none) and fills
// what it lacks from the catalogue entry it replaces. knownID is the id
// the same file or URL was given before (from the raw store), if any;
// name is the file's path or the page's URL. It returns the earlier id
// when the write-up moves away from it (a folder imported by an older
// build: the file's path id gives way to its source URL's or its
// catalogue entry's), for the caller to delete.
func (m *merger) resolve(in *data.Incident, knownID, name string) (stale string, err error) {
	in.Stub = false
	fromPath := !isWebURL(in.URL) // a file that names no source URL
	switch {
	case knownID != "" && knownID != data.IDFor(name) && (fromPath || isWebURL(name)):
		in.ID = knownID // given by an earlier merge (or a crawl's rel=canonical)
	default:
		exists := false
		if !fromPath {
			_, err := m.ix.GetAny(in.ID)
			switch {
			case err == nil:
				exists = true // a stub or an earlier write-up of the same URL: replaced
			case !errors.Is(err, data.ErrNotFound):
				return "", err
			}
		}
		if !exists {
			if id := m.byName(in.Title, name); id != "" && id != in.ID {
				ok, err := m.free(id)
				if err != nil {
					return "", err
				}
				if ok {
					in.ID = id
				}
			}
		}
	}
	if e := m.byID[in.ID]; e != nil {
		if !isWebURL(in.URL) {
			in.URL = e.URL
		}
		fillFrom(in, e.Title, e.Org, e.Date, e.Lang, e.Patterns)
		in.Normalize() // the catalogue's organisation under its canonical name, as stored
	}
	m.mu.Lock()
	m.claimed[in.ID] = true
	m.mu.Unlock()
	if knownID != "" && knownID != in.ID {
		stale = knownID
	}
	return stale, nil
}

// free reports whether a catalogue id may be taken by a write-up found by
// its title: its stub is in the index, or nothing is, and no other
// write-up of this run took it.
func (m *merger) free(id string) (bool, error) {
	m.mu.Lock()
	taken := m.claimed[id]
	m.mu.Unlock()
	if taken {
		return false, nil
	}
	old, err := m.ix.GetAny(id)
	switch {
	case errors.Is(err, data.ErrNotFound):
		return true, nil
	case err != nil:
		return false, err
	}
	return old.IsStub(), nil
}

// fillFrom keeps the catalogue's value of each field the write-up lacks.
func fillFrom(in *data.Incident, title, org, date, lang string, patterns []string) {
	if in.Title == "" {
		in.Title = title
	}
	if in.Org == "" {
		in.Org = org
	}
	if in.Published == "" {
		in.Published = date
	}
	if in.Lang == "" {
		in.Lang = lang
	}
	if len(in.Patterns) == 0 && len(patterns) > 0 {
		in.Patterns = append([]string(nil), patterns...)
	}
}

func isWebURL(u string) bool {
	return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")
}

// crawlIndexFunc is the crawler's way into the index: a crawled write-up
// replaces its stub like an imported one.
func crawlIndexFunc(ix *indexer.Index) (crawler.IndexFunc, error) {
	m, err := newMerger(ix)
	if err != nil {
		return nil, err
	}
	var mu sync.Mutex
	return func(in *data.Incident) error {
		mu.Lock()
		defer mu.Unlock()
		if _, err := m.resolve(in, "", in.URL); err != nil {
			return err
		}
		// an incident the user deleted stays deleted when its page changes
		if old, err := ix.GetAny(in.ID); err == nil && old.DeletedAt != "" {
			in.DeletedAt = old.DeletedAt
		}
		return ix.Put(in)
	}, nil
}
