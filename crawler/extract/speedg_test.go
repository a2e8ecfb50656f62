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
	t.Parallel()
	texts := append(speedTexts(t), "由于配置变更 due to a bad push", "the root cause 根因是 a leak", "ascii only: caused by x", "导致", "", "é due to",
		"overdue to be fixed, due to a leak", "the root-causes and the root cause", "as the causeway as the cause", "由于由于 due to", "a")
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

// mayByFirstRef is gatedRegexp.may's walk over byFirst as it was: every
// key of each byte compared, with no pair looked at first.
func mayByFirstRef(g *gatedRegexp, s string) bool {
	for i := 0; i < len(s); i++ {
		for _, k := range g.byFirst[s[i]] {
			if hasKeyAt(s[i:], k) {
				return true
			}
		}
	}
	return false
}

// TestGateMayPairsSame asks every gate with keys by first byte, which
// now passes by the places whose pair starts no key, and the walk
// without the pairs the same of every line of the corpus and of texts
// that end on a key's first byte or hold ſ or the Kelvin sign.
func TestGateMayPairsSame(t *testing.T) {
	t.Parallel()
	var lines []string
	for _, text := range speedTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	lines = append(lines, "a", "A", "r", "re", "RE", "ſ", "\u212a", "x ſx", "12%", "%", "订单", "订", "\xe2")
	n := 0
	for _, g := range gatedAll {
		if g.byFirst == nil || g.prefix || g.keys == nil {
			continue
		}
		n++
		for _, l := range lines {
			for _, s := range []string{l, strings.ToUpper(l)} {
				if got, want := g.may(s), mayByFirstRef(g, s); got != want {
					t.Fatalf("%s: may(%.80q) = %v, the walk without pairs gives %v", g.Regexp, s, got, want)
				}
			}
		}
	}
	if n < 5 {
		t.Errorf("only %d gates by first byte asked", n)
	}
	t.Logf("%d gates, %d lines", n, len(lines))
}
