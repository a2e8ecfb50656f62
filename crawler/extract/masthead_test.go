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
