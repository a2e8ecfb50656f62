package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// realWorldGold is one labelled page of testdata/realworld: what a reader
// takes from it, written before the page was ever extracted.
type realWorldGold struct {
	File       string   `json:"file"`
	Title      string   `json:"title"`
	AltTitles  []string `json:"alt_titles"`
	StartedAt  string   `json:"started_at"`
	EndedAt    string   `json:"ended_at"`
	Duration   int      `json:"duration_minutes"`
	Cause      bool     `json:"cause"`
	CauseWords []string `json:"cause_words"`
	MinEvents  int      `json:"min_events"`
	// Patterns are the root-cause patterns a reader labels, the main one
	// first (sealed6.jsonl on); empty where a set has none.
	Patterns []string `json:"patterns"`
}

// pageFurniture matches what a saved web page carries around its text:
// link and image markup, sign-in, subscribe and cookie prompts, feedback
// questions and footers, in English and Chinese (in the forms prompts
// take: "无法登录" or "users could not log in" in a sentence is no prompt;
// "Sign in" alone on its line or beside a "|" is). None of it belongs in a
// title, a summary or a cause.
var pageFurniture = regexp.MustCompile(`(?im)\]\(|!\[|https?://|\bsubscribe\b|\bcookies?\b|(?:^|[|/·•]\s*)(?:sign (?:in|up)|log ?in|register)\s*(?:$|[|/·•])|was this (page|information) helpful|powered by|all rights reserved|©|privacy (policy|notice)|terms of (use|service)|免费注册|立即注册|登录\s*[|/｜]\s*注册|订阅更新|隐私政策|版权所有|是否有帮助|解决了您的问题|相关阅读|相关文章|网友评论`)

func normTitle(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.NewReplacer("–", "-", "—", "-", "【", "", "】", "", "：", ":").Replace(s)
}

// titleRight reports whether got is the page's title: equal to the gold
// one (or an alternative a reader would accept) once whitespace, case
// and dashes are normalised, or one containing the other with the
// shorter at least 60 % of the longer.
func titleRight(got string, g realWorldGold) bool {
	n := normTitle(got)
	if n == "" {
		return false
	}
	for _, want := range append([]string{g.Title}, g.AltTitles...) {
		w := normTitle(want)
		if n == w {
			return true
		}
		short, long := n, w
		if utf8.RuneCountInString(short) > utf8.RuneCountInString(long) {
			short, long = long, short
		}
		if strings.Contains(long, short) && float64(utf8.RuneCountInString(short)) >= 0.6*float64(utf8.RuneCountInString(long)) {
			return true
		}
	}
	return false
}

// gotMinutes is the incident's duration: the stated one, else its start to
// its end.
func gotMinutes(in *data.Incident) int {
	if in.DurationMinutes > 0 {
		return in.DurationMinutes
	}
	s, err1 := time.Parse(time.RFC3339, in.StartedAt)
	e, err2 := time.Parse(time.RFC3339, in.EndedAt)
	if err1 == nil && err2 == nil && e.After(s) {
		return int(e.Sub(s).Minutes())
	}
	return 0
}

func withinDuration(got, want int) bool {
	tol := max(15.0, 0.25*float64(want))
	return got > 0 && float64(abs(got-want)) <= tol
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// realWorldScore counts what a set of pages got right.
type realWorldScore struct {
	n, title, dur, durNone, start, cause, events, two, clean int
	// pats counts the pages labelled with patterns; patFirst those whose
	// first tag is the labelled main pattern, patAmong those with the
	// main pattern among the tags.
	pats, patFirst, patAmong int
}

func (sc realWorldScore) pct(k int) float64 { return 100 * float64(k) / float64(max(sc.n, 1)) }

func (sc realWorldScore) String() string {
	return fmt.Sprintf("%d pages: clean title %d (%.0f %%), duration right %d (%.0f %%; none given %d), start right %d (%.0f %%), cause found %d (%.0f %%), timeline as labelled %d (%.0f %%), two or more events %d (%.0f %%), no furniture %d (%.0f %%)",
		sc.n, sc.title, sc.pct(sc.title), sc.dur, sc.pct(sc.dur), sc.durNone, sc.start, sc.pct(sc.start), sc.cause, sc.pct(sc.cause),
		sc.events, sc.pct(sc.events), sc.two, sc.pct(sc.two), sc.clean, sc.pct(sc.clean)) + sc.patternString()
}

func (sc realWorldScore) patternString() string {
	if sc.pats == 0 {
		return ""
	}
	p := func(k int) float64 { return 100 * float64(k) / float64(sc.pats) }
	return fmt.Sprintf(", main pattern first %d of %d (%.0f %%), main pattern among the tags %d (%.0f %%)",
		sc.patFirst, sc.pats, p(sc.patFirst), sc.patAmong, p(sc.patAmong))
}

// sealedQuiet are the sealed sets still sealed: their pages are scored
// and their figures shown, but what each page got wrong is not logged, so
// no one tuning on the other sets reads it by accident (a set leaves this
// list when the next one is written and its failures may be read).
var sealedQuiet = map[string]bool{"sealed69.jsonl": true, "sealed70.jsonl": true}

// scoreRealWorld extracts the pages a gold file names and scores them.
func scoreRealWorld(t *testing.T, goldFile string) realWorldScore {
	f, err := os.Open(goldFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r realWorldScore
	logf := t.Logf
	if sealedQuiet[filepath.Base(goldFile)] {
		logf = func(string, ...any) {} // counted, never shown
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g realWorldGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s line %d: %v", goldFile, r.n+1, err)
		}
		r.n++
		path := filepath.Join("testdata/realworld", g.File)
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		abs, _ := filepath.Abs(path)
		in, err := Extract(body, abs, "")
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		if titleRight(in.Title, g) {
			r.title++
		} else {
			logf("%s: title %q, want %q", g.File, in.Title, g.Title)
		}
		m := gotMinutes(in)
		if withinDuration(m, g.Duration) {
			r.dur++
		} else {
			if m == 0 {
				r.durNone++
			}
			logf("%s: duration %d min (%s – %s), want %d", g.File, m, in.StartedAt, in.EndedAt, g.Duration)
		}
		if ws, err := time.Parse(time.RFC3339, g.StartedAt); err == nil {
			if gs, err := time.Parse(time.RFC3339, in.StartedAt); err == nil && gs.Sub(ws).Abs() <= 15*time.Minute {
				r.start++
			} else {
				logf("%s: started %q, want %s", g.File, in.StartedAt, g.StartedAt)
			}
		}
		if g.Cause {
			found := false
			for _, w := range g.CauseWords {
				found = found || strings.Contains(strings.ToLower(in.Cause), strings.ToLower(w))
			}
			if found {
				r.cause++
			} else {
				logf("%s: cause %.120q, want one of %q", g.File, in.Cause, g.CauseWords)
			}
		}
		if len(g.Patterns) > 0 {
			r.pats++
			if len(in.Patterns) > 0 && in.Patterns[0] == g.Patterns[0] {
				r.patFirst++
			}
			if slices.Contains(in.Patterns, g.Patterns[0]) {
				r.patAmong++
			} else {
				logf("%s: patterns %q, want %s first", g.File, in.Patterns, g.Patterns[0])
			}
			if len(in.Patterns) > 0 && in.Patterns[0] != g.Patterns[0] && slices.Contains(in.Patterns, g.Patterns[0]) {
				logf("%s: patterns %q, want %s first", g.File, in.Patterns, g.Patterns[0])
			}
		}
		if len(in.Timeline) >= g.MinEvents {
			r.events++
		} else {
			logf("%s: %d timeline events, want %d", g.File, len(in.Timeline), g.MinEvents)
		}
		if len(in.Timeline) >= 2 {
			r.two++
		}
		dirty := ""
		for _, field := range []struct{ name, text string }{{"title", in.Title}, {"summary", in.Summary}, {"cause", in.Cause}} {
			if m := pageFurniture.FindString(field.text); m != "" {
				dirty += " " + field.name + " has " + strings.TrimSpace(m)
			}
		}
		if dirty == "" {
			r.clean++
		} else {
			logf("%s: furniture:%s", g.File, dirty)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestRealWorldPages extracts the saved status pages, RCAs and news pages
// of fictional providers in testdata/realworld (Markdown from a web
// clipper, text copied from a browser, HTML, PDF printed from a browser;
// page furniture included) and scores them against their gold records:
// clean title, duration within max(15 min, 25 %), cause found with the
// gold words, timeline events, and no furniture in title, summary or
// cause. gold.jsonl holds the pages the extractor was improved on;
// holdout.jsonl six pages written afterwards and never tuned on, scored
// apart as a check that the methods carry over. It asserts floors over
// both, so it guards against regressions without fixing each page's
// output. sealed.jsonl holds fourteen pages of kinds the other two sets
// lack (a WeChat article, a Zhihu column, a Confluence export, a GitHub
// issue, a console event notice, a Google Docs export, an email
// announcement, …), their gold written before they were first
// extracted; it is reported as a third set. Measured sealed (before any
// change it suggested): title 86 %, duration 79 %, start 79 %, cause 93 %,
// timeline 79 %, furniture-free 93 %. Its titles were fixed afterwards
// (14 of 14), so it is no longer sealed; its floors guard regressions.
// sealed3.jsonl holds twelve more pages of kinds none of the others has
// (a Statuspage incident with its postmortem on top, an Instatus page
// over a list of past incidents, a CDN's blog with a 12-hour PT
// timeline, a forwarded e-mail, a 复盘 with a Markdown 时间线 table, a
// 运营商 通告, a regulator's summary printed to PDF, a changelog entry, a
// forum thread quoting status updates, durations in words in both
// languages, a colocation RFO form), gold written before they were first
// extracted. Measured sealed: title 75 %, duration 67 %, start 58 %,
// cause 58 %, timeline 67 %, furniture-free 92 %; after the fixes they
// suggested (no longer sealed): 100, 100, 100, 100, 92, 100 %.
// sealed4.jsonl holds fourteen more, leaning on cloud providers' status
// and RCA pages and news printed to PDF (a health-dashboard event, a
// status incident with its products and dated update rows, a Statuspage
// home page with uptime bars over its past incident, a service event
// with two impact windows, English and Chinese news and a status page
// printed to PDF, a 事件报告 in 一二三四 sections, a plain RCA dated only
// in its header, 12-hour times across midnight, a 健康看板 event record,
// a <dl> incident record, a 故障通知 e-mail with 次日, an English RCA
// in UTC+8), gold written before they were first extracted. Measured
// sealed: title 64 %, duration 86 %, start 79 %, cause 79 %, timeline
// 86 %, furniture-free 100 %; after the fixes they suggested (no longer
// sealed): 100 % each. sealed5.jsonl holds ten more cloud status and RCA
// pages (a service-health incident history with one incident expanded,
// a post-incident blog post, a forum announcement thread, an RFO e-mail
// with its headers, news printed to text, a PIR status history in
// question-labelled inline sections, a help-centre RCA, a 故障公告 with
// its 公告列表 sidebar, a 服务健康状态 历史事件 page, Chinese news printed
// to text), gold written before they were first extracted. Measured
// sealed: title 80 %, duration 100 %, start 90 %, cause 90 %, timeline
// 90 %, furniture-free 90 %; after the fixes they suggested (no longer
// sealed): 100 % each. sealed6.jsonl holds fourteen more (a status
// history with one incident expanded and its updates time-first, a
// Statuspage incident and a Statuspage home page under a logo line, a
// review whose questions label one paragraph, a status page's update
// table with the report in its newest row, a service-health history of
// post-incident reports, a news page printed to PDF, an engineering blog
// post, an RFO e-mail with start and end fields, a notice in GMT+8, a
// 故障说明 with 【】 labels, a WeChat 复盘, a Chinese Statuspage incident, a
// one-paragraph 事件通报), their gold written before they were first
// extracted, with the labelled root-cause patterns, main first. Measured
// sealed: title 64 %, duration 93 %, start 86 %, cause 79 %, timeline
// 100 %, furniture-free 100 %, main pattern first 71 %, among the tags
// 86 %; after the fixes they suggested (no longer sealed): 100 % each
// field; patterns are the tagger's and were left alone. sealed7.jsonl
// holds twelve more (a regional dashboard with a table of services and
// one incident expanded, an incident page in two columns flattened to
// text, a post event summary in prose, a knowledge-base RCA, a forum
// announcement with replies, an RCA printed from a browser with its
// header and footer lines, a monthly availability report of three
// incidents, an account-health event page; a 故障报告 in a table, a
// 公众号 article, a 微博 notice, a forum 公告 with 回复), gold written
// before they were first extracted. Measured sealed: title 75 %, duration
// 92 %, start 92 %, cause 58 %, timeline 92 %, furniture-free 100 %, main
// pattern first 75 %, among the tags 92 %; after reading a two-cell table
// row whose first cell names a section as that section's field: cause
// 67 %, timeline 100 %, the rest unchanged; after the fixes sealed set 8
// suggested (and a few for this set's remaining titles: a record's line
// of fields, a status page's name for a region, a post's 【title】, time-
// first updates with their state): title 100 %, cause 83 %.
// sealed8.jsonl holds twelve more pages of the furniture that trips
// titles (a Statuspage save under a logo line, menu, region selector and
// banner with past incidents below; a cloud RCA whose <title> and <h1>
// are the site's name, the incident a bold line; a "Service Health —
// Incident details" record copied one field a line; news printed to text
// with masthead, byline, adverts and related stories; a Statuspage
// postmortem over its updates; a status page with a record table under a
// banner of another incident; a blog summary under a "Degraded
// Performance" banner; a PIR history with inline "Summary of impact: …
// Root cause: …" labels; a 公告 under a 面包屑 and the site's h1; a 故障通报
// with 【】 title and "二、为什么会发生"; a 历史事件 list with one entry
// expanded; a 公众号 article), gold written before they were first
// extracted. Measured sealed: title 58 %, duration 92 %, start 92 %, cause
// 83 %, timeline 100 %, furniture-free 100 %, main pattern first 67 %,
// among the tags 92 %; after the fixes they suggested (no longer sealed):
// 100 % each field, patterns unchanged (the tagger's, left alone).
// sealed9.jsonl holds twelve more (a regional status page with a service × region grid over its
// incident, a PIR in its five questions copied from a browser, a
// Statuspage incident clipped to Markdown, an RFO dated only in PDT with a
// range over midnight, a status history entry of inline labels, a news
// story printed from a browser to text, a forum thread with an accepted
// staff answer, a status dashboard incident with "began … ended … (all
// times are US/Pacific)"; a 故障公告 with 故障开始时间/故障恢复时间, a 事件复盘
// blog post with a 时间线 table, a status page 事件详情 in CST, a 快讯
// reprint with 来源/编辑), gold written before they were first extracted.
// It was kept untouched while sets 7 and 8 were fixed, to measure whether
// those fixes carry to new text. Measured untouched (at 7ba0829): title
// 83 %, duration 75 %, start 75 %, cause 75 %, timeline 92 %,
// furniture-free 92 %, main pattern first 83 %, among the tags 92 %; and
// the same, field for field, after the fixes of sets 7 and 8 were merged
// (they did not carry). After the fixes its own failures suggested (no
// longer sealed): title 100 %, duration 92 %, start 92 %, cause 83 %.
// sealed12.jsonl and sealed13.jsonl hold twelve pages each, their genres
// paired across the two sets (a cloud RCA saved as text with its whole
// menu, cookie banner and footer; a Statuspage incident with a postmortem
// over Resolved / Monitoring / Identified / Investigating; an incident
// page "began at … and ended at … (all times are US/Pacific)" over a table
// of updates; a PIR history with one incident expanded, its labels
// inline; a "Summary of the … Service Event" letter whose cause is its
// fourth paragraph; news printed to text and to PDF; an engineering RCA
// clipped to Markdown; a 公众号 故障公告, a 论坛 情况说明, a 状态页 复盘 and a
// 状态页 故障公告 with 北京时间 and their start and end in several forms),
// gold written before they were first extracted. Measured untouched (at
// 5c3a39f): set 12 title 83 %, duration 83 %, start 83 %, cause 100 %,
// timeline 100 %, furniture-free 100 %, main pattern first 83 %, among
// the tags 100 %; set 13 title 100 %, duration 100 %, start 92 %, cause
// 67 %, timeline 100 %, furniture-free 75 %, main pattern first 83 %,
// among the tags 92 %. After the fixes set 12's failures suggested (a
// cookie banner above a text page's title, a byline run in with its deck
// and first paragraph in print, a status page named "…服务状态", fields
// "故障开始" / "故障结束" with "（北京时间）"), set 12 is no longer sealed:
// title, duration, start 100 % each, the rest unchanged; set 13, kept
// untouched, is unchanged field for field (its failures are of other
// kinds: causes told in prose with no cause word, a news story's start
// read from its "Updated" line, and "log in" / "sign in" in sentences,
// which pageFurniture counts as furniture).
// sealed14.jsonl and sealed15.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones (a Statuspage
// incident saved with its subscribe widget, nav and footers, its updates
// only; a PIR history whose incident is one paragraph of inline labels,
// "between 02:47 and 13:15 UTC on 18 Mar 2017"; a news page printed and
// read back as text, hard-wrapped, with its print header and footer; a
// Chinese 服务状态 incident of 已解决 / 监控中 / 已确认 / 调查中 updates; a
// one-paragraph 故障公告 in 北京时间; a Confluence or Notion export with
// its fields in CET or PDT; a status incident with no cause told; a
// status incident with a "Mini Incident Report" in US/Pacific; an RFO or
// incident report in GMT+8 / HKT; Chinese news printed to text; a blog
// post with YAML or TOML front matter; a Chinese notice with no cause
// told; two pages of each set tell no cause, so cause tops out at 83 %),
// causes told in plain words without the word "cause", gold
// written before they were first extracted. Measured untouched (at
// 857943c): set 14 title 83 %, duration 75 %, start 67 %, cause 50 %,
// timeline 92 %, furniture-free 83 %, main pattern first 78 %, among the
// tags 100 % (its news print failed outright: "document has no text");
// set 15 title 83 %, duration 83 %, start 83 %, cause 58 %, timeline
// 100 %, furniture-free 100 %, main pattern first 70 %, among the tags
// 90 %. Set 15 is kept sealed: only its figures are read. After the fixes
// set 14's failures suggested (hard-wrapped text unwrapped, so a printed
// news page no longer loses all its text to a footer taken for its title;
// a field whose value opens on a clock time is no title; a cause after
// "经排查，" or in a reported statement told cause first; a table cell of
// bold inline labels read as a Mini Incident Report; "自14:20起" in a
// Chinese update; a subscribe widget's small print; an impact section's
// "From 07:45 PDT, …"; a news story's date under its byline no event;
// sentences that only say something failed giving way to the summary's
// that names what set it off), set 14 (no longer sealed): title 100 %,
// duration 100 %, start 100 %, cause 75 %, timeline 100 %, furniture-free
// 100 %, main pattern first 80 %, among the tags 100 %; set 15, untouched: title
// 92 %, duration 92 %, start 83 %, cause 67 %, timeline 100 %,
// furniture-free 100 %, main pattern first 60 %, among the tags 90 %.
// Set 14's remaining failures: a cause told in plain words with no cue
// the dictionaries know (a contractor boring through a duct), main
// patterns second to the tagger's. The last fix also finds set 13's
// clipped RCA's cause (set 13 cause 100 %).
// sealed16.jsonl and sealed17.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones, leaning on
// causes told without the word "cause" (an Azure-like PIR under "Summary
// of Impact / Root Cause / Mitigation / Next Steps" headings, saved as
// HTML or clipped to Markdown; an AWS-like service-event letter in long
// prose in PDT or PST; a GCP-like incident report in ISSUE SUMMARY …
// REMEDIATION AND PREVENTION sections; a status history of several
// incidents, its first the one told; a Statuspage incident in JST or
// CEST, its duration only in its update stamps, its cause only in one
// update; news printed to text, a contractor's cut fibre or a faulty
// switch, its dateline zone the story's; a 复盘 whose cause is told with
// 起因 or 归因于; a 服务状态 history whose update says 源于 or 导致…的是;
// a Chinese notice in UTC+8 with no cause told; an e-mail report of
// "What happened: …" labels; an engineering story of "What we saw /
// What we found"; an event record with no cause told), gold written
// before they were first extracted; two pages of each set tell no cause,
// so cause tops out at 83 %. Measured untouched (at aef90b6): set 16
// title 92 %, duration 92 %, start 83 %, cause 58 %, timeline 100 %,
// furniture-free 100 %, main pattern first 70 %, among the tags 80 %;
// set 17 92, 92, 83, 67, 100, 100, 60, 90 %; set 15 (sealed until
// then) at that commit: 92, 92, 83, 67, 100, 100, 70, 90 %. Set 17 is
// kept sealed: only its figures are read. After the fixes sets 15 and 16
// suggested (系…所致, 问题源于, 归因于, "was traced to", "identified X as the
// reason" told as causes; a story's "What we found" and a post's "The
// problem" as cause headings; "云桥 服务状态" as a site's name, not a
// title; a dateline's "17.05 CEST" as the story's zone; TOML front
// matter; a Mini Incident Report's fields run together in one update
// cell; an opening's "Starting at 10:38 AM PDT, …" over an earlier
// change), set 15: title 100 %, duration 92 %, start 92 %, cause 83 %,
// timeline 100 %, furniture-free 100 %, patterns unchanged; set 16:
// 100, 100, 100, 83, 100, 100 %, patterns unchanged; set 17, untouched,
// unchanged field for field (the fixes did not carry to it). Set 15's
// remaining failure: a Chinese news print whose start "晚上8点左右起" is not
// read and whose end is put on the byline's day; main patterns second to
// the tagger's or missing (hardware read as storage, human-error as
// automation).
// sealed18.jsonl and sealed19.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones (a Slack
// incident channel or #incidents digest with its bot's summary; an SRE
// newsletter whose lead item tells one outage among links and a sponsor;
// a GitLab incident issue or a Jira print view with comments; a bank's or
// a broker's 情况说明 under the site's menu; a Japanese-English status
// page, each update in both languages; a Reddit post pasting a vendor's
// RCA, an HN text post, both with comments; a postmortem in "Impact /
// Trigger / Contributing factors / Resolution"; a colocation provider's
// incident closure notice and a carrier's RFO, dated dd/mm/yyyy; a
// Statuspage-like incident whose cause is a mechanism in one update
// ("requests were piling up behind a lock", "rotated its signing key and
// removed the previous one"); a status page and a 公众号 notice with no
// cause told; a 云 or 政务云 notice whose cause is a carrier's cut fibre or
// a UPS; a building society's numbered major incident report and a
// numbered incident review), gold written before they were first
// extracted; one page of each set tells no cause. Measured untouched (at
// d595254): set 18 title 83 %, duration 92 %, start 75 %, cause 50 %,
// timeline 83 %, furniture-free 100 %, main pattern first 73 %, among the
// tags 91 %; set 19 75, 83, 67, 58, 100, 100, 55, 64 %. Set 19 is kept
// sealed: only its figures are read. After the fixes sets 17 and 18
// suggested (a review's "Trigger" as a cause heading; an "Identified"
// update whose stamp follows its state; an opening that only chains what
// users met giving way to a stated 所致; 经与X确认，… in a timeline item; a
// closing update's thanks and report promise no cause; "Dec 2, 2025 ·
// 10:40 AM GMT" one stamp; a report titled by its kind taking the line
// among its fields; "Incident start:" a field; dd/mm/yyyy and mm/dd/yyyy
// read where one number is over 12; a print header dated last naming the
// page and its site; a headline's "faulty switch blamed" pointing to the
// story's sentence; "three times the usual traffic" a capacity cue; the
// latest of a history's month-years as its year), set 17: title 100 %,
// duration 92 %, start 92 %, cause 67 %, timeline 100 %, furniture-free
// 100 %, main pattern first 50 %, among the tags 90 %; set 18: 100, 100,
// 92, 83, 92, 100, 82, 91 %; set 19, untouched: 75, 83, 67, 67, 100, 100,
// 64, 64 %. Remaining failures: causes told only as a mechanism with no
// cue (a DNS provider's anycast change, a balancer's inventory), a
// resolved note taken for the cause over an earlier update's, a Slack
// channel with no year and a 服务状态 history with no start read, a
// Reddit post's pasted RCA whose cause opens on the RCA's name line and
// lacks hardware, main patterns second to the tagger's (dependency over
// dns for a DNS provider, network over dependency for a transit
// provider, human-error over power-facility).
// sealed20.jsonl and sealed21.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones (a status
// history's PIR with its Tracking ID under "What happened? / What went
// wrong and why? / How did we respond?", saved as HTML or clipped to
// Markdown; a status page's incident saved as JSON and a saved incident
// history whose report heads its update table; a Statuspage incident of
// eight or more updates with its postmortem appended below them; a 云
// 故障说明 with 故障时段 in 北京时间; news printed to PDF and read back with
// each page's header, footer and "1/2" or "Page 1 of 2"; DokuWiki and
// MediaWiki exports whose timeline is a wiki table; a hosting provider's
// and an ISP's "Dear Customer" RFO e-mail, dated dd/mm/yyyy in GMT or in
// words; a ServiceNow incident print and a PagerDuty incident export; a
// status account's thread on X; a CTO's LinkedIn post and a personal
// blog post; a game's 停服 notice with its 补偿; an admin centre's and a
// dashboard's incident with no cause told), causes told as mechanisms,
// external causes (lightning, a DDoS, a contractor's saw, a provider's
// queue) and capacity stories set off by a change, gold written before
// they were first extracted; one page of each set tells no cause.
// Measured untouched (at 60e2ec0): set 20 title 67 %, duration 75 %,
// start 67 %, cause 75 %, timeline 92 %, furniture-free 92 %, main pattern
// first 70 %, among the tags 100 % (its JSON page refused as an
// unsupported type); set 21 75, 67, 50, 67, 92, 92, 64, 91 %; set 19 at
// that commit 75, 83, 67, 67, 100, 100, 64, 64 %. Set 21 is kept sealed:
// only its figures are read. After the fixes sets 19 and 20 suggested
// (an incident saved as JSON read as the Markdown its fields make; a
// slash date with both numbers 12 or under read by its zone's convention,
// day first in GMT, BST or CET, month first in a US zone; a carrier's
// "Fault reported" / "Service restored" fields and "Total outage" length;
// a field whose value is a length alone, or a "… type" field, no title;
// "RFO:", "loss of service" naming an incident in a title; a site's "…官方
// 网站" line no title), set 19: title 83 %, duration 92 %, start 75 %,
// cause 67 %, timeline 100 %, furniture-free 100 %, main pattern first
// 64 %, among the tags 64 %; set 20: 83, 92, 75, 83, 100, 100, 73, 100 %;
// set 21, untouched: unchanged field for field. Remaining failures: a
// thread on X and a LinkedIn post titled by their counts, stamp or
// profile line; a news story's later paragraph whose clock time, told
// after a later one, is put on the next day; a ticket's or a post's start
// with no zone or day read; a PIR's "What happened?" paragraph taken into
// its cause; main patterns second to the tagger's (deployment over the
// defect it shipped, database over the capacity that overloaded it).
// sealed22.jsonl and sealed23.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones (a health
// dashboard's event whose updates open on "[RESOLVED]", stamped "Oct 14
// 4:52 PM PDT" or across midnight in PST; an e-mail reply over the report
// it quotes, each line after "> ", or a Chinese reply over its 原始邮件; a
// monthly availability report, one incident a heading, the first the
// one told; news printed to PDF whose day is "yesterday" or 昨天下午 under
// an "Updated" stamp or a byline; a 公众号 复盘 with its pictures'
// captions; a 飞书 or 钉钉 notice of short field lines; a carrier's RFO
// dated "22 OCT 2025 0347Z" or "14-08-2025 11:25 hrs IST"; a cState page
// and a 服务状态 page with no cause told; an incident.io export and a
// Rootly retrospective; a status history whose first entry has "Root
// Cause and Mitigation" or "Preliminary Root Cause"; a game's Discord
// post-mortem and a bank's Telegram post; a service incident report and
// a major incident report with ISO stamps and offsets across midnight),
// gold written before they were first extracted; one page of each set
// tells no cause. Measured untouched (at 8629c85): set 22 title 83 %,
// duration 92 %, start 75 %, cause 67 %, timeline 100 %, furniture-free
// 100 %, main pattern first 18 %, among the tags 64 %; set 23 75, 92,
// 75, 92, 100, 100, 82, 100 %; set 21 at that commit 75, 67, 50, 67, 92,
// 92, 64, 91 %. Set 23 is kept sealed: only its figures are read. After
// the fixes sets 21 and 22 suggested (a history entry named under a day's
// heading one level up keeps its bold "What happened?" sections, which
// clip to headings of the name's level; "05 MAR 2025 2214Z" a date and a
// military clock; a reply's quote marks taken off its quoted lines; a
// "Why" heading the cause's; "12:15 p.m. Eastern" a US zone; a chat
// notice's long labelled line under its title the start of its write-up;
// "SERVICE INCIDENT REPORT" over the line that names the incident; Han
// menu items parted by single spaces a menu; "故障时段：北京时间…" a
// record's time field), set 21: title 83 %, duration 75 %, start 58 %,
// cause 75 %, timeline 100 %, furniture-free 100 %, main pattern first
// 73 %, among the tags 100 %; set
// 22: 100, 100, 92, 83, 100, 100, 18, 73 %; set 23, untouched: 83, 92,
// 75, 92, 100, 100, 82, 100 %; sets 1 to 20 unchanged. Remaining
// failures: set 21's thread on X titled "Replying to @…", a news print's
// title run in with its print header, a post's and a wiki's start
// taken from their own dates, a
// carrier's end read from a later stamp; set 22's Discord post dated
// only "Saturday 8 November" (no year), a report whose cause is told
// with no cue ("A configuration change … lowered …"); main patterns
// second to the tagger's (capacity, config-change or certificate over
// the labelled software-bug, dependency, database, hardware).
// sealed24.jsonl and sealed25.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones (an SEC 8-K
// current report, as text and as HTML, its cover over "Item 8.01 Other
// Events"; a communications regulator's outage report with its fields
// table, and a utility commission's notice of a major service
// interruption across midnight in EDT; a podcast's show notes and a
// video's description with chapters ("00:00 Intro") and a transcript; a
// 掘金 and a CSDN 复盘 with reading counts, tags and 相关推荐; a city's 政务
// 通报 and a 通信管理局 通报 of 次日; a Hacker News link post and a Lobsters
// thread whose comment quotes the postmortem; a FireHydrant retrospective
// across midnight and an Opsgenie export in "(GMT-05:00)"; a Google Docs
// export with its comment sidebar ("[a]…") and a Word review with
// "Commented [RK1]:"; multi-factor stories where a change exposed a
// defect, told in a blog post and a Statuspage postmortem, labelled with
// the defect first; a Mastodon and a Bluesky status thread with no cause
// told; a mailing-list archive forwarding a carrier's notice or quoting a
// DNS provider's report; a 证券 公司's 交易系统故障 公告 and a 农商银行's
// 致歉公告), gold written before they were first extracted; one page of
// each set tells no cause. Measured untouched (at a41ac90): set 24 title
// 83 %, duration 92 %, start 100 %, cause 75 %, timeline 92 %,
// furniture-free 100 %, main pattern first 73 %, among the tags 82 %; set
// 25 75, 92, 100, 67, 100, 100, 64, 91 %; set 23 at that commit 83, 92,
// 75, 92, 100, 100, 82, 100 %. Set 25 is kept sealed: only its figures
// are read. After the fixes sets 23 and 24 suggested (a day-first date
// with hyphens and "hrs", "14-08-2025 11:25 hrs IST", read whole and its
// zone taken by the notice's bare "at 12:40 hrs"; an opening's range with
// both clock times kept over a longer length told of a cause, "drifting
// for eight days"; "The bug it exposed", "The real problem" cause
// headings; a blame set aside, "instead of blaming", no cause; a filing's
// cover titled by its filer and form; a "Service | region | dates" line
// no title; a poster's line "发布人：… 2025-11-20 10:06" dating a notice; a
// lede's 昨天 over a yearless day months before the byline; a later
// sentence of a 事件经过 paragraph that opens on its own "9时45分，" an
// event; a part "kept working because …" no cause), set 23: title 92 %,
// duration 100 %, start 100 %, cause 92 %, timeline 100 %,
// furniture-free 100 %, main pattern first 82 %, among the tags 100 %;
// set 24: 92, 100, 100, 92, 100, 100, 73, 82 %; set 25, untouched:
// unchanged field for field; sets 1 to 22 unchanged. Remaining failures:
// social threads titled by their profile's lines ("channel · 48 213
// subscribers", "Follows you · Bot": made furniture, they cost the first
// post its stamp, so left alone), main patterns second to the tagger's or missing (dependency
// over database for a vendor's database update, config-change over the
// defect it exposed, database for a search node's failed disk).
// sealed26.jsonl and sealed27.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones (a GitLab
// incident issue with its labels and activity stream, and a Jira
// incident printed with its fields and comments; a PR Newswire and a
// Business Wire release, "11:40 p.m. MT on Saturday, Feb. 7" and "4:55
// a.m. and 8:20 a.m. Central Time"; a 微博 长文 dated "26-3-13 10:20 来自
// 微博" over a yearless range; a new and an old Reddit thread quoting an
// RCA; an incident.io and a Status.io status page with no cause told; a
// talk's slides printed to text ("3 / 14") and a Marp deck; a 知乎 回答
// and a V2EX thread quoting an official 说明; a building society's service
// update in "5.10pm" and a Zendesk known-issue article; a status history
// saved as its RSS and as its Atom feed; a Substack and a Ghost
// newsletter whose day is "yesterday"; a 头条 and a 澎湃 news print of
// 昨晚; a Sphinx and an MkDocs postmortem), multi-factor stories labelled
// with the defect first, gold written before they were first
// extracted; one page of each set tells no cause. Measured untouched (at
// 79c7d65): set 26 title 67 %, duration 92 %, start 67 %, cause 83 %,
// timeline 92 %, furniture-free 83 %, main pattern first 60 %, among the
// tags 80 % (its RSS page refused as an unsupported type); set 27 67, 67,
// 58, 75, 92, 92, 70, 100 %; set 25 at that commit 75, 92, 100, 67, 100,
// 100, 64, 91 %. Set 27 is kept sealed: only its figures are read. After
// the fixes sets 25 and 26 suggested (a status history's RSS or Atom feed
// read as its newest item's page; a heading's "¶" permalink dropped; a
// "Labels:" field and a "Created 3 months ago by …" line no title; "登录 |
// 注册" a prompt above the title; a microblog stamp's two-digit year; "MT"
// and "CT" US zones; a blog's "于 2025-08-09 11:20:31 发布" line no event),
// set 25: title 75 %, duration 100 %, start 100 %, cause 67 %, timeline
// 100 %, furniture-free 100 %, main pattern first 64 %, among the tags
// 91 %; set 26: title 100 %, duration 100 %, start 92 %,
// cause 92 %, timeline 100 %, furniture-free 100 %, main pattern first
// 64 %, among the tags 82 %; set 27, untouched: 75, 75, 67, 83, 100, 100,
// 64, 100 %; sets 1 to 24 unchanged. Remaining failures:
// set 25's Bluesky thread (its posts' "Name @handle · Mar 2" headers and
// "March 2, 2026 at 3:04 PM" stamps are not folded as X's are), an 8-K in
// HTML titled by its file's name, a Lobsters story line ("▲ 64 … site")
// and its comment's cause, a video's cause; set 26's
// building-society page with no zone (its "5.10pm" read as UTC, not UK
// time); main patterns second to the tagger's (config-change over the
// defect it exposed, dependency over a vendor's storage hardware).
// sealed28.jsonl and sealed29.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones, at least seven
// of each a cloud provider's status or RCA page (a status history's PIRs
// as <details> rows, one open, and as text with "Summary of impact: …
// Root cause: … Mitigation: …" across midnight; a health dashboard's
// event with its event log as a table newest first and as text oldest
// first, "Mar 3, 2026, 11:42 PM CET" and "Mar 12 9:21 AM PDT"; an
// OCI-like incident history of "Impacted Service(s)" / "Start Time" /
// "Resolution Time" fields and a console's event record in "(UTC-05:00)";
// an IBM-like notification "Resolved: …" with ISO fields and a Tianlu-like
// international incident report in "10:42 a.m. … (UTC+8)"; a 故障公告 with
// its 处理进展 stack newest first and one oldest first across midnight in
// 北京时间; a Statuspage incident history and a home page's "Past
// Incidents"; a Trust-like "Incident #74512" RCA and a Statuspal incident;
// a status page of state/text/time list items with no cause told and an
// UptimeRobot page with none), the rest a 博客园 and a 思否 复盘, a Teams
// and a Mattermost incident channel, UK news printed to text in BST (one
// with no zone named), a GitHub Discussions post and a Google Groups
// announcement; multi-factor stories labelled with what went wrong
// first, gold written before they were first extracted; one page of each
// set tells no cause. Measured untouched (at f1c73a7): set 28 title 58 %,
// duration 75 %, start 83 %, cause 75 %, timeline 83 %, furniture-free
// 100 %, main pattern first 55 %, among the tags 82 %; set 29 67, 92, 67,
// 83, 100, 100, 55, 82 %; set 27 at that commit 75, 75, 67, 83, 100, 100,
// 64, 100 %. Set 29 is kept sealed: only its figures are read. After the
// fixes sets 27 and 28 suggested (a record's field line, "Impacted
// Service(s): …", "Incident Start: …", "Component/s: …", no title, and a
// record's number, "Incident #74512", the title where no line names it
// in words; "Resolved: <name>" a notification's name, not an update; a
// post's title over its "submitted … ago by" line, "jump to content"
// debris; "Open and recent issues" a kind of page; a long "Products -
// what customers met" line a title; "Resolution Time" an end field; a
// Chinese print header's "上午9:02"; a state run in with its text and
// closed by its posted time an update; "3pm" a range's clock; "identified
// the issue and are applying a fix" no cause), set 27: title 100 %,
// duration 83 %, start 67 %, cause 83 %, timeline 100 %, furniture-free
// 100 %, main pattern first 64 %, among the tags 100 %; set 28: 92, 92,
// 92, 75, 92, 100, 55, 82 %; set 29, untouched: unchanged field for
// field; sets 1 to 26 unchanged. Remaining failures: a Jira print's
// "04/Feb/26 9:31 AM" dates (not read) and a Teams channel's "Started:
// 3:47 PM GMT" under a date divider, titled by its bot's stamp line; a
// yearless old-Reddit quote and its "Update — Root cause." label taken
// as the cause; a press release's day put on its dateline's; a 微博 长文's
// start; causes told with no cue ("A database migration … held a lock",
// "the declines come from the acquirer"); main patterns second to the
// tagger's (storage over a failed switch, capacity over a provider's
// quota change, database over the bug that leaked its sessions).
// sealed30.jsonl and sealed31.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones, seven of each a
// cloud provider's status or RCA page (a Statuspage incident saved as
// text under the site's "Status" / "Subscribe to updates" header, one
// with its postmortem; an RCA page in HTML whose first heading is the
// logo's image, one across the spring change of clocks, "22:14 CET" to
// "03:12 CEST"; a Statuspage JSON export, the page's incidents.json and
// a webhook's incident with its postmortem_body; a PIR and an incident
// report printed to PDF text with running headers, footers and "Page 1
// of 3" / "1/2"; a 故障说明 printed with its 页眉 and "第 1 页 共 2 页" in
// 北京时间, one across midnight (次日); a news article on an outage
// printed from the web with the paper's masthead, standfirst and
// dateline ("SEATTLE —", "LONDON, 10 March –"); a service-health
// message, "CS841203" as text and "SW553017" as HTML, with "User
// impact:" / "Final status:" / "Root cause:" updates), the rest a 飞书
// and a 钉钉 文档 复盘, a Confluence page printed and a BookStack page, a
// Zulip and a Rocket.Chat export, a Facebook page's post and a Threads
// post (no cause told), a Server Fault and a DevOps Stack Exchange
// answer quoting a provider's RCA; multi-factor stories labelled with
// what went wrong first, gold written before they were first extracted.
// Measured untouched (at c6242da): set 30 title 75 %, duration 92 %,
// start 83 %, cause 92 %, timeline 100 %, furniture-free 100 %, main
// pattern first 55 %, among the tags 64 %; set 31 58, 100, 83, 83, 92,
// 83, 73, 100 %; set 29 at that commit 67, 92, 67, 83, 100, 100, 55,
// 82 %. Set 31 is kept sealed: only its figures are read. After the
// fixes sets 29 and 30 suggested, titles first (a bar of drop-down
// menus whose last choice has no caret, "Support ▾ English ▾ Sign In to
// the Console", "Filter: All products ▾ All regions ▾ Search RCAs",
// debris; a printed page's running headers and footers, the lines that
// recur within three lines of its page counters, dropped, title and
// body; a print header's title that opens the headline, cut short by
// the page's <title>, names it over the standfirst; a chat channel's
// "Channel header: … | IC: … | Sev 2" its title; an "Event" /
// "Incident" / "Issue" row of a record's table its title; a record's
// fields laid out on one row with "Status: Resolved" among them under
// the incident's name), then a start (a status page's closing update
// that looks back, "Resolved - … Delays began at 13:02 UTC when …",
// starts it, as the first two updates' did), set 29: title 92 %,
// duration 83 %, start 75 %, cause 83 %, timeline 100 %, furniture-free
// 100 %, main pattern first 55 %, among the tags 82 % (the page whose
// start came right lost its duration: its end is still its last
// update's, not "corrected at 15:37 UTC"); set 30: 100, 92, 83, 92, 100,
// 100, 55, 64 %; set 31, untouched: unchanged field for field; sets 1
// to 28 unchanged. Remaining failures: a status history titled by its filter
// note ("Product and region filters apply to incidents since January
// 2024.": a site menu of over 100 characters is not read as one); a
// question's "from roughly 02:10 to 03:55 UTC on 3 February" dated by
// an earlier day its quote names ("failed silently on 1 February"), a
// Facebook post's "February 19 at 7:48 PM" with no year, a 思否 复盘's
// start, UK news with no zone named, a closing update's "until the chain
// was corrected at 15:37 UTC" not read as the end, the start a "Down for
// 2 hours, 7 minutes" implies, a 故障公告's end read at its 处理完毕 after
// its 恢复正常; main patterns second to the tagger's or missing
// (deployment over the defect it shipped, capacity over a dropped index,
// retry-storm over the identity provider's key rotation, automation over
// the step skipped by hand, deployment and failover over the disk a
// database primary lost).
// sealed32.jsonl and sealed33.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones, eight of each
// a cloud provider's status or RCA page (a status history saved as text
// with every incident closed but one, "▸ Show updates" and "▾ Hide
// updates", and one of "+" / "−" rows; an RCA page whose <title> is
// "Incident Report | Brand" and whose <h1> is a date, "July 14, 2026"
// and "2026-08-27"; a PIR exported from Google Docs, spans everywhere,
// one splitting words; an RCA printed from the web to PDF text with its
// cookie banner on every page; a 【故障公告】 in 北京时间 as text and as
// HTML; a bilingual English/Chinese notice of a Japanese-style provider
// in JST, as text and as HTML with <dl> fields; an Apple-like "System
// Status" page, English and Chinese, telling no cause), the rest a
// pipermail post and an mbox message announcing an outage, a wire story
// ("LONDON, Nov 6 (Wireline) -", "华讯社上海11月20日电"), a GitHub and a
// Forgejo file view of a postmortem, an Asciidoctor page and an Org
// file, a Linear issue and a Shortcut story printed; multi-factor stories
// labelled with what went wrong first, gold written before they were
// first extracted. Measured untouched (at e5ade7a): set 32 title 67 %,
// duration 92 %, start 92 %, cause 92 %, timeline 100 %,
// furniture-free 100 %, main pattern first 36 %, among the tags 82 %;
// set 33 50, 100, 75, 92, 100, 92, 55, 73 %; set 31 at that commit 58,
// 100, 83, 83, 92, 83, 73, 100 %. Set 33 is kept sealed: only its
// figures are read. After the fixes sets 31 and 32 suggested, titles
// first (a <title> or og:title of a kind of page and the site's name,
// "Incident Report | Brand", "System Status - Brand Support", no title,
// nor the site's name alone, "Brand Cloud", nor its copyright holder's
// name before ", Inc."; an <h1> outside the content a generator marks,
// repeated by the <title>, the title over a caption inside it, "Note";
// a history whose one opened entry, "▾ Hide updates" among "▸ Show
// updates" ("收起详情" among "展开详情"), names the page and gives its
// start; a bar of links with a sign-in or subscription prompt set apart
// by wide spaces and a status page's key to its states, "Available Issue
// Outage Maintenance", no title; the logo's brand the organisation when
// its copyright holder is "Brand, Inc."), set 31: title 75 %, duration
// 100 %, start 83 %, cause 83 %, timeline 92 %, furniture-free 92 %,
// main pattern first 64 %, among the tags 100 % (a page whose title came
// right has its main pattern second: storage, named by the title, over
// the power fault); set 32: 92, 100, 100, 92, 100, 100, 36, 82 %; set
// 33, untouched: unchanged field for field; sets 1 to 30 unchanged.
// Remaining failures: a system-status page whose event heading is also a
// cell of its grid of products (taken for a row's name), a Threads post
// titled by a reply's header or its counters, a chat export titled by
// its channel's name, a printed PIR titled by its running "Brand
// Incident Report RWK-IR-0412" line; a wiki page's start put on the day
// of its "Review meeting: 2026-02-18" field; main patterns second to the
// tagger's (hardware over a firmware rollout, capacity over a config
// change's prefetch limit, config-change over an automated cleanup job,
// capacity over a third party's feed, deployment over a provider's
// retired API version, storage over a full disk's capacity).
// sealed34.jsonl and sealed35.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones, seven of each
// a cloud provider's status or RCA page (a status page's feed of one
// incident's updates in Atom, items titled "Resolved" / "Postmortem" or
// "Resolved · <name>"; an RCA page whose <h1> is "Post-Incident Review"
// or "Incident Report" over the incident's <h2>, under a breadcrumb and
// a cookie banner; a status grid of products by region whose first
// heading is a product cell, the event under it; a 故障复盘 in HTML with
// 面包屑 and 北京时间; a PIR printed from the web to PDF text with its
// running header, "Brand Post-Incident Review PIR-2026-044", on every
// page; a scheduled maintenance that overran its window, as text; a
// support case's RCA reply under the case's fields), the rest an apology
// newsletter's HTML e-mail (Mailchimp-style tables, "View this email in
// your browser"), a 中文 tech-news article, a Trello card printed, a
// help-center notice telling no cause, a Docusaurus blog postmortem;
// multi-factor stories labelled with what went wrong first, gold written
// before they were first extracted. Measured untouched (at 3a955be): set
// 34 title 83 %, duration 92 %, start 92 %, cause 92 %, timeline 92 %,
// furniture-free 100 %, main pattern first 55 %, among the tags 73 %;
// set 35 83, 92, 75, 83, 100, 100, 45, 82 %; set 33 at that commit 50,
// 100, 75, 92, 100, 92, 55, 73 %. Set 35 is kept sealed: only its
// figures are read. After the fixes sets 33 and 34 suggested, titles
// first (a feed whose items are one incident's updates, titled by their
// state alone or by state and name, read as the incident's page: named
// by the feed's title beside the status page's name or by the items'
// common rest, each update led by its stamp and state; a message saved
// raw, an mbox "From " line and Return-Path / Received headers with
// folded lines over its Subject, read as Subject, From and Date over its
// text; a tracker's trail of three or four parts without digits set
// apart by spaced middle dots, "Workspace · Board · List", a breadcrumb;
// a history whose rows end in "+" when shown closed and "−" when shown
// opened, named by the opened row's last cell and cut at the next row),
// then a start (a closing update's "began at 22:48 UTC", later than the
// update was posted after midnight, dated the day before): set 33 title
// 67 %, duration 100 %, start 83 %, cause 92 %, timeline 100 %,
// furniture-free 100 %, main pattern first 55 %, among the tags 73 %;
// set 34: 100, 92, 92, 92, 100, 100, 55, 73 %; set 35, measured once at
// the end: 92, 92, 67, 83, 100, 100, 45, 82 % (one title gained, one
// start lost, both on its feed of updates, whose start now comes from
// its updates, not from the closing one alone); sets 1 to 32 unchanged.
// Remaining failures: an RCA page whose <title> and <h1> are the site's
// and a date ("Incident Report | Brand" over "2026-08-27") where the
// name sits lower, a Chinese system-status page titled by its "系统状态",
// a printed story's fields in columns ("Estimate   3 points   Labels …")
// taken for its name, a print header's shortened title ("VM network
// degradation …") over the page's own; starts: a history's opened row
// with no year near it, an apology e-mail that names no year, a
// date-<h1> page dated by a later day it names; main patterns second to
// the tagger's (capacity over a human step or a config change,
// software-bug over the deployment that shipped it, automation over a
// runbook's human error).
// sealed36.jsonl and sealed37.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones, seven of each
// a cloud provider's status or RCA page (a long "Summary of the …
// Service Event" with its list of zones or services; a PIR with its
// tracking id and "What happened? / What went wrong and why? / How are
// we making incidents like this less likely", in a history and under a
// date <h1>; a status incident with its "Postmortem" update above the
// Resolved / Monitoring / Identified ones; a trust center's incident
// entry; a CDN's or an IDC's 故障说明 in 北京时间 ranges, one across
// midnight; a release-notes page, HTML and Markdown, whose one entry is
// an incident; a service-health alert e-mail with its field block), the
// rest a WeChat 公众号 故障复盘 saved as HTML, a news page printed to PDF
// text, a CSDN and a 知乎 repost with its 版权声明 and counts, a Matrix and
// a Discord chat export telling no cause, and an incident tool's report
// with its field table; multi-factor stories labelled with what went
// wrong first, gold written before they were first extracted. Measured
// untouched (at 24215a2): set 36 title 75 %, duration 92 %, start 83 %,
// cause 92 %, timeline 92 %, furniture-free 92 %, main pattern first
// 64 %, among the tags 91 %; set 37 67, 92, 83, 75, 100, 92, 73, 91 %;
// set 35 (its failures read from here on) 92, 92, 67, 83, 100, 100, 45,
// 82 %. Set 37 is kept sealed: only its figures are read. After the
// fixes set 36 suggested, titles first (a <title> of a kind of page, the
// product's and the site's names, "Release notes – Brand Databases |
// Brand Docs", "Trust Center | Brand Platform", names no incident when
// none of its parts does; the copyright holder's name without its
// company form and a kind of page or product line after it, "Brand Data
// Platform" of "Brand Data Ltd", is the site's; "Incident reports", a
// list of reports, is a kind of page but no report's kind; a changelog
// or release notes names its kind; a chat room's topic in sentences
// names the room, its bot's first update the incident, the update's
// state after an icon, "🟠 Investigating: …", icons trimmed off titles),
// then a start (a news page's bar of buttons, "Share   Comments (214)
// Save", is furniture, not a heading over its comments): set 36 title
// 100 %, duration 100 %, start 92 %, cause 92 %, timeline 100 %,
// furniture-free 92 %, main pattern first 64 %, among the tags 91 %; set
// 35: unchanged; set 37, measured once at the end: unchanged, 67, 92,
// 83, 75, 100, 92, 73, 91 %; set 33 title 75 % (its RCA titled
// "Incident Report | Brand" over a date <h1> now named by its <h2>);
// sets 1 to 32 and 34 unchanged. Remaining failures: a chat export's start put on the
// day of a later day's header (the day above its first update is cut
// off with the room's header); a release-notes page's summary taken from
// its intro with the feed's "Subscribe" prompt, its title led by the
// entry's "Incident" badge; a status grid's product cell over the
// event; an apology e-mail and a printed card's history rows with no
// year; main patterns second to the tagger's (capacity over the latent
// defect an automated process reached, capacity over a readiness probe a
// deployment shipped, config-change over the fibre cut a misconfigured
// backup link could not carry, database over the failover that chose a
// lagging replica).
// sealed38.jsonl and sealed39.jsonl hold twelve pages each, their genres
// paired across the two sets and new to the earlier ones, seven of each
// a cloud provider's status or RCA page (a status page in a third
// vendor's layout, components with "Partial outage" / "Degraded
// performance" badges, a subscribe box, updates newest first in PST or
// CET; an RCA exported from Notion with its property table; a status
// account's Bluesky or Mastodon thread telling no cause; a 云厂商 故障公告
// with its 产品 / 地域 / 影响时间 rows; a Reason for Outage letter printed
// to text, its letterhead, its date over the subject and the incident's
// day without a year; a staff post-incident report on a Discourse forum
// dated "Nov 24"; a health dashboard's grid of services by region over
// the event), the rest a Medium engineering post (claps, "Follow", "8 min
// read"), a Mailman digest of an ops list with the RFO among other
// messages, a Jira incident's printable export, a Hacker News thread
// linking the outage with the status updates quoted in its comments, and
// a 掘金 or 思否 故障复盘 with its tags and 评论区; multi-factor stories
// labelled with what went wrong first, gold written before they were
// first extracted. Measured untouched (at 52b5a7f): set 38 title 83 %,
// duration 83 %, start 58 %, cause 83 %, timeline 92 %, furniture-free
// 92 %, main pattern first 55 %, among the tags 73 %; set 39 83, 83, 50,
// 67, 92, 100, 64, 82 %; set 37 (its failures read from here on) 75, 92,
// 83, 75, 100, 92, 73, 91 %. Set 39 is kept sealed: only its figures are
// read. After the fixes set 38 suggested, starts and a title (a date
// alone on its line over a letter's subject, "17 November 2026", dates
// the letter, the last such line over the title on a history; a forum
// post's "Nov 24" or a thread's "4 hours ago" with the full date in its
// tooltip dates the page; a thread saved from Bluesky or Mastodon, each
// post's age or time under its handle ("· 3h", "Nov 22, 2026, 09:14"),
// is titled by its first post, not by the site's "New Post" button, and
// a post that tells a clock time is timed by it, not by when it was
// posted): set 38 title 92 %, duration 83 %, start 83 %, cause 83 %,
// timeline 92 %, furniture-free 92 %, main pattern first 55 %, among the
// tags 73 %; set 37 unchanged; set 39, measured once at the end: 83, 92,
// 83, 67, 92, 100, 64, 82 %; sets 1 to 36 unchanged. Remaining failures:
// a Mailman digest titled by its "Send … submissions to" preamble and
// dated by a later message; a Jira export dated by its "Generated at"
// line over its "18/Nov/26" fields; a service event summary titled by
// its site's "Post-Event Summaries"; a release-notes page's intro with
// its "Subscribe via RSS" taken for the title; a Discord export titled
// by its guild; a Jira export's comments, "added a comment - 18/Nov/26
// 3:20 PM", not read as events; causes missed where a printed news story
// says "power failure" in a quote, or taken from the sentence after the
// one a thread quotes ("The wildcard certificate … expired"); main patterns second to the tagger's (config-change
// over the fibre cut a misconfigured backup path could not carry,
// capacity over the leaking controller that filled a database's quota,
// capacity or database over the deployment that shipped a pooler's or a
// migration's defect, network over a route leak from an unfiltered
// session).
// sealed40.jsonl and sealed41.jsonl hold twelve pages each (status
// history cards and accordion, a Statuspage report printed, a 云厂商
// 事件报告 as a table, a Confluence PIR, a GitLab incident, a status RSS
// history, a press release printed wide, a Teams channel export, a
// podcast's transcript, Notion markdown, an encyclopedia article, a
// Reddit thread); set 41 is kept sealed. Set 40 untouched (at 532f1db):
// title 75 %, duration 83 %, start 75 %, cause 67 %, timeline 83 %,
// furniture-free 92 %, main pattern first 73 %, among the tags 73 %; after
// the fixes it suggested (a page printed about a hundred columns wide is
// unwrapped; a chat export's messages are timeline events under the
// incident its bot declares; 报告 and 说明 name a report's kind; a cause
// sentence opening "Its …" is read with the one before; a supplier's
// on-call confirming a fault is a cause) 100, 92, 92, 83, 100, 100, 82,
// 82 %; set 39 unchanged (83, 92, 83, 67, 92, 100, 64, 82 %); set 41,
// measured once at the end (at 8cc3121): 83, 83, 92, 83, 92, 100, 64,
// 82 %. Still
// wrong on set 40: the podcast's transcript offsets ("[00:06:49]",
// chapters "[02:10]") read as clock times, and main patterns second to
// the tagger's (human-error over a configuration change, capacity over a
// software bug).
// sealed42.jsonl and sealed43.jsonl hold twelve pages each, their genres
// paired across the two sets and in forms the earlier sets lack: a
// provider's Post Incident Review with its Tracking ID and "What happened?
// / What went wrong and why? / How did we respond? / How are we making
// incidents like this less likely" in a status history (HTML; printed to
// text), a status incident with its updates newest first under "Posted 3
// days ago. Nov 21, 2026 - 16:40 UTC" stamps, a long "Summary of the …
// Service Event in the … Region" in PDT (printed to text; clipped to
// Markdown, across midnight), a 故障说明 in a 北京时间 range, a news story
// printed to text under its masthead, cookie banner, menu and share
// buttons, a notice e-mail with its headers, an engineering post with a
// TL;DR and code blocks, a status history of several incidents whose
// first is the page's subject, an incident tool's export (YAML behind its
// command line; JSON), a GitHub issue postmortem (HTML; copied as text),
// a 公众号 复盘 with its 时间线 table, an RFO or a colocation report
// printed to PDF text with running heads; gold written before they were
// first extracted. Set 43 is kept sealed. (A first draft of set 43 had
// its failures shown by mistake before it was listed as sealed; it was
// withdrawn unread for fixes and these twelve pages written in its place.)
// Measured untouched (at 5aa354a): set 42 title 83 %, duration 83 %,
// start 100 %, cause 92 %, timeline 100 %, furniture-free 100 %, main
// pattern first 67 %, among the tags 92 %; set 43 83, 75, 100, 92, 83,
// 100, 50, 75 %; set 41 (its failures read from here on) 83, 83, 92, 83,
// 92, 100, 64, 82 %. After the fixes sets 42 and 41 suggested (an
// incident tool's export printed at a terminal, YAML or JSON under its
// command line, read as a record titled by the incident it wraps; a
// closing update's "normally since 09:02 UTC" its end, over a status
// card's range of posted stamps, and its second paragraph's "began at"
// its start; Statuspage's "The issue has been identified and a fix is
// being implemented" no cause; "Ref." no sentence's end in a title; a
// print header with a dotted date, "Brand – Press   12.11.2026, 14:22",
// no title; a chat export's stamped entry no title): set 42 100 % each
// field, main pattern first 58 %, among the tags 92 %; set 41 100, 83,
// 92, 83, 92, 100, 64, 82 %; set 40 unchanged; set 35 start 75 % (was
// 67); set 43, measured once at the end (at 2844c45): 92, 83, 100, 92,
// 83, 100, 50, 75 %. Still wrong: main patterns second to the tagger's (software-bug
// over the automated workflow, network over the faulty switch, capacity
// over the retry storm, database over the migration, storage over the
// disk a log filled).
// sealed44.jsonl and sealed45.jsonl hold twelve pages each, paired across
// the two sets, nine of each printed to PDF by chromium with its own
// header and footer left on (date and page title at the top, file URL and
// page number at the bottom of every page, text broken mid-paragraph
// across pages; sources and command in testdata/realworld/pdfsrc): a news
// story in two columns with a pull quote and "Related articles" / "Most
// read" lists, its byline days after the incident; a news story with a
// photo caption mid-article; a trade-press story in two columns beside a
// rail; a cloud provider's RCA in its status history (Tracking ID,
// "Summary of Impact", "Root Cause", "Mitigation", "Next Steps" as side
// headings); a status page's incident history; a Statuspage incident;
// a 新闻 / 科技频道 page (来源, 责任编辑, 分享到); a PIR whose timeline
// table runs across two pages; an RFO letter. The rest are a news page
// printed to text with the browser's running heads, a cloud PIR in HTML
// with sidebars, a Chinese news page copied as text. Gold written before
// they were first extracted. Set 45 is kept sealed. Measured untouched
// (at 33f97f7): set 44 title 92 %, duration 83 %, start 58 %, cause 83 %,
// timeline 75 %, furniture-free 100 %, main pattern first 75 %, among the
// tags 100 %; set 45 83, 100, 67, 75, 83, 100, 50, 75 %; set 43 (its
// failures read from here on) 92, 83, 100, 92, 83, 100, 50, 75 %. After
// the fixes set 44 suggested (a rail's "Most read" list printed after a
// page's column and before its footer, mid-story, is dropped, not read as
// the story's end; a paragraph a page's end broke is joined again past the
// header and footer; a narrow column's line that ends on a word no
// sentence ends on runs on, a word broken after its hyphen is one word, a
// clock runs on into its zone on the next line; a Chinese page's numbers
// and Latin words, set in another font, run on into its sentences, and a
// strict read whose bold font came out as codes gives way to the lenient
// reader; a status history's updates stamped without a year date the
// incident on the day over it, not the next day's heading under it): set
// 44 title 100 %, duration 100 %, start 83 %, cause 83 %, timeline 100 %,
// furniture-free 100 %, main pattern first 75 %, among the tags 100 %;
// set 43 unchanged; older sets unchanged. Set 45, measured at the end:
// see the floors (its duration lost a page, unread; the floor says so).
// Still wrong on set 44: a British paper's "6.40am" read as UTC (no zone
// on the page), a news story's "the culprit was not … but <company>" as
// the cause, and a 新闻 page's times put on the day its statement was
// published.
// sealed46.jsonl and sealed47.jsonl hold twelve pages each, paired across
// the two sets: cloud providers' status and RCA pages as a person saves
// them, page furniture left in (menus, cookie banners, region pickers,
// "Subscribe to updates", footer link lists, "Was this page helpful?"):
// a status history copied as text whose subject is its one expanded
// entry among many collapsed ones; a Post Incident Review under "Tracking
// ID: XXXX-YYY" whose "What happened? … What went wrong and why? … How
// did we respond? … How are we making incidents like this less likely"
// run inline in one paragraph (HTML; printed to PDF by chromium, source
// in testdata/realworld/pdfsrc); a product-health dashboard whose row
// "Service | Region | Status | Started | Resolved" opens on the incident;
// a post-incident report with every time in the one zone it names at
// the top ("All times PDT"); a Chinese cloud's 【故障公告】 (北京时间,
// 影响范围, 故障原因, 改进措施) under its site menu (HTML; copied as
// text); Statuspage updates newest first with their dates on their own
// lines; a notice whose only length is "for approximately 2 hours and
// 13 minutes"; a "Summary of the … Service Event in the … Region" copied
// with its region picker; a news story and a status history printed to
// PDF. Gold written before they were first extracted. Set 47 is kept
// sealed. Measured untouched (at the commit that added them): set 46
// title 75 %, duration 92 %, start 92 %, cause 83 %, timeline 100 %,
// furniture-free 100 %, main pattern first 67 %, among the tags 75 %;
// set 47 92, 92, 83, 100, 92, 100, 67, 75 %; set 45 (its failures read
// from here on) 83, 92, 75, 92, 92, 100, 58, 83 %. After the fixes set 46
// suggested (a menu's call to action, "Get a demo", "Start your free
// trial", no title; a history's day over its entry, "12 May", and a
// Statuspage's banner, "Minor Service Outage", no title; a Chinese site's
// two-level crumb, "公告 > 故障公告", dropped; a closing apology, "We
// apologize for the impact this event caused", no cause; a sentence that
// tells why the recovery was slow, "it took until 13:20 for all regions to
// recover because …", no cause; a status history's months' headings,
// "March 2026", give its yearless stamps their year; a status history
// printed or copied without headings ends its subject's stamped updates
// at the next entry's name, so the entries under it lend it no times):
// set 46 title 100 %, duration 100 %, start 100 %, cause 100 %, timeline
// 100 %, furniture-free 100 %, main pattern first 67 %, among the tags
// 75 %; set 47 (sealed, not tuned) 92, 100, 83, 100, 92, 100, 75, 75 %;
// sets 44 and 45 unchanged; older sets unchanged. Still wrong on
// set 46: main patterns second to the tagger's (a credential rotation
// tagged certificate, a query bug deployment, a host class's thread limit
// capacity, a component upgrade's defect certificate).
// sealed48.jsonl and sealed49.jsonl hold twelve pages each of cloud
// status-page incidents and RCAs/PIRs, each with one labelled root cause
// in the shares of the issue's set (config-change four, capacity three,
// software bug two, and one each of human error, power/facility,
// hardware and a third-party dependency), written so that other patterns
// are told too: the rollout that carried the bad setting, the capacity
// that ran out as a consequence, clients' retries after recovery,
// monitoring that alerted late, a change first suspected and ruled out;
// the main pattern is the one the "root cause" sentence names ("The root
// cause was …", "was caused by …", "preliminary root cause is …",
// "根因：…", "故障原因：…"). Statuspage histories copied as text and
// saved as HTML, PIRs under "What happened? / What went wrong and why?",
// a "Summary of the … Service Event" under its region picker, RCAs in
// Markdown, a colocation provider's power notice (its times in IST, Irish
// Standard Time), a Chinese cloud's 【故障公告】 and 状态历史. Gold written
// before they were first extracted. Set 49 is kept sealed (set 47 stays
// sealed too: its failures are still unread). Measured untouched (at the
// commit that added them): set 48 title 92 %, duration 100 %, start
// 100 %, cause 100 %, timeline 100 %, furniture-free 100 %, main pattern
// first 92 %, among the tags 100 %; set 49 92, 92, 92, 100, 100, 100,
// 83, 100 %.
// sealed50.jsonl and sealed51.jsonl hold twelve pages each of the same
// kinds of cloud status and RCA pages in the same shares (set 50 without a
// third-party dependency, set 51 without a hardware fault), but the cause
// is told the way providers write when they do not say "the root cause
// was X": through what engineers found or identified ("Engineers
// identified a recent configuration update … as the preliminary root
// cause", "Engineers found that version 4.12 kept a reference to every
// closed client session"), what was applied and what it lacked or left
// out ("a legacy configuration was applied that did not include required
// routing policy statements", "an update to the allow-list … omitted the
// address ranges"), what a component did under load ("a subset of
// front-end nodes reached their connection limits", "our indexing
// workers could not keep up"), what an operator ran ("an operator ran the
// decommission workflow against the wrong rack"), what a facility or a
// part did ("the utility feed … dropped … one UPS string … did not carry
// the load", "A line card … began dropping packets"); "A misconfiguration
// resulted in inbound routing failure"; a status history whose entry holds
// every section as inline labels in one paragraph; Statuspage incidents
// with Investigating/Identified/Monitoring/Resolved updates, a PIR under
// the five questions, a Service Event summary, an RFO e-mail, a blog post
// printed to text with its header and footer lines, a 【故障公告】 whose
// cause is under 问题说明 and a 历史事件 entry of 【】 labels. Gold written
// before they were first extracted. Set 51 is kept sealed; set 49's
// failures may be read from here on. Measured untouched (at the commit
// that added them): set 50 title 100 %, duration 100 %, start 83 %, cause
// 50 %, timeline 92 %, furniture-free 100 %, main pattern first 83 %,
// among the tags 92 %; set 51 100, 92, 100, 83, 100, 100, 67, 75 %.
// After reading a fault told by what a part did or a change lacked as a
// cause (faultTold: "reached their connection limits", "could not keep
// up", "did not carry the load", "began dropping packets", "the utility
// feed … dropped", "an update … omitted", "超出了规划余量") in a status
// page's closing update, a summary's sentences and the paragraphs
// searched for a failure: set 50 cause 100 %, the rest unchanged; set 51
// (sealed, figures only) unchanged. Still wrong on set 50: two starts (a
// status page whose year is only in its past-incident lines; one whose
// impact began before its first update, told only in the closing
// update), one timeline, the main pattern of two bug write-ups (a leak
// shipped by a rollout tagged deployment first; a lease race tagged
// database and failover without software-bug).
// Set 49 (read from here on): title 92 → 100 % once a footer's row of
// links that opens with the site's name as its pages write it, beside the
// copyright of its holder ("Hexworth Database Cloud · Status · … · © 2026
// Hexworth Ltd"), names the site, so the first line "Hexworth Database
// Cloud — Incident Report" is no title; still wrong on it: a status page
// with no year anywhere (no start, no duration) and two main patterns
// second to the tagger's.
// sealed52.jsonl and sealed53.jsonl hold ten pages each in the hidden
// set's shares (config-change three, capacity two, software bug two, one
// each of human error, power/facility or hardware and a third-party
// dependency), in the genres and layouts the earlier sets use least: a
// status history of several incidents with one opened, RCAs and RFOs
// e-mailed to customers and pasted as text (headers, a quoted reply, a
// "view in browser" line), news printed to PDF-like text (a masthead and
// menus, a byline, lines broken mid-sentence, running heads and page
// numbers between paragraphs), status pages with updates in reverse
// order and times in PST, CET or IST, a 故障公告 of inline 影响/原因/处理
// labels in one paragraph, a PIR whose cause is told only by what
// engineers found; durations told as ranges, "began … ended" fields, a
// start and a stated length, or only by the updates. Gold written before
// they were first extracted. Set 53 is kept sealed; set 51's failures may
// be read from here on. Measured untouched (at the commit that added
// them): set 52 title 80 %, duration 100 %, start 90 %, cause 80 %,
// timeline 90 %, furniture-free 100 %, main pattern first 80 %, among
// the tags 90 %; set 53 90, 100, 100, 90, 100, 100, 80, 90 %; set 51
// 100, 92, 100, 83, 100, 100, 67, 75 % (unchanged since it was added).
// After reading an early update's "since about 13:10 IST" as the start, a
// resource run at its maximum or used up and a change that moved a
// setting as causes, and a change's "rolled out between 08:30 and 09:10
// UTC" as no range of the outage's (its end the closing update's "normal
// by 10:52 UTC"): set 52 start 100 %, cause 100 %; set 51 duration
// 100 %; floors raised to those figures. Still wrong on set 52: the title
// of a status history with one entry opened (the first entry's name), a
// news page's print header as its title ("The Brackwell Gazette
// 04/12/2026, 09:14"), a timeline of numbered updates in HTML ("Update 2
// — 17 Nov 2026, 08:50 CET" headings read as no events), two bugs shipped
// by a release tagged deployment first (one without software-bug); on set
// 51: a service event's cause ("received more lookups than it could
// serve"), an operator's command's cause and human-error, three main
// patterns second to the tagger's or missing.
// sealed54.jsonl and sealed55.jsonl hold ten pages each in the hidden
// set's shares (config-change three, capacity two, software bug two, one
// each of human error, power/facility or hardware and a third-party
// dependency), weighted toward cloud providers' RCAs and news printed to
// PDF: a status history's PIR whose "Summary of impact: … Root cause: …"
// labels run inline in one paragraph or as bold run-ins, "ISSUE SUMMARY /
// DETAILED DESCRIPTION OF IMPACT / ROOT CAUSE / REMEDIATION AND
// PREVENTION" reports with US/Pacific times, "Summary of the … Service
// Event" prose with the times only in the prose, two news stories printed
// to real PDF with headless Chromium (one Chinese, one in two columns
// with a pull quote), a news story as a PDF reader's text, an RFO e-mail
// pasted as text, Chinese 故障公告 with inline 影响/原因/处理 labels, a
// 故障说明 of numbered headings, a 服务公告, a 复盘 whose cause is told
// under 排查过程 by what engineers found, a 原因说明 e-mail, status pages
// with updates in reverse order in PST or CST and a status history in
// IST with one incident opened. Gold written before they were first
// extracted. Set 55 is kept sealed; set 53's failures may be read from
// here on. Measured untouched (at the commit that added them): set 54
// title 90 %, duration 80 %, start 100 %, cause 80 %, timeline 100 %,
// furniture-free 100 %, main pattern first 70 %, among the tags 100 %;
// set 55 100, 80, 100, 90, 100, 100, 90, 100 %; set 53 90, 100, 100, 90,
// 100, 100, 80, 90 % (unchanged since it was added).
// After counting a typed mark on a line of its own (a 相关阅读 list's "·"
// bullets, "©", "¥") as no font's code (garbledHanLines), so a Chinese
// news page printed from a browser whose headline the strict reader reads
// as codes is read by the lenient reader: set 54 title 100 %. Still
// wrong on set 54: two durations (a Service Event whose end is told as
// "back to normal levels" after an earlier "started to fall"; a status
// page's closing update posted after the stated recovery time), two
// causes (a news story in two columns whose lead only blames "a fault in
// a software update" over the paragraph naming the bug; a 复盘 whose
// cause is under 排查过程, not its timeline's 排查发现根因), three main
// patterns second to the tagger's (deployment over software-bug twice,
// capacity over config-change); on set 53: a news masthead as title
// ("FELLGATE HERALD fellgateherald.example"), a cause from an update that
// only names throttling, two main patterns second or missing.
// sealed56.jsonl holds ten more pages in the hidden set's shares
// (config-change three, capacity two, software bug two, one each of human
// error, power/facility and a third-party dependency), each of another
// genre: an Atlassian Statuspage incident as HTML, a PIR saved as text
// with inline labels, a Google-Cloud-like incident as Markdown with a
// table of updates in US/Pacific, a news story printed to PDF as a
// reader's text (IST), a Chinese 故障公告 page, a GitHub issue page whose
// post is in a table cell among reactions and replies, a status history
// in JST copied as Markdown, a carrier's RFO e-mail in PST, a postmortem
// blog post with comments and related posts, a Chinese status page saved
// as text. Written by a helper, gold before any page was extracted; set
// 56 is kept sealed from here on and set 55's failures may be read.
// Measured untouched at a01a5fd..2bbf2d6's head and at 335b5a7 (this
// session's start) alike: title 90 %, duration 90 %, start 100 %, cause
// 100 %, timeline 100 %, furniture-free 80 %, main pattern first 90 %,
// among the tags 100 %.
// Stop 51 read set 56's failures (a status page's newest update the
// incident report posted two days on, its cells' <br> running words
// together; an e-mail's signature and footers under "Kind regards," in its
// cause; a video's prompt as a summary): all ten pages right but one main
// pattern second (deployment over software-bug).
// sealed57.jsonl holds twelve more (10 English, 2 Chinese) of large
// clouds' incident reports saved as text, HTML or Markdown with their
// furniture, main patterns in the hidden set's shares (config-change
// four, two in plain words with no "misconfiguration"; capacity three;
// software bug two; one each of human error, power/facility, hardware),
// other patterns told as symptoms or mitigations beside the cause. Set 56
// may be read from here on. Untouched at fd62484 (stop 51's start): title
// 92 %, duration 100 %, start 100 %, cause 100 %, timeline 92 %,
// furniture-free 100 %, main pattern first 92 %, among the tags 100 %.
// Stop 52 read set 57's failures (an RFO notice under a customer portal's
// name whose first sentence ends with its date; a Statuspage report whose
// updates are stamped with a bare offset, "-03", and whose report runs to
// five paragraphs before its time): title 100 %, timeline 100 %; its one
// main pattern second (network over hardware) stays.
// sealed58.jsonl holds twelve more (10 English, 2 Chinese), large clouds'
// reports with their furniture (a logo in the first <h1>, a title only in
// <title>, a PDF's running heads), main patterns in the hidden set's
// shares (config-change four, three in plain words; capacity three;
// software bug two; human error, power/facility, hardware one each). Set
// 57 may be read from here on. Untouched at a9187a7 (stop 52's start):
// title 100 %, duration 83 %, start 100 %, cause 92 %, timeline 100 %,
// furniture-free 100 %, main pattern first 92 %, among the tags 100 %.
// Stop 53 read set 58's failures (a Statuspage postmortem in a pre-wrap
// block whose section names stand on lines of their own, its cause
// paragraph opening on a clock; a part's length, "the racks … lost power
// for approximately 14 minutes", taken as the event's; "Why did it take
// over an hour to restore service?" over an opening range of 85 minutes):
// duration 100 %, cause 100 %; its one main pattern second (deployment
// over software bug: "we deployed broker version 7.4.0 … Version 7.4.0
// contained a regression") stays, as a rule that puts a named defect
// before its release cost two silver documents labelled the other way.
// sealed59.jsonl holds twelve more (10
// English, 2 Chinese): Statuspage pages with a logo <h1>, Google-Cloud
// "Incident began … ended …", PIRs with inline question headings, an
// AWS-style event summary, a title only in <title>, a PDF's text with
// running heads, a Markdown copy, a cloud's 故障说明 and a 复盘; main
// patterns config-change four (three in plain words), capacity two,
// software bug two, dependency, human error, network and database one
// each. Untouched at 75e5806 (stop 53's start): title 100 %, duration
// 100 %, start 100 %, cause 83 %, timeline 92 %, furniture-free 100 %,
// main pattern first 58 %, among the tags 92 %. Later in stop 53 set 59
// was read (four of its five main patterns missed had a rollout first:
// "deployment" before the defect it shipped or the setting it pushed; a
// history of reviews whose later entries' times, and its furniture's two
// dated lines, kept its shown review's paragraphs from the timeline):
// timeline 100 %, main pattern first 75 %. The two config-change pages
// whose rollout still comes first stay: putting the setting before its
// rollout cost two held-out silver documents labelled the other way.
// sealed60.jsonl holds twelve more (10 English, 2 Chinese) of the same
// genres; main patterns config-change four, capacity two, software bug
// two, hardware, human error, dependency and power/facility one each.
// Untouched at eec70ef: title 92 %, duration 83 %, start 83 %, cause 92
// %, timeline 100 %, furniture-free 100 %, main pattern first 58 %, among
// the tags 92 %; the rule that puts a named defect before its release
// left its figures as they were. In stop 54 set 60 was read (a printed
// RCA's letterhead row with its reference, its stage under the
// incident's name, an earlier issue's date among its fields, the range
// "interrupted from … and were fully restored at …" beside a part's
// length; a status page's "**Scheduled:**" banner; a latent defect named
// in a sentence that points back, an event's "because" told later): title,
// duration, start, cause 100 %, main pattern first 67 %. Its four main
// patterns still second (a cache module that failed read as a defect, a
// person's typed selector behind the capacity lost, a clock's wrap behind
// the defect, a rollout before the setting it pushed) stay: the tagger's
// order, not read from one page. sealed61.jsonl holds twelve more (10
// English, 2 Chinese) of the same genres, written by a helper that never
// ran the extractor; main patterns config-change four (three in plain
// words), capacity two, software bug two, database, dependency, human
// error and network one each. Untouched at 6a49bb6 (stop 54's start):
// title 92 %, duration 100 %, start 75 %, cause 92 %, timeline 100 %,
// furniture-free 92 %, main pattern first 75 %, among the tags 83 %; the
// fixes read from sealed set 60 and durations set 11's even lines and set
// 10's odd lines left them so. Once sealed62.jsonl was written, set 61
// was read (a screen-reader link "Click here to return to … homepage" and
// an AWS-style title of fifteen words and more; a post's correction at its
// top; AEDT restated in UTC in brackets; a TL;DR's "How long:" and a third
// party's window before the opening's own range): title, duration and
// start 100 %, cause 92 %. Its pattern misses (a flag flipped for every
// region read as a rollout, a human error behind a cache deletion, a line
// card's failure put before the network it broke) and a TL;DR's "Why:"
// taken over the paragraph that tells it stay. sealed62.jsonl holds
// twelve more (10 English, 2 Chinese) of the same genres; main patterns
// config-change four (three in plain words), capacity two, software bug
// two, hardware, human error, dependency and power/facility one each.
// Untouched at a634b15: title 100 %, duration 83 %, start 92 %, cause 83
// %, timeline 100 %, furniture-free 100 %, main pattern first 83 %, among
// the tags 92 %. In stop 55, once set 63 was written, set 62 was read (an
// AWS-style summary that opens with a load that grew over a range, a
// closing update that tells no time after one whose service came back "at
// that point", an "Identified" update's defect named by where it lies, a
// summary's "caused by" under a "What happened" heading): title,
// duration, start, cause, timeline and furniture-free 100 %, main pattern
// among the tags 100 %, first 83 % (a script run against production read
// as automation before the person's slip, a release before the defect it
// shipped: the tagger's order). sealed63.jsonl holds twelve more (10 English, 2
// Chinese; an ISP notice, a one-paragraph RCA, a PIR, a Google-Cloud-style
// incident, an AWS-style summary, a university's IT announcement, a
// blog postmortem, a 复盘, a Statuspage incident, a 故障说明, a news page
// printed to PDF and a status history); main patterns config-change four
// (three in plain words), capacity two, software bug two, human error,
// hardware, dependency and certificate one each. Untouched at f63ece4
// (stop 55's start): title 92 %, duration 92 %, start 83 %, cause 83 %,
// timeline 83 %, furniture-free 83 %, main pattern first 92 %, among the
// tags 92 %. In stop 56, once set 64 was written, set 63 was read (a
// status history whose introduction runs long above the one review it
// shows, its questions in bold; a Google-Cloud-style report's courtesy
// note over its description; an event summary whose cause is a fleet
// short of its load and whose closing apology names what "this event
// caused"; a news page printed from a browser whose headline wraps on two
// lines under its masthead's menu): title, duration, cause and
// furniture-free 100 %, start and timeline 92 %, main pattern first 92 %,
// among the tags 100 %. sealed64.jsonl holds twelve more (10 English, 2
// Chinese; a Statuspage incident, a Google-Cloud-style incident, a PIR,
// an AWS-style summary, a one-paragraph RCA, a blog postmortem, a news
// page printed to PDF, a university's IT notice, an ISP notice, a GitHub
// issue, a 事件报告 and a 复盘); main patterns config-change four (three
// in plain words), capacity two, software bug two, dependency, hardware,
// DNS and human error one each. Untouched at 727ac3f (stop 56's start):
// title 100 %, duration 75 %, start 75 %, cause 83 %, timeline 83 %,
// furniture-free 100 %, main pattern first 58 %, among the tags 83 %. In
// stop 57, once set 65 was written, set 64 was read (a PIR declared
// mitigated after monitoring, past its last customer's recovery; an event
// summary whose defect is named before the work that suspected the
// trigger; a news page's supplier named by what it supplies; an ISP
// notice's yearless day over an earlier notice's full date and its peak
// told before its range; a GitHub issue's comments under their heading;
// a new list shipped with a release that left an entry out): title,
// duration, cause and furniture-free 100 %, start and timeline 92 % (a
// news page that names no zone), main pattern first 83 %, among the tags
// 100 %.
// sealed65.jsonl holds twelve more (10 English, 2 Chinese; a Statuspage
// incident, a Google-Cloud-style incident, a one-paragraph PIR, an
// AWS-style summary, a news page printed to PDF, a status history, a
// carrier's RFO e-mail, a blog postmortem, a university's IT notice, a
// GitHub issue, a 故障说明 and a 复盘); main patterns config-change four
// (three in plain words), capacity two, software bug two, human error,
// hardware, dependency and power one each. Untouched at 851f9fd (stop
// 57's start): title 100 %, duration 100 %, start 83 %, cause 92 %,
// timeline 83 %, furniture-free 92 %, main pattern first 75 %, among the
// tags 92 %. Read in stop 58, once set 66 was written, and fixed: start,
// cause 100 %, main pattern first 92 %, among the tags 100 %.
// sealed66.jsonl holds twelve more (10 English, 2 Chinese, Somerset
// brands; a Statuspage incident, a Google-Cloud-style incident, a status
// history entry of inline labels, an AWS-style summary, a news page
// printed to PDF, a status history, an RFO e-mail, a blog postmortem
// with front matter, a council's IT notice, a GitHub issue, a 故障公告 and
// a 复盘); main patterns config-change four (three in plain words),
// capacity two, software bug two, human error, hardware, dependency and
// certificate one each. Untouched at 0242c21 (stop 58's start): title
// 100 %, duration 100 %, start 92 %, cause 83 %, timeline 92 %,
// furniture-free 100 %, main pattern first 75 %, among the tags 83 %;
// the same after stop 58's fixes. It was sealed until stop 59 (see
// below).
// sealed67.jsonl holds twelve more, written at the end of stop 58 so that
// the next stop starts from a fresh held-out set (10 English, 2 Chinese,
// Wiltshire brands; a Statuspage incident with its postmortem on top, a
// Google-Cloud-style incident, a status history of inline labels, an
// AWS-style summary, a news page printed to PDF, an Instatus page, an RFO
// e-mail, a blog postmortem, a university's IT notice, a Slack export, a
// 故障公告 and a 复盘); main patterns config-change four (three in plain
// words), capacity two, software bug two, human error, hardware,
// dependency and certificate one each. Untouched at 5d28d1d: title 100 %,
// duration 92 %, start 92 %, cause 83 %, timeline 100 %, furniture-free
// 92 %, main pattern first 67 %, among the tags 92 %. Sealed too; stop
// 59's fixes left it as it was.
// Stop 59 read sealed set 66: the fixes it led to (a rule list that
// "omitted" an entry, a release that left a setting at its default in
// Chinese, a form's field wrapped onto indented lines, a "because" of what
// people could not do beside a sentence that says what caused it, a
// timeline row that says jobs started queueing after the deploy's row)
// brought it to title 100 %, duration 100 %, start 100 %, cause 100 %,
// timeline 92 %, furniture-free 100 %, first 100 %, among 100 %.
// sealed68.jsonl holds twelve more, written at the start of stop 59 by a
// helper that never ran the extractor nor read its source (10 English, 2
// Chinese, Staffordshire brands; a Statuspage incident with its
// postmortem on top, a Google-Cloud-style incident, an Azure-style
// history, an AWS-style summary, a news page printed to PDF, a Better
// Stack page, an RFO e-mail with wrapped fields, a blog postmortem with
// front matter, a hospital's IT notice, a Discord export, a 故障公告 and a
// 复盘). Untouched at be9ce28: title 92 %, duration 100 %, start 92 %,
// cause 67 %, timeline 92 %, furniture-free 100 %, first 92 %, among 100
// %; the same with stop 59's fixes. Sealed; stop 60's fixes left it as it
// was.
// Stop 60 read sealed set 67: the fixes it led to (a plain-text e-mail's
// sections boxed between rules, "Why did the backup not work?" no cause
// section beside a statement of the cause, a power supply in a switch as
// hardware, an alarm's threshold as monitoring, a "safe deployment
// process" no rollout, a Slack export's day dividers and wrapped
// messages) brought it to 100 % on every count but main pattern first (83
// %; among the tags 100 %).
// sealed69.jsonl holds twelve more, written at the start of stop 60 by a
// helper that never ran the extractor nor read its source (10 English, 2
// Chinese, Norfolk brands; a Statuspage incident, a Google-Cloud-style
// incident, an Azure-style history entry, an AWS-style summary, a news
// page printed to text, an ISP's RFO e-mail, a blog postmortem with a
// timeline table, a Better Stack page, a Confluence PIR, a status history,
// a cloud's 故障说明 and a game's 复盘). Untouched at f97586e: title 100 %,
// duration 92 %, start 83 %, cause 83 %, timeline 92 %, furniture-free 100
// %, first 83 %, among 92 %; the same with stop 60's fixes. Sealed.
// Stop 61 read sealed set 68: the fixes it led to (a timeline headed "What
// happened and when" whose rows open with their weekday and day, a range
// whose day a byline cut short had given, an undone dashboard update no
// dated change) brought it to title 92 %, duration 100 %, start 100 %,
// cause 83 %, timeline 100 %, furniture-free 100 %, first 92 %, among 100
// %.
// sealed70.jsonl holds twelve more, written at the start of stop 61 by a
// helper that never ran the extractor nor read its source (10 English, 2
// Chinese, Suffolk brands; a Statuspage incident with its postmortem on
// top, a Google-Cloud-style incident across the end of summer time, an
// Azure-style history entry, an AWS-style summary, a news story printed
// to text, an ISP's RFO e-mail with day-first dates, a blog postmortem
// with front matter and a timeline table, an incident.io page, a
// Confluence PIR, a Slack export with a closing summary, a cloud's 故障说明
// and a game's 复盘). Untouched at 5bc99e7: title 92 %, duration 83 %,
// start 75 %, cause 83 %, timeline 100 %, furniture-free 100 %, first 67
// %, among 92 %; the same with stop 61's fixes. Sealed.
func TestRealWorldPages(t *testing.T) {
	t.Parallel()
	dev := scoreRealWorld(t, "testdata/realworld/gold.jsonl")
	t.Logf("tuned on: %v", dev)
	held := scoreRealWorld(t, "testdata/realworld/holdout.jsonl")
	t.Logf("held out: %v", held)
	if dev.n < 30 || held.n < 6 {
		t.Fatalf("only %d + %d gold pages read", dev.n, held.n)
	}
	all := realWorldScore{n: dev.n + held.n, title: dev.title + held.title, dur: dev.dur + held.dur, start: dev.start + held.start,
		cause: dev.cause + held.cause, events: dev.events + held.events, clean: dev.clean + held.clean}
	// floors some points under what each set reached when they were set
	// (tuned and held out together: title 100 %, duration 90 %, start 84 %,
	// cause 94 %, timeline 94 %, furniture-free 100 %)
	all.floors(t, "tuned and held out", 90, 80, 75, 85, 85, 90)
	// each sealed set: how many pages it holds, and floors a page or two
	// under what it reached (title, duration, start, cause, timeline, no
	// furniture)
	for _, set := range []struct {
		name, file string
		least      int
		fl         [6]float64
	}{
		{"sealed set", "sealed.jsonl", 14, [6]float64{90, 70, 70, 85, 65, 85}},
		{"sealed set 3", "sealed3.jsonl", 12, [6]float64{90, 80, 80, 85, 75, 90}},
		{"sealed set 4", "sealed4.jsonl", 14, [6]float64{90, 85, 85, 85, 85, 90}},
		{"sealed set 5", "sealed5.jsonl", 10, [6]float64{85, 85, 85, 85, 85, 80}},
		{"sealed set 6", "sealed6.jsonl", 14, [6]float64{85, 85, 85, 85, 85, 85}},
		{"sealed set 7", "sealed7.jsonl", 12, [6]float64{85, 80, 80, 70, 85, 85}},
		{"sealed set 8", "sealed8.jsonl", 12, [6]float64{85, 85, 85, 85, 85, 85}},
		{"sealed set 9", "sealed9.jsonl", 12, [6]float64{90, 85, 85, 75, 85, 85}},
		{"sealed set 10", "sealed10.jsonl", 12, [6]float64{90, 90, 90, 90, 90, 90}},
		{"sealed set 11", "sealed11.jsonl", 12, [6]float64{75, 85, 75, 75, 90, 90}},
		{"sealed set 12", "sealed12.jsonl", 12, [6]float64{90, 90, 90, 90, 90, 90}},
		{"sealed set 13", "sealed13.jsonl", 12, [6]float64{90, 90, 90, 85, 90, 90}},
		{"sealed set 14", "sealed14.jsonl", 12, [6]float64{90, 90, 90, 65, 90, 90}},
		{"sealed set 15", "sealed15.jsonl", 12, [6]float64{90, 80, 80, 75, 90, 90}},
		{"sealed set 16", "sealed16.jsonl", 12, [6]float64{90, 90, 90, 75, 90, 90}},
		{"sealed set 17", "sealed17.jsonl", 12, [6]float64{90, 80, 80, 55, 90, 90}},
		{"sealed set 18", "sealed18.jsonl", 12, [6]float64{90, 90, 80, 75, 80, 90}},
		{"sealed set 19", "sealed19.jsonl", 12, [6]float64{75, 80, 65, 55, 90, 90}},
		{"sealed set 20", "sealed20.jsonl", 12, [6]float64{75, 80, 65, 75, 90, 90}},
		{"sealed set 21", "sealed21.jsonl", 12, [6]float64{75, 65, 50, 65, 90, 90}},
		{"sealed set 22", "sealed22.jsonl", 12, [6]float64{90, 90, 80, 75, 90, 90}},
		{"sealed set 23", "sealed23.jsonl", 12, [6]float64{83, 90, 90, 83, 90, 90}},
		{"sealed set 24", "sealed24.jsonl", 12, [6]float64{83, 90, 90, 83, 90, 90}},
		{"sealed set 25", "sealed25.jsonl", 12, [6]float64{66, 91, 91, 58, 91, 91}},
		{"sealed set 26", "sealed26.jsonl", 12, [6]float64{91, 91, 83, 83, 91, 91}},
		{"sealed set 27", "sealed27.jsonl", 12, [6]float64{91, 75, 58, 75, 91, 91}},
		{"sealed set 28", "sealed28.jsonl", 12, [6]float64{83, 83, 83, 66, 83, 91}},
		{"sealed set 29", "sealed29.jsonl", 12, [6]float64{58, 83, 58, 75, 91, 91}},
		{"sealed set 30", "sealed30.jsonl", 12, [6]float64{66, 83, 75, 83, 91, 91}},
		{"sealed set 31", "sealed31.jsonl", 12, [6]float64{50, 91, 75, 75, 83, 75}},
		{"sealed set 32", "sealed32.jsonl", 12, [6]float64{58, 83, 83, 83, 91, 91}},
		{"sealed set 33", "sealed33.jsonl", 12, [6]float64{41, 91, 66, 83, 91, 83}},
		{"sealed set 34", "sealed34.jsonl", 12, [6]float64{75, 83, 83, 83, 83, 91}},
		{"sealed set 35", "sealed35.jsonl", 12, [6]float64{75, 83, 66, 75, 91, 91}},
		{"sealed set 36", "sealed36.jsonl", 12, [6]float64{66, 83, 75, 83, 83, 83}},
		{"sealed set 37", "sealed37.jsonl", 12, [6]float64{58, 83, 75, 66, 91, 83}},
		{"sealed set 38", "sealed38.jsonl", 12, [6]float64{75, 75, 50, 75, 83, 83}},
		{"sealed set 39", "sealed39.jsonl", 12, [6]float64{75, 75, 41, 58, 83, 91}},
		{"sealed set 40", "sealed40.jsonl", 12, [6]float64{91, 83, 83, 75, 91, 91}},
		{"sealed set 41", "sealed41.jsonl", 12, [6]float64{91, 66, 75, 75, 83, 91}},
		{"sealed set 42", "sealed42.jsonl", 12, [6]float64{91, 91, 91, 91, 91, 91}},
		{"sealed set 43", "sealed43.jsonl", 12, [6]float64{83, 75, 100, 91, 83, 100}},
		{"sealed set 44", "sealed44.jsonl", 12, [6]float64{91, 91, 83, 83, 91, 91}},
		{"sealed set 45", "sealed45.jsonl", 12, [6]float64{83, 91, 66, 91, 91, 100}},
		{"sealed set 46", "sealed46.jsonl", 12, [6]float64{100, 100, 100, 100, 100, 100}},
		{"sealed set 47", "sealed47.jsonl", 12, [6]float64{91, 91, 83, 100, 91, 100}},
		{"sealed set 48", "sealed48.jsonl", 12, [6]float64{91, 100, 100, 100, 100, 100}},
		{"sealed set 49", "sealed49.jsonl", 12, [6]float64{100, 91, 91, 100, 100, 100}},
		{"sealed set 50", "sealed50.jsonl", 12, [6]float64{100, 100, 83, 100, 91, 100}},
		{"sealed set 51", "sealed51.jsonl", 12, [6]float64{100, 100, 100, 83, 100, 100}},
		{"sealed set 52", "sealed52.jsonl", 10, [6]float64{80, 100, 100, 100, 90, 100}},
		{"sealed set 53", "sealed53.jsonl", 10, [6]float64{90, 100, 100, 90, 100, 100}},
		{"sealed set 54", "sealed54.jsonl", 10, [6]float64{100, 80, 100, 80, 100, 100}},
		{"sealed set 55", "sealed55.jsonl", 10, [6]float64{100, 80, 100, 90, 100, 100}},
		{"sealed set 56", "sealed56.jsonl", 10, [6]float64{90, 90, 90, 90, 90, 90}},
		{"sealed set 57", "sealed57.jsonl", 12, [6]float64{83, 91, 91, 91, 83, 91}},
		{"sealed set 58", "sealed58.jsonl", 12, [6]float64{100, 100, 100, 100, 100, 100}},
		{"sealed set 59", "sealed59.jsonl", 12, [6]float64{100, 100, 100, 83, 100, 100}},
		{"sealed set 60", "sealed60.jsonl", 12, [6]float64{100, 100, 100, 100, 100, 100}},
		{"sealed set 61", "sealed61.jsonl", 12, [6]float64{100, 100, 100, 91, 100, 91}},
		{"sealed set 62", "sealed62.jsonl", 12, [6]float64{100, 100, 100, 100, 100, 100}},
		{"sealed set 63", "sealed63.jsonl", 12, [6]float64{100, 100, 91, 100, 91, 100}},
		{"sealed set 64", "sealed64.jsonl", 12, [6]float64{100, 100, 91, 100, 91, 100}},
		{"sealed set 65", "sealed65.jsonl", 12, [6]float64{100, 100, 100, 100, 83, 91}},
		{"sealed set 66", "sealed66.jsonl", 12, [6]float64{100, 100, 100, 100, 91, 100}},
		{"sealed set 67", "sealed67.jsonl", 12, [6]float64{100, 100, 100, 100, 100, 100}},
		{"sealed set 68", "sealed68.jsonl", 12, [6]float64{91, 100, 100, 83, 100, 100}},
		{"sealed set 69", "sealed69.jsonl", 12, [6]float64{100, 91, 83, 83, 91, 100}},
		{"sealed set 70", "sealed70.jsonl", 12, [6]float64{91, 83, 75, 83, 100, 100}},
	} {
		sc := scoreRealWorld(t, "testdata/realworld/"+set.file)
		t.Logf("%s: %v", set.name, sc)
		if sc.n < set.least {
			t.Fatalf("%s: only %d gold pages read", set.name, sc.n)
		}
		sc.floors(t, set.name, set.fl[0], set.fl[1], set.fl[2], set.fl[3], set.fl[4], set.fl[5])
	}
}

// floors fails the test when a set's share of pages right, field by field,
// is under its floor (in per cent).
func (s realWorldScore) floors(t *testing.T, set string, title, dur, start, cause, events, clean float64) {
	t.Helper()
	for _, fl := range []struct {
		name string
		got  int
		min  float64
	}{
		{"clean title", s.title, title}, {"duration", s.dur, dur}, {"start", s.start, start},
		{"cause", s.cause, cause}, {"timeline", s.events, events}, {"no furniture", s.clean, clean},
	} {
		if s.pct(fl.got) < fl.min {
			t.Errorf("%s %s: %.0f %%, floor %.0f %%", set, fl.name, s.pct(fl.got), fl.min)
		}
	}
}
