package extract

import (
	"slices"
	"strings"
)

// Causes as cloud RCAs tell them when they tell only the mechanism, and the
// way a regional event summary opens. A program's code that did one thing
// "instead of" or "rather than" another ("the new builder wrapped the
// column in a function instead of lowering only the term", 代码把起点算成了
// 第一条，而不是最后一条之后), a release that "rewrote the lookup path" or
// "changed how reconnections are handled" (改写了分页读取逻辑): the defect is
// in the code the release brought, so the release is where it is, not a
// faulty rollout. A part asked for "more reads than it is provisioned to
// deliver", that reached "the most it can serve", with requests waiting
// "for a turn" (超出设计承载量): a want of capacity. And "We want to give
// you some additional detail about the event that affected …" opens an
// event summary: the words before "affected" are the writer's address to
// the reader, not a cause. loadCues adds moreCues12 to each pattern's cues
// (through moreCues); scoreLower calls englishCodeInstead,
// englishReleaseRework and zhCodeForms12 beside the other code forms;
// causalSpans skips a readerAddress, and cueScore gives a one-sentence
// readerAddress no section.

// moreCues12 are cue phrases in the lexicon's notation (cueWeight's
// "!"/"~" prefixes, near cues joined by nearSep), by pattern id.
var moreCues12 = map[string][]string{
	// a part asked for more than it was built for, at the most it can
	// do, work waiting its turn (设计承载量, 处理能力上限); not a queue alone,
	// which a lock forms as well (锁等待队列)
	"capacity": {
		"than it is provisioned", "than it was provisioned", "than they are provisioned", "than they were provisioned",
		"than it is sized", "than it was sized", "than they are sized", "than they were sized",
		"than it was built for", "than it is built for", "than they were built for",
		"the most it can", "the most it could", "the most they can", "the most they could",
		"the maximum it can", "the maximum it could", "the maximum they can", "the maximum they could",
		"most it can serve", "maximum write throughput", "maximum read throughput", "can sustain", "could sustain",
		"wait* for a turn", "waited in line", "waiting in line", "wait in line",
		"设计承载", "承载上限", "处理能力上限", "超出设计", "超过设计", "设计上限",
	},
	// code rewritten or reworked (重构, 改写了…逻辑)
	"software-bug": {
		"refactoring", "refactored", "refactor", "reimplemented", "reimplementation",
		"重构", "改写 … 逻辑", "重写 … 逻辑", "改写 … 代码", "重写 … 代码",
	},
}

func init() {
	for id, cues := range moreCues12 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// codeNouns are the parts of a program that act in a sentence telling its
// behaviour: "the new builder wrapped …", "the code computed …", "the write
// path stored …".
var codeNouns = map[string]bool{"code": true, "builder": true, "parser": true, "serializer": true, "deserializer": true,
	"routine": true, "function": true, "method": true, "logic": true, "handler": true, "library": true,
	"implementation": true, "algorithm": true, "loop": true, "path": true, "token": true, "compiler": true,
	"encoder": true, "decoder": true, "planner": true, "resolver": true, "module": true, "subroutine": true,
	"callback": true, "thread": true, "worker": true, "agent": true}

// reworkVerbs are a program's code made anew; a codeNoun or "how" after
// one is code changed ("rewrote the lookup path", "reordered the write
// path", "reworked how leases are renewed").
var reworkVerbs = map[string]bool{"rewrote": true, "rewritten": true, "reworked": true, "refactored": true,
	"restructured": true, "reordered": true, "reimplemented": true, "redesigned": true}

// releaseNouns name a release of code; "changed how" after one (within
// twelve words) is its code changed, not a setting ("Release 3.12.0,
// deployed on May 2, changed how reconnections are handled").
var releaseNouns = map[string]bool{"release": true, "version": true, "build": true, "update": true, "upgrade": true}

// englishCodeInstead calls hit with the place of each codeNoun that acts
// "instead of" or "rather than" what it should: the codeNoun among the
// fourteen words before, no person among the eight words before it and
// no person or configuration noun between ("the new builder wrapped the
// name column in a LOWER() call instead of lowering only the term", "the
// paging code returned a token that pointed one item past the last
// rather than to the next"). "Engineers took the old path instead of …"
// is a person's choice; "the policy set the limit to 500 instead of …" a
// setting's value.
func englishCodeInstead(words []string, hit func(at int)) {
	for i := 1; i < len(words); i++ {
		if !(words[i-1] == "instead" && words[i] == "of" || words[i-1] == "rather" && words[i] == "than") {
			continue
		}
		for j := i - 2; j >= 0 && j >= i-15; j-- {
			w := words[j]
			if actorWords[w] || configNouns[w] {
				break
			}
			if codeNouns[w] && !personBefore(words, j, 8) {
				hit(j)
				break
			}
		}
	}
}

// englishReleaseRework calls hit with the place of each code rework: a
// reworkVerb followed within four words by a codeNoun or "how", or a
// releaseNoun followed within twelve words by "changed how" or "changed
// the way".
func englishReleaseRework(words []string, cls []wordClass, hit func(at int)) {
	for i, w := range words {
		switch {
		case cls[i]&clsRework != 0: // reworkVerbs
			for j := i + 1; j < len(words) && j <= i+4; j++ {
				if codeNouns[words[j]] || words[j] == "how" {
					hit(i)
					break
				}
			}
		case w == "changed" && i+1 < len(words) && (words[i+1] == "how" || words[i+1] == "the" && i+2 < len(words) && words[i+2] == "way"):
			for j := max(0, i-12); j < i; j++ {
				if releaseNouns[words[j]] {
					hit(i)
					break
				}
			}
		}
	}
}

// zhCodeNames name a program's code in Chinese; zhInstead are the words
// of a thing done in place of another (而不是, 而非).
var (
	zhCodeNames = []string{"代码", "逻辑", "程序", "函数", "新版本", "模块"}
	zhInstead   = []string{"而不是", "而非"}
	zhReworks   = []string{"改写了", "重写了", "重构了"}
)

// eachIndex calls f with the start of each occurrence of sub in s, left
// to right, occurrences not overlapping.
func eachIndex(s, sub string, f func(i int)) {
	for off := 0; ; {
		k := strings.Index(s[off:], sub)
		if k < 0 {
			return
		}
		f(off + k)
		off += k + len(sub)
	}
}

// zhCodeForms12 returns where in lower, in order, code behaviour is told
// by these forms: 而不是 or 而非 with a zhCodeWord in the same sentence
// before it, at most 60 characters back, and no person there
// (代码把起点算成了本页第一条，而不是最后一条之后); 改写了, 重写了 or 重构了
// with a zhCodeWord or 方式 within 12 characters after (改写了分页读取逻辑),
// or a zhCodeName just before (zhCodeRework: 计算模块重写了边界的取值).
func zhCodeForms12(lower string) []int {
	// most texts hold none of the words: one read of the text tells,
	// not one search for each word
	if !zhForms12Keys.in(lower) {
		return nil
	}
	return zhCodeForms12Scan(lower)
}

// zhCodeForms12Scan is zhCodeForms12 without its gate: each word searched for in
// turn (the gate's answer is the same, sooner, when none is there).
func zhCodeForms12Scan(lower string) []int {
	var at []int
	for _, m := range zhInstead {
		eachIndex(lower, m, func(i int) {
			from := zhSentenceStart(lower, i)
			if i-from > 180 {
				from = i - 180
			}
			if zhCodeActs(lower[from:i]) && !zhPersonBefore(lower, i) {
				at = append(at, i)
			}
		})
	}
	for _, m := range zhReworks {
		eachIndex(lower, m, func(i int) {
			after := clauseAfter(lower[i+len(m):], 12)
			if containsAny(after, zhCodeNames) || strings.Contains(after, "方式") || zhCodeRework(lower, i) {
				at = append(at, i)
			}
		})
	}
	slices.Sort(at)
	return at
}

// zhForms12Keys are the words zhCodeForms12 looks for.
var zhForms12Keys = newKeySet(slices.Concat(zhInstead, zhReworks))

// zhCodeActs reports whether a zhCodeName in before acts on a thing:
// 把 or 将 follows it ("代码把起点算成了第一条"); code only named as a thing
// made ("发布了破坏它的代码，而不是…") is no act of the code's.
func zhCodeActs(before string) bool {
	for _, w := range zhCodeNames {
		if k := strings.LastIndex(before, w); k >= 0 {
			rest := before[k+len(w):]
			if strings.Contains(rest, "把") || strings.Contains(rest, "将") {
				return true
			}
		}
	}
	return false
}

// readerAddress reports whether a sentence is the writer addressing the
// reader about the event ("We want to give you some additional detail
// about the disruption …", "We'd like to share more information about the
// event that affected …", "This note explains …"): an event summary's
// opening, whose "affected" or "impacted" marks no cause.
func readerAddress(sent string) bool {
	return readerAddressLower(asciiLower(sent))
}

// readerAddressLower is readerAddress of the sentence asciiLower lowered
// (no letter it lowers is trimmed, so trimming after lowering is trimming
// before).
func readerAddressLower(lower string) bool {
	lower = strings.TrimLeft(lower, " -–—*>•")
	for _, lead := range []string{"we want to ", "we wanted to ", "we'd like to ", "we’d like to ", "we would like to ", "we wish to ", "we want you to ", "this note ", "this post ", "this summary ", "this report "} {
		if rest, ok := strings.CutPrefix(lower, lead); ok {
			for _, v := range []string{"give", "share", "provide", "offer", "explain", "describe", "tell", "update", "know", "explains", "describes", "provides", "gives", "shares"} {
				if strings.HasPrefix(rest, v+" ") || strings.HasPrefix(rest, "you "+v) || strings.HasPrefix(rest, "also "+v) {
					return true
				}
			}
		}
	}
	return false
}
