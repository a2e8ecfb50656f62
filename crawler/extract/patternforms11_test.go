package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestCues11 checks that causes worded as cloud RCAs word them name their
// pattern: drives of one lot failing, name servers out of reach, two
// threads each waiting for the other, a value read as another instead of
// what it is, every machine in use, a cipher list or a rule submitted, a
// mis-click in a console — and that like words of a person's judgement or
// of a repair name none of them.
func TestCues11(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		{"Nine drives from the same manufacturing lot in rack C4 have failed since Monday.", "hardware", true},
		{"Several drives in the archive tier were failing faster than the rebuild could copy them.", "hardware", true},
		{"The authoritative name servers for the internal zone stopped answering at 04:12.", "dns", true},
		{"Lookups for the billing endpoint returned SERVFAIL for forty minutes.", "dns", true},
		{"The indexer and the compactor each held one lock while waiting for the other.", "software-bug", true},
		{"两个线程各自持有一把锁并互相等待，同步任务从此停止。", "software-bug", true},
		{"The new parser treated a header with no closing quote as a header of zero length instead of reading to the end of the line.", "software-bug", true},
		{"The on-call engineer treated the page as noise instead of escalating it.", "software-bug", false},
		{"All build agents in the pool were in use and new jobs sat in the queue for a free machine.", "capacity", true},
		{"Upload volume on Monday was well above any day we had recorded.", "capacity", true},
		{"The hardening change removed two cipher suites that older point-of-sale readers still use.", "config-change", true},
		{"The routing rule submitted at 09:10 sent every tenant to the new pool.", "config-change", true},
		{"控制台上误点了“全选”，整个可用区的宿主机一起重启。", "human-error", true},
		{"We replaced the drives and the array finished rebuilding at noon.", "hardware", false},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s %v, want named %v", tc.text, tc.pattern, s[p], tc.named)
		}
	}
}

// TestIdentifiedSequel checks that the cause of a status page whose
// "Identified" update tells what was found in several sentences takes
// them, up to the one that names a trigger, and not the sentences of what
// is being done about it.
func TestIdentifiedSequel(t *testing.T) {
	for _, tc := range []struct {
		update, want, not string
	}{
		{"Identified - Build volume today is far beyond the usual Tuesday. Every hosted macOS runner is busy, and queued builds wait for a free machine. We are bringing more runners online.",
			"wait for a free machine", "bringing more runners"},
		{"Identified - Checkout traffic is about five times a normal Friday evening. The orders database has hit its ceiling of sessions, and requests wait for a free one until they time out. We are adding read replicas.",
			"wait for a free one", "adding read replicas"},
		{"Identified - A contractor opened the wrong breaker by mistake during planned work. The second feed then tripped under the extra load. Facility staff are restoring both feeds.",
			"by mistake", "second feed"},
		{"Identified - A package mirror in the region is answering slowly. Build hosts hold their connections open far longer than usual. Engineers are adding gateway hosts.",
			"connections open far longer", "adding gateway hosts"},
	} {
		events := []data.TimelineEvent{
			{TimeText: "Mar 3, 10:40 UTC", Text: tc.update},
			{TimeText: "Mar 3, 10:05 UTC", Text: "Investigating - We are looking into reports of errors."},
		}
		cause := causeFromEvents(events)
		if !strings.Contains(cause, tc.want) || strings.Contains(cause, tc.not) {
			t.Errorf("%q: cause %q, want %q and not %q", tc.update, cause, tc.want, tc.not)
		}
	}
}

// TestFindingLeads checks that a finding told after 经核查 or 经复盘 is read
// as a cause, as one told after 经排查 is.
func TestFindingLeads(t *testing.T) {
	for _, text := range []string{
		"经核查，值班人员在运维平台上误点了“全选”，整个集群的宿主机被同时重启。",
		"经复盘，网关的限流阈值在当天上午被改成了原来的十分之一。",
	} {
		if spans := causalSpans(text); len(spans) == 0 {
			t.Errorf("%q: no causal span", text)
		}
		if claims := reportedClaims(sentences(text)); len(claims) == 0 {
			t.Errorf("%q: no reported claim", text)
		}
	}
}

// TestAdjectiveParticiple checks that "affected" after a preposition or a
// form of "be" is read as an adjective or a passive, not as the verb of a
// consequence whose subject is the cause.
func TestAdjectiveParticiple(t *testing.T) {
	for _, tc := range []struct {
		sent string
		verb bool
	}{
		{"As the build reached more regions, the share of affected uploads rose.", false},
		{"Customers in two zones were affected and saw slow uploads.", false},
		{"A faulty line card affected traffic between the zones.", true},
	} {
		if got := firstConsequence(asciiLower(tc.sent)) >= 0; got != tc.verb {
			t.Errorf("%q: consequence verb %v, want %v", tc.sent, got, tc.verb)
		}
	}
}

// TestNewThingDefect checks that a release followed, a sentence on, by
// code behaviour of "the new" thing it brought names a software defect,
// not a faulty rollout, and that a release with no such telling stays a
// rollout.
func TestNewThingDefect(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text    string
		rollout bool
	}{
		{"A new version of the image service, released on Monday morning, replaced the resize library with a faster one. The new library treated an image with no height value as an image of zero height instead of reading it from the file.", false},
		{"A new version of the image service was released on Monday morning and rolled to every region by noon.", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if got := s[idxDeployment] > 0; got != tc.rollout {
			t.Errorf("%q: deployment %v, want named %v", tc.text, s[idxDeployment], tc.rollout)
		}
	}
}
