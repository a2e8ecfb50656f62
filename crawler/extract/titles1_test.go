package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestTitleSet1 scores the titles of testdata/titles/titles-1.jsonl: 48
// pages of our own writing (fictional companies), each labelled with the
// title a reader takes from it (and the variants a reader accepts) before
// any was extracted. They are written in the forms issue 12's hidden set
// holds: 16 pages turned into markdown by a reader tool (logo image links,
// "Skip to content", breadcrumbs, cookie text, footer lists, a reader's
// "Title: / URL Source: / Markdown Content:" header), 10 texts of pages
// printed to PDF by a browser (its header "3/4/26, 9:12 AM  Title – Site"
// and footer "https://…  1/2" on every sheet), 12 raw HTML pages
// (Statuspage, Google-Cloud-like and GitHub-like status incidents, a
// status.io page, cloud RCA pages, news articles) and 10 others (Atom and
// RSS entries, an e-mail, a Slack channel export, Mastodon, Threads and
// Discord posts, a Weibo post, a Chinese outage notice and press
// release); 11 are in Chinese. The hard cases stand in proportion: a
// status grid's product cells over the incident, a site's name or a date
// as the h1, "All Systems Operational", a title told only by <title> or
// a body line, a news site's section over the headline.
//
// Each form's pages alternate between the halves: failures are logged
// for the odd lines only (the tuning half); the even lines (held out) are
// counted and never shown.
//
// Untouched (base d85378f): all 35/48, odd 16/24, even 19/24. After the
// fixes of titleforms1.go (a print header read before it is passed over
// as a running line, a status grid's cells dropped, "Incident affecting
// …" over the incident's name, a reader tool's header, "Service updates"
// as a kind of page, a Mastodon post's frame): all 44/48, odd 24/24,
// even 20/24. The held-out half still fails on four pages; their kinds
// are not read.
func TestTitleSet1(t *testing.T) {
	var n, right [2]int
	for _, p := range readTitleSet(t, "titles-1") {
		line, g := p.line, p.gold
		half := (line + 1) % 2 // 0: odd lines (tuned), 1: even lines (held out)
		in, err := p.in, p.err
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		n[half]++
		if titleRight(in.Title, g) {
			right[half]++
		} else if half == 0 {
			t.Logf("%s: title %q, want %q", g.File, in.Title, g.Title)
		}
	}
	all := right[0] + right[1]
	t.Logf("titles-1: all %d/%d, odd (tuned) %d/%d, even (held out) %d/%d", all, n[0]+n[1], right[0], n[0], right[1], n[1])
	if n[0]+n[1] != 48 {
		t.Fatalf("read %d pages, want 48", n[0]+n[1])
	}
	// floor: the untouched all (35 of 48) less one page
	if all < 34 {
		t.Errorf("titles-1: %d of 48 titles right, floor 34", all)
	}
}

// titlePage is one line of a title set: the reader's title and what
// Extract made of the page.
type titlePage struct {
	line int // 1-based, as the halves count
	gold realWorldGold
	in   *data.Incident
	err  error
}

// readTitleSet extracts every page of testdata/titles/NAME.jsonl, in the
// file's order.
func readTitleSet(t *testing.T, name string) []titlePage {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata/titles", name+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var pages []titlePage
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		var g realWorldGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s line %d: %v", name, line, err)
		}
		path := filepath.Join("testdata/titles", g.File)
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		abs, _ := filepath.Abs(path)
		in, err := Extract(body, abs, "")
		pages = append(pages, titlePage{line: line, gold: g, in: in, err: err})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return pages
}
