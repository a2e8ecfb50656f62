package extract

import (
	"testing"

	"github.com/incidex/incidex/data"
)

// TestFailedResponseNoCause checks that a sentence telling why the response
// to an outage failed or came slow (a failover that did not help, a
// rollback that never triggered, a restore that took time) weighs as no
// cause, while the sentence that says why the outage began still does.
func TestFailedResponseNoCause(t *testing.T) {
	for _, s := range []string{
		"Failing over did not help, because the standby held the same corrupted index.",
		"We couldn't fail over to the second mail relay because that switch was still a manual runbook step.",
		"Restoring the tenants took time because each mailbox had to be replayed from the journal in order.",
		"Because the release had finished before the latency crossed our alarm thresholds, the automatic rollback did not trigger.",
		"The alerts did not fire because the dashboard's query had been pointed at the retired cluster.",
		"We did not notice the drop in signups because the checkout funnel is only reviewed weekly.",
	} {
		if sec := cueSection(s); sec == data.SectionCause {
			t.Errorf("cueSection(%q) = cause, want no cause", s)
		}
	}
	for _, s := range []string{
		"The outage began because a change to the cache's eviction rules removed the active signing key.",
		"Because a cleanup job ran against the production volume, the tenants' journals were deleted.",
		"Orders failed because the failover script pointed writes at a replica that was still read-only.",
	} {
		if sec := cueSection(s); sec != data.SectionCause {
			t.Errorf("cueSection(%q) = %q, want cause", s, sec)
		}
	}
}

// TestFailedResponseInParagraph checks that in a paragraph the clause that
// tells why the response failed is taken out alone: the paragraph that
// follows the outage with why its rollback never started weighs as no
// cause, and one that also says why the outage began still weighs as one.
func TestFailedResponseInParagraph(t *testing.T) {
	p := "Because the release had finished before the latency crossed our alarm thresholds, the automatic rollback did not trigger. Engineers rolled the release back at 11:05, and the queues drained by 11:40."
	if sec := cueSection(p); sec == data.SectionCause {
		t.Errorf("cueSection(%q) = cause, want no cause", p)
	}
	q := "The queues stalled because the new release dropped the consumer's heartbeat. Because the release had finished before the latency crossed our alarm thresholds, the automatic rollback did not trigger."
	if sec := cueSection(q); sec != data.SectionCause {
		t.Errorf("cueSection(%q) = %q, want cause", q, sec)
	}
}
