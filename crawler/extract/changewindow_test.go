package extract

import "testing"

// TestChangeWindowNotOutage: a status page's closing update that tells
// when the change that caused the outage was rolled out ("rolled out
// between 06:10 and 06:40 UTC") states the change's window, not the
// outage's: the outage began when the first update says ("Errors started
// at around 06:25 UTC") and ended when the closing update says the error
// rates were normal by ("error rates were normal by 08:05 UTC"), not when
// it was posted.
func TestChangeWindowNotOutage(t *testing.T) {
	page := "Pelham Status\nSubscribe to updates   Support\n\nElevated errors for the Images API in eu-central-1\nIncident Report for Pelham\n\n" +
		"Resolved\nThis incident has been resolved. A change to the request size limit of the Images API gateway, rolled out between 06:10 and 06:40 UTC, lowered it from 20 MB to 2 MB. Uploads larger than 2 MB were rejected with 413 errors. The previous value was restored at 07:50 UTC and error rates were normal by 08:05 UTC.\nPosted Mar 12, 2026 - 08:45 UTC\n\n" +
		"Identified\nThe issue has been identified as uploads rejected as too large. We are working on a fix.\nPosted Mar 12, 2026 - 07:20 UTC\n\n" +
		"Investigating\nWe are seeing elevated 413 errors for the Images API and are investigating. Errors started at around 06:25 UTC.\nPosted Mar 12, 2026 - 06:58 UTC\n\n" +
		"Powered by Atlassian Statuspage\n"
	in, err := Extract([]byte(page), "pelham.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "2026-03-12T06:25:00Z"; in.StartedAt != want {
		t.Errorf("started %s, want %s", in.StartedAt, want)
	}
	if want := "2026-03-12T08:05:00Z"; in.EndedAt != want {
		t.Errorf("ended %s, want %s", in.EndedAt, want)
	}
}
