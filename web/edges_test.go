package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestTimelineEdges: the events drawn filled are the ones the incident
// starts and ends at, not the timeline's last row (the findings written
// up hours after the outage ended); with neither time known, the first
// and the last rows are.
func TestTimelineEdges(t *testing.T) {
	known := &data.Incident{
		ID: "edges", Title: "Build queue stalled", Lang: "en",
		StartedAt: "2026-04-02T08:47:00Z", EndedAt: "2026-04-02T09:34:00Z",
		Timeline: []data.TimelineEvent{
			{At: "2026-04-02T08:47:00Z", TimeText: "08:47", Text: "Upgrade deployed. Outage begins"},
			{At: "2026-04-02T09:12:00Z", TimeText: "09:12", Text: "Rollback merged by hand"},
			{At: "2026-04-02T09:34:00Z", TimeText: "09:34", Text: "Jobs start again. Outage ends"},
			{At: "2026-04-02T14:31:00Z", TimeText: "14:31", Text: "Typo found in the namespace lookup"},
		},
	}
	unknown := &data.Incident{
		ID: "noedges", Title: "Queue stalled", Lang: "en",
		Timeline: []data.TimelineEvent{{TimeText: "first", Text: "Upgrade deployed"}, {TimeText: "then", Text: "Rolled back"}, {TimeText: "later", Text: "Typo found"}},
	}
	ts := incidentsServer(t, known, unknown)
	edges := func(body string) []string {
		var out []string
		for _, li := range strings.Split(body, "<li class=\"timeline-event")[1:] {
			if strings.HasPrefix(li, " timeline-edge\"") {
				i := strings.Index(li, `class="timeline-text">`)
				rest := li[i+len(`class="timeline-text">`):]
				out = append(out, rest[:min(12, strings.Index(rest, "<"))])
			}
		}
		return out
	}
	r := checkNeedles(t, ts, "/incidents/edges", http.StatusOK, []string{`class="timeline-event timeline-edge"`}, nil)
	if got := edges(r.body); len(got) != 2 || got[0] != "Upgrade depl" || got[1] != "Jobs start a" {
		t.Errorf("edges %q, want the start and the end rows", got)
	}
	r = checkNeedles(t, ts, "/incidents/noedges", http.StatusOK, nil, nil)
	if got := edges(r.body); len(got) != 2 || got[0] != "Upgrade depl" || got[1] != "Typo found" {
		t.Errorf("edges %q, want the first and the last rows", got)
	}
}
