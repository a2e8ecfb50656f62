package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSectionOfPostsIsNoTitle: a title that names the site's section of
// posts ("Engineering Archives", "Tech Blog Archive", "文章归档") is the
// page's, not the incident's; the incident is named from the write-up.
func TestSectionOfPostsIsNoTitle(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
	}{
		{"archives.md", "---\ntitle: Engineering Archives\ncompany: Quillmate\n---\n\n" +
			"A kernel upgrade silently turned off the journal check on build hosts. The next deploy corrupted the caches of running workers.\n\n" +
			"On 3 March 2025 at 14:10 UTC builds began to fail with checksum errors; by 15:02 UTC every host was rebuilt.\n",
			"A kernel upgrade silently turned off the journal check on build hosts"},
		{"blog.html", "<html><head><title>Tech Blog Archive</title></head><body><nav><a href=\"/\">Home</a></nav>" +
			"<h1>Tech Blog Archive</h1><article><h2>Search was down for 47 minutes on 9 May</h2>" +
			"<p>On 9 May 2025 between 08:12 and 08:59 UTC the search API of Larchfield returned errors to every caller.</p>" +
			"<h3>Root cause</h3><p>A shard rebalancing job moved every primary at once after its throttle setting was lost in a config migration.</p></article></body></html>",
			"Search was down for 47 minutes on 9 May"},
		{"zh.md", "---\ntitle: 文章归档\n---\n\n# 5月9日搜索服务中断47分钟复盘\n\n2025年5月9日16:12至16:59（北京时间），搜索接口对所有调用方返回错误。\n\n## 根本原因\n\n分片迁移任务的限流配置在配置迁移中丢失，所有主分片被同时迁移。\n",
			"5月9日搜索服务中断47分钟复盘"},
	} {
		in, err := Extract([]byte(tc.page), tc.name, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(in.Title, tc.want) {
			t.Errorf("%s: title %q, want %q", tc.name, in.Title, tc.want)
		}
	}
}

// TestPrintedNewsLines: a news page printed to PDF wraps its byline
// inside a date ("Updated 15" / "October 2026, 09:10 BST") and ends
// paragraphs on a number or a quotation's close: the date is whole
// again, and the paragraphs stay apart.
func TestPrintedNewsLines(t *testing.T) {
	raw := "By Tamsin Orme, Technology Reporter · Published 14 October 2026, 18:42 BST · Updated 15\n" +
		"October 2026, 09:10 BST\n" +
		"The problems began shortly after 11:20 BST, when customers of apps including Tillpoint and Rowan\n" +
		"Bank reported errors. Service was fully restored at 15:51.\n" +
		"In a statement on Wednesday, Glassbay said the outage was caused by a faulty routing update. \"We\n" +
		"rolled the change back, but recovery was slowed by our own tools,\" a spokesperson said, \"and by the network.\"\n" +
		"The company said it would add checks before network changes are applied to production systems.\n" +
		"Published March\n14, 2026 and last revised long after the outage itself was over and done with\n"
	got := strings.Split(unwrapLines(raw), "\n")
	want := []string{
		"By Tamsin Orme, Technology Reporter · Published 14 October 2026, 18:42 BST · Updated 15 October 2026, 09:10 BST",
		"The problems began shortly after 11:20 BST, when customers of apps including Tillpoint and Rowan Bank reported errors. Service was fully restored at 15:51.",
		"In a statement on Wednesday, Glassbay said the outage was caused by a faulty routing update. \"We rolled the change back, but recovery was slowed by our own tools,\" a spokesperson said, \"and by the network.\"",
		"The company said it would add checks before network changes are applied to production systems.",
		"Published March",
	}
	for i, w := range want {
		if i >= len(got) || got[i] != w {
			t.Fatalf("line %d: got %q, want %q (all: %q)", i, got[min(i, len(got)-1)], w, got)
		}
	}
	if !splitDate("the story was Published March", "14, 2026 and more") || splitDate("errors rose to 45", "October 2026") {
		t.Errorf("splitDate: a day over its month, or a month over its day; never a number that is no day")
	}
}

// TestLongNewsBylineDates: a news story's byline may be long (reporter,
// desk, published and updated stamps): its published day is the story's.
func TestLongNewsBylineDates(t *testing.T) {
	page := "<html><head><title>Card payments fail across Fernshire | The Weald Courier</title></head><body>" +
		"<h1>Card payments fail across Fernshire</h1>" +
		"<p>By Tamsin Orme, Technology Reporter, Business Desk · Published 14 October 2026, 18:42 BST · Updated 15 October 2026, 09:10 BST</p>" +
		"<p>Shops across Fernshire could not take card payments on Tuesday after an outage at Glassbay Cloud.</p>" +
		"<p>The problems began shortly after 11:20 BST and service was restored at 15:51 BST.</p>" +
		"<p>Glassbay said a configuration change meant for a test environment had been applied to its production network.</p></body></html>"
	in, err := Extract([]byte(page), "news.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Published != "2026-10-14" {
		t.Errorf("published %q, want 2026-10-14", in.Published)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-10-13T11:20") {
		t.Errorf("started %q, want Tuesday 2026-10-13 11:20 (not the byline's stamps)", in.StartedAt)
	}
}

// TestPrintedNewsPDFs: news stories printed to PDF from a browser. The
// Chinese one's fonts give the strict reader bytes of no text, so the
// lenient reader reads it, its glyph-spaced digits ("1 4 时 1 2 分") and
// radicals ("⽇") mended; the English one's byline wraps inside a date.
func TestPrintedNewsPDFs(t *testing.T) {
	for _, tc := range []struct {
		file, title, published, start, end, text string
	}{
		{"testdata/zh-news-print.pdf", "云栈科技华南机房故障致多家App无法使用", "2026-06-18", "2026-06-18T14:12:00+08:00", "2026-06-18T16:48:00+08:00", "当日14时12分，华南某可用区机房因市电中断"},
		{"testdata/en-news-print.pdf", "Glassbay Cloud outage knocks payment apps offline for hours", "2026-10-14", "2026-10-13T11:20:00+01:00", "2026-10-13T15:51:00+01:00", "Updated 15 October 2026, 09:10 BST"},
	} {
		body, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		in, err := Extract(body, filepath.Base(tc.file), "")
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if !strings.HasPrefix(in.Title, tc.title) || in.Published != tc.published || in.StartedAt != tc.start || in.EndedAt != tc.end {
			t.Errorf("%s: title %q published %q start %q end %q, want %q %q %q %q", tc.file, in.Title, in.Published, in.StartedAt, in.EndedAt, tc.title, tc.published, tc.start, tc.end)
		}
		if !strings.Contains(in.Text, tc.text) {
			t.Errorf("%s: text lacks %q: %.300q", tc.file, tc.text, in.Text)
		}
		if garbledText(in.Text) || strings.ContainsAny(in.Text, "⽇⻚⽹") {
			t.Errorf("%s: text of fonts' codes or radicals: %.200q", tc.file, in.Text)
		}
	}
}

func TestGarbledText(t *testing.T) {
	if !garbledText("\nVÔK\u0093\x1d\x01H!\x01]\x01ÛÀ\x01]\x01áv\x01]\x01\x1f`\x01]\x01¨\u008e\x01]") {
		t.Error("a font's codes read as text")
	}
	for _, s := range []string{"Le café a fermé à 14 h : la base de données était pleine, déjà vue en été.", "数据库主从切换失败，服务中断了两个小时。", "Plain ASCII text about an outage that lasted for two hours."} {
		if garbledText(s) {
			t.Errorf("%q taken for codes", s)
		}
	}
}

// TestAgencyNewsStamps: a news agency's story — its byline's date with
// what follows it ("· Updated 2 hours ago") is when it was published, no
// event, and "10:05 a.m. local time (0905 GMT)" is a local clock whose
// zone the time in GMT beside it tells.
func TestAgencyNewsStamps(t *testing.T) {
	page := "<html><body><h1>Tollbridge payments network suffers second outage in a month</h1>" +
		"<div class=\"meta\">By Daniel Okafor and Lucía Merino<br>March 4, 2026 6:15 PM UTC · Updated 2 hours ago</div>" +
		"<p>LISBON, March 4 (Wirewatch) - Tollbridge, the Portuguese card processor, suffered a second major outage in a month on Wednesday, leaving shoppers unable to pay by card for about three hours, the company said.</p>" +
		"<p>The disruption started at around 10:05 a.m. local time (0905 GMT), Tollbridge said in a statement, adding that a database failover in its primary data centre had not completed as designed.</p></body></html>"
	in, err := Extract([]byte(page), "agency.html", "")
	if err != nil {
		t.Fatal(err)
	}
	// (the end is the start and the stated length: "for about three
	// hours" from 10:05)
	if in.Published != "2026-03-04" || in.StartedAt != "2026-03-04T10:05:00+01:00" || in.EndedAt != "2026-03-04T13:05:00+01:00" || in.DurationMinutes != 180 {
		t.Errorf("published %q start %q end %q duration %d, want 2026-03-04, 10:05+01:00 (09:05 GMT), 13:05+01:00, 180", in.Published, in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	for _, c := range []struct {
		s    string
		want string
	}{
		{"10:05 a.m. local time (0905 GMT) and", "2026-03-04T10:05:00+01:00"},
		{"1:30 a.m. local time (1730 GMT) on", "2026-03-04T01:30:00+08:00"},
		{"9:40 p.m. (0040 GMT)", "2026-03-04T21:40:00-03:00"},
		{"14:20 (14:20 UTC)", "2026-03-04T14:20:00Z"},
	} {
		st, _, ok := parseStamp(c.s, "en")
		if !ok || st.loc == nil {
			t.Errorf("%q: no zone read", c.s)
			continue
		}
		got := time.Date(2026, 3, 4, st.hour, st.min, 0, 0, st.loc).Format(time.RFC3339)
		if got != c.want {
			t.Errorf("%q: %s, want %s", c.s, got, c.want)
		}
	}
}

// TestChineseWrapAfterNumber: a Chinese line wrapped after a number runs
// on into the characters under it with no space ("16时48" / "分…").
func TestChineseWrapAfterNumber(t *testing.T) {
	raw := "云栈科技当晚发布公告称，华南某可用区机房因市电中断切换至柴油发电机供电。经紧急处置，16时48\n分受影响服务已全部恢复，公司将对受影响客户进行赔偿。\n"
	if got := unwrapLines(raw); !strings.Contains(got, "16时48分受影响") {
		t.Errorf("got %q, want 16时48分 whole", got)
	}
}

// TestWeekdayInTimedLede: a lede that names its day by its weekday and
// ends on a time ("… on Tuesday after an outage, which began shortly
// after 11:20 BST and ended at 15:51 BST.") dates its times on that
// weekday, not on the day the story was published.
func TestWeekdayInTimedLede(t *testing.T) {
	page := "<html><body><h1>Card payments fail across Fernshire</h1>" +
		"<p>By Tamsin Orme, Technology Reporter, Business Desk · Published 14 October 2026, 18:42 BST · Updated 15 October 2026, 09:10 BST</p>" +
		"<p>Shops across Fernshire could not take card payments on Tuesday after an outage at Glassbay Cloud, which began shortly after 11:20 BST and ended at 15:51 BST.</p>" +
		"<p>Glassbay said a configuration change meant for a test environment had been applied to its production network.</p></body></html>"
	in, err := Extract([]byte(page), "lede.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-10-13T11:20:00+01:00" || in.EndedAt != "2026-10-13T15:51:00+01:00" {
		t.Errorf("start %q end %q, want Tuesday 13 October 11:20 to 15:51 BST", in.StartedAt, in.EndedAt)
	}
}

// TestRangeJoinedByRecovery: "started at around 10:05 a.m. … and card
// acceptance was back to normal by 1:10 p.m." states the outage's two
// ends, a subject between them.
func TestRangeJoinedByRecovery(t *testing.T) {
	page := "<html><body><h1>Ledgerwick card payments down for three hours</h1>" +
		"<p>March 5, 2026 · 4 min read</p>" +
		"<p>The disruption started at around 10:05 a.m. local time (0905 GMT) and card acceptance was back to normal by 1:10 p.m., Ledgerwick said in a statement.</p>" +
		"<p>A storage controller failed and the switch to the standby database stalled, the company said.</p></body></html>"
	in, err := Extract([]byte(page), "range.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-03-05T10:05:00+01:00" || in.EndedAt != "2026-03-05T13:10:00+01:00" || in.DurationMinutes != 185 {
		t.Errorf("start %q end %q duration %d, want 10:05 to 13:10 (+01:00), 185", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
}

// TestNewsRemediation: a news story tells the remediation in reported
// speech ("… said it would add …", "…表示，将全面排查…").
func TestNewsRemediation(t *testing.T) {
	for _, tc := range []struct{ name, page, want string }{
		{"en.html", "<html><body><h1>Harrowgate bank app down for an afternoon</h1><p>March 5, 2026 · 3 min read</p>" +
			"<p>Customers of Harrowgate Bank could not log in to its app for most of Thursday afternoon after a certificate on its login service expired, the bank said.</p>" +
			"<p>The bank said it would add automatic renewal and expiry alerts for all of its certificates.</p></body></html>",
			"said it would add automatic renewal"},
		{"zh.html", "<html><body><h1>某城商行手机银行故障三小时</h1><p>2026-03-05 09:12 来源：东湾日报</p>" +
			"<p>3月4日下午，多名用户反映某城商行手机银行无法登录。该行当晚通报称，故障系登录服务证书过期所致，服务已于当晚恢复。</p>" +
			"<p>该行表示，将全面排查各系统证书有效期，增加到期告警。</p></body></html>",
			"将全面排查各系统证书有效期"},
	} {
		in, err := Extract([]byte(tc.page), tc.name, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(in.Remediation, tc.want) {
			t.Errorf("%s: remediation %q, want it to hold %q", tc.name, in.Remediation, tc.want)
		}
	}
}
