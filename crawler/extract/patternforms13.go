package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// Code behaviour as cloud RCAs tell it when the defect stands next to the
// release, the traffic or the retries it met. A release that "introduced
// a faster way of computing" a thing brought new code, as one that
// "changed how" it works does (patternforms12.go). A program that "should
// have checked its lease before …; instead, the check was performed only
// for …" did the other thing; one told "X does A, but in 7.2.0 the counter
// lived …" behaves otherwise in that release; one that kept objects "and
// nothing ever released them" missed an act, as one that "never released"
// them did. A part that "held the read-write lock for the whole fetch"
// made every caller wait on its slow work: code holding a lock too long.
// In Chinese, code that "没有走…的分支，而是把…" took another path than the
// one it should have. And a deployment "required" or "needed" for a
// remedy ("switching to it required a code change and a deployment") is
// no faulty rollout. scoreLower calls englishCodeForms13 and zhCodeForms13
// beside the other code forms and skips a deployment cue deploymentNeeded
// says is wanted, not failed.

// moreCues13 are cue phrases in the lexicon's notation, by pattern id.
var moreCues13 = map[string][]string{
	// the provider's own side, told of an "it" ("a fault on its side",
	// "on its end"), and a payment or card processor named by its side
	"dependency": {"its side", "on its end", "side … processor*"},
	// a per-caller allowance changed as a setting is ("updated the
	// allowance for callers", "the allowance was lowered")
	"config-change": {"allowance* … updat*", "allowance* … chang*", "allowance* … lower*", "allowance* … reduc*",
		"allowance* … edit*", "allowance* … set", "allowance* … adjust*"},
}

func init() {
	for id, cues := range moreCues13 {
		moreCues[id] = append(moreCues[id], cues...)
	}
	// a per-caller request allowance is a limit, set as limits are
	settingNouns["allowance"] = true
	settingNouns["allowances"] = true
	// a revision of a policy or a file is a change of it ("a revision of
	// the policy was prepared"); englishChangeTo leaves out a revision
	// of code as it does a change of code
	changeNouns["revision"] = true
	changeNouns["revisions"] = true
}

// introducedWays are the things a release "introduced" that are code:
// "introduced a faster way of computing next run times", "introduced a
// new algorithm for …".
var introducedWays = map[string]bool{"way": true, "method": true, "algorithm": true, "mechanism": true,
	"approach": true, "implementation": true}

// lockNouns are the locks code holds; lockHeldVerbs hold them;
// lockSpans say for how long ("for the whole fetch", "while it fetched",
// "across the remote call").
var (
	lockNouns     = map[string]bool{"lock": true, "mutex": true, "latch": true, "semaphore": true}
	lockHeldVerbs = map[string]bool{"held": true, "holds": true, "hold": true, "holding": true, "kept": true, "keeps": true}
	lockSpans     = map[string]bool{"while": true, "during": true, "across": true, "throughout": true, "until": true, "whole": true, "entire": true, "duration": true}
	// dataLockWords make a held lock the database's: a table or a row
	// locked by a migration is told of the database, not of code
	dataLockWords = map[string]bool{"table": true, "tables": true, "row": true, "rows": true, "migration": true,
		"schema": true, "index": true, "database": true, "query": true, "transaction": true}
)

// englishCodeForms13 calls hit with the place of each of these forms of
// code behaviour, no person among the eight words before:
//   - "introduced" a way, method or algorithm, a releaseNoun among the
//     twelve words before ("Version 5.3 … introduced a faster way of
//     computing …");
//   - "should have" and, within twenty-five words on, "instead" not
//     followed by "of" ("it should have checked its lease …; instead, the
//     check was performed only for …");
//   - "but in" a version of two or more numbers, or "but in version"
//     ("… doubles after every failed attempt, but in 7.2.0 the attempt
//     counter lived …");
//   - "nothing" ("ever") before a missVerb ("nothing ever released
//     them");
//   - a lockHeldVerb with a lockNoun within six words on and a lockSpan
//     within eight words after the lock, no dataLockWord within eight
//     words either side ("held the process-wide read-write lock for the
//     whole fetch").
func englishCodeForms13(words []string, cls []wordClass, hit func(at int)) {
	for i, w := range words {
		switch {
		case w == "introduced" && i+2 < len(words):
			k := i + 1
			if words[k] != "a" && words[k] != "an" {
				continue
			}
			found := false
			for j := k + 1; j < len(words) && j <= k+4; j++ {
				if introducedWays[words[j]] {
					found = true
					break
				}
			}
			if !found || personBefore(words, i, 8) {
				continue
			}
			for j := max(0, i-12); j < i; j++ {
				if releaseNouns[words[j]] {
					hit(i)
					break
				}
			}
		case w == "should" && i+2 < len(words) && words[i+1] == "have":
			if personBefore(words, i, 8) {
				continue
			}
			for j := i + 3; j < len(words) && j <= i+25; j++ {
				if words[j] == "instead" && (j+1 == len(words) || words[j+1] != "of") {
					hit(i)
					break
				}
			}
		case w == "but" && i+3 < len(words) && words[i+1] == "in":
			v := words[i+2]
			if (isNumber(v) && isNumber(words[i+3]) || v == "version" || v == "release") && !personBefore(words, i, 8) {
				hit(i)
			}
		case w == "nothing" && i+1 < len(words):
			k := i + 1
			if words[k] == "ever" && k+1 < len(words) {
				k++
			}
			if missVerbs[words[k]] {
				hit(i)
			}
		case cls[i]&clsLockHeld != 0 && !personBefore(words, i, 8): // lockHeldVerbs
			for j := i + 1; j < len(words) && j <= i+6; j++ {
				if !lockNouns[words[j]] {
					continue
				}
				if lockSpanAfter(words, j) && !dataLockNear(words, i, j) {
					hit(i)
				}
				break
			}
		}
	}
}

// lockSpanAfter reports whether a lockSpan word is among the eight words
// after the lock at j.
func lockSpanAfter(words []string, j int) bool {
	for k := j + 1; k < len(words) && k <= j+8; k++ {
		if lockSpans[words[k]] {
			return true
		}
	}
	return false
}

// dataLockNear reports whether a dataLockWord is among the eight words
// before the verb at i or after the lock at j.
func dataLockNear(words []string, i, j int) bool {
	for k := max(0, i-8); k < len(words) && k <= j+8; k++ {
		if dataLockWords[words[k]] {
			return true
		}
	}
	return false
}

// zhCodeRework reports whether a zhRework at lower[i:] has a zhCodeName
// right before it, at most six characters back in its clause: the code
// rewrote a thing (账期计算模块重写了账期边界的取值).
func zhCodeRework(lower string, i int) bool {
	from := i
	for k := 0; k < 6 && from > 0; k++ {
		r, size := utf8.DecodeLastRuneInString(lower[:from])
		if strings.ContainsRune(clauseEnds, r) {
			break
		}
		from -= size
	}
	return containsAny(lower[from:i], zhCodeNames)
}

// zhPathNames name code and the path it takes, for 没有…而是: a release
// (版本中), a branch of its logic (分支) or a zhCodeName.
var zhPathNames = append([]string{"分支", "版本中"}, zhCodeNames...)

// zhCodeForms13 returns where in lower code behaviour is told by 而是
// after 没有, 未 or 并未 in the same sentence (at most 60 characters back)
// with a zhPathName before it there and no person
// (新版本中，游标为空时没有走…的分支，而是把时间范围也去掉了).
func zhCodeForms13(lower string) []int {
	var at []int
	eachIndex(lower, "而是", func(i int) {
		from := zhSentenceStart(lower, i)
		if i-from > 180 {
			from = i - 180
		}
		before := lower[from:i]
		if strings.HasSuffix(before, "不") || strings.HasSuffix(before, "并不") {
			return // 不是…而是 weighs two readings, not a path taken
		}
		if !containsAny(before, []string{"没有", "未", "并未"}) || !containsAny(before, zhPathNames) || zhPersonBefore(lower, i) {
			return
		}
		at = append(at, i)
	})
	return at
}

// neededVerbs say a thing is wanted for a remedy: "switching required a
// deployment", "the fix needed a deploy".
var neededVerbs = map[string]bool{"required": true, "requires": true, "require": true, "requiring": true,
	"needed": true, "needs": true, "need": true, "needing": true}

// deploymentNeeded reports whether the deployment cue at words[i] is what
// a remedy needed: a neededVerb among the six words before, no negator
// between ("switching the Marketplace to it required a code change and a
// deployment").
func deploymentNeeded(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if negators[words[j]] {
			return false
		}
		if neededVerbs[words[j]] {
			return true
		}
	}
	return false
}

// releaseIntroduced reports whether the consequence marker at lower[ib:]
// is " introduced " after a clause naming a release ("Version 5.3,
// released in December, introduced a faster way of computing …"): what
// the release introduced is its code, the cause, so the whole sentence
// tells it, not the words before the verb alone.
func releaseIntroduced(lower string, ib int) bool {
	if !strings.HasPrefix(lower[ib:], " introduced ") {
		return false
	}
	for _, w := range splitWords(lastClause(lower[:ib])) {
		if releaseNouns[w] {
			return true
		}
	}
	return false
}

// weighFollowers weighs down, in one causal clause's scores, a retry
// storm told beside a code defect or a change ("the library computes a
// retry delay …, but in 7.2.0 the attempt counter lived inside the
// request object built afresh for every retry"): the retries followed
// what the defect or the change did, as a place does (placeFactor).
func weighFollowers(clause []float64) {
	if clause[idxBug] > 0 || clause[idxConfig] > 0 {
		clause[idxRetry] *= placeFactor
	}
}

var idxRetry = -1

func init() {
	for i, p := range data.Patterns() {
		if p.ID == "retry-storm" {
			idxRetry = i
		}
	}
}

// beganLeads open an event summary's sentence that tells what set the
// event off ("The event began with an update to the default health
// check …"); beganThings are what, said after them, is such a trigger: a
// change made. "The incident began with alarms at 6:10" tells a
// detection, so the lead alone is no cause marker: each lead with an
// article and a beganThing is one (added to causeAfterEN), and the cause
// it marks keeps the thing (markerKeep).
var (
	beganLeads  = []string{"began with", "started with", "begun with", "was set off by"}
	beganThings = []string{"change", "update", "configuration", "config", "deployment", "rollout", "release", "push", "modification", "revision", "migration"}
)

func init() {
	var began []string
	for _, lead := range beganLeads {
		for _, thing := range beganThings {
			art := "a "
			if strings.IndexByte("aeiou", thing[0]) >= 0 {
				art = "an "
			}
			began = append(began, lead+" "+art+thing, lead+" the "+thing)
		}
	}
	causeAfterEN = append(causeAfterEN, began...)
}

// markerKeep returns how much of a causeAfterEN marker belongs to the
// cause it marks: of a beganLead's marker, all after the lead ("an update
// to …"); of any other, none.
func markerKeep(m string) int {
	for _, lead := range beganLeads {
		if strings.HasPrefix(m, lead+" ") {
			return len(m) - len(lead)
		}
	}
	return 0
}

// copyVerbs make a thing out of another; copySources are the things of
// configuration a value or an entry is copied from ("copied from the
// entry of a smaller region", "produced by copying the image section
// from the staging template", "generated from an inventory snapshot").
var (
	copyVerbs   = map[string]bool{"copied": true, "copying": true, "cloned": true, "cloning": true, "generated": true, "produced": true, "derived": true, "built": true, "taken": true}
	copySources = map[string]bool{"template": true, "templates": true, "entry": true, "entries": true, "snapshot": true, "snapshots": true,
		"inventory": true, "spreadsheet": true, "sheet": true, "profile": true, "profiles": true, "section": true, "row": true}
)

// englishCopiedFrom calls hit for each value or entry of configuration
// made from the wrong source: a copyVerb, "from" within six words on,
// and a copySource within six words after "from", no codeWord or
// defectWord between "from" and it ("the values for the region were
// copied from the entry of a much smaller edge region", "produced by
// copying the image section from the staging template"). Code copied
// from a library is code, not a setting.
func englishCopiedFrom(words []string, cls []wordClass, hit func()) {
	for i := range words {
		if cls[i]&clsCopyVerb == 0 { // copyVerbs
			continue
		}
		for j := i + 1; j < len(words) && j <= i+6; j++ {
			if words[j] != "from" {
				continue
			}
			for k := j + 1; k < len(words) && k <= j+6; k++ {
				if codeWords[words[k]] || defectWords[words[k]] {
					break
				}
				if copySources[words[k]] {
					hit()
					break
				}
			}
			break
		}
	}
}

// asideTold open (or, from "looked like" on, stand in) the main clause of
// a "Because X, Y" sentence that tells not what set the incident off but
// why it looked as it did or stayed small: its scope ("only asia-south-2 had picked it up"), its look ("the
// slowdowns … looked like random host problems") or the delay in seeing
// it ("which delayed our recognition").
var asideTold = []string{"only ", "just ", "looked like", "look like", "appeared to", "seemed to", "at first", "delayed our", "delayed the", "harder to"}

// becauseAside reports whether sent is such a "Because X, Y" sentence: X
// then explains the aside Y, and names no cause of the incident.
func becauseAside(sent string) bool {
	return becauseAsideLower(asciiLower(sent))
}

// becauseAsideLower is becauseAside of the sentence asciiLower lowered.
func becauseAsideLower(lower string) bool {
	lower = strings.TrimSpace(lower)
	if !strings.HasPrefix(lower, "because ") {
		return false
	}
	k := strings.IndexByte(lower, ',')
	if k < 0 {
		return false
	}
	main := lower[k+1:]
	for _, a := range asideTold {
		if strings.HasPrefix(strings.TrimSpace(main), a) {
			return true
		}
	}
	for _, a := range asideTold[2:] {
		if strings.Contains(main, a) {
			return true
		}
	}
	return false
}
