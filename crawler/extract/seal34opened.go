package extract

import (
	"regexp"
	"strings"
)

// rowDay is a history row's day without its year, "Aug 11", "11 Aug",
// "8月11日".
var rowDay = regexp.MustCompile(`(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{1,2}月\d{1,2}日)$`)

// A history page may also mark its rows at their right edge, "+" on each
// entry shown closed and "−" on the one shown opened, its updates under
// it ("Aug 11   Major outage   Compute instances failing to boot in
// sgp-2" / "Resolved in 1 hour 36 minutes      −"): the page is about the
// opened entry, as with "▾ Hide updates" among "▸ Show updates".

// rowMark is the mark a line ends with after a run of spaces: '+' for a
// row shown closed, '-' for one shown opened ("−", "-", "–"), 0 for none.
func rowMark(raw string) byte {
	t := strings.TrimRight(raw, " \t\r")
	for _, m := range []struct {
		s string
		b byte
	}{{"+", '+'}, {"−", '-'}, {"-", '-'}, {"–", '-'}} {
		if strings.HasSuffix(t, m.s) {
			rest := t[:len(t)-len(m.s)]
			if strings.HasSuffix(rest, "   ") && strings.TrimSpace(rest) != "" {
				return m.b
			}
			return 0
		}
	}
	return 0
}

// openedRow is the line naming the one row a history marks opened among
// rows marked closed (see above), -1 when there is none or more than one.
func openedRow(lines []string) int {
	open, closed := -1, false
	for i, raw := range lines {
		if i > 400 {
			break
		}
		switch rowMark(raw) {
		case '+':
			closed = true
		case '-':
			if open >= 0 {
				return -1
			}
			open = i
		}
	}
	if open < 0 || !closed {
		return -1
	}
	return markedRowName(lines, open)
}

// markedRowName is the line that names the row whose mark is on line i: that
// line, without its mark, unless it tells the row's state or length
// ("Resolved in 41 minutes"), else the line above it.
func markedRowName(lines []string, i int) int {
	for j, k := i, 0; j >= 0 && k < 2; j-- {
		line := cleanSpace(lines[j])
		if j == i {
			line = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line), "+−–-"))
		}
		if line == "" {
			continue
		}
		k++
		if statusLine(line) || dateLead(line) || mayBeStatusWord(line) {
			continue
		}
		if isTitleLine(line) && cleanTitle(line, "") != "" && !metaFieldLine(line) {
			return j
		}
		return -1
	}
	return -1
}

// openedRowEnd is where the row opened at the name at i ends: at the name
// of the next row marked closed, else the text's end.
func openedRowEnd(lines []string, i int) int {
	for j := i + 1; j < len(lines) && j <= i+400; j++ {
		if rowMark(lines[j]) != '+' {
			continue
		}
		if k := markedRowName(lines, j); k > i {
			return k
		}
		return j
	}
	return len(lines)
}

// rowCellName is a history row's name, its last cell, when the row sets
// its date, its kind and its name apart by runs of spaces ("Aug 11
// Major outage           Compute instances failing to boot in sgp-2");
// the line as it is otherwise.
func rowCellName(raw string) string {
	var cells []string
	for _, c := range strings.Split(strings.TrimSpace(raw), "   ") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) >= 3 && (cleanTitle(cells[0], "") == "" || rowDay.MatchString(cells[0])) {
		return cells[len(cells)-1]
	}
	return raw
}

// parteMarkedRows sets a blank line above each marked line of a history
// whose rows are marked "+" and "−" (see above), so that a row's state
// under its name ("Resolved in 41 minutes      +") is not joined to the
// name when hard-wrapped lines are unwrapped. Any other text is returned
// as it is.
func parteMarkedRows(src string) string {
	if !strings.Contains(src, "   +") || !strings.Contains(src, "   −") && !strings.Contains(src, "   -\n") && !strings.Contains(src, "   –") {
		return src
	}
	lines := strings.Split(src, "\n")
	if openedRow(lines) < 0 {
		return src
	}
	out := make([]string, 0, len(lines)+16)
	for i, l := range lines {
		if i > 0 && rowMark(l) != 0 && strings.TrimSpace(lines[i-1]) != "" {
			out = append(out, "")
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
