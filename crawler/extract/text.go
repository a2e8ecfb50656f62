package extract

import (
	"html"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// debrisLine matches lines of page furniture copied along with a text:
// breadcrumbs, share prompts, previous/next links, QR-code prompts, and a
// social post's "Replying to @handle" (its rows of counts are
// socialCounts'), a mailing list archive's "Previous message (by
// thread): …" and "Messages sorted by: [ date ] …", a status page's
// "Incident Report for Irton" and its
// Chinese "事件报告 · 云景" under the incident's name. Every alternative
// opens with a literal, so that the gate passes most lines by without
// running the expression.
var debrisLine = gateRegexp(regexp.MustCompile(`(?i)^(?:首页\s*[>›»/]|当前位置|您的位置|分享到|分享至|上一篇|下一篇|上一条|下一条|扫码|扫一扫|长按识别|关注我们|关注公众号|返回顶部|返回列表|打印本页|关闭窗口|责任编辑|【打印】|【关闭】|share (?:this|on)|tweet|back to top|previous post|next post|skip to (?:main )?content|jump to content|subscribe to|sign up for|cookie|跳至主要内容|跳到主要内容|跳转到主要内容|incident report for\b|previous message\b|next message\b|messages sorted by\b|more information about the .{1,60} mailing list$|事件报告\s*[·・|｜]\s*\S{1,16}$|replying to @\w+)`))

// reactionCounts is a post's row of reactions, each a symbol and its
// count: "👍 41 ❤️ 12 🚀 3".
var reactionCounts = regexp.MustCompile(`^(?:[\p{So}\p{Sk}\x{FE0F}\x{200D}]+\s*\d[\d,.]*[kK]?\s*){1,8}$`)

// reactionOpening is the cheap test that a line may be a row of
// reactions: it opens as reactionCounts can, with a symbol (all but "^"
// and "`" outside ASCII).
func reactionOpening(line string) bool {
	return line != "" && (line[0] >= 0x80 || line[0] == '^' || line[0] == '`')
}

// socialActionIcons are the icons of a social post's row of counts
// ("💬 31  🔁 120  ♡ 44": replies, reposts, likes), which stays: a post's
// time stands over it and its words above, and the row keeps the time
// apart from the next post's words.
const socialActionIcons = "💬🗨🔁↻↩⭐♡♥"

// threadEvent is an issue tracker's line that tells what someone did to
// the issue, not what happened to the service ("mkovac closed this as
// completed Dec 9, 2025", "Closed ilse opened this issue Mar 5, 2026 · 6
// comments", "jo reopened this Mar 6, 2026"), or its repository's header
// ("tidewater-io / relay Public Notifications Fork 212 Star 3.4k").
var threadEvent = gateRegexp(regexp.MustCompile(`^[\w.-]{1,39} / [\w.-]{1,100} (?:Public|Private|Internal)\b|^(?:(?:Open|Closed|Merged|Draft) )?[\w.-]{1,39} (?:closed this(?: as (?:completed|not planned|duplicate))?|reopened this|opened this (?:issue|pull request)|locked (?:and limited conversation|as \w+)|added (?:the )?[\w -]{1,40} labels?|removed (?:the )?[\w -]{1,40} labels?|self-assigned this|assigned \S+|mentioned this (?:issue|pull request))\b`))

// accountLine is a social account's name with its verified mark ("青石游戏
// ✓", "Nimbus Status ✔") or a post's client line ("来自 微博网页版", "来自
// iPhone客户端"), or the counts under a post ("转发 1532　评论 4218　赞
// 9870", "12 reposts · 40 likes"): the page's frame, not its story.
var accountLine = gateRegexp(regexp.MustCompile(`(?i)^.{1,30}\s*[✓✔☑]$|来自\s*(?:微博|iPhone|Android|HUAWEI|小米|OPPO|vivo|超话)[^。，！？,]{0,16}$|^(?:(?:转发|评论|赞|点赞|收藏|分享|在看|阅读|回复)\s*\d[\d,.]*[万kw+]?[\s　·|]*){2,}$|^(?:\d[\d,.]*[kK]?\s+(?:reposts?|retweets?|boosts?|likes?|favou?rites?|comments?|shares?|replies|views)[\s·|]*){2,}$`))

// breadcrumbSep separates the parts of a breadcrumb: >, › or », or a
// slash with spaces around it ("Incidents / INC-2291"; "TCP/IP" is none).
var breadcrumbSep = regexp.MustCompile(`\s*[>›»]\s*|\s+/\s+`)

// recordID is a breadcrumb's last part that names a record rather than
// saying anything: "INC-20250522-03", "#4521", "2291".
var recordID = regexp.MustCompile(`^#?[A-Za-z]{0,8}[-_#]?\d[\w-]*$`)

// isBreadcrumb reports whether a line is a site's breadcrumb: three or
// more short parts joined by >, ›, » or a spaced slash ("帮助中心 > 公告 >
// 事件报告", "Home › Cloud › Outages"), or two that end in a record's id
// ("Incidents / INC-20250522-03").
func isBreadcrumb(line string) bool {
	if !containsAnyRune(line, ">›»/·") || !runesAtMost(line, 80) {
		return false
	}
	var parts []string
	if containsAnyRune(line, ">›»/") {
		parts = breadcrumbSep.Split(strings.TrimSpace(line), -1)
	} else if parts = dotCrumbs(line); parts == nil {
		return false
	}
	if len(parts) < 2 || len(parts) == 2 && !recordID.MatchString(parts[1]) && !hanCrumbs(parts) {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(p); n == 0 || n > 24 {
			return false
		}
	}
	return true
}

// listingCrumb is a trail's last part that names a listing of a site's
// section ("Trust Center / Service event summaries", "Status / Past
// incidents"), not a title's words.
var listingCrumb = regexp.MustCompile(`(?i)^(?:[A-Za-z-]+ ){0,3}(?:summaries|incidents|reports|reviews|notices|announcements|updates|events|history|posts|articles|postmortems|post-mortems|RCAs|advisories|bulletins)$`)

// hanCrumbs reports whether two parts of a line are a Chinese site's
// section and its subsection ("公告 > 故障公告", "帮助中心 › 产品公告"):
// each a short run of Han characters alone, no title's words.
func hanCrumbs(parts []string) bool {
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if n := utf8.RuneCountInString(p); n == 0 || n > 6 {
			return false
		}
		for _, r := range p {
			if !isHan(r) {
				return false
			}
		}
	}
	return true
}

// titleLabel is a line that labels the incident's title: "Incident
// Summary: Database connection failures in UK South", "事件名称：…".
var titleLabel = gateRegexp(regexp.MustCompile(`(?i)^(?:incident(?: summary| title| name)?|post[- ]incident (?:report|review)|issue|event|title|subject|事件(?:名称|标题)?|故障(?:名称|标题)|标题|主题)\s*[:：]\s*(\S.{7,})$`))

// rcaEntryTitle is the heading a cloud's status history gives each root
// cause analysis: the review's kind, the service and the failure, set off
// by dashes ("RCA - Event Hubs and Service Bus - Connection failures in
// Brazil South (Tracking ID LLQ2-8VT)", "Post Incident Review (PIR) –
// Container Registry – Image pull failures in North Europe",
// "Preliminary summary - Connectivity failures - SQL Database - North
// Europe (Tracking ID: …)").
var rcaEntryTitle = regexp.MustCompile(`^(?:(?:Final |Preliminary )?(?:RCA|Root Cause Analysis|Post[- ]Incident Review(?: \(PIR\))?|PIR)|(?:Preliminary|Final) [Ss]ummary)\s+[-–—]\s+[^–—]{2,80}?\s+[-–—]\s+\S[^–—]{6,160}$`)

// entryOpened reports whether a history's entry heading at line i is shown
// opened: a paragraph of its report (fifteen words or more) stands within
// its next four lines, before any other entry's heading.
func entryOpened(lines []string, i int) bool {
	n := 0
	for j := i + 1; j < len(lines) && n < 4; j++ {
		l := cleanSpace(lines[j])
		if l == "" {
			continue
		}
		if rcaEntryTitle.MatchString(l) || isSeeMore(strings.Trim(l, "[]")) {
			return false // (the entry's "[Show more]": shown closed)
		}
		if len(strings.Fields(l)) >= 15 {
			// (a report cut short, "… some customers were unable to
			// create …", under "[Show more]", is shown closed)
			return !strings.HasSuffix(l, "...") && !strings.HasSuffix(l, "…")
		}
		n++
	}
	return false
}

// trackedOpened is the heading of a history's entry shown opened above
// line end, when the history heads its entries with their tracking
// numbers ("Secrets Vault – Request failures in UK South 3" over
// "Tracking ID: 7KQD-H2V" and its whole report), or -1.
func trackedOpened(lines []string, end int) int {
	for j := 0; j < end && j < len(lines); j++ {
		if !trackingLine.MatchString(strings.Trim(cleanSpace(lines[j]), "*")) {
			continue
		}
		if h := prevLine(lines, j); h >= 0 && isTitleLine(cleanSpace(lines[h])) && cleanTitle(cleanSpace(lines[h]), "") != "" && entryOpened(lines, j) {
			return h
		}
	}
	return -1
}

// channelTopic is a chat channel's header or topic, exported with the
// channel, that names its incident before the commander and the severity:
// "Channel header: Search returning empty results | IC: @g.nakamura | Sev
// 2", "Topic: Card payments declined"; not a standing room's description
// in sentences ("Topic: Service announcements for …. Read-only. …").
var channelTopic = gateRegexp(regexp.MustCompile(`(?i)^(?:channel (?:header|topic|purpose)|topic)\s*[:：]\s*([^|｜]{8,}?)\s*(?:[|｜].*)?$`))

// topicTitle is the incident's name a channel's topic line gives: its
// first part, or the first after the severity when that leads ("Channel
// topic: SEV-1 · Checkout failing with payment errors · IC: …").
func topicTitle(line string) (string, bool) {
	m := channelTopic.FindStringSubmatch(line)
	if m == nil {
		m = botDeclared.FindStringSubmatch(line)
	}
	if m == nil {
		return "", false
	}
	t := m[1]
	if parts := strings.Split(t, " · "); len(parts) > 1 {
		t = ""
		for _, p := range parts {
			if p = strings.TrimSpace(p); topicMeta.MatchString(p) {
				continue
			}
			t = p
			break
		}
	}
	return t, utf8.RuneCountInString(t) >= 8
}

// botDeclared is an incident bot's message that declares the incident by
// its name: "🚨 INC-2291 declared by @marcus.feld: Checkout API returning
// 500 errors".
var botDeclared = regexp.MustCompile(`^(?:\S{1,2}\s)?(?:[A-Z]{2,8}-\d+|[Ii]ncident #?\d+)\s+(?:declared|opened|created|started)\s+by\s+@[\w.\-]+\s*[:：]\s*(.{8,120}?)\s*$`)

// topicMeta is a part of a channel's topic that is no name: a severity,
// the commander, a status.
var topicMeta = regexp.MustCompile(`(?i)^(?:sev(?:erity)?[- ]?\d|p[0-4]$|(?:ic|incident commander|commander|owner|lead|on-?call|status|state)\s*[:：]|@)`)

// namesTitle is a field's name that says its value is the title: "Title:",
// "Incident title:", "事件名称：".
var namesTitle = gateRegexp(regexp.MustCompile(`(?i)^(?:(?:incident |event )?(?:title|name)|(?:事件|故障)?(?:名称|标题)|事件)\s*[:：]`))

// affectingLine is a status page's line that names the products an
// incident affected, above its title: "Incident affecting Cloud
// Networking, Hybrid Connectivity".
var affectingLine = gateRegexp(regexp.MustCompile(`(?i)^(?:incident|issue|outage|disruption|event)s? affecting\b`))

// titleField is the name of a record's field that holds its title: a
// two-cell row "事件名称 | …", "Incident name | …".
var titleField = regexp.MustCompile(`(?i)^(?:incident (?:title|name)|event (?:title|name)|title|事件(?:名称|标题)|故障(?:名称|标题)|标题)$`)

// recordNameField is the name of a record's table row that holds the
// incident's name: "Event", "Incident", "Issue" beside "Event start" and
// "Status" (alone on a line, over no value, the word names a tracker's
// kind of issue, not its title).
var recordNameField = regexp.MustCompile(`(?i)^(?:event|incident|issue)$`)

// metaFieldLine reports whether a line is one of a record's fields that
// tells no title ("Date of incident: Tuesday, 11 March 2025", "Document
// reference: GRN-RCA-2025-014", "发布时间：…"): the name before its
// colon holds a word of dates, references, states or scope.
func metaFieldLine(line string) bool {
	if barRecordLine(line) {
		return true
	}
	i := indexAnyRune(line, ":：")
	if i <= 0 || i > 40 {
		return false
	}
	if metaFieldName.MatchString(line[:i]) {
		return true
	}
	// a field whose value opens on a clock time ("Outage window: 23:10
	// (GMT+8) 17 January …"): a record's time, never a title, whatever
	// its name
	_, size := utf8.DecodeRuneInString(line[i:])
	value := strings.TrimSpace(line[i+size:])
	if lengthAlone.MatchString(value) {
		// a field whose value is a length alone ("Total outage: 4 hrs 35
		// mins"): a record's figure, never a title
		return true
	}
	// the zone may come first: "故障时段：北京时间2025年7月16日 13:42-16:05"
	st, _, ok := parseStamp(strings.TrimSpace(withoutLeadZone(value)), "")
	return ok && st.hasClock()
}

// barRecordLine reports whether a line is a record's fields parted by
// bars, the last of them its dates: "Oxmantle Compute | us-east-1 |
// January 21, 2026 - January 22, 2026" under an event's name. It tells
// the service, the region and the days, not the incident's name.
func barRecordLine(line string) bool {
	parts := strings.Split(line, " | ")
	if len(parts) < 3 {
		return false
	}
	st, _, ok := parseStamp(strings.TrimSpace(parts[len(parts)-1]), "")
	return ok && st.hasDate()
}

// posterLabel names who posted a notice, on the line that dates it:
// "发布人：…", "发布者：…", "Posted by …".
var posterLabel = regexp.MustCompile(`^(?:发布人|发布者|发帖人|发布单位|公告人)\s*[:：]|^(?i:posted by|published by)\s`)

// lengthAlone is a length of time and nothing more: "4 hrs 35 mins", "47
// minutes", "1 Hour 43 Minutes", "2h 33m".
var lengthAlone = regexp.MustCompile(`(?i)^(?:\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\b[,\s]*(?:and\s+)?)+$`)

var metaFieldName = regexp.MustCompile(`(?i)\b(?:date|time|reference|ref|id|number|no|issued|updated|published|posted|status|severity|priority|classification|affected|services|products|regions?|locations?|author|prepared|version|type|category|subcategory|labels?|tags?|keywords)\b|日期|时间|编号|状态|级别|发件人|收件人|来源|作者`)

var (
	// forwardMark is the line a mail client writes above a message it
	// forwards.
	forwardMark = gateRegexp(regexp.MustCompile(`(?i)^(?:-{3,}\s*(?:forwarded message|original message|转发的邮件|原始邮件)\s*-{3,}|begin forwarded message:?)$`))
	// replyMark is what a mail client puts before a subject it forwards or
	// answers: "Fwd: ", "RE: ", "转发：".
	replyMark = regexp.MustCompile(`(?i)^(?:(?:fwd?|re|aw|转发|回复)\s*[:：]\s*)+`)
)

// quoteMarks are the marks a mail client sets before each line of a
// message it quotes in a reply: "> ", ">> ", "> > ".
var quoteMarks = regexp.MustCompile(`(?m)^[ \t]*>(?:[ \t]?>)*[ \t]?`)

// unquoteMail takes the quote marks off a reply's quoted lines, where
// they are many (five lines or more): the message quoted is often the
// report itself under a line of thanks, and its paragraphs, headings
// and clock times read as they do unquoted.
func unquoteMail(src string) string {
	if strings.Count(src, ">") < 5 || len(quoteMarks.FindAllStringIndex(src, 5)) < 5 {
		return src
	}
	return quoteMarks.ReplaceAllString(src, "")
}

// withoutRequoted drops a reply's quoted lines ("> Since about 06:20
// AEDT this morning …") that repeat what the thread already said above
// them: the same words twice, the second time no new account (and the
// clock times in it no new event). (A reply that quotes five lines or
// more has had its marks taken off by unquoteMail before this: a few
// quoted lines are left, each looked for once.)
func withoutRequoted(src string) string {
	if !strings.Contains(src, "\n>") {
		return src
	}
	lines := strings.Split(src, "\n")
	out := lines[:0]
	seen := 0 // the bytes of src before the line
	for _, line := range lines {
		at := seen
		seen += len(line) + 1
		if strings.HasPrefix(strings.TrimSpace(line), ">") {
			if t := strings.TrimSpace(quoteMarks.ReplaceAllString(line, "")); len(t) >= 24 && strings.Contains(src[:at], t) {
				continue
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// forwardedAt is the line of the mark above a forwarded message that has
// its own headers (a Subject within its first lines); -1 when there is
// none.
func forwardedAt(lines []string) int {
	for i, l := range lines {
		if i > 200 {
			break
		}
		l = strings.TrimSpace(l)
		if len(l) < 10 || !forwardMark.MatchString(l) {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+8; j++ {
			if strings.HasPrefix(strings.TrimSpace(lines[j]), "Subject:") || strings.HasPrefix(strings.TrimSpace(lines[j]), "主题：") {
				if toldLen(lines[:i]) > toldLen(lines[i+1:]) {
					// the message above says more than the one under
					// the mark: a reply over the request it answers
					// ("-----Original Message----- … Subject: RE: …"),
					// not a note over what it forwards
					return -1
				}
				return i
			}
		}
	}
	return -1
}

// toldLen counts the characters of lines that are no mail header
// ("From:", "Subject:", …).
func toldLen(lines []string) int {
	n := 0
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" && !mailHeader.MatchString(t) {
			n += utf8.RuneCountInString(t)
		}
	}
	return n
}

// runesAtMost is utf8.RuneCountInString(s) <= n, read only as far as
// the n+1st rune: a line is mostly asked whether it is short, and a long
// one is then no longer counted to its end. A byte that is no UTF-8 counts
// as one rune, as RuneCountInString counts it.
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true // no rune is shorter than a byte
	}
	c := 0
	for range s {
		if c++; c > n {
			return false
		}
	}
	return c <= n // (n below 0: even "" has more)
}

// isDebris reports whether a line is page furniture: a prompt, a skip
// link, a breadcrumb, a menu on one line.
func isDebris(line string) bool {
	if debrisLine.MatchString(line) || startsWithDigit(line) && socialCounts.MatchString(line) {
		return true
	}
	if runesAtMost(line, 120) && (reactionOpening(line) && reactionCounts.MatchString(line) && !strings.ContainsAny(line, socialActionIcons) || threadEvent.MatchString(line)) {
		return true
	}
	if short := runesAtMost(line, 40); short && (articleChrome.MatchString(line) || accountLine.MatchString(line)) {
		return true
	}
	if runesAtMost(line, 100) && (socialChrome.MatchString(line) || agoByline.MatchString(line) || isProfileLine(line) || serviceHours.MatchString(line)) {
		return true
	}
	if runesAtMost(line, 140) && containsAny(asciiLower(line), weekdayHoursKeys) && weekdayHours.MatchString(line) {
		return true // "Customer Service: 1300 000 001, Monday to Friday, 8.30am to 5pm": when a desk is open
	}
	return isBreadcrumb(line) || isMenuLine(line) || runesAtMost(line, 100) && skipLink.MatchString(line) ||
		containsAnyRune(line, "▾▼⌄") && (dropdownLine.MatchString(line) || caretMenu(line)) ||
		strings.HasPrefix(line, "[") && buttonRow.MatchString(line) ||
		len(line) <= 60 && mayBeCommentLine(line) && commentLine.MatchString(line) && !stateAged.MatchString(line)
}

// serviceHours is a footer's hours of its help line or office: "客服热线
// 400-000-0000 | 工作时间 9:00-21:00", "Support hours: Mon–Fri 8am–6pm",
// "营业时间：周一至周五 9:00-18:00": a field of its own, opening the line or
// after a separator (not "Time to resolve: 7h (during support hours
// 10:00-17:00)"). Its times are no event of the story.
var serviceHours = gateRegexp(regexp.MustCompile(`(?i)(?:^|[|｜·•,，;；]\s*)(?:工作时间|服务时间|营业时间|客服时间|在线时间|接听时间|办公时间|business hours|office hours|opening hours|support hours|hours of operation|lines are open)[：:\s]*(?:(?:每天|周[一二三四五六日]|星期[一二三四五六日天])(?:\s*(?:至|到|-|–|~|～)\s*(?:周[一二三四五六日]|星期[一二三四五六日天]))?\s*|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s*(?:-|–|to)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?|daily|weekdays),?\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|~|～|至|到|to)\s*\d{1,2}(?:[:.]\d{2})?`))

// weekdayHours is a desk's days and hours: a range of weekdays, then a
// range of clock times ("Monday to Friday, 8.30am to 5pm", "Mon–Fri
// 9:00-17:00"); weekdayHoursKeys are the words one must hold.
var (
	weekdayHours     = regexp.MustCompile(`(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:to|-|–|—|through|thru)\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*(?:from\s+|between\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–|—|until|and)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?`)
	weekdayHoursKeys = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
)

// shortYearPost is a microblog post's stamp with its year in two digits,
// then the client it was sent from: "26-3-13 10:20 来自 微博 weibo.com".
var shortYearPost = regexp.MustCompile(`^\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+来自`)

// postClientDate is the day a post's client line dates it, its year
// written out where the site gives two digits (a post of an earlier year).
func postClientDate(line string) string {
	if shortYearPost.MatchString(line) {
		line = "20" + line
	}
	return normalizeDate(line)
}

// agoByline is the line an issue tracker or a forum shows over or under a
// post's title, dated only relative to the day it was saved: "Created 3
// months ago by Priya Wendover", "submitted 5 days ago by sre_9". It
// names who wrote the post, never what happened, and gives no date.
var agoByline = gateRegexp(regexp.MustCompile(`(?i)^(?:created|opened|posted|submitted|published|updated|edited|asked|answered|reported|closed|modified)\s+(?:about\s+|over\s+|almost\s+)?(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago(?:\s+by\s+\S.{0,60})?$`))

// notTitle reports whether a line that reads like a title is a site's
// "official site" line: "《星谣幻境》官方网站", "云海仙踪官网" (it names the
// site, not a notice), or a post's stamp (isPostStamp).
func notTitle(line string) bool {
	return officialSite.MatchString(line) || componentBanner.MatchString(line) || audienceLine.MatchString(line) || foundedPart(line) || isPostStamp(line) || pipeMenu(line) || isReplySetting(line) || isDayAlone(line) || isSeeMore(line) || taxonomyLine(line) || arrowLink(line) || updatedLine(line) || hanSectionHead(line) || bracketPart.MatchString(line) ||
		line[0] == ':' && emojiCodeLead.MatchString(line) ||
		runesAtMost(line, 160) && exportStamp(asciiLower(line)) && (normalizeDate(line) != "" || clockCount(line) > 0) || // "Channel export · Exported May 26, 2026 by …"
		len(line) <= 64 && chatHeader.MatchString(line) || // "Ben Carter  11:40 AM" over his message
		strings.HasSuffix(line, ")") && sectionWithZone(line) // "Timeline (times in IST, GMT+5:30)"
}

// sectionWithZone reports whether a line names a section of the
// write-up, then in brackets the zone its times are in: "Timeline (times
// in IST, GMT+5:30)", "Updates (all times UTC)".
func sectionWithZone(line string) bool {
	k := strings.IndexByte(line, '(')
	if k <= 0 || !runesAtMost(line[:k], 30) {
		return false
	}
	sec := classifyHeading(strings.TrimSpace(line[:k]))
	note := asciiLower(line[k:])
	return sec != "" && sec != secBoilerplate && (strings.Contains(note, "time") || docZone.MatchString(note))
}

// zoneNoteLine reports whether a line is a note of the zone the page's
// times are in and nothing else: the note opens it ("All times shown in
// Pacific Time (PDT, UTC−7)", "Timezone: IST").
func zoneNoteLine(line string) bool {
	loc := docZone.FindStringIndex(line)
	return loc != nil && loc[0] == 0
}

// emojiCodeLead is a chat message opened with an emoji's code, as a chat
// exported as text writes it: ":rotating_light: Incident declared — SEV2",
// ":white_check_mark: Incident resolved". A bot's message, no title.
var emojiCodeLead = regexp.MustCompile(`^:[a-z0-9_+-]{2,40}:\s`)

// bracketPart is a notice's part named in brackets on a line of its own:
// "【故障时间】", "【影响范围】", "【处理过程】". It heads what follows; the
// notice's title stands above.
var bracketPart = regexp.MustCompile(`^【\p{Han}{2,6}】$`)

// componentBanner is a status page's banner of a component's state, its
// icon and the state first: "⚠ Partial Outage — Hosted runners (Linux,
// eu-west)", "● Major outage - API". The incident's own title is among
// the incidents below it. (Without the icon, "Partial outage - Payments
// API" may be an incident's own name.)
var componentBanner = regexp.MustCompile(`(?i)^[^\pL\pN\s]{1,3}\s*(?:partial outage|major outage|minor outage|full outage|degraded performance|under maintenance|partially degraded service)\s+[—–-]\s+\S.{0,80}$`)

// audienceLine is a channel's or a profile's kind and how many follow it:
// "Telegram channel · 18,402 subscribers", "12.3K followers".
var audienceLine = regexp.MustCompile(`(?i)^(?:[\pL ]{1,30}[·•|]\s*)?[\d.,]+\s*[km]?\s+(?:subscribers|followers|members)$`)

// updatedLine reports whether a line only says when the page was last
// updated ("Last updated Jan 29, 2026 09:02 GMT", "Updated: 3 March 2026",
// "最后更新：2026-03-05 10:20"): a page's stamp, no title.
func updatedLine(line string) bool {
	return runesAtMost(line, 60) && updatedLead.MatchString(line) && strings.IndexFunc(line, unicode.IsDigit) >= 0
}

var updatedLead = regexp.MustCompile(`(?i)^(?:last\s+)?(?:updated|modified|refreshed|checked)(?:\s+on|\s+at)?\s*[:：]?\s+\S|^(?:最后更新|更新于|更新时间)`)

// columnsRow reports whether a line is a table's row laid out in columns,
// four cells or more set apart by wide spaces, a figure among them
// ("Resolved        SEV-2
// Upwey Checkout          Mar 5, 2026 13:02 …"): a record's fields, no
// title.
func columnsRow(raw string) bool {
	// (a figure in it: a site's menu set apart so, "Halcyra   Explore
	// Products   Pricing", holds none)
	return columnCells(raw) && strings.IndexFunc(raw, unicode.IsDigit) >= 0
}

// columnCells reports whether a line lays out four cells or more set
// apart by wide spaces: a table's row, or its header's.
func columnCells(raw string) bool {
	return strings.Count(raw, "   ") >= 3 && len(wideGap.Split(strings.TrimSpace(raw), -1)) >= 4
}

// crumbTrail reports whether a line is a trail of three places or more
// set apart by " > ", " › " or " » ", each but the last a menu's word
// ("Service health > Open and recent issues > Rushmere Managed Queue
// (Oregon)"): where the page stands; its last part is a name, not the
// title.
func crumbTrail(line string) bool {
	if !runesAtMost(line, 120) || !strings.Contains(line, " > ") && !strings.Contains(line, " › ") && !strings.Contains(line, " » ") {
		return false
	}
	parts := breadcrumbSep.Split(strings.TrimSpace(line), -1)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if p = strings.TrimSpace(p); !isNavWord(p) && !runesAtMost(p, 30) {
			return false
		}
	}
	return true
}

// timesOnly reports whether a line holds only dates, clock times and
// their zones: "2026-03-05 14:20 - 15:35（北京时间）", "Mar 5, 14:20 – 15:35
// UTC".
func timesOnly(line string) bool {
	if strings.IndexFunc(line, unicode.IsDigit) < 0 {
		return false
	}
	rest := timeMarks.ReplaceAllString(enMonthDay.ReplaceAllString(enDate.ReplaceAllString(isoDay.ReplaceAllString(line, " "), " "), " "), " ")
	return strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) }) < 0
}

// stateAndImpact is a history entry's state and its impact under its
// name: "Resolved · Minor", "Resolved · Major outage", "Completed ·
// Maintenance".
var stateAndImpact = regexp.MustCompile(`(?i)^(?:resolved|completed|postmortem|monitoring|identified|investigating)\s*[·•|]\s*(?:minor|major|critical|none|maintenance|(?:partial|major|minor) outage|degraded performance)$`)

// timeMarks are the zone names times are told in, and a 12-hour clock's
// marks: what timesOnly passes over.
var timeMarks = regexp.MustCompile(`(?i)北京时间|\b(?:UTC|GMT|PST|PDT|EST|EDT|CET|CEST|BST|IST|JST|SGT|AEST|AEDT|[ap]\.?m\.?)\b`)

// columnsPair reports whether line i and the line next to it, above or
// below, are both rows laid out in columns (columnsRow): a table of
// fields, its names over its values.
func columnsPair(lines []string, i int) bool {
	if i < 0 || !columnsRow(lines[i]) {
		return false
	}
	// two such rows, no more: one record's names over its values (a
	// list of records, "Load Balancers   lon-1   2026-02-19 22:03 …" a
	// row each, is the history's, not the entry's)
	n := 1
	for j := nextLine(lines, i); j >= 0 && columnCells(lines[j]) && n <= 2; j = nextLine(lines, j) {
		n++
	}
	for j := prevLine(lines, i); j >= 0 && columnCells(lines[j]) && n <= 2; j = prevLine(lines, j) {
		n++
	}
	return n == 2
}

// shortItem reports whether a line is a list's item of three words or
// fewer ("• 04.03.2026", "• Incident", "• Resolved", an entry's facts
// above its name): no title.
func shortItem(raw string) bool {
	t := strings.TrimSpace(raw)
	return t != "" && (t[0] == '-' || t[0] == '*' || t[0] >= 0x80) && itemLine.MatchString(t) && len(strings.Fields(itemLine.ReplaceAllString(t, ""))) <= 3 && runesAtMost(t, 30)
}

// arrowLink reports whether a line is a link back or on, led or ended by
// its arrow, a few words long: "← All posts", "‹ Engineering", "Next post
// →", "« 返回列表"; or a pager between both ("← Prev   April 2026   Next →").
func arrowLink(line string) bool {
	t := withoutButtons(strings.TrimSpace(line)) // "← Current Status   [Filter components ▾]": the link and a button beside it
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	l, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune("←‹«", r) && strings.ContainsAny(t, "→›»") && len(strings.Fields(t)) <= 10 && runesAtMost(cleanSpace(t), 80) {
		return true // a pager: "← Prev   April 2026   Next →   [Filter components]"
	}
	if !strings.ContainsRune("←‹«<⟵⇐", r) && !strings.ContainsRune("→›»>⟶⇒", l) {
		return false
	}
	return len(strings.Fields(t)) <= 5 && runesAtMost(t, 40)
}

// taxonomyLine reports whether a line files the post under its site's
// categories or tags ("Filed under: Incidents, Infrastructure", "Tags:
// postmortem, dns", "分类：故障复盘"): it names no incident, though its words
// may.
func taxonomyLine(line string) bool {
	return runesAtMost(line, 120) && taxonomyLead.MatchString(line)
}

var taxonomyLead = regexp.MustCompile(`(?i)^(?:filed under|posted in|published in|categories|category|tags|tagged(?: with)?|topics|labels|标签|分类|所属分类|专栏)\s*[:：]\s*\S`)

var officialSite = regexp.MustCompile(`^.{1,20}(?:官方网站|官网)$`)

// articleChrome is what an article page shows around its text, line by
// line: a link back to the list it came from ("< Back to all incidents",
// "← Back to status history"), and a WeChat article's prompts, controls
// and counts ("关注“墨白云技术”，获取更多一线技术实践", "听全文", "本文约 2400 字，阅读需要 6 分钟", "阅读 1.4万", "分享 收藏 在看
// 326 点赞 512", "写留言", "留言 38") and a news page's bar of buttons
// ("Share   Comments (214)   Save"); a bar of filters without their carets
// ("全部产品 全部地域 最近7天", "All products All regions Last 90 days").
var articleChrome = gateRegexp(regexp.MustCompile(`(?i)^(?:[<←‹«]\s*back(?: to\b.*)?|back to (?:all |the )?(?:incidents|incident list|list|history|status history|overview|status|events|notices|announcements|reports|posts|blog)|[<←‹«]\s*返回.{0,10}|关注[“"「][^”"」]{1,20}[”"」].*|听全文|写留言|在看|分享|点赞|收藏|阅读时长约?\s*\d+\s*分钟|微信号\s*[:：]\s*[\w-]+|点个\s*[“"]在看[”"].*|[—–-]+\s*(?:the\s+)?end\s*[—–-]+|留言\s*\d+|本文约\s*[\d,]+\s*字.*|阅读\s*[\d.]+\s*万?\+?|(?:(?:分享|收藏|在看|点赞|喜欢|转发|评论|赞)\s*[\d.]*万?\s*){2,}|(?:(?:share|save|print|email|tweet|bookmark|listen|comments?(?:\s*\(\d[\d,]*\))?|\d[\d,]*\s+comments?)\s*){2,}|(?:(?:全部|所有)\p{Han}{1,6}|最近\s*\d+\s*(?:天|小时|个月)|all [a-z]+s|last \d+ (?:days|hours|months))(?:\s+(?:(?:全部|所有)\p{Han}{1,6}|最近\s*\d+\s*(?:天|小时|个月)|all [a-z]+s|last \d+ (?:days|hours|months)))+)$`))

// wechatDateline is the line under a WeChat article's title that names
// its kind, author and account, when it was posted and from where: "原创
// 墨白技术团队 墨白云技术 2025年06月27日 18:30 浙江" ("2026-03-16 09:30" as
// the page's HTML shows it). It dates the post, and
// tells nothing of the incident.
var wechatDateline = gateRegexp(regexp.MustCompile(`^(原创|转载|翻译)\s+(.{1,60}?)\s(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2})?(?:\s+(?:发表于)?\p{Han}{2,4})?$`))

// readDateline keeps the account of a post its own ("原创"): the last of
// the names before the date ("原创 云桥技术团队 云桥技术 …": the author, then
// the account).
func (d *document) readDateline(m []string) {
	if m[1] != "原创" || d.account != "" {
		return
	}
	if f := strings.Fields(m[2]); len(f) > 0 {
		d.account = f[len(f)-1]
	}
}

// accountTail is what a company's account adds to its name: "云桥技术",
// "墨白云技术团队", "栖木科技公众号".
var accountTail = regexp.MustCompile(`(?i)(?:技术团队|技术中心|研发中心|技术|团队|工程|研发|官方|科技|公众号|tech|team|engineering)$`)

// accountOrg is the company a post's own account names, when the text
// names it too: "云桥技术" of a post that speaks of 云桥支付 is 云桥's.
func accountOrg(account, text string) string {
	name := account
	for k := 0; k < 3; k++ {
		n := strings.TrimSpace(accountTail.ReplaceAllString(name, ""))
		if n == name {
			break
		}
		name = n
	}
	if utf8.RuneCountInString(name) < 2 || !strings.Contains(text, name) {
		return ""
	}
	return name
}

// selfNamed is the name a write-up gives itself: "我们（栖木科技）", "我们
// (云桥支付)" (a name of a company's form, not "我们（第二次）"), or its
// author line's team ("作者：云桥技术团队 · 稳定性小组"). Gated: its
// matches are looked for only where 我们 or 作者 stands, not by the
// regexp's own search over the whole text.
var selfNamed = gateRegexp(regexp.MustCompile(`我们\s*[（(]\s*(\p{Han}{1,8}(?:科技|网络|技术|支付|云|集团|公司|银行|证券|信息|软件|数据|智能|平台|游戏|传媒|电商)(?:有限公司|公司)?)\s*[）)]|(?m)^作者\s*[:：]\s*(\p{Han}{2,8}?)(?:技术团队|技术部|团队)`))

// ownOrg is the company a write-up names as its own (see selfNamed), "" when
// none; the name without its company form ("有限公司").
func ownOrg(text string) string {
	if !strings.Contains(text, "我们（") && !strings.Contains(text, "我们(") && !strings.Contains(text, "作者") {
		return ""
	}
	m := selfNamed.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	name := m[1] + m[2]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "有限公司"), "公司")
	if utf8.RuneCountInString(name) < 2 || name == "以下简称" {
		return ""
	}
	return name
}

// mayBeCommentLine is a cheap test that commentLine can match.
func mayBeCommentLine(line string) bool {
	return strings.Contains(line, "ago") || strings.Contains(line, "eply") || strings.Contains(line, " points by") || strings.Contains(line, "前") || strings.Contains(line, "回复")
}

// commentLine is a comment thread's furniture: a commenter's name and how
// long ago they wrote, a reply link, a post's points and comment count.
var commentLine = gateRegexp(regexp.MustCompile(`(?i)^(?:(?:posted by\s+)?\S{1,30}\s+(?:[·•|]\s+)?(?:\d+|an?)\s*(?:min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|months?|y|years?)\.?\s+ago|reply|\|?\s*\d+ points by .*|(?:\S{1,30}\s+)?\d+\s*(?:分钟|小时|天)前|回复)$`))

// dropdownLine is a bar of a page's drop-down filters copied as text,
// each a short choice ending in its caret ("Region: All regions ▾
// Last 90 days ▾", "时间范围：近30天 ▾ 产品：全部产品 ▾").
var dropdownLine = regexp.MustCompile(`^(?:[^▾▼⌄\n]{1,40}[▾▼⌄]\s*)+$`)

// caretMenu reports whether a line is a bar of drop-down menus copied as
// text with a last choice that has no caret after it: two carets or more,
// each part short ("Products ▾   Support ▾   English ▾   Sign in to the
// console", "Filter: All products ▾  All regions ▾   Search RCAs"). No
// title holds a menu's carets.
func caretMenu(line string) bool {
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '▾' || r == '▼' || r == '⌄' })
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(strings.TrimSpace(p)) > 60 {
			return false
		}
	}
	return true
}

// leaderRow is a status grid's row with dot leaders between a
// component and its state: "Web servers ........ Operational".
var leaderRow = regexp.MustCompile(`(?i)\S\s*\.{2,}\s*(?:operational|(?:partial|major|minor|full) outage|outage|degraded(?: performance)?|under maintenance|maintenance|normal|ok|up|down)$`)

// stateBadgeTail is an incident's state in brackets at the end of the
// line that names it, set apart by spaces: "        [Fixed]".
var stateBadgeTail = regexp.MustCompile(`(?i)\S\s{2,}\[(?:fixed|resolved|watching|monitoring|identified|investigating|mitigated|completed)\]\s*$`)

// buttonRow is a row of a page's buttons as a text browser or a print
// renders them, each label in brackets, with the count of comments or
// shares beside them ("[Share] [Tweet] [Email] [Print] 12 comments") or
// an audio player's "Listen to this article 5 min":
// no heading of a comments section, whatever it names; or with a search
// box after them ("[登录网上银行]  [手机银行下载]  [English]   搜索：__________
// [搜索]").
var buttonRow = gateRegexp(regexp.MustCompile(`(?i)^(?:\[[^\[\]]{1,24}\]\s*){2,}(?:\d+\s+(?:comments?|replies|shares?|likes?)|listen to (?:this )?(?:article|story)(?:\s+\d+\s*min(?:ute)?s?)?|\d+\s*(?:条评论|评论|回复|分享)|(?:搜索|查找|站内搜索|search)\s*[：:]?\s*_{3,}\s*(?:\[[^\[\]]{1,12}\])?)?$`))

// paddedBars is a bar with two spaces or more on each side, twice on a
// line: a page's tabs read back from a copy ("Current incidents  |
// Scheduled maintenance  |  Past incidents"), three items being a menu.
var paddedBars = regexp.MustCompile(`\S\s{2,}[|｜]\s{2,}\S.*\S\s{2,}[|｜]\s{2,}\S`)

// commentCount is a link to a story's comments with their count:
// "Comments (214)", "37 comments", "评论（12）".
var commentCount = regexp.MustCompile(`(?i)^(?:(?:comments?|评论|留言)\s*[(（]\s*[\d,]+\s*[)）]|[\d,]+\s+comments?)$`)

// storyBegun reports whether a paragraph of the story has been read: one
// of a hundred characters or more.
func storyBegun(blocks []block) bool {
	for _, b := range blocks {
		if b.kind == kindPara && !runesAtMost(b.text, 100) {
			return true
		}
	}
	return false
}

// buttonLinks are a bar's buttons copied as text: "[Sign in]".
var buttonLinks = regexp.MustCompile(`\[[^\[\]]{1,40}\]`)

// menuSep separates the entries of a menu written on one line.
var menuSep = regexp.MustCompile(`\s*[|｜·]\s*|\s{2,}|　+`)

// logoLead is a logo's image markup that opens a line, linked or not, or
// its name left in brackets ("[鹤汀云 logo]").
var logoLead = regexp.MustCompile(`^(?:\[!\[[^\]]*\]\([^)\s]*\)\]\([^)\s]*\)|!\[[^\]]*\]\([^)\s]*\)|\[[^\]\[]{0,30}(?i:logo|标志)\])[\s　]*`)

// isMenuLine reports whether a line is a menu: four or more short entries
// (three words or six Chinese characters at most) joined by |, · or wide
// spaces ("首页 | 登录 | 注册 | 下载客户端"), or three set apart by padded
// bars, as a page's tabs copy ("Open  |  Planned  |  Past").
func isMenuLine(line string) bool {
	if strings.HasPrefix(line, "[") || strings.HasPrefix(line, "![") {
		// the site's logo before its menu ("[![芸檀云](/logo.svg)](/)　产品
		// 　文档 …"): the menu is the rest
		if m := logoLead.FindString(line); m != "" && len(m) < len(line) {
			line = line[len(m):]
		}
	}
	if strings.Contains(line, "\u00a0") {
		// "&nbsp;" between a menu's items, as a page read back from
		// print keeps it: a space like any other
		line = strings.ReplaceAll(line, "\u00a0", " ")
	}
	if strings.Contains(line, "] [") || strings.HasSuffix(line, "]") {
		// "[Open your account health] [Sign in]": buttons, each an item
		line = buttonLinks.ReplaceAllString(line, "  Button  ")
	}
	if !runesAtMost(line, 100) && !(runesAtMost(line, 200) && strings.Count(line, "|")+strings.Count(line, "｜") >= 3) || !containsAnyRune(line, "|｜·　") && !strings.Contains(line, "  ") {
		return false
	}
	var parts []string
	for _, p := range menuSep.Split(strings.TrimSpace(line), -1) {
		// Chinese prose puts no spaces between its words: a run of Han
		// words parted by single spaces ("产品 解决方案 定价 文档") is a
		// menu's items copied from a page
		if f := strings.Fields(p); len(f) >= 3 && allHan(f) {
			parts = append(parts, f...)
			continue
		}
		parts = append(parts, p)
	}
	if len(parts) >= 3 && hostName.MatchString(parts[0]) && shortItems(parts[1:]) {
		// "bincombe-energy.example · Help · Report a power outage": the
		// site's address, then its links
		return true
	}
	if len(parts) < 4 && !(len(parts) == 3 && paddedBars.MatchString(line)) {
		return false
	}
	for i, p := range parts {
		if k := strings.IndexAny(p, "(（"); k > 0 && (strings.HasSuffix(p, ")") || strings.HasSuffix(p, "）")) {
			p = p[:k] // "Feeds (RSS / JSON)": the item and its note
		}
		if i > 0 && i == len(parts)-1 && contactItem.MatchString(p) {
			continue // "… 网上营业厅　　客服热线：10099-0000": the hotline at the menu's end
		}
		if !isNavWord(p) && !signInItem.MatchString(p) && (i > 0 || len(parts) < 5 || !runesAtMost(p, 24) || strings.ContainsAny(p, "0123456789:：")) {
			// (the site's name before its menu's items, "汇联支付
			// 商户服务平台　　首页　产品服务　…", four or more of them)
			return false
		}
	}
	return true
}

// contactItem is a phone line a site's bar shows beside its menu:
// "客服热线：10099-0000", "Call us: 0800 000 123".
var contactItem = regexp.MustCompile(`(?i)^(?:(?:客服|服务|咨询|24小时)?(?:热线|电话)|hotline|call us|phone|tel\.?)\s*[:：]?\s*[\d\s()+-]{5,}$`)

// hostName is a site's address alone, as a page's bar shows it:
// "status.pamphill.example", "bincombe-energy.example".
var hostName = regexp.MustCompile(`(?i)^(?:https?://)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+/?$`)

// siteAddress reports whether a line is the site's address alone, perhaps
// with a button beside it: "bosburyclinic.example   [Subscribe to
// updates]".
func siteAddress(line string) bool {
	line = withoutButtons(line)
	return len(line) <= 80 && hostName.MatchString(strings.TrimSpace(line))
}

// withoutButtons is a line without the buttons after its words
// (trailingButtons): "bosburyclinic.example   [Subscribe to updates]" is
// "bosburyclinic.example".
func withoutButtons(line string) string {
	if !strings.HasSuffix(line, "]") {
		return line
	}
	return trailingButtons.ReplaceAllString(line, "")
}

// shortItems reports whether each of parts is a link's words: five words
// at most, no figure, no sentence's stop or field's colon.
func shortItems(parts []string) bool {
	for _, p := range parts {
		if p == "" || len(strings.Fields(p)) > 5 || strings.ContainsAny(p, "0123456789:：.。,，") {
			return false
		}
	}
	return true
}

// signInItem is a menu's prompt to sign in, in more words than a menu's
// item: "Sign In to the Console", "Log in to your account".
var signInItem = regexp.MustCompile(`(?i)^(?:sign|log) ?(?:in|on|up)\b[\w ]{0,30}$`)

// allHan reports whether every word holds a Han character.
func allHan(words []string) bool {
	for _, w := range words {
		if strings.IndexFunc(w, isHan) < 0 {
			return false
		}
	}
	return true
}

var (
	zhNumHeading = regexp.MustCompile(`^[一二三四五六七八九十]+[、.．]`)
	// padNumHeading is a part's number with its leading zero, then its
	// name: "01 发生了什么", "02 / Why it happened"
	padNumHeading = regexp.MustCompile(`^0[1-9]\s*[/｜|.、]?\s*[\p{Han}\p{Lu}]`)
	numHeading    = regexp.MustCompile(`^(?:\d{1,2}[、．]|\d{1,2}\.\s|\d{1,2}\.\d{1,2}\s|第[一二三四五六七八九十\d]+[章节部分])`)
	itemLine      = regexp.MustCompile(`^\s*(?:[-*•·◇◆○●■□▪►]|[（(]\d{1,2}[）)]|\d{1,2}[)）]|[（(][一二三四五六七八九十]+[）)])\s*`)
	numItem       = regexp.MustCompile(`^\d{1,2}[.、．)）]\s*`)
)

// isTitleLine reports whether a line can be a document's title: not a
// sentence, not too short to name anything, not too long.
func isTitleLine(line string) bool {
	n := utf8.RuneCountInString(line)
	if n > 100 && strings.HasSuffix(line, ")") {
		// a reference after the name does not make it longer: "… in
		// West Europe (Tracking ID 7KQ4-R8X)"
		if k := strings.LastIndexByte(line, '('); k > 0 && len(line)-k <= 40 {
			n = utf8.RuneCountInString(line[:k])
		}
	}
	question := strings.HasSuffix(line, "?") || strings.HasSuffix(line, "？")
	if n > 100 && n <= 150 && !strings.Contains(line, ". ") && (containsAny(strings.ToLower(line), titleIncidentWords) || strings.Contains(line, " - ") && !endsSentence(line)) {
		// a review's long name: "Post Incident Review (PIR) – Edge
		// Gateway – Connection timeouts for customers in West Europe",
		// or a notice's products, then what customers met: "Identity
		// and Access Management, Object Storage - Customers may have
		// been unable to authenticate API requests"
		n = 100
	}
	if n > 100 || endsSentence(line) && !question || strings.HasSuffix(line, ":") || strings.HasSuffix(line, "：") {
		return false
	}
	if n <= 100 && legendLine(line) {
		return false // a status page's key to its states ("Available Issue Outage Maintenance")
	}
	if strings.IndexFunc(line, isHan) >= 0 {
		return n >= 6
	}
	return len(strings.Fields(line)) >= 2 && postStamp(line) == nil // a post's stamp (social.go) names nothing
}

// legendWords are the states a status page's key names, lower-cased.
var legendWords = map[string]bool{"available": true, "operational": true, "issue": true, "issues": true, "outage": true,
	"maintenance": true, "degraded": true, "performance": true, "partial": true, "major": true, "minor": true,
	"resolved": true, "informational": true, "可用": true, "正常": true, "问题": true, "中断": true, "维护": true, "异常": true, "已解决": true,
	// "✓ Operating normally ℹ Informational message ⚠ Degraded performance ✕ Service disruption"
	"operating": true, "normally": true, "message": true, "service": true, "disruption": true}

// legendLine reports whether a line is a status page's key to its
// states, three or more of them and nothing else ("Available Issue
// Outage Maintenance", "可用 问题 中断 维护").
func legendLine(line string) bool {
	var f []string
	for _, w := range strings.Fields(line) {
		if w = strings.Trim(w, legendMarks); w != "" {
			f = append(f, w) // (a state's sign alone, "✓", "⚠", is no word)
		}
	}
	if len(f) < 3 || len(f) > 10 || !legendWords[strings.ToLower(f[0])] {
		return false // the gate: a key opens with a state
	}
	for _, w := range f {
		if !legendWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// legendMarks are the signs a status page's key sets before its states.
const legendMarks = "●○•·|✓✔✗✕✖ℹ⚠❗⛔🟢🟡🟠🔴🔵"

// signInMenu reports whether a raw line is a site's bar of links set
// apart by wide spaces, three or more, one of them a prompt to sign in
// or subscribe ("Today's paper   Newsletters   Log in   Subscribe for
// £1"): no title, whatever else it names.
func signInMenu(raw string) bool {
	if strings.Contains(raw, "登录") || strings.Contains(raw, "注册") {
		return zhSignInMenu(raw)
	}
	if !strings.Contains(raw, "   ") {
		return false
	}
	if lr := strings.ToLower(raw); !strings.Contains(lr, "log") && !strings.Contains(lr, "sign") && !strings.Contains(lr, "subscribe") && !strings.Contains(lr, "register") {
		return false // the gate: no prompt named
	}
	var parts []string
	for _, p := range wideGap.Split(strings.TrimSpace(raw), -1) {
		// a column of prompts set apart by bars ("Subscribe  |  Sign in")
		for _, q := range strings.Split(p, "|") {
			if q = strings.TrimSpace(q); q != "" {
				parts = append(parts, q)
			}
		}
	}
	if len(parts) < 3 {
		return false
	}
	prompt := false
	for _, p := range parts {
		lp := strings.ToLower(p)
		if utf8.RuneCountInString(p) > 30 {
			return false
		}
		switch {
		case lp == "log in" || lp == "login" || lp == "sign in" || lp == "sign up" || lp == "register" || lp == "subscribe",
			strings.HasPrefix(lp, "subscribe ") || strings.HasPrefix(lp, "sign in ") || strings.HasPrefix(lp, "log in "):
			prompt = true
		}
	}
	return prompt
}

// zhSignInMenu reports whether a line is a Chinese site's bar of links
// set apart by two spaces or more (or an ideographic space), three or
// more, each short, one a prompt to sign in or up ("登录  免费注册  控制台").
func zhSignInMenu(raw string) bool {
	parts := zhGap.Split(strings.TrimSpace(raw), -1)
	if len(parts) < 3 {
		return false
	}
	prompt := false
	for _, p := range parts {
		p = strings.Trim(p, " |｜")
		if p == "" || !runesAtMost(p, 8) || endsSentence(p) {
			return false
		}
		switch p {
		case "登录", "注册", "免费注册", "立即注册", "登录/注册", "注册/登录":
			prompt = true
		}
	}
	return prompt
}

// zhGap parts the links of a Chinese site's bar copied as text.
var zhGap = regexp.MustCompile(`[\s\x{3000}]{2,}|\x{3000}`)

// wideGap parts the links of a bar copied as text.
var wideGap = regexp.MustCompile(`\s{3,}`)

// mailHeader is a line of an e-mail's headers: "Date: 18 September 2025
// at 11:07:45 BST", "From: Service Desk <desk@example.com>".
var mailHeader = regexp.MustCompile(`(?i)^(?:date|sent|from|to|cc|bcc|reply-to|message-id|mime-version|content-type|content-transfer-encoding|x-[a-z-]{2,30}):\s*\S`)

// senderRole ends a sender's name that is a company's mailbox, not a
// person's: "… Service Desk", "… NOC", "… Network Operations Centre".
var senderRole = regexp.MustCompile(`(?i)\s+(?:service desk|help ?desk|support(?: team)?|customer (?:care|service|support|operations|success)|noc|network operations(?: cent(?:re|er))?|operations(?: team)?|status(?: updates)?|notifications?|no-?reply|incident (?:team|management))$`)

// deskOnly is a department a desk's From names without its company: "IT
// Services Service Desk" is the university's IT, not a company.
var deskOnly = regexp.MustCompile(`(?i)^(?:it|ict|it services|it support|information technology(?: services)?|technology services|digital services|customer|support|help)$`)

// senderOrg is the company an e-mail's From names when it is the
// company's mailbox ("Dee Valley Fibre Service Desk <desk@…>" is Dee
// Valley Fibre's); "" for a person's name or no name.
func senderOrg(from string) string {
	name := strings.TrimSpace(from)
	if k := strings.IndexByte(name, '<'); k >= 0 {
		name = strings.TrimSpace(name[:k])
	}
	name = strings.Trim(name, `"' `)
	loc := senderRole.FindStringIndex(name)
	if loc == nil {
		return ""
	}
	org := strings.TrimSpace(name[:loc[0]])
	if n := len(strings.Fields(org)); n == 0 || n > 5 {
		return ""
	}
	return org
}

// mailHeaders reports whether the lines next to the title (its Subject)
// are an e-mail's headers: a From line among the four around it.
func mailHeaders(lines []string, titleAt int) bool {
	titled := titleAt >= 0
	titleAt = max(titleAt, 0) // (a title found by another way than its line)
	for k := max(0, titleAt-4); k < len(lines) && k <= titleAt+12; k++ {
		if l := cleanSpace(lines[k]); len(l) > 6 && strings.EqualFold(l[:5], "from:") {
			if titled && k <= titleAt+4 {
				return true
			}
			// further down (a list archive's navigation above the
			// message), or under no title's line: with its Date or
			// Subject right beside it
			for j := max(0, k-3); j < len(lines) && j <= k+3; j++ {
				if l2 := cleanSpace(lines[j]); len(l2) > 6 && (strings.EqualFold(l2[:5], "date:") || len(l2) > 9 && strings.EqualFold(l2[:8], "subject:")) {
					return true
				}
			}
		}
	}
	return false
}

// proseBlock reports whether blocks hold a paragraph of prose yet: one of
// 100 characters or more.
func proseBlock(blocks []block) bool {
	for _, b := range blocks {
		if b.kind == kindPara && !runesAtMost(b.text, 100) {
			return true
		}
	}
	return false
}

func parseText(body []byte) *document { return parseTextTitled(body, "") }

// inlineTag is an HTML tag in a text (a feed item's description copied
// as it was sent: "<p><small>Apr <var data-var='date'>20</var>,
// …</small><br><strong>Update</strong> - …"): its second group names it.
var inlineTag = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})\b(?:\s[^<>]{0,300})?/?>`)

// markupTags are the tags of inline markup, true for those that break a
// line.
var markupTags = map[string]bool{"p": true, "br": true, "div": true, "li": true, "ul": true, "ol": true, "tr": true, "table": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "pre": true, "blockquote": true,
	"small": false, "strong": false, "b": false, "i": false, "em": false, "var": false, "span": false, "a": false, "code": false,
	"time": false, "abbr": false, "sup": false, "sub": false, "u": false, "td": false, "th": false}

// pageTag is a tag of a page's structure, not of a description's inline
// markup.
var pageTag = regexp.MustCompile(`(?i)<(?:html|head|body|header|nav|main|article|section|footer|h1)\b`)

// untagged is a text with the inline HTML markup it holds taken out, the
// tags that break a line made line breaks and its entities read. A text
// that closes fewer than three of them is left as it is (a
// "<name@example.org>" address, "a <b>" in prose).
func untagged(src string) string {
	if !strings.Contains(src, "</") {
		return src
	}
	tags := inlineTag.FindAllStringSubmatchIndex(src, -1)
	closed := 0
	for _, m := range tags {
		if _, ok := markupTags[strings.ToLower(src[m[4]:m[5]])]; ok && m[3] > m[2] {
			closed++
		}
	}
	if closed < 3 || pageTag.MatchString(src) {
		return src // (a page's markup, "<header>", "<nav>", "<h1>", is read as it was)
	}
	var b strings.Builder
	b.Grow(len(src))
	at := 0
	for _, m := range tags {
		block, ok := markupTags[strings.ToLower(src[m[4]:m[5]])]
		if !ok {
			continue // no tag of inline markup: kept as it is
		}
		b.WriteString(src[at:m[0]])
		if block {
			b.WriteByte('\n')
		}
		at = m[1]
	}
	b.WriteString(src[at:])
	return html.UnescapeString(b.String())
}

// parseTextTitled parses a text whose title is known from elsewhere (a
// PDF's document information): the line that shows it is the title's.
func parseTextTitled(body []byte, title string) *document {
	if d := parseTextWith(body, false, title); !thinCut(d) {
		return d
	}
	return parseTextWith(body, true, title)
}

func parseTextWith(body []byte, keepAll bool, title string) *document {
	src := unquoteMail(strings.ReplaceAll(string(toUTF8Text(body)), "\r\n", "\n"))
	src = untagged(src)
	src = parteMarkedRows(src)
	src = withoutRequoted(src)
	src = joinHangingFields(src)
	if wrap := hardWrapped(src); wrap > 0 {
		// paragraphs broken at a fixed width (an e-mail at 72 columns, a
		// page printed and read back as text): each is one line again, as
		// the parse below reads a line as a paragraph
		src = unwrapLinesAt(src, wrap)
	}
	d := &document{keepAll: keepAll}
	lines := rawMailLines(strings.Split(src, "\n"))
	if k := forwardedAt(lines); k >= 0 {
		lines = lines[k+1:] // the message forwarded, not the note above it
	}
	mergePrintLines(lines)
	joinFieldPairs(lines)
	lines = splitBylines(lines)
	lines, threadDay := socialThread(lines)
	lines, firstPost := bylineThread(lines)
	d.summary = firstPost
	d.published = normalizeDate(threadDay)
	prevBlank := true
	inTOC := false
	running := runningLines(lines)
	pipeTable := hasPipeTable(lines) // a Markdown table's rule line under its header row
	for i, l := range lines {
		if strings.Contains(l, "://") {
			if l = cleanSpace(l); runningPageLine(l) || l != "" && isDigitByte(l[len(l)-1]) && printFooter.MatchString(l) || addressOnly(l) && printedBeside(lines, i) {
				// a printed sheet's running line, the page's address
				// and its number ("https://…/fenmoor-bank-app-outage
				// Page 1 of 1", "https://…/ylb-26-0412   1/1"): neither
				// the title nor the text (a running line of the site's
				// name and the page's title names the page: printedTitle)
				lines[i] = ""
			}
		}
	}
	dropPageRails(lines, running)
	joinAcrossEdges(lines, running)
	titleAt := titleLine(lines, title, running)
	chatAt := chatStart(lines) // the first header of a chat's messages, -1 for a text of no chat
	if chatAt >= 0 && titleAt >= 0 && titleAt < chatAt {
		if k, name := channelName(lines[titleAt : titleAt+1]); k == 0 {
			// "Minchinhampton Market ▾ #inc-2026-0224-checkout-errors": the
			// workspace's switcher, then the channel; "Humshaugh
			// Engineering > INC-0522 …": the team, then its channel
			d.title, d.channel = name, name
		}
	}
	if chatAt >= 0 && (titleAt < 0 || titleAt > chatAt) {
		if _, ok := topicTitle(cleanSpace(lines[max(titleAt, 0)])); titleAt < 0 || !ok {
			// a line of a chat's messages ("Tracking webhooks … are
			// still failing though"), under the headers of those before
			// it, is no title, and the messages above it stay: the
			// channel's name over them names the incident's channel
			// ("#inc-2291-search-latency", "Channel: #ops-incidents")
			titleAt = -1
			if k, name := channelName(lines[:chatAt]); k >= 0 {
				titleAt, d.title, d.channel = k, name, name
			}
		}
	}
	if titleAt > 0 && mailHeaders(lines, titleAt) {
		// an e-mail's From above its Subject ("From: Ilminster Fibre NOC
		// <noc@…>" … "Subject: RFO | …"): the company's desk wrote it
		for k := max(0, titleAt-6); k < titleAt && d.org == ""; k++ {
			if name, value, ok := strings.Cut(cleanSpace(lines[k]), ":"); ok && strings.EqualFold(name, "from") {
				if org := senderOrg(value); !deskOnly.MatchString(org) {
					d.org = org
				}
			}
		}
	}
	if titleAt >= 0 && titleAt+1 < len(lines) {
		if printed := printedHeaderTitle(lines); printed != "" && printedWrapped(lines, titleAt, printed) {
			// the headline the page wrapped on two lines, the header's
			// title: one line
			lines[titleAt] = cleanSpace(lines[titleAt]) + " " + cleanSpace(lines[titleAt+1])
			lines[titleAt+1] = ""
		}
	}

	if titleAt >= 0 && wrappedProse(lines, titleAt) {
		titleAt = -1
	}

	if titleAt >= 0 && titleAt == openedEntry(lines) {
		if openedRow(lines) == titleAt {
			lines = lines[:openedRowEnd(lines, titleAt)]
			lines[titleAt] = rowCellName(lines[titleAt]) // the row's name, not its date and kind
		} else {
			lines = lines[:openedEnd(lines, titleAt)] // the entries listed under the opened one are not its
		}
	}
	foot := src
	if len(foot) > 600 {
		foot = strings.ToValidUTF8(foot[len(foot)-600:], "")
	}
	if m := copyrightHolder.FindStringSubmatch(cleanSpace(foot)); m != nil {
		d.siteNames = []string{strings.TrimSpace(m[1])} // its copyright's holder names the site
		if name := footerLeadName(foot, d.siteNames[0]); name != "" {
			d.siteNames = append(d.siteNames, name)
		}
	}
	for i, raw := range lines {
		if line := cleanSpace(raw); line != "" {
			if skipLink.MatchString(line) {
				continue // a saved page's first link, for screen readers
			}
			if brandLike(line) && len(strings.Fields(line)) >= 2 {
				d.brand = brandName(line) // "Larkspur Cloud" over its menu
				if j := nextLine(lines, i); j >= 0 && isMenuLine(strings.TrimSpace(lines[j])) {
					d.brandMenu = true
				}
			}
			break
		}
	}
	for i, raw := range lines {
		if i > 40 || d.brand == "" {
			break
		}
		if bylineLine.MatchString(cleanSpace(raw)) {
			d.brand = "" // a news page's masthead names the paper, not the company
		}
	}
	if d.published == "" && titleAt > 0 {
		// "17 November 2026" on a line of its own over a letter's
		// subject: the day it was written; of several (a history's rows
		// above the one shown opened), the last over the title
		for i := titleAt - 1; i >= 0 && i >= titleAt-30; i-- {
			if line := cleanSpace(lines[i]); len(line) <= 40 && dateAlone(line) {
				if day := normalizeDate(line); day != "" {
					defer func() {
						if d.published == "" {
							d.published = day
						}
					}()
					break
				}
			}
		}
	}
	skip := -1 // a title's second line
	// a status page's update whose state is bracketed before its time
	// ("【已恢复】北京时间2025年4月9日 16:42") has been read: what follows is
	// the updates, no title
	updatesBegun := false
	monthLed := false // the page's date is a line above the title that opens with its month (monthLead)
	for i, raw := range lines {
		line := cleanSpace(raw)
		if line == "" {
			prevBlank = true
			continue
		}
		if i == skip {
			continue
		}
		if (line[0] == '-' || line[0] == '=' || line[0] == '_' || strings.HasPrefix(line, "—") || strings.HasPrefix(line, "–") || strings.HasPrefix(line, "─") || strings.HasPrefix(line, "━")) && dayDivider.MatchString(line) {
			if m := dayDivider.FindStringSubmatch(line); m != nil && dateOf(withoutWeekday(m[1])) {
				// a chat export's day between its rules ("--- Tuesday,
				// February 17th, 2026 ---"), above the title too: the day
				// of the messages under it, no list's item
				d.add(block{kind: kindPara, text: line})
				prevBlank = true
				continue
			}
		}
		if i > titleAt && ruleLine(line) && (len(d.blocks) > 0 && d.blocks[len(d.blocks)-1].kind == kindHeading || boxedName(lines, i)) {
			// a rule under a section's name, or over a name boxed between
			// two ("-----" / "ROOT CAUSE" / "-----"): the page's drawing,
			// no text of the section
			prevBlank = true
			continue
		}
		if i < titleAt && !signInMenu(raw) && (columnsPair(lines, i) || columnCells(raw) && columnsPair(lines, nextLine(lines, i))) {
			// a record's fields laid out in columns above the title
			// ("Status   Severity   Started …" over their values): the
			// record's, kept as a row; not a masthead's menu over the
			// site's sections ("☰ Sections   THE … STANDARD   Subscribe
			// Sign in" over "News   Local   Business …")
			d.add(block{kind: kindPara, text: line})
			continue
		}
		if i < titleAt {
			if d.zoneNote == "" && len(line) <= 200 && containsAny(asciiLower(line), docZoneCues) && docZone.MatchString(line) {
				// "Exported 2026-07-24 · Times shown in America/Chicago"
				// above the title: the zone of the times below
				d.zoneNote = line
			}
			if d.clipped == "" && len(line) <= 200 && exportStamp(asciiLower(line)) {
				// "Exported 4/14/2026 3:12 PM · Times shown in …" above a
				// chat's messages: the day of the copy, on or after theirs
				d.clipped = normalizeDate(line)
				if d.clipped == "" {
					d.clipped = exportedDay(line) // "Exported 4/14/2026 3:12 PM"
				}
			}
			if d.clipped == "" && startsWithDigit(line) {
				if _, ok := printedTitle(line); ok {
					// a browser's print header above the title: the day it
					// was printed, the year of dates told without one
					d.clipped = printedDay(line)
				}
			}
			if d.published == "" && (strings.HasPrefix(line, "Date:") || strings.HasPrefix(line, "Sent:")) {
				d.published = mailDate(line) // an e-mail's header above its Subject
				if d.published == "" {
					// "Date: Wed, Dec 10, 2025 at 6:15 PM", Outlook's
					// "Sent: Thursday, March 5, 2026 11:02 PM"
					d.published = normalizeDate(line)
				}
			}
			if m := wechatDateline.FindStringSubmatch(line); m != nil && d.published == "" {
				d.published = normalizeDate(m[3]) // "原创 … 2026年10月19日 18:30 浙江" above the title
				d.readDateline(m)
				continue
			}
			dl := line
			if k := strings.Index(line, " | "); k > 0 && k <= 24 {
				dl = line[k+3:] // "科技 | 2025-02-10 09:18": a news channel's name, then the date
			}
			if d.published == "" && startsWithDigit(dl) && len(dl) <= 80 && leadDate.MatchString(dl) {
				// "2026-3-5 18:22 来自 微博": the post's date above its title
				d.published = normalizeDate(dl)
			}
			if (d.published == "" || monthLed) && len(dl) <= 80 && monthLead.MatchString(dl) {
				// "February 27, 2026 · 9 min read": a post's date above its
				// title, under the site's menu; of several (a status
				// history's days, "Nov 19, 2026" … "Nov 18, 2026" over
				// the incident), the one nearest the title
				d.published = normalizeDate(monthLead.FindString(dl))
				monthLed = true
			}
			if d.published == "" && len(line) <= 160 && posterLabel.MatchString(line) {
				if m := isoDayIn(line); m != nil {
					// "发布人：IT服务台-刘娜 2025-11-20 10:06 已读 1,204": a
					// group notice's poster and date above its title
					d.published = ymd(m[1], m[2], m[3])
				}
			}
			if d.published == "" && utf8.RuneCountInString(line) <= 120 && byline.MatchString(line) {
				// "Posted June 20, 2025 by the Grayling SRE team" above
				// the title: a byline dates the post
				d.published = textPublished([]string{line})
			}
			continue // a site's menu and banners above the incident's title
		}
		if i > titleAt && d.clipped == "" && len(d.blocks) <= 3 && len(line) <= 200 && exportStamp(asciiLower(line)) {
			// "Exported 02.12.2025 09:05 (CET, Europe/Berlin) by …" under
			// an export's title: the day of the copy, on or after its
			// messages'
			d.clipped = normalizeDate(line)
			if d.clipped == "" {
				d.clipped = exportedDay(line) // "Exported 02.12.2025 09:05", "Exported on 14/01/2026 17:05"
			}
		}
		if accountCard.MatchString(line) {
			// "156篇原创内容" closes a WeChat account's card: its name and
			// blurb above it are the account's, not the article's
			for k := 0; k < 2 && len(d.blocks) > 0; k++ {
				last := d.blocks[len(d.blocks)-1]
				if last.kind != kindPara || last.label != "" || !runesAtMost(last.text, 60) {
					break
				}
				d.blocks = d.blocks[:len(d.blocks)-1]
			}
			if i+1 < len(lines) && cleanSpace(lines[i+1]) == "公众号" {
				skip = i + 1
			}
			continue
		}
		if m := wechatDateline.FindStringSubmatch(line); m != nil {
			if d.published == "" {
				d.published = normalizeDate(m[3])
			}
			d.readDateline(m)
			continue
		}
		mark := line
		if strings.HasPrefix(line, "**") || strings.HasPrefix(line, "__") {
			mark = stripEmphasis(line) // "**More from the blog**"
		}
		if stop, skip := d.atMark(mark, line, lines[i+1:]); stop {
			break
		} else if skip {
			continue // the mark alone goes: what follows is the page's
		}
		if d.published == "" && len(line) <= 120 && strings.Contains(line, "来自") && accountLine.MatchString(line) {
			d.published = postClientDate(line) // a post's client line dates it: "官方微博 · 2025-8-2 23:46 来自 微博 weibo.com"
		}
		if d.published == "" && len(d.blocks) <= 1 && recordMetaLine(line) {
			// "曜石云存储团队 | 2026-11-16 | 阅读约8分钟 | 标签：复盘" under the
			// title: a post's facts, its date the post's
			if day := pickDay(line, false); !day.IsZero() {
				d.published = day.Format(time.DateOnly)
			}
		}
		if isDebris(line) || isMenuLine(strings.TrimSpace(raw)) || len(d.blocks) == 0 && capsColumns(raw) {
			// (a letterhead in columns of capitals above the text is its
			// furniture too)
			// (a menu's entries set apart by wide spaces alone are one
			// line once its spaces are cleaned: read them as written)
			prevBlank = true
			if d.published == "" && len(d.blocks) == 0 && strings.Contains(line, "来自") && accountLine.MatchString(line) {
				d.published = postClientDate(line) // "官方微博 · 2025-8-2 23:46 来自 微博 weibo.com": the post's date
			}
			continue
		}
		if i > titleAt && !proseBlock(d.blocks) && mailHeader.MatchString(line) && mailHeaders(lines, titleAt) {
			// an e-mail's headers under its Subject: the Date dates the
			// message (it is not an event of the incident); From and To
			// name its sender and readers, no paragraph of the write-up
			name, value, _ := strings.Cut(line, ":")
			if d.published == "" && (strings.EqualFold(name, "date") || strings.EqualFold(name, "sent")) {
				if d.published = mailDate(line); d.published == "" {
					d.published = normalizeDate(value)
				}
			}
			if d.org == "" && strings.EqualFold(name, "from") {
				d.org = senderOrg(value) // "Dee Valley Fibre Service Desk <…>": the company's desk wrote it
			}
			continue
		}
		if i == titleAt && d.title == "" {
			if m := titleLabel.FindStringSubmatch(line); m != nil {
				d.title = replyMark.ReplaceAllString(m[1], "")
				continue
			}
			if t, ok := topicTitle(line); ok {
				d.title = t
				continue
			}
		}
		if tocMarker.MatchString(line) {
			inTOC = true
			continue
		}
		isItem := itemLine.MatchString(line)
		if inTOC {
			// (a section's name is an entry wherever the list ends: the
			// names may follow each other with no blank line between)
			if isItem || runesAtMost(line, 20) && !endsSentence(line) && (i+1 >= len(lines) || itemLine.MatchString(lines[i+1]) || strings.TrimSpace(lines[i+1]) == "" || classifyHeading(line) != "" && sectionNameLength(line)) && len(d.blocks) == 0 {
				continue
			}
			inTOC = false
		}
		nextBlank := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
		t, ok := printedTitle(line)
		if !ok {
			t, ok = firefoxHeader(raw)
		}
		if ok {
			// a browser's header on a page printed to PDF names the page
			// (or its site alone: "Thornby Blog"), and when it was printed
			// (after it was published: the year of dates told without one)
			if d.clipped == "" {
				d.clipped = printedDay(line)
			}
			if siteKindName(t) || hanSiteName(t) {
				d.siteNames = append(d.siteNames, t)
				continue
			}
			if site, ok := codeAndSite(t); ok {
				// "RCA-2026-014 | Wroxall Compute": a report's number
				// and its site, no title; the heading under the site's
				// menu gives it
				d.siteNames = append(d.siteNames, site)
				continue
			}
			if d.title == "" {
				d.title = trimSiteName(t)
			}
			if site := printedSite(t); site != "" {
				d.siteNames = append(d.siteNames, site) // the masthead under it names the site, not the story
			}
			continue
		}
		if isDigitByte(line[len(line)-1]) && printFooter.MatchString(line) {
			continue
		}
		if d.title == "" && len(d.blocks) == 0 {
			if m := postTitle.FindStringSubmatch(line); m != nil && (utf8.RuneCountInString(m[1]) > 10 || labelSection(m[1]) == "") && isTitleLine(m[1]) && cleanTitle(m[1], "") != "" {
				// a post that opens with its title in brackets, after its
				// topic ("#晓云游戏服务器异常# 【关于…的情况说明】各位玩家：…")
				d.title = m[1]
				line = strings.TrimSpace(m[2])
			}
		}
		if d.title == "" && isPrompt(line) {
			continue // a site's prompt above the title ("登录 | 注册"), as titleLine passes it over
		}
		if d.title == "" && len(d.blocks) == 0 {
			if site, ok := siteAndKind(line); ok {
				// the page's <title> saved above it ("鹤汀云 | 事件报告",
				// "Incident report | Wexcombe Cloud"): its site and its kind,
				// no incident's name
				d.siteNames = append(d.siteNames, site)
				continue
			}
		}
		if running[line] {
			continue // a printed page's running header or footer
		}
		if d.title == "" && profileHead(lines, i) {
			continue // a profile's name over its handle, or its description, as titleLine passes them over
		}
		if d.title == "" && signInMenu(raw) {
			continue // the site's masthead beside its prompts ("DRAUGHTON POST      Subscribe  |  Sign in")
		}
		if !updatesBegun && (line[0] == '[' || strings.HasPrefix(line, "【")) {
			_, _, _, updatesBegun = bracketedUpdate(line, "")
		}
		if d.title == "" && !updatesBegun && (chatAt < 0 || i < chatAt) && isTitleLine(line) && !notTitle(line) && !capsColumns(raw) && !filterRow(raw) && !pageHead(raw, line) {
			titled := cleanTitle(line, "") != ""
			if !titled && len(d.blocks) == 0 {
				continue // a site's name or a date above the title
			}
			if titled {
				d.title = line
				if i+1 < len(lines) && wrapsOn(line, cleanSpace(lines[i+1])) {
					// a heading wrapped on two lines ("… outage of 3" /
					// "September 2025: summary of findings")
					d.title = line + " " + cleanSpace(lines[i+1])
					skip = i + 1
				}
				prevBlank = false
				continue
			}
		}
		if line == d.title || d.title != "" && strings.ReplaceAll(line, " ", "") == strings.ReplaceAll(d.title, " ", "") {
			if !(len(d.blocks) > 0 && nextLineUpdate(lines, i)) {
				continue // the title repeated above the body
			}
			// (not the name over its entry among a history's others,
			// "Journey planner … unavailable" / "Resolved - …": it marks
			// where the entry starts)
		}
		if pipeTable && line[0] == '|' && strings.Count(line, "|") >= 3 && strings.HasSuffix(line, "|") {
			// a Markdown table in a text ("| 10:04 a.m. | First failovers.
			// Customer impact begins. |"): its rows are rows, as a
			// Markdown page's are, and its rule line goes
			prevBlank = false
			if mdTableSep.MatchString(line) {
				continue
			}
			cells := strings.Split(strings.Trim(line, "|"), "|")
			for k := range cells {
				cells[k] = cleanSpace(cells[k])
			}
			d.add(tableRow(cells))
			continue
		}
		n := utf8.RuneCountInString(line)
		short := n <= 40 && !endsSentence(line)
		question := strings.HasSuffix(line, "?") || strings.HasSuffix(line, "？")
		colon := strings.HasSuffix(line, ":") || strings.HasSuffix(line, "：")
		// whether the line names a section: asked of lines of 80
		// characters or fewer, as every case below that asks it asks
		// that too (a paragraph's line is none of them)
		// (a byline names none, whatever its counts: "Posted 6 November
		// 2026 by Rosalind · 412 comments")
		if commentCount.MatchString(line) && !storyBegun(d.blocks) {
			continue // "Comments (214)" under the byline: a link to the comments, which are not here
		}
		cue := n <= 80 && classifyHeading(line) != "" && !byline.MatchString(line)
		switch {
		case short && !colon && zhNumHeading.MatchString(line):
			d.add(block{kind: kindHeading, level: 2, text: line})
		case short && !colon && numHeading.MatchString(line):
			d.add(block{kind: kindHeading, level: 3, text: line})
		case short && !colon && prevBlank && nextBlank && padNumHeading.MatchString(line):
			// "02 数据是否丢失", "03 / What we changed": a post's parts
			// numbered with a leading zero, each alone between blank lines
			d.add(block{kind: kindHeading, level: 2, text: line})
		case (short || question && n <= 12) && prevBlank && cue && (n <= 20 || nextBlank || !colon && !isItem && len(strings.Fields(withoutNote(line))) <= 6 && nextLong(lines, i)) && (!colon || n <= 12) && !stampField(line) && !columnFields(raw),
			question && n <= 80 && cue && !strings.Contains(strings.TrimRight(line, "?？"), "?"):
			// a section's name, or the question a review answers under it
			d.add(block{kind: kindHeading, level: 2, text: line})
		case cue && !colon && n <= 12 && sectionNameLength(line) && !isItem && !startsWithDigit(line) && nextLong(lines, i):
			// a section's name on a line of its own in text copied from a
			// browser, with no blank line around it
			d.add(block{kind: kindHeading, level: 2, text: line})
		case cue && n <= 80 && !short && !colon && !question && prevBlank && nextBlank && !endsSentence(line) && !isItem && !startsWithDigit(line) && nextLong(lines, i+1):
			// a longer section name standing alone between blank lines
			// ("What we are doing to prevent this from happening again")
			d.add(block{kind: kindHeading, level: 2, text: line})
		case short && n <= 12 && !colon && prevBlank && nextBlank && !isItem && !startsWithDigit(line):
			// a short line standing alone names a part of the write-up
			d.add(block{kind: kindHeading, level: 2, text: line})
		case isItem || numItemLine(line):
			t := itemLine.ReplaceAllString(line, "")
			if numItemLine(t) {
				t = numItem.ReplaceAllString(t, "")
			}
			// "- 1) text": a numbered item inside a bullet
			t = itemLine.ReplaceAllString(t, "")
			d.add(labelled(block{kind: kindItem, text: t}))
		default:
			d.add(labelled(block{kind: kindPara, text: line}))
		}
		prevBlank = false
	}
	d.monthAbove = monthAbove(lines, d.title)
	return d
}

// dateOf reports whether s is a date: one parseStamp reads with its day.
func dateOf(s string) bool {
	st, _, ok := parseStamp(s, "")
	return ok && st.hasDate()
}

// chatStart is the line of the first header of a chat's messages, when
// lines hold three or more under their writers' headers ("Jess Farrow
// 23:51", "10:52  leopold.varga", "Ben Carter  11:40 AM"); -1 when they
// do not.
func chatStart(lines []string) int {
	first, n := -1, 0
	for i, l := range lines {
		if len(l) > 80 || l == "" || !isDigitByte(l[len(l)-1]) && !strings.HasSuffix(l, "M") && !strings.HasSuffix(l, "m") && !isDigitByte(l[0]) {
			continue
		}
		if t := cleanSpace(l); chatHeader.MatchString(t) || clockHandle(t) != "" || chatHeader24.MatchString(t) {
			if first < 0 {
				first = i
			}
			if n++; n >= 3 {
				return first
			}
		}
	}
	return -1
}

// channelName is the name of a chat's channel written over its messages
// ("#inc-2291-search-latency" alone, "Channel: #ops-incidents", "Chat
// export · huddle.example · #inc-2026-02-05-checkout", a team's "Harewood
// Engineering > INC-0418 Card payments declined at checkout"), and its
// line; -1 when none of the first lines (those before the messages) names
// one.
func channelName(lines []string) (int, string) {
	for i, l := range lines {
		if i >= 12 {
			break
		}
		t := cleanSpace(l)
		if t == "" {
			continue
		}
		if m := channelLine.FindStringSubmatch(t); m != nil {
			return i, m[1]
		}
		if m := teamChannel.FindStringSubmatch(t); m != nil && !isBreadcrumbHome(t) {
			return i, strings.TrimSpace(channelLabel.ReplaceAllString(m[1], "")) // "Team: … › Channel: Störungen / Incidents"
		}
	}
	return -1, ""
}

// channelLine ends with a chat channel's name: alone, after "Channel:",
// as the last of a line's parts set apart by dots or bars, or after a
// workspace's switcher ("Minchinhampton Market ▾ #inc-…").
var channelLine = regexp.MustCompile(`(?i)(?:^|^channel\s*[:：]\s*|\s[·|•▾▼⌄]\s)(#[\p{L}\d][\p{L}\d_.-]{2,79})$`)

// teamChannel is a team's name and its channel's as a Teams page heads
// its posts: "Harewood Engineering > INC-0418 Card payments declined at
// checkout"; group 1 the channel's.
var teamChannel = regexp.MustCompile(`^[\p{L}][^>›»]{1,40}\s[>›»]\s([^>›»]{8,100})$`)

// channelLabel is a channel's name's label: "Channel:".
var channelLabel = regexp.MustCompile(`(?i)^channel\s*[:：]\s*`)

// isBreadcrumbHome reports whether a trail of links starts at a site's
// home page ("Home > News > …"): a site's trail, no team's channel.
func isBreadcrumbHome(t string) bool {
	first, _, _ := strings.Cut(asciiLower(t), " ")
	return first == "home" || first == "首页" || strings.Count(t, " > ") > 1
}

// chatHeader24 is a chat message's header with a clock of 24 hours: the
// writer's name, then the clock, "Jess Farrow  23:51".
var chatHeader24 = regexp.MustCompile(`^[\p{Lu}][\p{L}'’.-]{1,29}(?: [\p{L}][\p{L}'’.-]{0,29}){0,3}\s+(\d{1,2}:\d{2})$`)

// boxedName reports whether the line after lines[i], a rule, is a short
// name with a rule under it too: a section's name boxed between two
// rules, as a plain-text e-mail draws its headings.
func boxedName(lines []string, i int) bool {
	if i+2 >= len(lines) {
		return false
	}
	name := cleanSpace(lines[i+1])
	return name != "" && runesAtMost(name, 60) && !endsSentence(name) && ruleLine(cleanSpace(lines[i+2]))
}

// hasPipeTable reports whether lines hold a Markdown table: a row of
// cells between pipes over its rule line ("|---|---|").
func hasPipeTable(lines []string) bool {
	for i := 1; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if strings.HasPrefix(l, "|") && strings.Contains(l, "--") && mdTableSep.MatchString(l) && strings.HasPrefix(strings.TrimSpace(lines[i-1]), "|") {
			return true
		}
	}
	return false
}

// monthAbove is a status history's month heading, alone on its line, or
// its entry's day, over the entry the page is titled by ("March 2026" /
// "Uploads failing for some team workspaces", "Feb 27 – Feb 28, 2026"):
// the year of its yearless stamps; "" when none stands above the title's
// line.
func monthAbove(lines []string, title string) string {
	if title == "" {
		return ""
	}
	for i, l := range lines {
		if cleanSpace(l) != title {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			m := cleanSpace(lines[j])
			if len(m) <= 20 && monthYear.MatchString(m) {
				return m
			}
			if runesAtMost(m, 40) {
				if day := pickDay(m, true); !day.IsZero() {
					// the entry's day over its name ("Feb 27 – Feb 28,
					// 2026"): its month, not a dateline
					return day.Format("January 2006")
				}
			}
		}
		return ""
	}
	return ""
}

// numItemLine reports whether a line opens with an item's number ("1.
// Roll back", "2、扩容"); a date written with dots ("07.03.2026 08:14")
// opens with none.
func numItemLine(line string) bool {
	m := numItem.FindStringIndex(line)
	return m != nil && !(line[m[1]-1] == '.' && m[1] < len(line) && isDigitByte(line[m[1]]))
}

// stampField reports whether a line is a record's field whose value is a
// day and its clock alone ("Impact start: 14/Oct/25 5:48 AM", "开始时间：
// 2025-03-02 10:14"): a time of the incident, never a section's name,
// though its name names one.
func stampField(line string) bool {
	i := indexAnyRune(line, ":：")
	if i <= 0 || i > 40 {
		return false
	}
	_, size := utf8.DecodeRuneInString(line[i:])
	value := strings.TrimSpace(line[i+size:])
	st, n, ok := parseStamp(value, "")
	return ok && st.hasDate() && st.hasClock() && strings.TrimSpace(value[n:]) == ""
}

// columnFields reports whether a raw line lays out two fields of a
// record or more side by side, parted by wide spaces ("Resolution:
// Done                    Votes:          0" in a ticket's printed
// export): fields, though the first names a section.
func columnFields(raw string) bool {
	if !strings.Contains(raw, "   ") {
		return false
	}
	return len(columnField.FindAllStringIndex(raw, 3)) >= 2
}

var columnField = regexp.MustCompile(`(?:^\s*|\s{3,})\p{L}[\p{L}\d /()-]{0,30}[:：]\s+\S`)

// wrappedProse reports whether line at is a sentence's first line,
// wrapped in print: the next line, with no blank between, opens in lower
// case and ends the sentence ("The company said a faulty update … that
// no card" over "details had been exposed."). A title wrapped over two
// lines ends on no full stop ("… petrol stations" over "as payment
// terminal network goes down").
func wrappedProse(lines []string, at int) bool {
	if at+1 >= len(lines) {
		return false
	}
	line, next := cleanSpace(lines[at]), cleanSpace(lines[at+1])
	if next == "" || endsSentence(line) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && endsSentence(next) && utf8.RuneCountInString(line) >= 40
}

// withoutNote is a heading without the note in brackets that closes it:
// "Timeline" of "Timeline (all times UTC, 28 July 2025)".
func withoutNote(line string) string {
	if strings.HasSuffix(line, ")") || strings.HasSuffix(line, "）") {
		if k := strings.LastIndexAny(line, "(（"); k > 0 {
			return strings.TrimSpace(line[:k])
		}
	}
	return line
}

// postTitle is a post's title in 【】 at its start, after its topics
// ("#话题#"), with the post's text after it.
var postTitle = gateRegexp(regexp.MustCompile(`^(?:#[^#\s]{1,30}#\s*)*【([^【】]{6,60})】\s*(\S.{20,})$`))

// accountCard is the line that closes a WeChat account's card above an
// article: "156篇原创内容".
var accountCard = gateRegexp(regexp.MustCompile(`^\d+\s*篇原创内容$`))

// bylineTail is a byline a reader joined onto the line above it (a
// subtitle, in text read from a PDF): " By Ana Ruiz and Tom Ellery · Dec.
// 3, 2024 · 5 min read", " By Jo Park, Networks reporter · Thu 19 Jun
// 2025 // 16:32 UTC". Its first group is the byline to its date, time
// and reading time; its second what follows them.
var bylineTail = regexp.MustCompile(`[.!?"”]?\s+(By\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:(?:,|,? and)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})*(?:,\s+\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,3})?\s*[·|•]\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:,|//|·|\||at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?(?:\s*[·|•]\s*\d{1,3}\s*min(?:ute)?s?\s+read)?)(.*)$`)

// bylineLine is an article's byline on a line of its own: "By Jo Park ·
// Sep. 9, 2025", "By Ana Ruiz | March 3, 2025".
var bylineLine = gateRegexp(regexp.MustCompile(`^By\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:(?:,|,? and)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})*\s*(?:[·|•,]|$)`))

// splitBylines puts a byline joined onto the line above it on a line of
// its own.
func splitBylines(lines []string) []string {
	for i, line := range lines {
		if i > 80 {
			break
		}
		if !strings.Contains(line, "By ") {
			continue
		}
		if m := bylineTail.FindStringSubmatchIndex(line); m != nil && m[2] > 20 {
			out := append(append([]string(nil), lines[:i]...), strings.TrimSpace(line[:m[2]]))
			if rest := strings.TrimSpace(line[m[4]:]); len(rest) >= 40 && startsSentence(rest) {
				// the article's first paragraph, joined on after the
				// byline's date: a line of its own
				out = append(out, line[m[2]:m[3]], rest)
			} else {
				out = append(out, line[m[2]:])
			}
			return append(out, lines[i+1:]...)
		}
	}
	return lines
}

// startsSentence reports whether s opens a sentence: a capital letter,
// or a quotation mark before one.
func startsSentence(s string) bool {
	s = strings.TrimLeft(s, "\"“‘'")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// wrapsOn reports whether a title line goes on on the next line: it ends
// on a word that leads into more ("of", "in", "the"), or on a number after
// one ("outage of 3"), and the next line can end a title.
// foundedYear is a masthead's founding ("Est. 1889", "Since 1902",
// "創刊 1949"), a part of the line that names the paper.
var foundedYear = regexp.MustCompile(`(?i)^(?:est\.?|established|since|founded|创刊于?|創刊於?)\s*(?:in\s+)?(?:1[6-9]|20)\d\d年?$`)

// foundedPart reports whether a line is a masthead's: its parts, set
// apart by "·" or "|", name the year the paper was founded ("Eamont
// Evening Echo · Est. 1889 · e-paper").
func foundedPart(line string) bool {
	if !containsAnyRune(line, "·|｜") || !runesAtMost(line, 120) {
		return false
	}
	for _, p := range strings.FieldsFunc(line, func(r rune) bool { return r == '·' || r == '|' || r == '｜' }) {
		if foundedYear.MatchString(strings.TrimSpace(p)) {
			return true
		}
	}
	return false
}

// capsLine reports whether a line's letters are all capitals, two words
// of them at least ("HOSPITAL COMPUTER CRASH").
func capsLine(line string) bool {
	if len(strings.Fields(line)) < 2 || strings.IndexFunc(line, unicode.IsLower) >= 0 {
		return false
	}
	n := 0
	for _, r := range line {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 6
}

func wrapsOn(line, next string) bool {
	if next == "" || !isTitleLine(next) || utf8.RuneCountInString(line)+utf8.RuneCountInString(next) > 150 || strings.IndexFunc(line, isHan) >= 0 {
		return false
	}
	f := strings.Fields(line)
	if len(f) < 3 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if isDigits(last) && len(last) <= 2 {
		last = strings.ToLower(f[len(f)-2])
	}
	if danglingWords[last] {
		return true
	}
	if capsLine(line) && capsLine(next) && !endsSentence(line) && !endsSentence(next) && !strings.ContainsAny(line+next, ":|") && classifyHeading(next) == "" {
		// a headline in capitals wrapped over two lines ("HOSPITAL
		// COMPUTER CRASH" / "CANCELS 200 OPERATIONS")
		return true
	}
	// or the next line goes on in lower case and neither ends a sentence:
	// a headline wrapped over two lines ("Airline check-in system failure
	// grounds" / "morning flights at three airports"); a sentence wrapped
	// so ends with its stop, and a line in lower case with a capital
	// inside it is a card's furniture or a name's ("in list Ready for
	// review"), as a post's byline is ("submitted 2 days ago by sre_9")
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !endsSentence(line) && !endsSentence(next) && !strings.HasSuffix(next, ",") && !strings.HasSuffix(line, ",") && strings.IndexFunc(next, unicode.IsUpper) < 0 && !agoByline.MatchString(next) && !isIssueByline(next)
}

// titleIncidentWords name an incident in a title, lower-cased.
var titleIncidentWords = []string{"incident", "outage", "postmortem", "post-mortem", "post mortem", "rca", "root cause", "disruption", "degradation",
	"degraded", "failure", "downtime", "service event", "service issue", "故障", "事故", "宕机", "中断", "复盘", "不可用", "失败", "事件报告", "异常", "性能下降",
	"error rate", "errors", "latency", "connectivity", "unavailable", "[resolved]", "loss of service", "interruption", "reason for outage", "rfo:", "failing", "loss of ", "无法", "致歉",
	"unreachable", "inaccessible"}

// stateName reports whether what follows an incident's state on its line
// ("Resolved: DNS resolution failures in eu-de") is the incident's name,
// not an update's text: a line that names an incident and ends no
// sentence.
func stateName(rest string) bool {
	rest = strings.TrimSpace(rest)
	return rest != "" && isTitleLine(rest) && namedLine(rest) && !strings.Contains(rest, ". ") && cleanTitle(rest, "") != ""
}

// namedLine reports whether a line names an incident, as a title does:
// it holds one of titleIncidentWords and is no kind of page ("Incident
// history") nor a section's name alone ("Root cause").
func namedLine(line string) bool {
	low := strings.ToLower(line)
	if !containsAny(low, titleIncidentWords) {
		return false
	}
	if strings.ContainsAny(low, "-_") && strings.IndexFunc(low, unicode.IsDigit) >= 0 && !containsAny(strings.ToLower(recordCode.ReplaceAllString(line, " ")), titleIncidentWords) {
		return false // the word only in a record's number ("Ref: JH-RCA-2026-004")
	}
	return !pageKindLine(line) && !(classifyHeading(line) != "" && sectionNameLength(line))
}

// recordCode is a record's number in capitals: "JH-RCA-2026-004",
// "INC-4471" (a channel's name in lower case, "~incident-2026-03-04-…",
// names its incident).
// recordHead is the head of an incident tool's record, its number and
// state: "INCIDENT #2317 RESOLVED", "Alert #88123 · Triggered".
var recordHead = regexp.MustCompile(`(?i)^(?:incident|alert|ticket|case)\s+#\s*[a-z]{0,6}-?\d{2,}(?:\s*[·|—–-]?\s*(?:resolved|triggered|acknowledged|open|closed|mitigated|investigating|monitoring))?$`)

// codeAndSite reports whether a page's title is only a record's number
// and the site's name ("RCA-2026-014 | Wroxall Compute", "INC-0412 - Acme
// Status", either way round), and gives the site's name.
func codeAndSite(t string) (site string, ok bool) {
	parts := siteParts(t)
	if len(parts) != 2 {
		return "", false
	}
	a, b := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
	if wholeCode(b) {
		a, b = b, a
	}
	if !wholeCode(a) || b == "" || wholeCode(b) {
		return "", false
	}
	return b, true
}

// wholeCode reports whether s is a record's number alone (recordCode):
// "RCA-2026-014", "INC_0412".
func wholeCode(s string) bool {
	return !strings.Contains(s, " ") && recordCode.FindString(s) == s
}

var recordCode = regexp.MustCompile(`\b[A-Z][A-Z0-9]*(?:[-_][A-Z][A-Z0-9]*)*[-_]\d[\w-]*`)

// titleLine picks the line of a text that is its title, when it is not the
// first line that could be one: among the lines that could be, above the
// first paragraph, one that names an incident, when the first does
// not: the last of them, right above the write-up ("Post Incident Review
// – Edge Gateway – Connectivity issues" under a menu and "Watch our
// incident video series"). It returns -1 when the first such line will do.
func titleLine(lines []string, known string, running map[string]bool) int {
	first, last, cand, brand := -1, -1, -1, -1
	afterMenu := -1 // the first line that could be a title under a menu read back an item a line
	rcaAt := -1     // the first analysis's heading of a status history
	seen := 0
	// a record's field that names the title ("Title: …", "事件名称：…")
	// among its other fields, above the write-up
	body := false // the first paragraph has been passed: only an analysis's heading is looked for
	for i, raw := range lines {
		line := cleanSpace(raw)
		if line == "" {
			continue
		}
		if recordHead.MatchString(line) {
			// "INCIDENT #2317          RESOLVED" heads an incident tool's
			// record: its name is the line under it
			for j := i + 1; j < len(lines) && j <= i+2; j++ {
				if next := cleanSpace(lines[j]); next != "" {
					if isTitleLine(next) && cleanTitle(next, "") != "" && !metaFieldLine(next) {
						return j
					}
					break
				}
			}
		}
		if seen <= 60 && rcaEntryTitle.MatchString(line) && isTitleLine(line) {
			// "RCA – Managed SQL – Connection failures in East Asia
			// (Tracking ID HC2P-TL8)": a cloud's status history heads each
			// analysis so, under its filters and month headings (and the
			// page's own paragraph about them); of several, the one shown
			// opened (its report right under it) is the page's
			if rcaAt < 0 {
				rcaAt = i
			}
			if entryOpened(lines, i) {
				return i
			}
			continue
		}
		if seen++; seen > 60 {
			break
		}
		if body = body || bodyLine(lines, i); body {
			continue
		}
		if m := titleLabel.FindStringSubmatch(line); m != nil && namesTitle.MatchString(line) && isTitleLine(m[1]) && cleanTitle(m[1], "") != "" {
			return i
		}
		if t, ok := topicTitle(line); ok && isTitleLine(t) && cleanTitle(t, "") != "" && !strings.Contains(t, ". ") {
			return i
		}
	}
	if j := openedEntry(lines); j >= 0 {
		return j // the one entry of a history page shown opened
	}
	if rcaAt >= 0 {
		if j := trackedOpened(lines, rcaAt); j >= 0 {
			return j // an entry titled otherwise, above it, shown opened
		}
		return rcaAt
	}
	// a post's title right above its byline ("submitted 5 days ago by
	// sre_9"): the forum's menus above it ("my subreddits", "devops
	// comments") name no incident
	seen = 0
	for i, raw := range lines {
		line := cleanSpace(raw)
		if line == "" {
			continue
		}
		if seen++; seen > 40 {
			break
		}
		if !runesAtMost(line, 160) || !(runesAtMost(line, 100) && agoByline.MatchString(line)) && !isIssueByline(line) {
			continue
		}
		if j := prevLine(lines, i); j >= 0 {
			if issueState[strings.ToLower(cleanSpace(lines[j]))] {
				j = max(prevLine(lines, j), 0) // "Closed" under the issue's title
			}
			if t := cleanSpace(lines[j]); isTitleLine(t) && (namedLine(t) || isIssueByline(line)) && cleanTitle(t, "") != "" && !metaFieldLine(t) {
				return j
			}
		}
		break
	}
	seen = 0
	printed := strings.ReplaceAll(known, " ", "")
	inTOC := false
	furnitureAbove := false // such furniture as the text's first line would take stands above the first line that could be the title
	crumbAbove := false     // a trail of the site's sections among it, a link back ("← All incidents"), the site's address, a status grid's rows
	fieldAbove := false     // a record's field among it
	inMaint := false        // the lines under a maintenance's heading, up to a blank line
	for i, raw := range lines {
		if seen >= 30 && printed == "" || seen >= 200 {
			break
		}
		line := withCachetState(cleanSpace(raw))
		if line != "" && (line[0] == '[' || strings.HasPrefix(line, "【")) {
			if _, _, _, ok := bracketedUpdate(line, ""); ok {
				// "【已恢复】北京时间2025年4月9日 16:42": the updates have
				// begun; the incident's name, if any, stands above them
				if first >= 0 && cand >= 0 {
					return cand
				}
				break
			}
		}
		if line == "" {
			inMaint = false
			continue
		}
		if maintenanceHead.MatchString(strings.Trim(line, " #*|")) {
			inMaint = true // "Schedule" over a maintenance's entry, up to the next blank line
			continue
		}
		if strings.HasPrefix(line, "|") && strings.Count(line, "|") >= 3 {
			continue // a Markdown table's row ("| 09:57 | … |"): a cell's text, no title
		}
		crumb := navCrumb(line) || isBreadcrumb(line) || crumbTrail(line)
		badged := strings.HasSuffix(line, "]") && stateBadgeTail.MatchString(raw) // "Mail servers unreachable (IMAP/SMTP)        [Fixed]": an incident's name and its state, no row of columns
		gridOrLink := !badged && (columnsRow(raw) || componentRow(raw)) || arrowLink(line) || siteAddress(line)
		if crumb || shortItem(raw) || pageKindLine(line) || pageHead(raw, line) || gridOrLink || taxonomyLine(line) {
			// a list's short item, a page's date and kind, a record's row
			// in columns, a status grid's row, a trail of the site's
			// sections, a link back, the post's categories: no title, and
			// the first line that could be one stands under them
			if first < 0 {
				furnitureAbove = true
				crumbAbove = crumbAbove || crumb || gridOrLink
			}
			continue
		}
		if isDebris(line) || isMenuLine(strings.TrimSpace(raw)) || isPrompt(line) || notTitle(line) || signInMenu(raw) || capsColumns(raw) || recordMetaLine(line) || filterRow(raw) {
			continue // a cookie banner above the page is no paragraph of it
		}
		if inMaint || strings.Contains(line, "..") && leaderRow.MatchString(line) {
			// a planned maintenance's name, window and note under the
			// page's "Schedule", a status grid's row ("Web servers
			// ........ Operational"): no incident's name, but a line
			// above the first that may be the title
			if first < 0 {
				first = i
			}
			continue
		}
		if stampedItem.MatchString(line) {
			continue // a timeline's entry ("- 2026-11-21 14:31 🚨 New incident …"): an event, no title
		}
		if t, ok := printedTitle(line); ok {
			// a page printed to PDF: its title is the line that
			// repeats the header's, under the site's menu (the header
			// is read before it is passed over as a running line: a
			// page printed on two sheets or more repeats it)
			if !siteKindName(t) && !hanSiteName(t) {
				printed = strings.ReplaceAll(trimSiteName(t), " ", "")
			}
			continue
		}
		if running[line] {
			continue // a printed page's running header ("Tollerby Cloud   Incident Review – TIR-2026-014")
		}
		seen++
		if tocMarker.MatchString(line) {
			inTOC = true
			continue
		}
		if inTOC && (isNavWord(line) || itemLine.MatchString(line) && runesAtMost(line, 60)) {
			// "On this page" over the names of the page's sections
			// ("Summary", "Root cause", …): no title, no paragraph
			continue
		}
		inTOC = false
		if printed != "" && isTitleLine(line) && (printedHeadline(strings.ReplaceAll(line, " ", ""), printed) || printedWrapped(lines, i, printed)) {
			return i
		}
		if m := titleLabel.FindStringSubmatch(line); m != nil && isTitleLine(m[1]) && cleanTitle(m[1], "") != "" {
			return i // "Incident Summary: …" names the title
		}
		if !badged && fieldColumns(raw) {
			fieldAbove = fieldAbove || first < 0 && letterheadRef.MatchString(line)
			continue // a field of a card laid out in columns ("Date of incident   4 March 2026")
		}
		if name, value, ok := recordFieldLine(line); ok {
			// a record's field ("Service: Managed Kafka"): no title, but
			// its state tells that the incident's name stands above
			if first >= 0 && cand >= 0 && !genericTitle(cleanSpace(lines[cand])) && (statusWord.MatchString(value) && (strings.EqualFold(name, "status") || strings.EqualFold(name, "state") || name == "状态") || inlineState(value)) {
				return cand
			}
			continue
		}
		if affectingLine.MatchString(line) {
			// "Incident affecting Cloud Networking" names the products:
			// the incident's own title is the line under it
			for j := i + 1; j < len(lines) && j <= i+2; j++ {
				if next := cleanSpace(lines[j]); next != "" {
					if isTitleLine(next) && cleanTitle(next, "") != "" && !metaFieldLine(next) {
						return j
					}
					break
				}
			}
		}
		if sl := trimIcon(line); first >= 0 && cand >= 0 && mayBeStatusWord(sl) && !itemLine.MatchString(strings.TrimSpace(raw)) {
			// (not a list's item: "• Resolved" among the entry's facts,
			// "• 04.03.2026", "• Incident", tells no update under a name)
			if m := statusWord.FindStringSubmatch(sl); m != nil {
				if stateName(m[2]) || sl != line && iconStateName(m[2]) {
					return i // "Resolved: Object storage uploads failing in us-south": a notification's name with its state
				}
				return cand // the incident's name stands right above its updates
			}
			if stateAndImpact.MatchString(sl) && prevLine(lines, i) == cand {
				return cand // a history entry's name over its state and impact: "Resolved · Minor"
			}
		}
		if (first >= 0 && reportKindLine(line) || noticeKindLine(line)) && !bodyLine(lines, i) {
			// "SERVICE INCIDENT REPORT" under an office's letterhead: a
			// report titled by its kind names the incident on its next
			// line of its own, above the report's fields
			for j := i + 1; j < len(lines) && j <= i+3; j++ {
				if next := cleanSpace(lines[j]); next != "" {
					if isTitleLine(next) && cleanTitle(next, "") != "" && !metaFieldLine(next) && !genericTitle(next) && classifyHeading(next) == "" && !bodyLine(lines, j) && !endsSentence(next) && !strings.Contains(next, ": ") {
						return j
					}
					break
				}
			}
		}
		if last >= 0 && labelledEntry(line) && labelledValueLong(line) {
			// "影响范围：小程序和App下单……约30%请求超时" under a notice's
			// title: the write-up has begun, in fields of short lines (a
			// chat notice's) that bodyLine, wanting two long lines, misses
			break
		}
		if bodyLine(lines, i) || first >= 0 && sectionNameLength(line) && classifyHeading(line) != "" && !navLine(lines, i) {
			if last < 0 && cand > first && first >= 0 && prevLine(lines, i) == cand && labelledEntry(line) && isTitleLine(cleanSpace(lines[cand])) && !brandLike(cleanSpace(lines[cand])) {
				return cand // a history entry's name over its "Summary of impact: …" paragraph
			}
			break // the first paragraph or section
		}
		if last >= 0 && zhNumHeading.MatchString(line) && runesAtMost(line, 20) {
			// "一、故障情况" under a notice's title: its first numbered
			// section has begun, whatever the section's name
			break
		}
		if !isTitleLine(line) || cleanTitle(line, "") == "" || metaFieldLine(line) || genericTitle(line) && !namedLine(line) && !reportKindLine(line) {
			continue // (nor a list's heading: "Open and recent issues")
		}
		if profileHead(lines, i) {
			continue // a profile's name over its handle ("Grebe Transit" / "@status.grebe.example"), or its description under it: the account's, not the incident's
		}
		if _, ok := postedStamp(line, ""); ok {
			continue // the time a status update was posted, under the update ("Feb 11, 18:22 UTC"): no title, and the update above it is the page's
		}
		if !navLine(lines, i) && !timesOnly(line) {
			cand = i // (not the entry's times under its name: "2026-03-05 14:20 - 15:35（北京时间）")
		}
		// a section's name alone ("Root cause") names no incident
		named := namedLine(line)
		if first < 0 && named {
			if m := stateCardHead.FindStringSubmatch(line); m != nil {
				// "[Resolved] Block Storage — Frankfurt (eu-fra-1)" over
				// "Increased block storage latency and volume attach
				// failures in Frankfurt": an event card's state, service
				// and region, the incident's name under them
				if j := nextLine(lines, i); j >= 0 {
					if next := cleanSpace(lines[j]); isTitleLine(next) && namedLine(next) && !stateCardHead.MatchString(next) && len(next) > len(m[1]) && normalizeDate(next) == "" {
						return j
					}
				}
			}
		}
		if first < 0 {
			if named && (crumbAbove || fieldAbove) {
				// the text's first line would be the furniture above it
				// (a trail of the site's sections, a link back, "← All
				// incidents", a status grid's rows), or a letterhead's
				// field ("Customer Distribution   Ref: JH-RCA-2026-004")
				return i
			}
			if named && badged {
				return i // "DNS queries failing        [Fixed]": an incident's name with its state, under the page's furniture
			}
			if named {
				return -1
			}
			first = i
			continue
		}
		if afterMenu < 0 && i > first+1 && menuRun(lines, first) && !menuRun(lines, i) {
			afterMenu = i // the first line that could be a title under a menu read back an item a line
		}
		if named && !(last >= 0 && genericTitle(line)) && !sentenceBreak(line) && !strings.Contains(line, "。") && !mayBeStatusWord(line) && !((endsSentence(line) || strings.HasSuffix(line, ".")) && len(strings.Fields(line)) > 10) {
			// (a long line that ends its sentence, "This notice explains
			// the service disruption that affected …", is the write-up's
			// first)
			last = i // the title stands right above the write-up
		}
		if last < 0 && brand < 0 && (brandLike(cleanSpace(lines[first])) || kindMasthead(cleanSpace(lines[first]))) && !(first+1 < len(lines) && wrapsOn(cleanSpace(lines[first]), cleanSpace(lines[first+1]))) && !brandLike(line) && !mayBeStatusWord(line) &&
			(len(strings.Fields(line)) >= 4 || strings.Contains(line, ": ")) && !sentenceBreak(line) {
			// (a headline's first line wrapped on to the next is none:
			// "HOSPITAL COMPUTER CRASH" / "CANCELS 200 OPERATIONS")
			brand = i // a site's name above the write-up's own title
		}
		if last < 0 && brand < 0 && hanCount(line) >= 8 && !mayBeStatusWord(line) && siteNameLine(lines, first) {
			brand = i // "36氪风 · 科技新知" over a news article's headline
		}
	}
	if last < 0 {
		if brand < 0 && afterMenu >= 0 {
			return afterMenu // not the menu's item ("All posts", "Tags", "About")
		}
		if brand < 0 && first >= 0 && furnitureAbove {
			// the first line that could be one, under lines the text
			// would take before it (a masthead beside its menu, a link
			// back, a kicker)
			return first
		}
		return brand
	}
	return last
}

// stateCardHead is an event card's first line: its state in brackets,
// then the service and where, parted by a dash ("[Resolved] Block
// Storage — Frankfurt (eu-fra-1)"); group 1 is what follows the state.
var stateCardHead = regexp.MustCompile(`(?i)^[\[【](?:resolved|investigating|identified|monitoring|mitigated|informational|已恢复|已解决|处理中)[\]】]\s*([^—–]{2,40}\s[—–-]\s.{2,40})$`)

// pagerLine is a history page's pager: "← April 2026 - July 2026 →",
// "« Older · Newer »".
var pagerLine = regexp.MustCompile(`^[←‹«]\s?[^←→‹›«»]{1,40}\s?[→›»]$`)

// pageHead reports whether a line (raw, and cleaned) heads a page rather
// than naming its incident: a paper's masthead (datedMasthead), a
// history's pager or its month heading ("**July 2026**").
func pageHead(raw, line string) bool {
	return datedMasthead(raw) || pagerLine.MatchString(line) || monthYear.MatchString(strings.Trim(line, "*_# "))
}

// datedMasthead reports whether a line is a paper's masthead in capitals
// with its date or its page's code, set apart in columns: "METRO · THE
// DUNHAVEN STANDARD      WEDNESDAY, OCTOBER 14, 2026", "THE CORRANT
// VALLEY GAZETTE-LEADER      A5".
func datedMasthead(raw string) bool {
	raw = strings.TrimSpace(raw)
	if len(raw) < 16 || len(raw) > 200 || !strings.Contains(raw, "   ") || strings.IndexFunc(raw, isHan) >= 0 {
		return false
	}
	if strings.IndexFunc(raw, unicode.IsLower) >= 0 {
		// the masthead's second line: the day and the section, "Thursday,
		// February 19, 2026          LOCAL"
		parts := wideGap.Split(raw, -1)
		return len(parts) == 2 && len(strings.Fields(parts[0])) <= 5 && normalizeDate(parts[0]) != "" && strings.IndexFunc(parts[1], unicode.IsLower) < 0 && strings.IndexFunc(parts[1], unicode.IsLetter) >= 0
	}
	return normalizeDate(raw) != "" || pageCode.MatchString(raw)
}

// pageCode is a printed paper's page or section code at the end of its
// masthead, after a wide gap: "THE CORRANT VALLEY GAZETTE-LEADER     A5".
var pageCode = regexp.MustCompile(`\s{3,}(?:[A-Z]\d{1,2}|\d{1,2}[A-Z])$`)

// letterheadRef is a printed report's reference in its letterhead
// ("Customer Distribution   Ref: JH-RCA-2026-004").
var letterheadRef = regexp.MustCompile(`(?i)\b(?:ref|reference|our ref|doc(?:ument)? (?:no|number|id))\.?\s*[:：]\s*\S`)

// monthLead is a date that opens a line, its month named first
// ("February 27, 2026", "Mar 4, 2026").
var monthLead = regexp.MustCompile(`(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b`)

// menuRun reports whether line i is one of a run of five lines or more,
// one after another, each a menu's item (isNavWord): a site's menu read
// back an item a line.
func menuRun(lines []string, i int) bool {
	item := func(k int) bool {
		l := cleanSpace(lines[k])
		return l != "" && isNavWord(l) && !namedLine(l)
	}
	if !item(i) {
		return false
	}
	n := 1
	for k := i - 1; k >= 0 && item(k); k-- {
		n++
	}
	for k := i + 1; k < len(lines) && item(k); k++ {
		n++
	}
	return n >= 5
}

// iconStateName reports whether what follows a state set after its icon
// ("🟠 Investigating: Queue consumers stalled in syd-1", a bot's update
// in a chat) is the incident's name: a line of a title's length that ends
// no sentence, whatever its words.
func iconStateName(rest string) bool {
	rest = strings.TrimSpace(rest)
	return rest != "" && isTitleLine(rest) && !strings.Contains(rest, ". ") && cleanTitle(rest, "") != ""
}

// trimIcon takes off the icons a line starts or ends with: a chat's or a
// status feed's marks of an update's state ("🟠 Investigating: …", "✅
// Resolved: …", "⚠️ Outage … ⚠️").
func trimIcon(line string) string {
	r, _ := utf8.DecodeRuneInString(line)
	l, _ := utf8.DecodeLastRuneInString(line)
	if r < 0x2000 && l < 0x2000 {
		return line // no icon: the common case
	}
	return strings.TrimFunc(line, func(r rune) bool {
		return unicode.Is(unicode.So, r) || r == '\ufe0f' || r == '\u200d' || r == ' '
	})
}

// inlineState reports whether a record's fields laid out on one line hold
// its state among them: "Service: Managed Queue Region: US-WEST-2 Status:
// Resolved Start time: …" (the name's value, the rest of the row).
func inlineState(value string) bool {
	k := strings.Index(value, " Status: ")
	if k < 0 {
		return false
	}
	f := strings.Fields(value[k+len(" Status: "):])
	return len(f) > 0 && statusWord.MatchString(f[0])
}

// pageCounter is a printed page's number at the end of its footer, or on
// a line of its own: "Page 1 of 3", "第 1 页 共 2 页", "第1页／共2页",
// "1/2" (laid out after wide spaces, or alone), "- 2 -" (alone).
var pageCounter = regexp.MustCompile(`(?i)(?:\bpage\s+\d{1,3}\s+of\s+\d{1,3}|第\s*\d{1,3}\s*页\s*[/／,，]?\s*共\s*\d{1,3}\s*页|(?:^|\s{3,})\d{1,3}\s*/\s*\d{1,3}|^\s*[-–—]\s*\d{1,3}\s*[-–—])\s*$`)

// dashedCounter is a cheap test that a line may be a page's number set
// between dashes, "- 2 -": short, ending with a dash.
func dashedCounter(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 3 && len(t) <= 13 && (strings.HasSuffix(t, "-") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, "—"))
}

// runningLines are the lines of a text printed page by page (two page
// counters or more, see pageCounter) that stand again and again at its
// pages' edges, within three lines of a counter: its running headers and
// footers, and the rules that part them from the page. They name the
// company and the kind of report, never the incident, and are no
// paragraph of it. Nil for any other text.
func runningLines(lines []string) map[string]bool {
	var counters []int
	for i, l := range lines {
		if n := len(l); n == 0 || (!isDigitByte(l[n-1]) && !strings.HasSuffix(l, "页") || !strings.Contains(l, "/") && !strings.Contains(l, " of ") && !strings.Contains(l, " OF ") && !strings.Contains(l, "页")) && !dashedCounter(l) {
			continue // the cheap test first
		}
		if pageCounter.MatchString(strings.ReplaceAll(l, "\u3000", "   ")) {
			counters = append(counters, i)
		}
	}
	folioed := folioHeads(lines)
	if len(counters) < 2 {
		return folioed
	}
	edge := map[string]bool{}
	for _, i := range counters {
		edge[cleanSpace(lines[i])] = true
		for _, step := range []int{-1, 1} {
			for j, seen := i+step, 0; j >= 0 && j < len(lines) && seen < 3; j += step {
				if c := cleanSpace(lines[j]); c != "" {
					edge[c] = true
					seen++
				}
			}
		}
	}
	count := map[string]int{}
	for _, l := range lines {
		if c := cleanSpace(l); c != "" && edge[c] {
			count[c]++
		}
	}
	run := map[string]bool{}
	for l, n := range count {
		if n >= 2 {
			run[l] = true
		}
	}
	// a running header that carries the page's number ("The Harbour Daily
	// 1/2", "… 2/2"): the same line on each page but for its number
	byName := map[string][]string{}
	for _, i := range counters {
		c := cleanSpace(lines[i])
		if loc := counterTail.FindStringIndex(c); loc != nil && loc[0] > 0 {
			name := c[:loc[0]]
			byName[name] = append(byName[name], c)
		}
	}
	for _, cs := range byName {
		if len(cs) >= 2 {
			for _, c := range cs {
				run[c] = true
			}
		}
	}
	for l := range folioed {
		run[l] = true
	}
	return run
}

// folioHeads are the running heads that end in their page's bare number,
// set apart by a wide gap ("The Wexley Chronicle · Money      Saturday
// 29 August 2026      14", then "… 15"): the same line, its number
// apart, on two pages or more.
func folioHeads(lines []string) map[string]bool {
	var byName map[string]map[string]bool
	for _, l := range lines {
		n := len(l)
		if n < 12 || !isDigitByte(l[n-1]) || !strings.Contains(l, "   ") {
			continue // the cheap test first
		}
		m := bareFolio.FindStringIndex(l)
		if m == nil {
			continue
		}
		name := cleanSpace(l[:m[0]])
		if utf8.RuneCountInString(name) < 8 {
			continue
		}
		if byName == nil {
			byName = map[string]map[string]bool{}
		}
		if byName[name] == nil {
			byName[name] = map[string]bool{}
		}
		byName[name][cleanSpace(l)] = true
	}
	var run map[string]bool
	for _, cs := range byName {
		if len(cs) < 2 {
			continue // one page's, or the same number twice: no folio
		}
		if run == nil {
			run = map[string]bool{}
		}
		for c := range cs {
			run[c] = true
		}
	}
	return run
}

// bareFolio is a page's number alone at the end of a running head, after
// a wide gap.
var bareFolio = regexp.MustCompile(`\s{3,}\d{1,4}\s*$`)

// counterTail is a page's number at the end of a running line, once its
// spaces are cleaned: " 1/2", " 2 / 3".
var counterTail = regexp.MustCompile(`(?i)\s\d{1,3}\s*/\s*\d{1,3}$|\s(?:page|p\.)\s?\d{1,3}\s(?:of|/)\s\d{1,3}$`)

// printedBeside reports whether the line next to line i, above or below
// (past blank lines), is a browser's print header ("12/3/26, 4:39 PM
// Title - Site") or a page's number: line i, an address alone, is the
// printed page's footer.
func printedBeside(lines []string, i int) bool {
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < len(lines); j += step {
			l := cleanSpace(lines[j])
			if l == "" {
				continue
			}
			if _, ok := printedTitle(l); ok || pageCounter.MatchString(l) {
				return true
			}
			break
		}
	}
	return false
}

// printedHeadline reports whether a line (its spaces taken out) is the
// headline a printed page's header names: the same, or opening with the
// header's title when the page's <title> cut the headline short ("…
// knocks payment apps offline" of "… knocks payment apps offline for
// hours"), the header's at least 60 % of it.
// printedHeaderTitle is the title a browser's print header gives a page
// (printedTitle) without its site's name or spaces, "" when its first
// lines hold none.
func printedHeaderTitle(lines []string) string {
	for i, raw := range lines {
		if i >= 12 {
			break
		}
		if t, ok := printedTitle(cleanSpace(raw)); ok && !siteKindName(t) && !hanSiteName(t) {
			return strings.ReplaceAll(trimSiteName(t), " ", "")
		}
	}
	return ""
}

// printedWrapped reports whether the line at i opens a headline the page
// wrapped on two lines ("Card payments fail at Cheswardine" / "Market
// stores for more than three hours"), the two together the header's
// title or four fifths of it, printed with no spaces (a line under the
// whole headline, a deck or a reporter's name, is none of it).
func printedWrapped(lines []string, i int, printed string) bool {
	line := strings.ReplaceAll(cleanSpace(lines[i]), " ", "")
	if len(line) < 16 || !strings.HasPrefix(printed, line) || i+1 >= len(lines) {
		return false
	}
	next := strings.ReplaceAll(cleanSpace(lines[i+1]), " ", "")
	two := line + next
	return next != "" && strings.HasPrefix(printed, two) && len(two)*5 >= len(printed)*4
}

func printedHeadline(line, printed string) bool {
	return line == printed || strings.HasPrefix(line, printed) && len(printed)*5 >= len(line)*3 ||
		// its first line, when the page wrapped the headline
		len(line) >= 24 && strings.HasPrefix(printed, line) && len(line)*5 >= len(printed)*3
}

// hardWrapped reports whether a text's paragraphs are broken into lines of
// one width: at least five lines of 55 to 82 columns (a Han character takes
// two) that end mid-sentence with more text under them, and few lines
// over 100 columns (a line laid out with runs of spaces, a printed page's
// header, counts as none); or, a page printed wide (a browser's print of a
// press release or a report to text at 95 to 110 columns), five such lines
// of 83 to 112 columns and few over 112; or a narrow column (a news page
// printed from a browser), eight lines of 30 to 54 columns or more, three
// in ten of the text's lines, ending mid-sentence, most of them over a
// lower-case word. It returns the width from which a
// line that ends mid-sentence runs on (see unwrapLinesAt), 0 when the text
// is not wrapped.
func hardWrapped(s string) int {
	lines := strings.Split(s, "\n")
	runOn, wide, long, wideLong := 0, 0, 0, 0
	column, columnLower, columnWidth, told := 0, 0, 0, 0
	hanColumn, hanWidth := 0, 0 // the same of a Chinese narrow column
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		w := textWidth(line)
		if w > 0 {
			told++
		}
		if w > 100 && !strings.Contains(line, "   ") {
			long++
			if w > 112 {
				wideLong++
			}
		}
		if w >= 30 && w < 55 && i+1 < len(lines) && !lineEnd.MatchString(line) && !strings.Contains(line, "   ") && len(strings.Fields(line)) >= 5 {
			// a line of a narrow column (a news page printed from a
			// browser) that runs on into prose under it
			if next := strings.TrimSpace(lines[i+1]); len(strings.Fields(next)) >= 2 && !itemLine.MatchString(next) && !numItem.MatchString(next) {
				column++
				columnWidth = max(columnWidth, w)
				if next[0] >= 'a' && next[0] <= 'z' {
					columnLower++
				}
			}
		}
		if w >= 30 && w < 55 && i+1 < len(lines) && !lineEnd.MatchString(line) && !strings.Contains(line, "   ") && strings.IndexFunc(line, isHan) >= 0 {
			// a line of a Chinese narrow column, which breaks its
			// sentences anywhere ("…外卖平" / "台“饭点”App突然…")
			if next := strings.TrimSpace(lines[i+1]); strings.IndexFunc(next, isHan) >= 0 && !itemLine.MatchString(next) && !numItem.MatchString(next) {
				hanColumn++
				hanWidth = max(hanWidth, w)
			}
		}
		if w < 55 || w > 112 || i+1 >= len(lines) || lineEnd.MatchString(line) || strings.Contains(line, "   ") {
			continue
		}
		if next := strings.TrimSpace(lines[i+1]); next != "" && !itemLine.MatchString(next) && !numItem.MatchString(next) {
			if w <= 82 {
				runOn++
			} else {
				wide++
			}
		}
	}
	switch {
	case runOn >= 5 && long*4 < runOn:
		return narrowWrap
	case wide >= 5 && wideLong*4 < wide+runOn:
		return wideWrap
	case runOn < 5 && column >= 8 && column*10 >= told*3 && columnLower*2 >= column && long*4 < column:
		// a narrow column: its lines of five words or more that end
		// mid-sentence run on, most into a lower-case word, from 70 % of
		// the column's width
		return max(28, columnWidth*7/10)
	case runOn < 5 && hanColumn >= 8 && hanColumn*10 >= told*3 && long*4 < hanColumn:
		// a Chinese narrow column: its lines run on from 70 % of its
		// width (unwrapLinesAt reads a Han line's width in characters,
		// half its columns)
		return max(28, hanWidth*7/10)
	}
	return 0
}

// textWidth is the columns a line takes in a fixed-width font: two for a
// Han character or full-width punctuation, one for the rest.
func textWidth(s string) int {
	w := 0
	for _, r := range s {
		w++
		if isHan(r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef {
			w++
		}
	}
	return w
}

// nextLine is the index of the first non-empty line after i, -1 when
// there is none.
func nextLine(lines []string, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// prevLine is the index of the last non-empty line before i, -1 when
// there is none.
func prevLine(lines []string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// labelledEntry reports whether a paragraph opens with an inline label
// that names a section of an incident's record ("Summary of impact: …",
// "影响范围：…"): the entry of a status history, whose name is the line
// above it.
func labelledEntry(line string) bool {
	k := indexAnyRune(line, ":：")
	if k <= 0 || k > 40 {
		return false
	}
	sec := labelSection(strings.Trim(line[:k], "*_ "))
	return sec == data.SectionSummary || sec == data.SectionImpact || sec == data.SectionCause
}

// noticeKind is a notice's kind, alone or after its sender's name
// ("SERVICE NOTICE", "Bampton Software - Customer notice"): the notice
// names its incident on its next line.
var noticeKind = regexp.MustCompile(`(?i)(?:^|\s[-–—|·:]\s)(?:customer|service|incident|outage|maintenance|status)\s+(?:notice|notification|bulletin|advisory)$`)

// noticeKindLine reports whether a line is a notice's kind (noticeKind).
func noticeKindLine(line string) bool {
	return runesAtMost(line, 80) && noticeKind.MatchString(line)
}

// reportKindLine reports whether a line names a report's kind alone
// ("SERVICE INCIDENT REPORT", "Major Incident Report", "事件报告"), a
// service's report too; not a menu's list of them ("Incident reports").
func reportKindLine(line string) bool {
	kind := strings.TrimPrefix(strings.ToLower(line), "service ")
	return genericTitle(kind) && containsAny(kind, []string{"report", "报告", "通报"}) && !strings.Contains(kind, "reports")
}

// labelledValueLong reports whether a labelled line's value is a
// sentence's worth: twenty runes or more, in six words or more or with
// Han characters, with a sentence's punctuation (a report's name after
// its kind, "Root cause analysis: Load balancer …", has none).
func labelledValueLong(line string) bool {
	k := indexAnyRune(line, ":：")
	_, size := utf8.DecodeRuneInString(line[k:])
	v := strings.TrimSpace(line[k+size:])
	return utf8.RuneCountInString(v) >= 20 && (len(strings.Fields(v)) >= 6 || strings.IndexFunc(v, isHan) >= 0) && containsAnyRune(v, "，。；,.;")
}

// pageKindLine reports whether a line only says what kind of page it is
// and when ("Incident report · 4 June 2025", "Post-incident review —
// 2025-06-04"): it names no incident, though its words do.
func pageKindLine(line string) bool {
	if strings.IndexFunc(line, unicode.IsDigit) < 0 {
		return false
	}
	rest := dottedDate10.ReplaceAllString(dayFirstDate.ReplaceAllString(enDate.ReplaceAllString(zhDate.ReplaceAllString(isoDay.ReplaceAllString(line, ""), ""), ""), ""), "")
	if rest == line {
		return false
	}
	rest = strings.Trim(rest, " ·|｜-–—/•") // "04.03.2026 · Incident", "2026-03-05 ｜ 服务公告"
	if zhPageKinds[rest] {
		return true
	}
	rest = strings.NewReplacer("post-incident", " ", "postmortem", " ", "post-mortem", " ", "review", " ", "summary", " ", "复盘", " ", "报告", " ").Replace(strings.ToLower(rest))
	return genericTitle(rest)
}

// recordMetaLine reports whether a line is a record's facts set apart by
// dots or bars, three or more, short, one of them a date: "_Nimbus Relay ·
// Incident NR-2026-031 · Report published 28 August 2026_" under a
// report's heading names no incident, though its words do.
func recordMetaLine(line string) bool {
	if strings.Count(line, " · ")+strings.Count(line, " | ") < 2 || !runesAtMost(line, 160) {
		return false
	}
	parts := strings.FieldsFunc(strings.Trim(line, "_* "), func(r rune) bool { return r == '·' || r == '|' })
	dated := false
	for _, p := range parts {
		if len(strings.Fields(p)) > 6 {
			return false
		}
		if !dated && !pickDay(p, false).IsZero() {
			dated = true
		}
	}
	return len(parts) >= 3 && dated
}

// zhPageKinds are the kinds of a Chinese notice page, named alone beside
// its date ("2026-03-05 ｜ 服务公告").
var zhPageKinds = map[string]bool{"公告": true, "通知": true, "通告": true, "服务公告": true, "系统公告": true, "故障公告": true, "故障通告": true,
	"事件通告": true, "维护公告": true, "运维公告": true, "平台公告": true, "事件报告": true, "故障报告": true, "故障说明": true, "情况说明": true}

// dottedDate10 is a date written day first with dots: "04.03.2026".
var dottedDate10 = regexp.MustCompile(`\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b`)

// brandLike reports whether a line reads as a site's or a company's name
// and nothing more: one to three capitalised words ("Nimbusly Cloud",
// "Acme Status"), no digit, no punctuation.
func brandLike(line string) bool {
	ws := strings.Fields(line)
	if len(ws) == 0 || len(ws) > 3 || containsAnyRune(line, "0123456789:：,.;!?()[]") || strings.IndexFunc(line, isHan) >= 0 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// kindMasthead reports whether a line is a site's name, then the kind of
// site it is after a dash or bar: "Chaiwala Cloud Kitchens — Tech Blog",
// "Orrin Labs | Engineering" (brandLike, then siteKindWords).
// hanSectionKinds are the sections of a Chinese site a page's head names
// after the site's: "服务公告", "公告中心", "帮助中心".
var hanSectionKinds = map[string]bool{"服务公告": true, "公告": true, "公告中心": true, "系统公告": true, "最新公告": true, "产品公告": true, "产品动态": true,
	"帮助中心": true, "新闻中心": true, "新闻动态": true, "文档中心": true, "系统状态": true, "服务状态": true, "状态页": true, "官网": true, "官方网站": true,
	"首页": true, "技术博客": true, "博客": true, "故障公告": true, "运维公告": true, "客户服务中心": true, "客服中心": true, "服务中心": true}

// hanSectionHead reports whether a line is a Chinese site's name and the
// section a page stands in, as a saved page's head gives them: "芸檀云 -
// 服务公告", "青禾云 | 公告中心".
func hanSectionHead(line string) bool {
	for _, sep := range []string{" - ", " | ", " — ", "｜", " _ ", "_"} {
		name, kind, ok := strings.Cut(line, sep)
		if !ok || !hanSectionKinds[strings.TrimSpace(kind)] {
			continue
		}
		name = strings.TrimSpace(name)
		n := utf8.RuneCountInString(name)
		return n >= 2 && n <= 12 && strings.IndexFunc(name, isHan) >= 0 && !containsAny(name, titleIncidentWords) && !strings.ContainsAny(name, "故障异常中断事件")
	}
	return false
}

func kindMasthead(line string) bool {
	for _, sep := range []string{" — ", " – ", " - ", " | ", " · "} {
		name, kind, ok := strings.Cut(line, sep)
		if !ok {
			continue
		}
		ws := strings.Fields(kind)
		if !brandLike(name) || len(ws) == 0 || len(ws) > 3 {
			return false
		}
		for _, w := range ws {
			if !siteKindWords[strings.ToLower(w)] {
				return false
			}
		}
		return true
	}
	return false
}

// bodyLine reports whether line i is a paragraph of the text, not a line
// above it: over 200 characters, or long (fifteen words, or a Chinese
// sentence of over 60 characters) and followed by another long line.
func bodyLine(lines []string, i int) bool {
	long := func(line string) bool {
		n := utf8.RuneCountInString(line)
		return len(strings.Fields(line)) >= 15 || n > 60 && strings.IndexFunc(line, isHan) >= 0 && containsAnyRune(line, "，。")
	}
	if len(lines[i]) < 200 && strings.HasPrefix(strings.TrimSpace(lines[i]), "Summary of") && summaryTitle.MatchString(strings.TrimSpace(lines[i])) {
		return false // "Summary of the Tavrine Message Queue (TMQ) Service Event in the Northern Plains (tw-central-2) Region": a title, however long
	}
	return utf8.RuneCountInString(lines[i]) > 200 || hanParagraph(lines[i]) || withNext(lines, i, long)
}

// summaryTitle is a provider's summary's title: "Summary of the … Service
// Event in the … Region", "Summary of the … Service Disruption in …".
var summaryTitle = regexp.MustCompile(`^Summary of (?:the )?.{3,150}?\b(?:[Ee]vents?|[Dd]isruptions?|[Oo]utages?|[Ii]ssues?|[Ii]ncidents?)\b[^.!?]{0,80}$`)

// hanParagraph reports whether a line is a Chinese paragraph of two
// sentences or more, over 80 characters: the write-up's text, never a
// title.
func hanParagraph(line string) bool {
	return strings.Count(line, "。") >= 2 && utf8.RuneCountInString(line) > 80 && strings.IndexFunc(line, isHan) >= 0
}

// navLine reports whether a line stands in a site's menu: short, among
// short lines (the next non-empty line is short too).
func navLine(lines []string, i int) bool {
	short := func(l string) bool {
		l = cleanSpace(l)
		if strings.IndexFunc(l, isHan) >= 0 {
			return runesAtMost(l, 6)
		}
		return len(strings.Fields(l)) <= 3 && !endsSentence(l)
	}
	return withNext(lines, i, short)
}

// withNext reports whether line i and the next non-empty line (within
// three) are both ok.
func withNext(lines []string, i int, ok func(string) bool) bool {
	if !ok(lines[i]) {
		return false
	}
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		if strings.TrimSpace(lines[j]) != "" {
			return ok(lines[j])
		}
	}
	return false
}

// nextLong reports whether the line after line i is a paragraph: 20
// characters or more.
func nextLong(lines []string, i int) bool {
	return i+1 < len(lines) && utf8.RuneCountInString(strings.TrimSpace(lines[i+1])) >= 20
}

// printedDay is the day a print header's date names ("3/21/26, 10:14 AM
// …", "2026/11/20 上午8:15 …", "18.02.26, 21:37 …"), YYYY-MM-DD; of a
// date whose day and month could each be the other ("9/7/2026", as the
// US and Australia write them), the later, as a page is printed after it
// was published; "" when the line opens with none.
// exportedDay is the day an export line's numeric date gives ("Exported
// 02.12.2025 09:05", "Exported on 14/01/2026 17:05 by …"), read as a
// print header's (printedDay); "" when it has none within its first
// words.
func exportedDay(line string) string {
	_, after, ok := strings.Cut(line, " ")
	if !ok {
		return ""
	}
	after = strings.TrimSpace(after)
	for _, w := range []string{"on ", "at "} {
		after = strings.TrimPrefix(after, w)
	}
	return printedDay(after)
}

func printedDay(line string) string {
	m := printDayLead.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	a, b, c := atoi(m[1]), atoi(m[2]), atoi(m[3])
	var y int
	var cands [][2]int // month, day
	switch {
	case len(m[1]) == 4: // year first
		y, cands = a, [][2]int{{b, c}}
	case strings.Contains(m[0], "."): // day first
		y, cands = c, [][2]int{{b, a}}
	default:
		y, cands = c, [][2]int{{a, b}, {b, a}}
	}
	if y < 100 {
		y += 2000
	}
	best := time.Time{}
	for _, md := range cands {
		t := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
		if md[0] >= 1 && md[0] <= 12 && t.Day() == md[1] && t.After(best) {
			best = t
		}
	}
	if best.IsZero() {
		return ""
	}
	return best.Format(time.DateOnly)
}

// printDayLead is printDay at a line's start, its three numbers apart.
var printDayLead = regexp.MustCompile(`^(\d{1,4})[/.](\d{1,2})[/.](\d{2,4})\b`)

// printDay is the date a browser prints atop each page of a web page
// saved as PDF, in the forms of its locale: "3/21/26", "2025/10/12",
// "18.02.26", "18.02.2026".
const printDay = `\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4}`

var (
	// printDate is the date and time alone that a browser prints at the
	// top of each page of a web page saved as PDF.
	printDate = regexp.MustCompile(`(?i)^(?:` + printDay + `),?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?$`)
	// trailingAddress is a page's address at the end of a line.
	trailingAddress = regexp.MustCompile(`\s+(?:https?://|file:/)\S*$`)
)

// recordField is the name of a field of an incident's record, alone on
// its line: "Service", "Region", "Incident ID", "Title:", "Start time",
// "产品", "开始时间".
var recordField = regexp.MustCompile(`(?i)^(?:(?:affected |impacted )?(?:services?|products?|regions?|components?)(?:\(s\)|/s)?|regions?/zones?|(?:affects |fix )?versions?(?:/s)?|labels|resolution(?: time)?|locations?|(?:availability )?zones?|status|state|(?:incident|event|tracking|reference) (?:id|number|no\.?)|id|severity|priority|(?:incident |event )?(?:title|name)|(?:(?:incident|event|outage|service|fault|impact) )?(?:start|end)(?:ed)?(?: time| date| at)?|(?:start|end) date and time|duration|(?:last )?updated|created|first posted|产品|服务|(?:所属)?地域|区域|可用区|状态|(?:事件|故障)?(?:ID|编号|级别|标题|名称)|标题|(?:开始|结束|恢复|持续|更新|发布)时间|影响范围)\s*[:：]?$`)

// recordFieldLine splits a line that is one of a record's fields
// ("Service: Managed Kafka", "Incident Start: 02/19/2026 07:14 PM UTC")
// into its name and value.
func recordFieldLine(line string) (name, value string, ok bool) {
	name, value, ok = strings.Cut(line, ": ")
	return name, value, ok && len(name) <= 40 && recordField.MatchString(name)
}

// joinFieldPairs puts back together a record laid out one field a line
// over its value ("Service" / "Managed Kafka" / "Region" / "ap-southeast-3"
// / "Title:" / "Consumer groups stalled …"), as a page's field list reads
// when copied as text: each name and its value become one line, "Service:
// Managed Kafka", which the parser reads as a field (the value's line goes
// blank). Only a run of three such pairs or more is a record; a section's
// name over its paragraph is none (its value is a sentence).
func joinFieldPairs(lines []string) {
	type pair struct{ name, value int }
	var run []pair
	flush := func() {
		if len(run) >= 3 {
			for _, p := range run {
				name := strings.TrimRight(strings.TrimSpace(lines[p.name]), " :：")
				lines[p.name] = name + ": " + strings.TrimSpace(lines[p.value])
				lines[p.value] = ""
			}
		}
		run = run[:0]
	}
	next := func(i int) int {
		for j := i + 1; j < len(lines) && j <= i+2; j++ {
			if strings.TrimSpace(lines[j]) != "" {
				return j
			}
		}
		return -1
	}
	for i := 0; i < len(lines) && i < 300; i++ {
		name := strings.TrimSpace(lines[i])
		if name == "" {
			continue
		}
		if len(name) > 40 || !recordField.MatchString(name) {
			flush()
			continue
		}
		j := next(i)
		if j < 0 {
			flush()
			continue
		}
		v := cleanSpace(lines[j])
		if !runesAtMost(v, 100) || endsSentence(v) || strings.HasSuffix(v, ":") || strings.HasSuffix(v, "：") || recordField.MatchString(v) {
			flush()
			continue
		}
		run = append(run, pair{i, j})
		i = j
	}
	flush()
}

// hangingField is a field laid out as a form's line: its name, spaces,
// a colon and its value ("Root Cause           : During a planned …");
// group 1 is all before the value.
var hangingField = regexp.MustCompile(`^([ \t]*[A-Za-z][A-Za-z0-9 /&()'.-]{0,40}?[ \t]*:[ \t]+)\S`)

// joinHangingFields puts back together a form's field whose value wraps
// onto lines indented to where the value starts (an RFO e-mail's "Root
// Cause           : During a planned decommissioning …" over "
// POP (Change Request …), our field engineer …"): each such line
// continues the value, whatever its first word, and the field becomes
// one line. A line indented otherwise, blank or itself a field ends it.
func joinHangingFields(src string) string {
	if !strings.Contains(src, ":  ") && !strings.Contains(src, " : ") {
		return src // no field set in columns
	}
	lines := strings.Split(src, "\n")
	out := lines[:0]
	col := 0 // the value's column of the field being read, 0 when none
	for _, line := range lines {
		if col > 0 && len(line) > col && strings.TrimLeft(line[:col], " ") == "" && line[col] != ' ' && line[col] != '\t' && !hangingField.MatchString(line) {
			out[len(out)-1] = strings.TrimRight(out[len(out)-1], " \t") + " " + strings.TrimSpace(line)
			continue
		}
		col = 0
		if m := hangingField.FindStringSubmatch(line); m != nil && len(m[1]) >= 12 && !strings.Contains(m[1], "\t") && (strings.Contains(m[1], "  ") || strings.Contains(m[1], " :")) {
			col = len(m[1])
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// mergePrintLines puts back together the header and footer of a page
// printed to PDF when the reader gave their parts a line each: the date
// alone, then the page's title with the page's address, then "1", "/",
// "3". The header becomes one line, "11/30/26, 1:10 PM Title", and the
// page number "1/3", which parseText knows.
func mergePrintLines(lines []string) {
	next := func(i int) int {
		for j := i + 1; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) != "" {
				return j
			}
		}
		return -1
	}
	for i, raw := range lines {
		l := strings.TrimSpace(raw)
		switch {
		case l == "" || !isDigitByte(l[0]):
		case printDate.MatchString(l):
			if j := next(i); j > 0 {
				if loc := trailingAddress.FindStringIndex(lines[j]); loc != nil {
					lines[i] = l + " " + strings.TrimSpace(lines[j][:loc[0]])
					lines[j] = ""
				} else if parts := printedTitleParts(lines, j, next); parts != nil {
					// the title on a line or a few of its own over the
					// address alone ("Caldew Engineering" / "file:///…";
					// "灵犀云" / "-" / "公告中心" / "https://…"), as Chromium's
					// header and footer read: the title joins the date
					words := []string{l}
					for _, k := range parts {
						words = append(words, strings.TrimSpace(lines[k]))
						lines[k] = ""
					}
					lines[i] = strings.Join(words, " ")

				}
			}
		case len(l) <= 3 && isDigits(l):
			if j := next(i); j > 0 && strings.TrimSpace(lines[j]) == "/" {
				if k := next(j); k > 0 && len(strings.TrimSpace(lines[k])) <= 3 && isDigits(strings.TrimSpace(lines[k])) {
					lines[i] = l + "/" + strings.TrimSpace(lines[k])
					lines[j], lines[k] = "", ""
				}
			}
		}
	}
}

// printedTitleParts are the lines from j on that hold a printed header's
// title when the footer's address follows them on a line of its own: at
// most three short lines, none an address; nil otherwise.
func printedTitleParts(lines []string, j int, next func(int) int) []int {
	var parts []int
	for k := j; k > 0 && len(parts) <= 3; k = next(k) {
		l := strings.TrimSpace(lines[k])
		if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "file:/") {
			if strings.IndexFunc(l, unicode.IsSpace) >= 0 || len(parts) == 0 {
				return nil
			}
			return parts
		}
		if !runesAtMost(l, 160) {
			return nil
		}
		parts = append(parts, k)
	}
	return nil
}

// skipLink is the link a page opens with for screen readers: "Skip to
// main content", "跳到主要内容".
var skipLink = gateRegexp(regexp.MustCompile(`(?i)^(?:skip to (?:main )?content|skip navigation|jump to content|click here to return to (?:the )?.{1,60}? home ?page|return to (?:the )?.{1,60}? home ?page|跳至主要内容|跳到主要内容|跳转到主要内容)$`))

// printFooter is the footer a browser prints on each page: the page's
// address and the page number ("https://example.com/post 2/7"), or the
// number alone.
var printFooter = regexp.MustCompile(`^(?:(?:https?://|file:/)\S*\s+)?\d{1,3}\s*/\s*\d{1,3}$`)

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// furniturePrompt matches the prompts and notices a site puts around a
// page's text, in English and Chinese: cookie notices, sign-in, subscribe
// and share prompts, feedback questions, copyright lines, related links.
var furniturePrompt = newAltRegexp(`(?i)(?:\b(?:we|this (?:web)?site|our (?:web)?site)(?: only)? uses? (?:only )?(?:optional |essential |(?:strictly |technically )?necessary )?cookies|accept (?:all )?cookies|cookie (?:preferences|settings|policy)|^(?:subscribe|sign up|sign in|log ?in|register|get the)\b.{0,60}$|was this (?:page|article|information|answer) helpful|^powered by\b|©|\(c\) (?:19|20)\d\d|copyright (?:©\s*)?(?:19|20)\d\d|all rights reserved|^(?:privacy|terms)\b.{0,60}$|^share(?: this| on)?\b.{0,60}$|使用\s*cookie|^(?:登录|注册|免费注册|立即注册|订阅更新|订阅|分享)(?:\s*[|/｜]\s*(?:登录|注册|免费注册|立即注册))?$|版权所有|是否有帮助|解决了您的问题|^(?:相关阅读|相关文章|相关文档|相关推荐|网友评论|热门评论)|^(?:related (?:articles|posts|stories|links|reading)|more from\b|read more$|most popular$|comments(?: \(\d+\))?$))`)

// noticeWords mark a site's notices wherever they stand in a block,
// lower-cased: cookie banners, feedback questions, copyright lines.
var noticeWords = []string{"use cookies", "uses cookies", "use optional cookies", "use essential cookies", "accept cookies", "accept all cookies",
	"cookie preferences", "cookie settings", "was this page helpful", "was this article helpful", "was this information helpful",
	"was this answer helpful", "©", "all rights reserved", "使用cookie", "使用 cookie", "cookie政策", "cookie 政策", "版权所有", "是否有帮助", "解决了您的问题",
	"this page provides status information", "check back here to view", "this page contains root cause analyses",
	"this page contains all past post incident reviews", "this page contains post incident reviews"}

// translationsLine is a blog's line that lists the languages a post is
// also in: "This post is also available in 简体中文, Français and 日本語.",
// "这篇文章也有简体中文、繁體中文和日本語版本。"
var translationsLine = gateRegexp(regexp.MustCompile(`(?i)^(?:this (?:post|article|page|blog post|story) is (?:also )?available in\b.{0,400}$|(?:这篇文章|这篇博文|本文|此文)(?:也有|还有|亦有|也提供)[^。]{0,300}(?:版本|语言版)[。.]?$)`))

// promptKeys are literals one of which every furniturePrompt match
// holds, lower-cased: the regexp runs only on a block that has one.
var promptKeys = []string{"subscribe", "sign ", "log in", "login", "register", "get the", "powered by", "(c)", "copyright", "privacy", "terms",
	"share", "cookie", "related", "more from", "read more", "most popular", "comments", "登录", "注册", "订阅", "分享", "相关", "评论"}

// noticeWordSet and promptKeySet look for noticeWords and promptKeys in a
// text read once: isPrompt asks them of every short block of a page.
var noticeWordSet, promptKeySet = newKeySet(noticeWords), newKeySet(promptKeys)

// isPrompt reports whether a block is one of a site's prompts or notices:
// a notice anywhere in it, or a short block that is a prompt
// (furniturePrompt).
// mediaPrompt is a line that invites the reader to a recording or a
// document elsewhere, its address last: a page's promotion, no part of
// what it reports.
var mediaPrompt = regexp.MustCompile(`^(?:watch|view|see|listen to|download|register for|join)\b.{0,100}\b(?:video|recording|webinar|slides|retrospective|podcast|livestream|stream)\b.{0,60}https?://\S+$`)

func isPrompt(t string) bool {
	lower := asciiLower(t)
	if noticeWordSet.in(lower) {
		return true
	}
	if len(t) <= 200 && strings.Contains(lower, "://") && mediaPrompt.MatchString(lower) {
		return true // "Watch our 'Incident Retrospective' video about this incident: https://…"
	}
	if (strings.HasPrefix(lower, "this ") || strings.HasPrefix(t, "这篇") || strings.HasPrefix(t, "本文") || strings.HasPrefix(t, "此文")) && translationsLine.MatchString(t) {
		return true
	}
	if len(t) > 120 {
		return false
	}
	return lower == "yes" || lower == "no" || adSlot[lower] || promptKeySet.in(lower) && furniturePrompt.MatchString(t) && !troubleHeading(lower)
}

// troubleWords name what went wrong, lower-cased: a line that opens with
// a prompt's word and names one ("Login failures for SSO users", "Sign-in
// errors in Europe", "Subscribe page unavailable") is an incident's
// heading, no prompt.
var troubleWords = []string{"failure", "failing", "failed", "error", "issue", "outage", "problem", "unavailab", "degrad", "delay", "latency",
	"disruption", "interruption", "incident", "timeout", "down", "broken", "slow", "unable", "cannot"}

// troubleHeading reports whether a lower-cased line that opens with a
// prompt's word (sign in, log in, subscribe, register) names trouble in
// the words right after it: "Login failures for SSO users", not "Log in
// to report an issue" nor "Sign up for outage alerts".
func troubleHeading(lower string) bool {
	for _, p := range []string{"subscribe", "sign up", "sign in", "sign-in", "login", "log in", "register"} {
		rest, ok := strings.CutPrefix(lower, p)
		if !ok {
			continue
		}
		words := strings.Fields(rest)
		if len(words) == 0 || words[0] == "to" || words[0] == "for" || words[0] == "or" || words[0] == "and" || words[0] == "|" || words[0] == "/" {
			return false
		}
		for _, w := range words[:min(3, len(words))] {
			for _, tw := range troubleWords {
				if strings.HasPrefix(w, tw) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// photoCaption reports whether a paragraph is a news photo's caption: it
// ends with the photo's credit ("… in Leeds, England. Photo by Sam
// Doyle/Getty Images", "(Photo: Ana Ruiz/Reuters)", "Photograph: Lee
// Tan/AP", "图片来源：视觉中国", "（摄影：王岩）"). A caption tells when and
// where a picture was taken, often months before the story.
func photoCaption(t string) bool {
	if !creditWord(t) {
		return false // the cheap test first: photoCredit is costly on a paragraph
	}
	return photoCredit.MatchString(t)
}

// creditWord reports whether t holds a word every photoCredit match
// holds: "Photo", "Image", "Picture", "Credit" (or their capitals), an
// agency right after a slash, or the Chinese credit words.
func creditWord(t string) bool {
	if containsAny(t, creditWords) {
		return true
	}
	for rest := t; ; {
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		after := asciiLower(strings.TrimLeft(rest[:min(len(rest), 40)], " \t\n\f\r"))
		for _, a := range creditAgencies {
			if strings.HasPrefix(after, a) {
				return true
			}
		}
	}
}

// creditWords are the words that open photoCredit's credits.
var creditWords = []string{"Photo", "Image", "Picture", "Credit", "PHOTO", "IMAGE", "图片", "图源", "摄", "视觉中国"}

// creditAgencies are the agencies photoCredit knows by name after a slash.
var creditAgencies = []string{"getty images", "reuters", "afp", "ap", "bloomberg", "shutterstock", "alamy", "epa", "xinhua", "nurphoto", "lightrocket", "sopa images"}

var photoCredit = regexp.MustCompile(`(?:\b(?:Photo(?:graph)?|Image|Picture|Credit|PHOTO|IMAGE)s?(?: by|\s*[:：]| credit\s*[:：]?)\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*/\s*\p{L}[\p{L} .&'’-]{1,40})?|\b\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,4}\s*/\s*(?i:getty images|reuters|afp|ap|bloomberg|shutterstock|alamy|epa|xinhua|nurphoto|lightrocket|sopa images)(?: via \p{L}[\p{L} ]{1,30})?)\)?\.?\s*$|(?:图片来源|图源|图片|摄影|摄)\s*[:：]\s*[^，。,]{1,30}[）)]?\s*$|视觉中国[）)]?\s*$`)

// adSlot is the word a paper prints where an advertisement stood, alone
// on its line.
var adSlot = map[string]bool{"advertisement": true, "advertisements": true, "sponsored": true, "广告": true}

// endsSentence reports whether a line ends a sentence: it ends in
// sentence punctuation, or in a lower-case letter and a full stop.
func endsSentence(t string) bool {
	r, size := utf8.DecodeLastRuneInString(t)
	switch r {
	case '。', '；', ';', '，', ',', '！', '!', '？', '?':
		return true
	case '.':
		p, _ := utf8.DecodeLastRuneInString(t[:len(t)-size])
		return p >= 'a' && p <= 'z' || p == ')' && strings.Contains(t, " ")
	}
	return false
}

// isNavWord reports whether a block is a short menu entry: three words or
// six Chinese characters at most, no digits, no sentence.
func isNavWord(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 || endsSentence(t) {
		return false
	}
	if strings.IndexFunc(t, isHan) >= 0 {
		// a Latin word counts as one character ("Cookie政策", "App下载")
		return utf8.RuneCountInString(latinWord.ReplaceAllString(t, "A")) <= 6
	}
	return len(strings.Fields(t)) <= 3
}

// siteLinks counts the entries of a run of short lines that name the
// links a site's menu or footer carries ("Incidents", "Help", "Privacy
// policy", "联系我们"): three such lines together are a menu.
func siteLinks(blocks []block) int {
	n := 0
	for _, b := range blocks {
		if siteLinkWords[strings.ToLower(strings.Trim(b.text, " ·|>›»"))] {
			n++
		}
	}
	return n
}

// siteLinkWords are the names of the links sites put in their menus and
// footers, lower-cased.
var siteLinkWords = map[string]bool{
	"home": true, "status": true, "incidents": true, "incident history": true, "history": true, "maintenance": true,
	"help": true, "help center": true, "feedback": true, "send feedback": true, "support": true, "contact": true,
	"contact us": true, "contact support": true, "docs": true, "documentation": true, "blog": true, "pricing": true,
	"products": true, "solutions": true, "log in": true, "login": true, "sign in": true, "sign up": true, "subscribe": true,
	"subscribe to updates": true, "about": true, "about us": true, "careers": true, "community": true, "console": true,
	"rss": true, "privacy": true, "privacy policy": true, "terms": true, "terms of service": true, "legal": true,
	"cookies": true, "cookie settings": true, "search": true, "menu": true, "sitemap": true, "developers": true,
	"首页": true, "帮助": true, "帮助中心": true, "登录": true, "注册": true, "联系我们": true, "关于我们": true,
	"文档": true, "产品": true, "博客": true, "订阅": true, "隐私政策": true, "服务条款": true, "控制台": true, "社区": true,
}

// latinWord is a run of Latin letters.
var latinWord = regexp.MustCompile(`[A-Za-z]+`)

// dropFurniture removes the page furniture a saved web page carries along
// with its text: prompts and notices (furniturePrompt), breadcrumbs and
// skip links, and runs of four or more menu entries above or below the
// text (a list of short items within it, or one a line introduces, is
// the write-up's own). Labelled
// blocks, headings and table rows are kept.
func dropFurniture(blocks []block) []block {
	firstLong, lastLong := len(blocks), -1
	for i, b := range blocks {
		if b.kind == kindPara && utf8.RuneCountInString(b.text) >= 80 {
			firstLong = min(firstLong, i)
			lastLong = i
		}
	}
	out := blocks[:0:0]
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind != kindPara && b.kind != kindItem || b.label != "" {
			out = append(out, b)
			continue
		}
		t := strings.TrimSpace(b.text)
		if len(t) <= 900 && runesAtMost(t, 300) && (isPrompt(t) || isDebris(t)) {
			continue
		}
		if len(t) <= 1200 && runesAtMost(t, 400) && photoCaption(t) {
			continue // its date is when the picture was taken, not a day of the story
		}
		if isNavWord(t) {
			j := i
			for j < len(blocks) && (blocks[j].kind == kindPara || blocks[j].kind == kindItem) && blocks[j].label == "" && isNavWord(blocks[j].text) {
				j++
			}
			introduced := len(out) > 0 && (strings.HasSuffix(out[len(out)-1].text, ":") || strings.HasSuffix(out[len(out)-1].text, "："))
			if (j-i >= 4 || j-i == 3 && siteLinks(blocks[i:j]) == 3) && !introduced && (j <= firstLong || i > lastLong) {
				// a heading right above it that heads nothing else is the
				// menu's first entry ("Summary" over "Incidents", "Help")
				if k := len(out) - 1; k >= 0 && out[k].kind == kindHeading && isNavWord(out[k].text) && (k == 0 || out[k-1].kind != kindHeading) {
					out = out[:k]
				}
				i = j - 1
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// mottoSep parts a site's name from its motto on its name line: "Name ·
// motto", "Name | motto".
var mottoSep = regexp.MustCompile(`\s+[·|｜]\s+|｜`)

// siteNameLine reports whether line i is a site's name line: a short name
// and its motto ("36氪风 · 科技新知"), the name given again below as the
// text's source or in its footer ("来源：36氪风", "36氪风  关于我们 …").
func siteNameLine(lines []string, i int) bool {
	line := cleanSpace(lines[i])
	m := mottoSep.FindStringIndex(line)
	if m == nil || m[0] == 0 || !runesAtMost(line, 30) {
		return false
	}
	name := strings.TrimSpace(line[:m[0]])
	if n := utf8.RuneCountInString(name); n < 2 || n > 16 || utf8.RuneCountInString(line[m[1]:]) > 12 {
		return false
	}
	for j, raw := range lines {
		if j == i {
			continue
		}
		l := cleanSpace(raw)
		if k := strings.Index(l, name); k >= 0 && runesAtMost(l, 80) {
			if k == 0 && j > i+2 || sourceLabel.MatchString(l[:k]) {
				return true
			}
		}
	}
	return false
}

// sourceLabel ends the label of a text's source: "来源：", "Source: ".
var sourceLabel = gateRegexp(regexp.MustCompile(`(?i)(?:来源|出处|source)\s*[：:]\s*$`))

// hanCount is how many Chinese characters s holds.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}

// printHeaderAfter is a browser's print header with the page's title
// first and the date and time it was printed last: "Title of the page -
// Site   15/11/2025 16:40". The title must name its site after a
// separator, as a page's <title> does, to tell it from a line of text
// that ends on a date.
var printHeaderAfter = regexp.MustCompile(`(?i)^(.+?\s[-–—|]\s.+?)\s+(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}),?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?$`)

// printHeaderPaged is a print header that ends in the page's number
// rather than a date: "The Daily Post - Title of the article   Page 1 of
// 3". Like printHeaderAfter, the title must name its site after (or
// before) a separator.
var printHeaderPaged = regexp.MustCompile(`(?i)^(.+?\s[-–—|]\s.+?)\s+page\s+\d{1,3}\s+of\s+\d{1,3}$`)

// printedTitle is the page title a browser's print header names, with its
// date first ("3/14/24, 10:22 AM Title - Site") or last.
func printedTitle(line string) (string, bool) {
	if n := len(line); n > 12 && isDigitByte(line[n-1]) && strings.Contains(line, " of ") {
		// "Site - Title        Page 1 of 2": the page counter some
		// print setups put after the title
		if m := printHeaderPaged.FindStringSubmatch(line); m != nil && strings.IndexFunc(m[1], unicode.IsLower) >= 0 {
			// (not a paper's masthead in capitals over each page,
			// "PIXELFORGE DAILY — NEWS      Page 1 of 2")
			return m[1], true
		}
	}
	if strings.IndexByte(line, '/') < 0 && !dottedDay(line) {
		return "", false // the cheap test first
	}
	if startsWithDigit(line) {
		if m := printHeader.FindStringSubmatch(line); m != nil && zoneFor(m[1], "") == nil {
			// (not an update's stamp with its zone: "5/6/2026 4:22 PM EDT")
			return m[1], true
		}
		return "", false
	}
	if isDigitByte(line[len(line)-1]) {
		if m := printHeaderAfter.FindStringSubmatch(line); m != nil {
			return m[1], true
		}
	}
	return "", false
}

// firefoxHeader is the page title a Firefox print header names, the raw
// line its title, then its address far apart ("Oxley Status - Webhook
// deliveries failing …        https://status…"); ok is false for any
// other line.
func firefoxHeader(raw string) (string, bool) {
	if !strings.Contains(raw, "://") || !strings.Contains(raw, "   ") {
		return "", false
	}
	if m := printHeaderAddress.FindStringSubmatch(strings.TrimSpace(raw)); m != nil && !strings.Contains(m[1], "://") {
		return cleanSpace(m[1]), true
	}
	return "", false
}

// printHeaderAddress is a print header that sets the page's title and its
// address apart by wide spaces, as Firefox prints them.
var printHeaderAddress = regexp.MustCompile(`^(\S.{2,160}?)\s{3,}(?:https?://|file:/)\S+$`)

// printedSite is the site a printed page's title names after its last
// separator ("… faulty switch blamed - Tokyo Business Wire English
// Edition"), when that part is the shorter; "" otherwise.
func printedSite(t string) string {
	parts := siteParts(t)
	if len(parts) < 2 {
		return ""
	}
	last := strings.TrimSpace(parts[len(parts)-1])
	if last == "" || len(last) >= len(strings.TrimSpace(parts[0])) {
		return ""
	}
	return last
}

// footerLeadName is the name a footer's row of links opens with, beside
// the copyright that row holds, when it is the holder's name with a
// product's words after it ("Hexworth Database Cloud · Status · Security
// · Privacy · © 2026 Hexworth Ltd"): the site's name as its pages write
// it. "" when no such row.
func footerLeadName(foot, holder string) string {
	hw := strings.Fields(strings.ToLower(holder))
	if len(hw) == 0 {
		return ""
	}
	for _, line := range strings.Split(foot, "\n") {
		line = cleanSpace(line)
		if !strings.Contains(line, "©") && !strings.Contains(strings.ToLower(line), "copyright") {
			continue
		}
		parts := strings.FieldsFunc(line, func(r rune) bool { return r == '·' || r == '|' || r == '｜' })
		if len(parts) < 3 {
			continue
		}
		first := strings.TrimSpace(parts[0])
		fw := strings.Fields(strings.ToLower(first))
		if len(fw) >= 2 && len(fw) <= 5 && fw[0] == hw[0] && !strings.EqualFold(first, holder) && !strings.ContainsAny(first, "©") {
			return first
		}
	}
	return ""
}

// nextLineUpdate reports whether the next line of lines after i that is
// not blank is a status history's update ("Resolved - …").
func nextLineUpdate(lines []string, i int) bool {
	for _, l := range lines[i+1:] {
		if l = cleanSpace(l); l != "" {
			return historyUpdate(block{kind: kindPara, text: l})
		}
	}
	return false
}
