package extract

import "strings"

// Causes as cloud RCAs tell them when the thing that went wrong is told
// only by its mechanism. A part that "can work through about 1,200 events
// a second" or "can hand about 250,000 notifications a second to the
// platforms" tells its capacity as one that can serve 900 does
// (capacityVerbs, englishCapacityThrough). A list or a setting that was
// renamed ("renaming the list left the route map pointing at a name that
// no longer existed", 规则名称被重命名) is configuration changed
// (englishRenamed, zhRenamed). Memory that "grew by roughly 2 GB a day"
// is a leak told by its rate, a defect's cue, and the memory that ran out
// after it the leak's doing (memoryGrowthTold, beside leakTold). A counter
// that "starts again from one when the producer starts" is code
// behaviour. And in Chinese a condition written wrong in code (最后一页的
// 判断写成了…, 比较条件写反了) is code behaviour, a release before it only
// where the defect is (zhCodeForms16). scoreLower calls
// englishCapacityThrough, englishRenamed, memoryGrowthEN, zhRenamed and
// zhCodeForms16 beside the other forms.

func init() {
	for _, v := range []string{"hand", "answer", "ingest", "write", "forward", "convert", "index", "push", "send", "resize"} {
		capacityVerbs[v] = true
	}
	for _, v := range []string{"hands", "answers", "ingests", "writes", "forwards", "converts", "indexes", "pushes", "sends", "resizes"} {
		capacityVerbsS[v] = true
	}
	for id, cues := range moreCues16 {
		moreCues[id] = append(moreCues[id], cues...)
	}
	moreCues["software-bug"] = append(moreCues["software-bug"], memoryGrowthZH...)
}

// moreCues16 are cue phrases in the lexicon's notation, by pattern id.
var moreCues16 = map[string][]string{
	// a counter or a sequence that starts over when its process does
	// ("the counter starts again from one when the producer starts",
	// 序号在进程重启后重新从 1 开始)
	"software-bug": {"starts again from one", "starts again from zero", "started again from one", "started again from zero",
		"start again from one", "start again from zero", "restarts from zero", "restarted from zero", "restarts from one",
		"restarted from one", "重新从 0 开始", "重新从 1 开始", "重新从0开始", "重新从1开始", "从零开始重新计数", "从头开始计数"},
}

// englishCapacityThrough calls hit with the place of each capacity told
// with "work through" or "get through": "can" or "could" (hedges
// between), or "works"/"gets", then "through", a number within four
// words (hedges between) and a rateWord within eight words after it ("a
// consumer can work through about 1,200 events a second"). No person
// among the six words before.
func englishCapacityThrough(words []string, hit func(at int)) {
	for i := 1; i < len(words); i++ {
		if words[i] != "through" {
			continue
		}
		v := words[i-1]
		ok := v == "works" || v == "gets"
		if v == "work" || v == "get" {
			for j := i - 2; j >= 0 && j >= i-4; j-- {
				if words[j] == "can" || words[j] == "could" {
					ok = true
					break
				}
				if !capacityHedges[words[j]] {
					break
				}
			}
		}
		if !ok || personBefore(words, i-1, 6) {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+4; j++ {
			if !isNumber(words[j]) {
				if capacityHedges[words[j]] {
					continue
				}
				break
			}
			for k := j + 1; k < len(words) && k <= j+8; k++ {
				if rateWords[words[k]] {
					hit(i)
					break
				}
			}
			break
		}
	}
}

// renamedThings are what a change renames as configuration: lists,
// tables, maps, policies, rules, settings (listNouns and configNouns),
// and the names of routing objects.
var renamedThings = map[string]bool{"group": true, "groups": true, "map": true, "maps": true, "route": true,
	"prefix": true, "profile": true, "profiles": true, "template": true, "templates": true, "bucket": true, "queue": true}

// englishRenamed calls hit with the place of each list or setting told as
// renamed: a word opening with "renam" with a listNoun (a table is the
// database's), a configNoun or a
// renamedThing within the four words after it ("renaming the prefix
// list", "renamed the address group"), or one of them within the four
// words before ("the setting was renamed"). No codeWord within the six
// words either side, no tableDataWord within eight: a function or a field
// renamed in code is the code's, a table renamed in a migration the
// database's.
func englishRenamed(words []string, cls []wordClass, hit func(at int)) {
	for i, w := range words {
		if len(w) < 6 || w[0] != 'r' || !strings.HasPrefix(w, "renam") {
			continue
		}
		thing := false
		for j := max(0, i-4); j < len(words) && j <= i+4 && !thing; j++ {
			thing = j != i && (cls[j]&clsListNoun != 0 && words[j] != "table" && words[j] != "tables" || configNouns[words[j]] || renamedThings[words[j]])
		}
		if !thing {
			continue
		}
		code := false
		for j := max(0, i-6); j < len(words) && j <= i+6; j++ {
			code = code || codeWords[words[j]]
		}
		for j := max(0, i-8); j < len(words) && j <= i+8 && !code; j++ {
			code = tableDataWords[words[j]]
		}
		if !code {
			hit(i)
		}
	}
}

// memoryWords name memory; a text holding none (clsMemory) tells no
// memory growth.
var memoryWords = map[string]bool{"memory": true, "heap": true, "rss": true}

// memoryGrowthVerbs and memoryGrowthRates tell memory that grew at a rate:
// "memory grew by roughly 2 GB a day", "its heap rose about 300 MB an
// hour".
var (
	memoryGrowthVerbs = []string{" grew ", " grows ", " growing ", " rose ", " rising ", " climbed ", " increased ", " went up "}
	memoryGrowthRates = []string{" a day", " per day", " each day", " every day", " an hour", " per hour", " each hour",
		" every hour", " a week", " per week", " each week", " a minute", " per minute"}
	// memoryGrowthZH are the same told in Chinese: 内存每天增长约 2 GB
	memoryGrowthZH = []string{"内存每天增长", "内存每小时增长", "内存每天增加", "内存每小时增加", "内存每天上涨", "内存每天上升",
		"内存占用每天增长", "内存占用每小时增长"}
)

// memoryGrowthTold reports whether lowered text tells memory that grew
// at a rate, in English (memoryGrowthEN) or in Chinese (a
// memoryGrowthZH).
func memoryGrowthTold(lower string) bool {
	return memoryGrowthEN(lower) || !isASCII(lower) && containsAny(lower, memoryGrowthZH)
}

// memoryGrowthEN reports whether lowered text tells memory that grew at a
// rate: the word "memory", "heap" or "rss" (not "cheap"), then within
// eighty bytes a
// memoryGrowthVerb, a digit and a memoryGrowthRate.
func memoryGrowthEN(lower string) bool {
	for _, m := range []string{"memory", "heap", "rss"} {
		for at := 0; ; {
			i := strings.Index(lower[at:], m)
			if i < 0 {
				break
			}
			i += at
			seg := lower[i:min(len(lower), i+80)]
			if (i == 0 || !lowerWordByte(lower[i-1])) && containsAny(seg, memoryGrowthVerbs) && strings.ContainsAny(seg, "0123456789") && containsAny(seg, memoryGrowthRates) {
				return true
			}
			at = i + len(m)
		}
	}
	return false
}

// zhRenameWords rename; zhRenamedThings are what a change renames as
// configuration.
var (
	zhRenameWords   = []string{"重命名", "改名", "更名"}
	zhRenamedThings = []string{"配置", "规则", "列表", "参数", "策略", "名单", "前缀", "模板", "路由"}
)

// zhCondWords are a condition or a check in code; zhWrittenWrong write it
// wrong.
var (
	zhCondWords    = []string{"判断", "条件", "比较", "校验", "逻辑", "表达式", "正则"}
	zhWrittenWrong = []string{"写成", "写反", "写错"}
)

// zhRenamed returns where a Chinese rename of configuration is told: a
// zhRenameWord with a zhRenamedThing in its clause, at most twelve
// characters before or after it (将前缀列表重命名为…, 路由策略改名后…).
func zhRenamed(lower string) []int {
	var at []int
	for _, w := range zhRenameWords {
		eachIndex(lower, w, func(i int) {
			around := clauseBefore(lower[:i], 12) + clauseAfter(lower[i+len(w):], 12)
			if containsAny(around, zhRenamedThings) && !strings.Contains(around, "代码") {
				at = append(at, i)
			}
		})
	}
	return at
}

// zhCodeForms16 returns where Chinese code behaviour is told as a
// condition written wrong: a zhWrittenWrong with a zhCondWord at most
// twelve characters before it in its clause (最后一页的判断写成了“本页条数
// 小于 100 …”, 比较条件写反了). No person before it: a person who wrote a
// value wrong set it.
func zhCodeForms16(lower string) []int {
	var at []int
	for _, w := range zhWrittenWrong {
		eachIndex(lower, w, func(i int) {
			if containsAny(clauseBefore(lower[:i], 12), zhCondWords) && !zhPersonBefore(lower, i) {
				at = append(at, i)
			}
		})
	}
	return at
}

// memoryNamed reports whether memory is named within two words of
// words[i:end] (the limit, the ceiling or the reach of memory: "reached
// their memory ceiling", "the ceiling of its memory").
func memoryNamed(words []string, i, end int) bool {
	for j := max(0, i-2); j < len(words) && j < end+2; j++ {
		if words[j] == "memory" || words[j] == "heap" {
			return true
		}
	}
	return false
}
