package web

import (
	"html"
	"html/template"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// label is an English name with its Chinese one, shown small.
type label struct{ EN, ZH string }

// sectionLabels name the sections of an incident and of a highlight.
var sectionLabels = map[string]label{
	"summary":     {"Summary", "概述"},
	"impact":      {"Impact", "影响"},
	"timeline":    {"Timeline", "时间线"},
	"cause":       {"Cause", "原因"},
	"remediation": {"Remediation", "整改"},
	"lessons":     {"Lessons", "教训"},
	"title":       {"Title", "标题"},
	"text":        {"Full text", "正文"},
}

func sectionLabel(sec string) label {
	if l, ok := sectionLabels[sec]; ok {
		return l
	}
	return label{EN: sec}
}

// snippetOrder is the order highlighted sections are shown in a hit;
// the cause says most about an incident.
var snippetOrder = []string{"cause", "summary", "remediation", "impact", "timeline", "lessons", "text"}

// chip is a failure pattern shown as a link.
type chip struct {
	Text  string // short name in the interface's language
	Sub   string // short name in the other language
	Title string // the full names, for the tooltip
	URL   string
}

// patternChip describes a pattern id in the interface language lang; URL
// lists the incidents with it.
func patternChip(id, lang string) chip {
	c := chip{Text: patternShortName(id), Title: id, URL: "/?pattern=" + url.QueryEscape(id)}
	if p, ok := data.PatternByID(id); ok {
		c.Sub = shortZH(p.ZH)
		c.Title = p.EN + " · " + p.ZH
		if lang == uiZH {
			c.Text, c.Sub = c.Sub, c.Text
			c.Title = p.ZH + " · " + p.EN
		}
	}
	return c
}

func patternShortName(id string) string {
	if id == "dns" {
		return "DNS"
	}
	return strings.ReplaceAll(id, "-", " ")
}

// shortZH keeps the head of a Chinese pattern name, before its list of
// examples: "网络故障：光缆/链路中断…" → "网络故障".
func shortZH(s string) string {
	if i := strings.IndexAny(s, "：、，"); i > 0 {
		return s[:i]
	}
	return s
}

func langName(code string) string {
	switch code {
	case "zh":
		return "中文"
	case "en":
		return "English"
	}
	return code
}

// langAttr is the value of an HTML lang attribute for an incident's
// language, so that browsers pick the right fonts for Chinese.
func langAttr(code string) string {
	switch code {
	case "zh":
		return "zh-CN"
	case "en":
		return "en"
	}
	return ""
}

// incidentURL is the page of an incident, or "" for an id that cannot be
// one.
func incidentURL(id string) string {
	if !data.ValidID(id) {
		return ""
	}
	return "/incidents/" + id
}

// formatDuration writes minutes as "45 min", "3 h 26 min" or "2 d 4 h".
func formatDuration(minutes int) string {
	if minutes <= 0 {
		return ""
	}
	d, h, m := minutes/1440, minutes%1440/60, minutes%60
	var parts []string
	if d > 0 {
		parts = append(parts, strconv.Itoa(d)+" d")
	}
	if h > 0 {
		parts = append(parts, strconv.Itoa(h)+" h")
	}
	if m > 0 && d == 0 {
		parts = append(parts, strconv.Itoa(m)+" min")
	}
	return strings.Join(parts, " ")
}

// formatTime writes an RFC 3339 time as "2017-09-08 14:22 +08:00", in
// its own zone; anything else is shown as it is.
func formatTime(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	if _, off := t.Zone(); off == 0 {
		return t.Format("2006-01-02 15:04") + " UTC"
	}
	return t.Format("2006-01-02 15:04 -07:00")
}

// markTags are the only tags a highlight fragment may hold.
var markTags = strings.NewReplacer("<mark>", "", "</mark>", "")

// safeFragment marks a highlight fragment from the search layer as HTML.
// Those fragments are escaped text with <mark> added; should one ever
// hold any other tag, it is escaped whole instead of trusted.
func safeFragment(s string) template.HTML {
	if strings.ContainsAny(markTags.Replace(s), "<>") {
		return template.HTML(html.EscapeString(s)) //nolint:gosec // escaped just now
	}
	return template.HTML(s) //nolint:gosec // escaped by search, only <mark> added
}

// paragraphs splits a section's text at blank lines, after a line of
// prose that ends its sentence (the extractor joins a section's paragraphs
// with one line break), and after a line that leads into sentences of
// prose (a list whose markers the extractor dropped); the page keeps the
// other line breaks inside each paragraph, so a list or a table's rows
// stay together.
func paragraphs(s string) []string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n")
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		lines := strings.Split(strings.TrimSpace(p), "\n")
		from := 0
		for i := range lines {
			last := i+1 == len(lines)
			if !last && !endsProse(lines[i]) && (proseLine(lines[i]) || !proseLine(lines[i+1])) && !(opensList(lines[i]) && endsProse(lines[i+1])) {
				continue // within a paragraph, a list or a table
			}
			if para := strings.TrimSpace(strings.Join(lines[from:i+1], "\n")); para != "" {
				out = append(out, para)
			}
			from = i + 1
		}
	}
	return out
}

// proseLine reports whether a line is a paragraph of prose: long, and not
// an item of a list or a row of a table.
func proseLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || strings.ContainsRune("-*•|>#", rune(line[0])) || line[0] >= '0' && line[0] <= '9' && strings.IndexAny(line[:min(len(line), 4)], ".)") > 0 {
		return false
	}
	n := utf8.RuneCountInString(line)
	return n >= 80 || n >= 30 && hasHan(line)
}

// opensList reports whether a line leads into what follows it ("… by
// doing one of:"): when what follows is whole sentences of prose, not a
// marked list, each shows as its own paragraph under it.
func opensList(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasSuffix(line, ":") || strings.HasSuffix(line, "：")
}

// endsProse reports whether a line is prose that ends its sentence.
func endsProse(line string) bool {
	line = strings.TrimSpace(line)
	if !proseLine(line) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?。！？\"”）)", r)
}

// sortedKeys returns the keys of a highlight map in display order:
// known sections first, in snippetOrder, then any others by name.
func sortedKeys(m map[string][]string) []string {
	var out, rest []string
	for _, k := range snippetOrder {
		if len(m[k]) > 0 {
			out = append(out, k)
		}
	}
	for k, v := range m {
		if k == "title" || len(v) == 0 {
			continue
		}
		if _, known := sectionLabels[k]; !known {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// Markdown's inline marks, as write-ups keep them in their plain text:
// **strong**, *emphasis*, _emphasis_ and `code`. Each opens after a space,
// a punctuation mark or the start, and closes before one, with no space
// just inside either mark, so "5 * 3 * 2", "*.example.com and *.net" and
// snake_case_names stay as they are. \w is ASCII only here, so a mark next
// to a Chinese character counts as at a boundary, as CommonMark reads it.
var (
	mdStrong = regexp.MustCompile(`(^|[^\w*])\*\*([^\s*](?:[^*\n]*?[^\s*])?)\*\*($|[^\w*])`)
	mdEmStar = regexp.MustCompile(`(^|[^\w*])\*([^\s*](?:[^*\n]*?[^\s*])?)\*($|[^\w*])`)
	mdEmLine = regexp.MustCompile(`(^|[^\w])_([^\s_](?:[^_\n]*?[^\s_])?)_($|[^\w])`)
	mdCode   = regexp.MustCompile("`([^`\n]+)`")
)

// inlineMarkup turns the Markdown inline marks left in an incident's text
// into the HTML they stand for, so that a reader sees "an actual outage"
// in italics rather than "an actual *outage*". The text is escaped first;
// only <strong>, <em> and <code> are added. Inside `code` nothing else is
// read: "`*.example.com`" stays literal.
func inlineMarkup(s string) template.HTML {
	var b strings.Builder
	rest := s
	for {
		loc := mdCode.FindStringSubmatchIndex(rest)
		if loc == nil {
			b.WriteString(emphasis(html.EscapeString(rest)))
			break
		}
		b.WriteString(emphasis(html.EscapeString(rest[:loc[0]])))
		b.WriteString("<code>" + html.EscapeString(rest[loc[2]:loc[3]]) + "</code>")
		rest = rest[loc[1]:]
	}
	return template.HTML(b.String()) //nolint:gosec // escaped above, only our own tags added
}

// Markdown's backslash escapes of the emphasis marks, as a write-up keeps
// them ("反向代理：\*.proxy.example.org", "¯\\\_(ツ)\_/¯" for ¯\_(ツ)_/¯): the
// mark is shown bare and opens no emphasis, a doubled backslash before one
// is one backslash. Other backslashes (a regex, a Windows path) are left
// alone. While emphasis is applied the escaped marks stand as private-use
// runes.
var (
	mdUnescape = strings.NewReplacer(`\\\*`, `\`+escStar, `\\\_`, `\`+escLine, `\*`, escStar, `\_`, escLine)
	mdRestore  = strings.NewReplacer(escStar, "*", escLine, "_")
)

const escStar, escLine = "\ue000", "\ue001"

// emphasis applies the strong and emphasis marks to escaped text. The
// boundary characters are part of each match, so a pass is run twice to
// catch marks that share one ("*a* *b*").
func emphasis(s string) string {
	s = mdUnescape.Replace(s)
	for _, r := range []struct {
		re  *regexp.Regexp
		tag string
	}{{mdStrong, "strong"}, {mdEmStar, "em"}, {mdEmLine, "em"}} {
		for range 2 {
			s = r.re.ReplaceAllString(s, "${1}<"+r.tag+">${2}</"+r.tag+">${3}")
		}
	}
	return mdRestore.Replace(s)
}
