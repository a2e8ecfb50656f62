package extract

import (
	"strings"
	"testing"
)

// Forms found by reading the failures of extract-own-23's tuning half,
// tested on our own text.

// TestGold23IdentifiedFieldIsCause: a review's "Identified:" field that
// tells a change and what it took away, or why it failed, is the cause,
// beside the cause its "Context" gives; one that tells who reported the
// trouble is how it was noticed and stays out of the cause.
func TestGold23IdentifiedFieldIsCause(t *testing.T) {
	doc := "---\ntitle: Incident on 2026-02-03 Mail relay\n---\n\n# Incident on 2026-02-03 Mail relay\n\n" +
		"- **Key events**\n  - Fault occurs 2026-02-03 08:10\n  - Fault detected 2026-02-03 09:40\n  - Resolved 2026-02-03 10:05\n\n" +
		"- **Identified**: After an upgrade of the Postfix relays, support for plain SMTP on port 25 was dropped.\n\n" +
		"- **Impact**:\n  - Older printers could not send scanned documents by mail\n\n" +
		"- **Context**:\n  - The relay chart moved from v3.2 to v4.0\n  - The new chart listens on port 587 only\n\n" +
		"- **Resolution**:\n    The relay configuration was changed to listen on port 25 again\n"
	in := extractString(t, "relay", doc)
	if !strings.Contains(in.Cause, "support for plain SMTP on port 25 was dropped") || !strings.Contains(in.Cause, "listens on port 587 only") {
		t.Errorf("cause %q, want the Identified field and the context", in.Cause)
	}
	if strings.Contains(in.Cause, "Identified:") {
		t.Errorf("cause %q keeps the field's label", in.Cause)
	}
	if !strings.Contains(in.Text, "Identified: After an upgrade of the Postfix relays") {
		t.Errorf("text lost the field: %q", in.Text)
	}

	reported := strings.Replace(doc, "After an upgrade of the Postfix relays, support for plain SMTP on port 25 was dropped.",
		"Users reported in #help that scanned documents were not arriving after an upgrade.", 1)
	in = extractString(t, "relay-reported", reported)
	if strings.Contains(in.Cause, "Users reported") {
		t.Errorf("cause %q holds how the trouble was noticed", in.Cause)
	}
}

// TestGold23StepRangeInRow: a row of a timeline table whose time is a
// step's span ("2026-03-04 09:00 - 11:00 | Investigation") is no range of
// the incident: the incident ends at the row that says it was resolved.
func TestGold23StepRangeInRow(t *testing.T) {
	doc := "# Worker node unhealthy\n\n## Summary\n\nBuild agents on one worker node kept crashing and jobs queued for hours.\n\n" +
		"## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n| :--- | --- |\n" +
		"| 2026-03-04 07:00 | Weekly maintenance node roll over |\n" +
		"| 2026-03-04 08:00 | Build agents started crashing on the new node |\n" +
		"| 2026-03-04 09:00 - 11:00 | Ongoing investigation and troubleshooting |\n" +
		"| 2026-03-04 11:30 | Replaced the sick node |\n" +
		"| 2026-03-04 12:00 | All healthy and issue resolved |\n\n" +
		"## Stats\n\n- Time to detection: 60 minutes\n- Time to recovery: 240 minutes\n"
	in := extractString(t, "worker", doc)
	if !strings.HasPrefix(in.EndedAt, "2026-03-04T12:00") {
		t.Errorf("ended %q, want the row that says it was resolved (12:00)", in.EndedAt)
	}
}

// TestGold23StoppedShippingIsImpact: a summary's sentence that tells what
// some part stopped doing for its users ("some hosts stopped shipping
// metrics") is the impact; one that tells a part stopped accepting writes
// is its failure, not the impact.
func TestGold23StoppedShippingIsImpact(t *testing.T) {
	doc := "# Metrics not reaching the store\n\n## Summary\n\n" +
		"On Monday the collector chart was bumped by four releases at once. One of these changes being a new Vector version. " +
		"Now and then during the day, some hosts stopped shipping metrics to the store. Later the store's disk filled and it stopped accepting writes.\n\n" +
		"The issue was mitigated by rolling back to the earlier collector release.\n\n" +
		"## Contributing Factors\n\n- Chart releases are linear, which makes it hard to stagger them\n"
	in := extractString(t, "metrics", doc)
	if !strings.Contains(in.Impact, "some hosts stopped shipping metrics") {
		t.Errorf("impact %q, want what the hosts stopped doing", in.Impact)
	}
	if strings.Contains(in.Impact, "stopped accepting writes") {
		t.Errorf("impact %q holds a part's failure (the cause's)", in.Impact)
	}
}

// TestGold23MadeRequestsFailIsImpact: in a one-paragraph account whose
// sentences all tell causes, the one that tells what the cause made
// users' requests do ("… caused requests to fail …") is the impact.
func TestGold23MadeRequestsFailIsImpact(t *testing.T) {
	doc := "---\ncompany: Quillfeather\n---\n\n" +
		"A library upgrade in the scheduler caused a lock contention issue that slowed our queue workers. " +
		"The slow workers caused the work queue to build up because autoscaling did not react. " +
		"The smaller pool of gateway instances caused requests to fail as traffic grew faster than the gateways could handle.\n"
	in := extractString(t, "quillfeather", doc)
	if !strings.Contains(in.Impact, "caused requests to fail") {
		t.Errorf("impact %q, want the sentence of failing requests", in.Impact)
	}
}

// TestGold23FieldRangeAfterClocks: a field that states the outage's range
// ("Outage window: 2026-05-06 10:12 - 11:31") after other clock times is
// the incident's range, whatever space stands before its dash: only a
// stamp that opens a row is a step's span.
func TestGold23FieldRangeAfterClocks(t *testing.T) {
	doc := "# P1 notice: gateway routing fault\n\nLast edited by the platform team on 2026-05-07 16:02\n\n" +
		"**Outage window:** 2026-05-06 10:12 - 11:31 (UTC), 79 minutes. **Cause:** a canary rule pushed at 10:05 sent every tenant to a backend that only one cluster ran.\n"
	in := extractString(t, "gateway", doc)
	if !strings.HasPrefix(in.EndedAt, "2026-05-06T11:31") || in.DurationMinutes != 79 {
		t.Errorf("ended %q after %d minutes, want the field's range (11:31, 79)", in.EndedAt, in.DurationMinutes)
	}
}
