package extract

import (
	"strings"
	"testing"
)

// A write-up that opens by naming the day ("On March 4, 2025, Quillon's
// object store in one region returned errors …") tells its first event
// there, though that day's clock times come further on: the opening
// sentence is an event of its day.
func TestOpeningDaySentenceIsAnEvent(t *testing.T) {
	doc := "---\ntitle: Quillon object store errors March 2025\n---\n\n" +
		"On Tuesday, March 4th, 2025, Quillon's object store in the eu-north region returned errors to most uploads. " +
		"The incident began with alarms at 6:10 AM UTC, when write latency rose on the metadata tier. " +
		"Service fully returned to normal by 9:40 AM UTC on the same day.\n\n" +
		"The root cause was a metadata compaction job that held a lock on the bucket index for minutes at a time.\n"
	in := extractString(t, "quillon.md", doc)
	wantEvents(t, in.Timeline, map[string]string{
		"2025-03-04T06:10": "alarms at",
		"2025-03-04T09:40": "returned to normal",
	})
	found := false
	for _, ev := range in.Timeline {
		found = found || strings.HasPrefix(ev.At, "2025-03-04") && strings.Contains(ev.Text, "object store in the eu-north region returned errors")
	}
	if !found {
		t.Errorf("no event for the opening sentence: %+v", in.Timeline)
	}
	if !strings.HasPrefix(in.StartedAt, "2025-03-04T06:10") {
		t.Errorf("started %q, want 2025-03-04T06:10", in.StartedAt)
	}
}

// A paragraph of a write-up without headings whose second sentence names
// the response ("The recovery process involved …") is the remediation,
// though a later sentence says why the recovery was slow with a cause
// word ("… due to the number of volumes").
func TestRecoveryProcessParagraphIsRemediation(t *testing.T) {
	doc := "---\ntitle: Tessmark storage outage\n---\n\n" +
		"On June 9, 2024, Tessmark's hosted repositories were unavailable for most of the afternoon.\n\n" +
		"The root cause was a switch firmware upgrade that froze the storage network for two minutes, so both nodes of many storage pairs fenced each other and powered off.\n\n" +
		"The site was put into read-only mode, and the whole infrastructure team was called in. " +
		"The recovery process involved rolling the switches back and finding the last active node of each storage pair from its logs. " +
		"This took over four hours due to the number of pairs affected.\n\n" +
		"To prevent similar incidents, Tessmark plans to test firmware upgrades on a copy of the production network.\n"
	in := extractString(t, "tessmark.md", doc)
	if !strings.Contains(in.Remediation, "The recovery process involved rolling the switches back") {
		t.Errorf("remediation %q", in.Remediation)
	}
	if strings.Contains(in.Cause, "recovery process") {
		t.Errorf("cause %q", in.Cause)
	}
}
