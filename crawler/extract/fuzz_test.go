package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// FuzzExtract: extraction never panics, always returns valid UTF-8 and an
// incident that validates, and (for plain text) invents no character that
// the input does not have.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
			f.Add(b, filepath.Ext(p))
		}
	}
	f.Add([]byte("一、故障经过\n5月18日 04:00 确认新的应急预案\n- 1) 5 月 17 日 23:15，报警"), ".txt")
	f.Add([]byte("## Timeline\n\n| Time | Event |\n|---|---|\n| 2019-12-04 00:30 | deleted |\n"), ".md")
	f.Add([]byte("<table><tr><td>14:02</td><td><b>x</td></tr></table><h2>Root cause<h2>"), ".html")
	f.Add([]byte("Resolved\nThis incident has been resolved.\nPosted Feb 03, 2018 - 10:22 PST\nInvestigating - We are looking.\nFeb 3, 09:10 PST"), ".txt")
	f.Add([]byte("Summary of impact: Between 02:47 and 13:15 UTC on 18 Mar 2017, errors. Root cause: a bad config. Mitigation: rollback."), ".txt")
	f.Add([]byte("影响：2021年5月17日23:15至次日 01:10，登录失败。原因：光缆中断。处理：切换链路。"), ".txt")
	f.Add([]byte("# [![Logo](https://x/l.png)](https://x/)\n\nIncident began at **2015-08-12 11:05** and ended at **2015-08-12 11:46** (all times are **US/Pacific**)."), ".md")
	f.Fuzz(func(t *testing.T, body []byte, ext string) {
		if !strings.Contains(".txt .md .html", ext) || ext == "" {
			ext = ".txt"
		}
		in, err := Extract(body, "fuzz"+ext, "")
		if err != nil {
			return
		}
		for _, s := range []string{in.Title, in.Text, in.Cause, in.Summary, in.Remediation} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
		probe := *in
		probe.ID = "fuzz"
		if err := probe.Validate(); err != nil {
			t.Fatalf("extracted incident does not validate: %v", err)
		}
		for _, ev := range in.Timeline {
			if ev.At != "" {
				if _, err := time.Parse(time.RFC3339, ev.At); err != nil {
					t.Fatalf("event at %q", ev.At)
				}
			}
		}
		if ext == ".txt" && utf8.Valid(body) {
			have := map[rune]bool{}
			for _, r := range string(body) {
				have[r] = true
			}
			for _, r := range in.Text + in.Title {
				if !have[r] && !unicode.IsSpace(r) && r != ':' {
					t.Fatalf("output has %q, which the input does not", r)
				}
			}
		}
	})
}

// FuzzParseStamp: the time parser never panics, never reads past its
// input, and what it reports as written is a prefix of the input.
func FuzzParseStamp(f *testing.F) {
	for _, s := range []string{"5月18日 04:00", "5 月 17 日 23:15", "14时10分", "凌晨3点", "2021-05-18 22:15", "08:25 UTC",
		"April 4", "Apr 4, 2022 2:10pm PST", "4 December 2019 at 00:30", "2019/12/04 00:30:15 +08:00", "9 am", "24:00", "99:99", "2021年13月40日"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"zh", "en"} {
			st, n, ok := parseStamp(s, lang)
			if !ok {
				continue
			}
			if n <= 0 || n > len(s) {
				t.Fatalf("parseStamp(%q) used %d bytes", s, n)
			}
			if !strings.HasPrefix(s, st.text) {
				t.Fatalf("time_text %q is not what %q starts with", st.text, s)
			}
			tb := newTimelineBuilder(lang, "2021-05-24", "")
			if tm, ok := tb.resolve(st, nil); ok && tm.Year() < 1 {
				t.Fatalf("resolved %q to %v", s, tm)
			}
		}
	})
}
