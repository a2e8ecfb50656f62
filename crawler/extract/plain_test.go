package extract

import (
	"strings"
	"testing"
)

// TestSectionsWithoutHeadings: a write-up in plain paragraphs (a news item,
// a status-page post, an RCA without headings) gets its impact, cause and
// remediation from the paragraphs that say so plainly; its opening stays
// the lead, and a paragraph with one passing causal word is not a cause.
func TestSectionsWithoutHeadings(t *testing.T) {
	doc := `On 14 June, Pellucid Mail's web client and IMAP service were unreachable for about three hours.

Customers were unable to send or receive mail, and the mobile apps could not sync; roughly 40 % of our users were affected.

The root cause was an expired intermediate certificate on the internal load balancers. Because the renewal job had been moved to a new scheduler, it silently stopped running, which caused every TLS handshake between the web tier and the mail stores to fail.

The weather was warm that week because of a heat wave, and the office was half empty.

We will monitor certificate expiry on every internal endpoint, and to prevent this in the future the renewal job now alerts when it has not run for a day.
`
	in, err := Extract([]byte(doc), "pellucid.txt", "text/plain")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "expired intermediate certificate") {
		t.Errorf("cause %q lacks the root-cause paragraph", in.Cause)
	}
	if strings.Contains(in.Cause, "heat wave") {
		t.Errorf("cause %q holds a paragraph with one passing causal word", in.Cause)
	}
	if !strings.Contains(in.Remediation, "monitor certificate expiry") {
		t.Errorf("remediation %q lacks the paragraph of what will change", in.Remediation)
	}
	if !strings.Contains(in.Impact, "unable to send") {
		t.Errorf("impact %q lacks the impact paragraph", in.Impact)
	}
	if !strings.Contains(in.Summary, "unreachable for about three hours") {
		t.Errorf("summary %q is not the opening", in.Summary)
	}
}

// TestCauseStatedInPassing: a write-up whose only word on the cause is one
// sentence inside a longer paragraph gets that sentence as its cause.
func TestCauseStatedInPassing(t *testing.T) {
	doc := `Brightfield Rail's ticketing API returned errors for 40 minutes on 2 March.

Ticket machines at every station showed "service unavailable" during the morning rush. The root cause was a database index dropped by a migration script, which made every fare lookup scan the whole table. Staff sold paper tickets until the index was rebuilt at 08:10.
`
	in, err := Extract([]byte(doc), "brightfield.txt", "text/plain")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Cause, "The root cause was a database index dropped") {
		t.Errorf("cause %q, want the sentence that names it", in.Cause)
	}
	if got := causeFromText("It was slow because it rained. Nothing else happened."); got != "" {
		t.Errorf("causeFromText took a passing causal word: %q", got)
	}
}
