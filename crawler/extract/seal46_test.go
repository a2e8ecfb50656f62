package extract

import (
	"strings"
	"testing"
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
