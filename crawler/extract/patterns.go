package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// The views a write-up's failure patterns are read from. What the cause
// says counts far above mentions elsewhere: a pattern is the pattern of the
// thing that caused the incident, not of its consequences.
const (
	viewCausal  = iota // the clauses that state a cause ("due to X", "X导致…")
	viewCause          // the cause section
	viewTitle          // the title
	viewSummary        // the summary and impact
	viewRest           // the whole text, tags included
	viewRemedy         // remediation and lessons: what is to be fixed says what failed too
	numViews
	// two more lexicon rows, read of the causal clauses one by one
	lexFirstClause = numViews     // the best pattern of the first clause with a cue
	lexClauseVotes = numViews + 1 // in how many clauses each pattern is the best
	numLex         = numViews + 2
)

var viewNames = [numLex]string{"k", "c", "t", "s", "r", "m", "k1", "kv"}

// viewWeight is how much a cue counts in each view for the cue lexicon's
// own score.
var viewWeight = [numLex]float64{4, 2.5, 2, 1, 0.3, 0, 2, 1}

const (
	patternsListed  = 4    // at most this many patterns
	lexiconFirstMin = 1    // least lexicon score for the main pattern to be named without a model
	lexiconMin      = 2    // least lexicon score for another pattern
	lexiconRelMin   = 0.45 // and at least this share of the best pattern's
)

// wordCue is an English cue: a phrase of one or more words, each word
// matched whole or, with a trailing "*", as a prefix.
type wordCue struct {
	pattern int // index in data.Patterns()
	id      int // the cue's number
	words   []string
	weight  float64
	near    []string // with a near cue ("setting* … chang*"), the words that must be close by
	memory  bool     // a capacity cue of a resource running out ("out of memory", "exhausted")
}

// zhCue is a Chinese cue, matched as a substring.
type zhCue struct {
	pattern int
	id      int
	text    string
	weight  float64
	near    string // with a near cue ("修改 … 参数"), the text that must be close by
	memory  bool   // a capacity cue of a resource running out (内存耗尽, 耗尽)
	// lead is what a cue holds before its first Chinese character
	// ("dns " of "dns 解析"), text the rest: the cues are found by their
	// first Chinese character, lead matched in the text just before it
	lead string
}

// A near cue is two phrases joined by " … ": it is found where both are,
// within nearWords words (English) or nearBytes bytes (Chinese, three a
// character) of each other, in either order. It names a pattern by what
// is done to what ("the timeout was changed", "修改了缓存过期时间") where
// no fixed phrase does.
const (
	nearSep   = " … "
	nearWords = 6
	nearBytes = 30
)

// cueWeight reads a cue's weight prefix: "!" marks a cue that names its
// pattern outright (2), "~" one that only hints at it (0.5).
func cueWeight(c string) (string, float64) {
	switch {
	case strings.HasPrefix(c, "!"):
		return c[1:], 2
	case strings.HasPrefix(c, "~"):
		return c[1:], 0.5
	}
	return c, 1
}

var (
	cuesOnce    sync.Once
	enCues      map[string][]wordCue // by first word (a prefix cue by its first three letters)
	zhCues      map[rune][]zhCue     // by first character
	patternList []string
	numCues     int
	// the patterns the forms name (patternforms.go), by index
	idxConfig, idxDeployment, idxHuman, idxDependency, idxBug int
)

// The ids of the forms' hits, after the cues' (a form counts at most
// three times per text, as a cue does).
func formSettingID() int  { return numCues }
func formCarrierID() int  { return numCues + 1 }
func formChangeID() int   { return numCues + 2 }
func formWrongID() int    { return numCues + 3 }
func formMeantID() int    { return numCues + 4 }
func formActorID() int    { return numCues + 5 }
func formWrongly() int    { return numCues + 6 }
func formCodeMiss() int   { return numCues + 7 }
func formConfigID() int   { return numCues + 8 }
func formUpgradeID() int  { return numCues + 9 }
func formCapacityID() int { return numCues + 10 }

const numFormIDs = 11

// triggerPatterns are the patterns of what sets an incident off; the others
// name the component that failed (network, database) or what followed
// (cascading failure, retry storm, late detection). Where a cause names
// both, the trigger is the main failure.
var triggerPatterns = []string{"config-change", "deployment", "automation", "human-error", "software-bug", "hardware", "power-facility", "certificate", "time", "security", "dependency"}

var isTrigger []bool // by pattern index

// IsTriggerPattern reports whether the pattern id is one of what sets an
// incident off (triggerPatterns), not where it struck or what followed.
func IsTriggerPattern(id string) bool { return slices.Contains(triggerPatterns, id) }

// absencePatterns are the patterns whose absence is the failure ("no
// alert fired", "没有备份"): a negation before their cues does not cancel
// them as it cancels the others' ("no canary stage" names no deployment).
var absencePatterns = []string{"monitoring", "backup-restore", "failover", "communication", "capacity"}

var isAbsence []bool // by pattern index

// negators are the English words that negate the cue one or two words on.
var negators = map[string]bool{"no": true, "without": true, "never": true, "lack": true, "lacked": true, "lacking": true}

// negatedZH reports whether a Chinese cue right after before is negated:
// 没有、缺少、缺乏、无 or 未 within the three characters before it.
func negatedZH(before string) bool {
	n := 0
	for i := len(before); i > 0 && n < 3; n++ {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		i -= size
		switch r {
		case '无', '未':
			return true
		case '有', '少', '乏':
			if i > 0 {
				p, _ := utf8.DecodeLastRuneInString(before[:i])
				if r == '有' && p == '没' || r != '有' && p == '缺' {
					return true
				}
			}
		}
	}
	return false
}

func loadCues() {
	enCues = map[string][]wordCue{}
	zhCues = map[rune][]zhCue{}
	for i, p := range data.Patterns() {
		patternList = append(patternList, p.ID)
		isTrigger = append(isTrigger, slices.Contains(triggerPatterns, p.ID))
		isAbsence = append(isAbsence, slices.Contains(absencePatterns, p.ID))
		for _, raw := range withMoreCues(p.ID, p.Cues) {
			c, w := cueWeight(raw)
			c, near, _ := strings.Cut(c, nearSep)
			if k := strings.IndexFunc(c, isHan); k >= 0 {
				first, _ := utf8.DecodeRuneInString(c[k:])
				zhCues[first] = append(zhCues[first], zhCue{i, numCues, c[k:], w, strings.TrimSpace(near), p.ID == "capacity" && exhaustionCue(c), c[:k]})
				numCues++
				continue
			}
			words := cueWords(c)
			if len(words) == 0 || words[0] == "" || words[0] == "*" {
				continue
			}
			key := words[0]
			if strings.HasSuffix(key, "*") {
				key = prefixKey(key[:len(key)-1])
			}
			enCues[key] = append(enCues[key], wordCue{i, numCues, words, w, cueWords(near), p.ID == "capacity" && exhaustionCue(c)})
			numCues++
		}
	}
	idxConfig = slices.Index(patternList, "config-change")
	idxDeployment = slices.Index(patternList, "deployment")
	idxMonitoring = slices.Index(patternList, "monitoring")
	idxHuman = slices.Index(patternList, "human-error")
	idxDependency = slices.Index(patternList, "dependency")
	idxBug = slices.Index(patternList, "software-bug")
}

// exhaustionWords mark the capacity cues that tell a resource running out
// (memory, a pool): where a leak is told, that is the leak's doing.
var exhaustionWords = []string{"memory", "oom", "run out", "ran out", "exhaust", "deplet", "耗尽", "内存", "用满", "占满"}

// exhaustionCue reports whether a capacity cue tells a resource running
// out.
func exhaustionCue(c string) bool {
	for _, w := range exhaustionWords {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// cueWords cuts an English cue into its lowercase words, each only of
// letters, digits and a trailing "*".
func cueWords(c string) []string {
	words := strings.Fields(strings.ToLower(c))
	for k := range words {
		words[k] = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '*' {
				return r
			}
			return -1
		}, words[k])
	}
	return slices.DeleteFunc(words, func(w string) bool { return w == "" })
}

// wordsAt reports whether cue's words are those of words from i on.
func wordsAt(words []string, i int, cue []string) bool {
	if i < 0 || i+len(cue) > len(words) {
		return false
	}
	for k, cw := range cue {
		if !wordIs(words[i+k], cw) {
			return false
		}
	}
	return true
}

// nearWordsAt reports whether near is found within nearWords words before
// the span [i, end) of words or after it.
func nearWordsAt(words []string, i, end int, near []string) bool {
	for j := max(0, i-nearWords-len(near)+1); j <= end+nearWords-1 && j < len(words); j++ {
		if (j+len(near) <= i || j >= end) && wordsAt(words, j, near) {
			return true
		}
	}
	return false
}

// nearText reports whether near occurs within nearBytes bytes before
// lower[i:end] or after it.
func nearText(lower string, i, end int, near string) bool {
	from, to := max(0, i-nearBytes-len(near)), min(len(lower), end+nearBytes+len(near))
	return strings.Contains(lower[from:i], near) || strings.Contains(lower[end:to], near)
}

// enKeys is a set of slots, one for each key of enCues: a word key's
// hash (enKeyHash) or a prefix key's letters (enPrefixSlot). A word whose
// slot is not in it has no cues, and is not looked up.
var (
	enKeysOnce sync.Once
	enKeys     slotSet
)

func loadEnKeys() {
	cuesOnce.Do(loadCues)
	for k := range enCues {
		if p, ok := strings.CutSuffix(k, "*"); ok {
			enKeys.add(enPrefixSlot(p))
		} else {
			_, h := enKeyHash(k)
			enKeys.add(h)
		}
	}
}

// slotSet is a set of 17-bit numbers, 64 to a word.
type slotSet [1 << 17 / 64]uint64

func (s *slotSet) add(n uint32)      { n &= 1<<17 - 1; s[n/64] |= 1 << (n % 64) }
func (s *slotSet) has(n uint32) bool { n &= 1<<17 - 1; return s[n/64]&(1<<(n%64)) != 0 }

// enKeyHash returns the hash (FNV-1a, its high bits folded in) of w
// without its last byte and of w whole: the same as enKeyHash of
// w[:len(w)-1] gives whole.
func enKeyHash(w string) (short, whole uint32) {
	h := uint32(2166136261)
	for i := 0; i+1 < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	short = h ^ h>>17
	if len(w) > 0 {
		h = (h ^ uint32(w[len(w)-1])) * 16777619
	}
	return short, h ^ h>>17
}

// enPrefixSlot numbers the lookup key of a word's prefix cues: its
// first three bytes (fewer if it is shorter), each a letter or digit,
// in a slot of their own past 1<<16 (word hashes fold into all
// 17 bits, prefixes only into the upper half).
func enPrefixSlot(w string) uint32 {
	n := uint32(0)
	for i := 0; i < 3; i++ {
		c := uint32(0)
		if i < len(w) {
			c = uint32(w[i]) & 63 // two bytes alike here only make a slot shared
		}
		n = n<<6 | c
	}
	return 1<<16 | n&(1<<16-1)
}

// prefixKey is the lookup key of a prefix cue: its first three letters.
func prefixKey(s string) string {
	if len(s) > 3 {
		return s[:3] + "*"
	}
	return s + "*"
}

// listHeads are the words a list of rules is named by before "-list":
// "allow-list", "deny-list", "block-list" are one word each, as
// "allowlist" is.
var listHeads = map[string]bool{"allow": true, "deny": true, "block": true, "safe": true, "white": true, "black": true}

// splitWords cuts lowercased text into words of ASCII letters and digits.
// A noun made of a verb and its particle ("follow-ups", "sign-ins",
// "roll-outs") is one word: its particle is no word of its own, so
// "follow-ups" holds no "ups".
func splitWords(s string) []string {
	// one pass over the bytes: a word is a run of ASCII letters and
	// digits, every other byte (a UTF-8 one included) ends it
	n := 0
	for i := 0; i < len(s); i++ {
		if lowerWordByte(s[i]) && (i == 0 || !lowerWordByte(s[i-1])) {
			n++
		}
	}
	return appendWords(make([]string, 0, n), s)
}

// appendWords is splitWords appending to out, which is empty (a buffer
// reused: scoreLower's).
func appendWords(out []string, s string) []string {
	for i := 0; i < len(s); {
		if !lowerWordByte(s[i]) {
			i++
			continue
		}
		start := i
		for i < len(s) && lowerWordByte(s[i]) {
			i++
		}
		w := s[start:i]
		// a particle right after a hyphen that ends the word before
		// ("follow-ups"); a word already joined so ends no more
		if k := len(out); k > 0 && start > 0 && s[start-1] == '-' && (particleNouns[w] || w == "list" && listHeads[out[k-1]]) && strings.HasSuffix(s[:start-1], out[k-1]) {
			out[k-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// lowerWordByte reports whether c is an ASCII lowercase letter or a digit.
func lowerWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// particleNouns are the particles that end a noun made of a verb and a
// particle: "follow-ups", "check-ins", "roll-outs", "cut-offs".
var particleNouns = map[string]bool{"up": true, "ups": true, "out": true, "outs": true, "in": true, "ins": true, "off": true, "offs": true, "down": true, "downs": true, "on": true, "ons": true, "over": true, "overs": true, "back": true, "backs": true}

// wordIs compares a text word with a cue word: equal, or with a plural
// "s"/"es", or starting with a prefix cue ("misconfigur*").
func wordIs(w, cue string) bool {
	// a cue of two bytes or more starts every word it is (a prefix cue's
	// letters are at least one): a word of another first byte is none
	if len(cue) > 1 && (len(w) == 0 || w[0] != cue[0]) {
		return false
	}
	if strings.HasSuffix(cue, "*") {
		return strings.HasPrefix(w, cue[:len(cue)-1])
	}
	return w == cue || len(w) == len(cue)+1 && w[len(w)-1] == 's' && w[:len(cue)] == cue ||
		len(w) == len(cue)+2 && strings.HasSuffix(w, "es") && w[:len(cue)] == cue
}

// scoreText adds the cue hits of one text, times w, to scores (indexed as
// data.Patterns()). A cue counts at most three times per text.
func scoreText(scores []float64, text string, w float64) {
	scoreLower(scores, lowerText(text), w)
}

// scoreLower is scoreText of a text lowerText has lowered: a caller that
// reads the lowered text for more (providerLower) lowers it once.
func scoreLower(scores []float64, lower string, w float64) {
	if lower == "" || w == 0 {
		return
	}
	lower = maskHealthy(lower)
	// how often each cue and form has counted, in a buffer reused from
	// call to call (zeroed here)
	cp := countsPool.Get().(*[]uint8)
	defer countsPool.Put(cp)
	if n := numCues + numFormIDs; cap(*cp) < n {
		*cp = make([]uint8, n)
	} else {
		*cp = (*cp)[:n]
		clear(*cp)
	}
	counts := *cp
	hit := func(pattern, id int, cw float64) {
		if counts[id] < 3 {
			counts[id]++
			scores[pattern] += w * cw
		}
	}
	// the words, in a buffer reused from call to call (no form keeps
	// them past the call)
	wp := wordsPool.Get().(*[]string)
	words := appendWords((*wp)[:0], lower)
	defer func() {
		clear(words) // hold no text in the pool
		*wp = words[:0]
		wordsPool.Put(wp)
	}()
	denied := deniedWords(words) // "not the result of an attack" (patternsdeny.go)
	carrier := carrierOperator(words)
	// memory that ran out where a leak is told is the leak's doing, not
	// a want of capacity ("the process leaked … and ran out of memory",
	// 内存泄漏…内存耗尽)
	// (asked only when a memory cue hits, so the text is searched once
	// at most and mostly never)
	leakAsked, leakSeen := false, false
	leak := func() bool {
		if !leakAsked {
			leakAsked = true
			leakSeen = strings.Contains(lower, "leak") || strings.Contains(lower, "泄漏") || strings.Contains(lower, "泄露") || leakTold(lower) || memoryGrowthTold(lower)
		}
		return leakSeen
	}
	cls := classify(words) // the form lists each word is in
	englishSettingChange(words, cls, func() { hit(idxConfig, formSettingID(), formWeight) })
	englishChangeTo(words, cls, func() { hit(idxConfig, formChangeID(), 1) })
	englishActorChange(words, cls, func() { hit(idxConfig, formActorID(), 1) })
	englishWrongTarget(words, cls, func() { hit(idxHuman, formWrongID(), 1) }, func() { hit(idxBug, formWrongly(), 1) })
	englishEnvMixup(words, func(int) { hit(idxHuman, formWrongID(), 1) })
	englishConfigForms(words, cls, func(w float64) { hit(idxConfig, formConfigID(), w) })
	englishCopiedFrom(words, cls, func() { hit(idxConfig, formConfigID(), formWeight) })
	englishVersionUpgrade(words, cls, func() { hit(idxDeployment, formUpgradeID(), 1) })
	var missAt []int // where code behaviour is told (patternformscode.go)
	englishCodeWronglyAt(words, cls, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formWrongly(), 1)
	})
	englishCodeMiss(words, cls, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formCodeMiss(), 1)
	})
	englishMechanisms(words, cls, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formCodeMiss(), 1)
	}, func(int) { hit(idxHuman, formWrongID(), 1) })
	englishTreatedAs(words, cls, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formWrongly(), 1)
	})
	englishCodeInstead(words, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formWrongly(), 1)
	})
	englishReleaseRework(words, cls, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formCodeMiss(), 1)
	})
	englishCodeForms13(words, cls, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formCodeMiss(), 1)
	})
	englishDoneTwice(words, cls, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formCodeMiss(), 1)
	})
	englishLockKept(words, cls, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formCodeMiss(), 1)
	})
	englishToggle(words, cls, func(int) { hit(idxConfig, formActorID(), 1) })
	englishEnteredAs(words, cls, func(int) { hit(idxConfig, formConfigID(), formWeight) })
	englishListOut(words, cls, func(int) { hit(idxConfig, formChangeID(), formWeight) })
	englishNewConfigOut(words, cls, func(int) { hit(idxConfig, formChangeID(), formWeight) })
	placeOnce.Do(loadPlaces)
	englishCapacityStated(words, cls, func(int) { hit(idxCap, formCapacityID(), 1) })
	englishCapacityBounded(words, cls, func(int) { hit(idxCap, formCapacityID(), 1) })
	englishCapacityThrough(words, func(int) { hit(idxCap, formCapacityID(), 1) })
	englishDemandOverSupply(lower, func() { hit(idxCap, formCapacityID(), 1) })
	englishRenamed(words, cls, func(int) { hit(idxConfig, formChangeID(), formWeight) })
	englishValueUpdated(words, cls, func(int) { hit(idxConfig, formConfigID(), formWeight) })
	englishSwitchedFrom(words, cls, func(int) { hit(idxConfig, formChangeID(), formWeight) })
	englishSkippedStep(words, func(int) { hit(idxHuman, formWrongID(), formWeight) })
	englishCopiedFromEnv(words, func(int) { hit(idxConfig, formConfigID(), formWeight) })
	englishChangeToCode(words, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formCodeMiss(), 1)
	})
	englishDoneWrong(words, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formWrongly(), 1)
	})
	englishAssumingBy(words, func(at int) {
		missAt = append(missAt, at)
		hit(idxBug, formCodeMiss(), 1)
	})
	if hasClass(cls, clsMemory) && memoryGrowthEN(lower) {
		hit(idxBug, formCodeMiss(), 1) // memory that grew at a rate: a leak told by it
	}
	enKeysOnce.Do(loadEnKeys)
	security19Once.Do(loadSecurity19)
	for i, word := range words {
		// the cues of the word, of it without a plural "s", and of its
		// first letters; enKeys says which of the three enCues may hold
		var lists [3][]wordCue
		hs, hw := enKeyHash(word)
		if enKeys.has(hw) {
			lists[0] = enCues[word]
		}
		if len(word) > 1 && word[len(word)-1] == 's' && enKeys.has(hs) {
			lists[1] = enCues[word[:len(word)-1]]
		}
		if enKeys.has(enPrefixSlot(word)) {
			lists[2] = enCues[prefixKey(word)]
		}
		for _, cands := range lists {
		next:
			for _, c := range cands {
				if !wordsAt(words, i, c.words) {
					continue
				}
				if c.near != nil && !nearWordsAt(words, i, i+len(c.words), c.near) || c.memory && leak() {
					continue next
				}
				if c.pattern == idxCap && memoryNamed(words, i, i+len(c.words)) && leak() {
					continue next // "reached their memory ceiling" where a leak is told: the leak's doing
				}
				if !isAbsence[c.pattern] && (i > 0 && negators[words[i-1]] || i > 1 && negators[words[i-2]]) {
					continue // "there was no canary stage" names no deployment
				}
				if denied != nil && denied[i] {
					continue // "no evidence of data corruption" names no data loss
				}
				placeOnce.Do(loadPlaces)
				switch {
				case c.pattern == idxAutomation && procedureCue(c.words) && procedureOnly(words, i):
					continue // "the operator followed the runbook": a list of steps people follow
				case c.pattern == idxAutomation && pipelineCue(c.words) && dataPipeline(words, i):
					continue // "the metrics ingestion pipeline fell behind": where data queued
				case c.pattern == idxConfig && weakParameterCue(c.words) && argumentsNamedEN(words):
					continue // "the request parameters": arguments passed in code, no setting
				case c.pattern == idxCert && expiryCue(c.words) && !credentialNamedEN(lower):
					continue // "the table expired": a cache's or a job's expiry, no credential named
				case c.pattern == idxSecurity && securityPurpose(words, i):
					continue // "a setting meant to slow down key-stuffing attacks": what a change was for
				case c.pattern == idxComm && machineTalk(words, i, i+len(c.words)):
					continue // "service-to-service communication": traffic, not what people were told
				case c.pattern == idxCap && oneCore(words, i+len(c.words)):
					continue // "used a full CPU core": one process's spin, not a fleet short of processors
				case isPlace[c.pattern] && jobOfComponent(words, i):
					continue // "the component responsible for compacting … into long-term storage": its job, not what failed
				case (c.pattern == idxConfig || c.pattern == idxDeployment) && thirdPartyChange(words, i, i+len(c.words)):
					hit(idxDependency, c.id, c.weight) // "a configuration change made by the partner": the third party's doing
					continue
				case c.pattern == idxConfig && customerMisconfig(words, i):
					continue // "a customer's misconfigured application": where the demand came from, no setting of ours
				case c.pattern == idxDeployment && customerRelease(words, i):
					continue // "a customer deployed a new version": what drove the load, not a rollout of ours
				case c.pattern == idxCap && apparentOnly(words, i):
					continue // "the clusters appeared to be at capacity": counted wrong, not full
				case c.pattern == idxDeployment && versionOfConfig(words, i+len(c.words)):
					hit(idxConfig, c.id, c.weight) // "a new version of that baseline": rules published, not code
					continue
				case c.pattern == idxPower && batteryCue(c.words) && componentBattery(words, i):
					hit(idxHard, c.id, c.weight) // "the controller's cache battery": the part's
					continue
				case c.pattern == idxConfig && alarmThreshold(words, i):
					hit(idxMonitoring, c.id, c.weight) // "our alarm thresholds … were set against": what watched
					continue
				case c.pattern == idxDeployment && deploymentWay(words, i, i+len(c.words)):
					continue // "our safe deployment process", "a pre-deployment check": the way changes go out
				case c.pattern == idxPower && psuCue(c.words) && componentPSU(words, i):
					hit(idxHard, c.id, c.weight) // "a failed power supply in a core network switch": the machine's
					continue
				case c.pattern == idxCap && powerCapacity(words, i):
					hit(idxPower, c.id, c.weight) // "battery capacity": the facility's
					continue
				case c.pattern == idxHuman && carrier && strings.HasPrefix(word, "operator"):
					hit(idxDependency, formCarrierID(), 1) // the operator of a network
					continue
				case c.pattern == idxDeployment && i+len(c.words) < len(words) && configNouns[words[i+len(c.words)]]:
					hit(idxConfig, c.id, c.weight) // "the canary rules", "the rollout policy": configuration of a rollout
					continue
				case c.pattern == idxDeployment && workloadObject(words, i, i+len(c.words)):
					continue // "scale down their deployments", "each replica of each deployment": Kubernetes workloads, no rollout
				case c.pattern == idxDeployment && deploymentNeeded(words, i):
					continue // "switching required a code change and a deployment": a remedy's step, not a faulty rollout
				case c.pattern == idxDependency && sentTo(words, i):
					continue // "moved transit traffic to a new upstream provider": where traffic goes, not what failed
				case c.pattern == idxDeployment && (releaseOfDefect(words, i, i+len(c.words)) || releaseBefore(words, i) && missNear(missAt, i, i+len(c.words)+15) || releaseBefore(words, i+len(c.words)-1) && newThingMiss(words, missAt, i, i+len(c.words)+40)):
					continue // "a defect in the new version", "version 3.8, rolled out last week, never released …": where the defect is
				}
				hit(c.pattern, c.id, c.weight)
			}
		}
	}
	zhLeadsOnce.Do(loadZhLeads)
	// Chinese code behaviour first: a release before it is where the
	// defect is, not a faulty rollout
	zhMissAt := zhCodeMisses(lower)
	if !isASCII(lower) { // the forms' words are all Chinese
		if more := append(append(append(zhCodeForms12(lower), zhCodeForms13(lower)...), zhCodeForms15(lower)...), append(zhCodeForms16(lower), zhCodeForms24(lower)...)...); len(more) > 0 {
			zhMissAt = append(zhMissAt, more...)
			slices.Sort(zhMissAt)
		}
		for range zhRenamed(lower) {
			hit(idxConfig, formChangeID(), formWeight)
		}
	}
	for range zhMissAt {
		hit(idxBug, formCodeMiss(), 1)
	}
	// Chinese cues in one pass over the text, by their first character;
	// the settings a person's slip changed count for nothing
	slips := zhSlipSentences(lower)
	for i, r := range lower {
		if r < 0x2e80 {
			continue
		}
		if r == '对' && zhChangeTo(lower, i) {
			hit(idxConfig, formChangeID(), 1)
		}
		// what starts at r, in one look-up (nil: nothing does)
		lead := zhLeadAt(r)
		if lead == nil {
			lead = &noZhLead
		}
		slip := slips != nil && inRanges(slips, i)
		for _, v := range lead.setVerbs {
			if slip {
				break
			}
			if strings.HasPrefix(lower[i:], v) && (zhSettingChange(lower, i, i+len(v)) || zhTargetValue(lower, i+len(v))) {
				hit(idxConfig, formSettingID(), formWeight)
				break
			}
		}
		for _, v := range lead.weakSetVerbs {
			if slip {
				break
			}
			if strings.HasPrefix(lower[i:], v) && zhWeakSettingChange(lower, i, i+len(v)) {
				hit(idxConfig, formSettingID(), formWeight)
				break
			}
		}
		if lead.configFirst && !slip && zhConfigFormAt(lower, i, r) {
			hit(idxConfig, formConfigID(), formWeight)
		}
		if (r == '升' || r == '更') && zhVersionUpgrade(lower, i) {
			hit(idxDeployment, formUpgradeID(), 1)
		}
		if r == '却' && zhMeantButAt(lower, i) || r == '但' && zhButSlipAt(lower, i) {
			hit(idxHuman, formMeantID(), 1)
		}
		for _, c := range lead.cues {
			if strings.HasPrefix(lower[i:], c.text) {
				at := i // where the cue starts, its lead before the Chinese
				if c.lead != "" {
					if !leadBefore(lower, i, c.lead) {
						continue
					}
					at -= len(c.lead)
				}
				if c.near != "" && !nearText(lower, at, i+len(c.text), c.near) || c.memory && leak() {
					continue
				}
				if !isAbsence[c.pattern] && negatedZH(lower[:at]) || deniedZH(lower[:at]) {
					continue // 并非网络攻击: what the cause was not
				}
				if c.pattern == idxConfig && slip {
					continue // 本应…但误将…: what a person's slip changed, no configuration change gone wrong
				}
				if c.pattern == idxConfig && c.text == "参数" && argumentsNamedZH(lower) {
					continue // 请求参数: arguments passed in code, no setting
				}
				if c.pattern == idxCert && c.text == "过期" && !credentialNamedZH(lower) {
					continue // 积分过期: points or a cache expire, no credential named
				}
				if c.pattern == idxCert && zhSessionCredential(lower, at, c.text) {
					continue // 登录凭证过期: a session's credential, no certificate
				}
				if c.pattern == idxNetwork && zhNetworkNamed(lower, at, i+len(c.text)) {
					continue // 网络请求模块, 切换到移动网络: a program's part, a user's switch
				}
				if c.pattern == idxCap && zhPowerCapacity(lower, at) {
					hit(idxPower, c.id, c.weight) // 电池容量: the facility's
					continue
				}
				if c.pattern == idxDeployment && zhCustomerRelease(lower, at) {
					continue // 客户上线新版本: what drove the load, not a rollout of ours
				}
				if c.pattern == idxDeployment && zhConfigNounAt(lower[i+len(c.text):]) {
					hit(idxConfig, c.id, c.weight) // 灰度规则, 发布策略: a rule of the rollout, pushed as configuration
					continue
				}
				if c.pattern == idxDeployment && (zhReleaseOfDefect(lower, i, i+len(c.text), c.text) || zhMissInSentence(lower, zhMissAt, i+len(c.text))) {
					continue // 新版本中存在缺陷: where the defect is
				}
				hit(c.pattern, c.id, c.weight)
			}
		}
	}
}

// leadBefore reports whether text ends with lead just before i, lead not
// the tail of a longer ASCII word or number ("dns" of "dns 解析", not of
// "mydns 解析").
func leadBefore(text string, i int, lead string) bool {
	if !strings.HasSuffix(text[:i], lead) {
		return false
	}
	at := i - len(lead)
	return at == 0 || !isASCIIAlnum(text[at-1])
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// loweredText is a write-up's text and its lowerText, lowered at the first
// ask: build makes one for the text of the write-up it builds, so that
// the steps that each lowered that text (the stated duration's windows,
// the severity, the pattern lexicon) lower it once. It is the memo of one
// extraction, never kept beyond it nor shared between goroutines.
type loweredText struct {
	text, lower string
	done        bool
}

// of returns lowerText(s): the memo's lowering where s is its text, and
// a fresh one of any other text (and where l is nil).
func (l *loweredText) of(s string) string {
	if l == nil || s != l.text {
		return lowerText(s)
	}
	if !l.done {
		l.lower, l.done = lowerText(l.text), true
	}
	return l.lower
}

// wordsPool holds scoreLower's buffer of words.
var wordsPool = sync.Pool{New: func() any { return new([]string) }}

// countsPool holds scoreText's counts of cue hits.
var countsPool = sync.Pool{New: func() any { return new([]uint8) }}

// lowerText is strings.ToLower, faster on text mostly ASCII with some
// other characters (’, —, Chinese), where strings.ToLower maps every rune
// by unicode.ToLower: here ASCII bytes are lowered by byte, a Chinese
// character (of no case) is copied, any other rune goes through
// unicode.ToLower, and a byte that is no UTF-8 becomes U+FFFD as
// strings.Map makes it. TestLowerText asks both the same.
func lowerText(s string) string {
	var b []byte // nil until the first change
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// a run of ASCII at once: copied whole (once there is a
			// copy), its capitals lowered in place, not byte by byte
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			if b == nil {
				k := i
				for k < j && !('A' <= s[k] && s[k] <= 'Z') {
					k++
				}
				if k == j {
					i = j // nothing to lower in it
					continue
				}
				b = make([]byte, k, len(s)+8)
				copy(b, s[:k])
				i = k
			}
			start := len(b)
			b = append(b, s[i:j]...)
			for k := start; k < len(b); k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			i = j
			continue
		}
		if c := s[i]; c >= 0xE3 && c <= 0xE9 {
			// a run of characters from U+3000 to U+9FFF (Chinese, kana,
			// CJK punctuation), of no case: copied whole, not decoded
			// one by one (three bytes with such a first byte and two
			// continuation bytes are always valid UTF-8)
			j := i
			for j+2 < len(s) && s[j] >= 0xE3 && s[j] <= 0xE9 && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
				j += 3
			}
			if j > i {
				if b != nil {
					b = append(b, s[i:j]...)
				}
				i = j
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		lr := r
		switch {
		case r == utf8.RuneError && size == 1:
			// no UTF-8: strings.Map writes U+FFFD in its place
		case r >= caselessFrom && r < caselessTo:
			// of no case: copied as it is
		default:
			lr = unicode.ToLower(r)
		}
		if lr != r || r == utf8.RuneError && size == 1 {
			if b == nil {
				b = make([]byte, i, len(s)+8)
				copy(b, s[:i])
			}
			b = utf8.AppendRune(b, lr)
		} else if b != nil {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	if b == nil {
		return s
	}
	return string(b)
}

// Runes from caselessFrom up to caselessTo (CJK radicals, punctuation,
// kana, Han) have no lowercase of their own (TestLowerText checks).
const caselessFrom, caselessTo = 0x2E80, 0xA000

// zhLeads is a set of the characters (below U+10000) that start a
// Chinese cue, a verb that sets a value or a form of configuration: the
// maps of those are asked only for them. A map of first characters
// that scoreLower asks through zhLeadAt or zhMayLead is added to it in
// loadZhLeads (TestZhLeads checks the four). zhLeadBy holds, for each
// such character, what starts with it, all in one place: scoreLower
// looks a character up once, not in four maps.
var (
	zhLeadsOnce sync.Once
	zhLeads     [1 << 16 / 64]uint64
	zhLeadBy    map[rune]*zhLead
)

// zhLead is what may start at one Chinese character: its cues, its verbs
// that set a value (zhSetVerbs, zhWeakSetVerbs), and whether a form of
// configuration may (zhConfigFirst).
type zhLead struct {
	cues                   []zhCue
	setVerbs, weakSetVerbs []string
	configFirst            bool
}

func loadZhLeads() {
	cuesOnce.Do(loadCues)
	zhLeadBy = map[rune]*zhLead{}
	add := func(r rune) *zhLead {
		if r < 1<<16 {
			zhLeads[r/64] |= 1 << (r % 64)
		}
		l := zhLeadBy[r]
		if l == nil {
			l = &zhLead{}
			zhLeadBy[r] = l
		}
		return l
	}
	for r, cues := range zhCues {
		add(r).cues = cues
	}
	for r, verbs := range zhSetVerbs {
		add(r).setVerbs = verbs
	}
	for r, verbs := range zhWeakSetVerbs {
		add(r).weakSetVerbs = verbs
	}
	for r, first := range zhConfigFirst {
		add(r).configFirst = first
	}
}

// noZhLead is what starts at a character no cue, verb or form starts at.
var noZhLead zhLead

// zhLeadAt returns what may start at r, nil where nothing does.
func zhLeadAt(r rune) *zhLead {
	if !zhMayLead(r) {
		return nil
	}
	return zhLeadBy[r]
}

// zhMayLead reports whether r may start a Chinese cue, verb or form.
func zhMayLead(r rune) bool {
	return r >= 1<<16 || zhLeads[r/64]&(1<<(r%64)) != 0
}

// missNear reports whether a place of code behaviour told is within
// [from, to].
func missNear(at []int, from, to int) bool {
	for _, a := range at {
		if a >= from && a <= to {
			return true
		}
	}
	return false
}

// releaseBefore reports whether a release is named among the eight words
// before words[i] or is words[i] itself ("Version 3.8 of the agent,
// rolled out last week, …").
func releaseBefore(words []string, i int) bool {
	for j := max(0, i-8); j <= i && j < len(words); j++ {
		if releaseWords[words[j]] && words[j] != "code" {
			return true
		}
	}
	return false
}

// zhMissInSentence reports whether code behaviour or a defect word is
// told after lower[end] in the rest of its sentence or the sentence after
// (zhReleaseSequelEnd): "上周发布的4.2版本转发程序在重新加载配置时没有释放旧
// 的连接表", "…随 6.2 版本上线了新的日期计算方式。代码里没有考虑…".
func zhMissInSentence(lower string, at []int, end int) bool {
	to := zhReleaseSequelEnd(lower, end)
	return missNear(at, end, to) || containsAny(lower[end:to], zhDefects)
}

// patternViews cuts an incident into the texts its patterns are read from.
func patternViews(in *data.Incident) [numViews]string {
	var v [numViews]string
	v[viewCausal] = strings.Join(causalSpans(in.Cause+"\n"+in.Summary+"\n"+in.Text), "\n")
	if v[viewCausal] == "" && strings.TrimSpace(in.Cause) == "" {
		// no cause found, none stated with a marker: the sentences
		// that tell a trigger by its form stand for it
		v[viewCausal] = strings.Join(formSentences(in.Cause+"\n"+in.Summary+"\n"+in.Text), "\n")
	}
	v[viewCause] = cutConsequences(in.Cause)
	v[viewTitle] = in.Title
	v[viewSummary] = in.Summary + "\n" + in.Impact
	v[viewRest] = in.Text + "\n" + strings.Join(in.Tags, "\n")
	v[viewRemedy] = in.Remediation + "\n" + in.Lessons
	return v
}

// lexiconScores scores every pattern by the cue lexicon in each view,
// every provider counting as another's (lexiconScoresOwn).
func lexiconScores(views [numViews]string) [numLex][]float64 {
	return lexiconScoresOwn(views, nil)
}

// lexiconScoresOwn scores every pattern by the cue lexicon in each view;
// a provider named beside a failure counts for a dependency unless own
// (ownProviders) says it is the write-up's own organisation.
func lexiconScoresOwn(views [numViews]string, own []bool) [numLex][]float64 {
	return lexiconScoresLowered(views, own, "", nil)
}

// lexiconScoresLowered is lexiconScoresOwn, where views[viewRest] is
// text+"\n"+tags and low may hold text lowered: its lowering is the
// memo's and the tags' joined (lowerText maps rune by rune, and a line
// break is a rune of its own, so the two lowerings joined are the
// whole's). With low nil, or views[viewRest] not so made, the view is
// lowered whole.
func lexiconScoresLowered(views [numViews]string, own []bool, tags string, low *loweredText) [numLex][]float64 {
	cuesOnce.Do(loadCues)
	var out [numLex][]float64
	for v := range out {
		out[v] = make([]float64, len(patternList))
	}
	certValid := false // a certificate still valid told (patternforms25.go)
	for v := range views {
		if v != viewCausal {
			lower := ""
			if v == viewRest && low != nil && restOf(views[v], low.text, tags) {
				lower = low.of(low.text) + "\n" + lowerText(tags)
			} else {
				lower = lowerText(views[v])
			}
			scoreLower(out[v], lower, 1)
			out[v][idxDependency] += float64(providerLower(lower, own))
			if v == viewRest {
				certValid = certValidTold(lower)
			}
		}
	}
	if certValid {
		security19Once.Do(loadSecurity19)
		for v := range views {
			certToConfig(out[v])
		}
	}
	// the causal clauses one by one: which pattern each names best, a
	// trigger counting double ("a configuration change to the routers" is
	// a configuration change first)
	clause := make([]float64, len(patternList))
	first := true
	for _, c := range strings.Split(views[viewCausal], "\n") {
		clear(clause)
		lower := lowerText(c)
		scoreLower(clause, lower, 1)
		clause[idxDependency] += float64(providerLower(lower, own))
		if certValid {
			certToConfig(clause) // "the new certificate was valid and unexpired, but …": what was put in place
		}
		best := -1
		weighPlaces(clause)
		weighFollowers(clause)
		for p, s := range clause {
			if isTrigger[p] {
				s *= 2
				clause[p] = s
			}
			out[viewCausal][p] += s
			if s > 0 && (best < 0 || s > clause[best]) {
				best = p
			}
		}
		if best >= 0 {
			out[lexClauseVotes][best]++
			if first {
				out[lexFirstClause][best] = 1
				first = false
			}
		}
	}
	return out
}

// restOf reports whether rest is text+"\n"+tags.
func restOf(rest, text, tags string) bool {
	n := len(text)
	return len(rest) == n+1+len(tags) && rest[:n] == text && rest[n] == '\n' && rest[n+1:] == tags
}

// findPatterns returns the failure patterns a write-up shows, the main
// failure (the pattern of its cause) first.
func findPatterns(in *data.Incident) []string {
	return findPatternsLowered(in, nil)
}

// findPatternsLowered is findPatterns, in.Text lowered by low where low's
// text is in.Text (loweredText).
func findPatternsLowered(in *data.Incident, low *loweredText) []string {
	views := patternViews(in)
	lex := lexiconScoresLowered(views, ownProviders(in), strings.Join(in.Tags, "\n"), low)
	var out []string
	if m := patternModel(); m != nil {
		out = m.rank(views, lex)
	} else {
		out = lexiconRank(lex)
	}
	return DefectOverRelease(out, in.Cause)
}

// missingFromRelease puts a configuration change before the release that
// pushed it when the cause says the configuration lacked what it needed
// ("The allow-list that was pushed with the release did not include the
// two subnets"): the rules were wrong, the rollout only carried them.
// DefectOverRelease calls it.
func missingFromRelease(out []string, cause string) []string {
	if len(out) == 0 || out[0] != "deployment" || cause == "" {
		return out
	}
	// "新版本转发组件的空闲连接超时参数被保留为默认值…原有的自定义取值未被迁移到新的参数文件中";
	// in English, the words configLacked needs first (the cheap test)
	lacked := zhConfigLacked.MatchString(cause) ||
		(strings.Contains(cause, "not") || strings.Contains(cause, "omit") || strings.Contains(cause, "miss") || strings.Contains(cause, "lack") || strings.Contains(cause, "left out")) &&
			configLacked.MatchString(cause) && !defectNamed.MatchString(cause)
	if !lacked {
		return out
	}
	rest := slices.DeleteFunc(slices.Clone(out), func(id string) bool { return id == "config-change" })
	return append([]string{"config-change"}, rest...)
}

// configLacked is a set of rules told as lacking what it needed: the
// rules named, then within eight words a verb of leaving out ("the
// allow-list … did not include", "the new route policy omitted", "the
// template was missing the setting").
var configLacked = regexp.MustCompile(`(?i)\b(?:block-?lists?|settings?|` + lackingRules + `)\b(?:\s+\S+){0,8}?\s+(?:did not|didn't|does not|doesn't) (?:include|contain|list|carry|cover|have)\b|\b(?:` + lackingRules + `)\b(?:\s+\S+){0,8}?\s+(?:omitted|was missing|were missing|lacked|left out)\b`)

// zhConfigLacked is configLacked in Chinese: a setting or a rule that a
// release left at its default, reset, or did not carry over ("超时参数被保
// 留为默认值", "自定义取值未被迁移到新的参数文件中", "新配置遗漏了…").
var zhConfigLacked = regexp.MustCompile(`(?:参数|配置|取值|设置|规则|白名单|策略)[^。；]{0,20}?(?:未被?迁移|被?保留为默认|被?恢复为默认|被?重置为默认|被?覆盖为默认|未包含|没有包含|遗漏|漏掉)`)

// lackingRules are the sets of rules configLacked names, in both its
// forms.
const lackingRules = `allow-?lists?|deny-?lists?|allowlists?|config(?:uration)?s?(?: files?)?|rules?|rulesets?|polic(?:y|ies)|templates?|profiles?|manifests?|route maps?|filters?|acls?`

// DefectOverRelease puts a software defect before the release that
// shipped it when the cause names the defect ("we deployed broker version
// 7.4.0 … Version 7.4.0 contained a regression in the lease-renewal
// code"): the defect is the failure, the rollout only carried it (as
// releaseOfDefect weighs a release word beside a defect).
func DefectOverRelease(out []string, cause string) []string {
	if len(out) < 2 || out[0] != "deployment" || cause == "" {
		return missingFromRelease(out, cause)
	}
	k := slices.Index(out, "software-bug")
	if k < 0 || !defectNamed.MatchString(cause) {
		return missingFromRelease(out, cause)
	}
	out = slices.Clone(out)
	copy(out[1:k+1], out[:k])
	out[0] = "software-bug"
	return out
}

// defectNamed is a cause's words that name a defect in code.
var defectNamed = regexp.MustCompile(`(?i)\b(?:bugs?|defects?|regressions?|race conditions?|memory leaks?|null pointer|deadlocks?|off-by-one|edge case)\b|缺陷|代码错误|逻辑错误|空指针|内存泄漏|死锁`)

// lexiconRank orders the patterns by the lexicon alone.
func lexiconRank(lex [numLex][]float64) []string {
	total := make([]float64, len(patternList))
	for v := range lex {
		for p, s := range lex[v] {
			total[p] += viewWeight[v] * s
		}
	}
	return topPatterns(total, lexiconFirstMin, lexiconMin, lexiconRelMin)
}

// topPatterns lists, best first and at most patternsListed, the best
// pattern when it scores at least firstMin and the next ones that score at
// least min and rel of the best.
func topPatterns(score []float64, firstMin, min, rel float64) []string {
	order := make([]int, len(score))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	out := []string{}
	if len(order) == 0 || score[order[0]] < firstMin {
		return out
	}
	best := score[order[0]]
	out = append(out, patternList[order[0]])
	for _, p := range order[1:] {
		s := score[p]
		if len(out) >= patternsListed || s < min || s < best*rel {
			break
		}
		out = append(out, patternList[p])
	}
	return out
}

// Cause markers: a cause stated after them ("due to X") or before them
// ("X caused Y"), English and Chinese. A sentence naming its root cause
// counts whole.
var (
	causeAfterEN  = []string{"caused by", "due to", "because of", "because", "triggered by", "the result of", "a result of", "resulted from", "result from", "stemmed from", "stems from", "stemming from", "attributed to", "traced to", "traced back to", "originated from", "originated in", "brought on by", "caused when", "the cause was", "the cause is", "the trigger was", "the trigger is", "rooted in"}
	causeBeforeEN = []string{" caused ", " causing ", " led to ", " leading to ", " resulted in ", " resulting in ", " triggered ", " triggering ", " which caused", " which led", " which resulted", " brought down", " took down", " introduced ", " broke ", " exhausted ", " overloaded ", " disrupted ", " impacted ", " affected ", " prevented ", " knocked out ", ", so ", ", which meant", ", meaning that"}
	causeWholeEN  = []string{"root cause", "root-cause", "the cause of", "contributing factor", "was the cause", "as the cause", "is the cause"}
	causeAfterZH  = []string{"由于", "因为", "原因是", "原因为", "原因在于", "根因是", "根因为", "起因是", "起因为", "归因于", "源于", "是因为", "问题出在", "问题在于", "确认是", "原来是",
		// a finding ("经排查，X", "经核查，X", "定位到X") and a cause told by 系 ("此次故障系X所致")
		"经排查", "排查发现", "经调查", "调查发现", "经核查", "核查发现", "经核实", "经复盘", "复盘发现", "定位到", "查明", "确认为", "系由", "故障系", "事故系", "事件系", "问题系", "中断系", "异常系", "主要系", "均系"}
	causeBeforeZH = []string{"导致", "引起", "引发", "造成", "致使", "使得", "因此", "因而", "以致", "所致"}
	// resultLeads open a sentence that tells what followed from the one
	// before ("As a result, routes were advertised to the other
	// provider", "因此…"): the cause is that sentence.
	resultLeads  = []string{"as a result", "consequently", "as a consequence", "因此", "因而", "由此"}
	causeWholeZH = []string{"根因", "根本原因", "直接原因", "故障原因", "事故原因", "起因"}
)

// causalSpans returns, for each sentence of text that states a cause, the
// part that names the cause: after "due to"/由于, before "caused"/导致, or
// the whole sentence when it names a root cause.
func causalSpans(text string) []string {
	hits := markerHits(text)
	if len(hits) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	h := 0
	prevStart, lastStart := 0, 0
	eachSentence(text, func(start, end int) {
		prevStart, lastStart = lastStart, start
		for h < len(hits) && hits[h] < start {
			h++
		}
		if h == len(hits) || hits[h] >= end {
			return
		}
		sent := strings.TrimSpace(text[start:end])
		if seen[sent] {
			return
		}
		// the sentence lowered once for the tests that each lowered it
		lower := asciiLower(sent)
		if readerAddressLower(lower) || becauseAsideLower(lower) || spreadAsideLower(sent, lower) || remedyAsideLower(lower) {
			return
		}
		seen[sent] = true
		span := causalSpanLower(sent, lower)
		if (anaphoric(span) || resultLeadLower(lower)) && start > 0 {
			// "This caused …": the cause is what the sentence before says
			span = strings.TrimSpace(text[prevStart:start])
		}
		if span != "" {
			out = append(out, span+releaseSequel(text, end))
		}
	})
	return out
}

// markerHits returns where in text a cause marker (trimmed of its
// spaces) starts, in order: found in the whole text at once, as most
// sentences have none.
func markerHits(text string) []int {
	markersOnce.Do(loadMarkers)
	var hits []int
	// the text is lowered byte by byte as it is read (asciiLower's
	// bytes, without the copy)
	for i := 0; i+1 < len(text); i++ {
		if !markerFirst[text[i]] {
			continue // no marker starts with this byte: most bytes, passed by with one look
		}
		c := lowerByte(text[i])
		if pair := uint16(c)<<8 | uint16(lowerByte(text[i+1])); markerPairs[pair>>6]&(1<<(pair&63)) == 0 {
			continue
		}
		for _, m := range pairLitsOf(&markersByPair, c, lowerByte(text[i+1])) {
			if hasLowerPrefix(text[i:], m) {
				hits = append(hits, i)
				break
			}
		}
	}
	return hits
}

// lowerByte lowers an ASCII letter, as asciiLower does.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasLowerPrefix is strings.HasPrefix(asciiLower(s), prefix).
func hasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if lowerByte(s[k]) != prefix[k] {
			return false
		}
	}
	return true
}

// resultLead reports whether a sentence opens with a word that makes it
// the consequence of the sentence before, and names no cause of its own.
func resultLead(sent string) bool {
	return resultLeadLower(asciiLower(sent))
}

// resultLeadLower is resultLead of the sentence asciiLower lowered.
func resultLeadLower(lower string) bool {
	lower = strings.TrimLeft(lower, " -–—*>•")
	for _, m := range resultLeads {
		if strings.HasPrefix(lower, m) {
			return true
		}
	}
	return false
}

// anaphoric reports whether a cause is only a pointer back ("This", "This
// issue", "这", "此次变更" is not).
func anaphoric(span string) bool {
	f := strings.Fields(asciiLower(strings.TrimRight(span, ",，")))
	if len(f) == 0 || len(f) > 3 {
		return span == "这" || span == "此" || span == "这一" || span == "这些"
	}
	switch f[0] {
	case "this", "that", "these", "those", "it", "which":
		return len(f) == 1 || len(f) == 2 && (f[1] == "incident" || f[1] == "issue" || f[1] == "problem" || f[1] == "event" || f[1] == "outage" || f[1] == "disruption" || f[1] == "also") || len(f) == 3 && f[1] == "in" && f[2] == "turn"
	}
	return false
}

var (
	markersOnce sync.Once
	// markerPairs holds the first two bytes of every cause marker
	// (trimmed), so that one pass over a text finds them all
	markerPairs [1 << 16 / 64]uint64 // bit b1<<8|b2, 64 to a word
	// markerFirst: the bytes of a text that, lowered, start a marker
	markerFirst [256]bool
	// the markers by their first two bytes: where a common pair starts
	// ("re", "in"), only the markers that start with it are compared
	markersByPair [256][]pairLits
)

// markerLists returns the lists of cause markers markerHits looks for, as
// they are when asked (an init that adds markers to a list is seen).
func markerLists() [][]string {
	return [][]string{causeWholeEN, causeAfterEN, causeBeforeEN, causeWholeZH, causeAfterZH, causeBeforeZH, resultLeads}
}

func loadMarkers() {
	for _, ms := range markerLists() {
		for _, m := range ms {
			m = strings.TrimSpace(m)
			if len(m) < 2 {
				panic("extract: a cause marker of less than two bytes: " + m)
			}
			addPairLit(&markersByPair, m)
			for b := range markerFirst {
				if lowerByte(byte(b)) == m[0] {
					markerFirst[b] = true
				}
			}
			pair := uint16(m[0])<<8 | uint16(m[1])
			markerPairs[pair>>6] |= 1 << (pair & 63)
		}
	}
}

// asciiLower lowercases ASCII letters only, so that byte offsets stay.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s // nothing to lower: no copy
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// eachSentence calls f with the byte range of each sentence of text: cut
// at line ends, after 。！？；!?; and after a full stop followed by a space
// (not one inside a number).
func eachSentence(text string, f func(start, end int)) {
	// byte by byte: the ends are ASCII or start with the lead byte 0xE3
	// (。) or 0xEF (！？；), which no rune holds but as its first byte
	start := 0
	for i := 0; i < len(text); {
		c := text[i]
		size := 1
		end := false
		switch c {
		case '\n', '!', '?', ';':
			end = true
		case '.':
			next := i + 1
			end = next == len(text) || text[next] == ' ' || text[next] == '\n'
		case 0xE3, 0xEF:
			r, n := utf8.DecodeRuneInString(text[i:])
			size = n
			end = r == '。' || r == '！' || r == '？' || r == '；'
		}
		i += size
		if end {
			if i > start {
				f(start, i)
			}
			start = i
		}
	}
	if start < len(text) {
		f(start, len(text))
	}
}

func causalSpan(sent string) string {
	return causalSpanLower(sent, asciiLower(sent))
}

// causalSpanLower is causalSpan of sent and lower, sent as asciiLower
// lowered it (byte offsets as in sent).
func causalSpanLower(sent, lower string) string {
	// a sentence naming its root cause: what follows the words ("Root
	// cause: X", "根因是X"), else what precedes them ("identified X as the
	// root cause")
	i, m := firstMarker(lower, causeWholeEN, true)
	if j, mz := firstMarker(lower, causeWholeZH, false); j >= 0 && (i < 0 || j < i) {
		i, m = j, mz
	}
	if i >= 0 {
		rest := trimCopula(sent[i+len(m):])
		before := strings.TrimSpace(sent[:i])
		if namedAs(before) {
			// "identified X as the root cause and rolled it back": X
			return before
		}
		if len(strings.Fields(rest)) >= 3 || utf8.RuneCountInString(rest) >= 4 && strings.IndexFunc(rest, isHan) >= 0 || before == "" {
			if sub := clauseSpan(rest, true); sub != "" {
				return sub
			}
			return rest
		}
		return before
	}
	return clauseSpanLower(sent, lower, false)
}

// namedAs reports whether the words before "root cause" end by naming
// what comes before them as it ("identified X as the preliminary", "found
// X to be the"): then the cause is before the words, not after.
func namedAs(before string) bool {
	f := strings.Fields(asciiLower(before))
	if len(f) < 3 {
		return false
	}
	for _, w := range f[max(0, len(f)-3):] {
		if w == "as" || w == "be" {
			return true
		}
	}
	return false
}

// clauseSpan returns the cause a clause states by its first marker:
// after "due to"/由于 up to where a consequence starts, or before
// "caused"/导致 (from the last clause break unless whole is set); "" when
// it has none.
func clauseSpan(sent string, whole bool) string {
	return clauseSpanLower(sent, asciiLower(sent), whole)
}

// clauseSpanLower is clauseSpan of sent and lower, sent as asciiLower
// lowered it.
func clauseSpanLower(sent, lower string, whole bool) string {
	ia, ma := firstMarker(lower, causeAfterEN, true)
	if j, mz := firstMarker(lower, causeAfterZH, false); j >= 0 && (ia < 0 || j < ia) {
		ia, ma = j, mz
	}
	ib := firstConsequence(lower)
	zhBefore := false
	if j, mz := firstMarker(lower, causeBeforeZH, false); j > 0 && (ib < 0 || j < ib) {
		ib, zhBefore = j, true
		if k := strings.LastIndexAny(sent[:j], "，,；;"); k > 0 && (mz == "因此" || mz == "因而") {
			ib = k // "X，元数据服务因此拒绝写入": 因此 points back to X, the clause before its own
		}
	}
	switch {
	case ib > 0 && (ia < 0 || ib < ia-1): // " caused " inside "was caused by" is no earlier
		if !zhBefore && releaseIntroduced(lower, ib) {
			return strings.TrimSpace(sent) // "Version 5.3 … introduced a faster way of …": the release's code
		}
		if zhBefore && !whole {
			return strings.TrimSpace(lastClause(sent[:ib]))
		}
		return strings.TrimSpace(sent[:ib])
	case ia >= 0:
		rest := strings.TrimLeft(sent[ia+len(ma)-markerKeep(ma):], "，,：:")
		return strings.TrimSpace(zhFindingThen(cutAtBefore(rest, asciiLower(rest)), ma))
	}
	return ""
}

// participleMarkers are the verbs among causeBeforeEN that also stand as
// a participle or an adjective: "a change introduced in the dispatcher
// last week", "the affected providers", "services impacted by the
// outage" name no consequence.
var participleMarkers = map[string]bool{" introduced ": true, " affected ": true, " impacted ": true, " disrupted ": true, " triggered ": true}

// participleAfter are the words after such a verb that make it a
// participle; determiners are the words before it that make it an
// adjective.
var (
	participleAfter = map[string]bool{"by": true, "in": true, "into": true, "on": true, "during": true, "with": true, "at": true,
		"since": true, "earlier": true, "last": true, "previously": true, "for": true, "as": true, "when": true, "to": true, "through": true}
	determiners = map[string]bool{"the": true, "a": true, "an": true, "all": true, "any": true, "some": true, "each": true, "every": true,
		"most": true, "those": true, "these": true, "our": true, "their": true, "its": true, "other": true, "many": true}
)

// firstConsequence returns where the earliest marker of causeBeforeEN
// stands in lower as the verb of a consequence, -1 when none does.
func firstConsequence(lower string) int {
	at := -1
	for _, m := range causeBeforeEN {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], m)
			if i < 0 {
				break
			}
			i += from
			from = i + len(m)
			if at >= 0 && i >= at {
				break
			}
			if participleMarkers[m] && participle(lower, i, i+len(m)) {
				continue
			}
			at = i
			break
		}
	}
	return at
}

// participle reports whether the verb at lower[i:end] (spaces around it)
// is a participle or an adjective: a determiner or a form of "be" before
// it, a preposition after it.
func participle(lower string, i, end int) bool {
	before := strings.Fields(lower[max(0, i-12):i])
	if len(before) > 0 && (determiners[before[len(before)-1]] || adjectiveLeads[before[len(before)-1]]) {
		return true
	}
	after := strings.Fields(lower[end:min(len(lower), end+12)])
	return len(after) > 0 && participleAfter[strings.Trim(after[0], ",.;:")]
}

// firstMarker returns where the earliest of markers occurs in lower, and
// which; English markers (wordStart) only at the start of a word. Each
// marker is judged at its first occurrence only (a marker whose first
// occurrence is inside a word is not looked for further on), and of two
// at one place the one listed first wins. The text is read once, each
// place asked only of the markers that open with its two bytes
// (markerIndexOf).
func firstMarker(lower string, markers []string, wordStart bool) (int, string) {
	idx := markerIndexOf(markers)
	if idx == nil {
		return firstMarkerEach(lower, markers, wordStart)
	}
	var seen []string // markers met inside a word: not looked for again
	for i := 0; i+1 < len(lower); i++ {
		if !idx.first[lower[i]] {
			continue
		}
		lits := pairLitsOf(&idx.by, lower[i], lower[i+1])
		if lits == nil {
			continue
		}
		best, bestAt := "", -1
		for _, m := range lits {
			if !strings.HasPrefix(lower[i:], m) || slices.Contains(seen, m) {
				continue
			}
			if wordStart && !isWordStart(lower, i) {
				seen = append(seen, m)
				continue
			}
			if o := idx.order[m]; bestAt < 0 || o < bestAt {
				best, bestAt = m, o
			}
		}
		if bestAt >= 0 {
			return i, best
		}
	}
	return -1, ""
}

// firstMarkerEach is firstMarker by one search a marker, for a list
// markerIndexOf does not index. A marker with a byte beyond ASCII (the
// Chinese ones) is not looked for in a text of ASCII alone.
func firstMarkerEach(lower string, markers []string, wordStart bool) (int, string) {
	at, which := -1, ""
	ascii, asked := false, false
	for _, m := range markers {
		if m != "" && m[0] >= utf8.RuneSelf {
			if !asked {
				ascii, asked = isASCII(lower), true
			}
			if ascii {
				continue
			}
		}
		if i := strings.Index(lower, m); i >= 0 && (at < 0 || i < at) && (!wordStart || isWordStart(lower, i)) {
			at, which = i, m
		}
	}
	return at, which
}

// markerIndex files a marker list's markers under their first two bytes,
// with each marker's first place in the list.
type markerIndex struct {
	first [256]bool
	by    [256][]pairLits
	order map[string]int
}

// markerIndexes holds the index of each marker list asked of firstMarker,
// keyed by the list's backing array and length: built at first use, after
// every init has appended its markers.
var markerIndexes sync.Map

type markerListKey struct {
	p *string
	n int
}

// markerIndexOf returns the index of markers; nil for an empty list or
// one holding a marker of less than two bytes.
func markerIndexOf(markers []string) *markerIndex {
	if len(markers) == 0 {
		return nil
	}
	key := markerListKey{&markers[0], len(markers)}
	if v, ok := markerIndexes.Load(key); ok {
		return v.(*markerIndex)
	}
	idx := &markerIndex{order: make(map[string]int, len(markers))}
	for k, m := range markers {
		if len(m) < 2 {
			return nil
		}
		if _, dup := idx.order[m]; dup {
			continue
		}
		idx.order[m] = k
		idx.first[m[0]] = true
		addPairLit(&idx.by, m)
	}
	v, _ := markerIndexes.LoadOrStore(key, idx)
	return v.(*markerIndex)
}

// trimCopula drops the punctuation and linking words between "root
// cause" and the cause itself ("was", "of the outage is", "是", "为").
func trimCopula(s string) string {
	s = strings.TrimLeft(s, " :：,，-—")
	lower := asciiLower(s)
	for _, c := range []string{"of this incident was ", "of the incident was ", "of the issue was ", "of the outage was ", "of this issue was ", "was that ", "is that ", "was ", "is ", "are ", "were "} {
		if strings.HasPrefix(lower, c) {
			return strings.TrimSpace(s[len(c):])
		}
	}
	for _, c := range []string{"是", "为", "在于"} {
		if strings.HasPrefix(s, c) {
			return s[len(c):]
		}
	}
	return strings.TrimSpace(s)
}

// cutAtBefore ends a cause stated after its marker where a consequence
// starts ("due to X, causing Y", "由于X，导致Y").
func cutAtBefore(s, lower string) string {
	end := len(s)
	for _, m := range causeBeforeEN {
		if i := strings.Index(lower, m); i >= 0 && i < end {
			end = i
		}
	}
	for _, m := range causeBeforeZH {
		if i := strings.Index(s, m); i >= 0 && i < end && !blameOpensAt(s, i) {
			end = i
		}
	}
	return s[:end]
}

// lastClause keeps what follows the last clause break of a Chinese
// sentence part, unless that leaves almost nothing.
func lastClause(s string) string {
	i := strings.LastIndexAny(s, "，,：:")
	if i < 0 {
		return s
	}
	rest := strings.TrimLeft(s[i:], "，,：:")
	if len([]rune(strings.TrimSpace(rest))) < 4 {
		return s
	}
	return rest
}

func isWordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	c := s[i-1]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
}

// cutConsequences drops from each sentence of a cause section what
// follows the word that turns from a cause to its consequences ("X
// resulted in Y", "X，导致Y"): Y says what failed next, not why. A
// sentence that states its cause after a marker ("Y was caused by X",
// "由于X") keeps X.
func cutConsequences(text string) string {
	if text == "" {
		return ""
	}
	// clauseSpan finds nothing in a sentence where no marker starts:
	// each of its markers holds one of markerHits' whole
	hits := markerHits(text)
	h := 0
	var b strings.Builder
	b.Grow(len(text) + 16)
	eachSentence(text, func(start, end int) {
		sent := text[start:end]
		for h < len(hits) && hits[h] < start {
			h++
		}
		if h == len(hits) || hits[h] >= end {
			b.WriteString(sent)
			b.WriteByte('\n')
			return
		}
		if span := clauseSpan(sent, true); span != "" {
			sent = span
		}
		b.WriteString(sent)
		b.WriteByte('\n')
	})
	return b.String()
}

// sendVerbs send traffic or routes somewhere: a provider they go "to" is
// a destination, not a party that failed.
var sendVerbs = []string{"mov", "announc", "advertis", "send", "sent", "routed", "routing", "rerout", "migrat", "switched", "switching", "shift", "redirect", "forwarded", "forwarding", "steer"}

// sentTo reports whether the words before words[i] make it where
// something was sent: "to" (up to four words before) after a verb of
// sending among the six words before ("announcing those three blocks to
// our upstream providers").
func sentTo(words []string, i int) bool {
	j := i - 1
	for j >= 0 && j >= i-4 && words[j] != "to" && words[j] != "and" && words[j] != "or" && words[j] != "but" {
		j-- // "a", "our", "new", "upstream" …
	}
	if j < 1 || words[j] != "to" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		for _, v := range sendVerbs {
			if strings.HasPrefix(words[k], v) {
				return true
			}
		}
	}
	return false
}

// zhConfigNounAt reports whether s opens with a noun of configuration
// (规则, 策略, 配置 …): the word before it only says what it configures.
func zhConfigNounAt(s string) bool {
	for _, n := range []string{"规则", "策略", "配置", "参数", "开关", "阈值", "白名单", "黑名单", "模板"} {
		if strings.HasPrefix(s, n) {
			return true
		}
	}
	return false
}

// configNouns name configuration in English: a deployment word before one
// ("rollout policy", "canary settings") only says what it configures.
var configNouns = map[string]bool{"policy": true, "policies": true, "rule": true, "rules": true, "config": true, "configuration": true,
	"setting": true, "settings": true, "parameter": true, "parameters": true, "threshold": true, "thresholds": true}
