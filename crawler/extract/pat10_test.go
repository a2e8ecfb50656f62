package extract

import (
	"slices"
	"testing"
)

// TestZhCueWithASCIILead checks that a Chinese cue that begins with ASCII
// ("dns 解析", "ups故障") is found: the Chinese cues are looked up by the
// character they begin with, and the loop over the text looked only at
// Chinese characters, so such a cue was never matched. Its lead must
// stand as a word of its own ("startups故障" holds no UPS).
func TestZhCueWithASCIILead(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		pattern     string
		text, apart string // apart: the same words, the lead parted from the Chinese
		cue         bool   // the mixed cue counts
	}{
		{"dns", "凌晨内网 DNS 解析超时，部分服务无法访问下游。", "凌晨内网 DNS，解析超时，部分服务无法访问下游。", true},
		{"dns", "凌晨内网DNS解析超时，部分服务无法访问下游。", "凌晨内网DNS，解析超时，部分服务无法访问下游。", true},
		{"power-facility", "二楼 UPS 故障，两排机柜重启。", "二楼 UPS，故障，两排机柜重启。", true},
		{"power-facility", "多家 startups故障 频发的报道。", "多家 startups，故障 频发的报道。", false},
	} {
		p := slices.Index(patternList, tc.pattern)
		with := make([]float64, len(patternList))
		scoreText(with, tc.text, 1)
		apart := make([]float64, len(patternList))
		scoreText(apart, tc.apart, 1)
		if got := with[p] > apart[p]; got != tc.cue {
			t.Errorf("%q: %s %v (parted %v), want the mixed cue counted %v", tc.text, tc.pattern, with[p], apart[p], tc.cue)
		}
	}
}

// TestVersionMoveNoSetting checks that software moved from one version to
// another, or a change a release or an upgrade brought, is not read as a
// setting or configuration changed, while a setting changed still is.
func TestVersionMoveNoSetting(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text   string
		config bool // a configuration-change form counts
	}{
		{"During the routine upgrade the team updated the message broker from version 4.1.2 to 4.1.7.", false},
		{"On Monday we bumped the search client from 2.3.1 to 2.4.0 across the fleet.", false},
		{"We updated the ingest agent to v3 on all hosts.", false},
		{"Changes in the proxy's table layout between versions left the nodes unable to sync.", false},
		{"A breaking change introduced in this upgrade closed idle channels after ten minutes.", false},
		{"We changed the connection timeout from 30 to 90 seconds on the gateways.", true},
		{"The pool size was raised from 20 to 40.5 per worker.", true},
		{"A change to the load balancer weights sent all traffic to one zone.", true},
	} {
		words := splitWords(maskHealthy(lowerText(tc.text)))
		n := 0
		englishSettingChange(words, classify(words), func() { n++ })
		englishChangeTo(words, classify(words), func() { n++ })
		if got := n > 0; got != tc.config {
			t.Errorf("%q: %d configuration forms, want counted %v", tc.text, n, tc.config)
		}
	}
}
