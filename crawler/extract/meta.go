package extract

import (
	"bytes"
	"net/mail"
	"net/url"
	"slices"
	"sync"
	"time"

	"fmt"
	"github.com/incidex/incidex/data"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isHan reports whether r is a Chinese character (unicode.Han): the runes
// before hanFrom are none and the common ones (U+4E00 to U+9FFF) all are,
// known without the table's search (TestIsHan checks).
func isHan(r rune) bool {
	switch {
	case r < hanFrom:
		return false
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// detectLang says zh when Chinese characters outweigh Latin letters three
// to one or better, counting a Chinese character as worth three letters.
func detectLang(s string) string {
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case isHan(r):
			han++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	if han*3 >= latin/2 && han > 0 {
		return "zh"
	}
	return "en"
}

var (
	// zhDate is a Chinese date, its day optional; the year may stand in
	// parentheses before the month ("（2013 年）10 月 2 日": the year a wiki
	// adds to a date written without one)
	zhDate = gateRegexp(regexp.MustCompile(`(20\d\d|19\d\d)\s*年\s*[）)]?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?`))
	isoDay = gateRegexp(regexp.MustCompile(`\b(20\d\d|19\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b`))
	enDate = gateRegexp(regexp.MustCompile(`\b([JFMASOND][a-z]{2,8}|[JFMASOND][A-Z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d\d|19\d\d)\b`))
	pubCue = gateRegexp(regexp.MustCompile(`(?i)(发布时间|发布日期|发表于|更新时间|日期|published|posted|updated|date)\s*[:：]?\s*`))
)

// normalizeDate reads a date as front matter or meta tags write it and
// returns YYYY-MM-DD, or "".
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if m := isoDay.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := zhDate.FindStringSubmatch(s); m != nil && m[3] != "" {
		return ymd(m[1], m[2], m[3])
	}
	if m := enDate.FindStringSubmatch(s); m != nil && monthOf(m[1]) > 0 {
		return ymd(m[3], fmt.Sprint(monthOf(m[1])), m[2])
	}
	if m := enDayFirst.FindStringSubmatch(s); m != nil && monthOf(m[2]) > 0 {
		return ymd(m[3], fmt.Sprint(monthOf(m[2])), m[1]) // "3 March 2025", "21st Sept. 2018"
	}
	return ""
}

// enDayFirst is an English date written day first: "3 March 2025",
// "21st Sept. 2018", "4 Mar, 2024".
var enDayFirst = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+([JFMASOND][a-z]{2,8}|[JFMASOND][A-Z]{2,8})\.?,?\s+(20\d\d|19\d\d)\b`)

func ymd(y, m, d string) string {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if mi < 1 || mi > 12 || di < 1 || di > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di)
}

// mailDate reads an e-mail's Date header ("Date: Wed, 4 Mar 2026
// 09:12:44 +0100", its label already read off as a section label or not)
// as a day; "" when line is none.
func mailDate(line string) string {
	v := strings.TrimSpace(strings.TrimPrefix(line, "Date:"))
	t, err := mail.ParseDate(v)
	if err != nil {
		// a mailing list archive's ctime form, "Mon Jan 19 13:05:22 GMT
		// 2026" (Mailman's pipermail), with its zone or without
		for _, layout := range []string{"Mon Jan _2 15:04:05 MST 2006", "Mon Jan _2 15:04:05 2006"} {
			if t, err = time.Parse(layout, v); err == nil {
				break
			}
		}
		if err != nil {
			return ""
		}
	}
	return t.Format("2006-01-02")
}

// bylineNote reports whether the rest of a line after its date is a
// byline's note: when it was updated, how long it takes to read, its
// comments ("· Updated 2 hours ago", "| 4 min read").
func bylineNote(rest string) bool {
	if utf8.RuneCountInString(rest) > 40 {
		return false
	}
	return containsAny(strings.ToLower(rest), bylineNoteWords)
}

// bylineNoteWords are the words of a byline's note.
var bylineNoteWords = []string{"updated", " read", " ago", "comment", "views", "更新", "阅读"}

// textPublished finds the write-up's date in its first lines: a line with a
// publication cue, or a line that is only a date.
func textPublished(lines []string) string {
	for i, l := range lines {
		if i > 12 {
			break
		}
		if utf8.RuneCountInString(l) > 80 && !byline.MatchString(l) {
			continue // a news byline may be long: "By …, Technology Reporter · Published 14 October 2026, 18:42 BST · Updated …"
		}
		if d := mailDate(l); d != "" {
			return d
		}
		if loc := pubCue.FindStringIndex(l); loc != nil {
			if cue := strings.ToLower(l[loc[0]:loc[1]]); strings.Contains(cue, "updated") || strings.Contains(cue, "更新") {
				if d := normalizeDate(l[:loc[0]]); d != "" {
					return d // "Mar 10, 2026, 4:48 PM PDT | Updated Mar 11, 2026": published first, updated after
				}
			}
			if d := normalizeDate(l[loc[1]:]); d != "" {
				return d
			}
		}
		if d := normalizeDate(l); d != "" && (len([]rune(l)) <= 40 || byline.MatchString(l)) {
			return d // a date alone, or a byline's ("By Jonah Lisle · March 12, 2026")
		}
		if seg := leadSegment(l); len(seg) < len(l) && utf8.RuneCountInString(seg) <= 40 && bylineNote(l[len(seg):]) {
			if d := normalizeDate(seg); d != "" {
				return d // a date before a byline's note ("March 4, 2026 6:15 PM UTC · Updated 2 hours ago"), not a table's row
			}
		}
	}
	return ""
}

var (
	// 持续了近8个小时, 中断 23 小时, 持续约20个小时, 长达 3 小时 20 分钟
	zhDuration = gateRegexp(regexp.MustCompile(`(?:持续|中断|宕机|停机|离线|瘫痪|停摆|掉线|断网|不可用|故障|影响|长达|历时|共计|累计)(?:时间|时长)?[了约为近达将超过大概逾\s|:：]{0,6}(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:个)?\s*(半)?\s*多?\s*(小时|钟头|分钟|天)(?:\s*(?:零)?\s*(\d+|[一二两三四五六七八九十]+)\s*分(?:钟)?)?`))
	// lasted about 90 minutes, for 47 minutes, outage of 3 hours
	enDuration = gateRegexp(regexp.MustCompile(`(?i)\b(?:lasted|lasting|for|of|duration(?: of)?:?|down for|outage of|approximately|about|roughly|nearly|over)\s+(?:about |approximately |roughly |up to |nearly |around |just over |just under |a little (?:over|under|more than|less than) |well over |under |more than |less than |close to |over |almost |~)?(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+and\s+a\s+half)?\s*(hours?|hrs?|minutes?|mins?|days?)\b(?:,?\s+(?:and\s+)?(\d+|[a-z]+(?:-[a-z]+)?)\s*(?:minutes?|mins?))?`))
)

var (
	// enDurationLabel is a duration stated as a field: "Time to resolve:
	// 20m", "Duration: 1h 30m", "Total downtime: 47 minutes".
	enDurationLabel = gateRegexp(regexp.MustCompile(`(?i)\b(?:time to (?:resolve|resolution|recover|recovery|restore)|outage duration|incident duration|total downtime|total outage(?: time)?|duration|how long)(?:\*\*|__)?\s*[:：|]\s*(?:\*\*|__)?(\d+(?:\.\d+)?)\s*(h|hrs?|hours?|m|mins?|minutes?|d|days?)\b((?:,?\s*(?:and\s+)?\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b)*)`))
	// durationPart is one number and unit of a compound length: the "1h"
	// and "29m" of "2d 1h 29m".
	durationPart = regexp.MustCompile(`(?i)(\d+)\s*(h|hrs?|hours?|m|mins?|minutes?)\b`)
	// enDurationHyphen is a duration before what lasted it: "a 47-minute
	// outage", "a 3 hour disruption".
	enDurationHyphen = gateRegexp(regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)[- ](minute|hour|min|hr|day)s?[- ](?:long\s+)?(?:outage|disruption|incident|downtime|interruption|service interruption|degradation)`))
)

// taskLength reports whether the length enDuration matched at loc is how
// long some task takes ("taking over an hour to replicate to 11 servers",
// "took about 20 minutes to compile"): the length is followed by "to" and a
// verb that is not one of bringing the service back ("took over an hour
// to restore service" is the outage's), and its lead is no "lasted" or
// "down for".
func taskLength(text string, loc []int) bool {
	rest := text[loc[1]:]
	if !strings.HasPrefix(rest, " to ") || lastedLead.MatchString(text[loc[0]:loc[2]]) {
		return false
	}
	verb, _, _ := strings.Cut(rest[len(" to "):], " ")
	verb = strings.ToLower(strings.TrimRight(verb, ".,;:"))
	if verb == "" || !isLower(verb) {
		return false
	}
	return !slices.Contains(serviceBackVerbs, verb)
}

// serviceBackVerbs are the verbs after "took N hours to" that tell the
// outage's own length: the service brought back, the fix finished.
var serviceBackVerbs = []string{"restore", "recover", "resolve", "fix", "mitigate", "bring", "get", "return", "come", "roll", "revert", "complete", "finish", "clear", "stabilize", "stabilise", "repair", "reestablish", "re-establish", "rebuild", "reboot", "restart", "fully", "be", "become"}

// isLower reports whether s is ASCII lower-case letters and hyphens only.
func isLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// lagNouns name how late something came or how long a request waited:
// a length "of" them ("delays of up to nine minutes", "latency of 5
// minutes") is that lag, not the outage's length.
var lagNouns = []string{"delay", "delays", "latency", "latencies", "lag", "lags", "backlog", "wait", "waits", "wait times", "timeout", "timeouts", "interval", "intervals", "ttl", "retention"}

// delayAmount reports whether the length matched at text[i:] is led by
// "of" after a noun of lag.
func delayAmount(text string, i int) bool {
	if !strings.HasPrefix(strings.ToLower(text[i:]), "of ") {
		return false
	}
	before := strings.ToLower(strings.TrimRight(text[:i], " "))
	for _, w := range lagNouns {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isLetterByte(before[len(before)-len(w)-1])) {
			return true
		}
	}
	return false
}

// amountOf reports whether what follows a length makes it an amount of
// something held or lost ("roughly 44 minutes of backlog to work
// through", "two hours of metrics"), not how long the outage lasted.
func amountOf(after string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(after), " of ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "queued "), "delayed ")
	for _, w := range amountNouns {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isLetterByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// amountNouns are what a length "of" measures when it tells an amount:
// data, work queued, a record kept.
var amountNouns = []string{"backlog", "data", "logs", "log data", "metrics", "events", "messages", "traffic", "records", "telemetry", "writes", "transactions", "footage", "video", "recordings", "history", "retention", "work", "lag"}

// lastedLead is a duration's lead that says how long something lasted:
// "lasted a day", "down for a day".
var lastedLead = regexp.MustCompile(`(?i)^(?:lasted|lasting|down for|outage of)\b`)

// unitMinutes is the minutes in one of a duration's units.
func unitMinutes(unit string) float64 {
	switch u := strings.ToLower(unit); {
	case strings.HasPrefix(u, "h"):
		return 60
	case strings.HasPrefix(u, "d"):
		return 24 * 60
	}
	return 1
}

// zhDurationBefore: "约 90 分钟内不可用", "3 小时的中断", "六个小时的停机",
// "超过十个小时的全国性停机".
var zhDurationBefore = gateRegexp(regexp.MustCompile(`(?:约|近|超过|长达|大约)?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:个)?\s*(半)?\s*(小时|分钟)(?:内|之久|左右|多)?\s*(?:的)?\s*(?:全国性|全球性|大规模|大面积|全面|服务|系统|网络)?(?:的)?\s*(?:不可用|中断|宕机|停机|无法|故障)`))

// zhRestoredAfter: "大约 50 分钟后服务恢复", "两个小时后全部恢复正常",
// "约 3 小时后才恢复访问", "约两个半小时后，平台各项功能全部恢复正常": the
// time after which the service came back.
var zhRestoredAfter = gateRegexp(regexp.MustCompile(`(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:个)?\s*(半)?\s*(小时|分钟)(?:左右|多)?\s*(?:之)?后[，,]?\s*(?:(?:服务|网站|系统|业务|访问|平台|功能|应用|产品|网络|客户端|页面|App|APP)[^，。；]{0,8}?)?(?:才|已|已经|全部|均|基本)?\s*(?:陆续|逐步|逐渐)?\s*(?:恢复|修复)`))

var zhNumerals = map[string]float64{"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}
var enNumerals = map[string]float64{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

func zhNumber(s string) float64 {
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v
	}
	if v, ok := zhNumerals[s]; ok {
		return v
	}
	// 十二, 二十, 二十三
	var total float64
	cur := 0.0
	for _, r := range s {
		v := zhNumerals[string(r)]
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			total += cur * 10
			cur = 0
			continue
		}
		cur = v
	}
	return total + cur
}

// zhMinutes is the minutes of a Chinese length as its expressions' groups
// hold it: the number (digits or 一二…), "半" when a half follows it, and
// the unit (小时, 钟头, 分钟 or 天).
func zhMinutes(num, half, unit string) float64 {
	v := zhNumber(num)
	if half != "" {
		v += 0.5
	}
	switch unit {
	case "小时", "钟头":
		v *= 60
	case "天":
		v *= 24 * 60
	}
	return v
}

// statedDuration finds an outage length the text states outright, in
// minutes; 0 when none.
// labelledLength reads the length a template's field states: "Time to
// resolve: 1h 20m", "Duration: 47 minutes", "Time to resolve | 85
// minutes" (a field table's row).
func labelledLength(text string) (int, bool) {
	return labelledLengthLowered(text, nil)
}

// labelledLengthLowered is labelledLength, text lowered by low where low's
// text is text (loweredText).
func labelledLengthLowered(text string, low *loweredText) (int, bool) {
	var m []string
	if lower := low.of(text); strings.Contains(lower, "duration") || strings.Contains(lower, "time to") || strings.Contains(lower, "downtime") || strings.Contains(lower, "total outage") || strings.Contains(lower, "how long") {
		m = enDurationLabel.FindStringSubmatch(text)
	}
	if m == nil {
		return 0, false
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	v *= unitMinutes(m[2])
	for _, p := range durationPart.FindAllStringSubmatch(m[3], 4) {
		extra, _ := strconv.ParseFloat(p[1], 64)
		v += extra * unitMinutes(p[2]) // "2d 1h 29m", "1h 20m"
	}
	return int(math.Round(v)), true
}

func statedDuration(text, lang string) int {
	return statedDurationLowered(text, lang, nil)
}

// fracHour is a length told as a fraction of an hour: "for about three
// quarters of an hour", "lasted half an hour"; fracMinutes its minutes.
var (
	fracHour    = regexp.MustCompile(`(?i)\b(?:for|lasted|lasting|about|approximately|roughly|nearly|around|almost|over)\s+(?:about |approximately |roughly |nearly |around |just over |just under |almost )?(three quarters|three-quarters|a quarter|half)(?: of)? an hour\b`)
	fracMinutes = map[string]int{"three quarters": 45, "three-quarters": 45, "a quarter": 15, "half": 30}
)

// validFor is the words before a length that make it how long a thing
// holds or is kept: "valid for", "cached for", "retained for".
var validFor = regexp.MustCompile(`(?i)\b(?:valid|good|kept|retained|cached|stored|held|live|alive|issued|signed|renewed|expires?|expired)(?: after| for| in)?\s*$`)

// statedDurationLowered is statedDuration, text lowered by low where
// low's text is text (loweredText).
func statedDurationLowered(text, lang string, low *loweredText) int {
	if cut, ok := withoutRecoveryParagraphs(text, low.of(text)); ok {
		text, low = cut, nil
	}
	text = unitWindowsLowered(text, lang, low)
	if lang == "zh" {
		if m := zhDurationBefore.FindStringSubmatch(text); m != nil && !zhDuration.MatchString(text) {
			return int(math.Round(zhMinutes(m[1], m[2], m[3])))
		}
		for _, loc := range zhDuration.FindAllStringSubmatchIndex(text, 8) {
			if genericClause(text, loc[0], loc[1]) || otherOutage(text, loc[0], loc[1]) {
				continue // "宕机一两个小时通常是件大事": what is usual, not what happened
			}
			m := submatches(text, loc)
			v := zhMinutes(m[1], m[2], m[3])
			if m[4] != "" {
				v += zhNumber(m[4]) // "3 小时 20 分钟", "两小时四十分钟"
			}
			return int(math.Round(v))
		}
		if loc := zhRestoredAfter.FindStringSubmatchIndex(text); loc != nil && !otherOutage(text, loc[0], loc[1]) {
			m := submatches(text, loc)
			// "大约 50 分钟后服务恢复": the length up to the restoring
			return int(math.Round(zhMinutes(m[1], m[2], m[3])))
		}
	}
	if v, ok := labelledLength(text); ok {
		return v
	}
	if m := enDurationHyphen.FindStringSubmatch(text); m != nil && !enDuration.MatchString(text) {
		// "a 47-minute outage", "a three-hour outage"
		v, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			v = float64(enWordNumber(m[1]))
		}
		return int(math.Round(v * unitMinutes(m[2])))
	}
	frac := fracHour.FindStringSubmatchIndex(text) // "for about three quarters of an hour"
	if frac != nil && (genericClause(text, frac[0], frac[1]) || otherOutage(text, frac[0], frac[1])) {
		frac = nil
	}
	for _, loc := range enDuration.FindAllStringSubmatchIndex(text, 8) {
		if frac != nil && frac[0] <= loc[0] {
			break // the fraction of an hour comes first, or is this match's "of an hour"
		}
		if genericClause(text, loc[0], loc[1]) || otherOutage(text, loc[0], loc[1]) {
			continue // "a failover usually takes about 30 seconds"
		}
		m := submatches(text, loc)
		if taskLength(text, loc) {
			continue // "a 4 GB index taking over an hour to replicate": how long a task takes, not the outage
		}
		if validFor.MatchString(text[max(0, loc[0]-24):loc[0]]) {
			continue // "signatures, which are valid for 21 days": how long a thing holds, not the outage
		}
		if delayAmount(text, loc[0]) || amountOf(text[loc[1]:]) {
			continue // "delays of up to nine minutes", "44 minutes of backlog": how late or how much, not how long it lasted
		}
		if n := strings.ToLower(m[1]); (n == "a" || n == "an") && strings.HasPrefix(strings.ToLower(m[2]), "d") && !lastedLead.MatchString(text[loc[0]:loc[2]]) {
			continue // "over a day of observations", "twice a day": no length told
		}
		v, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			v = enNumerals[strings.ToLower(m[1])]
		}
		if m[3] == "" && strings.HasPrefix(strings.ToLower(text[loc[1]:]), " and a half") || strings.Contains(strings.ToLower(text[loc[2]:loc[5]]), " and a half") {
			v += 0.5 // "an hour and a half", "two and a half hours"
		}
		unit := strings.ToLower(m[2])
		switch {
		case strings.HasPrefix(unit, "h"):
			v *= 60
		case strings.HasPrefix(unit, "d"):
			v *= 24 * 60
		}
		if m[3] != "" {
			extra, err := strconv.Atoi(m[3])
			if err != nil {
				extra = enWordNumber(m[3]) // "fifty-two minutes"
			}
			v += float64(extra)
		}
		return int(math.Round(v))
	}
	if frac != nil {
		return fracMinutes[strings.ToLower(text[frac[2]:frac[3]])]
	}
	if m := enDurationRange.FindStringSubmatch(text); m != nil {
		// "for an estimated time of 10-15 minutes", "lasted 2 to 3 hours":
		// the middle of the range
		lo, _ := strconv.ParseFloat(m[1], 64)
		hi, _ := strconv.ParseFloat(m[2], 64)
		if hi > lo {
			return int(math.Round((lo + hi) / 2 * unitMinutes(m[3])))
		}
	}
	if m := enDurationWindow.FindStringSubmatch(text); m != nil {
		// "was down during a 100-minute window", "a 47 minute period
		// during which nothing could merge": the last form read, as a
		// window is as often a maintenance's or a backup's
		n, unit := m[1], m[2]
		if n == "" {
			n, unit = m[3], m[4]
		}
		v, err := strconv.ParseFloat(n, 64)
		if err != nil {
			v = float64(enWordNumber(n))
		}
		return int(math.Round(v * unitMinutes(unit)))
	}
	return 0
}

// enDurationWindow is an outage's length told as the window or period it
// took: "during a 100-minute window", "for a two-hour period", "a 47
// minute period during which nothing could merge". Only "a" window that
// the outage filled: "the 45-minute window" of a planned maintenance, "a
// 5-minute window of data" lost or "an initial 5-minute period" of one
// phase are not the outage's length.
var enDurationWindow = gateRegexp(regexp.MustCompile(`(?i)\b(?:during|for) an? (\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)[- ](minute|hour|min|hr)s?[- ](?:long )?(?:window|period)\b|\ban? (\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)[- ](minute|hour|min|hr)s?[- ](?:long )?(?:window|period) (?:during which|in which|where|when)\b`))

// submatches are the texts of a match's groups (empty where a group took
// no part), from FindStringSubmatchIndex's pairs.
func submatches(text string, loc []int) []string {
	m := make([]string, len(loc)/2)
	for k := range m {
		if loc[2*k] >= 0 {
			m[k] = text[loc[2*k]:loc[2*k+1]]
		}
	}
	return m
}

// genericMarks are the words by which a clause tells what is usual or
// what would be, not what happened: a length in it is no incident's.
var genericMarks = []string{"通常", "一般", "往往", "常常", "平时", "usually", "typically", "normally", "generally", "often"}

// genericClause reports whether the clause around text[i:j] (bounded by
// sentence or clause punctuation, or a dash) tells what is usual ("热门平台
// 宕机一两个小时通常是件大事", "a regional failover usually takes about 30
// seconds, but …").
func genericClause(text string, i, j int) bool {
	clause := strings.ToLower(around(text, i, j, "，,;；。！？!?\n—"))
	for _, w := range genericMarks {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// otherOutageMarks are the words by which a sentence tells of another
// outage than the one written up: "另一次类似规模的停电发生在 2009 年，服务
// 保持离线近 6 个小时", "the previous outage lasted three hours".
var otherOutageMarks = []string{"另一次", "上一次", "上次", "前一次", "此前一次", "去年", "前年", "another outage", "another incident",
	"previous outage", "previous incident", "last outage", "last incident", "prior outage", "prior incident", "earlier outage", "last year"}

// otherOutage reports whether the sentence around text[i:j] tells of
// another outage than the one written up: a length in it is that one's.
func otherOutage(text string, i, j int) bool {
	return containsAny(strings.ToLower(around(text, i, j, "。！？!?\n")), otherOutageMarks)
}

// recoveryLeads open a paragraph about a setback while the service was
// being brought back: "During the recovery process, a technician brought a
// device back online with a bad configuration … for approximately 20
// minutes", "恢复过程中，…".
var recoveryLeads = []string{"during the recovery", "during recovery", "while recovering", "while we were recovering", "in the course of the recovery", "as part of the recovery", "恢复过程中", "在恢复过程中"}

// withoutRecoveryParagraphs is text without the paragraphs that open on
// a recovery lead, whose lengths are a setback's, not the outage's; ok
// reports whether any was left out (lower is text lowered, or "").
func withoutRecoveryParagraphs(text, lower string) (string, bool) {
	if !containsAny(lower, recoveryLeads) {
		return text, false
	}
	var b strings.Builder
	cut := false
	for para := range strings.SplitAfterSeq(text, "\n") {
		if recoveryLead(para) {
			cut = true
			b.WriteString("\n")
			continue
		}
		b.WriteString(para)
	}
	return b.String(), cut
}

// recoveryLead reports whether a paragraph opens on a recovery lead.
func recoveryLead(para string) bool {
	para = strings.TrimLeft(para, " \t#*>-")
	for _, lead := range recoveryLeads {
		if hasLowerPrefix(para, lead) {
			return true
		}
	}
	return false
}

// around is the stretch of text holding text[i:j], bounded by the runes
// of stops or by ". " on either side: the clause or sentence of a match.
func around(text string, i, j int, stops string) string {
	from := strings.LastIndexAny(text[:i], stops) + 1
	to := len(text)
	if k := strings.IndexAny(text[j:], stops); k >= 0 {
		to = j + k
	}
	if k := strings.LastIndex(text[:i], ". "); k >= 0 && k+2 > from {
		from = k + 2
	}
	if k := strings.Index(text[j:], ". "); k >= 0 && j+k < to {
		to = j + k
	}
	return text[from:to]
}

// enDurationRange is a length told as a range: "for 10-15 minutes", "an
// estimated time of 10 to 15 minutes", "lasted between 2 and 3 hours".
var enDurationRange = gateRegexp(regexp.MustCompile(`(?i)\b(?:lasted|lasting|for|of|down for|outage of)\s+(?:an? (?:estimated |total |approximate )?(?:time|period|duration) of\s+)?(?:about |approximately |roughly |around |between )?(\d+(?:\.\d+)?)\s*(?:-|–|to|and)\s*(\d+(?:\.\d+)?)\s*(hours?|hrs?|minutes?|mins?)\b`))

// enTens are the tens in words.
var enTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}

// enWordNumber reads a number under sixty written in words ("five",
// "fifteen", "fifty-two"); 0 when it is none.
func enWordNumber(s string) int {
	s = strings.ToLower(s)
	if v, ok := enNumerals[s]; ok && s != "a" && s != "an" {
		return int(v)
	}
	if v, ok := enTeens[s]; ok {
		return v
	}
	tens, unit, _ := strings.Cut(s, "-")
	t, ok := enTens[tens]
	if !ok {
		return 0
	}
	if unit == "" {
		return t
	}
	if u, ok := enNumerals[unit]; ok && u < 10 && unit != "a" && unit != "an" {
		return t + int(u)
	}
	return 0
}

// enTeens are eleven to nineteen in words.
var enTeens = map[string]int{"eleven": 11, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}

// findSeverity returns a severity as written (P0, SEV-1, SEV1), or "".
// P0-P4 count in the title, or before 级/事故/故障/incident/outage; SEV and
// Severity followed by a digit count anywhere.
func findSeverity(title, text string) string {
	return findSeverityLowered(title, text, nil)
}

// findSeverityLowered is findSeverity, text lowered by low where low's
// text is what it reads of text (text of 8000 bytes at most).
func findSeverityLowered(title, text string, low *loweredText) string {
	for k, s := range []string{title, head(text, 8000)} {
		var lower string // strings.ToLower's text, faster on Chinese
		if k == 1 {
			lower = low.of(s)
		} else {
			lower = lowerText(s)
		}
		for i := 0; i+1 < len(lower); i++ {
			if i > 0 && isLetterOrDigit(lower[i-1]) {
				continue
			}
			switch {
			case lower[i] == 'p' && lower[i+1] >= '0' && lower[i+1] <= '4' && (i+2 == len(lower) || !isLetterOrDigit(lower[i+2])):
				after := strings.TrimLeft(lower[i+2:], " ")
				if k == 0 || strings.HasPrefix(after, "级") || strings.HasPrefix(after, "事故") || strings.HasPrefix(after, "故障") ||
					strings.HasPrefix(after, "incident") || strings.HasPrefix(after, "outage") {
					return "P" + lower[i+1:i+2]
				}
			case strings.HasPrefix(lower[i:], "sev"):
				rest := lower[i+3:]
				rest = strings.TrimPrefix(rest, "erity")
				sep := ""
				if rest != "" && (rest[0] == '-' || rest[0] == ' ') {
					sep, rest = "-", rest[1:]
				}
				if rest != "" && rest[0] >= '0' && rest[0] <= '4' && (len(rest) == 1 || !isLetterOrDigit(rest[1])) {
					return "SEV" + sep + rest[:1]
				}
			}
		}
	}
	return ""
}

func isLetterOrDigit(b byte) bool { return isLetterByte(b) || isDigitByte(b) }

var (
	zhOrgLine = regexp.MustCompile(`^([\p{Han}A-Za-z0-9（）()]{2,30}(?:有限公司|股份公司|集团|公司|团队|运维中心|技术部|银行))$`)
	// zhSender is a Chinese e-mail's sender line: "发件人：通云科技 <notice@…>"
	zhSender = gateRegexp(regexp.MustCompile(`^(?:发件人|寄件人)\s*[:：]\s*"?([^<＜"]{2,30}?)"?\s*[<＜]`))
	// zhSenderRole ends a sender's name that is a company's desk: "… 客户服务中心"
	zhSenderRole = regexp.MustCompile(`\s*(?:客户服务中心|客服中心|客服|运维中心|运维团队|技术支持|服务通知|通知|公告)$`)
	// zhCompanyName ends a company's name: "通云科技", "松岩网络", "境源云"
	zhCompanyName = regexp.MustCompile(`^[\p{Han}A-Za-z0-9]{2,16}(?:科技|网络|信息|数据|云计算|计算|云|有限公司|股份公司|公司|集团|团队)$`)
	zhOrgFrom     = gateRegexp(regexp.MustCompile(`来源[:：]\s*([\p{Han}A-Za-z0-9]{2,20}?)(?:运维中心|技术团队|团队|官方|\s|$)`))
)

// findOrg names the organisation that had the incident from the lines
// of a write-up, where a line says so outright.
func findOrg(lines []string) string {
	for i, l := range lines {
		if i > 15 {
			break
		}
		if m := zhOrgLine.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			return m[1]
		}
		if m := zhOrgFrom.FindStringSubmatch(l); m != nil && !paperByline(l, m[0]) {
			return m[1]
		}
	}
	return ""
}

// reportFor is a status page's line that names whose page it is under
// the incident's name: "Incident Report for Tosside Voice", the
// description's "Vexley's Incident Report for <the incident>", the
// Chinese "事件报告 · 云景".
var reportFor = gateRegexp(regexp.MustCompile(`^(?:(?:Incident Report for ([^\s].{0,40}?))|(?:(\S.{0,40}?)['’]s Incident Report for .*)|(?:事件报告\s*[·・|｜]\s*(\S{1,16})))\s*$`))

// reportForOrg is the organisation a status page's reportFor line names,
// or "": a name of four words at most, each capitalised (an incident's
// title after the words, "Incident Report for Degraded performance for
// …", names nobody).
func reportForOrg(line string) string {
	m := reportFor.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return ""
	}
	if m[3] != "" {
		if strings.ContainsAny(m[3], ":：") {
			return "" // a field beside the words: "事件报告 · 影响程度：严重"
		}
		return m[3]
	}
	name := strings.TrimSuffix(strings.TrimSpace(m[1]+m[2]), " Status")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "&" {
			return ""
		}
	}
	if notReporter.MatchString(name) {
		return "" // a report's own title: "Incident Report for March 3 Outage", "… for Q3 2025"
	}
	return name
}

// notReporter is a word that names an incident or a time, never whose
// status page it is.
var notReporter = regexp.MustCompile(`(?i)\b(?:outages?|incidents?|disruptions?|degrad\w*|issues?|errors?|failures?|downtime|events?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|\d{4}|\d+(?:st|nd|rd|th)?)\b`)

// rawReportOrg is the organisation a status page's reportFor line names,
// read from the page's body as it came (the line is furniture, left out
// of the text): "Incident Report for <a …>Vexley</a>", "Vexley's
// Incident Report for …" in its description, "事件报告 · 云景". "" when
// the body names none.
func rawReportOrg(raw []byte) string {
	for _, mark := range []string{"Incident Report for ", "事件报告"} {
		off := 0
		for n := 0; n < 4; n++ {
			i := bytes.Index(raw[off:], []byte(mark))
			if i < 0 {
				break
			}
			i += off
			off = i + len(mark)
			// the line it stands on: back to the tag, quote or line
			// break before, on to the one after (tags inside dropped)
			from := i
			for from > 0 && i-from < 80 && !strings.ContainsRune("\n>\"", rune(raw[from-1])) {
				from--
			}
			to := min(len(raw), off+300)
			line := htmlTag.ReplaceAllString(string(raw[from:to]), "")
			if k := strings.IndexAny(line, "\n\"<"); k >= 0 {
				line = line[:k]
			}
			if o := reportForOrg(line); o != "" {
				return o
			}
		}
	}
	return ""
}

// statusSiteOrg is the company a status site's name names ("Carnforth
// Mail Status", "Halsall Status Page", "云景状态页"), or "": the words
// before "Status", four at most, each capitalised, none a word of the
// kind of page ("System Status", "Current Status").
func statusSiteOrg(name string) string {
	name = strings.TrimSpace(name)
	for _, suf := range []string{"状态页", "状态"} {
		if org, ok := strings.CutSuffix(name, suf); ok && org != "" && utf8.RuneCountInString(org) <= 12 && !strings.ContainsAny(org, " ：:") {
			if zhStatusKind.MatchString(org) {
				return "" // "服务状态", "当前状态", "服务健康状态": the kind of page
			}
			return org
		}
	}
	org, ok := strings.CutSuffix(name, " Status")
	if !ok {
		org, ok = strings.CutSuffix(name, " Status Page")
	}
	words := strings.Fields(org)
	if !ok || len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) || statusKindWords[strings.ToLower(w)] {
			return ""
		}
	}
	return org
}

// statusMasthead is a status page's first line naming its company, then
// the kind of page after a dash or a dot: "Varkala Payments — System
// Status", "Brindle · Status".
var statusMasthead = regexp.MustCompile(`^(\S.{1,40}?)\s+[—–|·-]\s+(?:(?:System|Service|Platform)\s+)?Status(?:\s+Page)?$`)

// rawStatusOrg is the company a status page's masthead names on one of
// the first three lines of the body (a page saved as text keeps it as
// no text of its own), or "".
func rawStatusOrg(raw []byte) string {
	head := raw[:min(len(raw), 600)]
	if !bytes.Contains(head, []byte("tatus")) {
		return ""
	}
	n := 0
	for _, l := range strings.SplitN(string(head), "\n", 8) {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if n++; n > 3 {
			break
		}
		if m := statusMasthead.FindStringSubmatch(l); m != nil {
			return statusSiteOrg(m[1] + " Status")
		}
		if m := namedStatus.FindStringSubmatch(l); n == 1 && m != nil {
			return statusSiteOrg(m[1] + " Status") // "Fairford Code Status" heading the page saved as text
		}
	}
	return ""
}

// namedStatus is a status site's name on its line, in capitals, perhaps
// with its history's and the site's names after it: "Fairford Code
// Status", "Northleach Telehealth status", "Thrumwell Status - Incident
// History", "Mosswright Cloud status history | Mosswright Cloud".
var namedStatus = regexp.MustCompile(`^([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s[Ss]tatus(?:\s+[Hh]istory|\s+[-–—|·]\s+(?:[Ii]ncident\s+)?[Hh]istory)?(?:\s+[|·]\s+\S.{0,40})?$`)

// zhStatusKind is the end of the words before 状态 that name a kind of
// status page, not whose it is.
var zhStatusKind = regexp.MustCompile(`(?:服务|健康|系统|平台|运行|当前|实时|产品|业务|网络|整体|全局)$`)

// statusKindWords name a kind of status page, not whose it is.
var statusKindWords = map[string]bool{"system": true, "systems": true, "service": true, "services": true, "current": true, "platform": true, "network": true, "incident": true, "page": true, "all": true, "operational": true, "overall": true}

// rawSenderOrg is the company that mailed a notice, read from the sender
// line of the headers it opens with (the headers are read as no text):
// "发件人：通云科技 <notice@…>" names it, and a department's "From: IT
// Services Service Desk <it-servicedesk@westmarch.ac.example>" its
// address's domain does (deskOrg). "" when a person sent it.
func rawSenderOrg(raw []byte, text string) string {
	head := raw[:min(len(raw), 1200)]
	for i, l := range strings.SplitN(string(head), "\n", 12) {
		if i == 11 {
			break
		}
		l = strings.TrimSpace(l)
		if m := zhSender.FindStringSubmatch(l); m != nil {
			if name := zhSenderRole.ReplaceAllString(strings.TrimSpace(m[1]), ""); zhCompanyName.MatchString(name) && utf8.RuneCountInString(name) >= 3 {
				return name
			}
			return ""
		}
		if name, value, ok := strings.Cut(l, ":"); ok && strings.EqualFold(name, "from") {
			return deskOrg(value, text)
		}
	}
	return ""
}

// writtenAs is word as the text writes it capitalised ("Tidewater" of
// "tidewater"), or "" when the text never does.
func writtenAs(text, word string) string {
	for _, w := range latinWord.FindAllString(text, 400) {
		if strings.EqualFold(w, word) && unicode.IsUpper(rune(w[0])) {
			return w
		}
	}
	return ""
}

// repoHead is a code host's page naming the repository it belongs to:
// its <title>'s "· tidewater-io/relay · GitHub", or the header a copy of
// the page opens with, "moorby / moorby-cli  Public".
var repoHead = regexp.MustCompile(`· ([A-Za-z0-9][\w.-]{0,38})/[\w.-]{1,100} · (?:GitHub|GitLab|Gitee|Codeberg)\b|(?m)^\s*([A-Za-z0-9][\w.-]{0,38}) / [\w.-]{1,100}\s+(?:Public|Private|Internal)\b`)

// codeHosts are the sites that host other projects' repositories and
// their issues, lower-cased.
var codeHosts = map[string]bool{"github": true, "gitlab": true, "gitee": true, "codeberg": true}

// platformSites are the sites that publish others' posts, lower-cased:
// their site name (og:site_name) names the platform, not whose post it is.
var platformSites = map[string]bool{"微信公众平台": true, "微信公众号": true, "知乎": true, "知乎专栏": true, "稀土掘金": true, "掘金": true,
	"csdn": true, "博客园": true, "简书": true, "segmentfault": true, "segmentfault 思否": true, "medium": true, "substack": true,
	"dev community": true, "linkedin": true, "hacker news": true, "blogger": true, "wordpress.com": true, "ghost": true, "hashnode": true}

// chatApps are the chat applications whose name heads a channel's export
// ("Microsoft Teams" over "Harewood Engineering > INC-0418 …"), lower-cased:
// the export is its team's, not the app maker's.
var chatApps = map[string]bool{"slack": true, "microsoft teams": true, "teams": true, "discord": true, "mattermost": true, "zulip": true, "rocket.chat": true}

// rawRepoOrg is the owner of the repository a code host's issue or
// discussion page belongs to, or "": the project's, not the host's (a
// thread on GitHub is its project's postmortem, not GitHub's). The
// owner's name is written as the text capitalises it ("tidewater-io" is
// "Tidewater" in "Tidewater Relay"), else as it is.
func rawRepoOrg(raw []byte, text string) string {
	m := repoHead.FindSubmatch(raw[:min(len(raw), 4000)])
	if m == nil {
		return ""
	}
	owner := string(m[1]) + string(m[2])
	stem, _, _ := strings.Cut(owner, "-")
	if w := writtenAs(text, stem); w != "" && w != stem {
		return w
	}
	return owner
}

// deskOrg is the company whose department a sender's From names ("IT
// Services Service Desk <it-servicedesk@westmarch.ac.example>"): the
// department names no company, its address's domain does, written as the
// text capitalises it ("Westmarch"). "" when the sender is a person, or a
// company's desk that names the company (senderOrg's, read where the
// headers are read).
func deskOrg(from, text string) string {
	org := senderOrg(from)
	at := strings.IndexByte(from, '@')
	if org == "" || !departmentOnly(org) || at < 0 {
		return ""
	}
	label, _, _ := strings.Cut(from[at+1:], ".")
	if len(label) < 3 {
		return ""
	}
	return writtenAs(text, label)
}

// departmentOnly reports whether a sender's name names a department and
// no company: "IT Services", "Customer Support", "Network Operations".
func departmentOnly(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !departmentWords[w] {
			return false
		}
	}
	return true
}

var departmentWords = map[string]bool{"it": true, "services": true, "service": true, "support": true, "customer": true, "operations": true,
	"ops": true, "network": true, "engineering": true, "infrastructure": true, "platform": true, "team": true, "desk": true,
	"helpdesk": true, "technology": true, "systems": true, "digital": true, "information": true, "computing": true, "&": true, "and": true}

// paperByline reports whether a "来源：" line is a paper's byline, whose
// source is the paper that reports the incident, not who had it: the
// line also names the writer or editor ("来源：数智观察  作者：林晓舟",
// "来源：科创日报　编辑：林晓雯"), and the source is not named a team.
func paperByline(line, from string) bool {
	if strings.Contains(from, "团队") || strings.Contains(from, "运维中心") || strings.Contains(from, "官方") {
		return false
	}
	return strings.Contains(line, "作者") || strings.Contains(line, "记者") || strings.Contains(line, "编辑") || strings.Contains(line, "责编")
}

// reportedBy reports whether the opening lines hold a paper's byline
// ("来源：数智观察  作者：林晓舟"): the page is a news report.
func reportedBy(lines []string) bool {
	for i, l := range lines {
		if i > 15 {
			break
		}
		if m := zhOrgFrom.FindStringSubmatch(l); m != nil && paperByline(l, m[0]) {
			return true
		}
	}
	return false
}

// zhTitleLead is the name a Chinese news title opens with, the subject
// of its report ("澄江政务云光缆被挖断 …" → 澄江, "快讯｜星衡云对象存储
// 华南区域中断 …" → 星衡云): the longest run of the title's first Han
// characters (2 to 8, after a column's tag) that the text names at least
// three times.
func zhTitleLead(title, text string) string {
	if i := indexAnyRune(title, "｜|"); i >= 0 && utf8.RuneCountInString(title[:i]) <= 6 {
		title = strings.TrimSpace(title[i+len(string([]rune(title[i:])[0])):])
	}
	var lead []rune
	for _, r := range title {
		if !isHan(r) || len(lead) == 8 {
			break
		}
		lead = append(lead, r)
	}
	for n := len(lead); n >= 2; n-- {
		name := string(lead[:n])
		if notLead[string(lead[:2])] {
			return ""
		}
		if strings.Count(text, name) >= 3 {
			return name
		}
	}
	return ""
}

// notLead are a title's first words that name no one.
var notLead = map[string]bool{"关于": true, "昨晚": true, "昨日": true, "今天": true, "今日": true, "突发": true, "重磅": true, "快讯": true, "多地": true, "全国": true, "多家": true, "网友": true, "用户": true}

type knownOrg struct {
	name    string
	aliases []string
}

var (
	orgsOnce  sync.Once
	knownOrgs []knownOrg
)

func loadOrgs() {
	for _, line := range strings.Split(data.KnownOrgs, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		names := strings.Split(line, "|")
		knownOrgs = append(knownOrgs, knownOrg{name: names[0], aliases: names})
	}
}

// countName counts whole-word occurrences of an English name, or substring
// occurrences of a Chinese one.
func countName(text, name string) int {
	if strings.IndexFunc(name, isHan) >= 0 {
		return strings.Count(text, name)
	}
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return n
		}
		at := i + j
		end := at + len(name)
		if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) && !toolUse(text[:at], text[end:]) {
			n++
		}
		i = end
	}
}

// toolUse reports whether a name, between before and after, is a tool the
// writers used rather than whom the write-up is about: "reported on
// Slack", "a Slack thread", "paged via PagerDuty".
func toolUse(before, after string) bool {
	return toolBefore.MatchString(before[max(0, len(before)-12):]) || toolAfter.MatchString(after[:min(len(after), 24)])
}

var (
	toolBefore = regexp.MustCompile(`(?i)\b(?:on|in|via|through|using|over)\s+(?:the\s+)?$`)
	toolAfter  = regexp.MustCompile(`(?i)^\s+(?:thread|threads|channel|channels|message|messages|chat|huddle|call|bridge|ticket|tickets|notification|notifications|alert|alerts|workspace)\b`)
)

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-'
}

// knownOrgIn names the known organisation a write-up is about: the one
// its title names (byTitle), else one its opening names at least four
// times and twice as often as any other (postmortems mention the tools and
// vendors they use, too).
func knownOrgIn(title, text string) (org string, byTitle bool) {
	orgsOnce.Do(loadOrgs)
	text = head(text, 6000)
	// the words of the title and text, so that a name whose first word
	// neither has is not looked for (most of the few hundred are not)
	words := map[string]bool{}
	addOrgWords(words, title)
	addOrgWords(words, text)
	// the common Chinese characters of both, so that a Chinese name whose
	// first character neither holds is not counted (a text is read once,
	// not once for each of the names)
	var han hanRunes
	han.add(title)
	han.add(text)
	best, bestScore, second := "", 0, 0
	for _, o := range knownOrgs {
		score := 0
		for _, a := range o.aliases {
			if first, _, _ := strings.Cut(a, " "); strings.IndexFunc(first, isHan) < 0 && !words[first] && !words[strings.TrimRight(first, ".")] {
				continue // an English name is matched whole: its first word must be among the text's
			}
			if r, _ := utf8.DecodeRuneInString(a); !han.may(r) {
				continue // neither holds the name's first character
			}
			score += 100*countName(title, a) + countName(text, a)
		}
		if score > bestScore {
			best, bestScore, second = o.name, score, bestScore
		} else if score > second {
			second = score
		}
	}
	if bestScore >= 100 {
		return best, true
	}
	if bestScore >= 4 && bestScore >= 2*second {
		return best, false
	}
	if bestScore >= 2 && second == 0 && ownName(text, best) {
		return best, false // the only one named, twice, by the write-up's own voice
	}
	return "", false
}

// addOrgWords puts in words the words of src a name's first word is
// looked up among: the runs of ASCII letters, digits and "_-.&'", trimmed
// of the dots they end with. It is strings.FieldsFunc's split, read in
// place (every rune beyond ASCII parts words, so bytes are read), without
// the slice of a few thousand words it made.
func addOrgWords(words map[string]bool, src string) {
	for i := 0; i < len(src); {
		if !orgWordByte(src[i]) {
			i++
			continue
		}
		start := i
		for i < len(src) && orgWordByte(src[i]) {
			i++
		}
		words[strings.TrimRight(src[start:i], ".")] = true
	}
}

// orgWordByte reports whether c is a byte of addOrgWords' words.
func orgWordByte(c byte) bool {
	return c < utf8.RuneSelf && (isWordByte(c) || c == '.' || c == '&' || c == '\'')
}

// hanRunes is the set of the common Chinese characters (U+4E00 to
// U+9FFF) a text holds.
type hanRunes [(hanRunesTo - hanRunesFrom) / 64]uint64

const hanRunesFrom, hanRunesTo = 0x4E00, 0xA000

// add puts the common Chinese characters of s in the set. Their UTF-8
// forms start with the bytes 0xE4 to 0xE9, which no other rune's form
// holds: only there is a rune read.
func (h *hanRunes) add(s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0xE4 || c > 0xE9 {
			continue
		}
		if r, size := utf8.DecodeRuneInString(s[i:]); r >= hanRunesFrom && r < hanRunesTo {
			h[(r-hanRunesFrom)/64] |= 1 << ((r - hanRunesFrom) % 64)
			i += size - 1
		}
	}
}

// may reports whether r can be in the texts added: it is in the set, or
// it is no common Chinese character (the set does not know).
func (h *hanRunes) may(r rune) bool {
	if r < hanRunesFrom || r >= hanRunesTo {
		return true
	}
	return h[(r-hanRunesFrom)/64]&(1<<((r-hanRunesFrom)%64)) != 0
}

// hostOrg names the known organisation whose name is a label of the
// write-up's source address ("blog.cloudflare.com" → Cloudflare,
// "aws.amazon.com" → Amazon), when the text names it at least twice: a
// company's own blog, whose post names the vendors it uses more often than
// itself. Sites that host anyone's writing name no one.
func hostOrg(rawURL, text string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	for _, h := range hostingSites {
		if host == h || strings.HasSuffix(host, "."+h) {
			return ""
		}
	}
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return ""
	}
	labels = labels[:len(labels)-1] // the top-level domain names no one
	orgsOnce.Do(loadOrgs)
	for _, o := range knownOrgs {
		for _, a := range o.aliases {
			key := strings.NewReplacer(" ", "", "-", "", ".", "").Replace(strings.ToLower(a))
			if len(key) < 3 || !slices.Contains(labels, key) {
				continue
			}
			n := 0
			for _, b := range o.aliases {
				n += countName(text, b)
			}
			if n >= 2 {
				return o.name
			}
		}
	}
	return ""
}

// hostingSites publish anyone's writing: their names are not the author's.
var hostingSites = []string{"github.com", "githubusercontent.com", "github.io", "gitlab.com", "gitlab.io", "medium.com", "archive.org", "substack.com",
	"blogspot.com", "wordpress.com", "docs.google.com", "sites.google.com", "notion.site", "dev.to", "linkedin.com", "twitter.com", "x.com",
	"youtube.com", "ycombinator.com", "reddit.com", "facebook.com", "hashnode.dev", "zhihu.com", "csdn.net", "juejin.cn", "cnblogs.com",
	"segmentfault.com", "jianshu.com", "weixin.qq.com", "bilibili.com", "weibo.com", "infoq.cn", "infoq.com", "oschina.net", "51cto.com"}

// firstPerson finds the words a company uses of itself.
var firstPerson = regexp.MustCompile(`我们|我司|本公司|\b(?:we|our|We|Our)\b`)

// ownName reports whether a sentence of text names the organisation (by
// any of its names) in the first person: "我们先来介绍一下 LeanCloud 聊天服务",
// "our Acme dashboard".
func ownName(text, name string) bool {
	var aliases []string
	for _, o := range knownOrgs {
		if o.name == name {
			aliases = o.aliases
		}
	}
	for _, sent := range sentences(text) {
		if !firstPerson.MatchString(sent) {
			continue
		}
		for _, a := range aliases {
			if countName(sent, a) > 0 {
				return true
			}
		}
	}
	return false
}

// notOrg are capitalised words a title holds that name no organisation:
// articles and the like, a write-up's own words, days and months, the
// trade's acronyms and tools, and the words of a cloud's products and
// regions ("Object Storage", "Managed Kafka", "North Europe").
var notOrg = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An We Our This That These Those It In On At For From To Of And Or But If When While After Before During Since Until All Some Most Many No Not
		Incident Outage Postmortem Post-mortem Summary Impact Timeline Root Cause Resolution Lessons Action Items Update Status Report Review Time Date Day
		Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December
		API DNS TLS SSL HTTP HTTPS UTC GMT PST PDT EST CPU RAM IP URL ID PR CI CD PM AM SRE SLA SLO US EU UK JSON SQL VM VPC EKS ECS RDS S3 EC2 ELB ALB NLB IAM DB OS
		Kubernetes Redis MySQL PostgreSQL Postgres Linux Nginx Terraform Zookeeper Kafka Prometheus Traefik Ingress IngressRoute Helm Cassandra Elasticsearch Memcached Varnish BGP NTP
		Set Service Services Cluster Node Nodes Team Users Customers Engineers Production Staging Platform Cloud Network Database Server Servers
		Storage Object Block Blob Managed Load Balancer Balancing Compute Networking Virtual Machines Container Containers Registry Queue Queues Gateway
		Backup Backups Identity Functions Databases Region Regions Zone Zones Availability Europe Asia Pacific America East West North South Central
		Post RCA PIR RFO Disk Disks`) {
		notOrg[w] = true
	}
}

var capWord = regexp.MustCompile(`\b[A-Z][A-Za-z]*[a-z][A-Za-z]*(?:\.(?:com|io|net|org|dev|app))?\b|\b[A-Z]{2,6}\b`)

// titleOrg names an organisation by the capitalised names of the title that
// the text repeats at least three times.
func titleOrg(title, text string) string {
	best, bestN := "", 0
	for _, w := range capWord.FindAllString(title, -1) {
		name := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, ".com"), ".io"), ".net"), ".org")
		if notOrg[name] {
			continue
		}
		if n := countName(text, name); n >= 3 && n > bestN && !commonWord(text, name, n) {
			best, bestN = name, n
		}
	}
	return best
}

// commonWord reports whether a capitalised word, found n times as written,
// is a common word of the text, not a name: the text writes it in lower
// case as often ("Checkout was failing … the checkout service").
func commonWord(text, name string, n int) bool {
	lower := strings.ToLower(name)
	if lower == name {
		return false
	}
	return countName(text, lower) >= n
}

// monthOf reads an English month name or its abbreviation; 0 if it is none.
func monthOf(name string) int {
	n := strings.ToLower(name)
	if len(n) < 3 {
		return 0
	}
	m, ok := monthByName[n[:3]]
	if !ok {
		return 0
	}
	full := []string{"", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}[m]
	if len(n) > 3 && !strings.HasPrefix(full, n) && n != "sept" {
		return 0
	}
	return int(m)
}

// unitWindows keeps only the stretches of text around words of time
// ("minutes", "小时"), where a stated duration can be: the duration
// patterns are costly to run over a whole write-up.
func unitWindows(text, lang string) string {
	return unitWindowsLowered(text, lang, nil)
}

// unitWindowsLowered is unitWindows, text lowered by low where low's text
// is text (loweredText).
func unitWindowsLowered(text, lang string, low *loweredText) string {
	units := []string{"minute", "hour", "hrs", " day", "min", "duration", "time to", "downtime"}
	if lang == "zh" {
		units = []string{"小时", "分钟", "钟头", "天"}
	}
	lower := low.of(text) // strings.ToLower's text, faster on Chinese
	if len(lower) != len(text) {
		// lowering changed the length ("İ" lowers to three bytes, a byte
		// that is no UTF-8 to three): the offsets below are text's, so
		// only ASCII is lowered, as every unit is ASCII or Chinese
		lower = asciiLower(text)
	}
	var b strings.Builder
	last := 0
	// next[k] is where units[k] next occurs at or after i (-1: nowhere
	// more), found again only once i has passed it
	next := make([]int, len(units))
	for k := range next {
		next[k] = -2
	}
	for i := 0; i < len(lower); {
		at, unit := -1, ""
		for k, u := range units {
			if next[k] == -2 || next[k] >= 0 && next[k] < i {
				next[k] = -1
				if j := strings.Index(lower[i:], u); j >= 0 {
					next[k] = i + j
				}
			}
			if next[k] >= 0 && (at < 0 || next[k] < at) {
				at, unit = next[k], u
			}
		}
		if at < 0 {
			break
		}
		from, to := max(last, at-90), min(len(text), at+len(unit)+40)
		for from > 0 && !utf8.RuneStart(text[from]) {
			from--
		}
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
		if nl := strings.IndexByte(text[to:], '\n'); nl >= 0 && nl <= 40 {
			to += nl // the rest of a short line: "… resolve: 2d 1h 29m" is not cut after "1h"
		} else if nl < 0 && len(text)-to <= 40 {
			to = len(text)
		}
		if from < last {
			from = last
		}
		b.WriteString(text[from:to])
		b.WriteString("\n")
		last = to
		i = to
	}
	return b.String()
}

// brandTail is what a site's name carries after the company's: "Acme
// Status", "Acme Engineering", "北辰云 状态".
var brandTail = gateRegexp(regexp.MustCompile(`(?i)\s*(?:[-–|·]\s*)?(?:status(?: page| history)?|service health(?: dashboard)?|health dashboard|engineering(?: blog)?|blog|logo|home(?:page)?|状态(?:页)?|官网)$`))

// brandName is the company a site's logo or masthead names, or "" when
// it names none: "Quokka Payments Status" is Quokka Payments.
func brandName(alt string) string {
	t := cleanSpace(alt)
	for i := 0; i < 2; i++ {
		t = strings.TrimSpace(brandTail.ReplaceAllString(t, ""))
	}
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 40 || strings.ContainsAny(t, ".:!?/()[]{}<>\"") || len(strings.Fields(t)) > 4 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) && !isHan(r) {
		return "" // "logo", "avatar"
	}
	return t
}
