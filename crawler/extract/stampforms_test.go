package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// stampFormTexts are texts that start where parseStamp may be asked: at
// every digit that starts a run of digits in the fixture, realworld and
// corpus pages, cut at the line's end, and made-up stamps built from the
// pieces reZhMD and reISO read.
// stampBodies are the pages the stamp forms are tried on: the fixture,
// realworld and rca pages, and the shared corpus where it is present.
func stampBodies(t *testing.T) [][]byte {
	var bodies [][]byte
	for _, b := range speedPages(t) {
		bodies = append(bodies, b)
	}
	root := filepath.Join("..", "..", "..", "shared", "corpus", "docs")
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if b, err := os.ReadFile(path); err == nil {
			bodies = append(bodies, b)
		}
		return nil
	})
	return bodies
}

func stampFormTexts(t *testing.T) []string {
	texts := []string{"", "1", "12", "123月", "3月", "3月12", "3月12日", "3 月 12 号", "12月5日（周二）上午 10 时", "3月12日 00:55，排查",
		"3月12日星期六早上 4 点", "3月12日 14时 abc", "3月12日, 14:05:33 分", "3月12日 14：05：3", "3月12日 145:00", "3月12日 14:345",
		"2024-01-05", "2024-01-05T10:20:30Z", "2024-01-05 T10", "2024-01-05T", "2024年1月5日", "2024 年 ）1 月 5 日 下午 3 点 20 分",
		"2024年)1月5日", "2024/1/5 日", "2024.01.056", "20245-01-05", "2024-013-05", "2024-01-05  ,  9:0 分", "2024-01-05\t(礼拜天) 夜里 9点"}
	pieces := []string{"1", "12", "2024", "月", "日", "号", "年", " ", "\t", ",", "，", "-", "/", ".", ":", "：", "时", "点", "分", "T", "t",
		"（", "(", "）", ")", "星期", "周", "礼拜", "一", "日", "天", "凌晨", "夜里", "清晨", "上午", "a", "\xe6", "\xff", "5"}
	for _, s := range randomTexts(12, 20000, 14, pieces) {
		texts = append(texts, s, "2024-"+s, "3月"+s, "2024-1-5"+s, "3月5日"+s)
	}
	for _, b := range stampBodies(t) {
		for _, l := range strings.Split(string(b), "\n") {
			for i := 0; i < len(l); i++ {
				if isDigitByte(l[i]) && (i == 0 || !isDigitByte(l[i-1])) {
					texts = append(texts, l[i:])
				}
			}
		}
	}
	return texts
}

// TestStampFormsAgree: matchZhMD and matchISO answer what reZhMD and
// reISO do, on every text.
func TestStampFormsAgree(t *testing.T) {
	t.Parallel()
	matched := 0
	for _, s := range stampFormTexts(t) {
		if got, want := matchZhMD(s), reZhMD.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("matchZhMD(%.80q) = %q, want %q", s, got, want)
		} else if got != nil {
			matched++
		}
		if got, want := matchISO(s), reISO.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("matchISO(%.80q) = %q, want %q", s, got, want)
		} else if got != nil {
			matched++
		}
	}
	t.Logf("%d matched", matched)
	if matched < 1000 {
		t.Errorf("only %d texts matched: the table asks too little", matched)
	}
}

// enStampTexts are texts that start where reEnMD may be asked: at every
// letter that starts a word in the pages and the corpus, and made-up
// stamps built from the pieces it reads.
func enStampTexts(t *testing.T) []string {
	texts := []string{"", "Oct", "Oct 9", "Oct 09, 2023 - 14:41 UTC", "Sunday, December 3rd, 2023 at 10:05:07 p.m. PST", "Sept 2025",
		"Tue Jan 2 3", "Mon,  Jan 5th 2025, 9 AM", "ſep 5 ſt", "ſunday Sep 5", "sep\u212a 5", "Dec 2, 2025 · 10:40 AM GMT", "May 5 at 3",
		"May 5 at", "May 5, 123", "May 5 •  4:05:06pm", "Jan. 12th, 2024, 7:30a.m.", "Mar 3 12:3", "Thursdays 4 june"}
	pieces := []string{"mon", "Sun", "sat", "ſ", "\u212a", "day", "Jan", "sep", "SEPT", "t", "ember", "may", ".", ",", " ", "\t", "1", "12", "2024",
		"st", "ND", "th", "at", "AT", "-", "·", "•", ":", "30", "a", "P", "m", "M", "x", "\xc5", "\xe2\x84"}
	for _, s := range randomTexts(13, 30000, 12, pieces) {
		texts = append(texts, s, "Jan "+s, "Mon "+s, "Sep 5"+s, "Dec 12, 2024"+s)
	}
	for _, b := range stampBodies(t) {
		for _, l := range strings.Split(string(b), "\n") {
			for i := 0; i < len(l); i++ {
				if isLetterByte(l[i]) && (i == 0 || !isLetterByte(l[i-1])) {
					texts = append(texts, l[i:min(len(l), i+200)])
				}
			}
		}
	}
	return texts
}

// TestEnStampFormsAgree: matchEnMD and monthYearAt answer what reEnMD and
// reMonthYear do, on every text.
func TestEnStampFormsAgree(t *testing.T) {
	t.Parallel()
	matched, years := 0, 0
	for _, s := range enStampTexts(t) {
		if got, want := matchEnMD(s), reEnMD.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("matchEnMD(%.80q) = %q, want %q", s, got, want)
		} else if got != nil {
			matched++
		}
		if got, want := monthYearAt(s), reMonthYear.MatchString(s); got != want {
			t.Fatalf("monthYearAt(%.80q) = %v, want %v", s, got, want)
		} else if got {
			years++
		}
	}
	t.Logf("%d matched, %d month-years", matched, years)
	if matched < 1000 || years < 100 {
		t.Errorf("only %d texts matched, %d month-years: the table asks too little", matched, years)
	}
}

// TestClockFormAgrees: matchClock answers what reClock does, on every
// text of TestStampFormsAgree and made-up clocks.
func TestClockFormAgrees(t *testing.T) {
	t.Parallel()
	texts := append(stampFormTexts(t), "6.40am", "6.40am.", "6.40a.m.x", "6.40 P.M", "6.40amx", "10:05 in the Morning", "10:05 in  the morning",
		"10:05:07 p.m.", "10 : 05 : 7", "下午 3 点 20 分", "凌晨3时", "3 pm", "3pm", "3 a", "12：30：45AM", "7 in the evening", "10:05 IN THE EVENING")
	pieces := []string{"1", "12", "123", " ", ":", "：", ".", "a", "P", "m", "M", "_", "x", "时", "点", "分", "in the ", "morning", "Evening", "下午", "夜里", "\xe6"}
	for _, s := range randomTexts(14, 30000, 10, pieces) {
		texts = append(texts, s, "3"+s, "下午"+s, "12:30"+s, "6.40"+s)
	}
	matched := 0
	for _, s := range texts {
		if got, want := matchClock(s), reClock.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("matchClock(%.80q) = %q, want %q", s, got, want)
		} else if got != nil {
			matched++
		}
	}
	t.Logf("%d matched", matched)
	if matched < 1000 {
		t.Errorf("only %d texts matched: the table asks too little", matched)
	}
}
