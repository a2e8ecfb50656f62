package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// issuePage is an issue tracker's page of our own writing: the post in a
// custom element holding a table cell of headings and paragraphs
// ("<task-lists><table>…<td class="comment-body"><h2>Summary</h2><p>…"),
// as the thread's first comment, with its reactions, then replies and
// what was done to the issue.
const issuePage = `<!doctype html><html><head><title>Postmortem: exports stuck on 3 March · Issue #212 · brantwood/ledger · GitHub</title><meta property="og:site_name" content="GitHub"></head><body>
<header><a href="/">Home</a> <a href="/brantwood/ledger">brantwood / ledger</a></header>
<main><div class="repohead">brantwood / ledger Public Notifications Fork 31 Star 540</div>
<h1>Postmortem: exports stuck on 3 March <span>#212</span></h1>
<div class="gh-header-meta">Closed ilse opened this issue Mar 5, 2026 · 3 comments</div>
<div class="js-discussion">
<div class="timeline-comment-group js-minimizable-comment-group">
<div class="timeline-comment-header">ilse commented Mar 5, 2026 Member</div>
<task-lists><table class="d-block"><tbody><tr><td class="comment-body markdown-body">
<h2>Summary</h2>
<p>Between 09:10 and 11:40 UTC on 3 March 2026, CSV exports from Brantwood Ledger stayed queued and none finished. No data was lost; every export queued in the window finished by 12:05 UTC.</p>
<h2>Root cause</h2>
<p>A new release changed the export worker's queue name, so the workers listened on a queue nothing was sent to. The release's tests ran the workers and the API in one process, where both read the same default.</p>
<h2>What we're changing</h2>
<ul><li>Queue names are read from one shared setting.</li><li>An alert fires when no export finishes for 15 minutes.</li></ul>
</td></tr></tbody></table></task-lists>
<div class="comment-reactions">👍 12 🎉 2</div>
</div>
<div class="timeline-comment-group">
<div class="timeline-comment-header">corran commented Mar 5, 2026</div>
<div class="comment-body markdown-body"><p>Thanks! Could exports that finished late be flagged in the UI? We reconciled ours by hand and it took most of a day.</p></div>
</div>
<div class="timeline-comment-group">
<div class="timeline-comment-header">ilse commented Mar 6, 2026 Member</div>
<div class="comment-body markdown-body"><p>@corran good idea, tracked in #215.</p></div>
</div>
<div class="timeline-event">ilse closed this as completed Mar 9, 2026</div>
</div></main></body></html>`

// The post's sections are read as sections, not as one run of text; the
// replies, reactions and what was done to the issue are in none of them.
func TestCustomElementHoldsSections(t *testing.T) {
	in, err := Extract([]byte(issuePage), "issue-212.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Cause, "A new release changed the export worker's queue name") {
		t.Errorf("cause %q, want the Root cause section", in.Cause)
	}
	if !strings.HasPrefix(in.Summary, "Between 09:10 and 11:40 UTC") {
		t.Errorf("summary %q, want the Summary section", in.Summary)
	}
	if !strings.Contains(in.Remediation, "Queue names are read from one shared setting") {
		t.Errorf("remediation %q, want what is changing", in.Remediation)
	}
	for _, furniture := range []string{"👍", "corran", "closed this", "Notifications Fork", "opened this issue"} {
		if strings.Contains(in.Remediation, furniture) || strings.Contains(in.Text, furniture) {
			t.Errorf("%q stays in the text or remediation: %q", furniture, in.Remediation)
		}
	}
}

// A row of reactions is furniture; a social post's row of counts, under
// its time, stays (it keeps the time from the next post's words).
func TestReactionRows(t *testing.T) {
	for line, want := range map[string]bool{
		"👍 41 ❤️ 12 🚀 3":                                         true,
		"👀 14 😩 6":                                               true,
		"❤️ 1.2K 😭 88 🔥 312":                                     true,
		"💬 31  🔁 120  ♡ 44":                                      false,
		"↩ 14 🔁 102 ⭐ 37":                                        false,
		"kdent closed this as completed in #1241 on Mar 4, 2026": true,
		"Closed ilse opened this issue Mar 5, 2026 · 3 comments": true,
		"The fix closed this gap on 4 March.":                    false,
		"3 servers failed at 10:02":                              false,
	} {
		if got := isDebris(line); got != want {
			t.Errorf("isDebris(%q) = %v, want %v", line, got, want)
		}
	}
}

// An issue on a code host is its project's: the organisation is the
// repository's owner, as the text writes it, not the host.
func TestIssueOrgIsRepoOwner(t *testing.T) {
	in, err := Extract([]byte(strings.Replace(issuePage, "CSV exports from Brantwood Ledger", "CSV exports from Brantwood Ledger (hosted on GitHub)", 1)), "issue-212.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if in.Org != "Brantwood" {
		t.Errorf("org %q, want Brantwood (the repository's owner)", in.Org)
	}
	text := "moorby / moorby-cli  Public\n\nCode  Issues 214  Pull requests 19\n\nPackage registry returning 503 for all installs since 14:00 UTC #4821\nClosed\n\ntkaplan opened this issue on Mar 5, 2026 · 7 comments\n\ntkaplan commented on Mar 5, 2026\n\nSince around 14:00 UTC every `moorby install` fails on GitHub Actions with a 503 from registry.moorby.dev.\n"
	in, err = Extract([]byte(text), "issue.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Org != "moorby" {
		t.Errorf("org %q, want moorby (the owner as written)", in.Org)
	}
}

// An issue's title goes without the number the tracker sets after it.
func TestTitleWithoutIssueNumber(t *testing.T) {
	in, err := Extract([]byte(issuePage), "issue-212.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Postmortem: exports stuck on 3 March" {
		t.Errorf("title %q, want it without #212", in.Title)
	}
	for title, want := range map[string]string{
		"Incident #4821":                         "Incident #4821",
		"Stratus Load Balancing Incident #17009": "Stratus Load Balancing Incident #17009",
		"Build runners down #12":                 "Build runners down #12",
		"Build runners down for EU #4821":        "Build runners down for EU",
	} {
		if got := withoutIssueNumber(title); got != want {
			t.Errorf("withoutIssueNumber(%q) = %q, want %q", title, got, want)
		}
	}
}

// reactionOpening passes every line of the fixtures that reactionCounts
// matches: the cheap test drops none of its rows.
func TestReactionOpeningAgrees(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "realworld", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	rows := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.TrimSpace(l)
			if reactionCounts.MatchString(l) {
				rows++
				if !reactionOpening(l) {
					t.Errorf("%s: reactionOpening(%q) = false, reactionCounts matches", f, l)
				}
			}
		}
	}
	for _, l := range []string{"^ 3", "👍 41 ❤️ 12 🚀 3"} {
		if reactionCounts.MatchString(l) && !reactionOpening(l) {
			t.Errorf("reactionOpening(%q) = false", l)
		}
	}
	if rows == 0 {
		t.Error("no row of reactions in the fixtures: the test checks nothing")
	}
}
