package extract

import (
	"strings"
	"testing"
)

// TestTitleSet6 scores the titles of testdata/titles/titles-6.jsonl: a
// sixth set of 48 pages of our own writing (fictional companies, files
// t6-*), each labelled with the title a reader takes from it and
// committed before any was extracted. The pages are chosen for forms
// titles-1..5 lack: ten PDFs printed by Chromium with its header (date
// and <title>) and footer (URL and "1/1") left on (their HTML sources and
// the command are in testdata/titles/t6-src); status pages saved as text
// whose first lines are the site's menu; reviews whose h1 is "Post
// Incident Review" or "Root Cause Analysis" and the incident's name an h2,
// a "Title:" field or a table row; pages whose <title> is only the site's
// name and the headline a <div>; headlines in capitals; a kicker above the
// headline ("OUTAGE", "EXCLUSIVE", "独家", "突发"); titles with dates in
// them ("Incident on 2026-03-02: …"); WeChat 公众号 articles (原创, the
// account's name, 阅读 N); issue and forum pages ("#1234", "opened by").
// 14 are in Chinese.
//
// Each form's pages alternate between the halves: failures are logged
// for the odd lines only (the tuning half); the even lines (held out)
// are counted and never shown.
//
// Untouched (base 33f97f7): all 35/48, odd 16/24, even 19/24. After the
// general methods of cb85efb, 34281f0 and ef6380b (Chromium's print
// header read a line a part is one header, its <title> no line of the
// page; a title element outside the page's marked content; a menu set
// apart by no-break spaces; "事件报告 · site" as furniture; a masthead's
// "Est. 1889"; a headline in capitals wrapped over two lines; a notice
// titled by its kind; a menu read back an item a line): all 44/48, odd
// 23/24, even 21/24. Still failing in the tuned half: a Chinese PDF
// whose reader ran the site's menu into its breadcrumbs on one line
// ("灵犀云　产品　…　注册首页 > 公告中心 > 故障公告", named by "故障") and the
// headline into its dateline ("…的说明发布时间：2026-03-04 10:00"); the
// held-out half fails on three pages, their kinds not read. The round
// after (titles-7) read them, as its brief allowed, and mended them by
// general methods: a page's tabs between padded bars are a menu, "opened
// by NAME on DATE" is an issue's byline, "Root Cause Analysis" is a
// page's kind; all 47/48, odd 23/24, even 24/24.
func TestTitleSet6(t *testing.T) {
	all := scoreTitleSet(t, "titles-6", true)
	// floor: all after titles-7's methods (47 of 48) less one page;
	// untouched was 35
	if all < 46 {
		t.Errorf("titles-6: %d of 48 titles right, floor 46", all)
	}
}

// TestTitleForms6 asks each method behind titles-6's fixes of pages of
// our own writing.
func TestTitleForms6(t *testing.T) {
	// Chromium's print header and footer, read back from the PDF a line
	// each: the date, the <title> (the site's name alone), the address
	// alone, "1" "/" "1". The title there is no line the page shows.
	printed := "ECHO\nWeston Evening Echo · Est. 1901\nFERRY BOOKING SITE FAILS ON FIRST DAY OF SALE\nThousands of travellers could not book crossings for the summer on Monday morning.\n" +
		"12/3/26, 4:39 PM\nWeston Evening Echo\nfile:///tmp/weston.html\n1\n/\n1\n"
	if hasOwnLine(printed, "Weston Evening Echo") {
		t.Errorf("hasOwnLine took the print header's title for a line of the page")
	}
	if !hasOwnLine("Weston Evening Echo\nFerry booking site fails\n", "Weston Evening Echo") {
		t.Errorf("hasOwnLine missed a line of the page")
	}
	lines := strings.Split("Body text.\n12/3/26, 4:39 PM\n灵犀云\n-\n公告中心\nhttps://lingxi.example/notice/88\n1\n/\n1", "\n")
	mergePrintLines(lines)
	if got, ok := printedTitle(lines[1]); !ok || got != "灵犀云 - 公告中心" {
		t.Errorf("mergePrintLines: header %q, printed title %q", lines[1], got)
	}

	// a blog whose <title> and og:title are the blog's name, the post's
	// title in a <div class="post-title"> outside the post's body
	page := `<html><head><title>Marrick Blog</title><meta property="og:title" content="Marrick Blog"></head><body>
<nav><a href="/">Marrick</a><a href="/blog">Blog</a></nav>
<div class="post"><div class="post-meta">Reliability · March 2, 2026</div>
<div class="post-title">Why our exports stalled for a whole afternoon</div>
<div class="post-body"><p>On 27 February, exports requested by about 4,000 customers stayed queued from 13:00 to 18:30 UTC because a worker pool was pointed at a retired queue.</p>
<p>We moved the workers back at 18:10 and the queue drained by 18:30; we now alert when no export finishes for ten minutes.</p>
<p>Every export requested during the afternoon was delivered by email that evening.</p></div></div></body></html>`
	in, err := Extract([]byte(page), "marrick.html", "")
	if err != nil || in.Title != "Why our exports stalled for a whole afternoon" {
		t.Errorf("post-title outside the body: title %q (%v)", in.Title, err)
	}

	// a menu's items set apart by "&nbsp;" and a space, as a page read
	// back from print keeps them
	if !isMenuLine(" \u00a0 Docs \u00a0 Pricing \u00a0 Incidents \u00a0 Console →") {
		t.Errorf("isMenuLine missed a menu set apart by no-break spaces")
	}
	// a status page's "Incident Report for …" in Chinese
	if !isDebris("事件报告 · 云景") || isDebris("事件报告：华北一区消息队列消费延迟") {
		t.Errorf("isDebris: 事件报告 · site")
	}
	// a masthead's line that names when the paper was founded
	if !notTitle("Weston Evening Echo · Est. 1901 · e-paper") || notTitle("Ferry booking site fails · 3 March") {
		t.Errorf("notTitle: a masthead's founding year")
	}
	// a headline in capitals wrapped over two lines, under a masthead
	caps := "ECHO\nWeston Evening Echo · Est. 1901 · e-paper\nNEWS | SPORT | JOBS | NOTICES\nFERRY BOOKING SITE\nFAILS ON FIRST DAY OF SALE\n" +
		"Travellers queue at the port as the operator apologises\n" +
		"Thousands of travellers could not book crossings for the summer on Monday morning after the ferry operator's new booking site failed within minutes of opening.\n" +
		"The operator said its payment page could not cope with the number of visitors and it had reopened sales on Tuesday.\n"
	if in := build(parseText([]byte(caps))); !strings.EqualFold(in.Title, "FERRY BOOKING SITE FAILS ON FIRST DAY OF SALE") {
		t.Errorf("wrapped capitals: title %q", in.Title)
	}

	// a notice titled by its kind after its sender's name: the incident
	// is named on the next line
	notice := "MARRICK SOFTWARE - CUSTOMER NOTICE\n\nWEBMAIL SLOW TO LOAD FOR TWO HOURS ON TUESDAY\n\nDate of incident: Tuesday 3 March 2026\nServices affected: Webmail, calendar\nIssued: 5 March 2026\n\n" +
		"WHAT HAPPENED\nBetween 09:10 and 11:05 GMT our webmail service could not be reached because a certificate on its load balancer had expired overnight.\n\n" +
		"WHAT WE DID\nWe renewed the certificate at 11:00 and have added its expiry to our monitoring.\n"
	if in := build(parseText([]byte(notice))); !strings.EqualFold(in.Title, "Webmail slow to load for two hours on Tuesday") {
		t.Errorf("notice kind: title %q", in.Title)
	}
	// a site's menu read back an item a line, over the post's title
	menu := "marrick\nblog\nAll posts\nTags\nAbout\nCareers\nMarch 2, 2026 · 6 min read\nWhy our exports stalled for a whole afternoon\nby Ann Dent\n" +
		"On 27 February, exports requested by about 4,000 customers stayed queued from 13:00 to 18:30 UTC because a worker pool was pointed at a retired queue.\n" +
		"We moved the workers back at 18:10 and the queue drained by 18:30; we now alert when no export finishes for ten minutes.\n"
	if in := build(parseText([]byte(menu))); in.Title != "Why our exports stalled for a whole afternoon" || in.Published != "2026-03-02" {
		t.Errorf("menu an item a line: title %q, published %q (its date above the title)", in.Title, in.Published)
	}
}
