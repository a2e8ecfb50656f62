package extract

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"
	"gopkg.in/yaml.v3"
)

var (
	htmlComment   = regexp.MustCompile(`(?s)<!--.*?-->`)
	mdImage       = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink        = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdLinkTail    = regexp.MustCompile(`\]\((?:https?://|/|#|mailto:)[^)\s]*\)`)
	mdRefLink     = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdRefDef      = gateRegexp(regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`))
	mdHeading     = gateRegexp(regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`))
	mdItem        = regexp.MustCompile(`^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$`)
	mdFence       = gateRegexp(regexp.MustCompile("^\\s*(```|~~~)"))
	cellBreak     = regexp.MustCompile(`(?i)<br\s*/?>`)
	mdTableSep    = gateRegexp(regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`))
	mdEmphasis    = regexp.MustCompile(`(\*\*|__)(.+?)(\*\*|__)`)
	mdCode        = regexp.MustCompile("`([^`]*)`")
	htmlTag       = regexp.MustCompile(`</?[a-zA-Z][^<>]*>`)
	setextH1      = gateRegexp(regexp.MustCompile(`^\s*={3,}\s*$`))
	setextH2      = gateRegexp(regexp.MustCompile(`^\s*-{3,}\s*$`))
	thematicBreak = gateRegexp(regexp.MustCompile(`^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`))
	ymlComment    = regexp.MustCompile(`(?s)^\s*<!--\s*yml\s*(.*?)-->`)
	mdBoldHeader  = gateRegexp(regexp.MustCompile(`^(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)\s*[:：]?\s*$`))
)

// frontMatter reads a leading YAML block ("---" fenced, or the "<!--yml"
// comment some translated archives use) and returns the rest.
func frontMatter(src string) (map[string]interface{}, string) {
	meta := map[string]interface{}{}
	s := strings.TrimLeft(src, "\ufeff \t\r\n")
	if m := ymlComment.FindStringSubmatch(s); m != nil {
		_ = yaml.Unmarshal([]byte(m[1]), &meta)
		return meta, s[len(m[0]):]
	}
	if strings.HasPrefix(s, "+++") {
		return tomlFrontMatter(s, src)
	}
	if m, rest, ok := pageProperties(s); ok {
		return m, rest
	}
	if !strings.HasPrefix(s, "---") {
		return meta, src
	}
	rest := s[3:]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 || strings.TrimSpace(rest[:nl]) != "" {
		return meta, src
	}
	rest = rest[nl+1:]
	end := regexp.MustCompile(`(?m)^(---|\.\.\.)\s*$`).FindStringIndex(rest)
	if end == nil {
		return meta, src
	}
	if err := yaml.Unmarshal([]byte(rest[:end[0]]), &meta); err != nil {
		meta = map[string]interface{}{}
	}
	return meta, rest[end[1]:]
}

// pageProperty is a line of the properties an outliner (Logseq) writes
// at the top of a page, and clipping tools with it: "title:: …",
// "source:: https://…".
var pageProperty = regexp.MustCompile(`^([A-Za-z][\w-]{0,30})::[ \t]*(.*?)\s*$`)

// pageProperties reads the leading lines of page properties of s, two at
// least, as front matter, each value a string without its page links'
// brackets ("[[Mar 5th, 2026]]"); ok is false when s opens otherwise.
func pageProperties(s string) (meta map[string]interface{}, rest string, ok bool) {
	meta = map[string]interface{}{}
	rest = s
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		m := pageProperty.FindStringSubmatch(strings.TrimRight(line, "\r"))
		if m == nil {
			break
		}
		v := strings.TrimSpace(strings.NewReplacer("[[", "", "]]", "").Replace(m[2]))
		if _, seen := meta[strings.ToLower(m[1])]; !seen {
			meta[strings.ToLower(m[1])] = v
		}
		rest = after
	}
	if len(meta) < 2 {
		return map[string]interface{}{}, s, false
	}
	return meta, rest, true
}

// tomlFrontMatter reads a leading TOML block ("+++" fenced, as Hugo
// writes it) with go-toml, its values in the shapes frontMatter returns
// YAML's (time.Time, int). A block with no closing fence, or one that is
// no valid TOML, is no front matter.
func tomlFrontMatter(s, src string) (map[string]interface{}, string) {
	meta := map[string]interface{}{}
	rest := s[3:]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 || strings.TrimSpace(rest[:nl]) != "" {
		return meta, src
	}
	rest = rest[nl+1:]
	end := tomlFence.FindStringIndex(rest)
	if end == nil {
		return meta, src
	}
	if err := toml.Unmarshal([]byte(rest[:end[0]]), &meta); err != nil {
		return map[string]interface{}{}, rest[end[1]:]
	}
	for k, v := range meta {
		meta[k] = yamlShape(v)
	}
	return meta, rest[end[1]:]
}

var tomlFence = regexp.MustCompile(`(?m)^\+\+\+\s*$`)

// yamlShape gives a TOML value the shape YAML's would have: a local date
// or date-time as a time.Time in UTC, an int64 as an int, the elements of
// an array likewise.
func yamlShape(v interface{}) interface{} {
	switch v := v.(type) {
	case toml.LocalDate:
		return v.AsTime(time.UTC)
	case toml.LocalDateTime:
		return v.AsTime(time.UTC)
	case int64:
		return int(v)
	case []interface{}:
		for i := range v {
			v[i] = yamlShape(v[i])
		}
	}
	return v
}

func metaString(meta map[string]interface{}, keys ...string) string {
	for _, k := range keys {
		switch v := meta[k].(type) {
		case string:
			if s := strings.TrimSpace(v); s != "" {
				return s
			}
		case time.Time:
			return v.Format("2006-01-02")
		case int:
			return fmt.Sprint(v)
		}
	}
	return ""
}

// metaTime reads a time from front matter ("start_time:
// 2007-12-05T22:04:00Z"), or the zero time.
func metaTime(meta map[string]interface{}, keys ...string) time.Time {
	for _, k := range keys {
		switch v := meta[k].(type) {
		case time.Time:
			return v
		case string:
			for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02"} {
				if t, err := time.Parse(layout, strings.TrimSpace(v)); err == nil {
					return t
				}
			}
		}
	}
	return time.Time{}
}

var (
	// htmlFurniture is a form control or script whose content is never
	// text: a country picker of a subscribe form, an inline script.
	htmlFurniture = regexp.MustCompile(`(?is)<(select|option|script|style|form|button|svg|noscript|template|iframe|textarea)\b.*?</(?:select|option|script|style|form|button|svg|noscript|template|iframe|textarea)\s*>`)
	// htmlMultiline is a tag cut across lines, which the per-line
	// cleanup cannot see.
	htmlMultiline = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\n[^<>]*>`)
)

// stripHTMLBlocks drops the raw HTML a Markdown file carries: form
// controls and scripts with their content, and tags written across lines.
func stripHTMLBlocks(s string) string {
	if strings.IndexByte(s, '<') < 0 {
		return s
	}
	s = htmlFurniture.ReplaceAllString(s, "\n")
	return htmlMultiline.ReplaceAllStringFunc(s, func(tag string) string {
		return strings.Repeat("\n", strings.Count(tag, "\n"))
	})
}

func metaList(meta map[string]interface{}, key string) []string {
	var out []string
	switch v := meta[key].(type) {
	case []interface{}:
		for _, x := range v {
			if s, ok := x.(string); ok && s != "" {
				out = append(out, s)
			}
		}
	case string:
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// inlineMarkdown strips inline markup, keeping the words.
func inlineMarkdown(s string) string {
	// each regexp runs only where its syntax can be: most lines are
	// plain text
	code := strings.IndexByte(s, '`') >= 0
	if strings.Contains(s, "](") {
		s = mdImage.ReplaceAllString(s, "")
		s = mdLink.ReplaceAllString(s, "$1")
		// the end of a link whose text began in an earlier paragraph
		s = mdLinkTail.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "][") {
		s = mdRefLink.ReplaceAllString(s, "$1")
	}
	if strings.IndexByte(s, '`') >= 0 {
		s = mdCode.ReplaceAllString(s, "$1")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = htmlTag.ReplaceAllString(s, "")
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = entityReplacer.Replace(s)
	}
	if !code && strings.IndexByte(s, '\\') >= 0 {
		s = unescapeMarkdown(s)
	}
	return s
}

// unescapeMarkdown drops the backslash before an ASCII punctuation mark,
// as CommonMark reads it: "**Resolved** \- Packet loss …" (as html2text
// escapes a dash that could open a list), "\*.proxy.example.org",
// "2038\.". (A line with a code span keeps its backslashes: in code they
// are the code's.)
func unescapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(asciiPunct, s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// asciiPunct are the marks a backslash escapes in Markdown.
const asciiPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

var entityReplacer = strings.NewReplacer("&nbsp;", " ", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'")

// headingRunsOn is the line a Markdown heading at lines[li] runs on into:
// the heading ends with a hard line break (two spaces or a backslash, as
// a converter writes a <br> in it) and the next line is text of its own,
// no heading, item, table or fence; ok is false otherwise.
func headingRunsOn(line string, lines []string, li int) (string, bool) {
	if !strings.HasSuffix(line, "  ") && !strings.HasSuffix(line, "\\") || li+1 >= len(lines) {
		return "", false
	}
	next := strings.TrimSpace(lines[li+1])
	if next == "" || next[0] == '#' || next[0] == '|' || next[0] == '>' || itemLine.MatchString(next) || numItem.MatchString(next) || fenceLine(next, false) || !runesAtMost(next, 100) {
		return "", false
	}
	return next, true
}

func parseMarkdown(body []byte) *document {
	if d := parseMarkdownWith(body, false); !thinCut(d) {
		return d
	}
	return parseMarkdownWith(body, true)
}

func parseMarkdownWith(body []byte, keepAll bool) *document {
	src := string(toUTF8Text(body))
	meta, rest := frontMatter(src)
	readerTitle, readerPublished, page, byReader := readerHeader(rest)
	if byReader {
		rest = page
	}
	d := &document{
		title:     metaString(meta, "title"),
		published: normalizeDate(metaString(meta, "date", "published", "published_at", "publishDate", "publish_date", "pubDate", "datePublished", "source_published_at")),
		org:       metaString(meta, "company", "org", "organization", "organisation"),
		author:    metaString(meta, "author"),
		tags:      append(append(metaList(meta, "tags"), metaList(meta, "categories")...), metaList(meta, "keywords")...),
		summary:   cleanSpace(inlineMarkdown(stripEmphasis(metaString(meta, "summary", "description")))),
	}
	d.keepAll = keepAll
	if _, _, ok := pageProperties(strings.TrimLeft(src, "\ufeff \t\r\n")); ok {
		// a clip's properties name the page as its <title> did, and when
		// it was saved
		d.title = trimSiteName(d.title)
		d.clipped = normalizeDate(metaString(meta, "created", "created-at", "saved"))
	}
	if byReader {
		// a reader tool's header names the page as its <title> did
		if d.title == "" {
			d.title = trimSiteName(readerTitle)
		}
		if d.published == "" {
			d.published = normalizeDate(readerPublished)
		}
	}
	d.title = cleanSpace(inlineMarkdown(stripEmphasis(d.title)))
	d.startedAt = metaTime(meta, "start_time", "started_at", "start")
	d.endedAt = metaTime(meta, "end_time", "ended_at", "end")
	d.brand = markdownBrand(rest)
	d.siteNames = markdownSiteNames(rest)
	if site := printedSite(readerTitle); byReader && site != "" {
		d.siteNames = append(d.siteNames, site) // the part of the reader's title that names the site
	}
	rest = htmlComment.ReplaceAllString(rest, "")
	rest = stripHTMLBlocks(rest)
	rest = withoutAuthorCard(rest)
	lines := strings.Split(strings.ReplaceAll(rest, "\r\n", "\n"), "\n")
	refs := refLabels(lines)
	var para []string
	flush := func() {
		if len(para) > 0 {
			// a link cut across the paragraph's lines is whole again
			d.add(labelled(block{kind: kindPara, text: inlineMarkdown(joinLines(para))}))
			para = para[:0]
		}
	}
	inFence := false
	inTOC := false
	var item *block
	flushItem := func() {
		if item != nil {
			item.text = inlineMarkdown(item.text)
			d.add(labelled(*item))
			item = nil
		}
	}
	wrapped := -1 // a line a heading ran on into
	for li, line := range lines {
		if li == wrapped {
			continue
		}
		if fenceLine(line, inFence) {
			flush()
			flushItem()
			inFence = !inFence
			continue
		}
		if !inFence && item == nil && codeSpanLine(line) {
			// a line of code in three backticks ("```{"level":"fatal",…}```"):
			// a one-line code block, kept apart from the prose around it
			flush()
			d.add(block{kind: kindPara, text: strings.Trim(strings.TrimSpace(line), "`"), code: true})
			continue
		}
		if inFence {
			if strings.TrimSpace(line) != "" {
				if strings.Contains(line, "](") {
					line = mdLink.ReplaceAllString(mdImage.ReplaceAllString(line, ""), "$1")
				}
				d.add(block{kind: kindPara, text: line, code: true})
			}
			continue
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			flushItem()
			continue
		}
		if mdRefDef.MatchString(line) || linkDebris(trimmed) || tocDirective(trimmed) || sourceLineAlone(trimmed) {
			continue
		}
		bare := ""
		if len(trimmed) <= 64 {
			bare = cleanSpace(inlineMarkdown(stripEmphasis(strings.TrimLeft(trimmed, "# ")))) // "## Past incidents"
		}
		if len(para) == 0 && item == nil && tocMarker.MatchString(bare) {
			inTOC = true // "On this page" over the names of the page's sections
			continue
		}
		if inTOC {
			if tocEntry(trimmed) {
				continue // no title, no paragraph
			}
			inTOC = false
		}
		if stop, skip := d.atMark(cleanSpace(inlineMarkdown(stripEmphasis(trimmed))), bare, lines[li+1:]); stop {
			break
		} else if skip {
			continue // the mark alone goes: what follows is the page's
		}
		if strings.Contains(line, "][") {
			// a full reference link ("[#184][issue-184]") before the
			// shortcut labels are unwrapped, which would leave "[#184]issue-184"
			line = mdRefLink.ReplaceAllString(line, "$1")
		}
		line = refs.Replace(line)
		trimmed = strings.TrimSpace(line)
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			flush()
			flushItem()
			h := m[2]
			if next, ok := headingRunsOn(line, lines, li); ok {
				// "# Water supply restored to 8,000 homes  " / "after
				// pumping station fault": a converter's <br> in the
				// heading, as a hard line break
				h += " " + next
				wrapped = li + 1
			}
			d.add(block{kind: kindHeading, level: len(m[1]), text: inlineMarkdown(stripEmphasis(h))})
			continue
		}
		if thematicBreak.MatchString(line) && len(para) == 0 {
			flushItem()
			continue
		}
		if (setextH1.MatchString(line) || setextH2.MatchString(line)) && len(para) > 0 && item == nil {
			level := 1
			if setextH2.MatchString(line) {
				level = 2
			}
			h := joinLines(para)
			para = para[:0]
			d.add(block{kind: kindHeading, level: level, text: inlineMarkdown(stripEmphasis(h))})
			continue
		}
		if strings.HasPrefix(trimmed, "|") || (strings.Count(trimmed, "|") >= 2 && len(para) == 0 && item == nil) {
			flush()
			flushItem()
			if mdTableSep.MatchString(trimmed) {
				continue
			}
			cells := strings.Split(strings.Trim(trimmed, "|"), "|")
			for k := range cells {
				if strings.Contains(cells[k], "<br") {
					cells[k] = cellBreak.ReplaceAllString(cells[k], " ") // "**Mini Incident Report**<br><br>We apologize …": a break between words
				}
				cells[k] = cleanSpace(inlineMarkdown(stripEmphasis(cells[k])))
				if m := mdHeading.FindStringSubmatch(cells[k]); m != nil {
					cells[k] = m[2] // "# Mini incident report …": a heading written in a cell
				}
			}
			d.add(tableRow(cells))
			continue
		}
		if m := mdBoldHeader.FindStringSubmatch(trimmed); m != nil && len(para) == 0 && !boldSentence(m[1]) {
			flushItem()
			d.add(block{kind: kindHeading, level: 4, text: m[1]})
			continue
		}
		m := itemMatch(line)
		if m == nil {
			m = typographicItem(line)
		}
		if m != nil {
			flush()
			flushItem()
			indent := len(line) - len(strings.TrimLeft(line, " \t"))
			item = &block{kind: kindItem, text: inlineMarkdown(m[1]), depth: indent / 2}
			continue
		}
		text := strings.TrimPrefix(trimmed, ">")
		if item != nil {
			item.text = joinLines([]string{item.text, inlineMarkdown(text)})
			continue
		}
		if len(para) > 0 && boldFieldLine.MatchString(text) {
			flush() // "**Title:** …" / "**Status:** …": a field a line, each its own
		}
		para = append(para, inlineMarkdown(text))
	}
	flush()
	flushItem()
	for i := range d.blocks {
		if d.blocks[i].kind == kindPara && d.blocks[i].label == "" && boldOnly.MatchString(d.blocks[i].text) {
			d.blocks[i].bold = true
		}
		d.blocks[i].text = stripEmphasis(d.blocks[i].text)
	}
	if d.title == "" {
		for i, b := range d.blocks {
			if b.kind == kindHeading && b.level == 1 {
				d.title = b.text
				d.blocks = append(d.blocks[:i:i], d.blocks[i+1:]...)
				break
			}
		}
	} else if len(d.blocks) > 0 && d.blocks[0].kind == kindHeading && d.blocks[0].level == 1 {
		// the title again, or another name of the write-up: the front
		// matter's may be its site's ("title: Engineering Archives")
		if h := d.blocks[0].text; h != d.title {
			d.titles = append(d.titles, h)
		}
		d.blocks = d.blocks[1:]
	}
	return d
}

// fenceLine reports whether a line opens or closes a fenced code block.
// A backtick line that closes its own span ("```ErrImagePull: back-off```",
// code written inline with three backticks) opens nothing: as CommonMark
// has it, an opening backtick fence's info string holds no backtick. Taken
// as an opening, it put the rest of the write-up in a code block.
func fenceLine(line string, inFence bool) bool {
	if !mdFence.MatchString(line) {
		return false
	}
	if inFence {
		return true
	}
	t := strings.TrimLeft(line, " \t")
	return t[0] != '`' || !strings.Contains(strings.TrimLeft(t, "`"), "`")
}

// codeSpanLine reports whether a line is only a code span in three
// backticks or more: code written inline on a line of its own.
func codeSpanLine(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) > 6 && strings.HasPrefix(t, "```") && strings.HasSuffix(t, "```") && strings.Trim(t, "`") != ""
}

// authorCard is an author's card near the top of a saved article: the
// name and a paragraph of biography as one link, across paragraphs, to
// the author's profile ("[Jane Doe\n\nJane is … ](https://twitter.com/jdoe)"),
// with the empty links of the card's picture beside it.
var authorCard = regexp.MustCompile(`\n[ \t]*\[([^\[\]\n]{2,60})\n\n([^\[\]]{20,1000}?)\]\((https?://[^)\s]+)\)(?:[ \t]*\[\]\([^)\s]*\))*`)

// profileURL is the address of a person's page: a social profile or an
// author's page of a site.
var profileURL = regexp.MustCompile(`(?i)^https?://(?:www\.)?(?:(?:twitter|x|github|medium|mastodon\.social)\.com/@?[\w.-]+/?$|linkedin\.com/in/|[^/]+/(?:author|authors|people|profile|team)/)`)

// withoutAuthorCard drops an author's card (see authorCard) from the first
// lines of a Markdown text: it is the page's, not the write-up's.
func withoutAuthorCard(s string) string {
	head := s[:min(len(s), 4000)]
	if !strings.Contains(head, "](http") || !strings.Contains(head, "\n\n") {
		return s
	}
	for _, m := range authorCard.FindAllStringSubmatchIndex(head, 2) {
		if profileURL.MatchString(head[m[6]:m[7]]) {
			return s[:m[0]] + "\n" + s[m[1]:]
		}
	}
	return s
}

// itemMatch is mdItem's match of a line, asked only of a line whose first
// character past its white space (\s: tab, newline, form feed, return,
// space) can open an item: a bullet or a digit.
func itemMatch(line string) []string {
	t := strings.TrimLeft(line, "\t\n\f\r ")
	if t == "" || !strings.ContainsRune("-*+0123456789", rune(t[0])) {
		return nil
	}
	return mdItem.FindStringSubmatch(line)
}

// typographicItem is a list item whose bullet was typed or pasted as a
// typographic mark, which Markdown does not read as one: "• Failover
// started", "  – 2025-03-02 14:10: Change applied" (a dash only before a
// number, so that a wrapped line opening with a dash stays in its
// paragraph). Its match is shaped as itemMatch's.
func typographicItem(line string) []string {
	t := strings.TrimLeft(line, "\t ")
	if t == "" || t[0] < 0x80 {
		return nil
	}
	for _, bullet := range []string{"•", "◦", "▪", "–", "—"} {
		rest, ok := strings.CutPrefix(t, bullet+" ")
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		if rest == "" || (bullet == "–" || bullet == "—") && (rest[0] < '0' || rest[0] > '9') {
			return nil
		}
		return []string{line, rest}
	}
	return nil
}

func stripEmphasis(s string) string {
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		s = mdEmphasis.ReplaceAllString(s, "$2")
	}
	// single marks ("an actual *outage*", "the _Helm chart_") only where
	// they open after a space or bracket and close before one: "5 * 3",
	// "*.example.org" and snake_case stay
	if strings.IndexByte(s, '*') >= 0 {
		s = mdStar.ReplaceAllString(s, "$1$2$3")
	}
	if strings.IndexByte(s, '_') >= 0 {
		s = mdUnderscore.ReplaceAllString(s, "$1$2$3")
	}
	return s
}

var mdStar, mdUnderscore = singleMark(`*`), singleMark(`_`)

// singleMark is a run of words set in one emphasis mark, opened after a
// space or bracket and closed before one or a punctuation mark, with no
// space just inside either mark.
func singleMark(mark string) *regexp.Regexp {
	m := regexp.QuoteMeta(mark)
	return regexp.MustCompile(`(^|[\s(\["“'（「])` + m + `([^\s` + m + `](?:[^` + m + `\n]{0,200}?[^\s` + m + `])?)` + m + `($|[\s).,;:!?\]"”'，。；：）」])`)
}

// joinLines joins the lines of a paragraph: with a space between words,
// with nothing between Chinese characters.
func joinLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if i > 0 && b.Len() > 0 {
			last, _ := lastRune(b.String())
			first := []rune(l)[0]
			if !(isHan(last) && isHan(first)) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

// sourceLineAlone reports whether a line only says where the text was
// first published: "> 原文：<https://…>", "原文链接：[URL](URL)", "Source:
// https://…" with nothing after the address. A repost or translation
// carries it over its story; it is the page's furniture, not a line of the
// text (SourceURL reads it from the raw file).
func sourceLineAlone(line string) bool {
	if len(line) > 400 || !strings.Contains(line, "://") || !sourceLabelFirst(strings.TrimLeft(line, " >*_")) {
		return false
	}
	m := sourceLine.FindStringSubmatchIndex(line)
	if m == nil {
		return false
	}
	rest := sourceRest.ReplaceAllString(line[m[1]:], "")
	return strings.Trim(rest, " >)]*_.,;。，") == ""
}

// sourceLabelFirst reports whether t opens with one of sourceLine's
// labels, so that the expression runs only on such lines, not on every
// line that holds a link.
func sourceLabelFirst(t string) bool {
	for _, p := range []string{"原文", "来源", "转载自"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	for _, p := range []string{"source", "original", "canonical"} {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			return true
		}
	}
	return false
}

// sourceRest is what may follow a source line's address: the rest of a
// Markdown link that repeats it ("](https://…)").
var sourceRest = regexp.MustCompile(`\]\(https?://[^\s()]+\)`)

var debrisSeparators = regexp.MustCompile(`[\s|·•/\-–—>»]+`)

// linkDebris reports whether a line is nothing but links and separators,
// like "[Edit this page](…) | [Back to top](#top)", when at least one link
// points within the page or the line has two links or more.
func linkDebris(line string) bool {
	links := mdLink.FindAllString(line, -1)
	if len(links) == 0 || strings.HasPrefix(line, "!") && len(links) == 1 {
		return false
	}
	rest := mdLink.ReplaceAllString(mdImage.ReplaceAllString(line, ""), "")
	if debrisSeparators.ReplaceAllString(rest, "") != "" {
		return false
	}
	return len(links) >= 2 || strings.Contains(line, "](#")
}

// tocEntry reports whether a line under a table of contents' marker is
// one of its entries: a list item of a link or a few words, or a section's
// name on a line of its own ("Root cause", "Action items").
func tocEntry(line string) bool {
	if m := itemMatch(line); m != nil {
		line = m[1]
	}
	line = cleanSpace(inlineMarkdown(stripEmphasis(line)))
	if line == "" || len([]rune(line)) > 60 || endsSentence(line) {
		return false
	}
	return isNavWord(line) || classifyHeading(line) != "" && sectionNameLength(line) || itemMatch(line) != nil
}

// tocDirective reports whether a line is an editor's order to draw a
// table of contents there ("[TOC]", "[[toc]]", "@[TOC](目录)", "${toc}"):
// it is no text.
func tocDirective(line string) bool {
	if len(line) > 40 || !strings.Contains(asciiLower(line), "toc") {
		return false
	}
	return tocOrder.MatchString(line)
}

var tocOrder = regexp.MustCompile(`(?i)^(?:@?\[\[?toc\]?\](?:\([^)]*\))?|\$\{toc\}|\{:?toc\}|\[\[_toc_\]\])$`)

// refLabels returns a replacer that turns shortcut reference links
// ("[hook]", defined below as "[hook]: https://…") into their text.
func refLabels(lines []string) *strings.Replacer {
	var pairs []string
	for _, l := range lines {
		if m := mdRefDefLabel.FindStringSubmatch(l); m != nil {
			pairs = append(pairs, "["+m[1]+"]", m[1])
		}
	}
	return strings.NewReplacer(pairs...)
}

var mdRefDefLabel = regexp.MustCompile(`^\s{0,3}\[([^\]]+)\]:\s*\S+`)

// logoLine is a clipped page's logo: an image link alone on its line,
// "[![Merrow](…logo.png)](https://…)", "# [![Acme Status](…)](…)".
var logoLine = regexp.MustCompile(`^#*\s*\[!\[([^\]]{2,60})\]\([^)]*\)\]\([^)]*\)\s*$`)

// markdownBrand is the site's name a clipped page's logo line gives, in
// its first lines; "" when it has none.
func markdownBrand(src string) string {
	seen := 0
	for _, line := range strings.SplitN(src, "\n", 40) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if m := logoLine.FindStringSubmatch(line); m != nil {
			return brandName(m[1])
		}
		if seen++; seen >= 5 {
			break
		}
	}
	return ""
}

// homeLink is a Markdown link to a site's home page: "[Brackenridge
// Cloud](https://brackenridge.example/)", "[Pipit](/)".
var homeLink = regexp.MustCompile(`\[([^\[\]!]{2,40})\]\((?:https?://[^/\s)?#]+/?|/)\)`)

// markdownSiteNames are the names a Markdown page saved from the web gives
// its site: its links home in its first lines, and its copyright's holder
// in its last.
func markdownSiteNames(src string) []string {
	var names []string
	head := src
	if len(head) > 3000 {
		head = head[:3000]
	}
	for _, m := range homeLink.FindAllStringSubmatch(head, 6) {
		names = append(names, strings.TrimSpace(m[1]))
	}
	foot := src
	if len(foot) > 600 {
		foot = strings.ToValidUTF8(foot[len(foot)-600:], "")
	}
	if m := copyrightHolder.FindStringSubmatch(cleanSpace(inlineMarkdown(foot))); m != nil {
		names = append(names, strings.TrimSpace(m[1]))
	}
	return names
}

// boldSentence reports whether the words of a line set in bold are a
// dated update, not a heading: a sentence, ending in its full stop, that
// tells a clock time ("**更新，2026 年 3 月 6 日：分享功能在早上 4:30 恢复
// 了。**", "**Update: the feature came back at about 4:30 a.m. on
// Friday.**"). A deck in bold without a time ("**多国报告了严重的互联网中
// 断。**") stays what it was.
func boldSentence(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, "。") && !strings.HasSuffix(s, "！") && !(strings.HasSuffix(s, ".") && strings.Count(s, " ") >= 6) {
		return false
	}
	return clockCount(s) > 0
}

// boldFieldLine is a line that opens with a bold label, a field's or an
// update's: "**Title:** …", "**Status**: Resolved", "**Resolved** - …".
var boldFieldLine = gateRegexp(regexp.MustCompile(`^(?:\*\*|__)[^*_]{1,40}?(?:[:：](?:\*\*|__)|(?:\*\*|__)\s*(?:[:：]|[-–—]\s))`))
