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

// A Statuspage incident page's "Postmortem" update holds its report as
// text that keeps its line breaks, with bold sub-headings: the cause and
// the remediation under them are read as sections, the update is an event
// at the time it was posted, and the posted line is no remediation.
func TestStatuspagePostmortemBoldHeadings(t *testing.T) {
	doc := `<html><head><title>Quernby Status - Card payments failing</title></head><body>
<div class="incident-name">Card payments failing</div>
<div class="incident-updates-container">
<div class="row update-row"><div class="update-title">Postmortem</div>
<div class="update-body"><span class="whitespace-pre-wrap"><strong>Summary</strong>
Between 09:10 and 10:02 UTC on March 3, 2026, most customers could not pay by card through Quernby.

<strong>Root cause</strong>
A rate limit on the card network gateway was lowered to a tenth of its value by a configuration typo.

<strong>Next steps</strong>
- Gateway limits now go through review by a second engineer.
- We alert when the share of declined payments doubles.</span>
<div class="update-timestamp">Posted <span class="ago"></span>Mar <var>05</var>, <var>2026</var> - <var>16:20</var> UTC</div></div></div>
<div class="row update-row"><div class="update-title">Resolved</div>
<div class="update-body"><span class="whitespace-pre-wrap">This incident has been resolved.</span>
<div class="update-timestamp">Posted <span class="ago"></span>Mar <var>03</var>, <var>2026</var> - <var>10:05</var> UTC</div></div></div>
<div class="row update-row"><div class="update-title">Investigating</div>
<div class="update-body"><span class="whitespace-pre-wrap">We are investigating declined card payments.</span>
<div class="update-timestamp">Posted <span class="ago"></span>Mar <var>03</var>, <var>2026</var> - <var>09:21</var> UTC</div></div></div>
</div></body></html>`
	in := extractNamed(t, "status.html", doc)
	if !strings.Contains(in.Cause, "configuration typo") || strings.Contains(in.Cause, "second engineer") {
		t.Errorf("cause %q", in.Cause)
	}
	if !strings.Contains(in.Remediation, "review by a second engineer") || !strings.Contains(in.Remediation, "declined payments doubles") {
		t.Errorf("remediation %q", in.Remediation)
	}
	if strings.Contains(in.Remediation, "Posted") || strings.Contains(in.Remediation, "configuration typo") {
		t.Errorf("remediation holds another's text: %q", in.Remediation)
	}
	posted := false
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-03-05T16:20") && strings.HasPrefix(ev.Text, "Postmortem") {
			posted = true
		}
	}
	if !posted {
		t.Errorf("no event for the postmortem's posting: %+v", in.Timeline)
	}
}

// The same page copied as Markdown: "### Postmortem" over bold
// sub-headings, then "Posted …": the posted line leaves the last section
// and dates the update.
func TestStatuspagePostmortemMarkdownCopy(t *testing.T) {
	doc := "# Quernby Status\n\n## Card payments failing\n\n### Postmortem\n\n**Summary**\n\n" +
		"Between 09:10 and 10:02 UTC on March 3, 2026, most customers could not pay by card through Quernby.\n\n" +
		"**Root cause**\n\nA rate limit on the card network gateway was lowered to a tenth of its value by a configuration typo.\n\n" +
		"**Next steps**\n\n- Gateway limits now go through review by a second engineer.\n- We alert when the share of declined payments doubles.\n\n" +
		"Posted Mar 05, 2026 - 16:20 UTC\n\n" +
		"**Resolved** - This incident has been resolved.\n\nPosted Mar 03, 2026 - 10:05 UTC\n\n" +
		"**Investigating** - We are investigating declined card payments.\n\nPosted Mar 03, 2026 - 09:21 UTC\n"
	in := extractNamed(t, "status.md", doc)
	if !strings.Contains(in.Remediation, "review by a second engineer") || strings.Contains(in.Remediation, "Posted") {
		t.Errorf("remediation %q", in.Remediation)
	}
	posted := false
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-03-05T16:20") && strings.HasPrefix(ev.Text, "Postmortem") {
			posted = true
		}
	}
	if !posted {
		t.Errorf("no event for the postmortem's posting: %+v", in.Timeline)
	}
}

// A status page's "This incident affected: …" names what was affected,
// not what users saw: the summary's first sentence, which states the
// window and the failure, is the impact too; an impact that tells it
// stays alone.
func TestAffectedComponentsImpact(t *testing.T) {
	head := "# Quernby Status\n\n## Card payments failing\n\n### Postmortem\n\n**Summary**\n\n" +
		"Between 09:10 and 10:02 UTC on March 3, 2026, most customers could not pay by card through Quernby.\n\n" +
		"**Root cause**\n\nA rate limit on the card network gateway was lowered by a configuration typo.\n\n" +
		"Posted Mar 05, 2026 - 16:20 UTC\n\n"
	in := extractNamed(t, "status.md", head+"This incident affected: Card payments (EU, UK).\n")
	if !strings.Contains(in.Impact, "could not pay by card through Quernby") || !strings.Contains(in.Impact, "Card payments (EU, UK)") {
		t.Errorf("impact %q", in.Impact)
	}
	in = extractNamed(t, "status.md", head+"**Impact**\n\nShoppers saw their card payments declined at checkout.\n")
	if strings.Contains(in.Impact, "through Quernby") {
		t.Errorf("impact told already, yet %q", in.Impact)
	}
}

// A site whose logo is set as text ("<a class="logo">Tollgate Hosting</a>")
// names its company as a logo image's alt does: the title's capitalised
// word ("Object Storage") is not the org.
func TestTextLogoBrand(t *testing.T) {
	doc := `<html><head><title>Reason for Outage: Object Storage degraded | Tollgate Hosting Help Centre</title></head><body>
<header><a href="/" class="logo">Tollgate Hosting</a><ul><li><a href="/kb">Help Centre</a></li></ul></header>
<article><h1>Reason for Outage: Object Storage degraded</h1>
<h2>Root cause</h2><p>A firmware defect made drives drop offline under heavy write load on 4 May 2026.</p>
</article><footer><a href="/">Tollgate Hosting</a></footer></body></html>`
	in := extractNamed(t, "kb.html", doc)
	if in.Org != "Tollgate Hosting" {
		t.Errorf("org %q", in.Org)
	}
}
