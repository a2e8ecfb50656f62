package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/incidex/incidex/data"
	"unicode"
	"unicode/utf8"
)

// splitInline splits a paragraph that holds several sections behind
// inline labels ("Summary of impact: … Root cause: … Mitigation: …",
// "影响：…。原因：…。") into one block a label. A label is a section name
// (see classifyHeading) of at most five words or twelve characters,
// standing at the start of a sentence and followed by a colon; the part
// before the first one keeps the block's own label.
func splitInline(b block) []block {
	t := b.text
	var cuts []int // where each label starts
	var labels []string
	var bodies []int // where each label's text starts
	for i := 0; i < len(t); {
		j := indexAnyRune(t[i:], ":：?")
		if j < 0 {
			break
		}
		c := i + j
		_, size := utf8.DecodeRuneInString(t[c:])
		i = c + size
		if t[c] == '?' {
			// "What happened? Between … What went wrong and why? …": a
			// review's questions as its labels
			if start, label := questionBefore(t, c); label != "" {
				cuts = append(cuts, start)
				labels = append(labels, label)
				bodies = append(bodies, i)
			}
			continue
		}
		if c == 0 || t[c] == ':' && i < len(t) && isDigitByte(t[i]) {
			continue // "10:30", a URL's port ("处理：00:09 …" is a label)
		}
		start, label := labelBefore(t, c)
		if start <= 0 || label == "" {
			continue // at the very start: labelled has taken it
		}
		cuts = append(cuts, start)
		labels = append(labels, label)
		bodies = append(bodies, i)
	}
	// section names in capitals, without a colon
	lead, from := "", 0
	if cs, ls, bs := capsLabels(t); len(cs) > 0 {
		if cs[0] == 0 {
			if b.label == "" {
				lead, from = ls[0], bs[0] // the text opens with its own label
			}
			cs, ls, bs = cs[1:], ls[1:], bs[1:]
		}
		cuts, labels, bodies = mergeCuts(cuts, labels, bodies, cs, ls, bs)
	}
	if len(cuts) == 0 && lead == "" {
		return []block{b}
	}
	out := make([]block, 0, len(cuts)+1)
	first := b
	if lead != "" {
		first.label = lead
	}
	end := len(t)
	if len(cuts) > 0 {
		end = cuts[0]
	}
	first.text = strings.TrimSpace(t[from:end])
	if first.text != "" || first.label != "" {
		out = append(out, first)
	}
	for k := range cuts {
		end := len(t)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		nb := block{kind: b.kind, depth: b.depth, label: labels[k], text: strings.TrimSpace(strings.TrimLeft(t[bodies[k]:end], "*_ "))}
		out = append(out, nb)
	}
	return out
}

// questionWords open the questions a review answers.
var questionWords = map[string]bool{"what": true, "how": true, "why": true, "when": true, "where": true, "who": true, "which": true}

// questionBefore finds the question that ends at the question mark at c
// and labels what follows it: a sentence of its own, at most sixteen
// words, opening with a question word, naming a section ("What went
// wrong and why?", "How are we making incidents like this less
// likely?"), followed by a new sentence. It returns where the question
// starts and the question, or "" when it is none.
func questionBefore(t string, c int) (int, string) {
	if c+2 >= len(t) || t[c+1] != ' ' {
		return -1, "" // a question alone is a heading's business
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[c+1:], " *_")); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isHan(r) {
		return -1, ""
	}
	start := c
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:start])
		if strings.ContainsRune(".!?;", r) && start < c {
			break
		}
		start -= size
		if c-start > 120 {
			return -1, ""
		}
	}
	for start < c && (t[start] == ' ' || t[start] == '*' || t[start] == '_') {
		start++
	}
	label := strings.Trim(t[start:c+1], " *_")
	ws := strings.Fields(label)
	if len(ws) < 2 || len(ws) > 16 || !questionWords[strings.ToLower(ws[0])] {
		return -1, ""
	}
	if labelSection(strings.TrimSuffix(label, "?")) == "" {
		return -1, ""
	}
	return start, label
}

// labelOnly are the section names that are labels only, not headings:
// "处理：" opens what was done about an incident, while a heading "处理"
// says too little.
var labelOnly = map[string]data.Section{
	"处理": data.SectionRemediation, "处置": data.SectionRemediation, "解决": data.SectionRemediation, "workaround": data.SectionRemediation,
	"解决办法": data.SectionRemediation, "临时方案": data.SectionRemediation, "detection": data.SectionTimeline,
}

// labelSection is the section a "Label:" lead-in opens, or "".
func labelSection(label string) data.Section {
	if sec := classifyHeading(label); sec != "" {
		return sec
	}
	return labelOnly[strings.ToLower(strings.Trim(label, " *_:："))]
}

// labelBefore finds the label that ends at the colon at c: the words from
// the start of its sentence. It returns where the label starts and the
// label, or -1 when the words before the colon are no section's name.
// statementLabel is a label's words that make a statement of when
// something happened ("Impact begins", "Outage ended"), not name a section.
var statementLabel = regexp.MustCompile(`(?i)\s(?:begins|began|starts|started|ends|ended|resumes|resumed|continues|over)$`)

func labelBefore(t string, c int) (int, string) {
	start := c
	words := 0
	han := 0
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:start])
		if strings.ContainsRune(".。！!？?；;", r) {
			break
		}
		if r == '，' && han >= 2 && han <= 4 && words == 0 {
			break // "…连接失败，影响：约 4% …": a short Chinese label after a comma
		}
		if r == ' ' {
			if han > 0 {
				break // Chinese labels stand after a space too: "影响：… 原因：…"
			}
			words++
			if words > 5 {
				return -1, ""
			}
		} else if isHan(r) {
			han++
			if han > 12 {
				return -1, ""
			}
		} else if unicode.IsDigit(r) || r == ':' || r == '：' || r == '，' || r == ',' || r == '(' || r == '（' {
			return -1, ""
		}
		start -= size
		if c-start > 80 {
			return -1, ""
		}
	}
	label := strings.Trim(t[start:c], " *_")
	if label == "" {
		return -1, ""
	}
	if first, _ := utf8.DecodeRuneInString(label); !isHan(first) && !unicode.IsUpper(first) {
		return -1, "" // "the reason was: …" is a sentence, not a label
	}
	if sec := labelSection(label); sec == "" || sec == secBoilerplate {
		return -1, ""
	}
	if statementLabel.MatchString(label) {
		return -1, "" // "Impact begins: payments start failing" says when, in a timeline's row
	}
	for start < c && t[start] == ' ' {
		start++
	}
	return start, label
}

// mergeCuts adds the labels (cut, label, body) of a second kind to the
// first's, in the order of the text; where both found one at the same
// place the first's stays.
func mergeCuts(cuts []int, labels []string, bodies []int, cs []int, ls []string, bs []int) ([]int, []string, []int) {
	type cut struct {
		at, body int
		label    string
	}
	var all []cut
	for k := range cuts {
		all = append(all, cut{cuts[k], bodies[k], labels[k]})
	}
	for k := range cs {
		taken := false
		for _, c := range all {
			if cs[k] < c.body && c.at < bs[k] {
				taken = true // overlapping: "ROOT CAUSE: …" is the colon's
			}
		}
		if !taken {
			all = append(all, cut{cs[k], bs[k], ls[k]})
		}
	}
	slices.SortStableFunc(all, func(a, b cut) int { return a.at - b.at })
	cuts, labels, bodies = cuts[:0], labels[:0], bodies[:0]
	for _, c := range all {
		cuts, labels, bodies = append(cuts, c.at), append(labels, c.label), append(bodies, c.body)
	}
	return cuts, labels, bodies
}

// capsLabels finds the section names a text holds in capitals without a
// colon: "ISSUE SUMMARY On Tuesday … ROOT CAUSE A new version …", a
// status page's report whose headings ran into one cell or paragraph.
// Each stands at the text's start or a sentence's, is the shortest run
// of capital words that names a section (then "AND PREVENTION", "OF
// IMPACT": a joining word and the words after it), holds six letters or
// more, and a sentence follows it. It returns where each starts, the
// label, and where its text starts.
func capsLabels(t string) (starts []int, labels []string, bodies []int) {
	if !hasCapsWord(t) {
		return nil, nil, nil
	}
	words := capsWordsAt(t)
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w.start > 0 && !sentenceBefore(t, w.start) {
			continue
		}
		// the shortest run from here that names a section
		j, sec := i, data.Section("")
		for ; j < len(words) && j < i+6; j++ {
			if j > i && !onlySpaces(t[words[j-1].end:words[j].start]) {
				break
			}
			if sec = labelSection(t[w.start:words[j].end]); sec != "" {
				break
			}
		}
		if sec == "" || sec == secBoilerplate || j == len(words) || j == i+6 {
			continue
		}
		// "REMEDIATION AND PREVENTION", "DESCRIPTION OF IMPACT"
		for j+2 < len(words) && joinWord[t[words[j+1].start:words[j+1].end]] && onlySpaces(t[words[j].end:words[j+1].start]) && onlySpaces(t[words[j+1].end:words[j+2].start]) {
			if s := labelSection(t[w.start:words[j+2].end]); s == "" || s == secBoilerplate {
				break
			}
			j += 2
		}
		end := words[j].end
		label := t[w.start:end]
		if letters(label) < 6 {
			continue
		}
		body := end
		for body < len(t) && t[body] == ' ' {
			body++
		}
		if body == end || body == len(t) || !(t[body] >= 'A' && t[body] <= 'Z' || t[body] >= '0' && t[body] <= '9' || t[body] >= 0x80) {
			continue // a sentence follows it
		}
		starts, labels, bodies = append(starts, w.start), append(labels, label), append(bodies, body)
		i = j
	}
	// each tells a sentence of four words or more, up to the next: a
	// name over a sidebar's words ("ROOT CAUSE Contact support", two
	// columns run into one line) is none
	keep := 0
	for k := range starts {
		end := len(t)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		if len(strings.Fields(t[bodies[k]:end])) >= 4 {
			starts[keep], labels[keep], bodies[keep] = starts[k], labels[k], bodies[k]
			keep++
		}
	}
	return starts[:keep], labels[:keep], bodies[:keep]
}

// joinWord joins the words of a section's name in capitals.
var joinWord = map[string]bool{"AND": true, "OF": true, "&": true, "/": true, "TO": true}

type span2 struct{ start, end int }

// capsWordsAt finds the words in capitals of t (two letters or more, or a
// joining '&'), in order.
func capsWordsAt(t string) []span2 {
	var out []span2
	for i := 0; i < len(t); {
		if t[i] == '&' && (i == 0 || t[i-1] == ' ') && (i+1 == len(t) || t[i+1] == ' ') {
			out = append(out, span2{i, i + 1})
			i++
			continue
		}
		if t[i] < 'A' || t[i] > 'Z' || i > 0 && capsWordByte(t[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(t) && (t[j] >= 'A' && t[j] <= 'Z' || t[j] == '-' && j > i) {
			j++
		}
		if j-i >= 2 && (j == len(t) || !capsWordByte(t[j])) {
			out = append(out, span2{i, j})
		}
		i = j
		for i < len(t) && capsWordByte(t[i]) {
			i++
		}
	}
	return out
}

// hasCapsWord reports whether t holds two capital letters in a row, the
// cheap test before capsLabels.
func hasCapsWord(t string) bool {
	for i := 1; i < len(t); i++ {
		if t[i] >= 'A' && t[i] <= 'Z' && t[i-1] >= 'A' && t[i-1] <= 'Z' {
			return true
		}
	}
	return false
}

func capsWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

func onlySpaces(s string) bool { return strings.Trim(s, " ") == "" && s != "" }

// sentenceBefore reports whether a sentence ends right before i: after a
// full stop, a closing bracket or quote, then spaces.
func sentenceBefore(t string, i int) bool {
	j := i
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	if j == i || j == 0 {
		return j == 0
	}
	r, _ := utf8.DecodeLastRuneInString(t[:j])
	return strings.ContainsRune(".!?。！？)）\"”'", r)
}

func letters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			n++
		}
	}
	return n
}
