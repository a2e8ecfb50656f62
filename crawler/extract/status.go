package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// statusBanner is a status page's state line, never an incident's
	// title or event: "All Systems Operational", "February 03, 2018 All
	// services available", "No incidents reported today".
	// (gated: only a line that opens with one of its words is read)
	statusBanner = gateRegexp(regexp.MustCompile(`(?i)^(?:(?:current status|(?:system|service|overall) status|当前状态|服务状态|系统状态|整体状态)\s*[:：]\s*)?(?:all systems (?:are )?operational|all services (?:are )?(?:available|operational|online)|no incidents? (?:reported|today)[^.]*|no (?:known )?issues?(?: reported)?|this incident has been resolved|(?:fully |all )?operational|partial(?:ly)? (?:outage|degraded)|(?:minor|major|partial|critical)(?: system| service)? (?:outages?|disruptions?|degradation)|degraded performance|under maintenance|service (?:outage|disruption|degradation|interruption)|service (?:is )?operating normally|系统运行正常|(?:当前)?所有(?:系统|服务)(?:运行)?正常|(?:当前)?部分(?:系统|服务)(?:异常|故障)|所有系统均可正常运行|暂无(?:事故|事件|故障)|(?:本日|今日|当日)无(?:事故|事件|故障)(?:报告)?)[.。]?$`))
	// statusWord is the state an update of a status page announces.
	statusWord = regexp.MustCompile(`(?i)^\**(resolved|monitoring|identified|investigating|update|updated|postmortem|post-incident report|completed|verifying|in progress|mitigated|scheduled|fixed|watching|` + zhStateAlt(zhUpdateStates) + `)\**(?:\s*[-–—:：]\s*(.*))?$`)
	// postedLine is the time an update was posted: "Posted Feb 03, 2018 -
	// 10:22 PST", "Posted 3 days ago. Mar 05, 2024 - 17:05 UTC", "发布于
	// 2024年3月5日 17:05".
	postedLine = regexp.MustCompile(`(?i)^(?:posted|发布于|发布时间[:：]?)?\s*(?:\d+\s+\w+\s+ago\.?\s*)?`)
	// printHeader is the header a browser prints on each page of a web
	// page saved as PDF: "3/14/24, 10:22 AM Title of the page - Site", or
	// with the date year first as browsers set to Chinese or Japanese
	// print it: "2025/10/12 08:47 标题 - 站点", "2026/3/11 上午9:02 标题_站点",
	// or day first with dots as browsers set to German print it:
	// "18.02.26, 21:37 Title - Site".
	printHeader = regexp.MustCompile(`(?i)^(?:` + printDay + `),?\s+(?:上午|下午)?\d{1,2}:\d{2}(?:\s*[ap]m)?\s+(.+)$`)
	// siteName is a heading that names a site, not an incident: "Example
	// Cloud Status Dashboard", "Status History", "GitHub Status", "云桥
	// 服务状态" (a short name, then 服务状态, at the line's end: not
	// "…导致服务状态异常").
	siteName = regexp.MustCompile(`(?i)(?:(?:status|health) (?:dashboard|page|history)|^[\w .&-]{0,40}\b(?:status|service health)$|^incident history$|^(?:past|previous|recent|resolved) incidents$|^history$|^status$|^(?:service health|service status|system status|status|health)(?: dashboard| page| history)?\s*[—–:|·-]\s*[^—–|:]{1,40}$|状态页|状态历史|服务健康|^[^，。、；：,.;:]{1,16}?\s*服务状态(?:\s*[-–—|·]\s*[^，。\s]{1,8})?$)`)
	// siteBit is the site a link aggregator names after a post's title:
	// "Quayside Pay API is down (quaysidepay.example)".
	siteBit = regexp.MustCompile(`(?i)\s+\((?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?\)$`)
	// monthYear is a month and a year alone: "February 2025".
	monthYear = regexp.MustCompile(`(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d$`)
	// dayMonthAlone is a day and its month alone, no year: "12 May", "May 12",
	// "Tue 12 May" (a history's day over its entry).
	dayMonthAlone = regexp.MustCompile(`(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)$`)
	// dayFirstDate is a date written day first, with its weekday
	// ("20 May 2025", "Tue, 3 June 2025"): a day's heading in a history.
	dayFirstDate = gateRegexp(regexp.MustCompile(`(?i)\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b`))
	// leadDate is a date (with its bullet) written before a title.
	leadDate = regexp.MustCompile(`^\s*(?:[-*•·◇◆○●■□▪►]\s*)?(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:\s*[-–—:：|·]\s*|\s+|$)`)
)

// stateAlone is an incident's state alone on its line, as a status page
// sets it in its heading over the incident's name: "Resolved", "已恢复".
var stateAlone = regexp.MustCompile(`(?i)^(?:resolved|monitoring|identified|investigating|mitigated|recovered|` + zhStateAlt(zhStageStates) + `)[.。]?$`)

// menuPrompt is a whole line that is a menu's prompt to the reader.
var menuPrompt = regexp.MustCompile(`(?i)^(?:sign in|sign up|sign out|log ?in|log ?out|register|subscribe(?: to (?:updates|notifications))?|free (?:account|trial)|get started|start (?:free|for free|(?:a |your )?free trial)|(?:get|book|request|schedule) a demo|try (?:it |us )?(?:for )?free|contact (?:us|sales)|menu|search|登录|注册|免费注册|立即注册|订阅|订阅更新)$`)

// siteNameKeys: a cheap test before siteName and sitePlace, which most
// lines fail: every match, lowered, holds one of them (TestBannerKeys
// checks). A text with a rune (?i) folds to an ASCII letter is left to the
// expression.
var siteNameKeys = []string{"status", "health", "history", "incidents", "状态页", "状态历史", "服务健康", "服务状态"}

// maySiteName reports whether t, or a part of it, can be a site's name:
// it holds a key of siteName.
func maySiteName(t string) bool {
	return containsAny(asciiLower(t), siteNameKeys) || foldsToASCII(t)
}

// clockWithZone is a clock time with its zone and the words around it:
// "at 10:50 UTC", "9:15 a.m. PT", "- 14:20 PST".
var clockWithZone = regexp.MustCompile(`(?i)(?:\bat\s+)?\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:` + zoneAlt + `)\)?)?`)

// withoutIssueNumber drops the number an issue tracker sets after an
// issue's title ("Postmortem: webhook deliveries stalled on 2025-12-02
// #1843"), when four words or more come before it.
func withoutIssueNumber(t string) string {
	k := strings.LastIndex(t, " #")
	if k < 0 || k+2 == len(t) || len(t)-k-2 > 7 || !isDigits(t[k+2:]) || len(strings.Fields(t[:k])) < 4 {
		return t
	}
	if recordKinds[strings.ToLower(lastWord(t[:k]))] {
		return t // "Stratus Load Balancing Incident #17009": a record's name, its number its own
	}
	return strings.TrimSpace(t[:k])
}

// trackerSuffix is what a code host's page title adds after an issue's:
// " · Issue #2317 · owner/repo", " · Pull Request #88 · owner/repo".
var trackerSuffix = regexp.MustCompile(`\s+·\s+(?:Issue|Pull Request|Discussion|Merge request) #\d+\s+·\s+[\w.-]+(?:/[\w.-]+)+$`)

// recordKinds are the words that name a record before its number.
var recordKinds = map[string]bool{"incident": true, "issue": true, "event": true, "ticket": true, "case": true, "outage": true, "bug": true, "report": true, "request": true, "change": true}

// trailingButtons are a line's buttons after its words, each label in
// brackets: "[Subscribe to updates]  [Report a problem]".
var trailingButtons = regexp.MustCompile(`\s+(?:\[[^\[\]()]{1,30}\]\s*)+$`)

// cleanTitle strips what is not a title's: bullets, a leading date, link
// and image markup, a trailing site name. It returns "" for a line that is
// no title at all: a status banner, a site's name, markup alone, a date.
func cleanTitle(t, org string) string {
	t = strings.TrimSpace(t)
	if strings.Contains(t, "](") || strings.Contains(t, "![") {
		t = inlineMarkdown(t)
	}
	if strings.IndexByte(t, '<') >= 0 {
		t = strings.TrimSpace(htmlTag.ReplaceAllString(t, ""))
	}
	if bold := strings.TrimSpace(t); strings.HasPrefix(bold, "**") && strings.HasSuffix(bold, "**") {
		t = strings.TrimRight(bold, "*") // "**Partial System Outage**": bold's closing marks too
	}
	t = trimIcon(strings.TrimSpace(strings.TrimLeft(t, "#-*•·◇◆○●■□▪► ")))
	hasDigit := strings.IndexFunc(t, unicode.IsDigit) >= 0
	if hasDigit && startsWithDigit(t) {
		t = strings.TrimSpace(leadDate.ReplaceAllString(t, ""))
	}
	t = cleanSpace(t)
	if strings.HasSuffix(t, "]") {
		if m := trailingButtons.FindStringIndex(t); m != nil && m[0] > 0 {
			t = t[:m[0]] // "Fownhope Payroll status   [Subscribe to updates]": a header's buttons
		}
	}
	if strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(siteBit.ReplaceAllString(t, "")) // "… is down (example.com)"
	}
	if hasDigit {
		if m := trackerSuffix.FindStringIndex(t); m != nil && m[0] > 0 {
			t = t[:m[0]] // "… · Issue #2317 · cilgerran-ssg/cilgerran": the tracker's page title around the issue's
		}
		t = withoutIssueNumber(t)
	}
	t = trimOutlet(t)
	if t == "" || strings.ContainsAny(t, "[]") && strings.Trim(t, "[]()! ") == "" {
		return ""
	}
	if statusBanner.MatchString(t) || maySiteName(t) && (siteName.MatchString(t) || sitePlace(t)) || recordMeta(t) {
		return ""
	}
	if len(t) <= 30 && stateAlone.MatchString(t) {
		return "" // "Resolved", "已恢复": the state a status page's heading shows
	}
	if len(t) <= 30 && menuPrompt.MatchString(t) {
		return "" // "Sign in", "Subscribe to updates": a menu's prompt
	}
	if org != "" && strings.EqualFold(t, org) {
		return ""
	}
	words := t
	if hasDigit {
		words = dayFirstDate.ReplaceAllString(enDate.ReplaceAllString(zhDate.ReplaceAllString(isoDay.ReplaceAllString(t, ""), ""), ""), "")
		if monthYear.MatchString(t) || dayMonthAlone.MatchString(t) {
			return "" // "February 2025", "12 May": a month's or a day's heading in a history
		}
	}
	if hasDigit && (t[0] == '[' || strings.HasPrefix(t, "【")) {
		if _, _, _, ok := bracketedUpdate(t, ""); ok {
			return "" // "【已恢复】北京时间2025年4月9日 16:42": an update's state and time
		}
	}
	if hasDigit && containsAnyRune(t, ":：") {
		if _, _, ok := spanField(t, ""); ok {
			return "" // "故障时间：2025年11月3日 08:40": a field of the record, no title
		}
	}
	if hasDigit && strings.IndexByte(words, ':') >= 0 {
		// "Jul 02, 2025 10:50 UTC": a time with its zone is no title either
		words = clockWithZone.ReplaceAllString(words, "")
	}
	if strings.IndexFunc(words, func(r rune) bool { return isHan(r) || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) < 0 {
		return "" // a date or a number alone
	}
	return t
}

// metaSep separates the fields of a record's line: "Severity 1 · Resolved
// · Post-incident report published 27 May 2025".
var metaSep = regexp.MustCompile(`\s+[·|•]\s+`)

// severityField is a severity or a priority and its grade: "Severity 1",
// "SEV-2", "P1", "级别：P2".
var severityField = regexp.MustCompile(`(?i)^(?:sev(?:erity)?|priority|p|级别|等级)\s*[-:：]?\s*\d$`)

// recordMeta reports whether a line is a record's fields joined on one
// line, a state or a severity among them ("Severity 1 · Resolved · …",
// "Resolved · Webhooks"): the record's, not a title.
func recordMeta(t string) bool {
	if !strings.Contains(t, "·") && !strings.Contains(t, "|") && !strings.Contains(t, "•") {
		return false
	}
	parts := metaSep.Split(t, -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if severityField.MatchString(p) || mayBeStatusWord(p) && bareStatus(block{text: p}) {
			return true
		}
	}
	return false
}

// sitePlace reports whether a heading is a site's name for a page and
// the place it shows ("Service health — eu-north-3", "Status – Frankfurt"):
// a status page's, naming no incident.
func sitePlace(t string) bool {
	if !maySiteName(t) {
		return false // no part of it can be a site's name
	}
	parts := siteSep.Split(t, -1)
	if len(parts) != 2 {
		return false
	}
	for k, p := range parts {
		other := strings.TrimSpace(parts[1-k])
		if siteName.MatchString(strings.TrimSpace(p)) && len(strings.Fields(other)) <= 3 && !containsAny(keysLower(other), titleIncidentWords) {
			return true
		}
	}
	return false
}

// statusUpdates folds the updates of a status page (a state word, what it
// said, when it was posted) into one list item each that starts with its
// time, "Feb 03, 2018 - 10:22 PST Resolved: This incident has been
// resolved.", which the timeline reads as an event.
func statusUpdates(blocks []block, lang string) []block {
	var out []block
	changed := false
	orig := blocks
	blocks = plainStates(blocks)
	stampFirst := stampsLead(blocks, lang)
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if stampFirst && i+1 < len(blocks) && b.kind != kindHeading && b.label == "" {
			if st, ok := postedStamp(strings.TrimSpace(b.text), lang); ok {
				if m := statusWord.FindStringSubmatch(strings.TrimSpace(blocks[i+1].text)); m != nil && mayBeStatusWord(blocks[i+1].text) {
					// the time, the state, then what it said
					body := strings.TrimSpace(m[2])
					j := i + 2
					for ; body == "" && j < len(blocks) && (blocks[j].kind == kindPara || blocks[j].kind == kindItem); j++ {
						t := strings.TrimSpace(blocks[j].text)
						if _, ok := postedStamp(t, lang); ok || statusLine(t) {
							break
						}
						if blocks[j].label != "" {
							t = blocks[j].label + ": " + t
						}
						body = t
					}
					text := strings.Trim(m[1], "*")
					if body != "" {
						text += ": " + body
					}
					out = append(out, block{kind: kindItem, text: st + " " + text})
					changed = true
					i = j - 1
					continue
				}
			}
		}
		if (b.kind == kindPara || b.kind == kindItem || b.kind == kindHeading) && b.label == "" {
			if st, body, state, ok := bracketedUpdate(strings.TrimSpace(b.text), lang); ok && body == "" {
				// "【已恢复】北京时间2025年4月9日 16:42" / "消息队列服务已全部恢复。"
				// (an update that says it on its own line, "【处理中】2026-02-11
				// 14:05 已定位到…", is read as a dated line already)
				j := i + 1
				if body == "" && j < len(blocks) && (blocks[j].kind == kindPara || blocks[j].kind == kindItem) && blocks[j].label == "" {
					if t := strings.TrimSpace(blocks[j].text); !bracketedState.MatchString(t) {
						if _, ok := postedStamp(t, lang); !ok {
							body = t
							j++
						}
					}
				}
				text := state
				if body != "" {
					text += ": " + body
				}
				out = append(out, block{kind: kindItem, text: st + " " + text})
				changed = true
				i = j - 1
				continue
			}
		}
		if (b.kind == kindPara || b.kind == kindItem) && b.label == "" {
			if st, body, state, ok := stampedUpdate(strings.TrimSpace(b.text), lang); ok {
				// "07 Apr 2025 14:31 UTC — Investigating. We are looking …",
				// or its state alone ("Feb 24, 2026 8:05 PM AEDT — Update"),
				// what it said left in the paragraphs under it
				text := state
				if body != "" {
					text += ": " + body
				}
				out = append(out, block{kind: kindItem, text: st + " " + text})
				changed = true
				continue
			}
		}
		if strings.HasPrefix(b.text, ">") {
			if q := strings.TrimLeft(b.text, "> "); mayBeStatusWord(q) {
				b.text = q // an update quoted ("> Identified - …") in a thread
			}
		}
		if !mayBeStatusWord(b.text) || updatedLine(strings.TrimSpace(b.text)) {
			// (a news story's "Updated: 6 Oct 2026, 08:40 PM IST" under
			// its byline is when the page changed, no update's state
			// over the lede)
			out = append(out, b)
			continue
		}
		m := statusWord.FindStringSubmatch(strings.TrimSpace(b.text))
		if m == nil && (b.kind == kindItem || b.kind == kindPara) {
			// "Investigating Some apps are returning errors. … February
			// 24, 2026 17:20 UTC": a state set apart from its text by
			// markup alone, flattened with no separator; read as an
			// update only where its posted time closes it
			if sm := stateThenText.FindStringSubmatch(strings.TrimSpace(b.text)); sm != nil {
				if _, _, ok := trailingStamp(sm[2], lang); ok {
					m = sm
				}
			}
		}
		if m != nil && b.kind != kindRow && strings.TrimSpace(m[2]) == "" {
			if k, st, ok := reportStamp(blocks, i, lang); ok {
				// a postmortem update whose body is a report in
				// sections: the update is an event at the time it was
				// posted, its sections stay blocks, the posted line goes;
				// the event follows the sections, as its day (the report
				// was posted days after the outage) is not the one its
				// timeline's clock times fall on
				out = append(out, blocks[i+1:k]...)
				out = append(out, block{kind: kindItem, text: st + " " + strings.Trim(m[1], "*")})
				changed = true
				i = k
				continue
			}
		}
		if m == nil || b.kind == kindRow || b.kind == kindHeading && i+1 < len(blocks) && blocks[i+1].kind == kindHeading {
			out = append(out, b)
			continue
		}
		body := strings.TrimSpace(m[2])
		stampText := ""
		j := i + 1
		if st, ok := postedStamp(body, lang); ok {
			stampText, body = st, ""
		} else if rest, st, ok := trailingStamp(body, lang); ok {
			stampText, body = st, rest
		} else if st, rest, ok := leadingStamp(body, lang); ok {
			stampText, body = st, rest
		}
		for ; stampText == "" && j < len(blocks) && j <= i+4; j++ {
			nb := blocks[j]
			if nb.kind == kindHeading && nb.level <= 3 || mayBeStatusWord(nb.text) && statusWord.MatchString(strings.TrimSpace(nb.text)) {
				break
			}
			t := strings.TrimSpace(nb.text)
			if nb.label != "" {
				t = nb.label + ": " + t
			}
			if st, ok := postedStamp(t, lang); ok {
				stampText = st
				j++
				break
			}
			if rest, st, ok := trailingStamp(t, lang); ok {
				body = strings.TrimSpace(body + " " + rest)
				stampText = st
				j++
				break
			}
			body = strings.TrimSpace(body + " " + t)
		}
		if stampText == "" {
			if k, st, ok := longUpdateStamp(blocks, i, lang); ok && strings.TrimSpace(m[2]) == "" {
				// a state over an update of many paragraphs, its time
				// after them (a Statuspage report posted as its
				// "Resolved" update): the paragraphs stay blocks, the
				// write-up's prose before the updates; the state's line
				// goes, and the update is an event where its time stood
				out = append(out, blocks[i+1:k]...)
				out = append(out, block{kind: kindItem, text: st + " " + strings.Trim(m[1], "*")})
				changed = true
				i = k
				continue
			}
			out = append(out, b)
			continue
		}
		if body == "" && j < len(blocks) && (blocks[j].kind == kindPara || blocks[j].kind == kindItem) && blocks[j].label == "" {
			// a state, the time, then what it said (an Instatus page)
			if t := strings.TrimSpace(blocks[j].text); !mayBeStatusWord(t) || !statusWord.MatchString(t) {
				if _, ok := postedStamp(t, lang); !ok {
					body = t
					j++
				}
			}
		}
		state := strings.Trim(m[1], "*")
		text := state
		if body != "" {
			text = state + ": " + body
		}
		out = append(out, block{kind: kindItem, text: stampText + " " + text})
		changed = true
		i = j - 1
	}
	if !changed {
		return orig
	}
	return out
}

// plainStates writes an update's state as statusWord reads it, before
// the page's layout is judged (stampsLead) and its updates read: a
// Chinese state parted from its text by a space alone ("已定位　问题由元数据
// 服务的一次配置变更引起。") takes a colon ("已定位：…"), and a state alone
// in brackets on its line, its text and time on the lines under it
// ("【处理中】", "[Monitoring]"), loses them. blocks itself comes back
// when no block is such an update; else a copy.
func plainStates(blocks []block) []block {
	// (stateAged: an update's state beside how long ago it was posted,
	// "Resolved · 2 days ago", "Investigating • 3 hours ago")
	var out []block
	for i, b := range blocks {
		if b.kind == kindHeading {
			continue
		}
		text := b.text
		if m := zhStateSpaced.FindStringSubmatchIndex(text); m != nil {
			text = text[:m[3]] + "：" + text[m[4]:]
		} else if m := agedState(text); m != nil {
			text = m[1] // "Resolved · 2 days ago": the state, its stamp under its text
		} else if t := strings.TrimSpace(text); t != "" && (t[0] == '[' || strings.HasPrefix(t, "【")) {
			if m := bracketedState.FindStringSubmatch(t); m != nil && len(m[0]) == len(t) && statusLine(m[1]) {
				text = m[1]
			}
		}
		if text == b.text {
			continue
		}
		if out == nil {
			out = slices.Clone(blocks)
		}
		out[i].text = text
	}
	if out == nil {
		return blocks
	}
	return out
}

// agedState is stateAged's match of a line, asked only of a short one
// that says how long ago.
func agedState(text string) []string {
	if len(text) > 60 || !strings.Contains(text, " ago") && !strings.Contains(text, "esterday") && !strings.Contains(text, "oday") && !strings.Contains(text, "ust now") {
		return nil
	}
	return stateAged.FindStringSubmatch(strings.TrimSpace(text))
}

// stateAged is an update's state beside the age of its posting, the
// stamp set under its text ("Resolved · 2 days ago").
var stateAged = regexp.MustCompile(`(?i)^\**(resolved|monitoring|identified|investigating|update|mitigated|completed|verifying|in progress)\**\s*[·•|]\s*(?:(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|just now|yesterday|today)\.?$`)

// maxReportBlocks bounds how far a status update's report in sections
// is searched for the line that says when it was posted.
const maxReportBlocks = 80

// reportStamp finds, for the state line at i whose update opens with a
// heading that names a section (a postmortem's "Root cause" set in bold),
// the line after its sections that says when it was posted: k is its
// index, st its time. ok is false when another state, a page's heading
// or the bound comes first.
func reportStamp(blocks []block, i int, lang string) (k int, st string, ok bool) {
	if i+1 >= len(blocks) || blocks[i+1].kind != kindHeading || blocks[i+1].level <= 3 || blocks[i].kind == kindHeading && blocks[i+1].level <= blocks[i].level {
		return 0, "", false
	}
	if sec := classifyHeading(blocks[i+1].text); sec == "" || sec == secBoilerplate {
		return 0, "", false
	}
	for k = i + 2; k < len(blocks) && k <= i+maxReportBlocks; k++ {
		b := blocks[k]
		t := strings.TrimSpace(b.text)
		if b.kind == kindHeading && b.level <= 3 || b.kind != kindHeading && statusLine(t) {
			return 0, "", false
		}
		if b.kind == kindPara && b.label == "" {
			if st, ok := postedStamp(t, lang); ok {
				return k, st, true
			}
		}
	}
	return 0, "", false
}

// longUpdateStamp is where the posted time of a state's update stands
// when its text runs to more paragraphs than statusUpdates folds (four
// to maxReportBlocks - 1: the time stands more than four blocks under the
// state), with no heading or other state between: k is its block, st its
// stamp.
func longUpdateStamp(blocks []block, i int, lang string) (k int, st string, ok bool) {
	for k = i + 1; k < len(blocks) && k <= i+maxReportBlocks; k++ {
		b := blocks[k]
		t := strings.TrimSpace(b.text)
		if b.kind == kindHeading || statusLine(t) {
			return 0, "", false
		}
		if b.kind == kindPara && b.label == "" {
			if st, ok := postedStamp(t, lang); ok {
				return k, st, k > i+4
			}
		}
	}
	return 0, "", false
}

// stampedUpdate reads an update that gives its time, then its state as a
// sentence of its own, then what it said, on one line: "07 Apr 2025
// 17:40 UTC — Resolved. Between 14:18 and 15:51 UTC …", "2025-04-07
// 15:20 UTC | Identified: a faulty zone update …".
func stampedUpdate(t, lang string) (stamp, body, state string, ok bool) {
	if t == "" || t[0] < '0' || t[0] > '9' && t[0] < 'A' {
		return "", "", "", false
	}
	st, n, found := parseStamp(t, lang)
	if !found || !st.hasClock() || !st.hasDate() {
		return "", "", "", false
	}
	rest := strings.TrimLeft(t[n:], " ")
	m := stampedState.FindStringSubmatch(rest)
	if m == nil {
		return "", "", "", false
	}
	return strings.TrimSpace(t[:n]), strings.TrimSpace(m[2]), m[1], true
}

// bracketedState is an update's state in brackets at the head of its
// line, before the time it was posted: "【已恢复】", "[Resolved]".
var bracketedState = regexp.MustCompile(`(?i)^(?:【|\[)\s*(resolved|monitoring|identified|investigating|update|mitigated|` + zhStateAlt(zhUpdateStates, []string{"故障发现", "发现故障", "进展", "最新进展", "恢复中"}) + `)\s*(?:】|\])\s*`)

// bracketedUpdate reads an update whose line opens with its state in
// brackets and then the time it was posted, in a zone's name or not, what
// it said after the time or on the next line: "【处理中】北京时间2025年4月9日
// 16:05", "[Identified] Sep 2, 2025 16:02 UTC".
func bracketedUpdate(t, lang string) (stamp, body, state string, ok bool) {
	if t == "" || t[0] != '[' && !strings.HasPrefix(t, "【") {
		return "", "", "", false
	}
	m := bracketedState.FindStringSubmatch(t)
	if m == nil {
		return "", "", "", false
	}
	rest := t[len(m[0]):]
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "北京时间"), " ：:")
	st, n, found := parseStamp(rest, lang)
	if !found || !st.hasClock() || !st.hasDate() {
		return "", "", "", false
	}
	return strings.TrimSpace(rest[:n]), strings.TrimSpace(strings.TrimLeft(rest[n:], " ,，.。-–—|:：")), m[1], true
}

// stampedState is the state and text after an update's time: "— Resolved.
// Between …", "| Identified: …", "- 已解决。…", or the state alone ("—
// Update").
var stampedState = regexp.MustCompile(`(?i)^[—–\-|·:]\s*\**(resolved|monitoring|identified|investigating|update|mitigated|postmortem|` + zhStateAlt(zhUpdateStates) + `)\**(?:[.:：。]\s*(.*)|\s*)$`)

// stampsLead reports whether a page's updates give their time first,
// above their state and text ("Mar 11, 2025 08:40 UTC" / "Resolved" /
// "Error rates have returned to normal."), not after their text as a
// Statuspage does: more of its state lines stand right under a line that
// is only a time than have a time line after their text.
func stampsLead(blocks []block, lang string) bool {
	isStamp := func(b block) bool {
		if b.kind == kindHeading || b.label != "" {
			return false
		}
		_, ok := postedStamp(strings.TrimSpace(b.text), lang)
		return ok
	}
	above, after := 0, 0
	for i, b := range blocks {
		t := strings.TrimSpace(b.text)
		if b.kind == kindRow || !mayBeStatusWord(t) {
			continue
		}
		m := statusWord.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		if i > 0 && isStamp(blocks[i-1]) {
			above++
		}
		if strings.TrimSpace(m[2]) != "" {
			// "Resolved - Error rates are back to normal." holds its text
			if i+1 < len(blocks) && isStamp(blocks[i+1]) {
				after++
			}
		} else if i+2 < len(blocks) && !isStamp(blocks[i+1]) && isStamp(blocks[i+2]) {
			after++
		}
	}
	if above == after && above > 0 {
		// as many one way as the other: where every state holds its
		// text ("Resolved: Between 1:38 PM and …", one update naming
		// its state among others that name none), a time alone above
		// the first of them opens it; a state alone on its line over
		// its text and time ("Resolved" / … / "Posted …") closes its
		// update with the time
		firstStamp, firstState := -1, -1
		for i, b := range blocks {
			t := strings.TrimSpace(b.text)
			if firstStamp < 0 && isStamp(b) {
				firstStamp = i
			}
			if b.kind == kindRow || !mayBeStatusWord(t) {
				continue
			}
			if m := statusWord.FindStringSubmatch(t); m != nil {
				if strings.TrimSpace(m[2]) == "" {
					return false
				}
				if firstState < 0 {
					firstState = i
				}
			}
		}
		return firstStamp >= 0 && firstStamp < firstState
	}
	return above > after
}

// statusWordPrefixes are how the lines statusWord matches begin, lower-cased.
var statusWordPrefixes = append([]string{"resolved", "monitoring", "identified", "investigating", "update", "postmortem", "post-incident", "completed",
	"verifying", "in progress", "mitigated", "scheduled", "fixed", "watching"}, zhUpdateStates...)

// statusLine reports whether t opens with a status update's state
// ("Investigating: We are …", "Resolved - …"): mayBeStatusWord's cheap
// test, then statusWord.
func statusLine(t string) bool {
	return mayBeStatusWord(t) && statusWord.MatchString(t)
}

// mayBeStatusWord is a cheap test that a block can open a status update.
func mayBeStatusWord(t string) bool {
	t = strings.TrimLeft(t, " *")
	if t == "" || !(t[0] >= 'A' && t[0] <= 'z' || t[0] >= 0x80) {
		return false
	}
	l := keysLower(head(t, 20)) // (its prefixes are ASCII or caseless)
	for _, p := range statusWordPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// zhStateSpaced is a Chinese update's state, then a space (an ideographic
// one, as set, or the plain one the text was given), then its text in
// Chinese: "已定位　问题由…引起，正在回滚。"
var zhStateSpaced = regexp.MustCompile(`^(` + zhStateAlt(zhStageStates, zhReportStates) + `)[ \x{3000}]+()\p{Han}`)

// stateThenText is an update's state run in with its text, no separator
// between ("Resolved The error rate has been normal since 18:52 UTC."):
// the state, then a sentence that opens with a capital.
var stateThenText = regexp.MustCompile(`^(Resolved|Monitoring|Identified|Investigating|Update|Mitigated)\s+(\p{Lu}.*)$`)

// trailingStamp splits the time an update was posted off the end of its
// text: "… resolved. Posted Feb 03, 2018 - 10:22 PST", "… resolved. Mar 5,
// 17:05 UTC".
func trailingStamp(t, lang string) (string, string, bool) {
	cuts := []int{strings.LastIndex(strings.ToLower(t), "posted ")}
	if k := strings.LastIndex(t, ". "); k > 0 {
		cuts = append(cuts, k+2)
	}
	if k := strings.LastIndex(t, "。"); k > 0 {
		cuts = append(cuts, k+len("。"))
	}
	for _, k := range cuts {
		if k <= 0 || k >= len(t) {
			continue
		}
		if st, ok := postedStamp(t[k:], lang); ok {
			return strings.TrimSpace(t[:k]), st, true
		}
	}
	return "", "", false
}

// leadingStamp splits the time an update was posted off the start of its
// text, a dash or a bar after it: "Resolved — 16:47 PDT — Error rates are
// back to normal." (what follows the state's dash: "16:47 PDT — …").
func leadingStamp(t, lang string) (string, string, bool) {
	rest := strings.TrimLeft(t, " —–-|")
	if rest == "" || rest[0] < '0' || rest[0] > '9' && rest[0] < 'A' {
		return "", "", false
	}
	st, n, ok := parseStamp(rest, lang)
	if !ok || !st.hasClock() {
		return "", "", false
	}
	after := strings.TrimLeft(rest[n:], " ")
	body := strings.TrimLeft(after, " —–-|")
	if len(body) == len(after) || body == "" {
		return "", "", false // no separator after it: "— 3 hours later the errors …"
	}
	return strings.TrimSpace(rest[:n]), strings.TrimSpace(body), true
}

// postedStamp reads a line that is only the time an update was posted.
func postedStamp(line, lang string) (string, bool) {
	rest := strings.TrimSpace(line[len(postedLine.FindString(line)):])
	if rest == "" {
		return "", false
	}
	st, n, ok := parseStamp(rest, lang)
	if !ok || !st.hasClock() || strings.Trim(rest[n:], " .,") != "" {
		return "", false
	}
	return strings.TrimSpace(rest[:n]), true
}

// dropBanners removes the status banners of a page ("All Systems
// Operational") and splits a table row whose description holds several
// labelled sections ("SUMMARY: … ROOT CAUSE: … REMEDIATION: …") into the
// row, with the first part, and a paragraph for each other part.
func dropBanners(blocks []block) []block {
	out := blocks[:0:0]
	for _, b := range blocks {
		if b.kind != kindHeading && b.label == "" && len(b.text) < 100 && statusBanner.MatchString(strings.TrimSpace(b.text)) {
			continue
		}
		if b.kind == kindPara && b.label == "" && badgeLine(strings.TrimSpace(b.text)) {
			continue
		}
		if b.kind == kindRow && len(b.cells) >= 2 {
			last := b.cells[len(b.cells)-1]
			if pieces := splitInline(labelled(block{kind: kindPara, text: last})); len(pieces) >= 2 {
				first := pieces[0].text
				if pieces[0].label != "" {
					first = pieces[0].label + ": " + first
				}
				cells := append(append([]string(nil), b.cells[:len(b.cells)-1]...), first)
				out = append(out, block{kind: kindRow, cells: cells, text: strings.Join(cells, " | ")})
				out = append(out, pieces[1:]...)
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// badgeWord is a badge a status page sets on an incident or on a
// component it touched: its state or its impact ("Resolved", "Partial
// outage", "Degraded performance", "已恢复", "部分中断").
var badgeWord = regexp.MustCompile(`(?i)^(?:resolved|monitoring|identified|investigating|mitigated|operational|(?:partial|major|minor|full|critical)(?: service)? outage|degraded(?: performance)?|under maintenance|` + zhStateAlt(zhStageStates) + `|部分中断|完全中断|性能下降|服务降级|正常运行)(?:\s+|$)`)

// badgeLine reports whether a line is a status page's badges, not a
// sentence: the incident's state and its impact on each component it
// touched, two badges or more in all, one of them an impact ("Partial
// outage"), the line opening with one ("Resolved Partial outage Cloud
// Servers – NBG2 · Degraded performance Private Networks", "Resolved ·
// Major outage · Object Storage"; not "Resolved · Operational issue", a
// record's fields the title is told by). What is left of a part after its
// badges is a component's name, five words at most.
func badgeLine(t string) bool {
	if t == "" || len(t) > 200 || strings.ContainsAny(t, ".,;:!?。，；：！？") {
		return false
	}
	badges, impacts := 0, 0
	for k, p := range metaSep.Split(t, -1) {
		p = strings.TrimSpace(p)
		peeled := k > 0 // (a part after the first may be a name alone)
		for {
			m := badgeWord.FindString(p)
			if m == "" {
				break
			}
			if impactBadge.MatchString(m) {
				impacts++
			}
			p, peeled = p[len(m):], true
			badges++
		}
		if !peeled || len(strings.Fields(p)) > 5 {
			return false
		}
	}
	return badges >= 2 && impacts > 0
}

// impactBadge is a badge that tells a component's impact.
var impactBadge = regexp.MustCompile(`(?i)outage|degraded|maintenance|中断|下降|降级`)

// statusLead is the state a status page's update opens with, when a
// section's text was taken from that update: "处理中 2025-06-09 23:26 问题
// 源于…", "Update 2024-07-09 14:36 UTC A memory leak…", "已解决 - 上传
// 成功率已恢复正常", "更新 2: …" (a numbered update). Group 1 is the state,
// group 2 what stands between it and the text.
var statusLead = regexp.MustCompile(`^(?i:(resolved|monitoring|identified|investigating|update|updated|mitigated|completed|verifying|` + zhStateAlt(zhUpdateStates) + `))(?:\s*#?\d{1,2})?(\s*[-–—:：|]\s*|\s+)`)

// dropStatusLead takes the update's state, and the time it was posted,
// off the front of a section's text: they are the page's furniture, not
// what the section says. An English state stays where only a space
// follows it and no time ("Investigating if the service used…" is a
// sentence).
func dropStatusLead(s, lang string) string {
	m := statusLead.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	word, sep := s[m[2]:m[3]], strings.TrimSpace(s[m[4]:m[5]]) != ""
	rest := s[m[1]:]
	if st, n, ok := parseStamp(rest, lang); ok && st.hasClock() && st.hasDate() {
		rest = strings.TrimLeft(rest[n:], " \t　-–—:：|")
		sep = true
	}
	if !sep && word[0] < utf8.RuneSelf || strings.TrimSpace(rest) == "" {
		return s
	}
	return rest
}

// outletSep is what stands between a story's title and the outlet a page
// names after it: "… 断网事件 - BBC新闻", "… outage | The Daily Ledger".
var outletSep = regexp.MustCompile(`\s+[|\-–—]\s+([^|\-–—]{2,40})$`)

// outletWords name a news outlet or its report.
var outletWords = []string{"新闻", "新聞", "日报", "日報", "晚报", "早报", "时报", "商报", "周刊", "报道", "快讯", "news", "times", "post", "journal", "herald", "tribune", "gazette", "reuters", "ledger"}

// trimOutlet takes a news outlet's name off the end of a story's title
// ("麦当劳将全球故障归咎于第三方 - 英国广播公司新闻"): the outlet is the
// page's, not the incident's. The name is short, names an outlet, and
// the title before it is the longer part.
func trimOutlet(t string) string {
	m := outletSep.FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	name, rest := t[m[2]:m[3]], strings.TrimSpace(t[:m[0]])
	if utf8.RuneCountInString(name) > 20 || utf8.RuneCountInString(rest) < 2*utf8.RuneCountInString(name) || utf8.RuneCountInString(rest) < 8 {
		return t
	}
	if !containsAny(strings.ToLower(name), outletWords) {
		return t
	}
	return rest
}
