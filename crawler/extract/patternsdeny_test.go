package extract

import (
	"slices"
	"testing"
)

// TestDeniedCues: a cue right after a denial of the cause ("not the result
// of an attack", "no evidence of data corruption", 并非网络攻击) names no
// pattern; the same cue stated plainly, or a plain "not" before a cue,
// still does.
func TestDeniedCues(t *testing.T) {
	for _, tc := range []struct {
		text     string
		pattern  string
		wantSeen bool
	}{
		{"The outage was caused by an internal software error and was not the result of a DDoS attack.", "security", false},
		{"The outage was the result of a DDoS attack on our login servers.", "security", true},
		{"After extensive checks we found no evidence of data corruption on the replicas.", "data-loss", false},
		{"The failover left the replicas with data corruption on two shards.", "data-loss", true},
		{"We ruled out a DNS resolution failure early in the investigation.", "dns", false},
		{"Engineers confirmed this event was not related to a DDoS attack against the edge.", "security", false},
		{"本次故障并非网络攻击所致，而是存储集群的软件缺陷。", "security", false},
		{"本次故障由网络攻击导致，攻击流量打满了入口带宽。", "security", true},
	} {
		cuesOnce.Do(loadCues)
		sc := make([]float64, len(patternList))
		scoreLower(sc, lowerText(tc.text), 1)
		p := slices.Index(patternList, tc.pattern)
		if p < 0 {
			t.Fatalf("no pattern %q", tc.pattern)
		}
		if got := sc[p] > 0; got != tc.wantSeen {
			t.Errorf("%q: %s scored %.2f, want seen=%v", tc.text, tc.pattern, sc[p], tc.wantSeen)
		}
	}
}
