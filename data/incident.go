package data

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// ErrNotFound is returned when an incident id is not in the index.
var ErrNotFound = errors.New("incident not found")

// Section names the parts of a postmortem that incidex keeps apart.
type Section string

// The sections of an incident, in reading order.
const (
	SectionSummary     Section = "summary"
	SectionImpact      Section = "impact"
	SectionTimeline    Section = "timeline"
	SectionCause       Section = "cause"
	SectionRemediation Section = "remediation"
	SectionLessons     Section = "lessons"
)

// Sections lists every section in reading order.
var Sections = []Section{SectionSummary, SectionImpact, SectionTimeline, SectionCause, SectionRemediation, SectionLessons}

// ParseSection returns the section named s, or false.
func ParseSection(s string) (Section, bool) {
	for _, sec := range Sections {
		if string(sec) == s {
			return sec, true
		}
	}
	return "", false
}

// TimelineEvent is one dated event of an incident's timeline.
type TimelineEvent struct {
	At       string `json:"at"`        // RFC 3339, empty when the date cannot be resolved
	TimeText string `json:"time_text"` // the time as written
	Text     string `json:"text"`
}

// Incident is one postmortem, as extracted from its page or file. Unknown
// values are empty strings, 0 or empty slices, never made up.
type Incident struct {
	ID  string `json:"id"`
	URL string `json:"url"`
	// Stub is true for a catalogue entry whose write-up has not been
	// fetched or imported yet: a title, an organisation and a line of our
	// own, not the text.
	Stub            bool            `json:"stub"`
	Title           string          `json:"title"`
	Org             string          `json:"org"`
	Lang            string          `json:"lang"`
	Published       string          `json:"published"`  // YYYY-MM-DD
	StartedAt       string          `json:"started_at"` // RFC 3339
	EndedAt         string          `json:"ended_at"`   // RFC 3339
	DurationMinutes int             `json:"duration_minutes"`
	Severity        string          `json:"severity"`
	Summary         string          `json:"summary"`
	Impact          string          `json:"impact"`
	Cause           string          `json:"cause"`
	Remediation     string          `json:"remediation"`
	Lessons         string          `json:"lessons"`
	Timeline        []TimelineEvent `json:"timeline"`
	Patterns        []string        `json:"patterns"`
	// Tags are the write-up's own keywords and categories, where it has
	// them (Markdown front matter, meta keywords).
	Tags []string `json:"tags,omitempty"`
	Text string   `json:"text"`
	// DeletedAt is set (RFC 3339) when the incident is hidden by
	// incidex delete; it is purged after a grace period.
	DeletedAt string `json:"deleted_at,omitempty"`
	// Similar lists the incidents most like this one; it is filled in at
	// read time by the search layer and never stored.
	Similar []SimilarIncident `json:"similar,omitempty"`
}

// SimilarIncident is a short reference to another incident.
type SimilarIncident struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Org       string  `json:"org"`
	Published string  `json:"published"`
	Lang      string  `json:"lang,omitempty"` // en or zh: how the page marks its title's language
	Score     float64 `json:"score"`
}

// Section returns the text of one section.
func (in *Incident) Section(s Section) string {
	switch s {
	case SectionSummary:
		return in.Summary
	case SectionImpact:
		return in.Impact
	case SectionTimeline:
		return in.TimelineText()
	case SectionCause:
		return in.Cause
	case SectionRemediation:
		return in.Remediation
	case SectionLessons:
		return in.Lessons
	}
	return ""
}

// TimelineText joins the timeline events into one searchable text, one
// event a line, each with its time as written.
func (in *Incident) TimelineText() string {
	var b strings.Builder
	for i, ev := range in.Timeline {
		if i > 0 {
			b.WriteByte('\n')
		}
		if ev.TimeText != "" {
			b.WriteString(ev.TimeText)
			b.WriteByte(' ')
		}
		b.WriteString(ev.Text)
	}
	return b.String()
}

// Year returns the year the incident happened (started_at) or, failing
// that, the year it was published; 0 when neither is known.
func (in *Incident) Year() int {
	for _, s := range []string{in.StartedAt, in.Published} {
		if len(s) >= 4 {
			var y int
			if _, err := fmt.Sscanf(s[:4], "%d", &y); err == nil && y > 1900 {
				return y
			}
		}
	}
	return 0
}

// Normalize replaces nil slices with empty ones so that the JSON shape is
// always the same, and gives the organisation its canonical name
// (CanonicalOrg).
func (in *Incident) Normalize() {
	in.Org = CanonicalOrg(in.Org)
	if in.Timeline == nil {
		in.Timeline = []TimelineEvent{}
	}
	if in.Patterns == nil {
		in.Patterns = []string{}
	}
}

// Validate checks the fields that other layers rely on.
func (in *Incident) Validate() error {
	if in.ID == "" {
		return errors.New("incident has no id")
	}
	if !ValidID(in.ID) {
		return fmt.Errorf("incident id %q has characters other than letters, digits, '-' and '_'", in.ID)
	}
	if in.Lang != "" && in.Lang != "zh" && in.Lang != "en" {
		return fmt.Errorf("incident %s: lang %q is neither zh nor en", in.ID, in.Lang)
	}
	if in.Published != "" {
		if _, err := time.Parse("2006-01-02", in.Published); err != nil {
			return fmt.Errorf("incident %s: published %q is not YYYY-MM-DD", in.ID, in.Published)
		}
	}
	for _, f := range []struct{ name, v string }{{"started_at", in.StartedAt}, {"ended_at", in.EndedAt}} {
		if f.v == "" {
			continue
		}
		if _, err := time.Parse(time.RFC3339, f.v); err != nil {
			return fmt.Errorf("incident %s: %s %q is not RFC 3339", in.ID, f.name, f.v)
		}
	}
	for _, p := range in.Patterns {
		if _, ok := PatternByID(p); !ok {
			return fmt.Errorf("incident %s: unknown failure pattern %q", in.ID, p)
		}
	}
	return nil
}

// ValidID reports whether id is safe to use in a URL path and as a document
// key: 1 to 128 ASCII letters, digits, '-' or '_'.
func ValidID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
		default:
			return false
		}
	}
	return true
}

// IDFor derives a stable incident id from where a document came from: its
// canonical URL, or the absolute path of an imported file.
func IDFor(source string) string {
	sum := sha256.Sum256([]byte(source))
	return hex.EncodeToString(sum[:8])
}

// FoldTitle is a title without case, spaces and punctuation: two titles
// that fold alike name the same write-up.
func FoldTitle(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
