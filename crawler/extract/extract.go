package extract

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// Format is the kind of document being extracted.
type Format string

// The formats extract reads.
const (
	FormatHTML     Format = "html"
	FormatMarkdown Format = "markdown"
	FormatText     Format = "text"
	FormatPDF      Format = "pdf"
	FormatJSON     Format = "json"
	FormatFeed     Format = "feed"
)

// MaxDocumentBytes caps what Extract reads of one document.
const MaxDocumentBytes = 20 << 20

// ErrUnsupported is returned for a file type extract does not read.
var ErrUnsupported = errors.New("unsupported document type")

// ErrEmpty is returned for a document with no text.
var ErrEmpty = errors.New("document has no text")

// FormatOf guesses a document's format from its name (path or URL), its
// content type, and its first bytes.
func FormatOf(name, contentType string, body []byte) (Format, error) {
	ext := strings.ToLower(filepath.Ext(strings.SplitN(strings.SplitN(name, "?", 2)[0], "#", 2)[0]))
	switch ext {
	case ".html", ".htm", ".xhtml":
		return FormatHTML, nil
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown, nil
	case ".txt", ".text", ".eml", ".mbox":
		// (a message saved by a mail client is text: its headers, then its body)
		if ext == ".txt" && yamlFrontMatter(body) {
			return FormatMarkdown, nil // a Markdown post saved as text, its front matter first
		}
		return FormatText, nil
	case ".pdf":
		return FormatPDF, nil
	case ".json":
		return FormatJSON, nil
	case ".rss", ".atom", ".xml":
		// a status history saved as its feed; other XML is not read
		if isFeed(body) {
			return FormatFeed, nil
		}
	}
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "html"):
		return FormatHTML, nil
	case strings.Contains(ct, "markdown"):
		return FormatMarkdown, nil
	case strings.HasPrefix(ct, "text/plain"):
		return FormatText, nil
	case strings.Contains(ct, "application/pdf"):
		return FormatPDF, nil
	case strings.Contains(ct, "json"):
		return FormatJSON, nil
	case strings.Contains(ct, "rss"), strings.Contains(ct, "atom"), strings.Contains(ct, "xml") && isFeed(body):
		return FormatFeed, nil
	}
	if bytes.HasPrefix(body, []byte("%PDF-")) {
		return FormatPDF, nil
	}
	head := bytes.ToLower(body[:min(len(body), 1024)])
	if bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html")) || bytes.Contains(head, []byte("<body")) {
		return FormatHTML, nil
	}
	if ext == "" && ct == "" {
		return FormatText, nil
	}
	return "", fmt.Errorf("%w: %q", ErrUnsupported, ext+ct)
}

// yamlFrontMatter reports whether a text opens with a Markdown post's
// front matter: "---", then fields ("title: …", "date: …") up to the next
// "---".
func yamlFrontMatter(body []byte) bool {
	if !bytes.HasPrefix(body, []byte("---\n")) && !bytes.HasPrefix(body, []byte("---\r\n")) {
		return false
	}
	lines := strings.Split(string(body[:min(len(body), 4096)]), "\n")
	fields := 0
	for _, l := range lines[1:min(len(lines), 60)] {
		l = strings.TrimRight(l, "\r")
		if l == "---" || l == "..." {
			return fields >= 2
		}
		if m := frontMatterKey.FindStringSubmatch(l); m != nil {
			fields++
		}
	}
	return false
}

// frontMatterKey is a front matter's field line: "title: …", "date: …".
var frontMatterKey = regexp.MustCompile(`^(?:title|date|author|authors|tags|categories|summary|description|slug|url|layout|draft|published|updated|company|start_time|end_time)\s*:`)

// Extract reads one document. source is where it came from (a URL or a
// file's absolute path); it names the incident's id and url.
func Extract(body []byte, source, contentType string) (*data.Incident, error) {
	if len(body) > MaxDocumentBytes {
		body = body[:MaxDocumentBytes]
	}
	f, err := FormatOf(source, contentType, body)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", source, err)
	}
	if f != FormatPDF && bytes.IndexByte(body[:min(len(body), 8000)], 0) >= 0 && !utf16Like(body) {
		return nil, fmt.Errorf("extract %s: binary content", source)
	}
	var d *document
	switch f {
	case FormatHTML:
		d, err = parseHTML(body, contentType)
		if err != nil {
			// markup too broken or too deep for the parser (it refuses
			// more than 512 open elements): keep its text
			d = parseText([]byte(html.UnescapeString(tagRE.ReplaceAllString(string(toUTF8HTML(body, contentType)), "\n"))))
		}
	case FormatMarkdown:
		d = parseMarkdown(body)
	case FormatJSON:
		// an incident saved as JSON: read as the Markdown its fields make
		md, err := jsonMarkdown(body)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", source, err)
		}
		d = parseMarkdown([]byte(md))
	case FormatFeed:
		// a status history's feed: read as the page of its newest item
		page, err := feedHTML(body)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", source, err)
		}
		d, err = parseHTML([]byte(page), "text/html; charset=utf-8")
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", source, err)
		}
	case FormatPDF:
		text, err := pdfText(body)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", source, err)
		}
		t := pdfInfoTitle(body)
		if t != "" && isTitleLine(t) {
			text = placeTitle(text, t)
		}
		if t != "" && isTitleLine(t) && hasOwnLine(text, t) {
			// the title the PDF names, when its text shows it on a line of
			// its own: the page starts there (what is above it is the
			// site's banner, menu and cookie prompt)
			d = parseTextTitled([]byte(text), t)
			if d.title == "" || cleanTitle(t, "") != "" && !siteTitle(d, t) {
				// unless it is the site's ("Cumulus status history", or
				// "Sandwood Cloud" that the printed header names as the
				// site) and the text names another
				d.title = t
			}
		} else {
			d = parseText([]byte(text))
		}
	default:
		if md, ok := exportMarkdown(body); ok {
			// an incident tool's export printed at a terminal
			d = parseMarkdown([]byte(md))
		} else if page, ok := feedInText(body); ok {
			// a status history's feed as a browser shows it, saved as
			// text ("This XML file does not appear to have any style
			// information …" over its <rss>): read as the page of its
			// newest item, as the feed itself is
			if d, err = parseHTML([]byte(page), "text/html; charset=utf-8"); err != nil {
				d = parseText(body)
			}
		} else {
			d = parseText(body)
		}
	}
	// a page's URL is its source; a file is named by its path, which is
	// never shown as a source, unless it names the page it was published
	// at: then it is that page (a crawl of it, a catalogue entry of it and
	// the file are one incident)
	if isWeb(source) {
		d.url = source
	} else {
		d.path = source
		d.url = SourceURL(body, f)
	}
	d.raw = body
	in := build(d)
	if strings.TrimSpace(in.Text) == "" && in.Title == "" {
		return nil, fmt.Errorf("extract %s: %w", source, ErrEmpty)
	}
	in.ID = data.IDFor(source)
	if d.url != "" {
		in.URL = d.url
		in.ID = data.IDFor(d.url)
	}
	return in, nil
}

// hasOwnLine reports whether a line of text is t (spaces aside), or ends
// with it after a site's menu: a page's heading, not a printed header that
// holds the page's <title> nor a masthead that starts with the site's name.
func hasOwnLine(text, t string) bool {
	want := strings.Join(strings.Fields(t), "")
	lines := strings.Split(text, "\n")
	mergePrintLines(lines)
	for _, l := range lines {
		if _, printed := printedTitle(strings.TrimSpace(l)); printed {
			continue // the header a browser prints over each page ("12/3/26, 4:39 PM Site")
		}
		if l = strings.Join(strings.Fields(l), ""); strings.HasSuffix(l, want) && !strings.Contains(l, ":/") {
			if strings.EqualFold(strings.TrimSuffix(l, want), "the") {
				continue // "The Kirkby Gazette" under a <title> "Kirkby Gazette": the paper's masthead (an image's alt text) names the site, not the page
			}
			return true
		}
	}
	return false
}

// placeTitle puts a title the text shows across lines on a line of its
// own: a heading the page wrapped on two or three lines, or one a PDF
// reader ran on into the byline under it ("…多款应用受影响科技前哨 记者
// …"). Text that shows it nowhere is returned as it is.
func placeTitle(text, t string) string {
	want := []rune(strings.Join(strings.Fields(t), ""))
	if len(want) == 0 {
		return text
	}
	lines := strings.Split(text, "\n")
	for i := range lines {
		if i > 80 {
			break
		}
		joined := ""
		for k := i; k < len(lines) && k < i+3; k++ {
			joined += strings.Join(strings.Fields(lines[k]), "")
			r := []rune(joined)
			if len(r) < len(want) {
				if !strings.HasPrefix(string(want), joined) {
					break
				}
				continue
			}
			if k == i && len(r) == len(want) && joined == string(want) {
				return text // the title has a line of its own already
			}
			if !strings.HasPrefix(joined, string(want)) {
				break
			}
			if len(r) > len(want) && strings.ContainsRune("·|-–—_:：/", r[len(want)]) {
				break // a site's name at the head of its masthead
			}
			// lines i..k hold the title and maybe more of line k after it
			rest := restAfter(lines[k], want[len([]rune(joined))-len([]rune(strings.Join(strings.Fields(lines[k]), ""))):])
			out := append([]string{}, lines[:i]...)
			out = append(out, t)
			if strings.TrimSpace(rest) != "" {
				out = append(out, strings.TrimSpace(rest))
			}
			out = append(out, lines[k+1:]...)
			return strings.Join(out, "\n")
		}
	}
	return text
}

// restAfter is what line holds after the runes of head (spaces in line
// aside).
func restAfter(line string, head []rune) string {
	j := 0
	for i, r := range line {
		if j == len(head) {
			return line[i:]
		}
		if unicode.IsSpace(r) {
			continue
		}
		if r != head[j] {
			return line
		}
		j++
	}
	return ""
}

func isWeb(source string) bool {
	return strings.HasPrefix(source, "http://") || strings.HasPrefix(source, "https://")
}

var tagRE = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)

func utf16Like(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff})
}

// File extracts a file on disk; its id comes from its absolute path.
func File(path string) (*data.Incident, error) {
	_, in, err := ReadFile(path)
	return in, err
}

// ReadFile reads a file (refusing one over MaxDocumentBytes before reading
// it) and extracts it; it returns the bytes too, for a caller that keeps
// them. The incident's id comes from the file's absolute path.
func ReadFile(path string) ([]byte, *data.Incident, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, nil, fmt.Errorf("extract %s: %w", path, err)
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, nil, fmt.Errorf("extract: %w", err)
	}
	if fi.Size() > MaxDocumentBytes {
		return nil, nil, fmt.Errorf("extract %s: %d bytes is over the %d-byte limit", path, fi.Size(), MaxDocumentBytes)
	}
	body, err := os.ReadFile(abs)
	if err != nil {
		return nil, nil, fmt.Errorf("extract: %w", err)
	}
	in, err := Extract(body, abs, "")
	return body, in, err
}

// build fills an incident from a parsed document.
func build(d *document) *data.Incident {
	kept := statusUpdates(dropBanners(dropGrid(withTOffsets(withoutMediaOffsets(withoutCollapsed(withoutPastIncidents(d.blocks))), detectLang(d.title)))), detectLang(d.title))
	d.blocks = dropFurniture(kept)
	title, site := siteSuffixCut(pickTitle(d), d.url)
	d.blocks, title = keepEntry(d.blocks, title, d.org)
	d.blocks = withoutLaterEntries(keepStampedEntry(d.blocks, title), title)
	if t, ok := trackedTitle(d.blocks, title); ok {
		title = t // an analysis headed by its tracking number alone: its summary's subject
	}
	in := &data.Incident{Title: title}
	s := assignSections(d.blocks)
	in.Text = s.mainText()
	// in.Text lowered once for the steps that read it lowered
	textLower := &loweredText{text: in.Text}
	in.Lang = detectLang(in.Title + "\n" + in.Text)
	// prose is the text without its code (logs, config files, commands):
	// what the cause is looked for in when no section states it. Code stays
	// in the text, for an error message is what people search for.
	prose := s.proseText(in.Text)

	lines := openingLines(in.Title, d.blocks)
	closeAt, closeDate := letterClose(s.blocks)
	in.Published = resavedDate(d.published, d.url)
	if in.Published == "" {
		in.Published = textPublished(lines)
	}
	if in.Published == "" && len(kept) != len(d.blocks) {
		// a byline left out as furniture ("2025-04-03 09:15 来源：… 评论(36)")
		// still dates the page
		in.Published = textPublished(openingLines("", kept))
	}
	if in.Published == "" {
		in.Published = closeDate // a letter dated under its signature
	}
	if in.Published == "" {
		in.Published = urlDay(d.url) // a blog's /2021/09/06/ address
	}
	if in.Published == "" {
		in.Published = reportPostedDay(d.blocks) // a status page's postmortem, posted as its update
	}
	in.Org = pageOwnOrg(d, in.Text)
	if in.Org == "" {
		in.Org = findOrg(lines)
	}
	if in.Org == "" && closeAt < len(s.blocks) {
		in.Org = signatureOrg(s.blocks[closeAt:]) // a letter signed by the company: "松岩网络科技有限公司" over its date
	}
	if in.Org == "" && d.account != "" {
		in.Org = accountOrg(d.account, in.Text) // a post's own account: "原创 … 云桥技术 2026年10月19日"
	}
	if in.Org == "" && isOrgName(site) {
		in.Org = site // a company's own blog: "… · Resend" on resend.com
	}
	if in.Org == "" {
		// the one the file's folder is named after (a team's own
		// write-ups name the vendors they use, even in their titles,
		// more often than themselves); else one the title names or the
		// opening names most
		in.Org = folderOrg(d.path)
	}
	if in.Org == "" {
		in.Org = hostOrg(d.url, in.Text) // the company's own blog
	}
	if in.Org == "" {
		in.Org, _ = knownOrgIn(in.Title, in.Text)
	}
	if in.Org == "" && in.Lang == "zh" {
		in.Org = ownOrg(in.Text) // "我们（栖木科技）", "作者：云桥技术团队"
	}
	if in.Org == "" && in.Lang == "zh" && reportedBy(lines) {
		in.Org = zhTitleLead(in.Title, in.Text) // a paper's report names whom it is about first in its title
	}
	if in.Org == "" {
		in.Org = siteOrTitleOrg(d, in.Title, in.Text)
	}
	if in.Org == "" && in.Lang == "zh" {
		in.Org = foundedOrg(in.Text) // "他是 Meetro 的创始人", of a post about it
	}
	if d.channel != "" && chatApps[strings.ToLower(in.Org)] {
		in.Org = "" // "Microsoft Teams" over a channel's exported posts: the app, not whose posts they are
	}
	if departments[in.Org] {
		in.Org = "" // "IT service notice: …": a department of the organisation, never its name
	}

	ref := in.Published
	if ref == "" && !d.startedAt.IsZero() {
		ref = d.startedAt.Format(time.DateOnly) // front matter's start dates the times its text gives without a year
	}
	if ref == "" {
		ref = d.clipped // a clip was saved after what it tells
	}
	tb := newTimelineBuilder(in.Lang, ref, strings.TrimPrefix(d.zoneNote+"\n", "\n")+strings.TrimPrefix(d.monthAbove+"\n", "\n")+in.Title+"\n"+prose)
	if w := cmp.Or(in.Published, d.clipped); w != "" {
		tb.written, _ = time.Parse(time.DateOnly, w)
	}
	if tb.zoneless && d.zoneNote == "" {
		if loc := printedHostZone(string(d.raw[:min(len(d.raw), 64<<10)])); loc != nil {
			tb.loc = loc // a page printed from a site of one country ("https://www.….co.nz/… Page 1 of 3"): its clocks are that country's
		} else if loc := ukZone(in.Title + "\n" + string(d.raw[:min(len(d.raw), 64<<10)])); loc != nil {
			tb.loc = loc // a British council's or hospital's notice: its clocks are the UK's
		}
	}
	// the timeline reads clock times as its parsers know them ("01h35",
	// "at noon", "Yesterday 15:28" in an export of 2 December); the
	// write-up's own words stay as written in every other field
	restore := timesAsRead(s.blocks, d.clipped)
	isEvent := buildTimeline(s, tb)
	restore()
	in.Timeline = tb.events
	runs := tb.runs                // clockRuns(s.blocks, tb.lang), which buildTimeline asked
	placed := slices.Clone(s.secs) // what headings and labels said, before events claim blocks
	for i, ev := range isEvent {
		if ev && datedAccount(s.blocks[i], s.secs[i]) {
			continue // "4 月 21 日晚运维平台升级时，…" under the root cause: an event, and the cause's own account
		}
		if ev || runs[i] {
			s.secs[i] = data.SectionTimeline // an event line, and what a run of them holds, belongs to the timeline alone
		}
	}
	refineSections(&s, isEvent, placed)
	for i := closeAt; i < len(s.secs); i++ {
		if !isEvent[i] {
			s.secs[i] = secClosing
		}
	}
	for i, b := range s.blocks {
		if i > 12 {
			break
		}
		if b.kind == kindPara && !isEvent[i] && (isGreeting(b.text) || isAuthorNote(b.text)) {
			s.secs[i] = secClosing // a letter's salutation, an article's sponsor or author: they report nothing
		}
	}
	if to, ok := tb.fixYearSlips(pickDay(title, false))[in.Published]; ok && d.published == "" {
		in.Published = to // the page was dated by the mistyped line
	}
	tb.fixDaySlips(titleDay(d, title))
	tb.sortByTime()
	in.Timeline = tb.events

	happenedIsSummary(s)
	identifiedIsCause(s)
	if !slices.Contains(s.secs, data.SectionCause) {
		// "What went wrong" tells the cause of a write-up that has no
		// other account of it, unless it answers "what went well" too
		for _, i := range wentWrong(s) {
			s.secs[i] = data.SectionCause
		}
	}
	in.Summary = summaryOpening(s.sectionText(data.SectionSummary))
	in.Impact = s.sectionText(data.SectionImpact)
	in.Cause = s.sectionText(data.SectionCause)
	if run := summaryCauseRun(in.Summary); run != "" && happenedOnly(s) && !strings.Contains(in.Cause, run) {
		// the cause is only what a "What happened" heading tells (how the
		// failure spread), and the summary states what caused it ("The
		// outage was caused by a maintenance script … the cleanup script
		// was run against the production database instead of staging"):
		// the statement comes first
		in.Cause = strings.TrimSpace(run + "\n" + in.Cause)
	}
	causeProse := prose
	isAgain := again(s, in.Title)
	if isAgain {
		// a report of an outage that came again ("又是一次 Twitter 宕机",
		// "Twitter 再次关闭"): a paragraph that tells why the one before
		// happened ("上周的中断是由 DDOS 攻击引起的") is not this one's
		// cause, nor are its sentences where the cause is looked for in
		// the text
		if c, ok := withoutEarlierOutageCause(s); ok {
			in.Cause = c
		}
		causeProse = withoutEarlierOutageSentences(prose)
	}
	if actionsOnly(in.Cause) || investigatingOnly(in.Cause) {
		// a list of what the team did ("Confirmed the issue via the
		// console", "Raised a ticket"), under a heading that names a cause
		// elsewhere; an update that only says the search goes on ("原因調査中
		// / Investigating: We are continuing to investigate.")
		in.Cause = ""
	}
	in.Remediation = s.sectionText(data.SectionRemediation)
	in.Lessons = s.sectionText(data.SectionLessons)
	if in.Lessons == "" {
		in.Lessons = lessonsFromText(s, isEvent)
	}
	if in.Summary == "" {
		in.Summary = d.summary
	}
	if in.Summary == "" {
		in.Summary = leadSummary(s)
	}
	if in.Summary == "" {
		in.Summary = firstParagraph(s)
	}
	if namesOnlyImpact(s) {
		// "This incident affected: Webhooks (Delivery, Retries).": a
		// status page's list of what was affected tells not what users
		// saw; the summary's first sentence does when it states the
		// window and the failure
		if sents := sentences(in.Summary); len(sents) > 0 {
			if first := strings.TrimSpace(sents[0]); clockCount(first) > 0 && usersSaw.MatchString(first) {
				in.Impact = first + "\n" + in.Impact
			}
		}
	}
	in.Tags = cleanTags(d.tags)
	noCause := in.Cause == ""
	deriveSections(in)
	if in.Impact == "" && d.summary != "" && in.Summary == d.summary {
		// a summary stated apart from the body (front matter, a meta
		// description) that tells no impact: the body's opening may
		// ("During this period, users encountered HTTP 503 error pages")
		in.Impact = openingImpact(s)
	} else if d.summary != "" && in.Summary == d.summary && strings.Contains(d.summary, strings.TrimSpace(in.Impact)) && toldBesideCause(in.Impact) {
		// one whose impact is a line that tells it only as what its
		// cause did ("A bad config took down most services"): the body's
		// opening that says what users met, when it does
		if told := openingImpact(s); told != "" {
			in.Impact = told
		}
	}
	if d.summary != "" && in.Summary == d.summary {
		// a summary stated apart (front matter): the body's opening
		// sentence that tells how long the service was down ("In late
		// January, Acme experienced approximately 15 seconds of API
		// downtime …", "… experienced a 4-hour downtime in its EU
		// region") says what users met, before what later paragraphs'
		// cue words gave the impact
		if first := sentences(firstParagraph(s)); len(first) > 0 {
			lead := strings.TrimSpace(first[0])
			if downtimeLength.MatchString(lead) && !strings.Contains(in.Impact, lead) {
				in.Impact = strings.TrimSpace(lead + "\n" + in.Impact)
			}
			// and a later sentence of it that names the incident again
			// and says what it touched ("This incident impacted most of
			// Square's products and services, including …")
			for _, sent := range first[1:] {
				if sent = strings.TrimSpace(sent); (incidentTouched.MatchString(sent) || consequenceForUsers.MatchString(sent)) && !strings.Contains(in.Impact, sent) {
					in.Impact = strings.TrimSpace(in.Impact + "\n" + sent)
					break
				}
			}
		}
	}
	if in.Lang != "zh" && !slices.Contains(s.secs, data.SectionImpact) && !strongImpactIn(in.Impact) {
		// a write-up told in paragraphs, with no impact section and no
		// sentence of its impact so far that says what users met: the
		// body's sentences that do ("This caused a 14-minute lockout for
		// all users", "Players experienced long wait times")
		if told := bodyImpact(s, isEvent, in.Impact); told != "" {
			in.Impact = strings.TrimSpace(told + "\n" + in.Impact)
		}
	}
	if noCause && in.Cause != "" && !statedCause.MatchString(strings.ToLower(in.Cause)) && !tellsWhy.MatchString(strings.ToLower(in.Cause)) {
		// a summary's sentence that only mentions a cause ("公布了事件经过
		// 和原因") gives way to one of the text that states it
		if c := causeFromText(causeProse); c != "" {
			in.Cause = c
		}
	}
	if noCause && impactChain(in.Cause) {
		// a sentence that only chains what users met ("客户无法收到短信验证码，
		// 导致无法完成登录"): its why-word joins two impacts, so a
		// sentence of the text that states the cause ("…故障、…阻塞所致")
		// tells it
		if c := causeFromText(causeProse); c != "" {
			in.Cause = c
		}
	}
	if noCause && deckLine(in.Cause) {
		// a news article's deck that only blames ("Platform blames
		// third-party resolver for …"): the text's sentences that state
		// the cause tell whom and what
		if c := causeFromText(causeProse); len(c) > len(in.Cause) && strings.Contains(c, in.Cause) {
			in.Cause = c
		}
	}
	if in.Cause == "" {
		in.Cause = causeFromEvents(in.Timeline)
		if low := strings.ToLower(in.Cause); in.Cause != "" && (!statedCause.MatchString(low) || !namedDefect.MatchString(low)) {
			// events that only say why in passing ("Because the rebalancing
			// workflow was the most recent change, it was paused") give
			// way to the text's sentence that states the cause ("This is a
			// latent defect that had been present since …"), told before
			// them; so do events that only say what was suspected ("…
			// identified the new partition map as the likely trigger")
			// when the text names the defect or the root cause outright
			if c := causeFromText(causeProse); c != "" && !strings.Contains(in.Title, c) && (!statedCause.MatchString(low) || namedDefect.MatchString(strings.ToLower(c))) {
				if at, ev := strings.Index(causeProse, head(c, 60)), strings.Index(causeProse, head(in.Cause, 60)); at >= 0 && ev > at {
					in.Cause = c
				}
			}
		}
	}
	if peopleBecause(in.Cause) {
		// "By 10.40am its branches had started turning customers away
		// because counter staff could not access account records": a
		// why-word that joins two of the outage's effects, where the text
		// states what caused it ("the disruption was caused by a hardware
		// fault in a core network switch")
		if c := causeFromText(causeProse); c != "" {
			in.Cause = c
		}
	}
	if in.Cause == "" {
		in.Cause = causeFromText(causeProse)
	}
	if in.Cause == "" && in.Lang == "zh" {
		// no sentence states the cause outright: what the investigation
		// found ("进一步对比新旧版本的调度日志后，工程师发现 v2.9.0 在为函数
		// 实例分配端口时…"), with the sentences after it in its paragraph
		in.Cause = zhBodyFinding(s)
	}
	if in.Cause == "" {
		// a resolution that first tells what broke, then how it was
		// mended: the telling is the cause
		if cause, rest := causeInResolution(s); cause != "" {
			in.Cause, in.Remediation = cause, rest
		}
	}
	if in.Cause == "" {
		in.Cause = causeFromFailure(s, isEvent)
		if in.Cause != "" && in.Lang != "zh" && causeWeight(in.Cause) < 1 {
			// sentences that say only that something failed ("the app
			// stopped working", "the app failed from about 6.30am") give
			// way to the summary's sentence that names what sets outages
			// off ("… a security certificate that reached its expiry date")
			if c := plainCauseSentence(sentences(in.Summary)); c != "" {
				in.Cause = c
			}
		}
	}
	fillFromResolved(in)
	if in.Cause == "" && in.Lang != "zh" {
		// the last resort: the summary's sentence that names a failure
		// that sets outages off, in plain words (machine-translated
		// Chinese news names 停电 and 网络 too loosely for it)
		in.Cause = plainCauseSentence(sentences(in.Summary))
		if in.Cause == "" && (recordMeta(in.Summary) || metaFieldLine(in.Summary) || openingFields(s)) {
			// a summary of fields ("Status: Resolved · Region: …"), or an
			// opening of them the summary passed over: the opening of the
			// text tells it
			in.Cause = plainCauseSentence(sentences(head(causeProse, 2500)))
		}
	}
	if in.Cause == "" && in.Lang == "zh" {
		// news: what a company's statement says set it off ("…发布声明称，
		// 同时在线人数…是预估峰值的十倍以上，…扩容速度跟不上流量增长")
		in.Cause = plainCauseSentence(reportedClaims(sentences(head(causeProse, 2500))))
		in.Impact = withoutNaming(in.Impact, in.Cause)
	}
	if in.Cause == "" && in.Lang == "zh" {
		in.Cause = dueToOpening(head(causeProse, 5000)) // a notice that tells why in its opening clause: "由于科大校园网络的未知故障，…"
	}
	if in.Cause == "" {
		in.Cause = pointedBackCause(head(causeProse, 8000)) // "…我们也无法获得足够的市场份额。这是我们遇到的主要问题"
	}
	if in.Cause == "" && in.Lang != "zh" {
		in.Cause = becauseSentence(head(causeProse, 5000)) // a report that tells why in passing: "… was hours out of date because replication had stopped"
	}
	if in.Cause == "" && in.Lang != "zh" {
		// a summary told as a chain with no cause word the lexicon weighs:
		// "Queues … became corrupted, leading to …", "A release was made
		// from the wrong branch. This lead to …"
		in.Cause = chainCause(sentences(in.Summary))
	}
	if c := leadCause(s, isEvent, in.Summary); c != "" && !strings.Contains(in.Cause, c) && !causeLead.MatchString(in.Cause) && !statedCause.MatchString(strings.ToLower(in.Cause)) && !stemsFrom.MatchString(in.Cause) {
		in.Cause = strings.TrimSpace(c + "\n" + in.Cause)
	}
	if in.Cause != "" && in.Summary != "" && contributingOnly(s) {
		// a cause section of contributing factors only: the summary
		// tells what set it off ("… was modified, accidentally
		// overwriting existing annotations")
		var told []string
		for _, sent := range sentences(in.Summary) {
			sent = strings.TrimSpace(sent)
			if (cueSection(sent) == data.SectionCause || accidental.MatchString(sent) || lapsed.MatchString(sent)) && !remediationLead.MatchString(sent) &&
				!hasCue(sent, data.SectionRemediation) && !aFix.MatchString(sent) && !announcesCause(sent) && !concessiveOpen.MatchString(sent) &&
				!strings.Contains(in.Cause, sent) && !(thisCaused.MatchString(sent) && strings.Contains(in.Impact, sent)) && !strings.Contains(in.Remediation, sent) && !mitigatedBy.MatchString(strings.ToLower(sent)) {
				told = append(told, sent)
			}
		}
		if len(told) > 0 && len(told) <= maxCauseSentences {
			in.Cause = strings.Join(told, " ") + "\n" + in.Cause
		}
	}
	if in.Remediation == "" {
		in.Remediation = remediationFromText(s, isEvent)
	}
	if r := remediationInLessons(s); r != "" && !strings.Contains(in.Remediation, r) {
		in.Remediation = strings.TrimSpace(in.Remediation + "\n" + r)
	}
	if noCause && !statedCause.MatchString(strings.ToLower(in.Cause)) && !causeLead.MatchString(in.Cause) {
		if p := triggerParagraph(s); p != "" && !strings.Contains(in.Cause, p) {
			// a letter without sections tells its cause in the paragraph
			// that opens "The event began when …": over sentences picked
			// for naming a failure
			in.Cause = p
		} else if p == "" && in.Lang != "zh" {
			// or in the one that tells a dated change ("On the morning
			// of March 3 a new admission profile was published …"), with
			// what it did (patternforms14.go)
			if p := datedChangeParagraph(s); p != "" && !strings.Contains(in.Cause, p) {
				in.Cause = p
			}
		}
	}
	if noCause && in.Lang != "zh" && d.summary != "" && in.Summary == d.summary && in.Cause != "" && allWithin(in.Cause, d.summary) &&
		!rootCauseWords.MatchString(in.Cause) {
		// a header's one-line summary ("A configuration issue led to
		// leaking VMs") yields to what the body found: a sentence that
		// states the cause outright ("The root cause was identified as
		// …"), or else the paragraph that opens with the finding
		// ("Investigation revealed that …", "The incident began at 14:43
		// UTC with …", "The unauthorized access was identified as …")
		// (one that names the root cause itself stands: "…, the root
		// cause turned out to be an unnecessary transaction …")
		if f := bodyFinding(s); f != "" {
			in.Cause = f
		}
	}
	if trig := openingTrigger(firstParagraph(s)); trig != "" && !strings.Contains(in.Cause, trig) {
		// the opening tells what set it off ("This began after GitHub push
		// hooks resumed with an unprecedented intensity …"): the cause's
		// first sentence
		in.Cause = strings.TrimSpace(trig + "\n" + in.Cause)
	}
	if noCause && in.Lang != "zh" {
		// a headline that blames ("…; faulty switch blamed", "Outage
		// blamed on expired certificate"): the text's first sentence that
		// names what it blames tells the cause, over sentences that only
		// say something failed
		if ws := blamedWords(in.Title); len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return containsWord(strings.ToLower(in.Cause), w) }) {
			if sent := sentenceNaming(causeProse, in.Title, ws); sent != "" {
				in.Cause = sent
			}
		}
	}
	if noCause || stampedCause(in.Cause, in.Lang) {
		if t := closingTrigger(in.Timeline, in.Text, in.Cause); t != "" {
			// a status page's closing update looks back on what set it
			// off ("The delays started at 10:02 IST, when a change to the
			// message router's rate-limit configuration was applied …"),
			// beyond the first sentence its event keeps, and beyond an
			// Identified update's "caused by throttling"
			in.Cause = strings.TrimSpace(in.Cause + "\n" + t)
		}
	}
	if noCause && in.Lang != "zh" && vagueBlame(in.Cause) {
		// a lede that only blames "a fault in a software update": the
		// story's first sentence after it that names what the fault was
		// ("… contained a bug …: a counter in the code overflowed")
		if sent := specificCauseAfter(causeProse, in.Cause); sent != "" {
			in.Cause = strings.TrimSpace(in.Cause + "\n" + sent)
		}
	}
	if told, rest := causeTold(in.Remediation); told != "" {
		// a resolution that names the cause ("We suspect an intermittent
		// networking issue to be the cause of this outage"): the naming is
		// the cause's
		in.Cause = strings.TrimSpace(in.Cause + "\n" + told)
		in.Remediation = rest
	}
	if isAgain {
		// whatever path gave it (a lead summary's sentences too): why the
		// outage before this one happened is not this one's cause
		if c := strings.TrimSpace(withoutEarlierOutageSentences(in.Cause)); c != in.Cause {
			in.Cause = c
			if in.Cause == "" {
				in.Cause = causeFromText(causeProse)
			}
			if in.Cause == "" && in.Lang == "zh" {
				in.Cause = plainCauseSentence(reportedClaims(sentences(head(causeProse, 2500))))
				in.Impact = withoutNaming(in.Impact, in.Cause)
			}
		}
	}
	in.Cause, in.Remediation = oneSectionEach(in.Cause, in.Remediation)
	in.Impact, in.Remediation = remedyOutOfImpact(in.Impact, in.Remediation)
	in.Impact = withoutOtherOutages(in.Impact)
	if in.Impact == "" && in.Lang != "zh" {
		// a write-up that tells no impact, whose cause sentence ends in
		// what it left users with ("…, leaving the service in read-only
		// mode", "…, causing the API to go down for 90 minutes"): that
		// clause is the impact
		if m := consequenceClause.FindStringSubmatch(in.Cause); m != nil {
			in.Impact = strings.TrimSpace(m[1])
		}
	}
	if in.Impact == "" {
		// a status page: what its first Investigating update says users met
		in.Impact = updateImpact(in.Timeline, in.Lang)
	} else if namesOnlyImpact(s) && namesOnly(in.Impact) {
		// one whose impact is only the list of what it touched ("This
		// incident affected: Private Networking (lon1, ams2)."): what its
		// first update says users met comes before the list
		if told := updateImpact(in.Timeline, in.Lang); told != "" && !strings.Contains(in.Impact, told) {
			in.Impact = told + "\n" + in.Impact
		}
	}

	// the window reads the text's clock times as the timeline did ("from
	// 01h35 CET until 04h20 CEST"); the fields keep the words as written
	writtenText, writtenSummary, writtenImpact := in.Text, in.Summary, in.Impact
	in.Text, in.Summary, in.Impact = clocksAsRead(in.Text), clocksAsRead(in.Summary), clocksAsRead(in.Impact)
	daysOnly := len(tb.events) == 0
	if daysOnly {
		// no event at all: the days the prose names are the timeline,
		// and the first of them its start
		proseDays(s, tb, isEvent, in.Published, d.startedAt, d.endedAt)
		tb.sortByTime()
		in.Timeline = tb.events
	}
	first, last := span(tb.events, tb.clock, in.Published)
	postedFirst, postedLast := first, last
	first, last = updateTimes(in.Timeline, in.Text, in.Lang, first, last)
	// a status card's range from its first update's stamp to its last
	// one's ("Nov 19, 08:14 - 09:40 UTC") tells when they were posted:
	// what an update says of the impact's end ("… normally since 09:02
	// UTC") is nearer
	postedRange := func(rs, re time.Time) bool {
		return rs.Equal(postedFirst) && re.Equal(postedLast) && !last.Equal(postedLast)
	}
	if daysOnly {
		last = time.Time{} // days alone do not tell how long it lasted (a write-up of several outages)
	}
	lead := head(in.Text, 1500)
	sumHead := head(in.Summary, 200)
	if sumFirst, _, _ := strings.Cut(sumHead, "\n"); !strings.Contains(lead, sumHead) && !(utf8.RuneCountInString(sumFirst) >= 20 && strings.Contains(in.Text, sumFirst)) {
		// a summary apart from the text (not one gathered from its
		// sections further down: a TL;DR's "How long: 74 minutes" and a
		// third party's window under "What happened" come after the
		// opening's own range)
		lead = head(in.Summary, 1500) + "\n" + lead
	}
	openingRange := false // the opening states the incident's range with clock times
	// a range labelled as the customers' impact ("Customer impact: 18:55 –
	// 23:30 UTC, 6 May 2026"), beside the incident's declared one, is the
	// outage as users had it; else a range the opening states beats times
	// found further on (unless the key events say when it began and was
	// resolved, and the range lies within them: a part of the impact,
	// "Between 14:22 and 14:26, prometheus could not receive metrics")
	rs, re, ok := tb.impactRange(head(in.Text, 8000))
	if ok {
		rs, re = onToldDay(tb.events, rs, re)
	}
	if !ok {
		rs, re, ok = tb.rangeIn(lead)
		// (a range the length stated agrees with is the whole of it: "from
		// 07:58 to 09:12 GMT" beside "How long: 74 minutes", the key events
		// around it a third party's own window and a status page's)
		ok = ok && !(keyEventsBound(tb, first, last) && !rs.Before(first) && !re.After(last) && !statedSpan(re.Sub(rs), statedDurationLowered(in.Text, in.Lang, textLower))) && !postedRange(rs, re) && !opensBeside(tb.events, in.Text, rs, false) && !opensBeside(tb.events, in.Text, re, true) &&
			!beganBefore(in.Text, rs, in.Lang)
		if ok && last.After(re) && !rs.Before(first) && resolvedToldIn(tb, rs, re, last, lead) {
			// the opening's range is a stage ("10:18至11:02期间同步调用失
			// 败…直至12:35全部恢复"): the resolution it tells later, an
			// event of its own, ends it
			re = last
		}
	}
	if ok {
		openingRange = true
		first, last = rs, re
		if !tb.hasEventAt(re) {
			// a write-up that opens with the range's sentence ("Between
			// 14:20 and 16:05 UTC on 3 Mar 2025, …"): its end is the
			// impact's end, an event of its own
			tb.addRangeEnd(rs, re)
			tb.sortByTime()
			in.Timeline = tb.events
		}
	} else if rs, re, ok := laterRange(tb, in.Text, first); ok && rs.Before(first) && first.Sub(rs) <= 6*time.Hour && !re.After(last.Add(time.Hour)) {
		// a status page's report that states the impact's range further
		// down ("From Saturday, 1 March 2025 06:58 to … 09:41
		// US/Pacific"): its start comes before the first update posted
		first, last = rs, re
	} else if !spanHasClock(tb) {
		// no clock time in the timeline: a stated range says more
		if s, e := tb.statedRange(in.Summary + "\n" + in.Text); !s.IsZero() {
			first, last = s, e
		}
	}
	fielded := false // fields state the start
	if ts, te := tb.tableSpan(s.blocks); !ts.IsZero() && !openingRange {
		// a table of the outage's phases or regions, each with its start
		// and end: the window is the whole of them
		first, last = ts, te
	}
	if fs, fe := tb.fieldSpan(s.blocks); !fs.IsZero() {
		// fields that state the outage's start (and end) say it plainly:
		// they beat a window or a range the prose gives
		first, fielded = fs, true
		if fe.After(fs) {
			last = fe
		}
	} else if ds, de := tb.daySpan(s.blocks); !ds.IsZero() {
		// a field of days ("时间：10 月 2 日至 11 日") says on which days it
		// began and ended: an event of another day (the evening before,
		// when the change was planned) is not its start; an event of the
		// same day tells the hour
		if first.IsZero() || !sameDay(first, ds) {
			first = ds
		}
		if !de.IsZero() && (last.IsZero() || !sameDay(last, de)) {
			last = de
		}
	}
	opening := head(in.Summary, 1500) + "\n" + head(in.Text, 1500)
	ongoing := isOngoing(opening) || openUpdates(tb.events) || openTitle.MatchString(in.Title) || openStateField.MatchString(opening)
	if ongoing && !anyResolved(eventsFrom(tb.events, first)) || stillDownAtLast(tb.events, in.Text) {
		// written while the outage went on: its end is not known
		ongoing, last = true, time.Time{}
	}
	first = wallZone(textZone(frontMatterTime(d.startedAt, first), tb.events), d.startedAt, tb.events)
	if !first.IsZero() && len(tb.events) > 0 {
		if t, ok := timeAfter(in.Impact, impactFrom, first, in.Lang); ok && t.Before(first) && first.Sub(t) <= 6*time.Hour && !clockTold(tb.events, t) {
			// the impact section says from when users saw it ("From
			// 07:45 PDT, invoice e-mails were sent more than once"),
			// before the first event the timeline tells (when support
			// noticed): it began then
			first = t
		}
	}
	if !first.IsZero() && !last.IsZero() && !openingRange && !fielded {
		if t, ok := timeAfter(head(in.Text, 1500), openingStart, first, in.Lang); ok && t.After(first) && t.Before(last) && t.Sub(first) <= 6*time.Hour {
			// the opening says from when it went wrong ("Starting at
			// 10:38 AM PDT, Event Streams began returning increased
			// errors"): an earlier event tells what came before (the
			// change that set it up an hour earlier), not the start
			first = t
		} else if ok && t.Before(first) && first.Sub(t) <= 6*time.Hour && statusUpdateAt(tb.events, first) {
			// a status page's report says from when it went wrong
			// ("Starting at 13:48 UTC on 21 January 2026, edge servers
			// …") before its first update was posted ("Investigating -
			// … 13:58 UTC"): an update is posted after the trouble began
			first = t
		}
	}
	if !first.IsZero() && !openingRange && !fielded && d.startedAt.IsZero() {
		quiet := paragraphTells(tb.events, first, in.Text, noEffectYet.MatchString)
		if quiet || eventTells(tb.events, first, leadUp) {
			// the first event tells only what led up to it: a load that grew
			// ("a large customer began a planned migration …, and between
			// 7:50 AM and 9:30 AM PST the number of shards … grew by roughly
			// 40%"), a change begun that failed in nothing yet ("23:20 运维人
			// 员开始对元数据集群执行扩容操作（计划内变更…）"): the next one that
			// tells the failure began ("At 9:37 AM PST, the metadata tier …
			// began evicting entries and rejecting refresh requests", "23:36
			// …上传、下载请求开始出现失败") is the start
			t, ok := nextAfter(tb.events, first)
			for step := 0; ok && step < 3 && t.Sub(first) <= 6*time.Hour && (last.IsZero() || t.Before(last)); step++ {
				if eventTells(tb.events, t, onsetTold) || quiet && paragraphTells(tb.events, t, in.Text, onsetTold) || untilNextClockTells(tb.events, t, in.Text, onsetTold) {
					// (after a change that, its paragraph says, had "no
					// measurable effect on customer traffic" for hours, or a
					// capacity addition begun, the paragraph of the next time
					// may say customers "began to see elevated 503 errors")
					first = t
					break
				}
				if step > 0 || !eventTells(tb.events, t, changeDone.MatchString) {
					break
				}
				// "The update finished at 11:42 PM PDT. At 11:50 PM PDT, the
				// updated placement service began rejecting …": the change's
				// end before the failure
				t, ok = nextAfter(tb.events, t)
			}
		}
		if t, ok := pointedStart(tb.events, in.Text); ok && t.After(first) && t.Sub(first) <= 6*time.Hour && (last.IsZero() || t.Before(last)) {
			// "At 10:52 PM PDT, a scheduled batch … began. This is when
			// customers began experiencing increased API error rates":
			// the step before it (a capacity addition at 9:14 PM that "had
			// no effect") set it up
			first = t
		}
		if t, ok := timeAfter(head(in.Text, 6000), correctedStart, first, in.Lang); ok && t.Before(first) && first.Sub(t) <= 6*time.Hour {
			// the write-up corrects its timeline's first row ("经对交易日
			// 志回溯确认，本次故障实际开始时间为7月30日23:05，早于监控告警时
			// 间", "the errors actually began at 09:02"): it began then
			first = t
		}
		if t, ok := clockNamedStart(head(in.Text, 6000), first, in.Lang); ok && t.Before(first) && first.Sub(t) <= 6*time.Hour {
			// "… started rejecting clock-in events at 1:40 AM AEDT, and
			// this is when the failures actually began": the clock
			// before the words that name it the start
			first = t
		}
	}
	if !first.IsZero() {
		if t, ok := tb.correctedRangeStart(head(in.Text, 8000), first); ok && t.Before(first) && first.Sub(t) <= 6*time.Hour {
			// "Our logs show the problem started earlier than we first
			// said: sending failed between 6:41am and 9:02am EST" under
			// the page's "Started at 7:18am" field: the corrected start
			first = t
		}
	}
	if openingRange && !last.IsZero() && d.endedAt.Equal(d.endedAt.Truncate(24*time.Hour)) && firstParaRange(tb, s, last) {
		// the end of the range the first paragraph states with a clock
		// time ("… until Thursday, February 10 at 7:30 PM PT") beats front
		// matter that gives only a day (the full recovery's, days later)
		last = textZone(last, tb.events)
	} else {
		last = wallZone(textZone(frontMatterTime(d.endedAt, last), tb.events), d.endedAt, tb.events)
	}
	if !last.IsZero() && !ongoing {
		if t, ok := fullyResolvedAt(head(in.Summary, 1500)+"\n"+head(in.Text, 4000), tb.events, last); ok {
			// "mitigated at 11:05 CEST … fully resolved at 12:20 CEST":
			// the range the opening or the impact states to the
			// mitigation is not the whole outage
			last = t
		}
	}
	if !last.IsZero() && !last.After(first) {
		last = time.Time{}
	}
	if !first.IsZero() && last.IsZero() && loneRecovery(in.Timeline, first) {
		// the one time told is when it came back ("更新，2013 年 9 月 6 日：
		// …在美国东部时间早上 4:30 左右恢复了"): the end, and the start is
		// not told
		first, last = time.Time{}, first
	}
	// IST on a page about Ireland is Irish Standard Time, wherever the
	// time was read ("loading normally since 08:55 IST" in a Dublin
	// host's update)
	first, last = tb.irishWall(first), tb.irishWall(last)
	if !first.IsZero() {
		in.StartedAt = first.Format(time.RFC3339)
	}
	if !last.IsZero() {
		in.EndedAt = last.Format(time.RFC3339)
	}
	in.DurationMinutes = statedDurationLowered(in.Text, in.Lang, textLower)
	lengthField := &fieldedLength{low: textLower} // the text's length field, read at the first ask
	if last.IsZero() && ongoing {
		in.DurationMinutes = expectedDuration(opening)
	}
	if in.DurationMinutes == 0 && first.IsZero() && last.IsZero() && !ongoing {
		ordered := in.Timeline
		if in.DurationMinutes = datelessSpan(ordered, in.Lang); in.DurationMinutes == 0 {
			// a status page without a year lists its updates newest
			// first ("Apr 15, 01:30 UTC" over "Apr 14, 22:02 UTC"): read
			// the other way round, they are in time order
			ordered = slices.Clone(in.Timeline)
			slices.Reverse(ordered)
			in.DurationMinutes = datelessSpan(ordered, in.Lang)
		}
		if in.DurationMinutes > 0 {
			// the range the closing update or the summary states ("Between
			// 19:02 and 20:31 UTC, traffic …") over the updates' span
			if r := cmp.Or(closingRange(ordered), clockRangeMinutes(in.Summary)); r > 0 {
				in.DurationMinutes = r
			}
		}
	}
	if in.DurationMinutes == 0 && (first.IsZero() || last.IsZero()) && !ongoing {
		// a news story often tells the length in its headline only
		// ("Tumblr 在宕机 24 小时后终于开始恢复", "… during a 100-minute window")
		in.DurationMinutes = statedDuration(in.Title, in.Lang)
	}
	if !last.IsZero() && !first.IsZero() {
		stated := time.Duration(in.DurationMinutes) * time.Minute
		if in.DurationMinutes > 0 && !near(last.Sub(first), stated) && (eventTells(in.Timeline, last, resolvedNow) || eventTells(in.Timeline, last, impactEnds.MatchString)) && !eventTells(in.Timeline, first, opensAt) && eventTells(in.Timeline, first, changeEvent.MatchString) {
			// the last event says it was over and the first one tells
			// of what came before (the change that set it up: "19:40，营销
			// 系统上线了…活动"): it began at the next event when that
			// agrees with the length stated
			if t, ok := nextAfter(in.Timeline, first); ok && t.Before(last) && near(last.Sub(t), stated) {
				first = t
				in.StartedAt = t.Format(time.RFC3339)
			}
		}
		if in.DurationMinutes > 0 && !near(last.Sub(first), stated) && !(openingRange && last.Sub(first) > stated) {
			// the write-up states how long it lasted: it ended at the
			// event that agrees, when there is one (not when its opening
			// states a longer range, "from 16:40 to 18:05 UTC", beside "Why
			// did it take over an hour to restore service?"; not when the last
			// event says everything came back, "By 9:47 PM PDT, all
			// affected volumes had recovered", and the one that agrees
			// does not: the length was a part's, "the racks … lost power
			// for approximately 14 minutes")
			best := time.Duration(-1)
			lastAllClear := eventTells(in.Timeline, last, allClear)
			for _, ev := range in.Timeline {
				t, err := time.Parse(time.RFC3339, ev.At)
				if err != nil || !t.After(first) || !near(t.Sub(first), stated) || lastAllClear && !allClear(ev.Text) {
					continue
				}
				if !resolvedNow(ev.Text) && ((t.Sub(first)-stated).Abs() > time.Minute || troubleRow.MatchString(ev.Text) || !lengthField.is(in.DurationMinutes)) {
					// (a template's length field worked out to the minute
					// from the timeline's rows names its end row: "13:40
					// Metrics availability confirmed by end user", "Time to
					// recovery: 4 hours 42 minutes" from 08:58; not a row that
					// tells of trouble reported)
					continue
				}
				if d := (t.Sub(first) - stated).Abs(); best < 0 || d < best {
					best, last = d, t
					in.EndedAt = t.Format(time.RFC3339)
				}
			}
		}
		if in.DurationMinutes > 0 && !near(last.Sub(first), stated) {
			// or it began at an earlier event that agrees: a first
			// occurrence days before the ones the span kept ("Time to
			// recovery: 5840 minutes" from 2025-02-27 19:32)
			for _, ev := range in.Timeline {
				t, err := time.Parse(time.RFC3339, ev.At)
				if err == nil && t.Before(first) && near(last.Sub(t), stated) {
					first = t
					in.StartedAt = t.Format(time.RFC3339)
					break
				}
			}
		}
		if in.DurationMinutes > 0 && last.Sub(first) > stated && !near(last.Sub(first), stated) {
			// or it began at a later event that agrees: the first row
			// tells what came before the outage, a day or more before
			// the next row (a vendor's release two days earlier; "Time
			// to recovery: 54 hours 10 minutes" from the roll-out that
			// picked it up)
			if t, ok := nextAfter(in.Timeline, first); ok && t.Before(last) && t.Sub(first) >= 24*time.Hour && near(last.Sub(t), stated) {
				first = t
				in.StartedAt = t.Format(time.RFC3339)
			}
		}
		if in.DurationMinutes > 0 && last.Sub(first) > stated && !near(last.Sub(first), stated) {
			// or the stated length lies inside the span, between an event
			// and a later one that tells the recovery ("12:20 Terraform
			// changes applied and the ALB attachments removed" … "12:35
			// Issue mitigated", "Time to recovery: 15 minutes"): the span
			// also holds what came before and the permanent fix after
			if s, e, ok := statedWithin(in.Timeline, first, last, stated); ok && lengthField.is(in.DurationMinutes) {
				first, last = s, e
				in.StartedAt, in.EndedAt = s.Format(time.RFC3339), e.Format(time.RFC3339)
			}
		}
		switch {
		case near(last.Sub(first), stated):
		case in.DurationMinutes > 0 && stated > 2*last.Sub(first) && !anyResolved(in.Timeline) && !openingRange:
			// the last event told is not the end ("…lasted about two and
			// a half hours" after the time the cause was found): the
			// stated length holds, the end is not told (unless the
			// opening states the range, both its clock times: "From 5:10
			// a.m. to 7:45 a.m. GMT"; a longer length told further on is
			// another's, "the clock had been drifting for eight days")
			in.EndedAt = ""
		default:
			in.DurationMinutes = int(last.Sub(first).Minutes())
		}
	}
	if in.EndedAt == "" && in.DurationMinutes > 0 && !(ongoing && last.IsZero()) {
		// a start and a stated length and no end ("began at 14:05 UTC on
		// 12 March 2025 and lasted 95 minutes"): it ended that long
		// after it began (not so while it goes on: a length then is the
		// one expected; nor from a start that is a day alone, midnight:
		// the day tells no hour to count from)
		if t, err := time.Parse(time.RFC3339, in.StartedAt); err == nil && (t.Hour() != 0 || t.Minute() != 0) {
			in.EndedAt = t.Add(time.Duration(in.DurationMinutes) * time.Minute).Format(time.RFC3339)
		}
	}
	in.Text, in.Summary, in.Impact = writtenText, writtenSummary, writtenImpact
	if in.Lang == "en" && clockEvents(tb) < 2 {
		proseDays(s, tb, isEvent, in.Published, d.startedAt, d.endedAt)
		tb.sortByTime()
		in.Timeline = tb.events
	}
	if in.Lang == "en" && openingDay(firstParagraph(s), tb) {
		tb.sortByTime()
		in.Timeline = tb.events
	}
	in.Timeline = clockOrder(in.Timeline, in.Lang)
	if in.Title == "" {
		in.Title = fallbackTitle(in.Summary, in.Text)
		// unless that is a tool's note or running line, or a wrapped
		// sentence's first line: then the text's first sentence, whole
		if t, sent := sentenceTitle(d); t != "" && t != in.Title && (furnitureTitle(d, in.Title) || strings.HasPrefix(sent, in.Title)) {
			in.Title = t
		}
	}
	if r, _ := lastRune(strings.TrimSpace(in.Summary)); sameLine(in.Summary, in.Title) && !strings.ContainsRune(".。!！?？", r) {
		// the title set as the page's first line ("**Elevated packet loss
		// …**" over its updates), which gave both: it sums up nothing the
		// title does not; the impact and cause do (composedSummary, below;
		// a later paragraph may be another incident's, or furniture). (A
		// sentence that is both, a one-line write-up's, stays.)
		in.Summary = ""
	}
	if in.Summary != "" && namesOnly(in.Summary) && namesOnlyImpact(s) && strings.Contains(in.Impact, strings.TrimSpace(in.Summary)) {
		// a status page's list of what the incident touched ("This
		// incident affected: Card Payments (Authorisations).") sums up
		// nothing; the impact and cause do
		in.Summary = ""
	}
	if addressOnly(in.Summary) {
		// a printed page's footer, its address alone ("file:///…/status.html"),
		// read as the text's last paragraph when no other was left
		in.Summary = ""
	}
	if in.DurationMinutes == 0 && in.StartedAt == "" {
		// no day to put the times on (a status page that prints "Jun
		// 10, 16:44 UTC" and no year), yet a range of clock times tells
		// how long it lasted
		in.DurationMinutes = clockRangeMinutes(in.Summary)
		if in.DurationMinutes == 0 {
			// a summary from the page's metadata that gives no times, and
			// an opening that does ("On June 13, … was unavailable from
			// 9:16 PM to 11:16 PM PDT", no year)
			in.DurationMinutes = clockRangeMinutes(firstParagraph(s))
		}
	}
	in.Cause = causeInContext(in.Cause, in.Text)
	for _, f := range []*string{&in.Summary, &in.Impact, &in.Cause, &in.Remediation} {
		*f = dropStatusLead(*f, in.Lang)
	}
	in.Cause = withoutInvestigating(in.Cause) // the "Investigating" update a fallback took tells no cause
	if in.Cause == "" {
		// nothing in the text told why, yet the title does ("… image pull
		// failure due to registry password rotation"): its reason is the
		// cause a reader is left with
		in.Cause = titleReason(in.Title)
	}
	if in.Cause == "" {
		// nor the title: a timeline row that tells what was found
		// ("Identified that the new release changed how chunks are
		// dropped") is what the responders learnt of the cause
		in.Cause = foundInEvents(in.Timeline)
	}
	if in.Cause == "" && headlineCause(in.Title) {
		// a news report whose text never says why, under a headline that
		// does in words titleReason does not split ("Outage blamed on
		// third-party supplier", "麦当劳将全球故障归咎于第三方", "Joyent 因
		// ZFS 病毒遭受重大停机"): the headline is the cause
		in.Cause = in.Title
	}
	in.Cause = withoutUpdateStamps(in.Cause, in.Lang)
	in.Severity = findSeverityLowered(in.Title, in.Text, textLower)
	if in.Summary == "" {
		in.Summary = composedSummary(in)
	}
	in.Patterns = findPatternsLowered(in, textLower)
	in.Normalize()
	return in
}

// pageOwnOrg is the organisation a page names as its own by its form: its
// front matter's or site's name (a platform's or a code host's names
// none), a status page's "Incident Report for Vexley", a notice's sender,
// the repository an issue belongs to, a status site's "<company>
// Status". "" when the page names none so.
func pageOwnOrg(d *document, text string) string {
	org := d.org
	if platformSites[strings.ToLower(org)] {
		org = "" // a post on a platform is its publisher's ("微信公众平台", "Medium")
	}
	if org == "" {
		org = rawReportOrg(d.raw) // a status page's "Incident Report for Vexley"
	}
	if org == "" {
		org = rawSenderOrg(d.raw, text) // a notice mailed by the company: "发件人：通云科技 <notice@…>"
	}
	if org == "" || codeHosts[strings.ToLower(org)] {
		// an issue on a code host is its project's (the page's site name
		// is the host's)
		if o := rawRepoOrg(d.raw, text); o != "" {
			org = o
		}
	}
	for _, n := range append([]string{d.brand}, d.siteNames...) {
		if org != "" {
			break
		}
		org = statusSiteOrg(n) // "[Brackley Hooks Status](https://status.brackleyhooks.io/)"
	}
	if org == "" {
		org = rawStatusOrg(d.raw) // "Varkala Payments — System Status" over a page saved as text
	}
	return org
}

// addressOnly reports whether a text is an address and nothing else:
// "https://status.example.com/incidents/7xq2", "file:///home/…/page.html".
func addressOnly(t string) bool {
	t = strings.TrimSpace(t)
	scheme, rest, ok := strings.Cut(t, "://")
	if !ok || rest == "" || strings.ContainsAny(t, " \t\n") || len(scheme) > 10 {
		return false
	}
	for _, r := range scheme {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// pastIncidentsHeads are the headings, lower-cased, under which a status
// page lists its other incidents below the one it shows.
var pastIncidentsHeads = map[string]bool{"past incidents": true, "previous incidents": true, "earlier incidents": true, "other incidents": true,
	"recent incidents": true, "incident history": true, "recently resolved": true, "recently resolved incidents": true, "resolved incidents": true, "历史事件": true, "历史故障": true, "过往事件": true, "往期事件": true, "历史公告": true}

// withoutPastIncidents cuts a status page at its heading of other
// incidents ("Past incidents", "历史事件") when two or more blocks above it
// tell clock times: the page's own incident is told above, and the ones
// listed below are others (their times are no part of its span).
func withoutPastIncidents(blocks []block) []block {
	timed := 0
	for i, b := range blocks {
		if t := strings.TrimSpace(b.text); len(t) <= pastIncidentsHeadMax {
			t = strings.ToLower(strings.Trim(t, "#*:："))
			if pastIncidentsHeads[strings.TrimSpace(t)] {
				if timed >= 2 {
					return blocks[:i:i]
				}
				return blocks
			}
		}
		if timed < 2 && hasClock(b.text) {
			timed++
		}
	}
	return blocks
}

// withoutCollapsed drops from a status history the incidents it shows
// collapsed, a title over its closing state and time alone ("Carrier label
// printing slow (Bangkok)" over "Resolved - Aug 18, 09:41 GMT+8"), when the
// page tells an incident's updates in words: that one is the page's, the
// others' times no part of its span. A title and bare updates count only
// when a heading, a day alone or the page's end comes after them (a bare
// update whose words follow on the next line is the page's own).
func withoutCollapsed(blocks []block) []block {
	worded := false
	for _, b := range blocks {
		if statusLine(b.text) && !bareUpdate(b.text) {
			if m := statusWord.FindStringSubmatch(b.text); m != nil && strings.IndexFunc(m[2], unicode.IsLetter) >= 0 {
				worded = true
				break
			}
		}
	}
	if !worded {
		return blocks
	}
	var kept []block
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if collapsedTitle(b) {
			j := i + 1
			for j < len(blocks) && bareUpdate(blocks[j].text) {
				j++
			}
			if j > i+1 && (j == len(blocks) || blocks[j].kind == kindHeading || blocks[j].kind == kindItem || dateAlone(blocks[j].text) ||
				j+1 < len(blocks) && bareUpdate(blocks[j+1].text)) {
				i = j - 1 // another incident, shown collapsed
				continue
			}
		}
		kept = append(kept, b)
	}
	return kept
}

// collapsedTitle reports whether a block may be the title of an incident
// a status history shows collapsed: a heading, or a short line (an item,
// as a disclosure mark "►" reads as a bullet) that is no update, no day,
// no sentence and tells no time (a key event's field, "Repaired:
// 2024-09-20 11:33", over "Resolved: 2024-09-20 11:40", is no title).
func collapsedTitle(b block) bool {
	if b.kind == kindHeading {
		return true
	}
	return (b.kind == kindItem || b.kind == kindPara) && runesAtMost(b.text, 120) && clockCount(b.text) == 0 && !datedField(b.text) && !statusLine(b.text) && !dateAlone(b.text) && !endsSentence(b.text)
}

// datedField reports whether t is a label and a value with a digit in it
// ("Repaired: 2025-01-14 1600").
func datedField(t string) bool {
	i := strings.IndexAny(t, ":：")
	return i > 0 && i <= 40 && strings.IndexFunc(t[i:], unicode.IsDigit) >= 0
}

// bareUpdate reports whether a block is a status update's state and
// time alone, no words: "Resolved - Aug 18, 09:41 GMT+8".
func bareUpdate(t string) bool {
	if !statusLine(t) {
		return false
	}
	m := statusWord.FindStringSubmatch(t)
	if m == nil || m[2] == "" {
		return false
	}
	rest := strings.TrimSpace(m[2])
	st, n, ok := parseStamp(rest, "")
	if !ok || !st.hasClock() {
		return false
	}
	rest = rest[n:]
	if z := zoneAfter(rest); z != nil {
		rest = rest[len(z[0]):]
	}
	return strings.IndexFunc(rest, unicode.IsLetter) < 0
}

// pastIncidentsHeadMax is the longest block (in bytes) that may be a
// heading of other incidents: the longest head with its Markdown marks.
const pastIncidentsHeadMax = 64

// hasClock reports whether s tells a clock time anywhere: "09:05", one or
// two digits, a colon and two digits, each a whole word (as the regular
// expression \b\d{1,2}:\d{2}\b would find, scanning colons instead).
func hasClock(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], ':')
		if j < 0 {
			return false
		}
		c := i + j
		i = c + 1
		if c+3 > len(s) || !isDigitByte(s[c+1]) || !isDigitByte(s[c+2]) || c+3 < len(s) && isWordASCII(s[c+3]) {
			continue
		}
		h := c
		for h > 0 && c-h < 2 && isDigitByte(s[h-1]) {
			h--
		}
		if h == c || h > 0 && isWordASCII(s[h-1]) {
			continue
		}
		return true
	}
}

// composedSummary sums up a write-up that has no summary of its own (a
// page of labelled fields and lists): the first sentence of what it did
// and of why, else its first timeline event.
func composedSummary(in *data.Incident) string {
	var parts []string
	for _, sec := range []string{in.Impact, in.Cause} {
		sents := sentences(sec)
		if len(sents) == 0 {
			continue
		}
		first := strings.TrimSpace(strings.TrimLeft(sents[0], "-*• "))
		if utf8.RuneCountInString(first) > 300 || utf8.RuneCountInString(first) < 12 || len(strings.Fields(first)) < 4 && strings.IndexFunc(first, isHan) < 0 {
			continue
		}
		if len(parts) > 0 && strings.Contains(parts[0], first) {
			continue
		}
		if !endsSentence(first) && !strings.HasSuffix(first, ".") && strings.IndexFunc(first, isHan) < 0 {
			first += "."
		}
		parts = append(parts, first)
	}
	if len(parts) > 0 {
		return strings.Join(parts, " ")
	}
	for _, ev := range in.Timeline {
		if utf8.RuneCountInString(ev.Text) >= 20 { // not a label ("First detected", "开始时间")
			return ev.Text
		}
	}
	return ""
}

// openingImpact is what the opening paragraph of a write-up's body says
// the outage did: its sentences with an impact cue, or that tell what
// users saw, not one that says it beside its cause.
func openingImpact(s sectioned) string {
	lead := &data.Incident{Summary: firstParagraph(s), Cause: "-", Remediation: "-"}
	deriveSections(lead)
	var told []string
	for _, sent := range sentences(lead.Impact) {
		if sec := cueSection(sent); sec == data.SectionImpact || sec == "" && usersSaw.MatchString(sent) {
			told = append(told, strings.TrimSpace(sent))
		}
	}
	return strings.Join(told, " ")
}

// downtimeLength is a sentence's account of how long a service was down,
// as what someone "experienced": "experienced 13 minutes of intermittent
// downtime", "experienced a 34-minute outage", "experienced approximately
// 15 seconds of unexpected API downtime".
var downtimeLength = regexp.MustCompile(`(?i)\bexperienced (?:an? )?(?:approximately |about |roughly |nearly |over |around |almost |just over |more than )?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:seconds?|minutes?|hours?|days?)\b[^.;]{0,40}?\b(?:downtime|outage|disruption|unavailability|interruption)\b`)

// incidentTouched opens a sentence that names the incident with a
// demonstrative and says what it touched: "This incident impacted …",
// "These outages affected …".
var incidentTouched = regexp.MustCompile(`^(?i:(?:this|that|these|those) (?:outage|incident|disruption|issue|problem|failure|event|degradation)s? (?:\w+ly )?(?:affected|impacted|disrupted)\s)`)

// consequenceForUsers opens a sentence that says what the incident told
// before it brought the people who use the service: "This resulted in
// customers receiving 404 errors …", "This caused users to be signed
// out …", "That led to many merchants …".
var consequenceForUsers = regexp.MustCompile(`^(?i:(?:this|that|these|which) (?:\w+ )?(?:led to|resulted in|caused) (?:(?:some|many|most|all|our|the|its|their) )?(?:customers|users|clients|merchants|developers|players|subscribers)\b)`)

// toldBesideCause reports whether every sentence of an impact names a
// cause before what it did ("A bad config (autogenerated) took down most
// services."): an impact told only as a cause's consequence.
func toldBesideCause(impact string) bool {
	sents := sentences(impact)
	for _, sent := range sents {
		if beforeConsequence(sent) == 0 {
			return false
		}
	}
	return len(sents) > 0
}

// namesOnlyImpact reports whether a write-up's impact is only labelled
// lists of names, short and without a sentence ("This incident affected:
// Webhooks (Delivery, Retries).").
func namesOnlyImpact(s sectioned) bool {
	n := 0
	for i, b := range s.blocks {
		if s.secs[i] != data.SectionImpact || strings.TrimSpace(b.text) == "" {
			continue
		}
		t := strings.TrimSpace(b.text)
		if b.label == "" || utf8.RuneCountInString(t) > 80 || len(strings.Fields(strings.TrimRight(t, "."))) > 8 || usersSaw.MatchString(t) {
			return false
		}
		n++
	}
	return n > 0
}

// happenedIsSummary gives the blocks under a "What happened" heading to
// the summary when another heading opens the cause ("What went wrong and
// why?", "Root cause"): a review in that layout tells what users saw
// under the first and why under the second.
func happenedIsSummary(s sectioned) {
	var happened []int
	other := false
	cur := ""
	for i, b := range s.blocks {
		if b.kind == kindHeading {
			cur = ""
			if classifyHeading(b.text) == data.SectionCause {
				if happenedName(withoutNumbering(b.text)) {
					cur = "happened"
				} else {
					other = true
				}
			}
			continue
		}
		if b.label != "" && labelSection(b.label) == data.SectionCause {
			// a paragraph's labels in the same layout ("What happened? …
			// What went wrong and why? …")
			if happenedName(b.label) {
				happened = append(happened, i)
			} else {
				other = true
			}
			continue
		}
		if cur == "happened" && s.secs[i] == data.SectionCause {
			happened = append(happened, i)
		}
	}
	if !other {
		return
	}
	for _, i := range happened {
		s.secs[i] = data.SectionSummary
	}
}

// happenedOnly reports whether the only headings that open the cause
// section are "What happened" (发生了什么), none that names the cause.
func happenedOnly(s sectioned) bool {
	n := 0
	for _, b := range s.blocks {
		if b.kind != kindHeading || classifyHeading(b.text) != data.SectionCause {
			continue
		}
		if !happenedName(withoutNumbering(b.text)) {
			return false
		}
		n++
	}
	return n > 0
}

// happenedName reports whether a heading or a paragraph's label is "What
// happened" (发生了什么), marks and a question mark aside.
func happenedName(name string) bool {
	name = strings.ToLower(strings.Trim(name, " ?？:：*#"))
	return name == "what happened" || name == "发生了什么"
}

// summaryCauseRun is the summary's sentence that states the cause
// (statedCause: "The outage was caused by …") and those after it in its
// paragraph that go on telling it, up to maxCauseSentences+1 in all; ""
// when no sentence states it.
func summaryCauseRun(summary string) string {
	if summary == "" || !statedCause.MatchString(strings.ToLower(summary)) {
		return ""
	}
	for _, para := range strings.Split(summary, "\n") {
		sents := sentences(para)
		for i, sent := range sents {
			lower := strings.ToLower(sent)
			if !statedCause.MatchString(lower) || mayAdvise(sent, sent) || containsAny(lower, otherOutageNames) || strings.Contains(lower, "unrelated") || strings.Contains(lower, "separate") {
				continue // (a sentence that tells why another incident happened: "This incident is unrelated to …, which was caused by a separate storage issue")
			}
			run := []string{sent}
			for _, next := range sents[i+1:] {
				if len(run) > maxCauseSentences || hasCue(next, data.SectionRemediation) || apology.MatchString(next) {
					break
				}
				run = append(run, next)
			}
			return strings.Join(run, " ")
		}
	}
	return ""
}

// wentWrong is the blocks a write-up gives under "What went wrong" (a
// heading or a paragraph's label), when it does not pair it with "What
// went well" as a review's lessons do; nil otherwise.
func wentWrong(s sectioned) []int {
	var parts []int
	under := -1 // the level of the open "what went wrong" heading
	for i, b := range s.blocks {
		name := strings.ToLower(strings.Trim(withoutNumbering(b.text), " ?:*")) // "2. What went wrong"
		if b.kind == kindHeading {
			if strings.Contains(name, "went well") || strings.Contains(name, "went right") {
				return nil
			}
			switch {
			case name == "what went wrong":
				under = b.level
			case under >= 0 && b.level <= under:
				under = -1
			}
			continue
		}
		label := strings.ToLower(strings.Trim(b.label, " ?:*"))
		if strings.Contains(label, "went well") || strings.Contains(label, "went right") {
			return nil
		}
		if (under >= 0 || label == "what went wrong") && s.secs[i] == data.SectionLessons {
			parts = append(parts, i)
		}
	}
	return parts
}

// isSectionName reports whether a title is only a section's name
// ("Summary", "Root cause", "事件概述"): two words or four Chinese
// characters at most, naming a section.
func isSectionName(t string) bool {
	if classifyHeading(t) == "" {
		return false
	}
	if strings.IndexFunc(t, isHan) >= 0 {
		return utf8.RuneCountInString(t) <= 4
	}
	return len(strings.Fields(t)) <= 2
}

// genericWords name a kind of page, not an incident: a title of them alone
// ("事件通知详情", "Incident details") is the page's, not the incident's.
var genericWords = []string{"post-event summaries", "post-event summary", "post event summaries", "post event summary", "post-incident reviews", "post incident reviews", "post incident review", "post-incident review", "summaries", "summary", "postmortems", "post-mortems", "postmortem", "post-mortem", "trust center", "trust centre", "trust portal", "信任中心", "事件", "通知", "详情", "公告", "消息", "故障", "页面", "历史", "中心", "列表", "帮助", "文档", "博客", "控制台", "incident", "incidents", "details", "detail", "notification", "notifications", "notice", "event", "events", "page", "status", "view", "reports", "report", "history", "center", "centre", "help", "blog", "console", "portal", "support", "支持", "cloud", "服务状态", "状态页", "状态",
	// a report's kind and stage ("Major Incident Report — Final", "Customer
	// Notification — Incident Closure")
	"major", "mini", "final", "interim", "preliminary", "draft", "closure", "customer",
	// a status page's list of its updates ("Incident Updates")
	"updates", "update",
	// the same in Chinese: a report or an account of one ("事件报告",
	// "故障说明", as "Incident report")
	"报告", "说明",
	// a help site's section of articles ("Knowledge Base", "知识库")
	"knowledge base", "知识库",
	// a dashboard's list of them ("Open and recent issues", "Open
	// issues", "Past incidents", "Active incident")
	"open", "recent", "past", "active", "ongoing", "issues", "issue", " and ",
	// a site's page of notices ("Service updates", "服务更新")
	"service updates", "service update", "服务更新",
	// a company's platform ("Developer Platform", "开放平台"; its trust
	// center stands first in the list, before "center")
	"platform", "开放平台",
	// a product's list of changes, whose entries name themselves
	// ("Release notes", "Changelog", "更新日志", "发布说明")
	"release notes", "changelog", "change log", "更新日志", "发布说明", "版本说明"}

// postsWords name a site's section of posts ("Engineering Archives",
// "Tech Blog Archive", "News", "文章归档"): a title of them (and
// genericWords) names the site's list, and the write-up names itself
// below it.
var postsWords = []string{"engineering", "archives", "archive", "articles", "posts", "news", "tech", "归档", "文章"}

func init() { genericWords = append(genericWords, postsWords...) }

// postsSection reports whether a generic title names a section of posts.
func postsSection(t string) bool { return containsAny(strings.ToLower(t), postsWords) }

// recordIDIn is a record's identifier in a page's name: "INC-4471",
// "OZ-INC-58213", "#4521", "2025-0412".
var recordIDIn = regexp.MustCompile(`#\d+|\b(?:[A-Za-z]+[-_])*\d[\w-]*`)

// reportStage is a report's stage after its kind: "Root Cause Analysis –
// Final", "… (Preliminary)", "… v1.2".
var reportStage = regexp.MustCompile(`(?i)[\s(\[–—:-]+(?:final|preliminary|interim|draft|updated|revised|v\d+(?:\.\d+)*)[)\]]?\s*$`)

// genericTitle reports whether a title is made of genericWords alone, or
// of them and a record's identifier ("Incident INC-4471", "事件详情
// #4521"): the page's name, not the incident's.
func genericTitle(t string) bool {
	rest := strings.ToLower(t)
	if k := strings.TrimFunc(reportStage.ReplaceAllString(rest, ""), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }); k == "root cause analysis" || k == "root-cause analysis" {
		// the review's kind alone; with the incident's number after it
		// ("Root Cause Analysis – Incident 2025-0412") it names the
		// incident
		return true
	}
	for _, w := range genericWords {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	if strings.IndexFunc(rest, unicode.IsDigit) >= 0 && strings.TrimSpace(rest) != strings.TrimSpace(strings.ToLower(t)) {
		rest = recordIDIn.ReplaceAllString(rest, " ")
	}
	return strings.TrimFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) == ""
}

// siteTitle reports whether a title names the page's site: one of the
// names the page gives its site (its links home, its copyright's holder),
// the start of its copyright's holder ("Brackenridge
// Cloud" of "Brackenridge Cloud GmbH"), or one of them followed by words
// of a kind of page alone ("云鹏云公告中心", "Tarn Cloud Status").
func siteTitle(d *document, t string) bool {
	lt := strings.ToLower(strings.TrimSpace(t))
	if lt == "" {
		return false
	}
	if d.brand != "" {
		// a logo's or a masthead's brand followed by a kind of page (the
		// brand alone may be a text's own first line: "Checkout Slowdown",
		// unless the site's menu stands under it)
		if lb := strings.ToLower(d.brand); len(lt) > len(lb) && strings.HasPrefix(lt, lb) && genericTitle(lt[len(lb):]) || d.brandMenu && lt == lb {
			return true
		}
	}
	for _, n := range d.siteNames {
		ln := strings.ToLower(strings.TrimSpace(n))
		if utf8.RuneCountInString(ln) < 2 {
			continue
		}
		if lt == ln {
			return true
		}
		if utf8.RuneCountInString(lt) >= 2 && strings.HasPrefix(ln, lt) && len(ln) > len(lt) {
			r, _ := utf8.DecodeRuneInString(ln[len(lt):])
			if r == ' ' || r == ',' || isHan(r) && strings.IndexFunc(lt, isHan) >= 0 {
				return true // the holder's name without its company form ("GmbH", ", Inc.", "计算有限公司")
			}
		}
		if strings.HasPrefix(lt, ln) && genericTitle(lt[len(ln):]) {
			return true
		}
		// the holder's name without its company form and a kind of page
		// or product line after it ("Copplestone Data Platform" of
		// "Copplestone Data Ltd", "栖木科技开放平台" of "栖木科技有限公司")
		if st := companyStem(ln); st != ln && utf8.RuneCountInString(st) >= 4 && len(lt) > len(st) && strings.HasPrefix(lt, st) && genericTitle(lt[len(st):]) {
			return true
		}
	}
	if strings.IndexFunc(lt, siteSepRune) >= 0 {
		// the page's kind and its site's name set apart ("Incident
		// Report | Ashwood Hosting", "System Status - Wexmoor Support"):
		// every part a kind of page or the site's
		return siteAndKindParts(lt, func(p string) bool { return siteTitle(d, p) || strings.EqualFold(p, d.brand) })
	}
	return false
}

// companyForms end a company's name, lower-cased: "Ltd", ", Inc.",
// "GmbH", "有限公司".
var companyForms = []string{", inc.", ", inc", " inc.", " inc", " ltd.", " ltd", " limited", " gmbh", " llc", " plc", " corp.", " corp", " corporation",
	" co.", " ag", " s.a.", " b.v.", " pty", " 股份有限公司", "股份有限公司", "有限公司", "公司"}

// companyStem is a lower-cased company's name without its company form
// ("copplestone data" of "copplestone data ltd"), the name itself when it
// has none.
func companyStem(ln string) string {
	for {
		cut := false
		for _, f := range companyForms {
			if strings.HasSuffix(ln, f) && len(ln) > len(f) {
				ln, cut = strings.TrimRight(ln[:len(ln)-len(f)], " ,"), true
				break
			}
		}
		if !cut {
			return ln
		}
	}
}

// siteSepRune reports whether r may set a site's name apart in a title
// (siteSep's marks).
func siteSepRune(r rune) bool {
	return r == '|' || r == '-' || r == '–' || r == '—' || r == '_' || r == '·' || r == '｜'
}

// openingLines are a write-up's title (when it has one) and the text of
// its first blocks, seventeen lines in all at most: where its date,
// organisation and byline are told.
func openingLines(title string, blocks []block) []string {
	lines := make([]string, 0, 17)
	if title != "" {
		lines = append(lines, title)
	}
	for _, b := range blocks {
		if len(lines) == 17 {
			break
		}
		lines = append(lines, b.text)
	}
	return lines
}

// pickTitle is the document's title: the first of the names it gives
// itself that is a title, else its first heading that is neither a
// section's name nor site furniture.
func pickTitle(d *document) string {
	if name, form := filingCover(d.blocks); name != "" {
		// a company's filing with its regulator ("FORM 8-K", "CURRENT
		// REPORT" under "SECURITIES AND EXCHANGE COMMISSION"): its
		// cover names the filer and the form, and its lines of capitals
		// above them name the regulator, not the filing
		if d.org == "" {
			d.org = name
		}
		return name + " Form " + form
	}
	if t := digestSubject(d); t != "" {
		return t // a mailing list's digest: its first message's subject
	}
	if t := chatExportTitle(d); t != "" {
		return t // a chat's export: its first message
	}
	if c := cleanTitle(d.channel, d.org); c != "" {
		return c // a chat's export: the channel named over its messages
	}
	t := pickOwnTitle(d)
	if u := headingSayingMore(d, t); u != "" {
		return u // "Cloud SQL" over "Cloud SQL instances … could not be created"
	}
	if affectingHeading(t) {
		// "Incident affecting Managed Bigtable" names the products: the
		// incident's own name is the line under it
		if u := nameUnder(d.blocks, t, d.org); u != "" {
			return u
		}
	}
	if isIDHeading(t) {
		// "Tablestore Incident #25031" numbers the record: the incident's
		// name is the line under it ("**Elevated read latency …**")
		if u := nameUnder(d.blocks, t, d.org); u != "" {
			return u
		}
	}
	return t
}

// titleDay is the day a write-up's title names, read from the title as
// written when the title as kept drops it ("# 2021-06-28: External ID
// Migration" keeps "External ID Migration"); zero when it names none.
func titleDay(d *document, title string) time.Time {
	if t := pickDay(title, false); !t.IsZero() || title == "" {
		return t
	}
	// (a day is written with digits or 日: a line with neither names
	// none, and cleanTitle need not be asked)
	names := func(s string) bool { return strings.ContainsAny(s, "0123456789日") }
	if names(d.title) && cleanTitle(d.title, d.org) == title {
		return pickDay(d.title, false)
	}
	for i, b := range d.blocks {
		if i > 30 {
			break
		}
		if b.kind == kindHeading && names(b.text) && cleanTitle(b.text, d.org) == title {
			return pickDay(b.text, false)
		}
	}
	return time.Time{}
}

// idHeading is a heading that numbers a product's incident: "Tablestore
// Incident #25031", "Compute Engine Incident 18012", "云数据库 事件 #5521".
var idHeading = regexp.MustCompile(`(?i)^.{0,60}?\b(?:incident|issue|event|事件|故障)\s*(?:#|no\.?\s*|id\s*:?\s*)?\d{3,}$`)

// isIDHeading is idHeading.MatchString(t), asked only of a t that ends
// with three digits, as every match does.
func isIDHeading(t string) bool {
	n := len(t)
	return n >= 3 && isDigitByte(t[n-1]) && isDigitByte(t[n-2]) && isDigitByte(t[n-3]) && idHeading.MatchString(t)
}

// nameUnder is the short line right under the heading h that names an
// incident in words, "" when the next block is no such line.
func nameUnder(blocks []block, h, org string) string {
	for i, b := range blocks {
		if i > 40 {
			break
		}
		if b.kind != kindHeading || cleanTitle(b.text, org) != h {
			continue
		}
		if i+1 >= len(blocks) {
			return ""
		}
		n := blocks[i+1]
		if n.kind != kindPara && n.kind != kindHeading || n.label != "" {
			return ""
		}
		c := cleanTitle(strings.Trim(n.text, "*_ "), org)
		if c == "" || !isTitleLine(c) || utf8.RuneCountInString(c) > 150 || isIDHeading(c) || strings.HasSuffix(c, ".") || strings.HasSuffix(c, "。") {
			return ""
		}
		return c
	}
	return ""
}

// pickOwnTitle is the title a document gives itself, before pickTitle
// looks under a record's number for its name.
func pickOwnTitle(d *document) string {
	for i, b := range d.blocks {
		if i > 30 {
			break
		}
		// a record's field that names the incident ("事件名称 | …") on
		// a page whose heading is the site's ("健康看板")
		if name, value, ok := strings.Cut(b.text, " | "); ok && b.kind == kindRow && (titleField.MatchString(strings.TrimSpace(name)) || recordNameField.MatchString(strings.TrimSpace(name))) && !strings.Contains(value, " | ") {
			if c := cleanTitle(value, d.org); c != "" && isTitleLine(c) && !isOrgName(c) {
				return c
			}
		}
		// or a field's name over its value (a <dt> and its <dd>: "Title" /
		// "Container registry pulls failing in sgp-1")
		if b.kind == kindPara && b.label == "" && i+1 < len(d.blocks) && d.blocks[i+1].kind == kindPara && titleField.MatchString(strings.TrimRight(b.text, ":： ")) {
			if c := cleanTitle(d.blocks[i+1].text, d.org); c != "" && isTitleLine(c) && !isOrgName(c) {
				return c
			}
		}
		// or a field's line ("**Title:** Elevated API error rates …")
		if b.kind == kindPara && b.label == "" && namesTitle.MatchString(b.text) {
			if m := titleLabel.FindStringSubmatch(b.text); m != nil {
				if c := cleanTitle(m[1], d.org); c != "" && isTitleLine(c) && !isOrgName(c) {
					return c
				}
			}
		}
	}
	if t := expandedEntry(d.blocks); t != "" {
		return t // the title was a row of a list of past incidents
	}
	if a := agreedName(d); a != "" {
		return a // og:title and <title> agree on a heading under another h1
	}
	for _, t := range append([]string{d.title}, d.titles...) {
		if c := cleanTitle(t, d.org); c != "" && !isOrgName(c) && !isSectionName(c) && !genericTitle(c) && !siteTitle(d, c) && !rowName(d.blocks, c) && !siteKindName(c) && !ownSiteName(d, c) && !furnitureTitle(d, c) {
			if p := productHeadingOver(d, c); p != "" {
				return p // the product's heading over the incident's name
			}
			return c // not a section's name ("Summary"), nor a page's ("事件通知详情")
		}
	}
	if c := cleanTitle(d.title, d.org); c != "" && genericTitle(c) && !postsSection(c) || namedByDateAlone(d) {
		// a report titled by its kind ("Major Incident Report — Final",
		// "Customer Notification — Incident Closure"): the incident's name
		// is its first line of its own among the fields under it
		if t := lineAmongFields(d); t != "" {
			return t
		}
	}
	headed := false
	for i, b := range d.blocks {
		if i > 30 {
			break
		}
		// a line set in bold above the first heading names the page as
		// one does ("<p><strong>Block storage volumes detached …</strong></p>"
		// over "Summary")
		boldTop := b.bold && !headed && b.kind == kindPara && b.label == "" && classifyHeading(b.text) == ""
		headed = headed || b.kind == kindHeading
		if b.kind != kindHeading && !boldTop || classifyHeading(b.text) != "" && (sectionNameLength(withoutAside(b.text)) || strings.HasSuffix(b.text, "?")) {
			continue // "Root cause", "What went wrong and why?", "Timeline (UTC, 18 March 2025)", but not "Multiple services impacted in east-3"
		}
		if c := cleanTitle(b.text, d.org); c != "" && utf8.RuneCountInString(c) <= 150 && isTitleLine(c) && !isOrgName(c) && !genericTitle(c) && !siteTitle(d, c) && !rowName(d.blocks, c) && !gridCell(d.blocks, i) && !siteKindName(c) && !ownSiteName(d, c) && !navCrumb(c) && !isSeeMore(c) && !furnitureTitle(d, c) {
			if e := expandedSibling(d.blocks, i); e != "" {
				return e
			}
			return c
		}
	}
	// no heading names it: a line of its own right above the first
	// section's name ("Search index rebuild stalled on 12 May" over
	// "Summary"), in a text whose headings are all sections' names
	if t := lineOverSections(d); t != "" {
		return t
	}
	// or a line of its own that names an incident
	// ("RCA – Virtual Machines – Allocation failures in West Europe")
	for i, b := range d.blocks {
		if i > 30 {
			break
		}
		if b.kind != kindPara || b.label != "" {
			continue
		}
		if _, _, ok := recordFieldLine(b.text); ok {
			continue // a record's field ("Incident Start: 02/19/2026 07:14 PM UTC")
		}
		if furnitureTitle(d, b.text) || wrappedLine(d.blocks, i) {
			continue // a tool's note, a running line; a sentence's first line
		}
		if c := cleanTitle(b.text, d.org); c != "" && isTitleLine(c) && !isOrgName(c) && !siteTitle(d, c) && !navCrumb(c) && containsAny(keysLower(c), titleIncidentWords) {
			return c
		}
	}
	if c := cleanTitle(d.title, d.org); isIDHeading(c) {
		// nothing names it in words: its record's number does ("Incident
		// #74512" over a line of the instance, service and state)
		return c
	}
	return ""
}

// lineAmongFields is the first paragraph of a text, before its first
// heading and among its first eight blocks, that is a line of its own and
// no field ("Reference: GDC-INC-25-0318", "Report date: 24 June 2025"):
// the name of the incident a report of fields tells. "" when there is
// none.
func lineAmongFields(d *document) string {
	for i, b := range d.blocks {
		if i >= 8 || b.kind == kindHeading {
			break
		}
		if b.kind != kindPara || b.label != "" || isBreadcrumb(b.text) || furnitureTitle(d, b.text) {
			continue // (a breadcrumb is the site's, above the name)
		}
		if wrappedLine(d.blocks, i) {
			break // a sentence wrapped over lines, not a line of its own
		}
		if name, _, ok := strings.Cut(b.text, ": "); ok && len(strings.Fields(name)) <= 3 || metaFieldLine(b.text) {
			continue // a field
		}
		if c := cleanTitle(b.text, d.org); c != "" && isTitleLine(c) && !endsSentence(c) && !isOrgName(c) && !siteTitle(d, c) && !genericTitle(c) {
			return c
		}
		break // the text's first paragraph
	}
	return ""
}

// lineOverSections is the title of a write-up that opens with a line of
// its own, not a heading, right above its first section's name: the one
// paragraph above every heading, one line ending no sentence, when every
// heading names a section. "" for any other.
func lineOverSections(d *document) string {
	first := -1
	for i, b := range d.blocks {
		if b.kind == kindHeading {
			if first < 0 || classifyHeading(b.text) == "" || !sectionNameLength(withoutAside(b.text)) {
				return ""
			}
			continue
		}
		if first < 0 {
			if i+1 >= len(d.blocks) || d.blocks[i+1].kind != kindHeading {
				return ""
			}
			first = i
		}
	}
	if first < 0 {
		return ""
	}
	b := d.blocks[first]
	if b.kind != kindPara || b.label != "" || strings.Contains(b.text, "\n") || endsSentence(b.text) || utf8.RuneCountInString(b.text) > 120 {
		return ""
	}
	if c := cleanTitle(b.text, d.org); c != "" && isTitleLine(c) && !isOrgName(c) && !siteTitle(d, c) && !genericTitle(c) {
		return c
	}
	return ""
}

// keepEntry keeps, of a history page that lists several dated incidents,
// the one the page is titled by: the blocks above the list and that
// entry's, from its name (and the date over it) to the next entry. An
// entry's name is a heading, or a line set in bold, right under a date
// ("2025-04-18" over "消息队列 … 消息堆积", "### May 14, 2025" over
// "**Elevated error rates …**") or opening with one; the list holds at
// least one more such name of the same kind. Any other page is kept
// whole.
func keepEntry(blocks []block, title, org string) ([]block, string) {
	if title == "" {
		return blocks, title
	}
	at, name := -1, ""
	for i, b := range blocks {
		if b.kind != kindHeading && !b.bold {
			continue
		}
		if c := cleanTitle(strings.Trim(b.text, "*_ "), org); c == title || len(c) >= 10 && strings.HasPrefix(title, c) && siteTail.MatchString(title[len(c):]) {
			at, name = i, c
			break
		}
	}
	if at < 0 || !datedEntry(blocks, at) {
		return blocks, title
	}
	h := blocks[at]
	same := func(j int) bool {
		b := blocks[j]
		if h.kind == kindHeading {
			return b.kind == kindHeading && b.level == h.level && classifyHeading(b.text) == "" && datedEntry(blocks, j)
		}
		return b.bold && b.kind == h.kind && datedEntry(blocks, j)
	}
	first, others := at, 0
	for j := range blocks {
		if j != at && same(j) {
			others++
			first = min(first, j)
		}
	}
	if others == 0 {
		return blocks, title
	}
	start := entryStart(blocks, at)
	// An entry named under a date heading one level up ("### 20/5" over
	// "#### Post Incident Review …") ends at the next heading as high as
	// its date's: headings of its name's own level under it are its
	// sections (a clipped "**What happened?**"). A month's heading
	// ("## July 2025") over its entries is no entry's date.
	level := h.level
	if start < at && blocks[start].kind == kindHeading && h.kind == kindHeading && blocks[start].level > 0 && !monthYearHeading(blocks[start].text) {
		level = min(level, blocks[start].level)
	}
	end := len(blocks)
	for j := at + 1; j < len(blocks); j++ {
		b := blocks[j]
		if same(j) || b.kind == kindHeading && (h.kind != kindHeading || b.level <= level) {
			end = entryStart(blocks, j)
			break
		}
	}
	out := make([]block, 0, entryStart(blocks, first)+end-start)
	out = append(out, blocks[:entryStart(blocks, first)]...)
	return append(out, blocks[start:end]...), name
}

// siteTail is what a page's title adds after the entry's name: the site's
// (" · Lodestar Status", " | 状态页").
var siteTail = regexp.MustCompile(`^\s+[·|｜–—-]\s+\S.{0,40}$`)

// datedEntry reports whether the block at i opens a dated entry of a
// list: a heading that opens with its date, or a name right under a
// date alone.
func datedEntry(blocks []block, i int) bool {
	if blocks[i].kind == kindHeading && datedHeading(blocks[i].text) {
		return true
	}
	return i > 0 && dateAlone(strings.Trim(blocks[i-1].text, "*_# ")) && (blocks[i-1].kind == kindPara || blocks[i-1].kind == kindHeading)
}

// entryStart is where the entry named at i starts: at the date alone
// above its name, if there is one.
func entryStart(blocks []block, i int) int {
	if i > 0 && !datedHeading(blocks[i].text) && dateAlone(strings.Trim(blocks[i-1].text, "*_# ")) {
		return i - 1
	}
	return i
}

// rowName reports whether a heading is the name of a row of a table near
// the top of the page (a status page's "Elastic Compute" over its grid of
// zones, the row "Elastic Compute | Operational | Resolved issue"): a
// product's name, not an incident's.
func rowName(blocks []block, t string) bool {
	for i, b := range blocks {
		if i > 30 {
			break
		}
		if b.kind == kindRow && len(b.cells) >= 2 && strings.EqualFold(strings.TrimSpace(b.cells[0]), t) {
			return true
		}
	}
	return false
}

// aside is a parenthesis closing a heading: " (UTC, 18 March 2025)".
var aside = regexp.MustCompile(`\s*[(（][^()（）]*[)）]\s*$`)

// withoutAside is a heading without the parenthesis that closes it.
func withoutAside(h string) string {
	if !strings.HasSuffix(h, ")") && !strings.HasSuffix(h, "）") {
		return h
	}
	return aside.ReplaceAllString(h, "")
}

// expandedSibling is the title of the one entry a history page shows
// expanded, when the heading at i is the first of a list of entries each
// headed by its date ("6月24日 云监控控制台图表加载缓慢" over its state, then
// "6月21日 日志服务华东区域写入失败" over its updates): the dated heading of
// the same level, among the next ones, whose entry holds the most text,
// when that is much more than the first holds. It is "" for any other
// heading.
func expandedSibling(blocks []block, i int) string {
	h := blocks[i]
	if h.kind != kindHeading || !datedEntry(blocks, i) {
		return "" // not a dated entry's heading
	}
	size := func(k int) int {
		n := 0
		for j := k + 1; j < len(blocks) && !(blocks[j].kind == kindHeading && blocks[j].level <= blocks[k].level); j++ {
			n += utf8.RuneCountInString(blocks[j].text)
		}
		return n
	}
	own, best, bestAt := size(i), 0, -1
	for j := i + 1; j < len(blocks) && j <= i+60; j++ {
		b := blocks[j]
		if b.kind != kindHeading || b.level < h.level {
			if b.kind == kindHeading && !datedEntry(blocks, j) && !monthYearHeading(b.text) {
				break // the list ends
			}
			continue
		}
		if b.level != h.level || !datedEntry(blocks, j) {
			continue
		}
		if n := size(j); n > best {
			best, bestAt = n, j
		}
	}
	if bestAt < 0 || best < 200 || best < 3*own {
		return ""
	}
	if c := cleanTitle(blocks[bestAt].text, ""); c != "" && isTitleLine(c) && !genericTitle(c) {
		return c
	}
	return ""
}

// monthYearHeading reports whether a heading is a month's in a history
// ("2025年5月", "May 2025").
func monthYearHeading(t string) bool {
	return monthYear.MatchString(t) || zhMonthYear.MatchString(t)
}

var zhMonthYear = regexp.MustCompile(`^\d{4}\s*年\s*\d{1,2}\s*月$`)

// entryDate is the date a history's entry opens its heading with: "6月21日",
// "2025-06-21", "Jun 21, 2025", "21 June".
var entryDate = regexp.MustCompile(`(?i)^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^\d{4}-\d{1,2}-\d{1,2}\b|^\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|^\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`)

// datedHeading reports whether a heading opens with a date and names
// something after it.
func datedHeading(t string) bool {
	loc := entryDate.FindStringIndex(t)
	return loc != nil && strings.TrimLeft(t[loc[1]:], " ,.　–—-:：") != ""
}

// siteOrTitleOrg is the company a page is about when nothing names it
// outright: the one its logo or masthead names, unless that is a paper's
// (an article with an author or a byline, or a masthead the text never
// names again while the title names another that the text names often).
func siteOrTitleOrg(d *document, title, text string) string {
	t := titleOrg(title, text)
	b := d.brand
	if d.author != "" {
		b = ""
	}
	switch {
	case b == "":
		return t
	case t == "" || strings.Contains(b, t) || strings.Contains(t, b):
		return b
	case len(t) <= 5 && strings.ToUpper(t) == t:
		return b // "PUT", "PIR": an acronym of the trade, not the site's company
	case strings.HasPrefix(title, t+" ") && strings.Count(strings.ToLower(text), strings.ToLower(t)) > 2*countName(text, t):
		return b // "Card payments declined …": a word capitalised by the title's start
	}
	if w := strings.Fields(b); len(w) > 0 && countName(text, w[0]) > 0 {
		return b // the page speaks of its own site
	}
	for _, n := range d.siteNames {
		if n = strings.TrimSpace(n); (n == b || strings.HasPrefix(n, b+" ") || strings.HasPrefix(n, b+",")) && !bylined(d.blocks) {
			return b // its masthead's name holds its copyright ("Halloran Cloud" over "(c) 2026 Halloran Cloud Ltd."): the company's own page
		}
	}
	return t
}

// datedAccount reports whether an event's block is an account its section
// gives under a heading of cause, remediation or lessons: a numbered item
// or paragraph that opens with a day but no clock time and goes on for
// sentences ("1. 4 月 21 日晚运维平台升级时，binlog 清理任务被迁移到…，但迁移
// 脚本漏掉了…"). It stays in its section as well as on the timeline.
func datedAccount(b block, sec data.Section) bool {
	if sec != data.SectionCause && sec != data.SectionRemediation && sec != data.SectionLessons || b.kind != kindPara && b.kind != kindItem {
		return false
	}
	if utf8.RuneCountInString(b.text) < 60 || len(splitSentences(b.text)) < 2 && strings.Count(b.text, "，") < 2 && strings.Count(b.text, ", ") < 2 {
		return false
	}
	if !clockWritten.MatchString(b.text) {
		return true
	}
	// "At 08:40 PST, a surge in instance-launch requests … arrived. The
	// combined request rate exceeded …" under "Root cause": an account
	// that opens on the time it began, one clock in three sentences or
	// more, is the cause's as well
	return sec == data.SectionCause && b.kind == kindPara && len(clockWritten.FindAllStringIndex(b.text, 2)) == 1 && len(splitSentences(b.text)) >= 3
}

// bylined reports whether a page's opening blocks hold a writer's byline
// ("By Marta Kowalczyk"): a paper's article, whose masthead is the paper's.
func bylined(blocks []block) bool {
	for i, b := range blocks {
		if i > 15 {
			break
		}
		if strings.HasPrefix(b.text, "By ") && bylineLine.MatchString(b.text) {
			return true
		}
	}
	return false
}

// expandedEntry is the title of the one incident a history page shows
// expanded, when the text starts within the list's rows (a state, then
// the next row's date: "Resolved" / "Mar 27, 2025" / "Managed Kafka: …"
// / "Resolved" / …): the last row's title (a line over its state) above
// the first section or paragraph, the one whose report follows. It is "" for any other text.
func expandedEntry(blocks []block) string {
	if len(blocks) < 4 || !bareStatus(blocks[0]) || !dateAlone(blocks[1].text) {
		return ""
	}
	title := ""
	for i, b := range blocks {
		if i > 40 || b.kind == kindHeading && classifyHeading(b.text) != "" || len(strings.Fields(b.text)) >= 15 || b.label != "" {
			break
		}
		if b.kind != kindPara || bareStatus(b) || i+1 >= len(blocks) || !bareStatus(blocks[i+1]) {
			continue // a row's title stands above its state
		}
		if c := cleanTitle(b.text, ""); c != "" && isTitleLine(c) && !genericTitle(c) && !isSectionName(c) {
			title = c
		}
	}
	return title
}

// bareStatus reports whether a block is a status update's state alone
// ("Resolved").
func bareStatus(b block) bool {
	t := strings.TrimSpace(b.text)
	if b.label != "" || !mayBeStatusWord(t) {
		return false
	}
	m := statusWord.FindStringSubmatch(t)
	return m != nil && strings.TrimSpace(m[2]) == ""
}

// dateAlone reports whether a line is a date and nothing more.
func dateAlone(t string) bool {
	return strings.IndexFunc(t, unicode.IsDigit) >= 0 && utf8.RuneCountInString(t) <= 30 && cleanTitle(t, "") == ""
}

var (
	// expectedLength is how long an ongoing outage is expected to last:
	// "expected to last about two weeks", "预计两周内恢复".
	expectedLength = regexp.MustCompile(`(?i)(?:expected to (?:last|take)|could take|may take|预计|估计)[^.。\n]{0,40}?(\d+|an?|one|two|three|four|five|six|seven|ten|一|两|二|三|四|五|六|七|十)\s*(?:个)?\s*(weeks?|days?|hours?|周|星期|天|小时)`)
)

// ongoingWords say a write-up was written while the outage went on,
// lower-cased.
var ongoingWords = []string{"still ongoing", "is ongoing", "remains ongoing", "remain ongoing", "still down", "still unavailable", "still degraded", "still failing", "still not working",
	// "As of this writing, the service remains degraded"
	"remains degraded", "remain degraded", "remains unavailable", "remain unavailable", "remains down", "remains impaired", "remain impaired",
	"still recovering", "still being restored", "has not been resolved", "has not yet been resolved", "has not been fully resolved",
	"has not been restored", "has not yet been restored", "has not been fully restored", "not yet resolved", "not yet restored",
	"not yet fully resolved", "not yet fully restored", "expected to last",
	// "customers remained without mobile or home internet on Thursday",
	// "has not given a time for full restoration"
	"still without", "remain without", "remained without", "has not given a time", "not given a time for", "no estimated time", "has not said when",
	// "had no estimate for when riders would again be able to tap cards",
	// "The outage has now lasted about 39 hours", "no fix in sight"
	"no estimate for when", "no estimate of when", "has now lasted", "have now lasted", "no fix in sight",
	"仍在抢修", "仍在修复中", "暂无法给出", "尚无法给出", "暂时无法给出", "暂无法确定", "尚无法确定", "暂时无法确定", "问题解决后第一时间",
	"持续至今", "至今仍未", "至今尚未", "仍在恢复", "仍在持续", "尚未恢复", "尚未完全恢复", "仍未恢复", "仍未完全恢复", "仍在处理中"}

// openTitle is a notice's title that leads with the state of a repair
// still at work, or ends with it: "【处理中】关于部分用户无法登录…的公告",
// "[infra] Mirror network outage (ongoing)" (a mailing list's subject).
var openTitle = regexp.MustCompile(`(?i)^[【\[](?:处理中|进行中|排查中|修复中|持续更新|Investigating|Identified|Ongoing)[】\]]|[（(](?:处理中|进行中|持续更新|ongoing|still ongoing)[)）]$`)

// openStateField is a status page's field that gives the incident's state
// as a repair still at work: "当前状态：处理中", "Status: Identified".
var openStateField = regexp.MustCompile(`(?im)^(?:当前状态|事件状态|故障状态|处理状态|(?:current |incident )?status)[ \t]*[:：][ \t]*(?:处理中|进行中|排查中|修复中|investigating|identified|ongoing|in progress)(?:[ \t]|$)`)

// ongoingWordSet looks for ongoingWords in a text read once.
var ongoingWordSet = newKeySet(ongoingWords)

// isOngoing reports whether a write-up's opening says the outage was
// still going on.
func isOngoing(opening string) bool {
	return ongoingWordSet.in(keysLower(opening))
}

// expectedDuration reads how long an ongoing outage is expected to last,
// in minutes; 0 when the write-up does not say.
func expectedDuration(text string) int {
	m := expectedLength.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		n = enNumerals[strings.ToLower(m[1])]
		if n == 0 {
			n = zhNumber(m[1])
		}
	}
	unit := strings.ToLower(m[2])
	switch {
	case strings.HasPrefix(unit, "week") || unit == "周" || unit == "星期":
		n *= 7 * 24 * 60
	case strings.HasPrefix(unit, "day") || unit == "天":
		n *= 24 * 60
	default:
		n *= 60
	}
	return int(n)
}

// openState is the state of a status page's update that is still at
// work on the outage: "Investigating", "Identified", "Update".
var openState = regexp.MustCompile(`(?i)^(?:investigating|identified|update|updated|in progress|verifying|` + zhStateAlt(zhInvestigatingStates, zhIdentifiedStates, zhProgressStates, zhNoteStates) + `)\s*[:：]`)

// openUpdates reports whether the events are a status page's updates,
// two or more, each opening with its state, and the newest one is still
// at work ("Update: We are continuing to work on a fix") while none says
// it was resolved or is being watched: the page was written while the
// outage went on.
func openUpdates(events []data.TimelineEvent) bool {
	if len(events) < 2 || anyResolved(events) {
		return false
	}
	var newest time.Time
	open := false
	for _, ev := range events {
		text := strings.TrimSpace(strings.TrimPrefix(ev.Text, ev.TimeText))
		if maintenanceDone.MatchString(text) {
			continue // a maintenance listed beside the incident, done as planned ("This scheduled maintenance has been completed")
		}
		t, err := time.Parse(time.RFC3339, ev.At)
		if err != nil || !mayBeStatusWord(text) || !statusWord.MatchString(text) && !openState.MatchString(text) {
			return false
		}
		if !t.Before(newest) {
			newest, open = t, openState.MatchString(text)
		}
	}
	return open
}

// stillDownAtLast reports whether the latest event says the outage went
// on then: "As of 7 p.m. IST, mobile data services had not been restored",
// a story filed while it lasted.
func stillDownAtLast(events []data.TimelineEvent, whole string) bool {
	var latest time.Time
	text := ""
	for _, ev := range events {
		if t, err := time.Parse(time.RFC3339, ev.At); err == nil && !t.Before(latest) {
			latest, text = t, ev.Text
		}
	}
	if text != "" && runesAtMost(text, 40) && strings.IndexFunc(text, isHan) >= 0 {
		// "【第三次更新　3月12日15时40分】": an update's heading, its words
		// the paragraph under it
		if k := strings.Index(whole, text); k >= 0 {
			text += head(whole[k+len(text):], 400)
		}
	}
	if text == "" {
		return false
	}
	if strings.IndexFunc(text, isHan) >= 0 {
		if loc := zhStillDown.FindStringIndex(text); loc != nil && !zhAllBack.MatchString(text[loc[1]:]) {
			return true // (not "此前尚未恢复的用户现已全部恢复")
		}
	}
	if !strings.Contains(text, "not") && !strings.Contains(text, "still") && !strings.Contains(text, "remain") {
		return false
	}
	loc := stillDown.FindStringIndex(text)
	return loc != nil && !strings.Contains(strings.ToLower(head(text[loc[1]:], 24)), "until")
}

// zhStillDown says in Chinese that the outage goes on: "北城区及西山镇仍有大
// 量用户无法上网", "暂时无法确定全部恢复时间", "尚未完全恢复".
// zhAllBack says everything came back: "现已全部恢复", "均已恢复正常" (not
// "无法确定全部恢复时间").
var zhAllBack = regexp.MustCompile(`(?:已|均已|现已|目前已)(?:全部|全面|均)?恢复|全部恢复正常`)

var zhStillDown = regexp.MustCompile(`仍有[^。；，]{0,20}(?:无法|不能|未能)|暂时?无法确定[^。；，]{0,10}恢复时间|(?:尚未|仍未|还未|还没有?)(?:完全|全部)?恢复`)

// stillDown says an outage goes on: "had not been restored", "remained
// unavailable", "Outbound email is still being queued".
var stillDown = regexp.MustCompile(`(?i)\b(?:had|has|have) not (?:yet )?been (?:fully )?(?:restored|resolved|fixed)\b|\b(?:remained|remains|remain|were still|was still|are still|is still) (?:down|unavailable|unreachable|inaccessible|offline|disrupted|out of service|paused|failing|broken)\b|\b(?:are|is) still (?:showing|returning|getting) (?:errors?|an? error|["“])|\b(?:were|was|are|is) still being (?:queued|held|delayed|rejected|dropped)\b`)

// eventsFrom is the events at or after t (all of them when t is zero): a
// status page's older incidents, listed with their days before this one
// began and "（已恢复）", tell nothing of its own end.
func eventsFrom(events []data.TimelineEvent, t time.Time) []data.TimelineEvent {
	if t.IsZero() {
		return events
	}
	day := t.Truncate(24 * time.Hour)
	var out []data.TimelineEvent
	for _, ev := range events {
		if at, err := time.Parse(time.RFC3339, ev.At); err != nil || !at.Before(day) {
			out = append(out, ev)
		}
	}
	return out
}

// anyResolved reports whether an event says the incident was resolved.
func anyResolved(events []data.TimelineEvent) bool {
	for _, ev := range events {
		text := ev.Text
		if !resolvedCue.MatchString(text) || maintenanceDone.MatchString(text) || investigatingUpdate.MatchString(text) || identifiedUpdate.MatchString(text) {
			continue // (a maintenance done as planned resolved no outage; an update still investigating or one that names the cause tells what works beside it: "Audio dial-in is working normally")
		}
		if containsAny(asciiLower(text), pendingWords) || strings.Contains(text, "待") {
			if loc := pendingResolution.FindStringIndex(text); loc != nil {
				if text = pendingResolution.ReplaceAllString(text, ""); !resolvedCue.MatchString(text) {
					continue
				}
			}
		}
		if !partialRecovery.MatchString(text) && !shareRecovered.MatchString(text) {
			return true
		}
	}
	return false
}

// pendingWords are the words every pendingResolution holds but 待.
var pendingWords = []string{"once", "until", "when", "after", "as soon", "before", " be "}

// pendingResolution is a resolution an update looks forward to, not one
// it reports: "deadlines will be extended once service is restored", "until
// the service is fully restored", "service will be restored by tonight",
// "待服务恢复后".
var pendingResolution = regexp.MustCompile(`(?i)\b(?:once|until|when|after|as soon as|before)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|has been|have been|gets|get)\s+(?:fully\s+|completely\s+)?(?:restored|resolved|recovered|back)\b|\b(?:will|should|may|might|could|to)\s+be\s+(?:fully\s+|completely\s+)?(?:restored|resolved|recovered)\b|待[^，。；]{0,12}恢复(?:正常)?后`)

// shareRecovered is a share of what failed told as recovered: "约40%受影响
// 云服务器已恢复", "about two thirds of affected customers … restored", "60% of
// requests are succeeding again".
var shareRecovered = regexp.MustCompile(`(?i)\d+\s*[%％][^。；;.]{0,30}(?:已恢复|恢复|recovered|restored|back)|(?:已恢复|恢复|回升)(?:至|到)约?\s*\d+(?:\.\d+)?\s*[%％]|\b(?:recovered|returned|back|climbed) to (?:about |around |roughly )?\d+(?:\.\d+)?\s*%|(?:two|one) thirds?\b[^.;]{0,40}\b(?:recovered|restored|back)|[一二三四五六七八九]成[^。；]{0,20}恢复`)

// causeFromEvents is the cause of an incident whose write-up has no cause
// section, as its timeline's updates state it ("We identified a
// configuration change as the cause"): the sentences of the events that
// say why.
func causeFromEvents(events []data.TimelineEvent) string {
	var out []string
	for _, ev := range events {
		text := ev.Text
		identified := false
		if loc := identifiedUpdate.FindStringIndex(text); loc != nil {
			identified, text = true, text[loc[1]:] // the state's name tells nothing
		} else if loc := identifiedStamped.FindStringIndex(text); loc != nil && ev.TimeText != "" {
			// "Identified Nov 4, 2025 at 3:49 PM UTC Requests were …": a
			// state whose stamp follows it, then what was found
			if i := strings.Index(text[loc[1]:], ev.TimeText); i >= 0 && i < 40 {
				identified, text = true, strings.TrimLeft(text[loc[1]+i+len(ev.TimeText):], " .:-–—·")
			}
		}
		carry := false  // the sentence before only said a cause was found
		telling := true // the update's sentences so far all told what was found
		looking := investigatingUpdate.MatchString(text)
		for k, sent := range sentences(text) {
			if looking && !statedCause.MatchString(strings.ToLower(sent)) {
				continue // an Investigating update tells what was seen ("我们收到…的反馈，正在排查原因"), unless it states a cause
			}
			if futureAnalysis.MatchString(sent) {
				continue // "A detailed root cause analysis will follow"
			}
			if i := strings.Index(sent, ": "); i > 0 && i < 30 && mayBeStatusWord(sent) {
				sent = sent[i+2:] // "Update: We identified …"
			}
			if announcesCause(sent) {
				carry = true // "We have identified the cause." tells the next
				continue
			}
			if userReport.MatchString(sent) || apology.MatchString(sent) {
				continue // what users reported is what they met, not why: "User reported that X is down because they could not log in"; an apology for what was caused
			}
			// an "Identified" update states what was found: its first
			// sentence and, until one names a trigger, those that go on
			// telling it (up to maxIdentifiedSentences, identifiedSequel),
			// and any other that names a cause
			told := identified && (k == 0 || telling && k < maxIdentifiedSentences && identifiedSequel(sent))
			// (a trigger named only by where it lies, "contains a bug in
			// how acknowledgements are recorded", is told on by the
			// sentence after it: how it failed)
			telling = told && (!triggerTold(sent) || defectByArea.MatchString(sent))
			if !told && !carry && weAtWork.MatchString(sent) {
				continue // "We are rolling out a fix now rather than rolling back, because …": what is done and why so, not why it failed
			}
			if !told && !carry && noneFound.MatchString(sent) {
				continue // "We have confirmed that no webhook events were lost": what did not happen
			}
			if cueSection(sent) == data.SectionCause || told || updateCause.MatchString(sent) || carry || faultTold.MatchString(strings.ToLower(sent)) {
				carry = false
				out = append(out, strings.TrimSpace(sent))
			}
		}
	}
	for k, sent := range out[:max(len(out)-1, 0)] {
		if r, _ := utf8.DecodeLastRuneInString(sent); !strings.ContainsRune(".!?。！？:：;；)）\"”", r) {
			// an event's text is kept without its closing full stop: the
			// sentences of two updates read as two ("… moving traffic off
			// it. The line card had begun dropping packets …")
			if isHan(r) {
				out[k] = sent + "。"
			} else {
				out[k] = sent + "."
			}
		}
	}
	return strings.Join(out, " ")
}

var (
	// investigatingUpdate is a status page's update while the cause is
	// sought: "Investigating: …", "调查中: …".
	investigatingUpdate = regexp.MustCompile(`(?i)^(?:investigating|` + zhStateAlt(zhInvestigatingStates) + `)\s*(?:[:：]|[.。\-–—]\s)`)
	// identifiedUpdate is a status page's update that announces what was
	// found: "Identified: …", "已确认：…".
	identifiedUpdate = regexp.MustCompile(`(?i)^(?:identified|` + zhStateAlt(zhIdentifiedStates) + `)\s*(?:[:：]|[.。\-–—]\s)`)
	// identifiedStamped is that state's name followed by the update's
	// date or time rather than a colon: "Identified Nov 4, 2025 at 3:49
	// PM UTC …", "Identified 14:02 …".
	identifiedStamped = regexp.MustCompile(`(?i)^(?:identified|` + zhStateAlt(zhIdentifiedStates) + `)\s+`)
	// updateCause is a sentence of an update that names what was found:
	// "The issue has been identified as a bad deploy", "We found that a
	// missing index … is causing slow queries", "Engineers determined
	// that …", "We have confirmed a physical cut of fiber …", "经与运营商
	// 确认，其…光缆…被挖断" (what a check, with someone or alone, found).
	updateCause = regexp.MustCompile(`(?i)\bidentified (?:as|the (?:cause|issue|problem))\b|\b(?:we|engineers|the team|our (?:engineers|team)) (?:have |had )?(?:confirmed|identified|isolated|found|located) (?:a|an) (?:[\w-]+ ){0,4}?(?:cut|failure|fault|issue|problem|bug|defect|misconfiguration|outage|error|leak|crash)\b|\btraced (?:back )?to\b|\b(?:we|engineers|the team|our (?:engineers|team)) (?:have |had )?(?:found|determined|confirmed) that\b|\b(?:is|was|are|were) causing\b|已(?:确认|定位|查明)(?:原因|问题)?|(?:^|[，。；])\s*经(?:过)?(?:与[^，。]{1,16})?(?:初步|紧急|现场)?(?:排查|调查|分析|核实|核查|定位|检查|确认)(?:发现|确认)?[，：:]`)
	// futureAnalysis is a sentence that promises an analysis rather than
	// giving one.
	futureAnalysis = regexp.MustCompile(`(?i)(?:root cause analysis|rca|post-?mortem|analysis|report|details?) (?:will|is going to) (?:follow|be (?:published|shared|posted|provided))|will (?:publish|share|post|provide) (?:a |an |the |more )?(?:detailed |full |preliminary )?(?:root cause|rca|analysis|post-?mortem|incident report|report|details)|once we have completed|详细(?:的)?(?:原因|报告|分析).{0,8}(?:将|会|后续)`)
)

// defectByArea is a defect named only by where it lies ("contains a bug
// in how delivery acknowledgements are recorded", "a defect in the way
// leases are renewed"): the sentence after tells how it failed.
var defectByArea = regexp.MustCompile(`(?i)\b(?:bug|defect|flaw|regression|issue)s? in (?:how|the way|the handling of|handling)\b[^.;]{0,80}[.;]?$`)

// noneFound is an update's finding that something did not happen: "We
// have confirmed that no webhook events were lost", "we found no data
// loss".
var noneFound = regexp.MustCompile(`(?i)\b(?:confirmed|found|determined|verified) (?:that )?(?:no|none of|nothing|there (?:was|were|is|are) no)\b`)

// weAtWork is a sentence that opens with what the writer is doing or
// will do about the outage ("We are rolling out a fix now …", "We will
// roll back …"): a remedy, whatever reason it gives.
var weAtWork = regexp.MustCompile(`(?i)^(?:we|we're|we’re|engineers|our (?:engineers|team)|the team)\s+(?:are|will|have (?:begun|started)|'re|’re)?\s*(?:now\s+)?(?:rolling (?:out|back)|roll(?:ing)? (?:out|back)|deploying|deploy|applying|apply|reverting|revert|restarting|restart|failing over|fail over|scaling|scale|adding|add)\b`)

// statusUpdateAt reports whether the event at t is a status page's
// update ("Investigating: We are investigating …").
func statusUpdateAt(events []data.TimelineEvent, t time.Time) bool {
	at := t.Format(time.RFC3339)
	for _, ev := range events {
		if ev.At == at && statusLine(ev.Text) {
			return true
		}
	}
	return false
}

// onToldDay moves a range read on the text's day (a chat's "Impact:
// 16:05–19:40 CET" in an export of the next morning) to the day of the
// event that tells it (the message posted at 19:50 the day before), when
// one does and the range has ended by then.
func onToldDay(events []data.TimelineEvent, rs, re time.Time) (time.Time, time.Time) {
	told := func(text string, c time.Time) bool {
		return strings.Contains(text, c.Format("15:04")) || strings.Contains(text, c.Format("3:04")) // "16:05", "9:58 AM"
	}
	for _, ev := range events {
		t, err := time.Parse(time.RFC3339, ev.At)
		if err != nil || sameDay(t, rs.In(t.Location())) || !told(ev.Text, rs) || !told(ev.Text, re) {
			continue
		}
		ty, tm, td := t.Date()
		ry, rm, rd := rs.In(t.Location()).Date()
		days := int(time.Date(ty, tm, td, 0, 0, 0, 0, time.UTC).Sub(time.Date(ry, rm, rd, 0, 0, 0, 0, time.UTC)).Hours() / 24)
		if s, e := rs.AddDate(0, 0, days), re.AddDate(0, 0, days); !e.After(t) {
			return s, e
		}
	}
	return rs, re
}

// outageBegan says when the outage itself began: "the bank confirmed the
// outage began at 7.40pm AEDT", "the disruption started at 06:12".
var outageBegan = gateRegexp(regexp.MustCompile(`(?i)\b(?:outage|disruption|interruption)s? (?:first )?(?:began|started|had begun|had started) (?:at|from|shortly after|just after|around|about)\s+(?:(?:around|about|approximately)\s+)?`))

// beganBefore reports whether the text says the outage began at a time
// up to six hours before rs: a range from rs, in the same text, is a part
// of it (a customer's own hours), not its whole.
func beganBefore(text string, rs time.Time, lang string) bool {
	t, ok := timeAfter(head(text, 6000), outageBegan, rs, lang)
	return ok && t.Before(rs) && rs.Sub(t) <= 6*time.Hour
}

// openingStart is a sentence that opens with the time the outage began
// ("Starting at 10:38 AM PDT, …", "Beginning at 07:12 UTC on 3 May, …"),
// or words that tell when it actually began, before it was noticed ("the
// first failed writes had occurred at 07:58 BST", "实际发生在09:57").
var openingStart = gateRegexp(regexp.MustCompile(`(?i)(?:(?:^|[.!?]\s+|\n)(?:starting|beginning) (?:at|from)|\bactually (?:began|started|occurred|happened) at|\bfirst (?:failed|failing)? ?(?:errors?|failures?|writes|requests|timeouts)[^.;]{0,40}?\b(?:had )?(?:occurred|appeared|began|started) at|实际(?:发生|开始)(?:于|在)?|实际开始时间(?:为|是)?)\s*(?:(?:around|approximately|about|roughly)\s+|北京时间\s*)?`))

// correctedStart is a write-up's words before the time it says the
// trouble really began, correcting when it was first seen.
var correctedStart = gateRegexp(regexp.MustCompile(`(?i)(?:\bactually (?:began|started|occurred|happened) at|实际(?:发生|开始)(?:于|在)|实际开始时间(?:为|是)?)\s*(?:(?:around|approximately|about|roughly)\s+|北京时间\s*)?`))

// impactFrom is an impact section's words before the time users began
// to see it: a sentence that opens "From 07:45 PDT, …", or "… starting
// at 07:45", "… began at 07:45".
var impactFrom = gateRegexp(regexp.MustCompile(`(?i)(?:^|[.;!?]\s+)from\s+|\b(?:started|began|begun|starting|beginning)\s+(?:(?:at|around|approximately|about)\s+)*`))

// failuresBegan is an update's words, in its own sentence, before the
// time the failures it reports began: "Playback failures began at 4:22
// PM IST", "Errors first started at about 09:10 UTC".
var failuresBegan = gateRegexp(regexp.MustCompile(`(?i)\b(?:failures?|errors?|impact|outage|disruption|delays?|timeouts?)\s+(?:first\s+)?(?:began|started|first appeared)\s+(?:at\s+)?(?:(?:around|approximately|about|roughly)\s+)?`))

var (
	// updateStart is an update's words before the time the impact
	// started: "The issue started at approximately 14:05 US/Pacific",
	// "feeds … stopped importing from 08:47 BST", "The first errors were
	// seen at 08:14 CET", "To summarise: from 13:36 CET, … Git operations
	// over SSH … failed", "transactions stopped arriving in the ledger at
	// 6:12 PM EDT".
	// "自14:20起部分用户登录控制台缓慢" tells it in Chinese.
	updateStart = gateRegexp(regexp.MustCompile(`(?i)\b(?:started|began|begun|beginning|starting|commenced)\s+(?:(?:at|on|around|approximately|about|roughly|shortly after)\s+)*|\blasted from\s+|\b(?:stopped|failed|failing|unavailable|degraded|delayed|unreachable|interrupted|disrupted)\b[^.;,]{0,40}?\b(?:from|at)\s+(?:(?:around|approximately|about|roughly)\s+)?|\bfirst (?:errors?|failures?|timeouts?|alerts?|reports?) (?:were|was) (?:seen|observed|recorded|logged|reported) at\s+(?:(?:around|approximately|about|roughly)\s+)?|[:;]\s+from\s+(?:(?:around|approximately|about|roughly)\s+)?|(?:自|从)\s*`))
	// updateEnd is a closing update's words before the time the impact
	// ended: "resolved for all affected projects as of Wednesday,
	// 2025-01-22 16:31 US/Pacific", "error rates were normal by 10:52
	// UTC", "requests have been succeeding since 15:48 IST", "back at
	// normal levels since 12:05 PST", "returned to normal levels at 16:18
	// CET", "Connectivity in Melbourne recovered at 08:40 AEDT" (not "The
	// previous value was restored at 10:37 UTC": a fix's step), "The
	// outage lasted from 7:50 PM to 9:20 PM UTC" (its start too),
	// "Customer impact ended 4:39 AM when …", "All affected volumes have
	// been writable again since 11:02 CET", "outbound replies were fully
	// caught up at 1:58 AM PDT", "the last feed was brought fully up to
	// date at 9:47 PM EDT".
	updateEnd = gateRegexp(regexp.MustCompile(`(?i)\b(?:resolved|mitigated|restored|recovered)\b[^.;]{0,120}?\bas of\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|\b(?:normal(?:ly)?|stable|as expected|without errors|succeeding)(?:\s+(?:levels?|rates?|operations?|service))?\s+(?:since|by)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|\b(?:returned|went back|came back|were back|was back) to normal(?:\s+(?:levels?|rates?|operations?|service))?\s+at\s+|\b(?:recovered|(?:service|services|access|connectivity) (?:was|were) (?:fully )?restored|(?:was|were) fully restored) at\s+|\blasted from\b[^.;]{0,40}?\b(?:to|until)\s+|\b(?:impact|outage|disruption|errors) ended\s+(?:at\s+)?|\b(?:have|has) been (?:\w+ )?(?:writable|available|reachable|working|healthy|online|accessible) again since\s+|\b(?:were|was) (?:brought )?fully (?:caught up|up to date) (?:at|by)\s+`))
)

// hasEventAt reports whether an event of the timeline is at t.
func (tb *timelineBuilder) hasEventAt(t time.Time) bool {
	for _, ev := range tb.events {
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil && at.Equal(t) {
			return true
		}
	}
	return false
}

// addRangeEnd adds the end of a stated range to a timeline that holds
// only its start, read from the same sentence: the event's text is the
// sentence, its time the range's end as written there.
func (tb *timelineBuilder) addRangeEnd(start, end time.Time) {
	if len(tb.events) == 0 {
		return // a range stated in a table's row, with no event read yet
	}
	ev := tb.events[0]
	if at, err := time.Parse(time.RFC3339, ev.At); err != nil || !at.Equal(start) || clockCount(ev.Text) < 2 {
		return
	}
	for _, form := range []string{"15:04", "3:04", "3.04"} {
		clock := end.Format(form)
		if i := strings.Index(ev.Text, clock); i >= 0 && (i == 0 || !isDigitByte(ev.Text[i-1])) {
			// found where the range's start was: an end read from a
			// prose sentence does not give the write-up a timeline of
			// its own (openingDay still tells the dated opening)
			tb.appendEvent(data.TimelineEvent{At: end.Format(time.RFC3339), TimeText: clock, Text: ev.Text}, true, tb.outside[0])
			return
		}
	}
}

// laterRange is a range stated anywhere in a status page's text, whose
// timeline holds dated updates (two or more); ok is false for other
// write-ups, which state their range in the opening if anywhere.
func laterRange(tb *timelineBuilder, text string, first time.Time) (start, end time.Time, ok bool) {
	if first.IsZero() {
		return
	}
	dated := 0
	for _, ev := range tb.events {
		if dayMonthIn(ev.TimeText) || isoDay.MatchString(ev.TimeText) || containsAnyRune(ev.TimeText, "/年") {
			dated++ // "1 Mar 2025 07:40", "2025-03-01 07:40", "3/1 07:40"
		}
	}
	if dated < 2 {
		return
	}
	return tb.rangeIn(head(text, 12000))
}

// dayMonthIn reports whether s names a month ("1 Mar 2025 07:40",
// "Mar 03, 2025 - 15:02").
func dayMonthIn(s string) bool {
	for _, w := range strings.Fields(s) {
		if monthOf(strings.Trim(w, ",.")) > 0 {
			return true
		}
	}
	return false
}

// updateTimes refines a status page's span, which runs from its first
// update to its last, by the times the updates state: the start one of
// the first two or the closing one says the impact began at (before the
// first was posted, by six hours at most),
// and the end the closing one says it was resolved as of (before it was
// posted).
func updateTimes(events []data.TimelineEvent, text, lang string, first, last time.Time) (time.Time, time.Time) {
	posted := last
	first, last = updateTimesTold(events, text, lang, first, last)
	if first.IsZero() || !last.Equal(posted) {
		return first, last
	}
	// a closing update that tells no time ("This incident has been
	// resolved."): the update before it that says when the service came
	// back ("The fix finished rolling out … at 15:06 UTC. Delivery latency
	// … returned to normal at that point", "… normal since 15:06 UTC")
	var before data.TimelineEvent
	for _, ev := range events {
		at, err := time.Parse(time.RFC3339, ev.At)
		if err != nil {
			continue
		}
		if at.After(first) && at.Before(posted) {
			before = ev
		}
		if !at.Equal(posted) {
			continue
		}
		if closing, _ := lineHolding(text, ev); clockCount(strings.Replace(closing, ev.TimeText, "", 1)) > 0 {
			return first, last // the closing update tells times of its own (a part's recovery, the start)
		}
	}
	if before.At == "" {
		return first, last
	}
	at, _ := time.Parse(time.RFC3339, before.At)
	update, from := lineHolding(text, before)
	t, ok := backThen(update[from:], at, lang)
	if !ok {
		t, ok = timeAfter(update[from:], updateEnd, at, lang)
	}
	if ok && !t.After(at) && t.After(first) {
		last = t
	}
	return first, last
}

// updateTimesTold is updateTimes from the first updates and the closing
// one.
func updateTimesTold(events []data.TimelineEvent, text, lang string, first, last time.Time) (time.Time, time.Time) {
	if first.IsZero() || last.IsZero() {
		return first, last
	}
	k := -1 // the update's place among those from the first on (a feed's other items, before it, are none of them)
	for _, ev := range events {
		at, err := time.Parse(time.RFC3339, ev.At)
		if err != nil || at.Before(first) {
			continue
		}
		if k++; k >= 2 && !at.Equal(last) {
			// a later update that confirms when it began ("We can now
			// confirm when this started: webhook consumers began
			// falling behind at 09:02 PDT")
			if update, _ := lineHolding(text, ev); startConfirmed.MatchString(update) {
				if t, ok := timeAfter(update, startedAtLoose, at, lang); ok && !t.After(at) && t.Before(first) && first.Sub(t) <= 6*time.Hour && !clockTold(events, t) {
					first = t
				}
			} else if t, ok := timeAfter(update, failuresBegan, at, lang); ok && !t.After(at) && t.Before(first) && first.Sub(t) <= 6*time.Hour && !clockTold(events, t) {
				// one that looks back on when the failures began
				// ("Monitoring … Playback failures began at 4:22 PM
				// IST, when signed video links started being rejected")
				first = t
			}
			continue
		}
		update, from := lineHolding(text, ev)
		bare := false
		if ev.TimeText != "" && len(strings.TrimSpace(strings.TrimPrefix(ev.Text, ev.TimeText))) <= 16 {
			// an update's time and state alone on their line ("Feb 24,
			// 2026 5:18 PM AEDT — Investigating"), what it said in the
			// paragraph under it
			if i := strings.Index(text, ev.TimeText); i >= 0 {
				line, _, _ := strings.Cut(text[strings.LastIndexByte(text[:i], '\n')+1:], "\n")
				update, from, bare = line, 0, true
			}
		}
		if k < 2 || at.Equal(last) {
			// the first updates, or the closing one that looks back
			// ("Resolved - … Delays began at 13:02 UTC when …", in its
			// first paragraph or the next one)
			told := update
			if at.Equal(last) || bare {
				told = withNextParagraph(text, update, events)
			}
			t, ok := timeAfter(told, updateStart, at, lang)
			if !ok && k < 2 && !(at.Equal(last) && resolvedNow(ev.Text)) {
				// an early update that says since when the trouble is
				// seen ("Some merchants are seeing requests fail with
				// error code VAL_422 since about 13:10 IST"), the last one
				// too while it goes on
				t, ok = troubleSince(told, at, lang)
			}
			if ok && t.After(at) && t.Add(-24*time.Hour).Before(at) {
				// a clock later than the update that tells it began
				// the day before ("Resolved - … began at 22:48 UTC",
				// posted at 00:44)
				t = t.Add(-24 * time.Hour)
			}
			if ok && t.Before(first) && first.Sub(t) <= 6*time.Hour && !clockTold(events, t) {
				first = t
			}
		}
		if at.Equal(last) {
			// from the event's own words on: a paragraph of prose read
			// as one event tells earlier steps before them ("…
			// temperatures returned to normal levels by 2:55 PM PDT. …
			// manual recovery, which was completed at 7:42 PM PDT")
			t, ok := timeAfter(update[from:], updateEnd, at, lang)
			if !ok && lang == "zh" {
				t, ok = zhRecoveredAt(update[from:], at)
			}
			if ok && !t.After(at) && t.After(first) && at.Sub(t) <= 24*time.Hour {
				last = t
			}
		}
	}
	return first, last
}

// backThen is the clock time of an update's sentence that the next one
// says the service came back at ("… finished rolling out to all delivery
// workers at 15:06 UTC. Delivery latency and duplicate rates returned to
// normal at that point"), or that its own clause after it does ("at 15:06
// UTC, at which point error rates returned to normal").
func backThen(update string, at time.Time, lang string) (time.Time, bool) {
	if clockCount(update) == 0 || !strings.Contains(update, " point") && !strings.Contains(update, " then") && !strings.Contains(update, " that time") {
		return time.Time{}, false
	}
	sents := sentences(update)
	for i, sent := range sents {
		if clockCount(sent) == 0 {
			continue
		}
		told := cameBackThen.MatchString(sent)
		if !told && i+1 < len(sents) {
			told = cameBackThen.MatchString(sents[i+1]) && clockCount(sents[i+1]) == 0
		}
		if !told {
			continue
		}
		stamps := stampsIn(sent, lang)
		for k := len(stamps) - 1; k >= 0; k-- {
			if stamps[k].st.hasClock() {
				return timeAfter(sent[stamps[k].pos:], fromStart, at, lang)
			}
		}
	}
	return time.Time{}, false
}

// cameBackThen says the service came back, or the trouble stopped, at
// the time just told: "… returned to normal at that point", "Duplicate
// sends stopped at that point", "at which point error rates recovered".
var cameBackThen = regexp.MustCompile(`(?i)\b(?:returned|went back|came back|(?:were|was) back|recovered|(?:were|was) restored|stopped|ceased|ended|cleared|subsided)\b[^.;]{0,40}\b(?:at that (?:point|time|moment)|from then on|from that point)|\bat which (?:point|time)\b[^.;]{0,60}\b(?:returned|recovered|back to normal|restored)\b`)

// startConfirmed is an update's words that it now tells when the trouble
// began: "We can now confirm when this started", "we have determined that
// the issue began"; startedAtLoose the words before that time, a verb
// between ("began falling behind at 09:02 PDT").
var (
	startConfirmed = regexp.MustCompile(`(?i)\b(?:confirm(?:ed)?|determined|established|now know)\b[^.]{0,40}?\b(?:started|began|begun|start)\b`)
	startedAtLoose = gateRegexp(regexp.MustCompile(`(?i)\b(?:started|began|begun)\s+(?:[a-z-]+\s+){0,3}?(?:at|around|from)\s+(?:(?:approximately|about|roughly)\s+)?`))
)

// zhClockLead is the word before a time a Chinese clause tells
// something happened at or since: 自, 从, 于, 在, 截至.
var zhClockLead = gateRegexp(regexp.MustCompile(`(?:自|从|于|在|截至|截止)\s*`))

// zhRecovered is a clause's words that tell the service came back
// ("已恢复正常", "全部恢复"); zhRecovering those that tell it began to
// ("开始逐步恢复"), which end nothing.
var (
	zhRecovered  = regexp.MustCompile(`恢复|运行正常|访问正常|均正常|已正常`)
	zhRecovering = regexp.MustCompile(`开始|逐步|逐渐|陆续|正在|部分`)
)

// zhRecoveredAt is the time a Chinese closing update says the service
// came back at or since, told before the words of the recovery in one
// clause: "自 18:41 起支付校验已恢复正常", "已于18:41全部恢复正常".
func zhRecoveredAt(update string, at time.Time) (time.Time, bool) {
	for _, clause := range strings.FieldsFunc(update, func(r rune) bool { return strings.ContainsRune("，。；！,;", r) }) {
		lead := zhClockLead.FindStringIndex(clause)
		if lead == nil {
			continue
		}
		rec := zhRecovered.FindStringIndex(clause[lead[1]:])
		if rec == nil || zhRecovering.MatchString(clause[lead[1]:lead[1]+rec[0]]) {
			continue
		}
		if t, ok := timeAfter(clause, zhClockLead, at, "zh"); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// updateSince is the words before the time an early update says the
// trouble has been seen since: "… fail with error code VAL_422 since
// about 13:10 IST", "errors since approximately 09:40 UTC".
var updateSince = gateRegexp(regexp.MustCompile(`(?i)\bsince\s+(?:(?:about|around|approximately|roughly|shortly after)\s+)*`))

// sinceRecovered is a sentence's words that tell a recovery ("working
// normally since 10:20"), not the trouble, before its "since".
var sinceRecovered = regexp.MustCompile(`(?i)\b(?:normal(?:ly)?|stable|recover\w*|restored|succeed\w*|working|healthy|resolved|mitigated|as expected)\b`)

// troubleSince is the time an early update says the trouble has been
// seen since, where the words of its sentence before "since" tell no
// recovery.
func troubleSince(update string, at time.Time, lang string) (time.Time, bool) {
	if lang == "zh" {
		return zhTroubleSince(update, at)
	}
	for _, sent := range sentences(update) {
		loc := updateSince.FindStringIndex(sent)
		if loc == nil || sinceRecovered.MatchString(sent[:loc[0]]) {
			continue
		}
		if t, ok := timeAfter(sent, updateSince, at, lang); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// zhSinceClock is the time a Chinese clause says the trouble has been
// seen since, its clock before 起: "北京时间2026年7月3日10:42起，部分用户…";
// group 1 is the time.
var zhSinceClock = regexp.MustCompile(`(?:北京时间)?\s*((?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*)?(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间)?\s*\d{1,2}[:：]\d{2})\s*(?:左右|前后)?\s*(?:起|开始出现)`)

// fromStart matches at the start of a text, for timeAfter to read the time
// that opens it.
var fromStart = gateRegexp(regexp.MustCompile(`^`))

// zhTroubleSince is troubleSince for a Chinese update: the time a
// sentence says the trouble has been seen since, where what follows in
// that sentence tells no recovery.
func zhTroubleSince(update string, at time.Time) (time.Time, bool) {
	for _, sent := range strings.Split(update, "。") {
		m := zhSinceClock.FindStringSubmatchIndex(sent)
		if m == nil || zhRecovered.MatchString(sent[m[1]:]) {
			continue
		}
		if t, ok := timeAfter(sent[m[2]:], fromStart, at, "zh"); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// clockTold reports whether an event was read at t's clock time: the
// timeline already has that time, resolved with what the whole text
// says of its zone ("08:52 IST" in an Irish report).
func clockTold(events []data.TimelineEvent, t time.Time) bool {
	for _, ev := range events {
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil && at.Hour() == t.Hour() && at.Minute() == t.Minute() {
			return true
		}
	}
	return false
}

// lineHolding is the line of text an event was read from (an event
// keeps its update's first sentence), or the event's text when no line
// holds it; from is where in that line the event's words begin.
func lineHolding(text string, ev data.TimelineEvent) (line string, from int) {
	key := strings.TrimSpace(strings.TrimPrefix(ev.Text, ev.TimeText))
	if i := strings.Index(key, ": "); i > 0 && i < 20 {
		key = key[i+2:] // "Resolved: This incident …"
	}
	if len(key) > 60 {
		key = key[:60]
	}
	if len(key) < 12 {
		return ev.Text, 0
	}
	i := strings.Index(text, key)
	if i < 0 {
		return ev.Text, 0
	}
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		return text[start:], i - start
	}
	return text[start : i+end], i - start
}

// timeAfter is the clock time written right after what re matches in
// text, dated and zoned as it says, else as at, the update's time. A
// text without a clock, or without a literal re needs, is not read.
func timeAfter(text string, re *gatedRegexp, at time.Time, lang string) (time.Time, bool) {
	if clockCount(text) == 0 {
		return time.Time{}, false
	}
	// the first match with a clock time after it: "自" or "from" may
	// stand earlier in other words ("来自部分用户的反馈，自14:20起…")
	var rest string
	var st stamp
	var n int
	for off := 0; ; {
		m := re.FindStringIndex(text[off:])
		if m == nil {
			return time.Time{}, false
		}
		rest = text[off+m[1]:]
		var ok bool
		if st, n, ok = parseStamp(rest, lang); ok && st.hasClock() && !(re == updateStart && jobStarted(text[:off+m[0]], text[off+m[0]:off+m[1]])) {
			break
		}
		off += max(m[1], m[0]+1)
	}
	loc := st.loc
	if z := zoneAfter(rest[n:]); loc == nil && z != nil {
		loc = zoneFor(z[1], lang)
	}
	if loc == nil {
		loc = at.Location()
	}
	y, mo, d := at.In(loc).Date()
	if st.hasDate() {
		mo, d = time.Month(st.month), st.day
		if st.year > 0 {
			y = st.year
		}
	}
	sec := max(st.sec, 0)
	return time.Date(y, mo, d, st.hour, max(st.min, 0), sec, 0, loc), true
}

// jobStarted reports whether the sentence before a "started at" is a
// job's ("The issue is caused by our nightly search reindex, which
// started at 1:00 AM"): when the job ran, not when the impact began.
func jobStarted(before, verb string) bool {
	if v := strings.ToLower(verb); !strings.HasPrefix(v, "start") && !strings.HasPrefix(v, "began") && !strings.HasPrefix(v, "begun") && !strings.HasPrefix(v, "commenced") {
		return false // ("feeds … stopped importing from 08:47" tells the impact)
	}
	from := strings.LastIndexAny(before, ".!?;\n") + 1
	clause := before[from:]
	if len(clause) > 40 {
		clause = clause[len(clause)-40:]
	}
	return jobNoun.MatchString(clause) && !failuresBegan.MatchString(clause+" began ")
}

// causeFoundOnly is a sentence's end that says a cause was found without
// saying what it is: "We have identified the cause", "We have identified
// the issue and are applying a fix", "… said shortly
// before 9 a.m. that it had found the cause", "已定位到问题原因", "The
// issue has been identified".
var causeFoundOnly = regexp.MustCompile(`(?i)\b(?:identified|found|determined|located|pinpointed|isolated|confirmed|know|understand)\s+(?:what caused (?:it|the \w+|this \w+)|the (?:likely |probable |root |underlying |potential )?(?:cause|source)(?: of (?:the|this|these) \w+)?|the (?:issue|problem)(?:\s+and\s+(?:are|is|have|will)\s+(?:now\s+|been\s+|be\s+)?(?:\w+\s+){0,3}?(?:a\s+|the\s+)?(?:fix|mitigation|remediation|workaround|rollback)(?:es|s)?)?)$|(?:定位|查明|找到|确认|确定|发现)(?:到|了)*(?:故障|问题)?(?:的)?(?:原因|根因)(?:所在)?$|^(?:the )?(?:issue|problem|cause|root cause|(?:likely |probable )?cause of (?:the|this) \w+)\s+(?:has|have)\s+been\s+(?:identified|found|determined|located|isolated|pinpointed)(?:\s+and\s+(?:a\s+)?(?:fix|mitigation|workaround|remediation)\s+is\s+(?:being|now being)\s+(?:implemented|deployed|applied|rolled out|worked on))?$|^(?:问题|原因|故障原因|问题原因)已(?:经)?(?:定位|查明|确认|找到)$`)

// announcesCause reports whether a sentence only says that a cause was
// found.
func announcesCause(sent string) bool {
	t := strings.TrimRight(strings.TrimSpace(sent), ".!。！，, ")
	if t == "" {
		return false
	}
	if causeFoundOnly.MatchString(t) {
		return true
	}
	// a row of a timeline that says the cause was found, then what was
	// done ("排查发现根因，开始回滚调度器至 v2.8.4"): the rest names no
	// cause either
	if first, rest, ok := strings.Cut(t, "，"); ok && causeFoundOnly.MatchString(first) && !statedCause.MatchString(strings.ToLower(rest)) && !tellsWhy.MatchString(strings.ToLower(rest)) {
		return true
	}
	return false
}

// statedCause matches a sentence that names a cause outright, not one that
// only has a causal word (because, due to, 导致): among them an outage told
// as following a failure ("The outage followed the failure of the
// facility's chilled-water cooling plant") and what the investigation
// established ("We later determined that a cluster retired the previous
// evening had been removed from the inventory …").
var statedCause = regexp.MustCompile(establishedThatForm + `|root[- ]cause|caused by|\b(?:outage|disruption|incident|interruption|downtime) (?:followed|came after) (?:a|an|the) (?:[\w'’-]+ ){0,4}?(?:failure|fault|loss|malfunction|cut)\b|\b(?:defect|bug|flaw|fault|regression|misconfiguration) in\b[^.;]{0,80}?\bcaused\b|\bcaused (?:a|an|the|this|that)(?:\s+[\w-]+){0,3}?\s+(?:outage|incident|disruption|failures?|errors|downtime|interruption)\b|\bblam(?:ed|es)\b|\battribut(?:ed|ing) (?:it|the \w+|this) to\b|(?:was|were) (?:triggered|caused) by|the (?:cause|trigger) (?:was|of)|\bidentified (?:[\w'’-]+ ){1,8}?as the (?:likely |probable |root |main |underlying )?(?:cause|reason|trigger|source)\b|traced (?:back )?to\b|\b(?:this|that|it) (?:is|was) an? (?:(?:latent|long-standing|longstanding|pre-existing|previously unknown|hidden|dormant|software|code|subtle) )+(?:defect|bug|flaw)\b|原因是|原因为|根因|根本原因|起因|问题出在|所致|源于|归因于|归咎|矛头指向|(?:与|和)[^，。；]{1,20}(?:故障|问题|错误|缺陷|漏洞|bug|失误)有关`)

// headlineWhy is the why-words a headline tells a cause with: "due to",
// "because of", "blamed on", a Chinese 因…故障/问题 before what it did.
var headlineWhy = regexp.MustCompile(`(?i)\b(?:due to|because of|blamed on|blames?\b[^|]{1,60}\bon)\b|(?:^|[^原基诱])因(?:为)?[^，,。；;因]{2,30}?(?:故障|问题|错误|缺陷|失败|断电|停电|掉电|损坏|攻击|漏洞|病毒|bug|洪水|飓风|火灾)`)

// headlineCause reports whether a headline tells what set its outage off
// (statedCause, headlineWhy) and is no question.
func headlineCause(title string) bool {
	if title == "" || strings.ContainsAny(title, "?？") {
		return false
	}
	return headlineWhy.MatchString(title) || statedCause.MatchString(strings.ToLower(title))
}

// becauseSentence is the first sentence of text that tells why something
// failed with "because", when nothing else told the cause: a news
// report's account. A sentence that tells what the outage itself brought
// about ("because of the outage"), what users saw, a plan or a piece of
// advice is not one.
func becauseSentence(text string) string {
	if !strings.Contains(asciiLower(text), "because") {
		return ""
	}
	for _, sent := range sentences(text) {
		l := asciiLower(sent)
		if !strings.Contains(l, "because") {
			continue
		}
		if outageBrought.MatchString(l) || spreadAside(sent) || planEarly(sent) || mayAdvise(sent, l) || usersSaw.MatchString(sent) || hasCue(sent, data.SectionImpact) || hasCue(sent, data.SectionRemediation) {
			continue
		}
		return strings.TrimSpace(sent)
	}
	return ""
}

// peopleBecause reports whether a cause is one sentence whose only why is
// a "because" of what people could not do ("… because counter staff
// could not access account records"): an effect told by another, no
// cause.
func peopleBecause(cause string) bool {
	if cause == "" || strings.Contains(cause, "\n") || len(sentences(cause)) != 1 {
		return false
	}
	low := asciiLower(cause)
	i := strings.Index(low, " because ")
	if i < 0 || statedCause.MatchString(low) || namedDefect.MatchString(low) {
		return false
	}
	return peopleCouldNot.MatchString(low[i+len(" because "):])
}

// peopleCouldNot opens a clause that tells what people could not do:
// "counter staff could not access", "customers were unable to".
var peopleCouldNot = regexp.MustCompile(`^(?:[\w'-]+\s+){0,3}?(?:staff|customers?|users?|members|employees|agents|people|drivers|passengers|riders|shoppers|patients|players|cashiers|tellers)\s+(?:could not|couldn't|were unable|was unable|cannot|can't)\b`)

// strongImpact reports whether a sentence says what users met: who saw
// what ("users experienced", "Players were unable to …"), the outage's
// effect ("The incident resulted in …"), or what an outage named by "this"
// brought about ("This caused a 14-minute lockout for all users"). One
// that tells only who was spared is none.
func strongImpact(sent string) bool {
	if sparedOnly(sent) {
		return false
	}
	if usersSaw.MatchString(sent) || impactLead.MatchString(sent) || peopleSaw.MatchString(sent) || thisAffected.MatchString(sent) || countedImpact.MatchString(sent) {
		return true
	}
	if !outcomeLead.MatchString(sent) {
		return false
	}
	k := beforeConsequence(sent)
	return k > 0 && impactWords.MatchString(sent[k:]) && !recoveryWords.MatchString(sent[k:])
}

// strongImpactIn reports whether any sentence of an impact is strong.
func strongImpactIn(impact string) bool {
	for _, sent := range sentences(impact) {
		if strongImpact(sent) {
			return true
		}
	}
	return false
}

// bodyImpact is the sentences of a write-up's paragraphs, outside its
// sections of cause, remediation and lessons and its events, that say
// what users met (strongImpact), with a sentence right after one that
// goes on with it ("During this time, the success rate dropped to 75%"):
// three at most, none the impact has already.
func bodyImpact(s sectioned, isEvent []bool, have string) string {
	var told []string
	for i, b := range s.blocks {
		if len(told) == 3 {
			break
		}
		if b.kind != kindPara || isEvent[i] || s.secs[i] != "" && s.secs[i] != data.SectionSummary {
			continue
		}
		after := false
		for _, sent := range sentences(b.text) {
			sent = strings.TrimSpace(sent)
			if len(told) == 3 || sent == "" {
				break
			}
			if (strongImpact(sent) || have == "" && trailingImpact.MatchString(sent) || after && goesOn.MatchString(sent)) && !strings.Contains(have, sent) && !slices.Contains(told, sent) {
				told = append(told, sent)
				after = true
				continue
			}
			after = false
		}
	}
	return strings.Join(told, " ")
}

// trailingImpact is a sentence's closing clause that tells what users met
// as what the sentence's events led to, the outcome's noun right after
// the link: "…, leading to elevated errors in tracking services", "…,
// resulting in an elevated error rate for the API", "…, causing
// intermittent timeouts for checkout". Read only while the impact is
// empty: beside a sentence that says what users met, such a clause is
// most often a step of the mechanism. (A sentence that opens on the
// outage, "This caused …", is strongImpact's.)
var trailingImpact = regexp.MustCompile(`(?i),\s+(?:leading to|resulting in|causing)\s+(?:an?\s+|the\s+)?(?:(?:elevated|increased|higher|widespread|significant|intermittent|partial|complete|total|sporadic)\s+)?(?:error rates?|errors|failures|timeouts|latenc(?:y|ies)|unavailability|downtime|outages?|disruptions?)\b`)

// countedNoun is what an impact counts: "366 customers", "0.2% of DNS
// queries", "12 percent of all builds".
const countedNoun = `\d[\d,.]*(?:\s*%| percent)?\s+(?:of (?:our |all |the |its |their )?)?(?:[a-z-]+ )?(?:customers|users|tenants|accounts|organi[sz]ations|merchants|sites|websites|clients|developers|workspaces|repositories|projects|domains|subscribers|businesses|stores|requests|queries|calls|orders|transactions|payments|builds|jobs|devices|players)\b`

// countedImpact tells how many met the outage, by number: "Approximately
// 1,200 customers were affected", "About 2% of users were impacted", "the
// maximum potential impact involved 366 customers".
var countedImpact = gateRegexp(regexp.MustCompile(`(?i)\b` + countedNoun + `[^.;]{0,40}?\b(?:were|was|had been|have been) (?:[a-z]+ly )?(?:affected|impacted|disrupted)\b|\bimpact (?:involved|included|was limited to|was confined to|extended to|reached|touched)\s[^.;]{0,40}?\b` + countedNoun))

var (
	// peopleSaw is what people of a service other than its users met:
	// "Players experienced long wait times", "viewers could not …".
	peopleSaw = regexp.MustCompile(`(?i)\b(?:players|gamers|visitors|shoppers|subscribers|members|viewers|listeners|readers|passengers|travell?ers|riders|drivers|patients|students|employees|sellers|buyers|advertisers|callers|people|consumers|households|homes)\b[^.]{0,60}?\b(?:experienced|saw|were unable|could not|couldn't|lost|faced|encountered|received|were left)\b`)
	// outcomeLead opens a sentence that tells what an outage named before
	// brought about: "This caused …", "The incident severely impacted …",
	// "During this time we had …, resulting in …".
	outcomeLead = regexp.MustCompile(`(?i)^(?:this|that|it|these|the (?:incident|outage|disruption|issue|problem|failure|event|degradation|error|bug)|during (?:this|that|the) (?:time|period|window|outage|incident))\b`)
	// impactWords name what users met, in what follows a consequence.
	impactWords = regexp.MustCompile(`(?i)\b(?:users?|customers?|clients?|players|visitors|downtime|outages?|unavailab\w*|lockout|(?:failed|failing|dropped) (?:requests|jobs|builds|calls|payments|logins|connections)|failures|errors|delays?|degrad\w*|slow\w*|could not|unable|inability|disrupt\w*|impacting|affecting)\b`)
	// recoveryWords tell that what followed was a recovery: "leading to a
	// rapid subsidence of errors".
	recoveryWords = regexp.MustCompile(`(?i)\b(?:subsid\w*|recover\w*|restor\w*|decreas\w*|reduc\w*|declin\w*|resolv\w*|mitigat\w*|fix(?:ed|ing)?|returned to normal)\b`)
	// thisAffected opens a sentence that says what the outage named
	// before touched, the verb itself the effect: "This affected the
	// dashboard and the API", "It impacted all user-facing components".
	thisAffected = regexp.MustCompile(`(?i)^(?:this|that|it)\s+(?:[a-z]+ly\s+)?(?:affected|impacted|disrupted)\s`)
	// goesOn opens a sentence that goes on with the one before it.
	goesOn = regexp.MustCompile(`(?i)^(?:during (?:this|that|the) (?:time|period|window)|in that time|meanwhile|at (?:its|the) peak|at the same time)\b`)
)

// actionsOnly reports whether a text is a list of three or more lines of
// which most tell what the team did, each opening on a past verb with no
// subject ("Confirmed the issue via the AWS console", "Raised an issue
// with AWS at 10:29"), and none names a cause.
func actionsOnly(text string) bool {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if len(lines) < 3 {
		return false
	}
	// the lines that open on a past verb are counted first: most causes
	// have too few, and then no line need be scored for a cause cue
	// (cueSection, the costly part)
	acts := 0
	for _, l := range lines {
		if w, _, _ := strings.Cut(strings.TrimSpace(l), " "); len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' && strings.HasSuffix(w, "ed") && w[1] >= 'a' && w[1] <= 'z' {
			acts++
		}
	}
	if acts*5 < len(lines)*3 {
		return false
	}
	for _, l := range lines {
		if cueSection(strings.TrimSpace(l)) == data.SectionCause {
			return false
		}
	}
	return true
}

// investigatingOnly reports whether a text only says that the cause is
// still being looked for, in each of its sentences ("We are continuing to
// investigate.", "正在排查原因。", "引き続き調査を行っております。"): it
// tells no cause, whatever the heading above it says. A sentence that
// states a cause beside the search that goes on ("… the failure had been
// caused by an electrical fault …, and that the airline would be
// investigating why its backup site had not taken over") tells one.
func investigatingOnly(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > 400 {
		return false
	}
	for _, sent := range sentences(text) {
		for _, part := range strings.Split(sent, " / ") {
			part = strings.Trim(part, " \t\n.。!！/")
			if part != "" && (!stillLooking.MatchString(part) && !stillLookingZh.MatchString(part) && !investigatingState[strings.ToLower(part)] || statedCause.MatchString(strings.ToLower(part))) {
				return false
			}
		}
	}
	return true
}

// withoutInvestigating is a cause without its lines that only say the
// search goes on.
func withoutInvestigating(cause string) string {
	if !strings.Contains(cause, "nvestigat") && !strings.Contains(cause, "排查") && !strings.Contains(cause, "调查") && !strings.Contains(cause, "調査") {
		return cause // the cheap test first
	}
	lines := strings.Split(cause, "\n")
	kept := lines[:0:0]
	for _, l := range lines {
		if !investigatingOnly(l) {
			kept = append(kept, l)
		}
	}
	if len(kept) == len(lines) {
		return cause
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// investigatingState is a status update's state while the cause is
// sought, alone.
var investigatingState = map[string]bool{"investigating": true, "under investigation": true, "still investigating": true}

// stillLookingZh says in Chinese or Japanese that the search for the cause
// goes on: "正在排查", "仍在调查中", "原因调查中", "引き続き調査を行っております".
var stillLookingZh = gateRegexp(regexp.MustCompile(`^(?:我们|技术人员|工程师|团队)?(?:正在|仍在|继续|持续|目前正在)(?:紧急)?(?:排查|调查|定位|分析)|(?:原因)?(?:排查|调查|調査)中$|引き続き(?:原因(?:を|の))?調査|調査を(?:行って|続けて)`))

// chainCause is the first sentence of a summary that tells what happened
// as a chain: one whose consequence ("…, leading to …", "… resulted in
// …", "… that affected …") follows a lead that is no outage nor what users
// saw, or one the next sentence names as what set it off ("This led to
// …", "The problem affected …"). A sentence that announces a cause, a
// plan or a piece of advice is none.
func chainCause(sents []string) string {
	for i, sent := range sents {
		sent = strings.TrimSpace(sent)
		if utf8.RuneCountInString(sent) < 20 || announcesCause(sent) || planEarly(sent) || apology.MatchString(sent) || resolvedCue.MatchString(sent) ||
			stillLooking.MatchString(sent) || deniesCause(strings.ToLower(sent)) {
			continue // a cause not told ("declined to say what caused the problem") is no chain
		}
		sec := cueSection(sent)
		if sec == data.SectionRemediation || sec == data.SectionLessons {
			continue
		}
		if k := beforeConsequence(sent); k > 0 && chainLead(sent[:k]) {
			return sent
		}
		if failedAfter.MatchString(sent) {
			return sent
		}
		if sec != data.SectionImpact && i+1 < len(sents) && followsFrom.MatchString(strings.TrimSpace(sents[i+1])) && chainLead(sent) {
			return sent
		}
	}
	return ""
}

// chainLead reports whether the lead of a chain can be its cause: not the
// outage itself ("The outage caused …"), nor what users saw.
func chainLead(lead string) bool {
	lead = strings.TrimSpace(lead)
	return len(strings.Fields(lead)) >= 3 && !usersSaw.MatchString(lead) && !impactLead.MatchString(lead) && !outageSubject.MatchString(lead) &&
		cueSection(lead) != data.SectionImpact
}

// failedAfter is a failure told with what came before it: "… became
// unavailable after two files with one hash were checked in", "… went down
// after a sudden spike".
var failedAfter = regexp.MustCompile(`(?i)\b(?:(?:became|went|was|were|got) (?:unavailable|down|offline|unreachable|unresponsive|corrupted)|failed|stopped (?:working|responding)|crashed|broke)\b[^.]{0,60}? after (?:a|an|the|two|three|several|some|many|our|its|their|one of|[a-z]+ing)\b`)

// stillLooking is a sentence that says the cause is still sought ("We are
// continuing to look into what led to this").
var stillLooking = gateRegexp(regexp.MustCompile(`(?i)\b(?:look(?:ing)? into|investigat\w*|determin\w*|understand\w*|find(?:ing)? out) (?:what|why|how)\b|^(?:we|our [a-z]+ teams?) (?:are|is|were|have been) (?:still |continuing to |currently )?(?:investigat|look(?:ing)? into|work(?:ing)? (?:on|to))`))

// followsFrom opens a sentence that tells what the one before it brought
// about: "This led to …", "This lead to …", "The problem affected …".
var followsFrom = regexp.MustCompile(`(?i)^(?:this|that|it|these|the (?:problem|issue|error|change|failure|bug|mistake)) (?:then )?(?:led|lead|leads|caused|causes|resulted|results|meant|affected|broke|triggered|prevented)\b`)

// userReport opens an event that tells what users or customers reported:
// a symptom they met, whatever word of cause it holds.
var userReport = regexp.MustCompile(`(?i)^(?:a |an |the |several |some |many |multiple )?(?:[a-z]+ )?(?:users?|customers?|clients?|tenants?) (?:reported|raised|complained|said|told us|noticed)\b`)

// outageBrought is "because of" the outage itself: what it brought
// about, not why it happened.
var outageBrought = regexp.MustCompile(`because of (?:the|this|that|an|a) (?:[a-z-]+ )?(?:outage|incident|disruption|downtime|problems?|issues?|failure)\b`)

// titleReasonRe is the clause of a title that says why: "… failure due
// to registry password rotation", "Outage caused by an expired
// certificate".
var titleReasonRe = regexp.MustCompile(`(?i)\b(?:due to|caused by|because of|owing to|triggered by|resulting from)\s+(.+)$`)

// foundThat opens a sentence that tells what was found, its subject left
// out as a timeline's rows leave it ("Identified that …", "Found that
// …") or named ("Team discovered that …", a supplier's: "Tarrant's
// on-call confirms a degraded database node …"); what was found follows
// "that", or is a fault the sentence names ("identified a faulty switch").
var foundThat = regexp.MustCompile(`(?i)^(?:(?:we|engineers|(?:the )?team|our (?:engineers|team)|[a-z][\w-]*(?:'s|’s) (?:on-call|team|engineers|support|sre|ops|noc))\s+(?:have |had )?)?(?:identified|found|discovered|determined|realised|realized|confirm(?:s|ed)?)\s+(?:that\s+\S|an?\s+(?:[\w-]+\s+){0,3}?(?:degraded|faulty|failed|failing|broken|bad|misconfigured|corrupt(?:ed)?|expired|overloaded)\s+\S)`)

// foundInEvents is the first sentence of the timeline's events that tells
// what was found, "" when none does.
func foundInEvents(events []data.TimelineEvent) string {
	for _, ev := range events {
		for _, sent := range sentences(ev.Text) {
			if sent = strings.TrimSpace(sent); foundThat.MatchString(sent) {
				return sent
			}
		}
	}
	return ""
}

// titleReason is the reason a title gives for its outage, a word or more
// that names a thing (not "due to an incident", "due to issues"), with a
// capital first letter; "" when it gives none.
func titleReason(title string) string {
	m := titleReasonRe.FindStringSubmatch(title)
	if m == nil {
		return ""
	}
	r := strings.TrimRight(strings.TrimSpace(m[1]), ".!?;:,")
	named := false
	for _, w := range strings.Fields(strings.ToLower(r)) {
		w = strings.Trim(w, "()\"'")
		if len(w) >= 3 && !blameGeneric[w] && !articleWords[w] {
			named = true
		}
	}
	if !named || outageBrought.MatchString("because of "+strings.ToLower(r)) {
		return ""
	}
	first, size := utf8.DecodeRuneInString(r)
	return string(unicode.ToUpper(first)) + r[size:]
}

// articleWords are the articles and determiners a reason may open with.
var articleWords = map[string]bool{"the": true, "an": true, "a": true, "this": true, "that": true, "some": true, "our": true, "its": true, "their": true, "unknown": true, "unexpected": true}

// titleBlames is a headline's clause that blames: "blamed on X", "blames
// X for", "X blamed" at the end of the headline or of a clause.
var titleBlames = regexp.MustCompile(`(?i)\bblamed on (?:an? |the )?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})|\bblames? (?:an? |the )?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?) for\b|(?:^|[;:,]\s*)(?:an? |the )?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:is |was |were )?blamed\s*$`)

// blamedWords are the words of what a headline blames that name a thing
// ("switch" of "faulty switch blamed", "power" of "blamed on power failure
// at Ashburn …"), lower case, up to a preposition and without words any
// failure has ("faulty", "failure"); nil when it blames nothing.
func blamedWords(title string) []string {
	m := titleBlames.FindStringSubmatch(title)
	if m == nil {
		return nil
	}
	var out []string
	for _, w := range strings.Fields(strings.ToLower(m[1] + m[2] + m[3])) {
		if blameStop[w] {
			break // "… at Ashburn colocation site": where, not what
		}
		if len(w) >= 4 && !blameGeneric[w] {
			out = append(out, w)
		}
	}
	return out
}

var (
	blameStop    = map[string]bool{"at": true, "in": true, "on": true, "of": true, "for": true, "after": true, "during": true, "from": true, "by": true, "with": true, "and": true}
	blameGeneric = map[string]bool{"faulty": true, "failed": true, "failing": true, "failure": true, "failures": true, "fault": true, "faults": true, "broken": true, "issue": true, "issues": true, "problem": true, "problems": true, "error": true, "errors": true, "glitch": true, "outage": true, "technical": true, "bad": true}
)

// containsWord reports whether lower text holds w as a whole word.
func containsWord(text, w string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		k += i
		before := k == 0 || !isWordByte(text[k-1])
		after := k+len(w) >= len(text) || !isWordByte(text[k+len(w)])
		if before && after {
			return true
		}
		i = k + len(w)
	}
}

// sentenceNaming is the first sentence of a text, not its title, that
// holds every word of ws whole; "".
func sentenceNaming(text, title string, ws []string) string {
	for _, sent := range sentences(head(text, 5000)) {
		sent = strings.TrimSpace(sent)
		if strings.Contains(sent, title) || strings.Contains(title, sent) || !endsSentence(sent) && !strings.HasSuffix(sent, ".") {
			continue // the headline, or a line that is none of the story's sentences
		}
		lower := strings.ToLower(sent)
		if !slices.ContainsFunc(ws, func(w string) bool { return !containsWord(lower, w) }) {
			return sent
		}
	}
	return ""
}

// vagueBlameRE is a blame that names no mechanism: "has blamed a fault
// in a software update for", "attributed the outage to a technical
// issue", "blamed a glitch".
var vagueBlameRE = regexp.MustCompile(`(?i)\b(?:blamed|blames|blaming|attributed|attributes|put (?:it|the \w+) down to)\b[^.;]{0,40}?\b(?:an?|the)\s+(?:\w+\s+)?(?:fault|problem|issue|glitch|error|failure|incident)\b`)

// vagueBlame reports whether a cause is one sentence of vague blame
// (vagueBlameRE) that names no specific mechanism (specificCause).
func vagueBlame(cause string) bool {
	cause = strings.TrimSpace(cause)
	return cause != "" && !strings.Contains(cause, "\n") && len(sentences(cause)) == 1 && vagueBlameRE.MatchString(cause) && !specificCause.MatchString(cause)
}

// specificCause names how something failed: a bug, an overflow, a
// setting made wrong, something expired, corrupt, exhausted or locked.
var specificCause = regexp.MustCompile(`(?i)\b(?:bugs?|overflow(?:ed|s)?|misconfigur\w+|expired|corrupt\w*|race condition|memory leak|ran out of|exhaust(?:ed|ion)|deadlock\w*|typo|null pointer|infinite loop|crash loop|wrong (?:value|setting)|incorrect(?:ly)? (?:value|setting|configur\w+))\b`)

// specificCauseAfter is the first sentence of text after the one that
// holds cause (within the next six) that names a specific mechanism; ""
// when none does.
func specificCauseAfter(text, cause string) string {
	cause = strings.TrimSpace(cause)
	sents := sentences(head(text, 5000))
	for i, sent := range sents {
		if !strings.Contains(sent, cause) && !strings.Contains(cause, strings.TrimSpace(sent)) {
			continue
		}
		for _, next := range sents[i+1 : min(len(sents), i+7)] {
			if next = strings.TrimSpace(next); specificCause.MatchString(next) && (endsSentence(next) || strings.HasSuffix(next, ".")) {
				return next
			}
		}
		return ""
	}
	return ""
}

// deckLine reports whether a cause is an article's deck: one line under
// 120 characters that ends no sentence.
func deckLine(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && len(t) < 120 && !strings.Contains(t, "\n") && !endsSentence(t) && !strings.HasSuffix(t, ".") && strings.IndexFunc(t, isHan) < 0
}

// maxCauseSentences is how many sentences of the text causeFromText takes.
const maxCauseSentences = 3

// causeFromText is the cause of a write-up that neither a section, its
// summary nor its updates state apart: the first sentences of its text
// that name it outright.
// dueToOpening is the first sentence that opens with what a failure was
// due to ("由于科大校园网络的未知故障，LUG 的所有网络服务…", "因为机房
// 空调故障，…"), the clause naming a fault; "" when none. A clause that
// names the outage itself ("由于此次故障导致…") tells its consequence.
func dueToOpening(text string) string {
	if !strings.Contains(text, "由于") && !strings.Contains(text, "因为") {
		return ""
	}
	for _, sent := range sentences(text) {
		sent = strings.TrimSpace(sent)
		m := dueToClause.FindStringSubmatch(sent)
		if m == nil || outageConsequence.MatchString(sent) || mayAdvise(sent, sent) {
			continue
		}
		return sent
	}
	return ""
}

var dueToClause = regexp.MustCompile(`^(?:[^，,。]{0,16}[，,]\s*)?(?:由于|因为)([^，,。；;]{2,40}?(?:故障|异常|中断|错误|缺陷|失败|断电|停电|掉电|损坏|宕机|攻击|问题))[，,]`)

// contributingOnly reports whether every heading that opens the cause
// section names contributing factors ("Contributing Factors"), none the
// cause itself.
func contributingOnly(s sectioned) bool {
	found := false
	for _, b := range s.blocks {
		if b.kind == kindHeading && classifyHeading(strings.TrimSpace(b.text)) == data.SectionCause {
			if !strings.Contains(asciiLower(b.text), "contributing") {
				return false
			}
			found = true
		}
	}
	return found
}

// concessiveOpen opens a sentence that leans on the one before it ("But
// it unfortunately was, causing …", "However, it turned out …",
// "Potentially causing …"): alone it tells no cause.
var concessiveOpen = regexp.MustCompile(`^(?i:but|however|although|though|potentially|possibly|we're trying|we are trying)\b`)

// aFix is a sentence's words about the fix: "A fix was ready but … due to
// a blocking change" tells why the fix waited, not what set it off.
var aFix = regexp.MustCompile(`(?i)\b(?:a|the) fix\b`)

// otherOutageNames are the words by which a sentence names another outage
// than the one written up (otherOutageMarks without the years, which may
// date this one).
var otherOutageNames = []string{"另一次", "上一次", "上次", "前一次", "此前一次", "another outage", "another incident",
	"previous outage", "previous incident", "last outage", "last incident", "prior outage", "prior incident", "earlier outage"}

// withoutOtherOutages drops from an impact the sentences that tell of
// another outage ("另一次类似规模的停电发生在 2009 年，服务保持离线近 6 个小时。"):
// what that one did is not this one's impact. An impact of such sentences
// only is kept as it is.
func withoutOtherOutages(impact string) string {
	if !containsAny(strings.ToLower(impact), otherOutageNames) {
		return impact // the cheap test first: most impacts name none
	}
	var lines []string
	dropped := false
	for _, line := range strings.Split(impact, "\n") {
		var kept []string
		for _, sent := range splitSentences(line) {
			if containsAny(strings.ToLower(sent), otherOutageNames) {
				dropped = true
				continue
			}
			kept = append(kept, sent)
		}
		if l := strings.TrimSpace(strings.Join(kept, "")); l != "" {
			lines = append(lines, l)
		}
	}
	if !dropped || len(lines) == 0 {
		return impact
	}
	return strings.Join(lines, "\n")
}

// thisCaused opens a sentence that tells only what the sentence before it
// did ("This caused all services … to become unavailable", "This resulted
// in …"): when the impact holds it, it is the impact's alone.
var thisCaused = regexp.MustCompile(`^(?:This|That|Which|It) (?:then |in turn )?(?:caused|led to|resulted in|meant)\b`)

// loneRecovery reports whether a timeline's only event, at t with a clock
// time, says that the service is back (a day alone, "于 2014 年 12 月 18 日
// 凌晨宕机，已基本恢复服务", may be the day it went down).
func loneRecovery(events []data.TimelineEvent, t time.Time) bool {
	if len(events) != 1 || clockCount(events[0].TimeText) == 0 {
		return false
	}
	at, err := time.Parse(time.RFC3339, events[0].At)
	if err != nil || !at.Equal(t) {
		return false
	}
	text := events[0].Text
	if cameAfter.MatchString(text) {
		return false // "19时20分，…，约半小时后恢复正常": the time is when it began, the recovery a length after it
	}
	return resolvedNow(text) || cameBack.MatchString(text) && !cameBackNot.MatchString(text)
}

// cameAfter tells that a service came back a length after the time the
// sentence opened with ("约半小时后恢复正常", "two hours later it was
// restored").
var cameAfter = regexp.MustCompile(`(?i)(?:小时|分钟|钟头|天)\s*(?:左右)?(?:后|之后|以后)(?:才)?(?:陆续|逐步|全部|完全|基本)?恢复|\b(?:minutes?|hours?|an hour)\s+later\b|\bafter\s+(?:about\s+|around\s+|roughly\s+)?(?:\d+|an?|one|two|three|half an)\s+(?:minutes?|hours?)\b`)

// cameBack is a Chinese update's word that the service came back
// ("…在早上 4:30 左右恢复了"); cameBackNot one that says it has not yet.
var (
	cameBack    = regexp.MustCompile(`恢复了`)
	cameBackNot = regexp.MustCompile(`(?:未|没|尚未|还没|仍未|不)(?:有)?(?:完全)?恢复`)
)

// lapsed tells that something whose validity runs out did so: "the token
// signing certificates applied to the proxy expired", "our domain's
// registration lapsed" (a summary's trigger beside a list of contributing
// factors).
var lapsed = regexp.MustCompile(`(?i)\b(?:certificates?|certs?|keys?|tokens?|credentials?|licen[cs]es?|domains?|registrations?|passwords?|secrets?|subscriptions?)\b[^.;]{0,60}?\b(?:expired|lapsed)\b`)

// accidental is a sentence's word that what it tells was not meant:
// "accidentally overwriting existing annotations".
var accidental = regexp.MustCompile(`(?i)\b(?:accidentally|inadvertently|mistakenly|unintentionally|by mistake)\b`)

func causeFromText(text string) string {
	var out []string
	sents := sentences(text)
	for k, sent := range sents {
		if low := strings.ToLower(sent); (statedCause.MatchString(low) || namedDefect.MatchString(low)) && !futureAnalysis.MatchString(sent) && !deniesCause(low) && !announcesCause(sent) {
			if k > 0 && pointsBack.MatchString(sent) && (len(out) == 0 || out[len(out)-1] != strings.TrimSpace(sents[k-1])) && !strings.Contains(sents[k-1], "\n\n") {
				// "… stores their count in a 16-bit field. This is a
				// latent defect …": what "this" is, first
				out = append(out, strings.TrimSpace(sents[k-1]))
			}
			out = append(out, strings.TrimSpace(sent))
			if len(out) == maxCauseSentences {
				break
			}
		}
	}
	return strings.Join(out, " ")
}

// namedDefect is a sentence's outright naming of what broke: its root
// cause, or a defect with what kind it was ("this was a latent bug in the
// code", "a latent race condition in the partition handoff code allowed
// …").
var namedDefect = regexp.MustCompile(`root[- ]cause|\b(?:this|that|it) (?:is|was) an? (?:(?:latent|long-standing|longstanding|pre-existing|previously unknown|hidden|dormant|software|code|subtle) )+(?:defect|bug|flaw)\b|\ban? (?:latent|long-standing|longstanding|pre-existing|previously unknown|dormant) (?:race condition|defect|bug|flaw)\b|根因|根本原因`)

// pointsBack opens a sentence that names the one before it as what it
// tells of: "This is a latent defect …", "That was the bug".
var pointsBack = regexp.MustCompile(`^\s*(?:This|That|It) (?:is|was) (?:a|an|the) `)

// datelessSpan is how long an incident lasted by a timeline whose times
// carry no date ("at 2:19am PDT" … "largely restored by 7:10am PDT" on a
// Sunday, September 20 of no year): from its first time to the last event
// that says it was resolved, the times told in order in one zone, past
// midnight at most once and within a day; 0 when the timeline does not
// tell it so.
func datelessSpan(events []data.TimelineEvent, lang string) int {
	if len(events) < 2 {
		return 0
	}
	var start, end stamp
	found := false
	prev, wraps := -1, 0
	for i, ev := range events {
		if ev.At != "" {
			return 0
		}
		st, ok := clockIn(ev.TimeText, lang)
		if !ok || !st.hasClock() {
			return 0
		}
		if m := st.hour*60 + max(st.min, 0); m < prev {
			if wraps++; wraps > 1 || prev-m < 12*60 {
				return 0 // told out of order: no story of one day
			}
			prev = m
		} else {
			prev = m
		}
		if i == 0 {
			start = st
			continue
		}
		if st.loc != nil && start.loc != nil && st.loc.String() != start.loc.String() {
			return 0 // times in two zones
		}
		if resolvedNow(ev.Text) {
			end, found = st, true
		}
	}
	if !found {
		return 0
	}
	m := (end.hour*60 + max(end.min, 0)) - (start.hour*60 + max(start.min, 0))
	if m <= 0 {
		m += 24 * 60 // past midnight
	}
	if m >= 24*60 {
		return 0
	}
	return m
}

// closingRange is the length of the range of clock times the last
// event that says the incident was resolved states ("Resolved - Between
// 19:02 and 20:31 UTC, traffic … was dropped"), 0 when it states none.
func closingRange(events []data.TimelineEvent) int {
	for i := len(events) - 1; i >= 0; i-- {
		if resolvedNow(events[i].Text) {
			return clockRangeMinutes(events[i].Text)
		}
	}
	return 0
}

// triggerSentence opens a sentence that tells what set an incident off:
// "The incident began when …", "This began after …", "The outage started
// following …".
var triggerSentence = regexp.MustCompile(`^(?i:(?:this|it|the (?:outage|incident|issue|problem|disruption|downtime|failure|event))\s+(?:began|started)\s+(?:after|when|following)\s)`)

// startedWhen is a sentence that says what the trouble began with, its
// time between: "The delays started at 10:02 IST, when a change to the
// message router's rate-limit configuration was applied", "Errors began
// shortly after 14:05 UTC, following a deploy of …".
var startedWhen = regexp.MustCompile(`^(?i:(?:this|it|(?:the )?(?:[\w-]+ ){0,2}(?:outage|incident|issue|problem|disruption|downtime|failure|event|delays?|errors?|failures?|timeouts?|impact))\s+(?:began|started)\s+(?:(?:at|around|about|shortly after|on)\s+[^,.;]{1,40}?,?\s+)?(?:after|when|following)\s)`)

// closingTrigger is what a status page's closing update (the last
// event's line, read whole from the event's words on) says set the
// incident off: its sentence that tells what the trouble began with
// (startedWhen) and up to two after it, less those cause holds already;
// "" when it tells none.
func closingTrigger(events []data.TimelineEvent, text, cause string) string {
	if len(events) == 0 {
		return ""
	}
	line, from := lineHolding(text, events[len(events)-1])
	sents := sentences(line[from:])
	for i, sent := range sents {
		if !startedWhen.MatchString(strings.TrimSpace(sent)) {
			continue
		}
		var out []string
		for _, t := range sents[i:min(i+3, len(sents))] {
			if t = strings.TrimSpace(t); !strings.Contains(cause, strings.TrimRight(t, ".。!！")) {
				out = append(out, t) // (what the cause tells already, it keeps once)
			}
		}
		return strings.Join(out, " ")
	}
	return ""
}

// stampedCause reports whether a cause is a status update, its stamp
// first ("01 Dec 2026 11:35 IST — The delays are caused by throttling …"):
// what an Identified update said, read as the cause section.
func stampedCause(cause, lang string) bool {
	_, ok := openingStamp(strings.TrimSpace(cause), lang)
	return ok
}

// openingStamp reads the stamp with a clock time that opens t, as a
// status update's does ("01 Dec 2026 11:35 IST — …"), and its zone: rest
// is what follows them; ok is false when t opens with none.
func openingStamp(t, lang string) (rest string, ok bool) {
	st, n, ok := parseStamp(t, lang)
	if !ok || !st.hasClock() || n > 40 {
		return "", false
	}
	rest = t[n:]
	if z := zoneAfter(rest); z != nil {
		rest = rest[len(z[0]):]
	}
	return rest, true
}

// triggeredSentence is a sentence that says, in the passive, what set the
// incident off: "The incident was triggered when …", "The outage was
// caused by …". Said inside an opening paragraph, after the sentence that
// tells what the outage did, it is the cause's first sentence as a
// triggerSentence is.
var triggeredSentence = regexp.MustCompile(`^(?i:(?:this|the) (?:outage|incident|issue|problem|disruption|downtime|failure|event)\s+was\s+(?:initially\s+|ultimately\s+)?(?:triggered|caused|set off|sparked)\s+(?:when|by|after)\s)`)

// triggerParagraph is the opening of the first paragraph, not the text's
// first, outside any section but the summary, whose first sentence tells what set the
// incident off ("The event began when a scheduled scaling action added …"),
// up to its third sentence; "" when there is none.
func triggerParagraph(s sectioned) string {
	first := true
	for i, b := range s.blocks {
		if b.kind != kindPara || b.code || s.secs[i] != "" && s.secs[i] != data.SectionSummary {
			continue // (a letter's heading "Summary of the … Event" heads it all)
		}
		if first {
			first = false // the opening's trigger is openingTrigger's
			continue
		}
		if !strings.Contains(b.text, "began") && !strings.Contains(b.text, "started") {
			continue // the cheap test first
		}
		sents := firstSentences(b.text, 3)
		if len(sents) == 0 || !triggerSentence.MatchString(strings.TrimSpace(sents[0])) {
			continue
		}
		return strings.TrimSpace(strings.Join(sents[:min(3, len(sents))], ""))
	}
	return ""
}

// rootCauseWords names a root cause.
var rootCauseWords = regexp.MustCompile(`(?i)\broot[- ]causes?\b`)

// findingLead opens a paragraph that tells what was found to have caused
// the incident in words no cause cue weighs: "Investigation revealed that
// …", "Our analysis showed …", "The incident began at 14:43 UTC with …",
// "The unauthorized access was identified as …". One that says it adds
// to a finding told before ("Further investigation showed …") is not
// what was found to cause it.
var findingLead = regexp.MustCompile(`^(?i:(?:(?:the|our|an|a|initial|internal)\s+)?(?:investigation|analysis)\s+(?:later\s+|subsequently\s+|quickly\s+|soon\s+)?(?:revealed|showed|found|determined|uncovered|identified|confirmed)\s|the\s+(?:incident|outage|issue|problem|disruption|failure|event)\s+(?:began|started)\s+(?:(?:at|on|around|shortly after)\s+[^,.;]{1,40}?\s+)?(?:with|when)\s|(?:the|this)\s+(?:[a-z-]+\s+){1,3}(?:was|were)\s+(?:later\s+|quickly\s+|subsequently\s+|ultimately\s+)?(?:identified|determined|confirmed)\s+(?:as|to be)\s)`)

// bodyFinding is what a write-up's body says caused it where no section
// told the cause: its first sentence that states the cause outright
// (causeLead: "The root cause was identified as …"), with the sentence
// after it in its paragraph; or, when none does, the first three
// sentences of the first paragraph that opens with a finding
// (findingLead); or "".
func bodyFinding(s sectioned) string {
	found := ""
	for _, b := range s.blocks {
		if b.kind != kindPara || b.code {
			continue
		}
		sents := splitSentences(b.text)
		for j, sent := range sents {
			if t := strings.TrimSpace(sent); causeLead.MatchString(t) && !symptomLead.MatchString(t) {
				return strings.TrimSpace(strings.Join(sents[j:min(j+2, len(sents))], ""))
			}
		}
		if found == "" && len(sents) > 0 && findingLead.MatchString(strings.TrimSpace(sents[0])) {
			found = strings.TrimSpace(strings.Join(sents[:min(3, len(sents))], ""))
		}
	}
	return found
}

// zhFinding is a Chinese sentence that tells what an investigation found:
// a verb of looking into it, then 发现, 确认 or 查明 and at least six
// characters of what was found ("进一步对比新旧版本的调度日志后，工程师发现
// v2.9.0 在为函数实例分配端口时…"), not that a cause was found ("排查发现
// 根因").
var zhFinding = regexp.MustCompile(`(?:排查|分析|对比|检查|调查|定位|核查)[^。！？]{0,40}?(?:发现|确认|查明)(?:了)?[^。！？]{6,}`)

// zhBodyFinding is the first sentence of a paragraph that tells what an
// investigation found (zhFinding), with up to two sentences after it in
// its paragraph; "" when none does.
func zhBodyFinding(s sectioned) string {
	for i, b := range s.blocks {
		if b.kind != kindPara || b.code || s.secs[i] == data.SectionRemediation || s.secs[i] == data.SectionLessons {
			continue
		}
		sents := splitSentences(b.text)
		for j, sent := range sents {
			t := strings.TrimSpace(sent)
			if !zhFinding.MatchString(t) || announcesCause(t) || futureAnalysis.MatchString(t) {
				continue
			}
			return strings.TrimSpace(strings.Join(sents[j:min(j+3, len(sents))], ""))
		}
	}
	return ""
}

// allWithin reports whether every line of text is part of summary.
func allWithin(text, summary string) bool {
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.Contains(summary, line) {
			return false
		}
	}
	return true
}

// openingTrigger is the sentence of an opening paragraph that tells what
// set the incident off, or "".
func openingTrigger(para string) string {
	if !strings.Contains(para, "began") && !strings.Contains(para, "started") && !strings.Contains(para, " was ") {
		return "" // the cheap test first
	}
	for _, sent := range splitSentences(para) {
		if sent = strings.TrimSpace(sent); triggerSentence.MatchString(sent) || triggeredSentence.MatchString(sent) {
			return sent
		}
	}
	return ""
}

// namesTheCause is a sentence that says what was the cause of the
// incident itself: "… to be the cause of this outage", "… was the root
// cause of the incident", "the cause of the incident was actually …",
// "…是本次故障的原因"; or that tells what the root cause was, quoted in a
// resolution ("AWS say, \"The root cause was a latent race condition …\"",
// "厂商表示，根本原因是…"), not that it was found ("once the root cause was
// identified, …").
var namesTheCause = regexp.MustCompile(`(?i)\bthe (?:root |underlying |actual |real |true )?cause of (?:this|the|our) (?:outage|incident|issue|problem|failure|disruption|downtime|event) (?:was|is|turned out to be)\b|\b(?:to be|was|were|is|are|as) (?:the|a) (?:likely |probable |possible |main |primary |root |underlying |direct )?(?:cause|trigger|culprit) (?:of|for) (?:this|the|our) (?:outage|incident|issue|problem|failure|disruption|downtime|event)\b|\bthe (?:root|underlying|actual|real|true) cause (?:was|is|turned out to be|was identified as|has been identified as) (?:a|an|the|that)\b|是(?:本次|这次|此次)(?:故障|事故|事件|宕机|中断)的(?:根本|直接|主要)?原因|(?:根本|直接|真正的?)原因(?:是|为|在于)`)

// foundWhy reports whether a sentence tells what was found to have set
// the outage off: "But it has been found that the provider can also read
// KUBE_CONFIG, causing the apply to reach the wrong cluster", "We
// discovered that the cache key omitted the region, which caused …": a
// finding with a causal word, whatever list of steps it stands in.
func foundWhy(sent string) bool {
	m := foundThatSent.FindStringIndex(sent)
	return m != nil && causedAfter.MatchString(sent[m[1]:])
}

var (
	foundThatSent = regexp.MustCompile(`(?i)\b(?:it (?:has|had) been|it was|we(?: have| had)?|the team(?: has| had)?|engineers(?: have| had)?|(?:the )?investigation|(?:the )?analysis) (?:found|discovered|determined)(?: out)? that\b`)
	causedAfter   = regexp.MustCompile(`(?i)\b(?:caus(?:ed|ing|es)|due to|because|led to|leading to|result(?:ed|ing)? in)\b`)
)

// causeTold splits a remediation into the sentences that name the
// incident's cause and the rest, line by line; told is "" when none does.
func causeTold(remediation string) (told, rest string) {
	found := strings.Contains(remediation, "found that") || strings.Contains(remediation, "discovered that")
	if !strings.Contains(remediation, "cause") && !strings.Contains(remediation, "原因") && !found {
		return "", remediation // the cheap test first
	}
	var causes, lines []string
	for _, line := range strings.Split(remediation, "\n") {
		var kept []string
		for _, sent := range splitSentences(line) {
			if namesTheCause.MatchString(sent) && !futureAnalysis.MatchString(sent) || found && foundWhy(sent) {
				causes = append(causes, strings.TrimSpace(sent))
				continue
			}
			kept = append(kept, sent)
		}
		if k := strings.TrimSpace(strings.Join(kept, "")); k != "" {
			lines = append(lines, k)
		}
	}
	if len(causes) == 0 {
		return "", remediation
	}
	return strings.Join(causes, " "), strings.Join(lines, "\n")
}

// oneSectionEach gives a sentence that both the cause and the remediation
// hold to the one its opening names (a sentence belongs to one section):
// "Remediation efforts included …" at the end of a paragraph that opens "A
// contributing factor was …" is the remediation's, "The issue was caused
// by …" at the head of a resolution's item the cause's.
func oneSectionEach(cause, remediation string) (string, string) {
	if cause == "" || remediation == "" {
		return cause, remediation
	}
	for _, sent := range splitSentences(cause) {
		sent = strings.TrimSpace(sent)
		if utf8.RuneCountInString(sent) < 20 || !strings.Contains(remediation, sent) {
			continue
		}
		fix, why := remediationLead.MatchString(sent), causeLead.MatchString(sent)
		switch {
		case fix && !why:
			cause = withoutSentence(cause, sent)
		case why && !fix:
			remediation = withoutSentence(remediation, sent)
		}
	}
	return cause, remediation
}

// remedyOutOfImpact gives the remediation a sentence of the impact that
// opens by naming what was done about it ("Customer impact included a
// complete outage … The immediate remediation was the application of a
// revert …", "… Mitigation involved failing over to …"): a paragraph
// placed as the impact by its first sentence may go on to the response.
// A sentence that tells what users met too stays, and the impact keeps at
// least one sentence.
func remedyOutOfImpact(impact, remediation string) (string, string) {
	if impact == "" || !strings.Contains(impact, ". ") {
		return impact, remediation // one sentence (or none) is all the impact has
	}
	sents := sentences(impact)
	var moved []string
	kept := len(sents)
	for k, sent := range sents {
		if k == 0 || kept <= 1 || utf8.RuneCountInString(sent) < 20 || !remediationLead.MatchString(sent) && !strings.Contains(remediation, sent) ||
			usersSaw.MatchString(sent) || impactLead.MatchString(sent) || cueSection(sent) == data.SectionCause {
			continue
		}
		impact = withoutSentence(impact, sent)
		kept--
		if !strings.Contains(remediation, sent) {
			moved = append(moved, sent)
		}
	}
	if len(moved) > 0 {
		remediation = strings.TrimSpace(strings.Join(moved, " ") + "\n" + remediation)
	}
	return impact, remediation
}

// withoutSentence is text with the first occurrence of sent taken out, the
// space or line break around it closed up.
func withoutSentence(text, sent string) string {
	i := strings.Index(text, sent)
	if i < 0 {
		return text
	}
	left, right := strings.TrimRight(text[:i], " "), strings.TrimLeft(text[i+len(sent):], " ")
	switch {
	case left == "" || right == "":
		return strings.TrimSpace(left + right)
	case strings.HasSuffix(left, "\n") || strings.HasPrefix(right, "\n"):
		return strings.TrimRight(left, "\n") + "\n" + strings.TrimLeft(right, "\n")
	}
	return left + " " + right
}

// failedOver is a failover done, which is no failure.
var failedOver = regexp.MustCompile(`fail(?:ed|ing)? over`)

// failedPhrase is a phrase that tells something broke, besides
// failureVerbs: "did not complete", "stopped accepting writes", "ran out
// of", "未生效".
var failedPhrase = regexp.MustCompile(`(?:contained|had|introduced) an? (?:bug|defect|flaw|regression)\b|\b(?:hit|reached|exceeded) (?:the|a|an|its|their) (?:[a-z0-9-]+ ){0,2}(?:limit|ceiling|maximum)\b|triggered (?:an?|the) (?:unexpected|latent|previously unknown|unknown)\b|overwhelm(?:ed|ing)\b|did not (?:complete|start|take over|switch)|stopped (?:accepting|responding|serving|working)|ran out of|(?:was|were) rejected|没有生效|未生效`)

// tellsWhy is a sentence's causal or failing words: one without them only
// mentions a cause ("公布了事件经过和原因").
var tellsWhy = regexp.MustCompile(`caus|due to|because|led to|lead to|result|trigger|fail|broke|crash|导致|由于|因为|造成|引起|引发`)

// chainJoin is a word that joins what came before to what it brought
// about.
var chainJoin = regexp.MustCompile(`导致|造成|以致|致使|,? which (?:led to|meant|caused)|, so (?:that )?|, leading to\b`)

// impactChain reports whether a one-sentence cause is a chain of what
// users met and no more: what comes before its first joining word
// ("客户…无法收到短信验证码，导致…", "Customers could not sign in, so …")
// tells users failing, and no why-word.
func impactChain(cause string) bool {
	if cause == "" || len(sentences(cause)) != 1 {
		return false
	}
	loc := chainJoin.FindStringIndex(cause)
	if loc == nil {
		return false
	}
	head := cause[:loc[0]]
	return usersSaw.MatchString(head) && !dueToWord.MatchString(strings.ToLower(head))
}

// dueToWord is a word that tells why.
var dueToWord = regexp.MustCompile(`由于|因为|因|源于|所致|caus|due to|because|after (?:a|an|the)\b`)

// causeFromFailure is the cause of a write-up that tells it in plain
// prose, with no section, label or cue word for it: the first two
// sentences after its opening paragraph that say what broke ("the
// database's disk filled up and it stopped accepting writes").
func causeFromFailure(s sectioned, isEvent []bool) string {
	if c := failureSentences(s, isEvent, false); c != "" {
		return c
	}
	// none after it: the opening's own sentence that names a limit hit or
	// a defect ("In November 2018 a database hit the integer limit, …"),
	// not one that only says something failed
	return failureSentences(s, isEvent, true)
}

// failureSentences is causeFromFailure's search: the paragraphs after the
// opening, or the opening alone, where only failedPhrase counts.
func failureSentences(s sectioned, isEvent []bool, inOpening bool) string {
	var out []string
	firstTold := false // out's first sentence tells how a part broke (faultTold)
	opening := true
	for i, b := range s.blocks {
		if b.kind != kindPara || b.code || isEvent[i] || s.secs[i] == secClosing {
			continue
		}
		if opening != inOpening {
			if opening {
				opening = false // the opening tells what users saw
				continue
			}
			break
		}
		if inOpening {
			opening = false
			for _, sent := range splitSentences(b.text) {
				lower := strings.ToLower(sent)
				if failedPhrase.MatchString(lower) && !futureAnalysis.MatchString(sent) {
					out = append(out, strings.TrimSpace(sent))
					break
				}
			}
			continue
		}
		switch s.secs[i] {
		case "", data.SectionSummary, data.SectionImpact:
		default:
			continue
		}
		for _, sent := range splitSentences(b.text) {
			lower := strings.ToLower(sent)
			told := faultTold.MatchString(lower) // it tells how a part broke
			if !told && !failureVerbs.MatchString(lower) && !failedPhrase.MatchString(lower) || futureAnalysis.MatchString(sent) || failedOver.MatchString(lower) || alsoDid.MatchString(lower) || nothingBroke.MatchString(lower) || canDo.MatchString(sent) {
				continue
			}
			if sec := cueSection(sent); sec == data.SectionRemediation || sec == data.SectionLessons || sec == data.SectionImpact && !told {
				continue // what was done about it, or what users saw (not what broke and what it took down: "A power failure at one of our data centres took down the systems that connect card terminals")
			}
			if told && len(out) > 0 && !firstTold {
				// a sentence that tells how a part broke ("a faulty
				// network switch … had begun dropping traffic") beats one
				// before it that only says something stopped working
				out = out[:0]
			}
			if len(out) == 0 {
				firstTold = told
			}
			out = append(out, strings.TrimSpace(sent))
			if len(out) == 2 {
				return strings.Join(out, " ")
			}
		}
	}
	return strings.Join(out, " ")
}

// alsoDid opens a sentence that adds a step the responders took ("They
// also cycled all their own keys and deleted caches"): what was done
// about it, not what broke.
var alsoDid = regexp.MustCompile(`^\s*(?:they|we|the team|our team|engineers|the company) also (?:cycled|rotated|revoked|deleted|removed|disabled|reset|purged|cleared|invalidated)\b`)

// canDo is what a product lets its users do, told with a verb that
// elsewhere tells a failure: "用户可以通过菜单上的按钮旋转、缩放和删除照片".
var canDo = regexp.MustCompile(`(?:可以|能够|允许|可供)[^，。；]{0,20}(?:删除|删掉|清空)`)

// nothingBroke says that nothing was harmed ("no packages were
// compromised"): no failure.
var nothingBroke = regexp.MustCompile(`\b(?:no|none of the|nothing)\b[^.]{0,40}\b(?:was|were|had been|has been|got)\s+(?:\w+\s+)?(?:compromised|breached|hacked|deleted|removed|lost|corrupted|affected|exposed)\b`)

// failureVerbs tell that something broke: a resolution's item that says
// one and promises nothing tells the cause.
var failureVerbs = regexp.MustCompile(`\b(?:destroy(?:ed|ing)|delet(?:ed|ing)|remov(?:ed|ing)|broke|broken|fail(?:ed|ing)|overw(?:rote|ritten)|expired|exhausted|filled up|crash(?:ed|ing)|disabl(?:ed|ing)|misconfigured|corrupt(?:ed|ing)|wiped|truncated|revoked|breach(?:ed)?|compromised|hacked)\b|删除|删掉|失效|崩溃|耗尽|写满|过期|被清空|误操作`)

// causeInResolution splits a remediation section whose first items tell
// what broke ("… a PR was queued up to run. This PR executed automatically
// and destroyed subnet route table configurations …") from the items after
// them that tell how it was mended: the first items, up to the first that
// cues say mends, when they name a cause or a failure. Both "" when the
// section does not open so, or holds nothing else.
func causeInResolution(s sectioned) (cause, rest string) {
	var told, mended []string
	telling := true
	for i, b := range s.blocks {
		if s.secs[i] != data.SectionRemediation || b.code || strings.TrimSpace(b.text) == "" {
			continue
		}
		if telling {
			sec := cueSection(b.text)
			if sec != data.SectionRemediation && (sec == data.SectionCause || failureVerbs.MatchString(strings.ToLower(b.text)) || fellShort(b.text)) {
				if why, mend := mendAfterWhy(b.text); mend != "" {
					// "… due to missing annotations. Manually adding the
					// annotations restored the DNS.": the item's own
					// mending sentence opens the mending
					told, mended, telling = append(told, why), append(mended, mend), false
					continue
				}
				told = append(told, b.text)
				continue
			}
			telling = false
		}
		mended = append(mended, b.text)
	}
	if len(told) == 0 || len(mended) == 0 {
		return "", ""
	}
	return strings.Join(told, "\n"), strings.Join(mended, "\n")
}

// shortfall says a thing was not up to its load: "the default
// startupProbe was not enough", "the pool was insufficient".
var shortfall = regexp.MustCompile(`\b(?:was|were) (?:not|n't) (?:enough|sufficient|large enough|long enough|big enough)\b|\b(?:was|were) insufficient\b|\btoo (?:small|short|low) (?:for|to)\b`)

// fellShort reports whether a resolution's item tells that a thing fell
// short (shortfall): a cause, unless what fell short is a step taken to
// mend ("Reverting the change on its own was not sufficient").
func fellShort(text string) bool {
	lower := strings.ToLower(text)
	if !shortfall.MatchString(lower) {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(lower), " ")
	return !strings.HasSuffix(first, "ing") || first == "during"
}

// mendAfterWhy splits an item that first tells why something broke and
// then, in a later sentence with no cause cue of its own, that it was
// mended ("The issue was caused by a missing setting. The team added the
// setting and the issue was resolved."): why is the sentences before the
// mending one, mend that sentence and the rest. mend is "" when no later
// sentence mends, or the sentences before it tell no cause.
func mendAfterWhy(text string) (why, mend string) {
	sents := splitSentences(text)
	for k := 1; k < len(sents); k++ {
		sent := strings.TrimSpace(sents[k])
		if cueSection(sent) == data.SectionCause || !resolvedCue.MatchString(sent) && !doneAboutIt.MatchString(sent) {
			continue
		}
		why = strings.TrimSpace(strings.Join(sents[:k], ""))
		if cueSection(why) != data.SectionCause && !failureVerbs.MatchString(strings.ToLower(why)) {
			return "", ""
		}
		return why, strings.TrimSpace(strings.Join(sents[k:], ""))
	}
	return "", ""
}

// isOrgName reports whether a line is only the name of a known
// organisation ("Google Cloud Platform" over a status page): a site's
// name, not a title.
func isOrgName(t string) bool {
	if utf8.RuneCountInString(t) > 40 {
		return false
	}
	orgsOnce.Do(loadOrgs)
	for _, o := range knownOrgs {
		for _, a := range o.aliases {
			if strings.EqualFold(t, a) {
				return true
			}
		}
	}
	return false
}

// sectionQuestion reports whether a line is a section's name asked as
// one question ("What went wrong and why?", "How are we making incidents
// like this less likely or less impactful?"): a review's headings, longer
// than a name (sectionNameLength) yet no sentence of the text.
func sectionQuestion(h string) bool {
	h = strings.TrimSpace(h)
	if !strings.HasSuffix(h, "?") && !strings.HasSuffix(h, "？") {
		return false
	}
	body := strings.TrimRight(h, "?？")
	return !strings.ContainsAny(body, ".。!！?？:：;；") && len(strings.Fields(body)) <= 14 && utf8.RuneCountInString(body) <= 100
}

// sectionNameLength reports whether a heading is short enough to be only a
// section's name: four words, or ten Chinese characters, at most.
func sectionNameLength(h string) bool {
	if strings.IndexFunc(h, isHan) >= 0 {
		return utf8.RuneCountInString(h) <= 10
	}
	return len(strings.Fields(h)) <= 4
}

// opensBeside reports whether an event up to six hours before t (after
// false) or after it (after true) says the impact began with it. Before a
// range's start ("At 10:52 PM PDT, … This is when customers began
// experiencing increased API error rates"), the range told from t on
// ("Between 11:09 PM and 12:40 AM PDT, other services … saw elevated
// errors") is a part of the outage; after a range's end ("Beginning at
// 7:42 AM PDT, customers … began to see increased latency"), the range
// that ends at t ("Between 6:50 AM and 7:40 AM PDT, this tripled the
// number of active partitions") is what came before it.
func opensBeside(events []data.TimelineEvent, text string, t time.Time, after bool) bool {
	for _, ev := range events {
		at, err := time.Parse(time.RFC3339, ev.At)
		if err != nil || after && (!at.After(t) || at.Sub(t) > 6*time.Hour) || !after && (!at.Before(t) || t.Sub(at) > 6*time.Hour) || resolvedNow(ev.Text) {
			continue // (nor one that says it came back: "故障发生后，…于01:10恢复了")
		}
		if opensAt(ev.Text) || namedAsStart(text, ev) {
			return true
		}
	}
	return false
}

// namedAsStart reports whether the sentence after an event's, in its
// paragraph, points back at it as when the trouble began: "This is when
// customers began experiencing …" (thisIsWhen).
func namedAsStart(text string, ev data.TimelineEvent) bool {
	if len(ev.Text) < 20 {
		return false
	}
	k := strings.Index(text, ev.Text)
	if k < 0 {
		return false
	}
	next, _, _ := strings.Cut(head(text[k+len(ev.Text):], 240), "\n")
	return thisIsWhen.MatchString(next)
}

// pointedStart is the time of the first event whose next sentence names
// it as when the trouble began (thisIsWhen).
func pointedStart(events []data.TimelineEvent, text string) (time.Time, bool) {
	if !strings.Contains(text, "is when") && !strings.Contains(text, "was when") {
		return time.Time{}, false
	}
	for _, ev := range events {
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil && namedAsStart(text, ev) {
			return at, true
		}
	}
	return time.Time{}, false
}

// thisIsWhen is a sentence that names the one before it as when the
// trouble began: "This is when customers began experiencing increased
// API error rates", "That was when users started to see errors".
var thisIsWhen = regexp.MustCompile(`(?i)^[\s.]*(?:this|that) (?:is|was) when (?:the )?(?:customers|users|clients|errors|failures|the (?:impact|outage|trouble))\b`)

// statedSpan reports whether a span is the length a write-up states, in
// minutes, to the minute.
func statedSpan(d time.Duration, minutes int) bool {
	return minutes > 0 && (d-time.Duration(minutes)*time.Minute).Abs() <= time.Minute
}

// near reports whether a duration is within 10 % of a stated one.
// statedWithin finds in the events between first and last the pair
// whose distance is the stated length (to the minute: a length worked out
// from the timeline's own clock times), the later of the two telling the
// recovery; of several, the one closest to the length, then the earliest.
func statedWithin(events []data.TimelineEvent, first, last time.Time, stated time.Duration) (s, e time.Time, ok bool) {
	var times []time.Time
	for _, ev := range events {
		t, err := time.Parse(time.RFC3339, ev.At)
		if err != nil {
			t = time.Time{}
		}
		times = append(times, t)
	}
	best := time.Duration(-1)
	for j, ev := range events {
		if times[j].IsZero() || times[j].After(last) || !times[j].After(first) || !resolvedNow(ev.Text) {
			continue
		}
		for i := range events {
			if times[i].IsZero() || times[i].Before(first) || !times[i].Before(times[j]) || !near(times[j].Sub(times[i]), stated) {
				continue
			}
			if d := (times[j].Sub(times[i]) - stated).Abs(); d <= time.Minute && (best < 0 || d < best) {
				best, s, e, ok = d, times[i], times[j], true
			}
		}
	}
	return s, e, ok
}

// troubleRow is a timeline row that tells of trouble seen or reported
// ("Users reaching out that they have issues with pods", "Alert fired"):
// no end, whatever its time.
var troubleRow = regexp.MustCompile(`(?i)\b(?:have|having|has|had|seeing|saw|experienc\w*) (?:\w+ ){0,2}(?:issues?|problems?|errors?|trouble)\b|\b(?:report\w*|alert\w*|notif\w*|notic\w*|paged|reaching out)\b`)

// lengthFielded reports whether the length stated is the one a template's
// field gives ("- Time to recovery: 15 minutes", "Time to resolve | 85
// minutes"): a figure worked out from the timeline's own clock times, not
// a length told in passing.
func lengthFielded(text string, stated int) bool {
	v, ok := labelledLength(text)
	return ok && v == stated
}

// fieldedLength is lengthFielded of one extraction's text, its field read
// once however often it is asked (and lowered by the text's memo): the
// memo of one extraction, never kept beyond it.
type fieldedLength struct {
	low      *loweredText
	done, ok bool
	v        int
}

// is reports lengthFielded(f.low.text, stated).
func (f *fieldedLength) is(stated int) bool {
	if !f.done {
		f.v, f.ok = labelledLengthLowered(f.low.text, f.low)
		f.done = true
	}
	return f.ok && f.v == stated
}

func near(d, stated time.Duration) bool {
	diff := d - stated
	if diff < 0 {
		diff = -diff
	}
	return stated > 0 && diff*10 <= stated
}

// loadGrewOnly reports whether an event tells that a load grew and
// nothing that failed; failureNamed whether it tells that something
// failed, slowed or hit a limit.
func loadGrewOnly(text string) bool {
	return loadGrew.MatchString(text) && !failureNamed(text)
}

// leadUp reports whether an event tells only what led up to an outage:
// a load that grew, or a change under way that names no failure.
func leadUp(text string) bool {
	return loadGrewOnly(text) || changeEvent.MatchString(text) && !failureNamed(text) && !opensAt(text)
}

// onsetTold reports whether an event tells that a failure began: "began
// evicting entries and rejecting refresh requests", "请求开始出现失败" (not
// an alert that fired).
func onsetTold(text string) bool {
	return failureNamed(text) && onsetVerb.MatchString(text) && !(mayBeDetected(text) && detectedCue.MatchString(text))
}

// onsetVerb is the verb of a failure that began: "began", "started to",
// 开始出现, 出现.
var onsetVerb = regexp.MustCompile(`(?i)\b(?:began|begun|started|starting|beginning)\b|开始|出现`)

func failureNamed(text string) bool {
	return failureTold.MatchString(text) || slowTold.MatchString(text) || faultTold.MatchString(strings.ToLower(text)) || rejectedTold.MatchString(text)
}

// rejectedTold are the words of a service that turned work away: "began
// evicting entries and rejecting refresh requests".
var rejectedTold = regexp.MustCompile(`(?i)\b(?:reject\w*|evict\w*|refus\w*|drop(?:ped|ping)|overload\w*|saturat\w*|exhaust\w*)\b`)

// eventTells reports whether an event at t tells what told says: that the
// incident was over (resolvedNow), began or was found (opensAt), or a
// change was made (changeEvent).
func eventTells(events []data.TimelineEvent, t time.Time, told func(string) bool) bool {
	for _, ev := range events {
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil && at.Equal(t) && told(ev.Text) {
			return true
		}
	}
	return false
}

// paragraphTells reports whether the paragraph that holds an event at t
// tells what told asks of it.
func paragraphTells(events []data.TimelineEvent, t time.Time, text string, told func(string) bool) bool {
	for _, ev := range events {
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil && at.Equal(t) {
			if line, _ := lineHolding(text, ev); line != "" && told(line) {
				return true
			}
		}
	}
	return false
}

// untilNextClockTells reports whether the words of the paragraph that
// tells the event at t, from its time up to the next clock time, say what
// told looks for: "At 10:42 PM AEST, … the newly added hosts started
// taking traffic … Requests routed to those hosts returned errors …" up
// to "At 10:58 PM" (not the rest of a paragraph that goes on to later
// steps: "Engineers were engaged at 7:19 AM and by 7:45 AM …").
func untilNextClockTells(events []data.TimelineEvent, t time.Time, text string, told func(string) bool) bool {
	for _, ev := range events {
		if at, err := time.Parse(time.RFC3339, ev.At); err != nil || !at.Equal(t) || ev.TimeText == "" {
			continue
		}
		line, _ := lineHolding(text, ev)
		k := strings.Index(line, ev.TimeText)
		if k < 0 {
			continue
		}
		seg := line[k+len(ev.TimeText):]
		if m := nextClock.FindStringIndex(seg); m != nil {
			seg = seg[:m[0]]
		}
		if told(line[k:k+len(ev.TimeText)] + seg) {
			return true
		}
	}
	return false
}

// nextClock is a clock time in running text: "10:58", "7.45am".
var nextClock = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}\b`)

// noEffectYet is a paragraph's words that what it tells had no effect
// on customers yet: "The deployment completed without errors, and for
// nearly two hours there was no measurable effect on customer traffic",
// "with no customer impact at that point".
var noEffectYet = regexp.MustCompile(`(?i)\b(?:there was |there were |had |has |with |caused |showed )?no (?:measurable |visible |noticeable |immediate )?(?:effect|impact) on (?:customer|user)s?(?: traffic| requests| workloads)?\b|\bwith no (?:customer|user)[- ](?:visible |facing )?impact\b|\bwithout (?:any )?(?:customer|user)[- ](?:visible |facing )?impact\b`)

// allClear reports whether an event says everything came back: "all
// affected volumes had recovered", "fully restored", "全部恢复".
func allClear(text string) bool {
	return allClearWords.MatchString(text) && resolvedNow(text)
}

// allClearWords are the words of a recovery of everything.
var allClearWords = regexp.MustCompile(`(?i)\ball (?:of the )?(?:affected |remaining |impacted )?[\w-]+(?: [\w-]+)? (?:had |have |has |were |was )?(?:fully )?(?:recovered|restored|back)\b|\bfully (?:recovered|restored|resolved|operational)\b|\b(?:event|incident|outage) (?:was|has been|is) (?:fully )?resolved\b|全部恢复|完全恢复|全面恢复`)

// opensAt reports whether an event says the incident began with it or
// was found then.
func opensAt(text string) bool {
	return mayBeDetected(text) && detectedCue.MatchString(text) || impactStarts(text) || impactBeginsTold.MatchString(text) ||
		strings.HasPrefix(text, "T") && tZero.MatchString(text) ||
		(strings.Contains(text, " started ") || strings.Contains(text, " began ")) && usersStartedSeeing.MatchString(text) ||
		(strings.Contains(text, " start") || strings.Contains(text, " begin") || strings.Contains(text, " began")) && runesAtMost(text, 120) && clockCount(text) == 0 && workStartsFailing.MatchString(text) ||
		strings.Contains(text, "开始") && runesAtMost(text, 120) && zhStartsFailing.MatchString(text)
}

// zhStartsFailing is a Chinese row's words that say the service began to
// fail then: "部分借记卡交易开始失败", "开始出现大量报错" (a row before it,
// "按计划启动季末结息批量处理", set it up).
var zhStartsFailing = regexp.MustCompile(`开始(?:大面积|大量|陆续|持续)?(?:失败|报错|异常|超时|无法|不可用|出现(?:大量|大面积)?(?:异常|故障|报错|失败|超时))`)

// workStartsFailing is a timeline row's words that say the work a service
// does began to fail then: "Assignment rate drops sharply; jobs start
// queueing", "requests begin failing", "writes started timing out" (a row
// before it, "scheduler v3.8.0 deployment completes", set it up). A row
// that tells a time of its own ("payments started failing at 01h50") looks
// back on the start, and is not it; nor is a status update's paragraph
// (a row is short).
var workStartsFailing = regexp.MustCompile(`(?i)\b(?:jobs|requests|builds|calls|payments|logins|sign-ins|writes|reads|queries|messages|deliveries|transactions|uploads|downloads|pushes|deploys|checkouts|errors|timeouts)\s+(?:start|starts|started|begin|begins|began)\s+(?:to\s+)?(?:queue|queueing|queuing|fail|failing|erroring|error|timing out|time out|piling up|pile up|backing up|back up|stall|stalling|bounce|bouncing|climb|climbing|rise|rising)\b`)

// tZero is a timeline's row marked as the incident's start, T: "T+0:00
// First builds stop being dispatched", "T0 First errors".
var tZero = regexp.MustCompile(`^T\s?(?:\+\s?)?0(?::00|m|h)?(?:\s|[:：|—–-])`)

// usersStartedSeeing is an event's words that say its users began to meet
// the trouble then: "the new hosts began receiving production traffic,
// and customers started to see elevated error rates" (a step before it,
// "added capacity …, there was no customer impact at that point", is what
// set it up); "Problems began at 7.15am on Monday" (an overnight batch
// that "normally finishes by 6am", told after, no start).
var usersStartedSeeing = regexp.MustCompile(`(?i)\b(?:customers|users|clients)\b[^.;]{0,80}?\b(?:started|began) (?:to )?(?:see|seeing|experience|experiencing|receive|receiving|get|getting)\b|^(?:the )?(?:problems?|issues?|trouble|disruption|errors|failures|difficulties) (?:first )?(?:began|started) (?:at|around|shortly after|just after|from)\b`)

// impactBeginsTold is an event's sentence that says the impact began
// with it and then what it was: "v4.12 reaches 100% of hosts. Impact
// begins: payment confirmations … start failing".
var impactBeginsTold = regexp.MustCompile(`(?i)(?:^|[.;。；]\s*)(?:customer |user )?(?:impact|outage) (?:begins|began|starts|started)\s*[:：—–]`)

// fullyResolvedRe is the time a write-up says the outage was fully over:
// "was fully resolved at 12:20 CEST", "fully recovered by 11:40 AM",
// "full recovery at 18:05", "lasted until 06:45 IST".
var fullyResolvedRe = regexp.MustCompile(`(?i)\b(?:(?:fully|completely) (?:resolved|recovered|restored)|full recovery|full service (?:was )?restored|(?:lasted|continued|persisted) until|(?:continued|kept) to (?:experience|see|encounter|have|get)\b[^.;]{0,60}?\buntil)\b(?:[^.;]{0,60}?\b(?:at|by|until))?\s+(?:approximately |about |around )?(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?`)

// fullyResolvedAt is the time of an event after last (within a day) that
// the text says the outage was fully resolved at, when it says so once;
// ok is false otherwise.
func fullyResolvedAt(text string, events []data.TimelineEvent, last time.Time) (time.Time, bool) {
	if !strings.Contains(text, "ull") && !strings.Contains(text, "omplete") && !strings.Contains(text, " until") {
		return time.Time{}, false // the cheap test first: a word every alternative of fullyResolvedRe holds
	}
	ms := fullyResolvedRe.FindAllStringSubmatch(text, 3)
	if len(ms) == 0 {
		return time.Time{}, false
	}
	h, m := atoi(ms[0][1]), max0(atoi(ms[0][2]))
	if ms[0][3] != "" {
		h = adjustHour(h, ms[0][3])
	}
	for _, o := range ms[1:] {
		if atoi(o[1]) != atoi(ms[0][1]) || max0(atoi(o[2])) != m {
			return time.Time{}, false // two times told: no one end
		}
	}
	if l := last; l.Hour() == h && l.Minute() == m {
		return time.Time{}, false // the end already told
	}
	for _, ev := range events {
		t, err := time.Parse(time.RFC3339, ev.At)
		if err != nil || !t.After(last) || t.Sub(last) > 24*time.Hour {
			continue
		}
		if t.Hour() == h && t.Minute() == m {
			return t, true
		}
	}
	return time.Time{}, false
}

// changeEvent is an event that tells of a change made: a release, a
// roll-out, an upgrade, a maintenance begun ("营销系统上线了…活动",
// "Kubernetes upgrade commenced"), or a campaign opened that brought the
// load ("国庆预售活动开启", "the flash sale opened").
var changeEvent = regexp.MustCompile(`(?i)上线|发布|变更|升级|部署|割接|迁移|活动(?:开启|开始|上线)|(?:预售|促销|秒杀|抢购)(?:开启|开始)|\b(?:deploy(?:ed|ing|ment)?|release[ds]?|upgrade[ds]?|upgrading|maintenance|roll(?:ed|ing)? ?out|migrat(?:ed|ion|ing)|(?:flash )?sales? (?:opened|started|began|went live)|ticket sales? (?:opened|started|began)|adding (?:capacity|hosts|servers|nodes|instances)|capacity addition|(?:scheduled|planned|routine) update|scal(?:ed|ing) (?:up|out)|configuration (?:update|change)|re-?index(?:ing)?|patch(?:ed|ing))\b`)

// changeDone is a change's or a job's end told as done: "The update
// finished at 11:42 PM PDT", "the maintenance completed".
var changeDone = regexp.MustCompile(`(?i)\b(?:update|upgrade|deployment|deploy|rollout|change|migration|maintenance|job|patch(?:ing)?|re-?index)\s+(?:was\s+|had\s+)?(?:finished|completed|complete|done|ended)\b`)

// nextAfter is the time of the first event after t.
func nextAfter(events []data.TimelineEvent, t time.Time) (time.Time, bool) {
	for _, ev := range events {
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil && at.After(t) {
			return at, true
		}
	}
	return time.Time{}, false
}

// frontMatterTime picks between a time the front matter states and the
// one found in the text: the stated one, unless it is only a date (written
// as midnight UTC) and the text's time falls on that day.
func frontMatterTime(stated, found time.Time) time.Time {
	if stated.IsZero() {
		return found
	}
	if found.IsZero() {
		return stated
	}
	if found.Equal(stated) {
		return found // the same instant: told in the zone the write-up uses ("8:40am PDT" for 15:40Z)
	}
	if stated.Equal(stated.Truncate(24 * time.Hour)) {
		if d := found.Sub(stated); d > -14*time.Hour && d < 38*time.Hour {
			return found
		}
	}
	// the same wall clock in another zone: the text names the zone
	if found.Format("2006-01-02 15:04") == stated.Format("2006-01-02 15:04") {
		return found
	}
	return stated
}

// textZone returns t as an event of the timeline tells the same instant,
// in the zone the write-up wrote it in (front matter's 23:58Z is the
// "4:58pm PDT" of its text), else t.
func textZone(t time.Time, events []data.TimelineEvent) time.Time {
	if t.IsZero() {
		return t
	}
	for _, ev := range events {
		if et, err := time.Parse(time.RFC3339, ev.At); err == nil && et.Equal(t) {
			return et
		}
	}
	return t
}

// wallZone returns t, the front matter's time written as UTC, as the
// event of the timeline that gives the same wall clock in a zone the text
// names ("start_time: 2022-10-13T23:30:00Z" over "at 23:30 US/Pacific"):
// the front matter copied the clock and dropped its zone. Any other t,
// or one no event reads so, is returned as it is.
func wallZone(t, stated time.Time, events []data.TimelineEvent) time.Time {
	if t.IsZero() || !t.Equal(stated) || t.Location() != time.UTC {
		return t
	}
	wall := t.Format("2006-01-02T15:04")
	for _, ev := range events {
		if !strings.HasPrefix(ev.At, wall) {
			continue
		}
		if et, err := time.Parse(time.RFC3339, ev.At); err == nil {
			if _, off := et.Zone(); off != 0 {
				return et
			}
		}
	}
	return t
}

// fallbackTitle names a write-up that has no title: the first sentence of
// its summary or text, whole up to 120 characters, else cut to about 90
// at a word boundary.
func fallbackTitle(summary, text string) string {
	src := summary
	if strings.TrimSpace(src) == "" {
		src = text
	}
	src = strings.TrimSpace(strings.SplitN(strings.TrimSpace(src), "\n", 2)[0])
	sents := splitSentences(src)
	for len(sents) > 1 && isGreeting(sents[0]) {
		sents = sents[1:] // "尊敬的用户：您好！2025年11月11日…": the letter's salutation names nothing
	}
	if len(sents) > 0 {
		src = strings.TrimSpace(sents[0])
	}
	src = strings.TrimRight(src, ".。")
	if utf8.RuneCountInString(src) <= 120 {
		// a whole sentence a little over the cut reads better than one
		// cut a word or two before its end ("… caused a leak of users'")
		return src
	}
	if c := clauseCut(src); c != "" {
		return c
	}
	r := []rune(src)[:90]
	cut := string(r)
	if strings.IndexFunc(cut, isHan) < 0 {
		if i := strings.LastIndexByte(cut, ' '); i > 40 {
			cut = cut[:i]
		}
		// nor does it end on a word that leads into what was cut
		// ("… users being disconnected to")
		for {
			i := strings.LastIndexByte(cut, ' ')
			if i < 40 || !danglingWords[strings.ToLower(cut[i+1:])] {
				break
			}
			cut = strings.TrimRight(cut[:i], " ,")
		}
	}
	return strings.TrimRight(cut, " ,，;；:：") // cut, not marked: a title holds only the text's characters
}

// clauseBreaks open a clause that tells what followed from the one before
// it ("… deleted causing a system outage"); weakBreaks one that tells when
// or with what ("… became unavailable after two files with the same
// hash"). A sentence too long for a title is cut before one.
var (
	clauseBreaks = []string{" due to ", " causing ", " which ", " leading to ", " resulting in ", " but ", "; ", " — ", " – "}
	weakBreaks   = []string{" after ", " while ", " when ", " where ", " with "}
)

// clauseCut is an English sentence too long for a title cut before its
// last clause break that leaves between 40 and 120 characters, or failing
// one, its first weak break there: "… the production database was
// accidentally deleted" rather than "… the production database"; "" when
// no break is there.
func clauseCut(src string) string {
	limit, n := len(src), 0
	for i := range src {
		if n == 120 {
			limit = i
			break
		}
		n++
	}
	head := src[:limit]
	if strings.IndexFunc(head, isHan) >= 0 {
		return ""
	}
	best := -1
	for _, b := range clauseBreaks {
		if i := strings.LastIndex(head, b); i >= 40 && i > best {
			best = i
		}
	}
	if best < 0 {
		for _, b := range weakBreaks {
			if i := strings.Index(head[40:], b); i >= 0 && (best < 0 || 40+i < best) {
				best = 40 + i
			}
		}
	}
	if best < 0 {
		return ""
	}
	return strings.TrimRight(src[:best], " ,;:")
}

// danglingWords lead into the words after them: a title cut short does
// not end on one.
var danglingWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an the to of in on at by for from with and or but as that which who whose than into onto over under about after before during while when where its their our his her was were is are be been being has have had would could should will can may not no") {
		danglingWords[w] = true
	}
}

// leadSummary is the opening of a write-up that has no summary section:
// its paragraphs before the first section, up to about 600 characters.
func leadSummary(s sectioned) string {
	var parts []string
	n := 0
	for i, b := range s.blocks {
		if s.secs[i] == secClosing {
			continue
		}
		if s.secs[i] != "" {
			break
		}
		if b.kind != kindPara || b.code || utf8.RuneCountInString(b.text) < 20 || strings.IndexFunc(b.text, unicode.IsLetter) < 0 || isGreeting(b.text) || isFieldLine(b.text) || isAdvice(b.text) || fieldRunAt(s.blocks, i) {
			continue // (a rule of "=" signs sums up nothing)
		}
		t := withoutGreeting(b.text)
		parts = append(parts, t)
		n += utf8.RuneCountInString(t)
		if n > 600 {
			break
		}
	}
	return strings.Join(parts, "\n")
}

// fieldRunAt reports whether block i is one of a run of a record's fields
// under the title ("Region: osl-1 (Oslo)" / "Services: Cloud Servers,
// Private Networks, …" / "Event window: …"): facts, no summary.
func fieldRunAt(blocks []block, i int) bool {
	field := func(k int) bool {
		if k < 0 || k >= len(blocks) || blocks[k].kind != kindPara {
			return false
		}
		name, value, ok := strings.Cut(blocks[k].text, ": ")
		if !ok || strings.HasSuffix(value, ".") || !runesAtMost(value, 120) {
			return false
		}
		f := strings.Fields(name)
		if len(f) == 0 || len(f) > 3 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(name)
		return unicode.IsUpper(r)
	}
	return field(i) && (field(i-1) || field(i+1))
}

// fillFromResolved fills what a status page left empty from its
// resolving update, which tells the whole story in a few sentences
// ("Resolved - Between 13:00 and 16:30 UTC, builds waited … A release of a
// framework set off a wave of builds … We added 300 runners …"): the
// update is the summary; its first sentence, when it tells what users
// saw, the impact; the sentences after it up to the first that tells what
// was done about it, the cause; those from there on, the remediation.
func fillFromResolved(in *data.Incident) {
	if in.Cause != "" && in.Summary != "" && in.Remediation != "" {
		return
	}
	text := ""
	for _, ev := range in.Timeline {
		if m := resolvedUpdate.FindStringSubmatch(ev.Text); m != nil {
			text = strings.TrimSpace(m[1]) // the last one, if more say so
		}
	}
	sents := sentences(text)
	if len(sents) < 2 {
		return
	}
	if in.Summary == "" {
		in.Summary = text
	}
	var impact, cause, remedy []string
	k := 0
	for _, sent := range sents {
		sent = strings.TrimSpace(sent)
		if closedNotice.MatchString(sent) || closingCourtesy.MatchString(sent) || futureAnalysis.MatchString(sent) {
			continue // "This incident has been resolved.", "A detailed root cause analysis will be shared": it tells nothing of what or why
		}
		switch {
		case len(remedy) > 0 || doneAboutIt.MatchString(sent) || planEarly(sent):
			remedy = append(remedy, sent)
		case k == 0 && (clockCount(sent) > 0 || usersSaw.MatchString(sent) || cueSection(sent) == data.SectionImpact || impactLead.MatchString(sent)):
			impact = append(impact, sent)
			if failedThenSaw(sent) {
				cause = append(cause, sent) // "A certificate expired and builds could not start"
			}
		default:
			cause = append(cause, sent)
		}
		k++
	}
	if in.Impact == "" {
		in.Impact = strings.Join(impact, " ")
	}
	if in.Cause == "" {
		in.Cause = strings.Join(cause, " ")
	}
	if in.Remediation == "" {
		in.Remediation = strings.Join(remedy, " ")
	}
}

// failedThenSaw reports whether a sentence tells first what failed, then
// what users saw: "A certificate on the gateway expired and builds could
// not start", "队列节点磁盘写满，导致回调无法投递". Its first clause has
// no time, no users and no outage as its subject.
func failedThenSaw(sent string) bool {
	i := thenClause.FindStringIndex(sent)
	if i == nil || i[0] == 0 {
		return false
	}
	first := sent[:i[0]]
	return clockCount(first) == 0 && !usersSaw.MatchString(first) && !impactLead.MatchString(first) && !outageSubject.MatchString(first)
}

var (
	// thenClause joins a failure to what came of it.
	thenClause = regexp.MustCompile(`(?i)(?:,?\s+and\s+|,\s*(?:so|which|causing|leaving|preventing|meaning)\s+|，(?:导致|致使|造成|使得|因此)|。?因此)`)
	// outageSubject opens a sentence whose subject is the outage itself.
	outageSubject = regexp.MustCompile(`(?i)^(?:the |this )?(?:outage|incident|disruption|issue|problem|degradation|impact)\b|^(?:本次|此次|该)?(?:故障|事件|问题)`)
	// resolvedUpdate is a status page's closing update: "Resolved: …",
	// "Postmortem: …", "已解决：…".
	resolvedUpdate = regexp.MustCompile(`(?is)^\s*(?:resolved|postmortem|post-incident report|completed|已完成|` + zhStateAlt(zhResolvedStates, zhReportStates) + `)\s*[:：-]\s*(.+)$`)
	// closedNotice is a sentence that only says an incident is over: "This
	// incident has been resolved.", "The issue is now fixed.", 该问题已解决。
	closedNotice = regexp.MustCompile(`(?i)^(?:this|the) (?:incident|issue|problem|outage|disruption)(?: has(?: now)? been| is(?: now)?| was)(?: fully)? (?:resolved|fixed|mitigated|closed)(?: now)?[.!。]?$|^(?:该|此|本次)(?:事件|问题|故障)(?:现)?已(?:经)?(?:解决|恢复|修复)[。.！]?$`)
	// closingCourtesy is a closing update's sentence that only watches,
	// closes or thanks: "We have seen normal load times for the last 30
	// minutes and are marking this incident as resolved", "Thank you for
	// your patience", "We apologise for the inconvenience".
	closingCourtesy = regexp.MustCompile(`(?i)\b(?:marking|mark|closing|close) (?:this|the) (?:incident|issue|event)\b|^(?:we have|we've|we) (?:seen|observed|monitored)\b[^.]{0,60}\b(?:normal|stable|no (?:further )?(?:errors|issues|problems))\b|^(?:thank you|thanks) for your (?:patience|understanding)|^we (?:sincerely )?apologi[sz]e\b|^sorry for\b`)
	// usersSaw is a sentence that tells what users went through: "Some
	// customers saw the same charge twice", "Users could not sign in",
	// "causing customers worldwide to see 502 error pages", "those who
	// had signed in … found themselves logged in as …".
	usersSaw = gateRegexp(regexp.MustCompile(`(?i)\b(?:customers?|users?|clients?|tenants?|merchants?|developers?|requests?|builds?|jobs?|calls?|(?:connection|login|sign-in) attempts|connections|anyone who|everyone who)\b[^.]{0,80}?\b(?:saw|experienced|received|noticed|were (?:unable|not able|signed out|shown|charged)|could not|couldn't|failed|waited|timed out|were delayed|did not|to see (?:\d{3}|errors?|error pages?|failures?|timeouts?|blank|empty|an error)|found themselves)\b|\b(?:customers?|users?|clients?|tenants?|merchants?|developers?)\b[^.]{0,80}?\b(?:observed|encountered)\b|(?:用户|客户)[^。]{0,30}(?:无法|不能|失败|报错|异常|收到)`))
	// doneAboutIt opens a sentence that tells what was done about an
	// outage: "We added 300 runners", "Our team rolled back …", "All
	// duplicate charges have been refunded", "The job now checks …".
	doneAboutIt = regexp.MustCompile(`(?i)^(?:we|our (?:team|teams|engineers)|engineers|the team)(?:'ve| have| had)?\s+(?:\w+ly\s+)?(?:added|restored|rolled|reverted|restarted|removed|replaced|doubled|increased|scaled|disabled|fixed|deployed|applied|refunded|recovered|moved|migrated|failed over|drained|stopped|blocked|patched|corrected|reran|re-ran|cleared|purged|flushed|rebuilt|updated|raised|lowered|paused|resumed|will|are|plan|intend)\b|\b(?:has|have) been (?:refunded|restored|fixed|corrected|recovered|reverted|rolled back|repaired|replaced|resolved|reprocessed)\b|\bnow (?:checks|verifies|validates|saves|waits|uses|rejects|limits|retries|alerts|runs)\b|^(?:我们|团队|技术团队)(?:已|已经|随即|立即|迅速)`)
)

// clockRangeMinutes is the length of the range of clock times a text
// states ("Between 13:00 and 16:30 UTC", "from 11:50 PM to 1:20 AM PST",
// "20:05至21:30"), read by statedRange on a stand-in day; 0 when it
// states none. Its caller has no day to put the times on.
func clockRangeMinutes(text string) int {
	s, e := newTimelineBuilder(detectLang(text), rangeStandInDay, text).statedRange(text)
	if s.IsZero() || !e.After(s) {
		return 0
	}
	return int(e.Sub(s).Minutes())
}

// rangeStandInDay is the day a range with no day of its own is read on:
// one without a clock change, so the length comes out as written.
const rangeStandInDay = "2000-01-10"

// leadCause is the sentence of a heading-less write-up's opening
// paragraph that says what caused the outage, when that paragraph is
// neither placed in a section nor the summary (the summary came from the
// page's metadata): "On April 21st at 12:47 AM PDT, an incorrect network
// configuration change … caused …" tells the write-up's cause. It goes
// before a cause that states no cause of its own ("root cause", "caused
// by"), which tells what followed.
func leadCause(s sectioned, isEvent []bool, summary string) string {
	for i, b := range s.blocks {
		if b.kind == kindHeading {
			return ""
		}
		if b.kind != kindPara || b.code || s.secs[i] == secClosing || isFieldLine(b.text) {
			continue
		}
		if s.secs[i] != "" && !isEvent[i] || strings.Contains(summary, strings.TrimSpace(b.text)) {
			return "" // the opening is placed, or is the summary
		}
		for k, sent := range sentences(b.text) {
			if k >= 2 {
				break // an opening states its cause first, if at all
			}
			if leadCaused.MatchString(sent) && cueSection(sent) == data.SectionCause {
				return strings.TrimSpace(sent)
			}
		}
		return ""
	}
	return ""
}

// stemsFrom is a cause that says where the trouble came from.
var stemsFrom = regexp.MustCompile(`(?i)\bstem(?:s|med) from\b|\boriginated (?:in|from)\b|源于|源自`)

// leadCaused is a sentence that says what caused something.
var leadCaused = newAltRegexp(`(?i)\bcaused\b|\bdue to\b|\bbecause of\b|\btriggered\b|\bresulted from\b|root[- ]cause|导致|由于|因为|引起|引发|造成`)

// withoutGreeting drops the salutation a paragraph opens with
// ("尊敬的用户：您好！2025年11月11日…"): the rest reports.
func withoutGreeting(text string) string {
	if !greetingStart.MatchString(text) {
		return text // the cheap test first
	}
	sents := splitSentences(text)
	k := 0
	for k < len(sents)-1 && isGreeting(sents[k]) {
		k++
	}
	if k == 0 {
		return text
	}
	return strings.TrimSpace(strings.Join(sents[k:], ""))
}

// greetingStart is how a salutation begins.
var greetingStart = regexp.MustCompile(`(?i)^(?:尊敬的|亲爱的|各位|您好|你好|大家好|dear\b|hi\b|hello\b)`)

// isFieldLine reports whether a paragraph is a line of a page's
// furniture or fields, not a sentence: a byline, or a short line (under 60
// characters) that ends no sentence ("Tracking ID: YT8B-9R0", "发布时间：
// 2025-03-13 18:30", "Cumulus status › History").
func isFieldLine(t string) bool {
	t = strings.TrimSpace(t)
	if utf8.RuneCountInString(t) < 120 && (byline.MatchString(t) || fieldsJoined(t)) {
		return true
	}
	return utf8.RuneCountInString(t) < 60 && !lineEnd.MatchString(t) && !strings.HasSuffix(t, "。") || strings.Contains(t, "://") && linkField.MatchString(t)
}

// linkField is a field whose value is a link alone: "Status page:
// https://status.….example/incidents/inc-2291".
var linkField = regexp.MustCompile(`^[\p{L}][\p{L} ]{0,30}[:：]\s*<?https?://\S+$`)

// withoutUpdateStamps drops the stamp a status update opens a line of the
// cause with, and the dash after it ("01 Dec 2026 11:35 IST — The delays
// are caused by …"): when it was posted is the timeline's to tell.
func withoutUpdateStamps(cause, lang string) string {
	if cause == "" || !strings.ContainsAny(cause, "—–-") {
		return cause
	}
	lines := strings.Split(cause, "\n")
	changed := false
	for i, l := range lines {
		rest, ok := openingStamp(strings.TrimSpace(l), lang)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		for _, dash := range []string{"— ", "– ", "- "} {
			if r, ok := strings.CutPrefix(rest, dash); ok {
				if r = strings.TrimSpace(r); r != "" && !startsWithDigit(r) {
					// (not a range's end: "2026/11/12 13:05 – 14:37 (JST)")
					lines[i], changed = r, true
					break
				}
			}
		}
	}
	if !changed {
		return cause
	}
	return strings.Join(lines, "\n")
}

// openingFields reports whether a write-up's first paragraph is a
// record's fields set side by side (fieldsJoined).
func openingFields(s sectioned) bool {
	for _, b := range s.blocks {
		if b.kind == kindPara && !b.code {
			return fieldsJoined(strings.TrimSpace(b.text))
		}
	}
	return false
}

// fieldsJoined reports whether a line is a record's fields set side by
// side, most of its pieces a name and a value ("Severity: Major · Region:
// ap-mumbai-1 · Times are in IST (UTC+05:30)").
func fieldsJoined(t string) bool {
	sep := " · "
	if !strings.Contains(t, sep) {
		if sep = " | "; !strings.Contains(t, sep) {
			return false
		}
	}
	parts := strings.Split(t, sep)
	named := 0
	for _, p := range parts {
		if i := indexAnyRune(p, ":："); i > 0 && i <= 30 && strings.TrimSpace(p[i:]) != ":" {
			named++
		}
	}
	return named >= 2 && 2*named >= len(parts)
}

// firstParagraph is the first paragraph of the opening that says
// something (not a greeting, not a line), whatever its section: the summary
// of a write-up whose opening is already its first event.
// firstParaRange reports whether the first paragraph states a range that
// ends at end.
func firstParaRange(tb *timelineBuilder, s sectioned, end time.Time) bool {
	_, e, ok := tb.rangeIn(firstParagraph(s))
	return ok && e.Equal(end)
}

// sameLine reports whether two lines say the same, set apart only by
// case, space, markup or a closing stop.
func sameLine(a, b string) bool {
	norm := func(s string) string { return strings.ToLower(cleanSpace(strings.Trim(s, " *#_.。"))) }
	return a != "" && norm(a) == norm(b)
}

func firstParagraph(s sectioned) string {
	for i, b := range s.blocks {
		if i > 10 {
			break
		}
		t := strings.TrimSpace(b.text)
		if b.kind == kindPara && !b.code && s.secs[i] != secClosing && utf8.RuneCountInString(t) >= 30 && strings.IndexFunc(t, unicode.IsLetter) >= 0 && !isFieldLine(t) && !isAdvice(t) &&
			!strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") { // "…as follows:" opens a list, it sums up nothing
			return t
		}
	}
	return ""
}

func spanHasClock(tb *timelineBuilder) bool {
	for i, c := range tb.clock {
		if c && tb.events[i].At != "" {
			return true
		}
	}
	return false
}

// cleanTags trims, dedupes and caps a write-up's own tags.
func cleanTags(tags []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range tags {
		t = cleanSpace(t)
		k := strings.ToLower(t)
		if t == "" || seen[k] || len([]rune(t)) > 60 {
			continue
		}
		seen[k] = true
		out = append(out, t)
		if len(out) == 30 {
			break
		}
	}
	return out
}

// causeInContext completes a cause told in sentences that lean on the ones
// around them in the text: one that opens by pointing back ("This error
// caused an overflow …") gets the sentence before it, which says what the
// error was; one followed by a sentence that says what it came after ("This
// failure occurred after nodes had been leaking memory …") gets that one.
func causeInContext(cause, text string) string {
	cs := sentences(cause)
	if len(cs) == 0 || len(cause) > 2000 {
		return cause
	}
	first, last := cs[0], cs[len(cs)-1]
	pointsBack := anaphoricCause.MatchString(first)
	if !pointsBack && !strings.Contains(text, last) {
		return cause
	}
	if !pointsBack && !causeAfterKeySet.in(text) {
		return cause // no sentence of the text can say what it came after
	}
	ts := sentences(head(text, 20000))
	var before, after string
	for i, t := range ts {
		if pointsBack && before == "" && t == first && i > 0 && !strings.Contains(cause, ts[i-1]) && !isGreeting(ts[i-1]) && utf8.RuneCountInString(ts[i-1]) <= 300 {
			before = ts[i-1]
		}
		if after == "" && t == last && i+1 < len(ts) && causeAfter.MatchString(ts[i+1]) && !strings.Contains(cause, ts[i+1]) {
			after = ts[i+1]
		}
	}
	if before != "" {
		cause = unstamped(before) + " " + cause
	}
	if after != "" {
		cause = cause + " " + after
	}
	return cause
}

// unstamped is a sentence without the day, clock and stage of the status
// update it opens ("Nov 20, 10:31 UTC Identified - The intermediate
// certificate … expired"): a cause brought in from before its own
// sentence tells what, not when it was posted.
func unstamped(sent string) string {
	st, n, ok := parseStamp(sent, "")
	if !ok || !st.hasClock() {
		return sent
	}
	rest := strings.TrimLeft(sent[n:], " \t,")
	if m := statusLead.FindStringSubmatchIndex(rest); m != nil && strings.TrimSpace(rest[m[4]:m[5]]) != "" && m[1] < len(rest) {
		return rest[m[1]:]
	}
	return sent
}

// anaphoricCause opens a cause sentence that points back to a fault the
// sentence before it names: "This error caused …", "这个错误导致…", and
// one whose subject is owned by what the sentence before names ("The
// intermediate certificate … expired at 09:51 UTC. Its automated renewal
// had failed …": what failed is the certificate's renewal).
var anaphoricCause = regexp.MustCompile(`^(?:(?:This|That|The) (?:error|fault|defect|bug|mistake|misconfiguration|flaw) (?:caused|led to|resulted in|triggered)\b|(?:Its|Their) [a-z]|(?:这个|该|此)(?:错误|缺陷|漏洞|故障)(?:导致|造成|引发))`)

// causeAfter is a sentence that says what a failure came after or from:
// "This failure occurred after nodes had been leaking memory …".
var causeAfter = regexp.MustCompile(`^(?:This|That|The) (?:failure|crash|outage|error|issue|problem|fault) ` + causeAfterTail + `\b`)

// causeAfterTail ends every match of causeAfter: a verb of causeVerbs, a
// space, a word of causeConjs. causeAfterKeys are those pairs, one of
// which a text must hold for a sentence of it to match (splitting a text
// into sentences costs more than looking for them).
var (
	causeVerbs       = []string{"occurred", "happened", "began", "started", "came"}
	causeConjs       = []string{"after", "because", "when"}
	causeAfterTail   = `(?:` + strings.Join(causeVerbs, "|") + `) (?:` + strings.Join(causeConjs, "|") + `)`
	causeAfterKeySet = newKeySet(causeAfterKeys)
	causeAfterKeys   = func() []string {
		var out []string
		for _, v := range causeVerbs {
			for _, c := range causeConjs {
				out = append(out, v+" "+c)
			}
		}
		return out
	}()
)

// consequenceClause is a sentence's closing clause that tells what its
// failure brought about: ", leaving …", ", causing …", ", resulting in …",
// ", rendering …", ", preventing …", up to the sentence's end.
var consequenceClause = regexp.MustCompile(`,\s+((?:leaving|causing|resulting in|rendering|preventing)\s[^.;!?]{5,160}[.!?]?)`)

// filingForm is a regulator's form named alone on a filing's cover
// ("FORM 8-K", "Form 6-K"); filingRegistrant the line under the filer's
// name there ("(Exact name of registrant as specified in its charter)").
var (
	filingForm       = regexp.MustCompile(`(?i)^form\s+(8-K|6-K|10-Q|10-K|20-F|40-F)$`)
	filingRegistrant = regexp.MustCompile(`(?i)^\(?\s*exact name of (?:the )?registrant as specified in its charter\s*\)?$`)
)

// filingCover reads a filing's cover in its first blocks: the form it
// names alone on a line and the filer's name, the line above "(Exact
// name of registrant …)". Either missing, it returns "".
func filingCover(blocks []block) (name, form string) {
	prev := "" // the line before the one read
	for i, b := range blocks {
		if i >= 40 {
			break
		}
		for _, line := range strings.Split(b.text, "\n") {
			line = strings.TrimSpace(line)
			if m := filingForm.FindStringSubmatch(line); m != nil && form == "" {
				form = strings.ToUpper(m[1])
			} else if form != "" && filingRegistrant.MatchString(line) {
				if prev != "" && utf8.RuneCountInString(prev) <= 80 {
					return prev, form
				}
				return "", ""
			}
			prev = line
		}
	}
	return "", ""
}

// cameAgain tells, in a title or an opening, that the outage written up is
// a repeat of one before it: "又是一次 Twitter 宕机", "Twitter 再次关闭",
// "Slack is down again".
var cameAgain = regexp.MustCompile(`(?i)再次|再度|又一次|又是一次|又(?:宕机|关闭|中断|崩溃|瘫痪|挂)|\b(?:down|out|offline|failing|broken) again\b|\bagain(?: down| suffers| hit| goes)\b|\banother (?:day, another )?outage\b`)

// earlierOutage names, in a sentence, the outage before the one written
// up by when it was: "上周的中断", "昨天的宕机", "last week's outage",
// "the earlier outage".
var earlierOutage = regexp.MustCompile(`(?i)(?:上周|上个月|昨天|前天|前几天|上次|上一次|前一次|此前)(?:的|那次)?(?:多日)?(?:中断|宕机|故障|停机|瘫痪|事故)|\b(?:last week's|yesterday's|last month's|the (?:earlier|previous|prior|last)) (?:outage|incident|downtime|disruption)\b`)

// again reports whether the title or the opening of s says the outage
// came again (cameAgain).
func again(s sectioned, title string) bool {
	return cameAgain.MatchString(title) || cameAgain.MatchString(head(firstParagraph(s), 600))
}

// withoutEarlierOutageSentences is text without its cause-cued sentences
// that name an earlier outage (earlierOutage).
func withoutEarlierOutageSentences(text string) string {
	if !earlierOutage.MatchString(text) {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if !earlierOutage.MatchString(line) {
			continue
		}
		var kept []string
		for _, sent := range splitSentences(line) {
			if earlierOutage.MatchString(sent) && cueSection(sent) == data.SectionCause {
				continue
			}
			kept = append(kept, sent)
		}
		lines[i] = strings.Join(kept, "")
	}
	return strings.Join(lines, "\n")
}

// withoutEarlierOutageCause is the cause text of s without the paragraphs
// whose every cause-cued sentence tells why an earlier outage happened
// (for a write-up whose outage came again); ok is false when none is
// dropped.
func withoutEarlierOutageCause(s sectioned) (string, bool) {
	var parts []string
	dropped := false
	for i, b := range s.blocks {
		if s.secs[i] != data.SectionCause || strings.TrimSpace(b.text) == "" || b.code {
			continue
		}
		earlier, other := false, false
		for _, sent := range splitSentences(b.text) {
			if cueSection(sent) != data.SectionCause {
				continue
			}
			if earlierOutage.MatchString(sent) {
				earlier = true
			} else {
				other = true
			}
		}
		if earlier && !other {
			dropped = true
			continue
		}
		parts = append(parts, b.text)
	}
	if !dropped {
		return "", false
	}
	return strings.Join(parts, "\n"), true
}

// mainProblemAfter opens a sentence that names the one before it as the
// main problem or reason: "这是我们遇到的主要问题", "这就是根本原因",
// "This was the main problem we faced".
var mainProblemAfter = regexp.MustCompile(`^(?:这|这就|这才|此)(?:是|便是)(?:我们|他们|公司)?(?:所)?(?:遇到|面临|碰到)?的?(?:最主要|主要|最大|核心|根本|首要)的?(?:问题|原因|症结)|^(?i:this|that) (?:was|is) (?:the|our) (?:main|biggest|core|root|primary|key) (?:problem|issue|reason|cause)\b`)

// pointedBackCause is the sentence of text that the one after it names as
// the main problem or reason (mainProblemAfter), "" when none does.
func pointedBackCause(text string) string {
	for _, line := range strings.Split(text, "\n") {
		sents := splitSentences(line)
		for k := 1; k < len(sents); k++ {
			if mainProblemAfter.MatchString(strings.TrimSpace(sents[k])) {
				if prev := strings.TrimSpace(sents[k-1]); utf8.RuneCountInString(prev) >= 8 {
					return prev
				}
			}
		}
	}
	return ""
}

// founderOf names a company by the one who founded or runs it: "他是
// Meetro 的创始人", "Lefora 的联合创始人", "Acme 的首席执行官".
var founderOf = regexp.MustCompile(`(?:^|[^A-Za-z0-9])([A-Z][A-Za-z0-9.]*[a-z][A-Za-z0-9.]*)\s*的(?:联合)?(?:创始人|创办人|首席执行官|CEO)`)

// foundedOrg is the company a Chinese text names by its founder or chief
// (founderOf) and names again at least twice more: the one a founder's
// post or a report about it is about; "" when none is.
func foundedOrg(text string) string {
	if !strings.Contains(text, "创始人") && !strings.Contains(text, "创办人") && !strings.Contains(text, "首席执行官") && !strings.Contains(text, "CEO") {
		return ""
	}
	for _, m := range founderOf.FindAllStringSubmatch(text, -1) {
		if name := strings.TrimRight(m[1], "."); countName(text, name) >= 3 {
			return name
		}
	}
	return ""
}

// withoutNaming is impact without the sentence cause is, when cause is a
// company's naming of what it was (claimNamesIt: "Twitter 称这是一次“攻击”"):
// a sentence belongs to one section, and that one tells why.
func withoutNaming(impact, cause string) string {
	if cause == "" || !claimNamesIt.MatchString(cause) || !strings.Contains(impact, cause) {
		return impact
	}
	var lines []string
	for _, line := range strings.Split(impact, "\n") {
		var kept []string
		for _, sent := range splitSentences(line) {
			bare := strings.IndexFunc(sent, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
			if !bare && !strings.Contains(sent, cause) && !strings.Contains(cause, strings.TrimSpace(sent)) {
				kept = append(kept, sent) // (a closing quote left over, "”*", goes with its sentence)
			}
		}
		if l := strings.TrimSpace(strings.Join(kept, "")); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return impact
	}
	return strings.Join(lines, "\n")
}

// stampLedUpdate is a status history's update as its stamp leads it once
// read: "Apr 22, 10:58 UTC Identified: …".
var stampLedUpdate = regexp.MustCompile(`(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?(?:\s+(?:19|20)\d\d,?)?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s+(?:resolved|monitoring|identified|investigating|update|completed|in progress|scheduled|verifying|postmortem|fixed|watching)\b`)

// keepStampedEntry keeps, of a status history printed or copied as text
// (no headings), the entry the page is titled by: its stamped updates
// ("Apr 22, 12:04 UTC Resolved: …") under its name (or opening the text,
// its name taken for the title), up to the next entry's name, a short
// line that ends no sentence with a stamped update of its own right under
// it ("Delayed payout reports"). The blocks above the name are kept, and
// of those after the entry the months' headings ("March 2026", which date
// its yearless stamps); a page whose name has no stamped update under it,
// or with no other entry after it, is kept whole.
func keepStampedEntry(blocks []block, title string) []block {
	if title == "" || len(blocks) < 3 {
		return blocks
	}
	first := 0
	for i, b := range blocks {
		if b.kind == kindPara && strings.TrimSpace(b.text) == title {
			at := i + 1
			if at < len(blocks) && entryFacts(blocks[at]) {
				at++ // "Major · Resolved · Duration shown on incident page" under the name
			}
			opens := at < len(blocks) && historyUpdate(blocks[at])
			if first == 0 || opens {
				// (the name as the page's headline, then again over its
				// entry among the history's others: the entry's)
				first = at
			}
			if opens {
				break
			}
		}
	}
	if first == 0 && entryFacts(blocks[0]) {
		first = 1 // the name taken for the title, its facts under it
	}
	if first == 0 && !historyUpdate(blocks[0]) {
		// the name taken for the title from right over its updates (a
		// history copied as text, "Tuesday 12th August 2025" / "Shared
		// hosting … unreachable" / "Fixed — …"): the first update opens
		// the entry
		for i, b := range blocks {
			if historyUpdate(b) {
				if i > 0 && dayOrMonthLine(strings.TrimSpace(blocks[i-1].text)) {
					first = i
				}
				break
			}
		}
	}
	if first >= len(blocks) || !historyUpdate(blocks[first]) {
		return blocks
	}
	cut := func(j int) []block {
		out := blocks[:j:j]
		for _, b := range blocks[j:] {
			if t := strings.TrimSpace(b.text); len(t) <= 20 && monthYear.MatchString(t) {
				out = append(out, b)
			}
		}
		return out
	}
	for j := first + 1; j+1 < len(blocks); j++ {
		t := strings.TrimSpace(blocks[j].text)
		if historyUpdate(blocks[j]) || len(t) <= 20 && monthYear.MatchString(t) || strings.EqualFold(blocks[j].label, "this incident affected") {
			continue
		}
		if ruleLine(t) {
			return cut(j) // a rule drawn between a history's entries
		}
		if blocks[j].kind == kindPara && blocks[j].label == "" && utf8.RuneCountInString(t) <= 80 && !strings.Contains(t, "\n") && !endsSentence(t) {
			next := blocks[j+1]
			if historyUpdate(next) || dateAlone(t) && next.kind == kindPara && utf8.RuneCountInString(strings.TrimSpace(next.text)) <= 100 && !endsSentence(strings.TrimSpace(next.text)) {
				// the next entry's name over its updates, or its day over
				// its name ("Feb 19, 2026" / "Slow provisioning …")
				return cut(j)
			}
		}
		if blocks[j].kind != kindPara && blocks[j].kind != kindItem {
			return blocks
		}
		// an update's text, under its state and stamp
	}
	return blocks
}

// entryFacts reports whether a block is a history entry's facts under its
// name, set apart by dots, one of them its state: "Major · Resolved ·
// Duration shown on incident page".
func entryFacts(b block) bool {
	t := strings.TrimSpace(b.text)
	if b.kind != kindPara || !strings.Contains(t, " · ") || !runesAtMost(t, 100) {
		return false
	}
	for _, p := range strings.Split(t, " · ") {
		if statusWord.MatchString(strings.TrimSpace(p)) {
			return true
		}
	}
	return false
}

// ruleLine reports whether a line is a rule drawn with a character
// repeated, ten or more: "──────────", "----------", "==========".
func ruleLine(t string) bool {
	if utf8.RuneCountInString(t) < 10 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("─━—–-=_*·•", r) {
		return false
	}
	return strings.Trim(t, string(r)) == ""
}

// historyUpdate reports whether a block is an update of a status history's
// entry: led by its stamp ("Apr 22, 10:58 UTC Identified: …"), by its state
// ("Resolved - The queue has drained …", stamped after), or the stamp alone
// under it ("Dec 2, 17:31 PST").
func historyUpdate(b block) bool {
	t := strings.TrimSpace(b.text)
	if stampLedUpdate.MatchString(t) {
		return true
	}
	if b.label != "" && statusWord.MatchString(b.label) {
		return true
	}
	if m := statusWord.FindStringSubmatch(t); m != nil && strings.TrimSpace(m[2]) != "" {
		return true
	}
	if runesAtMost(t, 40) && mayStartStamp(t) {
		if _, ok := postedStamp(t, ""); ok && monthOf(leadingWord(t)) > 0 {
			return true
		}
	}
	// its state, then its stamp, set apart by spaces alone ("Resolved
	// Feb 28, 01:52 UTC", "In progress Feb 12, 02:00 UTC")
	if runesAtMost(t, 50) {
		f := strings.Fields(t)
		for k := 1; k <= 2 && k < len(f); k++ {
			if statusWord.MatchString(strings.Join(f[:k], " ")) {
				if _, ok := postedStamp(strings.Join(f[k:], " "), ""); ok {
					return true
				}
			}
		}
	}
	return false
}

// reportPostedDay is the day a status page's postmortem was posted, as
// statusUpdates reads it into an update of its own under the report's
// sections ("Feb 27, 2026 - 10:05 UTC Postmortem"): the write-up's day.
func reportPostedDay(blocks []block) string {
	for _, b := range blocks {
		if b.kind != kindItem || !strings.HasSuffix(b.text, " Postmortem") {
			continue
		}
		if day := normalizeDate(strings.TrimSuffix(b.text, " Postmortem")); day != "" {
			return day
		}
	}
	return ""
}

// irishWall is t with its wall clock read in the zone irishLoc gives its
// own.
func (tb *timelineBuilder) irishWall(t time.Time) time.Time {
	if loc := tb.irishLoc(t.Location()); !t.IsZero() && loc != t.Location() {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
	}
	return t
}

// dayOrMonthLine reports whether a short line names a day or a month
// alone: "Tuesday 12th August 2025", "July 2025".
func dayOrMonthLine(t string) bool {
	return runesAtMost(t, 40) && (monthYear.MatchString(t) || (!pickDay(t, false).IsZero() || dateAlone(t)) && monthNamed.MatchString(t))
}

// monthNamed is a month's name in a line.
var monthNamed = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`)

// departments are the names of an organisation's departments a notice
// leads with ("IT service notice", "HR update"): none is whose the
// incident is.
var departments = map[string]bool{"IT": true, "ICT": true, "HR": true, "PR": true, "QA": true, "SRE": true, "NOC": true, "Ops": true, "IT Services": true, "IT Service Desk": true, "Service Desk": true, "Digital Services": true}

// clockNamedStart reads a clock time that the words after it name as when
// the trouble began ("at 1:40 AM AEDT, and this is when the failures
// actually began"), on at's day in the clock's zone (at's when it has
// none); ok is false when the text has no such clock.
func clockNamedStart(text string, at time.Time, lang string) (time.Time, bool) {
	if !strings.Contains(text, " when ") {
		return time.Time{}, false
	}
	m := clockThenWhen.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, false
	}
	st, _, ok := parseStamp(m[1], lang)
	if !ok || !st.hasClock() || st.hasDate() {
		return time.Time{}, false
	}
	loc := st.loc
	if loc == nil {
		loc = at.Location()
	}
	y, mo, d := at.In(loc).Date()
	return time.Date(y, mo, d, st.hour, max(st.min, 0), 0, 0, loc), true
}

// clockThenWhen is a clock time, then words that name it as when the
// trouble began: "1:40 AM AEDT, and this is when the failures actually
// began", "09:12 UTC, which is when errors started".
var clockThenWhen = regexp.MustCompile(`(?i)\b(\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?),?\s+(?:and\s+)?(?:this|that|which) (?:is|was) when (?:the )?(?:customers|users|clients|errors|failures|problems?|impact|outage|trouble)\b(?:\s+(?:actually|first|really))?\s+(?:began|started)\b`)
