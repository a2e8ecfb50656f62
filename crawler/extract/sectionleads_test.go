package extract

import (
	"strings"
	"testing"
)

// In a write-up told in plain paragraphs, a paragraph that opens "Impact on
// the … community", "Customers faced …" or "This led to <an impact>" is the
// impact; "Corrective actions include …" and "Remediation efforts
// included …" (also inside a paragraph) tell the remediation.
func TestPlainParagraphLeads(t *testing.T) {
	doc := "---\ntitle: Ledgerly ledger node disruption\nsummary: Ledgerly's ledger nodes dropped out after a metadata overload.\n---\n\n" +
		"On May 4, 2025, at 03:10 UTC a brief network blip made every Ledgerly ledger node ask the metadata service for its shard map at once.\n\n" +
		"The root cause was a shard map that had grown fourfold since March, which the metadata service was not provisioned to serve.\n\n" +
		"This led to a peak error rate of about 40% for ledger writes by 03:25 UTC. Other services that read the ledger also saw elevated errors.\n\n" +
		"Customers faced stalled checkouts, with payments queued for up to an hour.\n\n" +
		"Impact on the partner community varied by region; some partners retried and recovered, others dropped their sessions.\n\n" +
		"Corrective actions include adding metadata capacity and rate limiting shard map requests.\n"
	in, err := Extract([]byte(doc), "ledgerly.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"peak error rate of about 40%", "Customers faced stalled checkouts", "Impact on the partner community"} {
		if !strings.Contains(in.Impact, want) {
			t.Errorf("impact %q lacks %q", in.Impact, want)
		}
	}
	if !strings.Contains(in.Remediation, "adding metadata capacity") {
		t.Errorf("remediation %q lacks the corrective actions", in.Remediation)
	}
	if strings.Contains(in.Remediation, "root cause") || strings.Contains(in.Impact, "Corrective") {
		t.Errorf("impact %q / remediation %q hold another section's paragraph", in.Impact, in.Remediation)
	}

	mid := "# Quillon notification delays\n\n" +
		"On June 2, 2025, Quillon's notifications were delayed for two hours.\n\n" +
		"Deploys failed because the builder pulled its base image from a registry hosted in the affected region. Another contributing factor was a feature flag that failed to apply because of a recent tweak. " +
		"Remediation efforts included removing the registry dependency and adding a second SMS provider. " +
		"The incident highlighted how providers fail together.\n"
	if in, err = Extract([]byte(mid), "quillon.md", ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Remediation, "removing the registry dependency") {
		t.Errorf("remediation %q lacks the sentence inside the paragraph", in.Remediation)
	}
}

// A fix told with a causal word ("Restoring writes required widening the
// column, which took hours because …") is no cause; the opening's sentence
// that names a limit hit is, when nothing else states one.
func TestLimitHitIsTheCause(t *testing.T) {
	doc := "# Tallyhub read-only outage\n\n" +
		"In March 2024 a Tallyhub database hit the integer limit, leaving the service in read-only mode.\n\n" +
		"The affected table held the audit log every page writes to. Restoring write access required widening the column on the live primary, which took hours because the table had to be rewritten.\n"
	in, err := Extract([]byte(doc), "tallyhub.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "hit the integer limit") || strings.Contains(in.Cause, "Restoring") {
		t.Errorf("cause %q, want the limit hit and not the fix", in.Cause)
	}
	if !strings.Contains(in.Remediation, "Restoring write access required widening the column") {
		t.Errorf("remediation %q lacks the fix", in.Remediation)
	}
}

// A resolution that names the cause ("We suspect … to be the cause of
// this outage") gives that sentence to the cause.
func TestCauseNamedInResolution(t *testing.T) {
	doc := "# Incident on 2024-11-05\n\n" +
		"- **Key events**\n  - Fault occurs 2024-11-05 09:02\n  - Resolved 2024-11-05 09:58\n\n" +
		"- **Impact**:\n  - The Grafana dashboards were unavailable for everyone.\n\n" +
		"- **Resolution**:\n    We suspect a flapping upstream load balancer to be the cause of this outage. The ingress pods were restarted.\n"
	in, err := Extract([]byte(doc), "incident.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "flapping upstream load balancer") {
		t.Errorf("cause %q lacks the suspected cause", in.Cause)
	}
	if strings.Contains(in.Remediation, "flapping") || !strings.Contains(in.Remediation, "ingress pods were restarted") {
		t.Errorf("remediation %q, want the restart alone", in.Remediation)
	}
}

// "Recovery involved …" opens the remediation, and a sentence that says
// what the company plans ("Readlater plans to …") tells it too.
func TestRecoveryAndPlans(t *testing.T) {
	doc := "# Readlater outage\n\n" +
		"On March 4, 2024, Readlater was down for a day after its database hit a file size limit.\n\n" +
		"The bookmarks table had grown past the limit of its old filesystem, so new saves failed.\n\n" +
		"Recovery involved copying the table to a new volume with a newer filesystem. This took two days.\n"
	in, err := Extract([]byte(doc), "readlater.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Remediation, "copying the table to a new volume") {
		t.Errorf("remediation %q lacks the recovery", in.Remediation)
	}
	plans := "# Tickbook order limit\n\n" +
		"On June 3, 2024, Tickbook capped orders at 50 per day after a surge of automated orders slowed its order gateway.\n\n" +
		"The cap was needed because the gateway queues every order, and it came due to the surge. Tickbook plans to introduce batch orders to ease the limit.\n"
	if in, err = Extract([]byte(plans), "tickbook.md", ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Remediation, "introduce batch orders") {
		t.Errorf("remediation %q lacks the plan", in.Remediation)
	}
}

// The opening's sentence that tells what set the incident off ("This began
// after …", "The incident began when …") leads the cause, also when a
// later paragraph tells more of it.
func TestOpeningTriggerLeadsTheCause(t *testing.T) {
	doc := "# Buildly queue standstill\n\n" +
		"On July 7, 2024, Buildly's build queue came to a standstill. This began after webhook deliveries resumed at triple their usual rate following an upstream outage.\n\n" +
		"The flood of new builds caused severe lock contention in Buildly's main database.\n"
	in, err := Extract([]byte(doc), "buildly.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Cause, "This began after webhook deliveries resumed") || !strings.Contains(in.Cause, "lock contention") {
		t.Errorf("cause %q, want the trigger first, then the contention", in.Cause)
	}
}
