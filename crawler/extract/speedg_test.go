package extract

import (
	"strings"
	"testing"
)

// firstMarkerRef is firstMarker as it was: every marker looked for, the
// Chinese ones in a text of ASCII alone too.
func firstMarkerRef(lower string, markers []string, wordStart bool) (int, string) {
	at, which := -1, ""
	for _, m := range markers {
		if i := strings.Index(lower, m); i >= 0 && (at < 0 || i < at) && (!wordStart || isWordStart(lower, i)) {
			at, which = i, m
		}
	}
	return at, which
}

// TestFirstMarkerSame asks firstMarker, which skips the markers beyond
// ASCII in a text of ASCII alone, and firstMarkerRef the same of every
// sentence of the corpus and of some mixed ones, with every marker list.
func TestFirstMarkerSame(t *testing.T) {
	texts := append(speedTexts(t), "由于配置变更 due to a bad push", "the root cause 根因是 a leak", "ascii only: caused by x", "导致", "", "é due to")
	lists := [][]string{causeWholeEN, causeWholeZH, causeAfterEN, causeAfterZH, causeBeforeEN, causeBeforeZH, resultLeads,
		{"due to", "由于"}, {"由于", "due to"}}
	n := 0
	for _, text := range texts {
		eachSentence(text, func(start, end int) {
			for _, s := range []string{text[start:end], asciiLower(text[start:end])} {
				n++
				for _, ms := range lists {
					for _, ws := range []bool{false, true} {
						gi, gm := firstMarker(s, ms, ws)
						wi, wm := firstMarkerRef(s, ms, ws)
						if gi != wi || gm != wm {
							t.Fatalf("firstMarker(%.80q, %q, %v) = %d %q, want %d %q", s, ms, ws, gi, gm, wi, wm)
						}
					}
				}
			}
		})
	}
	t.Logf("%d sentences", n)
}

// TestPairLits checks that pairLitsOf finds each literal addPairLit filed
// under its first two bytes, and only those.
func TestPairLits(t *testing.T) {
	var by [256][]pairLits
	lits := []string{"re", "result", "rooted in", "resulted from", "由于", "由此", "因此", ", so", "ab"}
	for _, l := range lits {
		addPairLit(&by, l)
	}
	for _, l := range lits {
		got := pairLitsOf(&by, l[0], l[1])
		found := false
		for _, g := range got {
			found = found || g == l
			if g[0] != l[0] || g[1] != l[1] {
				t.Errorf("pairLitsOf(%q) holds %q", l[:2], g)
			}
		}
		if !found {
			t.Errorf("pairLitsOf(%q) = %q, lacks %q", l[:2], got, l)
		}
	}
	if got := pairLitsOf(&by, 'r', 'x'); got != nil {
		t.Errorf("pairLitsOf(rx) = %q, want none", got)
	}
}
