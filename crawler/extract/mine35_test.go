package extract

import (
	"strings"
	"testing"
)

// TestResavedDate: an archive's copy of a post carries the date it was
// copied (source_published_at 2026) while the post's address dates it
// 2019; the write-up's date, and so the year it is filed under, is the
// address's. A metadata date within a year of the address's stays.
func TestResavedDate(t *testing.T) {
	page := func(url, at string) string {
		return "---\nurl: " + url + "\ntitle: Engineering Blog\ncompany: Larkspur\n" +
			"source_published_at: " + at + "\n---\n\n" +
			"A schema migration locked the orders table for forty minutes and checkout failed for every customer.\n"
	}
	for _, c := range []struct{ url, at, want string }{
		{"https://eng.larkspur.example/blog/2019/04/11/orders-table-lock/", "2026-03-17T08:00:03-07:00", "2019-04-11"},
		{"https://larkspur.example/posts/incident-summary-2019-04-11-a1b2c3", "2022-06-01T10:00:00Z", "2019-04-11"},
		{"https://eng.larkspur.example/blog/2019/04/11/orders-table-lock/", "2019-04-12T08:00:00Z", "2019-04-12"},
		{"https://eng.larkspur.example/blog/orders-table-lock/", "2026-03-17T08:00:03Z", "2026-03-17"},
	} {
		in, err := Extract([]byte(page(c.url, c.at)), "copy.md", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Published != c.want {
			t.Errorf("%s dated %s: published %q, want %q", c.url, c.at, in.Published, c.want)
		}
	}
	// the address is used only when the metadata has a date to compare
	if got := resavedDate("", "https://x.example/2019/04/11/a/"); got != "" {
		t.Errorf("resavedDate with no metadata date = %q", got)
	}
}

// TestSafeguardPurposeIsNoFix: what a safeguard was there for ("a check
// that was meant to prevent corruption") tells how the failure got
// through, not what was done about it; a sentence that adds a safeguard
// stays a fix.
func TestSafeguardPurposeIsNoFix(t *testing.T) {
	for _, c := range []struct {
		text string
		fix  bool
	}{
		{"An upgrade silently disabled a check that was meant to prevent schema corruption in running replicas.", false},
		{"The rate limiter, which was designed to protect the ledger from bursts, had been switched off during the migration.", false},
		{"一次升级悄悄关闭了本应阻止错误配置下发的校验。", false},
		{"We added a check to prevent schema corruption in running replicas.", true},
		{"为防止类似问题再次发生，我们新增了配置下发前的校验。", true},
	} {
		if got := cueSection(c.text) == "remediation"; got != c.fix {
			t.Errorf("%q: read as a fix %v, want %v", c.text, got, c.fix)
		}
	}
}

// TestLongSentenceTitleCutAtClause: a write-up with no title of its own is
// named by its first sentence; one too long for a title is cut before a
// clause that tells what followed, not a word or two into its subject.
func TestLongSentenceTitleCutAtClause(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"While rotating the credentials of the reporting cluster an engineer removed the primary replica set by mistake causing four hours of failed exports for every tenant.",
			"While rotating the credentials of the reporting cluster an engineer removed the primary replica set by mistake"},
		{"The Fernhill package mirror, a cache configured to deduplicate blobs by digest, became unavailable after two uploads with the same digest but different content were accepted.",
			"The Fernhill package mirror, a cache configured to deduplicate blobs by digest, became unavailable"},
	} {
		in, err := Extract([]byte(c.text+"\n"), "note.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Title != c.want {
			t.Errorf("title %q, want %q", in.Title, c.want)
		}
	}
}

// TestOriginatedFromIsCause: "The incident originated from …" and "…
// stems from …" tell where the failure began: the paragraph is the cause.
func TestOriginatedFromIsCause(t *testing.T) {
	page := "On 9 March 2026, starting at 04:10 UTC, 212 Quillfeather customers lost access to their workspaces for up to three days.\n\n" +
		"The incident originated from a cleanup task meant to remove an unused reporting add-on. A mix-up in the ticket led the team to pass workspace identifiers instead of add-on identifiers to the cleanup script.\n\n" +
		"Quillfeather is adding a soft-delete period for every workspace and a confirmation step to the cleanup tooling.\n"
	in, err := Extract([]byte(page), "quillfeather.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "originated from a cleanup task") {
		t.Errorf("cause %q, want the paragraph that says where the incident originated", in.Cause)
	}
	for _, s := range []string{"The delays stem from a queue that was sized for last year's traffic.", "这次延迟源于去年容量规划时低估的队列长度。"} {
		if cueSection(s) != "cause" {
			t.Errorf("%q: cue section %q, want cause", s, cueSection(s))
		}
	}
}

// TestImpactLeavesTheFix: a paragraph that tells the impact and ends on
// what the company is changing ("Quillfeather is adding …") gives that
// last sentence to the remediation only, not to both fields.
func TestImpactLeavesTheFix(t *testing.T) {
	page := "The Quillfeather sync outage of 9 March 2026\n\n" +
		"On 9 March 2026, starting at 04:10 UTC, workspace sync failed for about 3,000 Quillfeather customers for six hours.\n\n" +
		"The incident originated from an expired signing key on the sync gateway.\n\n" +
		"Customer impact included six hours without sync, although no customer lost data. Support queues grew to four times their usual length. Quillfeather is rotating its signing keys automatically, alerting thirty days before any key expires, and adding a second gateway key to prevent similar outages.\n"
	in, err := Extract([]byte(page), "quillfeather.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	fix := "Quillfeather is rotating its signing keys automatically"
	if !strings.Contains(in.Remediation, fix) {
		t.Errorf("remediation %q, want the key rotation", in.Remediation)
	}
	if strings.Contains(in.Impact, fix) || !strings.Contains(in.Impact, "six hours without sync") {
		t.Errorf("impact %q, want the impact without the fix", in.Impact)
	}
}

// TestCauseNotYetKnown: a sentence that says the cause is not yet known
// ("It is not yet clear what caused …", "目前尚不清楚导致…的原因") states no
// cause; one that says the cause was determined does.
func TestCauseNotYetKnown(t *testing.T) {
	for _, c := range []struct {
		text  string
		cause bool
	}{
		{"It is not yet clear what caused the cable fault, which left millions of subscribers offline.", false},
		{"目前尚不清楚导致海缆中断的具体原因，这让数百万用户感到沮丧。", false},
		{"The root cause was determined to be a worn splice in the landing station.", true},
		{"调查确认，海缆中断的原因是登陆站的接头老化。", true},
	} {
		if got := cueSection(c.text) == "cause"; got != c.cause {
			t.Errorf("%q: states a cause %v, want %v", c.text, got, c.cause)
		}
	}
}
