package extract

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The forms of this file choose a page's title by general means rather
// than by a page's form: a line is passed over as furniture by its shape
// (a clipping tool's note, a running line with its page number, the
// site's name and the kind of page), the page's names are weighed by
// their agreement (an og:title and a <title> that agree and stand as a
// heading over an h1 that is neither; a short heading that the next one
// repeats and says more of), and a text whose only title is its first
// sentence, wrapped over lines, is named by that sentence whole.

// toolNoteLeads open the note a clipping or reading tool writes above
// what it saved, lower-cased: "Exported from Outline · …", "Clipped
// from: https://…", "This article is transcoded by SimpRead, original
// address …", "本文由 简悦 SimpRead 转码， 原文地址 …".
var toolNoteLeads = []string{"exported from ", "clipped from", "saved from ", "saved with ", "archived from ", "captured from ", "imported from ",
	"this article is transcoded by", "transcoded by ", "original address", "original link", "本文由", "原文地址", "原文链接", "剪藏自", "收藏于"}

// toolNote reports whether a line is a clipping tool's note: it opens,
// after any mark or emoji, with one of toolNoteLeads.
func toolNote(line string) bool {
	s := strings.TrimLeftFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if s == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); r < utf8.RuneSelf {
		s = strings.ToLower(s[:min(len(s), 40)])
	}
	for _, l := range toolNoteLeads {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// pageNumberEnd is a page's number ending a line: "Page 1 of 2",
// "第 2 页", "第1页/共3页".
var pageNumberEnd = regexp.MustCompile(`(?i)\bpage \d+(?: of \d+)?\s*$|第\s*\d+\s*页(?:\s*/?\s*共\s*\d+\s*页)?\s*$`)

// runningPageLine reports whether a line is a printed sheet's running
// header or footer: something before a page's number that ends it
// ("VOWCHURCH ENERGY · CUSTOMER SERVICES   Page 1 of 1").
func runningPageLine(line string) bool {
	if !strings.Contains(line, "页") && !strings.Contains(strings.ToLower(line), "page ") {
		return false
	}
	loc := pageNumberEnd.FindStringIndex(line)
	return loc != nil && strings.TrimSpace(line[:loc[0]]) != ""
}

// siteAndKindLine reports whether a line is the site's name and the kind
// of page set apart ("Pilling Pay — Trust Center", "Harby Bank |
// Service updates"): every part a kind of page or a name the page
// teaches as its site's (ownSiteName), one at least the site's.
func siteAndKindLine(d *document, line string) bool {
	return siteAndKindParts(line, func(p string) bool { return ownSiteName(d, p) || siteTitle(d, p) })
}

// siteAndKindParts reports whether line is parts set apart by a site's
// separator (siteSep), each a kind of page (genericTitle) or the site's
// name (isSite), one at least the site's.
func siteAndKindParts(line string, isSite func(string) bool) bool {
	if strings.IndexFunc(line, siteSepRune) < 0 {
		return false
	}
	parts := siteParts(line)
	if len(parts) < 2 {
		return false
	}
	site := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case isSite(p):
			site = true
		case !genericTitle(p):
			return false
		}
	}
	return site
}

// furnitureTitle reports whether a candidate title is the page's
// furniture by its shape: a tool's note, a running line, the site's name
// and the page's kind.
func furnitureTitle(d *document, line string) bool {
	return toolNote(line) || runningPageLine(line) || siteAndKindLine(d, line) || readerSignpost.MatchString(line)
}

// readerSignpost is a status page's pointer to another of the site's pages,
// a question to the reader and where to go: "Looking for developer system
// status? Find it here.", "Looking for current incidents? Visit Service
// Health", "Need help with your account? Contact support", "If you are
// experiencing an issue not listed here, contact support".
var readerSignpost = regexp.MustCompile(`(?i)^(?:(?:looking for|searching for|need help|need to|want to|can't find|cannot find|interested in)\b[^?.!]{2,80}\?(?:\s+\S.{0,60})?|if you(?:'re| are| have| still| continue to)? [^.?!]{2,80}?,\s*(?:please )?(?:contact|visit|see|reach|open|call|check|let us know)\b[^.?!]{0,60}[.!]?)$`)

// wrappedLine reports whether block i is the first line of a sentence
// wrapped over the lines after it: it ends no sentence and the next
// block, a paragraph too, goes on in lower case ("Between 09:12 and
// 10:47 UTC on 3 March 2026, card payments made through the API" over
// "were declined for merchants …").
func wrappedLine(blocks []block, i int) bool {
	if i+1 >= len(blocks) || blocks[i].kind != kindPara || blocks[i+1].kind != kindPara || endsSentence(blocks[i].text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(blocks[i+1].text)
	return unicode.IsLower(r)
}

// agreedName is the name a page's og:title and <title> agree on when it
// stands as a heading of the page and the h1 is another line ("Airport
// check-in chaos as baggage system fails" under the h1 of a quote, ""We
// just stood there for three hours""): three of the page's names against
// one. "" when they do not agree.
func agreedName(d *document) string {
	if len(d.titles) < 2 || d.title == "" {
		return ""
	}
	a, b := cleanTitle(d.titles[0], d.org), cleanTitle(d.titles[1], d.org)
	if a == "" || !strings.EqualFold(a, b) {
		return ""
	}
	la, lh := strings.ToLower(a), strings.ToLower(cleanTitle(d.title, d.org))
	if lh == "" || strings.Contains(la, lh) || strings.Contains(lh, la) {
		return ""
	}
	for i, bl := range d.blocks {
		if i >= 12 {
			break
		}
		if bl.kind == kindHeading && strings.EqualFold(strings.TrimSpace(bl.text), a) {
			return a
		}
	}
	return ""
}

// headingSayingMore is the heading right under a short title that
// repeats the title and says more ("Cloud SQL" over "Cloud SQL
// instances in asia-south2 could not be created or resized"): the title
// named the product, the heading names the incident. "" when none does.
func headingSayingMore(d *document, t string) string {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 4 || endsSentence(t) {
		return ""
	}
	for i, b := range d.blocks {
		if i >= 4 {
			break
		}
		if b.kind != kindHeading {
			continue
		}
		h := strings.TrimSpace(b.text)
		if strings.EqualFold(h, t) {
			continue
		}
		if len(strings.Fields(h)) >= len(f)+3 && len(h) > len(t) && strings.EqualFold(h[:len(t)], t) && h[len(t)] == ' ' {
			if c := cleanTitle(h, d.org); c != "" && isTitleLine(c) && !isSectionName(c) {
				return c
			}
		}
		return ""
	}
	return ""
}

// digestPreamble is what a mailing list's digest prints above its
// messages (Mailman's "Send … mailing list submissions to").
var digestPreamble = []byte("mailing list submissions to")

// digestSubject is the subject of the first message of a mailing list's
// digest ("Outage report: shared web hosting unreachable in Leeds" of
// "Subject: [Ops-announce] Outage report: …"), folded lines joined and
// the list's tag dropped: the digest's own subject and preamble name the
// list, not the incident. "" for any other text.
func digestSubject(d *document) string {
	head := d.raw[:min(len(d.raw), 4<<10)]
	if !bytes.Contains(head, digestPreamble) {
		return ""
	}
	k := bytes.Index(d.raw, []byte("\nMessage: 1\n"))
	if k < 0 {
		return ""
	}
	rest := d.raw[k:]
	s := bytes.Index(rest, []byte("\nSubject: "))
	if s < 0 || s > 1000 {
		return ""
	}
	rest = rest[s+len("\nSubject: "):]
	var subj strings.Builder
	for n := 0; n < 4; n++ {
		line, more, _ := bytes.Cut(rest, []byte("\n"))
		subj.WriteString(strings.TrimSpace(string(line)))
		if len(more) == 0 || (more[0] != ' ' && more[0] != '\t') {
			break
		}
		subj.WriteByte(' ')
		rest = more
	}
	t := strings.TrimSpace(subj.String())
	if strings.HasPrefix(t, "[") {
		if j := strings.IndexByte(t, ']'); j > 0 {
			t = strings.TrimSpace(t[j+1:])
		}
	}
	if c := cleanTitle(t, d.org); c != "" && isTitleLine(c) {
		return c
	}
	return ""
}

// chatMessageOpen opens a message of a chat's export: its time and author in
// brackets ("[05-Mar-26 07:58 PM] Ripley Ops").
var chatMessageOpen = regexp.MustCompile(`^\[[0-9][^\]]{4,30}\] \S`)

// chatExportTitle names a chat channel's export (a rule of "=" over
// "Guild:", "Channel:", "Topic:") by its first message: the words it sets
// in bold, else its first sentence. The export's fields name the server
// and the channel, not what was told in it. "" for any other text.
func chatExportTitle(d *document) string {
	head := d.raw[:min(len(d.raw), 600)]
	if !bytes.HasPrefix(bytes.TrimSpace(head), []byte("=====")) || !bytes.Contains(head, []byte("\nChannel: ")) {
		return ""
	}
	if _, g, ok := bytes.Cut(head, []byte("\nGuild: ")); ok && d.org == "" {
		// the server is its community's ("Ripley Games Community"): the
		// name of it the messages repeat is the organisation's
		g, _, _ = bytes.Cut(g, []byte("\n"))
		d.org = titleOrg(string(g), string(d.raw[:min(len(d.raw), 64<<10)]))
	}
	for i, b := range d.blocks {
		if i >= 20 || i+1 >= len(d.blocks) {
			break
		}
		if !chatMessageOpen.MatchString(b.text) {
			continue
		}
		msg := d.blocks[i+1].text
		for strings.HasPrefix(msg, "@") {
			_, msg, _ = strings.Cut(msg, " ")
		}
		if j := strings.Index(msg, "**"); j >= 0 {
			if k := strings.Index(msg[j+2:], "**"); k > 0 {
				if c := cleanTitle(strings.TrimRight(msg[j+2:j+2+k], ".!"), d.org); c != "" && len(strings.Fields(c)) >= 3 {
					return c
				}
			}
		}
		return fallbackTitle(strings.ReplaceAll(msg, "**", ""), "")
	}
	return ""
}

// sentenceTitle is the first sentence of a text that names itself by
// nothing else, read past a tool's note, a running line and the fields
// over it ("Status: Final · Owner: …"), its wrapped lines joined
// ("Between 09:12 and 10:47 UTC on 3 March 2026, card payments made
// through the API" and "were declined for merchants …"). "" when the
// text's first paragraphs hold none. sent is the sentence as written.
func sentenceTitle(d *document) (title, sent string) {
	for i, b := range d.blocks {
		if i >= 10 {
			break
		}
		if b.kind != kindPara || b.label != "" || furnitureTitle(d, b.text) || metaFieldLine(b.text) {
			continue
		}
		if _, _, ok := recordFieldLine(b.text); ok {
			continue
		}
		if name, _, ok := strings.Cut(b.text, ": "); ok && len(strings.Fields(name)) <= 2 {
			continue // a field ("Status: Final · Owner: …")
		}
		if !endsSentence(b.text) && !wrappedLine(d.blocks, i) {
			continue // a line of its own that names nothing: a page's kind ("Service updates")
		}
		var s strings.Builder
		s.WriteString(strings.TrimSpace(b.text))
		for j := i; wrappedLine(d.blocks, j) && j < i+6; j++ {
			s.WriteByte(' ')
			s.WriteString(strings.TrimSpace(d.blocks[j+1].text))
		}
		return fallbackTitle(timeLeadCut(s.String()), ""), s.String()
	}
	return "", ""
}

// timeLeads open a sentence's lead of when ("Between 09:12 and 10:47
// UTC on 3 March 2026, …", "On Tuesday 3 March, …").
var timeLeads = []string{"Between ", "From ", "On ", "At ", "During ", "Since ", "Shortly after ", "Early on ", "Late on "}

// timeLeadCut drops the lead of when from a sentence too long for a
// title, when a comma closes it within its first 80 characters and it
// holds a digit: what is left names what happened ("Card payments made
// through the API were declined …").
func timeLeadCut(sent string) string {
	if utf8.RuneCountInString(sent) <= 120 {
		return sent
	}
	for _, l := range timeLeads {
		if !strings.HasPrefix(sent, l) {
			continue
		}
		k := strings.Index(sent, ", ")
		if k < 0 || k > 80 || strings.IndexFunc(sent[:k], unicode.IsDigit) < 0 {
			return sent
		}
		rest := sent[k+2:]
		r, n := utf8.DecodeRuneInString(rest)
		if !unicode.IsLower(r) && !unicode.IsUpper(r) {
			return sent
		}
		return string(unicode.ToUpper(r)) + rest[n:]
	}
	return sent
}
