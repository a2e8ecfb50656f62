package crawler

import (
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/incidex/incidex/data"
)

// Kinds of source.
const (
	KindPage    = "page"
	KindFeed    = "feed"
	KindSitemap = "sitemap"
	KindListing = "listing"
	// KindCatalogue is a JSON list in data/catalogue.json's format; each
	// known URL is fetched once and re-checked rarely.
	KindCatalogue = "catalogue"
	// KindLinks is a page (HTML or Markdown) whose outbound links are
	// each fetched once as candidate postmortems.
	KindLinks = "links"
	// KindStatuspage is a hosted status page: each resolved incident with
	// its updates as the timeline.
	KindStatuspage = "statuspage"
)

// BuiltinCatalogue is the url of a catalogue source that reads incidex's
// own catalogue (data/catalogue.json, built in).
const BuiltinCatalogue = "builtin:catalogue"

// DefaultRecheck is how long a document found through a catalogue or a
// links page stays unasked after a fetch, unless its source says every.
const DefaultRecheck = 30 * 24 * time.Hour

// Source is one entry of the sources file.
type Source struct {
	Name   string        `yaml:"name"`
	URL    string        `yaml:"url"`
	Kind   string        `yaml:"kind"`
	Follow string        `yaml:"follow"`
	Next   string        `yaml:"next"`
	Every  time.Duration `yaml:"-"`
	// EveryText is every as written ("24h").
	EveryText string `yaml:"every"`

	follow *regexp.Regexp
}

// Sources is a sources file.
type Sources struct {
	AllowPrivate bool     `yaml:"allow_private"`
	Sources      []Source `yaml:"sources"`
}

// LoadSources reads a sources file, or the embedded default list when path
// is "".
func LoadSources(path string) (*Sources, error) {
	b := data.DefaultSources
	if path != "" {
		var err error
		if b, err = os.ReadFile(path); err != nil {
			return nil, fmt.Errorf("sources: %w", err)
		}
	}
	return ParseSources(b)
}

// ParseSources reads and checks the YAML of a sources file.
func ParseSources(b []byte) (*Sources, error) {
	var s Sources
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	seen := map[string]bool{}
	for i := range s.Sources {
		src := &s.Sources[i]
		if err := src.check(); err != nil {
			return nil, fmt.Errorf("sources: entry %d: %w", i+1, err)
		}
		if seen[src.Name] {
			return nil, fmt.Errorf("sources: name %q is used twice", src.Name)
		}
		seen[src.Name] = true
	}
	return &s, nil
}

func (src *Source) check() error {
	u, err := url.Parse(src.URL)
	web := err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
	switch {
	case web:
		if src.Name == "" {
			src.Name = u.Host + u.Path
		}
	case src.Kind == KindCatalogue && src.URL != "":
		// the built-in catalogue or a local file
		if src.Name == "" {
			src.Name = src.URL
		}
	default:
		return fmt.Errorf("url %q is not an http or https URL", src.URL)
	}
	switch src.Kind {
	case "", KindPage, KindFeed, KindSitemap, KindListing, KindCatalogue, KindLinks, KindStatuspage:
	default:
		return fmt.Errorf("%s: kind %q is not page, feed, sitemap, listing, catalogue, links or statuspage", src.Name, src.Kind)
	}
	if src.Follow != "" {
		re, err := regexp.Compile(src.Follow)
		if err != nil {
			return fmt.Errorf("%s: follow: %w", src.Name, err)
		}
		src.follow = re
	}
	if src.EveryText != "" {
		d, err := time.ParseDuration(src.EveryText)
		if err != nil || d < time.Minute {
			return fmt.Errorf("%s: every %q is not a duration of a minute or more", src.Name, src.EveryText)
		}
		src.Every = d
	}
	return nil
}

// Follows reports whether a link found on the source may be fetched: it
// matches follow, or, without follow, it is on the source's own host (any
// host for a catalogue or a links page).
func (src *Source) Follows(link string) bool {
	if src.follow != nil {
		return src.follow.MatchString(link)
	}
	if src.Kind == KindCatalogue || src.Kind == KindLinks {
		return true
	}
	a, err1 := url.Parse(src.URL)
	b, err2 := url.Parse(link)
	return err1 == nil && err2 == nil && strings.EqualFold(a.Host, b.Host)
}

// recheck is how long a document found through the source stays unasked
// after a fetch (0: asked every pass, conditionally).
func (src *Source) recheck(def time.Duration) time.Duration {
	if src.Kind != KindCatalogue && src.Kind != KindLinks {
		return 0
	}
	if src.Every > 0 {
		return src.Every
	}
	return def
}

// SeedSource makes a source of a --url seed: kind guessed, links followed
// on its own host only.
func SeedSource(raw string) (Source, error) {
	src := Source{URL: raw}
	if err := src.check(); err != nil {
		return Source{}, err
	}
	src.Name = "url:" + src.Name
	return src, nil
}
