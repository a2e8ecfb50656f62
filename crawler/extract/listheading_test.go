package extract

import (
	"strings"
	"testing"
)

// TestListHeadingsAreGeneric checks that the heading of a provider's list
// of reviews ("Post-Event Summaries", "Postmortems", "Post-incident
// reviews") is a kind of page, not an incident's title, so the entry's
// own heading under it titles the page.
func TestListHeadingsAreGeneric(t *testing.T) {
	for _, s := range []string{"Post-Event Summaries", "Postmortems", "Post-incident reviews", "Incident summaries", "Post-mortems"} {
		if !genericTitle(s) {
			t.Errorf("genericTitle(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Summary of the Compute Service Event in the Frankfurt Region", "Postmortem: queue outage of 4 May", "Post-incident review of the 12 June DNS outage"} {
		if genericTitle(s) {
			t.Errorf("genericTitle(%q) = true, want false", s)
		}
	}
	page := `<!DOCTYPE html><html lang="en"><head><title>Quillmoor Cloud | Post-Event Summaries</title></head><body>
<header><a href="/" class="logo">Quillmoor Cloud</a><ul class="nav"><li><a href="/products">Products</a></li><li><a href="/pricing">Pricing</a></li></ul></header>
<main><div class="band"><h1>Post-Event Summaries</h1></div>
<h2>Summary of the Quillmoor Object Storage Service Event in the Frankfurt (eu-central-2) Region</h2>
<p>We want to share additional information about the service disruption in the Frankfurt (eu-central-2) Region on March 3, 2026. Between 09:12 and 11:40 UTC, requests to Object Storage returned elevated errors.</p>
<p>The event was caused by a configuration change to the metadata service's request router, which sent reads to a shard that was being drained.</p>
</main><footer>© 2026 Quillmoor Cloud, Inc.</footer></body></html>`
	in, err := Extract([]byte(page), "https://status.quillmoor.example/pes/eu-central-2-2026-03-03", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Summary of the Quillmoor Object Storage Service Event in the Frankfurt (eu-central-2) Region"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
}

// TestRCAEntryHeadingTitles checks that a cloud's status history copied as
// text, its filters and month headings above the first analysis, is titled
// by the analysis's heading ("RCA – Service – Failure (Tracking ID …)"),
// not by a filter's line.
func TestRCAEntryHeadingTitles(t *testing.T) {
	page := `Tamsworth Cloud  |  Products  Pricing  Docs   Sign in

Tamsworth Cloud status history
Filter: Products ▾  Regions ▾
Product and region filters apply to incidents since May 2025.

April 2026

4/14
RCA – Managed Kafka – Produce requests timing out in Canada Central (Tracking ID 7PQ2-M0D)

Summary of impact: Between 13:05 UTC and 15:20 UTC on 14 Apr 2026, customers using Managed Kafka in Canada Central experienced timeouts when producing messages to their topics.

Root cause: A certificate rotation on the broker fleet restarted brokers in two availability zones at once, and partitions lost their leaders until the controllers caught up.

Mitigation: Engineers paused the rotation at 14:10 UTC and restarted the controllers; produce latency returned to normal by 15:20 UTC.

4/02
RCA – DNS – Resolution failures in West Europe (Tracking ID 2LL8-ZQ1)

Summary of impact: Between 08:10 and 08:52 UTC on 02 Apr 2026, a subset of customers in West Europe saw DNS resolution failures.
`
	in, err := Extract([]byte(page), "tamsworth-history.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "RCA – Managed Kafka – Produce requests timing out in Canada Central"; !strings.HasPrefix(in.Title, want) {
		t.Errorf("title %q, want %q", in.Title, want)
	}
}

// TestRCAEntryOpenedTitles checks that of a history's analyses, listed
// with their headings alone, the one shown opened (its report under it)
// titles the page.
func TestRCAEntryOpenedTitles(t *testing.T) {
	page := `Tamsworth Cloud status history
This page holds Post Incident Reviews (PIRs) of past service issues, each kept for five years.

May 2026

Post Incident Review (PIR) – Front Door – Timeouts for requests served from Oceania (Tracking ID 5RT-2KA)

Post Incident Review (PIR) – Table Storage – Writes rejected in Korea South (Tracking ID 9QW-4MB)

Summary of impact: Between 06:40 UTC and 08:05 UTC on 9 May 2026, a subset of customers using Table Storage in Korea South saw writes rejected with server busy errors. Root cause: A partition split left one partition server holding most of the hot range. Mitigation: Engineers moved the range at 07:50 UTC.

Post Incident Review (PIR) – Virtual Machines – Allocation failures in Japan East (Tracking ID 1ZX-8NN)
`
	in, err := Extract([]byte(page), "tamsworth-pir-history.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Post Incident Review (PIR) – Table Storage – Writes rejected in Korea South"; !strings.HasPrefix(in.Title, want) {
		t.Errorf("title %q, want %q", in.Title, want)
	}
}

// TestReaderSignpostNoTitle checks that a status page's pointers to its
// other pages ("Looking for developer system status? Find it here.", "If
// you are experiencing an issue not listed here, contact support.") are
// not titles: the event's heading under them is.
func TestReaderSignpostNoTitle(t *testing.T) {
	for _, s := range []string{"Looking for developer system status? Find it here.", "Looking for current incidents? Visit Service Health", "If you are experiencing an issue not listed here, contact support.", "Need help with your account? Contact support"} {
		if !readerSignpost.MatchString(s) {
			t.Errorf("readerSignpost misses %q", s)
		}
	}
	for _, s := range []string{"Looking back at the 12 May outage", "If the primary fails, writes stop: the queue outage of 3 June", "Why did the login service fail?"} {
		if readerSignpost.MatchString(s) {
			t.Errorf("readerSignpost takes %q", s)
		}
	}
	page := `<!DOCTYPE html><html lang="en"><head><title>System Status - Fairlop Support</title></head><body>
<nav><ul><li><a href="/">Fairlop</a></li><li><a href="/devices">Devices</a></li><li><a href="/support">Support</a></li></ul></nav>
<main><section><h1>System Status</h1>
<p>If you are experiencing an issue not listed here, <a href="/support/contact">contact support</a>.</p>
<p>Looking for developer system status? <a href="/developer/status">Find it here</a>.</p></section>
<section class="event"><p class="event-time">March 9, 2026, 7:02 AM – 8:40 AM PST</p>
<p class="event-message">Some users could not sign in to Fairlop Cloud Backup. Backups scheduled during this time ran once sign-in was restored.</p></section>
</main><footer>Copyright © 2026 Fairlop Inc.</footer></body></html>`
	in, err := Extract([]byte(page), "https://www.fairlop.example/support/system-status/", "")
	if err != nil {
		t.Fatal(err)
	}
	if readerSignpost.MatchString(in.Title) || strings.HasPrefix(in.Title, "If you are") {
		t.Errorf("title %q is the page's signpost", in.Title)
	}
}
