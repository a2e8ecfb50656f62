package indexer

import (
	"fmt"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/segment"
	"github.com/go-ego/gse"
)

// TokenizerName is the name of the gse tokenizer in bleve's registry.
const TokenizerName = "incidex_gse"

// Tokenizer splits mixed Chinese and English text. Letters and numbers are
// cut at Unicode word boundaries (exact byte offsets, like bleve's unicode
// tokenizer); each run of adjacent ideographs is cut into words by gse. In
// search mode every Chinese word of three or more characters is followed by
// the dictionary words inside it, at the same position, so that 光缆 finds a
// text that says 光缆中断.
type Tokenizer struct {
	seg    *gse.Segmenter
	search bool
}

// NewTokenizer returns a tokenizer over the shared segmenter.
func NewTokenizer(search bool) (*Tokenizer, error) {
	s, err := Segmenter()
	if err != nil {
		return nil, err
	}
	return &Tokenizer{seg: s, search: search}, nil
}

// Tokenize implements analysis.Tokenizer. Positions start at 1.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	rv := make(analysis.TokenStream, 0, len(input)/4+1)
	pos := 1
	runStart, runEnd := -1, -1
	flush := func() {
		if runStart < 0 {
			return
		}
		rv, pos = t.cutIdeographs(rv, input, runStart, runEnd, pos)
		runStart, runEnd = -1, -1
	}
	sg := segment.NewWordSegmenterDirect(input)
	start := 0
	for sg.Segment() {
		end := start + len(sg.Bytes())
		switch sg.Type() {
		case segment.Ideo:
			if runStart >= 0 && runEnd != start {
				flush()
			}
			if runStart < 0 {
				runStart = start
			}
			runEnd = end
		case segment.None:
			flush()
		default:
			flush()
			typ := analysis.AlphaNumeric
			if sg.Type() == segment.Number {
				typ = analysis.Numeric
			}
			rv = append(rv, &analysis.Token{
				Term: input[start:end], Start: start, End: end, Position: pos, Type: typ,
			})
			pos++
		}
		start = end
	}
	flush()
	return rv
}

// cutIdeographs segments input[start:end], a run of ideographs, with gse
// and appends its words. Offsets are computed by adding up the lengths of
// the words, never taken from gse.
func (t *Tokenizer) cutIdeographs(rv analysis.TokenStream, input []byte, start, end, pos int) (analysis.TokenStream, int) {
	run := input[start:end]
	off := start
	for _, s := range t.seg.Segment(run) {
		n := s.End() - s.Start()
		if n <= 0 {
			continue
		}
		word := input[off : off+n]
		rv = append(rv, &analysis.Token{
			Term: word, Start: off, End: off + n, Position: pos, Type: analysis.Ideographic,
		})
		if t.search {
			rv = t.appendSubwords(rv, word, off, pos)
		}
		off += n
		pos++
	}
	if off != end { // gse lost bytes: keep the rest as one token rather than drop it
		rv = append(rv, &analysis.Token{
			Term: input[off:end], Start: off, End: end, Position: pos, Type: analysis.Ideographic,
		})
		pos++
	}
	return rv, pos
}

// appendSubwords adds the dictionary words of two or more characters found
// inside word (itself of three or more), at word's position.
func (t *Tokenizer) appendSubwords(rv analysis.TokenStream, word []byte, off, pos int) analysis.TokenStream {
	if utf8.RuneCount(word) < 3 {
		return rv
	}
	var bounds [64]int
	b := bounds[:0]
	for i := range string(word) {
		b = append(b, i)
	}
	b = append(b, len(word))
	runes := len(b) - 1
	for i := 0; i < runes; i++ {
		for j := i + 2; j <= runes && j-i < runes; j++ {
			sub := word[b[i]:b[j]]
			if freq, _, ok := t.seg.Dict.Find(sub); ok && freq > 0 {
				rv = append(rv, &analysis.Token{
					Term: sub, Start: off + b[i], End: off + b[j], Position: pos, Type: analysis.Ideographic,
				})
			}
		}
	}
	return rv
}

func tokenizerConstructor(config map[string]interface{}, cache *registry.Cache) (analysis.Tokenizer, error) {
	search := false
	if v, ok := config["search"]; ok {
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("indexer: tokenizer option search must be a boolean, not %T", v)
		}
		search = b
	}
	return NewTokenizer(search)
}

func init() {
	registry.RegisterTokenizer(TokenizerName, tokenizerConstructor)
}
