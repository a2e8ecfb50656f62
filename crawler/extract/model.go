package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

type blockKind int

const (
	kindPara blockKind = iota
	kindHeading
	kindItem
	kindRow
)

// block is one unit of a document's main content, in reading order.
type block struct {
	kind  blockKind
	level int      // heading level, 1 to 6 (numbered text headings get 2)
	text  string   // the block's text; a row's cells joined by " | "
	cells []string // a table row's cells
	label string   // a bold or "Label:" lead-in, such as "Root cause"
	depth int      // a list item's nesting depth, from 0
	bold  bool     // a paragraph set in bold alone ("<p><strong>…</strong></p>", "**…**")
	code  bool     // a line of a code block: a log's or a program's, not the write-up's prose
}

// document is a parsed document before its sections are found.
type document struct {
	title     string
	published string // YYYY-MM-DD when the page says so
	org       string
	brand     string // the site's name its logo or masthead gives: the company's, when nothing else names it
	brandMenu bool   // the brand stands over the site's menu ("Puffin Social" / "Home  Explore  About"): it names the site, never the page
	// siteNames are the names a page gives its site: its links home
	// ("<a href="/">Brackenridge Cloud</a>") and the holder its copyright
	// line names ("© 2025 Brackenridge Cloud GmbH")
	siteNames  []string
	author     string
	account    string // a WeChat post's own account ("原创 … 云桥技术 2026年…")
	tags       []string
	summary    string    // a summary the page states apart from its body (front matter, meta description)
	titles     []string  // other names the page gives itself, best first (og:title, <title>)
	headKind   bool      // the <title> names only the page's kind and its site ("Incident Report | Brand"): left out of titles
	monthAbove string    // a month's heading alone above the title ("March 2026"), of a status history's entry
	zoneNote   string    // a line above the title that names the zone of the times ("Times shown in America/Chicago")
	channel    string    // a chat export's channel, named over its messages: the incident's own name there
	clipped    string    // YYYY-MM-DD a clipping tool's properties say the page was saved on: the year of times told without one, never the publication's
	startedAt  time.Time // when the incident started and ended, as front matter states them
	endedAt    time.Time
	blocks     []block
	path       string // the file it was read from ("" for a page)
	url        string // the page it is, or that the file names as its source
	// keepAll: read on past the marks after which a page holds only
	// comments and related lists; cutRest counts the characters a read
	// that stopped at one left
	keepAll   bool
	cutRest   int
	toldAtCut int // the characters told before the mark
	// raw is the body the document was read from; hosts are the labels
	// of the hosts it names (hostLabels), read once when first asked
	raw       []byte
	hosts     map[string]bool
	hostsRead bool
}

// thinCut reports whether a page read up to its comments' mark says next
// to nothing while the part after the mark holds much: a discussion page
// (a forum thread, a post on an aggregator) whose comments hold what it
// says, status updates quoted among them. It is read again, whole.
func thinCut(d *document) bool {
	return d.cutRest >= 300 && d.toldAtCut < 400 && d.cutRest >= 3*d.toldAtCut
}

// atMark handles a line that may be the mark after which a page holds
// only comments and related lists: it reports whether reading stops
// there, and notes what the rest holds. A page read whole drops the mark
// alone (skip); a mark right under the title (three blocks or fewer) is
// noted but read on, as before.
func (d *document) atMark(line, bare string, rest []string) (stop, skip bool) {
	mark := endMarker.MatchString(line)
	if !mark && !listsOthers(bare, d.blocks) && !listsMaintenance(bare, rest, d.blocks) {
		return false, false
	}
	if mark && ticketComments(rest) {
		return false, false
	}
	if d.keepAll {
		return false, true
	}
	if d.cutRest == 0 {
		d.cutRest, d.toldAtCut = restLen(rest), told(d.blocks)
	}
	return !mark || len(d.blocks) > 3, false
}

// cachetState is a Cachet status page's update state before its stamp:
// "Fixed - 06.09.2026 02:05 CEST", "Watching - Sep 6, 2026 01:10".
var (
	cachetState  = regexp.MustCompile(`^(Fixed|Watching)\s+[-–—]\s+(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}\b)`)
	cachetStates = map[string]string{"Fixed": "Resolved", "Watching": "Monitoring"}
)

// withCachetState gives a Cachet update's state before its stamp, or before
// its text, the name other status pages give it: "Fixed - 06.09.2026
// 02:05 CEST" is "Resolved - …", "Watching - …" is "Monitoring - …".
func withCachetState(t string) string {
	if !strings.HasPrefix(t, "Fixed") && !strings.HasPrefix(t, "Watching") {
		return t
	}
	if len(t) < 60 {
		if m := cachetState.FindStringSubmatchIndex(t); m != nil {
			return cachetStates[t[m[2]:m[3]]] + t[m[3]:]
		}
	}
	if m := cachetTold.FindStringSubmatchIndex(t); m != nil {
		// "Fixed - Pushes over SSH are working again. …", its stamp on
		// the line under it: an update that says the service is back
		// (or, "Watching - …", that it is watched)
		state, rest := t[m[2]:m[3]], t[m[1]:]
		if state == "Fixed" && resolvedNow(rest) || state == "Watching" && strings.Contains(strings.ToLower(rest), "monitor") {
			return cachetStates[state] + t[m[3]:]
		}
	}
	return t
}

// cachetTold is a Cachet update's state before its text: "Fixed - …".
var cachetTold = regexp.MustCompile(`^(Fixed|Watching)\s+[-–—]\s+`)

// ticketComments reports whether the lines under a comments heading are
// a ticket's comments, each under its author's name and the day and
// clock it was written ("Nils Aberg added a comment - 14/Oct/25 6:20
// AM"): the work log of the incident, not readers' replies to a post.
func ticketComments(rest []string) bool {
	for _, l := range rest {
		if l = cleanSpace(l); l != "" {
			_, _, ok := commentHeader(l, "")
			return ok || issueComment(l)
		}
	}
	return false
}

// issueComment reports whether a line is an issue tracker's comment
// header with the day alone ("osian-h commented on Oct 6, 2026",
// "meirion (Maintainer) commented on Oct 7, 2026"): a bug report's thread,
// whose maintainers' comments tell the incident.
func issueComment(l string) bool {
	m := issueCommentHead.FindStringIndex(l)
	if m == nil {
		return false
	}
	st, n, ok := parseStamp(l[m[1]:], "")
	return ok && st.hasDate() && strings.TrimSpace(l[m[1]+n:]) == ""
}

// issueCommentHead is the name, an optional role and "commented on" before
// an issue comment's day.
var issueCommentHead = regexp.MustCompile(`^[\p{L}\d][\p{L}\d._-]*(?: \((?:Member|Maintainer|Owner|Collaborator|Contributor|Author)\))? commented on `)

// restLen counts the characters of lines, or 0 when they state no clock
// time: comments that quote no update with its time tell of no incident.
func restLen(lines []string) int {
	n := 0
	timed := false
	for _, l := range lines {
		n += utf8.RuneCountInString(strings.TrimSpace(l))
		timed = timed || containsAnyRune(l, ":：点时") && clockWritten.MatchString(l)
	}
	if !timed {
		return 0
	}
	return n
}

// clockWritten is a clock time anywhere in a line: "15:58", "10点20分".
var clockWritten = regexp.MustCompile(`\b\d{1,2}:\d{2}\b|\d{1,2}\s*[点时]\s*\d{1,2}\s*分`)

func (d *document) add(b block) {
	b.text = withCachetState(cleanSpace(b.text))
	if b.text == "" && b.label == "" || b.kind != kindRow && len(b.text) < 120 && imageCaption.MatchString(b.text) ||
		b.kind == kindPara && len(b.text) < 400 && subscribePrompt.MatchString(b.text) {
		return
	}
	if !b.code && (b.kind == kindPara || b.kind == kindItem) && (containsAnyRune(b.text, ":：?") || hasCapsWord(b.text)) {
		d.blocks = append(d.blocks, splitInline(b)...)
		return
	}
	d.blocks = append(d.blocks, b)
}

// imageCaption is the name of a picture left in a page's text: "Screen
// Shot 2015-08-07 at 6.21.24 PM", "截屏2021-03-02 10.11.12", "image.png",
// or a printed page's caption in brackets ("[Image: A card terminal …" /
// "Photograph: … Courier]").
var imageCaption = gateRegexp(regexp.MustCompile(`(?i)^(?:(?:screen ?shot|screenshot|screen recording|截屏|截图|屏幕快照|屏幕截图)[\s_-]*(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{8}).{0,30}|[\w\-. ]{1,60}\.(?:png|jpe?g|gif|svg|webp|bmp)|image|图片|[\[【(（](?:image|img|photo|picture|图片|图)[\]】)）]|\[(?:image|img|photo|picture|图片|图)\s*[:：][^\]]{0,200}\]?|(?:photograph|photo|picture|image)(?: credit)?\s*:\s*[^\]]{0,80}\])$`))

// subscribePrompt is a status page's offer of updates by mail or text
// message: "Subscribe to updates for … via email and/or text message",
// "通过电子邮件和/或短信订阅…的更新", "To receive SMS updates, please verify
// your number", "Get text message notifications whenever …", and the
// small print under the form ("Message and data rates may apply. By
// subscribing you agree to …").
var subscribePrompt = gateRegexp(regexp.MustCompile(`(?i)^(?:subscribe\b|get (?:email|sms|text(?: message)?|webhook|slack) (?:updates|notifications)|to receive (?:sms|email|text) updates|(?:message and data|msg (?:&|and) data) rates may apply|by subscribing\b|要接收短信更新|.{0,40}?(?:订阅.{0,80}?(?:更新|通知)|subscribe to (?:updates|notifications|this incident)))`))

// cleanSpace folds runs of white space into one space and trims; it drops
// zero-width and non-breaking oddities that pages are full of.
func cleanSpace(s string) string {
	if spaceClean(s) {
		return s // most lines are: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		// the character at i: its bytes as they are, or U+FFFD for a
		// byte that is no UTF-8 (as ranging over s and WriteRune give it)
		c, size, keep := s[i], 1, ""
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			space = true
		case c < utf8.RuneSelf:
			keep = s[i : i+1]
		case c >= 0xE3 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 && !(c == 0xE3 && s[i+1] == 0x80 && s[i+2] == 0x80):
			// U+3001 to U+9FFF (Chinese, kana, CJK punctuation): valid,
			// and none cleanSpace drops or folds, without decoding it
			size, keep = 3, s[i:i+3]
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			switch r {
			case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
			case '\u00a0', '\u3000':
				space = true
			case utf8.RuneError:
				keep = "\ufffd"
			default:
				keep = s[i : i+size]
			}
		}
		i += size
		if keep == "" {
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(keep)
	}
	return b.String()
}

// spaceClean reports whether cleanSpace would give s back as it is: valid
// UTF-8 with no white space but single ASCII spaces between other
// characters, and none of the characters cleanSpace drops or folds.
func spaceClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ' ' && s[i+1] == ' ' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case utf8.RuneError, '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u00a0', '\u3000':
			return false // (an invalid byte, which cleanSpace writes as U+FFFD, or U+FFFD itself: either way the slow path)
		}
		i += size
	}
	return true
}

// endMarker matches a line after which a page holds only furniture: the
// comment thread, recommended articles, a paper's "More on this story" and
// "Most viewed" lists. Everything from it on is dropped.
var endMarker = gateRegexp(regexp.MustCompile(`(?i)^(?:[-—–─=]+\s*end\s*[-—–─=]+|评论\s*\d*\s*条评论|\d+\s*条评论|发表评论|发布评论|网友评论|全部评论|热门评论|评论区|发现更多内容|相关推荐|推荐阅读|相关文章|相关阅读|相关公告|相关新闻|相关资讯|相关链接|其他公告|更多公告|最新公告|热门公告|猜你喜欢|更多推荐|热门推荐|热门文章|往期推荐|往期回顾|往期精选|往期文章|往期精彩|精彩回顾|喜欢此内容的人还喜欢|阅读原文|预览时标签不可点|微信扫一扫关注该公众号|本文链接[:：].*|.{1,80}》上有\s*\d+\s*条评论|leave a (?:reply|comment)|\d+\s+(?:comments?|responses?)|comments|related(?: (?:posts|articles|stories|reading|links|content))?|recommended(?: reading| for you)?|you (?:may|might) also like|more from (?:the|our) blog|read next|keep reading|more (?:posts|stories|articles|updates)|more (?:incident )?(?:reports|postmortems|post-mortems)|other (?:incident )?(?:reports|postmortems|post-mortems)|more on this (?:story|topic|subject)|most (?:viewed|read|popular|shared|commented))\s*[:：]?$`))

// otherIncidents matches the heading of a status page's list of other
// incidents, under the one the page is about: "Past incidents",
// "Previous incidents", "Recently resolved", "历史事件".
var otherIncidents = gateRegexp(regexp.MustCompile(`(?i)^(?:(?:past|previous|recent|other|earlier|older) ){1,2}(?:incidents|events|notices)|^recently resolved(?: incidents)?\s*:?$|^resolved incidents\s*:?$|^(?:历史|往期|近期|其他)(?:事件|故障|公告)(?:记录|列表)?\s*[:：]?$`))

// listsOthers reports whether line heads a list of other incidents under
// the one a paragraph of blocks has told of.
func listsOthers(line string, blocks []block) bool {
	return len(blocks) > 3 && len(line) <= 40 && otherIncidents.MatchString(line) && toldParagraph(blocks)
}

// toldParagraph reports whether blocks hold a paragraph that tells
// something: 80 characters or more, 40 in Chinese.
func toldParagraph(blocks []block) bool {
	for _, b := range blocks {
		if n := utf8.RuneCountInString(b.text); b.kind == kindPara && (n >= 80 || n >= 40 && strings.IndexFunc(b.text, isHan) >= 0) {
			return true
		}
	}
	return false
}

// listsMaintenance reports whether line heads a status page's list of
// planned maintenance windows ("Upcoming maintenance", "Completed
// maintenance") under the incident a paragraph of blocks has told of: its
// next line opens with a date ("Jun 13, 2026 02:00 - 04:00 SGT — Network
// upgrade"), so that it is a list, not a report's section.
func listsMaintenance(line string, rest []string, blocks []block) bool {
	if len(blocks) <= 3 || len(line) > 40 || !maintenanceHead.MatchString(line) || !toldParagraph(blocks) {
		return false
	}
	seen := 0
	for _, l := range rest {
		if l = strings.TrimLeft(cleanSpace(l), "-*•· "); l != "" {
			if seen == 0 && maintenanceUpdate.MatchString(l) {
				return true // "Completed - The maintenance has been completed.": the window's own updates
			}
			if name, value, ok := strings.Cut(l, ":"); ok && seen == 1 && windowLabel.MatchString(name) {
				l = strings.TrimSpace(value) // "Scheduled: 01/20/2026 1:00 AM EST - …" under the window's name
			}
			if st, _, ok := parseStamp(l, ""); ok && st.hasDate() {
				return true
			}
			if seen++; seen == 2 {
				return false
			}
		}
	}
	return false
}

// maintenanceUpdate is a planned window's update under its name, its
// state first: "Completed - The maintenance has been completed.", "In
// progress - Scheduled maintenance is currently in progress."
var maintenanceUpdate = regexp.MustCompile(`(?i)^(?:completed|in progress|scheduled|verifying)\s*[-–—:]\s+\S`)

// windowLabel labels a planned window's times under its name:
// "Scheduled", "Window", "When".
var windowLabel = regexp.MustCompile(`(?i)^(?:scheduled(?: for)?|window|when|planned(?: for)?)$`)

// tocMarker matches the heading of a table of contents, whose list is
// dropped.
var tocMarker = gateRegexp(regexp.MustCompile(`(?i)^(?:文章目录|本文目录|目录|table of contents|contents|on this page|in this article)\s*[:：]?$`))
