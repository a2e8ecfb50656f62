package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixtureLines are the lines of every fixture, and each line's tail from
// each of its first bytes: inputs for asking a gated function and the
// expression it gates the same.
func fixtureLines(t *testing.T) []string {
	files, _ := filepath.Glob("testdata/*.*")
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.Split(string(b), "\n")...)
	}
	return out
}

func TestLeadNoiseLen(t *testing.T) {
	lines := append(fixtureLines(t), "", " ", "- 12:00 x", "** 3) 09:00", "__x", "1. 14:00", "（3）10点", "【12:00】", "• ● 10:00", "\t\f\r\n12", "_a", "12:00", "(1) a", "a - b")
	for c := 0; c < 256; c++ {
		for _, tail := range []string{"", " 12:00", "1) x", ") 9", "* x", "a", "、 x", "】"} {
			lines = append(lines, string([]byte{byte(c)})+tail)
		}
	}
	for _, l := range lines {
		if got, want := leadNoiseLen(l), len(leadNoise.FindString(l)); got != want {
			t.Errorf("leadNoiseLen(%q) = %d, leadNoise matches %d bytes", l, got, want)
		}
	}
}

func TestZhZoneWordsEndInShijian(t *testing.T) {
	for _, w := range zhZoneWords {
		if !strings.HasSuffix(w, "时间") {
			t.Errorf("%q does not end with 时间: endsZhZoneWord would miss it", w)
		}
	}
	for _, h := range []string{"", "时间", "北京时间", "事件时间：北京时间 10 点", "美国太平洋夏令时间上午", "太平洋", "时间北京", "时间时间太平洋标准时间"} {
		if got, want := endsZhZoneWord(h), containsAny(h, zhZoneWords); got != want {
			t.Errorf("endsZhZoneWord(%q) = %v, containsAny %v", h, got, want)
		}
	}
}

// withoutBylinesEach is withoutBylines as it was: every line lowered and
// asked for every byline word.
func withoutBylinesEach(text string) string {
	if !strings.Contains(text, "\n") && !byline.MatchString(text) {
		return text
	}
	var kept []string
	for _, l := range strings.Split(text, "\n") {
		if len(l) > 300 || !byline.MatchString(l) {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

func TestWithoutBylinesOnce(t *testing.T) {
	texts := []string{"", "x", "来源：新华网", "Posted by A\nbody", "Title\nBy Jonah Lisle, CTO · March 12, 2026\n\nBody text.\n5 min read", "a\n\nb\n", "作者：某\n发布时间 2025\n正文"}
	files, _ := filepath.Glob("testdata/*.*")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, head(string(b), 3000), head(string(b), 300))
	}
	for _, x := range texts {
		if got, want := withoutBylines(x), withoutBylinesEach(x); got != want {
			t.Errorf("withoutBylines(%q) = %q, line by line %q", x, got, want)
		}
	}
}
