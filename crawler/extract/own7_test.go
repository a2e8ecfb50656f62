package extract

import (
	"strings"
	"testing"
)

// Forms met in extract-own-7's odd (tuning) documents, each in our own
// fictional text.

// A paragraph that announces follow-up work in a first sentence without a
// cue and lists it in a second that opens "These include updating …" is
// the remediation; one whose second sentence goes on with what failed
// ("Firstly, the monitoring …") is not moved.
func TestRemediationListedAfterAnnouncement(t *testing.T) {
	doc := func(para string) string {
		return "# Brackenfold ledger outage\n\n" +
			"On 4 March 2026, the Brackenfold ledger was down for forty minutes.\n\n" +
			"The outage was triggered by a failed disk controller in the primary ledger rack, which caused the database to stop.\n\n" +
			para + "\n"
	}
	in := extractString(t, "ledger.md", doc("Brackenfold identified several areas for improvement. "+
		"These include replacing the controllers of the same batch, adding a second controller path and improving the failover drill."))
	for _, want := range []string{"several areas for improvement", "replacing the controllers of the same batch"} {
		if !strings.Contains(in.Remediation, want) {
			t.Errorf("remediation lacks %q: %q", want, in.Remediation)
		}
	}
	in = extractString(t, "ledger.md", doc("The incident highlighted two areas for improvement. "+
		"Firstly, the ledger's monitoring watched only the database, not the rack."))
	if strings.Contains(in.Remediation, "monitoring watched only") {
		t.Errorf("remediation holds what failed: %q", in.Remediation)
	}
}

// A write-up whose summary is stated apart from its body (front matter)
// and tells no impact takes the impact from the body's opening paragraph.
func TestImpactFromOpeningWhenSummaryIsApart(t *testing.T) {
	doc := "---\ntitle: Brackenfold ledger outage\nsummary: On 4 March 2026 Brackenfold had a disk controller failure in its ledger rack.\n---\n\n" +
		"On 4 March 2026, Brackenfold had an incident lasting forty minutes, beginning at 09:10 UTC. " +
		"During this period, users saw timeouts when they opened their ledgers.\n\n" +
		"The outage was triggered by a failed disk controller in the primary ledger rack.\n\n" +
		"To prevent a recurrence, Brackenfold now keeps a spare controller path in every rack.\n"
	in := extractString(t, "ledger.md", doc)
	if !strings.Contains(in.Impact, "users saw timeouts when they opened their ledgers") {
		t.Errorf("impact %q", in.Impact)
	}
	if strings.Contains(in.Impact, "failed disk controller") {
		t.Errorf("impact holds the cause: %q", in.Impact)
	}
}
