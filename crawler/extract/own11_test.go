package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// An opening paragraph that tells what the outage did and then, in its
// second sentence, what set it off ("The incident was triggered when …",
// "The outage was caused by …"): that sentence leads the cause, before
// the root-cause paragraph that follows, as "The incident began when …"
// does.
func TestOpeningTriggeredSentenceLeadsCause(t *testing.T) {
	for _, c := range []struct{ name, opening, want string }{
		{"when", "Around June 2nd, 2024, most Tallowby plugins stopped loading for desktop users. The incident was triggered when the key used to sign plugin bundles expired, so clients rejected every bundle.",
			"The incident was triggered when the key used to sign plugin bundles expired"},
		{"by", "On June 2, 2024, the Tallowby plugin store was unreachable for two hours. The outage was caused by a DNS record that a cleanup script removed from the store's zone.",
			"The outage was caused by a DNS record that a cleanup script removed"},
	} {
		doc := "---\ntitle: Tallowby plugin outage\nsummary: Plugins stopped loading for most users.\n---\n\n" +
			c.opening + "\n\n" +
			"The root cause was identified as a gap in the release checklist, which never tested how clients behave once a key or record is gone.\n\n" +
			"To remediate the issue, a new bundle was pushed to every client and the checklist was extended.\n"
		in := extractString(t, "tallowby-"+c.name+".md", doc)
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("%s: cause %q", c.name, in.Cause)
		}
		if !strings.Contains(in.Cause, "a gap in the release checklist") {
			t.Errorf("%s: cause lost the root cause: %q", c.name, in.Cause)
		}
	}
}

// An opening that gives a range of clock times with no year to put them
// on ("On June 13, … from 9:16 PM to 11:16 PM PDT"), under a front-matter
// summary that gives none: the range still tells how long it lasted.
func TestOpeningClockRangeWithoutYearGivesLength(t *testing.T) {
	doc := "---\ntitle: Ferrule queue service disruption on March 3\nsummary: A storage shelf lost power and the queue service stopped taking writes.\n---\n\n" +
		"On March 3, the Ferrule queue service in the West Region was unavailable for writes from 4:05 PM to 5:35 PM PST. Reads kept working throughout.\n\n" +
		"The disruption began when a storage shelf lost power in one facility, and the queue nodes on it could not hand their partitions over in time.\n\n" +
		"To prevent a repeat, partitions now move to a standby shelf before a node is declared lost.\n"
	in := extractString(t, "ferrule.md", doc)
	if in.DurationMinutes != 90 {
		t.Errorf("duration %d, want 90 (started %q)", in.DurationMinutes, in.StartedAt)
	}
}

// What users met told as a service left unusable or users kept from
// something ("rendering the app unusable", "prevented customers from
// signing in") is the impact, and joins the opening's impact sentence.
func TestUnusableIsImpact(t *testing.T) {
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The failed sync left the editor unusable for most teams.", true},
		{"The stuck login service prevented customers from signing in to their dashboards.", true},
		{"Stale tokens prevented users from saving drafts for an hour.", true},
	} {
		if got := cueSection(c.sent) == data.SectionImpact; got != c.want {
			t.Errorf("%q: impact %v, want %v", c.sent, got, c.want)
		}
	}
	doc := "---\ntitle: Quaywise login incident\nsummary: A cache flush overloaded the session store.\n---\n\n" +
		"On April 8, 2024, Quaywise experienced an incident where many users were unable to sign in. The main symptom was a failing session handshake, which prevented users from loading their boards, rendering Quaywise unusable.\n\n" +
		"The incident was set off by a cache flush during routine maintenance, which sent every session lookup to the store at once.\n\n" +
		"To resolve the issue, engineers throttled logins and warmed the cache before lifting the limit.\n"
	in := extractString(t, "quaywise.md", doc)
	if !strings.Contains(in.Impact, "rendering Quaywise unusable") {
		t.Errorf("impact %q", in.Impact)
	}
}
