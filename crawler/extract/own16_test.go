package extract

import (
	"slices"
	"strings"
	"testing"
)

// A write-up whose opening dates the incident without a clock time ("On
// May 9, 2022, Larkfield's …") and states the outage's range with clock
// times in a later paragraph ("between 09:14 and 10:02 a.m. PDT"): the
// range's end, added as an event of its own, comes from prose as its
// start does, so the write-up still has no timeline of its own and the
// opening is the event of its day.
func TestDatedOpeningStaysWithARangeStatedLater(t *testing.T) {
	doc := "---\ntitle: Larkfield checkout disruption\n---\n\n" +
		"On May 9, 2022, Larkfield's payment gateway suffered a broad disruption, mostly in the card authorisation service.\n\n" +
		"The root cause was a connection pool that a configuration push had shrunk to two connections.\n\n" +
		"Shoppers could not pay for their orders between 09:14 a.m. and 10:02 a.m. PDT.\n\n" +
		"Engineers restored the previous pool size and added a lower bound to the configuration check.\n"
	in := extractString(t, "larkfield.md", doc)
	found := false
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2022-05-09") && strings.Contains(ev.Text, "suffered a broad disruption") {
			found = true
		}
	}
	if !found {
		t.Errorf("no event of the dated opening: %+v", in.Timeline)
	}
}

// A sentence that opens by naming the incident with a demonstrative or
// a plural ("This incident impacted …", "These outages led to …", "The
// problem affected …") and tells what it touched is the impact, as "The
// outage affected …" was, though it names no users nor errors.
func TestThisIncidentImpactedIsImpact(t *testing.T) {
	for _, c := range []struct{ sent, want string }{
		{"This incident impacted most of Pellmark's shops, including the loyalty desk, gift cards and the returns counter.", "This incident impacted most of"},
		{"These outages led to a two-day backlog of parcel labels across every depot in the north.", "These outages led to a two-day backlog"},
		{"The problem affected every shipping label printed in the northern depots that week.", "The problem affected every shipping label"},
	} {
		doc := "---\ntitle: Pellmark label service outages\n---\n\n" +
			"On August 14, 2023, Pellmark's label service stopped printing for most of the afternoon.\n\n" +
			"The root cause was a font cache that filled the disk of the print server.\n\n" +
			c.sent + "\n\n" +
			"Engineers moved the cache to its own volume and added an alert on its size.\n"
		in := extractString(t, "pellmark.md", doc)
		if !strings.Contains(in.Impact, c.want) {
			t.Errorf("%q: impact %q", c.sent, in.Impact)
		}
		if strings.Contains(in.Cause, c.want) {
			t.Errorf("%q: cause %q", c.sent, in.Cause)
		}
	}
}

// A write-up whose summary stands apart (front matter) and whose opening
// paragraph goes on to say what the incident touched ("This incident
// impacted most of …") has told its impact there, before the later
// paragraph of what customers met.
func TestOpeningSaysWhatTheIncidentTouched(t *testing.T) {
	doc := "---\ntitle: Dunmore ticketing outage\nsummary: A schema change locked the seat table and stalled ticket sales for two hours.\n---\n\n" +
		"On June 2, 2021, Dunmore's ticketing platform suffered a long stall of its seat reservation service. " +
		"This incident impacted most of Dunmore's box offices, including the mobile app, the kiosks and the partner resellers.\n\n" +
		"The root cause was a schema change that took a lock on the seat table during the evening peak.\n\n" +
		"Customers experienced failed checkouts between 18:10 and 20:05 BST.\n\n" +
		"Engineers cancelled the change and added a lock timeout to the migration tool.\n"
	in := extractString(t, "dunmore.md", doc)
	if !strings.Contains(in.Impact, "This incident impacted most of") {
		t.Errorf("impact %q", in.Impact)
	}
	if !strings.Contains(in.Impact, "Customers experienced failed checkouts") {
		t.Errorf("impact lost the customers' sentence: %q", in.Impact)
	}
}

// "e.g." and "i.e." close no sentence: the words after them go on with it
// ("The problem affected many areas, e.g. checkout and invoicing."), so a
// sentence picked for a section keeps its examples.
func TestLatinAbbreviationsCloseNoSentence(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"The problem affected many areas, e.g. checkout and invoicing. Staff saw it first.",
			[]string{"The problem affected many areas, e.g. checkout and invoicing.", " Staff saw it first."}},
		{"Only one pool failed, i.e. the one in Frankfurt. The rest held.",
			[]string{"Only one pool failed, i.e. the one in Frankfurt.", " The rest held."}},
		{"Some tools broke (E.g. the ticket export). Others did not.",
			[]string{"Some tools broke (E.g. the ticket export).", " Others did not."}},
		{"We saw it at the edge, i.e.", []string{"We saw it at the edge, i.e."}},
		{"The glue.g. Then more.", []string{"The glue.g.", " Then more."}},
	} {
		if got := splitSentences(c.line); !slices.Equal(got, c.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	doc := "---\ntitle: Harrowgate billing slowdown\n---\n\n" +
		"On March 3, 2022, Harrowgate's billing platform slowed down for most of the day.\n\n" +
		"The root cause was a report query that scanned the whole invoice table every minute.\n\n" +
		"The problem affected many areas, e.g. checkout, invoicing and the partner portal, for about six hours.\n\n" +
		"Engineers disabled the report and added an index.\n"
	in := extractString(t, "harrowgate.md", doc)
	if !strings.Contains(in.Impact, "checkout, invoicing and the partner portal") {
		t.Errorf("impact %q", in.Impact)
	}
}
