package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zone names must resolve on a machine without a zone database
)

// A time expression at the start of a line. Each pattern is anchored at
// the start; leading numbering and bullets are removed before matching.
var (
	// reISO, reZhMD, reEnMD, reMonthYear and reClock are read by hand
	// (stampforms.go: the same answers in far fewer steps): here they say
	// what those read, and the tests of stampforms_test.go ask both
	reISO  = regexp.MustCompile(`^(\d{4})\s*(?:[-/.]|年\s*[）)]?)\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?` + zhWeekday + `(?:\s*(` + zhDayPartAlt + `))?` + `(?:(?:\s*T|\s*,?\s*)(\d{1,2})\s*[:：时点]\s*(\d{1,2})?(?:\s*[:：]\s*(\d{2}))?\s*分?)?`)
	reZhMD = regexp.MustCompile(`^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]` + zhWeekday + `(?:\s*(` + zhDayPartAlt + `))?` + `(?:\s*,?\s*(\d{1,2})\s*[:：时点]\s*(\d{1,2})?(?:\s*[:：]\s*(\d{2}))?\s*分?)?`)
	// a date and its clock may be parted by a status page's middle dot
	// or dash: "Dec 2, 2025 · 10:40 AM GMT", "Nov 16, 2026 – 15:22 CET"
	reEnMD = regexp.MustCompile(`(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?` + `(?:,?\s*(?:at\s+|[-–—·•]\s+)?(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?)?`)
	reEnDM = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})` + `(?:,?\s*(?:at\s+|[·•]\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?`)
	// a day and month without a year ("13 May", "14 May 00:38"): the
	// month's name whole or cut short, nothing more ("2 marketing" is
	// no date)
	reEnDMNoYear = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?` + `(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?`)
	// a month and day written with a hyphen or slash, then a clock time:
	// "01-22 09:58" (a timeline table's first cell), "[03-26 17:40]"
	reMDClock = regexp.MustCompile(`^(\d{1,2})[-/](\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?`)
	// a date written day first with dots, as in much of Europe, then a
	// clock time: "20.05.2025 22:14"
	reDMYDots = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?:,?\s*(?:um\s+|at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?`)
	// a date written with slashes and a four-digit year, then maybe a
	// clock time: "18/03/2025 06:47" (day first, as in Britain), "07/14/2025
	// 3:20 PM" (month first, as in the US); read only where one of its
	// first two numbers is over 12 and so tells which is the day
	reDMYSlash = regexp.MustCompile(`(?i)^(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?` + clockHrs + `)?`)
	// Jira's date, day first with the month's short name and a year of
	// two digits (four in some exports), then maybe a clock: "04/Feb/26
	// 9:31 AM", "18/Nov/2026 15:20"
	// (and with hyphens, as carriers' RFOs and Oracle's logs write it:
	// "04-Aug-2026 02:17 UTC", "18-NOV-26 15:20")
	reJiraDate = regexp.MustCompile(`(?i)^(\d{1,2})[/-](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](\d{4}|\d{2})\b(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?`)
	// the same written with hyphens, as carriers in India and Britain
	// write it: "14-08-2025 11:25 hrs IST" (read as the slash form is)
	reDMYHyphen = regexp.MustCompile(`(?i)^(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?` + clockHrs + `)?`)
	// a month's name before a year: "September 2025" names no day
	reMonthYear = regexp.MustCompile(`(?i)^[a-z]+\.?,?\s+\d{3}`)
	reClock     = regexp.MustCompile(`(?i)^(?:(` + zhDayPartAlt + `)\s*)?` + `(\d{1,2})(?:\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?\s*([ap]\.?m\.?|in the (?:morning|afternoon|evening))?|\.(\d{2})\s*([ap]\.?m\b\.?)|\s*[时点]\s*(?:(\d{1,2})\s*分?|半)?|\s*([ap]\.?m\.?))`)
	// a clock of four digits with no colon after an ISO date ("2025-01-14
	// 1600"), read only where nothing but a zone or the line's end follows
	reMilitary = regexp.MustCompile(`^\s*([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs?|h)\b)?(?:$|\s*[)\],;]|\s+(?:UTC|GMT|Z)\b)`)
	// a clock of four digits after a date in words ("05 MAR 2025 2214Z",
	// "14 Aug 2025 1125 hrs"), read only where a Z, a zone or "hrs" marks
	// it: the first group is what the clock takes, the zone left to read
	reMilitaryZ = regexp.MustCompile(`^(\s+([01]\d|2[0-3])([0-5]\d)(?:\s*hrs?\b)?)(?:Z\b|\s+(?:UTC|GMT)\b|\s*hrs?\b)`)
	// a zone named between a date and its clock: "，UTC 时间 2:55 PM",
	// ", UTC time 14:55", "（北京时间）", " UTC 时间的 03:14"
	reZoneThenClock = regexp.MustCompile(`^\s*[,，]?\s*[（(]?\s*(UTC|GMT|北京时间)\s*(?:时间的?|[Tt]ime)?\s*[）)]?\s*`)
	reZone          = regexp.MustCompile(`^\s*[(（]?\s*(` + zoneAlt + `|Z)\s*[)）]?`)
	reOffs          = regexp.MustCompile(`^\s*(\+)(\d{2}):?(\d{2})\b`) // "-01:00" is more often a range end
)

// clockHrs is "hrs" after a clock ("11:25 hrs"), as telecom notices
// write it: part of the stamp, so the zone after it is still read.
const clockHrs = `(?:\s*hrs?\b)?`

// zhWeekday is a weekday written between a Chinese date and its clock
// ("2020 年 5 月 30 日星期六早上 4 点", "3 月 5 日（周二）上午 10 时"): it is
// part of the stamp, so the clock after it still belongs to the date.
const zhWeekday = `(?:\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]?)?`

// zoneAlt matches the ways write-ups name a zone: an offset ("UTC+8",
// "GMT+08:00"), an IANA name ("US/Pacific", "America/Los_Angeles"), a
// name in words ("Pacific Time"), an abbreviation ("PDT"), 北京时间.
const zoneAlt = `(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|US/[A-Z][a-z]+|(?:America|Europe|Asia|Australia|Africa|Pacific|Atlantic|Etc)/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?|(?:Central|Eastern|Western) European(?:\s(?:Standard|Summer))?\s[Tt]ime|Australian (?:Eastern|Central|Western)(?:\s(?:Standard|Daylight|Summer))?\s[Tt]ime|New Zealand(?:\s(?:Standard|Daylight))?\s[Tt]ime|(?:British Summer|Greenwich Mean|(?:India|China|Japan|Korea) Standard)\s[Tt]ime|(?:Pacific|Eastern|Central|Mountain)(?:\s(?:Standard|Daylight))?\s[Tt]ime|Beijing [Tt]ime|(?:San Francisco|Seattle|Los Angeles|New York|Chicago|Denver|Toronto|Vancouver|London|Dublin|Paris|Berlin|Amsterdam|Tokyo|Singapore|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Wellington|Shanghai|Hong Kong) [Tt]ime|Coordinated Universal Time|UTC|GMT|PST|PDT|EST|EDT|CST|CDT|MST|MDT|CET|CEST|BST|IST|JST|KST|SGT|HKT|AEST|AEDT|WEST|WET|EEST|EET|MSK|AWST|ACST|ACDT|NZST|NZDT|HST|AKST|AKDT|BRT|SAST|EAT|WAT|GST|PKT|ICT|WIB|PHT|MYT|PT|ET|MT|CT|北京时间`

// offsetZone reads "UTC+8", "GMT+08:00", "UTC-0530".
var offsetZone = regexp.MustCompile(`^(?:UTC|GMT)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?$`)

// namedZones are the zones named in words, by their IANA names.
var namedZones = map[string]string{"PT": "America/Los_Angeles", "PACIFIC": "America/Los_Angeles", "ET": "America/New_York", "EASTERN": "America/New_York",
	"CENTRAL": "America/Chicago", "MOUNTAIN": "America/Denver",
	// US press releases' "11:40 p.m. MT", "4:55 a.m. CT"
	"MT": "America/Denver", "CT": "America/Chicago",
	// a city's time ("San Francisco time")
	"SAN FRANCISCO": "America/Los_Angeles", "SEATTLE": "America/Los_Angeles", "NEW YORK": "America/New_York", "CHICAGO": "America/Chicago",
	"LONDON": "Europe/London", "DUBLIN": "Europe/Dublin", "PARIS": "Europe/Paris", "BERLIN": "Europe/Berlin", "AMSTERDAM": "Europe/Amsterdam",
	"TOKYO": "Asia/Tokyo", "SINGAPORE": "Asia/Singapore", "SYDNEY": "Australia/Sydney", "SHANGHAI": "Asia/Shanghai", "HONG KONG": "Asia/Hong_Kong",
	"LOS ANGELES": "America/Los_Angeles", "DENVER": "America/Denver", "TORONTO": "America/Toronto", "VANCOUVER": "America/Vancouver",
	"MELBOURNE": "Australia/Melbourne", "BRISBANE": "Australia/Brisbane", "PERTH": "Australia/Perth", "ADELAIDE": "Australia/Adelaide",
	"AUCKLAND": "Pacific/Auckland", "WELLINGTON": "Pacific/Auckland",
	// Europe's and Asia's zones in words ("Central European Summer Time",
	// "British Summer Time", "India Standard Time"): the wall clock of a
	// city that keeps them
	"CENTRAL EUROPEAN": "Europe/Berlin", "EASTERN EUROPEAN": "Europe/Helsinki", "WESTERN EUROPEAN": "Europe/Lisbon", "BRITISH": "Europe/London",
	"AUSTRALIAN EASTERN": "Australia/Sydney", "AUSTRALIAN CENTRAL": "Australia/Adelaide", "AUSTRALIAN WESTERN": "Australia/Perth",
	"NEW ZEALAND":    "Pacific/Auckland",
	"GREENWICH MEAN": "Etc/UTC", "INDIA": "Asia/Kolkata", "CHINA": "Asia/Shanghai", "JAPAN": "Asia/Tokyo", "KOREA": "Asia/Seoul"}

var (
	ianaMu    sync.Mutex
	ianaCache = map[string]*time.Location{}
)

// ianaZone loads an IANA zone once.
func ianaZone(name string) *time.Location {
	ianaMu.Lock()
	defer ianaMu.Unlock()
	if loc, ok := ianaCache[name]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = nil
	}
	ianaCache[name] = loc
	return loc
}

var monthByName = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// zoneOffsets are the zone abbreviations write-ups use, in seconds east of
// UTC. CST means China Standard Time in a Chinese write-up and US Central
// in an English one; see zoneFor.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "PST": -8 * 3600, "PDT": -7 * 3600, "EST": -5 * 3600, "EDT": -4 * 3600,
	"CDT": -5 * 3600, "MST": -7 * 3600, "MDT": -6 * 3600, "CET": 3600, "CEST": 2 * 3600, "BST": 3600,
	"IST": 5*3600 + 1800, "JST": 9 * 3600, "KST": 9 * 3600, "SGT": 8 * 3600, "HKT": 8 * 3600,
	"AEST": 10 * 3600, "AEDT": 11 * 3600, "北京时间": 8 * 3600,
	"WET": 0, "WEST": 3600, "EET": 2 * 3600, "EEST": 3 * 3600, "MSK": 3 * 3600, "AWST": 8 * 3600,
	"ACST": 9*3600 + 1800, "ACDT": 10*3600 + 1800, "NZST": 12 * 3600, "NZDT": 13 * 3600,
	"HST": -10 * 3600, "AKST": -9 * 3600, "AKDT": -8 * 3600,
	"BRT": -3 * 3600, "SAST": 2 * 3600, "EAT": 3 * 3600, "WAT": 3600, "GST": 4 * 3600, "PKT": 5 * 3600,
	"ICT": 7 * 3600, "WIB": 7 * 3600, "PHT": 8 * 3600, "MYT": 8 * 3600,
}

func zoneFor(name string, lang string) *time.Location {
	name = strings.TrimSpace(name)
	if strings.Contains(name, "/") {
		return ianaZone(name)
	}
	name = strings.ReplaceAll(strings.ToUpper(name), "−", "-") // (a minus sign written as one: "UTC−05:00")
	if m := offsetZone.FindStringSubmatch(name); m != nil {
		off := atoi(m[2])*3600 + max0(atoi(m[3]))*60
		if m[1] == "-" {
			off = -off
		}
		if off > 14*3600 || off < -12*3600 {
			return nil
		}
		if off == 0 {
			return time.UTC
		}
		return time.FixedZone(strings.ReplaceAll(name, " ", ""), off)
	}
	if name == "COORDINATED UNIVERSAL TIME" {
		return time.UTC
	}
	if strings.HasPrefix(name, "BEIJING") {
		return time.FixedZone("CST", 8*3600)
	}
	// a zone in words is named by what comes before "time" ("Pacific
	// Standard Time", "New York time")
	if before, _, ok := strings.Cut(name, " TIME"); ok {
		before = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(before, " STANDARD"), " DAYLIGHT"), " SUMMER")
		if iana, ok := namedZones[before]; ok {
			return ianaZone(iana)
		}
	}
	if iana, ok := namedZones[name]; ok {
		return ianaZone(iana) // "PT", "ET", "Eastern" alone after a clock (zoneAfter)
	}
	if name == "CST" {
		if lang == "zh" {
			return time.FixedZone("CST", 8*3600)
		}
		return time.FixedZone("CST", -6*3600)
	}
	if off, ok := zoneOffsets[name]; ok {
		if off == 0 {
			return time.UTC
		}
		return time.FixedZone(name, off)
	}
	return nil
}

// stamp is a parsed time expression. Fields not written are -1.
type stamp struct {
	year, month, day int
	hour, min, sec   int
	loc              *time.Location
	text             string // as written
	// endDay: the day is the one written after the range the time
	// starts ("between 3:47 PM and 11:21 PM CET on October 17")
	endDay bool
}

func (s stamp) hasDate() bool  { return s.month > 0 && s.day > 0 }
func (s stamp) hasClock() bool { return s.hour >= 0 }

func atoi(s string) int {
	if s == "" {
		return -1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// adjustHour applies a Chinese period word or an am/pm marker to an hour.
func adjustHour(h int, period string) int {
	p := strings.ToLower(strings.ReplaceAll(period, ".", ""))
	switch p {
	case "下午", "傍晚", "晚上", "晚间", "晚", "夜间", "深夜", "夜里", "pm", "in the afternoon", "in the evening":
		if h >= 1 && h < 12 {
			return h + 12
		}
	case "中午":
		if h >= 1 && h < 6 {
			return h + 12
		}
	case "am", "凌晨", "in the morning":
		if h == 12 {
			return 0
		}
	}
	return h
}

// parseStamp reads a time expression at the start of s. It returns the
// stamp and the length of s it used, or ok false.
func parseStamp(s, lang string) (st stamp, n int, ok bool) {
	st = stamp{year: -1, month: -1, day: -1, hour: -1, min: -1, sec: -1}
	if !mayStartStamp(s) {
		return st, 0, false
	}
	// only the forms that can start with s's first byte are tried, each
	// once: a digit starts every form but the English month-day one, a
	// letter only that one, anything else only a clock after a period word
	var m []string
	digit, letter := s[0] >= '0' && s[0] <= '9', s[0] < 0x80 && s[0] >= 'A'
	// the digits s starts with and the byte after them tell which of the
	// forms can match (stampGates): most numbers are none of them
	k := 0
	for k < len(s) && isDigitByte(s[k]) {
		k++
	}
	var g stampGates
	if digit {
		g = gatesFor(k, s[k:])
	}
	submatch := func(re *regexp.Regexp) bool {
		m = re.FindStringSubmatch(s)
		return m != nil
	}
	// reISO, reZhMD, reEnMD, reMonthYear and reClock read by hand
	// (stampforms.go): the same answers in far fewer steps
	found := func(sm []string) bool {
		m = sm
		return m != nil
	}
	switch {
	case g.iso && found(matchISO(s)):
		st.year, st.month, st.day = atoi(m[1]), atoi(m[2]), atoi(m[3])
		if m[5] != "" {
			st.hour, st.min, st.sec = adjustHour(atoi(m[5]), m[4]), max0(atoi(m[6])), max0(atoi(m[7]))
		} else if z := reZoneThenClock.FindStringSubmatch(s[len(m[0]):]); z != nil && m[4] == "" {
			// "2024 年 1 月 26 日，UTC 时间 2:55 PM": the zone named
			// before the clock
			if c, cn, ok := parseStamp(s[len(m[0])+len(z[0]):], lang); ok && !c.hasDate() && c.hasClock() && c.loc == nil {
				if loc := zoneFor(z[1], lang); loc != nil {
					st.hour, st.min, st.sec, st.loc = c.hour, c.min, c.sec, loc
					st.text = strings.TrimSpace(s[:len(m[0])+len(z[0])+cn])
					return st, len(m[0]) + len(z[0]) + cn, true
				}
			}
		} else if c := reMilitary.FindStringSubmatch(s[len(m[0]):]); c != nil && m[4] == "" && (c[0][0] == ' ' || strings.HasSuffix(m[0], " ")) {
			// "Repaired: 2025-01-14 1600": a clock of four digits
			// after the date, at the end or before a zone
			st.hour, st.min, st.sec = atoi(c[1]), atoi(c[2]), 0
			m[0] += c[0]
		} else if h, mi, cn := dottedClock(s[len(m[0]):]); cn > 0 && m[4] == "" && (s[len(m[0])] == ' ' || strings.HasSuffix(m[0], " ")) {
			// "Incident declared 2022-03-10 11.50": a clock written
			// with a dot, as British and European write-ups do
			st.hour, st.min, st.sec = h, mi, 0
			m[0] += s[len(m[0]) : len(m[0])+cn]
		}
	case g.zhMD && found(matchZhMD(s)):
		st.month, st.day = atoi(m[1]), atoi(m[2])
		if m[4] != "" {
			st.hour, st.min, st.sec = adjustHour(atoi(m[4]), m[3]), max0(atoi(m[5])), max0(atoi(m[6]))
		}
	case letter && enMDStart(s) && !monthYearAt(s) && found(matchEnMD(s)):
		st.month, st.day, st.year = int(monthByName[strings.ToLower(m[1])]), atoi(m[2]), atoi(m[3])
		if m[4] != "" && (m[5] != "" || m[7] != "") {
			st.hour, st.min, st.sec = adjustHour(atoi(m[4]), m[7]), max0(atoi(m[5])), max0(atoi(m[6]))
		}
	case g.enDM && submatch(reEnDM):
		st.day, st.month, st.year = atoi(m[1]), int(monthByName[strings.ToLower(m[2])]), atoi(m[3])
		if m[4] != "" {
			st.hour, st.min, st.sec = adjustHour(atoi(m[4]), m[7]), max0(atoi(m[5])), max0(atoi(m[6]))
		} else if c := reMilitaryZ.FindStringSubmatch(s[len(m[0]):]); c != nil {
			// "05 MAR 2025 2214Z": a carrier's military clock after
			// the date; its zone is left to be read after it
			st.hour, st.min, st.sec = atoi(c[2]), atoi(c[3]), 0
			m[0] += c[1]
		} else if h, mi, cn := dottedMeridiem(s[len(m[0]):]); cn > 0 {
			// "Friday 24 April 2026, 5.10pm": a British byline's clock
			// written with a dot, after a comma or "at"
			st.hour, st.min, st.sec = h, mi, 0
			m[0] += s[len(m[0]) : len(m[0])+cn]
		}
	case g.enDM && submatch(reEnDMNoYear):
		st.day, st.month = atoi(m[1]), int(monthByName[strings.ToLower(m[2][:3])])
		if m[3] != "" {
			st.hour, st.min, st.sec = adjustHour(atoi(m[3]), m[6]), max0(atoi(m[4])), max0(atoi(m[5]))
		} else if h, mi, cn := dottedMeridiem(s[len(m[0]):]); cn > 0 {
			// "12 November, 6.30pm": the clock written with a dot, as
			// with a year
			st.hour, st.min, st.sec = h, mi, 0
			m[0] += s[len(m[0]) : len(m[0])+cn]
		}
	case g.dots && submatch(reDMYDots):
		st.day, st.month, st.year = atoi(m[1]), atoi(m[2]), atoi(m[3])
		if m[4] != "" {
			st.hour, st.min, st.sec = atoi(m[4]), atoi(m[5]), max0(atoi(m[6]))
		}
	case g.mdClock && len(s) > k+1 && isLetterByte(s[k+1]) && submatch(reJiraDate):
		st.day, st.month, st.year = atoi(m[1]), int(monthByName[strings.ToLower(m[2])]), atoi(m[3])
		if st.year < 100 {
			st.year += 2000
		}
		if m[4] != "" {
			st.hour, st.min, st.sec = adjustHour(atoi(m[4]), m[7]), atoi(m[5]), max0(atoi(m[6]))
		}
	case g.mdClock && (strings.HasPrefix(s[k:], "/") && submatch(reDMYSlash) || strings.HasPrefix(s[k:], "-") && submatch(reDMYHyphen) && hyphenStampWhole(m, s[len(m[0]):])) && slashOrder(m, s[len(m[0]):]) != 0:
		st.day, st.month, st.year = atoi(m[1]), atoi(m[2]), atoi(m[3])
		if slashOrder(m, s[len(m[0]):]) < 0 {
			st.day, st.month = st.month, st.day
		}
		if m[4] != "" {
			st.hour, st.min, st.sec = adjustHour(atoi(m[4]), m[7]), atoi(m[5]), max0(atoi(m[6]))
		}
	case g.mdClock && submatch(reMDClock):
		st.month, st.day = atoi(m[1]), atoi(m[2])
		st.hour, st.min, st.sec = atoi(m[3]), atoi(m[4]), max0(atoi(m[5]))
	case !letter && (!digit || g.clock) && found(matchClock(s)):
		h := atoi(m[2])
		switch {
		case m[3] != "":
			st.hour, st.min, st.sec = adjustHour(h, m[5]), atoi(m[3]), max0(atoi(m[4]))
			if m[5] == "" {
				st.hour = adjustHour(st.hour, m[1])
			}
			// the day after the clock: "21:40 13 May", "00:38 14 May 2025"
			rest := s[len(m[0]):]
			if rest != "" && rest[0] >= '0' && rest[0] <= '9' && len(m[0]) > 0 && m[0][len(m[0])-1] == ' ' {
				if d := reEnDM.FindStringSubmatch(rest); d != nil && d[4] == "" {
					st.day, st.month, st.year = atoi(d[1]), int(monthByName[strings.ToLower(d[2])]), atoi(d[3])
					m[0] += d[0]
				} else if d := reEnDMNoYear.FindStringSubmatch(rest); d != nil && d[3] == "" {
					st.day, st.month = atoi(d[1]), int(monthByName[strings.ToLower(d[2][:3])])
					m[0] += d[0]
				}
			}
		case m[6] != "": // "6.40am": a clock with a dot, read only with its am or pm
			st.hour, st.min, st.sec = adjustHour(h, m[7]), atoi(m[6]), 0
		case m[9] != "":
			st.hour, st.min, st.sec = adjustHour(h, m[9]), 0, 0
		default: // 14时10分, 14点
			if m[8] == "" && strings.HasSuffix(strings.TrimRight(m[0], " "), "时") && (strings.HasPrefix(s[len(m[0]):], "间") || strings.HasPrefix(s[len(m[0]):], "区")) {
				// "UTC-7 时间", "UTC+8 时区": a zone's "time" or "time zone",
				// not seven o'clock
				return st, 0, false
			}
			st.hour, st.min, st.sec = adjustHour(h, m[1]), max0(atoi(m[8])), 0
			if strings.HasSuffix(m[0], "半") {
				st.min = 30 // "凌晨1点半"
			}
		}
	default:
		return st, 0, false
	}
	n = len(m[0])
	if n < len(s) && s[n] >= '0' && s[n] <= '9' {
		if t := strings.TrimRight(m[0], " "); len(t) < n && st.hasClock() {
			// "2023-02-14 10:52 2nd attempt …": a table row's time, then
			// its event, which opens with a number
			n = len(t)
		} else {
			return st, 0, false // "16:325289" is not a time
		}
	}
	if st.month > 12 || st.day > 31 || st.hour > 24 || st.min > 59 || st.sec > 60 || st.month == 0 || st.day == 0 ||
		st.year >= 0 && (st.year < 1900 || st.year > 2200) {
		return st, 0, false
	}
	if st.hour == 24 {
		st.hour = 0 // rare "24:00"; treated as midnight of that day
	}
	if st.hasClock() && n >= 3 && n+1 < len(s) && s[n] == '.' && isDigitByte(s[n+1]) && s[n-3] == ':' {
		// "2026-02-17T08:41:00.000Z": a machine's stamp, its seconds
		// with their fraction
		for n++; n < len(s) && isDigitByte(s[n]); n++ {
		}
	}
	if z := zoneAfter(s[n:]); z != nil {
		if loc := zoneFor(z[1], lang); loc != nil {
			st.loc = loc
			n += len(z[0])
		}
	} else if o := offsetAfter(s[n:], n > 0 && s[n-1] == ' '); o != nil && st.hasClock() {
		off := atoi(o[2])*3600 + max0(atoi(o[3]))*60
		if o[1] == "-" {
			off = -off
		}
		st.loc = time.FixedZone("", off)
		n += len(o[0])
	} else if st.hasClock() {
		if loc, k := localBeside(s[n:], st.hour, st.min); loc != nil {
			st.loc = loc
			n += k
		}
	}
	if y := n + len(s[n:]) - len(strings.TrimPrefix(s[n:], " ")); st.year < 0 && st.hasDate() && st.hasClock() && n > 0 && (y > n || s[n-1] == ' ') &&
		y+4 <= len(s) && (s[y:y+2] == "19" || s[y:y+2] == "20") && isDigitByte(s[y+2]) && isDigitByte(s[y+3]) && (y+4 == len(s) || !isLetterOrDigit(s[y+4])) {
		// "Wed May 20 09:14:02 UTC 2026": a machine's stamp (date(1),
		// a mail archive's), its year after the clock and zone
		st.year = atoi(s[y : y+4])
		n = y + 4
	}
	st.text = strings.TrimSpace(s[:n])
	return st, n, true
}

// reLocalBeside is a local clock's time in UTC beside it, as news
// agencies write it: "10:05 a.m. local time (0905 GMT)", "(09:05 UTC)".
var reLocalBeside = regexp.MustCompile(`^\s*(?:local time\s*)?[(（]\s*(\d{1,2}):?(\d{2})\s*(?:GMT|UTC)\s*[)）]`)

// localBeside reads, after a local clock (hour, min), its time in UTC in
// parentheses and returns the local zone's offset from the two, and how
// much of s it read; nil when s opens with no such time.
func localBeside(s string, hour, min int) (*time.Location, int) {
	t := strings.TrimLeft(s, " ")
	if t == "" || t[0] != '(' && t[0] != 'l' && !strings.HasPrefix(t, "（") {
		return nil, 0
	}
	m := reLocalBeside.FindStringSubmatch(s)
	if m == nil {
		return nil, 0
	}
	uh, um := atoi(m[1]), atoi(m[2])
	if uh > 23 || um > 59 {
		return nil, 0
	}
	off := (hour*60 + min) - (uh*60 + um)
	switch {
	case off > 14*60:
		off -= 24 * 60
	case off < -12*60:
		off += 24 * 60
	}
	if off%15 != 0 || off > 14*60 || off < -12*60 {
		return nil, 0
	}
	return time.FixedZone("", off*60), len(m[0])
}

// stampGates says which of parseStamp's forms can match a text that
// starts with digits, from their number and the byte after them: reISO
// needs four, then (past spaces) a separator or 年, the others one or
// two, then (past spaces) 月 (reZhMD), a space or an ordinal's letter
// (reEnDM, reEnDMNoYear), a dot (reDMYDots), a hyphen or slash
// (reMDClock), a space, colon, dot, a or p (reClock).
// A byte of a multi-byte rune lets through the forms that may read one
// (月, ：, 时, 点, and the runes (?i) folds to a letter).
type stampGates struct{ iso, zhMD, enDM, dots, mdClock, clock bool }

func gatesFor(digits int, rest string) stampGates {
	if digits > 2 && digits != 4 {
		return stampGates{}
	}
	// past the spaces \s reads: reISO's separator or 年, reZhMD's 月
	past := strings.TrimLeft(rest, " \t\n\r\f")
	if digits == 4 {
		return stampGates{iso: past != "" && strings.IndexByte("-/.", past[0]) >= 0 || strings.HasPrefix(past, "年")}
	}
	var c byte
	if rest != "" {
		c = rest[0]
	}
	space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
	return stampGates{
		zhMD:    strings.HasPrefix(past, "月"),
		enDM:    space || c >= 0x80 || strings.IndexByte("sSnNrRtT", c) >= 0,
		dots:    c == '.',
		mdClock: c == '-' || c == '/',
		clock:   space || c >= 0x80 || strings.IndexByte(":.aApP", c) >= 0,
	}
}

// enMDStart reports whether s starts with the first three letters of a
// weekday or a month, in any case: reEnMD's every match does (the runes
// (?i) folds to ASCII letters, ſ and the Kelvin sign, are in none of
// them but an s first, where a rune of two bytes is no letter).
func enMDStart(s string) bool {
	if len(s) < 3 {
		return false
	}
	switch asciiLower(s[:3]) {
	case "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

// zoneAfter reads a zone's name at the start of s (reZone), tried only
// when s, past spaces and a parenthesis (a full-width one too: "（北京时
// 间）", "（UTC+8）"), starts with a capital or 北.
func zoneAfter(s string) []string {
	t := strings.TrimLeft(s, " \t\n\r\f\v(（")
	if t == "" || !(t[0] >= 'A' && t[0] <= 'Z' || strings.HasPrefix(t, "北")) {
		return nil
	}
	if z := reZone.FindStringSubmatch(s); z != nil {
		if rest := strings.TrimLeft(s[len(z[0]):], " "); t != strings.TrimLeft(s, " ") && len(rest) >= 4 && isDigitByte(rest[0]) && (rest[1] == ':' || isDigitByte(rest[1]) && rest[2] == ':') {
			// "18:21（UTC 08:08至10:21）": a bracket that restates the
			// times in another zone, the zone before its own clock
			return nil
		}
		return z
	}
	// "12:15 p.m. Eastern on Thursday", "3 pm Pacific.": a US zone's word
	// alone after a clock, where no name goes on after it ("Eastern
	// Europe", "Central European Time" are no US zone's)
	z := reZoneWord.FindStringSubmatch(s)
	if z == nil {
		return nil
	}
	if rest := strings.TrimLeft(s[len(z[0]):], " "); rest != "" && (rest[0] >= 'A' && rest[0] <= 'Z' || rest[0] == '-' || rest[0] == '/') {
		return nil
	}
	return z
}

// reZoneWord is a US zone named by its word alone: "Eastern", "Pacific".
var reZoneWord = regexp.MustCompile(`^\s*(Pacific|Eastern|Central|Mountain)\b`)

// offsetAfter reads an offset "+08:00" at the start of s (reOffs), or
// one a status page prints after a space as its zone ("22:47 -03",
// "09:12 +0530", reBareOffs); spaced: the space before s was read.
func offsetAfter(s string, spaced bool) []string {
	t := strings.TrimLeft(s, " \t\n\r\f\v")
	if t == "" || t[0] != '+' && t[0] != '-' {
		return nil
	}
	if t[0] == '+' {
		if m := reOffs.FindStringSubmatch(s); m != nil {
			return m
		}
	}
	if !spaced && s[0] != ' ' {
		return nil // "10:00-11": a range's end, with no space
	}
	if m := reBareOffs.FindStringSubmatch(s); m != nil && atoi(m[2]) <= 14 && (m[3] == "" || m[3] == "00" || m[3] == "30" || m[3] == "45") {
		m[0] = strings.TrimRight(m[0], " \t\n\r\f\v),.;]") // (what ends it is not the stamp's)
		return m
	}
	return nil
}

// reBareOffs is an offset with no colon, after a space, its line's or its
// clause's end after it: "-03", "+0530". ("-01:00" is more often a range's
// end.)
var reBareOffs = regexp.MustCompile(`^ ?([+-])(\d{2})(\d{2})?(?:$|[\s)\],.;])`)

func max0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

// mayStartStamp is a cheap test that s can start a time expression: a
// digit, a month or weekday's initial, or a Chinese period word.
func mayStartStamp(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	switch {
	case c >= '0' && c <= '9':
		return true
	case c < 0x80:
		return strings.IndexByte("JFMASONDTWjfmasondtw", c) >= 0
	}
	for _, p := range stampDayParts {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hyphenStampWhole reports whether a day-first date with hyphens (a
// match m of reDMYHyphen, rest what follows it) is read: only with a
// clock marked "hrs" or followed by a zone, as a carrier's notice writes
// it ("14-08-2025 11:25 hrs IST"). A forum's post stamp "22-04-2025
// 15:47" is left to its clock, as before: the thread's posts are read
// as its text, not as updates under their stamps.
func hyphenStampWhole(m []string, rest string) bool {
	if m[4] == "" {
		return false
	}
	return strings.HasSuffix(strings.ToLower(m[0]), "hrs") || strings.HasSuffix(strings.ToLower(m[0]), "hr") || zoneAfter(rest) != nil
}

// slashOrder tells how a date written with slashes reads (reDMYSlash's
// match m, rest what follows it): 1 day first, -1 month first, 0 not
// told. A number over 12 tells which is the day, and two equal numbers
// need no telling; else a clock time's zone tells the writer's
// convention: "03/11/2025 22:40 GMT" in Britain, Europe or Australia is
// 3 November, "07/04/2025 3:20 PM PDT" in the US is July 4.
func slashOrder(m []string, rest string) int {
	a, b := atoi(m[1]), atoi(m[2])
	switch {
	case a > 12 && b > 12:
		return 0
	case a > 12 || a == b:
		return 1
	case b > 12:
		return -1
	case m[4] == "":
		return 0 // no clock, no zone
	}
	z := zoneAfter(rest)
	if z == nil {
		return 0
	}
	switch name := strings.ToUpper(strings.Join(strings.Fields(z[1]), " ")); {
	case dayFirstZones[name], strings.HasPrefix(name, "EUROPE/"), strings.HasPrefix(name, "AUSTRALIA/"):
		return 1
	case monthFirstZones[name], strings.HasPrefix(name, "US/"):
		return -1
	}
	return 0
}

// dayFirstZones and monthFirstZones are the zone abbreviations of places
// that write dates day first (Britain, Ireland, Europe, Australia, Hong
// Kong, Singapore, India) and month first (the US). UTC, CST (China's or
// the US's) and the zones of places that write the year first tell
// nothing.
var (
	dayFirstZones   = map[string]bool{"GMT": true, "BST": true, "IST": true, "CET": true, "CEST": true, "AEST": true, "AEDT": true, "HKT": true, "SGT": true, "LONDON TIME": true, "DUBLIN TIME": true, "PARIS TIME": true, "BERLIN TIME": true, "AMSTERDAM TIME": true, "SYDNEY TIME": true, "HONG KONG TIME": true, "SINGAPORE TIME": true}
	monthFirstZones = map[string]bool{"PST": true, "PDT": true, "EST": true, "EDT": true, "CDT": true, "MST": true, "MDT": true, "PT": true, "ET": true, "MT": true, "CT": true, "PACIFIC TIME": true, "EASTERN TIME": true, "CENTRAL TIME": true, "MOUNTAIN TIME": true,
		"PACIFIC STANDARD TIME": true, "PACIFIC DAYLIGHT TIME": true, "EASTERN STANDARD TIME": true, "EASTERN DAYLIGHT TIME": true, "SAN FRANCISCO TIME": true, "SEATTLE TIME": true, "NEW YORK TIME": true, "CHICAGO TIME": true}
)

// dottedMeridiem reads a twelve-hour clock written with a dot after a
// date, set off by a comma, "at" or a space ("…, 5.10pm", "… at 9.45
// a.m."): its hour (0 to 23), minutes and the bytes it took, 0 for none.
// Without "am" or "pm" after it a dotted number is no clock.
func dottedMeridiem(rest string) (hour, minute, n int) {
	lead := 0
	switch {
	case strings.HasPrefix(rest, ", at "):
		lead = 5
	case strings.HasPrefix(rest, ", "), strings.HasPrefix(rest, " ·"):
		lead = 2
	case strings.HasPrefix(rest, " at "):
		lead = 4
	case strings.HasPrefix(rest, " "):
		lead = 1
	default:
		return 0, 0, 0
	}
	h, mi, cn := dottedClock(rest[lead:])
	if cn == 0 || h < 1 || h > 12 {
		return 0, 0, 0
	}
	after := rest[lead+cn:]
	k := 0
	if strings.HasPrefix(after, " ") {
		k = 1
	}
	var mark string
	switch low := asciiLower(after[k:min(len(after), k+4)]); {
	case strings.HasPrefix(low, "a.m."), strings.HasPrefix(low, "p.m."):
		mark = after[k : k+4]
	case strings.HasPrefix(low, "am"), strings.HasPrefix(low, "pm"):
		mark = after[k : k+2]
	default:
		return 0, 0, 0
	}
	if k += len(mark); k < len(after) && isLetterByte(after[k]) {
		return 0, 0, 0 // "5.10 amps"
	}
	return adjustHour(h, mark), mi, lead + cn + k
}

// dottedClock reads a clock written with a dot after a date and a space
// ("2022-03-10 11.50", "2023-09-18 15.26 Compared …"; the caller checks the
// space, which the date's match may hold): an hour of one or
// two digits up to 23, a dot, two digits of minutes, and then no digit,
// no further dot or comma before a digit and no per cent sign (a version
// "11.50.2", a number "12.50%" or "3.14,5" is no clock). It returns the
// hour, the minutes and how many bytes of rest the clock took, 0 for none.
func dottedClock(rest string) (hour, minute, n int) {
	i := 0
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	if i > 2 {
		return 0, 0, 0
	}
	j := i
	for j < len(rest) && j-i < 3 && isDigitByte(rest[j]) {
		j++
	}
	if j-i < 1 || j-i > 2 || j+3 > len(rest) || rest[j] != '.' || !isDigitByte(rest[j+1]) || !isDigitByte(rest[j+2]) {
		return 0, 0, 0
	}
	hour, minute = atoi(rest[i:j]), atoi(rest[j+1:j+3])
	end := j + 3
	if hour > 23 || minute > 59 {
		return 0, 0, 0
	}
	if end < len(rest) {
		switch c := rest[end]; {
		case isDigitByte(c), c == '%':
			return 0, 0, 0
		case (c == '.' || c == ',') && end+1 < len(rest) && isDigitByte(rest[end+1]):
			return 0, 0, 0
		}
	}
	return hour, minute, end
}

// datelineZone is the zone of the city a news story's dateline names
// ("SINGAPORE – Customers of …", "LONDON (Reuters) - …", "Mumbai, March 3
// (PTI) —", "SYDNEY, Thursday — "), for a story that writes its clock
// times with no zone: they are the city's wall clock. nil when no line of
// h opens with a dateline of a city datelineCities knows.
func datelineZone(h string) *time.Location {
	for _, line := range strings.Split(h, "\n") {
		line = strings.TrimSpace(line)
		if len(line) < 12 || line[0] < 'A' || line[0] > 'Z' {
			continue
		}
		m := datelineCity.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		city := m[1]
		if city != strings.ToUpper(city) && m[2] == "" {
			continue // "Harlow — …" in Title case with no agency: a heading's words
		}
		if name, ok := datelineCities[strings.ToUpper(strings.Join(strings.Fields(city), " "))]; ok {
			return ianaZone(name)
		}
	}
	return nil
}

// datelineCity is a news story's opening city: in capitals or before an
// agency's name, then a dash, the story's first words after it.
var datelineCity = regexp.MustCompile(`^([A-Z][A-Za-z .'-]{2,24}?)(?:,\s*(?:[A-Z][A-Za-z.]+\s+\d{1,2}|\d{1,2}\s+[A-Z][A-Za-z.]+|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day))?\s*(\((?:Reuters|AP|AFP|Bloomberg|PTI|IANS|Xinhua|Kyodo|Yonhap|CNA|dpa|ANI|Dow Jones)\)\s*)?[–—-]{1,2}\s*\S`)

// datelineCities are the cities news datelines name most, by the IANA
// zone of their wall clock.
var datelineCities = map[string]string{
	"LONDON": "Europe/London", "MANCHESTER": "Europe/London", "EDINBURGH": "Europe/London", "GLASGOW": "Europe/London", "BIRMINGHAM": "Europe/London",
	"CARDIFF": "Europe/London", "BELFAST": "Europe/London", "LEEDS": "Europe/London", "BRISTOL": "Europe/London", "LIVERPOOL": "Europe/London",
	"DUBLIN": "Europe/Dublin", "PARIS": "Europe/Paris", "BERLIN": "Europe/Berlin", "FRANKFURT": "Europe/Berlin", "MUNICH": "Europe/Berlin",
	"HAMBURG": "Europe/Berlin", "AMSTERDAM": "Europe/Amsterdam", "BRUSSELS": "Europe/Brussels", "MADRID": "Europe/Madrid", "BARCELONA": "Europe/Madrid",
	"LISBON": "Europe/Lisbon", "ROME": "Europe/Rome", "MILAN": "Europe/Rome", "ZURICH": "Europe/Zurich", "GENEVA": "Europe/Zurich",
	"VIENNA": "Europe/Vienna", "STOCKHOLM": "Europe/Stockholm", "OSLO": "Europe/Oslo", "COPENHAGEN": "Europe/Copenhagen", "HELSINKI": "Europe/Helsinki",
	"WARSAW": "Europe/Warsaw", "PRAGUE": "Europe/Prague", "ATHENS": "Europe/Athens", "MOSCOW": "Europe/Moscow", "ISTANBUL": "Europe/Istanbul",
	"DUBAI": "Asia/Dubai", "ABU DHABI": "Asia/Dubai", "RIYADH": "Asia/Riyadh", "DOHA": "Asia/Qatar", "TEL AVIV": "Asia/Jerusalem", "JERUSALEM": "Asia/Jerusalem",
	"MUMBAI": "Asia/Kolkata", "NEW DELHI": "Asia/Kolkata", "DELHI": "Asia/Kolkata", "BENGALURU": "Asia/Kolkata", "BANGALORE": "Asia/Kolkata",
	"CHENNAI": "Asia/Kolkata", "HYDERABAD": "Asia/Kolkata", "KOLKATA": "Asia/Kolkata", "PUNE": "Asia/Kolkata", "KARACHI": "Asia/Karachi",
	"DHAKA": "Asia/Dhaka", "COLOMBO": "Asia/Colombo", "SINGAPORE": "Asia/Singapore", "KUALA LUMPUR": "Asia/Kuala_Lumpur", "JAKARTA": "Asia/Jakarta",
	"BANGKOK": "Asia/Bangkok", "MANILA": "Asia/Manila", "HANOI": "Asia/Ho_Chi_Minh", "HO CHI MINH CITY": "Asia/Ho_Chi_Minh", "HONG KONG": "Asia/Hong_Kong",
	"TAIPEI": "Asia/Taipei", "BEIJING": "Asia/Shanghai", "SHANGHAI": "Asia/Shanghai", "SHENZHEN": "Asia/Shanghai", "TOKYO": "Asia/Tokyo",
	"OSAKA": "Asia/Tokyo", "SEOUL": "Asia/Seoul", "SYDNEY": "Australia/Sydney", "MELBOURNE": "Australia/Melbourne", "BRISBANE": "Australia/Brisbane",
	"PERTH": "Australia/Perth", "ADELAIDE": "Australia/Adelaide", "CANBERRA": "Australia/Sydney", "AUCKLAND": "Pacific/Auckland", "WELLINGTON": "Pacific/Auckland",
	"NEW YORK": "America/New_York", "WASHINGTON": "America/New_York", "BOSTON": "America/New_York", "ATLANTA": "America/New_York", "MIAMI": "America/New_York",
	"CHICAGO": "America/Chicago", "DALLAS": "America/Chicago", "HOUSTON": "America/Chicago", "AUSTIN": "America/Chicago", "DENVER": "America/Denver",
	"PHOENIX": "America/Phoenix", "SAN FRANCISCO": "America/Los_Angeles", "LOS ANGELES": "America/Los_Angeles", "SEATTLE": "America/Los_Angeles",
	"SAN JOSE": "America/Los_Angeles", "TORONTO": "America/Toronto", "OTTAWA": "America/Toronto", "MONTREAL": "America/Toronto", "VANCOUVER": "America/Vancouver",
	"MEXICO CITY": "America/Mexico_City", "SAO PAULO": "America/Sao_Paulo", "BUENOS AIRES": "America/Argentina/Buenos_Aires",
	"JOHANNESBURG": "Africa/Johannesburg", "CAPE TOWN": "Africa/Johannesburg", "NAIROBI": "Africa/Nairobi", "LAGOS": "Africa/Lagos", "CAIRO": "Africa/Cairo",
}

// printedHost is the address a browser prints in a page's header or
// footer, at the start of its line: group 1 its host's top-level domain
// ("nz" of "www.example.co.nz").
var printedHost = regexp.MustCompile(`^https?://[^/\s]*?[a-z0-9-]\.([a-z]{2,3})(?:[/:]|\s|$)`)

// countryZones are the zones of the countries that keep one, by the
// country's top-level domain.
var countryZones = map[string]string{"nz": "Pacific/Auckland", "uk": "Europe/London", "ie": "Europe/Dublin", "sg": "Asia/Singapore",
	"hk": "Asia/Hong_Kong", "jp": "Asia/Tokyo", "in": "Asia/Kolkata", "za": "Africa/Johannesburg", "de": "Europe/Berlin",
	"fr": "Europe/Paris", "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "at": "Europe/Vienna", "ch": "Europe/Zurich",
	"it": "Europe/Rome", "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki",
	"pl": "Europe/Warsaw", "kr": "Asia/Seoul", "tw": "Asia/Taipei", "my": "Asia/Kuala_Lumpur", "ph": "Asia/Manila"}

// printedHostZone is the zone of the country whose domain the page's
// printed address is in (a news page printed to PDF with its address in
// the footer, "https://www.example.co.nz/business/… Page 1 of 3"), for
// a text that states no zone: its clocks are that country's. nil when no
// line opens with such an address, or addresses of two countries do.
func printedHostZone(h string) *time.Location {
	if !strings.Contains(h, "://") {
		return nil
	}
	zone := ""
	for line := range strings.Lines(h) {
		if line = strings.TrimSpace(line); !strings.HasPrefix(line, "http") {
			continue // (the cheap test first: most lines are no address)
		}
		m := printedHost.FindStringSubmatch(strings.ToLower(line))
		if m == nil {
			continue
		}
		z, ok := countryZones[m[1]]
		if !ok {
			continue
		}
		if zone != "" && zone != z {
			return nil
		}
		zone = z
	}
	if zone == "" {
		return nil
	}
	return ianaZone(zone)
}

// weekdays are the names a weekday is written with, whole or cut short.
var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tues", "tue", "weds", "wed", "thurs", "thur", "thu", "fri", "sat", "sun"}

// weekdayBeforeDay is how much of s a weekday's name takes, with the
// comma or dot and spaces after it, when a digit follows ("Wednesday 12
// November", "Thu, 13/11/2025"); 0 otherwise.
func weekdayBeforeDay(s string) int {
	for _, w := range weekdays {
		if len(s) <= len(w) || !strings.EqualFold(s[:len(w)], w) {
			continue
		}
		j := len(w)
		if s[j] == ',' || s[j] == '.' {
			j++
		}
		k := skipSpaces(s, j)
		if k > j && k < len(s) && isDigitByte(s[k]) {
			return k
		}
		return 0
	}
	return 0
}

// ukSigns are the marks of a British page: pounds, the NHS, a council and
// its tax, a UK telephone number or postcode, HMRC, Ofcom.
var ukSigns = []*regexp.Regexp{
	regexp.MustCompile(`£\s?\d`),
	regexp.MustCompile(`\bNHS\b`),
	regexp.MustCompile(`(?i)\bcouncil tax\b`),
	regexp.MustCompile(`\b(?:Borough|County|City|District|Parish|Town|Metropolitan) Council\b`),
	regexp.MustCompile(`\+44\s?\d|\b0(?:300|800|808|345|370|20|11\d|1\d\d\d)\s\d{3,4}\s?\d{3,4}\b`),
	regexp.MustCompile(`\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b`),
	regexp.MustCompile(`\b(?:HMRC|Ofcom|Ofgem|Ofwat|DVLA)\b`),
}

// ukZone is Europe/London for a page that states no zone and bears two
// or more different ukSigns (a council's notice of its online services,
// a hospital trust's IT notice): its clocks are the UK's. nil otherwise.
func ukZone(h string) *time.Location {
	n := 0
	for _, re := range ukSigns {
		if re.MatchString(h) {
			n++
		}
	}
	if n < 2 {
		return nil
	}
	return ianaZone("Europe/London")
}
