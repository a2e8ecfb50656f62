package extract

import (
	"strings"
	"sync"

	"github.com/incidex/incidex/data"
)

// Two more things a write-up tells by its words' form, not by a fixed
// phrase of the lexicon:
//
// A software upgrade to a version ("we upgraded RabbitMQ from version
// 3.8.9 to 3.8.16", "升级到 2.8 版本") is a release put out, a deployment,
// however plainly the verb is worded; alone, "upgrade" is only a hint.
//
// A well-known provider named beside a failure ("an AWS incident", "a
// Cloudflare outage", "阿里云故障") is a third-party dependency that
// failed, when the provider is not the write-up's own organisation.

// upgradeVerbs are the words of putting a newer version of software in
// place.
var upgradeVerbs = map[string]bool{"upgrade": true, "upgraded": true, "upgrading": true, "upgrades": true,
	"bump": true, "bumped": true, "bumping": true, "updated": true, "update": true, "updating": true}

// versionWords name a version of software by word.
var versionWords = map[string]bool{"version": true, "versions": true, "release": true, "newer": true, "latest": true}

// englishVersionUpgrade calls hit for each upgrade to a named version:
// an upgrade verb with, in the eight words after it, a version word
// ("to the latest version", "from version 3.8.9"), a "v2"-like word, or
// "to" and a version number (versionNumberAt: "to 3.45", "to PostgreSQL
// 13").
// Where a defect of the new version is told, the defect is the failure,
// not the rollout (releaseOfDefect), and the upgrade counts for nothing.
func englishVersionUpgrade(words []string, cls []wordClass, hit func()) {
	for i := range words {
		if cls[i]&clsUpgradeVerb == 0 {
			continue
		}
		// "update" names an upgrade only with a version: "a status
		// update to customers" has none and counts for nothing
		for j := i + 1; j < len(words) && j <= i+8; j++ {
			v := words[j]
			if negators[v] || upgradeVerbs[v] && j > i+1 {
				break
			}
			if versionWords[v] || versionTag(v) || v == "to" && versionNumberAt(words, j+1) {
				if !defectNear(words, i, j+1) {
					hit()
				}
				break
			}
		}
	}
}

// versionTag reports whether w is a version written as one word: "v2",
// "v1", "v10".
func versionTag(w string) bool {
	return len(w) >= 2 && len(w) <= 4 && w[0] == 'v' && isNumber(w[1:])
}

// versionNumberAt reports whether words[i:] start a version number: a
// dotted one ("3.45", cut into two number words) or a number after a
// name ("PostgreSQL 13"). A number alone ("to 6 nodes", "the limit to
// 100") is a count or a setting, not a version.
func versionNumberAt(words []string, i int) bool {
	return i+1 < len(words) && isNumber(words[i+1])
}

// defectNear reports whether a defect word is within ten words before
// words[i:end] or eight after: the version's defect is told.
func defectNear(words []string, i, end int) bool {
	for j := max(0, i-10); j < len(words) && j < end+8; j++ {
		if defectWords[words[j]] {
			return true
		}
	}
	return false
}

// zhUpgradeVerbs are the Chinese words of upgrading software.
var zhUpgradeVerbs = []string{"升级到", "升级至", "升级为", "更新到", "更新至"}

// zhVersionUpgrade reports whether lower[i:] starts an upgrade to a
// version: an upgrade verb with a digit or 版本 in the twelve characters
// after it ("升级到 2.8", "升级至新版本"), and no defect told in its sentence.
func zhVersionUpgrade(lower string, i int) bool {
	for _, v := range zhUpgradeVerbs {
		if !strings.HasPrefix(lower[i:], v) {
			continue
		}
		end := i + len(v)
		after := lower[end:]
		n := 0
		for k, r := range after {
			if n >= 12 || r == '。' || r == '，' || r == '\n' {
				after = after[:k]
				break
			}
			n++
		}
		if !strings.Contains(after, "版本") && strings.IndexAny(after, "0123456789") < 0 {
			return false
		}
		sent := sentenceAfter(lower[end:], 40)
		for _, d := range zhDefects {
			if strings.Contains(sent, d) {
				return false
			}
		}
		return true
	}
	return false
}

// A provider is a well-known company whose service others build on:
// cloud and hosting, CDN, DNS and certificates, payment, SMS and e-mail,
// identity, code hosting and CI, package registries, network carriers.
// Each is a group of the names it goes by (lowercase words, or Chinese).
var providerGroups = [][]string{
	{"aws", "amazon", "ec2", "cloudfront", "route53", "亚马逊云"},
	{"azure", "microsoft", "微软云"},
	{"gcp", "google", "谷歌云"},
	{"cloudflare"}, {"akamai"}, {"fastly"}, {"digitalocean"}, {"linode"}, {"rackspace"}, {"hetzner"}, {"ovh"},
	{"heroku"}, {"vercel"}, {"netlify"}, {"softlayer"}, {"joyent"},
	{"github"}, {"gitlab"}, {"bitbucket"}, {"circleci"}, {"travis"}, {"dockerhub", "docker hub"}, {"npmjs"}, {"pypi"}, {"rubygems"}, {"quay"},
	{"stripe"}, {"paypal"}, {"braintree"}, {"adyen"},
	{"twilio"}, {"sendgrid"}, {"mailgun"}, {"mailchimp"},
	{"okta"}, {"auth0"}, {"onelogin"},
	{"dyn", "dynect"}, {"ns1"}, {"godaddy"}, {"namecheap"}, {"letsencrypt", "lets encrypt", "let s encrypt"}, {"digicert"}, {"sectigo", "comodo"}, {"verisign"},
	{"pagerduty"}, {"datadog"}, {"atlassian"},
	{"verizon"}, {"comcast"}, {"centurylink"}, {"level3", "level 3"}, {"cogent"},
	{"阿里云"}, {"腾讯云"}, {"华为云"}, {"百度云"}, {"七牛"}, {"又拍云"}, {"网宿"}, {"中国电信"}, {"中国联通"}, {"中国移动"}, {"微信支付"}, {"支付宝"},
}

// failureWords are what a provider's failure is called; the provider
// must be within providerReach words of one.
var (
	failureWords = map[string]bool{"outage": true, "outages": true, "incident": true, "incidents": true, "disruption": true, "disruptions": true,
		"degradation": true, "degraded": true, "failure": true, "failures": true, "failed": true, "failing": true, "issue": true, "issues": true,
		"problem": true, "problems": true, "bug": true, "breaking": true, "down": true, "downtime": true, "unavailable": true, "unavailability": true,
		"interruption": true, "impairment": true, "impaired": true, "errors": true}
	zhFailureWords = []string{"故障", "中断", "宕机", "停机", "瘫痪", "异常", "问题", "事故", "不可用", "出错"}
)

const providerReach = 4

var (
	providerOnce   sync.Once
	providerByWord map[string][]providerName // by first word
	providerZH     []providerName
	providerAll    []providerName // the Chinese names and the English ones, each with its text
)

// providerName is one name of a provider group.
type providerName struct {
	group int
	words []string // English: its words
	text  string   // Chinese: the name
}

func loadProviders() {
	providerByWord = map[string][]providerName{}
	var keys []string
	for g, names := range providerGroups {
		for _, n := range names {
			if strings.IndexFunc(n, isHan) >= 0 {
				providerZH = append(providerZH, providerName{group: g, text: n})
				providerAll = append(providerAll, providerName{group: g, text: n})
				keys = append(keys, n)
				continue
			}
			w := strings.Fields(n)
			providerByWord[w[0]] = append(providerByWord[w[0]], providerName{group: g, words: w})
			providerAll = append(providerAll, providerName{group: g, words: w, text: n})
			keys = append(keys, w[0])
		}
	}
	providerKeys = newKeySet(keys)
}

// providerKeys holds the first word of every provider's English name and
// every Chinese name: a text that holds none names no provider.
var providerKeys *keySet

// ownProviders returns, by group, whether the provider is the write-up's
// own organisation: named in its org, or, with no org found, in its
// title or address (a provider's own status page names itself there).
func ownProviders(in *data.Incident) []bool {
	providerOnce.Do(loadProviders)
	own := strings.ToLower(in.Org)
	if strings.TrimSpace(own) == "" {
		own = strings.ToLower(in.Title + " " + in.URL)
	}
	if own == "" {
		return nil
	}
	out := make([]bool, len(providerGroups))
	words := splitWords(own)
	for i, w := range words {
		for _, n := range providerByWord[w] {
			if wordsAt(words, i, n.words) {
				out[n.group] = true
			}
		}
	}
	for _, n := range providerZH {
		if strings.Contains(own, n.text) {
			out[n.group] = true
		}
	}
	return out
}

// providerFailures counts (at most three) the places text names a
// provider not its own beside a failure word.
func providerFailures(text string, own []bool) int {
	return providerLower(lowerText(text), own)
}

// providerLower is providerFailures of a text lowerText has lowered.
func providerLower(lower string, own []bool) int {
	if lower == "" {
		return 0
	}
	providerOnce.Do(loadProviders)
	if !providerKeys.in(lower) {
		return 0 // no provider's name (its first word) anywhere: most texts
	}
	n := 0
	words := splitWords(lower)
	for i, w := range words {
		for _, p := range providerByWord[w] {
			if n >= 3 {
				return n
			}
			if !wordsAt(words, i, p.words) || p.group < len(own) && own[p.group] {
				continue
			}
			end := i + len(p.words)
			for j := max(0, i-providerReach); j < len(words) && j < end+providerReach; j++ {
				if (j < i || j >= end) && failureWords[words[j]] {
					n++
					break
				}
			}
		}
	}
	if strings.IndexFunc(lower, isHan) < 0 {
		return n // no Chinese: no Chinese name, and no Chinese failure word beside an English one
	}
	// Chinese text: the Chinese names, and the English ones written in
	// it ("AWS 停机期间"), beside a Chinese failure word
	for _, p := range providerAll {
		if p.group < len(own) && own[p.group] {
			continue
		}
		for from := 0; n < 3; {
			k := strings.Index(lower[from:], p.text)
			if k < 0 {
				break
			}
			i := from + k
			from = i + len(p.text)
			if p.words != nil && (i > 0 && lowerWordByte(lower[i-1]) || from < len(lower) && lowerWordByte(lower[from])) {
				continue // part of a longer word
			}
			for _, f := range zhFailureWords {
				if nearText(lower, i, from, f) {
					n++
					break
				}
			}
		}
	}
	return n
}
