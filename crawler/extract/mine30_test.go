package extract

import (
	"strings"
	"testing"
)

// TestIdentifiedThatNamesTheCause: a timeline row or a resolution's line
// that says what was identified ("Identified that …", "Team identified
// that …") names the cause when no section tells it.
func TestIdentifiedThatNamesTheCause(t *testing.T) {
	page := "# Incident on 2025-04-02 - Missing audit records in the search cluster\n\n" +
		"- **Key events**\n  - First detected: 2025-04-02 08:40\n  - Resolved 2025-04-03 11:15\n\n" +
		"- **Impact**: Audit records written overnight were missing from the search cluster.\n\n" +
		"- **Context**:\n" +
		"  - 2025-04-02 08:40: Users reported gaps in the audit dashboard.\n" +
		"  - 2025-04-02 09:55: Identified that the new collector release buffers records in memory and discards them when the buffer fills.\n" +
		"  - 2025-04-03 11:15: Incident resolved\n\n" +
		"- **Resolution**:\n" +
		"  - The collector was pinned to the previous release.\n"
	in, err := Extract([]byte(page), "audit.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "buffers records in memory and discards them") {
		t.Errorf("cause %q: want what was identified", in.Cause)
	}
}

// TestPrintedPageCounterHeader: a news page printed to PDF carries the
// browser's header "Site - Title      Page 1 of 3" and "Printed from …" on
// each page; the title is the page's own headline, not the header.
func TestPrintedPageCounterHeader(t *testing.T) {
	page := "The Harrowgate Courier - Tram ticket machines down across the city after payment outage        Page 1 of 2\n" +
		"Printed from harrowgatecourier.example on 12/03/2025\n\n" +
		"TRANSPORT\n\n" +
		"Tram ticket machines down across the city after payment outage\n\n" +
		"Passengers told to board without tickets while the card processor was offline\n\n" +
		"By Imogen Pratt\nPublished: 11 March 2025, 17:05\n\n" +
		"Ticket machines at every tram stop in Harrowgate stopped taking card payments from about 7.40am on Tuesday, the operator said, after its card processor suffered an outage.\n\n" +
		"The Harrowgate Courier - Tram ticket machines down across the city after payment outage        Page 2 of 2\n" +
		"Printed from harrowgatecourier.example on 12/03/2025\n\n" +
		"The machines were taking payments again by 11.20am, the operator said.\n"
	in, err := Extract([]byte(page), "courier.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Tram ticket machines down across the city after payment outage" {
		t.Errorf("title %q, want the page's own headline", in.Title)
	}
}

// TestSocialThreadFurniture: a status thread saved from a social site
// carries "Replying to @handle" over each reply, a row of counts under the
// first post, the stamp under each post and the site's sidebar after the
// last; the title is the first post's, each event is its post at its
// stamp.
func TestSocialThreadFurniture(t *testing.T) {
	for _, line := range []string{"Replying to @PellucidOps", "1,204 Reposts  88 Quotes  2.1K Likes  37 Bookmarks", "New to X?"} {
		if !isDebris(line) {
			t.Errorf("%q is not read as furniture", line)
		}
	}
	for _, line := range []string{"Replying to customers took longer than usual", "Likes and reposts were lost for two hours"} {
		if isDebris(line) {
			t.Errorf("%q is read as furniture", line)
		}
	}
	page := "Pellucid Status\n@PellucidOps\n" +
		"Uploads larger than 20 MB are failing for some customers in the EU region. We're looking into it.\n" +
		"10:14 AM · Jun 3, 2025 · 8,311 Views\n" +
		"64 Reposts  12 Quotes  95 Likes\n\n" +
		"Pellucid Status\n@PellucidOps\nReplying to @PellucidOps\n" +
		"Update: the failing uploads all go through one of our four upload gateways. Engineers are draining it. 2/3\n" +
		"10:41 AM · Jun 3, 2025\n\n" +
		"Pellucid Status\n@PellucidOps\nReplying to @PellucidOps\n" +
		"Resolved: a full disk on that gateway was the cause; it has been cleared and uploads work again as of 11:02 AM UTC. 3/3\n" +
		"11:05 AM · Jun 3, 2025\n\n" +
		"New to X?\nSign up now to get your own personalized timeline!\nCreate account\n" +
		"Relevant people\nPellucid Status @PellucidOps\nOfficial status updates for Pellucid file storage.\n"
	in, err := Extract([]byte(page), "thread.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Published != "2025-06-03" {
		t.Errorf("published %q, want the first post's day", in.Published)
	}
	if !strings.HasPrefix(in.Title, "Uploads larger than 20 MB are failing") {
		t.Errorf("title %q, want the first post's opening", in.Title)
	}
	if len(in.Timeline) < 3 || !strings.HasPrefix(in.Timeline[0].At, "2025-06-03T10:14") || !strings.Contains(in.Timeline[0].Text, "Uploads larger than 20 MB") {
		t.Fatalf("timeline %+v, want each post at its own stamp", in.Timeline)
	}
	if strings.Contains(in.Text, "Official status updates") || strings.Count(in.Text, "@PellucidOps") != 1 || !strings.Contains(in.Text, "Pellucid Status") {
		t.Errorf("text keeps the sidebar or the handles, or lost the author: %q", in.Text)
	}
}

// TestYearlessDayAfterWord: "Last Tuesday, 30 September" names 30
// September; the word before the day is no month.
func TestYearlessDayAfterWord(t *testing.T) {
	if got := monthDays("Last Tuesday, 30 September, our booking pages went down."); len(got) != 1 || got[0] != [2]int{9, 30} {
		t.Errorf("monthDays = %v, want [[9 30]]", got)
	}
	page := "# We locked our bookings table for an hour\n\n" +
		"5 min read · Oct 3, 2025\n\n" +
		"I run the platform team at Quillbrook, a small scheduling company. Last Tuesday, 30 September, our booking pages were down for 47 minutes. This is what happened.\n\n" +
		"## What happened\n\n" +
		"At 14:05 BST a schema change meant for staging ran against production and locked the bookings table. The lock was released at 14:52 BST and pages loaded again.\n"
	in, err := Extract([]byte(page), "post.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2025-09-30T14:05") {
		t.Errorf("started %q, want 2025-09-30T14:05 (the day the opening names)", in.StartedAt)
	}
}

// TestMailHeadersUnderSubject: an RFO sent as an e-mail, its Date header
// under the Subject a day after the outage: the date dates the message,
// it ends nothing.
func TestMailHeadersUnderSubject(t *testing.T) {
	page := "Subject: RFO - Loss of service, Harwick data centre uplink, 4 March 2026\n" +
		"From: Larchmont Networks NOC <noc@larchmont.example>\n" +
		"Date: 5 March 2026 at 09:30:12 GMT\n" +
		"To: Customer Contacts <contacts@customer.example>\n\n" +
		"Dear Customer,\n\n" +
		"What happened\n" +
		"On Wednesday 4 March 2026 at 13:10 GMT, services carried over our Harwick uplink lost connectivity.\n\n" +
		"Reason for outage\n" +
		"A line card in the Harwick aggregation router failed and its standby did not take over.\n\n" +
		"Restoration\n" +
		"Engineers replaced the line card and the last affected circuit was restored at 15:40 GMT.\n"
	in, err := Extract([]byte(page), "rfo.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.EndedAt, "2026-03-04T15:40") || in.DurationMinutes != 150 {
		t.Errorf("ended %q, %d min; want 2026-03-04T15:40, 150 min (the mail's Date is no event)", in.EndedAt, in.DurationMinutes)
	}
	if in.Org != "Larchmont Networks" {
		t.Errorf("org %q, want the sender's company Larchmont Networks", in.Org)
	}
	if in.Published != "2026-03-05" {
		t.Errorf("published %q, want the mail's date 2026-03-05", in.Published)
	}
}

func TestSenderOrg(t *testing.T) {
	for from, want := range map[string]string{
		"Dee Valley Fibre Service Desk <desk@dvf.example>": "Dee Valley Fibre",
		`"Harbor Cloud Status" <status@harbor.example>`:    "Harbor Cloud",
		"Jane Mercer <jane@harbor.example>":                "",
		"noc@harbor.example":                               "",
	} {
		if got := senderOrg(from); got != want {
			t.Errorf("senderOrg(%q) = %q, want %q", from, got, want)
		}
	}
}

// TestFixedUpdateResolves: a thread's "Fixed:" update and "… working
// again" tell that the incident was over; an explanation posted hours
// later is no end.
func TestFixedUpdateResolves(t *testing.T) {
	for _, s := range []string{"Fixed: the bad rule is gone and uploads go through.", "Checkout pages are loading again for everyone."} {
		if !resolvedCue.MatchString(s) {
			t.Errorf("%q is not read as resolved", s)
		}
	}
	if resolvedCue.MatchString("We fixed the rollout order in our tooling.") {
		t.Errorf("a fix in passing read as resolved")
	}
}
