package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// Paragraph cues: words that say which part of a write-up a paragraph or
// sentence belongs to when no heading says so.
var paragraphCues = []struct {
	sec data.Section
	re  *gatedRegexp // gated for its lead scan: a match is looked for only where a cue starts
	pre []string     // literals one of which every match starts with (nil: unknown)
}{
	{data.SectionCause, gateRegexp(regexp.MustCompile(`原因|根因|由于|起因|源于|归因|所致|确认是|原来是|问题出在|症结|引起|引发|导致|根源|问题在于|归咎|root cause|caused by|\bcaus(?:e|ed|ing)\b|because|due to|was triggered by|triggered by|triggered when|stemm(?:ed|ing) from|\bstems? from\b|\boriginat(?:ed|es|ing) (?:from|with)\b|resulted from|\bled to\b|the trigger|traced (?:back )?to\b|\bblam(?:ed|es|ing)\b`)), nil},
	{data.SectionRemediation, gateRegexp(regexp.MustCompile(`改进|整改|措施|后续|计划|我们会|我们将|将会|防止|避免再次|杜绝|预计.{0,12}完成|修复方案|解决方案|\bwe will\b|we'll|we are (?:going to|adding|working on|changing)|we plan|we have since|we have now (?:changed|fixed|replaced|disabled|updated|added|moved|removed|switched|implemented)|plan to|plans to|aim to|aims to|intend to|intends to|is working on|is adding|is implementing|is introducing|is reviewing|is also working on|is also adding|is also implementing|is also introducing|is also reviewing|are working on|are adding|are implementing|are introducing|are reviewing|are also working on|are also adding|are also implementing|are also introducing|are also reviewing|improvement identified|improvements identified|improvement include|improvements include|action items?|going forward|to prevent|in the future|resolved (?:the [a-z]+ )?by|fixed (?:the [a-z]+ )?by|mitigated (?:the [a-z]+ )?by|remediat`)), nil},
	{data.SectionLessons, gateRegexp(regexp.MustCompile(`教训|反思|启发|启示|经验|吸取|lessons?|learned|takeaways?|in hindsight|what went well|what went wrong`)), nil},
	{data.SectionImpact, gateRegexp(regexp.MustCompile(`影响|无法|不可用|不能正常|受到|中断了|宕机|停机|仍然(?:处于)?(?:关闭|离线|瘫痪)|依然(?:处于)?(?:关闭|离线|瘫痪)|仍(?:处于)?(?:关闭|离线|瘫痪)|impact|unable to|could not|couldn't|unavailable|were affected|was affected|got affected|became affected|affected (?:users|customers)|took down|outage|error rates?|failed for|were down|was down|resulted in|unusable|prevent(?:ed|s|ing) (?:many |most |all |some )?(?:users|customers|clients) from`)), nil},
}

// cueSection classifies a paragraph by its cue words: the section with the
// most distinct cues, a cause cue counting one and a half (causal words
// are what make an analysis); cause first on a tie; "" when none.
func cueSection(text string) data.Section {
	sec, _ := cueScore(text)
	return sec
}

// slowRecovery is a clause that tells why recovering took long: "it took
// until 13:20 for all regions to recover because …", "recovery was slow
// because …", "took longer to restore because …".
var slowRecovery = regexp.MustCompile(`\btook (?:until|longer|more than|over|several|about|nearly|almost|another|a further|\d)[^.;]{0,80}?\b(?:to (?:fully )?(?:recover|be restored|restore|come back|return to normal)|recover(?:y|ed)?)\b[^.;]{0,40}?\bbecause\b[^.;]*|\brecovery (?:was|took) (?:slow|slower|longer|delayed)[^.;]{0,40}?\bbecause\b[^.;]*`)

// failedResponse is a clause that tells why the response to the outage
// failed or came slow, not why the outage began: "Failing over did not
// help, because the replica had the same slot", "We couldn't fail over to
// our second processor because that switch was a manual step", "Restoring
// them took time because the routes had to be rebuilt", and, the reason
// first, "Because the deployment had completed before the error rate
// crossed our alarm thresholds, the automatic rollback did not trigger".
var failedResponse = regexp.MustCompile(`\b(?:(?:the|our|an?) )?(?:automatic |automated |manual )?(?:rollback|roll-back|failover|fail-over|failing over|rolling back|restor(?:e|ing|ation)|recovery|recovering|alerts?|alerting|alarms?|paging|detection)\b[^.;,]{0,40}?\b(?:did not|didn't|could not|couldn't|was not|wasn't|were not|weren't|never|failed to|took (?:time|longer|hours|a while|some time|more time))\b[^.;]{0,80}?\bbecause\b[^.;]*|\bwe (?:could not|couldn't|were unable to|were not able to|did not|didn't) (?:fail over|roll back|restore|detect|notice|page)\b[^.;]{0,80}?\bbecause\b[^.;]*|(?:^|[.!?] )because\b[^.;]{0,200}?, (?:(?:the|our) )?(?:automatic |automated )?(?:rollback|failover|alerts?|alarms?|paging|detection|monitoring|health checks?)\b[^.;,]{0,30}?\b(?:did not|didn't|never|was not|wasn't|were not|weren't|failed to|could not|couldn't)\b[^.;]*`)

// cueScore is cueSection with the weight of its winning cues. Sentences
// that tell the reader what to do ("If you continue to see errors,
// please contact support", 您也可以尝试手动刷新缓存) are left out: they
// name causes and fixes of the reader's, not the incident's.
func cueScore(text string) (data.Section, float64) {
	best, bestN := data.Section(""), 0.0
	if fieldsLine(text) {
		return "", 0 // "Root cause analysis · Published 21 March 2025 · Reference RCA-2025-0318"
	}
	if readerAddress(text) && len(sentences(text)) == 1 {
		// "We want to explain an event that caused some customers to
		// lose data": an event summary's opening (patternforms12.go)
		return "", 0
	}
	if pageIntro.MatchString(strings.TrimSpace(text)) {
		// "This page contains all root cause analyses (RCAs) and Post
		// Incident Reviews …": what a history page holds, above its
		// entries, tells of no incident
		return "", 0
	}
	if apology.MatchString(strings.TrimSpace(text)) {
		// "We apologize for the impact this event caused to our
		// customers": a write-up's closing apology names what was caused,
		// not a cause, a fix or an impact; what the paragraph says after
		// it ("We know how critical …", "We will do everything we can to
		// learn from this event") is scored alone
		sents := sentences(text)
		if len(sents) <= 1 {
			return "", 0
		}
		if apology.MatchString(sents[0]) {
			return cueScore(strings.Join(sents[1:], " "))
		}
	}
	lower := strings.ToLower(text)
	if mayAdvise(text, lower) {
		lower = strings.ToLower(withoutAdvice(text))
	}
	if strings.Contains(lower, "见") || strings.Contains(lower, "found") {
		// "故障原因可见 <link>": where the cause is told, not the cause
		lower = causePointer.ReplaceAllString(lower, " ")
	}
	if mayTellConsequence(lower) {
		// "因系统中断导致的逾期缴费", "delays because of the outage": what
		// the outage brought about is its impact, not a cause
		lower = outageConsequence.ReplaceAllString(lower, " impact ")
	}
	if strings.Contains(lower, "because") && slowRecovery.MatchString(lower) && len(sentences(text)) == 1 {
		// "it took until 13:20 GMT for all regions to recover because
		// services had cached failed token checks": a sentence that tells
		// why the recovery was slow, not why the outage began (a
		// paragraph's other sentences still weigh as they did)
		lower = slowRecovery.ReplaceAllString(lower, " ")
	}
	if strings.Contains(lower, "because") {
		// "Failing over did not help, because the replica had the same
		// slot": why the response failed, not why the outage began (only
		// the clause is taken out; the paragraph's other sentences weigh
		// as they did)
		if t := strings.TrimSpace(lower); failedResponse.MatchString(t) {
			lower = failedResponse.ReplaceAllString(t, ". ")
		}
	}
	if countedFailures.MatchString(lower) {
		// "About 41,000 booking attempts failed": a count of what users
		// tried and could not do is what the outage did, not its cause
		lower = countedFailures.ReplaceAllString(lower, " impact ")
	}
	if strings.Contains(lower, "lost") {
		// "Logs in this time span are assumed lost", "5 seconds of writes
		// were lost": data the outage lost is what it did ("no data was
		// lost" tells what it spared)
		lower = lostData(lower)
	}
	if strings.Contains(lower, "because") && sparedBecause.MatchString(lower) {
		// "Category pages kept working because they are served from
		// the database": why a part was spared, not why it failed
		lower = sparedBecause.ReplaceAllString(lower, " ")
	}
	if mayNameSafeguard(lower) {
		// "disabled a check that was meant to prevent filesystem
		// corruption", "本应阻止该变更的校验": what a safeguard was
		// there for is the story of how it failed, not a fix
		lower = safeguardPurpose.ReplaceAllString(lower, " ")
	}
	if causeMayBeDenied(lower) {
		// "Disk space was ruled out as the cause", "reverted to exclude
		// that as a root cause", "不是由外部原因造成的": a cause set
		// aside is not the cause
		lower = causeDenied.ReplaceAllString(lower, " ")
	}
	if strings.Contains(lower, "按计划") {
		// "按计划进行了例行停服维护": done as planned, not a plan of what
		// will be done (计划 cues the remediation)
		lower = strings.ReplaceAll(lower, "按计划", "按期")
	}
	if strings.Contains(lower, "blaming") {
		// "admits the monitoring gap instead of blaming a third party":
		// a blame set aside names no cause
		lower = blameDenied.ReplaceAllString(lower, " ")
	}
	for _, c := range paragraphCues {
		if c.pre != nil && !containsAny(lower, c.pre) {
			continue // no cue can match: the regexp need not run
		}
		distinct := map[string]bool{}
		text := lower
		if c.sec == data.SectionCause && (strings.Contains(lower, "原因") || strings.Contains(lower, "cause")) && containsAnyRune(lower, ",、") {
			text = sectionList.ReplaceAllString(lower, " ")
		}
		for _, m := range c.re.FindAllString(text, 8) {
			distinct[m] = true
		}
		n := float64(len(distinct))
		if c.sec == data.SectionCause {
			n *= 1.5
		}
		if n > bestN {
			best, bestN = c.sec, n
		}
	}
	return best, bestN
}

// sparedBecause is a part the outage spared and why: "kept working
// because", "were not affected because", "stayed up, because".
var sparedBecause = regexp.MustCompile(`(?:\b(?:kept|keep|keeps) (?:working|running|serving)|\bstill (?:worked|work|works|ran|loaded)|\b(?:was|were|is|are) (?:not affected|unaffected|not impacted)|\b(?:stayed|remained) (?:up|available|online)|\bcontinued to (?:work|run|serve))[^.;]{0,60}?\bbecause\b`)

// safeguardPurpose is what a safeguard was there for: "meant to prevent",
// "designed to catch", "which should have stopped", "本应阻止",
// "原本用于防止".
var safeguardPurpose = regexp.MustCompile(`\b(?:(?:was|were|is|are) (?:meant|designed|intended|supposed|built|put in place|there)|(?:which|that) (?:was|were) (?:meant|designed|intended|supposed))(?: (?:only|specifically|precisely))? to (?:prevent|avoid|catch|stop|block|guard against|protect|detect|mitigate)|(?:which|that) should have (?:prevented|avoided|caught|stopped|blocked|detected|mitigated)|(?:本应|本该|本来应该|原本用于|本来用于|原本是为了)(?:防止|避免|阻止|拦截|发现|检测)`)

// mayNameSafeguard is safeguardPurpose's literal gate.
func mayNameSafeguard(lower string) bool {
	if strings.Contains(lower, " to ") || strings.Contains(lower, "should have") {
		return strings.Contains(lower, "meant") || strings.Contains(lower, "designed") || strings.Contains(lower, "intended") ||
			strings.Contains(lower, "supposed") || strings.Contains(lower, "should have") ||
			strings.Contains(lower, "put in place") || strings.Contains(lower, "built") || strings.Contains(lower, "there to")
	}
	return strings.Contains(lower, "本应") || strings.Contains(lower, "本该") || strings.Contains(lower, "本来") || strings.Contains(lower, "原本")
}

// causeDenied is a cause a sentence sets aside: "ruled out … as the
// cause", "to exclude that as a root cause", "was not the root cause",
// "并非…原因", "不是由…原因造成".
var causeDenied = regexp.MustCompile(`\b(?:rul(?:e|ed|ing)(?: \w+)? out|exclud(?:e|ed|ing)|eliminat(?:e|ed|ing))\b[^.;]{0,60}?\bas (?:a|the|one|an?) (?:\w+ )?(?:root )?cause\b|\b(?:ruled out|excluded|eliminated) as (?:a|the) (?:\w+ )?(?:root )?cause\b|\b(?:was|were|is|are)(?: not|n't| never)(?: \w+)? the (?:root |underlying |primary )?cause\b|(?:并非|不是|并不是|排除了?)[^，。；]{0,20}?(?:原因|根因)` +
	// a cause not yet known: "It is not yet clear what caused …", "The
	// cause of the outage remains unknown", "目前尚不清楚导致…的原因",
	// "原因尚不明确"
	`|\b(?:it is|it's|it was|it remains|it remained)(?: still)? (?:not (?:yet )?(?:clear|known)|unclear|unknown) (?:what|why|how|exactly what)\b[^.;]{0,80}?\bcaus|\b(?:root )?causes? (?:of [^.;]{0,60}? )?(?:is|was|are|were|has|have|remains?|remained) (?:still |as yet )?(?:unclear|unknown|not (?:yet )?(?:clear|known)|not (?:yet )?been determined|yet to be determined|under investigation|being investigated)\b|(?:尚不清楚|尚不明确|尚未查明|仍不清楚|尚不明朗|暂不清楚|还不清楚|尚无定论)[^，。；]{0,30}?原因|原因(?:尚|仍|暂|还)?(?:不明|未明|不清楚|未知|待查|在调查中|尚在调查|仍在调查|正在调查)` +
	// a cause someone would not tell: "declined to say what caused the
	// problem", "did not explain why", "拒绝提供更多细节，说明是什么导致了这个
	// 问题", "没有透露故障原因"
	`|\b(?:declined|refused|did not|didn't|would not|wouldn't|has not|hasn't|have not|haven't)(?: yet)? (?:to )?(?:say|said|explain|explained|disclose|disclosed|reveal|revealed|detail|detailed|specify|specified|comment on|share|shared|give|given|provide|provided)\b[^.;]{0,40}?\b(?:what (?:caused|led to|triggered|was behind)|the (?:root )?cause|why)\b|(?:拒绝|没有|并未|未|不愿|尚未)(?:提供|说明|透露|解释|公布|披露|给出)[^。；]{0,24}?(?:是什么导致|什么原因|何种原因|的原因|原因|为什么|为何)` +
	// why the fix was slow, not why the outage happened: "the delay in
	// resolving it may be due to the holiday", "解决这个问题的延迟可能是由于假期"
	`|\b(?:the|this|that) delay (?:in|of) (?:fixing|resolving|restoring|recovering|responding|getting|the fix|the recovery|the response|a fix)\b[^.;]{0,40}?\b(?:due to|because|caused by)\b|(?:解决|修复|恢复|处理)[^，。；]{0,12}的(?:延迟|延误|拖延)[^，。；]{0,8}?(?:由于|因为)`)

// causeMayBeDenied is causeDenied's literal gate: "cause" or 原因/根因 and
// a word of setting aside.
func causeMayBeDenied(lower string) bool {
	if strings.Contains(lower, "delay ") || strings.Contains(lower, "的延") || strings.Contains(lower, "拖延") {
		return true // why the fix was slow
	}
	if strings.Contains(lower, "caus") {
		return strings.Contains(lower, " as ") && (strings.Contains(lower, "rul") || strings.Contains(lower, "exclud") || strings.Contains(lower, "eliminat")) ||
			strings.Contains(lower, " the ") && (strings.Contains(lower, "not") || strings.Contains(lower, "n't") || strings.Contains(lower, "never")) ||
			strings.Contains(lower, "unclear") || strings.Contains(lower, "unknown") || strings.Contains(lower, "investigat") || strings.Contains(lower, "not yet") || strings.Contains(lower, "not clear") || strings.Contains(lower, "not known") ||
			strings.Contains(lower, "declined") || strings.Contains(lower, "refused") || strings.Contains(lower, "n't") || strings.Contains(lower, " not ")
	}
	if (strings.Contains(lower, "导致") || strings.Contains(lower, "为什么") || strings.Contains(lower, "为何")) &&
		(strings.Contains(lower, "拒绝") || strings.Contains(lower, "没有") || strings.Contains(lower, "未") || strings.Contains(lower, "不愿")) {
		return true // a cause someone would not tell
	}
	return (strings.Contains(lower, "原因") || strings.Contains(lower, "根因")) && (strings.Contains(lower, "并非") || strings.Contains(lower, "不是") || strings.Contains(lower, "排除") ||
		strings.Contains(lower, "清楚") || strings.Contains(lower, "不明") || strings.Contains(lower, "未明") || strings.Contains(lower, "查明") || strings.Contains(lower, "未知") || strings.Contains(lower, "调查") || strings.Contains(lower, "待查") || strings.Contains(lower, "定论") || strings.Contains(lower, "不明朗"))
}

// deniesCause reports whether a lower-cased sentence sets a cause aside
// (causeDenied) and names none besides.
func deniesCause(lower string) bool {
	return causeMayBeDenied(lower) && causeDenied.MatchString(lower) && !statedCause.MatchString(causeDenied.ReplaceAllString(lower, " "))
}

// blameDenied is a blame a sentence sets aside: "instead of blaming",
// "rather than blaming", "without blaming", "not blaming".
var blameDenied = regexp.MustCompile(`\b(?:instead of|rather than|without|not|stop|no) blaming\b`)

// outageConsequence is a cause word whose cause is the outage itself:
// "因系统中断导致", "由于此次故障造成", "because of the outage", "due to the
// outage", "this incident led to"; and a sentence that opens "This led
// to …" (its cause is the sentence before). What follows it is what the
// outage did.
var outageConsequence = regexp.MustCompile(`(?:因|由于|因为)(?:此次|本次|这次)?(?:系统|服务|平台|网络)?(?:故障|中断|宕机|停机|瘫痪)(?:而)?(?:导致|造成|引起|引发)|(?:because of|due to|as a result of|caused by) (?:the|this) (?:outage|incident|disruption|downtime)\b|\b(?:the|this) (?:outage|incident|disruption|downtime) led to\b|(?:^|[.!?]\s)(?:this|these|that) led to\b`)

// countedFailures is a count of what users tried that failed during an
// outage: "about 41,000 booking attempts failed", "12% of api requests
// returned errors", "约 1.2 万笔订单支付失败". Its failing word tells the
// impact, not a cause.
var countedFailures = gateRegexp(regexp.MustCompile(`\b\d[\d,.]*\s*(?:%|percent|k|thousand|million)?\s+(?:of\s+(?:all\s+|the\s+|our\s+)?)?(?:[a-z-]+\s+){0,2}(?:attempts|requests|calls|bookings|reservations|payments|orders|transactions|purchases|checkouts|messages|emails|notifications|builds|jobs|logins|sign-ins|uploads|downloads|deliveries|queries|searches|deployments|api calls)\s+(?:(?:had|have|were|was)\s+)?(?:\w+\s+)?(?:failed|failing|errored|timed out|returned errors|were (?:lost|dropped|rejected|not delivered))\b|\d[\d,.]*\s*[万千百亿]?\s*(?:次|笔|条|单|个)(?:[^，。；]{0,8})(?:失败|报错|超时)`))

// lostDataRe is data told as lost: "logs in this time span is assumed
// lost", "some user data was permanently lost".
var lostDataRe = regexp.MustCompile(`\b(?:data|logs?|messages|records|events|metrics|e-?mails?|orders|writes|transactions|files|jobs|uploads)\b[^.;,]{0,60}?\b(?:was|were|is|are|been) (?:assumed |presumed |probably |permanently |irrecoverably |irretrievably )?lost\b`)

// lostNegation is a word before or inside a loss that denies it: "no data
// was lost", "not a single message was lost", "never lost".
var lostNegation = regexp.MustCompile(`\b(?:no|not|never|nothing|none|without)\b`)

// lostData replaces each account of data lost in a lower-cased text with
// the impact cue word, unless a negation comes within a few words before
// it or inside it.
func lostData(lower string) string {
	locs := lostDataRe.FindAllStringIndex(lower, -1)
	if locs == nil {
		return lower
	}
	var b strings.Builder
	prev := 0
	for _, l := range locs {
		if lostNegation.MatchString(lower[max(0, l[0]-16):l[1]]) {
			continue
		}
		b.WriteString(lower[prev:l[0]])
		b.WriteString(" impact ")
		prev = l[1]
	}
	b.WriteString(lower[prev:])
	return b.String()
}

// causePointer points the reader to where the cause is told: "故障原因可见
// <link>", "原因详见公告", "the root cause can be found in our report".
var causePointer = regexp.MustCompile(`(?:故障|事故|问题)?(?:的)?(?:具体|详细)?原因(?:可|请|详|参)?见|(?:the )?(?:root )?cause (?:of (?:the|this) [a-z]+ )?can be found\b`)

// mayTellConsequence is a cheap test that outageConsequence can match.
func mayTellConsequence(lower string) bool {
	return strings.Contains(lower, "the outage") || strings.Contains(lower, " led to") || strings.Contains(lower, "the incident") || strings.Contains(lower, "this outage") ||
		strings.Contains(lower, "this incident") || strings.Contains(lower, "disruption") || strings.Contains(lower, "downtime") ||
		(strings.Contains(lower, "因") || strings.Contains(lower, "由于")) && (strings.Contains(lower, "导致") || strings.Contains(lower, "造成") || strings.Contains(lower, "引起") || strings.Contains(lower, "引发"))
}

// fieldsLine reports whether a paragraph is a page's line of fields, three
// or more short parts joined by " · " or " | " ("Root cause analysis ·
// Published 21 March 2025 · Reference RCA-2025-0318"): what kind of page
// it is and when it was published, no section's words.
func fieldsLine(text string) bool {
	if len(text) > 200 || !strings.Contains(text, " · ") && !strings.Contains(text, " | ") {
		return false
	}
	parts := metaSep.Split(strings.TrimSpace(text), -1)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if len(strings.Fields(p)) > 6 || utf8.RuneCountInString(p) > 40 || endsSentence(p) {
			return false
		}
	}
	return true
}

// sectionList is a list of a write-up's parts that names the cause among
// them ("这次故障的经过、原因和改进", "the timeline, root cause and
// remediation"): an article announcing what it covers, no cause told.
var sectionList = regexp.MustCompile(`(?:经过|过程|时间线|影响|原因|根因|处理|改进|措施|改进措施|后续措施|教训)(?:\s*(?:、|，|和|及|与|以及)\s*(?:经过|过程|时间线|影响|原因|根因|处理|改进|措施|改进措施|后续措施|教训)){2,}|(?:timeline|impact|(?:root )?causes?|remediation|mitigation|lessons(?: learned)?|next steps|action items)(?:(?:,|,? and)\s+(?:the\s+)?(?:timeline|impact|(?:root )?causes?|remediation|mitigation|lessons(?: learned)?|next steps|action items)){2,}`)

// hasCue reports whether a text has any cue of a section.
func hasCue(text string, sec data.Section) bool {
	lower := strings.ToLower(text)
	for _, c := range paragraphCues {
		if c.sec == sec && (c.pre == nil || containsAny(lower, c.pre)) && c.re.MatchString(lower) {
			return true
		}
	}
	return false
}

func init() {
	for i := range paragraphCues {
		paragraphCues[i].pre = literalPrefixes(paragraphCues[i].re.Regexp)
	}
}

// containsAny reports whether s holds any of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// literalPrefixes returns literals such that every match of re starts
// with one of them (word boundaries aside), or nil when re's alternatives
// do not all start with a literal. A text holding none of them cannot
// match, which is far quicker to learn with strings.Contains than by
// running a regexp of many alternatives.
func literalPrefixes(re *regexp.Regexp) []string {
	var out []string
	for _, alt := range topAlternatives(re.String()) {
		// each alternative on its own: parsed whole, the parser factors
		// common prefixes out ("w" for "were down|was down")
		a, err := syntax.Parse(alt, syntax.Perl)
		if err != nil {
			return nil
		}
		if a.Op == syntax.OpConcat {
			i := 0
			for i < len(a.Sub) && a.Sub[i].Op == syntax.OpWordBoundary {
				i++
			}
			if i == len(a.Sub) {
				return nil
			}
			a = a.Sub[i]
		}
		if a.Op != syntax.OpLiteral || a.Flags&syntax.FoldCase != 0 || len(a.Rune) == 0 {
			return nil
		}
		out = append(out, string(a.Rune))
	}
	return out
}

// topAlternatives splits a regexp's source at the | outside parentheses
// and brackets.
func topAlternatives(src string) []string {
	var out []string
	depth, class, start := 0, false, 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\':
			i++
		case class:
			class = c != ']'
		case c == '[':
			class = true
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, src[start:i])
			start = i + 1
		}
	}
	return append(out, src[start:])
}

// sentences cuts text into sentences, Chinese and English.
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, s := range splitSentences(line) {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// splitSentences cuts one line after 。！？!? and after ". " (a full stop
// followed by a space). It walks the line's bytes (every mark it cuts at,
// and every byte its tests look at around a full stop, is ASCII or a whole
// rune); a line that is not valid UTF-8 is first made what []rune made of
// it, each bad byte a U+FFFD, so that the pieces are the same.
func splitSentences(line string) []string {
	return firstSentences(line, -1)
}

// firstSentences is the first n sentences of splitSentences(line) (all of
// them where n < 0): a caller that reads only the first one or two stops
// cutting there, not at the line's end.
func firstSentences(line string, n int) []string {
	if !utf8.ValidString(line) {
		line = string([]rune(line))
	}
	var out []string
	start := 0
	aside := -1 // the closing parenthesis of an aside that opens the sentence
	for i := 0; i < len(line) && len(out) != n; i++ {
		if i == start || aside < 0 && line[i] == '(' && strings.TrimSpace(line[start:i]) == "" {
			if line[i] == '(' {
				aside = asideClose(line, i)
			}
		}
		if aside >= 0 && i < aside {
			continue // "(This is all because of … It’s neat, but we had not thought of it.)": one aside, read whole
		}
		end := false
		switch c := line[i]; c {
		case ')':
			if i == aside {
				aside = -1
				end = (i+1 == len(line) || line[i+1] == ' ') && i > 0 && strings.ContainsRune(".!?", rune(line[i-1]))
			}
		case '!', '?':
			end = true
		case '.':
			end = i+1 == len(line) || line[i+1] == ' ' && i > 0 && !(isDigitByte(line[i-1]) && i+2 < len(line) && isDigitByte(line[i+2])) && !meridiemGoesOn(line, i) && !monthAbbrevGoesOn(line, i) && !latinAbbrev(line, i) && !standaloneDots(line, i)
		case 0xE3: // 。 is E3 80 82
			if strings.HasPrefix(line[i:], "。") {
				i += len("。") - 1
				end = true
			}
		case 0xEF: // ！ ？ ； are EF BC 81, EF BC 9F, EF BC 9B
			if strings.HasPrefix(line[i:], "！") || strings.HasPrefix(line[i:], "？") || strings.HasPrefix(line[i:], "；") {
				i += len("！") - 1
				end = true
			}
		}
		if end {
			out = append(out, line[start:i+1])
			start = i + 1
		}
	}
	if start < len(line) && len(out) != n {
		out = append(out, line[start:])
	}
	return out
}

// asideClose is the index of the parenthesis that closes the one at open,
// when what they enclose holds a sentence's end and is no longer than an
// aside (600 bytes); else -1.
func asideClose(line string, open int) int {
	depth := 0
	for j := open; j < len(line) && j-open <= 600; j++ {
		switch line[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				if inner := line[open+1 : j]; strings.Contains(inner, ". ") || strings.Contains(inner, "? ") || strings.Contains(inner, "! ") {
					return j
				}
				return -1
			}
		}
	}
	return -1
}

// standaloneDots reports whether the full stop at i ends a run of two or
// more dots that stands as a word of its own ("UPSERT .. ON CONFLICT",
// "DO ... that"): code's range or a pause, not a sentence's end.
func standaloneDots(line string, i int) bool {
	j := i
	for j > 0 && line[j-1] == '.' {
		j--
	}
	return i > j && j > 0 && line[j-1] == ' '
}

// advice is a sentence addressed to the reader, telling what to do when
// affected: a status page's "If you continue to experience issues, please
// contact support", a notice's 如果您…请联系我们, 您也可以尝试手动刷新缓存.
var advice = regexp.MustCompile(`(?i)^(?:if|should) you\b[^.]*\b(?:please|contact|reach out|let us know|try|refresh|clear|retry)\b|^please (?:contact|reach out|let us know|refresh|clear|retry|try)\b|^(?:customers|users) (?:who|that) (?:continue|are still)[^.]*\b(?:should|can|may)\b|如果?您.{0,40}(?:请|可以|可)|您(?:也)?(?:可以|可)(?:尝试|手动|通过|自行)|^请您?(?:联系|反馈|尝试|刷新|清除|重试|更新)`)

// withoutAdvice returns a text without its sentences of advice to the
// reader; most texts have none and come back as they are.
func withoutAdvice(text string) string {
	if !mayAdvise(text, strings.ToLower(text)) {
		return text
	}
	var kept []string
	dropped := false
	for _, sent := range sentences(text) {
		if advice.MatchString(sent) {
			dropped = true
			continue
		}
		kept = append(kept, sent)
	}
	if !dropped {
		return text
	}
	return strings.Join(kept, " ")
}

// mayAdvise reports whether a text (and its lower-case form) has a word
// that advice to the reader needs: most texts have none.
func mayAdvise(text, lower string) bool {
	return strings.Contains(text, "您") || strings.Contains(lower, "you") || strings.Contains(lower, "please")
}

// isAdvice reports whether every sentence of a paragraph is advice to the
// reader: no summary of the incident.
func isAdvice(text string) bool {
	return strings.TrimSpace(withoutAdvice(text)) == "" && strings.TrimSpace(text) != ""
}

// pageIntro opens a paragraph that tells what the page holds: "This page
// contains all …", "This page lists every …".
var pageIntro = regexp.MustCompile(`^(?i:this page (?:contains|lists|shows|holds|includes|collects))\b`)

// apology is a sentence that apologises ("We apologize for the
// inconvenience this disruption may have caused", "对此造成的不便深表歉意").
var apology = newAltRegexp(`(?i)^(?:we|i)\b[^.]*\b(?:apologi[sz]e|are sorry)\b|^(?:(?:so|very|truly|deeply)\s+)?sorry\b|^we'?re\b[^.]*\bsorry\b|^(?:our )?(?:sincere |deepest )?apologies\b|(?:深表|表示|致以|再次)(?:诚挚的|深深的)?歉意|(?:非常|十分|深感)抱歉`)

// meridiemGoesOn reports whether the full stop at byte i of line (a space
// after it) closes a clock's "a.m." or "p.m." in a sentence that goes on:
// the word after it is in lower case ("9 a.m. that it had …") or a zone
// ("10:05 a.m. ET", "9:05 a.m. Eastern time").
func meridiemGoesOn(line string, i int) bool {
	if i < 3 || line[i-2] != '.' || line[i-1] != 'm' && line[i-1] != 'M' || strings.IndexByte("apAP", line[i-3]) < 0 {
		return false
	}
	j := i + 2
	k := j
	for k < len(line) {
		r, n := utf8.DecodeRuneInString(line[k:])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k += n
	}
	if k == j {
		return true
	}
	w := line[j:k]
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(first) || len(w) <= 4 && strings.ToUpper(w) == w && strings.HasSuffix(w, "T") || zoneWords[strings.ToLower(w)]
}

// latinAbbrev reports whether the full stop at byte i of line closes an
// "e.g." or "i.e." (any case): the examples or the restatement after it go
// on with the sentence ("The problem affected many areas, e.g. checkout
// and invoicing.").
func latinAbbrev(line string, i int) bool {
	if i < 3 || line[i-2] != '.' || i > 3 && isLetterByte(line[i-4]) {
		return false
	}
	a, b := line[i-3]|0x20, line[i-1]|0x20
	return a == 'e' && b == 'g' || a == 'i' && b == 'e'
}

// monthAbbrevGoesOn reports whether the full stop at byte i of line (a
// space after it) ends a month's abbreviation followed by its day ("on
// Monday, Dec. 2, …", "Sept. 14"): the sentence goes on.
func monthAbbrevGoesOn(line string, i int) bool {
	if i+2 >= len(line) || !isDigitByte(line[i+2]) {
		return false
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(line[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	if j > 0 && line[j-1] != ' ' && line[j-1] != '(' && line[j-1] != ',' {
		return false
	}
	w := strings.ToLower(line[j:i])
	return (len(w) == 3 || w == "sept") && monthOf(w) > 0
}

// zoneWords name a time zone after a clock time, lower-cased: "9:05 a.m.
// Eastern time", "11:40 p.m. UTC".
var zoneWords = map[string]bool{"eastern": true, "pacific": true, "central": true, "mountain": true, "atlantic": true, "utc": true, "gmt": true,
	// and the day it was on: "began at 4:48 a.m. Sunday, shortly before …"
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// remediationLead opens a paragraph that tells what was or will be done
// about an incident: said first, one cue is enough ("The fix involved …",
// "The resolution involved …", "For short-term prevention, …", "Post-incident,
// Acme adjusted …", "Further improvements include …", "The solution involved
// …", "A more radical solution was adopted: …"). ("Following the
// multicast incident, Etsy decided to …": a decision taken after it.)
var remediationLead = gateRegexp(regexp.MustCompile(`^(?i:in response,)|^(?i:(?:to (?:prevent|avoid|resolve|mitigate|address|fix|remediate)|going forward|moving forward|in the future|next steps|follow[- ]up|as a result of (?:this|the) (?:incident|outage)|(?:following|after) (?:this|the)(?: [\w-]+){0,3} (?:incident|outage|failure),\s*(?:we|the team|[\w.-]+(?: engineers| engineering)?) (?:decided|chose|began|started|moved|switched|built|replaced|introduced|added|rewrote)|in response to (?:this|the (?:incident|outage|issue|problem))|(?:for|in the|over the) (?:short|long|longer|near|medium)[- ]term(?: (?:prevention|remediation|resolution|fix|fixes|mitigation|improvements?))?,\s*\w+|as (?:an? )?(?:(?:immediate|initial|short-term|long-term|longer-term|permanent|further|first) )?(?:remediation|fix|mitigation)|(?:further|subsequent|additional|other|future|follow-up|post-incident|post-outage|post-mortem|postmortem) (?:actions?|action items|steps?|measures?|plans?|remediations?|mitigations?) (?:include|included|includes|involved|are|were)|(?:(?:our|their|its|the|[\w.-]+(?:'s|’s)) )?(?:immediate |initial |incident )?response (?:began|started|included|involved|consisted)|(?:(?:our|their|its|the|[\w.-]+(?:'s|’s)) )?(?:(?:immediate|initial|short-term|long-term|permanent|further|technical|primary|main|principal) )?(?:remediation|mitigation) (?:involved|included|steps|work|was|consisted|efforts? (?:involved|included|include|were|was|began))|(?:the )?recovery (?:involved|included|required|consisted)|(?:the )?(?:corrective|preventive|preventative) (?:actions?|measures?|steps?) (?:include|included|are|were|taken)|(?:to restore|restoring) (?:the )?(?:service|access|write|read|normal|full|capacity|connectivity|operations?)|(?:(?:long|short|longer|near|medium)[- ]term|planned|future|further|additional|identified|proposed|recommended) (?:(?:prevention|remediation|reliability|resilience|hardening|improvement) )?(?:initiatives|improvements|projects|efforts|plans|actions|fixes|changes|work) (?:include|included|includes|are|will)|the (?:immediate |permanent |long-term |eventual )?fix (?:involved|was|consisted|is)|post-(?:incident|outage|mortem),\s*\w+|the (?:immediate |final |eventual |permanent |temporary |long-term |short-term )?solution (?:involved|included|consisted|was to)|an? (?:more |less |quicker |faster )?(?:[\w-]+ )?solution was (?:adopted|implemented|applied|deployed|chosen|put in place)|the (?:immediate |final |eventual |permanent )?resolution (?:involved|included|consisted)|(?:the|this|these|that)(?: [\w-]+){0,3} (?:was|were) (?:\w+ )?(?:mitigated|resolved|fixed|remediated) by \w+ing|(?:[\w.-]+ ){1,3}(?:mitigated|resolved|fixed|remediated) (?:the|this) (?:[\w-]+ )?(?:issue|incident|outage|problem|disruption|impact) by \w+ing|(?:upon|after|on) (?:detecting|discovering|identifying|learning (?:of|about)|noticing|being (?:alerted|notified) (?:to|of|about)|becoming aware of|confirming) [^,.;]{1,80},\s*(?:we|the team|(?:[\w.-]+ ){0,2}[\w.-]+) (?:immediately |quickly |promptly |swiftly )?(?:reset|revoked|rotated|terminated|suspended|disabled|blocked|isolated|contained|rolled back|reverted|restarted|removed|shut down|took down|invalidated|paused|halted|stopped|failed over|drained|locked))\b)|^(?:为(?:了)?(?:避免|防止|杜绝)|后续|今后|下一步|接下来(?:我们)?将)`))

// stepsLead opens a paragraph that says the company took or committed to
// several steps ("Acme has taken several steps to prevent recurrence.",
// "Acme committed to multiple improvements to operations …", "青禾已采取多项
// 措施…"): the steps follow it, so the paragraph is the remediation, though
// one of them names what caused the issue.
var stepsLead = regexp.MustCompile(`^(?i:(?:[\w.'’&-]+ ){1,4}(?:has |have |had )?(?:also )?(?:taken|committed to|undertaken|outlined|announced) (?:several|multiple|many|various|numerous|a number of|a series of|a range of|a set of|a few|two|three|four|five|six|the following|additional|further|concrete|significant) (?:[\w-]+ )?(?:steps|actions|measures|improvements|changes|remediations|remediation items|action items)\b)|` +
	`^[^，。,.]{1,24}(?:已经|已|将|还)?(?:采取|制定|推出|落实)了?(?:多项|以下|一系列|若干|几项|下列|多方面)(?:的)?(?:措施|改进|整改|行动)`)

// stepsOpen reports whether a paragraph opens with stepsLead, behind a
// cheap test of its first words.
func stepsOpen(text string) bool {
	h := head(text, 120)
	if !strings.Contains(h, "taken ") && !strings.Contains(h, "committed to ") && !strings.Contains(h, "undertaken ") &&
		!strings.Contains(h, "outlined ") && !strings.Contains(h, "announced ") && !strings.Contains(h, "措施") &&
		!strings.Contains(h, "改进") && !strings.Contains(h, "整改") && !strings.Contains(h, "行动") {
		return false
	}
	return stepsLead.MatchString(h)
}

// lessonsLead opens a paragraph that tells what an incident taught, in
// words no lessons cue weighs: "The incident underscored the importance of
// …", "Discussions highlighted the need for …", "The incident highlighted
// the risks of …", "这次事故凸显了…的风险". Said first, it is enough.
//
// Or it names them first: "Key lessons included …", "The lessons learned
// were …", "主要的教训包括…".
var lessonsLead = regexp.MustCompile(`^(?i:(?:[\w.'’-]+ ){0,3}(?:highlighted|highlights|underscored|underscores|underlined|underlines|reinforced|reinforces|emphasi[sz]ed|emphasi[sz]es|demonstrated|demonstrates|showed|shows) the (?:(?:critical |crucial |vital |key )?(?:importance|need|value|necessity) (?:of|for)|(?:risks|dangers|perils|pitfalls|fragility) (?:of|in)|(?:risk|danger) of)\b` +
	`|(?:the )?(?:key |main |important |major |primary |biggest |other )?(?:lessons?|takeaways?)(?: learned| learnt)?(?: from (?:the|this) (?:incident|outage|event))? (?:included|include|were|are|was|is)\b)` +
	`|^(?:主要的?|关键的?|最大的)?(?:经验)?(?:教训|启示)(?:包括|是|有)` +
	// "这次事故凸显了单一区域部署的风险"
	`|^(?:这次|此次|本次|这起|该)(?:事故|故障|事件|中断|宕机)(?:凸显|突显|凸现|彰显|揭示|说明|表明)了[^。，；]{1,40}的(?:重要性|必要性|风险|危险)`)

// lessonsClause closes a sentence of another kind with what the incident
// taught: "…, highlighting the importance of knowing database internals",
// "…, underscoring the need for load tests", "…，凸显了压力测试的重要性".
var lessonsClause = regexp.MustCompile(`(?i:,\s*(?:highlighting|underscoring|underlining|emphasi[sz]ing|reinforcing|demonstrating|illustrating|showing) the (?:critical |crucial |vital |key )?(?:importance|need|value|necessity) (?:of|for)\b|,\s*(?:highlighting|underscoring|underlining|emphasi[sz]ing|reinforcing|demonstrating|illustrating|showing) the (?:risks|dangers|perils|pitfalls|fragility) (?:of|in)\b)` +
	`|[，,](?:这)?(?:凸显|突显|凸现|彰显|说明|表明|体现)了?[^。，；]{1,40}的(?:重要性|必要性|风险)`)

// learnedThat opens a sentence that tells what the company learned
// ("Quarry learned that each component scales in its own way"): a lesson,
// when the sentence tells no clock time (not "At 10:05 we learned that the
// provider was down").
var learnedThat = regexp.MustCompile(`^(?i:(?:[\w.'’-]+ ){1,3}(?:also )?(?:learned|learnt|realized|realised) that\b)`)

// lessonsFromText is the lessons of a write-up that has no section for
// them: the sentences outside the timeline, the cause and the impact that
// open with what the incident taught ("The event underscored the need
// for …", "Quarry learned that …"), at most two.
func lessonsFromText(s sectioned, isEvent []bool) string {
	var out []string
	for i, b := range s.blocks {
		if b.kind != kindPara || isEvent[i] || s.secs[i] == secClosing || s.secs[i] == data.SectionCause || s.secs[i] == data.SectionImpact || s.secs[i] == data.SectionTimeline {
			continue
		}
		if !strings.Contains(b.text, " the importance") && !strings.Contains(b.text, " the need") && !strings.Contains(b.text, " the value") &&
			!strings.Contains(b.text, " the necessity") && !strings.Contains(b.text, " the risk") && !strings.Contains(b.text, " the danger") &&
			!strings.Contains(b.text, " the peril") && !strings.Contains(b.text, " the pitfall") && !strings.Contains(b.text, " the fragility") && !strings.Contains(b.text, "esson") && !strings.Contains(b.text, "akeaway") &&
			!strings.Contains(b.text, "learned that") && !strings.Contains(b.text, "learnt that") && !strings.Contains(b.text, "ealized that") && !strings.Contains(b.text, "ealised that") &&
			!strings.Contains(b.text, "重要性") && !strings.Contains(b.text, "必要性") && !strings.Contains(b.text, "风险") && !strings.Contains(b.text, "危险") {
			continue
		}
		for _, sent := range splitSentences(b.text) {
			sent = strings.TrimSpace(sent)
			if !lessonsLead.MatchString(sent) && (!learnedThat.MatchString(sent) || clockCount(sent) > 0) && !lessonsClause.MatchString(sent) {
				continue
			}
			out = append(out, sent)
			if len(out) == 2 {
				return strings.Join(out, " ")
			}
		}
	}
	return strings.Join(out, " ")
}

// causeLead opens a paragraph that states the cause: said first, it needs
// no other cue ("The core issue was …", "The core defect was …", "The core technical issue …",
// "A critical design flaw was …", "Another flaw was …", "一个关键的设计缺陷是…",
// "The incident was precipitated by …", "The outage was set off by …",
// "The primary root cause …", "The root causes included …", "A critical
// contributing factor was …", "The problems stemmed from …", "根本原因是…").
var causeLead = regexp.MustCompile(`^(?i:the (?:core|underlying|main|primary|real|root|ultimate|actual|fundamental|immediate|technical|direct|proximate)(?: (?:core|underlying|main|primary|real|root|ultimate|actual|fundamental|immediate|technical|direct|proximate))?(?: and [a-z-]+(?: [a-z-]+)?)? (?:issue|problem|cause|culprit|trigger|reason|defect|flaw|bug|fault)s?\b|(?:(?:a|an|another|one|the) (?:[a-z-]+ )?|(?:other|additional|several|key|main|major|further|two|three|four|five) )?contributing factors? (?:was|were|is|are|included|include)\b|the (?:cause|causes|trigger|culprit) (?:was|were|of)\b|(?:the|this) (?:incident|outage|issue|problem|failure|disruption|event)s? (?:was |were )?(?:stemmed from|stems from|originated (?:from|with)|caused by|triggered by|triggered when|resulted from|traced (?:back )?to|precipitated by|set off by|sparked by)|root causes?\b|(?:a|an|another|one|the other|the second|a second|a further) (?:(?:critical|key|major|fundamental|serious|significant|crucial|central|basic|fatal) )?(?:design (?:flaw|defect|error|mistake|weakness)|flaw|defect)s? (?:was|were|lay|lies|is)\b)|^(?:(?:根本|直接|主要)?原因(?:是|为|在于)|根因|问题(?:的)?根源|(?:根本|核心|底层)(?:缺陷|漏洞|错误)(?:是|为|在于)|(?:一个|另一个|第二个)?(?:关键|严重|重大|致命|根本)的?设计(?:缺陷|漏洞|错误|失误)(?:是|为|在于))` +
	// "Several factors contributed to the incident.", "A combination of
	// factors led to the outage: …", "多个因素共同导致了这次故障：…"
	`|^(?i:(?:several|multiple|many|various|numerous|a number of|a few|two|three|four|a combination of|a series of|a confluence of) (?:[a-z-]+ )?(?:factors|issues|causes) (?:contributed|led|combined) to\b)|^(?:多个|多种|几个|若干|一系列|以下几个)(?:方面的)?(?:因素|原因)(?:共同)?(?:导致|造成|促成|引发)` +
	// "经过三个小时的排查，他们发现了问题：…", "After an hour we found the problem: …"
	`|^[^。！？.!?]{0,30}(?:发现|找到|查明)了(?:问题|原因)(?:所在)?[:：]|^(?i:[^.!?]{0,60}\b(?:found|discovered|tracked down) the (?:problem|issue|culprit|cause)\s*[:—])`)

// symptomLead opens a paragraph that tells how the trouble showed itself,
// not what caused it: "The core issue manifested as timeouts …", "The
// problem first surfaced as …", "问题最初表现为…". Its words name the
// issue as causeLead's do; it is no cause for that (its other words place it).
var symptomLead = regexp.MustCompile(`^(?i:the (?:[\w-]+ ){0,2}(?:issue|problem|failure|fault|incident|outage)s? (?:first |initially |itself |mainly |primarily )?(?:manifested|presented|showed up|surfaced|appeared)(?: itself| themselves)? (?:as|in|through)\b)|^(?:该|这个|此)?(?:问题|故障)(?:最初|首先|主要)?(?:表现为|体现为|表现在)`)

// impactLead opens a paragraph that tells what the outage did to its
// users: "Customer impact included …", "The outage caused traffic to drop …",
// "The disruption rendered the store unable to …"; or what it touched,
// naming the incident with a demonstrative or a plural ("This incident
// impacted most of …", "These outages led to …", "The problem affected
// …": the verb is the effect, though no user nor error is named).
var impactLead = regexp.MustCompile(`^(?i:(?:the )?(?:(?:primary|main|overall|immediate|direct|biggest|most visible|principal) )?(?:customer|user|client|business) impact (?:included|was|were|involved|consisted)|during the (?:outage|incident|disruption|downtime),\s*(?:no|all|many|most|some|any|customers|users|clients|requests|traffic|services?)\b|[^.]{0,120}?\bmeant that (?:any |all |some |many |most )?(?:users|customers|clients)\b|the (?:outage|incident|disruption) (?:caused|resulted in|affected|impacted|disrupted|prevented|rendered)\b|(?:this|that|these|those|the) (?:outage|incident|disruption|issue|problem|failure|event|degradation)s? (?:affected|impacted|disrupted|led to|resulted in)\b|(?:the )?impact (?:on|to) (?:the |our |its |their )?(?:users?|customers?|clients?|[a-z]+ (?:community|users|customers))\b|(?:customers|users|clients)\b(?:[^.]{0,120}?)? (?:(?:likely|probably|may have|might have|would have) )?(?:faced|experienced|encountered|saw|lost|were unable|could not|couldn't)\b)|^(?:(?:对|给)?(?:用户|客户)(?:的|造成的)?影响(?:包括|是|为))`)

// downFor opens a paragraph that says how long the service was down for
// its users ("Kestrel Mail was unavailable for approximately 9 hours.",
// "青禾邮件服务中断了约 9 个小时"): the impact, with what was lost after it.
var downFor = regexp.MustCompile(`^(?i:(?:[^.]|\.\S){0,80}?\b(?:was|were|has been|had been|remained) (?:completely |fully |largely |entirely |partially |mostly )?(?:unavailable|down|offline|inaccessible|unreachable|out of service) for (?:approximately |about |around |roughly |nearly |almost |over |more than |close to |up to )?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several) (?:full )?(?:minutes?|hours?|days?)\b)` +
	`|^[^。，,]{1,30}?(?:中断|瘫痪|不可用|无法访问|宕机)了?(?:约|大约|近|将近|长达|超过)?\s*(?:\d+|[一两二三四五六七八九十几]+)\s*个?\s*(?:小时|分钟|天)`)

// opensDownFor reports whether a paragraph opens with downFor, behind a
// cheap test of its first words.
func opensDownFor(text string) bool {
	h := head(text, 160)
	if !strings.Contains(h, "unavailable for ") && !strings.Contains(h, "down for ") && !strings.Contains(h, "offline for ") &&
		!strings.Contains(h, "inaccessible for ") && !strings.Contains(h, "unreachable for ") && !strings.Contains(h, "out of service for ") &&
		!strings.Contains(h, "中断") && !strings.Contains(h, "瘫痪") && !strings.Contains(h, "不可用") && !strings.Contains(h, "无法访问") && !strings.Contains(h, "宕机") {
		return false
	}
	return downFor.MatchString(h)
}

// consequenceLead opens a paragraph that tells what followed from the
// one before it: with an impact cue in its first words, the impact.
var consequenceLead = regexp.MustCompile(`^(?i:(?:this|these|that) (?:led to|resulted in|caused)\b)|^(?:这|此)(?:导致|造成|使得)`)

// causeGoesOn opens a paragraph that goes on telling the mechanism the
// paragraph before it named as the root cause: "Within this critical
// section, …", "Specifically, …", "In turn, …", "This code path …".
var causeGoesOn = regexp.MustCompile(`^(?i:within (?:this|that|the same)\b|specifically,|in (?:particular|turn),|at (?:this|that) point,|compounding (?:this|the)\b|(?:this|that|these|those) (?:[a-z-]+ ){0,2}(?:code|code path|function|handler|routine|bug|defect|flaw|condition|lock|call|loop|query|process|thread|agent|module)s?\b)`)

// namesAgain reports whether a paragraph opens by naming again what the
// paragraph before it named: "This oversized feature file …" after "… the
// feature configuration file doubled in size", "The policy change
// inadvertently blocked …" after "… was triggered by a policy change".
// After "this", "that", "these" or "those" the last of the next one to
// three words is enough; after "the" the next two or three must all be
// there (not "The team …").
func namesAgain(text, before string) bool {
	m := anaphoraLead.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	prev := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(before), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		prev[w] = true
	}
	var words []string
	for _, w := range strings.Fields(strings.ToLower(m[2])) {
		if functionWords[w] {
			break // "The problem was …": a name of one word is no name again
		}
		words = append(words, w)
	}
	demonstrative := strings.ToLower(m[1]) != "the"
	for k := 1; k <= len(words); k++ {
		if demonstrative && len(words[k-1]) > 3 && prev[words[k-1]] {
			return true
		}
		if !demonstrative && k >= 2 {
			all := true
			for _, w := range words[:k] {
				all = all && len(w) > 2 && prev[w]
			}
			if all {
				return true
			}
		}
	}
	return false
}

var functionWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "had": true, "have": true, "been": true, "be": true,
	"then": true, "also": true, "did": true, "does": true, "do": true, "will": true, "would": true, "can": true, "could": true, "of": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "and": true, "or": true}

var anaphoraLead = regexp.MustCompile(`^(?i)(this|that|these|those|the) ((?:[a-z-]+ ){0,2}[a-z-]+)\b`)

// laterPlan reports whether a paragraph's second sentence opens what was
// or will be done about the incident after a first sentence that names no
// section ("Upon disclosure, Acme banned the account. Technical remediation
// included …", "The review process was refreshed. Additionally, Acme is
// establishing a review team"): the first tells a step of the same
// response, so the paragraph is the remediation. A first sentence with a
// cue, or one that tells what users saw, keeps the paragraph where it was
// (the plan sentence alone is still found by remediationFromText).
func laterPlan(text string) bool {
	sents := firstSentences(text, 3) // (the third read at most)
	if len(sents) < 2 {
		return false
	}
	first, named := strings.TrimSpace(sents[0]), false
	for k := 1; k < len(sents) && k <= 2 && !named; k++ {
		// the second sentence, or the third after one more step of the
		// response ("They also implemented bypasses … Follow-up steps
		// include …")
		next := strings.TrimSpace(sents[k])
		named = laterLead.MatchString(next) || planEarly(next) && k == 1
	}
	if named && len(sents) > 2 && !laterLead.MatchString(strings.TrimSpace(sents[1])) && !planEarly(strings.TrimSpace(sents[1])) &&
		strings.Contains(asciiLower(first+" "+sents[1]), "contributing") {
		return false // "Another contributing factor was …": a factor, not a step of the response
	}
	if !named {
		return false
	}
	if sec, _ := cueScore(first); sec != "" {
		return false
	}
	return !usersSaw.MatchString(first) && !impactLead.MatchString(first) && !consequenceLead.MatchString(first) && clockCount(first) == 0
}

// causeAfterResponse reports whether a paragraph's cause cues all stand
// after the sentence that names the response ("… paged for recovery. The
// recovery process involved … This took over five hours due to the
// number of pairs."): the cause word tells why the response was slow, not
// why the outage happened.
func causeAfterResponse(text string) bool {
	for _, sent := range splitSentences(text) {
		sent = strings.TrimSpace(sent)
		if laterLead.MatchString(sent) {
			return true
		}
		if hasCue(sent, data.SectionCause) {
			return false
		}
	}
	return false
}

// laterLead opens a sentence that names the response as such ("Technical
// remediation included …", "Acme's response involved …", "The recovery
// process involved …"); "To restore service, …" after a sentence of what
// broke is not enough.
var laterLead = regexp.MustCompile(`^(?i:(?:further|additional|also|in addition),?\s*)?(?i:(?:(?:our|their|its|the|[\w.-]+(?:'s|’s)) )?(?:(?:immediate|initial|short-term|long-term|permanent|further|technical|additional|subsequent) )?(?:remediation|response|recovery(?: process)?|corrective actions?|follow-up (?:actions?|steps?)) (?:efforts? )?(?:involved|included|includes|include|consisted))\b|` +
	// "These include updating firmware across the fleet, …": a list of
	// what will be done, after a first sentence that announces it
	`^(?i:(?:these|they|this) (?:include|includes|included|involve|involves|involved|are|were) (?:` + doingVerbs + `))\b`)

// doingVerbs are the -ing forms a list of follow-up work opens with.
const doingVerbs = `updating|upgrading|enhancing|improving|adding|implementing|introducing|reviewing|strengthening|hardening|automating|building|developing|extending|expanding|auditing|reducing|increasing|refining|revising|deploying|migrating|establishing|requiring|enforcing|changing|creating|replacing|fixing|testing|documenting|monitoring|alerting`

// planEarly reports whether a paragraph's first words say what someone
// plans or is working on ("The company plans to …", "Acme is working on …",
// "Acme implemented additional security measures …").
func planEarly(text string) bool {
	return planned.MatchString(head(text, 60))
}

var planned = regexp.MustCompile(`^[^.!?。]{0,40}\b(?:plans to|aims to|intends to|is (?:also )?working on|are (?:also )?working on)\b|` +
	`^[A-Z][\w.-]*(?: [A-Z][\w.-]*)? (?:has |have )?(?:also |since )?(?:implemented|introduced|added|deployed|rolled out|put in place) (?:additional|new|further|several|stronger|stricter|extra|more) |` +
	`^(?:(?:In addition|Additionally|Also|Meanwhile),\s*)?[A-Z][\w.-]*(?: [A-Z][\w.-]*)? (?:is|are) (?:also |now |currently )?(?:adding|implementing|introducing|establishing|building|developing|deploying|rolling out|creating|strengthening|hardening|enhancing|improving|expanding|migrating|revising)\b|` +
	`^(?i:(?:in addition,\s*|additionally,\s*|also,\s*)?(?:we|the team|our (?:team|teams|engineers)|engineers)(?:\s+are|'re|\s+will|'ll|\s+have(?: since| now)?|'ve(?: since| now)?)(?:\s+also)?(?:\s+be)?\s+` + planVerbs + `\b)|` +
	`^(?:此外，?|同时，?)?(?:我们|团队|技术团队)(?:将|正在|已经|已)(?:着手|开始|全面)?(?:增加|新增|完善|优化|加强|改进|引入|建立|升级|扩容|梳理|排查|补充)|` +
	// a report's words of what the company says it has done or will do:
	// "Acme Rail said it had now added …", "澄江市大数据中心表示，下一步将…"
	`^(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|has said|announced|stated)(?: on \w+)?,? (?:that )?(?:it|they) (?:would|will|had|has|have|was|is|were|are)(?: now| since| also| be)* ` + planVerbs + `\b|` +
	`^[^，。,]{2,24}(?:表示|称|透露)[，,]?\s*(?:下一步|后续|今后|接下来|未来)(?:将|会|还将|计划)`)

// planVerbs are what a team says it is doing, will do or has done since,
// to keep an outage from happening again: "We are adding …", "We will
// implement …", "We have since introduced …".
const planVerbs = `(?:add|adding|added|implement|implementing|implemented|introduc(?:e|ing|ed)|improv(?:e|ing|ed)|enhanc(?:e|ing|ed)|strengthen(?:ing|ed)?|harden(?:ing|ed)?|automat(?:e|ing|ed)|build|building|built|develop(?:ing|ed)?|extend(?:ing|ed)?|expand(?:ing|ed)?|audit(?:ing|ed)?|reduc(?:e|ing|ed)|increas(?:e|ing|ed)|stagger(?:ing|ed)?|refin(?:e|ing|ed)|revis(?:e|ing|ed)|deploy(?:ing|ed)?|roll(?:ing)? out|rolled out|migrat(?:e|ing|ed)|put(?:ting)? in place|establish(?:ing|ed)?|requir(?:e|ing|ed)|enforc(?:e|ing|ed)|updat(?:e|ing|ed) our|chang(?:e|ing|ed) our|review(?:ing|ed)? our)`

// minPlainCues is the cue weight a paragraph of a write-up without headings
// needs to be placed in a section: two distinct cues, or one causal cue
// and more.
var minPlainCues = 2.0

// refineSections places the blocks no heading placed: a paragraph outside
// every section (after the opening) or one that closes a timeline goes
// where its cue words say; the list after a paragraph that ends in a colon
// follows that paragraph.
func refineSections(s *sectioned, isEvent []bool, placed []data.Section) {
	firstHeading := -1
	for i, b := range s.blocks {
		if b.kind == kindHeading {
			firstHeading = i
			break
		}
	}
	// a write-up without headings (news, status-page posts, RCAs in
	// plain paragraphs) has its opening as the lead and every later
	// paragraph placed by its cue words
	leadPara := -1
	if firstHeading < 0 {
		for i, b := range s.blocks {
			if b.kind == kindPara {
				leadPara = i
				break
			}
		}
	}
	inherit := data.Section("")
	seenEvent := false
	for i, b := range s.blocks {
		if b.kind == kindHeading {
			inherit = ""
			seenEvent = false
			continue
		}
		if isEvent[i] {
			seenEvent = true
			inherit = ""
			continue
		}
		sec := s.secs[i]
		if b.kind == kindItem && inherit != "" && (sec == "" || sec == data.SectionTimeline) {
			s.secs[i] = inherit
			continue
		}
		if b.kind != kindItem {
			inherit = ""
		}
		lead := i < firstHeading || firstHeading < 0 && i <= leadPara
		switch {
		case sec == "" && firstHeading < 0 && i > leadPara:
			// no heading placed it: only cues that say it plainly
			c, n := cueScore(b.text)
			switch {
			case causeLead.MatchString(b.text) && !symptomLead.MatchString(b.text):
				s.secs[i] = data.SectionCause // "The core issue was …"
			case impactLead.MatchString(b.text) || opensDownFor(b.text) || consequenceLead.MatchString(b.text) && hasCue(head(b.text, 200), data.SectionImpact):
				s.secs[i] = data.SectionImpact // "Customer impact included …", "This led to a peak error rate of 55% …"
			case stepsOpen(b.text):
				s.secs[i] = data.SectionRemediation // "Acme has taken several steps to prevent recurrence. The tool that caused the issue has been retired. …"
			case remediationLead.MatchString(b.text) && c != data.SectionCause:
				// "To mitigate the impact, Acme rerouted traffic, which
				// brought error rates down …": said first, what was done
				// outweighs the impact's words after it
				s.secs[i] = data.SectionRemediation
			case n >= minPlainCues:
				s.secs[i] = c
			case remediationLead.MatchString(b.text) || planEarly(b.text):
				s.secs[i] = data.SectionRemediation // "To prevent similar incidents, …"
			case lessonsLead.MatchString(b.text):
				s.secs[i] = data.SectionLessons // "The incident underscored the importance of …"
			case (c != data.SectionCause || causeAfterResponse(b.text)) && laterPlan(b.text):
				s.secs[i] = data.SectionRemediation // "Upon disclosure, Acme banned the account. Technical remediation included …"
			case (c == "" || c == data.SectionCause) && i > 0 && s.secs[i-1] == data.SectionCause && s.blocks[i-1].kind == kindPara &&
				causeLead.MatchString(s.blocks[i-1].text) && (causeGoesOn.MatchString(b.text) || namesAgain(b.text, s.blocks[i-1].text)):
				s.secs[i] = data.SectionCause // "The root cause was … ¶ Within this critical section, the handler …"
			}
		case sec == "" && !lead, sec == data.SectionTimeline && seenEvent && !midRun(s, placed, i):
			if c := cueSection(b.text); c != "" {
				s.secs[i] = c
			}
		}
		if t := strings.TrimSpace(b.text); strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
			inherit = s.secs[i]
		}
	}
}

// midRun reports whether block i is a list item under a timeline heading
// (placed: the sections headings and labels gave, before events claimed
// blocks) with another of the timeline's items after it: a step told in
// the middle of the account ("aptitude update 以及 dist-upgrade；升级过程中…
// 配置文件…") is the timeline's, whatever its words, where an item or
// paragraph that closes the run may say what the events came to. Dated
// items of a list of follow-ups ("We are adding … (Estimated completion:
// December 2026)") are no steps: their words still place them.
func midRun(s *sectioned, placed []data.Section, i int) bool {
	return placed[i] == data.SectionTimeline && s.blocks[i].kind == kindItem && i+1 < len(s.blocks) && s.blocks[i+1].kind == kindItem && s.secs[i+1] == data.SectionTimeline &&
		!planEarly(s.blocks[i].text)
}

// deriveSections fills the impact, cause and remediation of a write-up
// that has no such sections from the sentences of its summary that say so.
func deriveSections(in *data.Incident) {
	if in.Summary == "" {
		return
	}
	if in.Impact != "" && in.Cause != "" && in.Remediation != "" {
		in.Remediation = withMitigation(sentences(in.Summary), in.Remediation)
		return
	}
	var impact, cause, remediation []string
	sents := sentences(in.Summary)
	for k, sent := range sents {
		if announcesCause(sent) || apology.MatchString(sent) || articleMeta.MatchString(sent) {
			continue // a cause found, not told; an apology for what was caused; what the write-up will tell, not what happened
		}
		sec := cueSection(sent)
		if sec != data.SectionCause && causeLead.MatchString(strings.TrimSpace(sent)) {
			sec = data.SectionCause // "The underlying issue turned out to be that the table's key had run out." says what it was in words no cue weighs
		}
		if sec == data.SectionCause && remediationLead.MatchString(sent) {
			sec = "" // "Restoring write capacity required … because …" tells the fix, not the cause
		}
		if sec != data.SectionCause && namedDefect.MatchString(strings.ToLower(sent)) {
			sec = data.SectionCause // "…, so this was a latent bug in the code that had been present since 2021" names the defect outright
			if prev := strings.TrimSpace(sents[max(0, k-1)]); k > 0 && pointsBack.MatchString(sent) && (len(cause) == 0 || cause[len(cause)-1] != prev) {
				cause = append(cause, prev) // "… in a 16-bit field. This is a latent defect …": what "this" is, first
			}
		}
		if sec == "" && (faultTold.MatchString(asciiLower(sent)) || establishedThat.MatchString(asciiLower(sent))) {
			sec = data.SectionCause // "… a subset of front-end nodes reached their connection limits as traffic … arrived at three times its usual peak" tells what broke in words no cue weighs
		}
		if sec == data.SectionImpact && sparedOnly(sent) {
			sec = "" // "Customers in other regions were not impacted." tells who was spared
		} else if sec == "" && (usersSaw.MatchString(sent) || stoppedWorking.MatchString(sent) || brokenPreventing.MatchString(sent)) {
			sec = data.SectionImpact // "… a subset of customers … experienced intermittent connection failures", "Most add-ons stopped working …", "Updates were broken, preventing new data from being saved"
		}
		switch sec {
		case data.SectionImpact:
			impact = append(impact, sent)
		case data.SectionCause:
			cause = append(cause, sent)
		case data.SectionRemediation:
			remediation = append(remediation, sent)
		}
	}
	if in.Impact == "" && len(impact) == 0 {
		// no sentence says mostly what the outage did: the first that
		// says it beside its cause ("… caused the load balancers to drop
		// every instance")
		for _, sent := range sentences(in.Summary) {
			if hasCue(sent, data.SectionImpact) || madeFail.MatchString(sent) {
				impact = append(impact, sent)
				break
			}
		}
	}
	if in.Impact == "" {
		in.Impact = strings.Join(impact, " ")
	}
	if in.Cause == "" {
		in.Cause = strings.Join(cause, " ")
	}
	if in.Remediation == "" {
		in.Remediation = strings.Join(remediation, " ")
	} else {
		// beside a section of action items, the summary's sentences that
		// tell how it was mended ("For now, we solved the issue by
		// switching …", "… found the root cause and applied a quick fix,
		// by manually attaching …"), whatever section a cue gave them, as
		// when the other sections were all found
		in.Remediation = withMitigation(sentences(in.Summary), in.Remediation)
	}
}

// brokenPreventing tells that a part was broken and what it kept from
// happening: "Data updates from the loaders were broken, preventing new
// data from being saved".
var brokenPreventing = regexp.MustCompile(`(?i)\b(?:was|were) (?:broken|failing|down|unavailable|blocked|stuck)\b[^.;]{0,60}?,\s*(?:preventing|stopping|keeping) (?:[\w-]+ ){1,5}?from (?:being )?\w+`)

// stoppedWorking tells that what users rely on stopped or was put out of
// use, whoever the subject: "Most Firefox add-ons stopped working", "some
// nodes stopped shipping logs", "notes stopped syncing" (what it stopped
// doing for its users; not "the database stopped accepting writes", a
// part's failure that is the cause),
// "This disabled effectively all add-ons", "The outage took down most of
// the company's websites".
var stoppedWorking = regexp.MustCompile(`(?i)\bstopped (?:working|functioning|responding|loading|shipping|receiving|delivering|syncing)\b|\b(?:disabled|took down|knocked out|brought down) (?:effectively |nearly |almost |virtually )?(?:all|most|every|many)\b`)

// sparedOnly reports whether a sentence only tells who or what an outage
// did not touch: "Customers in other regions were not impacted.",
// "其他地域的用户未受影响。"
func sparedOnly(sent string) bool {
	l := asciiLower(sent)
	if !strings.Contains(l, "not ") && !strings.Contains(l, "unaffected") && !strings.Contains(sent, "未受") && !strings.Contains(sent, "不受") {
		return false
	}
	return spared.MatchString(l) && !strings.Contains(l, " but ") && !strings.Contains(l, "however") && !strings.Contains(sent, "但")
}

var spared = regexp.MustCompile(`^[^,;]{0,80}\b(?:(?:was|were|are|is) (?:not|un)(?:affected|impacted)|(?:was|were) not (?:affected|impacted)|remained unaffected|did not (?:affect|impact))\b[^,;]*$|^[^，；]{0,30}(?:未受|不受)(?:到)?影响[^，；]*$`)

// placePatterns name where an outage was or what came of it, not what
// set it off: a sentence that only names them tells no cause.
var placePatterns = []string{"database", "storage", "dns", "data-loss", "cascading-failure", "monitoring", "failover", "communication"}

// plainCauseSentence is the sentence of a summary that names what set an
// outage off in plain words, when no sentence says "caused by" or "root
// cause": the one with the most cue weight for a failure that starts
// outages (a change, a release, a person's act, a defect, a cut fibre, a
// power loss, an expired certificate, a resource run out) among those
// that tell neither what users saw nor what was done about it ("A fiber
// bundle carrying the links was cut by construction work"). It is ""
// when none weighs 1 or more.
func plainCauseSentence(sents []string) string {
	cuesOnce.Do(loadCues)
	best, bestW := "", 0.99
	scores := make([]float64, len(patternList))
	for _, sent := range sents {
		sent = strings.TrimSpace(sent)
		if utf8.RuneCountInString(sent) < 20 || announcesCause(sent) || apology.MatchString(sent) || articleMeta.MatchString(sent) ||
			doneAboutIt.MatchString(sent) || planEarly(sent) || resolvedCue.MatchString(sent) || repairUnderWay.MatchString(sent) {
			continue
		}
		sec := cueSection(sent)
		if sec == data.SectionRemediation || sec == data.SectionLessons {
			continue
		}
		// a sentence that tells what users saw counts only for what it
		// tells before it ("A bad config took down both sites", "A memory
		// leak in a library lead to the site being unavailable")
		told := sent
		if sec == data.SectionImpact || usersSaw.MatchString(sent) {
			told = ""
			if k := beforeConsequence(sent); k > 0 && !usersSaw.MatchString(sent[:k]) && !impactLead.MatchString(sent[:k]) && !outageSubject.MatchString(sent[:k]) {
				told = sent[:k]
			} else if k := zhLeadClauses(sent); k > 0 {
				told = sent[:k]
			}
		}
		if told == "" {
			continue
		}
		clear(scores)
		scoreText(scores, told, 1)
		w := 0.0
		for p, v := range scores {
			if !slices.Contains(placePatterns, patternList[p]) {
				w += v
			}
		}
		if w > bestW {
			best, bestW = sent, w
		}
	}
	if m := concession.FindStringIndex(best); m != nil {
		best = strings.TrimSpace(best[m[1]:]) // "Although there's no official postmortem, it looks like a bad BGP config …"
	}
	return best
}

// zhLeadClauses is where a Chinese sentence's first clause that tells
// what users saw starts, when clauses that tell none come before it: a
// sentence told cause first, its effects after ("第三方短信服务商机房网络
// 出现异常，短信发送接口大量超时，验证码无法下发。"); 0 when it opens on
// what users saw or is no such chain.
func zhLeadClauses(sent string) int {
	if strings.IndexFunc(sent, isHan) < 0 {
		return 0
	}
	at := 0
	for at < len(sent) {
		end := len(sent)
		if k := strings.Index(sent[at:], "，"); k >= 0 {
			end = at + k
		}
		clause := sent[at:end]
		if cueSection(clause) == data.SectionImpact || usersSaw.MatchString(clause) {
			return at // 0 when the first clause tells it
		}
		at = end + len("，")
	}
	return 0
}

// repairUnderWay is a sentence that tells of the work to bring the
// service back ("Riders told to board without paying as agency and vendor
// work to restore fare machines"): what is being done, no cause.
var repairUnderWay = regexp.MustCompile(`(?i)\bwork(?:s|ed|ing)? (?:to|on) (?:restore|restoring|fix|fixing|resolve|repair|recover|bring)\b|正在(?:抢修|修复|恢复|处理)`)

// causeWeight is the cue weight a text gives the patterns that set
// outages off (those of placePatterns, which tell where it broke, left
// out): plainCauseSentence takes a sentence that weighs 1 or more.
func causeWeight(text string) float64 {
	cuesOnce.Do(loadCues)
	scores := make([]float64, len(patternList))
	scoreText(scores, text, 1)
	w := 0.0
	for p, v := range scores {
		if !slices.Contains(placePatterns, patternList[p]) {
			w += v
		}
	}
	return w
}

// concession is a clause that opens a sentence with what does not bear on
// its claim: "Although there's no official postmortem, ".
var concession = regexp.MustCompile(`(?i)^(?:although|though|while|even though)\b[^,]{3,80},\s*`)

// beforeConsequence is where a sentence's consequence starts ("… took
// down …", "… lead to …"), 0 when it names none.
func beforeConsequence(sent string) int {
	lower := asciiLower(sent)
	k := firstConsequence(lower)
	if i := strings.Index(lower, " lead to "); i > 0 && (k < 0 || i < k) {
		k = i // "led" as often misspelt
	}
	return max(k, 0)
}

// withMitigation puts a summary's account of how the outage was ended
// ("resolved … by", "mitigated by", 通过…恢复) before a remediation section
// of follow-ups, unless that section has it already.
func withMitigation(sents []string, remediation string) string {
	var done []string
	for _, sent := range sents {
		if !strings.Contains(sent, "by") && !strings.Contains(sent, "通过") && !strings.Contains(sent, " problem") && !strings.Contains(sent, " issue") {
			continue // the cheap test first: most sentences have none
		}
		low := strings.ToLower(sent)
		sent = strings.TrimSpace(sent)
		if mitigatedBy.MatchString(low) && !negated.MatchString(low) && !byTheClock(low) && !strings.Contains(remediation, sent) {
			done = append(done, sent)
		}
	}
	if len(done) == 0 {
		return remediation
	}
	return strings.Join(done, " ") + "\n" + remediation
}

// byTheClock reports whether a sentence's "restored by" says by when,
// not how: "most services were restored by 2:30 p.m." is the timeline's.
func byTheClock(low string) bool {
	loc := mitigatedBy.FindStringIndex(low)
	return loc != nil && strings.HasSuffix(low[loc[0]:loc[1]], "by") && byWhen.MatchString(low[loc[1]:])
}

// byWhen is what follows a "by" that tells a time.
var byWhen = regexp.MustCompile(`^\s+(?:about |around |approximately |roughly )?(?:\d|noon|midnight|mid-?day|morning|evening|the (?:end|morning|afternoon|evening|next|following|time)|(?:early|late|mid)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|then\b|now\b|today|tonight|tomorrow)`)

// negated sentences say what could not be done ("could not be resolved
// by most resolvers"), not what was.
var negated = regexp.MustCompile(`\bnot\b|n't\b|\bunable\b|无法|未能|没能|不能`)

// mitigatedBy says how an outage was ended, as a summary tells it: "…
// resolved by …", "we solved the issue by switching …", "applied a quick
// fix, by manually attaching …", "通过…恢复", "We have now changed X,
// which … has fixed the problem".
var mitigatedBy = regexp.MustCompile(`(?:resolved|fixed|mitigated|restored|recovered|solved)\b[^.]{0,40}\bby\b|\b(?:a|an|the) (?:[\w-]+ )?(?:fix|workaround|mitigation),? by (?:\w+ly )?[\w-]+ing\b|\b(?:has|have) (?:now )?(?:fixed|resolved|solved) (?:the|this) (?:problem|issue)\b|通过.{1,30}(?:恢复|解决)`)

// reportedClaim is a Chinese sentence's lead that reports what someone
// said or what an investigation found: "星云直播当晚22时发布声明称，",
// "一位知情人士向记者表示，", "经排查，", "经核查，", "经复盘，".
// claimNamesIt is a Chinese sentence's lead by which someone names what it
// was: "Twitter 称这是一次“攻击”", "该公司表示此为一起硬件故障".
var claimNamesIt = regexp.MustCompile(`^[^，。：:“”"]{2,40}?(?:称|表示|认为)(?:这|此|其)(?:是|为)(?:一次|一起|一场)?`)

var reportedClaim = regexp.MustCompile(`^[^，。：:]{2,40}?(?:称|表示|指出|介绍|解释|回应|透露)[，：:]|^经(?:过)?(?:初步|紧急|技术团队|工程师)?(?:排查|调查|分析|核实|核查|复盘|定位|检查)(?:发现|确认|定位)?[，：:]`)

// reportedClaims is, of sentences, what those that report a statement
// say: the part after their lead.
func reportedClaims(sents []string) []string {
	var out []string
	for _, s := range sents {
		if !containsAnyRune(s, "，：:") {
			continue
		}
		if claimNamesIt.MatchString(s) {
			out = append(out, s) // "Twitter 称这是一次“攻击”": the naming is the claim, whole
			continue
		}
		if m := reportedClaim.FindStringIndex(s); m != nil {
			claim := s[m[1]:]
			if k := strings.Index(claim, "；"); k > 0 {
				claim = claim[:k] // what was found, not what was done next ("…随即掉电；柴油发电机启动后供电于10:26恢复")
			}
			out = append(out, claim)
		}
	}
	return out
}
