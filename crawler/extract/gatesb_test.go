package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	texts := []string{"", "x", "来源：新华网", "Posted by A\nbody", "Title\nBy Jonah Lisle, CTO · March 12, 2026\n\nBody text.\n5 min read", "a\n\nb\n", "作者：某\n发布时间 2025\n正文"}
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
		"20.05.2025 22:14", "01-22 09:58", "03/26 17:40", "9 a.m.", "9:05 PM", "9点", "14时10分", "6.40am", "12：30", "9 p.m.", "5\tMay", "123 May 2025", "2025年1月2日")
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
		if !notYet.MatchString(before) || untilThen(before) {
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
		{"statusBanner", statusBanner, statusBannerKeys, []string{"All Systems Operational", "All services are online", "No incidents reported today", "No known issues",
			"This incident has been resolved.", "Fully operational", "Partially degraded", "Major outage", "Degraded performance", "Under maintenance",
			"Service is operating normally", "系统运行正常", "所有服务运行正常", "所有系统均可正常运行", "暂无故障", "今日无事件报告。"}},
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
	eg := []string{"Impact started at 09:12", "It BEGAN around 9", "had begun at", "beginning at", "starting on", "commenced approximately at",
		"Resolved for all affected projects as of Wednesday, 10:02", "mitigated as of 9:00", "restored; as of", "RECOVERED AS OF 10:00"}
	for _, l := range append(eg, fixtureLines(t)...) {
		if updateStart.MatchString(l) && !containsAny(asciiLower(l), updateStartKeys) {
			t.Errorf("updateStart reads %q, which holds none of its keys", l)
		}
		if updateEnd.MatchString(l) && !containsAny(asciiLower(l), updateEndKeys) {
			t.Errorf("updateEnd reads %q, which holds none of its keys", l)
		}
	}
}
