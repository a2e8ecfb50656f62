package extract

import "testing"

// TestUpdateSinceWhenSeen: a status page's first update that says since
// when the trouble is seen ("… fail with error code E_502 since about
// 09:05 CET"), before it was posted, began then; a "since" that tells a
// recovery ("working normally since 08:20") is no start.
func TestUpdateSinceWhenSeen(t *testing.T) {
	page := func(first string) string {
		return "Quenby Pay — System Status\nHome  Developers  Status\n\nRefund requests failing\nIncident · Payments API\n\n" +
			"Resolved — 3 Mar 2026, 11:20 CET\nThe fix has been deployed and refunds are processed again. A detailed report will follow.\n\n" +
			"Update — 3 Mar 2026, 10:15 CET\nWe have found the fault: the release of the refunds service contained a bug in how it read the currency field. We are preparing a fix.\n\n" +
			"Investigating — 3 Mar 2026, 09:40 CET\n" + first + " We are investigating.\n\n" +
			"Subscribe to updates · Quenby Pay Ltd.\n"
	}
	for _, c := range []struct{ first, want string }{
		{"Some merchants are seeing refund requests fail with error code E_502 since about 09:05 CET.", "2026-03-03T09:05:00+01:00"},
		{"Refund requests have been failing since 09:12 CET for some merchants.", "2026-03-03T09:12:00+01:00"},
		{"Card payments have been working normally since 08:20 CET, but some refund requests fail.", "2026-03-03T09:40:00+01:00"},
	} {
		in, err := Extract([]byte(page(c.first)), "quenby.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.StartedAt != c.want {
			t.Errorf("%q: started %s, want %s", c.first, in.StartedAt, c.want)
		}
	}
}
