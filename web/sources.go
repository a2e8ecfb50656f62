package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// sourcesView is the view of sources.html.
type sourcesView struct {
	base
	Off     bool // no crawler runs
	Sources []sourceView
	Totals  SourceStatus
}

type sourceView struct {
	SourceStatus
	Link     string // the URL when it is http(s), to link to
	LastText string
	LastRaw  string
	NextText string
	NextRaw  string
	// the date and the time of day of LastText and NextText, so that a
	// narrow column breaks between them and not inside the date
	LastDay, LastClock string
	NextDay, NextClock string
	Failing            bool
}

// sourcesPage serves GET /sources: what the crawler did with each source
// on its last pass, and when it runs next.
func (s *server) sourcesPage(c *gin.Context) {
	v := &sourcesView{base: s.base(c, "")}
	v.Nav = "sources"
	v.Title = v.T("sources.title") + " · incidex"
	if s.crawl == nil {
		v.Off = true
		s.render(c, http.StatusOK, "sources.html", v)
		return
	}
	for _, st := range s.crawl() {
		sv := sourceView{SourceStatus: st, Failing: st.LastError != ""}
		if u := strings.TrimSpace(st.URL); isWebURL(u) {
			sv.Link = u
		}
		sv.LastRaw, sv.LastText = passTime(st.LastPass, v.T("sources.never"))
		sv.NextRaw, sv.NextText = passTime(st.NextPass, v.T("sources.unplanned"))
		if !st.NextPass.IsZero() && !st.LastPass.IsZero() && st.NextPass.Before(st.LastPass) {
			// the pass planned for NextPass is the one running: the
			// next is planned when it ends
			sv.NextRaw, sv.NextText = "", v.T("sources.running")
		}
		sv.LastDay, sv.LastClock, _ = strings.Cut(sv.LastText, " ")
		sv.NextDay, sv.NextClock, _ = strings.Cut(sv.NextText, " ")
		t := &v.Totals
		t.Fetched += st.Fetched
		t.New += st.New
		t.Updated += st.Updated
		t.Unchanged += st.Unchanged
		t.Failed += st.Failed
		t.Robots += st.Robots
		v.Sources = append(v.Sources, sv)
	}
	s.render(c, http.StatusOK, "sources.html", v)
}

// passTime formats when a pass ran or will run, in UTC; none stands for
// the zero time.
func passTime(t time.Time, none string) (raw, text string) {
	if t.IsZero() {
		return "", none
	}
	t = t.UTC()
	return t.Format(time.RFC3339), t.Format("2006-01-02 15:04") + " UTC"
}
