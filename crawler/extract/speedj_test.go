package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// The reorderings and gates of speedJ, asked against what they replaced
// on the fixture and realworld texts, made-up texts and every line of the
// shared corpus (corpusLines; skipped without ../shared).

// actionsOnlyRef is actionsOnly as it was: each line scored for a cause
// cue as it is counted.
func actionsOnlyRef(text string) bool {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if len(lines) < 3 {
		return false
	}
	acts := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if cueSection(l) == data.SectionCause {
			return false
		}
		if w, _, _ := strings.Cut(l, " "); len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' && strings.HasSuffix(w, "ed") && w[1] >= 'a' && w[1] <= 'z' {
			acts++
		}
	}
	return acts*5 >= len(lines)*3
}

// speedJTexts are texts of several lines: the fixture and realworld
// texts, made-up lists of actions, and runs of corpus lines.
func speedJTexts(t *testing.T) []string {
	texts := append(speedTexts(t),
		"Confirmed the issue via the console\nRaised a ticket with the vendor\nRestarted the workers",
		"Confirmed the issue\nRaised a ticket\nThe root cause was a full disk",
		"Checked the logs\nPaged the on-call\nRolled back the release because it caused errors\nVerified recovery",
		"Checked\nPaged\nRolled\n", "a\nb\nc", "\n\n\n", "")
	lines := corpusLines(t)
	for i := 0; i+5 <= len(lines); i += 3 {
		texts = append(texts, strings.Join(lines[i:i+5], "\n"))
	}
	return texts
}

func TestActionsOnlyAgrees(t *testing.T) {
	t.Parallel()
	for _, s := range speedJTexts(t) {
		if got, want := actionsOnly(s), actionsOnlyRef(s); got != want {
			t.Errorf("actionsOnly(%q) = %v, was %v", s, got, want)
		}
	}
}
