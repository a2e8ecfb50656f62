package extract

import (
	"strings"
	"testing"
)

// TestOffsetAgreesWithAbbreviation: a health dashboard writes its start and
// end with an offset ("9:04:00 AM UTC-7") and its updates with the zone's
// abbreviation ("Mar 12 9:21 AM PDT"); the two are one zone, so a clock an
// update writes without a zone ("returned to normal by 11:26 AM") is in it,
// not in UTC seven hours before the incident began.
func TestOffsetAgreesWithAbbreviation(t *testing.T) {
	doc := "Varnell Cloud Status\n\nOperational issue - Varnell Object Store (Oregon)\n\n" +
		"Service: Varnell Object Store   Status: Resolved   Start time: June 3, 2026 at 2:10:00 PM UTC-7   End time: June 3, 2026 at 4:35:00 PM UTC-7\n\n" +
		"Jun 3 2:32 PM PDT We are investigating elevated error rates for object uploads in the Oregon region.\n\n" +
		"Jun 3 3:15 PM PDT We have identified a faulty storage node pool and are draining traffic from it.\n\n" +
		"Jun 3 4:50 PM PDT Between 2:10 PM and 4:35 PM PDT, uploads to the Oregon region failed intermittently. Engineers drained the faulty node pool, and error rates returned to normal by 4:35 PM. The issue has been resolved.\n"
	evs := eventsAt(t, doc, "varnell.txt", true)
	for at, text := range evs {
		if ts := atTime(at); !ts.IsZero() && ts.Before(atTime("2026-06-03T14:10:00-07:00")) {
			t.Errorf("event at %s (%q) is before the incident's start: a clock without a zone was read in UTC", at, text)
		}
	}
	if st, _ := soleClockZoneOf(doc); st == "" {
		t.Errorf("soleClockZone found no zone in a text whose offsets and abbreviations agree")
	}
	// zones outside North America's families are two unless their
	// offsets agree
	if z, _ := soleClockZoneOf("Start 10:00 UTC, update 10:30 CET, end 11:00 CET"); z != "" {
		t.Errorf("soleClockZone = %q for UTC beside CET, want none", z)
	}
	if z, _ := soleClockZoneOf("Start 10:00 UTC, update 10:30 GMT, end 11:00 UTC+0"); z == "" {
		t.Errorf("soleClockZone found none for UTC beside GMT and UTC+0")
	}
	// offsets that differ are two zones
	if z, _ := soleClockZoneOf("Start 10:00 UTC-5, update 10:30 PDT, end 11:00 UTC-5"); z != "" {
		t.Errorf("soleClockZone = %q for UTC-5 beside PDT (-7), want none", z)
	}
}

func soleClockZoneOf(s string) (string, bool) {
	z := soleClockZone(s)
	return z, strings.TrimSpace(z) != ""
}
