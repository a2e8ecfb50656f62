package extract

import (
	"strings"
	"testing"
)

// A news page printed to text in a narrow column: its masthead is set in
// columns (the paper's name and address far apart) and repeated at every
// page's top, over a breadcrumb, and its pages are numbered "- 1 -". The
// masthead runs on into nothing, and the title is the headline.
func TestPrintedMastheadNotTitle(t *testing.T) {
	doc := `ASHCOMBE COURIER                                  ashcombecourier.example
News / Technology / Business

Ticket machines down at every Ashcombe station
for the morning rush

By Tom Pellow | 3 March 2026 | 3 min read

Share  Tweet  Email

Ticket machines at all 14 stations on the Ashcombe
line were out of service from 6.20am until 9.50am
on Tuesday, after a certificate used by the payment
terminals expired overnight, the operator said.

Passengers were allowed to board without tickets
and buy them on arrival.

- 1 -
ASHCOMBE COURIER                                  ashcombecourier.example

The operator said the certificate had been due for
renewal in February and that an alert about it had
gone to a mailbox nobody read.

- 2 -
`
	in, err := Extract([]byte(doc), "ashcombe-courier.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ticket machines down at every Ashcombe station for the morning rush"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	if strings.Contains(in.Summary, "COURIER") || strings.Contains(in.Summary, "News / Technology") {
		t.Errorf("summary %q holds the masthead", in.Summary)
	}
}

// A news lede that only blames "a glitch in a software update" is
// followed, in the cause, by the story's sentence that says what the
// glitch was.
func TestVagueBlameGetsMechanism(t *testing.T) {
	doc := `Parcel lockers across Wexley stay shut after update

By Jo Marsh · Friday 6 March 2026, 08:00 GMT

Lockbay, which runs more than 900 parcel lockers in the Wexley region, has blamed a glitch in a software update for an outage that left customers unable to collect parcels for most of Thursday.

The lockers stopped accepting collection codes at 07:40 GMT on 5 March, shortly after Lockbay pushed new firmware to them overnight. According to a statement from the company, the new firmware read the date in the wrong format, so every collection code looked expired and was refused.

Engineers rolled the firmware back from 15:10 GMT and all lockers were working again by 16:30 GMT.

Lockbay said it would test firmware on a small group of lockers before sending it to all of them.
`
	in, err := Extract([]byte(doc), "lockbay-news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "read the date in the wrong format") {
		t.Errorf("cause %q, want the sentence that says what the glitch was", in.Cause)
	}
	for _, c := range []struct {
		cause string
		want  bool
	}{
		{"The company blamed a technical issue for the outage.", true},
		{"The company blamed an expired certificate for the outage.", false},
		{"The company blamed a bug in its billing code for the outage.", false},
		{"The outage began at 07:40.", false},
	} {
		if got := vagueBlame(c.cause); got != c.want {
			t.Errorf("vagueBlame(%q) = %v, want %v", c.cause, got, c.want)
		}
	}
}
