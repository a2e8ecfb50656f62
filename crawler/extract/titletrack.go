package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// trackingLine is a root cause analysis's tracking number alone on its
// line, as a cloud's status history heads each analysis: "Tracking ID:
// QK7L-T9Z", "事件编号：SY-20260301-07".
var trackingLine = regexp.MustCompile(`(?i)^(?:tracking id|incident id|事件编号|跟踪编号)\s*[:：]\s*[A-Z0-9][A-Z0-9-]{3,24}$`)

// impactLabel names an analysis's first paragraph, the one that says who
// was hit and how: "Summary of impact", "What happened?", "影响概述".
var impactLabel = regexp.MustCompile(`(?i)^(?:summary of impact|impact summary|impact|what happened\??|影响概述|影响摘要|影响范围)\s*[:：]?$`)

// impactClause reads that paragraph's subject as the analysis's own title
// would: "customers using Orton Front Door in Europe experienced
// intermittent connectivity failures when …" gives the service, the place
// and the failure.
var impactClause = regexp.MustCompile(`\b(?:customers|users)(?: (?:using|of) (?:the )?([A-Z][\w-]*(?: [A-Z0-9][\w-]*)*))?(?: in (?:the )?([A-Z][\w-]*(?: [A-Z0-9][\w-]*)*))?,? (?:may have )?(?:experienced|received|encountered|saw|seen|had|been unable to|were unable to|could not) ([^.,;]+)`)

// impactClauseZh is the Chinese form: "华东二区部分用户使用石云消息队列时出现消息
// 发送失败和消费延迟".
var impactClauseZh = regexp.MustCompile(`使用([^，。；、\s]{2,16}?)时(?:出现|发生|遇到)([^，。；]{2,30})`)

// impactCut ends the failure's phrase where its circumstances begin.
var impactCut = regexp.MustCompile(`\s+(?:between|from|on|after|during|for|since|until|at|with)\s`)

// trackedTitle titles an analysis that a status history heads with its
// tracking number alone: the title the page gives ("Last 90 days" of the
// history's filter, "RCA - Site", the tracking line itself) names nothing
// that its summary of impact names, so the summary's subject is the
// title, as a reader labels it ("Orton Front Door - Intermittent
// connectivity failures in Europe"). Any other page keeps its title.
func trackedTitle(blocks []block, title string) (string, bool) {
	at := -1
	for i, b := range blocks {
		if i >= 8 {
			break
		}
		if trackingLine.MatchString(strings.Trim(cleanSpace(b.text), "*")) {
			at = i
			break
		}
	}
	if at < 0 && !trackingLine.MatchString(strings.Trim(cleanSpace(title), "*")) {
		return "", false
	}
	summary := ""
	for i := at + 1; i < len(blocks) && i <= at+3; i++ {
		b := blocks[i]
		if b.label != "" && impactLabel.MatchString(b.label) {
			summary = b.text
			break
		}
		if impactLabel.MatchString(strings.Trim(cleanSpace(b.text), "*")) && i+1 < len(blocks) {
			summary = blocks[i+1].text
			break
		}
	}
	if summary == "" {
		return "", false
	}
	t := impactTitle(summary)
	if t == "" || sharesWord(title, summary) {
		return "", false
	}
	return t, true
}

// impactTitle is a summary of impact's subject as a title: the service, a
// dash, the failure and its place.
func impactTitle(s string) string {
	if m := impactClauseZh.FindStringSubmatch(s); m != nil {
		return m[1] + " - " + m[2]
	}
	m := impactClause.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	svc, place, what := m[1], m[2], m[3]
	if loc := impactCut.FindStringIndex(what); loc != nil {
		what = what[:loc[0]]
	}
	for _, w := range []string{" when ", " while "} {
		if k := strings.Index(what, w); k > 0 {
			if strings.Contains(what[:k], " ") {
				what = what[:k] // "intermittent connectivity failures when reaching …"
			} else {
				what = what[:k] + " " + what[k+len(w):] // "failures when reading secrets": "failures reading secrets"
			}
		}
	}
	what = strings.TrimSpace(what)
	if what == "" || strings.Count(what, " ") > 10 {
		return ""
	}
	what = upperFirst(what)
	t := what
	if place != "" {
		t += " in " + place
	}
	if svc != "" {
		t = svc + " - " + t
	}
	return t
}

// sharesWord reports whether a names a word of b's: a word of four
// letters or more, or two Han characters in a row.
func sharesWord(a, b string) bool {
	lb := strings.ToLower(b)
	split := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(lb, split) {
		words[w] = true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(a), split) {
		if hanCount(w) > 0 {
			rs := []rune(w)
			for i := 0; i+1 < len(rs); i++ {
				if isHan(rs[i]) && isHan(rs[i+1]) && strings.Contains(lb, string(rs[i:i+2])) {
					return true
				}
			}
			continue
		}
		if utf8.RuneCountInString(w) >= 4 && words[w] {
			return true
		}
	}
	return false
}
