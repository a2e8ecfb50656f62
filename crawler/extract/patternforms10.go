package extract

import "strings"

// Causes told as mechanisms. Cloud RCAs often name no pattern at all: they
// tell what a program did ("took a second lease and only ever released the
// last one", "a helper returns the threshold in gibibytes while the caller
// compares it in bytes", "the check is left in a path the new pool no
// longer calls"), what a fleet could not keep up with ("the consumers were
// the limit"), or what a person believed ("ran it in what they believed was
// a staging console"). This file holds the dictionaries and forms of those
// tellings; loadCues adds moreCues to each pattern's own cues, and
// scoreLower calls englishMechanisms beside the other code forms.

// moreCues are cue phrases in the lexicon's notation (cueWeight's "!"/"~"
// prefixes, near cues joined by nearSep) added to the cues of
// data.Patterns() by pattern id: wordings of mechanisms that name their
// pattern without its usual words.
var moreCues = map[string][]string{
	// a resource a program took and kept, a code path no longer run, a
	// comparison of the wrong kind, a value read in the wrong unit, logic
	// whose steps ran out of order (先后顺序问题, 时序问题)
	"software-bug": {
		"stayed held", "remained held", "left held", "held indefinitely", "never let go",
		"never returned to the pool", "never given back", "never handed back",
		"no longer calls", "no longer called", "no longer invokes", "no longer invoked",
		"never called", "never invoked", "missing check", "check was missing",
		"string comparison", "compar* … as a string", "compar* … as strings", "compar* … as text",
		"lexicographic*", "sort* … as text", "sort* … as a string", "sort* … as strings",
		"unit mismatch", "mismatched unit*", "wrong unit", "wrong units", "unit confusion",
		"null reference", "nil reference", "nil pointer", "nil dereference", "null dereference",
		"顺序问题", "时序问题", "先后顺序", "逻辑存在", "逻辑 … 不一致", "不一致的逻辑", "空值",
	},
	// a fleet that was the limit, work that came faster than it went
	"capacity": {
		"were the limit", "was the limit", "limiting factor", "limiting resource",
		"faster than they could", "faster than it could", "faster than the fleet",
		"arrived faster than", "came in faster than", "faster than they left",
		"资源池 … 分配完", "分配完毕", "全部用满", "排队 … 超时",
	},
	// a template or its defaults updated (更新了…模板, 模板更新)
	"config-change": {
		"更新 … 模板", "模板更新", "更新 … 默认值", "~默认模板",
	},
	// a company named by what it supplies the write-up's own ("a failure at
	// Harbourlink Systems, the company that supplies and hosts our booking
	// system"), own systems cleared ("None of our own systems were at
	// fault")
	"dependency": {
		"company that supplies", "company that provides", "company that hosts", "company that runs", "company that operates",
		"firm that supplies", "firm that provides", "firm that hosts", "firm that runs", "supplies and hosts",
		"none of our own systems", "our own systems were not", "not in our own systems",
	},
	// an act on production a person took for another environment
	"human-error": {
		"production instead of", "~against production", "ran … against production",
	},
}

// beliefWords tell what a person took a thing to be; nonProdWords the
// environments a person means to act on when they act on production by
// mistake.
var (
	beliefWords  = map[string]bool{"believed": true, "thought": true, "assumed": true, "assuming": true, "thinking": true, "mistook": true, "mistaken": true, "mistaking": true, "presumed": true}
	nonProdWords = map[string]bool{"staging": true, "sandbox": true, "development": true, "dev": true, "qa": true,
		"preprod": true, "nonproduction": true, "test": true, "testing": true, "uat": true}
	// callVerbs run a piece of code: "no longer calls", "no longer runs"
	callVerbs = map[string]bool{"calls": true, "called": true, "invokes": true, "invoked": true, "executes": true,
		"executed": true, "reaches": true, "reached": true, "runs": true}
	// unitFamilies group the units a value is read in; two of one family
	// in one sentence, each after "in", tell a value read in another unit
	// than it was written in ("returns the threshold in gibibytes, while
	// the caller compares it in bytes")
	unitFamilies = map[string]int{
		"bytes": 1, "kilobytes": 1, "megabytes": 1, "gigabytes": 1, "kibibytes": 1, "mebibytes": 1, "gibibytes": 1, "bits": 1, "kb": 1, "mb": 1, "gb": 1, "kib": 1, "mib": 1, "gib": 1,
		"seconds": 2, "milliseconds": 2, "microseconds": 2, "nanoseconds": 2, "minutes": 2, "ms": 2,
		"percent": 3, "percentage": 3, "fraction": 3, "ratio": 3,
	}
	// codeVerbs tell a program's reading or comparing of a value
	codeVerbs = map[string]bool{"returns": true, "returned": true, "compares": true, "compared": true, "expects": true,
		"expected": true, "interprets": true, "interpreted": true, "reads": true, "treats": true, "treated": true,
		"computes": true, "computed": true, "converts": true, "converted": true, "passes": true, "passed": true}
)

// englishMechanisms calls code with the place of each form of code
// behaviour and person with each act of a person on the wrong
// environment:
//   - "no longer" before a verb of running code ("a path the new pool no
//     longer calls"), no person among the five words before;
//   - "only ever" or "only up to" after a verb a program acts with ("only
//     ever released the last one", "read the header only up to the first
//     semicolon");
//   - two units of one family, each after "in", in one sentence with a
//     verb of reading or comparing a value ("returns … in gibibytes while
//     the caller compared it … in bytes");
//   - a person's belief word with, in the six words after it, an
//     environment other than production ("what they believed was a
//     staging console", "thinking it was the test cluster").
func englishMechanisms(words []string, cls []wordClass, code, person func(at int)) {
	for i, w := range words {
		switch {
		case w == "no" && i+2 < len(words) && words[i+1] == "longer" && callVerbs[words[i+2]]:
			if !personBefore(words, i, 5) {
				code(i)
			}
		case w == "only" && i+2 < len(words) && (words[i+1] == "ever" && (missVerbs[words[i+2]] || readVerbs[words[i+2]]) ||
			words[i+1] == "up" && words[i+2] == "to" && actedBefore(words, i)):
			code(i)
		case w == "in" && i+1 < len(words) && unitFamilies[words[i+1]] > 0:
			if unitMismatch(words, i) {
				code(i)
			}
		case cls[i]&clsBelief != 0:
			for j := i + 1; j < len(words) && j <= i+6; j++ {
				if nonProdWords[words[j]] {
					person(i)
					break
				}
			}
		}
	}
}

// actedBefore reports whether a verb a program reads or acts with is
// among the seven words before words[i] ("read the cookie header only up
// to …").
func actedBefore(words []string, i int) bool {
	for j := max(0, i-7); j < i; j++ {
		if readVerbs[words[j]] || missVerbs[words[j]] || codeVerbs[words[j]] {
			return true
		}
	}
	return false
}

// unitMismatch reports whether words[i] ("in") and its unit follow, within
// the twenty-five words before (about a sentence: splitWords keeps no
// stops), another "in" and a different unit of the same family, with a
// verb of reading or comparing a value among them.
func unitMismatch(words []string, i int) bool {
	fam := unitFamilies[words[i+1]]
	var other, verb bool
	for j := max(0, i-25); j < i; j++ {
		if words[j] == "in" && j+1 < i && unitFamilies[words[j+1]] == fam && words[j+1] != words[i+1] {
			other = true
		}
		if codeVerbs[words[j]] {
			verb = true
		}
	}
	return other && verb
}

// withMoreCues returns a pattern's own cues followed by moreCues'.
func withMoreCues(id string, cues []string) []string {
	more := moreCues[id]
	if len(more) == 0 {
		return cues
	}
	return append(append(make([]string, 0, len(cues)+len(more)), cues...), more...)
}

// zhMoreDefects are defect words of logic whose steps ran out of order,
// added to zhDefects: "该版本中…逻辑存在先后顺序问题" tells where the
// defect is, as "缺陷" does.
var zhMoreDefects = []string{"顺序问题", "时序问题", "逻辑存在"}

func init() { zhDefects = append(zhDefects, zhMoreDefects...) }

// versionIn returns the text after a release word's "中，" ("该版本中，…",
// "新版本中, …"): a clause that opens by placing itself in the release
// tells what the release holds.
func versionIn(after string) (string, bool) {
	for _, lead := range []string{"中，", "中,", "中 ,", "里，", "里,"} {
		if rest, ok := strings.CutPrefix(after, lead); ok {
			return rest, true
		}
	}
	return after, false
}

// releaseRefs open a sentence that goes on about a release the sentence
// before named ("3.9 版本于6月30日完成全量升级。该版本中，…逻辑存在先后顺序
// 问题", "Version 7.3 went out on Monday. In that version, …"): what the
// release held is told there, not in the sentence that names it.
var releaseRefs = []string{"该版本", "此版本", "这个版本", "这一版本", "新版本中", "in that version", "in this version",
	"in the new version", "that version ", "this version ", "that release ", "this release ", "the new version "}

// releaseSequel returns, when the sentence of text after end opens with a
// releaseRef, that sentence after a space (to be joined to the cause told
// before it); else "".
func releaseSequel(text string, end int) string {
	rest := strings.TrimLeft(text[end:], " ")
	lower := asciiLower(rest[:min(len(rest), 24)])
	for _, r := range releaseRefs {
		if strings.HasPrefix(lower, r) {
			var next string
			eachSentence(rest, func(start, e int) {
				if next == "" && start == 0 {
					next = strings.TrimSpace(rest[:e])
				}
			})
			return " " + next
		}
	}
	return ""
}
