package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/incidex/incidex/data"
)

// fixtureLines are the lines of every fixture, and each line's tail from
// each of its first bytes: inputs for asking a gated function and the
// expression it gates the same.
func fixtureLines(t *testing.T) []string {
	files, _ := filepath.Glob("testdata/*.*")
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.Split(string(b), "\n")...)
	}
	return out
}

func TestLeadNoiseLen(t *testing.T) {
	lines := append(fixtureLines(t), "", " ", "- 12:00 x", "** 3) 09:00", "__x", "1. 14:00", "（3）10点", "【12:00】", "• ● 10:00", "\t\f\r\n12", "_a", "12:00", "(1) a", "a - b")
	for c := 0; c < 256; c++ {
		for _, tail := range []string{"", " 12:00", "1) x", ") 9", "* x", "a", "、 x", "】"} {
			lines = append(lines, string([]byte{byte(c)})+tail)
		}
	}
	for _, l := range lines {
		if got, want := leadNoiseLen(l), len(leadNoise.FindString(l)); got != want {
			t.Errorf("leadNoiseLen(%q) = %d, leadNoise matches %d bytes", l, got, want)
		}
	}
}

func TestZhZoneWordsEndInShijian(t *testing.T) {
	for _, w := range zhZoneWords {
		if !strings.HasSuffix(w, "时间") {
			t.Errorf("%q does not end with 时间: endsZhZoneWord would miss it", w)
		}
	}
	for _, h := range []string{"", "时间", "北京时间", "事件时间：北京时间 10 点", "美国太平洋夏令时间上午", "太平洋", "时间北京", "时间时间太平洋标准时间"} {
		if got, want := endsZhZoneWord(h), containsAny(h, zhZoneWords); got != want {
			t.Errorf("endsZhZoneWord(%q) = %v, containsAny %v", h, got, want)
		}
	}
}

// withoutBylinesEach is withoutBylines as it was: every line lowered and
// asked for every byline word.
func withoutBylinesEach(text string) string {
	if !strings.Contains(text, "\n") && !byline.MatchString(text) {
		return text
	}
	var kept []string
	for _, l := range strings.Split(text, "\n") {
		if len(l) > 300 || !byline.MatchString(l) {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

func TestWithoutBylinesOnce(t *testing.T) {
	texts := []string{"", "x", "来源：新华网", "Posted by A\nbody", "Title\nBy Jonah Lisle, CTO · March 12, 2026\n\nBody text.\n5 min read", "a\n\nb\n", "作者：某\n发布时间 2025\n正文",
		"Posted by A", "\n\nPosted by x\n", "x\nPosted by y", "Posted by y\n", "a\n来源：b\nc\n作者：d\n\ne", "\n", "来源：b\n"}
	files, _ := filepath.Glob("testdata/*.*")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, head(string(b), 3000), head(string(b), 300))
	}
	for _, x := range texts {
		if got, want := withoutBylines(x), withoutBylinesEach(x); got != want {
			t.Errorf("withoutBylines(%q) = %q, line by line %q", x, got, want)
		}
	}
}

// TestStampGates asks each of parseStamp's forms, at every digit of every
// fixture line (and of a table of times), whether it matches where its
// gate says it cannot.
func TestStampGates(t *testing.T) {
	lines := append(fixtureLines(t), "2025-01-14 1600", "12 月 3 日 10 点", "12月3日", "3rd May 2025", "3 sept 2025", "3ſt May 2025",
		"20.05.2025 22:14", "01-22 09:58", "03/26 17:40", "9 a.m.", "9:05 PM", "9点", "14时10分", "6.40am", "12：30", "9 p.m.", "5\tMay", "123 May 2025", "2025年1月2日", "2025 年 1 月", "2025 - 01 - 02", "2025\t/1/2", "12 \t月 3 日",
		"Mon, Jan 5", "TUESDAY JAN 5", "sept 14, 2025", "Dec. 2", "Thu 3 p.m.", "04/Feb/26 9:31 AM", "7/mar/2025")
	forms := []struct {
		name string
		re   interface{ MatchString(string) bool }
		gate func(stampGates) bool
	}{
		{"reISO", reISO, func(g stampGates) bool { return g.iso }},
		{"reZhMD", reZhMD, func(g stampGates) bool { return g.zhMD }},
		{"reEnDM", reEnDM, func(g stampGates) bool { return g.enDM }},
		{"reEnDMNoYear", reEnDMNoYear, func(g stampGates) bool { return g.enDM }},
		{"reDMYDots", reDMYDots, func(g stampGates) bool { return g.dots }},
		{"reMDClock", reMDClock, func(g stampGates) bool { return g.mdClock }},
		{"reDMYSlash", reDMYSlash, func(g stampGates) bool { return g.mdClock }},
		{"reJiraDate", reJiraDate, func(g stampGates) bool { return g.mdClock }},
		{"reClock", reClock, func(g stampGates) bool { return g.clock }},
	}
	n := 0
	for _, l := range lines {
		for i := 0; i < len(l); i++ {
			if !isDigitByte(l[i]) || i > 0 && isDigitByte(l[i-1]) && i%3 != 0 {
				continue
			}
			s := head(l[i:], 80)
			k := 0
			for k < len(s) && isDigitByte(s[k]) {
				k++
			}
			g := gatesFor(k, s[k:])
			for _, f := range forms {
				if f.re.MatchString(s) {
					n++
					if !f.gate(g) {
						t.Errorf("%s matches %q, its gate says it cannot", f.name, s)
					}
				}
			}
		}
		for i := 0; i < len(l); i++ {
			if s := head(l[i:], 80); reEnMD.MatchString(s) && !enMDStart(s) {
				t.Errorf("reEnMD matches %q, enMDStart says it cannot", s)
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d matches tried", n)
	}
}

// resolvedNowFull is resolvedNow without its gate nor its first-match
// shortcut: the expression's first four matches asked in turn.
func resolvedNowFull(text string) bool {
	for _, loc := range resolvedCue.FindAllStringIndex(text, 4) {
		before := strings.ToLower(text[max(0, loc[0]-30):loc[0]])
		if !notYet.MatchString(before) || untilThen(before) || pastWhen(before) {
			return true
		}
	}
	return false
}

// gateSamples are events that try the resolution's and the impact's
// gates: words cut short, upper case, ſ, and resolutions not yet come.
var gateSamples = []string{"Incident declared", "We rolled back the deploy", "Incident closed.", "INCIDENT IS OVER", "The incident ended",
	"Traffic is back to normal", "Systems are operating normally", "It will be resolved once the queue drains; it was resolved at 10:02",
	"We may have restored some; it should recover; never recovered; then it recovered.", "Service reſtored", "Impact began.", "impact ſtarted",
	"First errors. Impact begins", "故障开始。", "监控发现失败率上升，故障开始", "The outage started", "Outage STARTED.", "直到21:30前后才恢复",
	"预计明天恢复", "Back online", "back in operation", "back up and running", "The outage began。", "started", "开始"}

func TestResolvedNowAsFull(t *testing.T) {
	t.Parallel()
	for _, l := range append(fixtureLines(t), gateSamples...) {
		if got, want := resolvedNow(l), resolvedNowFull(l); got != want {
			t.Errorf("resolvedNow(%q) = %v, the expression says %v", l, got, want)
		}
	}
}

func TestImpactStartsGate(t *testing.T) {
	for _, l := range append(fixtureLines(t), gateSamples...) {
		l = strings.TrimSpace(l)
		if impactBegins.MatchString(l) && !mayEndBegun(l) {
			t.Errorf("impactBegins matches %q, mayEndBegun says it cannot", l)
		}
	}
}

func TestZoneKeys(t *testing.T) {
	t.Parallel()
	lines := append(fixtureLines(t), "Time (UTC)", "Date and Time in CET", "UTC+8", "GMT-05:30", "US/Pacific", "America/Los_Angeles", "Etc/UTC",
		"Pacific Standard Time", "Eastern time", "Beijing Time", "Hong Kong time", "Coordinated Universal Time", "PST", "PDT", "EST", "EDT", "CST", "CDT",
		"MST", "MDT", "CET", "CEST", "BST", "IST", "JST", "KST", "SGT", "HKT", "AEST", "AEDT", "PT", "ET", "Z", "北京时间", "时间（北京时间）")
	for _, l := range lines {
		if m := tableZone.FindStringSubmatch(l); m != nil && !containsAny(l, zoneKeys) {
			t.Errorf("tableZone reads %q in %q, which holds no zone key", m[1], l)
		}
		if m, k := tableZone.FindStringSubmatch(l), tableZoneIn(l); len(m) != len(k) || m != nil && m[1] != k[1] {
			t.Errorf("tableZoneIn(%q) = %q, tableZone %q", l, k, m)
		}
	}
}

// TestBannerKeys: every line a keyed expression reads holds one of its
// keys, on samples of each of its alternatives and every fixture line.
func TestBannerKeys(t *testing.T) {
	keyed := []struct {
		name string
		re   interface{ MatchString(string) bool }
		keys []string
		eg   []string
	}{
		{"siteName", siteName, siteNameKeys, []string{"Acme Status Page", "Acme Service Health", "Incident history", "Past incidents", "History", "Status",
			"System status — Acme", "Health dashboard: Acme Cloud", "某某状态页", "服务健康"}},
		{"closingRE", closingRE, closingKeys, []string{"再次道歉", "致歉", "深表歉意", "敬请谅解", "感谢您的理解", "We apologise", "Our apologies", "We are deeply sorry",
			"Thank you for your patience", "Sincerely", "Best regards"}},
	}
	lines := fixtureLines(t)
	for _, k := range keyed {
		for _, l := range append(k.eg, lines...) {
			if k.re.MatchString(l) && !containsAny(asciiLower(l), k.keys) {
				t.Errorf("%s reads %q, which holds none of its keys", k.name, l)
			}
		}
		for _, l := range k.eg {
			if !k.re.MatchString(l) {
				t.Errorf("%s does not read %q: the sample is wrong", k.name, l)
			}
		}
	}
}

func TestUpdateKeys(t *testing.T) {
	eg := []string{"Impact started at 09:12", "It BEGAN around 9", "had begun at", "beginning at", "starting on", "commenced approximately at", "自14:20起部分用户登录缓慢", "从 9:05 开始",
		"Resolved for all affected projects as of Wednesday, 10:02", "mitigated as of 9:00", "restored; as of", "RECOVERED AS OF 10:00"}
	for _, l := range append(eg, fixtureLines(t)...) {
		if updateStart.Regexp.MatchString(l) && !updateStart.may(l) {
			t.Errorf("updateStart reads %q, which its gate keeps out", l)
		}
		if updateEnd.Regexp.MatchString(l) && !updateEnd.may(l) {
			t.Errorf("updateEnd reads %q, which its gate keeps out", l)
		}
	}
}

// classifyHeadingAll is classifyHeading as it was: every cue looked for.
func classifyHeadingAll(h string) data.Section {
	h = strings.ToLower(strings.TrimSpace(numbering.ReplaceAllString(h, "")))
	h = strings.Trim(h, " :：*#")
	if h == "" || len([]rune(h)) > 80 {
		return ""
	}
	if regexp.MustCompile(`^[【\[(（ ]*\d{1,2}[:：]\d`).MatchString(h) {
		return ""
	}
	for _, hc := range headingCues {
		for _, c := range hc.cues {
			if strings.Contains(h, c) {
				return hc.sec
			}
		}
	}
	if h[0] >= 0x80 {
		switch {
		case zhWhyHeading.MatchString(h):
			return data.SectionCause
		case zhHowHeading.MatchString(h):
			return data.SectionTimeline
		}
	}
	return ""
}

func TestHeadingCueKinds(t *testing.T) {
	for _, hc := range headingCueKinds {
		for _, c := range hc.other {
			if strings.IndexFunc(c, func(r rune) bool { return r >= 0x80 }) < 0 {
				t.Errorf("cue %q has neither an ASCII letter nor a multi-byte rune", c)
			}
		}
	}
	lines := append(fixtureLines(t), "2. What went wrong", "一、故障原因", "(3) Timeline", "第二部分：影响", "part 2: Impact", "Root Cause 根因", "  1) 经过", "Why did it fail?",
		"这次故障为何发生", "我们是如何处理的", "TL;DR", "Summary", "Appendix: chat log", "", "  ", "（一）背景")
	for _, l := range lines {
		if got, want := classifyHeading(l), classifyHeadingAll(l); got != want {
			t.Errorf("classifyHeading(%q) = %q, every cue asked %q", l, got, want)
		}
		if got, want := withoutNumbering(l), numbering.ReplaceAllString(l, ""); got != want {
			t.Errorf("withoutNumbering(%q) = %q, numbering leaves %q", l, got, want)
		}
	}
}

// TestLowersToASCII: the runes strings.ToLower makes ASCII are the two
// lowersToASCII looks for.
func TestLowersToASCII(t *testing.T) {
	for r := rune(0x80); r <= 0x10ffff; r++ {
		if l := strings.ToLower(string(r)); l != "" && l[0] < 0x80 && !lowersToASCII(string(r)) {
			t.Errorf("strings.ToLower(%q) = %q, lowersToASCII misses it", r, l)
		}
	}
	for _, h := range []string{"All Times are UTC", "ALL TİMES ARE UTC", "nothing here", "Timezone: PDT"} {
		if got, want := containsAny(asciiLower(h), docZoneCues) || lowersToASCII(h), containsAny(strings.ToLower(h), docZoneCues); got != want && !got {
			t.Errorf("%q: the cheap test says %v, ToLower %v", h, got, want)
		}
	}
}

func TestDateGates(t *testing.T) {
	lines := append(fixtureLines(t), "2021年5月", "2021 年 5 月 18 日", "on 2025-01-02", "2025/1/2", "1999.12.31", "x2025-01-02", "2025-13")
	for _, l := range lines {
		if got, want := zhDateIn(l), zhDate.FindStringSubmatch(l); strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Errorf("zhDateIn(%q) = %q, zhDate %q", l, got, want)
		}
		if got, want := isoDayIn(l), isoDay.FindStringSubmatch(l); strings.Join(got, "|") != strings.Join(want, "|") || (got == nil) != (want == nil) {
			t.Errorf("isoDayIn(%q) = %q, isoDay %q", l, got, want)
		}
		if got, want := bylineLower(l, asciiLower(l), nil), bylineLower(l, asciiLower(l), bylineWords); got != want {
			t.Errorf("bylineLower(%q) = %v, with every word %v", l, got, want)
		}
	}
}

// TestFoldsToASCII: the runes (?i) takes for ASCII letters are the two
// foldsToASCII looks for, so that a key test on asciiLower is exact.
func TestFoldsToASCII(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 && !foldsToASCII(string(r)) {
				t.Errorf("%U folds to %q, foldsToASCII misses it", r, f)
			}
		}
	}
}

// TestKeysLower: keysLower finds the keys it is used for (ASCII or
// caseless) where strings.ToLower finds them.
func TestKeysLower(t *testing.T) {
	lists := map[string][]string{"ongoingWords": ongoingWords, "titleIncidentWords": titleIncidentWords, "statusWordPrefixes": statusWordPrefixes}
	for name, keys := range lists {
		for _, k := range keys {
			for _, r := range k {
				if r >= 0x80 && (unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)) {
					t.Errorf("%s: %q has a cased rune %q", name, k, r)
				}
				if r < 0x80 && unicode.IsUpper(r) {
					t.Errorf("%s: %q is not lower-case", name, k)
				}
			}
		}
		for _, l := range append(fixtureLines(t), "OUTAGE STİLL ONGOİNG", "Ünïcödé ÉRROR RATE", "ⱯⱯ still down", "\xffSTILL DOWN\xfe", "故障仍在持续", "İNVESTİGATİNG - x", "Resolved - x", "ÉResolved", "已解决：x") {
			if got, want := containsAny(keysLower(l), keys), containsAny(strings.ToLower(l), keys); got != want {
				t.Errorf("%s in %q: keysLower says %v, ToLower %v", name, l, got, want)
			}
			for _, k := range keys {
				if got, want := strings.HasPrefix(keysLower(head(l, 20)), k), strings.HasPrefix(strings.ToLower(head(l, 20)), k); got != want {
					t.Errorf("%s: %q opens %q: keysLower says %v, ToLower %v", name, l, k, got, want)
				}
			}
		}
	}
}

func TestWithoutLeadZone(t *testing.T) {
	for _, l := range append(fixtureLines(t), " UTC", "(PDT) x", " ( 北京时间 ) 10", "Z", "US/Pacific", "\vUTC", "((UTC", "utc", "") {
		if got, want := withoutLeadZone(l), reZone.ReplaceAllString(l, ""); got != want {
			t.Errorf("withoutLeadZone(%q) = %q, reZone leaves %q", l, got, want)
		}
	}
}

func TestIDHeadingGate(t *testing.T) {
	for _, l := range append(fixtureLines(t), "Tablestore Incident #25031", "Compute Engine Incident 18012", "云数据库 事件 #5521", "Incident 12", "Issue no. 4411") {
		if got, want := isIDHeading(l), idHeading.MatchString(l); got != want {
			t.Errorf("isIDHeading(%q) = %v, idHeading %v", l, got, want)
		}
	}
}
