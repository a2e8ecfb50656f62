package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// g18Event reports whether a timeline has an event at a time that starts
// with at whose text or time holds text.
func g18Event(in *data.Incident, at, text string) bool {
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, at) && strings.Contains(ev.Text+ev.TimeText, text) {
			return true
		}
	}
	return false
}

// A range whose end names its day after it ("between 3:47 PM CET and
// 11:21 PM CET on October 17, 2020") dates its start by that day too,
// not by the day after the last event; a range over midnight ("from 23:40
// to 01:10 UTC on 4 March") keeps its start undated by it.
func TestRangeEndDayDatesItsStart(t *testing.T) {
	for _, c := range []struct {
		rest      string
		h, m      int
		month, dd int
		ok        bool
	}{
		{" and 11:21 PM CET on October 17, 2020, were lost.", 15, 47, 10, 17, true},
		{" to 14:40 UTC on 3 May", 13, 5, 5, 3, true},
		{" – 09:30 on March 2nd", 8, 0, 3, 2, true},
		{" to 01:10 UTC on 4 March", 23, 40, 0, 0, false},
		{" and 11:21 PM CET, on the same page", 15, 47, 0, 0, false},
		{" and then on October 17", 15, 47, 0, 0, false},
	} {
		d, ok := rangeEndDay(c.rest, stamp{year: -1, month: 0, day: 0, hour: c.h, min: c.m}, "en")
		if ok != c.ok || ok && (d.month != c.month || d.day != c.dd) {
			t.Errorf("%q: %v %d-%d, want %v %d-%d", c.rest, ok, d.month, d.day, c.ok, c.month, c.dd)
		}
	}
	doc := "---\ntitle: Ledgerly ledger table dropped\nstart_time: 2023-05-09T20:10:00Z\n---\n\n" +
		"On May 9, 2023, at approximately 9:10 PM BST, the production ledger table of Ledgerly was dropped by a migration run against the wrong host.\n\n" +
		"Any entries written between 2:05 PM BST and 9:10 PM BST on May 9, 2023, were lost, as the nightly backup had been taken at 2:05 PM.\n\n" +
		"Within 40 minutes, by 9:50 PM BST, the service was brought back online from that backup.\n"
	in := extractString(t, "ledgerly", doc)
	for _, want := range []struct{ at, text string }{{"2023-05-09T14:05", "Any entries written"}, {"2023-05-09T21:50", "brought back online"}} {
		if !g18Event(in, want.at, want.text) {
			t.Errorf("no event %s %q: %+v", want.at, want.text, in.Timeline)
		}
	}
}

// A range that looks back to an earlier day ("From 14:18 to 16:52 CEST on
// 22 April", told in an update of the 23rd) is dated by its day, and the
// text goes on in the day it was in: the next time without a day is the
// 23rd's.
func TestRangeEndDayLookBack(t *testing.T) {
	doc := "---\ntitle: Corvane zone b connectivity\n---\n\n" +
		"On 23 April 2025 at 10:12 CEST we published this update on the Corvane status page.\n\n" +
		"From 14:18 to 16:52 CEST on 22 April, instances in zone b lost their network connectivity after a controller's routes were withdrawn.\n\n" +
		"At 10:40 CEST we closed the support ticket and credited affected customers.\n"
	in := extractString(t, "corvane", doc)
	for _, want := range []struct{ at, text string }{{"2025-04-22T14:18", "lost their network connectivity"}, {"2025-04-23T10:40", "closed the support ticket"}} {
		if !g18Event(in, want.at, want.text) {
			t.Errorf("no event %s %q: %+v", want.at, want.text, in.Timeline)
		}
	}
}

// What users met told as the failure's consequence ("…, causing customers
// across Europe to see 503 error pages") or as what those who signed in
// found ("… found themselves logged in as another user") is the impact;
// "Customers began to see recovery" is not.
func TestUsersToSeeErrorsIsImpact(t *testing.T) {
	doc := "---\ntitle: Pellora checkout outage of March 2024\nsummary: A bad rule in the edge proxy took down checkout for 40 minutes.\n---\n\n" +
		"On March 5, 2024, Pellora experienced an outage lasting 40 minutes, from 09:10 UTC to 09:50 UTC. The incident began when an engineer pushed a new routing rule to the edge proxy. Pellora's checkout and payment pages became unavailable, causing customers across Europe to see 503 error pages.\n\n" +
		"The root cause was a routing rule that matched every path and sent all requests to a drained pool.\n\n" +
		"When the rule was reverted, customers who had started a payment during the outage found themselves charged without an order confirmation.\n\n" +
		"In response, Pellora added a check that refuses a rule matching every path, and now rolls out routing rules region by region.\n"
	in := extractString(t, "pellora", doc)
	for _, want := range []string{"to see 503 error pages", "found themselves charged"} {
		if !strings.Contains(in.Impact, want) {
			t.Errorf("impact lacks %q: %q", want, in.Impact)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The outage caused customers in Asia to see errors when paying.", true},
		{"During the outage, anyone who signed in saw a blank profile.", true},
		{"Customers began to see recovery by 12:30 PM JST.", false},
		{"Users expect to see their order history.", false},
	} {
		if got := usersSaw.MatchString(c.s); got != c.want {
			t.Errorf("usersSaw(%q) = %v", c.s, got)
		}
	}
}
