package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// Forms met in extract-own-10's odd (tuning) documents, each in our own
// fictional text.

// Data an outage lost is what it did: "Metrics in this window are assumed
// lost" is the impact; "no order was lost" tells what it spared.
func TestLostDataIsImpact(t *testing.T) {
	doc := "# Metrics not forwarded to the archive\n\n## Summary\n\n" +
		"A wrong bucket name in the collector configuration stopped metrics from reaching the archive for forty minutes. " +
		"Metrics in this window are assumed lost.\n\n" +
		"## Timeline\n\n| Time | Event |\n|---|---|\n| 2025-03-04 09:10 | Collector configuration rolled out |\n| 2025-03-04 09:50 | Configuration reverted |\n"
	in := extractString(t, "larkspur.md", doc)
	if !strings.Contains(in.Impact, "Metrics in this window are assumed lost") {
		t.Errorf("impact %q", in.Impact)
	}
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Some user data was permanently lost.", true},
		{"Roughly 4 seconds of writes were lost around the failover.", true},
		{"No orders were lost, as the queue kept every message.", false},
		{"While no data was lost, the counters jumped.", false},
	} {
		if got := cueSection(c.sent) == data.SectionImpact; got != c.want {
			t.Errorf("%q: impact %v, want %v", c.sent, got, c.want)
		}
	}
}

// "The incident was triggered when …" opens a paragraph that tells the
// cause, as "… was triggered by …" does: it leads the cause before the
// root-cause paragraph that follows.
func TestTriggeredWhenIsCause(t *testing.T) {
	doc := "---\ntitle: Quillfeed read-only outage\nsummary: A crashed primary database left Quillfeed read-only, then down.\n---\n\n" +
		"On March 9, 2025, starting at 08:12 UTC, Quillfeed entered a read-only state for about 6 minutes, followed by a full outage of 9 minutes.\n\n" +
		"The incident was triggered when the primary database node, QF-DB1, hit a kernel panic during a routine backup. This forced the cluster into a read-only state.\n\n" +
		"The root cause involved the kernel panic together with a bug in the failover script, which stopped the standby from taking over.\n\n" +
		"Remediation involved rebooting QF-DB1 and patching the failover script.\n"
	in := extractString(t, "quillfeed.md", doc)
	if !strings.Contains(in.Cause, "The incident was triggered when the primary database node") {
		t.Errorf("cause %q", in.Cause)
	}
	if !strings.Contains(in.Cause, "a bug in the failover script") {
		t.Errorf("cause lost the root cause: %q", in.Cause)
	}
}

// "Mitigation involved …" tells the fix as "Remediation involved …" does,
// even in a paragraph whose sentence also gives the time it began: the
// sentence is the remediation's as well as the timeline's.
func TestMitigationLeadInEventParagraph(t *testing.T) {
	doc := "---\ntitle: Fernway build runners outage\nsummary: A quota change applied by mistake blocked every runner from starting.\n---\n\n" +
		"On May 6, 2025, Fernway's hosted build runners were unavailable for about 3 hours. The incident began at 09:40 UTC and runners recovered by 12:45 UTC.\n\n" +
		"The root cause was a quota change applied by mistake to the runner pool, which blocked every runner from starting.\n\n" +
		"Mitigation involved reverting the quota change, which commenced at 12:05 UTC. Queued builds then drained over the next half hour.\n"
	in := extractString(t, "fernway.md", doc)
	if !strings.Contains(in.Remediation, "Mitigation involved reverting the quota change") {
		t.Errorf("remediation %q", in.Remediation)
	}
	found := false
	for _, ev := range in.Timeline {
		found = found || strings.HasPrefix(ev.At, "2025-05-06T12:05")
	}
	if !found {
		t.Errorf("no event at 12:05: %+v", in.Timeline)
	}
}

// A sentence that states a range to a later day ("began at 19:20 UTC, …
// by 01:10 UTC on April 9") and a next sentence that goes back to a time
// within it without a day ("which commenced at 23:05 UTC"): that time is
// on the range's first day, not a day after the range ended.
func TestTimeBackWithinDatedRange(t *testing.T) {
	doc := "---\ntitle: Tollgate sign-in outage\nsummary: An expired signing key stopped sign-ins.\n---\n\n" +
		"On April 8, 2025, Tollgate's sign-in service was unavailable for about six hours. " +
		"The incident began at 19:20 UTC, with logins failing everywhere, and full recovery was reached by 01:10 UTC on April 9, 2025.\n\n" +
		"The root cause was a signing key that expired without an alert.\n\n" +
		"Recovery involved issuing a new signing key, which commenced at 23:05 UTC. Sessions were then refreshed.\n"
	in := extractString(t, "tollgate.md", doc)
	found := false
	for _, ev := range in.Timeline {
		if ev.TimeText == "23:05 UTC" || strings.HasPrefix(ev.TimeText, "23:05") {
			found = true
			if !strings.HasPrefix(ev.At, "2025-04-08T23:05") {
				t.Errorf("23:05 placed at %s, want 2025-04-08T23:05", ev.At)
			}
		}
	}
	if !found {
		t.Errorf("no event at 23:05: %+v", in.Timeline)
	}
	// a time past the range's end stays on the end's day
	doc2 := strings.Replace(doc, "which commenced at 23:05 UTC", "which was completed at 03:40 UTC", 1)
	in = extractString(t, "tollgate.md", doc2)
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.TimeText, "03:40") && !strings.HasPrefix(ev.At, "2025-04-09T03:40") {
			t.Errorf("03:40 placed at %s, want 2025-04-09T03:40", ev.At)
		}
	}
}

// "The incident was mitigated by reverting …" opens a paragraph of the
// fix, as "Remediation involved …" does; in a paragraph of recovery
// events, "Queue delays were mitigated by draining …" and "temporary
// mitigations were applied by 03:10" tell the fix too.
func TestMitigatedByIsRemediation(t *testing.T) {
	doc := "---\ntitle: Petrel read outage\nsummary: A bad routing change made the read replicas unreachable.\n---\n\n" +
		"On July 2, 2025, at 21:40 UTC, Petrel's dashboards stopped loading for most users.\n\n" +
		"The root cause was a routing change that dropped health-check traffic to the read replicas.\n\n" +
		"The incident was mitigated by reverting the routing change, which restored the replicas. Services were healthy again by 22:55 UTC.\n\n" +
		"To prevent recurrence, Petrel has added a staged rollout for routing changes.\n"
	in := extractString(t, "petrel.md", doc)
	if !strings.Contains(in.Remediation, "The incident was mitigated by reverting the routing change") {
		t.Errorf("remediation %q", in.Remediation)
	}
	if !strings.Contains(in.Remediation, "added a staged rollout") {
		t.Errorf("remediation lost the follow-up: %q", in.Remediation)
	}
	doc2 := "---\ntitle: Petrel queue outage\nsummary: A lease bug stalled the job queue.\n---\n\n" +
		"On July 9, 2025, at 01:05 PDT, Petrel's job queue stopped dispatching work.\n\n" +
		"The root cause was a latent bug in the lease manager that left every worker waiting on an expired lease.\n\n" +
		"Engineers found the stalled leases by 02:20 AM, and temporary mitigations were applied by 03:10 AM. " +
		"Queue delays were mitigated by draining the backlog onto spare workers. All jobs were processed by 06:45 AM.\n"
	in = extractString(t, "petrel-queue.md", doc2)
	for _, want := range []string{"temporary mitigations were applied", "Queue delays were mitigated by draining the backlog"} {
		if !strings.Contains(in.Remediation, want) {
			t.Errorf("remediation lacks %q: %q", want, in.Remediation)
		}
	}
}
