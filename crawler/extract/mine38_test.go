package extract

import (
	"strings"
	"testing"
)

// TestPlainParagraphsSymptomAndPlans: a write-up in plain paragraphs whose
// first "core issue" paragraph tells how the trouble showed itself ("The
// core issue manifested as …") before another names the root cause keeps
// the symptom out of the cause; its remediation is read from the
// sentences that say what was done and what will be ("The primary
// remediation involved …", "Future prevention efforts include …") even
// when they stand inside paragraphs about other things.
func TestPlainParagraphsSymptomAndPlans(t *testing.T) {
	doc := "---\ntitle: Quillmere builds stuck in queue after cluster upgrade\ncompany: Quillmere\n---\n\n" +
		"On June 3, 2025, at approximately 09:10 UTC, Quillmere customers saw builds wait in the queue for up to forty minutes. The incident lasted until 13:40 UTC the same day and stemmed from a cluster upgrade still under way.\n\n" +
		"The core issue manifested as timeouts between the scheduler and the build agents across the main production cluster. Engineers first looked at the service mesh sidecars and the internal resolver before the load balancer pool was identified as the source.\n\n" +
		"The root cause was a health check path that the upgraded agents no longer served, so the load balancer marked two thirds of the agents unhealthy and sent every build to the remaining third.\n\n" +
		"The incident delayed every customer build and caused some webhooks to time out. The primary remediation involved restoring the old health check path on the agents, after which the pool filled again within minutes.\n\n" +
		"Quillmere found that the upgrade runbook did not cover health check paths. Future prevention efforts include checking health endpoints in the upgrade's canary stage and alerting on the share of healthy agents.\n"
	in := extractString(t, "quillmere.md", doc)
	if strings.Contains(in.Cause, "manifested as") {
		t.Errorf("cause %q holds the symptom paragraph", in.Cause)
	}
	if !strings.Contains(in.Cause, "health check path") {
		t.Errorf("cause %q, want the root cause paragraph", in.Cause)
	}
	if !strings.Contains(in.Remediation, "restoring the old health check path") || !strings.Contains(in.Remediation, "Future prevention efforts include") {
		t.Errorf("remediation %q, want the restore and the prevention plans", in.Remediation)
	}
	for _, c := range []struct {
		para string
		want bool
	}{
		{"The problem first surfaced as a rise in 502 responses at the edge.", true},
		{"问题最初表现为部分用户无法登录，随后扩散到全部用户。", true},
		{"The core issue was a stale health check path.", false},
		{"问题的根源是一次错误的配置变更。", false},
	} {
		if got := symptomLead.MatchString(c.para); got != c.want {
			t.Errorf("symptomLead(%q) = %v, want %v", c.para, got, c.want)
		}
	}
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The primary remediation involved a rollback of the agents.", true},
		{"The main mitigation was to drain the region.", true},
		{"Future prevention efforts include a canary for health checks.", true},
		{"Long-term reliability work includes splitting the pool.", true},
		{"The primary issue was a stale health check.", false},
		{"Future releases include a new dashboard.", false},
	} {
		if got := remediationLead.MatchString(c.sent); got != c.want {
			t.Errorf("remediationLead(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}
