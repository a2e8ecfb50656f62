package extract

import (
	"strings"
	"testing"
)

// eventsAt maps each event's time to its text.
func eventsAt(t *testing.T, doc, name string, txt bool) map[string]string {
	t.Helper()
	var evs = extractString
	if txt {
		evs = extractTxt
	}
	out := map[string]string{}
	for _, ev := range evs(t, name, doc).Timeline {
		out[ev.At] = ev.Text
	}
	return out
}

// TestClauseRangeEnds: a sentence of the impact that states a range from
// a time already told ("unavailable … between 02:50 and 09:28 UTC") gives
// the range's end as an event when no sentence tells what happened then,
// and a clause after a complete range ("from 02:50 to 07:17 UTC, with
// some seeing errors until 18:44 UTC") is an event of its own. A
// sentence that does tell the end ("All queues were drained at 09:28
// UTC") keeps it.
func TestClauseRangeEnds(t *testing.T) {
	doc := "# Quarry Cloud eu-north outage of March 2027\n\n" +
		"On March 4, 2027, at approximately 02:50 UTC, Quarry Cloud customers in eu-north experienced degraded access to their clusters. The incident began during a routine patch of the coordination service.\n\n" +
		"The root cause was a loss of quorum in the coordination layer after two of its hosts were replaced at once.\n\n" +
		"Customer impact included partial or complete unavailability for hosted deployments between 02:50 and 09:28 UTC. " +
		"Console access was disrupted from 02:50 to 07:17 UTC, with some customers seeing degraded dashboards until 18:44 UTC.\n\n" +
		"Remediation involved re-establishing quorum by shedding client load.\n"
	evs := eventsAt(t, doc, "quarry.md", false)
	for at, want := range map[string]string{
		"2027-03-04T09:28:00Z": "between 02:50 and 09:28 UTC",
		"2027-03-04T07:17:00Z": "from 02:50 to 07:17 UTC",
		"2027-03-04T18:44:00Z": "until 18:44 UTC",
	} {
		if !strings.Contains(evs[at], want) {
			t.Errorf("event at %s = %q, want the sentence with %q (events %v)", at, evs[at], want, evs)
		}
	}
	if strings.HasSuffix(evs["2027-03-04T07:17:00Z"], ",") {
		t.Errorf("event text %q keeps the comma its clause was cut at", evs["2027-03-04T07:17:00Z"])
	}
	told := strings.Replace(doc, "Remediation involved", "All deployments were serving again at 09:28 UTC. Remediation involved", 1)
	if got := eventsAt(t, told, "quarry.md", false)["2027-03-04T09:28:00Z"]; !strings.HasPrefix(got, "All deployments were serving again") {
		t.Errorf("event at 09:28 = %q, want the sentence that tells it", got)
	}
}

// TestRangeDateAfterWeekday: a range whose date comes after its end,
// with the weekday ("Between 21:14 and 22:49 GMT on Wednesday 4 March"),
// is on that date at both ends, not on the day of the e-mail that
// reported it.
func TestRangeDateAfterWeekday(t *testing.T) {
	doc := "**Today's Topics:**\n\n1. Outage report: web hosting unreachable in Leeds (Wensley NOC)\n\n* * *\n\n" +
		"Message: 1\nDate: Thu, 5 Mar 2026 10:42:18 +0000\nFrom: Wensley NOC <noc@wensley.example>\nSubject: [Ops] Outage report: web hosting unreachable in Leeds\n\nDear customers,\n\n" +
		"Between 21:14 and 22:49 GMT on Wednesday 4 March, websites on our shared hosting platform in the Leeds data centre could not be reached. Email was not affected.\n\n" +
		"The cause was a firmware fault on one of the two core switches, and the second switch did not take over because its failover timer had been left at a test value.\n"
	in := extractString(t, "wensley.md", doc)
	if !strings.HasPrefix(in.StartedAt, "2026-03-04T21:14") || !strings.HasPrefix(in.EndedAt, "2026-03-04T22:49") {
		t.Errorf("span %s – %s, want 2026-03-04 21:14 – 22:49", in.StartedAt, in.EndedAt)
	}
}
