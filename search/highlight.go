package search

import (
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// Highlighting settings.
const (
	fragmentRunes   = 160 // about how long a fragment is
	maxFragments    = 2   // per section
	maxHighlightSec = 3   // sections with fragments per hit
)

// highlightOrder is the order sections are shown in a hit.
var highlightOrder = []string{
	indexer.FieldCause, indexer.FieldSummary, indexer.FieldRemediation, indexer.FieldImpact,
	indexer.FieldTimeline, indexer.FieldLessons, indexer.FieldText, indexer.FieldTitle,
}

type span struct{ start, end int }

// highlights builds HTML fragments, escaped, with matched terms in <mark>,
// from the term locations bleve found, per section. Adjacent and
// overlapping marks are merged into one. The main text is used only when
// no section matched.
//
// The main text keeps no term positions (they would be a quarter of the
// index): its marks are found by looking for textTerms, the terms the query
// sought in it, in the text itself.
func highlights(in *data.Incident, locs bsearch.FieldTermLocationMap, textTerms []string) map[string][]string {
	out := map[string][]string{}
	if len(locs) == 0 && len(textTerms) == 0 {
		return out
	}
	var shown []string // the plain text of the fragments kept so far
	for _, field := range highlightOrder {
		if len(out) >= maxHighlightSec || (field == indexer.FieldText && len(out) > 0) {
			break
		}
		tl, ok := locs[field]
		if field == indexer.FieldText {
			ok = len(textTerms) > 0
		}
		if !ok || field == indexer.FieldTitle || field == indexer.FieldTags {
			continue
		}
		var body string
		var spans []span
		if field == indexer.FieldText {
			body = in.Text
			spans = textSpans(body, textTerms)
		} else {
			body = fieldText(in, field)
		}
		for _, ls := range tl {
			for _, l := range ls {
				if int(l.End) <= len(body) && l.Start < l.End {
					spans = append(spans, span{int(l.Start), int(l.End)})
				}
			}
		}
		var frags []string
		for _, f := range fragments(body, spans) {
			// a summary drawn from the cause's paragraph says it twice,
			// cut at another place: one passage is shown once
			if core := fragmentCore(f); !shownAlready(shown, core) {
				shown = append(shown, core)
				frags = append(frags, f)
			}
		}
		if len(frags) > 0 {
			out[field] = frags
		}
	}
	if tl, ok := locs[indexer.FieldTitle]; ok {
		var spans []span
		for _, ls := range tl {
			for _, l := range ls {
				spans = append(spans, span{int(l.Start), int(l.End)})
			}
		}
		if frags := markAll(in.Title, spans); frags != "" {
			out[indexer.FieldTitle] = []string{frags}
		}
	}
	return out
}

// fragmentCore is a fragment's text without its marks, the ellipses of its
// cuts and the space around them.
func fragmentCore(f string) string {
	f = strings.NewReplacer("<mark>", "", "</mark>", "").Replace(f)
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(f), "…"))
}

// shownAlready reports whether a fragment's core is, or holds, the core of
// one already shown, or lies within it: the same passage cut at another
// place. A short core (a few words) is never taken for a passage.
func shownAlready(shown []string, core string) bool {
	const minPassage = 24 // bytes
	for _, s := range shown {
		if s == core {
			return true
		}
		if len(core) >= minPassage && len(s) >= minPassage && (strings.Contains(s, core) || strings.Contains(core, s) || overlapping(s, core, minPassage)) {
			return true
		}
	}
	return false
}

// overlapping reports whether one text ends with at least n bytes that
// the other begins with: two cuts of one passage.
func overlapping(a, b string, n int) bool {
	for _, p := range [2][2]string{{a, b}, {b, a}} {
		head, tail := p[0], p[1]
		for k := min(len(head), len(tail)); k >= n; k-- {
			if strings.HasSuffix(tail, head[:k]) {
				return true
			}
		}
	}
	return false
}

func fieldText(in *data.Incident, field string) string {
	switch field {
	case indexer.FieldTitle:
		return in.Title
	}
	sec, _ := data.ParseSection(field)
	return in.Section(sec)
}

// mergeSpans sorts spans and merges those that overlap or touch, or are
// separated only by white space.
func mergeSpans(text string, spans []span) []span {
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var out []span
	for _, s := range spans {
		if s.start < 0 || s.end > len(text) || s.start >= s.end {
			continue
		}
		if n := len(out); n > 0 {
			last := &out[n-1]
			if s.start <= last.end || strings.TrimSpace(text[last.end:s.start]) == "" && s.start-last.end <= 3 {
				if s.end > last.end {
					last.end = s.end
				}
				continue
			}
		}
		out = append(out, s)
	}
	// a lone Chinese character is no match: 断 of 光缆中断 found in 判断
	kept := out[:0]
	for _, s := range out {
		if r, n := utf8.DecodeRuneInString(text[s.start:s.end]); n == s.end-s.start && hasHan(string(r)) {
			continue
		}
		kept = append(kept, s)
	}
	return kept
}

// markAll escapes the whole text with every span marked.
func markAll(text string, spans []span) string {
	spans = mergeSpans(text, spans)
	if len(spans) == 0 {
		return ""
	}
	return render(text, 0, len(text), spans)
}

func render(text string, from, to int, spans []span) string {
	var b strings.Builder
	cur := from
	for _, s := range spans {
		if s.start < from || s.end > to {
			continue
		}
		b.WriteString(html.EscapeString(text[cur:s.start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s.start:s.end]))
		b.WriteString("</mark>")
		cur = s.end
	}
	b.WriteString(html.EscapeString(text[cur:to]))
	return b.String()
}

// fragments picks up to maxFragments windows of text around the densest
// groups of matches and renders them.
func fragments(text string, spans []span) []string {
	spans = mergeSpans(text, spans)
	if len(spans) == 0 {
		return nil
	}
	window := fragmentRunes * 3 // bytes: Chinese runes take three
	type cand struct {
		from, to, n int
	}
	var cands []cand
	for i := 0; i < len(spans); {
		from := spans[i].start
		j := i
		for j+1 < len(spans) && spans[j+1].end-from <= window {
			j++
		}
		cands = append(cands, cand{from, spans[j].end, j - i + 1})
		i = j + 1
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].n > cands[b].n })
	if len(cands) > maxFragments {
		cands = cands[:maxFragments]
	}
	sort.Slice(cands, func(a, b int) bool { return cands[a].from < cands[b].from })
	var out []string
	for _, c := range cands {
		from, to := widen(text, c.from, c.to, fragmentRunes)
		frag := render(text, from, to, spans)
		if from > 0 {
			frag = "…" + frag
		}
		if to < len(text) {
			frag += "…"
		}
		out = append(out, strings.Join(strings.Fields(frag), " "))
	}
	return out
}

// widen grows [from, to) to about n runes of context, on rune boundaries,
// preferring to start after a sentence end or line break.
func widen(text string, from, to, n int) (int, int) {
	have := utf8.RuneCountInString(text[from:to])
	extra := n - have
	if extra < 20 {
		extra = 20
	}
	before := extra / 3
	s := from
	for i := 0; i < before && s > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(text[:s])
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if r == '\n' || r == '。' || (r == '.' && i > 10) {
			break
		}
		s -= size
	}
	e := to
	for i := 0; i < extra-(from-s)/3 && e < len(text); i++ {
		r, size := utf8.DecodeRuneInString(text[e:])
		if r == '\n' {
			break
		}
		e += size
		if (r == '。' || r == '.') && i > 20 {
			break
		}
	}
	// a window cut inside a word starts and ends at the word's edge, not
	// on "…hen a certificate" or "furth…"
	for s < from && s > 0 && latinWordByte(text[s-1]) && latinWordByte(text[s]) {
		s++
	}
	for e > to && e < len(text) && latinWordByte(text[e-1]) && latinWordByte(text[e]) {
		e--
	}
	for s < from && unicode.IsSpace(rune(text[s])) {
		s++
	}
	return s, e
}

// latinWordByte reports whether an ASCII byte is part of a word: a letter,
// a digit or an apostrophe. Chinese has no spaces to cut at; it is cut
// anywhere.
func latinWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\''
}

// maxTextSpans caps the marks looked for in a main text.
const maxTextSpans = 200

// textSpans finds terms in text: a Chinese term where it is written, an
// English one (a stem: "certif", "retri") where a word starts with it, in
// any case, marked to the end of that word.
func textSpans(text string, terms []string) []span {
	lower := []byte(text)
	for i, c := range lower {
		if 'A' <= c && c <= 'Z' {
			lower[i] = c + 'a' - 'A' // ASCII only: offsets stay those of text
		}
	}
	isWord := func(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }
	var spans []span
	for _, t := range terms {
		han := hasHan(t)
		if len(t) < 2 || han && utf8.RuneCountInString(t) < 2 {
			continue // a lone Chinese character would be marked inside other words
		}
		for from := 0; from < len(lower) && len(spans) < maxTextSpans; {
			i := strings.Index(string(lower[from:]), t)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(t)
			from = end
			if !han {
				if start > 0 && isWord(lower[start-1]) {
					continue
				}
				for end < len(lower) && isWord(lower[end]) {
					end++
				}
			}
			spans = append(spans, span{start, end})
		}
	}
	return spans
}
