package extract

import (
	"strings"
	"testing"
)

// TestYearWrappedOnNextLine checks that a date whose year a printed page
// wrapped onto the next line ("… 01:25 UTC on 15 January" / "2027,
// customers in …") is one line again, while a line that merely ends on a
// month over a line that opens with a number is left as it is.
func TestYearWrappedOnNextLine(t *testing.T) {
	for _, c := range []struct {
		line, next string
		want       bool
	}{
		{"Between 22:40 UTC on 14 March 2027 and 01:25 UTC on 15 March", "2027, customers in Oslo experienced failures when resolving names.", true},
		{"The platform was unavailable from 09:10 UTC on March 15,", "2027 until the evening, when the replicas caught up.", true},
		{"Engineers replaced 15 disks in March", "2027 will bring the new storage fleet online in every region.", false},
		{"Traffic peaked at 15 March", "4000 requests per second were rejected by the gateway.", false},
	} {
		if got := splitDate(c.line, c.next); got != c.want {
			t.Errorf("splitDate(%q, %q) = %v, want %v", c.line, c.next, got, c.want)
		}
	}
	text := "Between 22:40 UTC on 14 March 2027 and 01:25 UTC on 15 March\n2027, customers in Oslo experienced failures when resolving names in private DNS zones from virtual machines."
	if got := unwrapLines(text); strings.Contains(got, "\n2027,") {
		t.Errorf("unwrapLines left the year on its own line:\n%s", got)
	}
}
