package extract

import (
	"strings"
	"testing"
)

// TestCookieBannerAboveTitle: a cloud provider's report saved as text
// carries its site's menu and cookie banner above the report; the banner's
// paragraph is no paragraph of the write-up, so the title is still the
// report's own line under the breadcrumb and the side menu, and the cause
// is its "Root cause" section, not the title's "Root cause analysis: …".
func TestCookieBannerAboveTitle(t *testing.T) {
	body := `Skip to main content
Tamberlin Cloud
Products
Pricing
Documentation
Support
Sign in
Create free account

We use cookies and similar technologies to run this site, to remember your settings and to measure how it is used. You can accept all cookies, reject non-essential cookies, or choose which ones we may use.
Accept all cookies   Reject non-essential   Cookie settings

Tamberlin Cloud Status  >  Incident reports  >  TBC-2025-0611

Status home
Incident reports
Scheduled maintenance

Root cause analysis: Queue consumers stalled in us-north-1

Report ID: TBC-2025-0611
Published: 13 June 2025

Summary

On 11 June 2025, from 14:05 to 15:20 UTC, consumers of the managed queue service in us-north-1 stopped receiving messages. Producers could still publish, and no messages were lost.

Root cause

A change to the broker's lease settings shortened the consumer lease to less than the time a consumer takes to renew it, so every consumer lost its lease and was disconnected.

Timeline (UTC)

14:05  Consumers begin losing their leases.
14:40  Lease change identified and reverted.
15:20  All consumers reconnected. Incident closed.
`
	in, err := Extract([]byte(body), "/tmp/seal12/report.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Root cause analysis: Queue consumers stalled in us-north-1"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	if !strings.Contains(in.Cause, "lease settings") || strings.Contains(in.Cause, "stalled in") {
		t.Errorf("cause %q, want the Root cause section's", in.Cause)
	}
}

// TestBylineJoinedOnBothSides: news printed to PDF runs its deck, its
// byline (with the writer's role, a weekday before the date and the time
// it was posted) and its first paragraph into one line. The byline goes
// on a line of its own, so that the time it was posted is no event of
// the outage, and the first paragraph stays the text's.
func TestBylineJoinedOnBothSides(t *testing.T) {
	body := `THE RACK REVIEW
News Cloud Networks

Holloway payments fail for two hours after card network link drops
Payments firm says its link to a card network failed By Ines Marlow, Payments reporter · Tue 4 Mar 2025 // 18:10 UTC Shoppers using Holloway checkout were unable to pay by card for about two hours on Tuesday morning, the company said.
Holloway said card payments began failing at 09:20 GMT and were working again at 11:25 GMT.
The company said the link between its data centre and the card network had dropped after a router failed, and its backup link had not taken over.
`
	in, err := Extract([]byte(body), "/tmp/seal12/news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-03-04T09:20:00Z" {
		t.Errorf("started %q, want 2025-03-04T09:20:00Z (not the byline's time)", in.StartedAt)
	}
	if in.EndedAt != "2025-03-04T11:25:00Z" {
		t.Errorf("ended %q, want 2025-03-04T11:25:00Z", in.EndedAt)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "By Ines") {
			t.Errorf("the byline is an event: %+v", ev)
		}
	}
	lines := splitBylines([]string{"Deck of the story that runs on By Ana Ruiz, Senior Reporter · Thursday, 19 June 2025 · 16:32 UTC Users of the service could not sign in for an hour on Thursday."})
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "By Ana Ruiz") || !strings.HasPrefix(lines[2], "Users of") {
		t.Errorf("split into %q", lines)
	}
}

// TestDeckThatOnlyBlames: a news article's deck that blames in a few words
// ("… blames third-party resolver for …") is not the whole cause: the
// text's sentences that state it ("…, attributing it to a faulty
// software release") follow it.
func TestDeckThatOnlyBlames(t *testing.T) {
	body := `Tennick video calls fail as DNS provider suffers outage

Meetings platform blames third-party resolver for hours of failed joins

Users of the Tennick meetings platform were unable to join calls for about two hours on Thursday, 19 June 2025.

Tennick said calls began failing at 08:05 BST and service was restored at 10:05 BST.

Its DNS provider, Corvell DNS, confirmed the outage on its own status page, attributing it to a faulty software release on its European name servers.
`
	in, err := Extract([]byte(body), "/tmp/seal12/deck.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "Corvell DNS") {
		t.Errorf("cause %q, want the sentence that names the provider", in.Cause)
	}
}
