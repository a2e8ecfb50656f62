package extract

import (
	"regexp"
	"strings"
)

var (
	// hideToggle is the control of a list's entry shown opened: "▾ Hide
	// updates", "Hide details", "Show less", "收起详情".
	hideToggle = regexp.MustCompile(`(?i)^(?:[▾▼⌄−]\s*)?(?:hide|collapse)\s+(?:all\s+)?(?:updates|details|history|incident|timeline)$|^(?:[▾▼⌄−]\s*)?show less$|^(?:[▾▼⌄−]\s*)?收起(?:详情|更新|全部)?$`)
	// showToggle is the control of an entry shown closed: "▸ Show
	// updates", "View details", "展开详情".
	showToggle = regexp.MustCompile(`(?i)^(?:[▸►▶+]\s*)?(?:show|expand|view)\s+(?:all\s+)?(?:updates|details|history|incident|timeline)$|^(?:[▸►▶+]\s*)?展开(?:详情|更新|全部)?$`)
)

// openedEntry is the line that names the one entry a page of past
// incidents shows opened, its updates under it, among entries shown
// closed: the name above its "▾ Hide updates" where another entry has
// "▸ Show updates". A saved history page is about the entry its reader
// opened. -1 when the page has no such list.
func openedEntry(lines []string) int {
	hide, shown := -1, false
	for i, raw := range lines {
		if i > 400 {
			break
		}
		line := strings.TrimSpace(raw)
		if line == "" || len(line) > 40 || !toggleLead(line) {
			continue
		}
		line = cleanSpace(line)
		switch {
		case hideToggle.MatchString(line):
			if hide >= 0 {
				return -1 // two entries opened: none is the page's
			}
			hide = i
		case showToggle.MatchString(line):
			shown = true
		}
	}
	if hide < 0 || !shown {
		return openedRow(lines) // or a row marked "−" among rows marked "+"
	}
	// the entry's name stands above its state and dates ("Resolved ·
	// Jun 9, 2026 14:41 - 16:45 UTC")
	for j, k := hide-1, 0; j >= 0 && k < 3; j-- {
		line := cleanSpace(lines[j])
		if line == "" {
			continue
		}
		k++
		if statusLine(line) || dateLead(line) {
			continue
		}
		if isTitleLine(line) && cleanTitle(line, "") != "" && !metaFieldLine(line) {
			return j
		}
		return -1
	}
	return -1
}

// dateLead reports whether a line opens with its state or a date and
// holds a digit: an entry's "Resolved · Jun 9, 2026 14:41 - 16:45 UTC".
func dateLead(line string) bool {
	if !strings.ContainsAny(line, "0123456789") {
		return false
	}
	state, _, ok := strings.Cut(line, " · ")
	return ok && (statusLine(state) || stateName(state)) || cleanTitle(line, "") == ""
}

// openedEnd is where the entry opened at the name at i ends: at the name
// of the next entry shown closed (the line above its state and dates,
// "Resolved · Jun 3, 2026 19:10 - 19:55 UTC", over its "▸ Show
// updates"), else the text's end.
func openedEnd(lines []string, i int) int {
	for j := i + 1; j < len(lines) && j <= i+400; j++ {
		line := strings.TrimSpace(lines[j])
		if line == "" || len(line) > 40 || !toggleLead(line) || !showToggle.MatchString(cleanSpace(line)) {
			continue
		}
		dated := false
		for k, n := j-1, 0; k > i && n < 4; k-- {
			l := cleanSpace(lines[k])
			if l == "" {
				continue
			}
			n++
			if dated {
				return k // the closed entry's name
			}
			dated = dateLead(l)
		}
		return j
	}
	return len(lines)
}

// toggleLead reports whether a trimmed line opens as a toggle does, with
// a caret or a sign or with "hide", "show", "collapse", "expand", "view",
// "收起" or "展开": the gate before hideToggle and showToggle.
func toggleLead(line string) bool {
	switch line[0] {
	case 'h', 'H', 's', 'S', 'c', 'C', 'e', 'E', 'v', 'V', '+':
		w := strings.ToLower(line[:min(len(line), 8)])
		return line[0] == '+' || strings.HasPrefix(w, "hide") || strings.HasPrefix(w, "show") || strings.HasPrefix(w, "collapse") ||
			strings.HasPrefix(w, "expand") || strings.HasPrefix(w, "view")
	}
	return strings.HasPrefix(line, "▾") || strings.HasPrefix(line, "▼") || strings.HasPrefix(line, "⌄") || strings.HasPrefix(line, "−") ||
		strings.HasPrefix(line, "▸") || strings.HasPrefix(line, "►") || strings.HasPrefix(line, "▶") || strings.HasPrefix(line, "收起") || strings.HasPrefix(line, "展开")
}
