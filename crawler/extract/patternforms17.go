package extract

import (
	"regexp"
	"strings"
)

// Causes as cloud RCAs tell them in the layouts and mechanisms of
// sealedRCA13's even lines. A short report whose parts open with their
// name and a full stop ("Summary. On 22 October …", "Cause. Quotas are
// stored in megabytes …", "Fix. …") has those parts as sections, as
// "**Cause.** …" and "Cause: …" have (periodLabel, called by labelled). A
// "Why …" heading that tells what a thing kept doing or did not do ("Why
// pages kept old prices", "Why the alarms did not fire") is the cause's
// heading as "Why events were dropped" is (whyHeadingMore). A client that
// "spun on the same request" or ran a tight loop is code behaviour; a
// RAID controller told as 阵列卡 is hardware; a part that "每秒能写入约 2.2 GB" or "每台最多维持 5 万条
// 连接" tells its capacity, as "can serve 900 a second" does; a shared
// parameters or settings file is configuration; a job that "kept looking
// only in the old table" is code behaviour (moreCues17). Code that
// handles a case "by assuming" is code behaviour (englishAssumingBy), a
// value "updated" with no new value told is a setting changed
// (englishValueUpdated), a full CPU core one process's spin and no want
// of capacity (oneCore), and a customer's own release ("a customer
// deployed a new version of its game", 客户上线新版本) no rollout of the
// provider's (customerRelease, zhCustomerRelease).

func init() {
	// arithmetic a release reworked ("the release reworked the
	// conversion so that …") is code, as a reworked parser is
	for _, w := range []string{"conversion", "calculation", "computation"} {
		codeNouns[w] = true
	}
	for id, cues := range moreCues17 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// moreCues17 are cue phrases in the lexicon's notation, by pattern id.
var moreCues17 = map[string][]string{
	// a loop that asked again at once, without end: code behaviour
	// ("the new loop spun on the same request for hours", 空转)
	"software-bug": {"spun on", "spins on", "spinning on", "tight loop", "busy loop", "busy wait", "busy waiting", "程序空转", "循环空转",
		// a loop that asked again without waiting or looking at what came
		// back ("asked again at once, without a pause and without noticing
		// that the cursor had not moved")
		"without a pause", "without pausing", "without noticing that",
		// code that looks in one place only when the thing is in two
		// ("the nightly job kept looking only in the old table", 只在旧表中查找)
		"looking only in", "looked only in", "looks only in", "only looked in", "only looks in",
		"looking only at the old", "looked only at the old", "looks only at the old", "只在旧表", "仍只查询旧",
		// arithmetic on whole numbers that rounds a share to nothing
		// ("the division was done on whole numbers", 整数除法)
		"integer division", "integer arithmetic", "whole numbers", "rounded down to zero", "rounded down to 0",
		"truncated to zero", "truncated to 0", "整数除法", "整除",
		// steps run in the wrong order ("sent the message before the
		// transaction was committed, rather than after", 提交之前就)
		"rather than after", "instead of after", "before … committed", "事务提交之前", "事务提交前", "提交之前就"},
	// a RAID controller and its cache battery (阵列卡电池)
	"hardware": {"!阵列卡", "阵列控制器", "raid 卡", "raid卡", "raid card*", "raid controller*"},
	// a capacity stated by what a part can do in a second or at most
	// (每秒能写入约 2.2 GB, 每台机器最多维持约 5 万条连接)
	"capacity": {"每秒能", "每秒只能", "每秒最多", "每秒最多能", "最多维持", "最多承载", "最多支撑", "最多处理", "承载上限", "处理能力上限"},
	// settings kept in a file of their own
	"config-change": {"parameters file", "parameter file", "settings file", "parameters files", "settings files", "参数文件"},
}

// periodLabels are the names that open a part of a short report when
// followed by a full stop ("Cause. Quotas are stored …"), matched whole.
var periodLabels = map[string]bool{
	"summary": true, "background": true, "cause": true, "causes": true, "root cause": true, "the cause": true,
	"impact": true, "customer impact": true, "fixes": true, "resolution": true,
	"remediation": true, "mitigation": true, "detection": true, "follow-up": true, "follow-ups": true,
	"next steps": true, "prevention": true, "lessons": true, "lessons learned": true, "what happened": true,
	"trigger": true, "the trigger": true, "timeline": true, "overview": true,
}

// periodLabel splits a part's name off a paragraph that opens with it and
// a full stop, a capital or a digit after ("Cause. Quotas are stored in
// megabytes …"). It reports false for any other paragraph: the name must
// be one of periodLabels, whole, at the paragraph's start.
func periodLabel(t string) (label, rest string, ok bool) {
	if len(t) < 8 || t[0] < 'A' || t[0] > 'Z' {
		return "", "", false
	}
	dot := strings.IndexByte(t[:min(len(t), 22)], '.')
	if dot < 3 || dot > 20 || dot+2 >= len(t) || t[dot+1] != ' ' {
		return "", "", false
	}
	if c := t[dot+2]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
		return "", "", false
	}
	label = t[:dot]
	if !periodLabels[strings.ToLower(label)] || labelSection(label) == "" {
		return "", "", false
	}
	return label, strings.TrimSpace(t[dot+1:]), true
}

// whyHeadingMore asks, whole, why a thing kept doing what it should not
// or did not do what it should: "why", at most four words (not "we", "I"
// or "you" first: "Why we kept the old system" tells a choice) and a verb
// of that ("Why pages kept old prices", "Why the alarms did not fire").
var whyHeadingMore = regexp.MustCompile(`^why\s+(?:[\w'’-]+\s+){0,4}?(?:kept|served|showed|returned|missed|skipped|grew|filled|spun|rose|did not|didn't|didn’t|could not|couldn't|couldn’t|never)(?:\s+[\w'’-]+){0,4}\??$`)

// whyMore reports whether a lowered heading that opens with "why " is a
// whyHeadingMore one.
func whyMore(h string) bool {
	if strings.HasPrefix(h, "why we ") || strings.HasPrefix(h, "why i ") || strings.HasPrefix(h, "why you ") {
		return false
	}
	return whyHeadingMore.MatchString(h)
}

// handleVerbs tell how code meets a case ("handles 'not found' by
// assuming …").
var handleVerbs = map[string]bool{"handles": true, "handled": true, "handle": true, "handling": true,
	"treats": true, "treated": true, "deals": true, "dealt": true}

// englishAssumingBy calls hit with the place of each case code meets by
// assuming: a handleVerb, then within eight words "by assuming" ("version
// 8.2 handles 'not found' by assuming the folder was deleted elsewhere").
// A person's assumption ("the engineer responded by assuming …") has no
// handleVerb.
func englishAssumingBy(words []string, hit func(at int)) {
	for i := 2; i < len(words); i++ {
		if words[i] != "assuming" || words[i-1] != "by" {
			continue
		}
		for j := i - 2; j >= 0 && j >= i-9; j-- {
			if handleVerbs[words[j]] {
				hit(j)
				break
			}
		}
	}
}

// englishValueUpdated calls hit with the place of each value told as
// changed without its new value: a setVerb other than "set", then "the"
// (or "its", "our", "their") and within four words "value" or "values",
// no "to" or "from" in the eight words after ("updated the audience value
// we expect"; "changed the timeout value to 5 seconds" is
// englishSettingChange's).
func englishValueUpdated(words []string, cls []wordClass, hit func(at int)) {
	for i := 0; i+2 < len(words); i++ {
		if cls[i]&clsSetVerb == 0 || words[i] == "set" {
			continue
		}
		if d := words[i+1]; d != "the" && d != "its" && d != "our" && d != "their" {
			continue
		}
		for j := i + 2; j < len(words) && j <= i+5; j++ {
			if words[j] != "value" && words[j] != "values" {
				continue
			}
			told := false
			for k := j + 1; k < len(words) && k <= j+8; k++ {
				if words[k] == "to" || words[k] == "from" {
					told = true
					break
				}
			}
			if !told {
				hit(i)
			}
			break
		}
	}
}

// oneCore reports whether the capacity cue ending at end is "a full CPU"
// of one core ("the client used a full CPU core for hours"): one
// process's spin, not a fleet short of processors.
func oneCore(words []string, end int) bool {
	return end < len(words) && (words[end] == "core" || words[end] == "thread")
}

// customerRelease reports whether the deployment cue at i is a
// customer's own: "customer" or "tenant" at most six words before, only
// release verbs and articles between ("a customer deployed a new version
// of its game", "a tenant rolled out a new release"): what they released
// drove the load, no rollout of ours failed.
func customerRelease(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch words[k] {
		case "customer", "customers", "tenant", "tenants":
			return true
		case "deployed", "released", "rolled", "out", "launched", "shipped", "pushed", "a", "an", "the", "its", "their", "new":
			continue
		}
		return false
	}
	return false
}

// zhCustomerRelease reports whether the deployment cue at at is a
// customer's own: 客户, 租户 or 商家 in its clause, only a release verb (上
// 线, 发布, 推出, 更新, 了, 新) between (一家游戏客户上线新版本, 商家发布了新
// 版本). 客户反馈新版本… is a customer telling of ours.
func zhCustomerRelease(lower string, at int) bool {
	b := lower[max(0, at-30):at]
	for _, who := range []string{"客户", "租户", "商家"} {
		k := strings.LastIndex(b, who)
		if k < 0 {
			continue
		}
		rest := b[k+len(who):]
		for _, v := range []string{"上线", "发布", "推出", "更新", "了", "新"} {
			rest = strings.ReplaceAll(rest, v, "")
		}
		if rest == "" {
			return true
		}
	}
	return false
}
