package extract

import "strings"

// A power supply is a part of a machine as often as a site's feed: "a
// failed power supply in a core network switch", "the router's redundant
// power supplies". The lexicon's "power supply" names the facility; with
// a machine that holds one named near it, and no word of a site's power
// plant there, it counts for hardware (componentPSU), as a controller's
// cache battery does (componentBattery). A PSU is one by its name.

var moreCues29 = map[string][]string{
	"hardware": {"!psu", "!psus", "!power supply unit*", "!power-supply unit*"},
}

func init() {
	for id, cues := range moreCues29 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// psuHolders are the machines that hold power supplies of their own.
var psuHolders = map[string]bool{"switch": true, "switches": true, "router": true, "routers": true,
	"server": true, "servers": true, "firewall": true, "firewalls": true, "chassis": true,
	"blade": true, "blades": true, "appliance": true, "appliances": true, "array": true, "arrays": true,
	"enclosure": true, "enclosures": true, "shelf": true, "controller": true, "controllers": true,
	"node": true, "nodes": true, "host": true, "hosts": true, "device": true, "devices": true, "module": true}

// psuCue reports whether a power-facility cue's words are a power supply
// or supplies.
func psuCue(words []string) bool {
	return len(words) == 2 && words[0] == "power" && (words[1] == "supply" || words[1] == "supplies" || words[1] == "supply*")
}

// componentPSU reports whether the power supply at words[i] is a
// machine's: one of psuHolders within six words either side (not a
// "transfer switch"), and no facility word there.
func componentPSU(words []string, i int) bool {
	holder := false
	for j := max(0, i-6); j <= i+7 && j < len(words); j++ {
		if facilityWords[words[j]] {
			return false
		}
		holder = holder || psuHolders[words[j]] && (j == 0 || words[j-1] != "transfer")
	}
	return holder
}

// An alarm's threshold is what watches, not what failed: "the growth
// stayed within our alarm thresholds because those thresholds were set
// against the provisioned maximum" tells of monitoring, as the lexicon's
// config cues ("threshold … set") would not (alarmThreshold).
//
// A deployment process is how changes go out, not a rollout that broke:
// "our safe deployment process stages changes by region", "a
// pre-deployment validation check" name the way, where a configuration
// change was what failed (deploymentWay).

var idxMonitoring = -1

// alarmWords name what watches a system and warns.
var alarmWords = map[string]bool{"alarm": true, "alarms": true, "alert": true, "alerts": true, "alerting": true,
	"monitoring": true, "paging": true, "page": true, "warning": true, "warnings": true}

// alarmThreshold reports whether the threshold word at words[i] is an
// alarm's: an alarm word among the three before it, or in the sentence's
// words just before "those"/"these"/"the" threshold when the last
// threshold named before it, within twelve words, was an alarm's.
func alarmThreshold(words []string, i int) bool {
	if !strings.HasPrefix(words[i], "threshold") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if alarmWords[words[j]] && (j >= i-3 || j+1 < len(words) && strings.HasPrefix(words[j+1], "threshold")) {
			return true
		}
	}
	return false
}

// wayNouns follow "deployment" where it names the way changes go out.
var wayNouns = map[string]bool{"process": true, "processes": true, "practice": true, "practices": true,
	"procedure": true, "procedures": true, "policy": true, "policies": true, "framework": true,
	"guidelines": true, "standards": true, "validation": true, "checks": true, "check": true}

// deploymentWay reports whether the deployment cue at words[i:end] names
// the way changes go out: a wayNoun after it, or "safe" before it ("our
// pre-deployment tests … ran at low connection rates" is the rollout's
// own story, and counts).
func deploymentWay(words []string, i, end int) bool {
	return end < len(words) && wayNouns[words[end]] || i > 0 && words[i-1] == "safe"
}
