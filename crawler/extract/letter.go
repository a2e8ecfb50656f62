package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// secClosing marks the close of a letter (apology, signature, date): it
// stays in the text but belongs to no section.
const secClosing data.Section = "~"

var (
	// greetingRE is the salutation or courtesy a letter to customers
	// opens with: "尊敬的用户：", "您好！", "Dear customers,", "Thank you
	// for your continued support".
	greetingRE = gateRegexp(regexp.MustCompile(`(?i)^(?:(?:尊敬的|亲爱的)[^。！!]{0,20}[：:，,！!]?$|(?:各位)?[^。]{0,10}(?:您好|你们好|大家好)[！!，,。]?$|(?:dear|hi|hello)\b[^.!]{0,40}[,:!]?$|(?:诚挚|衷心|非常|十分)?感谢(?:您|你|大家|各位)[^。]{0,40}(?:关注|支持|信任|厚爱|耐心|理解)[^。]{0,10}[！!。]?$|thank you for (?:your|being)[^.]{0,60}(?:support|patience|trust|loyalty)[^.]{0,20}[.!]?$)`))
	// closingRE is what a letter ends with: an apology, a plea for
	// understanding, thanks for patience.
	closingRE = regexp.MustCompile(`(?i)道歉|致歉|歉意|谅解|敬请|深表|再次感谢|感谢.{0,20}(?:理解|支持|耐心)|apologi[sz]e|apologies|we are (?:deeply |truly |very )?sorry|thank you for your (?:patience|understanding|support)|sincerely|regards`)
)

// isGreeting reports whether a paragraph is a letter's salutation or
// opening courtesy, not part of what it reports.
func isGreeting(text string) bool {
	t := strings.TrimSpace(text)
	if utf8.RuneCountInString(t) > 80 {
		return false
	}
	if greetingRE.MatchString(t) {
		return true
	}
	// "您好！感谢您一直以来对…的支持与信任。": greetings one after another
	sents := splitSentences(t)
	if len(sents) < 2 {
		return false
	}
	for _, s := range sents {
		if s = strings.TrimSpace(s); s != "" && !greetingRE.MatchString(s) {
			return false
		}
	}
	return true
}

// letterClose finds where a letter's closing starts: the signature lines
// at the very end (short lines: a name, a date) and the apology or thanks
// just before them. It returns the index of the first closing block (or
// len(blocks) when there is none) and the date the signature carries
// (YYYY-MM-DD), if any.
func letterClose(blocks []block) (int, string) {
	// a sign-off on its own line ("Kind regards,", "此致") among the last
	// blocks: what follows is its signature and the mail's footers (a
	// confidentiality notice that ends the message is no signature line)
	for k := len(blocks) - 1; k >= max(0, len(blocks)-12); k-- {
		if b := blocks[k]; b.kind == kindPara && b.label == "" && len(b.text) <= 30 && signOff.MatchString(strings.TrimSpace(b.text)) {
			start := k
			for n := 0; n < 3 && start > 0; n++ {
				if p := blocks[start-1]; p.kind == kindHeading || p.kind == kindRow || utf8.RuneCountInString(p.text) > 200 || !isClosing(p.text) {
					break
				}
				start--
			}
			date := ""
			for _, b := range blocks[k+1:] {
				if t := strings.TrimSpace(b.text); utf8.RuneCountInString(t) <= 20 {
					if d := normalizeDate(t); d != "" {
						date = d
						break
					}
				}
			}
			return start, date
		}
	}
	i := len(blocks)
	date := ""
	sig := 0
	for i > 0 && sig < 3 {
		b := blocks[i-1]
		t := strings.TrimSpace(b.text)
		if b.kind == kindHeading && classifyHeading(t) != "" || b.kind == kindRow || b.label != "" || utf8.RuneCountInString(t) > 40 || endsSentence(t) {
			break
		}
		if d := normalizeDate(t); d != "" && utf8.RuneCountInString(t) <= 20 {
			if date == "" {
				date = d
			}
		}
		i--
		sig++
	}
	// the signature alone, without an apology before it, is only a
	// closing when it is dated
	start := i
	for k := 0; k < 3 && start > 0; k++ {
		b := blocks[start-1]
		t := strings.TrimSpace(b.text)
		if b.kind == kindHeading || b.kind == kindRow || utf8.RuneCountInString(t) > 200 || !isClosing(t) {
			break
		}
		start--
	}
	switch {
	case start < i:
		return start, date
	case sig > 0 && date != "":
		return i, date
	}
	return len(blocks), ""
}

// signOff is a letter's or an e-mail's closing words on their own line.
var signOff = regexp.MustCompile(`(?i)^(?:(?:kind|best|warm|warmest)(?: regards)?|regards|sincerely(?: yours)?|yours (?:sincerely|faithfully|truly)|thanks(?: again)?|thank you|many thanks|cheers|respectfully)[,.!]?$|^(?:此致|敬礼|此致敬礼)[，,。]?$`)

// signatureOrg is the company a letter's closing blocks sign with, on a
// line of its own: "XX网络科技有限公司", "XX运维团队".
func signatureOrg(closing []block) string {
	for i := len(closing) - 1; i >= 0 && i >= len(closing)-3; i-- {
		t := strings.TrimSpace(closing[i].text)
		if utf8.RuneCountInString(t) > 32 {
			continue
		}
		if m := zhOrgLine.FindStringSubmatch(t); m != nil {
			return m[1]
		}
	}
	return ""
}

// closingKeys: every match of closingRE, lowered, holds one of them
// (TestBannerKeys checks), a cheap test before it.
var closingKeys = []string{"道歉", "致歉", "歉意", "谅解", "敬请", "深表", "感谢", "apologi", "sorry", "thank you for your", "sincerely", "regards"}

// isClosing is closingRE.MatchString(t) behind its keys (a text with a
// rune (?i) folds to an ASCII letter is left to the expression).
func isClosing(t string) bool {
	return (containsAny(asciiLower(t), closingKeys) || foldsToASCII(t)) && closingRE.MatchString(t)
}

// preambleSentence is a sentence of a provider's courtesy note that
// opens a report before anything is told: what the note will give ("We
// would like to provide some information about this incident below"),
// how sure it is ("this information is based on our best knowledge at the
// time of posting and is subject to change"), where to turn ("please
// reach out to … Support").
var preambleSentence = regexp.MustCompile(`(?i)\b(?:we would like to|we'd like to|we want to|we wanted to) (?:provide|share|give) (?:you )?(?:with )?(?:some |more |additional |further )?(?:information|details|an update)\b|\bbased on (?:our )?(?:best|current) (?:knowledge|understanding|information)\b|\bsubject to change\b|\bplease (?:reach out to|contact)\b`)

// courtesyNote reports whether a paragraph is only such a note: an
// apology first, then preamble sentences, nothing of the incident.
func courtesyNote(text string) bool {
	sents := sentences(text)
	if len(sents) < 2 || !apology.MatchString(sents[0]) {
		return false
	}
	for _, s := range sents[1:] {
		if !preambleSentence.MatchString(s) && !apology.MatchString(s) {
			return false
		}
	}
	return true
}

// summaryOpening drops from a summary section's text the lines above
// what it tells: a courtesy note (courtesyNote), the zone its times are
// in ("(All Times US/Pacific)"), a record's short fields ("Incident End:
// 12 August 2026 12:31", "Duration: 2 hours, 44 minutes"). A summary of
// nothing else is given back whole.
func summaryOpening(summary string) string {
	lines := strings.Split(summary, "\n")
	k := 0
	for ; k < len(lines); k++ {
		l := strings.TrimSpace(lines[k])
		if _, value, ok := recordFieldLine(l); ok && utf8.RuneCountInString(value) <= 100 && !endsSentence(value) {
			continue
		}
		if len(l) <= 60 && strings.HasPrefix(l, "(") && strings.HasSuffix(l, ")") && docZone.MatchString(l) {
			continue
		}
		if courtesyNote(l) {
			continue
		}
		break
	}
	if k == 0 || k == len(lines) {
		return summary
	}
	return strings.Join(lines[k:], "\n")
}
