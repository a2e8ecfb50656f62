package extract

import (
	"regexp"
	"strings"
)

// componentState is the state a status page's grid gives one of its
// products, on a line of its own under the product's name: "Operational",
// "Partial Outage", "正常", "部分故障". (An incident's state, "Resolved"
// or "已恢复", is no product's.)
var componentState = gateRegexp(regexp.MustCompile(`(?i)^(?:operational|partial(?:ly)? (?:outage|degraded)|major outage|degraded(?: performance)?|under maintenance|正常|运行正常|服务正常|部分故障|部分异常|服务中断|性能下降|维护中)[.。]?$`))

// componentRow reports whether a line is a row of a status page's grid, a
// product's name and its state set apart by wide spaces ("云服务器　　　　正常",
// "Object Storage      Operational"): no title.
func componentRow(raw string) bool {
	t := strings.TrimSpace(raw)
	if !strings.Contains(t, "  ") && !strings.Contains(t, "\u3000") {
		return false
	}
	parts := zhGap.Split(t, -1)
	return len(parts) == 2 && len([]rune(parts[0])) <= 40 && componentState.MatchString(strings.TrimSpace(parts[1]))
}

// stateCell reports whether a block is a product's state alone.
func stateCell(b block) bool {
	t := strings.TrimSpace(b.text)
	return b.kind == kindPara && b.label == "" && len(t) <= 40 && componentState.MatchString(t)
}

// gridCell reports whether the heading at i is a product's name in a
// status page's grid: the block under it is that product's state alone,
// and another heading of the page's first forty blocks stands over
// another state. It is a cell of the grid, never the incident's name.
func gridCell(blocks []block, i int) bool {
	if i+1 >= len(blocks) || blocks[i].kind != kindHeading || !stateCell(blocks[i+1]) {
		return false
	}
	for j := 0; j+1 < len(blocks) && j < 40; j++ {
		if j != i && blocks[j].kind == kindHeading && stateCell(blocks[j+1]) {
			return true
		}
	}
	return false
}

// dropGrid removes a status page's grid of products, each a heading
// over its state alone (see gridCell): neither names the incident, nor
// tells of it.
func dropGrid(blocks []block) []block {
	var out []block
	for i := 0; i < len(blocks); i++ {
		if gridCell(blocks, i) {
			if out == nil {
				out = append(make([]block, 0, len(blocks)), blocks[:i]...)
			}
			i++ // the state under it
			continue
		}
		if out != nil {
			out = append(out, blocks[i])
		}
	}
	if out == nil {
		return blocks
	}
	return out
}

// affectingHeading reports whether a title names the products an
// incident affected, as a status page's heading does over the incident's
// own name: "Incident affecting Cloud Pub/Sub", "Issue affecting Managed
// Kafka, Stream Analytics".
func affectingHeading(t string) bool {
	return strings.Contains(t, " affecting ") && affectingLine.MatchString(t)
}

// readerHeader reads the header a reader tool writes over the page it
// turned into markdown: "Title: …", then "URL Source: …", a "Published
// Time: …" perhaps, and "Markdown Content:" over the page. It returns the
// page's title, its published time as written and the page under the
// header; ok is false for any text that does not open so.
func readerHeader(src string) (title, published, page string, ok bool) {
	s := strings.TrimLeft(src, "\ufeff \t\r\n")
	if !strings.HasPrefix(s, "Title:") {
		return "", "", src, false
	}
	rest := s
	for n := 0; n < 8 && rest != ""; n++ {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		line = strings.TrimSpace(line)
		name, value, _ := strings.Cut(line, ":")
		switch name {
		case "Title":
			title = strings.TrimSpace(value)
		case "Published Time":
			published = strings.TrimSpace(value)
		case "Markdown Content":
			return title, published, rest, title != ""
		}
	}
	return "", "", src, false
}

// postStampLine is the line under a post that dates it and names its
// visibility and client, each set apart by a middle dot (Mastodon's "Mar
// 05, 2026, 07:14 · 🌐 · Web", "5 March 2026, 09:12 · Mastodon for
// iOS"): the frame of the post, never its title.
var postStampLine = regexp.MustCompile(`^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[AaPp][Mm])?)?(?: · [^·]{1,24}){1,3}$`)

// isPostStamp reports whether a line is a post's stamp (postStampLine), its
// middle dot asked first.
func isPostStamp(line string) bool {
	return len(line) <= 80 && strings.Contains(line, " · ") && postStampLine.MatchString(line)
}
