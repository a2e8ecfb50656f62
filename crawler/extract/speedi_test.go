package extract

import (
	"slices"
	"testing"
)

// TestZhLeadBy: what zhLeadAt finds for a character is what the four
// maps hold for it, so scoreLower's single look-up sees every cue, verb
// and form the maps would give it (and nothing else).
func TestZhLeadBy(t *testing.T) {
	zhLeadsOnce.Do(loadZhLeads)
	all := map[rune]bool{}
	for _, m := range []map[rune]bool{keysOf(zhCues), keysOf(zhSetVerbs), keysOf(zhWeakSetVerbs), zhConfigFirst} {
		for r := range m {
			all[r] = true
		}
	}
	all['的'], all['a'], all['中'] = true, true, true // and some that may lead nothing
	for r := range all {
		l := zhLeadAt(r)
		if l == nil {
			if len(zhCues[r])+len(zhSetVerbs[r])+len(zhWeakSetVerbs[r]) > 0 || zhConfigFirst[r] {
				t.Errorf("%q: no lead, but the maps hold some", r)
			}
			continue
		}
		if len(l.cues) != len(zhCues[r]) || !slices.Equal(l.setVerbs, zhSetVerbs[r]) || !slices.Equal(l.weakSetVerbs, zhWeakSetVerbs[r]) || l.configFirst != zhConfigFirst[r] {
			t.Errorf("%q: lead %+v differs from the maps", r, *l)
		}
		for i := range l.cues {
			if l.cues[i] != zhCues[r][i] {
				t.Errorf("%q: cue %d differs", r, i)
			}
		}
	}
}
