package extract

import (
	"regexp"
	"strings"
	"testing"
)

func TestBadgeLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Resolved Partial outage Cloud Servers – NBG2 · Degraded performance Private Networks", true},
		{"Resolved · Major outage · Object Storage", true},
		{"已恢复 部分中断 云数据库（华东一区）", true},
		{"Resolved", false},                                  // one badge: a state alone, read elsewhere
		{"Resolved · Webhooks", false},                       // one badge
		{"Partial outage of the API for 40 minutes.", false}, // a sentence
		{"Investigating reports of slow page loads in the EU region and elsewhere today", false}, // too many words after the badge
		{"Degraded performance on checkout, caused by a bad deploy", false},
	} {
		if got := badgeLine(c.line); got != c.want {
			t.Errorf("badgeLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// A status page's incident whose badges (its state, and the impact on
// each component) stand on a line under its name, and whose window is a
// range of two whole stamps: the badges are neither the summary nor the
// impact, and no event's text is the range's end stamp.
func TestBadgesAndStampRange(t *testing.T) {
	doc := `<!DOCTYPE html><html lang="en"><head><title>Farrowdale Hosting – Status</title></head><body>
<header><a href="/" class="brand">Farrowdale Hosting</a> <nav><a href="/">Overview</a> <a href="/incidents">Incidents</a></nav></header>
<main><section class="incident">
<h1>Elevated error rates for Block Storage in Leeds (LDS1)</h1>
<div class="tags"><span class="badge">Resolved</span> <span class="badge">Major outage</span> Block Storage – LDS1 · <span class="badge">Degraded performance</span> Snapshots</div>
<p class="when">Mar 9, 2026 09:40 GMT – Mar 9, 2026 11:15 GMT</p>
<ol class="updates">
<li><strong>Resolved</strong><p>Volumes in LDS1 are serving reads and writes normally again. The storage cluster's metadata service had run out of file handles after a configuration change lowered its limit; the limit has been restored.</p><span class="stamp">Mar 9, 2026 – 11:28 GMT</span></li>
<li><strong>Identified</strong><p>We found the metadata service refusing connections and are restoring its previous configuration.</p><span class="stamp">Mar 9, 2026 – 10:37 GMT</span></li>
<li><strong>Investigating</strong><p>Since 09:40 GMT some volumes in LDS1 return I/O errors. We are investigating.</p><span class="stamp">Mar 9, 2026 – 09:52 GMT</span></li>
</ol></section></main>
<footer>© 2026 Farrowdale Hosting Ltd · Privacy</footer></body></html>`
	in, err := Extract([]byte(doc), "farrowdale-status.html", "")
	if err != nil {
		t.Fatal(err)
	}
	for field, s := range map[string]string{"summary": in.Summary, "impact": in.Impact} {
		if strings.Contains(s, "Major outage") || strings.Contains(s, "Degraded performance") {
			t.Errorf("%s %q is the badge line", field, s)
		}
	}
	if !strings.Contains(in.Impact, "return I/O errors") || strings.Contains(in.Impact, "We are investigating") {
		t.Errorf("impact %q, want what the Investigating update says users met", in.Impact)
	}
	if in.StartedAt != "2026-03-09T09:40:00Z" || in.EndedAt != "2026-03-09T11:15:00Z" {
		t.Errorf("%q – %q, want 09:40 – 11:15 GMT", in.StartedAt, in.EndedAt)
	}
	stampOnly := regexp.MustCompile(`^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}(?: [A-Z]{2,4})?$`)
	for _, ev := range in.Timeline {
		if stampOnly.MatchString(ev.Text) {
			t.Errorf("event at %s reads only a stamp, %q", ev.TimeText, ev.Text)
		}
	}
}

// A dated line that opens with a range of two stamps and then tells what
// happened: the event's text is what happened, without the range's end.
func TestStampRangeEventText(t *testing.T) {
	doc := `# Checkout failures in eu-west

## Timeline

- 2026-05-02 09:14 UTC – 2026-05-02 10:02 UTC: checkout requests failed for customers in eu-west
- 2026-05-02 10:05 UTC: the payment gateway's connection pool was resized and checkout recovered

## Root cause

The payment gateway's connection pool had been sized for half the traffic after a configuration change.
`
	in, err := Extract([]byte(doc), "checkout.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) == 0 || !strings.HasPrefix(in.Timeline[0].Text, "checkout requests failed") {
		t.Errorf("first event %+v, want its text to be what happened", in.Timeline)
	}
}
