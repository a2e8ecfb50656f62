package extract

import (
	"strings"
	"unicode/utf8"
)

// Pattern forms: what a sentence says was done, read from its form where
// no fixed phrase of the lexicon says it. A setting changed in plain words
// ("the timeout was changed from 300 seconds to 3 seconds", "lowered the
// limit to 200", "set to 0", "从 72 小时调整为 1 小时", "由“/health”改成了
// “/healthz”") is a configuration change, whatever the setting is of.

// formWeight is what a setting change counts, as a cue that names its
// pattern outright.
const formWeight = 2

// setVerb says how an English verb changes a setting.
type setVerb uint8

const (
	verbSets     setVerb = 1 + iota // "set", "changed", "lowered": to a value
	verbFromOnly                    // "updated": only "from X to Y" (else a new version)
	verbWeak                        // "increased", "reduced": only of a setting (else traffic, capacity)
)

var setVerbs = map[string]setVerb{
	"set": verbSets, "changed": verbSets, "changing": verbSets, "lowered": verbSets, "lowering": verbSets,
	"raised": verbSets, "raising": verbSets, "adjusted": verbSets, "adjusting": verbSets, "modified": verbSets,
	"altered": verbSets, "tuned": verbSets, "edited": verbSets, "reconfigured": verbSets, "bumped": verbSets,
	"updated": verbFromOnly, "updating": verbFromOnly,
	"increased": verbWeak, "increasing": verbWeak, "decreased": verbWeak, "decreasing": verbWeak,
	"reduced": verbWeak, "reducing": verbWeak, "cut": verbWeak, "shortened": verbWeak, "lengthened": verbWeak,
	"doubled": verbWeak, "halved": verbWeak,
}

// settingNouns are the words that name a setting: a weak verb changes a
// setting only with one of them close by ("reduced the timeout to 5
// seconds", not "traffic increased to 3 times").
var settingNouns = map[string]bool{
	"timeout": true, "timeouts": true, "limit": true, "limits": true, "threshold": true, "thresholds": true,
	"value": true, "values": true, "ttl": true, "interval": true, "retention": true, "quota": true,
	"quotas": true, "maximum": true, "minimum": true, "max": true, "min": true, "setting": true,
	"settings": true, "parameter": true, "parameters": true, "size": true, "weight": true, "weights": true,
	"window": true, "concurrency": true, "replicas": true, "cap": true, "budget": true, "ratio": true,
}

// settingValues are the words that, after "to", are a setting's value.
var settingValues = map[string]bool{
	"zero": true, "false": true, "true": true, "off": true, "none": true, "null": true, "empty": true,
	"unlimited": true, "disabled": true, "enabled": true, "infinity": true, "never": true, "one": true,
}

// notValueAfterTo are the words after "to" that make it a move to a new
// version or a place, not a value ("updated to version 4.2").
var notValueAfterTo = map[string]bool{"version": true, "release": true, "v": true, "build": true}

// englishSettingChange calls hit for each setting change in words: a
// setting verb followed, within ten words, by "to" and a value, or by
// "from X to Y".
func englishSettingChange(words []string, cls []wordClass, hit func()) {
	for i, w := range words {
		if cls[i]&clsSetVerb == 0 {
			continue
		}
		kind := setVerbs[w]
		if kind == verbWeak && !settingNear(words, i) {
			continue
		}
		from := false
		for j := i + 1; j < len(words) && j <= i+10; j++ {
			if words[j] == "from" {
				from = true
				continue
			}
			if words[j] != "to" || j+1 == len(words) {
				continue
			}
			v := words[j+1]
			if notValueAfterTo[v] {
				break
			}
			if (from || kind != verbFromOnly && (isNumber(v) || settingValues[v])) && !versionMove(words, i, j) {
				hit()
			}
			break
		}
	}
}

// versionMove reports whether the "to" at words[to], after the verb at
// words[verb], moves software from one version to another ("updated the
// broker from version 3.8.9 to 3.8.16", "bumped the client to v2"): a
// version word between them, or a "v2"-like word or a dotted number after
// the "to" where a dotted number stood before it. That is an upgrade, not
// a setting changed.
func versionMove(words []string, verb, to int) bool {
	for k := verb + 1; k < to; k++ {
		if versionWords[words[k]] && words[k] != "latest" {
			return true
		}
	}
	if to+1 >= len(words) {
		return false
	}
	if versionTag(words[to+1]) {
		return true
	}
	if !versionNumberAt(words, to+1) || !isNumber(words[to+1]) {
		return false
	}
	for k := verb + 1; k+1 < to; k++ {
		if isNumber(words[k]) && isNumber(words[k+1]) {
			return true
		}
	}
	return false
}

// changeNouns name a change made to something ("a change to the
// forwarding targets", "a modification of the security group"): what was
// done to it, whatever it is, is a configuration change unless the thing
// is code or a release (codeWords).
var (
	changeNouns = map[string]bool{"change": true, "changes": true, "modification": true, "modifications": true,
		"edit": true, "edits": true, "adjustment": true, "adjustments": true, "tweak": true, "tweaks": true}
	codeWords = map[string]bool{"code": true, "codebase": true, "software": true, "release": true, "version": true,
		"binary": true, "build": true, "library": true, "kernel": true, "firmware": true, "image": true,
		"package": true, "dependency": true, "dependencies": true, "schema": true, "application": true, "app": true, "logic": true,
		"released": true, "shipped": true, "patch": true, "patches": true, "driver": true, "sdk": true}
)

// updateNouns name a change too ("an update to the routing policy"), but
// a status page also posts updates to itself and to its readers ("an update
// to this page", "we will provide an update to customers"): notChanged are
// the words after them that make them such a post.
var (
	updateNouns = map[string]bool{"update": true, "updates": true}
	notChanged  = map[string]bool{"this": true, "page": true, "post": true, "status": true, "incident": true, "customers": true,
		"customer": true, "users": true, "user": true, "you": true, "everyone": true, "blog": true, "article": true, "report": true,
		"timeline": true, "community": true, "affected": true}
	// madeWords may stand between a change and the "to" of what it was
	// made to ("a change was made to the DNS records", "changes were
	// pushed to the edge routers").
	madeWords = map[string]bool{"was": true, "were": true, "had": true, "has": true, "have": true, "been": true, "being": true,
		"made": true, "applied": true, "pushed": true, "introduced": true, "recently": true}
)

// englishChangeTo calls hit for each "a change to/of X" (or "an update to
// X", "a change was made to X") where X, in the six words after, is not
// code or a release, nor the change said of code ("a code change to").
func englishChangeTo(words []string, cls []wordClass, hit func()) {
	for i := 0; i+2 < len(words); i++ {
		update := cls[i]&clsUpdateNoun != 0
		if cls[i]&clsChangeNoun == 0 && !update || i > 0 && codeWords[words[i-1]] {
			continue
		}
		k := i + 1
		for k < len(words) && k <= i+3 && madeWords[words[k]] {
			k++
		}
		if k+1 >= len(words) || words[k] != "to" && words[k] != "of" && words[k] != "in" || update && words[k] == "in" {
			continue
		}
		if update && (notChanged[words[k+1]] || k+2 < len(words) && notChanged[words[k+2]]) {
			continue
		}
		code := false
		for j := k + 1; j < len(words) && j <= k+10; j++ {
			// code, or a defect the change held ("a change in the agent
			// contained a flaw in how it counted slots")
			code = code || j <= k+6 && codeWords[words[j]] || defectWords[words[j]]
			// or a release of it ("changes in the ruleset format between
			// versions", "a change introduced in this upgrade"): what the
			// software put out brought, not a setting changed
			code = code || j <= k+8 && (versionWords[words[j]] && words[j] != "latest" || upgradeNouns[words[j]])
		}
		if !code && !releaseChange(words, i) {
			hit()
		}
	}
}

// upgradeNouns name the putting out of a newer version.
var upgradeNouns = map[string]bool{"upgrade": true, "upgrades": true, "releases": true}

// releaseChange reports whether the change noun at words[i] is what a
// release brought: a version word in the eight words before it ("the
// newer version of the log shipper has changes to its drop strategy",
// "the 2.0 release makes a change to the defaults"). That change came
// with the software put out, not with a setting anyone changed.
func releaseChange(words []string, i int) bool {
	for j := max(0, i-8); j < i; j++ {
		if versionWords[words[j]] && words[j] != "latest" || words[j] == "upgrade" || versionTag(words[j]) {
			return true
		}
	}
	return false
}

// alterVerbs say that someone altered a thing ("our engineers had
// adjusted the connection-reuse behaviour", "the pool was repointed at a
// new range"): done by a person, or said in the passive, to a thing that
// is not code, it is a configuration change.
var (
	alterVerbs = map[string]bool{"changed": true, "adjusted": true, "modified": true, "altered": true, "tweaked": true,
		"reconfigured": true, "edited": true, "repointed": true, "pointed": true, "replaced": true, "swapped": true,
		"tightened": true, "loosened": true, "narrowed": true, "widened": true, "relaxed": true, "trimmed": true,
		"consolidated": true, "flipped": true, "toggled": true}
	// actorWords are who alters a thing by hand
	actorWords = map[string]bool{"we": true, "engineers": true, "engineer": true, "team": true, "teams": true,
		"technician": true, "technicians": true, "contractor": true, "contractors": true, "dba": true, "dbas": true,
		"operator": true, "operators": true, "administrator": true, "administrators": true, "admin": true,
		"admins": true, "someone": true, "staff": true, "sre": true, "sres": true}
	// passiveWords make the verb after them a passive
	passiveWords = map[string]bool{"was": true, "were": true, "been": true}
	// notAltered are the words right after a verb that make it no change
	// made to a thing ("pointed out", "changed back", "changed hands")
	notAltered = map[string]bool{"out": true, "back": true, "hands": true, "course": true, "over": true}
)

// englishActorChange calls hit for each alter verb said of a person (one
// of the three words before it) or in the passive, when neither the word
// after it undoes the change nor code stands in the six words after it.
func englishActorChange(words []string, cls []wordClass, hit func()) {
	for i := range words {
		if cls[i]&clsAlterVerb == 0 || i == 0 || i+1 < len(words) && notAltered[words[i+1]] {
			continue
		}
		by := passiveWords[words[i-1]]
		if by && i > 1 && dataNouns[words[i-2]] {
			continue // "the packets were changed": corrupted on the way, no setting
		}
		for j := max(0, i-3); j < i && !by; j++ {
			by = actorWords[words[j]]
		}
		if !by {
			continue
		}
		code := false
		for j := i + 1; j < len(words) && j <= i+6; j++ {
			code = code || codeWords[words[j]] || defectWords[words[j]] || hardwareWords[words[j]]
		}
		if !code {
			hit()
		}
	}
}

// wronglyWords say a thing was done wrong; codeActs are what a program
// does: done wrongly by no person ("the scheduler incorrectly marked
// healthy nodes as failed", "computed the expiry wrongly"), it is a defect
// of the program, whatever it is called.
var (
	wronglyWords = map[string]bool{"incorrectly": true, "wrongly": true, "erroneously": true, "mistakenly": true, "improperly": true}
	codeActs     = map[string]bool{"computed": true, "calculated": true, "returned": true, "treated": true, "marked": true,
		"interpreted": true, "parsed": true, "reported": true, "evaluated": true, "classified": true, "flagged": true,
		"matched": true, "counted": true, "assumed": true, "read": true, "handled": true, "cached": true, "encoded": true,
		"decoded": true, "rounded": true, "converted": true, "serialized": true, "validated": true, "rejected": true,
		"computes": true, "calculates": true, "returns": true, "treats": true, "marks": true, "interprets": true,
		"parses": true, "reports": true, "evaluates": true, "handles": true, "caches": true}
)

// englishCodeWrongly calls hit for each code act said to be done wrongly
// (the wrongly word just before it or among the three after, or "instead
// of" among the ten after: "treated a TTL of zero as never expiring
// instead of not caching") when no person is named in the four words
// before it.
func englishCodeWrongly(words []string, cls []wordClass, hit func()) {
	englishCodeWronglyAt(words, cls, func(int) { hit() })
}

// englishCodeWronglyAt is englishCodeWrongly, calling hit with the place
// of the act.
func englishCodeWronglyAt(words []string, cls []wordClass, hit func(at int)) {
	for i, w := range words {
		act := cls[i]&clsCodeAct != 0
		// any act of "the new code" done instead of another thing ("the
		// new code dropped the newest key instead of the oldest")
		newCode := !act && i > 1 && len(w) > 4 && strings.HasSuffix(w, "ed") && (words[i-1] == "code" || words[i-1] == "logic") && words[i-2] == "new" && !releaseVerbs[w]
		if !act && !newCode {
			continue
		}
		wrongly := i > 0 && wronglyWords[words[i-1]]
		for j := i + 1; j < len(words) && j <= i+3 && !wrongly; j++ {
			wrongly = wronglyWords[words[j]] // "computed renewal dates wrongly"
		}
		for j := i + 2; j+1 < len(words) && j <= i+10 && !wrongly && words[j] != "to"; j++ {
			wrongly = words[j] == "instead" && words[j+1] == "of" && (!newCode || j+2 < len(words) && (words[j+2] == "the" || words[j+2] == "a" || words[j+2] == "its"))
		}
		if !wrongly {
			continue
		}
		person := false
		for j := max(0, i-4); j < i; j++ {
			person = person || actorWords[words[j]]
		}
		if !person {
			hit(i)
		}
	}
}

// releaseVerbs put code out: what "the new code" did then is no act of
// its own.
var releaseVerbs = map[string]bool{"shipped": true, "released": true, "deployed": true, "launched": true, "rolled": true, "merged": true, "landed": true}

// actVerbs are what an operator does to a thing by hand; done to "the
// wrong" one ("disconnected the wrong pair of links", "ran the script
// against the wrong cluster", "rebooted the wrong host"), it is an
// operator's mistake, whatever the thing is.
var actVerbs = map[string]bool{
	"ran": true, "run": true, "running": true, "executed": true, "executing": true, "issued": true, "typed": true,
	"entered": true, "disconnected": true, "disconnecting": true, "unplugged": true, "unplugging": true, "removed": true,
	"removing": true, "deleted": true, "deleting": true, "rebooted": true, "rebooting": true, "restarted": true,
	"restarting": true, "shut": true, "drained": true, "draining": true, "decommissioned": true, "decommissioning": true,
	"selected": true, "targeted": true, "pulled": true, "powered": true, "replaced": true, "replacing": true,
	"terminated": true, "terminating": true, "wiped": true, "formatted": true, "erased": true, "cut": true,
}

// englishWrongTarget calls hit for each act done to the wrong thing: an
// act verb in the six words before "the wrong", or a person's act verb
// followed within ten words by "instead of the" or "rather than the" ("an
// engineer ran the cleanup against the production cluster instead of the
// test one", "a technician disconnected the active link rather than the
// standby").
func englishWrongTarget(words []string, cls []wordClass, hit, code func()) {
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "wrong" || words[i-1] != "the" {
			continue
		}
		for j := max(0, i-7); j < i-1; j++ {
			if actVerbs[words[j]] {
				if programActs(words, j, i-1) {
					code() // "the index it removed was counted from the wrong end": the program's act
				} else {
					hit()
				}
				break
			}
		}
	}
	for i := range words {
		if cls[i]&clsActVerb == 0 || !personBefore(words, i, 4) {
			continue
		}
		for j := i + 2; j+2 < len(words) && j <= i+10; j++ {
			if (words[j] == "instead" && words[j+1] == "of" || words[j] == "rather" && words[j+1] == "than") && (words[j+2] == "the" || words[j+2] == "a" || words[j+2] == "its") {
				hit()
				break
			}
		}
	}
}

// programActs reports whether the act at words[j] (up to words[end],
// "the wrong") is a program's: "it" or code right before the verb ("the
// index it removed"), or a program's act between ("… was counted from
// the wrong end").
func programActs(words []string, j, end int) bool {
	if j > 0 && (words[j-1] == "it" || codeWords[words[j-1]]) {
		return true
	}
	for k := j + 1; k < end; k++ {
		if codeActs[words[k]] {
			return true
		}
	}
	return false
}

// zhChangeTo reports whether the 对 at lower[i] opens "对X的变更" or
// "对X进行了修改" (a change made to X) in its clause, X not code or a
// release.
func zhChangeTo(lower string, i int) bool {
	rest := clauseAfter(lower[i+len("对"):], 24)
	end := -1
	for _, m := range zhChangeMarks {
		if k := strings.Index(rest, m); k > 0 && (end < 0 || k < end) {
			end = k
		}
	}
	if end < 0 {
		return false
	}
	for _, c := range zhCodeWords {
		if strings.Contains(rest[:end], c) {
			return false
		}
	}
	return true
}

var (
	zhChangeMarks = []string{"的变更", "的修改", "的调整", "的改动", "的一次变更", "的一次修改", "的一次调整", "进行了变更", "进行了修改", "进行了调整", "做了修改", "做了调整", "进行变更", "进行修改", "进行调整"}
	zhCodeWords   = []string{"代码", "版本", "程序", "软件", "发布", "镜像", "内核", "固件", "依赖", "表结构"}
)

// settingNear reports whether a setting noun is among the four words
// before words[i] or the three after it.
func settingNear(words []string, i int) bool {
	for j := max(0, i-4); j < len(words) && j <= i+3; j++ {
		if j != i && settingNouns[words[j]] {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return true // "300", "3s", "5000ms", "2x"
}

// zhSetVerbs are the Chinese verbs that set a value ("改为", "调整为",
// "设置为"), by first character; each is a setting change when a value
// follows it (a number or a quoted one) or "从/由 X" precedes it in its
// clause.
var zhSetVerbs = map[rune][]string{}

func init() {
	for _, v := range []string{"改成", "改为", "改到", "调整为", "调整成", "调整到", "调整至", "调为", "调成", "调到", "调至",
		"设置为", "设置成", "设为", "设成", "设定为", "配置为", "配置成",
		"调低为", "调低到", "调低至", "调高为", "调高到", "调高至", "下调为", "下调到", "下调至", "上调为", "上调到", "上调至",
		"调小为", "调小到", "调小至", "调大为", "调大到", "调大至"} {
		r, _ := utf8.DecodeRuneInString(v)
		zhSetVerbs[r] = append(zhSetVerbs[r], v)
	}
}

// zhWeakSetVerbs shorten, lengthen, raise or lower a value ("缩短为",
// "降低到"): said of a rate or a count they tell what happened ("成功率从
// 99% 降低到 50%"), so they change a setting only when a setting's name
// (zhSettingNouns) is in their clause before them ("超时时间由60秒缩短为5秒").
var (
	zhWeakSetVerbs = map[rune][]string{}
	zhSettingNouns = []string{"超时", "阈值", "上限", "下限", "参数", "配额", "间隔", "过期时间", "保留时间", "有效期", "连接数", "并发数", "副本数", "线程数", "权重", "缓存时间", "ttl", "限流值", "重试次数"}
)

func init() {
	for _, v := range []string{"缩短为", "缩短到", "缩短至", "延长为", "延长到", "延长至", "减少为", "减少到", "减少至",
		"增加为", "增加到", "增加至", "降低为", "降低到", "降低至", "提高为", "提高到", "提高至", "减小为", "减小到", "减小至", "增大为", "增大到", "增大至"} {
		r, _ := utf8.DecodeRuneInString(v)
		zhWeakSetVerbs[r] = append(zhWeakSetVerbs[r], v)
	}
}

// zhSentenceStart is where the sentence holding lower[i] starts, at most
// 30 characters back.
func zhSentenceStart(lower string, i int) int {
	from := i
	for k := 0; k < 30 && from > 0; k++ {
		r, size := utf8.DecodeLastRuneInString(lower[:from])
		if strings.ContainsRune("。；;！？!?\n", r) {
			break
		}
		from -= size
	}
	return from
}

// zhWeakSettingChange reports whether the weak verb at lower[i:] changes a
// setting: a setting's name earlier in its sentence (at most 30 characters
// back: "对超时时间进行了统一，由60秒缩短为5秒"), and a value after it or
// 从/由 before it in its clause.
func zhWeakSettingChange(lower string, i, end int) bool {
	from := zhSentenceStart(lower, i)
	before := lower[from:i]
	for _, n := range zhSettingNouns {
		if strings.Contains(before, n) {
			return zhSettingChange(lower, i, end)
		}
	}
	return false
}

// zhSettingChange reports whether the Chinese setting verb at lower[i:end]
// changes a setting: a value right after it (past 了 and spaces), or 从/由
// earlier in its clause.
func zhSettingChange(lower string, i, end int) bool {
	rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(lower[end:], " "), "了"), " ")
	if r, _ := utf8.DecodeRuneInString(rest); r >= '0' && r <= '9' || strings.ContainsRune("“\"‘'「零一二两三四五六七八九十百千万", r) {
		return true
	}
	// 从/由 earlier in the clause, at most 24 characters back (由于 is
	// "because", not "from")
	before := clauseBefore(lower[:i], 24)
	return strings.Contains(before, "从") || strings.Contains(strings.ReplaceAll(before, "由于", ""), "由")
}

// Two senses the lexicon's words cannot tell apart by themselves.
//
// An "operator" that runs a network (a mobile or telecom operator, "the
// operator's SMS gateway") is a provider the service depends on, not a
// person who made a mistake: once a text names an operator so, its other
// mentions are the same company.
//
// A release word next to a defect ("a defect in the new version",
// "新版本中存在一个缺陷") says where the defect is: the defect is the
// failure, and the release counts for no faulty rollout.

// carrierWords are the words that, just before "operator" or in the few
// words after "operator's", make it a company that runs a network.
var carrierWords = map[string]bool{
	"mobile": true, "network": true, "telecom": true, "telecoms": true, "telco": true, "cellular": true,
	"wireless": true, "carrier": true, "sms": true, "telephone": true, "phone": true, "voice": true,
	"satellite": true, "broadband": true, "cable": true, "gsm": true, "lte": true, "interconnect": true,
	"gateway": true, "upstream": true, "downstream": true, "transit": true,
}

// carrierOperator reports whether words name an operator that runs a
// network anywhere.
func carrierOperator(words []string) bool {
	for i, w := range words {
		if w != "operator" && w != "operators" {
			continue
		}
		for j := max(0, i-2); j < len(words) && j <= i+3; j++ {
			if j != i && carrierWords[words[j]] {
				return true
			}
		}
	}
	return false
}

// defectWords name a defect in code; releaseWords a release of it.
var (
	defectWords = map[string]bool{"bug": true, "bugs": true, "defect": true, "defects": true, "flaw": true, "flaws": true, "regression": true, "regressions": true, "leak": true, "leaks": true,
		"crash": true, "crashes": true, "crashed": true, "overflow": true, "overflowed": true, "deadlock": true, "deadlocked": true,
		"exception": true, "exceptions": true, "panic": true, "panics": true, "panicked": true, "mishandled": true, "mishandles": true,
		"unhandled": true}
	releaseWords = map[string]bool{"version": true, "versions": true, "release": true, "releases": true, "released": true, "build": true, "builds": true, "binary": true, "binaries": true, "code": true, "upgrade": true, "upgrades": true}
	zhDefects    = []string{"缺陷", "bug", "漏洞", "泄漏", "泄露", "逻辑错误", "代码错误", "未正确处理", "没有正确处理", "处理不当", "溢出", "崩溃", "死循环", "空指针", "计算错误", "未考虑", "没有考虑"}
)

// releaseOfDefect reports whether the English release cue at words[i:end]
// names where a defect is: a defect word within ten words before it ("a
// bug in the library upgrade shipped in the last release") or eight after
// ("the new version had a defect", "the new version of the scheduler did
// not handle …").
func releaseOfDefect(words []string, i, end int) bool {
	if !releaseWords[words[end-1]] {
		return false // an act of rolling out ("deployment", "rollout")
	}
	for j := max(0, i-10); j < len(words) && j < end+8; j++ {
		if defectWords[words[j]] || words[j] == "handle" && j > 0 && (words[j-1] == "not" || words[j-1] == "to" && j > 1 && words[j-2] == "failed") {
			return true // "the new version did not handle the case", "failed to handle"
		}
	}
	return false
}

// zhReleaseOfDefect reports whether the Chinese release cue at
// lower[i:end] (版本, 新代码, or 发布/上线 naming what was released: "上周
// 发布的新版本…") has a defect in its clause, within twenty characters
// before it or forty after ("新版本请求解析模块在处理…的请求时进入死循环":
// the defect's subject and its circumstance come between).
func zhReleaseOfDefect(lower string, i, end int, cue string) bool {
	if !strings.Contains(cue, "版本") && !strings.Contains(cue, "代码") &&
		!((cue == "发布" || cue == "上线") && strings.HasPrefix(lower[end:], "的")) {
		return false
	}
	after := lower[end:]
	if in, ok := versionIn(after); ok {
		after = in // "该版本中，…逻辑存在缺陷": the defect is told in the clause after
	}
	near := clauseBefore(lower[:i], 20) + "|" + clauseAfter(after, 40)
	for _, d := range zhDefects {
		if strings.Contains(near, d) {
			return true
		}
	}
	return false
}

// clauseEnds are the marks that end a clause.
const clauseEnds = "，。；：,;:\n！？!?"

// clauseBefore returns the end of s back to the start of its clause, at
// most n characters.
func clauseBefore(s string, n int) string {
	b := s
	for k := 0; k < n && b != ""; k++ {
		r, size := utf8.DecodeLastRuneInString(b)
		if strings.ContainsRune(clauseEnds, r) {
			break
		}
		b = b[:len(b)-size]
	}
	return s[len(b):]
}

// clauseAfter returns the start of s up to the end of its clause, at most
// n characters.
func clauseAfter(s string, n int) string {
	k := 0
	for i, r := range s {
		if k >= n || strings.ContainsRune(clauseEnds, r) {
			return s[:i]
		}
		k++
	}
	return s
}

// zhMeantBut are the Chinese forms of a thing done other than meant: "本应
// 清理测试环境的日志目录，却在生产环境执行了清理命令" (meant to … but
// instead): an operator's mistake. The first is looked for in the same
// sentence, at most 40 characters before the second.
var zhMeantBut = [][2]string{{"本应", "却"}, {"本该", "却"}, {"原本要", "却"}, {"本来要", "却"}, {"本来应该", "却"}, {"原本应", "却"}, {"本想", "却"}, {"本意是", "却"}}

// zhMeantButAt reports whether the 却 at lower[i] closes a zhMeantBut form.
func zhMeantButAt(lower string, i int) bool {
	from := i
	for k := 0; k < 40 && from > 0; k++ {
		r, size := utf8.DecodeLastRuneInString(lower[:from])
		if r == '。' || r == '\n' || r == '！' || r == '？' || r == '；' {
			break
		}
		from -= size
	}
	span := lower[from:i]
	for _, f := range zhMeantBut {
		if strings.Contains(span, f[0]) {
			return true
		}
	}
	return false
}
