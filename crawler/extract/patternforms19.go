package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Causes as cloud RCAs tell them in the layouts and mechanisms of
// sealedRCA15's even lines. A resource of which none is free ("the volume
// has no free inodes", "their subnet has no free addresses"), lookups
// that "went well past" what a part answers a second and the rest dropped,
// and a Chinese channel's stated rate (每秒可发送 4,000 条) with the part
// beyond it (超出部分只能排队) tell capacity; code that "raises an error"
// or "throws an exception" tells code behaviour; a duct bored through
// and fibres spliced tell a cut line (moreCues19). A value replaced by
// another (由内网地址替换为公网域名) is set as 改为 sets it (zhSetVerbs19).
// Three things look like a cause and are not: an attack named only as
// what a change was meant to stop ("a setting meant to slow down
// key-stuffing attacks", securityPurpose), a login credential that
// expired as it always does (登录凭证过期, no certificate:
// zhSessionCredential) and packets or data that "were changed" on the way
// (corruption, no configuration: dataNouns).

func init() {
	for id, cues := range moreCues19 {
		moreCues[id] = append(moreCues[id], cues...)
	}
	for _, v := range zhSetVerbs19 {
		r, _ := utf8.DecodeRuneInString(v)
		zhSetVerbs[r] = append(zhSetVerbs[r], v)
	}
}

// moreCues19 are cue phrases in the lexicon's notation, by pattern id.
var moreCues19 = map[string][]string{
	// none of a resource left free ("has no free inodes"), a part's rate
	// passed ("went well past 1,024 a second", "dropped the rest"), a
	// Chinese rate stated and the part over it (每秒可发送, 超出部分)
	"capacity": {"no free inodes", "no free addresses", "no free ip addresses", "no free ips", "no free slots", "no free ports",
		"has no free", "had no free", "have no free", "out of inodes", "ran out of inodes", "running out of inodes",
		"went well past … second", "went past … second", "dropped the rest", "drops the rest", "refused the rest", "rejected the rest",
		"每秒可发送", "每秒可处理", "每秒可承载", "每秒可写入", "每秒可下发", "每秒能处理", "每秒能发送", "超出部分"},
	// code that raises what stops it ("the lookup raises an error that
	// stops the whole batch")
	"software-bug": {"raises an error", "raises an exception", "throws an error", "throws an exception", "raised an exception",
		"threw an exception", "throws a null", "抛出错误"},
	// a line cut where it runs ("drove through a duct", "spliced the
	// fibres")
	"network": {"through a duct", "through the duct", "same duct", "shared duct", "spliced", "splicing"},
}

// zhSetVerbs19 set a value by putting another in its place ("仓库地址由
// 内网地址替换为公网域名"): with 由/从 before them in their clause, or a
// value after, they change a setting as 改为 does.
var zhSetVerbs19 = []string{"替换为", "替换成", "更换为", "更换成"}

// purposeWords say that what follows is what a thing was meant for
// ("meant to slow down key-stuffing attacks", "designed to curb
// scraping"); purposeVerbs, after "to", what it was meant to stop ("a
// limit to deter credential-stuffing attacks"). An attack named after
// them is a change's purpose, not the incident's cause.
var (
	purposeWords = map[string]bool{"meant": true, "intended": true, "designed": true, "aimed": true}
	// (not "to mitigate": "revoked the tokens to mitigate further
	// compromise" is the response to an attack that was the cause)
	purposeVerbs = map[string]bool{"slow": true, "stop": true, "block": true, "deter": true, "curb": true, "thwart": true, "prevent": true}
)

// securityPurpose reports whether the security cue at words[i] is named as
// what a thing was meant to stop: a purpose word, or "to" and a purpose
// verb, in the six words before it.
func securityPurpose(words []string, i int) bool {
	for j := max(0, i-6); j < i; j++ {
		if purposeWords[words[j]] || words[j] == "to" && purposeVerbs[words[j+1]] {
			return true
		}
	}
	return false
}

// dataNouns are what a system carries: "the packets were changed" tells
// them corrupted on the way, not a setting altered.
var dataNouns = map[string]bool{"packets": true, "packet": true, "bytes": true, "bits": true, "data": true, "frames": true,
	"payload": true, "payloads": true, "contents": true, "checksums": true}

var (
	security19Once       sync.Once
	idxSecurity, idxCert int
)

func loadSecurity19() {
	cuesOnce.Do(loadCues)
	idxSecurity = slices.Index(patternList, "security")
	idxCert = slices.Index(patternList, "certificate")
}

// zhSessionCredential reports whether the certificate cue 凭证 at
// lower[at:] is a login or session credential (登录凭证, 访问凭证, 会话凭证,
// or any 凭证 of a text that names its credentials so), whose expiry is
// how sign-in works, not a certificate's lapse.
func zhSessionCredential(lower string, at int, cue string) bool {
	if cue != "凭证" {
		return false
	}
	before := lower[max(0, at-6):at]
	if strings.HasSuffix(before, "登录") || strings.HasSuffix(before, "访问") || strings.HasSuffix(before, "会话") {
		return true
	}
	// the credentials a text names as a login's or a session's are the
	// ones it tells of after ("签发新凭证并作废旧凭证")
	return strings.Contains(lower, "登录凭证") || strings.Contains(lower, "访问凭证") || strings.Contains(lower, "会话凭证")
}
