package extract

import (
	"strings"
	"unicode/utf8"
)

// Code behaviour told without the word "bug": what a program did wrong,
// read from the form of the sentence. A program that acts "without
// checking" or "before saving", that "never released" or "did not reload"
// what it should have, that reads a thing "only once", or whose counter of
// a fixed width passed its largest value, has a defect, whatever the
// component is called and wherever it ran. A person named as the one who
// acted makes it none of these: "we restarted it without checking" is an
// operator's act.

// checkGerunds are what a program should have done first: "without
// checking whether", "without verifying that".
var checkGerunds = map[string]bool{"checking": true, "verifying": true, "validating": true, "confirming": true,
	"testing": true, "ensuring": true, "rechecking": true, "revalidating": true, "comparing": true}

// persistGerunds are what a program should have done before its act:
// "released the lock before saving", "acknowledged each batch before
// writing its offset".
var persistGerunds = map[string]bool{"saving": true, "writing": true, "persisting": true, "flushing": true,
	"committing": true, "recording": true, "marking": true, "storing": true, "syncing": true, "checking": true,
	"verifying": true, "confirming": true, "updating": true}

// missVerbs are what a program failed to do: negated ("never released",
// "did not reload", "failed to invalidate"), the act left undone is a
// defect of the program.
var missVerbs = map[string]bool{}

func init() {
	for _, v := range strings.Fields(`remove removed release released load loaded reload reloaded copy copied
	refresh refreshed reread reresolve reresolved refetch refetched cleaned freed closed cleared
	reset invalidate invalidated evict evicted check checked verify verified validate validated renew renewed flush flushed
	persist persisted save saved write wrote written account accounted expire expired decrement decremented
	unlock unlocked reconnect reconnected retry retried reacquire reacquired`) {
		missVerbs[v] = true
	}
}

// readVerbs read a thing a program needs; "only once" after one of them
// says it never read it again.
var readVerbs = map[string]bool{"read": true, "reads": true, "load": true, "loads": true, "loaded": true,
	"fetch": true, "fetches": true, "fetched": true, "resolve": true, "resolves": true, "resolved": true,
	"query": true, "queries": true, "queried": true, "evaluate": true, "evaluates": true, "evaluated": true,
	"compute": true, "computes": true, "computed": true, "cache": true, "caches": true, "cached": true,
	"check": true, "checks": true, "checked": true, "look": true, "looks": true, "looked": true}

// widthNouns are the things of a fixed width ("a signed 32-bit integer",
// "a 16-bit counter"); limitWords say such a value went past its end.
var (
	widthNouns = map[string]bool{"integer": true, "integers": true, "int": true, "value": true, "field": true,
		"counter": true, "number": true, "variable": true, "identifier": true, "id": true, "timestamp": true,
		"signed": true, "unsigned": true}
	limitWords = map[string]bool{"wrapped": true, "wrap": true, "wraps": true, "wrapping": true, "overflowed": true,
		"overflow": true, "overflows": true, "passed": true, "exceeded": true, "past": true, "largest": true,
		"maximum": true, "max": true, "limit": true, "negative": true}
	intTypes = map[string]bool{"int8": true, "int16": true, "int32": true, "int64": true, "uint8": true,
		"uint16": true, "uint32": true, "uint64": true}
)

// personBefore reports whether a person is named among the n words
// before words[i].
func personBefore(words []string, i, n int) bool {
	for j := max(0, i-n); j < i; j++ {
		if actorWords[words[j]] {
			return true
		}
	}
	return false
}

// englishCodeMiss calls hit with the place of each form of code behaviour
// told without a defect word:
//   - "without checking/verifying …" and "before saving/writing …", no
//     person among the eight words before;
//   - "never", "did not", "failed to" or "not" before a missVerb ("never
//     released", "did not reload"), no person among the five words before;
//   - "only once" after a readVerb, or "only at/when … start" ("reads its
//     list only once", "only at start-up");
//   - a value of a fixed width ("a signed 32-bit value", "an int32") and,
//     in the twenty words after, a word of passing its end ("wrapped",
//     "passed its largest value"); "wrapped to zero/around" alone;
//   - "but went on / kept / continued" doing a thing ("gave up the lease
//     but went on accepting writes").
func englishCodeMiss(words []string, cls []wordClass, hit func(at int)) {
	for i, w := range words {
		switch {
		case (w == "without" || w == "before") && i+1 < len(words):
			next := words[i+1]
			if w == "without" && checkGerunds[next] || w == "before" && persistGerunds[next] && i > 0 && !checkGerunds[words[i-1]] {
				if !personBefore(words, i, 8) {
					hit(i)
				}
			}
		case w == "never" || w == "not" || w == "failed" && i+1 < len(words) && words[i+1] == "to":
			k := i + 1
			if w == "failed" {
				k++
			}
			for k < len(words) && k <= i+3 && (words[k] == "to" || words[k] == "be" || words[k] == "been" || words[k] == "properly" || words[k] == "correctly" || words[k] == "first") {
				k++
			}
			if k < len(words) && missVerbs[words[k]] && !personBefore(words, i, 5) && !userFacingLoad(words, i, k) {
				hit(i)
			}
		case w == "only" && i+1 < len(words):
			once := words[i+1] == "once"
			if !once && i+2 < len(words) && (words[i+1] == "at" || words[i+1] == "on" || words[i+1] == "when") {
				for j := i + 2; j < len(words) && j <= i+4; j++ {
					s := words[j]
					if strings.HasPrefix(s, "start") || s == "boot" || s == "launch" || s == "init" || s == "initialization" {
						once = true
					}
				}
			}
			if !once {
				continue
			}
			for j := max(0, i-7); j < i; j++ {
				if readVerbs[words[j]] {
					hit(i)
					break
				}
			}
		case w == "bit" && i > 0 && isNumber(words[i-1]) || cls[i]&clsIntType != 0:
			typed := cls[i]&clsIntType != 0
			for j := i + 1; j < len(words) && j <= i+2 && !typed; j++ {
				typed = widthNouns[words[j]]
			}
			if !typed {
				continue
			}
			for j := i + 1; j < len(words) && j <= i+20; j++ {
				if limitWords[words[j]] {
					hit(i)
					break
				}
			}
		case (w == "wrapped" || w == "rolled") && i+1 < len(words):
			if words[i+1] == "around" && w == "wrapped" || i+2 < len(words) && words[i+1] == "to" && (words[i+2] == "zero" || words[i+2] == "0" || words[i+2] == "negative") ||
				w == "rolled" && i+3 < len(words) && words[i+1] == "over" && words[i+2] == "to" && (words[i+3] == "zero" || words[i+3] == "0" || words[i+3] == "negative") {
				hit(i)
			}
		case w == "but" && i+2 < len(words):
			k := i + 1
			if words[k] == "still" {
				k++
			}
			if k+1 < len(words) && (words[k] == "went" && words[k+1] == "on" || words[k] == "kept" || words[k] == "continued") && !personBefore(words, i, 8) {
				hit(i)
			}
		}
	}
}

// The Chinese forms: 没有/未 before an act a program should have done
// (没有重新获取, 未校验, 没有释放), 只/仅 … 一次 (只在启动时读取一次), a
// value of a fixed width that passed its end (16位无符号整数 … 超过65535后
// 回绕为0), no person named before them in their sentence.
var (
	zhMissActs    = []string{"重新", "校验", "检查", "释放", "清理", "刷新", "加载", "写入", "保存", "回收", "关闭", "验证", "同步", "判断", "清除", "更新缓存", "持久化", "落盘", "续约", "续期"}
	zhMissFillers = []string{"先", "及时", "正确", "再", "主动", "自动"}
	zhPersons     = []string{"人员", "工程师", "运维", "值班", "我们", "同学", "管理员", "同事", "员工"}
	zhWidths      = []string{"位整数", "位整型", "位无符号", "位有符号", "位计数", "位的整数", "位字段"}
	zhPassed      = []string{"超过", "溢出", "回绕", "最大值", "上限", "变成负数", "变为负数"}
)

// zhCodeMisses returns where in lower, in order, a form of code behaviour
// starts (zhCodeMissAt). Only 没 未 只 仅 位 回 open one, whose UTF-8 forms
// lead with a byte from 0xE4 to 0xE6: only there is a rune read, not at
// every rune of a Chinese text.
func zhCodeMisses(lower string) []int {
	var at []int
	for i := 0; i < len(lower); i++ {
		if c := lower[i]; c < 0xE4 || c > 0xE6 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(lower[i:]); zhCodeMissAt(lower, i, r) {
			at = append(at, i)
		}
	}
	return at
}

// zhCodeMissAt reports whether a code-behaviour form starts at lower[i]
// (r is the character there).
func zhCodeMissAt(lower string, i int, r rune) bool {
	switch r {
	case '没', '未':
		rest := lower[i:]
		switch {
		case strings.HasPrefix(rest, "没有"):
			rest = rest[len("没有"):]
		case r == '未':
			rest = rest[len("未"):]
		default:
			return false
		}
		for _, f := range zhMissFillers {
			rest = strings.TrimPrefix(rest, f)
		}
		for _, a := range zhMissActs {
			if strings.HasPrefix(rest, a) {
				return !zhPersonBefore(lower, i)
			}
		}
	case '只', '仅':
		after := clauseAfter(lower[i:], 16)
		if strings.Contains(after, "一次") || strings.Contains(after, "启动时") {
			return !zhPersonBefore(lower, i)
		}
	case '位':
		for _, w := range zhWidths {
			if strings.HasPrefix(lower[i:], w) {
				sent := sentenceAfter(lower[i:], 40)
				for _, p := range zhPassed {
					if strings.Contains(sent, p) {
						return true
					}
				}
			}
		}
	case '回':
		return strings.HasPrefix(lower[i:], "回绕")
	}
	return false
}

// zhPersonBefore reports whether a person is named in the sentence before
// lower[i], at most 30 characters back.
func zhPersonBefore(lower string, i int) bool {
	from := zhSentenceStart(lower, i)
	for _, p := range zhPersons {
		if strings.Contains(lower[from:i], p) {
			return true
		}
	}
	return false
}

// sentenceAfter returns the start of s up to the end of its sentence, at
// most n characters.
func sentenceAfter(s string, n int) string {
	k := 0
	for i, r := range s {
		if k >= n || strings.ContainsRune("。；;！？!?\n", r) {
			return s[:i]
		}
		k++
	}
	return s
}

// A clause that says a component worked ("the storage nodes themselves
// were healthy", "the network between our regions was working normally",
// "数据库实例本身运行正常", "网络设备本身没有故障") names the place of the
// failure, not what failed: its cues count for nothing. A clause that says
// the component only looked healthy ("the checks reported it healthy",
// "监控显示正常") is a failure of detection and keeps its cues.
var (
	healthyEN = []string{"were healthy", "was healthy", "remained healthy", "stayed healthy", "were all healthy",
		"working normally", "operating normally", "functioning normally", "running normally", "worked normally",
		"operated normally", "worked as expected", "working as expected", "behaved as expected", "performed as expected",
		"were unaffected", "was unaffected", "were not affected", "was not affected", "were not impacted",
		"was not impacted", "was not the cause", "were not the cause", "was fine", "were fine", "were correct throughout",
		"was correct throughout", "correct throughout", "healthy throughout"}
	healthyZH = []string{"运行正常", "工作正常", "本身正常", "均正常", "没有故障", "没有发生故障", "未发生故障", "无故障",
		"未受影响", "没有受到影响", "不受影响", "未受到影响", "按预期完成", "按预期工作", "按预期运行"}
	// healthyKeysEN and healthyKeysZH: each phrase of healthyEN, and of
	// healthyZH, holds one of them (TestHealthyKeys checks)
	healthyKeysEN = []string{"health", "normally", "expected", "affected", "impacted", "the cause", "fine", "correct"}
	healthyKeysZH = []string{"正常", "故障", "影响", "预期"}
	// seemingWords make a healthy clause a report of health, not health
	seemingWords = []string{"report", "show", "appear", "seem", "look", "thought", "believ", "consider", "mark",
		"显示", "误报", "以为", "看起来", "误认为", "判断为", "认为"}
	healthyStops = []string{" but ", " while ", " whereas ", " although ", " though "}
)

// maskHealthy returns lower with each clause that says a component worked
// blanked out (same length, so that nothing else moves).
func maskHealthy(lower string) string {
	var b []byte
	var ends []int // by phrase (healthyGroup.first on): where its last occurrence found ends
	// One pass over lower finds where the keys are; every phrase holds
	// its group's key, so each occurrence of a phrase is found at the
	// occurrence of the key it holds, in order, as strings.Index finds
	// them one after another (an occurrence overlapping the one before
	// is not one). Each clause is found in lower, not b, so the order
	// of the phrases does not matter.
	for i := 0; i+1 < len(lower); i++ {
		if !healthyFirst[lower[i]] {
			continue // no key starts with this byte: most bytes, passed by with one look
		}
		if pair := uint16(lower[i])<<8 | uint16(lower[i+1]); healthyPairs[pair>>6]&(1<<(pair&63)) == 0 {
			continue
		}
		for _, gi := range healthyByFirst[lower[i]] {
			g := &healthyGroups[gi]
			if !strings.HasPrefix(lower[i:], g.key) {
				continue
			}
			for pi, p := range g.phrases {
				at := i - g.offsets[pi]
				if at < 0 || !strings.HasPrefix(lower[at:], p) {
					continue
				}
				if ends == nil {
					ends = make([]int, numHealthyPhrases)
				}
				if at < ends[g.first+pi] {
					continue
				}
				ends[g.first+pi] = at + len(p)
				start, end := healthyClause(lower, at, at+len(p))
				clause := lower[start:end]
				seeming := false
				for _, s := range seemingWords {
					seeming = seeming || strings.Contains(clause, s)
				}
				if seeming {
					continue
				}
				if b == nil {
					b = []byte(lower)
				}
				for j := start; j < end; j++ {
					b[j] = ' '
				}
			}
		}
	}
	if b == nil {
		return lower
	}
	return string(b)
}

// healthyGroup holds the phrases that hold key (and no key listed
// before it), where key stands in each (its first occurrence), and the
// number of the first among all groups' phrases.
type healthyGroup struct {
	key     string
	phrases []string
	offsets []int
	first   int
}

// healthyGroups are healthyEN and healthyZH grouped by their keys;
// healthyByFirst the groups by the first byte of their key (healthyFirst:
// whether there are any), and healthyPairs a set of the first two bytes
// of each key (bit b1<<8|b2 of the bits, 64 to a word).
var (
	healthyGroups     []healthyGroup
	healthyByFirst    [256][]int
	healthyFirst      [256]bool
	healthyPairs      [1 << 16 / 64]uint64
	numHealthyPhrases int
)

func init() {
	for _, set := range []struct{ phrases, keys []string }{{healthyEN, healthyKeysEN}, {healthyZH, healthyKeysZH}} {
		for i, k := range set.keys {
			if len(k) < 2 {
				panic("extract: a key of healthy phrases of less than two bytes: " + k)
			}
			g := healthyGroup{key: k, first: numHealthyPhrases}
			for _, p := range set.phrases {
				if strings.Contains(p, k) && !containsAny(p, set.keys[:i]) {
					g.phrases = append(g.phrases, p)
					g.offsets = append(g.offsets, strings.Index(p, k))
				}
			}
			numHealthyPhrases += len(g.phrases)
			healthyByFirst[k[0]] = append(healthyByFirst[k[0]], len(healthyGroups))
			healthyFirst[k[0]] = true
			pair := uint16(k[0])<<8 | uint16(k[1])
			healthyPairs[pair>>6] |= 1 << (pair & 63)
			healthyGroups = append(healthyGroups, g)
		}
	}
}

// healthyClause returns the clause around lower[i:end]: back to the last
// clause mark or joining word before it, on to the first after it.
func healthyClause(lower string, i, end int) (int, int) {
	start := 0
	if k := strings.LastIndexAny(lower[:i], ".;,:\n，。；：！？"); k >= 0 {
		_, size := utf8.DecodeRuneInString(lower[k:])
		start = k + size
	}
	for _, w := range healthyStops {
		if k := strings.LastIndex(lower[start:i], w); k >= 0 {
			start += k + len(w)
		}
	}
	stop := len(lower)
	if k := indexAnyRune(lower[end:], ".;,:\n，。；：！？"); k >= 0 {
		stop = end + k
	}
	return start, stop
}

// formSentences returns the sentences of text in which a form of a
// trigger is told (a setting or a configuration changed, code behaviour
// told in words): where a write-up states no cause with a marker ("due
// to", "原因是"), the sentence that says what was changed or what the code
// did is the nearest thing to one.
func formSentences(text string) []string {
	var out []string
	eachSentence(text, func(start, end int) {
		sent := strings.TrimSpace(text[start:end])
		if sent != "" && triggerForm(asciiLower(sent)) {
			out = append(out, sent)
		}
	})
	return out
}

// triggerForm reports whether a form of a trigger is told in lower.
func triggerForm(lower string) bool {
	found := false
	set := func() { found = true }
	words := splitWords(lower)
	cls := classify(words)
	englishSettingChange(words, cls, set)
	englishChangeTo(words, cls, set)
	englishActorChange(words, cls, set)
	englishConfigForms(words, cls, func(float64) { set() })
	englishCodeMiss(words, cls, func(int) { set() })
	englishCodeWronglyAt(words, cls, func(int) { set() })
	if found {
		return true
	}
	for i, r := range lower {
		if r < 0x2e80 {
			continue
		}
		if zhCodeMissAt(lower, i, r) || zhConfigFirst[r] && zhConfigFormAt(lower, i, r) || r == '对' && zhChangeTo(lower, i) {
			return true
		}
		for _, v := range zhSetVerbs[r] {
			if strings.HasPrefix(lower[i:], v) && zhSettingChange(lower, i, i+len(v)) {
				return true
			}
		}
	}
	return false
}
