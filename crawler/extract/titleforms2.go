package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// siteKindWords name the kind of site a masthead's name ends with:
// "Thornby Blog", "Dunmere Engineering", "Rowsley Cloud Health", "Upwey
// Incident Center". A name of one or two words of the company's and
// such words alone is the site's, never a page's.
var siteKindWords = map[string]bool{"blog": true, "engineering": true, "tech": true, "news": true, "newsroom": true, "status": true,
	"support": true, "help": true, "center": true, "centre": true, "docs": true, "community": true, "cloud": true, "health": true,
	"incident": true, "incidents": true, "knowledge": true, "base": true, "hub": true, "portal": true, "updates": true,
	"dev": true, "devlog": true, "diary": true}

// mastheadWords end a newspaper's name ("Draughton Post", "Keld Courier",
// "The Dunholme Herald"): siteKindName takes them as siteKindWords.
// ("Echo", a word of programs and products as much as of papers, is
// none.)
var mastheadWords = map[string]bool{"post": true, "times": true, "herald": true, "gazette": true, "courier": true, "observer": true, "chronicle": true,
	"journal": true, "advertiser": true, "tribune": true, "telegraph": true, "sentinel": true, "ledger": true, "argus": true, "examiner": true}

// siteKindName reports whether a title is a site's name by its shape: one
// or two capitalised words that are no kind of site, then one to three
// words that are ("Thornby Blog", "Dunmere Engineering", "Upwey Incident
// Center"), and no word that names an incident.
func siteKindName(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 5 || strings.IndexFunc(t, isHan) >= 0 {
		return false
	}
	name := 0
	kind := func(w string) bool { w = strings.ToLower(w); return siteKindWords[w] || mastheadWords[w] }
	for name < len(f) && !kind(f[name]) {
		r, _ := utf8.DecodeRuneInString(f[name])
		if !unicode.IsUpper(r) {
			return false
		}
		name++
	}
	if name == 0 || name > 2 || name == len(f) || len(f)-name > 3 {
		return false
	}
	for _, w := range f[name:] {
		if !kind(w) {
			return false
		}
	}
	return !containsAny(strings.ToLower(t), titleIncidentWords)
}

// siteAndKind reports whether a line is only a site's name and a kind of
// page, set apart as a <title> sets them ("鹤汀云 | 事件报告", "Incident
// Report – Wexcombe Cloud"), and returns the site's name: a short one
// that names no incident (siteAndKindLine asks the names the page
// teaches; above its title a page has taught none yet).
func siteAndKind(line string) (string, bool) {
	if strings.IndexFunc(line, unicode.IsDigit) >= 0 {
		return "", false // (a running header: "FEWSTON RAIL   Page 1 of 3")
	}
	site := ""
	ok := siteAndKindParts(line, func(p string) bool {
		if genericTitle(p) || !runesAtMost(p, 24) || len(strings.Fields(p)) > 4 || strings.IndexFunc(p, unicode.IsDigit) >= 0 ||
			containsAny(strings.ToLower(p), titleIncidentWords) {
			return false
		}
		site = p
		return true
	})
	return site, ok
}

// filterRow reports whether a raw line is a list's filters or a record's
// fields set in columns, two or more "Name: value" apart by wide spaces,
// links or buttons beside them: "Product: All   Region: All   Date: Last
// 90 days   [Watch: …]".
func filterRow(raw string) bool {
	if !strings.Contains(raw, "  ") || !strings.Contains(raw, ":") || !runesAtMost(raw, 200) {
		return false
	}
	fields := 0
	for _, p := range twoSpaces.Split(strings.TrimSpace(raw), -1) {
		switch {
		case p == "":
		case strings.HasPrefix(p, "[") && strings.HasSuffix(p, "]"):
		case shortField.MatchString(p):
			fields++
		default:
			return false
		}
	}
	return fields >= 2
}

var (
	twoSpaces  = regexp.MustCompile(`\s{2,}`)
	shortField = regexp.MustCompile(`^\p{Lu}[\p{L} ]{0,20}:\s*\S.{0,24}$`)
)

// pipeMenu reports whether a line is a site's menu of three entries set
// apart by "|" ("公告中心 | 产品动态 | 故障公告", "Help | Notices |
// Incident reports"): each a menu's word, two of them at least names of
// a kind of page (genericTitle). isMenuLine asks four entries of any
// menu.
func pipeMenu(line string) bool {
	if strings.Count(line, "|") != 2 || !runesAtMost(line, 60) {
		return false
	}
	parts := strings.Split(line, "|")
	generic := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if !isNavWord(p) {
			return false
		}
		if genericTitle(p) {
			generic++
		}
	}
	return generic >= 2
}

// replySetting is the line a post shows under it for who may answer it
// ("Everybody can reply", "Only followers can reply", "Replies are
// limited", "Who can reply?"): the post's frame, never its title.
var replySetting = regexp.MustCompile(`(?i)^(?:everybody|everyone|only (?:followers|people you follow|mentioned users)|nobody|people @?\S+ (?:follows|mentioned))(?: or mentioned)? can reply\.?$|^replies (?:are )?(?:limited|disabled|off)\.?$|^who can reply\??$`)

// isReplySetting is replySetting.MatchString(line), asked only of a short
// line with "repl" in it.
func isReplySetting(line string) bool {
	return len(line) <= 60 && strings.Contains(strings.ToLower(line), "repl") && replySetting.MatchString(line)
}

// issueByline is the line under an issue's or a merge request's title on a
// code host's page: "tkaplan opened this issue on Mar 5, 2026 · 7
// comments", "mhollis opened this pull request 2 days ago", "Opened 3
// days ago by priya". The title stands above it, perhaps over its state
// ("Open", "Closed", "Merged").
var issueByline = regexp.MustCompile(`(?i)^(?:\S{1,39} (?:opened|reported|filed|created) this (?:issue|pull request|merge request|discussion|bug|ticket)\b|(?:opened|reported|created) (?:\d+|an?) \w+ ago by \S|(?:opened|reported|filed|created) by \S{1,39} on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\b)`)

// issueState is a code host's state of an issue on a line of its own.
var issueState = map[string]bool{"open": true, "closed": true, "merged": true, "draft": true, "opened": true, "reopened": true}

// isIssueByline is issueByline.MatchString(line), gated by its words.
func isIssueByline(line string) bool {
	return len(line) <= 160 && (strings.Contains(line, " this ") || strings.Contains(line, " ago by ") || strings.Contains(line, " by ")) && issueByline.MatchString(line)
}

// namedByDateAlone reports whether a page names itself by a date alone
// (its heading "March 3, 2026") and by nothing else than its kind and
// site ("Incident Report | Yelverton"): the incident's name is then its
// first line of its own among the fields under the heading.
func namedByDateAlone(d *document) bool {
	if d.title == "" || cleanTitle(d.title, d.org) != "" || pickDay(d.title, false).IsZero() {
		return false
	}
	kind := d.headKind // (a <title> of a kind of page and a site is no candidate: html.go's headName)
	for _, t := range d.titles {
		c := cleanTitle(t, d.org)
		if c != "" && !genericTitle(c) && !siteTitle(d, c) {
			return false
		}
		kind = kind || c != "" && genericTitle(c)
	}
	return kind // (a <title> that names the page's kind: a page dated alone, "2026-03-05" over a changelog's entries, names none)
}

// fieldColumns reports whether a raw line is a field of a printed card or
// report laid out in two columns: a name of two to four words (or of one
// over a value with a figure), a run of three spaces or more, and its
// value ("Date of incident   4 March 2026", "Prepared by        Site
// Reliability Engineering"). It names no incident, whatever words its
// value holds.
func fieldColumns(raw string) bool {
	raw = strings.TrimSpace(raw)
	k := strings.Index(raw, "   ")
	if k <= 0 || len(raw) > 120 {
		return false
	}
	name, value := raw[:k], strings.TrimSpace(raw[k:])
	if value == "" || strings.Contains(value, "   ") {
		return false
	}
	f := strings.Fields(name)
	if len(f) > 4 || strings.ContainsAny(name, ".:!?|") {
		return false
	}
	if len(f) < 2 && strings.IndexFunc(value, unicode.IsDigit) < 0 {
		return false // "Developers    Support": a menu's two entries
	}
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) || isHan(r)
}
