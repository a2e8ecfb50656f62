package extract

import (
	"strings"
	"unicode/utf8"
)

// Configuration changes told by their form where no fixed phrase says
// them: a value set "to 40 instead of 400", a record "changed to point
// at" another place, a flag "meant for the canary ring only" that "was
// enabled for all tenants", a new set of rules that "left out" some
// entries, a setting moved "from 600 seconds to 60 seconds" however many
// words stand between the verb and its values; and in Chinese, a rule or a
// policy tightened, trimmed or swapped (收紧了安全组规则, 精简了路由策略,
// 把证书换成了…), or a new one that left something out (新规则没有包含…).

// (A setting that "still pointed at" a place retired is a stale entry of
// configuration too.)

// scopeVerbs switch a thing on for a set of users; allWords say the set
// was everyone; meantWords that a narrower one was meant.
var (
	scopeVerbs = map[string]bool{"enabled": true, "activated": true, "applied": true, "pushed": true, "exposed": true, "released": true, "on": true}
	allWords   = map[string]bool{"all": true, "every": true, "everyone": true, "everybody": true, "whole": true, "entire": true}
	meantWords = map[string]bool{"meant": true, "intended": true, "supposed": true, "planned": true, "only": true}
	// newSetWords name a new set of rules; leftOutWords what it lacked
	newSetWords  = map[string]bool{"new": true, "consolidated": true, "updated": true, "revised": true, "generated": true, "replacement": true, "tightened": true, "merged": true, "rewritten": true}
	leftOutWords = map[string]bool{"omitted": true, "excluded": true, "lacked": true, "missed": true}
	// pointVerbs move a name or a route to another place
	pointVerbs = map[string]bool{"changed": true, "updated": true, "set": true, "switched": true, "moved": true, "modified": true, "edited": true}
)

// configFormOpeners are the words each of englishConfigForms' forms
// starts at: one of its verbs or one of the words it names.
var configFormOpeners = func() map[string]bool {
	out := map[string]bool{"to": true, "pointed": true, "points": true, "referenced": true, "references": true,
		"left": true, "include": true, "missing": true}
	for _, set := range []map[string]bool{pointVerbs, scopeVerbs, leftOutWords, alterVerbs} {
		for w, ok := range set {
			out[w] = out[w] || ok
		}
	}
	for w, v := range setVerbs {
		out[w] = out[w] || v != 0
	}
	return out
}()

// englishConfigForms calls hit with each configuration change told by
// its form (see above), with the weight it counts.
func englishConfigForms(words []string, cls []wordClass, hit func(w float64)) {
	for i, w := range words {
		if cls[i]&clsConfigOpener == 0 {
			continue // opens none of the forms: one lookup, not one a form
		}
		switch {
		case w == "to" && i+4 < len(words) && isNumber(words[i+1]):
			// "to 40 instead of 400", "to 12 rather than 120"
			for k := i + 2; k < len(words) && k <= i+4; k++ {
				if (words[k] == "instead" && k+2 < len(words) && words[k+1] == "of" || words[k] == "rather" && k+2 < len(words) && words[k+1] == "than") && isNumber(words[k+2]) {
					hit(formWeight)
					break
				}
			}
		case pointVerbs[w] && i+3 < len(words) && words[i+1] == "to" && words[i+2] == "point" && (words[i+3] == "at" || words[i+3] == "to"):
			hit(formWeight) // "was changed to point at the staging balancer"
		case (w == "pointed" || w == "points" || w == "referenced" || w == "references") && i > 0 && words[i-1] == "still" && (i < 2 || !passiveWords[words[i-2]] && words[i-2] != "is" && words[i-2] != "are"):
			// "the new file still pointed two groups of endpoints at a
			// retired pool": a stale entry (but a session that "was still
			// pointed at production" is someone's slip)
			hit(formWeight)
		case scopeVerbs[w] && i+2 < len(words):
			k := i + 1
			if w == "on" { // "turned on for every account"
				if i == 0 || words[i-1] != "turned" && words[i-1] != "switched" {
					continue
				}
			}
			if words[k] != "for" && words[k] != "to" && words[k] != "across" && words[k] != "on" {
				continue
			}
			if !allWords[words[k+1]] {
				continue
			}
			for j := max(0, i-25); j < i; j++ {
				if meantWords[words[j]] {
					hit(formWeight)
					break
				}
			}
		case leftOutWords[w] || w == "left" && i+1 < len(words) && words[i+1] == "out" ||
			w == "include" && i > 1 && words[i-1] == "not" && (words[i-2] == "did" || words[i-2] == "does") ||
			w == "missing" && i > 0 && (words[i-1] == "was" || words[i-1] == "were"):
			set, code := false, false
			for j := max(0, i-6); j < i; j++ {
				set = set || newSetWords[words[j]]
				code = code || codeWords[words[j]]
			}
			if !set || code {
				// "The new listener list that shipped with this release
				// included ports 465 and 2587 but left out port 587": the
				// list named new lacked the entry, whatever shipped it
				if freshListBefore(words, cls, i, 16) || rolledRulesBefore(words, i, 10) || !code && ruleListBefore(words, i, 10) {
					hit(formWeight)
				}
				continue
			}
			hit(1)
		case setVerbs[w] != 0 || alterVerbs[w]:
			// "lowered the idle timeout on the load balancers in front of
			// the proxy from 600 seconds to 60 seconds": from a number to
			// a number, up to twenty words on
			if setVerbs[w] == verbWeak && !settingNear(words, i) && !personBefore(words, i, 3) {
				continue
			}
			for j := i + 11; j < len(words) && j <= i+20; j++ {
				if words[j] == "from" && j+1 < len(words) && isNumber(words[j+1]) {
					for k := j + 2; k < len(words) && k <= j+5; k++ {
						if words[k] == "to" && k+1 < len(words) && isNumber(words[k+1]) {
							hit(formWeight)
							break
						}
					}
					break
				}
			}
		}
	}
}

// hardwareWords are parts a person replaces by hand: "replaced the failed
// disk" is a repair, not a change of configuration.
var hardwareWords = map[string]bool{"disk": true, "disks": true, "drive": true, "drives": true, "card": true, "cards": true,
	"hardware": true, "cable": true, "cables": true, "psu": true, "fan": true, "fans": true, "battery": true, "batteries": true,
	"dimm": true, "dimms": true, "nic": true, "nics": true, "transceiver": true, "transceivers": true, "optic": true, "optics": true,
	"module": true, "modules": true, "chassis": true, "motherboard": true, "ssd": true, "ssds": true, "hdd": true, "part": true,
	"parts": true, "unit": true, "units": true, "server": true, "servers": true, "machine": true, "machines": true, "host": true, "hosts": true}

// The Chinese forms.
var (
	zhAlterVerbs  = []string{"收紧", "放宽", "精简", "替换", "更换", "换成", "合并", "删减", "缩小", "改写"}
	zhConfigNouns = []string{"规则", "策略", "配置", "参数", "白名单", "黑名单", "路由", "acl", "安全组", "访问控制", "列表", "证书", "解析记录", "开关", "阈值", "模板"}
	zhHardware    = []string{"服务器", "硬盘", "磁盘", "网卡", "电源", "内存条", "光模块", "主板", "机器", "设备"}
	zhNewSets     = []string{"新规则", "新策略", "新配置", "新列表", "新名单", "新参数", "新模板", "新的规则", "新的策略", "新的配置", "新的列表"}
	zhLeftOut     = []string{"没有包含", "未包含", "不包含", "漏掉", "遗漏", "漏了", "缺少", "少了", "没有放行", "未放行"}
)

// zhConfigFormAt reports whether a Chinese configuration-change form
// starts at lower[i] (r is the character there).
func zhConfigFormAt(lower string, i int, r rune) bool {
	switch r {
	case '新':
		for _, n := range zhNewSets {
			if strings.HasPrefix(lower[i:], n) {
				sent := sentenceAfter(lower[i:], 40)
				for _, l := range zhLeftOut {
					if strings.Contains(sent, l) {
						return true
					}
				}
				return false
			}
		}
		return false
	}
	for _, v := range zhAlterVerbs {
		if !strings.HasPrefix(lower[i:], v) {
			continue
		}
		near := clauseBefore(lower[:i], 20) + "|" + clauseAfter(lower[i+len(v):], 20)
		for _, c := range zhCodeWords {
			if strings.Contains(near, c) {
				return false
			}
		}
		for _, h := range zhHardware {
			if strings.Contains(near, h) {
				return false
			}
		}
		for _, n := range zhConfigNouns {
			if strings.Contains(near, n) {
				return true
			}
		}
		return false
	}
	return false
}

// zhConfigFirst are the first characters of the Chinese forms.
var zhConfigFirst = map[rune]bool{}

func init() {
	zhConfigFirst['新'] = true
	for _, v := range zhAlterVerbs {
		r, _ := utf8.DecodeRuneInString(v)
		zhConfigFirst[r] = true
	}
}

// freshListBefore reports whether a list named new ("the new listener
// list", "an updated allow list") stands within the span words before i.
func freshListBefore(words []string, cls []wordClass, i, span int) bool {
	for j := max(0, i-span); j < i; j++ {
		if cls[j]&clsListNoun == 0 {
			continue
		}
		for k := max(0, j-2); k < j; k++ {
			if newWords[words[k]] {
				return true
			}
		}
	}
	return false
}

// ruleLists name a list of rules that admits or refuses by entry: a
// firewall's allow-list, an ACL, a rule set. One that "omitted" or "did
// not include" an entry was configured without it, whether or not the
// text says it was new or rolled out ("the firewall allow-list in front of
// the gateway omitted the new subnet").
var ruleLists = map[string]bool{"allowlist": true, "allowlists": true, "denylist": true, "denylists": true, "blocklist": true,
	"blocklists": true, "whitelist": true, "whitelists": true, "blacklist": true, "blacklists": true, "acl": true, "acls": true,
	"ruleset": true, "rulesets": true, "rules": true}

// ruleListBefore reports whether one of ruleLists stands within span
// words before i.
func ruleListBefore(words []string, i, span int) bool {
	for j := max(0, i-span); j < i; j++ {
		if ruleLists[words[j]] {
			return true
		}
	}
	return false
}

// rolledThings are the sets of rules a team rolls out: lists, filters,
// policies, templates.
var rolledThings = map[string]bool{"filter": true, "filters": true, "allowlist": true, "allowlists": true, "denylist": true,
	"blocklist": true, "acl": true, "acls": true, "template": true, "templates": true, "profile": true, "profiles": true,
	"list": true, "lists": true, "policy": true, "policies": true, "rules": true, "ruleset": true, "config": true, "configuration": true}

// rolledOut are the verbs that send a set of rules out.
var rolledOut = map[string]bool{"rolled": true, "pushed": true, "deployed": true, "applied": true, "published": true, "shipped": true}

// rolledRulesBefore reports whether, within span words before i, a set
// of rules is named and then rolled out before i: "The route filter we
// rolled out on the Tuesday evening left out the /24" (the rules sent
// out lacked the entry).
func rolledRulesBefore(words []string, i, span int) bool {
	for j := max(0, i-span); j < i; j++ {
		if !rolledThings[words[j]] {
			continue
		}
		for k := j + 1; k < i; k++ {
			if rolledOut[words[k]] {
				return true
			}
		}
	}
	return false
}
