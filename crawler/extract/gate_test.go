package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestGateKeys checks the literals needed derives from a regexp's form.
func TestGateKeys(t *testing.T) {
	cases := []struct {
		re     string
		keys   []gateKey // nil: no gate
		prefix bool      // the text starts with a key
	}{
		{`(?i)^(?:back to top|cookie)$`, []gateKey{{"back to top", true}, {"cookie", true}}, true},
		{`^(?:原创|转载)\s+\d+`, []gateKey{{"原创", false}, {"转载", false}}, true},
		{`(?i)^(?:[<←]\s*back|\bback to)|^x`, []gateKey{{"<", false}, {"←", false}, {"back to", true}, {"x", true}}, true},
		{`(?i)^(?:back|\d+ back)`, []gateKey{{"back", true}, {" back", true}}, false}, // a branch that leads with no literal: the key anywhere
		{`(?i)(?:©|\(c\)|copyright)\s*\d{4}`, []gateKey{{"©", false}, {"(c)", true}, {"copyright", true}}, false},
		{`\d+\s+(?:comments?|replies)`, []gateKey{{"comment", false}, {"replies", false}}, false},
		{`^.{1,30}\s*[✓✔]$|来自`, []gateKey{{"✓", false}, {"✔", false}, {"来自", false}}, false},
		{`(?i)^(?:foo|x?)$`, nil, false}, // a branch that needs nothing
		{`[a-z]+\d*`, nil, false},        // a wide class
		{`(?i)^(?:straße)$`, nil, false}, // ß has cases beyond ASCII
		{`(?:ab){2,}|(?:cd)+`, []gateKey{{"ab", false}, {"cd", false}}, false},
		{`(?:ab)*c?`, nil, false},
	}
	for _, c := range cases {
		g := gateRegexp(regexp.MustCompile(c.re))
		if len(g.keys) != len(c.keys) || g.prefix != c.prefix {
			t.Errorf("%s: keys %v (prefix %v), want %v (%v)", c.re, g.keys, g.prefix, c.keys, c.prefix)
			continue
		}
		for i := range c.keys {
			if g.keys[i] != c.keys[i] {
				t.Errorf("%s: keys %v, want %v", c.re, g.keys, c.keys)
				break
			}
		}
	}
}

// TestGatesKeepMatches asks every gated regexp and its gate about each
// line of the fixtures and the realworld and rca pages, as they are and
// cleaned: the gate must let through every line the regexp matches, so
// that the gated regexp answers as the regexp alone does. Lines written to
// fall through a naive gate (other cases, letters a case-blind match folds
// into ASCII ones) are asked too.
func TestGatesKeepMatches(t *testing.T) {
	t.Parallel()
	var texts []string
	filepath.WalkDir("testdata", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || filepath.Ext(path) == ".json" {
			return err // (the golden files hold what was extracted from the pages)
		}
		body, err := os.ReadFile(path)
		if err == nil {
			texts = append(texts, string(toUTF8Text(body)))
		}
		return nil
	})
	if len(texts) < 100 {
		t.Fatalf("read %d texts", len(texts))
	}
	texts = raceThin(texts, 3)
	texts = append(texts, "BACK TO TOP", "Back To Top", "ſhare this", "\u212aeep reading", "COPYRIGHT 2025 ACME INC", "(C) 2024 Foo Bar",
		"12 COMMENTS", "Most Viewed", "Leave A Reply", "Screenshot 2025-01-02 at 10.11.12", "diagram.PNG", "IMAGE",
		"Subscribe to updates for Acme via email", "Get text message notifications whenever Acme creates an incident.", "Message and data rates may apply. By subscribing you agree to the Privacy Policy.", "Incident Summary: Database failover in eu-west", "青石游戏 ✓", "转发 12 评论 4 赞 9",
		"12 reposts · 40 likes", "原创 墨白技术团队 墨白云技术 2025年06月27日 18:30 浙江", "【关于服务器异常的情况说明】各位玩家：今天晚上八点左右服务器出现异常",
		"156篇原创内容", "Acme Status", "Acme 状态页", "发布时间：2025-03-04")
	// statusBanner's forms, each of which it must read
	banners := []string{"All Systems Operational", "All services are online", "No incidents reported today", "No known issues",
		"This incident has been resolved.", "Fully operational", "Partially degraded", "Major outage", "Degraded performance", "Under maintenance",
		"Service is operating normally", "系统运行正常", "所有服务运行正常", "所有系统均可正常运行", "暂无故障", "今日无事件报告。", "当前所有系统运行正常", "部分服务异常"}
	for _, l := range banners {
		if !statusBanner.MatchString(l) {
			t.Errorf("statusBanner does not read %q", l)
		}
	}
	texts = append(texts, banners...)
	seen := map[string]bool{}
	var lines []string
	for _, text := range texts {
		foot := strings.ToValidUTF8(text[max(0, len(text)-600):], "") // a page's foot, as the copyright's holder is looked for
		for _, l := range append(strings.Split(text, "\n"), foot, cleanSpace(foot)) {
			for _, v := range []string{l, strings.TrimSpace(l), cleanSpace(l)} {
				if !seen[v] && len(v) <= 600 { // (the long lines of paragraphs are many, and costly to ask all)
					seen[v] = true
					lines = append(lines, v)
				}
			}
		}
	}
	t.Logf("%d lines", len(lines))
	matched := 0
	for _, g := range gatedAll {
		for _, l := range lines {
			if g.Regexp.MatchString(l) {
				matched++
				if !g.may(l) {
					t.Errorf("%s matches %q, its gate says it cannot", g.Regexp, l)
				}
			}
		}
	}
	for _, l := range append(lines, "  - item", "\t12. item", "\v- item", "+ item", "* [x] done") {
		// itemMatch gates mdItem on a line's first character
		if got, want := itemMatch(l), mdItem.FindStringSubmatch(l); !slices.Equal(got, want) {
			t.Errorf("itemMatch(%q) = %q, mdItem finds %q", l, got, want)
		}
	}
	if matched < 50 {
		t.Errorf("only %d matches asked", matched)
	}
}
