package extract

import (
	"slices"
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

// TestScoreLowerWordsReused scores texts of our own one after another,
// then again in the other order, with the words buffer taken back into
// the pool each time: each text scores the same however many texts were
// scored before it, and appendWords into a used buffer splits as
// splitWords does.
func TestScoreLowerWordsReused(t *testing.T) {
	texts := []string{
		"The root cause was a configuration change to the Fernhill Cloud load balancers that set the idle timeout to zero.",
		"A follow-up deploy of version 4.2 rolled out a defect in the session cache; check-ins failed and roll-outs were paused.",
		"由于运营商光缆被施工挖断，青禾支付的主用链路中断，备用链路未能及时切换。",
		"no evidence of data corruption was found; the disk filled up and the database ran out of space",
		"",
		"x",
		"After the upgrade, replicas fell back to a default setting and the service was overloaded by retries.",
	}
	score := func(s string) []float64 {
		out := make([]float64, len(patternList))
		scoreLower(out, lowerText(s), 1)
		return out
	}
	cuesOnce.Do(loadCues)
	first := make([][]float64, len(texts))
	for i, s := range texts {
		first[i] = score(s)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if got := score(texts[i]); !slices.Equal(got, first[i]) {
			t.Errorf("scoreLower(%q) = %v after other texts, first %v", texts[i], got, first[i])
		}
	}
	buf := []string{"left", "over", "words"}
	for _, s := range texts {
		l := lowerText(s)
		if got, want := appendWords(buf[:0], l), splitWords(l); !slices.Equal(got, want) {
			t.Errorf("appendWords(used, %q) = %q, splitWords %q", l, got, want)
		}
	}
}
