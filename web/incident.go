package web

import (
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/data"
)

// incidentView is the view of incident.html.
type incidentView struct {
	base
	ID         string
	Lang       string // HTML lang attribute
	Heading    string
	Org        string
	OrgURL     string
	Published  string
	Started    timeView
	Ended      timeView
	Duration   string
	Severity   string
	SourceLink string // the source URL when it is http(s), to link to
	SourceShow string // that URL as a reader reads it: %20 and %E4%B8%AD decoded
	SourceText string // the source when it is anything else, shown as text
	Stub       bool   // a catalogue entry whose write-up is not fetched yet
	JSONURL    string
	BackURL    string // the search the incident was opened from
	Patterns   []chip
	Sections   []sectionView
	Similar    []similarView
}

type timeView struct {
	Raw  string // for the datetime attribute
	Text string
}

type sectionView struct {
	ID         string // anchor
	Label      label
	Paragraphs []template.HTML // the section's text, its Markdown marks drawn
	Events     []eventView     // the timeline
}

type eventView struct {
	TimeText string
	At       timeView
	Offset   string // from the incident's start: T+2h15m, T+0, T−5m
	Text     template.HTML
	Edge     bool // the event the incident starts or ends at, drawn filled
}

type similarView struct {
	URL, Title, Lang, Org, Published string
}

// incidentPage serves GET /incidents/:id.
func (s *server) incidentPage(c *gin.Context) {
	id := c.Param("id")
	if !data.ValidID(id) {
		s.fail(c, http.StatusNotFound, msg(uiOf(c), "error.noincident"))
		return
	}
	in, err := s.searcher.Get(c.Request.Context(), id)
	if errors.Is(err, data.ErrNotFound) {
		s.fail(c, http.StatusNotFound, msg(uiOf(c), "error.removed"))
		return
	}
	if err != nil {
		s.serverError(c, err)
		return
	}
	v := incidentViewOf(s.base(c, ""), in)
	v.BackURL = backURL(c)
	s.render(c, http.StatusOK, "incident.html", v)
}

// backURL is the search an incident page was opened from: a result links
// to its incident with the search's parameters, which the page's "←
// Search" gives back. Parameters that are no search lead to the search
// page.
func backURL(c *gin.Context) string {
	if c.Request.URL.RawQuery == "" {
		return "/"
	}
	req, err := parseRequest(c)
	if err != nil {
		return "/"
	}
	return paramsOf(req).url(req.Offset/max(req.Limit, 1) + 1)
}

func incidentViewOf(b base, in *data.Incident) *incidentView {
	v := &incidentView{
		base:      b,
		ID:        in.ID,
		Lang:      langAttr(in.Lang),
		Heading:   in.Title,
		Org:       in.Org,
		Published: in.Published,
		Started:   momentOf(in, in.StartedAt),
		Ended:     momentOf(in, in.EndedAt),
		Duration:  formatDuration(in.DurationMinutes),
		Severity:  in.Severity,
		JSONURL:   "/api/v1/incidents/" + in.ID,
		Stub:      in.IsStub(),
	}
	if v.Heading == "" {
		v.Heading = untitled(in.Summary, in.ID, b.UI)
	}
	v.Title = v.Heading + " · incidex"
	if in.Org != "" {
		v.OrgURL = params{v: map[string][]string{"org": {in.Org}}}.url(1)
	}
	if u := strings.TrimSpace(in.URL); isWebURL(u) {
		v.SourceLink, v.SourceShow = u, readableURL(u)
	} else {
		v.SourceText = u
	}
	for _, id := range in.Patterns {
		v.Patterns = append(v.Patterns, patternChip(id, b.UI))
	}
	for _, sec := range data.Sections {
		sv := sectionView{ID: string(sec), Label: sectionLabel(string(sec))}
		if sec == data.SectionTimeline {
			start, hasStart := timelineStart(in)
			for _, ev := range in.Timeline {
				if strings.TrimSpace(ev.Text) == "" && ev.TimeText == "" {
					continue
				}
				e := eventView{TimeText: ev.TimeText, At: timeOf(ev.At), Text: inlineMarkup(rowOpening(ev.Text))}
				if at, err := time.Parse(time.RFC3339, ev.At); err == nil {
					switch alone := dayAlone(at, ev.TimeText); {
					case alone && hasStart:
						e.At.Text, e.Offset = at.Format("2006-01-02"), dayOffset(at, start)
					case alone:
						e.At.Text = at.Format("2006-01-02")
					case hasStart:
						e.Offset = formatOffset(at.Sub(start))
					}
				}
				sv.Events = append(sv.Events, e)
			}
			markEdges(sv.Events, in)
			if len(sv.Events) > 0 {
				v.Sections = append(v.Sections, sv)
			}
			continue
		}
		if sec == data.SectionSummary && summaryRepeated(in) {
			continue // drawn from the section that follows: shown there
		}
		for _, p := range paragraphs(in.Section(sec)) {
			sv.Paragraphs = append(sv.Paragraphs, inlineMarkup(p))
		}
		if len(sv.Paragraphs) > 0 {
			v.Sections = append(v.Sections, sv)
		}
	}
	for _, sim := range in.Similar {
		if u := incidentURL(sim.ID); u != "" {
			v.Similar = append(v.Similar, similarView{URL: u, Title: sim.Title, Lang: langAttr(sim.Lang), Org: sim.Org, Published: sim.Published})
		}
	}
	return v
}

// summaryRepeated reports whether an incident's summary is, word for word,
// another of its sections (a write-up whose summary was drawn from its
// impact or cause paragraph): the page shows that text once.
func summaryRepeated(in *data.Incident) bool {
	sum := strings.Join(strings.Fields(in.Summary), " ")
	if sum == "" {
		return false
	}
	for _, sec := range []string{in.Impact, in.Cause, in.Remediation, in.Lessons} {
		if strings.Join(strings.Fields(sec), " ") == sum {
			return true
		}
	}
	return false
}

// timelineStart is when an incident began: its started_at, else the time
// of the first timeline event that has one.
func timelineStart(in *data.Incident) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, in.StartedAt); err == nil {
		return t, true
	}
	for _, ev := range in.Timeline {
		if t, err := time.Parse(time.RFC3339, ev.At); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// markEdges marks the events the incident starts and ends at (events
// after the end, the clean-up and the findings, are not its end); with
// neither time known, the first and the last event.
func markEdges(events []eventView, in *data.Incident) {
	start, errS := time.Parse(time.RFC3339, in.StartedAt)
	end, errE := time.Parse(time.RFC3339, in.EndedAt)
	if errS != nil && errE != nil {
		if len(events) > 0 {
			events[0].Edge, events[len(events)-1].Edge = true, true
		}
		return
	}
	for i := range events {
		if at, err := time.Parse(time.RFC3339, events[i].At.Raw); err == nil && (errS == nil && at.Equal(start) || errE == nil && at.Equal(end)) {
			events[i].Edge = true
		}
	}
}

// dayAlone reports whether a timeline event tells only its day ("6月1日晚，
// …", "On June 3, …"): the extractor stores it at midnight, and no clock
// time is in what the write-up said.
func dayAlone(at time.Time, told string) bool {
	return at.Hour() == 0 && at.Minute() == 0 && at.Second() == 0 && !toldClock.MatchString(told)
}

// dayOffset is the offset of an event told only by its day: none on the
// start's own day (its clock is not known, so neither is how long after
// the start it was), else the days between, as T+2d or T−1d. An event at
// the start itself (a start told only by its day) is T+0.
func dayOffset(at, start time.Time) string {
	if at.Equal(start) {
		return "T+0"
	}
	s := start.In(at.Location())
	days := int(time.Date(at.Year(), at.Month(), at.Day(), 12, 0, 0, 0, time.UTC).Sub(time.Date(s.Year(), s.Month(), s.Day(), 12, 0, 0, 0, time.UTC)) / (24 * time.Hour))
	switch {
	case days > 0:
		return "T+" + strconv.Itoa(days) + "d"
	case days < 0:
		return "T−" + strconv.Itoa(-days) + "d"
	}
	return ""
}

// formatOffset writes how long after the start an event happened, as
// T+2h15m, T+3d4h, T+45s, T+0, or T−5m for an event before the start.
// Under a day it is exact to the minute (to the second under a minute);
// from a day on, to the hour.
func formatOffset(d time.Duration) string {
	sign := "+"
	if d < 0 {
		sign, d = "−", -d // U+2212 MINUS SIGN
	}
	if d < time.Second {
		return "T+0"
	}
	var b strings.Builder
	b.WriteString("T" + sign)
	switch {
	case d < time.Minute:
		b.WriteString(strconv.Itoa(int(d/time.Second)) + "s")
	case d < 24*time.Hour:
		h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
		if h > 0 {
			b.WriteString(strconv.Itoa(h) + "h")
		}
		if m > 0 {
			b.WriteString(strconv.Itoa(m) + "m")
		}
	default:
		days, h := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour)
		b.WriteString(strconv.Itoa(days) + "d")
		if h > 0 {
			b.WriteString(strconv.Itoa(h) + "h")
		}
	}
	return b.String()
}

// momentOf is timeOf for the incident's start or end, shown as its day
// alone when the write-up gave only a day: the extractor stores such a
// day at midnight, and "2024-03-07 00:00 +08:00" would claim a clock time
// the write-up never told. It is a day alone when it falls at midnight and
// no timeline event at that instant tells a clock.
func momentOf(in *data.Incident, s string) timeView {
	v := timeOf(s)
	t, err := time.Parse(time.RFC3339, s)
	if err != nil || !dayAlone(t, "") {
		return v
	}
	for _, ev := range in.Timeline {
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil && at.Equal(t) && !dayAlone(at, ev.TimeText) {
			return v
		}
	}
	v.Text = t.Format("2006-01-02")
	return v
}

// toldClock is a clock time as a write-up tells it: "00:00", "0点",
// "12 am", "midnight", "零点".
var toldClock = regexp.MustCompile(`(?i)\d\s*[:：.]\s*\d\d|\d\s*[点時]|\d\s*时(?:\s*\d|$|[^间])|\d\s*[ap]\.?m\b|midnight|午夜|零点|凌晨`)

func timeOf(s string) timeView {
	if s == "" {
		return timeView{}
	}
	return timeView{Raw: s, Text: formatTime(s)}
}

// isWebURL reports whether u is an absolute http or https address, the
// only kind the page links to.
func isWebURL(u string) bool {
	pu, err := url.Parse(u)
	if err != nil || pu.Host == "" {
		return false
	}
	return pu.Scheme == "http" || pu.Scheme == "https"
}

// readableURL is u with its percent-escapes decoded, for display only
// (the link keeps u): ".../PM2021-001-Logs%20from%20Kubernetes.md" reads
// as ".../PM2021-001-Logs from Kubernetes.md" and a Chinese path as its
// characters. u is kept as it is when decoding fails or gives invalid
// UTF-8, a control or bidi-control character (which could make the shown
// address differ from where the link goes), or an escaped "/", "?", "#"
// or "%" (which would change how the address reads).
func readableURL(u string) string {
	if !strings.Contains(u, "%") {
		return u
	}
	for _, esc := range []string{"%2f", "%3f", "%23", "%25"} {
		if strings.Contains(strings.ToLower(u), esc) {
			return u
		}
	}
	d, err := url.PathUnescape(u)
	if err != nil || !utf8.ValidString(d) {
		return u
	}
	for _, r := range d {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || unicode.Is(unicode.Cf, r) {
			return u
		}
	}
	return d
}

// clauseOpeners are the English words that open a timeline row cut from
// the middle of a sentence that told two times ("…, with full resolution
// by 16:54 PDT", "…, but a recurrence at 14:52 PDT caused further issues").
var clauseOpeners = map[string]bool{
	"a": true, "after": true, "all": true, "an": true, "and": true, "as": true, "at": true,
	"before": true, "but": true, "by": true, "full": true, "in": true, "it": true,
	"on": true, "once": true, "so": true, "that": true, "the": true, "then": true,
	"there": true, "this": true, "until": true, "we": true, "when": true, "which": true,
	"while": true, "with": true,
}

// rowOpening shows a timeline row that opens with one of clauseOpeners in
// lower case as a sentence, its first letter capitalised: the row reads as
// an event of its own. Anything else (a log line "cp-live-app-logs
// recovers", a chat handle "ben.castell: …", a brand "iOS") is shown as
// written; the stored text is never changed.
func rowOpening(s string) string {
	i := strings.IndexByte(s, ' ')
	if i <= 0 || s[0] < 'a' || s[0] > 'z' || !clauseOpeners[s[:i]] {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
