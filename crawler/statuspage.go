package crawler

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"

	"github.com/incidex/incidex/crawler/extract"
	"github.com/incidex/incidex/data"
)

// statusIncident is one incident of a hosted status page, in the shape of
// the common API (/api/v2/incidents.json).
type statusIncident struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Status     string         `json:"status"`
	Impact     string         `json:"impact"`
	CreatedAt  string         `json:"created_at"`
	StartedAt  string         `json:"started_at"`
	ResolvedAt string         `json:"resolved_at"`
	Shortlink  string         `json:"shortlink"`
	Updates    []statusUpdate `json:"incident_updates"`
	link       string
}

type statusUpdate struct {
	Status    string `json:"status"`
	Body      string `json:"body"`
	CreatedAt string `json:"created_at"`
	DisplayAt string `json:"display_at"`
	timeText  string
}

type statusFeed struct {
	Page struct {
		Name string `json:"name"`
		URL  string `json:"url"`
	} `json:"page"`
	Incidents []statusIncident `json:"incidents"`
}

// statusURLs are the API and the Atom history of a status page named by
// its address (or by one of the two).
func statusURLs(raw string) (base, api, atom string) {
	base = strings.TrimRight(raw, "/")
	switch {
	case strings.HasSuffix(base, ".json"):
		api = base
		base = strings.TrimSuffix(strings.TrimSuffix(base, "/incidents.json"), "/api/v2")
	case strings.HasSuffix(base, ".atom"):
		atom = base
		base = strings.TrimSuffix(base, "/history.atom")
		return base, "", atom
	default:
		api = base + "/api/v2/incidents.json"
	}
	return base, api, base + "/history.atom"
}

// statuspage takes the resolved incidents of a status page: the API when
// it answers, else the Atom history.
func (c *Crawler) statuspage(ctx context.Context, pl *polite, src *Source, sum *Summary) error {
	base, api, atom := statusURLs(src.URL)
	var incidents []statusIncident
	org := ""
	var firstErr error
	if api != "" {
		resp, err := c.startPage(ctx, pl, api)
		if err == nil {
			sum.Fetched++
			var f statusFeed
			if jerr := json.Unmarshal(resp.Body, &f); jerr == nil && (f.Page.URL != "" || len(f.Incidents) > 0) {
				org = f.Page.Name
				if f.Page.URL != "" {
					base = strings.TrimRight(f.Page.URL, "/")
				}
				incidents = f.Incidents
				for k := range incidents {
					incidents[k].link = base + "/incidents/" + incidents[k].ID
				}
				return c.takeStatus(src, org, incidents, sum)
			}
			firstErr = fmt.Errorf("%s: %s is not a status page's incident list", src.Name, api)
		} else {
			if errors.Is(err, ErrRobots) {
				sum.Robots++
			}
			firstErr = err
		}
	}
	resp, err := c.startPage(ctx, pl, atom)
	if err != nil {
		sum.refused(err)
		if firstErr != nil {
			return fmt.Errorf("%w; %s: %v", firstErr, atom, err)
		}
		return err
	}
	sum.Fetched++
	org, incidents, err = atomIncidents(resp.Body)
	if err != nil {
		sum.Failed++
		return fmt.Errorf("%s: %s: %w", src.Name, atom, err)
	}
	return c.takeStatus(src, org, incidents, sum)
}

// takeStatus indexes the resolved incidents that are new or changed.
func (c *Crawler) takeStatus(src *Source, org string, incidents []statusIncident, sum *Summary) error {
	for _, si := range incidents {
		if !strings.EqualFold(si.Status, "resolved") && !strings.EqualFold(si.Status, "postmortem") || si.link == "" {
			continue
		}
		md := si.markdown(org)
		hash := sha256.Sum256(md)
		h := hex.EncodeToString(hash[:])
		key := Canonical(si.link)
		st, err := c.store.State(key)
		if err != nil {
			sum.Failed++
			continue
		}
		if c.prog != nil {
			c.prog(si.link)
		}
		if st.Hash == h && (st.IncidentID != "" || st.SameAs != "") {
			sum.Unchanged++
			continue
		}
		doc := &Document{URL: key, FinalURL: si.link, Source: src.Name, ContentType: "text/markdown; charset=utf-8",
			FetchedAt: time.Now().UTC(), Hash: h, Body: md}
		if err := c.store.PutDocument(doc); err != nil {
			sum.Failed++
			continue
		}
		st.Hash, st.LastFetch, st.Status, st.Reason = h, doc.FetchedAt, 200, "a resolved status-page incident"
		in, err := extract.Extract(md, key, doc.ContentType)
		if err != nil {
			sum.Failed++
			continue
		}
		si.fill(in, org)
		c.index(&job{link: si.link, key: key}, in, st, sum)
	}
	return nil
}

// updates returns the incident's updates, oldest first.
func (si *statusIncident) updates() []statusUpdate {
	ups := append([]statusUpdate(nil), si.Updates...)
	for k := range ups {
		if ups[k].DisplayAt == "" {
			ups[k].DisplayAt = ups[k].CreatedAt
		}
	}
	sort.SliceStable(ups, func(a, b int) bool { return stamp(ups[a].DisplayAt).Before(stamp(ups[b].DisplayAt)) })
	return ups
}

func stamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

// markdown writes the incident as the document kept in the raw store
// (reindex extracts it again).
func (si *statusIncident) markdown(org string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "---\ntitle: %q\norg: %q\ndate: %q\nurl: %q\n---\n\n# %s\n\n", si.Name, org, dateOf(si.start()), si.link, si.Name)
	if si.Impact != "" && si.Impact != "none" {
		fmt.Fprintf(&b, "Impact: %s\n\n", si.Impact)
	}
	b.WriteString("## Timeline\n\n")
	for _, u := range si.updates() {
		when := u.timeText
		if when == "" {
			when = u.DisplayAt
		}
		fmt.Fprintf(&b, "- %s — **%s**: %s\n", when, titleCase(u.Status), strings.Join(strings.Fields(u.Body), " "))
	}
	return b.Bytes()
}

func (si *statusIncident) start() string {
	if si.StartedAt != "" {
		return si.StartedAt
	}
	return si.CreatedAt
}

func dateOf(rfc string) string {
	if t := stamp(rfc); !t.IsZero() {
		return t.UTC().Format("2006-01-02")
	}
	return ""
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// fill sets what the status page states outright: the name as title,
// created (started) and resolved as start and end, and the updates as
// the timeline.
func (si *statusIncident) fill(in *data.Incident, org string) {
	in.Title = si.Name
	if org != "" {
		in.Org = org
	}
	start, end := stamp(si.start()), stamp(si.ResolvedAt)
	in.StartedAt, in.EndedAt, in.DurationMinutes = "", "", 0
	if !start.IsZero() {
		in.StartedAt = start.Format(time.RFC3339)
		in.Published = start.UTC().Format("2006-01-02")
	}
	if !end.IsZero() {
		in.EndedAt = end.Format(time.RFC3339)
		if !start.IsZero() && end.After(start) {
			in.DurationMinutes = int(end.Sub(start).Minutes())
		}
	}
	in.Timeline = in.Timeline[:0]
	for _, u := range si.updates() {
		ev := data.TimelineEvent{Text: titleCase(u.Status) + ": " + strings.Join(strings.Fields(u.Body), " "), TimeText: u.timeText}
		if t := stamp(u.DisplayAt); !t.IsZero() {
			ev.At = t.Format(time.RFC3339)
			if ev.TimeText == "" {
				ev.TimeText = t.UTC().Format("2006-01-02 15:04 UTC")
			}
		}
		in.Timeline = append(in.Timeline, ev)
	}
	if si.Impact != "" && si.Impact != "none" && in.Severity == "" {
		in.Severity = si.Impact
	}
}

// atomIncidents reads a status page's Atom history: each entry an
// incident whose content lists its updates as "<small>time</small>
// <strong>Status</strong> - text".
func atomIncidents(body []byte) (string, []statusIncident, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return "", nil, err
	}
	org := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(f.Title), "Status - Incident History"))
	org = strings.TrimSpace(strings.TrimSuffix(org, "Status"))
	var out []statusIncident
	for _, it := range f.Items {
		si := statusIncident{Name: strings.TrimSpace(it.Title), link: it.Link}
		year := time.Now().UTC().Year()
		if it.PublishedParsed != nil {
			year = it.PublishedParsed.UTC().Year()
		}
		html := it.Content
		if html == "" {
			html = it.Description
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
		if err != nil {
			continue
		}
		doc.Find("p").Each(func(_ int, p *goquery.Selection) {
			when := strings.Join(strings.Fields(p.Find("small").Text()), " ")
			status := strings.TrimSpace(p.Find("strong").First().Text())
			p.Find("small").Remove()
			p.Find("strong").First().Remove()
			text := strings.TrimLeft(strings.Join(strings.Fields(p.Text()), " "), "- ")
			if status == "" {
				return
			}
			u := statusUpdate{Status: strings.ToLower(status), Body: text, timeText: when}
			for _, layout := range []string{"Jan 2, 15:04 MST", "Jan _2, 15:04 MST"} {
				if t, err := time.Parse(layout, when); err == nil {
					u.DisplayAt = time.Date(year, t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, t.Location()).Format(time.RFC3339)
					break
				}
			}
			si.Updates = append(si.Updates, u)
		})
		for _, u := range si.Updates {
			if u.Status == "resolved" {
				si.Status = "resolved"
				si.ResolvedAt = u.DisplayAt
			}
		}
		ups := si.updates()
		if len(ups) > 0 {
			si.CreatedAt = ups[0].DisplayAt
		}
		out = append(out, si)
	}
	return org, out, nil
}
