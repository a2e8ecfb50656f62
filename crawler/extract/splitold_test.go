package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The sentence splitter as it was before it walked bytes (it walked the
// line's runes): kept to ask both the same.

func splitSentencesRunes(line string) []string {
	var out []string
	start := 0
	rs := []rune(line)
	aside := -1
	for i := 0; i < len(rs); i++ {
		if i == start || aside < 0 && rs[i] == '(' && strings.TrimSpace(string(rs[start:i])) == "" {
			if rs[i] == '(' {
				aside = asideCloseRunes(rs, i)
			}
		}
		if aside >= 0 && i < aside {
			continue
		}
		r := rs[i]
		end := false
		switch r {
		case ')':
			if i == aside {
				aside = -1
				end = (i+1 == len(rs) || rs[i+1] == ' ') && i > 0 && strings.ContainsRune(".!?", rs[i-1])
			}
		case '。', '！', '？', '!', '?', '；':
			end = true
		case '.':
			end = i+1 == len(rs) || rs[i+1] == ' ' && i > 0 && !(rs[i-1] >= '0' && rs[i-1] <= '9' && i+2 < len(rs) && rs[i+2] >= '0' && rs[i+2] <= '9') && !meridiemGoesOnRunes(rs, i) && !monthAbbrevGoesOnRunes(rs, i) && !latinAbbrevRunes(rs, i) && !standaloneDotsRunes(rs, i)
		}
		if end {
			out = append(out, string(rs[start:i+1]))
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

func asideCloseRunes(rs []rune, open int) int {
	depth := 0
	for j := open; j < len(rs) && len(string(rs[open:j])) <= 600; j++ {
		switch rs[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				if inner := string(rs[open+1 : j]); strings.Contains(inner, ". ") || strings.Contains(inner, "? ") || strings.Contains(inner, "! ") {
					return j
				}
				return -1
			}
		}
	}
	return -1
}

func standaloneDotsRunes(rs []rune, i int) bool {
	j := i
	for j > 0 && rs[j-1] == '.' {
		j--
	}
	return i > j && j > 0 && rs[j-1] == ' '
}

func latinAbbrevRunes(rs []rune, i int) bool {
	if i < 3 || rs[i-2] != '.' || i > 3 && unicode.IsLetter(rs[i-4]) && rs[i-4] < 0x80 {
		return false
	}
	a, b := unicode.ToLower(rs[i-3]), unicode.ToLower(rs[i-1])
	return a == 'e' && b == 'g' || a == 'i' && b == 'e'
}

func meridiemGoesOnRunes(rs []rune, i int) bool {
	if i < 3 || rs[i-2] != '.' || rs[i-1] != 'm' && rs[i-1] != 'M' || !strings.ContainsRune("apAP", rs[i-3]) {
		return false
	}
	j := i + 2
	k := j
	for k < len(rs) && (unicode.IsLetter(rs[k]) || rs[k] == '.') {
		k++
	}
	if k == j {
		return true
	}
	w := string(rs[j:k])
	return unicode.IsLower(rs[j]) || len(w) <= 4 && strings.ToUpper(w) == w && strings.HasSuffix(w, "T") || zoneWords[strings.ToLower(w)]
}

func monthAbbrevGoesOnRunes(rs []rune, i int) bool {
	if i+2 >= len(rs) || rs[i+2] < '0' || rs[i+2] > '9' {
		return false
	}
	j := i
	for j > 0 && unicode.IsLetter(rs[j-1]) {
		j--
	}
	if j > 0 && rs[j-1] != ' ' && rs[j-1] != '(' && rs[j-1] != ',' {
		return false
	}
	w := strings.ToLower(string(rs[j:i]))
	return (len(w) == 3 || w == "sept") && monthOf(w) > 0
}

// splitterLines are lines that try the splitter's every test: clocks with
// a.m. and p.m., abbreviated months, numbers with a point, Chinese marks,
// letters of other scripts around a full stop, and bytes that are not
// UTF-8.
var splitterLines = []string{
	"", ".", "a.", " . ", "It began at 9 a.m. that day. It ended at 3 p.m.", "Fixed at 10:05 a.m. ET and confirmed.",
	"At 9:05 a.m. Eastern time the queue drained. Then 11:40 p.m. UTC it was done.", "At 8 A.M. Then more.",
	"at 7 p.m. Élan said so. At 7 p.m. élan. At 7 p.m. Σ. At 7 p.m. σigma", "It began on Tuesday, Sept. 9, at noon. It ended at 3 p.m.",
	"on Monday, Dec. 2, we saw it. (Jan. 5 was fine.) x,Feb. 3 too. Foo. 3 bars.", "Version 2. 5 is out. Rate 3.5 rose. 1. 2",
	"故障发生于凌晨。随后恢复！真的吗？是的；好。", "Wow! Really? Yes.", "Mixed。English. 中文！end", "Déc. 5 was cold. Ünl. 4 x",
	"bad \xff byte. next \xfe\xfe? done", "\xe3\x80 cut 。 mark", "a.m. p.m. A.M. x.m. 9 p.m. PDT outage. 9 p.m. PST. 9 p.m. PSTX.",
	"The K-8 p.m. Ⅷ rose.", "Many areas, e.g. checkout. Some, i.e. two. Glue.g. x. (E.g. this.) éi.e. x. I.E. y", "e.g. x", "ends with p.m.", "Sept. 14 and sep. 15 and Sep. 16, Septe. 17.", "ａ。ｂ！ｃ？ｄ；ｅ",
	"We draw ids. (This is because of UPSERT .. ON CONFLICT DO ... that. It is neat, but we missed it.) Later.", "(a. b) c. (d? e.) f", "(未. 闭合 x",
}

func TestSplitSentencesBytesAsRunes(t *testing.T) {
	lines := slices.Clone(splitterLines)
	// and every line of the fixtures
	files, _ := filepath.Glob("testdata/*.*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	for _, l := range lines {
		if got, want := splitSentences(l), splitSentencesRunes(l); !slices.Equal(got, want) {
			t.Errorf("splitSentences(%q) = %q, as runes %q", l, got, want)
		}
	}
}
