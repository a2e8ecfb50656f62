package extract

import (
	"strings"
	"testing"
)

// A news story printed from a browser and read back as text, set in a
// narrow column (lines of 40 to 50 characters, the story's sentences
// broken across them): its paragraphs are read whole, so that the cause
// is a whole sentence, the summary the story's lede and the byline's
// time no event.
func TestNarrowColumnPrint(t *testing.T) {
	text := `03/11/2026, 09:40                Ferry bookings down for a morning after payment change | The Caldbeck Gazette

THE CALDBECK GAZETTE
News   Sport   Business   Travel   Subscribe
Travel > Ferries

Ferry bookings down for a morning after
payment change

By Rhona Pettigrew
Travel correspondent
Monday 2 November 2026 17:15 GMT

Travellers to the islands were unable to
book ferry crossings online or at the
harbour kiosks for about four hours on
Sunday after a change to the operator's
booking system went wrong.

Skerry Ferries said its website, app and
kiosks began refusing card payments at
about 07:50 on 1 November. Staff at the
harbour took bookings by phone.

In a statement on Monday, the company said
the fault lay with "an update to our card
payment settings", made overnight while its
booking system was moved to a new data
centre. The update sent card payments to a
sandbox payment gateway instead of the live
one, so every payment was refused.
Engineers put the setting back and bookings
returned to normal at 11:55, it said.

"We apologise to everyone whose travel was
disrupted," said the operator's director.

https://www.caldbeckgazette.example/travel/2026/nov/02/skerry-bookings           1/1
`
	in, err := Extract([]byte(text), "caldbeck-print.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "card payment settings") {
		t.Errorf("cause %q: want the company's statement, its sentence whole", in.Cause)
	}
	if !strings.HasPrefix(in.EndedAt, "2026-11-01T11:55") {
		t.Errorf("ended %q, want 2026-11-01 11:55 (the byline's time is when the story was posted)", in.EndedAt)
	}
	if !strings.HasPrefix(in.Summary, "Travellers to the islands were unable to book ferry crossings online") {
		t.Errorf("summary %q, want the lede whole", in.Summary)
	}
}

// A status page's history saved as text: a day over an incident whose
// updates each end with their own day and clock ("Mar 4, 16:40 CET"). The
// closing update keeps its time, and its "since 16:12" ends the incident;
// the day above is no event of its own.
func TestHistoryDayOverSelfDatedUpdates(t *testing.T) {
	text := `Keldholme Maps · System Status
All Systems Operational
Subscribe to updates

Past Incidents

Mar 5, 2026
No incidents reported today.

Mar 4, 2026

Map tiles failing to load in Europe
Resolved - A fix has been rolled out and map tiles have loaded normally since 16:12 CET. A change to our tile cache's eviction settings, shipped this morning, evicted tiles as soon as they were written, so every request went to the renderers, which could not keep up. We have reverted the change.
Mar 4, 16:40 CET
Identified - We have found a recent change to our tile cache and are reverting it.
Mar 4, 15:05 CET
Investigating - Map tiles are failing to load for many users in Europe since around 13:50 CET.
Mar 4, 14:20 CET

Mar 3, 2026

Slow search suggestions
Resolved - Search suggestions are back to normal.
Mar 3, 10:05 CET
Investigating - Search suggestions are slow.
Mar 3, 09:30 CET

Powered by Statuspage
`
	in, err := Extract([]byte(text), "keldholme-history.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-03-04T13:50") || !strings.HasPrefix(in.EndedAt, "2026-03-04T16:12") {
		t.Errorf("span %s – %s, want 2026-03-04 13:50 – 16:12 CET", in.StartedAt, in.EndedAt)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-03-04T00:00") {
			t.Errorf("the day over the incident is an event: %+v", ev)
		}
	}
}

// A story's byline, the writer's role under it, then the time it was
// posted: that time is when the story went up, no event of the outage.
func TestBylineRoleThenPostedTime(t *testing.T) {
	text := "Ferry bookings down for a morning after payment change\n\nBy Rhona Pettigrew\nTravel correspondent\nMonday 2 November 2026 17:15 GMT\n\nTravellers could not book ferry crossings online on Sunday. Skerry Ferries said its kiosks began refusing card payments at about 07:50 on 1 November. Bookings returned to normal at 11:55, it said, after engineers reverted a change to its payment settings.\n"
	in, err := Extract([]byte(text), "ferry.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-11-02T17:15") {
			t.Errorf("the byline's time is an event: %+v", ev)
		}
	}
	if len(in.Timeline) < 2 {
		t.Errorf("timeline %+v, want the story's two times", in.Timeline)
	}
}
