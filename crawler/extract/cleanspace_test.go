package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cleanSpaceSlow is cleanSpace as it was before its quick path for text
// that is clean already: the test asks both the same.
func cleanSpaceSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
			continue
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u3000' || r == '\f' || r == '\v' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// TestCleanSpaceQuickPath asks cleanSpace and the loop it had alone the
// same of every line of the fixtures and pages, and of lines that hold
// each oddity the loop cleans.
func TestCleanSpaceQuickPath(t *testing.T) {
	lines := []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "云\u3000桥", "zero\u200bwidth", "soft\u00adhyphen",
		"\ufeffbom", "bad \xff byte", "bad\xe4\xb8", "\ufffd kept", "a\u200c", "\u200db", "x\fy\vz", "\r\n", "中文 与 English", "ok, fine.",
		"中\u3000\u3000文", "中文\xe4\xb8", "中\xe4\xb8X", "\xe3\x80", "\xe9\xc0\x80中", "、。「」", "\u00a0\u200b 中 \u00ad文\n\n", "\ufffd\xff\ufffd"}
	filepath.WalkDir("testdata", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		body, err := os.ReadFile(path)
		if err == nil {
			lines = append(lines, strings.Split(string(body), "\n")...) // as read: some are not UTF-8
			lines = append(lines, string(body))                         // and whole, lines and all
		}
		return nil
	})
	for _, l := range lines {
		if got, want := cleanSpace(l), cleanSpaceSlow(l); got != want {
			t.Errorf("cleanSpace(%q) = %q, want %q", l, got, want)
		}
	}
}
