package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// Cloud status and RCA pages as a person saves them, page furniture left
// in (sealed set 46's forms), in our own fictional words.

// A site's menu copied as text ends on its call to action ("Book a
// demo", "Start your free trial"): a prompt, not the page's title.
func TestSeal46DemoPromptNoTitle(t *testing.T) {
	page := `Fellbarrow
Platform
Pricing
Docs
Log in
Book a demo

Engineering › Incident reports

Incident report: Invoices sent twice to EU customers

Published March 4, 2026 · 5 min read

On Monday, March 2, our billing service sent 3,100 invoices twice between 08:10 and 09:05 UTC. A retry in the mailer resent invoices that had already gone out, because it read the send status from a replica that lagged behind.

We have changed the mailer to read the send status from the primary database.
`
	in, err := Extract([]byte(page), "fellbarrow-report.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Title, "Invoices sent twice") {
		t.Errorf("title %q, want the report's", in.Title)
	}
	for _, p := range []string{"Book a demo", "Get a demo", "Request a demo", "Start your free trial", "Try it free"} {
		if c := cleanTitle(p, ""); c != "" {
			t.Errorf("cleanTitle(%q) = %q, want none (a menu's prompt)", p, c)
		}
	}
}

// A status history's day over its entry ("12 May", "May 12") and a
// Statuspage's banner of the page's state ("Minor Service Outage") are no
// titles; a title with a day in it is one.
func TestSeal46DayAndBannerNoTitle(t *testing.T) {
	for _, s := range []string{"12 May", "May 12", "Tue 12 May", "3rd June", "Minor Service Outage", "Major outage", "Partial Service Outage"} {
		if c := cleanTitle(s, ""); c != "" {
			t.Errorf("cleanTitle(%q) = %q, want none", s, c)
		}
	}
	for _, s := range []string{"Outage on 12 May", "May 12 checkout outage", "Minor outage of the EU console after a DNS change"} {
		if c := cleanTitle(s, ""); c == "" {
			t.Errorf("cleanTitle(%q) is none, want the title", s)
		}
	}
}

// A Chinese site's two-level crumb copied as text ("公告 > 故障公告") is no
// title; a title that holds a ">" among its words is one.
func TestSeal46HanCrumbs(t *testing.T) {
	for _, s := range []string{"公告 > 故障公告", "帮助中心 › 产品公告"} {
		if !isBreadcrumb(s) {
			t.Errorf("isBreadcrumb(%q) = false, want a crumb", s)
		}
	}
	for _, s := range []string{"华东一地域云硬盘读写延迟升高 > 已恢复", "Status > Incidents"} {
		if isBreadcrumb(s) {
			t.Errorf("isBreadcrumb(%q) = true, want no crumb", s)
		}
	}
}

// A write-up's closing apology names what the event caused ("We apologize
// for the impact this event caused"): no cause; the paragraph that tells
// the trigger is.
func TestSeal46ApologyNoCause(t *testing.T) {
	page := `Summary of the Harlow Object Store Event in the Frankfurt Region

We want to share some details about the disruption in the Frankfurt Region on February 9, 2026.

Between 10:04 AM and 12:31 PM CET, requests to the Harlow Object Store in the region saw elevated errors and latencies.

The index servers of the object store were moved to a new host class at 9:50 AM CET. The new hosts had a file handle limit set for the old, smaller hosts, and as traffic grew they ran out of file handles and stopped answering requests.

We raised the limit at 12:10 PM CET and the index servers recovered by 12:31 PM CET.

We apologize for the inconvenience this event caused to our customers.
`
	in, err := Extract([]byte(page), "harlow-summary.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Cause, "apologize") {
		t.Errorf("cause %q: the apology is no cause", in.Cause)
	}
	if !strings.Contains(in.Cause, "file handle") {
		t.Errorf("cause %q, want the file handle limit", in.Cause)
	}
	if s := cueSection("We apologize for the disruption this caused."); s != "" {
		t.Errorf("cueSection(apology) = %q, want none", s)
	}
}

// Why a recovery took long ("it took until 13:40 for every site to
// recover because …") is no cause of the outage.
func TestSeal46SlowRecoveryNoCause(t *testing.T) {
	for _, s := range []string{
		"Engineers replaced the switch at 12:30, but it took until 13:40 for every site to recover because caches held stale routes.",
		"Recovery was slow because each database had to be checked before it was started.",
	} {
		if sec := cueSection(s); sec == data.SectionCause {
			t.Errorf("cueSection(%q) = cause, want no cause", s)
		}
	}
	if sec := cueSection("The outage began because a switch lost power."); sec != data.SectionCause {
		t.Errorf("cueSection(a cause) = %q, want cause", sec)
	}
}

// A status history printed or copied with its months' headings ("May
// 2026") and its updates stamped without a year ("Jun 3, 09:12 UTC"): the
// headings give the year.
func TestSeal46MonthHeadingYear(t *testing.T) {
	for _, c := range []struct {
		text        string
		year, month int
	}{
		{"Jun 3, 09:40 UTC Resolved: done.\nJun 3, 09:12 UTC Investigating: errors.\nMay 2026\nOld entry\nMay 20, 10:00 UTC Resolved: done.\n", 2027, 4},
		{"June 2026\nApi errors\nJun 3, 09:40 UTC Resolved: done.\n", 2026, 6},
		{"Jun 3, 09:40 UTC Resolved: done.\n", 0, 0},
		{"June 2026\nWe saw errors on June 3.\n", 0, 0},
	} {
		if y, m := monthHeadingRef(c.text); y != c.year || m != c.month {
			t.Errorf("monthHeadingRef(%.40q) = %d-%d, want %d-%d", c.text, y, m, c.year, c.month)
		}
	}
	page := `Corvel Status
Incident History
Search results missing new documents
Resolved - Search results have included new documents since 10:25 UTC.
Jun 3, 10:40 UTC
Identified - The indexer stopped after a bad deploy; we are rolling it back.
Jun 3, 09:50 UTC
Investigating - New documents are missing from search results.
Jun 3, 09:12 UTC
Slow console
Resolved - The console was slow for ten minutes.
Jun 1, 14:30 UTC
May 2026
Scheduled maintenance
Completed - The maintenance has been completed.
May 20, 04:00 UTC
`
	in, err := Extract([]byte(page), "corvel-history.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-06-") {
		t.Errorf("started %q, want in June 2026", in.StartedAt)
	}
}

// A status history printed to PDF or copied as text, no headings: the
// subject's stamped updates end at the next entry's name, a short line
// with a stamped update of its own under it, and the entries after it
// lend the subject neither times nor a cause.
func TestSeal46StampedEntryEnds(t *testing.T) {
	page := `Corvel Status
Incident History
Search results missing new documents
Jun 3, 10:40 UTC Resolved: Search results have included new documents since 10:25 UTC.
Jun 3, 09:50 UTC Identified: The indexer stopped after a bad deploy; we are rolling it back.
Jun 3, 09:12 UTC Investigating: New documents are missing from search results.
Slow console
Jun 1, 14:30 UTC Resolved: The console was slow between 14:02 and 14:12 UTC because a cache node ran out of memory.
May 2026
Scheduled maintenance
May 20, 04:00 UTC Completed: The maintenance has been completed.
`
	in, err := Extract([]byte(page), "corvel-history.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-06-03T09:12") || !strings.HasPrefix(in.EndedAt, "2026-06-03T10:") {
		t.Errorf("started %q, ended %q, want 2026-06-03 09:12 to 10:25 (or 10:40)", in.StartedAt, in.EndedAt)
	}
	if strings.Contains(in.Text, "console was slow") || strings.Contains(in.Cause, "cache node") {
		t.Errorf("the next entry is read as the subject's: cause %q", in.Cause)
	}
	for _, ev := range in.Timeline {
		if !strings.HasPrefix(ev.At, "2026-06-03") {
			t.Errorf("event %q of another entry", ev.Text)
		}
	}
}
