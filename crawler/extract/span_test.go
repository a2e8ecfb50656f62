package extract

import (
	"strings"
	"testing"
)

// A plain write-up's paragraph that opens with what was done after the
// incident ("Post-incident, …"), with the further improvements it lists
// ("Further improvements include …", "Identified improvements include …")
// or with the fix it names a solution ("The solution involved …", "A more
// radical solution was adopted: …") is the remediation, beside the one that
// told how the outage was mitigated.
func TestRemediationLeadsOfAftermath(t *testing.T) {
	for _, tc := range []struct{ fix, para string }{
		{"raised the lock timeout on the ledger replicas", "Post-incident, Larkspur Pay raised the lock timeout on the ledger replicas to stop early failovers. They also fixed the retry loop in the settlement worker."},
		{"sharding the settlement queue", "Further improvements include sharding the settlement queue and adding a second ledger region."},
		{"alerting on replica lag", "Identified improvements include alerting on replica lag in the short term and automatic queue draining in the long term."},
		{"rebuilding the ledger index offline", "The solution involved rebuilding the ledger index offline. This rebuild removed the duplicate keys that had stalled the workers."},
		{"pausing the settlement worker", "A more radical solution was adopted: pausing the settlement worker and replaying its queue by hand."},
	} {
		doc := "---\ntitle: Larkspur Pay settlement outage\nsummary: A stalled settlement worker delayed payouts for three hours.\n---\n\n" +
			"On March 3, 2025, Larkspur Pay experienced an incident that delayed merchant payouts for three hours.\n\n" +
			"The incident began at 09:12 UTC when a ledger replica failed over and the settlement worker retried the same batch in a loop.\n\n" +
			"To mitigate the impact, Larkspur Pay paused new payout batches and drained the stuck queue by hand.\n\n" +
			tc.para + "\n"
		in := extractString(t, "larkspur.md", doc)
		if !strings.Contains(in.Remediation, tc.fix) {
			t.Errorf("%q: remediation %q", tc.para, in.Remediation)
		}
	}
}

// A plain write-up's paragraph that opens with what set the outage off
// ("The outage was precipitated by …", "The incident was set off by …",
// "The disruption was sparked by …") states the cause, where the summary
// stated apart told none.
func TestCauseLeadsOfTriggers(t *testing.T) {
	for _, tc := range []struct{ cause, para string }{
		{"a burst of slow writes from the archive tier", "The outage was precipitated by a burst of slow writes from the archive tier. Those writes held the index lock for minutes at a time."},
		{"a shard map that the compaction job read while it was stale", "The incident was set off by a shard map that the compaction job read while it was stale. The job rewrote live segments as if they were orphaned."},
		{"a block-size mismatch in the rebuilt index", "The disruption was sparked by a block-size mismatch in the rebuilt index. Readers rejected every segment written after the rebuild."},
	} {
		doc := "---\ntitle: Pellwick Search index outage\nsummary: Pellwick Search was offline for two hours.\n---\n\n" +
			"On May 12, 2025, Pellwick Search was unavailable for two hours, and queries returned empty pages to every user.\n\n" +
			tc.para + "\n\n" +
			"To restore service, Pellwick rebuilt the index from the nightly snapshot and replayed the day's writes.\n"
		in := extractString(t, "pellwick.md", doc)
		if !strings.Contains(in.Cause, tc.cause) {
			t.Errorf("%q: cause %q", tc.para, in.Cause)
		}
	}
}

// TestSummaryYieldsToBodyFinding: a header's one-line summary is the cause
// only until the body says what was found (a finding paragraph, a trigger
// told with its time, a thing identified as the attack) or states the root
// cause in the middle of a paragraph; a finding is no cause over a stated one.
func TestSummaryYieldsToBodyFinding(t *testing.T) {
	for _, tc := range []struct{ cause, not, para string }{
		{"the ledger-sync worker was failing to renew its lease", "misconfiguration", "Investigation revealed that the ledger-sync worker was failing to renew its lease with the lock service. Its clock had drifted after a host migration."},
		{"a half-failed top-of-rack switch", "misconfiguration", "The incident began at 09:12 UTC with a half-failed top-of-rack switch. The switch dropped every third packet between the ledger nodes."},
		{"a credential-stuffing attack", "misconfiguration", "The unauthorized access was identified as a credential-stuffing attack, with the attacker reusing passwords leaked from another site."},
		{"misconfiguration", "lease", "Further investigation showed that the ledger-sync worker was failing to renew its lease with the lock service."},
		{"an expired intermediate certificate", "lease", "Investigation revealed that the ledger-sync worker was failing to renew its lease.\n\nFewer than 2% of payments failed. The root cause was identified as an expired intermediate certificate on the ledger gateway."},
	} {
		doc := "---\ntitle: Quillmark Ledger outage\nsummary: A misconfiguration led to failed payments for Quillmark customers.\n---\n\n" +
			"On June 3, 2025, Quillmark Ledger was degraded for ninety minutes and some card payments failed.\n\n" +
			tc.para + "\n\n" +
			"Quillmark restarted the ledger nodes and replayed the queued payments.\n"
		in := extractString(t, "quillmark.md", doc)
		if !strings.Contains(in.Cause, tc.cause) || strings.Contains(in.Cause, tc.not) {
			t.Errorf("%q: cause %q", tc.para, in.Cause)
		}
	}
	// a summary that names the root cause itself stands
	doc := "---\ntitle: Quillmark Ledger outage\nsummary: The root cause was a stale routing table on the ledger gateway, which sent payments to a drained node.\n---\n\n" +
		"On June 3, 2025, Quillmark Ledger was degraded for ninety minutes and some card payments failed.\n\n" +
		"Investigation revealed that the ledger-sync worker was failing to renew its lease with the lock service.\n\n" +
		"Quillmark restarted the ledger nodes and replayed the queued payments.\n"
	if in := extractString(t, "quillmark.md", doc); !strings.Contains(in.Cause, "stale routing table") {
		t.Errorf("summary naming the root cause: cause %q", in.Cause)
	}
}
