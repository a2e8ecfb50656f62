package extract

import (
	"testing"
)

// seal34Title extracts body saved under name and checks its title.
func seal34Title(t *testing.T, name, body, want string) {
	t.Helper()
	in, err := Extract([]byte(body), "/tmp/seal34/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != want {
		t.Errorf("%s: title %q, want %q", name, in.Title, want)
	}
}

// TestIncidentUpdatesFeed: a status page's feed of one incident's
// updates, each item titled by its state alone or by its state and the
// incident's name, is read as the incident's page: named by the feed's
// title beside the status page's name, or by the items' common rest,
// every update in its timeline.
func TestIncidentUpdatesFeed(t *testing.T) {
	feed := `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Wrenmoor Status - Delayed webhook deliveries in eu-north-1</title>
<id>tag:status.wrenmoor.io,2005:/incidents/x1</id><updated>2026-04-02T12:40:00Z</updated>
<entry><id>u3</id><title>Resolved</title><published>2026-04-02T12:40:00Z</published><updated>2026-04-02T12:40:00Z</updated>
<content type="html">&lt;p&gt;Webhook deliveries have been on time since 12:31 UTC. A queue consumer deployed at 10:55 UTC had a lower concurrency limit than intended.&lt;/p&gt;</content></entry>
<entry><id>u2</id><title>Identified</title><published>2026-04-02T11:45:00Z</published><updated>2026-04-02T11:45:00Z</updated>
<content type="html">&lt;p&gt;We have found the cause and are rolling back the queue consumer.&lt;/p&gt;</content></entry>
<entry><id>u1</id><title>Investigating</title><published>2026-04-02T11:12:00Z</published><updated>2026-04-02T11:12:00Z</updated>
<content type="html">&lt;p&gt;Since 11:02 UTC webhook deliveries in eu-north-1 are delayed by up to 20 minutes.&lt;/p&gt;</content></entry>
</feed>`
	seal34Title(t, "incident.atom", feed, "Delayed webhook deliveries in eu-north-1")
	in, err := Extract([]byte(feed), "/tmp/seal34/incident.atom", "")
	if err != nil || len(in.Timeline) < 3 {
		t.Errorf("incident.atom: %d timeline events, want every update (%v)", len(in.Timeline), err)
	}
	seal34Title(t, "incident-named.atom", `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Larchmont Cloud Status</title><id>https://status.larchmont.cloud/i/88</id><updated>2026-05-19T08:10:00Z</updated>
<entry><title>Resolved · Console sign-in failures for SSO users</title><id>u2</id><updated>2026-05-19T08:10:00Z</updated>
<summary type="html">&lt;p&gt;Sign-in has worked since 07:58 UTC. An expired signing certificate on the SSO gateway caused the failures.&lt;/p&gt;</summary></entry>
<entry><title>Investigating · Console sign-in failures for SSO users</title><id>u1</id><updated>2026-05-19T07:20:00Z</updated>
<summary type="html">&lt;p&gt;Users signing in to the console through SSO see errors since 07:05 UTC.&lt;/p&gt;</summary></entry>
</feed>`, "Console sign-in failures for SSO users")
}

// TestRawMessageHead: a message saved raw, an mbox's "From " line and the
// transport's headers (Return-Path, Received and its folded lines) over
// its Subject, is titled by its Subject and its text read after the
// first blank line, the outage's day its own, not the message's.
func TestRawMessageHead(t *testing.T) {
	msg := `From ops@lindwick.net  Thu Jul  2 08:41:19 2026
Return-Path: <lindwick-users-bounces@lists.lindwick.net>
Received: from mail.lindwick.net (mail.lindwick.net [203.0.113.25])
	by lists.lindwick.net (Postfix) with ESMTP id 4F1A22C01B2
	for <lindwick-users@lists.lindwick.net>; Thu,  2 Jul 2026 08:41:19 +0100 (BST)
Date: Thu, 2 Jul 2026 08:41:12 +0100
From: Lindwick NOC <ops@lindwick.net>
To: lindwick-users@lists.lindwick.net
Subject: [lindwick-users] Post-incident report: Leeds data centre network outage, 1 July
Message-ID: <20260702074112.GB2281@ops.lindwick.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
List-Id: Lindwick network announcements <lindwick-users.lists.lindwick.net>
List-Unsubscribe: <https://lists.lindwick.net/mailman/options/lindwick-users>,
 <mailto:lindwick-users-request@lists.lindwick.net?subject=unsubscribe>
List-Archive: <https://lists.lindwick.net/pipermail/lindwick-users/>
Precedence: list

Hello all,

On Wednesday 1 July from 21:05 to 22:40 BST, servers in our Leeds data
centre lost network connectivity. A core switch rebooted after a power
supply failed and its partner did not take over the routes.

Both power supplies have been replaced and failover has been tested.

-- 
Lindwick NOC
`
	seal34Title(t, "outage.mbox.txt", msg, "[lindwick-users] Post-incident report: Leeds data centre network outage, 1 July")
	in, err := Extract([]byte(msg), "/tmp/seal34/outage.mbox.txt", "")
	if err != nil || in.StartedAt != "2026-07-01T21:05:00+01:00" {
		t.Errorf("outage.mbox: started %q, want 2026-07-01T21:05:00+01:00 (%v)", in.StartedAt, err)
	}
}

// TestMarkedHistoryRow: a status history saved as text whose rows end in
// "+" when shown closed and "−" when shown opened is titled by the opened
// row's name, its last cell after its day and kind, not by the page's
// heading.
func TestMarkedHistoryRow(t *testing.T) {
	seal34Title(t, "history.txt", `Quarrel Hosting — Status
Status   History   Subscribe      Back to quarrel.host

Incident history
All services · Past 90 days

MARCH 2026

Mar 22   Degraded performance   Webhook deliveries delayed in us-west
         Resolved in 38 minutes                                          +

Mar 17   Major outage           Managed Postgres connections refused in eu-central
         Resolved in 2 hours 5 minutes                                   −

   Mar 17, 11:20 UTC — Resolved
   Connections to Managed Postgres in eu-central have succeeded since 11:12 UTC.
   Between 09:07 and 11:12 UTC new connections were refused after a
   connection pooler upgrade set its client limit to zero on restart.

   Mar 17, 09:30 UTC — Investigating
   We are investigating refused connections to Managed Postgres in eu-central.

Mar 4    Maintenance            Network maintenance in us-east
         Completed                                                       +

Quarrel Hosting · Terms · Privacy
`, "Managed Postgres connections refused in eu-central")
}

// TestDotTrail: a tracker's card printed with its trail above its name,
// workspace, board and list set apart by spaced middle dots, is titled by
// its name, not by the trail.
func TestDotTrail(t *testing.T) {
	seal34Title(t, "card.txt", `Trello
Ostler Foods · Platform – Incidents · Done

INC-58 Basket totals wrong after currency service deploy
in list Done

Labels
SEV2   Checkout

Description

Between 14:05 and 14:52 UTC on 9 May 2026 basket totals in euro were shown in
pounds after the currency service deploy switched its default currency.
We rolled back the deploy at 14:47 UTC.
`, "INC-58 Basket totals wrong after currency service deploy")
	if dotCrumbs("Severity 2 · Resolved · Webhooks") != nil || dotCrumbs("Resolved · Webhooks · Notifications") != nil {
		t.Error("a record's fields on one line read as a trail")
	}
}

// TestClosingUpdateBeganDayBefore: a status page's closing update that
// says when the impact began at a clock later than its own time, posted
// after midnight, dates that start the day before.
func TestClosingUpdateBeganDayBefore(t *testing.T) {
	in, err := Extract([]byte(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Larchmont Cloud Status - Console sign-in failures for SSO users</title><id>https://status.larchmont.cloud/i/88</id><updated>2026-05-20T00:25:00Z</updated>
<entry><title>Resolved</title><id>u3</id><updated>2026-05-20T00:25:00Z</updated>
<summary type="html">&lt;p&gt;Sign-in has worked since 00:12 UTC on 20 May. The failures began at 22:41 UTC on 19 May, when the signing certificate on the SSO gateway expired.&lt;/p&gt;</summary></entry>
<entry><title>Identified</title><id>u2</id><updated>2026-05-19T23:40:00Z</updated>
<summary type="html">&lt;p&gt;We found an expired certificate and are replacing it.&lt;/p&gt;</summary></entry>
<entry><title>Investigating</title><id>u1</id><updated>2026-05-19T23:20:00Z</updated>
<summary type="html">&lt;p&gt;Users signing in to the console through SSO see errors.&lt;/p&gt;</summary></entry>
</feed>
`), "/tmp/seal34/midnight.atom", "")
	if err != nil || in.StartedAt != "2026-05-19T22:41:00Z" {
		t.Errorf("midnight.atom: started %q, want 2026-05-19T22:41:00Z (%v)", in.StartedAt, err)
	}
}
