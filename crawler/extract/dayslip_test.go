package extract

import (
	"strings"
	"testing"
)

// TestDaySlips: a run of timeline entries whose written date falls back
// weeks behind the entry above, while their clocks run on from it, in the
// write-up of the day the title names, is a mistyped date: it moves onto
// that day. An entry that goes back in time with its clock too (an earlier
// cause told after the fact, at an earlier hour) keeps its date.
func TestDaySlips(t *testing.T) {
	page := "# 2024-09-17: Schedule import broke\n\n## Summary\n\nA schema change removed the old input format while our loaders still sent it.\n\n" +
		"## Timeline\n\n_(All times UTC.)_\n\n" +
		"### 2024-09-17 10:02\n\nAlerts about a high error rate on the import API.\n\n" +
		"### 2024-09-17 10:09\n\nThe error rate stays high.\n\n" +
		"### 2024-09-04 10:20\n\nThe on-call engineer ties the errors to the schema change.\n\n" +
		"### 2024-09-04 10:31\n\nThe change is reverted and the error rate drops back to zero.\n\n" +
		"### 2024-09-04 13:05\n\nA fixed loader is deployed and the migration completed.\n\n" +
		"### 2024-09-03 09:40\n\nThe schema change had been merged two weeks before.\n"
	in, err := Extract([]byte(page), "import.md", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range in.Timeline {
		got = append(got, ev.At)
	}
	want := []string{"2024-09-03T09:40:00Z", "2024-09-17T10:02:00Z", "2024-09-17T10:09:00Z", "2024-09-17T10:20:00Z", "2024-09-17T10:31:00Z", "2024-09-17T13:05:00Z"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("timeline\n got %v\nwant %v", got, want)
	}
	if in.EndedAt != "2024-09-17T10:31:00Z" {
		t.Errorf("ended_at %q, want when the errors dropped back to zero", in.EndedAt)
	}
	// a history of several incidents, newest first, names no day in its
	// title: its entries go back in time on purpose
	history := "# Service history\n\n## Timeline\n\n" +
		"### 2024-09-17 10:02\n\nImport API errors. Resolved at 10:40.\n\n" +
		"### 2024-09-04 11:15\n\nLogin delays. Resolved at 11:50.\n"
	in, err = Extract([]byte(history), "history.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2024-09-17T11:15") {
			t.Errorf("a history's older entry moved: %+v", in.Timeline)
		}
	}
}
