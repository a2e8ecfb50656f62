package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestCountedFailuresAreImpact: a count of what users tried and could not
// do tells what the outage did, whatever failing word it uses; a sentence
// that says what failed inside the system is no impact.
func TestCountedFailuresAreImpact(t *testing.T) {
	for _, c := range []struct {
		sent string
		want data.Section
	}{
		{"About 41,000 booking attempts failed during those 82 minutes.", data.SectionImpact},
		{"Roughly 12% of API requests returned errors while the pool was drained.", data.SectionImpact},
		{"Around 3,500 card payments were rejected before the fallback took over.", data.SectionImpact},
		{"故障期间约 1.2 万笔订单支付失败。", data.SectionImpact},
		{"The disk on the primary failed and the replica was promoted.", ""},
		{"Two of the three etcd members failed after the certificate expired.", ""},
		{"The nightly job failed because 3 of 5 replicas were down.", data.SectionCause},
	} {
		if got := cueSection(c.sent); got != c.want {
			t.Errorf("cueSection(%q) = %q, want %q", c.sent, got, c.want)
		}
	}
}

// TestEmphasisedByline: a post's byline set in emphasis under its title is
// no summary, and its date is the post's.
func TestEmphasisedByline(t *testing.T) {
	for _, line := range []string{
		"*Published 4 March 2026 by Teodor Blum, Platform Lead*",
		"_Posted on 2 May 2025 by the SRE team_",
		"**Updated 16 Nov 2025, 11:05 GMT**",
	} {
		if !byline.MatchString(line) {
			t.Errorf("byline.MatchString(%q) = false", line)
		}
	}
	page := `# What went wrong with invoice exports on 3 March

*Published 4 March 2026 by Teodor Blum, Platform Lead*

On Tuesday 3 March, between 09:05 and 10:20 UTC, customers of Quillmoor could not export invoices, and scheduled exports were skipped. About 2,300 export jobs failed during those 75 minutes. We are sorry for the trouble.

### The short version

An engineer applied a storage quota meant for the test bucket to the production export bucket, and every export write was refused once the quota was reached.

### What we are changing

- Quotas are now set through reviewed change requests only.
`
	in, err := Extract([]byte(page), "quillmoor-exports.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Summary, "Published") {
		t.Errorf("summary holds the byline: %q", in.Summary)
	}
	if in.Published != "2026-03-04" {
		t.Errorf("published = %q, want 2026-03-04", in.Published)
	}
	if strings.Contains(in.Cause, "export jobs failed") || !strings.Contains(in.Impact, "export jobs failed") {
		t.Errorf("the count of failed jobs is impact, not cause: cause %q, impact %q", in.Cause, in.Impact)
	}
}

// TestServiceOperationalEnds: a timeline row that says the service is
// operational again ends the outage, not a later row of follow-up work;
// "got affected" tells the impact.
func TestServiceOperationalEnds(t *testing.T) {
	page := "# Gateway header change broke sign-in\n\n## Summary\n\n" +
		"We moved the edge gateway to a new release. A changed default dropped the forwarded-proto header, so the sign-in redirect looped. This meant that every app behind single sign-on got affected. The change was rolled back.\n\n" +
		"## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n| --- | --- |\n" +
		"| 2025-05-14 07:10 | New gateway release rolled out. |\n| 2025-05-14 07:41 | Support reports sign-in loops. |\n" +
		"| 2025-05-14 08:02 | Rollback performed. |\n| 2025-05-14 08:04 | Service operational. |\n" +
		"| 2025-05-14 09:30 | Review with the identity team started. |\n"
	in, err := Extract([]byte(page), "gateway.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.EndedAt != "2025-05-14T08:04:00Z" {
		t.Errorf("ended_at %q, want the row that says the service is operational", in.EndedAt)
	}
	if !strings.Contains(in.Impact, "got affected") {
		t.Errorf("impact %q", in.Impact)
	}
}
