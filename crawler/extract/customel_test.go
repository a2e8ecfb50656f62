package extract

import (
	"strings"
	"testing"
)

// An issue tracker's page whose post sits in a custom element holding a
// table cell of headings and paragraphs ("<task-lists><table>…<td
// class="comment-body"><h2>Summary</h2><p>…"): its sections are read as
// sections, not as one run of text.
func TestCustomElementHoldsSections(t *testing.T) {
	page := `<!doctype html><html><head><title>Postmortem: exports stuck on 3 March · Issue #212 · brantwood/ledger</title></head><body>
<header><a href="/">Home</a> <a href="/brantwood/ledger">brantwood / ledger</a></header>
<main><h1>Postmortem: exports stuck on 3 March <span>#212</span></h1>
<div class="comment"><div class="comment-header"><a href="/ilse">ilse</a> commented Mar 5, 2026</div>
<task-lists><table class="d-block"><tbody><tr><td class="comment-body markdown-body">
<h2>Summary</h2>
<p>Between 09:10 and 11:40 UTC on 3 March 2026, CSV exports from Brantwood Ledger stayed queued and none finished. No data was lost.</p>
<h2>Root cause</h2>
<p>A new release changed the export worker's queue name, so the workers listened on a queue nothing was sent to.</p>
<h2>What we're changing</h2>
<ul><li>Queue names are read from one shared setting.</li><li>An alert fires when no export finishes for 15 minutes.</li></ul>
</td></tr></tbody></table></task-lists>
</div></main></body></html>`
	in, err := Extract([]byte(page), "issue-212.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Cause, "A new release changed the export worker's queue name") {
		t.Errorf("cause %q, want the Root cause section", in.Cause)
	}
	if !strings.HasPrefix(in.Summary, "Between 09:10 and 11:40 UTC") {
		t.Errorf("summary %q, want the Summary section", in.Summary)
	}
	if !strings.Contains(in.Remediation, "Queue names are read from one shared setting") {
		t.Errorf("remediation %q, want what is changing", in.Remediation)
	}
}
