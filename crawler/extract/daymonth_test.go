package extract

import (
	"strings"
	"testing"
)

// A day and month without a year, before or after the clock, is a time:
// notices written day first ("21:40 13 May – Maintenance begins",
// "14 May 00:38"). A number before a word that only opens like a month
// is not.
func TestDayMonthWithoutYear(t *testing.T) {
	for _, c := range []struct {
		in         string
		month, day int
		hour, min  int
		year       int
		rest       string
	}{
		{"21:40 13 May – Maintenance begins", 5, 13, 21, 40, -1, " – Maintenance begins"},
		{"00:38 14 May – Previous policy restored", 5, 14, 0, 38, -1, " – Previous policy restored"},
		{"07:05 2 September 2024 - Paged", 9, 2, 7, 5, 2024, " - Paged"},
		{"14 May 00:38 – all customers recover", 5, 14, 0, 38, -1, " – all customers recover"},
		{"3 Sept – a follow-up review", 9, 3, -1, -1, -1, " – a follow-up review"},
		{"22 December, 9:15 pm — queues drained", 12, 22, 21, 15, -1, " — queues drained"},
	} {
		st, n, ok := parseStamp(c.in, "en")
		if !ok {
			t.Errorf("%q: not read", c.in)
			continue
		}
		if st.month != c.month || st.day != c.day || st.hour != c.hour || st.min != c.min || st.year != c.year || strings.TrimSpace(c.in[n:]) != strings.TrimSpace(c.rest) {
			t.Errorf("%q: %d-%d %d:%d year %d, rest %q", c.in, st.month, st.day, st.hour, st.min, st.year, c.in[n:])
		}
	}
	for _, s := range []string{"2 marketing teams were paged", "12 mayors signed", "3 decks of slides"} {
		if st, n, ok := parseStamp(s, "en"); ok && st.month >= 0 {
			t.Errorf("%q read as month %d (%q)", s, st.month, s[:n])
		}
	}
	if st, n, ok := parseStamp("21:40 12 hosts restarted", "en"); ok && (st.month >= 0 || strings.Contains(s0(n, "21:40 12 hosts restarted"), "12")) {
		t.Errorf("a clock before a count: %+v, %d", st, n)
	}
}

func s0(n int, s string) string { return s[:n] }

// A notice's timeline of rows "HH:MM D Month – event" is read row by row,
// across midnight.
func TestDayFirstRowsTimeline(t *testing.T) {
	doc := "Reason for Outage: transit loss for customers in the Linden market\nIssued 12 June 2025\n\n" +
		"From 22:10 PDT on 9 June to 01:05 PDT on 10 June, customers in the Linden market lost internet transit.\n\n" +
		"Event timeline (all times PDT)\n\n" +
		"21:50 9 June – Maintenance begins on the LND1 edge router\n" +
		"22:10 9 June – New filters committed; customer prefixes withdrawn\n" +
		"22:40 9 June – NOC opens a major incident\n" +
		"01:05 10 June – Previous filters restored; all customers recover\n"
	in, err := Extract([]byte(doc), "rfo.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) < 4 {
		t.Fatalf("%d events: %+v", len(in.Timeline), in.Timeline)
	}
	last := in.Timeline[len(in.Timeline)-1]
	if !strings.HasPrefix(last.At, "2025-06-10T01:05") && !strings.Contains(last.At, "-06-10T01:05") {
		t.Errorf("last event at %q", last.At)
	}
	if in.DurationMinutes != 175 {
		t.Errorf("duration %d, want 175 (22:10 to 01:05)", in.DurationMinutes)
	}
}
