package extract

import (
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
		j := strings.IndexAny(t[i:], ":：?")
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
	if len(cuts) == 0 {
		return []block{b}
	}
	out := make([]block, 0, len(cuts)+1)
	first := b
	first.text = strings.TrimSpace(t[:cuts[0]])
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
	for start < c && t[start] == ' ' {
		start++
	}
	return start, label
}
