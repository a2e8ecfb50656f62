package extract

import "testing"

// TestNewsLedeDaySaidOn: a news story's lede that names the day its
// source spoke ("said on Thursday that …") before the day of the outage
// ("… the outage that stopped its trains on Tuesday") dates the outage by
// the second; a lede that names only the day it was said still dates the
// story by it.
func TestNewsLedeDaySaidOn(t *testing.T) {
	page := func(lede string) string {
		return "THE VALLEY POST\n\nNews  Business  Tech  Sport\n\nTrain operator blames signalling supplier for ticket outage\n\n" +
			"By Jonas Albright · Published October 23, 2026, 8:00 a.m. ET\n\n" + lede + "\n\n" +
			"The outage began at about 7:20 a.m. Eastern and lasted nearly three hours. Ticket machines at every station showed an error screen and conductors could not check mobile tickets. Service was restored at about 10:15 a.m.\n\n" +
			"The supplier said a software update to its booking servers had been applied to the live system by mistake.\n\n© 2026 The Valley Post\n"
	}
	for _, c := range []struct{ lede, start string }{
		{"Harrowgate Rail said on Thursday that a fault at its ticketing supplier caused the outage that stopped ticket sales on Tuesday.", "2026-10-20T07:20:00-04:00"},
		{"Harrowgate Rail said on Tuesday that a fault at its ticketing supplier had stopped ticket sales across its network.", "2026-10-20T07:20:00-04:00"},
	} {
		in, err := Extract([]byte(page(c.lede)), "valley-post.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.StartedAt != c.start {
			t.Errorf("%q: started %s, want %s", c.lede, in.StartedAt, c.start)
		}
	}
}
