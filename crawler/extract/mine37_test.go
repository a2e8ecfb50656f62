package extract

import (
	"strings"
	"testing"
)

// TestHeadinglessSectionsAfterCause: a write-up in plain paragraphs (no
// headings; its title in front matter) keeps reading its paragraphs after
// the one that names the root cause: a paragraph counting who was hit
// ("the maximum potential impact involved 412 customers") is the impact,
// one telling what the team did on detecting the trouble ("Upon detecting
// the activity, Larchfield Security revoked …") is the remediation, and
// "Contributing factors included …" is the cause even without an article.
func TestHeadinglessSectionsAfterCause(t *testing.T) {
	doc := "---\ntitle: Larchfield support contractor account misuse\ncompany: Larchfield\n---\n\n" +
		"On May 4, 2025, an intruder used a stolen password to sign in to the help-desk console of a contractor that answers Larchfield's phone support. The access went on until May 7, 2025.\n\n" +
		"Upon detecting the unusual sign-ins, Larchfield Security revoked the contractor's sessions, reset the account's password and disabled console access for the whole contractor team on May 7, 2025. Larchfield also shared the intruder's addresses with the contractor, who then hired a forensic firm to investigate the breach.\n\n" +
		"The root cause was a shared console password that the contractor kept in a spreadsheet on a file share without access control.\n\n" +
		"Our review determined that the maximum potential impact involved 412 customers, about 1.8% of our customer base, whose tickets were opened by the contractor's agents during the three-day compromise window. The intruder's actions were constrained by the limited rights of the agent role, preventing actions like deleting users or exporting the customer database.\n\n" +
		"Contributing factors included console accounts shared by several agents, no second factor on the contractor's sign-in, and alerts on foreign sign-ins that went to an unread mailbox.\n"
	in := extractString(t, "larchfield.md", doc)
	if !strings.Contains(in.Impact, "412 customers") {
		t.Errorf("impact %q, want the paragraph counting customers", in.Impact)
	}
	if !strings.Contains(in.Remediation, "revoked the contractor's sessions") {
		t.Errorf("remediation %q, want what Security did on detecting it", in.Remediation)
	}
	if !strings.Contains(in.Cause, "shared console password") || !strings.Contains(in.Cause, "Contributing factors included") {
		t.Errorf("cause %q, want the root cause and the contributing factors", in.Cause)
	}
	if strings.Contains(in.Cause, "412 customers") || strings.Contains(in.Impact, "revoked") {
		t.Errorf("sections mixed: impact %q cause %q", in.Impact, in.Cause)
	}

	// counted impact in its usual forms; a sentence about who was spared
	// or a count of something else is none
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Approximately 1,200 customers were affected.", true},
		{"About 2% of users were impacted during the window.", true},
		{"At its peak, approximately 0.4% of API requests to Tallow were affected.", true},
		{"The impact was limited to 40 tenants in the eu-west region.", true},
		{"Customers in other regions were not affected.", false},
		{"We added 3 new servers to the pool.", false},
	} {
		if got := strongImpact(c.sent); got != c.want {
			t.Errorf("strongImpact(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestTaskLengthIsNoOutageLength: how long a task takes ("a 6 GB index
// taking over an hour to replicate") is not how long the outage lasted;
// the time it took to bring the service back is.
func TestTaskLengthIsNoOutageLength(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Replication grew slow as the catalogue grew, with a 6 GB index taking over an hour to replicate to 14 servers. A switch change then made the whole shop unreachable for several minutes.", 0},
		{"A full build was taking about 40 minutes to compile on the old runners.", 0},
		{"The database failed over at 09:12 and it took over an hour to restore service to all regions.", 60},
		{"The outage lasted about 45 minutes to the dismay of our users.", 45},
	} {
		if got := statedDuration(c.text, "en"); got != c.want {
			t.Errorf("statedDuration(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
