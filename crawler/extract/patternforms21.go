package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Causes as cloud RCAs tell them in the layouts and mechanisms of
// sealedRCA17's even lines.
//
// Something that expired is a certificate or a credential only where a
// credential is named: caches, tables, leases, points and jobs expire too
// ("the library's table expired at 02:51", 积分过期任务 — a job that expires
// a member's points). The certificate lexicon's bare expiry cues (expir*,
// "expired", 过期) count only in a text that names a certificate, a key, a
// token, a signature, a password, a licence or a domain
// (credentialNamedEN, credentialNamedZH); the cues that name the
// credential themselves ("expired certificate", 证书过期) are untouched.

// expiryCue reports whether a certificate cue's words are a bare expiry
// word, with no credential of their own.
func expiryCue(words []string) bool {
	return len(words) == 1 && (words[0] == "expired" || strings.HasPrefix(words[0], "expir"))
}

// credentialWordsEN name what a certificate pattern's expiry is about.
var credentialWordsEN = []string{"certif", "cert ", "certs", "tls", "ssl", "x.509", "token", "credential",
	"secret", "signature", "signing", "password", "licen", "domain", "dnssec", "saml", "oauth", "passphrase",
	"api key", "private key", "public key", "access key", "key pair", "keypair", "ssh key", "keytab"}

// credentialNamedEN reports whether lower names a credential.
func credentialNamedEN(lower string) bool {
	for _, w := range credentialWordsEN {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// credentialWordsZH name, in Chinese, what an expiry is about.
var credentialWordsZH = []string{"证书", "凭证", "凭据", "密钥", "秘钥", "令牌", "签名", "域名", "密码", "许可", "授权",
	"cert", "tls", "ssl", "key", "token", "licen"}

// credentialNamedZH reports whether lower names a credential, in Chinese
// or in the English words Chinese write-ups keep.
func credentialNamedZH(lower string) bool {
	for _, w := range credentialWordsZH {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// A provider named by its side (通道一侧, 对方一侧) or its kind (支付通道,
// 合作机构) is a dependency, as "their side" and 支付机构 are. A demand told
// as a multiple of an ordinary day's ("达到平日晚高峰的 9
// 倍", "6.5 times that of an ordinary Monday") is a want of capacity, as
// "times the usual" and 平时…倍 already are (moreCues21).

func init() {
	for id, cues := range moreCues21 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// moreCues21 are cue phrases in the lexicon's notation, by pattern id.
var moreCues21 = map[string][]string{
	// a provider named by its side or its kind ("问题出在通道一侧", "合作的支付
	// 通道机构"), as "their side" and 支付机构 are
	"dependency": {"通道一侧", "通道方", "渠道一侧", "渠道方", "机构一侧", "合作机构", "支付通道", "对方一侧", "厂商一侧", "服务商一侧"},
	// code that relied on what its counterpart never promised ("the job
	// relied on something the API never promised", 依赖了接口从未承诺的行为)
	"software-bug": {"never promised", "never guaranteed", "was not guaranteed", "undocumented behaviour", "undocumented behavior",
		"relied on undocumented", "relies on undocumented", "从未承诺", "并未承诺", "从未保证", "未公开的行为", "未文档化的行为"},
	"capacity": {"平日 … 倍", "往常 … 倍", "日均 … 倍", "平峰 … 倍", "同期 … 倍",
		"times an ordinary", "times that of an ordinary", "times that of a normal", "times that of a typical",
		"times a normal", "times a typical", "times the typical", "times an average", "times the average", "times a usual"},
}

// A route, a host or an endpoint "switched from" one thing "to" another
// ("the route for /api/orders/ was switched from the first version to the
// second", "switched its host from the primary's endpoint to the
// replica's") is a setting changed, as "changed from … to" is; traffic
// or a service switched from a primary to a standby names no such noun
// and stays a failover (englishSwitchedFrom).

// switchVerbs are the verbs of a target moved from one thing to another.
var switchVerbs = map[string]bool{"switched": true, "switching": true, "repointed": true, "repointing": true,
	"flipped": true, "swapped": true, "swapping": true}

// targetNouns name what a switch aims: where requests or connections go.
var targetNouns = map[string]bool{"route": true, "routes": true, "host": true, "hostname": true, "endpoint": true,
	"endpoints": true, "upstream": true, "upstreams": true, "origin": true, "backend": true, "backends": true,
	"target": true, "address": true, "url": true, "string": true, "alias": true, "record": true, "records": true}

// englishSwitchedFrom calls hit(at) for each switch verb with a target
// noun in the six words before it or the two after, then "from" and a
// "to" after it within twelve words.
func englishSwitchedFrom(words []string, cls []wordClass, hit func(int)) {
	if !hasClass(cls, clsSwitchVerb) {
		return
	}
	for i := range words {
		if cls[i]&clsSwitchVerb == 0 {
			continue
		}
		target := false
		for j := max(0, i-6); j <= i+2 && j < len(words); j++ {
			target = target || j != i && targetNouns[words[j]]
		}
		if !target {
			continue
		}
		from := false
		for j := i + 1; j < len(words) && j <= i+12; j++ {
			if words[j] == "from" {
				from = true
			} else if words[j] == "to" && from {
				hit(i)
				break
			}
		}
	}
}

// Where a text names a request's or a function's parameters ("请求参数",
// "query parameters"), a bare parameter is an argument passed in code,
// not a setting: the lexicon's weak parameter cue (~参数, ~parameter)
// does not count there (argumentsNamedZH, argumentsNamedEN). The cues
// that tell a parameter changed (修改 … 参数, "parameter … changed") are
// untouched.

// argumentWordsZH name, in Chinese, arguments passed in code.
var argumentWordsZH = []string{"请求参数", "接口参数", "函数参数", "方法参数", "调用参数", "查询参数", "url 参数", "url参数", "入参", "传参"}

// argumentsNamedZH reports whether lower names arguments passed in code.
func argumentsNamedZH(lower string) bool {
	for _, w := range argumentWordsZH {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// argumentWordsEN, before "parameter(s)", name arguments passed in code.
var argumentWordsEN = map[string]bool{"request": true, "query": true, "url": true, "function": true, "method": true,
	"call": true, "input": true, "form": true, "querystring": true}

// argumentsNamedEN reports whether words name a request's or a
// function's parameters.
func argumentsNamedEN(words []string) bool {
	for i := 1; i < len(words); i++ {
		if (words[i] == "parameters" || words[i] == "parameter") && argumentWordsEN[words[i-1]] {
			return true
		}
	}
	return false
}

// weakParameterCue reports whether a config cue's words are the bare
// parameter word.
func weakParameterCue(words []string) bool {
	return len(words) == 1 && (words[0] == "parameter" || words[0] == "parameters")
}

// A finding told with what was done once it was made ("确认问题出在通道一侧
// 后，将支付页的默认方式切换为微信支付", "定位到是索引缺失后，立即回滚") states its
// cause before 后，; what follows is the response. The span after a
// finding marker stops there (zhFindingThen).

// zhFindingMarkers are the after-markers of causeAfterZH that tell a
// finding rather than a cause ("问题出在", "定位到").
var zhFindingMarkers = map[string]bool{"问题出在": true, "问题在于": true, "确认是": true, "确认为": true, "定位到": true,
	"查明": true, "排查发现": true, "经排查": true, "调查发现": true, "经调查": true, "核查发现": true, "经核查": true,
	"经核实": true, "复盘发现": true, "原来是": true}

// zhFindingThen cuts rest, the span after the finding marker, where a
// clause of what was done after the finding starts ("…后，" a few
// characters in, then a response: zhResponseOpen), and returns it whole
// otherwise: "流量上涨后，一个节点的磁盘被日志写满" tells more of what happened.
func zhFindingThen(rest, marker string) string {
	if !zhFindingMarkers[marker] {
		return rest
	}
	for _, then := range []string{"后，", "后,", "之后，", "以后，"} {
		if i := strings.Index(rest, then); i >= 6 { // two characters at least before it
			if zhResponseOpen(rest[i+len(then):]) {
				return rest[:i]
			}
			return rest
		}
	}
	return rest
}

// zhResponseOpeners open a clause of what the responders did: who did it
// (我们, 运维), how soon (立即, 随即), or the step itself (回滚, 切换).
var zhResponseOpeners = []string{"我们", "我方", "我司", "团队", "技术团队", "运维", "值班", "工程师", "研发", "立即", "立刻",
	"随即", "马上", "迅速", "紧急", "第一时间", "于是", "随后", "遂", "将", "把", "已", "开始", "通过",
	"回滚", "回退", "切换", "重启", "扩容", "恢复", "修复", "下线", "隔离", "摘除", "联系", "通知", "关闭", "暂停", "禁用"}

// zhResponseOpen reports whether s, after spaces and a clock time
// ("10:35 "), opens with a response.
func zhResponseOpen(s string) bool {
	s = strings.TrimLeft(s, " 　0123456789:：")
	for _, w := range zhResponseOpeners {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// A battery that a machine's part holds (a disk controller's write cache
// "protected by a battery", "the RAID card's batteries", a motherboard's
// CMOS battery) is that part's: its failing is hardware, not the site's
// power. The lexicon's bare battery cues count for power-facility only
// where no such part is named near them, or where a facility word is
// (the UPS's batteries, the battery room); otherwise they count for
// hardware (componentBattery).

// batteryHolders are the parts of a machine that keep a battery of their
// own.
var batteryHolders = map[string]bool{"controller": true, "controllers": true, "cache": true, "caches": true,
	"card": true, "cards": true, "raid": true, "motherboard": true, "motherboards": true, "mainboard": true,
	"cmos": true, "bbu": true, "bbus": true, "nvram": true, "hba": true, "hbas": true, "adapter": true,
	"adapters": true, "laptop": true, "laptops": true, "handset": true, "handsets": true, "sensor": true, "sensors": true}

// facilityWords name a site's power plant: a battery with one near is the
// facility's.
var facilityWords = map[string]bool{"ups": true, "generator": true, "generators": true, "utility": true, "grid": true,
	"hall": true, "halls": true, "facility": true, "facilities": true, "pdu": true, "pdus": true, "switchgear": true,
	"transformer": true, "electrical": true, "mains": true, "room": true, "rooms": true, "plant": true, "feed": true,
	"feeds": true, "substation": true, "site": true}

// batteryCue reports whether a power-facility cue's words are a bare
// battery word.
func batteryCue(words []string) bool {
	return len(words) == 1 && (words[0] == "battery" || words[0] == "batteries")
}

// componentBattery reports whether the battery word at words[i] is a
// machine part's: a battery holder within eight words either side and no
// facility word there.
func componentBattery(words []string, i int) bool {
	holder := false
	for j := max(0, i-8); j <= i+8 && j < len(words); j++ {
		if facilityWords[words[j]] {
			return false
		}
		holder = holder || batteryHolders[words[j]]
	}
	return holder
}

// A want of capacity told by its numbers: what the work asked for set
// against what the place has, in the same unit ("a shared batch cluster
// of 1,200 cores … together the three jobs asked for about 1,900 cores").
// A demand larger than a supply of the same unit in one text is a want of
// capacity (englishDemandOverSupply); either alone tells none.

// amountLead is the word before an amount that tells whether it is asked
// for (asked for, needs, required) or had (of, has, with), with the
// hedges an amount may carry ("needs about 3 nodes"). It is matched on the
// text that ends where the amount starts.
var amountLead = regexp.MustCompile(`\b(asked for|asks for|ask for|asking for|needed|needs|need|required|requires|require|requested|requests|wanted|wants|demanded|of|has|have|had|with)\s+(?:(?:about|roughly|around|some|nearly|almost|over|more than|only|just|a total of|up to)\s+)?$`)

// amountLeadSpan is how far before an amount its lead word is looked for:
// the longest lead and hedge with room for the spaces between.
const amountLeadSpan = 48

// resourceUnits are the units a supply and a demand are compared in.
var resourceUnits = map[string]bool{"cores": true, "cpus": true, "vcpus": true, "gpus": true, "gb": true, "tb": true,
	"gib": true, "tib": true, "nodes": true, "machines": true, "servers": true, "hosts": true, "instances": true,
	"slots": true, "connections": true, "workers": true, "threads": true, "executors": true, "pods": true,
	"containers": true, "licences": true, "licenses": true, "seats": true, "addresses": true, "ips": true}

// unitAmounts calls f with each amount of a resource unit in lower, its
// lead word and the number. The amounts are found by scanning for digits
// and the unit after them; only then is the lead word before them matched,
// so that a long text costs a byte scan, not a regular expression tried at
// every position.
func unitAmounts(lower string, f func(lead string, n float64, unit string)) {
	for i := 0; i < len(lower); {
		j := strings.IndexAny(lower[i:], "0123456789")
		if j < 0 {
			return
		}
		start := i + j
		end := start + 1
		for end < len(lower) && (isDigitByte(lower[end]) || lower[end] == ',') {
			end++
		}
		if end+1 < len(lower) && lower[end] == '.' && isDigitByte(lower[end+1]) {
			end += 2
			for end < len(lower) && isDigitByte(lower[end]) {
				end++
			}
		}
		i = end
		if start == 0 || !isSpaceByte(lower[start-1]) {
			continue
		}
		k := end
		for k < len(lower) && isSpaceByte(lower[k]) {
			k++
		}
		u := k
		for u < len(lower) && lower[u] >= 'a' && lower[u] <= 'z' {
			u++
		}
		if k == end || u == k || !resourceUnits[lower[k:u]] {
			continue
		}
		from := max(0, start-amountLeadSpan)
		for from > 0 && isWordASCII(lower[from-1]) && isWordASCII(lower[from]) {
			from--
		}
		m := amountLead.FindStringSubmatch(lower[from:start])
		if m == nil {
			continue
		}
		n, err := strconv.ParseFloat(strings.ReplaceAll(lower[start:end], ",", ""), 64)
		if err != nil {
			continue
		}
		f(m[1], n, lower[k:u])
		i = u
	}
}

// isSpaceByte is the regular expressions' \s: space, tab, newline, form
// feed and carriage return.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// englishDemandOverSupply calls hit once where lower tells a demand
// larger than a supply of the same resource unit.
func englishDemandOverSupply(lower string, hit func()) {
	if !strings.ContainsAny(lower, "0123456789") {
		return
	}
	supply := map[string]float64{} // the least had of each unit
	demand := map[string]float64{} // the most asked for
	unitAmounts(lower, func(lead string, n float64, unit string) {
		switch lead {
		case "of", "has", "have", "had", "with":
			if s, ok := supply[unit]; !ok || n < s {
				supply[unit] = n
			}
		default:
			demand[unit] = max(demand[unit], n)
		}
	})
	for unit, d := range demand {
		if s, ok := supply[unit]; ok && d > s {
			hit()
			return
		}
	}
}

// A setting given an address for its value ("回源 Host 一项被设置为新存储桶的
// 域名", "连接地址被配置为备库的地址") is a setting changed, as one given a
// number is (zhSettingChange): where requests go was set, as "switched
// its host from … to …" tells in English (englishSwitchedFrom).

// zhTargetWords name, in a set value, where requests or connections go.
var zhTargetWords = []string{"域名", "地址", "主机名", "端点", "路由", "源站", "endpoint", "host", "url", "ip 地址"}

// zhTargetValue reports whether the value after a setting verb, up to the
// clause's end and at most twenty characters, names an address.
func zhTargetValue(lower string, end int) bool {
	rest := lower[end:]
	if k := strings.IndexAny(rest, "，。；,;：:\n"); k >= 0 {
		rest = rest[:k]
	}
	if utf8.RuneCountInString(rest) > 20 {
		return false
	}
	for _, w := range zhTargetWords {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}
