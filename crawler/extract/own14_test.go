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

// A paragraph of a write-up without headings that opens "The resolution
// involved …" (or "The immediate resolution included …") tells what was
// done about the incident, as "The fix involved …" and "Remediation
// involved …" did, though a later sentence says what the change prevents.
func TestResolutionInvolvedParagraphIsRemediation(t *testing.T) {
	doc := "---\ntitle: Ostrand scheduler stalls\nsummary: Documents a scheduler bug that froze background jobs.\n---\n\n" +
		"Ostrand's engineers looked into reports that background jobs sometimes never ran.\n\n" +
		"The problem was traced to a timer wheel bug in the job scheduler: a cancelled timer's slot was reused before its cleanup ran.\n\n" +
		"The resolution involved a small code change: releasing the timer slot only after the cleanup pass. " +
		"This ensures that slots are not recycled early, thereby preventing the collision and the loss of live timers.\n"
	in := extractString(t, "ostrand.md", doc)
	if !strings.Contains(in.Remediation, "The resolution involved a small code change") {
		t.Errorf("remediation %q", in.Remediation)
	}
	if strings.Contains(in.Cause, "resolution involved") {
		t.Errorf("cause %q", in.Cause)
	}
}

// A paragraph of a write-up without headings that opens by saying what
// the incident taught ("The incident underscored the importance of …",
// "Discussions highlighted the need for …") is a lesson.
func TestImportanceParagraphIsALesson(t *testing.T) {
	doc := "---\ntitle: Wendle cache timeouts\n---\n\n" +
		"Wendle's API returned timeouts to a third of its requests for an afternoon.\n\n" +
		"The root cause was a connection pool that opened a new connection for every cache read, which exhausted the node's ports.\n\n" +
		"The incident underscored the importance of watching node-wide connection counts when diagnosing timeouts. " +
		"The team chose to fix the pool rather than switch the cache client off.\n"
	in := extractString(t, "wendle.md", doc)
	if !strings.Contains(in.Lessons, "underscored the importance of watching node-wide connection counts") {
		t.Errorf("lessons %q", in.Lessons)
	}
}

// A resolution item that first says why it broke and then, in a sentence
// of its own, how it was mended ("… due to a malformed annotation in one
// namespace. Removing the annotation restored traffic.") gives its first
// sentence to the cause and the mending one to the remediation.
func TestResolutionItemSplitsCauseFromMend(t *testing.T) {
	doc := "---\ntitle: Incident on 2024-03-02 - ingress stopped routing\nweight: 7\n---\n\n" +
		"# Incident on 2024-03-02 - ingress stopped routing\n\n" +
		"- **Key events**\n  - First detected 2024-03-02 09:10\n  - Resolved 2024-03-02 10:20\n\n" +
		"- **Impact**: Four tenant sites returned 404 for an hour.\n\n" +
		"- **Resolution**:\n  - The ingress controller kept failing to reload its configuration, due to a malformed annotation in one tenant namespace. Removing the annotation restored traffic.\n\n" +
		"- **Review actions**:\n  - Add a lint check for ingress annotations\n  - Alert when the controller fails to reload\n"
	in := extractString(t, "ingress.md", doc)
	if !strings.Contains(in.Cause, "due to a malformed annotation") || strings.Contains(in.Cause, "Removing the annotation restored traffic") {
		t.Errorf("cause %q", in.Cause)
	}
	if !strings.Contains(in.Remediation, "Removing the annotation restored traffic") {
		t.Errorf("remediation %q", in.Remediation)
	}
}

// A paragraph of a write-up without headings that opens "The disruption
// rendered … unable to …" tells what the outage did, as "The disruption
// prevented …" did, though a later sentence says why a status page was
// impaired with a cause word ("… due to its dependency on the store").
func TestOutageRenderedParagraphIsImpact(t *testing.T) {
	doc := "---\ntitle: Brenholt object store outage\n---\n\n" +
		"On May 3, 2023, at 2:10 PM UTC, Brenholt's object store in its main region stopped serving requests.\n\n" +
		"The incident was triggered by an operator command that removed most of the metadata servers instead of two.\n\n" +
		"The disruption rendered the store unable to serve reads or writes for three hours. " +
		"Brenholt's status page was also impaired due to its dependency on the store.\n\n" +
		"In response, Brenholt changed the tool to remove capacity slowly and to refuse going below a safe minimum.\n"
	in := extractString(t, "brenholt.md", doc)
	if !strings.Contains(in.Impact, "rendered the store unable to serve reads or writes") {
		t.Errorf("impact %q", in.Impact)
	}
}

// A sentence that both the cause and the remediation hold belongs to one
// of them: the one its opening names ("Remediation efforts included …" is
// the remediation's, "The issue was caused by …" the cause's).
func TestSharedSentenceStaysInTheSectionItOpens(t *testing.T) {
	doc := "---\ntitle: Harrowgate dispatch outage\n---\n\n" +
		"On April 2, 2025, Harrowgate's dispatch service stopped sending alerts for two hours.\n\n" +
		"The root cause was a regional cloud outage that took down the message broker the dispatchers depend on.\n\n" +
		"A critical contributing factor was a rate-limit flag that only applied to the ten largest tenants. " +
		"Remediation efforts included moving the broker to two regions and applying the rate limit to every tenant.\n"
	in := extractString(t, "harrowgate.md", doc)
	if !strings.Contains(in.Remediation, "Remediation efforts included moving the broker") {
		t.Errorf("remediation %q", in.Remediation)
	}
	if strings.Contains(in.Cause, "Remediation efforts included") || !strings.Contains(in.Cause, "A critical contributing factor was a rate-limit flag") {
		t.Errorf("cause %q", in.Cause)
	}
}
