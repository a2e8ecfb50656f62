package search

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

func TestLexiconLookup(t *testing.T) {
	start := time.Now()
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d headwords parsed in %v", l.Len(), time.Since(start))
	if l.Len() < 50000 {
		t.Fatalf("lexicon has %d headwords, want the bulk of CC-CEDICT", l.Len())
	}
	for zh, en := range map[string]string{
		"服务器": "server", "数据库": "database", "死锁": "deadlock", "超时": "timeout",
		"重试": "retry", "负载均衡": "load balancing", "防火墙": "firewall", "停电": "power cut",
		"金丝雀": "canary",
	} {
		if g := l.Glosses(zh); !slices.Contains(g, en) {
			t.Errorf("Glosses(%s) = %q, want %q among them", zh, g, en)
		}
	}
	// computing senses first: 超时 is a timeout before it is overtime
	if g := l.Glosses("超时"); len(g) == 0 || g[0] != "timeout" {
		t.Errorf("Glosses(超时) = %q, want timeout first", g)
	}
	for en, zh := range map[string]string{"server": "服务器", "servers": "服务器", "deadlock": "死锁", "firewall": "防火墙"} {
		if h := l.Headwords(en); !slices.Contains(h, zh) {
			t.Errorf("Headwords(%s) = %q, want %s among them", en, h, zh)
		}
	}
	// an inflected word is looked up as its lemma, unless the word's own
	// sense is the common one
	for en, zh := range map[string]string{"documents": "文件", "affected": "影响", "restarted": "重启", "news": "新闻", "retries": "重试"} {
		if h := l.Headwords(en); len(h) == 0 || !slices.Contains(h[:min(2, len(h))], zh) {
			t.Errorf("Headwords(%s) = %q, want %s among the first two", en, h, zh)
		}
	}
	// notes are not translations: no classifiers, variants or Taiwan forms
	for _, g := range l.Glosses("服务器") {
		if g != "server" {
			t.Errorf("Glosses(服务器) has %q besides server", g)
		}
	}
	// a loanword is a translation like any other: 黑客 is "(computing)
	// (loanword) hacker", 引擎 "engine (loanword)"
	for zh, en := range map[string]string{"黑客": "hacker", "引擎": "engine", "雷达": "radar"} {
		if g := l.Glosses(zh); !slices.Contains(g, en) {
			t.Errorf("Glosses(%s) = %q, want %q", zh, g, en)
		}
		if h := l.Headwords(en); !slices.Contains(h, zh) {
			t.Errorf("Headwords(%s) = %q, want %s among them", en, h, zh)
		}
	}
	// so is a figurative sense: 瓶颈 is "(lit.) neck of a bottle; (fig.)
	// bottleneck", 双刃剑 "(lit. and fig.) double-edged sword"; a literal
	// reading is not (倒悬: "lit. to hang upside down; fig. in dire
	// straits")
	for zh, en := range map[string]string{"瓶颈": "bottleneck", "双刃剑": "double-edged sword", "倒悬": "in dire straits"} {
		if g := l.Glosses(zh); !slices.Contains(g, en) {
			t.Errorf("Glosses(%s) = %q, want %q", zh, g, en)
		}
	}
	if g := l.Glosses("倒悬"); slices.Contains(g, "hang upside down") {
		t.Errorf("Glosses(倒悬) = %q, has the literal reading", g)
	}
	// a gloss that only has the words "see" or "used in" in it is one
	// (代币: "token (used instead of money …)", 就诊: "to see a doctor");
	// a pattern is none (一些: "slightly ...er")
	for zh, en := range map[string]string{"代币": "token", "就诊": "see a doctor"} {
		if g := l.Glosses(zh); !slices.Contains(g, en) {
			t.Errorf("Glosses(%s) = %q, want %q", zh, g, en)
		}
	}
	if g := l.Glosses("一些"); slices.ContainsFunc(g, func(s string) bool { return strings.Contains(s, "..") }) {
		t.Errorf("Glosses(一些) = %q, has a pattern", g)
	}
	if g := l.Glosses("雀"); g != nil {
		t.Errorf("single characters are no headwords, got Glosses(雀) = %q", g)
	}
}

// A gloss CC-CEDICT writes capitalised (a title, a country) is no
// translation of the ordinary lowercase word, only of a word that is
// nothing but a name.
func TestLexiconCapitalisedGloss(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// 女士 is "lady; madam; Miss; Ms", 土耳其 "Turkey": "miss" and
	// "turkey" are also ordinary words (错过, 火鸡)
	for en, zh := range map[string]string{"miss": "女士", "misses": "女士", "turkey": "土耳其"} {
		capital := func(g string) bool {
			return g != strings.ToLower(g) && strings.EqualFold(g, strings.TrimSuffix(en, "es"))
		}
		if !slices.ContainsFunc(strings.FieldsFunc(find(l.zh, zh), isSenseSep), capital) {
			t.Fatalf("%s is %q: the line this test is about changed", zh, find(l.zh, zh))
		}
		if h := l.Headwords(en); slices.Contains(h, zh) {
			t.Errorf("Headwords(%s) = %q, has %s, whose gloss is a name", en, h, zh)
		}
	}
	for en, zh := range map[string]string{"miss": "错过", "turkey": "火鸡", "germany": "德国", "ms": "女士"} {
		if h := l.Headwords(en); !slices.Contains(h, zh) {
			t.Errorf("Headwords(%s) = %q, want %s among them", en, h, zh)
		}
	}
}

// A headword whose first (or only) sense the word is comes before one
// where it is a later sense, frequency aside.
func TestLexiconPrimarySense(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// 系统 is "system", 制度 "system | institution"; the segmenter's
	// dictionary has 制度 as the (slightly) more frequent word
	if s, z := l.senseShare("系统", "system", true, false), l.senseShare("制度", "system", true, false); s <= z {
		t.Errorf("share of system in 系统 %.2f, in 制度 %.2f: want the only sense to weigh more", s, z)
	}
	// 错误 is "mistaken; false; wrong | error; mistake": error is its
	// second sense, not its fourth gloss, and the word is common
	for en, zh := range map[string]string{"system": "系统", "systems": "系统", "error": "错误", "critical": "严重"} {
		if h := l.Headwords(en); len(h) == 0 || h[0] != zh {
			t.Errorf("Headwords(%s) = %q, want %s first", en, h, zh)
		}
	}
	// a sense's words are glosses too, in their order
	if g := l.Glosses("错误"); !slices.Equal(g, []string{"mistaken", "false", "wrong", "error", "mistake"}) {
		t.Errorf("Glosses(错误) = %q", g)
	}
}

// Irregular inflections find their base form's headwords (WordNet's
// exception lists).
func TestLexiconIrregular(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for en, zh := range map[string]string{"took": "采取", "kept": "保持", "ran": "运行", "made": "制造", "worse": "糟糕", "children": "孩子", "lost": "丢失"} {
		if h := l.Headwords(en); !slices.Contains(h[:min(4, len(h))], zh) {
			t.Errorf("Headwords(%s) = %q, want %s among the first four", en, h, zh)
		}
	}
	// a verb's form takes its lemma's verb senses first: "stuck" is 粘贴
	// ("to stick; to affix") before 棍子 ("stick; rod"), "missing" is
	// 错过 ("to miss") before 小姐 ("young lady | miss")
	if h := l.Headwords("stuck"); len(h) == 0 || h[0] != "粘贴" {
		t.Errorf("Headwords(stuck) = %q, want 粘贴 first", h)
	}
	if h := l.Headwords("missing"); slices.Index(h, "错过") < 0 || slices.Index(h, "小姐") < slices.Index(h, "错过") {
		t.Errorf("Headwords(missing) = %q, want 错过 before 小姐", h)
	}
	if got := lemmas("took"); len(got) == 0 || got[0] != "take" {
		t.Errorf("lemmas(took) = %q, want take first", got)
	}
	if got := lemmas("stopped"); !slices.Contains(got, "stop") {
		t.Errorf("lemmas(stopped) = %q, want stop among them", got)
	}
}

// A derived word the dictionary lacks is looked up as the word it is made
// from; a word that only ends like one is not.
func TestLexiconDerived(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for en, zh := range map[string]string{"deletion": "删除", "validation": "验证", "expiration": "过期", "successfully": "成功"} {
		if find(l.en, en) != "" {
			t.Fatalf("%s is in the lexicon now: pick another derived word", en)
		}
		if h := l.Headwords(en); len(h) == 0 || h[0] != zh {
			t.Errorf("Headwords(%s) = %q, want %s first", en, h, zh)
		}
	}
	// billion is no bill's (-ion only after t or s), and a word the
	// dictionary has is not taken apart
	if h := l.Headwords("billion"); slices.Contains(h, "账单") {
		t.Errorf("Headwords(billion) = %q", h)
	}
	if h := l.Headwords("station"); len(h) == 0 || slices.Contains(h, "国家") {
		t.Errorf("Headwords(station) = %q, want its own words, not state's", h)
	}
}

// Any text is looked up without a crash, and a word is taken apart by
// one suffix, not one after another ("deletionness" is no "delete").
func TestLexiconOddInput(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"", " ", "~", "|", ";", "~system", "a|b", "\t1", "ly", "ion", strings.Repeat("ation", 2000), strings.Repeat("ly", 5000), "deletionness", "系统", "\xff\xfe"} {
		if h := l.Headwords(s); len(h) > 0 && s != "ion" && s != "系统" {
			t.Errorf("Headwords(%.20q) = %q", s, h)
		}
		l.Glosses(s)
		l.Common(s)
	}
}

func BenchmarkParseLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := ParseLexicon(data.CEDICT); err != nil {
			b.Fatal(err)
		}
	}
}
