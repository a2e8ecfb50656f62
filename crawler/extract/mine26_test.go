package extract

import (
	"strings"
	"testing"
)

// Forms met reading the corpus in the 26th stop, each in our own
// fictional text.

// A one-paragraph summary that tells what happened as a chain, with no
// cause word the lexicon weighs, names its cause in the chain's lead;
// one whose lead is the outage itself, what users saw, or a search still
// going on names none.
func TestChainSummaryNamesCause(t *testing.T) {
	cases := []struct{ body, want string }{
		{"Session tokens in a shared Memcached pool became mixed up between tenants, leading to some dashboards showing another tenant's charts.",
			"Session tokens in a shared Memcached pool became mixed up"},
		{"A build was shipped from a stale release branch. This lead to an old schema migration being replayed against the orders database.",
			"A build was shipped from a stale release branch."},
		{"Larchpoint published an incompatible change to its webhook payloads that affected every downstream integration without notice.",
			"Larchpoint published an incompatible change"},
		{"The Mossgrove artifact store became unavailable after two archives with the same checksum were uploaded by a test job.",
			"became unavailable after two archives"},
		{"Checkout at Mossgrove was unavailable for about forty minutes on Friday. This meant that orders placed then were queued.", ""},
		{"We are continuing to look into the checkout failures, which affected most Mossgrove stores on Friday.", ""},
	}
	for _, c := range cases {
		doc := "---\ntitle: Mossgrove incident\ncompany: Mossgrove\n---\n\n" + c.body + "\n"
		in := extractString(t, "mossgrove.md", doc)
		if c.want == "" && in.Cause != "" || c.want != "" && !strings.Contains(in.Cause, c.want) {
			t.Errorf("%q:\n cause %q, want %q", c.body, in.Cause, c.want)
		}
	}
}

// A key-events list and the timeline under it that tell one label twice
// ("Incident declared" in both, "Repaired" beside "Incident repaired") give
// one event, not two, and no label folded twice into the event it marks.
func TestKeyEventLabelsToldTwice(t *testing.T) {
	doc := "# Incident on 2026-02-11 - Build runners down\n\n" +
		"- **Key events**\n" +
		"  - First detected: 2026-02-11 09:12\n" +
		"  - Incident declared: 2026-02-11 09:40\n" +
		"  - Repaired: 2026-02-11 10:05\n\n" +
		"- **Impact**: Builds queued for an hour\n\n" +
		"- **Context**:\n" +
		"  - 2026-02-11 09:12 - Runner pool alerts fired for the Quarrystone build farm\n" +
		"  - 2026-02-11 09:40 - Incident declared\n" +
		"  - 2026-02-11 10:05 - Runners replaced with a fresh image and builds resumed\n" +
		"  - 2026-02-11 10:05 - Incident repaired\n"
	in := extractString(t, "quarrystone.md", doc)
	var at0940, at1005 []string
	for _, ev := range in.Timeline {
		switch {
		case strings.HasPrefix(ev.At, "2026-02-11T09:40"):
			at0940 = append(at0940, ev.Text)
		case strings.HasPrefix(ev.At, "2026-02-11T10:05"):
			at1005 = append(at1005, ev.Text)
		}
	}
	if len(at0940) != 1 {
		t.Errorf("events at 09:40: %q", at0940)
	}
	if len(at1005) != 1 || strings.Count(strings.ToLower(at1005[0]), "repaired") != 1 || !strings.Contains(at1005[0], "Runners replaced") {
		t.Errorf("events at 10:05: %q", at1005)
	}
}

// What a user reported in a timeline ("User reported that the portal is
// down because they could not sign in") is a symptom, not why it failed:
// a resolution that opens by telling what broke gives the cause.
func TestUserReportIsNoCause(t *testing.T) {
	doc := "# Incident on 2026-04-02 - Portal pods restarted\n\n" +
		"- **Impact**: Portal users were signed out for a few minutes\n\n" +
		"- **Context**:\n" +
		"  - 2026-04-02 10:02 - User reported that the Pebblecourt portal is down because they could not sign in\n" +
		"  - 2026-04-02 10:15 - Team found every node of the pool being replaced at once\n" +
		"  - 2026-04-02 10:31 - Portal back up\n\n" +
		"- **Resolution**:\n" +
		"  - A change of the node pool's disk size replaced every node at the same moment, which deleted all portal pods together.\n" +
		"  - The pool will be changed one zone at a time from now on.\n"
	in := extractString(t, "pebblecourt.md", doc)
	if strings.Contains(in.Cause, "could not sign in") || !strings.Contains(in.Cause, "replaced every node at the same moment") {
		t.Errorf("cause %q", in.Cause)
	}
}

// A page of labelled fields and lists with no summary of its own is summed
// up by the first sentence of its impact and of its cause.
func TestComposedSummaryOfFieldPage(t *testing.T) {
	doc := "# Incident on 2026-05-19 - Search index stale\n\n" +
		"- **Key events**\n" +
		"  - First detected 2026-05-19 08:10\n" +
		"  - Resolved 2026-05-19 09:02\n\n" +
		"- **Impact**: Tillerby search results were up to six hours out of date. No data was lost.\n\n" +
		"- **Root cause**: The indexing queue consumer stopped after its credentials were rotated without a restart.\n\n" +
		"- **Resolution**: Restarted the consumer with the new credentials.\n"
	in := extractString(t, "tillerby.md", doc)
	want := "Tillerby search results were up to six hours out of date. The indexing queue consumer stopped after its credentials were rotated without a restart."
	if in.Summary != want {
		t.Errorf("summary %q\nwant    %q", in.Summary, want)
	}
}

// A write-up told in paragraphs with no impact section, whose summary
// (front matter) says nothing of what users met, takes the body's
// sentences that do: one naming the people who met it, what an outage
// named by "this" brought about, and a sentence that goes on with one. A
// recovery told as a consequence ("leading to a drop in errors") is none.
func TestBodyImpactOfParagraphWriteUp(t *testing.T) {
	doc := "---\ntitle: Brightwater ticketing outage\ncompany: Brightwater\n" +
		"summary: A certificate bundle pushed to the edge lacked an intermediate, breaking TLS for the ticketing API.\n---\n\n" +
		"On 14 August 2026 Brightwater's ticketing API stopped accepting connections from most mobile clients.\n\n" +
		"The new bundle was pushed at 17:05 UTC. This caused a 50-minute outage for all passengers buying tickets in the app. " +
		"During this time, the success rate of ticket purchases dropped to 12%.\n\n" +
		"The old bundle was restored at 17:55 UTC, leading to a quick fall in errors.\n\n" +
		"Brightwater now checks every bundle's chain before it is pushed.\n"
	in := extractString(t, "brightwater.md", doc)
	for _, want := range []string{"50-minute outage for all passengers", "success rate of ticket purchases dropped to 12%"} {
		if !strings.Contains(in.Impact, want) {
			t.Errorf("impact lacks %q: %q", want, in.Impact)
		}
	}
	if strings.Contains(in.Impact, "quick fall in errors") {
		t.Errorf("impact holds the recovery: %q", in.Impact)
	}
	if !strongImpact("Passengers were unable to buy tickets in the app.") || strongImpact("Passengers in other regions were not affected.") {
		t.Error("strongImpact of a sentence naming the people who met it, or only those spared")
	}
}

// A full reference link ("[#412][issue-412]") keeps its text alone, also
// when the page defines its label for shortcut links.
func TestFullReferenceLink(t *testing.T) {
	doc := "# Ledgerly sync outage\n\n" +
		"On 3 May 2026 the Ledgerly sync queue stopped draining after its disk filled.\n\n" +
		"We now delete old job logs every night ([#412][issue-412]) and alert at 80% disk ([alerting][]).\n\n" +
		"[issue-412]: https://example.com/ledgerly/issues/412\n" +
		"[alerting]: https://example.com/ledgerly/alerting\n"
	in := extractString(t, "ledgerly.md", doc)
	if strings.Contains(in.Text, "issue-412") || !strings.Contains(in.Text, "every night (#412)") || strings.Contains(in.Text, "[alerting]") {
		t.Errorf("text %q", in.Text)
	}
}

// A section under a heading that names a cause elsewhere ("Context") but
// holds only what the team did, each line opening on a past verb, is no
// cause: the background's "due to" sentence tells it.
func TestActionListIsNoCause(t *testing.T) {
	doc := "# Incident on 2026-06-08 - Cache nodes unavailable\n\n" +
		"- **Background**:\nOn Monday morning Fenmoor's cache nodes failed to start due to an error from the cloud provider: no capacity for the node type in one zone.\n\n" +
		"- **Context**:\n\nConfirmed the issue via the provider console\n\nDeclared an incident in the team channel\n\nRaised a ticket with the provider\n\nRestarted the nodes one by one\n\n" +
		"- **Resolution**:\n* All nodes back up at 17:38\n"
	in := extractString(t, "fenmoor.md", doc)
	if strings.Contains(in.Cause, "Confirmed the issue") || !strings.Contains(in.Cause, "due to an error from the cloud provider") {
		t.Errorf("cause %q", in.Cause)
	}
	if actionsOnly("Confirmed the issue\nRaised a ticket\nThe root cause was a full disk") {
		t.Error("a list naming a cause is not actions only")
	}
}

// Single emphasis marks around words ("an actual *outage*", "the _Helm
// chart_") are dropped from Markdown text; a product, a glob and
// snake_case keep theirs.
func TestSingleEmphasisDropped(t *testing.T) {
	doc := "# Tollgate storage alert\n\n" +
		"No user ever met an actual *outage*, but the _Helm chart_ upgrade left the disk *almost* full.\n\n" +
		"We keep 5 * 3 replicas under *.tollgate.example and tune max_wal_size by hand.\n"
	in := extractString(t, "tollgate.md", doc)
	for _, want := range []string{"an actual outage,", "the Helm chart upgrade", "disk almost full", "5 * 3 replicas", "*.tollgate.example", "max_wal_size"} {
		if !strings.Contains(in.Text, want) {
			t.Errorf("text lacks %q: %q", want, in.Text)
		}
	}
}
