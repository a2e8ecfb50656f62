package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Causes as cloud RCAs tell them when the thing that went wrong is told
// only by its mechanism, next to a change or a traffic rise that merely
// set it off. A value "entered as /8 rather than /28" was set wrong, as a
// value set "to 40 instead of 400" was. A list, a table of weights or an
// exclusion that "was published" or "pushed" new, or "an update to this
// list" that was, is configuration sent out. A part that "can serve a
// limited number of requests per second" tells its capacity as one that
// can serve 900 does. A routine that "took the map's lock and kept it for
// the entire walk" made every caller wait on its slow work: code holding
// a lock too long. Where instances "fell back to the default" a setting
// went missing from a configuration (默认参数模板, 沿用了默认值). And in
// Chinese, amounts rounded one by one (四舍五入, 取整, 尾差) and a key or a
// string put together without a part (拼接时漏掉了用户 ID) are code
// behaviour, a release before them only where the defect is. Memory that
// code "kept a reference to" or that was "never freed" (内存持续增长) is a
// leak told without the word: a defect's cue, and the memory that ran
// out after it the leak's doing (leakTold). scoreLower
// calls englishEnteredAs, englishListOut, englishCapacityBounded,
// englishLockKept and zhCodeForms15 beside the other forms. A sentence
// that opens by telling what is done from now on ("We now keep the
// sign-up path able to take …, so …", 后续我们将…) is a remedy, whatever
// its markers: causalSpans skips a remedyAside.

func init() {
	for id, cues := range moreCues15 {
		moreCues[id] = append(moreCues[id], cues...)
	}
	// a leak told by its mechanism is a defect's cue too
	moreCues["software-bug"] = append(moreCues["software-bug"], leakMechanisms...)
}

// moreCues15 are cue phrases in the lexicon's notation, by pattern id.
var moreCues15 = map[string][]string{
	// a setting left out of a new configuration, so the default took
	// over ("instances fell back to the upstream default", 迁移使用的是新
	// 规格实例的默认参数模板)
	"config-change": {"fell back … default", "fall back … default", "falls back … default",
		"默认参数模板", "默认参数组", "沿用了默认", "沿用默认值", "回落到默认", "退回到默认值"},
	// a processor told as full ("the primary database is at full CPU",
	// "took the database's CPU to 100%")
	"capacity": {"full cpu", "cpu to 100", "cpu at 100", "cpu reached 100", "cpus to 100"},
	// amounts rounded or cut one by one: code's arithmetic
	"software-bug": {"四舍五入", "向上取整", "向下取整", "取整误差", "舍入误差", "尾差", "精度丢失", "精度损失"},
}

// enteredVerbs put a value into a setting by hand or by file.
var enteredVerbs = map[string]bool{"entered": true, "typed": true, "keyed": true, "written": true, "specified": true,
	"configured": true, "recorded": true, "saved": true, "filled": true, "input": true}

// englishEnteredAs calls hit with the place of each value told as set
// wrong: an enteredVerb, then "as", then within four words "rather than"
// or "instead of", and a number (a word opening with a digit) both
// between and within the two words after ("the prefix length was entered
// as /8 rather than /28", "the limit was written as 200m instead of 2").
// No codeWord among the six words before: a value the code wrote is its
// own behaviour.
func englishEnteredAs(words []string, cls []wordClass, hit func(at int)) {
	for i := range words {
		if cls[i]&clsEntered == 0 || i+4 >= len(words) || words[i+1] != "as" {
			continue
		}
		code := false
		for j := max(0, i-6); j < i; j++ {
			code = code || codeWords[words[j]]
		}
		if code {
			continue
		}
		num := false
		for k := i + 2; k < len(words) && k <= i+6; k++ {
			if isNumber(words[k]) {
				num = true
				continue
			}
			if (words[k] == "rather" && k+1 < len(words) && words[k+1] == "than" || words[k] == "instead" && k+1 < len(words) && words[k+1] == "of") && num {
				if k+2 < len(words) && isNumber(words[k+2]) || k+3 < len(words) && isNumber(words[k+3]) {
					hit(i)
				}
				break
			}
		}
	}
}

// listNouns are the sets of entries a fleet is sent as data: lists,
// tables, maps, files of weights or exclusions. tableDataWords make a
// table the database's.
var (
	listNouns = map[string]bool{"list": true, "lists": true, "table": true, "tables": true, "file": true, "files": true,
		"map": true, "mapping": true, "mappings": true, "exclusion": true, "exclusions": true, "weights": true}
	tableDataWords = map[string]bool{"database": true, "schema": true, "column": true, "columns": true, "row": true,
		"rows": true, "index": true, "sql": true, "migration": true, "partition": true}
)

// englishListOut calls hit with the place of each set of entries sent
// out: a listNoun or a configNoun with "was" or "were" and a
// publishVerb within the three words after it, and before it either a
// newWord among the three words or "update to" ("a new weights table was
// pushed to the routers", "a new platform exclusion was published", "an
// update to this list was published"). A table with a tableDataWord
// within eight words is the database's.
func englishListOut(words []string, cls []wordClass, hit func(at int)) {
	for i, w := range words {
		if cls[i]&clsListNoun == 0 {
			continue
		}
		fresh := false
		for j := max(0, i-3); j < i; j++ {
			fresh = fresh || newWords[words[j]] && !(j > 0 && words[j-1] == "the" && words[j] == "updated")
		}
		for j := max(0, i-5); j+1 < i; j++ {
			fresh = fresh || words[j] == "update" && words[j+1] == "to"
		}
		if !fresh {
			continue
		}
		if w == "table" || w == "tables" {
			data := false
			for k := max(0, i-8); k < len(words) && k <= i+8; k++ {
				data = data || tableDataWords[words[k]]
			}
			if data {
				continue
			}
		}
		for j := i + 1; j+1 < len(words) && j <= i+3; j++ {
			if (words[j] == "was" || words[j] == "were") && publishVerbs[words[j+1]] {
				hit(i)
				break
			}
		}
	}
}

// boundedWords tell an amount only as bounded: "a limited number", "a
// fixed number", "a finite amount".
var boundedWords = map[string]bool{"limited": true, "fixed": true, "finite": true, "set": true, "bounded": true}

// englishCapacityBounded calls hit with the place of each capacity told
// as bounded, not counted: "can" or "could" (hedges between) and a
// capacityVerb, or a capacityVerbS, then "a" (or "only a"), a
// boundedWord and "number" or "amount", with a rateWord within eight
// words after ("each partition can serve a limited number of requests per
// second"). No person among the six words before.
func englishCapacityBounded(words []string, cls []wordClass, hit func(at int)) {
	for i, w := range words {
		v := -1
		switch {
		case w == "can" || w == "could":
			v = capacityVerbAfter(words, i)
		case cls[i]&clsCapacityS != 0:
			v = i
		}
		if v < 0 || personBefore(words, i, 6) {
			continue
		}
		k := v + 1
		if k < len(words) && words[k] == "only" {
			k++
		}
		if k+2 >= len(words) || words[k] != "a" || !boundedWords[words[k+1]] || words[k+2] != "number" && words[k+2] != "amount" {
			continue
		}
		for r := k + 3; r < len(words) && r <= k+10; r++ {
			if rateWords[words[r]] {
				hit(i)
				break
			}
		}
	}
}

// lockTakeVerbs take a lock.
var lockTakeVerbs = map[string]bool{"took": true, "takes": true, "take": true, "taking": true, "acquired": true,
	"acquires": true, "acquire": true, "acquiring": true, "grabbed": true, "grabs": true, "obtained": true, "obtains": true}

// englishLockKept calls hit with the place of each lock told as taken
// and kept over slow work: a lockTakeVerb with a lockNoun within six
// words after it, then within ten words after the lock "kept it" or
// "held it" with a lockSpan within four words after, or "released it
// only" ("took the map's single write lock and kept it for the entire
// walk", "took the tenant's cache lock before calling the key service and
// released it only when …"). No person among the eight words before, no
// dataLockWord near: a table locked by a migration is the database's.
func englishLockKept(words []string, cls []wordClass, hit func(at int)) {
	for i := range words {
		if cls[i]&clsLockTake == 0 || personBefore(words, i, 8) {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+6; j++ {
			if !lockNouns[words[j]] {
				continue
			}
			if dataLockNear(words, i, j) {
				break
			}
			for k := j + 1; k+1 < len(words) && k <= j+10; k++ {
				it := words[k+1] == "it"
				switch {
				case (words[k] == "kept" || words[k] == "held") && it:
					for s := k + 2; s < len(words) && s <= k+5; s++ {
						if lockSpans[words[s]] {
							hit(i)
							return
						}
					}
				case words[k] == "released" && it && k+2 < len(words) && words[k+2] == "only":
					hit(i)
					return
				}
			}
			break
		}
	}
}

// zhAssembleWords put a key, a string or a value together in code;
// zhOmitWords leave a part out.
var (
	zhAssembleWords = []string{"拼接", "拼装", "组装", "生成", "计算", "构造", "序列化", "组成"}
	zhOmitWords     = []string{"漏掉", "遗漏", "漏了", "丢掉了", "少拼"}
)

// zhRoundWords round amounts one by one: code's arithmetic.
var zhRoundWords = []string{"四舍五入", "向上取整", "向下取整", "取整误差", "舍入误差", "尾差"}

// zhCodeForms15 returns where Chinese code behaviour is told as a thing
// put together without a part, a zhOmitWord with a zhAssembleWord at most
// twelve characters before it in its clause (缓存键…拼接时漏掉了用户 ID),
// or as amounts rounded one by one (zhRoundWords).
func zhCodeForms15(lower string) []int {
	// most texts hold none of the words: one read of the text tells,
	// not one search for each word
	if !zhForms15Keys.in(lower) {
		return nil
	}
	return zhCodeForms15Scan(lower)
}

// zhCodeForms15Scan is zhCodeForms15 without its gate: each word searched for in
// turn (the gate's answer is the same, sooner, when none is there).
func zhCodeForms15Scan(lower string) []int {
	var at []int
	for _, r := range zhRoundWords {
		eachIndex(lower, r, func(i int) { at = append(at, i) })
	}
	for _, o := range zhOmitWords {
		eachIndex(lower, o, func(i int) {
			before := clauseBefore(lower[:i], 12)
			if containsAny(before, zhAssembleWords) && !zhPersonBefore(lower, i) {
				at = append(at, i)
			}
		})
	}
	return at
}

// zhForms15Keys are the words zhCodeForms15 looks for.
var zhForms15Keys = newKeySet(slices.Concat(zhRoundWords, zhOmitWords))

// zhReleaseSequelEnd returns where the code behaviour that tells what a
// Chinese release cue ending at end brought may stop: the rest of its
// sentence, at most ninety characters, and the sentence after it, at most
// sixty ("月结任务随 6.2 版本上线了新的日期计算方式。代码里没有考虑 12 月的
// 情况": the release is where the defect is).
func zhReleaseSequelEnd(lower string, end int) int {
	to := end + len(sentenceAfter(lower[end:], 90))
	if r, size := utf8.DecodeRuneInString(lower[to:]); size > 0 && strings.ContainsRune("。；;！？!?\n", r) {
		to += size
		to += len(sentenceAfter(lower[to:], 60))
	}
	return to
}

// remedyLeads open a sentence that tells what is done from now on.
var remedyLeads = []string{"we now ", "we will ", "we'll ", "we are now ", "going forward", "moving forward",
	"in future", "in the future", "from now on", "to prevent ", "to avoid ", "我们将", "后续将", "后续我们将", "今后"}

// remedyAside reports whether a sentence opens with a remedyLead.
func remedyAside(sent string) bool {
	return remedyAsideLower(asciiLower(sent))
}

// remedyAsideLower is remedyAside of the sentence asciiLower lowered.
func remedyAsideLower(l string) bool {
	l = strings.TrimSpace(l)
	for _, r := range remedyLeads {
		if strings.HasPrefix(l, r) {
			return true
		}
	}
	return false
}

// leakMechanisms tell memory kept by code without the word "leak": where
// one is told, memory that ran out is the leak's doing, not a want of
// capacity ("the metric's labels kept a reference to the old connection,
// so its buffer was never freed … the container reached its memory
// limit").
var leakMechanisms = []string{"kept a reference", "kept references", "keeps a reference", "held a reference", "held references",
	"holds a reference", "never freed", "never be freed", "were not freed", "was not freed",
	"内存持续增长", "内存不断增长", "内存一直增长", "内存持续上涨", "始终没有被释放", "一直没有被释放"}

// leakTold reports whether lowered text tells a leak by its mechanism.
func leakTold(lower string) bool { return containsAny(lower, leakMechanisms) }
