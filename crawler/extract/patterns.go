package extract

import (
	"sort"
	"strings"
	"sync"

	"github.com/incidex/incidex/data"
)

// sectionWeight is how much a cue counts in each part of a write-up: the
// cause says what failed; remediation and lessons talk about much else.
var sectionWeight = map[data.Section]float64{
	data.SectionCause:       3,
	data.SectionSummary:     2,
	data.SectionImpact:      1,
	data.SectionTimeline:    1,
	data.SectionRemediation: 0.5,
	data.SectionLessons:     0.5,
}

const (
	titleWeight    = 3
	tagWeight      = 2
	textWeight     = 0.4 // text outside any section
	patternMin     = 3   // least score for a pattern to be named
	patternRelMin  = 0.4 // and at least this share of the best pattern's
	patternsListed = 5
)

// wordCue is an English cue: a phrase of one or more words.
type wordCue struct {
	pattern string
	words   []string
	weight  float64
}

// zhCue is a Chinese cue, matched as a substring.
type zhCue struct {
	pattern string
	text    string
	weight  float64
}

// cueWeight reads a cue's weight prefix: "!" marks a cue that names its
// pattern outright (2), "~" one that only hints at it (0.5).
func cueWeight(c string) (string, float64) {
	switch {
	case strings.HasPrefix(c, "!"):
		return c[1:], 2
	case strings.HasPrefix(c, "~"):
		return c[1:], 0.5
	}
	return c, 1
}

var (
	cuesOnce sync.Once
	enCues   map[string][]wordCue // by first word
	zhCues   map[rune][]zhCue     // by first character
)

func loadCues() {
	enCues = map[string][]wordCue{}
	zhCues = map[rune][]zhCue{}
	for _, p := range data.Patterns() {
		for _, raw := range p.Cues {
			c, w := cueWeight(raw)
			if strings.IndexFunc(c, isHan) >= 0 {
				first := []rune(c)[0]
				zhCues[first] = append(zhCues[first], zhCue{p.ID, c, w})
				continue
			}
			words := splitWords(strings.ToLower(c))
			if len(words) > 0 {
				enCues[words[0]] = append(enCues[words[0]], wordCue{p.ID, words, w})
			}
		}
	}
}

// splitWords cuts lowercased text into words of ASCII letters and digits.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// wordIs compares a text word with a cue word, allowing a plural "s".
func wordIs(w, cue string) bool {
	return w == cue || len(w) == len(cue)+1 && w[len(w)-1] == 's' && w[:len(cue)] == cue
}

// scoreText adds the cue hits of one text, times w, to scores. A cue counts
// at most three times per text.
func scoreText(scores map[string]float64, text string, w float64) {
	if text == "" || w == 0 {
		return
	}
	lower := strings.ToLower(text)
	counts := map[string]int{} // by pattern + cue
	words := splitWords(lower)
	for i, word := range words {
		cands := enCues[word]
		if len(cands) == 0 && len(word) > 1 && word[len(word)-1] == 's' {
			cands = enCues[word[:len(word)-1]]
		}
	next:
		for _, c := range cands {
			if i+len(c.words) > len(words) {
				continue
			}
			for k, cw := range c.words {
				if !wordIs(words[i+k], cw) {
					continue next
				}
			}
			key := c.pattern + "\x00" + strings.Join(c.words, " ")
			if counts[key] < 3 {
				counts[key]++
				scores[c.pattern] += w * c.weight
			}
		}
	}
	// Chinese cues in one pass over the text, by their first character
	for i, r := range lower {
		if r < 0x2e80 {
			continue
		}
		for _, c := range zhCues[r] {
			if strings.HasPrefix(lower[i:], c.text) {
				key := c.pattern + "\x00" + c.text
				if counts[key] < 3 {
					counts[key]++
					scores[c.pattern] += w * c.weight
				}
			}
		}
	}
}

// findPatterns returns the failure patterns a write-up shows, most
// relevant first.
func findPatterns(title string, tags []string, s sectioned) []string {
	cuesOnce.Do(loadCues)
	scores := map[string]float64{}
	scoreText(scores, title, titleWeight)
	for _, t := range tags {
		// a tag that is a pattern's id names it; others are cue words
		if _, ok := data.PatternByID(strings.ToLower(t)); ok {
			scores[strings.ToLower(t)] += 2 * patternMin
			continue
		}
		scoreText(scores, t, tagWeight)
	}
	for _, sec := range data.Sections {
		if sec == data.SectionTimeline {
			continue
		}
		scoreText(scores, s.sectionText(sec), sectionWeight[sec])
	}
	var unsectioned []string
	for i, b := range s.blocks {
		if s.secs[i] == "" || s.secs[i] == data.SectionTimeline {
			unsectioned = append(unsectioned, b.text)
		}
	}
	scoreText(scores, strings.Join(unsectioned, "\n"), textWeight*2)
	type ps struct {
		id    string
		score float64
	}
	var all []ps
	best := 0.0
	for id, sc := range scores {
		all = append(all, ps{id, sc})
		if sc > best {
			best = sc
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].id < all[j].id
	})
	out := []string{}
	for _, p := range all {
		if p.score < patternMin || p.score < best*patternRelMin || len(out) >= patternsListed {
			break
		}
		out = append(out, p.id)
	}
	return out
}
