package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

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
	SourceText string // the source when it is anything else, shown as text
	JSONURL    string
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
	Paragraphs []string
	Events     []eventView // the timeline
}

type eventView struct {
	TimeText string
	At       timeView
	Text     string
}

type similarView struct {
	URL, Title, Org, Published string
}

// incidentPage serves GET /incidents/:id.
func (s *server) incidentPage(c *gin.Context) {
	id := c.Param("id")
	if !data.ValidID(id) {
		s.fail(c, http.StatusNotFound, "There is no incident with this id.")
		return
	}
	in, err := s.searcher.Get(c.Request.Context(), id)
	if errors.Is(err, data.ErrNotFound) {
		s.fail(c, http.StatusNotFound, "There is no incident with this id. It may have been removed.")
		return
	}
	if err != nil {
		s.serverError(c, err)
		return
	}
	s.render(c, http.StatusOK, "incident.html", incidentViewOf(s.base(""), in))
}

func incidentViewOf(b base, in *data.Incident) *incidentView {
	v := &incidentView{
		base:      b,
		ID:        in.ID,
		Lang:      langAttr(in.Lang),
		Heading:   in.Title,
		Org:       in.Org,
		Published: in.Published,
		Started:   timeOf(in.StartedAt),
		Ended:     timeOf(in.EndedAt),
		Duration:  formatDuration(in.DurationMinutes),
		Severity:  in.Severity,
		JSONURL:   "/api/v1/incidents/" + in.ID,
	}
	if v.Heading == "" {
		v.Heading = untitled(in.Summary, in.ID)
	}
	v.Title = v.Heading + " · incidex"
	if in.Org != "" {
		v.OrgURL = params{v: map[string][]string{"org": {in.Org}}}.url(1)
	}
	if u := strings.TrimSpace(in.URL); isWebURL(u) {
		v.SourceLink = u
	} else {
		v.SourceText = u
	}
	for _, id := range in.Patterns {
		v.Patterns = append(v.Patterns, patternChip(id))
	}
	for _, sec := range data.Sections {
		sv := sectionView{ID: string(sec), Label: sectionLabel(string(sec))}
		if sec == data.SectionTimeline {
			for _, ev := range in.Timeline {
				if strings.TrimSpace(ev.Text) == "" && ev.TimeText == "" {
					continue
				}
				sv.Events = append(sv.Events, eventView{TimeText: ev.TimeText, At: timeOf(ev.At), Text: ev.Text})
			}
			if len(sv.Events) > 0 {
				v.Sections = append(v.Sections, sv)
			}
			continue
		}
		if sv.Paragraphs = paragraphs(in.Section(sec)); len(sv.Paragraphs) > 0 {
			v.Sections = append(v.Sections, sv)
		}
	}
	for _, sim := range in.Similar {
		if u := incidentURL(sim.ID); u != "" {
			v.Similar = append(v.Similar, similarView{URL: u, Title: sim.Title, Org: sim.Org, Published: sim.Published})
		}
	}
	return v
}

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
