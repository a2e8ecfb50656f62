package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The gates, memos and shortcuts of speedL, asked against what they
// replaced on made-up texts, the fixture and realworld texts and every
// line of the shared corpus (corpusLines; skipped without ../shared).

// speedLZhTexts are Chinese texts of our own that hold the forms' words
// (and some that hold their first characters only), with the fixture,
// realworld and corpus texts.
func speedLZhTexts(t *testing.T) []string {
	texts := []string{
		"星河支付的对账服务在生成缓存键时漏掉了商户 ID，导致不同商户的结果互相覆盖。",
		"拼接请求签名的代码遗漏了时间戳字段，网关拒绝了全部请求。",
		"结算模块按笔四舍五入，再汇总时出现尾差，月底对账差了 0.37 元。",
		"金额先向下取整再求和，取整误差累积到了报表里；舍入误差在次日修正。",
		"工程师小王漏掉了一步检查。", // a person left it out: no code behaviour
		"代码把起点算成了本页第一条，而不是最后一条之后。",
		"云栈科技的同步程序将游标写回旧值而非新值，任务重复执行。",
		"团队改写了分页读取逻辑，重写了重试方式，又重构了调度器。",
		"计算模块重写了边界的取值。",
		"漏洞修复后服务恢复。而且四舍 五入。丢掉", // first characters without the words
		"", "漏", "而", "四舍五", "\xe6\xbc", "尾差", "少拼了用户名的代码拼接逻辑",
	}
	texts = append(texts, speedTexts(t)...)
	texts = append(texts, corpusLines(t)...)
	return texts
}

// TestZhCodeFormsGateSame: zhCodeForms15 and zhCodeForms12, which now
// read a text once for any of their words before searching for each,
// find what they found before.
func TestZhCodeFormsGateSame(t *testing.T) {
	t.Parallel()
	for _, s := range speedLZhTexts(t) {
		for _, lower := range []string{s, lowerText(s)} {
			if got, want := zhCodeForms15(lower), zhCodeForms15Scan(lower); !slices.Equal(got, want) {
				t.Errorf("zhCodeForms15(%q) = %v, was %v", lower, got, want)
			}
			if got, want := zhCodeForms12(lower), zhCodeForms12Scan(lower); !slices.Equal(got, want) {
				t.Errorf("zhCodeForms12(%q) = %v, was %v", lower, got, want)
			}
		}
	}
	// the made-up texts do reach the forms
	if len(zhCodeForms15("星河支付的对账服务在生成缓存键时漏掉了商户 ID")) == 0 || len(zhCodeForms15("结算模块按笔四舍五入")) == 0 {
		t.Error("zhCodeForms15 finds none of its forms")
	}
	if len(zhCodeForms12("团队改写了分页读取逻辑")) == 0 {
		t.Error("zhCodeForms12 finds none of its forms")
	}
}

// TestLeadNoiseLenRandom: leadNoiseLen, which reads leadNoise by hand,
// agrees with the expression on random runs of its pieces and their
// near misses (three digits, a bracket without its number, a mark
// without the space after it, a byte that is no UTF-8).
func TestLeadNoiseLenRandom(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\v", "\u00a0", "-", "*", "**", "_", "__", "___", ">", "[", "(", "（", "【", "】", ")", "）", ".", "、",
		"•", "·", "◇", "◆", "○", "●", "■", "□", "▪", "►", "▶", "1", "12", "123", "0", "9) ", "3.", "3. ", "3、 ", "4） ", "4）x", "(1)", "（2）",
		"a", "x", "14:05", "点", "\xe3", "\xff", "\xef\xbc", "：", "，"}
	for _, s := range randomTexts(7, 40000, 8, pieces) {
		if got, want := leadNoiseLen(s), len(leadNoise.FindString(s)); got != want {
			t.Fatalf("leadNoiseLen(%q) = %d, leadNoise matches %d bytes", s, got, want)
		}
	}
	for _, s := range corpusLines(t) {
		if got, want := leadNoiseLen(s), len(leadNoise.FindString(s)); got != want {
			t.Errorf("leadNoiseLen(%q) = %d, leadNoise matches %d bytes", s, got, want)
		}
	}
}

// TestCanonicalTagMixedCase: a tag that states the page's URL in letters
// of mixed case is still found (the gate before the expression reads
// ASCII letters in either case), and a tag with neither word is not.
func TestCanonicalTagMixedCase(t *testing.T) {
	for _, tc := range []struct{ head, want string }{
		{`<html><head><LINK REL="CanOnical" HREF="https://status.fernhollow.example/incidents/42"></head>`, `<LINK REL="CanOnical" HREF="https://status.fernhollow.example/incidents/42">`},
		{`<head><Meta Property="OG:URL" Content="https://blog.quillmere.example/post-mortem"></head>`, `<Meta Property="OG:URL" Content="https://blog.quillmere.example/post-mortem">`},
		{`<head><link rel="stylesheet" href="/a.css"><meta property="og:title" content="x"></head>`, ``},
		{`<head><link rel="canon" href="/a"><meta name="canonical" content="x"></head>`, ``},
	} {
		got := string(canonicalTag([]byte(tc.head)))
		if got != tc.want {
			t.Errorf("canonicalTag(%q) = %q, want %q", tc.head, got, tc.want)
		}
		if want := string(canonicalTagOld.Find([]byte(tc.head))); got != want {
			t.Errorf("canonicalTag(%q) = %q, the expression finds %q", tc.head, got, want)
		}
	}
}

// TestKeySetEach: keySet.each gives every literal a text holds and no
// other, on random runs of the literals' pieces and the corpus lines, for
// the byline words and a set with literals of one byte and one that
// starts another.
func TestKeySetEach(t *testing.T) {
	sets := [][]string{bylineWords, {"a", "ab", "abc", "b", "来源", "来"}, {"x"}, {}}
	pieces := []string{"来源:", "来源", "：", ":", "作者", "作", "阅读：", "发布于", "updated:", "Updated:", "updated", "last modified", "created by",
		"字数", "字", "a", "b", "c", "ab", "x", " ", "\n", "\xe6", "\xff", "来"}
	texts := append(randomTexts(3, 20000, 10, pieces), corpusLines(t)...)
	for _, keys := range sets {
		k := newKeySet(keys)
		for _, s := range texts {
			got := map[string]bool{}
			k.each(s, func(lit string) { got[lit] = true })
			for _, key := range keys {
				if want := strings.Contains(s, key); got[key] != want {
					t.Fatalf("keys %q: each(%q) gave %q: %v, strings.Contains says %v", keys, s, key, got[key], want)
				}
			}
			if len(got) > len(keys) {
				t.Fatalf("keys %q: each(%q) gave %v, more than the keys", keys, s, got)
			}
		}
	}
}

// TestWithoutBylinesWords: withoutBylines, which finds the byline words a
// text holds in one read, drops the lines the byline expression drops,
// on the fixture, realworld and corpus texts and on made-up pages of ours
// whose lines hold some of the words.
func TestWithoutBylinesWords(t *testing.T) {
	t.Parallel()
	texts := []string{
		"云桥科技故障复盘\n来源：云桥技术博客  作者：林一舟\n发布时间 2025-03-04 10:20\n2025年3月3日晚，支付网关出现大面积超时。",
		"Fernhollow status\nUpdated: 4 March 2025\nLast modified by the SRE team\nOn March 3, 2025 the API failed.\nCreated by Ana Ruiz",
		"标题\n阅读：1024  字数：900\n正文第一段。\n更新于 2025-01-02\n编辑者：王五",
	}
	for _, s := range speedTexts(t) {
		texts = append(texts, head(s, 3000))
	}
	for _, s := range randomTexts(5, 5000, 12, []string{"来源：", "作者:", "阅读：", "发布于", "updated: ", "Created by ", "last modified", "字数",
		"\n", "\n", "2025-03-04 ", "March 3, 2025", "text ", "正文", "By Ana Ruiz · ", "5 min read"}) {
		texts = append(texts, s)
	}
	for _, x := range texts {
		if got, want := withoutBylines(x), withoutBylinesEach(x); got != want {
			t.Fatalf("withoutBylines(%q) = %q, line by line %q", x, got, want)
		}
	}
}

// TestRunesAtMost: runesAtMost(s, n) is utf8.RuneCountInString(s) <= n
// for texts of ASCII, Chinese, runes cut off and bytes that are no UTF-8,
// around every n that tells them apart.
func TestRunesAtMost(t *testing.T) {
	texts := append(randomTexts(11, 5000, 12, []string{"a", "ab ", "云桥", "。", "·", "\xe4\xb8", "\xff", "é", "🙂", "\u00a0", ""}),
		"", "a", "云", "\xe4", "\xe4\xb8\xad", "Incident report for Fernhollow Cloud · 3 min read")
	texts = append(texts, corpusLines(t)...)
	for _, s := range texts {
		c := utf8.RuneCountInString(s)
		for _, n := range []int{0, 1, c - 1, c, c + 1, len(s), 6, 20, 40, 60, 80, 100, 300, 400} {
			if got, want := runesAtMost(s, n), c <= n; got != want {
				t.Fatalf("runesAtMost(%q, %d) = %v, RuneCountInString %d", s, n, got, c)
			}
		}
	}
}

// TestBylineWordsFewAndDistinct: withoutBylines keeps a bit for each byline
// word, which holds only while they are fewer than 64 and each listed once.
func TestBylineWordsFewAndDistinct(t *testing.T) {
	if len(bylineWords) >= 64 || len(bylineIndex) != len(bylineWords) {
		t.Errorf("%d byline words, %d distinct: a bit each needs fewer than 64, each once", len(bylineWords), len(bylineIndex))
	}
}
