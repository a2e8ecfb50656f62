package search

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// Lexicon is a general Chinese-English dictionary (CC-CEDICT, cleaned):
// the English glosses of a Chinese word and the Chinese words of an
// English gloss. It stands under the thesaurus: search uses it only for
// the words the thesaurus does not know, and weighs what it brings less.
type Lexicon struct {
	zh map[string][]string // headword → glosses, most fitting first
	en map[string][]string // gloss → headwords
	// common holds the glosses that are ordinary words ("slack",
	// "apple"), not only names ("Google")
	common map[string]bool
	// maxGloss is the longest gloss in words
	maxGloss int
}

var (
	lexiconOnce sync.Once
	lexicon     *Lexicon
	lexiconErr  error
)

// DefaultLexicon returns the embedded lexicon, parsed on first use (about
// 76,000 headwords; tens of milliseconds). PreloadLexicon parses it ahead
// of the first query.
func DefaultLexicon() (*Lexicon, error) {
	lexiconOnce.Do(func() { lexicon, lexiconErr = ParseLexicon(data.CEDICT) })
	return lexicon, lexiconErr
}

// PreloadLexicon parses the embedded lexicon in the background, so that
// the first search does not wait for it.
func PreloadLexicon() { go DefaultLexicon() }

// ParseLexicon reads the gzip of lines "headword<TAB>gloss|gloss".
func ParseLexicon(gz []byte) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("search: lexicon: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("search: lexicon: %w", err)
	}
	// one string for the whole table: headwords and glosses are slices of
	// it, not a copy each
	all := string(raw)
	l := &Lexicon{zh: make(map[string][]string, 80000), en: make(map[string][]string, 120000), common: make(map[string]bool, 100000)}
	for all != "" {
		line := all
		if i := strings.IndexByte(all, '\n'); i >= 0 {
			line, all = all[:i], all[i+1:]
		} else {
			all = ""
		}
		head, rest, ok := strings.Cut(line, "\t")
		if !ok || head == "" || rest == "" {
			continue
		}
		var gl []string
		for _, g := range strings.Split(rest, "|") {
			lg := g
			if strings.ToLower(g) != g {
				lg = strings.ToLower(g)
			} else {
				l.common[g] = true // a word, not only a name
			}
			if !slices.Contains(gl, lg) {
				gl = append(gl, lg)
			}
		}
		l.zh[head] = gl
		for _, g := range gl {
			l.en[g] = append(l.en[g], head)
			if n := strings.Count(g, " ") + 1; n > l.maxGloss {
				l.maxGloss = n
			}
		}
	}
	if len(l.zh) == 0 {
		return nil, fmt.Errorf("search: lexicon is empty")
	}
	return l, nil
}

// Common reports whether an English word (lowercase) is an ordinary word
// of the dictionary, not only a name: "slack" is, "google" is not.
func (l *Lexicon) Common(w string) bool { return l.common[w] }

// Len returns the number of Chinese headwords.
func (l *Lexicon) Len() int { return len(l.zh) }

// Glosses returns the English glosses of a Chinese word, most fitting
// first (computing senses lead), or nil.
func (l *Lexicon) Glosses(zh string) []string { return l.zh[zh] }

// Headwords returns the Chinese words glossed by an English word or
// phrase, the commonest first (by the segmenter's word frequencies), or
// nil. "servers" finds the words of "server".
func (l *Lexicon) Headwords(en string) []string {
	en = strings.ToLower(strings.TrimSpace(en))
	hw := l.en[en]
	if hw == nil {
		for _, suf := range []string{"s", "es"} {
			if s, ok := strings.CutSuffix(en, suf); ok && len(s) > 2 {
				if hw = l.en[s]; hw != nil {
					break
				}
			}
		}
	}
	if len(hw) < 2 {
		return hw
	}
	out := append([]string(nil), hw...)
	seg, err := indexer.Segmenter()
	if err != nil {
		return out
	}
	freq := func(w string) float64 {
		f, _, _ := seg.Dict.Find([]byte(w))
		return f
	}
	sort.SliceStable(out, func(i, j int) bool { return freq(out[i]) > freq(out[j]) })
	return out
}
