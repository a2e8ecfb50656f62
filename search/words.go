package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/incidex/incidex/indexer"
)

// unit is one thing a free query word stands for: an English word, a
// Chinese word, or a run of single Chinese characters that the segmenter
// does not know as a word (语雀), which is matched as a phrase, never by
// its characters apart.
type unit struct {
	text string // as typed, lowercased
	han  bool
	run  int // for Chinese: characters a single-character run has (0: a dictionary word)
	// compound: an English word written with hyphens that the lexicon or
	// the thesaurus's IT senses know whole (on-call, read-only), searched
	// as a phrase and translated whole
	compound bool
}

// wordPunct is the punctuation a typed word is trimmed of.
const wordPunct = ".,;:!?()[]{}'\"，。；：！？（）、"

// queryUnits cuts the free text of a query into units with the query
// analyzer: its stop words (both languages) are left out.
func queryUnits(text string) []unit {
	var out []unit
	words := strings.Fields(text)
	for k := 0; k < len(words); k++ {
		w := strings.Trim(words[k], wordPunct)
		if w == "" {
			continue
		}
		if lw := strings.ToLower(w); strings.Contains(lw, "-") && !hasHan(lw) && knownCompound(lw) {
			out = append(out, unit{text: lw, compound: true})
			continue
		}
		if k+1 < len(words) && !hasHan(w) {
			// a verb and its particle, which the analyzer would drop as
			// a stop word: "logged out" is 退出, "logged" alone 日志
			p := strings.ToLower(strings.Trim(words[k+1], ".,;:!?()[]{}'\""))
			if particles[p] {
				if vp := strings.ToLower(w) + " " + p; knownCompound(vp) {
					out = append(out, unit{text: vp, compound: true})
					k++
					continue
				}
			}
		}
		toks := analyzeTokens(w)
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			raw := strings.ToLower(w[t.start:t.end])
			if !hasHan(raw) {
				raw = strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s") // vendor's: vendor
				if len(raw) == 1 && !unicode.IsDigit(rune(raw[0])) {
					continue // a possessive's s, left when the thesaurus took the word before it
				}
				out = append(out, unit{text: raw})
				continue
			}
			if utf8.RuneCountInString(raw) > 1 {
				out = append(out, unit{text: raw, han: true})
				continue
			}
			// a run of single characters, adjacent in the text
			j := i
			for j+1 < len(toks) && toks[j+1].start == toks[j].end && toks[j+1].single && hasHan(w[toks[j+1].start:toks[j+1].end]) {
				j++
			}
			out = append(out, unit{text: w[t.start:toks[j].end], han: true, run: j - i + 1})
			i = j
		}
	}
	return out
}

// particles are the adverbs of English phrasal verbs (log out, shut
// down, pile up), stop words to the analyzer. "on" and "in" are left out:
// mostly prepositions ("depended on"), they cost a query (d28 .46 → .35).
var particles = map[string]bool{"out": true, "up": true, "down": true, "off": true, "back": true, "over": true}

// knownCompound reports whether the IT senses or the general lexicon
// translate a hyphenated English word (or a phrasal verb) whole: cut
// apart, its parts would be a stop word and a word of another sense (on,
// call; logged, out).
func knownCompound(w string) bool {
	th, _ := DefaultThesaurus()
	lex, _ := DefaultLexicon()
	return len(translate(th, lex, w)) > 0
}

// translate returns a word's translations: its IT sense from the
// thesaurus ("traffic": 流量), else the general lexicon's (a Chinese
// word's English glosses, an English word's Chinese headwords).
func translate(th *Thesaurus, lex *Lexicon, w string) []string {
	if s := th.Senses(w); s != nil {
		return s
	}
	if !hasHan(w) {
		// an inflected word whose base has an IT sense ("pushed": push,
		// 推送, not the lexicon's 推动; "images": image, 镜像)
		for _, l := range lemmas(w) {
			if s := th.Senses(l); s != nil {
				return s
			}
		}
	}
	switch {
	case lex == nil:
		return nil
	case hasHan(w):
		return lex.Glosses(w)
	default:
		return lex.Headwords(w)
	}
}

// token is where an analysed term was in the text.
type token struct {
	start, end int
	single     bool // one character
}

// analyzeTokens runs the query analyzer and returns where its terms are.
func analyzeTokens(text string) []token {
	an := analyzerNamed(indexer.QueryAnalyzer)
	if an == nil {
		return []token{{0, len(text), utf8.RuneCountInString(text) == 1}}
	}
	var out []token
	for _, t := range an.Analyze([]byte(text)) {
		out = append(out, token{t.Start, t.End, utf8.RuneCount([]byte(text[t.Start:t.End])) == 1})
	}
	return out
}

// Weights of the general lexicon's words, under the thesaurus's.
const (
	lexWeight = 0.8 // an English gloss of a Chinese word the thesaurus does not know
	// a Chinese headword of such an English word. With headwords ranked
	// by sense, 0.7 was better on the odd ids it was tuned on (.659 →
	// .665) but worse on the untouched even ids (.618 → .615) and on our
	// own query set (.726 → .716), and 0.8 lowered the RCA pattern check
	// (0.742 → 0.733): 0.5 stays
	lexWeightZh = 0.5
	lexAlts     = 2 // translations taken per word
)

// unitQuery searches one unit in fields: a word as clauseQuery does, a
// run of single characters as a phrase.
func unitQuery(u unit, fields []string) *sumQuery {
	if u.run > 1 || u.compound {
		return clauseQuery(Clause{Text: u.text, Phrase: true}, fields)
	}
	return clauseQuery(Clause{Text: u.text}, fields)
}

// lexiconQueries returns, for units the thesaurus did not know, queries
// for their translations from the general lexicon: a Chinese word's
// English glosses, an English word's (or two or three words') Chinese
// headwords, each searched as a phrase in the main fields at lexWeight.
func lexiconQueries(lex *Lexicon, th *Thesaurus, units []unit, fields []string, st *termStats) map[int]query.Query {
	if lex == nil {
		return nil
	}
	out := map[int]query.Query{}
	cur := 0
	add := func(alts []string, weight float64) {
		alts = st.present(alts)
		var parts []query.Query
		n := 0
		for _, a := range alts {
			if n == lexAlts {
				break
			}
			n++
			for _, f := range conceptFields {
				if len(fields) == 1 && f != fields[0] {
					continue
				}
				parts = append(parts, phraseQuery(a, f, fieldBoosts[f]*weight))
			}
		}
		if len(parts) > 0 {
			out[cur] = newSumQuery(parts...)
		}
	}
	for i := 0; i < len(units); i++ {
		u := units[i]
		cur = i
		if u.han {
			add(translate(th, lex, u.text), lexWeight)
			continue
		}
		// the longest run of English words that is a gloss and whose
		// translation some write-up has, all its words together ("voice
		// assistant": 语音助手, which none has, gives way to "voice" and
		// "assistant": 助手)
		took := false
		for n := min(max(lex.maxGloss, th.maxSenseWords()), len(units)-i); n >= 1 && !took; n-- {
			words := make([]string, 0, n)
			for _, v := range units[i : i+n] {
				if v.han {
					break
				}
				words = append(words, v.text)
			}
			if len(words) < n {
				continue
			}
			if hw := translate(th, lex, strings.Join(words, " ")); len(hw) > 0 {
				if n > 1 && !st.anyTogether(hw) {
					continue
				}
				add(hw, lexWeightZh)
				i += n - 1
				took = true
			}
		}
	}
	return out
}

// unknownWords returns the Chinese words of a query's clauses that the
// segmenter cuts into single characters (语雀), as typed.
func unknownWords(clauses []Clause) []string {
	var out []string
	for _, c := range clauses {
		if c.Exclude || !hasHan(c.Text) {
			continue
		}
		for _, u := range queryUnits(c.Text) {
			if u.run > 1 {
				out = append(out, u.text)
			}
		}
	}
	return out
}
