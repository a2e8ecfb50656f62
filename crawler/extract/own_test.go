package extract

import (
	"strings"
	"testing"
)

// A length told in several units ("2d 1h 29m") counts every unit, and a
// Chinese numeral before 小时 is a length like a digit.
func TestCompoundDurations(t *testing.T) {
	for _, tc := range []struct {
		text, lang string
		want       int
	}{
		{"Time to repair: 55m\nTime to resolve: 2d 1h 29m\n", "en", 2*24*60 + 60 + 29},
		{"Time to resolve: 3h 5m", "en", 185},
		{"- First detected 2025-01-07 09:36\n- Resolved 2025-01-09 12:09\nTime to repair: 1h 37m\nTime to resolve: 2d 1h 29m\nIdentified: via alerts", "en", 2*24*60 + 60 + 29},
		{"Outage duration: 1 day, 2 hours and 10 minutes", "en", 24*60 + 130},
		{"在两个小时的停机后，Kumo 云公布了原因。", "zh", 120},
		{"约 3 小时的中断", "zh", 180},
	} {
		if got := statedDuration(tc.text, tc.lang); got != tc.want {
			t.Errorf("%q: %d minutes, want %d", tc.text, got, tc.want)
		}
	}
}

// Front matter that gives the start and end in UTC does not take the zone
// away from a body that states the same instants in its own ("8:10am PDT"
// is 15:10Z): the times stay as the write-up tells them.
func TestFrontMatterKeepsTextZone(t *testing.T) {
	doc := "---\ntitle: Parcelhub label API outage\nstart_time: 2019-05-14T15:10:00Z\nend_time: 2019-05-14T17:45:00Z\ncompany: Parcelhub\n---\n\n" +
		"On May 14, 2019, at 8:10am PDT, the Parcelhub label API began returning errors. " +
		"The queue was drained by 10:45am PDT and the API recovered.\n"
	in, err := Extract([]byte(doc), "parcelhub.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2019-05-14T08:10:00-07:00" || in.EndedAt != "2019-05-14T10:45:00-07:00" {
		t.Errorf("started %q ended %q, want 08:10 to 10:45 -07:00", in.StartedAt, in.EndedAt)
	}
	// a front matter instant the text does not state stays as it is
	other := strings.Replace(doc, "end_time: 2019-05-14T17:45:00Z", "end_time: 2019-05-14T18:30:00Z", 1)
	if in, err = Extract([]byte(other), "parcelhub.md", ""); err != nil {
		t.Fatal(err)
	}
	if in.EndedAt != "2019-05-14T18:30:00Z" {
		t.Errorf("ended %q, want the front matter's 18:30Z", in.EndedAt)
	}
}
