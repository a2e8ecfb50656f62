package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// makeAltTexts makes altTexts (memoised): the lines of the fixture, realworld and rca pages, and
// random texts of pieces that start, end and nearly make the split
// regexps' branches, in other cases and with letters a case-blind
// match folds into ASCII ones.
func makeAltTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	filepath.WalkDir("testdata", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || filepath.Ext(path) == ".json" {
			return err
		}
		body, err := os.ReadFile(path)
		if err == nil {
			texts = append(texts, string(toUTF8Text(body)))
		}
		return nil
	})
	var out []string
	seen := map[string]bool{}
	for _, text := range texts {
		for _, l := range strings.Split(text, "\n") {
			if !seen[l] {
				seen[l] = true
				out = append(out, l)
			}
		}
	}
	pieces := []string{"resolved", "Restored", "RECOVERED", "resolution", "recovery: ", "Recovery", "back to normal", "errors", "error rates",
		"failure", " dropped to zero", " back down to zero", "returned to normal", "fully operational", "systems operational", "services are back operational",
		"API is again operational", "all systems", "working as expected", "running normally", "back in operation", "back online", "back up and running",
		"recovery was complete", "mitigated", "incident is closed", "恢复正常", "已恢复", "恢复服务", "故障结束", "光缆恢复", "全流量开放",
		"we use cookies", "This site uses essential cookies", "Accept all cookies", "cookie settings", "Subscribe", "sign up", "Log in", "login", "get the app",
		"was this page helpful", "Powered by ", "©", "(c) 2024", "Copyright © 2023", "all rights reserved", "Privacy", "terms", "Share this", "share on ",
		"使用 cookie", "登录", "版权所有", "是否有帮助", "相关阅读", "related articles", "more from ", "read more", "most popular", "comments (3)",
		"caused", "due to", "because of", "triggered", "resulted from", "root cause", "root-cause", "导致", "由于", "引发",
		" ", ". ", "; ", "x", "un", "re", "-", "ſ", "\u212a", "İ", "restoredx", "zero", "normal", "operational", "back", "的", "\n", "：", ":"}
	out = append(out, randomTexts(12, 2000, 12, pieces)...)
	return out
}

// TestAltRegexpAgrees asks every split regexp and its whole the same.
func TestAltRegexpAgrees(t *testing.T) {
	t.Parallel()
	if len(altAll) == 0 {
		t.Fatal("no split regexps")
	}
	texts := raceThin(altTexts(t), 1)
	matched := 0
	for _, a := range altAll {
		if a.branches == nil {
			t.Errorf("%s: not split", a.Regexp)
		}
		for _, s := range texts {
			want := a.Regexp.FindStringIndex(s)
			if got := a.FindStringIndex(s); !slices.Equal(got, want) {
				t.Errorf("%s\nFindStringIndex(%q) = %v, the whole finds %v", a.Regexp, s, got, want)
			}
			if got := a.MatchString(s); got != (want != nil) {
				t.Errorf("%s\nMatchString(%q) = %v", a.Regexp, s, got)
			}
			if want != nil {
				matched++
			}
		}
	}
	if matched < 500 {
		t.Errorf("only %d matches asked", matched)
	}
}

// TestAltRegexpSplit checks the branches and keys of a split regexp, and
// the ties: where two branches match at one place the earlier is the
// whole's choice, however short.
func TestAltRegexpSplit(t *testing.T) {
	a := newAltRegexp(`(?i)\bdown\b|down for \d+ minutes|^outage\s*:|宕机|[a-z]\d{3}\b`)
	if len(a.branches) != 5 || !a.always[4] || a.always[0] {
		t.Fatalf("branches %v, always %v", a.branches, a.always)
	}
	cases := []struct {
		s    string
		want []int
	}{
		{"The API was DOWN for 40 minutes", []int{12, 16}},
		{"Outage: the API was down", []int{0, 7}},
		{"the outage: none", nil}, // not at the start
		{"服务宕机", []int{6, 12}},
		{"node x500 went down", []int{5, 9}}, // the branch without a literal, before a keyed one
		{"down x500", []int{0, 4}},
		{"a breakdown for 5 minutes", []int{7, 25}}, // the branch without \b
		{"ſhutdown", nil},
	}
	for _, c := range cases {
		if got, want := a.FindStringIndex(c.s), a.Regexp.FindStringIndex(c.s); !slices.Equal(got, c.want) || !slices.Equal(got, want) {
			t.Errorf("FindStringIndex(%q) = %v, want %v (the whole: %v)", c.s, got, c.want, want)
		}
	}
}

// TestLeadScanAgrees asks every gated regexp with a lead scan and the
// regexp alone the same, on the pages' lines and on random texts of the
// pieces the scanned regexps read: where words start and do not, in other
// cases, with letters a case-blind match folds into ASCII ones.
func TestLeadScanAgrees(t *testing.T) {
	t.Parallel()
	texts := raceThin(altTexts(t), 2)
	pieces := []string{"lasted", "outlasted", "Lasting ", "for ", "FOR", "of ", "duration: ", "Duration of ", "down for ", "outage of ", "about ", "approximately ",
		"roughly ", "nearly ", "over ", "an ", "a ", "one", "two", "three ", "forty-five", "47", "2.5", "90", " ", "-", "–", " to ", " and ", "minutes", "minute",
		"hours", "hour", "hrs", "h", "m", "days", "day", "-minute outage", " hour disruption", "-hour", " long outage", "time to resolve: ", "Time To Recovery:",
		"total downtime", "incident duration", "1h 20m", ", 5m", "resolved", "mitigated ", "restored", "as of ", "Monday", "12:30", " UTC", "UTC", ".", ";",
		"copyright ", "©", "(c) ", "2024", "Acme Inc", "source:", "来源：", "published", "posted ", "updated", "date", "发布时间", "日期：", "status page",
		" | ", " · ", "service health", "持续", "约", "超过", "长达", "大约", "个", "半", "小时", "分钟", "之后", "后", "恢复", "服务", "中断", "宕机", "了",
		"不可用", "故障", "三", "十二", "2025-03-04", "1999/12/31", "2024年", "3月", "5日", "Mon, ", "Tuesday ", "14th ", "Mar", "June", "JUL", "sept.", "October 3, 2025", "Fri 3 Oct 2025", "customers", "Users ", "tenant", "saw ", "experienced", "were unable", "could not", "用户", "客户", "无法",
		"反馈", "cause", "causing ", "led to ", "bled", "blames", "traced back to ", "the trigger", "we'll ", "we will ", "plan to", "action items",
		"lessons", "learned", "impact", "unable to", "were down", "原因", "预计", "完成", "改进", "影响", "in this post", "We'll cover", "we will describe", "本文将", "we apologize", "We are sorry", "apologies", "深表歉意", "非常抱歉", "In response,", "to prevent", "ſ", "\u212a", "x", "9", "_", "\n", "É", "\xff", "\ufffd"}
	texts = append(texts, raceThin(randomTexts(7, 3000, 14, pieces), 6)...)
	n, matched := 0, 0
	for _, g := range gatedAll {
		if g.lead == nil {
			continue
		}
		n++
		re := g.Regexp
		for _, s := range texts {
			want := re.FindStringSubmatchIndex(s)
			if got := g.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Errorf("%s\nFindStringSubmatchIndex(%q) = %v, the regexp finds %v", re, s, got, want)
				continue
			}
			if want == nil {
				if g.MatchString(s) || g.FindStringSubmatch(s) != nil || g.FindStringIndex(s) != nil || g.FindString(s) != "" || g.FindAllStringSubmatchIndex(s, -1) != nil || g.FindAllString(s, 8) != nil ||
					g.ReplaceAllString(s, "") != s {
					t.Errorf("%s\nfinds a match in %q", re, s)
				}
				continue
			}
			matched++
			if !g.MatchString(s) || !slices.Equal(g.FindStringSubmatch(s), re.FindStringSubmatch(s)) || !slices.Equal(g.FindStringIndex(s), re.FindStringIndex(s)) ||
				g.FindString(s) != re.FindString(s) || g.ReplaceAllString(s, "") != re.ReplaceAllString(s, "") || g.ReplaceAllString(s, "<$1>") != re.ReplaceAllString(s, "<$1>") ||
				g.ReplaceAllString(s, "·") != re.ReplaceAllString(s, "·") {
				t.Errorf("%s\nanswers otherwise on %q", re, s)
			}
			for _, k := range []int{-1, 1, 3, 8} {
				got, want := g.FindAllStringSubmatchIndex(s, k), re.FindAllStringSubmatchIndex(s, k)
				if !slices.EqualFunc(got, want, slices.Equal) {
					t.Errorf("%s\nFindAllStringSubmatchIndex(%q, %d) = %v, the regexp finds %v", re, s, k, got, want)
				}
				if got, want := g.FindAllString(s, k), re.FindAllString(s, k); !slices.Equal(got, want) {
					t.Errorf("%s\nFindAllString(%q, %d) = %q, the regexp finds %q", re, s, k, got, want)
				}
			}
		}
	}
	if n < 8 || matched < 1000 {
		t.Errorf("%d regexps scanned, %d matches asked", n, matched)
	}
	t.Logf("%d regexps scanned, %d texts, %d matches", n, len(texts), matched)
}
