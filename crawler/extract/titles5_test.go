package extract

import "testing"

// TestTitleSet5 scores the titles of testdata/titles/titles-5.jsonl: a
// fifth set of 48 pages of our own writing (fictional companies, files
// t5-*), each labelled with the title a reader takes from it (and the
// variants a reader accepts) and committed before any was extracted. The
// pages are chosen for what stands above or around the title: a logo's
// image lines, the site's name as the first heading, an "All Systems
// Operational" banner over a status page's incident, breadcrumbs, the
// header a browser prints over a page ("12/3/26, 9:14 AM  Site"), cookie
// banners, "Skip to content", dates and bullets before the title, Chinese
// sites' 首页 > 公告 and 当前位置 lines, status pages whose h1 is the
// product, an og:title that is not the page's (the site's name, a
// template's, a social rewording), headlines wrapped over two lines and
// titles given only with a site's suffix (" | Site", " - 公司博客").
// 14 are in Chinese; 15 markdown, 18 HTML, 15 text.
//
// Each form's pages alternate between the halves: failures are logged
// for the odd lines only (the tuning half); the even lines (held out)
// are counted and never shown.
//
// Untouched (base 5aa354a): all 30/48, odd 17/24, even 13/24. After the
// general methods of f0cffd0, ee866b5 and 4a64e93 (a Chinese name's
// bare "-" or "|" split as a site's separator; a <title> that is the
// logo's name alone; newspapers' mastheads, English and Chinese, as
// sites' names, in print headers too; a masthead beside its prompts set
// apart by bars; a headline wrapped on to a lower-case line; a status
// page's product heading over the incident's name): all 38/48, odd
// 23/24, even 15/24. Still failing in the tuned half: a news page whose
// <title>, og:title and h1 are all the paper's name and its slogan
// ("玉溪晨报-玉溪权威新闻门户"), its headline in a <div>; the held-out
// half fails on nine pages, their kinds not read.
func TestTitleSet5(t *testing.T) {
	all := scoreTitleSet(t, "titles-5", true)
	// floor: all after this branch's methods (38 of 48) less one page;
	// untouched was 30
	if all < 37 {
		t.Errorf("titles-5: %d of 48 titles right, floor 37", all)
	}
}

// scoreTitleSet scores a title set whose halves alternate by line: the
// tuned half's failures are logged, the held-out half's counted and never
// shown. oddTuned says which lines are tuned on. It returns all pages
// right, after checking that the set holds 48 pages.
func scoreTitleSet(t *testing.T, name string, oddTuned bool) int {
	t.Helper()
	var n, right [2]int
	for _, p := range readTitleSet(t, name) {
		line, g := p.line, p.gold
		half := line % 2 // 0: the tuned half, 1: the held-out half
		if oddTuned {
			half = 1 - half
		}
		n[half]++
		in, err := p.in, p.err
		switch {
		case err == nil && titleRight(in.Title, g):
			right[half]++
		case half == 1:
			// held out: counted, never shown
		case err != nil:
			t.Logf("line %d %s: %v", line, g.File, err)
		default:
			t.Logf("line %d %s: title %q, want %q", line, g.File, in.Title, g.Title)
		}
	}
	tuned, held := "even (tuned)", "odd (held out)"
	if oddTuned {
		tuned, held = "odd (tuned)", "even (held out)"
	}
	all := right[0] + right[1]
	t.Logf("%s: all %d/%d, %s %d/%d, %s %d/%d", name, all, n[0]+n[1], tuned, right[0], n[0], held, right[1], n[1])
	if n[0]+n[1] != 48 {
		t.Fatalf("read %d pages, want 48", n[0]+n[1])
	}
	return all
}
