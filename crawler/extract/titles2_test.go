package extract

import (
	"path/filepath"
	"testing"
)

// TestTitleSet2 scores the titles of testdata/titles/titles-2.jsonl: a
// second set of 48 pages of our own writing (fictional companies, files
// t2-*), each labelled with the title a reader takes from it (and the
// variants a reader accepts) and committed before any was extracted. The
// forms and wordings are new to titles-1: 16 pages turned into markdown
// by other reader tools (MarkDownload's and Obsidian's front matter,
// Firecrawl, pandoc's setext headings, Omnivore, html2text, trafilatura,
// Medium and Substack pages), 10 texts of pages printed to PDF (Firefox's
// and Safari's headers and footers, a news page's header cut short with
// "…", section names, bylines, "Advertisement", a card's fields in
// columns, a report's running header), 12 raw HTML pages (Statuspage,
// status.io, GitHub-like, Google-Cloud-like and AWS-like status pages, RCA
// pages whose <title> is "Incident Report | Brand" over a date <h1>,
// news articles told by og:title under a masthead <h1>) and 10 others (an
// RSS feed, a forwarded .eml, a Teams chat export, a Bluesky thread, a
// Reddit post, a GitHub issue, a Chinese 故障公告, 状态页, 新闻稿 and
// WeChat article); 10 are in Chinese. The hard cases stand in
// proportion: "Incident History" or "Past incidents" or "系统状态" or
// "Mini Incident Report" as the heading, a date or the site's name as the
// h1, a grid of products first, the title told only by <title>,
// og:title or a line of its own.
//
// Each form's pages alternate between the halves: failures are logged
// for the even lines only (the tuning half); the odd lines (held out)
// are counted and never shown.
//
// Untouched (base 625cc78): all 32/48, even 13/24 (the .eml was not
// read), odd 19/24. After the forms of titleforms2.go (a site's name by
// its shape, "Thornby Blog"; a date heading under a <title> that names
// the page's kind; "Mini Incident Report" and "Knowledge Base" as kinds
// of page, a breadcrumb passed over; a menu of three "|" entries; a
// post's reply setting; an issue's title over its code host's byline; a
// card's fields in columns; a printed headline wrapped on two lines; an
// .eml read as text): all 42/48, even 23/24, odd 19/24. One form's first
// version (the date heading) lowered the held-out count by one; it was
// narrowed to the form the issue names (a <title> naming the page's
// kind), so the odd count is not wholly untouched. Still failing in the
// tuned half: a Bluesky thread, whose post frame ("Name @handle · 2h")
// is not read as a thread's; the held-out half fails on five pages,
// their kinds not read.
func TestTitleSet2(t *testing.T) {
	var n, right [2]int
	for _, p := range readTitleSet(t, "titles-2") {
		line, g := p.line, p.gold
		half := line % 2 // 0: even lines (tuned), 1: odd lines (held out)
		in, err := p.in, p.err
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		n[half]++
		if titleRight(in.Title, g) {
			right[half]++
		} else if half == 0 {
			t.Logf("line %d %s: title %q, want %q", line, g.File, in.Title, g.Title)
		}
	}
	all := right[0] + right[1]
	t.Logf("titles-2: all %d/%d, even (tuned) %d/%d, odd (held out) %d/%d", all, n[0]+n[1], right[0], n[0], right[1], n[1])
	if n[0]+n[1] != 48 {
		t.Fatalf("read %d pages, want 48", n[0]+n[1])
	}
	// floor: the untouched all (32 of 48) less one page
	if all < 31 {
		t.Errorf("titles-2: %d of 48 titles right, floor 31", all)
	}
}

// TestTitleForms2 asks each form of titleforms2.go of pages of our own
// writing: each fails without its form.
func TestTitleForms2(t *testing.T) {
	cases := []struct{ name, file, body, want string }{
		{"mail saved by a mail client", "notice.eml", "From: Harnser Hosting <ops@harnser.example>\nTo: admin@customer.example\nSubject: [Harnser Hosting] Resolved: Control panel logins failing in lon3\nDate: Tue, 3 Mar 2026 10:12:00 +0000\n\nDear customer,\n\nBetween 08:40 and 09:55 GMT customers could not log in to the control panel in lon3. An expired signing key on the login service was the cause; it has been replaced.\n\nHarnser Hosting Operations\n",
			"[Harnser Hosting] Resolved: Control panel logins failing in lon3"},
		{"print header naming the site alone", "print.txt", "3/9/26, 4:10 PM                              Pelham Engineering\n\n        Pelham     Product   Pricing   Engineering   Careers\n\n                                   ENGINEERING\n\n          Why checkout stalled for 40 minutes on 6 March\n\n                         Aisha Rahman · March 8, 2026\n\nOn Friday 6 March, checkout on pelham.shop stalled for 40 minutes, from 11:02 to 11:42 UTC. Carts were kept, but no order could be placed.\nA config push lowered the payment client's connection pool to one connection and requests queued behind it.\n\nhttps://pelham.shop/engineering/checkout-stalled                                  1/1\n",
			"Why checkout stalled for 40 minutes on 6 March"},
		{"masthead heading of a site kind over its menu", "blog.md", "Corvane Tech\n============\n\n[Blog](https://tech.corvane.example/) · [Jobs](https://corvane.example/jobs) · [Feed](https://tech.corvane.example/rss)\n\nHow a stuck leader election froze our job queue\n-----------------------------------------------\n\n*Tomás Ibarra — 4 March 2026*\n\nFor 35 minutes on 2 March no background job ran at Corvane. The queue's leader election had stalled after a network partition and no node took the lead.\n",
			"How a stuck leader election froze our job queue"},
		{"print header over a headline wrapped on two lines", "news.txt", "3/9/26, 7:41 PM                 Ferry booking fault leaves hundreds of holidaymakers stuck at Kelby port | Ma\u2026\n\n          Marlow Courier\n          Monday 9 March 2026          Subscribe  |  Sign in\n\nNews   UK   World   Business   Travel   Sport\n\nAdvertisement\n\nTravel\n\nFerry booking fault leaves hundreds of holidaymakers stuck at\nKelby port\nSailings from Kelby to the islands were held for most of the day after the\noperator's ticket system stopped checking in passengers\n\nBy Owen Tate\nTravel reporter\nPublished Sunday 8 March 2026 20:02 GMT\n\nHundreds of holidaymakers were stranded on Sunday after a computer failure at the Islesway\nticket office stopped all check-ins shortly before the first sailing.\n\nIslesway said the system that reads passengers' tickets failed at 6.40am and that\nsailings resumed at about 3pm, once staff had checked passengers in by hand.\n\nAdvertisement\n\n\"We are very sorry for the disruption to our passengers' journeys,\" a spokesperson\nfor the operator said.\n\nhttps://www.marlowcourier.example/travel/ferry-booking-fault-kelby          1/2\n\n3/9/26, 7:41 PM                 Ferry booking fault leaves hundreds of holidaymakers stuck at Kelby port | Ma…\n\nPassengers were offered refunds or places on Monday's sailings.\n\nhttps://www.marlowcourier.example/travel/ferry-booking-fault-kelby          2/2\n",
			"Ferry booking fault leaves hundreds of holidaymakers stuck at Kelby port"},
		{"date heading under a kind-named title", "rca.html", `<html><head><title>Incident Report | Pellow</title></head><body><nav><a href="/">Pellow</a> <a href="/docs">Docs</a></nav><main><h1>February 27, 2026</h1><p class="lead">Search indexing stalled for EU workspaces</p><dl><dt>Status</dt><dd>Resolved</dd><dt>Duration</dt><dd>2 h 35 min</dd></dl><h2>Summary</h2><p>From 10:05 to 12:40 UTC on February 27, new documents in EU workspaces did not appear in search. A stuck consumer on the indexing queue held every partition.</p><h2>Resolution</h2><p>We restarted the consumer group at 12:31 UTC and the backlog drained by 12:40 UTC.</p></main><footer>&copy; 2026 Pellow Ltd.</footer></body></html>`,
			"Search indexing stalled for EU workspaces"},
		{"mini report with a breadcrumb above it", "mini.md", "[Tarrant Cloud](https://cloud.tarrant.example/) > [Service Health](https://status.cloud.tarrant.example/) > Incident 26019\n\n# Mini Incident Report\n\n**Managed Redis: failovers stalled in europe-north4**\n\nWe apologize for the inconvenience this service disruption may have caused.\n\n**Incident Start:** 2 March 2026 03:10\n\n**Description:**\n\nAutomatic failovers of Managed Redis instances in europe-north4 did not complete for 82 minutes after a configuration push.\n",
			"Managed Redis: failovers stalled in europe-north4"},
		{"knowledge base article under a breadcrumb", "kb.md", "---\ntitle: Knowledge Base\nhostname: help.wrenfield.example\n---\nHome > Knowledge Base > Service notices\n\nIncident summary – Voicemail greetings lost after platform upgrade\n\nApplies to: Hosted telephony\n\nOn 5 March 2026 some customers found their custom voicemail greetings replaced with the default greeting after our overnight platform upgrade. We restored all greetings from backup by 14:00 GMT.\n",
			"Incident summary – Voicemail greetings lost after platform upgrade"},
		{"Chinese menu of three entries", "notice.txt", "澜舟云\n\n帮助中心 | 产品公告 | 故障公告\n\n【故障公告】3月7日云解析服务部分域名解析失败说明\n\n发布于 2026-03-08 10:00\n\n各位用户：\n\n2026年3月7日 14:20 至 15:05，澜舟云云解析服务部分域名解析失败，原因为一次配置下发异常，现已恢复。\n",
			"【故障公告】3月7日云解析服务部分域名解析失败说明"},
		{"post's reply setting", "post.txt", "Everybody can reply\n\nWe're aware that some Thistleby customers can't top up their travel cards in the app this morning. Cards already topped up work as normal at the gates.\n\nUpdate: top-ups are working again. Sorry for the trouble this morning.\n",
			"We're aware that some Thistleby customers can't top up their travel cards in the app this morning"},
		{"issue over its code host's byline", "issue.txt", "quillan / quillan-sdk  Public\n\nCode  Issues 88  Pull requests 6  Actions  Security  Insights\n\nSDK downloads from the mirror return 403 since this morning #912\nClosed\n\nrvance opened this issue on Mar 4, 2026 · 3 comments\n\nrvance commented on Mar 4, 2026\n\nEvery download from mirror.quillan.example fails with:\n\n    error: 403 Forbidden while fetching quillan-sdk-4.2.1.tgz\n\nI tried from two networks, same result.\n\nbkerr (Member) commented on Mar 4, 2026\n\nThanks, the mirror's bucket policy was replaced by a deploy. Fixed now.\n",
			"SDK downloads from the mirror return 403 since this morning #912"},
		{"report's fields laid out in columns", "report.txt", "TOLLAND FREIGHT                                   INCIDENT REPORT                 INTERNAL\n\nIncident Report\n\nDriver app unable to record deliveries in the north depot\n\nReport number      TF-IR-0088\nDate of incident   2 March 2026\nPrepared by        Platform Operations\n\n1. Summary\nFrom 06:10 to 07:55 GMT drivers of the north depot could not record deliveries in the driver app. Deliveries were recorded on paper and entered afterwards.\n\nTOLLAND FREIGHT                                   INCIDENT REPORT                 Page 1 of 2\n\nTOLLAND FREIGHT                                   INCIDENT REPORT                 INTERNAL\n\n2. Cause\nA certificate on the depot's API gateway expired overnight and the app's requests were refused.\n\nTOLLAND FREIGHT                                   INCIDENT REPORT                 Page 2 of 2\n",
			"Driver app unable to record deliveries in the north depot"},
	}
	for _, c := range cases {
		abs, _ := filepath.Abs(filepath.Join(t.TempDir(), c.file))
		in, err := Extract([]byte(c.body), abs, "")
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !titleRight(in.Title, realWorldGold{Title: c.want}) {
			t.Errorf("%s: title %q, want %q", c.name, in.Title, c.want)
		}
	}
}

// TestSiteKindName asks the shape of a site's name: a name of the
// company's and words of a kind of site, never two words of a title
// alone ("Database Full", "ShapeShift Cyberattack").
func TestSiteKindName(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"Thornby Blog", true}, {"Dunmere Engineering", true}, {"Upwey Help Center", true}, {"Upwey Incident Center", false},
		{"Database Full", false}, {"Harwick Cyberattack", false}, {"Cloud Outage", false}, {"Login Issues", false},
	} {
		if got := siteKindName(c.t); got != c.want {
			t.Errorf("siteKindName(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}
