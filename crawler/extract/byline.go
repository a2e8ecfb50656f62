package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A contributed article opens with notes about itself before its story: a
// line naming who paid for it ("This post is sponsored by …", "…赞助本帖")
// and the author's short biography under the byline ("Jane Roe is a
// principal engineer at Acme, where she …", "杰森是某公司的宣传总监，他帮助
// …"). Neither tells anything of the incident; taken as the opening
// paragraph they became the summary.
var (
	// sponsorNote is a line saying who sponsored the piece.
	sponsorNote = regexp.MustCompile(`(?i)^(?:this (?:post|article|story|piece|series|content) (?:is|was) (?:sponsored|underwritten|paid for|brought to you) by\b|(?:sponsored|presented) by\b|(?:sponsored (?:post|content|article))\b|[^.。]{1,60}\b(?:sponsored|is sponsoring|underwrote) this (?:post|article|story|piece|series)\b)|^[^。]{0,40}赞助(?:本|此|这篇)(?:帖|文|篇|文章|系列)|^本(?:帖|文|篇|文章)(?:由|是由)[^。]{1,40}赞助`)
	// bioLeadEN opens an English biography: a personal name (one to four
	// capitalised words or initials) and what the person is or does.
	bioLeadEN = regexp.MustCompile(`^(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?: (?:[A-Z][\p{L}'’-]+|[A-Z]\.)){0,3},? (?:is|was|has been|serves as|works as|leads|heads|runs|founded|co-founded) `)
	// bioLeadZH opens a Chinese biography: a name of up to twelve
	// characters (a transliterated one joined by ·, or in Latin letters
	// and a space) and 是/现任/曾任/担任/为.
	bioLeadZH = regexp.MustCompile(`^[\p{Han}·•A-Za-z]{1,12} ?(?:是|现任|曾任|担任|为)`)
	// bioRole is what a biography says its subject is.
	bioRole = regexp.MustCompile(`(?i)\b(?:engineer|director|manager|founder|co-founder|ceo|cto|cio|coo|vp|vice president|head of|lead|editor|writer|journalist|reporter|correspondent|columnist|analyst|advocate|evangelist|consultant|author|researcher|architect|developer|agilist|principal|partner|professor|contributor|sre|specialist|officer|scientist|lecturer|speaker|coach|trainer)\b|总监|教练|讲师|工程师|经理|创始人|首席|作家|记者|编辑|顾问|负责人|专家|人士|分析师|布道师|架构师|研究员|主编|撰稿人|作者|合伙人|教授|CEO|CTO`)
	// bioPerson is a third-person pronoun or a place of work: a biography
	// speaks of its subject, not of a system.
	bioPerson = regexp.MustCompile(`\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir)\b|\b(?:at|with) [A-Z0-9]|[他她]|在[^。，]{1,20}(?:工作|任职)`)
	// bioStory (anywhere in the paragraph: a clock time or a day) and
	// bioOutage (in its first sentence) are what a story's opening holds
	// and a biography does not.
	bioStory  = regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b(?:yesterday|today|tonight|last night|this morning)\b|\d{1,2}\s*月\s*\d{1,2}\s*日|昨天|今天|昨晚|凌晨`)
	bioOutage = regexp.MustCompile(`(?i)\b(?:outage|downtime|disruption|went down|was down|is down|went offline)\b|故障|宕机|中断|瘫痪|停机`)
)

// isAuthorNote reports whether a paragraph is a note about the article
// itself, not its story: who sponsored it, or its author's biography.
func isAuthorNote(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || utf8.RuneCountInString(t) > 400 {
		return false
	}
	if mayBeSponsorNote(t) && sponsorNote.MatchString(t) {
		return true
	}
	// the leads are anchored and short: asked of the whole paragraph
	// first, they spare splitting the many paragraphs that are no
	// biography
	if !bioLeadEN.MatchString(t) && !bioLeadZH.MatchString(t) {
		return false
	}
	first := t
	if sents := firstSentences(t, 1); len(sents) > 0 {
		first = sents[0]
	}
	if !bioLeadEN.MatchString(first) && !bioLeadZH.MatchString(first) {
		return false
	}
	return bioRole.MatchString(first) && bioPerson.MatchString(t) && !bioStory.MatchString(t) && !bioOutage.MatchString(first)
}

// sponsorWords are the words, lowered, one of which every sponsorNote
// holds.
var sponsorWords = []string{"sponsor", "underwr", "paid for", "brought to you", "presented by", "赞助"}

// mayBeSponsorNote reports whether t holds one of the sponsorWords: most
// paragraphs are spared the regexp.
func mayBeSponsorNote(t string) bool {
	return containsAny(asciiLower(t), sponsorWords)
}
