package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestForms13 checks that the forms of patternforms13.go name their
// pattern — a release that introduced a new way of doing a thing, code
// that should have done one thing and instead did another, a release
// told as where a design went otherwise, a thing nothing ever released, a
// lock held for the whole of slow work, 没有…而是, a value copied from
// the wrong entry, an allowance changed, a provider's own side — and that
// like words of a person, a database or a remedy name none.
func TestForms13(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		{"Build 212 of the billing engine introduced a simpler way of rounding partial hours.", "software-bug", true},
		{"Our team introduced a new way of reporting incidents to the board.", "software-bug", false},
		{"The sweeper should have skipped buckets that still had open uploads; instead, it compared only the last-modified dates.", "software-bug", true},
		{"The on-call engineer should have paged the storage team; instead, she restarted the nodes.", "software-bug", false},
		{"The client waits longer after every timeout, but in 3.4.1 the wait was read from a field that was reset on each call.", "software-bug", true},
		{"We had planned the move for spring, but in 2024 the budget was cut.", "software-bug", false},
		{"Each import opened a temporary table and nothing ever closed it.", "software-bug", true},
		{"The compactor held the shard's write lock for the whole upload to cold storage.", "software-bug", true},
		{"The schema migration held a lock on the orders table for the whole backfill.", "software-bug", false},
		{"新版本中，余额为零时没有走退出的分支，而是把任务重新放回了队列。", "software-bug", true},
		{"运维人员没有等待同步完成，而是直接切换了主库。", "software-bug", false},
		{"The limits for the new region were copied from the entry of a test region listed above it.", "config-change", true},
		{"The parser was copied from an open-source library without its bounds checks.", "config-change", false},
		{"At 09:20 an engineer updated the allowance for batch callers to match the new table.", "config-change", true},
		{"The mail relay stopped accepting messages after a fault on its side.", "dependency", true},
		{"The new launch file was produced by copying the image block from the staging template.", "config-change", true},
		{"A revision of the price list was prepared to add the new regions.", "config-change", true},
		{"A revision of the client code was shipped on Monday.", "config-change", false},
		{"上周上线的对账模块重写了退款金额的取值，部分退款被记成两次。", "software-bug", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s %v, want named %v", tc.text, tc.pattern, s[p], tc.named)
		}
	}
}

// TestDeploymentNeededNoRollout checks that a deployment a remedy needed
// is no faulty rollout, while one that went wrong still is.
func TestDeploymentNeededNoRollout(t *testing.T) {
	cuesOnce.Do(loadCues)
	dep := slices.Index(patternList, "deployment")
	for _, tc := range []struct {
		text  string
		named bool
	}{
		{"Moving traffic to the standby gateway required a configuration review and a deployment that nobody had practised.", false},
		{"A deployment of the router fleet at 14:00 shipped a broken health endpoint.", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if got := s[dep] > 0; got != tc.named {
			t.Errorf("%q: deployment %v, want named %v", tc.text, s[dep], tc.named)
		}
	}
}

// TestBeganWithChange checks that an event summary's "The event began
// with an update to …" is read as the cause, the update kept in it, and
// that "began with alarms" marks no cause.
func TestBeganWithChange(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"We want to share more about the errors on March 3. The event began with an update to the default retry policy that the edge applies to every origin. Errors rose within minutes.",
			"an update to the default retry policy"},
		{"The incident began with alarms at 6:10 AM, when latency rose on the ledger tier.", ""},
	} {
		got := strings.Join(causalSpans(tc.text), "\n")
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("%q: causal spans %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestReleaseIntroducedCause checks that "Version N … introduced X" gives
// the release and what it introduced as the cause, and that the code it
// brought ranks above a faulty rollout.
func TestReleaseIntroducedCause(t *testing.T) {
	text := "Summary\nBetween 02:00 and 04:10 UTC invoices were sent twice.\n\nDetails\nVersion 9.1 of the invoicing service, released on 2 June, introduced a faster way of grouping line items. For accounts with more than one currency, the grouping read each account twice. Engineers rolled back at 04:00."
	spans := strings.Join(causalSpans(text), "\n")
	if !strings.Contains(spans, "introduced a faster way of grouping") {
		t.Errorf("causal spans %q: want what version 9.1 introduced", spans)
	}
	in, err := Extract([]byte(text), "rca.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "software-bug" {
		t.Errorf("patterns %v, want software-bug first", in.Patterns)
	}
}

// TestRetriesFollowTheDefect checks that retries told in the same causal
// clause as a code defect count below it: the defect comes first.
func TestRetriesFollowTheDefect(t *testing.T) {
	text := "Incident report: sync API errors\n\nSummary\nThe sync API failed for forty minutes.\n\nDetails\nThe mobile app backs off after each failed sync, but in 12.3.0 the retry count was kept in the request object rebuilt for every retry, so retries started again at the shortest wait and the sync servers were flooded with retries. We shipped 12.3.1."
	in, err := Extract([]byte(text), "rca.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "software-bug" {
		t.Errorf("patterns %v, want software-bug first", in.Patterns)
	}
}

// TestBecauseAside checks that a "Because X, Y" sentence whose Y tells the
// incident's scope, look or the delay in seeing it marks no cause, while
// one whose Y is the failure still does.
func TestBecauseAside(t *testing.T) {
	for _, tc := range []struct {
		text  string
		cause bool
	}{
		{"Because the workers reload their tables at random times, the errors looked like network noise at first.", false},
		{"Because the scheduler reads the new limits zone by zone, only zone b had applied them when we stopped it.", false},
		{"Because the signing key had expired, every token check failed.", true},
	} {
		got := causalSpans(tc.text)
		if (len(got) > 0) != tc.cause {
			t.Errorf("%q: causal spans %q, want a cause %v", tc.text, got, tc.cause)
		}
	}
}
