package extract

import "strings"

// matchZhMD and matchISO read what reZhMD and reISO match, with the same
// submatches, by hand: the regexps are tried on most lines of a Chinese
// timeline ("3月12日 00:55，…") and on every ISO date, and Go's
// backtracker spends thousands of steps on their optional tails (a
// weekday, a part of the day, a clock) where these read each byte once.
// Every optional part of both is greedy and everything after it is
// optional too, so the regexps' first match takes each part that can be
// read, the longest way it can be read; and no number is read shorter to
// let a later part match, as the part after a number never starts with a
// digit. TestStampFormsAgree, TestEnStampFormsAgree and TestClockFormAgrees
// ask both the regexps' answers.

// matchZhMD is reZhMD.FindStringSubmatch(s): month, day, part of the day,
// hour, minute, second.
func matchZhMD(s string) []string {
	mo := digits12(s, 0)
	if mo == 0 {
		return nil
	}
	i := skipSpaces(s, mo)
	if !strings.HasPrefix(s[i:], "月") {
		return nil
	}
	d0 := skipSpaces(s, i+len("月"))
	d1 := digits12(s, d0)
	if d1 == d0 {
		return nil
	}
	i = skipSpaces(s, d1)
	if !strings.HasPrefix(s[i:], "日") && !strings.HasPrefix(s[i:], "号") {
		return nil
	}
	m := make([]string, 7)
	m[1], m[2] = s[:mo], s[d0:d1]
	end := zhDateTail(s, i+len("日"), m[3:], false)
	m[0] = s[:end]
	return m
}

// matchISO is reISO.FindStringSubmatch(s): year, month, day, part of the
// day, hour, minute, second.
func matchISO(s string) []string {
	if len(s) < 4 || !isDigitByte(s[0]) || !isDigitByte(s[1]) || !isDigitByte(s[2]) || !isDigitByte(s[3]) {
		return nil
	}
	i := skipSpaces(s, 4)
	switch {
	case i < len(s) && (s[i] == '-' || s[i] == '/' || s[i] == '.'):
		i++
	case strings.HasPrefix(s[i:], "年"):
		i = skipSpaces(s, i+len("年"))
		i = skipPrefix(s, i, "）", ")")
	default:
		return nil
	}
	mo0 := skipSpaces(s, i)
	mo1 := digits12(s, mo0)
	if mo1 == mo0 {
		return nil
	}
	i = skipSpaces(s, mo1)
	switch {
	case i < len(s) && (s[i] == '-' || s[i] == '/' || s[i] == '.'):
		i++
	case strings.HasPrefix(s[i:], "月"):
		i += len("月")
	default:
		return nil
	}
	d0 := skipSpaces(s, i)
	d1 := digits12(s, d0)
	if d1 == d0 {
		return nil
	}
	i = skipPrefix(s, skipSpaces(s, d1), "日")
	m := make([]string, 8)
	m[1], m[2], m[3] = s[:4], s[mo0:mo1], s[d0:d1]
	end := zhDateTail(s, i, m[4:], true)
	m[0] = s[:end]
	return m
}

// zhDateTail reads from s[i:] what follows the day in reZhMD and reISO
// (iso: the clock may follow a T), each part optional: a weekday
// (zhWeekday), a part of the day, then a clock; it sets m[0] to the part
// of the day and m[1:4] to the hour, minute and second read, and returns
// where the match ends.
func zhDateTail(s string, i int, m []string, iso bool) int {
	// (?:\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]?)?
	j := skipSpaces(s, skipPrefix(s, skipSpaces(s, i), "（", "("))
	if k := skipPrefix(s, j, "星期", "周", "礼拜"); k > j {
		if l := skipPrefix(s, k, "一", "二", "三", "四", "五", "六", "日", "天"); l > k {
			i = skipPrefix(s, skipSpaces(s, l), "）", ")")
		}
	}
	// (?:\s*(?:当天|当日|当)?(凌晨|早上|…))?: "5月20日当晚22时许" is that
	// day's evening
	j = skipSpaces(s, i)
	if k := skipPrefix(s, j, zhSameDayWords...); k > j {
		for _, p := range stampDayParts {
			if strings.HasPrefix(s[k:], p) {
				j = k
				break
			}
		}
	}
	for _, p := range stampDayParts {
		if strings.HasPrefix(s[j:], p) {
			m[0] = p
			i = j + len(p)
			break
		}
	}
	// reZhMD (?:\s*,?\s*(\d{1,2})…)?, reISO (?:(?:\s*T|\s*,?\s*)(\d{1,2})…)?
	j = skipSpaces(s, i)
	if iso && j+1 < len(s) && s[j] == 'T' && isDigitByte(s[j+1]) {
		j++
	} else {
		if j < len(s) && s[j] == ',' {
			j++
		}
		j = skipSpaces(s, j)
	}
	// (\d{1,2})\s*[:：时点]\s*(\d{1,2})?(?:\s*[:：]\s*(\d{2}))?\s*分?
	h := digits12(s, j)
	if h == j {
		return i
	}
	k := skipSpaces(s, h)
	sep := skipPrefix(s, k, ":", "：", "时", "点")
	if sep == k {
		return i
	}
	m[1] = s[j:h]
	k = skipSpaces(s, sep)
	if mn := digits12(s, k); mn > k {
		m[2] = s[k:mn]
		k = mn
	}
	if c := skipSpaces(s, k); skipPrefix(s, c, ":", "：") > c {
		sec := skipSpaces(s, skipPrefix(s, c, ":", "："))
		if sec+1 < len(s) && isDigitByte(s[sec]) && isDigitByte(s[sec+1]) {
			m[3] = s[sec : sec+2]
			k = sec + 2
		}
	}
	return skipPrefix(s, skipSpaces(s, k), "分")
}

// stampDayParts are the parts of the day reISO, reZhMD and reClock read
// before a clock, a longer one before the one-character form it starts
// with ("晚上" before "晚": "3月28日晚 21:07", "6月2日早 7:40").
var stampDayParts = []string{"凌晨", "清晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "晚间", "夜间", "深夜", "夜里", "早", "晚"}

// zhDayPartAlt is stampDayParts as a regexp's alternation, in its order
// (the leftmost alternative that reads wins, as in the loops over it).
var zhDayPartAlt = strings.Join(stampDayParts, "|")

// skipSpaces returns where the spaces \s reads (ASCII space, tab, line
// feed, form feed, carriage return) end from s[i:].
func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// digits12 returns where up to two digits at s[i:] end (i: none).
func digits12(s string, i int) int {
	for n := 0; n < 2 && i < len(s) && isDigitByte(s[i]); n++ {
		i++
	}
	return i
}

// skipPrefix returns where the first of alts that s[i:] starts with ends,
// i where none does.
func skipPrefix(s string, i int, alts ...string) int {
	for _, a := range alts {
		if strings.HasPrefix(s[i:], a) {
			return i + len(a)
		}
	}
	return i
}

// matchEnMD is reEnMD.FindStringSubmatch(s) for an s enMDStart lets
// through or any other: month, day, year, hour, minute, second, am or
// pm. Its letters are matched as (?i) matches them: either case, and ſ
// for s, the Kelvin sign for k.
func matchEnMD(s string) []string {
	i := 0
	// (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?: no month starts as
	// a weekday does, so a weekday read is never given back
	if j := foldAny(s, 0, "mon", "tue", "wed", "thu", "fri", "sat", "sun"); j > 0 {
		j = skipFoldLetters(s, j)
		if j < len(s) && s[j] == ',' {
			j++
		}
		if k := skipSpaces(s, j); k > j {
			i = k
		}
	}
	// (jan|…|sep|sept|…|dec)[a-z]*\.?\s+(\d{1,2}): "sep" is listed
	// before "sept", and the letters after it are read alike
	mo := foldAny(s, i, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
	if mo < 0 {
		return nil
	}
	j := skipFoldLetters(s, mo)
	if j < len(s) && s[j] == '.' {
		j++
	}
	d0 := skipSpaces(s, j)
	if d0 == j {
		return nil
	}
	d1 := digits12(s, d0)
	if d1 == d0 {
		return nil
	}
	m := make([]string, 8)
	m[1], m[2] = s[i:mo], s[d0:d1]
	end := d1
	// (?:st|nd|rd|th)?
	if k := foldAny(s, end, "st", "nd", "rd", "th"); k > 0 {
		end = k
	}
	// (?:,?\s+(\d{4}))?
	j = skipByte(s, end, ',')
	if y := skipSpaces(s, j); y > j && y+3 < len(s) && isDigitByte(s[y]) && isDigitByte(s[y+1]) && isDigitByte(s[y+2]) && isDigitByte(s[y+3]) {
		m[3] = s[y : y+4]
		end = y + 4
	}
	// (?:,?\s*(?:at\s+|[-–—·•]\s+)?(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?)?
	j = skipSpaces(s, skipByte(s, end, ','))
	if k := foldAny(s, j, "at"); k > 0 && skipSpaces(s, k) > k {
		j = skipSpaces(s, k)
	} else if k := skipPrefix(s, j, "-", "–", "—", "·", "•"); k > j && skipSpaces(s, k) > k {
		j = skipSpaces(s, k)
	}
	if h := digits12(s, j); h > j {
		m[4] = s[j:h]
		k := h
		for _, at := range []int{5, 6} {
			if k+2 < len(s) && s[k] == ':' && isDigitByte(s[k+1]) && isDigitByte(s[k+2]) {
				m[at] = s[k+1 : k+3]
				k += 3
			}
		}
		k = skipSpaces(s, k)
		if a := foldAny(s, k, "a", "p"); a > 0 {
			a = skipByte(s, a, '.')
			if e := foldAny(s, a, "m"); e > 0 {
				e = skipByte(s, e, '.')
				m[7] = s[k:e]
				k = e
			}
		}
		end = k
	}
	m[0] = s[:end]
	return m
}

// monthYearAt is reMonthYear.MatchString(s): a word, then maybe a dot
// and a comma, spaces and three digits ("September 2025").
func monthYearAt(s string) bool {
	i := skipFoldLetters(s, 0)
	if i == 0 {
		return false
	}
	i = skipByte(s, skipByte(s, i, '.'), ',')
	j := skipSpaces(s, i)
	return j > i && j+2 < len(s) && isDigitByte(s[j]) && isDigitByte(s[j+1]) && isDigitByte(s[j+2])
}

// foldAny returns where the first of alts (lower-case ASCII) that s[i:]
// starts with, as (?i) reads a literal, ends; -1 where none does.
func foldAny(s string, i int, alts ...string) int {
	for _, a := range alts {
		if k := foldPrefix(s, i, a); k >= 0 {
			return k
		}
	}
	return -1
}

// foldPrefix returns where lit (lower-case ASCII) ends at s[i:], read as
// (?i) reads it, or -1.
func foldPrefix(s string, i int, lit string) int {
	for k := 0; k < len(lit); k++ {
		c := lit[k]
		switch {
		case i < len(s) && (s[i] == c || c >= 'a' && c <= 'z' && s[i] == c-'a'+'A'):
			i++
		case c == 's' && strings.HasPrefix(s[i:], "ſ"):
			i += len("ſ")
		case c == 'k' && strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		default:
			return -1
		}
	}
	return i
}

// skipFoldLetters returns where the letters (?i)[a-z]* reads (ASCII
// letters, ſ, the Kelvin sign) end from s[i:].
func skipFoldLetters(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			i++
		case strings.HasPrefix(s[i:], "ſ"):
			i += len("ſ")
		case strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		default:
			return i
		}
	}
	return i
}

// skipByte returns i+1 where s[i] is c, else i.
func skipByte(s string, i int, c byte) int {
	if i < len(s) && s[i] == c {
		return i + 1
	}
	return i
}

// matchClock is reClock.FindStringSubmatch(s): a part of the day, the
// hour, then one of four ways on: a colon's minute (second, am or pm,
// "in the morning"), a dot's minute with am or pm ("6.40am"), 时 or 点
// (and a minute), am or pm alone. Each way starts with what the ones
// before it cannot read on from the hour, so the first that reads is the
// regexp's, and within it every part is greedy and optional.
func matchClock(s string) []string {
	var period string
	i := 0
	for _, p := range stampDayParts {
		if strings.HasPrefix(s, p) {
			period, i = p, skipSpaces(s, len(p))
			break
		}
	}
	h := digits12(s, i)
	if h == i {
		return nil
	}
	m := make([]string, 10)
	m[1], m[2] = period, s[i:h]
	end := -1
	c := skipSpaces(s, h)
	// \s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?\s*([ap]\.?m\.?|in the (?:morning|afternoon|evening))?
	if k := skipSpaces(s, skipPrefix(s, c, ":", "：")); k > c && twoDigits(s, k) {
		m[3] = s[k : k+2]
		k += 2
		if c2 := skipSpaces(s, k); skipPrefix(s, c2, ":", "：") > c2 {
			if sec := skipSpaces(s, skipPrefix(s, c2, ":", "：")); twoDigits(s, sec) {
				m[4] = s[sec : sec+2]
				k = sec + 2
			}
		}
		k = skipSpaces(s, k)
		e := ampmAt(s, k, false)
		if e == k {
			if t := foldPrefix(s, k, "in the "); t >= 0 {
				if f := foldAny(s, t, "morning", "afternoon", "evening"); f >= 0 {
					e = f
				}
			}
		}
		m[5] = s[k:e]
		end = e
	}
	// \.(\d{2})\s*([ap]\.?m\b\.?)
	if end < 0 && h < len(s) && s[h] == '.' && twoDigits(s, h+1) {
		if k := skipSpaces(s, h+3); ampmAt(s, k, true) > k {
			m[6], m[7] = s[h+1:h+3], s[k:ampmAt(s, k, true)]
			end = ampmAt(s, k, true)
		}
	}
	// \s*[时点]\s*(?:(\d{1,2})\s*分?|半)?
	if k := skipPrefix(s, c, "时", "点"); end < 0 && k > c {
		k = skipSpaces(s, k)
		if d := digits12(s, k); d > k {
			m[8] = s[k:d]
			k = skipPrefix(s, skipSpaces(s, d), "分")
		} else {
			k = skipPrefix(s, k, "半")
		}
		end = k
	}
	// \s*([ap]\.?m\.?)
	if e := ampmAt(s, c, false); end < 0 && e > c {
		m[9] = s[c:e]
		end = e
	}
	if end < 0 {
		return nil
	}
	m[0] = s[:end]
	return m
}

// ampmAt returns where [ap]\.?m\.? (in any case) ends at s[i:], i where
// it is not there; boundary: only with no ASCII letter, digit or _ right
// after the m ([ap]\.?m\b\.?).
func ampmAt(s string, i int, boundary bool) int {
	a := foldAny(s, i, "a", "p")
	if a < 0 {
		return i
	}
	e := foldPrefix(s, skipByte(s, a, '.'), "m")
	if e < 0 || boundary && e < len(s) && (isASCIIAlnum(s[e]) || s[e] == '_') {
		return i
	}
	return skipByte(s, e, '.')
}

// twoDigits reports whether s[i:] starts with two digits.
func twoDigits(s string, i int) bool {
	return i+1 < len(s) && isDigitByte(s[i]) && isDigitByte(s[i+1])
}
