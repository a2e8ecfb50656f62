package search

import (
	"slices"
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
	for en, zh := range map[string]string{"documents": "文件", "affected": "影响", "restarted": "重新启动", "news": "新闻", "retries": "重试"} {
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
	if g := l.Glosses("雀"); g != nil {
		t.Errorf("single characters are no headwords, got Glosses(雀) = %q", g)
	}
}

func BenchmarkParseLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := ParseLexicon(data.CEDICT); err != nil {
			b.Fatal(err)
		}
	}
}
