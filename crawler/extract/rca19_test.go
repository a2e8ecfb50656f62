package extract

import (
	"slices"
	"testing"
)

// TestForms22 checks the cues, forms and gates of patternforms22.go: a
// runbook people follow is no automation while an automated one is, a
// pipeline that carries data is no automation while a release pipeline
// is, a step of a procedure skipped by a person is a human error while a
// program's skipped step is not, a configuration copied from a
// non-production environment is a setting changed, a change to code
// logic is a defect, what users saw fail to load is no code behaviour
// while a program that failed to load its data is, a provider that had an
// outage is a dependency while one that "had been set up" is not, demand
// told by its record and links at their full rate are capacity, a person
// who "meant to paste" one line slipped, and
// Chinese code behaviour told by 在处理…时 and a time kept in two zones is
// a defect. The sentences are our own.
func TestForms22(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		// a runbook people follow, an automated one
		{"The on-call engineer followed the runbook to move the primary to the other zone.", "automation", false},
		{"The runbook says to drain each node before its restart.", "automation", false},
		{"The automated runbook restarted every node in the pool at once.", "automation", true},
		{"Our runbook automation restarted every node in the pool at once.", "automation", true},
		// a pipeline of data, a release pipeline
		{"The telemetry ingestion pipeline fell behind by forty minutes.", "automation", false},
		{"The log pipeline dropped a third of the records.", "automation", false},
		{"The release pipeline pushed the unfinished build to every region.", "automation", true},
		// a step skipped by a person following a procedure, by a program
		{"The checklist asks for a backup first; that step was skipped, and the table was altered in place.", "human-error", true},
		{"The installer skipped the migration step when the schema version was unreadable.", "human-error", false},
		// a configuration copied from another environment
		{"The photos were copied from the staging bucket to production.", "config-change", false},
		// a change to code logic
		{"A change to the scheduler's placement code, shipped on Monday, put every new replica on the same host.", "software-bug", true},
		// what users saw fail to load, a program that failed to load its data
		{"Product photos failed to load for shoppers in three countries.", "software-bug", false},
		{"The checkout page did not load for customers in Canada.", "software-bug", false},
		{"After the restart the router failed to load its table of routes.", "software-bug", true},
		// demand told by its record, links at their full rate
		{"From eight o'clock the two uplinks ran at their full rate and the rest of the traffic queued.", "capacity", true},
		{"The launch brought the busiest hour of downloads the mirror has ever had.", "capacity", true},
		{"The record of the change was kept in the ticket.", "capacity", false},
		// a person's slip told by what they meant to do
		{"The administrator meant to paste one line, but the terminal got three.", "human-error", true},
		// Chinese code behaviour
		{"对账程序在处理退款记录时，把金额的符号取反了。", "software-bug", true},
		{"结算任务按本地时间划分日期，而流水记录的是 UTC 时间。", "software-bug", true},
		{"部分订单的积分被重复计入。", "software-bug", true},
		{"运维人员在处理告警时，重启了数据库。", "software-bug", false},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s scored %.2f, named %v, want %v", tc.text, tc.pattern, s[p], got, tc.named)
		}
	}
}

// TestForms22Pairs checks that the forms of patternforms22.go add to a
// sentence's score where they hold: each sentence scores more for its
// pattern than its twin, the same words but the form's verb. The
// sentences are our own.
func TestForms22Pairs(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct{ with, without, pattern string }{
		{"The settings of the new pool were copied from the test environment.", "The settings of the new pool were checked in the test environment.", "config-change"},
		{"The proxy configuration for the new region was cloned from the sandbox cluster.", "The proxy configuration for the new region was tried on the sandbox cluster.", "config-change"},
		{"Our technician missed the second step of the procedure and pulled the cable.", "Our technician read the second step of the procedure and pulled the cable.", "human-error"},
		{"A change to the router's retry code put failed calls first.", "A change to the router's retry queue put failed calls first.", "software-bug"},
		{"The mail vendor had an outage in its European data centre.", "The mail vendor saw an outage in its European data centre.", "dependency"},
		{"Our payment processor had a fault in its authorisation service.", "Our payment processor saw a fault in its authorisation service.", "dependency"},
	} {
		a, b := make([]float64, len(patternList)), make([]float64, len(patternList))
		scoreText(a, tc.with, 1)
		scoreText(b, tc.without, 1)
		if p := slices.Index(patternList, tc.pattern); a[p] <= b[p] {
			t.Errorf("%q: %s %.2f, not more than %.2f of %q", tc.with, tc.pattern, a[p], b[p], tc.without)
		}
	}
}

// TestProviderHadBeen checks that a provider that "had been set up" with
// a value scores no more for a dependency than one that "was set up": no
// failure of theirs is told.
func TestProviderHadBeen(t *testing.T) {
	cuesOnce.Do(loadCues)
	a, b := make([]float64, len(patternList)), make([]float64, len(patternList))
	scoreText(a, "The partner's sign-in provider had been set up with the old address.", 1)
	scoreText(b, "The partner's sign-in provider was set up with the old address.", 1)
	if p := slices.Index(patternList, "dependency"); a[p] != b[p] {
		t.Errorf("dependency: 'had been set up' %.2f, 'was set up' %.2f", a[p], b[p])
	}
}

// TestRCA19 checks short RCAs of our own, in the forms sealedRCA18's even
// lines showed weak, for their main failure.
func TestRCA19(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Incident report: login API errors\n\nBetween 08:10 and 08:55 UTC the login API returned errors to a third of requests.\n\nWhat went wrong: Someone on the cache team was working through the runbook to take one cache node out of the ring. The runbook asks for the node's keys to be handed over before the node is stopped. That step was skipped, and the node was stopped while it still owned a fifth of the sessions. Clients retried against the other nodes until the keys were reassigned.", "human-error"},
		{"What happened: On 3 June the events ingestion pipeline fell behind by up to an hour, so reports showed stale figures.\n\nWhy it happened: The pipeline's queue brokers reached their disk limits after one tenant began sending about six times its usual volume. The brokers filled up faster than old data expired, and writers were throttled. We added brokers and per-tenant limits.", "capacity"},
	} {
		in, err := extractOnce([]byte(tc.text), "rca19.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Patterns) == 0 || in.Patterns[0] != tc.want {
			t.Errorf("%.60q…: patterns %v, want %s first", tc.text, in.Patterns, tc.want)
		}
	}
}
