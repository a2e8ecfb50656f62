package extract

import (
	"strings"
	"testing"
)

// wordIsPlain is wordIs without its first-byte test: what it answered
// before the test was put in front.
func wordIsPlain(w, cue string) bool {
	if strings.HasSuffix(cue, "*") {
		return strings.HasPrefix(w, cue[:len(cue)-1])
	}
	return w == cue || len(w) == len(cue)+1 && w[len(w)-1] == 's' && w[:len(cue)] == cue ||
		len(w) == len(cue)+2 && strings.HasSuffix(w, "es") && w[:len(cue)] == cue
}

// TestWordIsFirstByte asks wordIs and wordIsPlain the same of every cue
// word of the lexicon (and its near words) against words of our own text
// and the cue words themselves, with and without plural endings.
func TestWordIsFirstByte(t *testing.T) {
	cuesOnce.Do(loadCues)
	cueSet := map[string]bool{"*": true, "a": true, "s": true, "a*": true, "es": true, "": true}
	for _, list := range enCues {
		for _, c := range list {
			for _, w := range c.words {
				cueSet[w] = true
			}
			for _, w := range c.near {
				cueSet[w] = true
			}
		}
	}
	text := "On March 3 the Larkspur Pay gateway misconfigured its TLS settings; a config change to the " +
		"load balancers was rolled out, reverted and re-deployed. Caches expired, deploys stalled, " +
		"s es a as ases the operators changed settings after follow-ups"
	words := splitWords(strings.ToLower(text))
	words = append(words, "", "s", "es", "*", "a")
	for c := range cueSet {
		base := strings.TrimSuffix(c, "*")
		words = append(words, c, base, base+"s", base+"es", base+"ing", "x"+base, base[:len(base)/2])
	}
	for c := range cueSet {
		for _, w := range words {
			if got, want := wordIs(w, c), wordIsPlain(w, c); got != want {
				t.Errorf("wordIs(%q, %q) = %v, want %v", w, c, got, want)
			}
		}
	}
	if len(cueSet) < 50 {
		t.Fatalf("only %d cue words", len(cueSet))
	}
}
