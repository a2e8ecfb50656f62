package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// secBoilerplate marks a heading whose content is page furniture
// (comments, related articles) and is dropped.
const secBoilerplate data.Section = "-"

// headingCues map heading words to sections. Earlier entries win, so the
// more specific cues come first ("root cause" before "impact").
var headingCues = []struct {
	sec  data.Section
	cues []string
}{
	// an appendix (a chat log, a transcript) stays in the text but tells
	// no section
	{secClosing, []string{"appendix", "appendices", "apendix", "chat log", "chat thread", "slack thread", "postmortem thread", "transcript", "附录", "附件", "参考资料", "参考链接", "聊天记录"}},
	{secBoilerplate, []string{"related post", "related article", "recommended", "more posts", "read more", "read next", "you may also like", "comments", "leave a reply", "leave a comment", "share this", "更多推荐", "相关文章", "相关阅读", "推荐阅读", "发现更多内容", "猜你喜欢", "热门文章", "评论", "延伸阅读", "历史公告", "往期公告", "更多公告", "communications more useful", "rate this"}},
	{data.SectionTimeline, []string{"happened and when", "happened, and when", "how did we respond", "how we responded", "our response", "timeline", "time line", "chronology", "sequence of events", "detailed timeline", "key events", "时间线", "时间轴", "经过", "处理过程", "过程", "时间表", "时间节点", "事件回顾", "故障过程", "处置过程", "恢复过程"}},
	{data.SectionCause, []string{"went wrong and why", "what caused", "how did it happen", "root cause", "root-cause", "cause", "contributing factor", "why did", "why it happened", "analysis", "technical details", "what happened", "what we found", "context", "原因", "根因", "起因", "问题分析", "技术细节", "发生了什么", "事故发生", "故障发生", "问题发生", "为什么会", "为什么发生", "为何会", "为何发生", "问题出在", "出了什么问题", "哪里出了问题"}},
	{data.SectionRemediation, []string{"less likely", "less impactful", "remediation", "action item", "actions", "follow-up", "follow up", "next step", "what we are changing", "what we're changing", "what we are doing", "what we're doing", "what we will do", "what's next", "what is next", "how we fixed", "final status", "corrective", "preventive", "prevention", "improvement", "mitigation", "fixes", "going forward", "future work", "resolution", "整改", "改进", "措施", "后续", "优化", "预防", "防范", "解决方案", "修复", "处理结果", "最终状态", "下一步", "及解决", "与解决", "和解决", "解决办法"}},
	{data.SectionLessons, []string{"lessons", "what went wrong", "where we got lucky", "lesson learned", "learnings", "takeaway", "what went well", "what went poorly", "what we learned", "reflection", "教训", "启发", "反思", "经验", "总结", "思考", "启示"}},
	{data.SectionImpact, []string{"impact", "affected", "symptom", "customer impact", "user impact", "scope", "what customers saw", "what users saw", "what customers experienced", "what users experienced", "影响", "故障现象", "现象", "受影响"}},
	// compensation owed (credits, vouchers) is none of the write-up's
	// sections: "补偿说明" is no summary
	{secClosing, []string{"补偿", "赔偿", "compensation", "service credit"}},
	{data.SectionSummary, []string{"summary", "overview", "tl;dr", "tldr", "introduction", "background", "incident report", "description", "概述", "概况", "摘要", "简介", "背景", "情况说明", "说明", "事件描述", "故障描述"}},
}

// headingCueKinds are headingCues, each section's cues parted into
// those of ASCII letters and those of Chinese (or other multi-byte)
// runes; latinSet and otherSet look for them in a heading read once.
var headingCueKinds = func() []struct {
	sec                data.Section
	latin, other       []string
	latinSet, otherSet *keySet
} {
	out := make([]struct {
		sec                data.Section
		latin, other       []string
		latinSet, otherSet *keySet
	}, len(headingCues))
	for i, hc := range headingCues {
		out[i].sec = hc.sec
		for _, c := range hc.cues {
			if strings.IndexFunc(c, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) >= 0 {
				out[i].latin = append(out[i].latin, c)
			} else {
				out[i].other = append(out[i].other, c) // (TestHeadingCueKinds: it has a multi-byte rune)
			}
		}
		out[i].latinSet, out[i].otherSet = newKeySet(out[i].latin), newKeySet(out[i].other)
	}
	return out
}()

// withoutNumbering is h without the numbering in front of it. numbering
// starts (past spaces) with a bracket, a digit, a Chinese numeral or 第,
// or "part": any other first byte means none, known without it.
func withoutNumbering(h string) string {
	t := strings.TrimLeft(h, " \t\n\r\f")
	if t == "" || t[0] < 0x80 && t[0] != '(' && t[0] != 'p' && !isDigitByte(t[0]) {
		return h
	}
	return numbering.ReplaceAllString(h, "")
}

// classifyHeading returns the section a heading opens, or "" when it names
// none.
func classifyHeading(h string) data.Section {
	h = strings.ToLower(strings.TrimSpace(withoutNumbering(h)))
	h = strings.Trim(h, " :：*#")
	if h == "" || utf8.RuneCountInString(h) > 80 {
		return ""
	}
	// an English cue can be in h only when h has an ASCII letter, a
	// Chinese one only when it has a byte of a multi-byte rune: the cues
	// of the other kind are not looked for (the first section in order
	// with a cue in h wins, as before)
	if isSlowRecoveryHeading(h) {
		return data.SectionTimeline // "Why did it take 45 minutes to restore?" (patternforms18.go)
	}
	if clockLed(h) {
		// "【14:35 登录异常说明】", "14:35 Update": an update's heading,
		// its time first; no section's name
		return ""
	}
	if strings.HasPrefix(h, "why ") && backupWhy.MatchString(h) {
		// "Why did the backup not work?", "Why didn't the standby take
		// over?": why the spare failed too, asked after the story has
		// told what failed first; no section of the outage's cause
		return ""
	}
	latin, other := false, false
	for i := 0; i < len(h) && !(latin && other); i++ {
		if c := h[i]; c >= 0x80 {
			other = true
		} else if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			latin = true
		}
	}
	for _, hc := range headingCueKinds {
		if latin && hc.latinSet.in(h) || other && hc.otherSet.in(h) {
			return hc.sec
		}
	}
	switch h {
	case "related", "related stories", "related news", "more stories", "more news", "also read", "read also", "most read", "most popular", "trending", "trending now", "latest news", "more on this story":
		// a news page's list of other stories, matched whole ("Related
		// incidents" in a review is no list of stories)
		return secBoilerplate
	case "the problem", "what was the problem", "trigger", "triggers", "the trigger", "what changed", "what changed?", "what triggered it", "what triggered the incident", "what triggered the outage", "why", "why?":
		// a post's "The problem" tells what went wrong, a review's
		// "Trigger" (over "Contributing factors") what set it off, a
		// summary's "Why" (after "What happened") the reason; matched
		// whole, as "How we fixed the problem" is the fix's, "Alerts
		// triggered" no cause and "Why we page" no reason for an outage
		return data.SectionCause
	}
	if latin && h[0] == 'w' && strings.HasPrefix(h, "why ") && (whyHeading.MatchString(h) || whyMore(h)) {
		// "Why events were dropped", "Why logins failed": the reason
		// for what went wrong, asked of the outage ("Why we page" asks
		// nothing of one)
		return data.SectionCause
	}
	if latin && defectHeading.MatchString(h) {
		// a post's "The bug it exposed", "The real problem", "The
		// underlying defect": the fault a change or a load set off,
		// told after the change ("The change") that a reader is not to
		// take for the cause
		return data.SectionCause
	}
	if h[0] >= 0x80 {
		// a question about the outage itself ("为什么会这样", "这次故障为何
		// 发生", "我们是如何处理的"), not about anything ("脸书为何收购…")
		switch {
		case zhWhyHeading.MatchString(h):
			return data.SectionCause
		case zhHowHeading.MatchString(h):
			return data.SectionTimeline
		}
	}
	return ""
}

// defectHeading names a fault as a post's heading does, whole: "The
// bug", "The real problem", "An old bug", "The defect it exposed".
var defectHeading = regexp.MustCompile(`^(?:the|a|an|our)\s+(?:(?:real|underlying|latent|hidden|actual|old|original|root)\s+)?(?:bug|defect|flaw|problem|culprit)(?:\s+(?:it|that|this|the change)\s+(?:exposed|revealed|uncovered|triggered|set off|surfaced))?$`)

// whyHeading asks, whole, why a thing went wrong: "why", at most four
// words and a verb of failing or "was"/"were" ("Why events were
// dropped", "Why the queue stalled", "Why logins failed").
var whyHeading = regexp.MustCompile(`^why\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|failed|broke|stopped|stalled|happened|went|slowed|crashed|fell|froze|hung|dropped|lost|disappeared|timed out)(?:\s+[\w'’-]+){0,3}\??$`)

// backupWhy asks why what should have taken over did not: the backup,
// the standby, the failover, the second site.
var backupWhy = regexp.MustCompile(`^why (?:did|didn['’]t|does|doesn['’]t|was|wasn['’]t|were|weren['’]t|could|couldn['’]t) (?:not )?(?:the |our |a |its )?(?:backup|standby|failover|fail-over|redundan\w*|secondary|spare|fallback|second (?:switch|server|site|link|data ?cent(?:er|re)|system|path|line|router|circuit))s?\b`)

// zhWhyHeading and zhHowHeading ask why the outage happened and how it
// was handled, as "Why did it happen?" and "How did we respond?" do.
var (
	zhWhyHeading = regexp.MustCompile(`^(?:(?:这次|本次|此次)?(?:故障|问题|事故|事件|服务|推送|系统)?)(?:为什么|为何)`)
	zhHowHeading = regexp.MustCompile(`^(?:我们)?(?:是)?(?:怎么|怎样|如何)(?:处理|应对|响应|恢复|处置)`)
)

// numbering matches the numbering in front of a heading: "一、", "2、",
// "3.", "1)", "(2)", "第三部分", "Part 2:".
var numbering = regexp.MustCompile(`^\s*(?:[（(]?[一二三四五六七八九十]+[）)、.．]|[（(]?\d{1,2}[）)]|\d{1,2}(?:\.\d{1,2})*[、.．)]?\s|\d{1,2}[、．]|第[一二三四五六七八九十\d]+[章节部分][：:、\s]?|part\s+\d+[:.]?)\s*`)

// boldOnly matches a list item that is only a bold label: "**Key events**".
var boldOnly = gateRegexp(regexp.MustCompile(`^(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)\s*[:：]?$`))

// boldLead matches a paragraph that opens with a bold name ending in a
// full stop: "**What went wrong.** A code change …".
var boldLead = regexp.MustCompile(`^(?:\*\*|__)([^*_.:：]{2,60})[.:：]?(?:\*\*|__)[.:：]?\s+(\S.*)$`)

// bracketLabel is a label in square brackets that opens a paragraph:
// "【故障原因】…", "[Root cause] …".
var bracketLabel = gateRegexp(regexp.MustCompile(`^(?:【|\[)\s*([^】\]\[]{2,16}?)\s*(?:】|\])[:：]?\s*(.*)$`))

// labelled splits a "Label: text" lead-in off a paragraph or list item
// when the label names a section.
func labelled(b block) block {
	t := strings.TrimSpace(b.text)
	if m := bracketLabel.FindStringSubmatch(t); m != nil {
		// "【故障原因】 可用区C所在机房…": a notice's bracketed label
		if sec := labelSection(m[1]); sec != "" && sec != secBoilerplate {
			if strings.TrimSpace(m[2]) == "" && b.kind == kindPara {
				// alone on its line, over the list it names
				return block{kind: kindHeading, level: 3, text: m[1]}
			}
			b.label, b.text = m[1], strings.TrimSpace(m[2])
			return b
		}
	}
	if m := boldOnly.FindStringSubmatch(t); m != nil && b.kind == kindItem {
		if sec := classifyHeading(m[1]); sec != "" && sec != secBoilerplate {
			b.label, b.text = strings.TrimSpace(m[1]), ""
			return b
		}
	}
	if m := boldLead.FindStringSubmatch(t); m != nil && m[2] != "" {
		// "**What went wrong.** A code change …": a bold name that
		// opens its paragraph
		if sec := labelSection(m[1]); sec != "" && sec != secBoilerplate {
			b.label, b.text = strings.TrimSpace(m[1]), m[2]
			return b
		}
	}
	if label, rest, ok := periodLabel(t); ok {
		// "Cause. Quotas are stored …": a short report's part, named
		// with a full stop (patternforms17.go)
		b.label, b.text = label, rest
		return b
	}
	c := indexAnyRune(t, ":：")
	if c < 0 || c > 130 {
		return b // no label ends within its first words
	}
	label := strings.TrimSpace(strings.Trim(t[:c], "*_ "))
	if n := utf8.RuneCountInString(label); n < 2 || n > 40 || containsAnyRune(label, "*。，；,;") {
		return b // a label is a name, not a sentence
	}
	if c > 0 && isDigitByte(t[c-1]) && c+1 < len(t) && isDigitByte(t[c+1]) {
		return b // "by 14:30": a clock time, not a label
	}
	rest := t[c:]
	_, size := utf8.DecodeRuneInString(rest)
	rest = strings.TrimSpace(strings.TrimLeft(rest[size:], "*_ "))
	if titleLabel.MatchString(t) && isTitleLine(rest) {
		return b // "Post-incident report: Vireo DNS – resolution failures": a report's name, not its summary
	}
	if sec := labelSection(label); sec != "" && sec != secBoilerplate {
		b.label, b.text = label, rest
	}
	return b
}

// tableRow is a table row's block. A row of two cells whose first names a
// section and whose second holds more than a word or two is a field of a
// report laid out as a table ("| 故障原因 | 运维人员对限流策略做了一次变更…
// |", "| Root cause | A certificate expired … |"): it reads as that
// section's labelled paragraph. Any other row stays a row.
func tableRow(cells []string) block {
	row := block{kind: kindRow, text: strings.Join(cells, " | "), cells: cells}
	if len(cells) != 2 {
		return row
	}
	label, value := strings.TrimSpace(cells[0]), strings.TrimSpace(cells[1])
	if n := utf8.RuneCountInString(label); n < 2 || n > 24 || utf8.RuneCountInString(value) < 12 || containsAnyRune(label, "。，；,;") {
		return row
	}
	if sec := labelSection(label); sec == "" || sec == secBoilerplate {
		return row
	}
	return block{kind: kindPara, label: label, text: value}
}

// sectioned is a document with each block assigned a section.
type sectioned struct {
	blocks []block
	secs   []data.Section // per block; "" for none
}

// assignSections walks the blocks, opening a section at each heading that
// names one and closing it at the next heading of the same or a higher
// level. A list item that is only a label ("- **Impact**:") opens a
// section for the items nested under it. Blocks under a boilerplate
// heading are dropped. A labelled paragraph belongs to its label's section
// alone. Subheadings inside lessons ("What went wrong") stay lessons.
func assignSections(blocks []block) sectioned {
	var out sectioned
	cur := data.Section("")
	curLevel := 0
	skipping := false
	skipLevel := 0
	labelSec, labelDepth := data.Section(""), -1 // the open label-only item
	// labelItems: items are nested under the open label; until one is, the
	// paragraphs after it are its text ("- **Impact**:" over a paragraph)
	labelItems := false
	for bi, b := range blocks {
		if b.kind == kindHeading {
			labelSec, labelDepth = "", -1
			if skipping && b.level > skipLevel {
				continue
			}
			skipping = false
			sec := classifyHeading(b.text)
			if b.level == 1 && sec != secBoilerplate && !sectionNameLength(strings.TrimSpace(b.text)) {
				sec = "" // a page's title ("昨天 Rackspace 发生了什么？停电和一些备用故障。") names no section
			}
			if (sec == "" || sec == secBoilerplate) && bi+1 < len(blocks) && blocks[bi+1].kind == kindPara && ticketComments([]string{blocks[bi+1].text}) {
				// a ticket's comments ("Comments", "Activity"), each under
				// its author and time, are the incident's work log, no
				// readers' thread
				sec = data.SectionTimeline
			}
			switch {
			case sec == secBoilerplate:
				skipping, skipLevel = true, b.level
				continue
			case cur != "" && b.level > curLevel && (sec == "" || cur == data.SectionLessons):
				// a part of the open section: its heading is part of its text
				out.blocks = append(out.blocks, b)
				out.secs = append(out.secs, cur)
				continue
			case sec != "":
				cur, curLevel = sec, b.level
			case b.level <= curLevel:
				cur, curLevel = "", 0
			}
			out.blocks = append(out.blocks, b)
			out.secs = append(out.secs, "")
			continue
		}
		if skipping {
			continue
		}
		if labelDepth >= 0 && (b.kind != kindItem || b.depth <= labelDepth) && (b.kind != kindPara || labelItems) {
			labelSec, labelDepth = "", -1
		}
		if labelDepth >= 0 && b.kind == kindItem {
			labelItems = true
		}
		sec := cur
		if labelSec != "" {
			sec = labelSec
		}
		if b.label != "" {
			if ls := labelSection(b.label); ls != "" && !(ls == data.SectionRemediation && ticketState(b.text)) {
				sec = ls
				if strings.TrimSpace(b.text) == "" && b.kind == kindItem {
					labelSec, labelDepth, labelItems = ls, b.depth, false
				}
			}
		}
		out.blocks = append(out.blocks, b)
		out.secs = append(out.secs, sec)
	}
	return out
}

// ticketState reports whether a labelled remediation's value is a
// ticket's state ("Resolution: Fixed", "Resolution: Done Votes: 0",
// "解决结果：已解决"): a field of the record, not what was done.
func ticketState(value string) bool {
	return len(value) <= 40 && ticketStateWord.MatchString(strings.TrimSpace(value))
}

var ticketStateWord = regexp.MustCompile(`(?i)^(?:fixed|done|resolved|won'?t fix|wontfix|duplicate|cannot reproduce|completed?|closed|unresolved|open|in progress|已解决|已修复|已完成|已关闭|未解决)(?:$|[\s.,;:])`)

// sectionText joins the text of the blocks of one section, one block a line.
func (s sectioned) sectionText(sec data.Section) string {
	var parts []string
	for i, b := range s.blocks {
		if s.secs[i] == sec && strings.TrimSpace(b.text) != "" && !b.code {
			// a label alone ("- **Impact**:" over its items) adds no
			// line; nor does code (a log, a config file): a section
			// tells in prose
			parts = append(parts, b.text)
		}
	}
	return strings.Join(parts, "\n")
}

// proseText is the main content without its code blocks; text is
// mainText's, given back as it is when there is no code.
func (s sectioned) proseText(text string) string {
	if !slices.ContainsFunc(s.blocks, func(b block) bool { return b.code }) {
		return text
	}
	return s.joined(false)
}

// mainText is the whole main content: headings and blocks, one a line,
// labels kept.
func (s sectioned) mainText() string { return s.joined(true) }

// joined is the main content, one block a line with its label, with or
// without the blocks of code.
func (s sectioned) joined(withCode bool) string {
	var parts []string
	for _, b := range s.blocks {
		if b.code && !withCode {
			continue
		}
		t := b.text
		if b.label != "" {
			t = b.label + ": " + t
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, "\n")
}

// articleMeta is a sentence about the write-up itself, not the incident:
// "We will first cover the background …", "In this post we explain …".
var articleMeta = newAltRegexp(`(?i)\bwe(?:'ll| will) (?:first |then |also |now |briefly )?(?:cover|discuss|describe|explain|go over|walk (?:you )?through|look at|outline|detail|share)\b|\bin this (?:post|article|blog|write-?up|document|report)\b|本文将|下面(?:我们)?将(?:介绍|说明)`)

// fixSentence is a sentence that tells what was or will be done about an
// incident, wherever it stands in its paragraph: "To resolve this, …",
// "… improving its tests to prevent similar incidents", "… is actively
// working to …", "Engineers developed and deployed a fix …", "我们推出了修复措施".
var fixSentence = gateRegexp(regexp.MustCompile(`(?i)\bto prevent (?:similar|future|such|this|these|recurrence|a recurrence|it from|the (?:issue|problem) from|further)\b|^[A-Z][\w.-]*(?: [A-Z][\w.-]*)? (?:also )?(?:plans|intends) to\b|\b(?:is|are|was|were) (?:now |actively |also )*(?:working to|committed to|taking steps to)\b|\bcommitted to (?:review|improv|add|chang|fix)|\b(?:is|are) (?:now |also )?(?:addressing|tackling|remediating) (?:these|this|the|those) (?:issues?|problems?|gaps?|weaknesses)\b|\b(?:worked|moved|acted) (?:quickly )?to (?:identify|remove|restore|fix|harden|patch|revoke|rotate|contain|mitigate|roll back|block|secure)\b|\b(?:developed|deployed|rolled out|shipped|released|implemented|applied)(?: and (?:deployed|rolled out|shipped|released|applied))? an? (?:fix|patch|hotfix)\b|\b(?:was|were|has been|have been) (?:\w+ )?(?:mitigated|resolved|fixed|remediated) by \w+ing\b|\bmitigations? (?:was|were|had been) (?:applied|deployed|put in place|rolled out)\b|\bsaid (?:it|they|the company) (?:would|will|was going to|planned to|plans to) (?:also )?(?:introduce|add|review|improve|change|strengthen|tighten|upgrade|replace|overhaul|audit|expand|invest in|put in place)\b|(?:推出|发布|部署|上线|实施)了?(?:修复|补丁)|(?:修复|整改|改进)措施|表示[，,]?\s*(?:公司|该公司|其)?(?:将|会|计划|正在)(?:全面|进一步|持续|尽快|立即)?(?:排查|加强|增加|优化|完善|升级|改进|整改|检查|评估|引入|建设)`))

// maxFixSentences is how many sentences remediationFromText takes.
const maxFixSentences = 3

// remediationInLessons is what a paragraph of lessons tells was done, in a
// sentence that opens with it ("Key lessons included … Post-incident
// remediations included fixing the client …"): the remediation's too.
func remediationInLessons(s sectioned) string {
	var out []string
	for i, b := range s.blocks {
		if b.kind != kindPara || s.secs[i] != data.SectionLessons {
			continue
		}
		for _, sent := range splitSentences(b.text) {
			if sent = strings.TrimSpace(sent); remediationLead.MatchString(sent) && !articleMeta.MatchString(sent) {
				out = append(out, sent)
			}
		}
	}
	return strings.Join(out, " ")
}

// remediationFromText is the remediation of a write-up that has no
// section, label or paragraph for it: the sentences that tell what was or
// will be done, anywhere outside the timeline and the closing.
func remediationFromText(s sectioned, isEvent []bool) string {
	var out []string
	for i, b := range s.blocks {
		if b.kind != kindPara || isEvent[i] || s.secs[i] == secClosing || s.secs[i] == data.SectionLessons {
			continue
		}
		for _, sent := range splitSentences(b.text) {
			sent = strings.TrimSpace(sent)
			if articleMeta.MatchString(sent) || !remediationLead.MatchString(sent) && !fixSentence.MatchString(sent) {
				continue
			}
			out = append(out, sent)
			if len(out) == maxFixSentences {
				return strings.Join(out, " ")
			}
		}
	}
	return strings.Join(out, " ")
}

// clockLed reports whether a lowered heading opens with a clock time
// ("14:35 登录异常说明", "【14:35 …】", "09:10 utc — update").
func clockLed(h string) bool {
	return h != "" && (isDigitByte(h[0]) || strings.ContainsAny(h[:1], "[(") || strings.HasPrefix(h, "【") || strings.HasPrefix(h, "（")) && clockLead.MatchString(h)
}

// clockLead is a clock time at the head of a heading, perhaps in a bracket.
var clockLead = regexp.MustCompile(`^[【\[(（ ]*\d{1,2}[:：]\d{2}`)
