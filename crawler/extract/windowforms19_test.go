package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestWindowFormsNineteen holds the window and title of pages of our own
// writing, in forms read from durations set 15's odd lines (no longer
// held out once set 16 was written), sealed set 65 (no longer sealed once
// set 66 was) and set 16's even lines.
func TestWindowFormsNineteen(t *testing.T) {
	holdWindowCases(t, []windowCase{
		{"a link back to the incidents above the incident's name", "incident.txt", `Shobdon Taxis                                                   [Subscribe to updates]
Status   History   Help centre   shobdon-taxis.example

← All incidents

Card payments failing in the app
Resolved · Major outage
Started Jun 4, 2026 · 10:41 PM SGT  ·  Lasted 1h 12m

  Resolved · Jun 4, 2026 · 11:53 PM SGT
  Card payments are working again. Between 10:32 PM and 11:44 PM SGT riders could not pay by card; cash rides were not affected.

  Identified · Jun 4, 2026 · 11:20 PM SGT
  A certificate on our payment gateway connection was replaced with the wrong one during routine work. We are putting the right one back.

  Investigating · Jun 4, 2026 · 10:41 PM SGT
  We're aware that card payments are failing in the app and are looking into it.

Powered by Instatus
`, "2026-06-04T22:32:00+08:00", "2026-06-04T23:44:00+08:00", 72, "Card payments failing in the app"},
		{"the site's address and its links above the title", "incident.txt", `Lyonshall Water Status                                           [Subscribe to updates]
lyonshall-water.example · Help · Report a supply interruption

Online account and app unavailable
Resolved
This incident has been resolved.

Affected components
Online account
  Full outage from 6:05 AM to 7:40 AM

Updates
  Resolved
  Everything is working again. Customers could not sign in to their online account or the app from 6:05 AM to 7:40 AM AEST today.
  Jul 14, 2026 at 7:52 AM AEST

  Investigating
  We're looking into reports that customers can't sign in.
  Jul 14, 2026 at 6:20 AM AEST
`, "2026-07-14T06:05:00+10:00", "2026-07-14T07:40:00+10:00", 95, "Online account and app unavailable"},
		{"a history's link back with a button beside it", "history.txt", `Canon Pyon Accounts Status
canonpyon.example · Support · Log in                                        [Subscribe to updates]

Incident History

← Current Status                                             [Filter components ▾]

September 2026

Invoices not sending by email
This incident has been resolved. Invoice emails were delayed from 8:10 AM to 9:35 AM BST this morning. All delayed invoices have now been sent.
Sep 9, 08:22 - 09:41 BST

Bank feed import slow
This incident has been resolved. Imports were slow for some banks.
Sep 2, 13:05 - 13:40 BST
`, "2026-09-09T08:10:00+01:00", "2026-09-09T09:35:00+01:00", 85, "Invoices not sending by email"},
		{"a status history's opened entry above reviews shown closed", "history.txt", `Orleton Cloud status
Current status    History    Personalized status (sign in)    RSS

Status history
Product and service availability history for the last 90 days.

May 2026

12/05
Managed DNS – Query failures in Teme West 2

Tracking ID: 4RTL-QX8

Summary of Impact: Between 09:20 and 11:02 UTC on 12 May 2026, a subset of customers using Managed DNS in Teme West 2 saw queries for their zones fail with SERVFAIL. Resolution of zones hosted in other regions was not affected.

Root Cause: A zone transfer job published an incomplete copy of the zone index to the name servers in the region.

Mitigation: We restored the previous zone index and the name servers recovered by 11:02 UTC.

08/05
Post Incident Review (PIR) – Virtual Machines – Start failures in Teme West 2

Tracking ID: 8MKD-2RT

Summary of Impact: Between 02:10 and 02:55 UTC on 6 May 2026, some customers were unable to start virtual machines in Teme West 2 ...

[Show more]

April 2026

21/04
Post Incident Review (PIR) – Networking – Packet loss between Teme West 2 and Teme North 1

Tracking ID: 9PQ3-LL2

[Show more]

Contact us · Privacy & cookies · Terms of use · Trademarks · © Orleton Cloud 2026
`, "2026-05-12T09:20:00Z", "2026-05-12T11:02:00Z", 102, "Managed DNS – Query failures in Teme West 2"},
		{"a carrier's fields: the fault reported after it started", "rfo.txt", `From: Tarrington Telecom Service Desk <servicedesk@tarrington-telecom.example>
To: it@staunton-vets.example
Date: Sat, 21 Mar 2026 10:02:00 +0000
Subject: Reason for Outage - Fault TT-2603-0912 - Broadband BB-HER-4410

Dear Customer,

Please find the Reason for Outage below. All times are GMT.

Fault reference:        TT-2603-0912
Customer:               Staunton Vets Ltd
Fault reported:         19/03/2026 21:40 (automated alarm, customer notified 21:52)
Fault start:            19/03/2026 21:12
Fault cleared:          20/03/2026 00:31
Total outage:           3h 19m

What happened
At 21:12 a line card in our Much Marcle cabinet failed. Our monitoring raised an alarm at 21:40. An engineer replaced the card and your service was restored at 00:31.

We apologise for the disruption.
`, "2026-03-19T21:12:00Z", "2026-03-20T00:31:00Z", 199, ""},
		{"a postmortem posted days later over clock-only rows", "incident.html", `<html><head><title>Eardisley Pay Status - Delayed payout notifications</title></head><body>
<div class="page-header"><a href="/">Eardisley Pay</a> <a href="#subscribe">Subscribe to Updates</a></div>
<div class="incident-name">Delayed payout notifications</div>
<div class="subheader">Incident Report for Eardisley Pay</div>
<div class="incident-updates-container">
  <div class="row update-row">
    <div class="update-title">Postmortem</div>
    <div class="update-body"><span class="whitespace-pre-wrap"><strong>Summary</strong>
On Tuesday 14 April, payout notifications were delayed for some merchants. From 10:05 to 11:50 BST, about a fifth of notifications failed and were retried.

<strong>Timeline (BST)</strong>
09:40 - Release of the notifier begins.
10:05 - First notifications fail; delays begin.
10:30 - Alert fires and the on-call engineer is paged.
11:20 - Release rolled back.
11:50 - Backlog drained; notifications back to normal.

<strong>What we are changing</strong>
- Notifier releases now pause after the first batch until delivery checks pass.</span>
      <div class="update-timestamp">Posted <span class="ago">2 days ago</span>. Apr 16, <span>2026</span> - 15:00 BST</div>
    </div>
  </div>
  <div class="row update-row">
    <div class="update-title">Resolved</div>
    <div class="update-body"><span class="whitespace-pre-wrap">All delayed notifications have been sent. This incident has been resolved.</span>
      <div class="update-timestamp">Posted <span class="ago">4 days ago</span>. Apr 14, <span>2026</span> - 12:05 BST</div>
    </div>
  </div>
  <div class="row update-row">
    <div class="update-title">Investigating</div>
    <div class="update-body"><span class="whitespace-pre-wrap">We are investigating delays in payout notifications.</span>
      <div class="update-timestamp">Posted <span class="ago">4 days ago</span>. Apr 14, <span>2026</span> - 10:35 BST</div>
    </div>
  </div>
</div>
<div class="powered-by">Powered by Atlassian Statuspage</div>
</body></html>
`, "2026-04-14T10:05:00+01:00", "2026-04-14T11:50:00+01:00", 105, "Delayed payout notifications"},
		{"a resolved update that tells the first errors and since when it works", "history.txt", `Peterchurch Cloud Status - Incident History

All Systems Operational

Incident History

February 2026

Object storage uploads failing in Wye-1
Resolved - All affected buckets have been writable again since 15:47 CET and we have checked every upload made during the incident. The first errors were seen at 13:58 CET.
Root cause: a faulty network switch in one storage rack kept dropping its uplink, and the cluster marked the rack's disks read-only to protect data.
Feb 17, 16:05 CET

Monitoring - We took the switch out of service at 15:20 CET. Uploads are succeeding again for most buckets.
Feb 17, 15:31 CET

Investigating - We are investigating failed uploads to object storage in Wye-1.
Feb 17, 14:22 CET

← Current Status Powered by Atlassian Statuspage
`, "2026-02-17T13:58:00+01:00", "2026-02-17T15:47:00+01:00", 109, "Object storage uploads failing in Wye-1"},
		{"a Cachet page: an update's state before its text, a maintenance listed under the incident", "incident.txt", `Dilwyn Code Status
Home   Explore   Docs   Blog                                     [Subscribe to updates]

All systems are operational

Components
Web interface                     Operational
Git over HTTPS                    Operational
Git over SSH                      Operational
Package registry                  Operational

Incidents

Mar 4, 2026

Package uploads failing
Fixed - Uploads are working again. To summarise: from 10:12 CET, after this morning's storage maintenance had already finished, package uploads failed with HTTP 500 for most users. Downloads were not affected. The cause was a bucket policy that the maintenance had reset; we restored it at 11:20 CET.
Mar 4, 2026 11:31 CET

Update - We have found the cause and are restoring the bucket policy.
Mar 4, 2026 11:02 CET

Investigating - We are investigating failed package uploads.
Mar 4, 2026 10:29 CET

Planned storage maintenance
Completed - The maintenance has been completed. All services are available.
Mar 4, 2026 09:40 CET

In progress - Scheduled maintenance is currently in progress. Uploads may be slower than usual.
Mar 4, 2026 09:00 CET

Scheduled - We will upgrade our storage cluster on Wednesday 4 March between 09:00 and 10:00 CET.
Feb 25, 2026 10:00 CET

Mar 3, 2026
No incidents reported.

Powered by Cachet
`, "2026-03-04T10:12:00+01:00", "2026-03-04T11:20:00+01:00", 68, "Package uploads failing"},
		{"component ranges across midnight on a page dated by its last update", "incident.txt", `Bosbury Clinic Online status
bosburyclinic.example                                             [Subscribe to updates]

Online bookings failing
Resolved

This incident has been resolved.

Affected components
Online bookings
  Degraded performance from 11:50pm to 12:25am
  Full outage from 12:25am to 12:55am
Patient portal
  No impact

Updates

Resolved
Online bookings are working normally again since 12:55am AEDT. We're sorry for the trouble.
Jan 1, 2026, 1:10am AEDT

Identified
A certificate rotated on our booking servers at 11:45pm is being rejected. We're putting the previous one back.
Jan 1, 2026, 12:20am AEDT

Investigating
We're looking into failed online bookings.
Dec 31, 2025, 11:58pm AEDT
`, "2025-12-31T23:50:00+11:00", "2026-01-01T00:55:00+11:00", 65, "Online bookings failing"},
		{"a backlog fully caught up after the service came back", "incident.txt", `Fownhope Desk Status

Chat messages delayed
Incident Report for Fownhope Desk

Resolved
This incident has been resolved. Chat messages were delayed from 9:05 PM PDT, and new messages were flowing normally again from 9:50 PM PDT; the backlog of delayed messages was fully caught up at 10:35 PM PDT.
Posted Apr 08, 2026 - 11:05 PM PDT

Identified
A queue worker ran out of memory after a routine configuration update. We are restarting the workers.
Posted Apr 08, 2026 - 9:31 PM PDT

Investigating
We are investigating delays in chat messages.
Posted Apr 08, 2026 - 9:14 PM PDT
`, "2026-04-08T21:05:00-07:00", "2026-04-08T22:35:00-07:00", 90, "Chat messages delayed"},
		{"a news page printed from a site of one country, its clocks told with no zone", "story.txt", `14/05/2026, 4:12 pm          Madley Bank app down for most of the morning | Kingstone Courier

KINGSTONE COURIER       News   Business   Sport   Opinion      [Subscribe]  [Log in]

Business

Madley Bank app down for most of the morning

By Mere Tarrington
Business reporter
14 May, 2026 11:02am · Updated 2:40pm

Madley Bank customers could not log in to the bank's app or internet banking for more than two hours this morning.

In a statement, the bank said its digital banking had been unavailable from 8.41am to 10.58am, after a fault in the system that checks customers' logins.

https://www.kingstonecourier.co.nz/business/madley-bank-app-down/QX81RT          Page 1 of 2

14/05/2026, 4:12 pm          Madley Bank app down for most of the morning | Kingstone Courier

EFTPOS and ATMs kept working throughout, the bank said.

https://www.kingstonecourier.co.nz/business/madley-bank-app-down/QX81RT          Page 2 of 2
`, "2026-05-14T08:41:00+12:00", "2026-05-14T10:58:00+12:00", 137, "Madley Bank app down for most of the morning"},
	})
}

// TestOngoingWithMaintenanceBelow holds a status page still at work on its
// incident (one hall back, the other still unreachable) with a planned
// maintenance listed under it: the maintenance's window days later is no
// end, and the page tells no length.
func TestOngoingWithMaintenanceBelow(t *testing.T) {
	page := `Kingstone Hosting Status
Home   ·   Contact support   ·   Client area

Current Status: Partial Service Disruption

Servers unreachable in KNG1
Incident Status: Identified
Components: Dedicated Servers, Cloud VPS

Incident opened: 03/04/2026 7:10 AM EST
Last updated: 03/04/2026 9:02 AM EST

Incident Updates

03/04/2026 9:02 AM EST
Connectivity has been restored for racks in Hall 1 after traffic was moved to the standby router. Servers in Hall 2 remain unreachable. A replacement power supply for the Hall 2 router is on its way; the next update will follow by 10:30 AM EST.

03/04/2026 8:15 AM EST
We have identified a failed power supply in the router serving Hall 2. Servers lost connectivity from about 6:52 AM EST.

03/04/2026 7:10 AM EST
We are investigating reports that servers in KNG1 are unreachable.

Planned Maintenance
Storage controller firmware upgrade - Ewyas (EWY2)
Scheduled: 03/09/2026 1:00 AM EST - 03/09/2026 3:00 AM EST
Brief pauses of a few seconds are expected.

Powered by status.io
`
	in, err := extractOnce([]byte(page), "status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Servers unreachable in KNG1" {
		t.Errorf("title %q, want %q", in.Title, "Servers unreachable in KNG1")
	}
	if in.EndedAt != "" || in.DurationMinutes != 0 {
		t.Errorf("ended %q, %d min: the incident was still going on", in.EndedAt, in.DurationMinutes)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "03/09/2026") || strings.HasPrefix(ev.At, "2026-03-09") {
			t.Errorf("the maintenance planned days later is an event: %q %q", ev.At, ev.Text)
		}
	}
}

// TestCauseNamedInProse holds a cause that a service event's prose names
// as a latent defect after a paragraph of background (whose "capacity
// system … as traffic changes" no longer stands for it).
func TestCauseNamedInProse(t *testing.T) {
	page := `<html><head><title>Summary of the Madley Object Store Service Event in the Lugg Valley Region</title></head><body>
<main>
<h1>Summary of the Madley Object Store Service Event in the Lugg Valley Region</h1>
<p>We want to provide you with some additional information about the service disruption that occurred in the Lugg Valley Region on March 3, 2026. Between 9:12 AM and 11:40 AM PST, customers experienced elevated error rates and latencies when writing objects to the Madley Object Store in the Lugg Valley Region. Other services that store their data in the object store, including Madley Backup, also experienced elevated errors during this period. No objects that had been acknowledged were lost.</p>
<p>The object store keeps its index in shards, and each shard is owned by exactly one index host at a time. Ownership moves between hosts with a handoff that transfers the shard's lease and its latest sequence number together. Index fleets are scaled automatically by our capacity system many times a day as traffic changes, and this rebalancing is normally invisible to customers.</p>
<p>At 9:05 AM PST, the capacity system added hosts to two index fleets in response to normal morning growth in traffic. During the rebalancing that followed, a latent race condition in the shard handoff code allowed both the old and the new owner of some shards to accept writes. When both hosts believed they owned the same shard, the store's consistency checks fenced it, and writes to it failed. By 11:40 AM PST every shard had been reconciled and error rates returned to normal.</p>
<p>We have deployed a fix for the race condition and limited how many shards may move at once.</p>
</main></body></html>
`
	in, err := extractOnce([]byte(page), "event.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "latent race condition in the shard handoff code") {
		t.Errorf("cause %q, want the latent race condition", in.Cause)
	}
}

// TestPatternsOfRulesAndText holds the first pattern of causes told in
// plain words: rules that left out an entry, whatever shipped them.
func TestPatternsOfRulesAndText(t *testing.T) {
	cases := []struct{ name, page, want string }{
		{"an allow-list pushed with a release", `# Delayed webhook deliveries

## Summary

Between 10:12 and 12:40 UTC on 2 June 2026, about a third of Colwall Payments' webhook deliveries timed out.

## Root cause

Outbound traffic passes an egress firewall that only permits approved source subnets. The allow-list that was pushed with the release did not include the subnet of the new egress gateways, so their connections were dropped and each delivery waited for its timeout.

## What we are changing

Allow-list entries are now generated from the gateway inventory.
`, "config-change"},
		{"a route filter rolled out that left out a prefix", `# Asia API unreachable for some networks

## What happened

From 21:05 to 23:30 UTC on 8 October 2026, customers on two transit providers could not reach the Fownhope API in Asia.

## Why

The route filter we rolled out on the Thursday evening left out the /24 that carries the Asia API. We had built its prefix list by hand from the one for our Europe site, and our upstream provider filtered the prefix too because we had sent them the same list.

## Follow-up

Prefix lists are now generated from our address plan.
`, "config-change"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.page), "postmortem.md", "")
			if err != nil {
				t.Fatal(err)
			}
			if len(in.Patterns) == 0 || in.Patterns[0] != c.want {
				t.Errorf("patterns %v, want %s first", in.Patterns, c.want)
			}
			if !slices.Contains(in.Patterns, c.want) {
				t.Errorf("patterns %v lack %s", in.Patterns, c.want)
			}
		})
	}
}

// TestStatusSiteNameAsOrg holds the organisation of status pages saved as
// text whose first line is the site's name ("Dilwyn Code Status", in any
// case): the company, not a word of the incident's title.
func TestStatusSiteNameAsOrg(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"Dilwyn Code Status\nHome   Explore   Docs\n\nGit pushes over SSH failing\nResolved - Pushes are working again since 15:04 CET.\nMar 4, 2026 15:10 CET\n\nInvestigating - We are investigating failed pushes over SSH.\nMar 4, 2026 14:21 CET\n", "Dilwyn Code"},
		{"Bosbury Clinic Online status\nbosburyclinic.example\n\nOnline bookings failing\nResolved\nBookings are working normally again since 12:55am AEDT.\nJan 1, 2026, 1:10am AEDT\n\nInvestigating\nWe're looking into failed online bookings.\nDec 31, 2025, 11:58pm AEDT\n", "Bosbury Clinic Online"},
	} {
		in, err := extractOnce([]byte(c.page), "status.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Org != c.want {
			t.Errorf("org %q, want %q", in.Org, c.want)
		}
	}
}
