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
