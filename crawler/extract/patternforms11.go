package extract

import (
	"regexp"
	"strings"

	"github.com/incidex/incidex/data"
)

// Causes as cloud providers' RCAs word them when they name no pattern:
// drives "failing at a much higher rate" from one manufacturing lot, two
// threads "each waiting for the other", a parser that "treated a range
// with no end as a range of zero length instead of …", resolvers that
// "cannot reach the authoritative name servers", a change "rolled out to
// remove cipher suites", a rule "submitted" with a matcher that "matched
// every project", a fleet whose machines were "all in use" while jobs
// waited "in the queue for a free machine", an engineer who 误点了"全选".
// loadCues adds moreCues11 to each pattern's cues (through moreCues), and
// scoreLower calls englishTreatedAs beside the other code forms.

// moreCues11 are cue phrases in the lexicon's notation (cueWeight's
// "!"/"~" prefixes, near cues joined by nearSep), by pattern id.
var moreCues11 = map[string][]string{
	// drives and disks said to fail in the plural, a lot or batch of
	// parts made together (同一批次)
	"hardware": {
		"failed drives", "failing drives", "drives … failing", "drives … failed", "disks … failing", "disks … failed",
		"manufacturing lot", "manufacturing batch", "production lot", "manufacturing defect*", "same lot", "同一批次", "同批次",
	},
	// name servers in two words, and what resolvers answer when they fail
	"dns": {
		"name server*", "authoritative server*", "servfail", "nxdomain",
	},
	// two parties each waiting for the other: a deadlock told without
	// the word (互相等待)
	"software-bug": {
		"waiting for the other", "waited for the other", "waits for the other", "wait for the other",
		"waiting for each other", "waited for each other", "wait for each other", "waits for each other",
		"waited forever", "waits forever", "waiting forever", "wait forever", "blocked forever", "hung forever",
		"互相等待", "相互等待", "彼此等待",
	},
	// a fleet all in use, work waiting its turn for a free machine, a
	// volume above any seen before
	"capacity": {
		"all … in use", "for a free machine", "for a free worker", "for a free runner", "for a free slot", "for a free connection",
		"above any day", "above any previous", "above anything we", "busiest day", "record volume", "record traffic", "previous record",
	},
	// the TLS settings a front end allows, a rule or matcher submitted or
	// matching more than it should
	"config-change": {
		"cipher suite*", "cipher list*", "list of allowed", "allowed list*",
		"rule* … submitted", "polic* … submitted", "config* … submitted", "setting* … submitted",
		"matcher", "matched every", "matched all", "matched far more", "matched more … than intended",
	},
	// a slip of the hand in a console (误点了"全选", 勾选错了主机)
	"human-error": {
		"误点", "误勾选", "误提交", "点错", "勾错", "勾选错",
	},
}

func init() {
	for id, cues := range moreCues11 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// treatAsVerbs are a program's reading of a value as something
// ("treated a range with no end as a range of zero length").
var treatAsVerbs = map[string]bool{"treated": true, "treats": true, "treat": true, "interpreted": true, "interprets": true,
	"parsed": true, "parses": true, "read": true, "reads": true, "handled": true, "handles": true, "classified": true,
	"classifies": true, "counted": true, "counts": true, "considered": true, "considers": true, "regarded": true, "regards": true}

// englishTreatedAs calls hit with the place of each reading of a value as
// another thing than it is: a treatAsVerb, "as" within the eight words
// after, then "instead of" or "rather than" within the ten words after
// that ("the new parser treated a range with no end value as a range of
// zero length instead of a range running to the end"), no person among
// the four words before the verb ("the team treated the alert as noise
// instead of …" is a person's judgement).
func englishTreatedAs(words []string, cls []wordClass, hit func(at int)) {
	for i := range words {
		if cls[i]&clsTreatAs == 0 || personBefore(words, i, 4) {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+8; j++ {
			if words[j] != "as" {
				continue
			}
			if otherwiseWithin(words, j+1, j+10) {
				hit(i)
			}
			break
		}
	}
}

// otherwiseWithin reports whether "instead of" or "rather than" opens
// within words[from:to].
func otherwiseWithin(words []string, from, to int) bool {
	for k := from; k+1 < len(words) && k < to; k++ {
		if words[k] == "instead" && words[k+1] == "of" || words[k] == "rather" && words[k+1] == "than" {
			return true
		}
	}
	return false
}

// identifiedSequel reports whether a sentence after the first of an
// "Identified" update goes on telling what was found ("Job volume is well
// above any day we have seen. All hosted runners are in use, and new jobs
// wait for a free machine."), rather than what is being done about it
// ("We are rolling the template back", "A fix is being prepared", "Facility
// staff are restoring both feeds", 正在回滚该版本), what was not touched
// ("The origin itself is operating normally") or what comes next.
func identifiedSequel(sent string) bool {
	lower := strings.ToLower(strings.TrimSpace(sent))
	for _, lead := range []string{"we ", "we'", "we’", "our ", "engineers ", "the team ", "a fix", "the fix", "a patch", "mitigation", "customers ", "please ", "if you", "you ", "further ", "more ", "next update", "updates ", "我们", "目前", "请", "后续", "下次"} {
		if strings.HasPrefix(lower, lead) {
			return false
		}
	}
	return !sequelAction.MatchString(lower) && !hasCue(sent, data.SectionRemediation) && !aFix.MatchString(sent) && !futureAnalysis.MatchString(sent)
}

// sequelAction matches what is being done (a passive progressive, people
// at work, 正在…) and what was left untouched.
var sequelAction = regexp.MustCompile(`\b(?:is|are) being \w+|\b(?:staff|engineers|technicians|team|teams|crews?) (?:is|are|have|has)\b|正在|工程师|运维人员|运行正常|不受影响|未受影响|\b(?:was|were) not affected\b|\bunaffected\b|\boperating normally\b`)

// triggerTold reports whether a sentence names, by a whole cue of the
// lexicon (a hint's half weight is not enough: "build volume" names no
// release), a pattern of what sets an incident off (triggerPatterns): once the
// telling of an "Identified" update has named its trigger, what it tells
// after is what followed or what helped it along.
func triggerTold(sent string) bool {
	cuesOnce.Do(loadCues)
	s := make([]float64, len(patternList))
	scoreText(s, sent, 1)
	for p, v := range s {
		if v >= 1 && isTrigger[p] {
			return true
		}
	}
	return false
}

// maxIdentifiedSentences is how many sentences of an "Identified" update
// the cause takes at most: what was found is told in a few.
const maxIdentifiedSentences = 3

// adjectiveLeads are the words before a participleMarker that make it an
// adjective or a passive, as determiners do: a preposition ("the share
// of affected requests rose", "traffic in impacted regions") or a form of
// "be" ("some customers were affected.", "it was triggered"). What comes
// before such a word is not what caused anything.
var adjectiveLeads = map[string]bool{"of": true, "for": true, "from": true, "with": true, "among": true, "across": true,
	"in": true, "on": true, "to": true, "was": true, "were": true, "is": true, "are": true, "be": true, "been": true,
	"being": true, "not": true, "no": true}

// newThingMiss reports whether code behaviour is told within [from, to]
// by something "new" (among the three words before it): "A new version of
// the front end, released on Monday, replaced the header parser. The new
// parser treated …" — what the release brought is where the defect is,
// a sentence on from the release that names it.
func newThingMiss(words []string, at []int, from, to int) bool {
	for _, a := range at {
		if a < from || a > to {
			continue
		}
		for j := max(0, a-3); j < a; j++ {
			if words[j] == "new" {
				return true
			}
		}
	}
	return false
}
