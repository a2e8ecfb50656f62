package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// debrisLine matches lines of page furniture copied along with a text:
// breadcrumbs, share prompts, previous/next links, QR-code prompts.
var debrisLine = regexp.MustCompile(`(?i)^(?:首页\s*[>›»/]|当前位置|您的位置|分享到|分享至|上一篇|下一篇|上一条|下一条|扫码|扫一扫|长按识别|关注我们|关注公众号|返回顶部|返回列表|打印本页|关闭窗口|责任编辑|【打印】|【关闭】|share (?:this|on)|tweet|back to top|previous post|next post|skip to (?:main )?content|subscribe to|sign up for|cookie)`)

var (
	zhNumHeading = regexp.MustCompile(`^[一二三四五六七八九十]+[、.．]`)
	numHeading   = regexp.MustCompile(`^(?:\d{1,2}[、．]|\d{1,2}\.\s|\d{1,2}\.\d{1,2}\s|第[一二三四五六七八九十\d]+[章节部分])`)
	itemLine     = regexp.MustCompile(`^\s*(?:[-*•·◇◆○●■□▪►]|[（(]\d{1,2}[）)]|\d{1,2}[)）]|[（(][一二三四五六七八九十]+[）)])\s*`)
	sentenceEnd  = regexp.MustCompile(`[。；;，,！!？?]$|[a-z]\.$`)
)

func parseText(body []byte) *document {
	src := strings.ReplaceAll(string(toUTF8Text(body)), "\r\n", "\n")
	d := &document{}
	lines := strings.Split(src, "\n")
	prevBlank := true
	for i, raw := range lines {
		line := cleanSpace(raw)
		if line == "" {
			prevBlank = true
			continue
		}
		if debrisLine.MatchString(line) {
			prevBlank = true
			continue
		}
		nextBlank := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
		if d.title == "" && utf8.RuneCountInString(line) <= 100 && !sentenceEnd.MatchString(line) {
			d.title = line
			prevBlank = false
			continue
		}
		n := utf8.RuneCountInString(line)
		short := n <= 40 && !sentenceEnd.MatchString(line)
		switch {
		case short && zhNumHeading.MatchString(line):
			d.add(block{kind: kindHeading, level: 2, text: line})
		case short && numHeading.MatchString(line):
			d.add(block{kind: kindHeading, level: 3, text: line})
		case short && n <= 30 && prevBlank && nextBlank && classifyHeading(line) != "":
			d.add(block{kind: kindHeading, level: 2, text: line})
		case itemLine.MatchString(line):
			t := itemLine.ReplaceAllString(line, "")
			// "- 1) text": a numbered item inside a bullet
			t = itemLine.ReplaceAllString(t, "")
			d.add(labelled(block{kind: kindItem, text: t}))
		default:
			d.add(labelled(block{kind: kindPara, text: line}))
		}
		prevBlank = false
	}
	return d
}
