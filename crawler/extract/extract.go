package extract

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
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
	case ".txt", ".text":
		return FormatText, nil
	case ".pdf":
		return FormatPDF, nil
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
	case FormatPDF:
		text, err := pdfText(body)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", source, err)
		}
		d = parseText([]byte(text))
	default:
		d = parseText(body)
	}
	in := build(d)
	if strings.TrimSpace(in.Text) == "" && in.Title == "" {
		return nil, fmt.Errorf("extract %s: %w", source, ErrEmpty)
	}
	// a page's URL is its source; a file is named by its path, which is
	// never shown as a source, unless it names the page it was published
	// at: then it is that page (a crawl of it, a catalogue entry of it and
	// the file are one incident)
	in.ID = data.IDFor(source)
	if isWeb(source) {
		in.URL = source
	} else if u := SourceURL(body, f); u != "" {
		in.URL = u
		in.ID = data.IDFor(u)
	}
	return in, nil
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
	s := assignSections(d.blocks)
	in := &data.Incident{Title: cleanSpace(d.title)}
	in.Text = s.mainText()
	in.Lang = detectLang(in.Title + "\n" + in.Text)

	lines := make([]string, 0, 16)
	if in.Title != "" {
		lines = append(lines, in.Title)
	}
	for _, b := range d.blocks {
		lines = append(lines, b.text)
		if len(lines) > 16 {
			break
		}
	}
	in.Published = d.published
	if in.Published == "" {
		in.Published = textPublished(lines)
	}
	in.Org = d.org
	if in.Org == "" {
		in.Org = findOrg(lines)
	}
	if in.Org == "" {
		in.Org = knownOrgIn(in.Title, in.Text)
	}
	if in.Org == "" {
		in.Org = titleOrg(in.Title, in.Text)
	}

	tb := newTimelineBuilder(in.Lang, in.Published, in.Title+"\n"+in.Text)
	isEvent := buildTimeline(s, tb)
	in.Timeline = tb.events
	for i, ev := range isEvent {
		if ev {
			s.secs[i] = data.SectionTimeline // an event line belongs to the timeline alone
		}
	}
	refineSections(&s, isEvent)

	in.Summary = s.sectionText(data.SectionSummary)
	in.Impact = s.sectionText(data.SectionImpact)
	in.Cause = s.sectionText(data.SectionCause)
	in.Remediation = s.sectionText(data.SectionRemediation)
	in.Lessons = s.sectionText(data.SectionLessons)
	if in.Summary == "" {
		in.Summary = d.summary
	}
	if in.Summary == "" {
		in.Summary = leadSummary(s)
	}
	in.Tags = cleanTags(d.tags)
	deriveSections(in)

	first, last := span(tb.events, tb.clock, in.Published)
	if !spanHasClock(tb) {
		// no clock time in the timeline: a stated range says more
		if s, e := tb.statedRange(in.Summary + "\n" + in.Text); !s.IsZero() {
			first, last = s, e
		}
	}
	if !first.IsZero() {
		in.StartedAt = first.Format(time.RFC3339)
	}
	if !last.IsZero() {
		in.EndedAt = last.Format(time.RFC3339)
	}
	in.DurationMinutes = statedDuration(in.Text, in.Lang)
	if in.DurationMinutes == 0 && !last.IsZero() {
		in.DurationMinutes = int(last.Sub(first).Minutes())
	}
	in.Severity = findSeverity(in.Title, in.Text)
	in.Patterns = findPatterns(in)
	in.Normalize()
	return in
}

// leadSummary is the opening of a write-up that has no summary section:
// its paragraphs before the first section, up to about 600 characters.
func leadSummary(s sectioned) string {
	var parts []string
	n := 0
	for i, b := range s.blocks {
		if s.secs[i] != "" {
			break
		}
		if b.kind != kindPara || utf8.RuneCountInString(b.text) < 20 {
			continue
		}
		parts = append(parts, b.text)
		n += utf8.RuneCountInString(b.text)
		if n > 600 {
			break
		}
	}
	return strings.Join(parts, "\n")
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
