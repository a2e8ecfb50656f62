package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// Forms met in extract-own-8's odd (tuning) documents, each in our own
// fictional text.

// A time first met as a later clause of a sentence that opened with
// another time ("…began around 09:40 UTC, with customers seeing failed
// uploads from 09:46 UTC") is an aside; a later sentence that tells the
// same time as its own is the event at that time.
func TestProseTimeToldAgainInItsOwnSentence(t *testing.T) {
	doc := "On March 3, 2026, Quillmark's upload service failed for most customers. " +
		"The disruption began around 09:40 UTC, with customers seeing failed uploads starting at 09:46 UTC. " +
		"Uploads were fully restored by 10:20 UTC.\n\n" +
		"The failure was caused by a storage quota that a cleanup job set too low.\n\n" +
		"Our alerting paged the on-call engineer at 09:46 UTC when the error rate crossed its threshold. " +
		"The engineer raised the quota at 10:05 UTC.\n"
	in := extractString(t, "quillmark.md", doc)
	var at0946 []string
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-03-03T09:46") {
			at0946 = append(at0946, ev.Text)
		}
	}
	if len(at0946) != 1 || !strings.Contains(at0946[0], "paged the on-call engineer") {
		t.Errorf("events at 09:46: %q", at0946)
	}
}

// A summary stated apart (front matter) whose only impact is what its
// cause did ("A bad rotation took down most services") gives way to the
// body's opening sentence that says what users met; one whose summary
// tells the users' side itself keeps it.
func TestImpactToldAsCauseConsequenceTakesOpening(t *testing.T) {
	doc := func(summary string) string {
		return "---\ntitle: Fernwick sign-in outage\nsummary: " + summary + "\n---\n\n" +
			"On 9 June 2026, an outage left most Fernwick users unable to sign in to mail and files. " +
			"Sign-in recovered within forty minutes.\n\n" +
			"The outage was caused by a certificate rotation script that published an empty key set.\n\n" +
			"Fernwick now validates every key set before it is published.\n"
	}
	in := extractString(t, "fernwick.md", doc("A bad certificate rotation took down most Fernwick services."))
	if !strings.Contains(in.Impact, "unable to sign in to mail and files") || strings.Contains(in.Impact, "took down") {
		t.Errorf("impact %q", in.Impact)
	}
	in = extractString(t, "fernwick.md", doc("Most Fernwick users were unable to sign in for forty minutes."))
	if !strings.Contains(in.Impact, "were unable to sign in for forty minutes") {
		t.Errorf("impact of a summary that tells it %q", in.Impact)
	}
}

// "X led to Y" names X as a cause as "导致" does: a paragraph after the
// stated cause that tells how a second failure "led to" the damage,
// "causing" more, goes on with the cause. A sentence that opens "This led
// to …" or "The incident led to …" tells what came of it, the impact.
func TestLedToNamesACause(t *testing.T) {
	doc := "---\ntitle: Larkspur payments outage\nsummary: A deploy tool bug and an empty routing table took the Larkspur payment API down for 50 minutes.\n---\n\n" +
		"On 12 May 2026, Larkspur's payment API failed for 50 minutes. This incident led to declined card payments for most shops, impacting their customers at checkout.\n\n" +
		"The initial problem stemmed from a bug in the deploy tool. It restarted the gateways without their certificates.\n\n" +
		"During the response, a rebuild of the routing table was started. The rebuild relied on the same registry that was down. " +
		"This circular wait, combined with missing checks on the registry's answer, led to an empty routing table, causing every payment request to fail.\n\n" +
		"Larkspur will add checks on every routing table before it is loaded.\n"
	in := extractString(t, "larkspur.md", doc)
	if !strings.Contains(in.Cause, "This circular wait, combined with missing checks") {
		t.Errorf("cause %q", in.Cause)
	}
	if strings.Contains(in.Cause, "declined card payments") || !strings.Contains(in.Impact, "declined card payments for most shops") {
		t.Errorf("cause %q, impact %q", in.Cause, in.Impact)
	}
	if got := cueSection("The failover script ran twice. This led to a second copy of every order."); got == data.SectionCause {
		t.Errorf("'This led to' counted as a cause: %q", got)
	}
}

// A paragraph that opens with what was decided after the incident
// ("Following the cache incident, Tamsin decided to …") is the
// remediation; one that opens with what came after it and no decision
// ("After the outage, customers reported …") is not.
func TestDecidedAfterTheIncidentIsRemediation(t *testing.T) {
	doc := func(para string) string {
		return "---\ntitle: Tamsin cache outage\nsummary: A cache flush script emptied every Tamsin cache node at once.\n---\n\n" +
			"On 2 April 2026, Tamsin's catalogue pages failed to load for twenty minutes.\n\n" +
			"The flush script emptied every cache node at once, and the database could not serve the sudden load.\n\n" +
			para + "\n"
	}
	in := extractString(t, "tamsin.md", doc("Following the cache flush incident, Tamsin decided to flush its cache nodes one zone at a time. "+
		"This involved rewriting the flush script around a zone list."))
	if !strings.Contains(in.Remediation, "decided to flush its cache nodes one zone at a time") {
		t.Errorf("remediation %q", in.Remediation)
	}
	in = extractString(t, "tamsin.md", doc("After the outage, customers reported slow catalogue pages for another hour."))
	if strings.Contains(in.Remediation, "customers reported slow catalogue pages") {
		t.Errorf("remediation holds what customers saw: %q", in.Remediation)
	}
}

// A summary sentence that tells the fix already made ("We have now
// replaced …, which has fixed the issue") goes before the action items of
// a remediation section.
func TestSummaryFixMadeBeforeActionItems(t *testing.T) {
	doc := "# Ingress returned 502 for all services\n\n## Summary\n\n" +
		"All services returned 502 for twelve minutes on March 9. The new ingress image dropped idle connections.\n\n" +
		"We have now replaced the ingress image with the previous one, which has fixed the issue. We will watch the next rollouts closely.\n\n" +
		"## Timeline\n\n| Time | Event |\n| --- | --- |\n| 2026-03-09 10:02 | Ingress image rolled out |\n| 2026-03-09 10:14 | Previous image restored (resolved) |\n\n" +
		"## Action Items\n\n- Add a synthetic check to every ingress rollout.\n"
	in := extractString(t, "ingress.md", doc)
	if !strings.Contains(in.Remediation, "replaced the ingress image with the previous one") || !strings.Contains(in.Remediation, "Add a synthetic check") {
		t.Errorf("remediation %q", in.Remediation)
	}
}
