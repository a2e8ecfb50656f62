package extract

import (
	"slices"
	"testing"
)

// TestMachineTalk checks that "communication" between machines names no
// communication failure, and that people's communication still does.
func TestMachineTalk(t *testing.T) {
	cuesOnce.Do(loadCues)
	comm := slices.Index(patternList, "communication")
	for _, tc := range []struct {
		text  string
		names bool
	}{
		{"Engineers saw service-to-service communication errors across the cluster.", false},
		{"Communication between the scheduler nodes failed after the upgrade.", false},
		{"The worker pods could not establish communication with the queue broker.", false},
		{"Communication to customers was delayed by two hours.", true},
		{"Internal communication between the on-call teams broke down.", true},
		{"Our status page communication lagged behind the incident.", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if got := s[comm] > 0; got != tc.names {
			t.Errorf("%q: communication %v, want named %v", tc.text, s[comm], tc.names)
		}
	}
}

// TestPowerCapacity checks that the capacity of a battery, a UPS or a
// cooling plant is the facility's, not a load the service could not
// carry, in English and Chinese.
func TestPowerCapacity(t *testing.T) {
	cuesOnce.Do(loadCues)
	capacity, power := slices.Index(patternList, "capacity"), slices.Index(patternList, "power-facility")
	for _, tc := range []struct {
		text     string
		capacity bool
	}{
		{"The UPS battery capacity had degraded to 40 percent, so the load dropped within minutes.", false},
		{"机房蓄电池容量衰减，市电中断后未能支撑到发电机启动。", false},
		{"The cluster ran at capacity during the sale and rejected new sessions.", true},
		{"存储集群容量不足，写入失败。", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if got := s[capacity] > 0; got != tc.capacity {
			t.Errorf("%q: capacity %v, want named %v", tc.text, s[capacity], tc.capacity)
		}
		if !tc.capacity && s[power] == 0 {
			t.Errorf("%q: no power-facility score", tc.text)
		}
	}
}

// TestPlaceUnderCause checks that a causal clause naming a resource run
// out in a database counts the database as where it happened (half), and
// that the cause's share of a place pattern counts half too.
func TestPlaceUnderCause(t *testing.T) {
	cuesOnce.Do(loadCues)
	db := slices.Index(patternList, "database")
	causal := func(text string) float64 {
		var views [numViews]string
		views[viewCausal] = text
		return lexiconScores(views)[viewCausal][db]
	}
	alone, withCause := causal("the MongoDB database instances"), causal("the MongoDB database instances running out of memory")
	if alone == 0 || withCause != alone*placeFactor {
		t.Errorf("database in a causal clause: %v alone, %v beside a resource run out; want %v", alone, withCause, alone*placeFactor)
	}
	var views [numViews]string
	views[viewCause] = "The primary database stalled after a configuration change."
	lex := lexiconScores(views)
	feats := map[string]float64{}
	lexFeatures(lex, func(name string, x float64) { feats[name] = x })
	cfg := slices.Index(patternList, "config-change")
	t.Logf("cause view: database %v, config-change %v", lex[viewCause][db], lex[viewCause][cfg])
	if lex[viewCause][db] < lex[viewCause][cfg] || feats["lex:cause:database"] >= feats["lex:cause:config-change"] {
		t.Errorf("cause share: database %v, config-change %v; want the change first", feats["lex:cause:database"], feats["lex:cause:config-change"])
	}
}
