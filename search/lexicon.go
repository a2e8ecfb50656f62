package search

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// Lexicon is a general Chinese-English dictionary (CC-CEDICT, cleaned):
// the English glosses of a Chinese word and the Chinese words of an
// English gloss. It stands under the thesaurus: search uses it only for
// the words the thesaurus does not know, and weighs what it brings less.
//
// It keeps the table as one string and two sorted lists of its lines,
// looked up by binary search: a few megabytes, parsed in tens of
// milliseconds, instead of maps several times that size.
type Lexicon struct {
	zh []string // "headword\tgloss|gloss", sorted
	en []string // "gloss\theadword|headword[\t1]", sorted
	// maxGloss is the longest gloss in words
	maxGloss int
}

var (
	lexiconOnce sync.Once
	lexicon     *Lexicon
	lexiconErr  error
)

// DefaultLexicon returns the embedded lexicon, parsed on first use.
// PreloadLexicon parses it ahead of the first query.
func DefaultLexicon() (*Lexicon, error) {
	lexiconOnce.Do(func() { lexicon, lexiconErr = ParseLexicon(data.CEDICT) })
	return lexicon, lexiconErr
}

// PreloadLexicon parses the embedded lexicon in the background, so that
// the first search does not wait for it.
func PreloadLexicon() { go DefaultLexicon() }

// ParseLexicon reads the gzip of scripts/make_cedict.py's two sorted
// sections, "#zh" and "#en".
func ParseLexicon(gz []byte) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("search: lexicon: %w", err)
	}
	// gzip's trailer holds the size of the text: read it into one buffer
	// rather than one that grows by doubling
	var raw []byte
	if n := len(gz); n >= 4 {
		if size := binary.LittleEndian.Uint32(gz[n-4:]); size > 0 && size < 64<<20 {
			raw = make([]byte, 0, size)
		}
	}
	buf := bytes.NewBuffer(raw)
	if _, err := io.Copy(buf, zr); err != nil {
		return nil, fmt.Errorf("search: lexicon: %w", err)
	}
	raw = buf.Bytes()
	// raw is never written again: the lines are slices of it
	all := unsafe.String(unsafe.SliceData(raw), len(raw))
	l := &Lexicon{zh: make([]string, 0, 80000), en: make([]string, 0, 160000)}
	var section *[]string
	for all != "" {
		line := all
		if i := strings.IndexByte(all, '\n'); i >= 0 {
			line, all = all[:i], all[i+1:]
		} else {
			all = ""
		}
		switch {
		case line == "#zh":
			section = &l.zh
		case line == "#en":
			section = &l.en
		case section == nil || !strings.Contains(line, "\t"):
		default:
			*section = append(*section, line)
		}
	}
	if len(l.zh) == 0 || len(l.en) == 0 {
		return nil, fmt.Errorf("search: lexicon has no entries")
	}
	for _, s := range [][]string{l.zh, l.en} {
		if !sort.SliceIsSorted(s, func(i, j int) bool { return key(s[i]) < key(s[j]) }) {
			return nil, fmt.Errorf("search: lexicon is not sorted")
		}
	}
	for _, line := range l.en {
		if n := strings.Count(key(line), " ") + 1; n > l.maxGloss {
			l.maxGloss = n
		}
	}
	return l, nil
}

// key is what a line is sorted by: the text before its first tab.
func key(line string) string {
	k, _, _ := strings.Cut(line, "\t")
	return k
}

// find returns the rest of the line of lines whose key is k, or "".
func find(lines []string, k string) string {
	i := sort.Search(len(lines), func(i int) bool { return key(lines[i]) >= k })
	if i < len(lines) && key(lines[i]) == k {
		_, rest, _ := strings.Cut(lines[i], "\t")
		return rest
	}
	return ""
}

// Len returns the number of Chinese headwords.
func (l *Lexicon) Len() int { return len(l.zh) }

// Glosses returns the English glosses of a Chinese word, lowercased, most
// fitting first (computing senses lead), or nil.
func (l *Lexicon) Glosses(zh string) []string {
	rest := find(l.zh, zh)
	if rest == "" {
		return nil
	}
	var out []string
	for _, g := range strings.Split(rest, "|") {
		if g = strings.ToLower(g); !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// Common reports whether an English word (lowercase) is an ordinary word
// of the dictionary, not only a name: "slack" is, "google" is not.
func (l *Lexicon) Common(w string) bool {
	rest := find(l.en, w)
	_, flag, _ := strings.Cut(rest, "\t")
	return flag == "1"
}

// Headwords returns the Chinese words glossed by an English word or
// phrase, the commonest first (by the segmenter's word frequencies), or
// nil. "servers" finds the words of "server".
func (l *Lexicon) Headwords(en string) []string {
	en = strings.ToLower(strings.TrimSpace(en))
	// an inflected word's headwords are its lemma's and its own, the
	// group with the more common word first: "documents" is 文件, 文档 …
	// before 公事 (the one word CEDICT glosses "documents"), "affected" 影响
	// before 做作, but "news" 新闻 before new's 新生
	var groups [][]string
	var tops []float64
	for _, w := range append(lemmas(en), en) {
		rest := find(l.en, w)
		if rest == "" {
			continue
		}
		heads, _, _ := strings.Cut(rest, "\t")
		group := strings.Split(heads, "|")
		groups = append(groups, group)
		tops = append(tops, l.byUse(group))
		if w != en {
			// the first lemma found is the one; the word itself follows
			if r := find(l.en, en); r != "" {
				h, _, _ := strings.Cut(r, "\t")
				g := strings.Split(h, "|")
				groups = append(groups, g)
				tops = append(tops, l.byUse(g))
			}
			break
		}
	}
	if len(groups) == 2 && tops[1] > tops[0] {
		groups[0], groups[1] = groups[1], groups[0]
	}
	var out []string
	seen := map[string]bool{}
	for _, g := range groups {
		for _, h := range g {
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
	}
	return out
}

// lemmas returns the words an English word may be an inflection of, most
// likely first: its singular, or its verb before -ed or -ing.
func lemmas(w string) []string {
	var out []string
	add := func(s string) {
		if len(s) > 2 && s != w {
			out = append(out, s)
		}
	}
	cut := func(suf string) (string, bool) { return strings.CutSuffix(w, suf) }
	if s, ok := cut("ies"); ok {
		add(s + "y")
	}
	if s, ok := cut("ied"); ok {
		add(s + "y")
	}
	for _, suf := range []string{"ing", "ed"} {
		s, ok := cut(suf)
		if !ok || len(s) < 3 {
			continue // need, seed, bring
		}
		if n := len(s); n > 2 && s[n-1] == s[n-2] && strings.IndexByte("bdgklmnprt", s[n-1]) >= 0 {
			add(s[:n-1]) // stopped → stop
		}
		add(s + "e") // resolved → resolve, degrading → degrade
		add(s)       // deployed → deploy
	}
	if s, ok := cut("es"); ok {
		add(s) // processes → process
	}
	if s, ok := cut("s"); ok && !strings.HasSuffix(w, "ss") {
		add(s)
	}
	return out
}

// byUse orders headwords by how common the segmenter's dictionary says
// each word is, most common first, and returns the first one's frequency.
func (l *Lexicon) byUse(out []string) float64 {
	seg, err := indexer.Segmenter()
	if err != nil || len(out) == 0 {
		return 0
	}
	freq := func(w string) float64 {
		f, _, _ := seg.Dict.Find([]byte(w))
		return f
	}
	sort.SliceStable(out, func(i, j int) bool { return freq(out[i]) > freq(out[j]) })
	return freq(out[0])
}
