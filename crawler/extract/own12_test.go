package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// A day written before its clock time with only a comma between them
// ("operational by May 9, 08:58 UTC", "resolved by May 10, 06:25 UTC") is
// that time's day, as "May 9 at 08:58 UTC" is: the events fall on the
// later days the write-up names, not on the day the story began.
func TestDayCommaClockIsThatDay(t *testing.T) {
	doc := "---\ntitle: Pellwick ingestion outage May 2024\n---\n\n" +
		"On May 8, 2024, at 04:00 UTC, Pellwick lost connectivity between its collectors and the ingestion tier in two regions. " +
		"Initial recovery began by 07:40 UTC, with most services operational by 15:10 UTC on May 8. " +
		"All services were operational by May 9, 08:58 UTC, and the incident was fully resolved, including backfill, by May 10, 06:25 UTC.\n\n" +
		"The root cause was a kernel package update that removed the collectors' routes.\n"
	in := extractString(t, "pellwick.md", doc)
	want := map[string]string{"2024-05-09T08:58": "All services were operational", "2024-05-10T06:25": "fully resolved"}
	wantEvents(t, in.Timeline, want)
	if !strings.HasPrefix(in.EndedAt, "2024-05-10T06:25") {
		t.Errorf("ended %q, want 2024-05-10T06:25", in.EndedAt)
	}
}

// "mitigated the issue by …", "fixed the problem by …" tell how the outage
// was ended, as "mitigated by …" does: a remediation cue.
func TestMitigatedTheIssueByIsRemediation(t *testing.T) {
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Engineers mitigated the issue by moving traffic to the standby queue and adding capacity to the token service.", true},
		{"The on-call team fixed the problem by rolling the gateway back to the previous build.", true},
		{"The storage team resolved the outage by restarting the metadata leaders one at a time.", true},
	} {
		if got := cueSection(c.sent) == data.SectionRemediation; got != c.want {
			t.Errorf("%q: remediation %v, want %v", c.sent, got, c.want)
		}
	}
}

// A paragraph of a write-up without headings that opens by telling how
// the team ended the outage ("Engineering teams mitigated the issue by
// …") is its remediation, with one cue as with the passive "The issue
// was mitigated by …".
func TestParagraphMitigatedTheIssueByLeadsRemediation(t *testing.T) {
	doc := "---\ntitle: Brantle queue degradation\n---\n\n" +
		"On June 3, 2024, the Brantle queue service in one region returned elevated errors for three hours.\n\n" +
		"The root cause was an uneven spread of partitions after a routine deployment, which left a few hosts with most of the load.\n\n" +
		"Engineering teams mitigated the issue by shedding load from batch consumers and adding hosts to the partition pool. Further limits were set on partitions per host.\n"
	in := extractString(t, "brantle.md", doc)
	if !strings.Contains(in.Remediation, "mitigated the issue by shedding load") {
		t.Errorf("remediation %q", in.Remediation)
	}
}

// A range whose ends each write their day before the clock time with a
// comma ("from May 4, 05:35 UTC, to May 5, 22:09 UTC") is one event at
// its start, on the start's day; and a day with its year before the time
// ("on May 4, 2024, at 06:00 UTC") is that time's day even after a later
// day was named.
func TestDayCommaClockRangeAndYear(t *testing.T) {
	doc := "---\ntitle: Osterly mail relay outage\n---\n\n" +
		"Osterly experienced a significant outage from May 4, 05:35 UTC, to May 5, 22:09 UTC, which delayed most outgoing mail.\n\n" +
		"All queues were drained by May 6, 09:10 UTC.\n\n" +
		"The root cause was a relay configuration push on May 4, 2024, at 05:30 UTC that halved the connection pool.\n"
	in := extractString(t, "osterly.md", doc)
	want := map[string]string{"2024-05-04T05:35": "significant outage", "2024-05-06T09:10": "All queues were drained", "2024-05-04T05:30": "relay configuration push"}
	wantEvents(t, in.Timeline, want)
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.TimeText, "22:09") {
			t.Errorf("the range's end is an event of its own: %+v", ev)
		}
	}
}

// A write-up that tells no impact but whose cause sentence ends in what
// it left users with (", leaving the service in read-only mode", ",
// causing the checkout API to go down for 40 minutes"): that clause is
// the impact.
func TestCauseConsequenceClauseIsImpactWhenNoneTold(t *testing.T) {
	for _, c := range []struct{ sent, want string }{
		{"In March 2021 a ledger table ran out of sequence numbers, leaving the service in read-only mode.", "leaving the service in read-only mode"},
		{"A malformed rate-limit rule was pushed to every edge node, causing the checkout API to go down for 40 minutes.", "causing the checkout API to go down for 40 minutes"},
	} {
		doc := "---\ncompany: Hollin\n---\n\n" + c.sent + "\n"
		in := extractString(t, "hollin.md", doc)
		if !strings.Contains(in.Impact, c.want) {
			t.Errorf("impact %q, want %q (cause %q)", in.Impact, c.want, in.Cause)
		}
	}
}

// wantEvents fails the test unless, for each time prefix, some event at
// that time holds the text.
func wantEvents(t *testing.T, timeline []data.TimelineEvent, want map[string]string) {
	t.Helper()
	for at, text := range want {
		found := false
		for _, ev := range timeline {
			if strings.HasPrefix(ev.At, at) && strings.Contains(ev.Text, text) {
				found = true
			}
		}
		if !found {
			t.Errorf("no event at %s with %q: %+v", at, text, timeline)
		}
	}
}
