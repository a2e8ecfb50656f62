package extract

import (
	"strings"
	"testing"
)

// A clock written with a dot after an ISO date ("Incident declared
// 2024-06-03 09.42", as British and European write-ups write their
// times) is that day's clock time, and the key event it dates is an
// event; a version, a per cent or an hour past 23 after a date is no
// clock (and, as before, no stamp: a date followed by a number).
func TestDottedClockAfterISODate(t *testing.T) {
	for _, c := range []struct {
		s          string
		hour, min  int
		clock, any bool
	}{
		{"2024-06-03 09.42", 9, 42, true, true},
		{"2024-06-03 9.05 Engineers restarted the queue", 9, 5, true, true},
		{"2024-06-03 23.59", 23, 59, true, true},
		{"2024-06-03 11.50.2 was released", -1, -1, false, false},
		{"2024-06-03 12.50% of requests failed", -1, -1, false, false},
		{"2024-06-03 25.10", -1, -1, false, false},
	} {
		st, _, ok := parseStamp(c.s, "en")
		if ok != c.any {
			t.Errorf("%q: ok %v", c.s, ok)
			continue
		}
		if c.clock && (st.hour != c.hour || st.min != c.min) {
			t.Errorf("%q: clock %d:%d, want %d:%d", c.s, st.hour, st.min, c.hour, c.min)
		}
		if !c.clock && ok && st.hour >= 0 {
			t.Errorf("%q: read a clock %d:%d", c.s, st.hour, st.min)
		}
	}
	doc := "---\ntitle: Incident on 2024-06-03 - Payroll exports failing\n---\n\n" +
		"# Incident on 2024-06-03 - Payroll exports failing\n\n" +
		"- **Key events**\n" +
		"  - First detected 2024-06-03 09:31\n" +
		"  - Incident declared 2024-06-03 09.42\n" +
		"  - Repaired 2024-06-03 10:15\n" +
		"  - Resolved 2024-06-03 10.27\n\n" +
		"- **Time to repair**: 44m\n\n" +
		"- **Impact**: Payroll teams at Brackenfold could not export the monthly files.\n\n" +
		"- **Resolution**:\n" +
		"  - The export job's expired service account key was rotated.\n"
	in := extractString(t, "brackenfold.md", doc)
	for _, want := range []struct{ at, text string }{{"2024-06-03T09:42", "Incident declared"}, {"2024-06-03T10:27", "Resolved"}} {
		found := false
		for _, ev := range in.Timeline {
			if strings.HasPrefix(ev.At, want.at) && strings.Contains(ev.Text+ev.TimeText, want.text) {
				found = true
			}
		}
		if !found {
			t.Errorf("no event %s %q: %+v", want.at, want.text, in.Timeline)
		}
	}
}

// A paragraph that opens with what customers met ("Customer impact
// included …") and goes on to what was done ("The immediate remediation
// was …", "Mitigation involved …") gives that sentence to the remediation,
// not the impact; the impact keeps its first sentence.
func TestRemedyOutOfImpactParagraph(t *testing.T) {
	for _, c := range []struct{ sent, head string }{
		{"The immediate remediation was the rollback of the proxy configuration on both routers.", "The immediate remediation was the rollback"},
		{"Mitigation involved failing over the ticket database to the standby in Leeds.", "Mitigation involved failing over"},
	} {
		doc := "---\ntitle: Harrowgate Tickets outage on March 3, 2024\n---\n\n" +
			"On March 3, 2024, Harrowgate Tickets was unavailable for 14 minutes, from 18:02 to 18:16 UTC.\n\n" +
			"The root cause was a proxy configuration change that dropped every request to the booking service.\n\n" +
			"Customer impact included a complete outage of ticket sales on the website and the mobile app. " + c.sent + "\n\n" +
			"Corrective actions include a canary stage for proxy configuration changes and a synthetic booking check.\n"
		in := extractString(t, "harrowgate.md", doc)
		if strings.Contains(in.Impact, c.head) {
			t.Errorf("%q: impact %q", c.sent, in.Impact)
		}
		if !strings.Contains(in.Impact, "Customer impact included a complete outage") {
			t.Errorf("%q: impact lost its first sentence: %q", c.sent, in.Impact)
		}
		if !strings.Contains(in.Remediation, c.head) || !strings.Contains(in.Remediation, "Corrective actions include") {
			t.Errorf("%q: remediation %q", c.sent, in.Remediation)
		}
	}
}

// A resolution's step that tells what was found to have set the outage
// off ("It was found that the deploy tool also reads DEPLOY_ENV, causing
// …", "We discovered that the cache key left out the region, which led
// to …") is the cause's, not a step of the repair; a finding with no
// causal word ("We found that a restart cleared it") stays.
func TestFindingInResolutionIsCause(t *testing.T) {
	for _, c := range []struct{ sent, want string }{
		{"It was found that the deploy tool also reads DEPLOY_ENV, causing the release to reach the production cluster.", "causing the release to reach the production cluster"},
		{"We discovered that the cache key left out the region, which led to prices of one country being shown in another.", "which led to prices of one country"},
	} {
		doc := "---\ntitle: Incident on 2024-02-12 - Wrong prices on the Tollbridge shop\n---\n\n" +
			"# Incident on 2024-02-12 - Wrong prices on the Tollbridge shop\n\n" +
			"- **Key events**\n  - First detected 2024-02-12 10:04\n  - Resolved 2024-02-12 10:51\n\n" +
			"- **Impact**: Shoppers saw prices of the wrong country for 47 minutes.\n\n" +
			"- **Resolution**:\n" +
			"  - The previous release was rolled back on every shop node.\n" +
			"  - " + c.sent + "\n" +
			"  - A check of the release target was added to the pipeline.\n"
		in := extractString(t, "tollbridge.md", doc)
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("%q: cause %q", c.sent, in.Cause)
		}
		if strings.Contains(in.Remediation, c.want) || !strings.Contains(in.Remediation, "rolled back") {
			t.Errorf("%q: remediation %q", c.sent, in.Remediation)
		}
	}
	if foundWhy("We found that a restart of the workers cleared the queue.") {
		t.Error("a finding with no causal word read as a cause")
	}
}

// A write-up whose summary stands apart (front matter) and whose opening
// goes on with what the failure brought its users ("This resulted in
// customers receiving 502 errors …", "This caused players to be
// disconnected …") has told its impact there, though a later paragraph
// gave one too.
func TestOpeningConsequenceForUsersJoinsImpact(t *testing.T) {
	for _, c := range []struct{ sent, want string }{
		{"This resulted in customers receiving 502 errors for requests served by the gateway, impacting the checkout, the catalogue and the loyalty service.", "customers receiving 502 errors"},
		{"This caused players to be disconnected from matches served by the gateway, impacting ranked play, chat and the store.", "players to be disconnected"},
	} {
		doc := "---\ntitle: Fernhollow gateway outage of June 2023\nsummary: Fernhollow's gateway had issues resulting in impact to several services. The root cause was a faulty proxy rule.\n---\n\n" +
			"On June 7, 2023, at 14:05 UTC, the Fernhollow gateway experienced issues with its proxy tier. " + c.sent + " Engineers were alerted at 14:12 UTC and reverted the rule, which resolved the errors by 14:31 UTC.\n\n" +
			"Following the initial impact, rule changes by customers were suspended from 14:30 UTC until 15:40 UTC to prevent recurrence. During this period, customers were unable to change their routing rules. Normal service was fully restored by 15:40 UTC.\n\n" +
			"The incident was caused by a latent bug in the rule compiler that could, in rare instances, emit an empty rule set.\n\n" +
			"Fernhollow engineers mitigated the issue by restoring the previous rule set. Remediation efforts include a check of compiled rule sets before they are pushed.\n"
		in := extractString(t, "fernhollow.md", doc)
		if !strings.Contains(in.Impact, c.want) {
			t.Errorf("%q: impact %q", c.sent, in.Impact)
		}
	}
}
