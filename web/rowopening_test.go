package web_test

import (
	"net/http"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestTimelineRowOpening: a row cut from the middle of a sentence ("with
// full resolution by 16:54 PDT") is shown as a sentence of its own, its
// first letter capitalised; a row that opens with a log line's name or a
// chat handle is shown as written.
func TestTimelineRowOpening(t *testing.T) {
	in := &data.Incident{
		ID: "rows", Title: "Presence servers disconnected", Lang: "en",
		StartedAt: "2026-03-20T18:38:00Z", EndedAt: "2026-03-20T23:54:00Z",
		Timeline: []data.TimelineEvent{
			{At: "2026-03-20T18:38:00Z", TimeText: "11:38 PDT", Text: "The incident began when a presence server disconnected"},
			{At: "2026-03-20T21:52:00Z", TimeText: "14:52 PDT", Text: "but a recurrence of the disconnection caused further errors"},
			{At: "2026-03-20T22:10:00Z", TimeText: "15:10 PDT", Text: "cp-live-app-logs - IndexWritesBlocked recovers"},
			{At: "2026-03-20T22:30:00Z", TimeText: "15:30 PDT", Text: "ben.castell: uploads over 1 MB fail"},
			{At: "2026-03-20T23:54:00Z", TimeText: "16:54 PDT", Text: "with full resolution by 16:54 PDT."},
		},
	}
	ts := incidentsServer(t, in)
	checkNeedles(t, ts, "/incidents/rows", http.StatusOK,
		[]string{">But a recurrence of the disconnection", ">With full resolution by 16:54 PDT.", ">cp-live-app-logs - IndexWritesBlocked", ">ben.castell: uploads"},
		[]string{">but a recurrence", ">with full resolution"})
	// the stored incident keeps the source's words
	checkNeedles(t, ts, "/api/v1/incidents/rows", http.StatusOK, []string{`"text":"with full resolution by 16:54 PDT."`}, nil)
}
