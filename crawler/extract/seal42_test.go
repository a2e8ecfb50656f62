package extract

import (
	"strings"
	"testing"
)

// TestSeal42ExportYAML: an incident tool's export printed at a terminal
// as YAML, under the command that printed it and a comment with the
// export's own stamp, is read as a record: its name is the title (not the
// command line), its resolved field the end (not the export's stamp).
func TestSeal42ExportYAML(t *testing.T) {
	page := `# opsctl incidents get INC-771 -o yaml
# exported 2026-12-01T08:00:00Z by r.amos@tillford.example
incident:
  id: INC-771
  name: "Image uploads failing in ap-south"
  status: resolved
  created_at: 2026-11-28T03:14:00Z
  resolved_at: 2026-11-28T04:02:00Z
  updates:
    - status: resolved
      display_at: 2026-11-28T04:02:00Z
      body: |
        Uploads have succeeded for 20 minutes. This incident is resolved.
    - status: identified
      display_at: 2026-11-28T03:40:00Z
      body: |
        Uploads fail because the storage bucket's write quota was
        lowered by a policy change this morning. We are restoring it.
    - status: investigating
      display_at: 2026-11-28T03:14:00Z
      body: |
        We are investigating failed image uploads in ap-south.
`
	in, err := Extract([]byte(page), "/tmp/tillford-inc-771.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Image uploads failing in ap-south" {
		t.Errorf("title %q, want the record's name", in.Title)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-11-28T03:14") || !strings.HasPrefix(in.EndedAt, "2026-11-28T04:02") {
		t.Errorf("started %q ended %q, want 03:14 to 04:02 UTC", in.StartedAt, in.EndedAt)
	}
}

// TestSeal42ExportJSONWrapped: a JSON export under "$ curl … | jq ." whose
// incident is wrapped ({"incident": {…}}) is titled by the incident's
// name; a Statuspage incidents.json ({"page": {…}, "incidents": […]}) by
// its first incident's, not by the page's.
func TestSeal42ExportJSONWrapped(t *testing.T) {
	page := `$ curl -s https://api.status.pollard.example/v1/incidents/88 | jq .
{
  "incident": {
    "id": 88,
    "name": "Search results delayed",
    "created_at": "2026-11-30T10:00:00Z",
    "resolved_at": "2026-11-30T10:45:00Z",
    "updates": [
      {"status": "resolved", "created_at": "2026-11-30T10:45:00Z", "body": "Search indexing has caught up and new documents appear within seconds again."},
      {"status": "investigating", "created_at": "2026-11-30T10:00:00Z", "body": "New documents are taking up to an hour to appear in search results."}
    ]
  }
}
`
	in, err := Extract([]byte(page), "/tmp/pollard-88.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Search results delayed" {
		t.Errorf("title %q, want the wrapped incident's name", in.Title)
	}
	if !strings.HasPrefix(in.EndedAt, "2026-11-30T10:45") {
		t.Errorf("ended %q, want 10:45 UTC", in.EndedAt)
	}
	list := `{
  "page": {"id": "x1", "name": "Pollard", "url": "https://status.pollard.example"},
  "incidents": [
    {"id": "a1", "name": "Login page not loading", "status": "resolved",
     "created_at": "2026-11-29T09:00:00Z", "resolved_at": "2026-11-29T09:30:00Z",
     "incident_updates": [
       {"status": "resolved", "created_at": "2026-11-29T09:30:00Z", "body": "The login page has loaded normally since a rollback of the front-end release."}
     ]}
  ]
}`
	in, err = Extract([]byte(list), "/tmp/pollard-incidents.json", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Login page not loading" {
		t.Errorf("title %q, want the first incident's name", in.Title)
	}
}

// TestSeal42ColonFieldColumns: a printed report whose title is its kind
// and reference ("Reason for Outage (RFO) – Ref. LKW-RFO-2026-007") over a
// block of fields laid out in columns, each label with its colon
// ("Customer:          All customers"), is titled by the report line:
// "Ref." ends no sentence, and a field is no title.
func TestSeal42ColonFieldColumns(t *testing.T) {
	page := `                                LOWICK FIBRE
                 Reason for Outage (RFO) – Ref. LKW-RFO-2026-007

Customer:          All customers – Tyne ring
Service:           Dark fibre, Wavelengths
Date issued:       2 December 2026

1. Incident summary

On Sunday 29 November 2026, from 03:10 to 04:25 GMT, customers on the Tyne ring lost service after
a splice enclosure flooded at a street cabinet. All services were restored at 04:25 GMT.

2. Root cause

Water entered a splice enclosure through a failed seal after heavy rain and the fibres in it broke.
`
	in, err := Extract([]byte(page), "/tmp/lowick-rfo.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Reason for Outage (RFO) – Ref. LKW-RFO-2026-007" {
		t.Errorf("title %q, want the report's line", in.Title)
	}
}

// TestSeal42SinceEnd: a status history card whose closing update says the
// service has worked normally since a clock time ends then, not when the
// update was posted nor at the card's range of posted stamps; the
// Statuspage template "The issue has been identified and a fix is being
// implemented" names no cause.
func TestSeal42SinceEnd(t *testing.T) {
	page := `<html><head><title>Ormside Status - Incident History</title></head><body>
<h1>Incident History</h1>
<h4>December 2026</h4>
<div class="incident-data">
<a class="incident-title" href="/incidents/1">Exports failing for some workspaces</a>
<div class="message">
<p><strong>Resolved</strong> - Workspace exports have completed normally since 11:20 UTC. The outage was caused by a credential rotation at 10:30 UTC that replaced the storage access key of our export service with the key of a test account, so exports could not be written to customers' storage buckets. We restored the key and are adding a check that blocks keys of test accounts in production.<br><small>Dec 1, 12:05 UTC</small></p>
<p><strong>Monitoring</strong> - We have restored a recent credential change and exports are completing again. We are monitoring.<br><small>Dec 1, 11:20 UTC</small></p>
<p><strong>Identified</strong> - The issue has been identified and a fix is being implemented.<br><small>Dec 1, 11:02 UTC</small></p>
<p><strong>Investigating</strong> - Users who export a workspace are seeing "Unable to write export" errors. Downloads are not affected.<br><small>Dec 1, 10:41 UTC</small></p>
</div>
<div class="secondary">Dec <var>1</var>, <var>10:41</var> - <var>12:05</var> UTC</div>
</div>
<h4>November 2026</h4>
<div class="incident-data">
<a class="incident-title" href="/incidents/2">Slow dashboard</a>
<div class="message"><p><strong>Resolved</strong> - Dashboards load normally again.<br><small>Nov 20, 09:30 UTC</small></p>
<p><strong>Investigating</strong> - Dashboards are slow to load.<br><small>Nov 20, 09:00 UTC</small></p></div>
<div class="secondary">Nov <var>20</var>, <var>09:00</var> - <var>09:30</var> UTC</div>
</div>
</body></html>`
	in, err := Extract([]byte(page), "/tmp/ormside-history.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-12-01T10:41") || !strings.HasPrefix(in.EndedAt, "2026-12-01T11:20") {
		t.Errorf("started %q ended %q, want 10:41 to 11:20 UTC", in.StartedAt, in.EndedAt)
	}
	if !strings.Contains(in.Cause, "credential rotation") {
		t.Errorf("cause %q, want the resolved update's credential rotation", in.Cause)
	}
}

// TestSeal42DottedPrintHeader: a page printed from a browser set to German
// heads each sheet with the page's <title> and the day and clock written
// with dots ("Brand – Press   02.12.2026, 09:41"): that header is no
// title; the release's headline is.
func TestSeal42DottedPrintHeader(t *testing.T) {
	page := `Haltwhistle Cloud – Press                                                 02.12.2026, 09:41

HALTWHISTLE CLOUD            About   Newsroom   Investors   Careers          DE | EN

Press release                                                 Hamburg, 1 December 2026

Haltwhistle Cloud explains e-mail interruption in its Hamburg data centre

   Share:  LinkedIn  X  E-mail  Print

Haltwhistle Cloud GmbH today published the findings of its review of the interruption to hosted
e-mail that affected customers in its Hamburg data centre on 30 November 2026.

From 08:05 to 09:50 CET on 30 November, customers could not send or receive e-mail, and webmail
showed an error page. Customers whose mailboxes are hosted in the Berlin data centre were not
affected at any time.

The interruption was caused by a faulty storage controller in the mail cluster. When the controller
failed, the cluster should have moved its volumes to the second controller, but the second
controller had been taken out of service for a firmware update the evening before and had not been
returned to service. Engineers returned it to service by hand, which took until 09:30 CET, and
checking the mailboxes took the remaining time.

"We are sorry for the disruption," said the company's managing director. "We have changed our
maintenance process so that a controller cannot stay out of service overnight."
`
	in, err := Extract([]byte(page), "/tmp/haltwhistle-press.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Haltwhistle Cloud explains e-mail interruption in its Hamburg data centre" {
		t.Errorf("title %q, want the headline", in.Title)
	}
}

// TestSeal42ChatStampedItem: a chat channel's export whose bot declares
// the incident ("🚨 New incident INC-902 (SEV-3): …") is titled by the
// incident's name, not by the message as a timeline entry with its stamp.
func TestSeal42ChatStampedItem(t *testing.T) {
	page := `Microsoft Teams – Channel export
Team: Kirkby Payments
Channel: sev-refunds-delayed
Exported by: Ana Pires on 30/11/2026 17:00

Incident Bot  30/11/2026 15:02
🚨 New incident INC-902 (SEV-3): Refunds delayed for card payments
Owner: Ana Pires.

Ana Pires  30/11/2026 15:05
Refunds queued since 14:50, the refund worker is not picking up jobs.

Leo Marsh  30/11/2026 15:21
The worker's deploy at 14:48 set the queue name to the staging one. Rolling back.

Ana Pires  30/11/2026 15:40
Refunds flowing again, queue drained.

Incident Bot  30/11/2026 15:42
✅ INC-902 resolved.
`
	in, err := Extract([]byte(page), "/tmp/kirkby-teams.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Refunds delayed for card payments" {
		t.Errorf("title %q, want the declared incident's name", in.Title)
	}
}

// TestSeal42ClosingStart: a status feed's closing update that tells the
// end in its first paragraph and the start in its second ("… normal since
// 15:31 UTC." / "The errors began at 13:52 UTC, when …") began then, not
// when the first update was posted.
func TestSeal42ClosingStart(t *testing.T) {
	page := `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Increased errors for Object Storage uploads in ams-2 · Brigsteer Status</title>
  <id>https://status.brigsteer.example/incident/7781</id>
  <updated>2026-11-30T15:40:00Z</updated>
  <entry>
    <title>Resolved · Increased errors for Object Storage uploads in ams-2</title>
    <id>https://status.brigsteer.example/incident/7781#u4</id>
    <updated>2026-11-30T15:40:00Z</updated>
    <summary type="html">&lt;p&gt;Upload error rates in ams-2 have been normal since 15:31 UTC and this incident is resolved.&lt;/p&gt;&lt;p&gt;The errors began at 13:52 UTC, when a storage node with a failing disk controller was returned to service after maintenance. Removing the node at 15:10 UTC stopped the errors.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Monitoring · Increased errors for Object Storage uploads in ams-2</title>
    <id>https://status.brigsteer.example/incident/7781#u3</id>
    <updated>2026-11-30T15:12:00Z</updated>
    <summary type="html">&lt;p&gt;We have removed a faulty storage node and error rates are falling.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Investigating · Increased errors for Object Storage uploads in ams-2</title>
    <id>https://status.brigsteer.example/incident/7781#u2</id>
    <updated>2026-11-30T14:20:00Z</updated>
    <summary type="html">&lt;p&gt;We are investigating increased error rates for uploads to Object Storage in ams-2.&lt;/p&gt;</summary>
  </entry>
</feed>`
	in, err := Extract([]byte(page), "/tmp/brigsteer-incident.atom", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-11-30T13:52") || !strings.HasPrefix(in.EndedAt, "2026-11-30T15:31") {
		t.Errorf("started %q ended %q, want 13:52 to 15:31 UTC", in.StartedAt, in.EndedAt)
	}
}
