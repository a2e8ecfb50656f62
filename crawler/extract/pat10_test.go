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
