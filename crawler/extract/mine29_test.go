package extract

import (
	"strings"
	"testing"
)

// TestInlineTripleBackticks: code written inline with three backticks on a
// line of its own ("```x509: certificate is valid for …```") opens no code
// block. Taken as a fence's opening, it put the rest of the write-up in
// code: the impact kept its "- Impact:" label and the remediation was lost.
func TestInlineTripleBackticks(t *testing.T) {
	page := "# Incident on 2025-02-11 - Partner webhooks rejected\n\n" +
		"- **Key events**\n  - First detected 2025-02-11 09:12\n  - Resolved 2025-02-11 10:40\n\n" +
		"- **Identified**: A partner reported in #help-platform an error from their client:\n" +
		"```x509: certificate is valid for *.edge.larkwell.example, not hooks.larkwell.example```\n\n" +
		"- **Impact**: Every webhook to hooks.larkwell.example was rejected by partners' TLS clients.\n\n" +
		"- **Resolution**:\n  - The default certificate was put back by hand and the ingress reloaded.\n\n" +
		"- **Review actions**:\n  - Add a check of the served certificate's names to the smoke tests.\n"
	in, err := Extract([]byte(page), "webhooks.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Impact, "Every webhook to hooks.larkwell.example was rejected") {
		t.Errorf("impact %q, want the Impact item's text without its label", in.Impact)
	}
	if !strings.Contains(in.Remediation, "The default certificate was put back by hand") {
		t.Errorf("remediation %q, want the Resolution items", in.Remediation)
	}
}

// TestCodeIsNotProse: a log quoted in a code block is evidence, not the
// write-up's account: it is neither the summary nor the cause, and the time
// stamps of its records are no events; it stays in the text, where
// people search for the error. A timeline written in a code block under
// its heading is still the timeline.
func TestCodeIsNotProse(t *testing.T) {
	page := "# Incident on 2025-06-03 - Build agents could not fetch images due to registry token revocation\n\n" +
		"- **Identified**: An engineer saw the agents' pulls fail at 2025-06-03 08:40:\n\n" +
		"```\n" +
		"{\"level\":\"error\",\"msg\":\"failed to fetch manifest: unauthorized: token revoked\",\"time\":\"2025-06-02T23:10:07Z\"}\n" +
		"{\"level\":\"error\",\"msg\":\"failed to fetch manifest: unauthorized: token revoked\",\"time\":\"2025-06-02T23:11:52Z\"}\n" +
		"```\n\n" +
		"- **Impact**: Build agents could not start new jobs for 70 minutes.\n\n" +
		"## Timeline\n\n" +
		"```\n" +
		"2025-06-03 08:40 Pulls fail on every build agent\n" +
		"2025-06-03 09:15 Token found revoked in the vault clean-up\n" +
		"2025-06-03 09:50 New token issued; pulls succeed\n" +
		"```\n"
	in, err := Extract([]byte(page), "agents.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"summary": in.Summary, "cause": in.Cause} {
		if strings.Contains(v, "failed to fetch manifest") {
			t.Errorf("%s %q holds the quoted log", name, v)
		}
	}
	if !strings.Contains(in.Text, "unauthorized: token revoked") {
		t.Errorf("the text lost the quoted log")
	}
	for _, e := range in.Timeline {
		if strings.HasPrefix(e.At, "2025-06-02") {
			t.Errorf("event %s %q: a log record's time", e.At, e.Text)
		}
	}
	if len(in.Timeline) != 3 || in.StartedAt != "2025-06-03T08:40:00Z" || in.DurationMinutes != 70 {
		t.Errorf("timeline %d events, start %s, %d min; want the code block's 3 events from 08:40, 70 min", len(in.Timeline), in.StartedAt, in.DurationMinutes)
	}
	if in.Cause != "Registry token revocation" {
		t.Errorf("cause %q, want the title's reason when the text states none", in.Cause)
	}
}

// TestTitleReason: the clause of a title that says why, when it names a
// thing; not one that names only the outage or a generic trouble.
func TestTitleReason(t *testing.T) {
	for title, want := range map[string]string{
		"Incident on 2024-09-02 - Apply pipeline down due to accidental deletion of the state bucket": "Accidental deletion of the state bucket",
		"Checkout outage caused by an expired intermediate certificate":                               "An expired intermediate certificate",
		"Delays in the EU region due to an issue":                                                     "",
		"Logins slow because of the outage":                                                           "",
		"Search unavailable on 4 March":                                                               "",
	} {
		if got := titleReason(title); got != want {
			t.Errorf("titleReason(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestPreCode: an HTML <pre><code> block is code; a <pre> of plain text
// (a notice kept as typed) is the write-up's own.
func TestPreCode(t *testing.T) {
	page := "<html><head><title>Queue stall on 2025-05-06</title></head><body><article><h1>Queue stall on 2025-05-06</h1>" +
		"<p>An engineer saw the workers stop at 2025-05-06 14:02 and quoted their log:</p>" +
		"<pre><code>2025-05-05T22:01:13Z worker-7 lease lost: context deadline exceeded after retrying the broker connection pool</code></pre>" +
		"<pre>The workers were restarted at 14:40 and the backlog drained by 15:05.</pre>" +
		"</article></body></html>"
	in, err := Extract([]byte(page), "stall.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Summary, "lease lost") || strings.Contains(in.Cause, "lease lost") {
		t.Errorf("summary %q / cause %q hold the quoted log", in.Summary, in.Cause)
	}
	for _, e := range in.Timeline {
		if strings.HasPrefix(e.At, "2025-05-05") {
			t.Errorf("event %s %q: the log record's time", e.At, e.Text)
		}
	}
	if !strings.Contains(in.Text, "The workers were restarted at 14:40") {
		t.Errorf("text %q lost the plain <pre>", in.Text)
	}
}

// TestKeyEventLabelOnce: a key-events list's "Incident declared" and the
// timeline's "Incident is declared." at the same minute are one label; the
// event beside them does not get both ("Incident is declared: Incident
// declared: …").
func TestKeyEventLabelOnce(t *testing.T) {
	page := "# Incident on 2025-03-04 - Search indexing stalled\n\n" +
		"- **Key events**\n  - First detected 2025-03-04 10:02\n  - Incident declared 2025-03-04 10:30\n  - Resolved 2025-03-04 11:15\n\n" +
		"- **Context**:\n" +
		"  - 2025-03-04 10:02 Indexing lag alert fires for the search cluster.\n" +
		"  - 2025-03-04 10:30 Incident is declared.\n" +
		"  - 2025-03-04 10:30 R Okafor takes the incident lead.\n" +
		"  - 2025-03-04 11:15 Lag back under a minute; incident resolved.\n"
	in, err := Extract([]byte(page), "search.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range in.Timeline {
		if strings.Count(strings.ToLower(e.Text), "declared") > 1 {
			t.Errorf("event %s %q tells the label twice", e.At, e.Text)
		}
	}
}

// TestRenewalIsNoCertificate: "renewal" of a subscription or a licence
// only hints at an expired certificate; a lock on a renewals table is a
// database story first.
func TestRenewalIsNoCertificate(t *testing.T) {
	page := "# Membership renewals failed on 3 February\n\n## Summary\n\n" +
		"Members could not renew their gym memberships online for five hours on 3 February.\n\n## Root cause\n\n" +
		"The nightly vacuum of the memberships database was moved to run at the same time as the renewal reminder batch. " +
		"The vacuum took an exclusive lock on the renewals table for five hours, so every renewal request waited on the lock and timed out.\n"
	in, err := Extract([]byte(page), "renewals.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] == "certificate" {
		t.Errorf("patterns %v, want a lock on a renewals table not read as a certificate story first", in.Patterns)
	}
}

// TestResolutionNamesTheCause: a resolution's line that says what "the
// cause of the incident was" names the cause, whichever way round it is
// told; the repair stays the remediation.
func TestResolutionNamesTheCause(t *testing.T) {
	page := "# Incident on 2025-08-19 - Payment callbacks routed to the staging cluster\n\n" +
		"- **Key events**\n  - First detected 2025-08-19 13:05\n  - Resolved 2025-08-19 13:40\n\n" +
		"- **Impact**: Payment callbacks from the provider failed for 35 minutes.\n\n" +
		"- **Resolution**:\n" +
		"  - The callback route was pointed back at the production cluster by hand.\n" +
		"  - Later review found the cause of the incident was a deploy script that read the cluster name from a stale shell variable.\n"
	in, err := Extract([]byte(page), "callbacks.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "a deploy script that read the cluster name from a stale shell variable") || strings.Contains(in.Remediation, "stale shell variable") {
		t.Errorf("cause %q / remediation %q: want the line naming the cause in the cause", in.Cause, in.Remediation)
	}
	if !strings.Contains(in.Remediation, "pointed back at the production cluster") {
		t.Errorf("remediation %q lost the repair", in.Remediation)
	}
}
