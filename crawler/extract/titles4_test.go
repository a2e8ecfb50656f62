package extract

import (
	"path/filepath"
	"testing"
)

// TestTitleSet4 scores the titles of testdata/titles/titles-4.jsonl: a
// fourth set of 48 pages of our own writing (fictional companies, files
// t4-*), each labelled with the title a reader takes from it (and the
// variants a reader accepts) and committed before any was extracted. The
// forms and wordings are new to titles-1, -2 and -3: 16 pages turned into
// markdown by other reader tools (a Logseq clip's "title::" properties,
// marker's PDF pages with "<span id=page-…>" and running footers,
// SimpRead's "transcoded by" and "本文由 简悦 SimpRead 转码" notes, a
// Karakeep archive, a Trilium clip, a Bear note, a wallabag entry, an
// Apify crawl of a Mailman digest and of a blog whose h1 is a date, a
// "Copy as Markdown" link, html2text's "__bold__", a Matter clip, an
// Outline export under a date heading, a Cubox news clip, a SiYuan
// 状态页 clip), 10 texts of pages printed to PDF (news pages with
// mastheads, sections, bylines and "Advertisement", a trust center's RCA
// titled only by its first sentence wrapped over lines, a Statuspage
// incident, a health dashboard's history in columns, an engineering
// blog's "Post-Event Summaries", release notes under "Subscribe via
// RSS", a company's notice under a running line with its page number,
// a Chinese 故障通告 and news page), 12 raw HTML pages (Statuspage,
// Google-Cloud-like with the product as h1, AWS-like, Better Stack-like,
// Cachet-like and a "Past incidents" history; RCAs whose <title> names
// the incident over an h1 of the site's name or a date; news told by
// og:title under a masthead h1 or a quote h1; a Chinese 健康看板 and news
// page) and 10 others (Atom and RSS entries, an .eml, a Mailman digest,
// a Discord export, a Hacker News thread, a Telegram channel's export, a
// Chinese 故障公告, 新闻稿 and 状态页 text); 10 are in Chinese.
//
// Each form's pages alternate between the halves: failures are logged
// for the even lines only (the tuning half); the odd lines (held out)
// are counted and never shown.
//
// Untouched (base 69e9fcb): all 28/48, even 15/24, odd 13/24. After the
// general methods of titleforms4.go (a line passed over as furniture by
// its shape: a clipping tool's note, a running line ending in its page
// number, the site's name and a kind of page; the names weighed by
// agreement: og:title and <title> agreeing on a heading under an h1 that
// is neither, a short heading the next one repeats and says more of; a
// Mailman digest named by its first message's subject, a chat export by
// its first message; a text whose only title is its first sentence named
// by it whole across its wrapped lines, a long lead of when dropped):
// all 38/48, even 23/24, odd 15/24. Still failing in the tuned half: a
// health dashboard's history printed in columns, whose incident's name
// ("Product: what happened") is read as a field; the held-out half fails
// on nine pages, their kinds not read.
func TestTitleSet4(t *testing.T) {
	all := scoreTitleSet(t, "titles-4", false)
	// floor: all after titleforms4.go (38 of 48) less one page; untouched was 28
	if all < 37 {
		t.Errorf("titles-4: %d of 48 titles right, floor 37", all)
	}
}

// TestTitleForms4 asks each method of titleforms4.go of pages of our own
// writing: each fails without its method.
func TestTitleForms4(t *testing.T) {
	cases := []struct{ name, file, body, want string }{
		{"clipping tool's note over a notice", "notice.md", "> 本文由 [简悦 SimpRead](http://ksria.com/simpread/) 转码， 原文地址 [www.baishiyun.cn](https://www.baishiyun.cn/notice/991)\n\n公告中心\n====\n\n关于 3 月 2 日华北二区云数据库连接异常的说明\n-----------------------\n\n发布时间：2026-03-02 20:10\n\n2026 年 3 月 2 日 16:20 至 17:05，华北二区部分云数据库实例连接超时。原因为一台交换机故障，已更换。\n",
			"关于 3 月 2 日华北二区云数据库连接异常的说明"},
		{"export note over a date heading and a first sentence", "pm.md", "# 2026-02-24\n\n📄 Exported from Outline · Kirkham Foods / Engineering / Postmortems\n\n**Status:** Final · **Owner:** Dan Hale\n\nOrders placed in the Kirkham app on 24 February were sent to the wrong store for about two hours.\n\n## Impact\n\nFrom 11:00 to 13:05 GMT about 1,300 orders went to a store other than the one the customer chose.\n\n## Cause\n\nA change to store lookup sorted stores by name instead of distance.\n",
			"Orders placed in the Kirkham app on 24 February were sent to the wrong store for about two hours"},
		{"running line with its page number over a first sentence", "notice.txt", "HOLBECK WATER · CUSTOMER SERVICES                                      Page 1 of 1\n\nService updates\n\nSome customers in Holbeck could not pay their water bills online on Monday 2 March between 8am\nand 1pm. Payments by phone and at the post office kept working.\n\nThe fault was in our payment page, which stopped loading after an update. We rolled the update back at 12.50pm.\n\nPosted 2 March 2026, 15:10\n",
			"Some customers in Holbeck could not pay their water bills online on Monday 2 March between 8am and 1pm"},
		{"site and its kind of page over a wrapped first sentence", "rca.txt", "3/6/26, 2:10 PM                                   Tarleton Pay | Incident 2026-03-04\n\n                                                              Tarleton Pay — Trust Center\n\nBetween 14:02 and 15:31 UTC on 4 March 2026, bank transfers sent through the Tarleton Pay API\nwere held for review for customers whose accounts are in our EU region.\n\nWe are sorry. Below is what happened.\n\nRoot cause\nA fraud rule meant for card payments was applied to every bank transfer.\n\nhttps://trust.tarletonpay.example/incidents/2026-03-04                                   1/1\n",
			"Bank transfers sent through the Tarleton Pay API were held for review for customers whose accounts are in our EU region"},
		{"og:title and <title> agreeing on a heading under a quote", "news.html", `<html><head><title>Ferry sailings cancelled as booking system fails | Dunvegan Times</title><meta property="og:title" content="Ferry sailings cancelled as booking system fails"></head><body><h1>"Nobody could tell us anything"</h1><h2>Ferry sailings cancelled as booking system fails</h2><p>Passengers were stranded at the harbour on Friday after the ferry company's booking system failed at 6am.</p><p>The company said the fault was fixed by noon.</p></body></html>`,
			"Ferry sailings cancelled as booking system fails"},
		{"product heading over the incident's", "status.html", `<html><head><title>Halton Cloud Status</title></head><body><nav><a href="/">Halton Cloud</a></nav><h1>Object Storage</h1><h2>Object Storage uploads failing in eu-north1</h2><p>Began 2026-03-02 09:10, ended 2026-03-02 10:05 UTC.</p><p>Uploads to buckets in eu-north1 failed with 500 errors. A metadata node ran out of disk and was replaced.</p></body></html>`,
			"Object Storage uploads failing in eu-north1"},
		{"mailing list digest's first message", "digest.txt", "From: noc-list-request@lists.example.net\nSubject: noc-list Digest, Vol 12, Issue 4\n\nSend noc-list mailing list submissions to\n\tnoc-list@lists.example.net\n\nWhen replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of noc-list digest...\"\n\nToday's Topics:\n\n   1. Outage notice: fibre cut between York and Hull on 3 March\n      (Selby Networks NOC)\n\n----------------------------------------------------------------------\n\nMessage: 1\nDate: Tue, 3 Mar 2026 18:02:11 +0000\nFrom: Selby Networks NOC <noc@selby.example>\nSubject: [noc-list] Outage notice: fibre cut between York and Hull on\n\t3 March\n\nHello,\n\nA fibre cut between York and Hull took down our transit links from 11:40 to 16:15 GMT today. Traffic was rerouted through Leeds with higher latency.\n\n-- \nSelby Networks NOC\n",
			"Outage notice: fibre cut between York and Hull on 3 March"},
		{"chat export's first message, not its guild", "export.txt", "==============================================================\nGuild: Thornaby Racing League\nChannel: Info / status\nTopic: Server status from the Thornaby team\n==============================================================\n\n[04-Mar-26 06:10 PM] Thornaby Ops\n@everyone **Race servers are offline in Europe.** Players cannot join races. We are on it.\n\n[04-Mar-26 07:02 PM] Thornaby Ops\nRace servers are back. A failed database update took them down from 6:05 to 6:58 PM UTC.\n\n==============================================================\nExported 2 message(s)\n==============================================================\n",
			"Race servers are offline in Europe"},
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

// TestTitleFurniture4 asks the shapes of furniture lines, and titles
// that are none.
func TestTitleFurniture4(t *testing.T) {
	d := &document{raw: []byte("https://trust.tarletonpay.example/incidents/1")}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"📄 Exported from Outline · Kirkham Foods / Engineering", true}, {"Clipped from: https://status.example.com/x", true},
		{"本文由 简悦 SimpRead 转码， 原文地址 www.example.cn", true}, {"HOLBECK WATER · CUSTOMER SERVICES   Page 1 of 1", true},
		{"Tarleton Pay — Trust Center", true}, {"云岚科技 第 2 页", true},
		{"Exports from the billing system failed on 3 March", false}, {"Savings accounts unavailable on Monday", false},
		{"Tarleton Pay transfers held for review", false}, {"Page 1 of 2", false}, {"Pagination broke on the search page", false},
	} {
		if got := furnitureTitle(d, c.line); got != c.want {
			t.Errorf("furnitureTitle(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Between 14:02 and 15:31 UTC on 4 March 2026, bank transfers sent through the Tarleton Pay API were held for review for customers in our EU region", "Bank transfers sent through the Tarleton Pay API were held for review for customers in our EU region"},
		{"Between us and our provider, the link was the only one that carried traffic to the data centre in the north of the country and more", "Between us and our provider, the link was the only one that carried traffic to the data centre in the north of the country and more"},
		{"On 4 March, bank transfers were held", "On 4 March, bank transfers were held"},
	} {
		if got := timeLeadCut(c.in); got != c.want {
			t.Errorf("timeLeadCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
