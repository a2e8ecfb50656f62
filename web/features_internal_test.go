package web

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/search"
)

func TestAcceptLanguage(t *testing.T) {
	for h, want := range map[string]string{
		"":                                 uiEN,
		"zh-CN":                            uiZH,
		"zh-TW,zh;q=0.9":                   uiZH,
		"ZH-hans-CN":                       uiZH,
		"zh":                               uiZH,
		"en-US,en;q=0.9,zh-CN;q=0.8":       uiEN,
		"zh-CN,zh;q=0.9,en;q=0.8":          uiZH,
		"fr-FR, zh;q=0.5":                  uiZH, // the best language incidex speaks
		"fr-FR,de;q=0.5":                   uiEN,
		"en;q=0.3, zh;q=0.7":               uiZH,
		"zh;q=0, en":                       uiEN,
		"zh;q=abc":                         uiEN, // an unreadable weight counts as 0
		"*":                                uiEN,
		"zhx, enx":                         uiEN,
		"en, zh":                           uiEN, // a tie: the first
		";;;,,,q=1":                        uiEN,
		"zh-CN;foo=bar;q=0.8, en-GB;q=0.7": uiZH,
	} {
		if got := acceptLanguage(h); got != want {
			t.Errorf("acceptLanguage(%q) = %q, want %q", h, got, want)
		}
	}
}

// Every key the templates and the code ask for is in both languages,
// and both languages have the same keys.
func TestMessages(t *testing.T) {
	for _, l := range []string{uiEN, uiZH} {
		for k, v := range msgs[l] {
			if v == "" {
				t.Errorf("%s: %s is empty", l, k)
			}
			if _, ok := msgs[other(l)][k]; !ok {
				t.Errorf("%s is in %s only", k, l)
			}
		}
	}
	used := regexp.MustCompile(`\.(?:T|Pair) "([a-z0-9.]+)"|msg\([^,()]+, "([a-z0-9.]+)"\)`)
	var n int
	check := func(name string, b []byte) {
		for _, m := range used.FindAllSubmatch(b, -1) {
			key := string(m[1]) + string(m[2])
			n++
			if _, ok := msgs[uiEN][key]; !ok {
				t.Errorf("%s: unknown message %q", name, key)
			}
		}
	}
	err := fs.WalkDir(templateFS, "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(templateFS, p)
		check(p, b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		check(f, b)
	}
	if n < 50 {
		t.Errorf("found only %d uses of messages; is the pattern out of date?", n)
	}
	for _, key := range []string{"filter.pattern", "filter.org", "filter.year", "filter.lang", "filter.from", "filter.to", "filter.section"} {
		if msgs[uiEN][key] == "" || msgs[uiZH][key] == "" {
			t.Errorf("no %s", key)
		}
	}
	if got := msg(uiZH, "no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key: %q", got)
	}
}

func TestFormatOffset(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                            "T+0",
		500 * time.Millisecond:       "T+0",
		-500 * time.Millisecond:      "T+0",
		45 * time.Second:             "T+45s",
		-time.Second:                 "T−1s",
		5 * time.Minute:              "T+5m",
		-5 * time.Minute:             "T−5m",
		time.Hour:                    "T+1h",
		2*time.Hour + 15*time.Minute: "T+2h15m",
		2*time.Hour + 15*time.Minute + 59*time.Second: "T+2h15m",
		-(3*time.Hour + 2*time.Minute):                "T−3h2m",
		23*time.Hour + 59*time.Minute:                 "T+23h59m",
		24 * time.Hour:                                "T+1d",
		27*time.Hour + 30*time.Minute:                 "T+1d3h",
		-50 * time.Hour:                               "T−2d2h",
	} {
		if got := formatOffset(d); got != want {
			t.Errorf("formatOffset(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestClientLimiterForgetsIdleClients(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newClientLimiter(10, 5) // a full bucket again after 0.5 s: idle after 1 s
	l.now = func() time.Time { return now }
	l.lastSweep = now
	for i := range 1000 {
		if ok, _ := l.allow("10.0.0." + strconv.Itoa(i)); !ok {
			t.Fatalf("client %d refused", i)
		}
	}
	if l.size() != 1000 {
		t.Fatalf("%d clients, want 1000", l.size())
	}
	// One client uses up its bucket.
	for range 5 {
		l.allow("busy")
	}
	ok, wait := l.allow("busy")
	if ok || wait <= 0 || wait > 200*time.Millisecond {
		t.Errorf("busy client: ok %v, wait %v", ok, wait)
	}
	// A minute later the sweep drops every idle client.
	now = now.Add(limiterSweepEvery)
	if ok, _ := l.allow("new"); !ok {
		t.Error("new client refused")
	}
	if l.size() != 1 {
		t.Errorf("%d clients after the sweep, want 1", l.size())
	}
	// Off and defaults.
	if newClientLimiter(-1, 0) != nil {
		t.Error("a negative rate did not turn the limit off")
	}
	if d := newClientLimiter(0, 0); float64(d.limit) != DefaultAPIRate || d.burst != DefaultAPIBurst {
		t.Errorf("defaults %v %d", d.limit, d.burst)
	}
}

func TestClientLimiterBounded(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newClientLimiter(1, 1)
	l.now = func() time.Time { return now }
	l.lastSweep = now
	for i := range limiterMaxClients + 100 {
		l.allow(strconv.Itoa(i))
	}
	if l.size() != limiterMaxClients {
		t.Errorf("%d clients, want at most %d", l.size(), limiterMaxClients)
	}
	// The clients beyond share one bucket: the second of them is refused.
	if ok, _ := l.allow("late-1"); ok {
		t.Error("overflow bucket not shared")
	}
	// Once the remembered clients are idle, new ones get their own again.
	now = now.Add(2 * time.Second)
	if ok, _ := l.allow("late-2"); !ok {
		t.Error("a new client is refused after the others went idle")
	}
	if l.size() != 1 {
		t.Errorf("%d clients after they went idle, want 1", l.size())
	}
}

func TestYearChart(t *testing.T) {
	years := chartYears([]search.FacetCount{{Term: "2024", Count: 1}, {Term: "2019", Count: 2}, {Term: "x", Count: 9}})
	if len(years) != 6 || years[0] != 2019 || years[5] != 2024 {
		t.Fatalf("years %v, want 2019..2024", years)
	}
	wide := chartYears([]search.FacetCount{{Term: "1901", Count: 1}, {Term: "2000", Count: 1}, {Term: "2024", Count: 1}})
	if len(wide) != 3 {
		t.Errorf("a wide span fills its gaps: %v", wide)
	}
	ch := yearChart(years, []search.FacetCount{{Term: "2019", Count: 4}, {Term: "2021", Count: 1}, {Term: "1990", Count: 7}}, uiEN)
	if ch == nil || len(ch.Bars) != 2 || ch.Max != 4 || ch.First != "2019" || ch.Last != "2024" {
		t.Fatalf("chart %+v", ch)
	}
	if ch.Bars[0].H != "46.0" || ch.Bars[0].Y != "14.0" || ch.Bars[1].Year != "2021" {
		t.Errorf("bars %+v", ch.Bars)
	}
	if ch.Label != "Incidents per year, 2019–2024; most in 2019 (4)" {
		t.Errorf("label %q", ch.Label)
	}
	if yearChart(years, nil, uiEN) != nil || yearChart(nil, []search.FacetCount{{Term: "2019", Count: 1}}, uiEN) != nil {
		t.Error("a chart of nothing")
	}
}
