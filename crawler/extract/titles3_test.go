package extract

import (
	"path/filepath"
	"testing"
)

// TestTitleSet3 scores the titles of testdata/titles/titles-3.jsonl: a
// third set of 48 pages of our own writing (fictional companies, files
// t3-*), each labelled with the title a reader takes from it (and the
// variants a reader accepts) and committed before any was extracted. The
// forms and wordings are new to titles-1 and titles-2: 16 pages turned
// into markdown by other reader tools (MarkItDown, Crawl4AI, Joplin's and
// Defuddle's clips with front matter, a Readwise export, percollate,
// Docling's tables and "<!-- image -->", Pocket, a Notion clip's
// properties, LlamaParse's grid, Instapaper, Turndown's setext headings,
// a Discourse topic, a Chinese 故障公告, 状态页 and news page), 10 texts
// of pages printed to PDF (Edge's and Chrome's headers and footers, news
// pages with their mastheads, sections, bylines and "Advertisement", a
// report's letterhead in columns of capitals, a status history, a health
// dashboard's grid, Chinese news and 故障公告), 12 raw HTML pages
// (Statuspage, Google-Cloud-like, AWS-like, Instatus-like and
// incident.io-like status pages, an Azure-like PIR history, a release
// notes page with an "Incident" badge, RCA and news pages told by
// og:title under a site's <h1>, a Chinese 状态页 and news page) and 10
// others (Atom and RSS entries, an .eml, Bluesky and X threads, a
// Mattermost export, a LinkedIn post, a Chinese 故障公告, 新闻稿 and
// Weibo post); 10 are in Chinese.
//
// Each form's pages alternate between the halves: failures are logged
// for the odd lines only (the tuning half); the even lines (held out)
// are counted and never shown.
//
// Untouched (base 909b44f): all 34/48, odd 16/24, even 18/24 (one page
// of the held-out half was refused as having no text). After the forms of
// titleforms3.go, which learn the site's name from the page itself (a
// name its hosts spell, "Wetherby Journal" of wetherbyjournal.example; a
// name its footer repeats with a page number; a Chinese site's name and
// kind, "云禾系统状态"), and pass over a post's frame by its shape (a day
// alone, "Mar 6"; a name over its followers' count; "…see more"), a trail
// of two sections ("Service notices › Outages"), a letterhead in columns
// of capitals, and "Post Incident Review" as a kind of page: all 42/48,
// odd 23/24, even 19/24. Still failing in the tuned half: a report whose
// title is told only by its first sentence, wrapped across lines.
func TestTitleSet3(t *testing.T) {
	all := scoreTitleSet(t, "titles-3", true)
	// floor: the untouched all (34 of 48) less one page
	if all < 33 {
		t.Errorf("titles-3: %d of 48 titles right, floor 33", all)
	}
}

// TestTitleForms3 asks each form of titleforms3.go of pages of our own
// writing: each fails without its form.
func TestTitleForms3(t *testing.T) {
	cases := []struct{ name, file, body, want string }{
		{"print header naming the site its URL spells", "news.txt", "3/9/26, 6:12 PM                                     Hollins Chronicle\n\n     Hollins Chronicle\n     News  |  Business  |  Tech  |  Sport  |  Culture\n\n     Advertisement\n\n     BUSINESS\n\n     Parcel lockers across the city refused to open for most of Sunday\n\n     By Mark Eddowes\n     March 8, 2026 · 3 min read\n\n     Hundreds of shoppers could not collect parcels from Lockbay lockers on Sunday after the\n     company's app stopped sending collection codes.\n\n     Lockbay said a fault in its messaging system began at 10am and was fixed by 6pm.\n\nhttps://www.hollinschronicle.example/business/2026/03/08/parcel-lockers            1/1\n",
			"Parcel lockers across the city refused to open for most of Sunday"},
		{"blog's name its bare domain spells", "post.md", "# The Brackley Dev Blog\n\n## Postmortem: our 25-minute login outage on 2 March\n\n*brackley.engineering* · Saved March 5, 2026\n\nOn Monday 2 March from 08:10 to 08:35 UTC nobody could log in to Brackley. A session store failover left the login service pointing at a read-only replica.\n\n### What we changed\n\nThe login service now follows the session store's primary through its service name.\n",
			"Postmortem: our 25-minute login outage on 2 March"},
		{"heading its footer repeats", "pir.md", "## Ravensworth Freight\n\n## Customer portal returned errors for invoice downloads\n\n| Reference | RF-PIR-0031 |\n|---|---|\n| Date | 4 March 2026 |\n\n## 1. Summary\n\nFrom 13:10 to 14:25 GMT customers could not download invoices from the portal. A storage permission was removed by a clean-up script.\n\n## 2. Actions\n\nThe clean-up script now runs against a list of buckets it may touch.\n\nRavensworth Freight · Confidential · Page 1 of 3\n",
			"Customer portal returned errors for invoice downloads"},
		{"post incident review as the page's kind", "review.md", "## Post Incident Review\n\n## Card top-ups failed for prepaid customers\n\n| Reference | PIR-2026-014 |\n|---|---|\n| Date | 2 March 2026 |\n\n## Summary\n\nFrom 06:00 to 07:20 UTC prepaid customers could not top up by card. The payment page called an endpoint that had been retired.\n",
			"Card top-ups failed for prepaid customers"},
		{"Chinese status page's name over its grid", "status.md", "# 青岩系统状态\n\n| 产品 | 华北 | 华南 |\n|---|---|---|\n| 云数据库 | 正常 | 故障 |\n| 云服务器 | 正常 | 正常 |\n\n## 历史事件\n\n### 【已恢复】华南地域云数据库只读实例同步延迟\n\n**已恢复** 2026-03-05 11:20\n华南地域云数据库只读实例同步延迟已恢复正常，原因为主库一次大事务导致复制积压。\n\n**调查中** 2026-03-05 10:02\n我们收到反馈，华南地域部分只读实例数据同步延迟，正在排查。\n",
			"华南地域云数据库只读实例同步延迟"},
		{"trail of two sections over a notice", "kb.md", "# Wenlock Support\n\nCreated: March 7, 2026 9:02 AM\nURL: https://support.wenlock.example/articles/771\n\nSupport articles › Outages\n\nService notice: Card payments unavailable on the morning of 6 March\n\nUpdated yesterday\n\nOn Friday 6 March, between 07:30 and 08:45 GMT, some card payments in our shops were declined. Cash and app payments were not affected.\n",
			"Service notice: Card payments unavailable on the morning of 6 March"},
		{"post's day alone on a line", "thread.txt", "Ormsby Water\n@OrmsbyWater\n·\nMar 7\nSome customers in the Hilltop area have low pressure or no water this morning after a burst main on Station Road. Bottled water is available at the leisure centre. 1/2\n21\n64\n12\n\nOrmsby Water\n@OrmsbyWater\n·\nMar 7\nThe main has been repaired and supplies are returning. It may take a few hours for pressure to return to normal. 2/2\n9\n30\n4\n",
			"Some customers in the Hilltop area have low pressure or no water this morning after a burst main on Station Road"},
		{"company page's post over its followers, cut short", "post.txt", "Pennick Health\n8,120 followers\n2d •\n\nAn update on Monday's outage of the Pennick patient app.\n\nOn Monday 2 March, between 08:00 and 10:40 GMT, patients could not book or view appointments in the app. Clinics were not affected.\n\n…see more\n\n👍 88\n12 comments · 3 reposts\n",
			"An update on Monday's outage of the Pennick patient app"},
		{"letterhead of capitals in columns", "report.txt", "ORMSBY BANK                              INCIDENT REPORT                              CONFIDENTIAL\n\nCard payments declined at Ormsby branches\n\nOn 3 March 2026 from 09:00 to 09:55 GMT card payments at Ormsby branch counters were declined. A certificate on the card terminal gateway had expired and was renewed at 09:50.\n\nRoot cause\nThe certificate was not on the renewal list.\n",
			"Card payments declined at Ormsby branches"},
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

// TestOwnSiteName asks the site's names a page teaches, and titles of
// incidents that are none.
func TestOwnSiteName(t *testing.T) {
	d := &document{raw: []byte("https://www.wetherbyjournal.example/tech/x\nmarske.engineering · Saved"), blocks: []block{{text: "Hessle Logistics · Internal · Page 1 of 2"}}}
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"Wetherby Journal", true}, {"The Marske Dev Blog", true}, {"Hessle Logistics", true}, {"云禾系统状态", true}, {"天目云服务健康状态", true},
		{"Marske checkout outage", false}, {"Wetherby", false}, {"Hessle Logistics tracking outage", false}, {"支付故障公告", false}, {"3月5日系统状态", false},
	} {
		if got := ownSiteName(d, c.t); got != c.want {
			t.Errorf("ownSiteName(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

// TestCapsColumns asks the shape of a letterhead in columns of capitals,
// and lines of columns that are none.
func TestCapsColumns(t *testing.T) {
	for _, c := range []struct {
		raw  string
		want bool
	}{
		{"THWAITE CLOUD      ROOT CAUSE ANALYSIS      PUBLIC", true}, {"ORMSBY BANK     INCIDENT REPORT     CONFIDENTIAL", true},
		{"♡ 2.1K   💬 486   🔁 112   ➤", false}, {"发布人：IT服务台-刘娜    2025-11-20 10:06    已读 1,204 / 未读 63", false},
		{"Date of incident   4 March 2026", false}, {"SERVICE INCIDENT REPORT", false},
	} {
		if got := capsColumns(c.raw); got != c.want {
			t.Errorf("capsColumns(%q) = %v, want %v", c.raw, got, c.want)
		}
	}
}
