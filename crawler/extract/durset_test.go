package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

// durSet1 is sixty short documents of our own fictional writing (status
// pages with their updates newest first, cloud RCAs, 故障说明 and 公告,
// news paragraphs; 42 English, 18 Chinese), each labelled with the
// outage's start, end and duration before the extractor first ran on it.
// They cover the forms an outage's window is told in: "Between 21:40 UTC
// on 14 Nov 2023 to 01:05 UTC on 15 Nov 2023", "Between 06:12 and 09:58
// UTC on 3 Feb 2024", "from 9:12 AM to 11:40 AM PST", "Incident began at
// X and ended at Y (all times are US/Pacific)", zones by name (PDT, CET,
// BST, GMT+8, 北京时间), "lasted approximately 2 hours and 10 minutes",
// "for about 40 minutes", 持续约2小时, 历时45分钟, 2026年3月2日10:05至11:20,
// ranges that cross midnight, a page whose date line is its publication,
// several windows inside one incident (labelled by their whole span),
// spans that are no outage ("15-21 hours late", "over five days") and
// outages still going on (no duration). Its even lines are the ones fixes
// are made from; its odd lines are held out, their failures never logged.
const durSet1 = "testdata/durations/set-1.jsonl"

// durGold is one labelled document of a durations set.
type durGold struct {
	Lang     string `json:"lang"`
	Form     string `json:"form"`
	Text     string `json:"text"`
	Started  string `json:"started_at"`
	Ended    string `json:"ended_at"`
	Duration *int   `json:"duration_minutes"`
}

// durScore counts what one half of a durations set got right.
type durScore struct {
	n, dur, durNone, starts, start, ends, end int
}

func (s durScore) String() string {
	return fmt.Sprintf("%d documents: duration right %d (none given %d), start right %d of %d, end right %d of %d",
		s.n, s.dur, s.durNone, s.start, s.starts, s.end, s.ends)
}

// sameInstant reports whether got is within 15 minutes of want (both
// RFC 3339).
func sameInstant(got, want string) bool {
	w, err1 := time.Parse(time.RFC3339, want)
	g, err2 := time.Parse(time.RFC3339, got)
	return err1 == nil && err2 == nil && g.Sub(w).Abs() <= 15*time.Minute
}

// scoreDurSet scores a durations set by half: odd lines (held out, their
// failures not logged) and even lines.
func scoreDurSet(t *testing.T, file string) (odd, even durScore) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		var g durGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s line %d: %v", file, line, err)
		}
		in, err := extractOnce([]byte(g.Text), fmt.Sprintf("duration-%d.txt", line), "")
		if err != nil {
			t.Fatalf("%s line %d: %v", file, line, err)
		}
		s := &even
		logf := t.Logf
		if line%2 == 1 {
			s, logf = &odd, func(string, ...any) {} // held out: counted, never shown
		}
		s.n++
		m := gotMinutes(in)
		if g.Duration == nil && m == 0 || g.Duration != nil && withinDuration(m, *g.Duration) {
			s.dur++
		} else {
			if m == 0 {
				s.durNone++
			}
			want := "none"
			if g.Duration != nil {
				want = fmt.Sprint(*g.Duration)
			}
			logf("line %d (%s, %s): duration %d min (%s – %s), want %s", line, g.Lang, g.Form, m, in.StartedAt, in.EndedAt, want)
		}
		if g.Started != "" {
			s.starts++
			if sameInstant(in.StartedAt, g.Started) {
				s.start++
			} else {
				logf("line %d (%s, %s): started %q, want %s", line, g.Lang, g.Form, in.StartedAt, g.Started)
			}
		}
		if g.Ended != "" {
			s.ends++
			if sameInstant(in.EndedAt, g.Ended) {
				s.end++
			} else {
				logf("line %d (%s, %s): ended %q, want %s", line, g.Lang, g.Form, in.EndedAt, g.Ended)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return odd, even
}

// TestDurationSet1 reports durSet1 by half and holds each half to floors.
// Untouched (at 5aa354a) the extractor had, held-out half, 27 durations
// of 30 right, 28 starts of 28 and 19 ends of 25; tuned half, 24 of 30
// (none given 2), 26 of 29 and 13 of 26. The fixes made from its even
// lines (a 故障时间 field, later windows of one range, bracketed update
// states, a status page still at work) brought the tuned half to 30, 28
// and 18 and the held-out half to 28, 28 and 19. Most ends still missed
// are ones a reader works out from a start and a stated length ("began at
// 06:40 UTC … lasted approximately 2 hours and 10 minutes"), which the
// extractor leaves empty. (Set 2's round worked those out, start plus
// length: ends 23 of 25 held-out, 26 of 26 tuned.)
func TestDurationSet1(t *testing.T) {
	holdDurSet(t, durSet1, 60, [3]int{27, 28, 19}, [3]int{24, 26, 13})
}

// durSet2 is sixty more short documents of our own fictional writing (42
// English, 18 Chinese; status pages, cloud RCAs, 故障说明 and 公告, news
// paragraphs, show notes, e-mails to customers), labelled before the
// extractor first ran on them, in forms durSet1 lacks: a start and a
// stated length with no end ("began at 14:05 UTC … and lasted 95
// minutes", 2025年6月18日14:20起，持续约40分钟), zones by their words
// ("Eastern", "Pacific Time", "Central European Time", 北京时间, "(UTC+8)",
// "(GMT+08:00)"), days told without their year or month ("Saturday the
// 7th of November", "on the 3rd", "Tuesday, March 4" beside a byline),
// a range inside the impact sentence ("customers saw errors from 10:02 to
// 10:47 UTC"), 12-hour clocks at noon and midnight ("12:05 a.m.", "from
// noon to 1:35 p.m."), times in a table, relative stamps beside absolute
// ones ("Posted 3 hours ago. Nov 14, 2025 - 18:42 UTC"), lengths in words
// ("an hour and a half", "half an hour", 两个半小时, 一个多小时, 近三个小时),
// recovery in stages (labelled at the full recovery) and pages with more
// than one incident (labelled by the first, the page's subject). Its even
// lines are tuned on; its odd lines are held out.
const durSet2 = "testdata/durations/set-2.jsonl"

// TestDurationSet2 reports durSet2 by half and holds each half to floors.
// Untouched (at 33f97f7) the extractor had, held-out half, 27 durations
// of 30 right (none given 3), 22 starts of 26 and 18 ends of 26; tuned
// half, 21 of 30 (none given 5), 21 of 28 and 11 of 27. The fixes made
// from its even lines (an end from a start and a stated length, a lag's
// length no outage's, 半小时后恢复, zones in words, a heading that opens
// with "Login", a day by its number alone, a byline above the title, a
// status page's past incidents, a recovery in stages, 下午 before a
// range's end) brought the tuned half to 28 (none given 2), 26 and 24
// and the held-out half to 27, 23 and 22.
func TestDurationSet2(t *testing.T) {
	holdDurSet(t, durSet2, 60, [3]int{27, 22, 18}, [3]int{21, 21, 11})
}

// holdDurSet reports a durations set of n documents by half and holds
// each half to its floors (durations, starts, ends right): held-out (odd
// lines), tuned (even lines).
func holdDurSet(t *testing.T, path string, n int, heldOut, tuned [3]int) {
	t.Helper()
	odd, even := scoreDurSet(t, path)
	t.Logf("held-out (odd lines) %v", odd)
	t.Logf("tuned (even lines) %v", even)
	if odd.n+even.n != n {
		t.Fatalf("read %d documents, want %d", odd.n+even.n, n)
	}
	for _, c := range []struct {
		name  string
		s     durScore
		floor [3]int
	}{{"held-out", odd, heldOut}, {"tuned", even, tuned}} {
		if c.s.dur < c.floor[0] || c.s.start < c.floor[1] || c.s.end < c.floor[2] {
			t.Errorf("%s: %v; want at least %d durations, %d starts, %d ends right", c.name, c.s, c.floor[0], c.floor[1], c.floor[2])
		}
	}
}

// durSet3 is sixty longer documents of our own fictional writing (41
// English, 19 Chinese), each a whole page as saved from the web with its
// menu, footer, related links and comments (300-900 words), labelled
// before the extractor first ran on them, where the window is hard to
// read: a page published or updated days after the incident, "Incident
// began at … and ended at … (all times are US/Pacific)", ranges across
// midnight ("Between 23:40 UTC on 3 Mar and 01:15 UTC on 4 Mar", "from
// 11:20 p.m. to 1:05 a.m. ET"), "from noon to 1:35 p.m.", start/end/
// duration columns in markdown and plain-text tables (labelled by their
// whole span), regions recovering at different times (the last ends it),
// outages still going on (no end, no duration), mitigated at one time and
// fully resolved at a later one (the later ends it), 晚8点左右 / 次日凌晨 /
// 当晚 / 约两个小时后, a timeline in another zone than the summary (PDT,
// CET, IST, UTC beside 北京时间), a length in the title that the times
// confirm or contradict (the times win) and day-long outages ("for most
// of Tuesday", 持续近三天). Its even lines are tuned on; its odd lines
// are held out, their failures never logged.
const durSet3 = "testdata/durations/set-3.jsonl"

// TestDurationSet3 reports durSet3 by half and holds each half to floors.
// Untouched (at a0d1c4c) the extractor had, held-out half, 21 durations
// of 30 right (none given 1), 23 starts of 30 and 20 ends of 26; tuned
// half, 23 of 30 (none given 1), 25 of 30 and 22 of 29. Its odd lines'
// failures have since been listed once (with set 5's): Chinese evenings
// that run on to 次日凌晨, tables of phases or regions, outages still going
// on that were given a duration; none is fixed yet.
func TestDurationSet3(t *testing.T) {
	// (stop 51: 22, 26, 21 held out and 28, 28, 27 tuned, after a table of
	// spans, "| Phase | Start | End |", was read as the window it states)
	holdDurSet(t, durSet3, 60, [3]int{22, 26, 21}, [3]int{28, 28, 27})
}

// durSet4 is forty whole pages of our own fictional writing (28 English,
// 12 Chinese) as saved from the web with their menus, footers, related
// links and comments (250-700 words), labelled before the extractor first
// ran on them: status histories with several incidents and the subject
// one opened, status pages with their updates newest first and only the
// updates' times (labelled from the first Investigating or detection to
// Resolved), RCAs with "Between 02:47 and 13:15 UTC on 18 Mar 2026" or
// "From 23:10 PST on March 3 to 01:05 PST on March 4", a start and a
// stated length only ("Starting at 06:40 UTC on 7 July 2026 … lasted 2
// hours and 25 minutes", labelled with the end they give), news stories
// whose dateline is days after the outage ("began shortly after 9 a.m.
// Eastern on Tuesday and lasted about four hours"), 故障公告 and 复盘
// (2026年3月2日14:05至16:40（北京时间）, 持续约2小时, 次日凌晨), pages whose
// publish date, "last updated" line or comments' dates are not the
// incident's, times in PDT, CET, IST, EDT, GMT+8 and 北京时间, and outages
// still going on (no end, no duration). Its even lines are tuned on; its
// odd lines are held out, their failures never logged.
const durSet4 = "testdata/durations/set-4.jsonl"

// TestDurationSet4 reports durSet4 by half and holds each half to floors.
// Untouched (at 43ec639) the extractor had, held-out half, 17 durations
// of 20 right, 17 starts of 20 and 15 ends of 17; tuned half, 14 of 20
// (none given 1), 13 of 20 and 12 of 20. The fixes made from its even
// lines (a history's entries listed after the one it shows, the day a
// news lede's source spoke, a help line's hours) brought the tuned half
// to 18, 17 and 17; the held-out half stayed at 17, 17 and 15.
func TestDurationSet4(t *testing.T) {
	// (stop 51: 19, 19, 16 held out and 19, 19, 18 tuned)
	holdDurSet(t, durSet4, 40, [3]int{19, 19, 16}, [3]int{19, 19, 18})
}

// durSet5 is forty whole pages of our own fictional writing (28 English,
// 12 Chinese) as saved from the web with their menus, footers, related
// links and comments (250-700 words), labelled before the extractor first
// ran on them, weighted toward what sets 1-4 have least: cloud RCAs
// ("Between 23:10 UTC on 3 Mar and 01:05 UTC on 4 Mar 2026", "Summary of
// impact: From approximately 14:20 to 17:05 UTC on 9 April 2026", "began
// at **2026-04-02 11:05** and ended at **2026-04-02 11:46** (all times
// are **US/Pacific**)", "for a duration of 1 hour, 37 minutes", a start
// and "approximately 2 hours and 40 minutes" or "just under three hours"
// only, labelled with the end they give), news stories as a PDF reader
// gives a printed page (print headers with the print date and URL, page
// numbers, broken lines, a dateline days after the outage: "began
// shortly after 9 a.m. Eastern on Tuesday and lasted about four hours",
// "around 11:30 p.m. Pacific on Tuesday … early Wednesday morning, around
// 4 a.m."), blog postmortems whose times are T+ offsets or "At 09:12 we
// …" lines under a dated heading, outages across midnight and over
// several days, status pages and histories with their updates newest
// first (PDT, CET, IST, GMT+8, 北京时间), a forum post's "Incident window"
// line above replies dated later, outages still going on (no end, no
// duration), and 12 in Chinese (故障公告, 复盘 with a 时间线 table, news
// translated to Chinese, 次日凌晨, 下午3点10分 … 晚上7点05分, 上午10点20分起，
// 持续约2小时). Its even lines are tuned on; its odd lines are held out,
// their failures never logged.
const durSet5 = "testdata/durations/set-5.jsonl"

// TestDurationSet5 reports durSet5 by half and holds each half to floors.
// Untouched (at bbffb09) the extractor had, held-out half, 16 durations
// of 20 right (none given 3), 14 starts of 20 and 10 ends of 17; tuned
// half, 17 of 20, 13 of 20 and 16 of 20. The fixes made from its even
// lines (a status page's planned maintenance window is not the outage's,
// a Chinese 12-hour time after one past noon is in that afternoon)
// brought the tuned half to 18, 15 and 17; the held-out half stayed at
// 16, 14 and 10. Later fixes brought them to 20, 20, 20 and 16, 15, 11.
//
// Its odd lines have since been read (and sets 6's even lines are tuned
// on, its odd lines held out in their place): their failures were news
// pages printed as a PDF reader's text whose print header ran on into the
// page's address, so the title and the story's day were the address's,
// and whose times named their weekday ("shortly after 9 a.m. Eastern on
// Tuesday" in a story dated Friday); a zone told after an hour alone ("7
// a.m. CET"); a blog's byline that counted comments read as a section of
// comments; a timeline's "the last city was back". The fixes (print
// headers, weekdayBeside, soleClockZone's hours alone, kindMasthead,
// recordMetaLine, the byline no heading, "was back") brought the odd half
// to 17, 18 and 16.
func TestDurationSet5(t *testing.T) {
	holdDurSet(t, durSet5, 40, [3]int{17, 18, 16}, [3]int{20, 20, 20})
}

// holdTitles reports a durations set's titles by half, odd lines held out
// (their failures counted, never shown), and holds each half to a floor.
func holdTitles(t *testing.T, path string, heldOut, tuned int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var n, right [2]int
	for i, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var g struct {
			Title     string
			AltTitles []string `json:"alt_titles"`
			Text      string
		}
		if err := json.Unmarshal([]byte(l), &g); err != nil {
			t.Fatal(err)
		}
		in, err := extractOnce([]byte(g.Text), "page.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		half := (i + 1) % 2 // 1: odd lines, held out
		n[half]++
		if titleRight(in.Title, realWorldGold{Title: g.Title, AltTitles: g.AltTitles}) {
			right[half]++
		} else if half == 0 {
			t.Logf("line %d: title %q, want %q", i+1, in.Title, g.Title)
		}
	}
	t.Logf("titles: held-out (odd lines) %d/%d, tuned (even lines) %d/%d", right[1], n[1], right[0], n[0])
	if right[1] < heldOut || right[0] < tuned {
		t.Errorf("titles: want at least %d held-out and %d tuned right", heldOut, tuned)
	}
}

// holdWindow checks an incident's window against a page's: its start; its
// end, or none where end is ""; its length (the stated one, else end
// minus start) within withinDuration, or none where minutes is 0.
func holdWindow(t *testing.T, in *data.Incident, start, end string, minutes int) {
	t.Helper()
	if !sameInstant(in.StartedAt, start) {
		t.Errorf("started %q, want %s", in.StartedAt, start)
	}
	if end == "" && in.EndedAt != "" || end != "" && !sameInstant(in.EndedAt, end) {
		t.Errorf("ended %q, want %q", in.EndedAt, end)
	}
	if m := gotMinutes(in); minutes == 0 && m != 0 || minutes > 0 && !withinDuration(m, minutes) {
		t.Errorf("duration %d min, want %d", m, minutes)
	}
}

// windowCase is a page of our own writing and the window (and, where
// given, the title) a reader takes from it.
type windowCase struct {
	name, file, body, start, end string
	minutes                      int
	title                        string
}

// holdWindowCases extracts each case's page and holds its window
// (holdWindow) and, where given, its title.
func holdWindowCases(t *testing.T, cases []windowCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), c.file, "")
			if err != nil {
				t.Fatal(err)
			}
			holdWindow(t, in, c.start, c.end, c.minutes)
			if c.title != "" && !titleRight(in.Title, realWorldGold{Title: c.title}) {
				t.Errorf("title %q, want %q", in.Title, c.title)
			}
		})
	}
}
