package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The forms of this file choose a status page's title when its first
// heading is the product it tells of, not the incident: "Yoredale Kafka"
// over "Consumer lag in us-west-2", "云数据库 MySQL" over
// "华北一区主备切换期间部分实例连接失败".

// pageState is an incident's state as a status page shows it, on a line of
// its own or in one ("Incident · Minor · Resolved", "March 4, 16:20 UTC —
// Resolved", "已恢复").
var pageState = regexp.MustCompile(`(?i)\b(?:resolved|investigating|identified|monitoring)\b|` + zhStateAlt(zhResolvedStates, zhMonitoringStates, zhInvestigatingStates, zhProgressStates))

// productName reports whether a heading is a product's name by its
// shape: four words at most, each set in capitals or Han (six Han
// characters at most: a longer run tells what happened), or a name in
// brackets ("Object Storage", "Yoredale Kafka", "云数据库 MySQL",
// "Queue Service (Dublin)"), naming no incident and ending no sentence.
func productName(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 4 || !runesAtMost(t, 30) || hanCount(t) > 6 || endsSentence(t) || containsAny(strings.ToLower(t), titleIncidentWords) || pageState.MatchString(t) {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "("))
		if !unicode.IsUpper(r) && !isHan(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// productHeadingOver is the incident's name a status page sets under a
// heading of its product: a heading or a line of its own among the
// four blocks after the product's (its state lines, fields and the site's name passed
// over), one that names no section nor ends a sentence, on a page that
// shows an incident's state. "" when the title is no product's name or
// the page no status page.
func productHeadingOver(d *document, title string) string {
	if !productName(title) {
		return ""
	}
	from, stated := 0, false
	for i, b := range d.blocks {
		if i >= 16 {
			break
		}
		if b.kind == kindHeading && cleanSpace(b.text) == title && from == 0 {
			from = i + 1
		}
		stated = stated || runesAtMost(b.text, 60) && pageState.MatchString(b.text)
	}
	if !stated {
		return ""
	}
	for i := from; i < len(d.blocks) && i < from+4; i++ {
		b := d.blocks[i]
		t := cleanSpace(b.text)
		if runesAtMost(t, 60) && pageState.MatchString(t) || b.label != "" {
			continue // its state ("Incident · Minor · Resolved", "已恢复"), a field
		}
		if _, _, ok := recordFieldLine(t); ok || siteTitle(d, t) || ownSiteName(d, t) {
			continue // a field; the site's name (above the product's, when the title's heading is out of the blocks)
		}
		if b.kind != kindHeading && b.kind != kindPara || b.code {
			return ""
		}
		c := cleanTitle(t, d.org)
		if c == "" || !isTitleLine(c) || endsSentence(c) || !runesAtMost(c, 120) || classifyHeading(c) != "" || isSectionName(c) || genericTitle(c) || productName(c) {
			return ""
		}
		return c
	}
	return ""
}
