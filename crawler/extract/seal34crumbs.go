package extract

import (
	"slices"
	"strings"
	"unicode"
)

// dotCrumbs are the parts of a tracker's trail set apart by spaced
// middle dots, as a board's card or a project's story prints it above its
// name ("Fennimore Engineering · SRE – Incidents · Postmortem review"):
// three or four parts, each words with no digit (a record's fields on
// one line, "Severity 1 · Resolved · …", "Incident KC-2026-0917 ·
// Published 19 September 2026", hold digits or a state). nil for any
// other line.
func dotCrumbs(line string) []string {
	parts := strings.Split(strings.TrimSpace(line), " · ")
	if len(parts) < 3 || len(parts) > 4 {
		return nil
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || strings.IndexFunc(p, unicode.IsDigit) >= 0 || strings.ContainsAny(p, ":：.,;") || statusBanner.MatchString(p) || slices.Contains(statusWordPrefixes, strings.ToLower(p)) {
			return nil
		}
	}
	return parts
}
