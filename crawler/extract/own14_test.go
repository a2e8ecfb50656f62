package extract

import (
	"strings"
	"testing"
)

// A paragraph of a write-up without headings that opens by naming its
// cause with two words before "issue" or "cause" ("The core technical
// issue stemmed from …", "The primary root cause was …"), or that opens
// "A critical contributing factor was …", is the cause: said first, it
// needs no other cue, as "The core issue …" did.
func TestCauseLeadWithTwoWordsOrAContributingFactor(t *testing.T) {
	doc := "---\ntitle: Pallwick queue outage\n---\n\n" +
		"Pallwick's job queue stopped delivering messages for most of a working day, and customers saw their exports stall.\n\n" +
		"The core technical issue stemmed from index bloat in the queue's storage engine. " +
		"Deleted jobs left gaps in the pages, so the working set no longer fit in memory.\n\n" +
		"A critical contributing factor was the absence of any memory graphs for the queue hosts. " +
		"Nobody saw the working set grow over the previous weeks.\n\n" +
		"Engineers rebuilt the index on a larger host and moved the traffic over in the evening.\n"
	in := extractString(t, "pallwick.md", doc)
	for _, want := range []string{"The core technical issue stemmed from index bloat", "A critical contributing factor was the absence of any memory graphs"} {
		if !strings.Contains(in.Cause, want) {
			t.Errorf("cause lacks %q: %q", want, in.Cause)
		}
	}
}
