package extract

import (
	"strings"
	"testing"
)

// TestSeal40WidePrint: a press release printed to text at a browser's
// width (about a hundred columns), its paragraphs wrapped there and its
// page footer with the page's address and counter, is read as its
// headline over whole paragraphs: a wrapped line of its body is no title
// (the page was once read as having no text at all).
func TestSeal40WidePrint(t *testing.T) {
	page := `Tamsworth Hosting | Newsroom                                                    09/10/2026, 16:02

   TAMSWORTH HOSTING                              News   Investors   Media contacts   Search



   PRESS RELEASE

   Tamsworth Hosting statement on the interruption to web hosting services in its Leeds facility

   Share this article   in   X   f   ✉

   FOR IMMEDIATE RELEASE

   LEEDS, United Kingdom, 9 October 2026 — Tamsworth Hosting, the managed web hosting company,
   today gave customers an update on the interruption to shared and dedicated hosting services
   that affected websites hosted in its Leeds facility on Thursday 8 October 2026.

   Between 08:05 and 10:35 BST on 8 October, websites and mailboxes hosted on shared and dedicated
   servers in the Leeds facility could not be reached from the internet, and customers could not
   sign in to the hosting control panel. Servers in the company's Sheffield facility kept running
   normally throughout. All services in Leeds have run normally since 10:35 BST.

   "We are sorry for the disruption to our customers and their visitors," said Priya Lal, the
   company's Director of Operations. "We will publish a full account within ten working days."

   About Tamsworth Hosting
   Tamsworth Hosting provides web hosting, e-mail and domains to 60,000 small businesses from
   two facilities in the north of England.

   ###

   © 2026 Tamsworth Hosting Ltd. Privacy | Cookies | Legal
https://www.tamsworth.example/news/2026/10/leeds-interruption-statement                       1/1
`
	in, err := Extract([]byte(page), "/tmp/tamsworth-statement.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Tamsworth Hosting statement on the interruption to web hosting services in its Leeds facility"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-10-08T08:05:00") || !strings.HasPrefix(in.EndedAt, "2026-10-08T10:35:00") {
		t.Errorf("started %q ended %q, want 8 October 08:05 to 10:35 BST", in.StartedAt, in.EndedAt)
	}
	if strings.Contains(in.Text, "1/1") {
		t.Errorf("the page footer's counter is in the text: %.200q", in.Text)
	}
}

// TestSeal40WidePrintFooter: a report printed wide over pages keeps its
// pages' footers ("https://… 2/3") out of its sentences, and a title
// wrapped in two at that width is one line again.
func TestSeal40WidePrintFooter(t *testing.T) {
	page := `Ashby Cloud Post-Incident Review AIR-2026-019
10/2/26, 11:40 AM                                    Object storage errors in lon-2 | Ashby Cloud Docs

Post-Incident Review: Object storage errors for uploads in
lon-2

Incident date: 29 September 2026
Severity: SEV-2

Summary
Between 14:10 and 15:25 BST on 29 September, uploads to Object Storage in lon-2 failed for about
a third of requests with HTTP 500 errors. Downloads kept working and no stored object was lost,
and customers whose uploads failed could retry them once service was back.

Root cause
A change to the metadata service's connection limits, applied at 14:02 BST, set the limit for
each storage node to a tenth of its intended value, and nodes refused new connections from the
upload path once the limit was reached during the afternoon's traffic.
https://docs.ashby.example/pir/AIR-2026-019                                                  1/2
Ashby Cloud Post-Incident Review AIR-2026-019
10/2/26, 11:40 AM                                    Object storage errors in lon-2 | Ashby Cloud Docs
Resolution
We restored the intended limits at 15:12 BST; error rates were back to normal by 15:25 BST, and we
have added a check of connection limits to the change pipeline for the metadata service.
https://docs.ashby.example/pir/AIR-2026-019                                                  2/2
`
	in, err := Extract([]byte(page), "/tmp/ashby-air.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Object storage errors for uploads in lon-2"; !strings.HasSuffix(in.Title, want) {
		t.Errorf("title %q, want it to end %q", in.Title, want)
	}
	for _, f := range []string{in.Summary, in.Cause, in.Impact, in.Remediation} {
		if strings.Contains(f, "docs.ashby.example") || strings.Contains(f, "AIR-2026-019") {
			t.Errorf("a page footer in a field: %q", f)
		}
	}
}
