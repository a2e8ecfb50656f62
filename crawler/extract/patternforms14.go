package extract

import (
	"regexp"
	"strings"

	"github.com/incidex/incidex/data"
)

// Causes as cloud RCAs tell them when a change, a release or a traffic rise
// stands next to what actually failed, and the sentences that only explain
// who was hit. A setting whose "lifetime" or "default" was "shortened from
// 60 minutes to 6" was changed as a timeout is. A "new version of the
// baseline" or "of that policy" is a set of rules published, configuration
// and not a release of code. A part that "can place about 900 pods per
// second" or "handles 50 attach operations at a time" tells the most it
// can do: told beside what arrived, a want of capacity. A cluster that
// only "appeared to be at capacity" was counted wrong, not full; code that
// "subtracted the cores a second time" or "counted them twice" did its
// work twice — a defect. And a clause that explains only how the harm was
// spread ("Small tenants did not notice, because their requests were
// served from a cache", "…的用户最多，因此问题集中在傍晚出现") states no
// cause. scoreLower calls englishCapacityStated and englishDoneTwice beside
// the other forms, skips a capacity cue apparentOnly says is only seen,
// counts a release cue versionOfConfig says is of configuration as a
// configuration change, and skips a network cue zhNetworkNamed says names
// a program's part or a user's switch; causalSpans and becauseSentence
// skip a spreadAside.

func init() {
	// a value's life and a default are settings: "the default lifetime
	// was shortened from 60 minutes to 6 minutes", "the default minimum
	// was lowered to 4,000"
	for _, w := range []string{"lifetime", "lifetimes", "default", "defaults", "expiry", "floor", "ceiling"} {
		settingNouns[w] = true
	}
	// the sets of rules a fleet is given are configuration, as a policy
	// is ("a new admission profile was published", "the baseline")
	for _, w := range []string{"profile", "profiles", "baseline", "baselines", "template", "templates", "allowlist",
		"denylist", "blocklist", "ruleset", "rulesets"} {
		configNouns[w] = true
	}
	for id, cues := range moreCues14 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// idxNetwork is the network pattern's index (set by loadPlaces).
var idxNetwork int

// moreCues14 are cue phrases in the lexicon's notation, by pattern id.
var moreCues14 = map[string][]string{
	// what a part was built to carry, told as its size ("the pool is
	// sized for about three times its normal peak")
	"capacity": {"is sized for", "was sized for", "are sized for", "were sized for", "sized to handle", "sized to serve"},
	// a person who acted on the wrong environment: the terminal or window
	// of another system, a command meant for the test system run on the
	// live one (在生产库的窗口中执行了…, 原本针对测试环境的删除操作)
	"human-error": {"wrong terminal", "wrong window", "wrong shell", "wrong console tab",
		"错误的终端", "错误的窗口", "原本针对测试", "本应在测试", "误以为是测试", "当成了测试", "当成测试",
		"当作测试", "生产库的窗口", "生产环境的窗口", "生产库的终端", "生产环境的终端"},
	// two actors in the gap between a check and an act (a race told as
	// its mechanism)
	"software-bug": {"in the gap between", "the window between", "between the check and", "between the two statements",
		"between the two steps", "between the two calls", "each read the same", "both read the same",
		// and in Chinese: no lock between two threads, the same moment
		// (两个线程之间没有加锁, 主线程在同一时刻可能已经…)
		"没有加锁", "未加锁", "没加锁", "未做并发控制", "没有并发控制", "同一时刻可能", "并发写入同一"},
}

// capacityVerbs are what a part can do so much of ("can place about 900
// pods per second", "handles 50 attach operations at a time").
var capacityVerbs = map[string]bool{"handle": true, "process": true, "place": true, "serve": true, "hold": true,
	"accept": true, "absorb": true, "schedule": true, "attach": true, "admit": true, "sustain": true, "maintain": true,
	"store": true, "deliver": true, "complete": true, "run": true, "keep": true, "support": true}

// capacityVerbsS are the same verbs told of a part's habit ("a controller
// handles 50 at a time").
var capacityVerbsS = map[string]bool{"handles": true, "processes": true, "places": true, "serves": true, "holds": true,
	"accepts": true, "absorbs": true, "schedules": true, "attaches": true, "admits": true, "sustains": true,
	"maintains": true, "stores": true, "delivers": true, "completes": true, "runs": true, "keeps": true, "supports": true}

// rateWords tell that a number is a rate or a count at once: "per
// second", "a second", "at a time", "at once", "concurrently".
var rateWords = map[string]bool{"per": true, "second": true, "minute": true, "time": true, "once": true,
	"concurrently": true, "simultaneously": true, "parallel": true}

// capacityHedges may stand between "can" and the verb or between the
// verb and its number ("can only hold", "can place about 900", "up to").
var capacityHedges = map[string]bool{"only": true, "about": true, "around": true, "roughly": true, "approximately": true,
	"up": true, "to": true, "at": true, "most": true, "some": true, "nearly": true, "just": true, "over": true}

// englishCapacityStated calls hit with the place of each capacity a part
// is told to have: "can" or "could" (hedges between) and a capacityVerb
// with a number within four words after it, or a capacityVerbS with a
// number within three words after it, either with a rateWord within
// eight words after the number. No person among the six words before
// ("we can place 900 pods" is a plan, not a part's limit).
func englishCapacityStated(words []string, cls []wordClass, hit func(at int)) {
	for i, w := range words {
		v := -1
		switch {
		case w == "can" || w == "could":
			v = capacityVerbAfter(words, i)
		case cls[i]&clsCapacityS != 0: // capacityVerbsS
			v = i
		}
		if v < 0 || personBefore(words, i, 6) {
			continue
		}
		for j := v + 1; j < len(words) && j <= v+4; j++ {
			if !isNumber(words[j]) {
				if capacityHedges[words[j]] {
					continue
				}
				break
			}
			rate := false
			for k := j + 1; k < len(words) && k <= j+8; k++ {
				rate = rate || rateWords[words[k]]
			}
			if rate {
				hit(i)
			}
			break
		}
	}
}

// capacityVerbAfter returns where the capacityVerb after "can" or "could"
// at words[i] is, hedges between ("can only serve", "could at most
// hold"), or -1.
func capacityVerbAfter(words []string, i int) int {
	for j := i + 1; j < len(words) && j <= i+3; j++ {
		if capacityVerbs[words[j]] {
			return j
		}
		if !capacityHedges[words[j]] {
			break
		}
	}
	return -1
}

// apparentVerbs say a thing only looked so ("appeared to be at
// capacity", "seemed full").
var apparentVerbs = map[string]bool{"appeared": true, "appear": true, "appears": true, "seemed": true, "seem": true,
	"seems": true, "looked": true, "look": true, "looks": true}

// apparentOnly reports whether the capacity cue at words[i] is told as
// only seen: an apparentVerb among the five words before it.
func apparentOnly(words []string, i int) bool {
	for j := max(0, i-5); j < i; j++ {
		if apparentVerbs[words[j]] {
			return true
		}
	}
	return false
}

// doneTwiceVerbs are the acts code repeats by mistake: what it counted,
// charged or sent a second time.
var doneTwiceVerbs = map[string]bool{"subtracted": true, "counted": true, "added": true, "deducted": true,
	"charged": true, "billed": true, "credited": true, "debited": true, "applied": true, "processed": true,
	"decremented": true, "incremented": true, "released": true, "freed": true, "enqueued": true, "executed": true,
	"sent": true, "delivered": true, "written": true, "wrote": true, "deleted": true, "reserved": true,
	"allocated": true, "submitted": true, "recorded": true}

// notTwiceAfter are the words after "twice" that make it a measure
// ("twice as many", "twice the usual load", "twice a day").
var notTwiceAfter = map[string]bool{"as": true, "the": true, "a": true, "an": true, "its": true, "their": true,
	"that": true, "per": true, "daily": true, "weekly": true, "normal": true, "usual": true}

// englishDoneTwice calls hit with the place of each act done twice: a
// doneTwiceVerb followed within eight words by "twice" (not a measure),
// "a second time" or "more than once", no person among the eight words
// before ("the cores of a deallocated VM were subtracted from the free
// pool a second time", "each charged the card twice").
func englishDoneTwice(words []string, cls []wordClass, hit func(at int)) {
	for i := range words {
		if cls[i]&clsDoneTwice == 0 || personBefore(words, i, 8) { // doneTwiceVerbs
			continue
		}
		for j := i + 1; j < len(words) && j <= i+8; j++ {
			switch {
			case words[j] == "twice" && (j+1 == len(words) || !notTwiceAfter[words[j+1]]),
				words[j] == "second" && j+1 < len(words) && words[j+1] == "time" && words[j-1] == "a",
				words[j] == "more" && j+2 < len(words) && words[j+1] == "than" && words[j+2] == "once":
				hit(i)
			default:
				continue
			}
			break
		}
	}
}

// versionedConfigNouns are the sets of rules a "new version of" is
// published as: configuration, not a release of code.
var versionedConfigNouns = map[string]bool{"baseline": true, "baselines": true, "template": true, "templates": true,
	"profile": true, "profiles": true, "list": true, "allowlist": true, "denylist": true, "blocklist": true,
	"ruleset": true, "manifest": true, "map": true, "file": true}

// versionOfConfig reports whether the words from end on make a release
// cue before them a version of configuration: "of" and, within four
// words after it, a configuration noun before any code word ("a new
// version of that baseline was published", "a new version of the
// firewall rules").
func versionOfConfig(words []string, end int) bool {
	if end >= len(words) || words[end] != "of" {
		return false
	}
	for j := end + 1; j < len(words) && j <= end+4; j++ {
		if configNouns[words[j]] || versionedConfigNouns[words[j]] {
			return true
		}
		if codeWords[words[j]] || codeNouns[words[j]] {
			return false // "a new version of the agent's code"
		}
	}
	return false
}

// zhNetworkParts are what 网络 names as a program's part or a user's act
// after it (网络请求模块, 网络库); zhNetworkSwitch before it tells a user
// moving between networks (切换网络, 切换到移动网络), no network failing.
var (
	zhNetworkParts  = []string{"请求", "模块", "库", "框架", "组件", "层", "切换", "类型", "环境"}
	zhNetworkSwitch = []string{"切换", "切换到", "切换至", "切到", "换到", "连接到", "切换到移动", "切换至移动", "切到移动"}
)

// zhNetworkNamed reports whether the network cue at lower[i:end] names
// a program's part or a user's switch of networks: a zhNetworkParts
// word right after it, or a zhNetworkSwitch word right before it.
func zhNetworkNamed(lower string, i, end int) bool {
	if !strings.HasSuffix(lower[i:end], "网络") {
		return false
	}
	after := lower[end:]
	for _, p := range zhNetworkParts {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	before := lower[:i]
	for _, s := range zhNetworkSwitch {
		if strings.HasSuffix(before, s) {
			return true
		}
	}
	return false
}

// spreadBefore are the words, before "because", of a sentence that
// explains who was spared or who noticed ("Small tenants did not notice,
// because …"); spreadAfterZH, after 因此 or 所以, of one that explains
// where or when the harm gathered (…，因此问题集中在傍晚出现).
var (
	spreadBefore = []string{"did not notice", "didn't notice", "did not see it", "noticed nothing", "not affected", "unaffected",
		"were spared", "was spared", "saw no impact", "no impact", "looked normal", "seemed normal", "appeared normal",
		"looked healthy", "seemed healthy", "went unnoticed", "not noticed"}
	spreadAfterZH = []string{"集中在", "集中出现", "主要出现在", "多发生在", "更为明显", "最为明显", "最多"}
)

// spreadAside reports whether a sentence only explains how the harm was
// spread: a spreadBefore phrase before its "because", or a spreadAfterZH
// word after its 因此 or 所以. Its cause is why some were spared or hit
// more, not what set the incident off.
func spreadAside(sent string) bool {
	return spreadAsideLower(sent, asciiLower(sent))
}

// spreadAsideLower is spreadAside of sent and l, sent as asciiLower
// lowered it.
func spreadAsideLower(sent, l string) bool {
	if k := strings.Index(l, "because"); k > 0 && containsAny(l[:k], spreadBefore) {
		return true
	}
	for _, m := range []string{"因此", "所以"} {
		if k := strings.Index(sent, m); k > 0 && containsAny(clauseAfter(sent[k+len(m):], 20), spreadAfterZH) {
			return true
		}
	}
	return false
}

// datedChange is the sentence of an event summary's body that tells, from
// a time lead ("On the morning of March 3", "In the morning of August 4",
// "On 15 September", "At 06:08", "That morning", "Earlier that week"),
// that something was changed: published, deployed, enabled, applied,
// pushed, rolled out, turned on or off, merged, shortened, lowered,
// raised, changed or updated. fixWords mark one that tells the mending
// ("a fix was deployed", "the earlier value was restored") instead.
var (
	datedChange = regexp.MustCompile(`(?i)^(?:on|in|during|at|that|earlier|late|early)\b[^.;:!?]{0,60}?\b(?:published|deployed|enabled|applied|pushed|rolled out|turned on|turned off|switched on|switched off|merged|shortened|lengthened|lowered|raised|changed|updated|disabled|activated|introduced)\b`)
	// notMade is a change the sentence says was not made ("the Health
	// Dashboard was not updated until 10:41"): what was left undone
	notMade  = regexp.MustCompile(`(?i)\b(?:not|n't|never)\s+(?:been\s+|yet\s+)?\w+$`)
	fixWords = regexp.MustCompile(`(?i)\b(?:fix|fixes|fixed|revert|reverted|rolled back|roll back|restored|restore|mitigat\w*|previous|earlier (?:value|version|file|profile|setting|default|template)s?|recover\w*)\b`)
)

// datedChangeParagraph returns, for a letter whose cause no section tells
// (an event summary told in paragraphs under its one heading), the
// sentence of a paragraph after the first that tells a dated change
// (datedChange, no fixWords) and the two sentences after it: the change
// and what it did. It is "" when no paragraph has one.
func datedChangeParagraph(s sectioned) string {
	first := true
	for i, b := range s.blocks {
		if b.kind != kindPara || b.code || s.secs[i] != "" && s.secs[i] != data.SectionSummary {
			continue
		}
		if first {
			first = false // the opening addresses the reader and tells the impact
			continue
		}
		sents := splitSentences(b.text)
		for k, sent := range sents {
			sent = strings.TrimSpace(sent)
			if datedChange.MatchString(sent) && !fixWords.MatchString(sent) && !notMade.MatchString(datedChange.FindString(sent)) {
				return strings.TrimSpace(strings.Join(sents[k:min(k+3, len(sents))], ""))
			}
		}
	}
	return ""
}

// toggleVerbs switch a feature or a setting on or off; with "on" or "off"
// after them when toggleParticle says so.
var (
	toggleVerbs    = map[string]bool{"enabled": true, "disabled": true, "activated": true, "deactivated": true, "flipped": true}
	toggleParticle = map[string]bool{"turned": true, "switched": true}
)

// englishToggle calls hit with the place of each feature switched on or
// off by someone: a person (actorWords) and, within the two words after,
// a toggleVerb or "turned"/"switched" with "on" or "off" after it ("we
// enabled read hedging on the fleet", "engineers turned off the legacy
// fallback"); or a toggleVerb after "was" or "were" with "for", "on" or
// "in" right after it ("hedging was enabled on the fleet", "the flag was
// disabled for every zone").
func englishToggle(words []string, cls []wordClass, hit func(at int)) {
	toggle := func(j int) bool {
		if toggleVerbs[words[j]] {
			return true
		}
		return toggleParticle[words[j]] && j+1 < len(words) && (words[j+1] == "on" || words[j+1] == "off")
	}
	for i, w := range words {
		switch {
		case cls[i]&clsActor != 0: // actorWords
			for j := i + 1; j < len(words) && j <= i+2; j++ {
				if toggle(j) {
					if !mitigationModeAfter(words, j) {
						hit(j)
					}
					break
				}
			}
		case (w == "was" || w == "were") && i+2 < len(words) && (words[i+1] == "enabled" || words[i+1] == "activated"):
			if n := words[i+2]; n == "for" || n == "on" || n == "in" {
				hit(i + 1)
			}
		}
	}
}

// newWords mark a thing made anew; publishVerbs send it out.
var (
	newWords     = map[string]bool{"new": true, "revised": true, "updated": true, "amended": true, "reworked": true}
	publishVerbs = map[string]bool{"published": true, "pushed": true, "deployed": true, "distributed": true,
		"released": true, "applied": true, "propagated": true, "uploaded": true}
)

// englishNewConfigOut calls hit with the place of each new set of rules
// sent out: a configNoun with a newWord among the three words before it
// and, within the three words after it, "was" or "were" and a
// publishVerb ("a new admission profile was published to the fleet", "a
// revised egress allowlist was pushed").
func englishNewConfigOut(words []string, cls []wordClass, hit func(at int)) {
	for i := range words {
		if cls[i]&clsConfigNoun == 0 { // configNouns
			continue
		}
		fresh := false
		for j := max(0, i-3); j < i; j++ {
			fresh = fresh || newWords[words[j]]
		}
		if !fresh {
			continue
		}
		for j := i + 1; j+1 < len(words) && j <= i+3; j++ {
			if (words[j] == "was" || words[j] == "were") && publishVerbs[words[j+1]] {
				hit(i)
				break
			}
		}
	}
}

// mitigationModes are the modes a team switches on to weather an
// incident, not to change the service: fallbacks, throttling, shedding,
// read-only or maintenance mode.
var mitigationModes = map[string]bool{"fallback": true, "fallbacks": true, "throttling": true, "shedding": true,
	"readonly": true, "maintenance": true, "failover": true, "degraded": true, "safe": true,
	"emergency": true, "breaker": true, "breakers": true, "queueing": true, "waiting": true}

// mitigationModeAfter reports whether a mitigationMode is among the five
// words after words[j] ("we enabled lower-resolution fallbacks", "we
// turned on load shedding", "we switched the cluster to read-only").
func mitigationModeAfter(words []string, j int) bool {
	for k := j + 1; k < len(words) && k <= j+5; k++ {
		if mitigationModes[words[k]] || words[k] == "read" && k+1 < len(words) && words[k+1] == "only" {
			return true
		}
	}
	return false
}
