package extract

import (
	"strings"
	"testing"
)

// TestSummaryCauseLead: a summary that says "The underlying issue turned
// out to be that …" in words the cue lexicon does not weigh still tells the
// cause; the sentence after it that the lexicon does weigh is not all of it.
func TestSummaryCauseLead(t *testing.T) {
	page := "# 2024-03-02: Ticket sync stalled\n\n## Summary\n\n" +
		"Ticket imports from the partner feed stopped saving for most of the morning. Reads were not affected.\n\n" +
		"The underlying issue turned out to be that the audit table used a 32-bit serial key and every value had been used. " +
		"Because of the way we upsert rows, each check consumes one value from the sequence even when no row is written. " +
		"We go through about 300,000 values an hour.\n\n" +
		"For now we switched the key column to bigint.\n\n" +
		"## Timeline\n\n### 2024-03-02 05:10\n\nImports start failing.\n\n### 2024-03-02 09:40\n\nHotfix deployed. Issue is resolved.\n"
	in, err := Extract([]byte(page), "sync.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Cause, "The underlying issue turned out to be that the audit table used a 32-bit serial key") {
		t.Errorf("cause %q, want it to open with the summary's 'The underlying issue turned out to be …'", in.Cause)
	}
}

// TestFallbackTitleWholeSentence: a write-up with no title is named by its
// first sentence; one a little over the cut stays whole rather than
// ending on a word that leads into what was cut.
func TestFallbackTitleWholeSentence(t *testing.T) {
	page := "---\nurl: https://forum.example.org/t/12345\ncompany: Quillmark\n---\n\n" +
		"A reindexing job copied from the old billing service exposed invoice notes to other tenants for six hours.\n"
	in, err := Extract([]byte(page), "quillmark.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "A reindexing job copied from the old billing service exposed invoice notes to other tenants for six hours"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	long := strings.Repeat("The cache tier in the eastern region kept serving stale entries after the failover ", 2) + "was complete.\n"
	in, err = Extract([]byte("---\ncompany: Quillmark\n---\n\n"+long), "long.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if n := len([]rune(in.Title)); n > 90 || n < 40 {
		t.Errorf("title %q (%d characters): a long sentence is still cut to about 90", in.Title, n)
	}
}

// TestZhZoneTimeOfClock: a translated report names the zone between the
// date and the clock with 的 ("2025 年 3 月 4 日 UTC 时间的 06:20"): the
// clock is the date's, in that zone, not a bare time on another day.
func TestZhZoneTimeOfClock(t *testing.T) {
	page := "# 关于 3 月 4 日同步服务中断的说明\n\n" +
		"2025 年 3 月 4 日 UTC 时间的 06:20，青岚同步服务开始返回错误，所有写入失败。\n\n" +
		"2025 年 3 月 4 日 UTC 时间的 07:05，我们回滚了当天早上的配置变更，服务恢复。\n\n" +
		"原因是一次配置变更把写入队列的地址指向了已下线的集群。\n"
	in, err := Extract([]byte(page), "qinglan.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-03-04T06:20:00Z" || in.EndedAt != "2025-03-04T07:05:00Z" {
		t.Errorf("span %q – %q, want 2025-03-04T06:20:00Z – 07:05:00Z (UTC)", in.StartedAt, in.EndedAt)
	}
}

// TestPhotoCaptionDropped: a news photo's caption, known by its credit,
// tells when and where a picture was taken (often months before the
// story); it is furniture, and its date is no day of the outage. A
// sentence that only looks like one ("rolled back the image by hand")
// stays.
func TestPhotoCaptionDropped(t *testing.T) {
	page := "Card terminals fail across Harlow Foods stores\n\n" +
		"By Priya Marsh\nPublished Apr 12, 2025 at 9:05 AM BST\n\n" +
		"A Harlow Foods sign outside a store on November 3, 2024 in Derby, England. Photo by Tom Ellery/Getty Images\n\n" +
		"Card terminals at Harlow Foods stores across the UK stopped taking payments at around 7:40 a.m. on Saturday, leaving long queues at tills.\n\n" +
		"The company said payments were working again by 9:15 a.m. and that a faulty update to its payment gateway was to blame. Engineers rolled back the image by hand.\n\n" +
		"店内收银台。图片来源：视觉中国\n"
	in, err := Extract([]byte(page), "harlow.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2025-04-12T07:40") {
		t.Errorf("started_at %q, want 2025-04-12T07:40 (the story's day, not the photo's)", in.StartedAt)
	}
	if strings.Contains(in.Text, "Getty") || strings.Contains(in.Text, "视觉中国") {
		t.Errorf("text keeps a photo caption: %q", in.Text)
	}
	if !strings.Contains(in.Text, "rolled back the image by hand") {
		t.Errorf("text lost a sentence of the story: %q", in.Text)
	}
}

// TestInvestigatingIsNoCause: an update whose state names the cause being
// sought ("原因調査中 / Investigating") and whose text only says the search
// goes on tells no cause, in either language.
func TestInvestigatingIsNoCause(t *testing.T) {
	for _, page := range []string{
		"# [Incident] Thumbnails not loading\n\n## Updates\n\n" +
			"**2025/08/14 10:50 Resolved**\n\nThumbnails load normally again for all users.\n\n" +
			"**2025/08/14 10:20 原因調査中 / Investigating**\n\n引き続き調査を行っております。 / We are continuing to investigate.\n\n" +
			"**2025/08/14 10:02 発生 / Issue detected**\n\nSince about 09:55, some thumbnails are not loading.\n",
		"# 【故障】图片服务部分图片无法显示\n\n## 更新\n\n" +
			"**2025-08-14 10:50 已恢复**\n\n图片已全部恢复正常显示。\n\n" +
			"**2025-08-14 10:20 原因排查中**\n\n技术人员正在排查原因。\n\n" +
			"**2025-08-14 10:02 故障发生**\n\n09:55 起部分图片无法显示。\n",
	} {
		in, err := Extract([]byte(page), "thumbs.md", "")
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(in.Cause, "investigate") || strings.Contains(in.Cause, "調査") || strings.Contains(in.Cause, "排查") {
			t.Errorf("cause %q: an update that only says the search goes on tells no cause", in.Cause)
		}
	}
}

// TestRetoldJustBeforeFirst: a news story that tells the outage from its
// start and then, paragraphs later, what set it off a few minutes before
// ("the cooling plant tripped at 09:05") retells the same morning; the
// earlier time is not the next day's.
func TestRetoldJustBeforeFirst(t *testing.T) {
	page := "Cooling fault took Pellham Transit's ticket machines offline\n\n" +
		"By Ada Finch, 14 March 2025\n\n" +
		"Ticket machines across the Pellham Transit network stopped working at about 09:40 on Friday, leaving passengers queueing at staffed counters.\n\n" +
		"Machines at the larger stations came back at 13:20, and the whole network was working again at 15:10, the operator said.\n\n" +
		"A spokesperson for the operator's data centre provider said the cooling plant had tripped at 09:05, and that servers shut themselves down as temperatures rose.\n"
	in, err := Extract([]byte(page), "pellham.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2025-03-14T09:") || !strings.HasPrefix(in.EndedAt, "2025-03-14T15:10") {
		t.Errorf("span %q – %q, want 2025-03-14 09:05 or 09:40 to 15:10 the same day", in.StartedAt, in.EndedAt)
	}
}

// TestCreditWordGate: creditWord is only a cheap test before photoCredit,
// so it must hold wherever photoCredit matches, on our captions and on
// every line of the shared corpus.
func TestCreditWordGate(t *testing.T) {
	t.Parallel()
	lines := []string{
		"A sign outside a store on January 9, 2024 in Leeds, England. Photo by Sam Doyle/Getty Images",
		"Engineers at the data centre on Tuesday. (Photo: Ana Ruiz/Reuters)",
		"The trading floor was quiet. Photograph: Lee Tan/AP",
		"The office in Leeds. Sam Doyle / getty images",
		"机房外景。图片来源：视觉中国", "机房外景（摄影：王岩）", "Credit: Mo Ade",
	}
	for _, s := range speedTexts(t) {
		lines = append(lines, strings.Split(s, "\n")...)
	}
	matched := 0
	for _, l := range lines {
		if photoCredit.MatchString(l) {
			matched++
			if !creditWord(l) {
				t.Errorf("photoCredit matches %q but creditWord says no", l)
			}
		}
	}
	if matched < 7 {
		t.Errorf("only %d lines matched photoCredit", matched)
	}
}
