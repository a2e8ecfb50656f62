package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/incidex/incidex/crawler/extract"
	"github.com/incidex/incidex/data"
)

// extractGold is one gold file in the format of ../shared/eval/extract-dev
// (scored by ../shared/eval/score_extract.py, which this test follows).
type extractGold struct {
	Doc             string   `json:"doc"`
	Lang            string   `json:"lang"`
	Org             []string `json:"org"`
	StartedAt       *string  `json:"started_at"`
	EndedAt         *string  `json:"ended_at"`
	DurationMinutes []int    `json:"duration_minutes"`
	Timeline        []struct {
		At       string `json:"at"`
		Contains string `json:"contains"`
	} `json:"timeline"`
	Cause        goldSection `json:"cause"`
	Remediation  goldSection `json:"remediation"`
	Impact       goldSection `json:"impact"`
	Lessons      goldSection `json:"lessons"`
	Summary      goldSection `json:"summary"`
	TextContains []string    `json:"text_contains"`
	TextExcludes []string    `json:"text_excludes"`
	Patterns     *struct {
		Required []string `json:"required"`
		Allowed  []string `json:"allowed"`
	} `json:"patterns"`
}

type goldSection struct {
	Contains []string `json:"contains"`
	Excludes []string `json:"excludes"`
}

var goldSpace = regexp.MustCompile(`\s+`)

var goldWidth = strings.NewReplacer("，", ",", "：", ":", "；", ";", "（", "(", "）", ")", "！", "!", "？", "?", "｜", "|")

// goldNorm compares text as the scorer does: without white space, case,
// or full/half-width punctuation differences.
func goldNorm(s string) string {
	return goldSpace.ReplaceAllString(goldWidth.Replace(strings.ToLower(s)), "")
}

// scoreGold returns the checks an extraction passes and fails, as
// score_extract.py counts them.
func scoreGold(g extractGold, in *data.Incident) (passed int, failed []string) {
	check := func(ok bool, what string, args ...any) {
		if ok {
			passed++
		} else {
			failed = append(failed, fmt.Sprintf(what, args...))
		}
	}
	check(in.Lang == g.Lang, "lang %q", in.Lang)
	if len(g.Org) > 0 {
		ok := false
		for _, o := range g.Org {
			ok = ok || strings.Contains(goldNorm(in.Org), goldNorm(o))
		}
		check(ok, "org %q", in.Org)
	}
	for _, f := range []struct {
		want *string
		got  string
		name string
	}{{g.StartedAt, in.StartedAt, "started_at"}, {g.EndedAt, in.EndedAt, "ended_at"}} {
		if f.want != nil && *f.want != "" {
			check(strings.HasPrefix(f.got, *f.want), "%s %q != %s", f.name, f.got, *f.want)
		}
	}
	if len(g.DurationMinutes) == 2 {
		d := in.DurationMinutes
		check(g.DurationMinutes[0] <= d && d <= g.DurationMinutes[1], "duration %d not in %v", d, g.DurationMinutes)
	}
	for _, ev := range g.Timeline {
		hit := false
		for _, e := range in.Timeline {
			hit = hit || strings.Contains(goldNorm(e.Text+e.TimeText), goldNorm(ev.Contains)) && strings.HasPrefix(e.At, ev.At)
		}
		check(hit, "timeline %s %s", ev.At, ev.Contains)
	}
	if len(g.Timeline) > 0 && len(in.Timeline) > 0 {
		check(len(in.Timeline) <= 2*len(g.Timeline)+2, "timeline has %d events, gold %d", len(in.Timeline), len(g.Timeline))
	}
	for _, s := range []struct {
		name string
		spec goldSection
		got  string
	}{{"cause", g.Cause, in.Cause}, {"remediation", g.Remediation, in.Remediation}, {"impact", g.Impact, in.Impact},
		{"lessons", g.Lessons, in.Lessons}, {"summary", g.Summary, in.Summary}} {
		text := goldNorm(s.got)
		for _, ph := range s.spec.Contains {
			check(strings.Contains(text, goldNorm(ph)), "%s lacks %s", s.name, ph)
		}
		if text != "" { // an empty section proves nothing
			for _, ph := range s.spec.Excludes {
				check(!strings.Contains(text, goldNorm(ph)), "%s holds %s", s.name, ph)
			}
		}
	}
	body := goldNorm(in.Text)
	for _, ph := range g.TextContains {
		check(strings.Contains(body, goldNorm(ph)), "text lacks %s", ph)
	}
	if body != "" {
		for _, ph := range g.TextExcludes {
			check(!strings.Contains(body, goldNorm(ph)), "text holds boilerplate %s", ph)
		}
	}
	if p := g.Patterns; p != nil {
		for _, r := range p.Required {
			check(slices.Contains(in.Patterns, r), "pattern %s missing", r)
		}
		var wrong []string
		for _, got := range in.Patterns {
			if !slices.Contains(p.Required, got) && !slices.Contains(p.Allowed, got) {
				wrong = append(wrong, got)
			}
		}
		if len(in.Patterns) > 0 {
			check(len(wrong) == 0, "patterns not expected: %v", wrong)
		}
	}
	return passed, failed
}

// TestExtractGold scores extraction on the gold sets of the shared corpus
// (extract-dev) and on our own (cmd/incidex/testdata/extract-own*: gold
// written by reading corpus documents before incidex was run on them),
// as score_extract.py does, and holds each above a floor a little under
// the score of the build that set it (extract-own-3: 94.8 %, its heldout
// four 97.1 %; extract-own-4: 92.9 %, its heldout four 88.2 %).
// extract-own-3 was measured untouched at 84.7 % before the fixes it
// prompted, heldout at 86.8 %, extract-own-4 at 82.9 % (their READMEs).
func TestExtractGold(t *testing.T) {
	needCorpus(t)
	for _, set := range []struct {
		dir   string
		floor float64
		docs  string // where the gold's documents are: the shared corpus unless named
	}{
		// 307/308 before stop 23's retrain; the model learned on the
		// merged extraction names a fourth, wrong tag (security) on the
		// yuque seed from its lessons' advice (防止…恶意攻击): 306/308
		{"../../../shared/eval/extract-dev", 99.3, ""},
		{"testdata/extract-own", 95.0, ""},
		{"testdata/extract-own-2", 88.5, ""},
		{"testdata/extract-own-3", 93.5, ""},
		{"testdata/extract-own-3/heldout", 95.0, ""},
		{"testdata/extract-own-4", 91.0, ""},
		{"testdata/extract-own-4/heldout", 86.5, ""},
		{"testdata/extract-own-5", 93.0, ""},         // 88.6 % untouched, 94.2 % after its fixes
		{"testdata/extract-own-5/heldout", 86.0, ""}, // 86.2 % untouched, 87.5 % after
		// our own fictional write-ups of other genres, beside their gold
		// (88.3 % when set; 79.6 % untouched, its README; 92.7 % with 04
		// and 10 read)
		{"testdata/extract-own-6", 91.5, "testdata/extract-own-6/docs"},
		// 16 corpus documents, gold written before any extraction: 84.9 %
		// untouched (odd half 88.3 %, even half held out 80.4 %; its
		// README), 89.3 % after the fixes found in its odd half
		{"testdata/extract-own-7", 88.5, ""},
		// the same, an eighth set: 86.4 % untouched (odd half 86.5 %, even
		// half held out 86.4 %; its README), 88.7 % after the fixes found
		// in its odd half
		{"testdata/extract-own-8", 86.0, ""},
		// a ninth: 90.7 % untouched (even half, this time the tuning
		// half, 92.2 %; odd half held out 89.1 %; its README), 91.8 %
		// after the fixes found in its even half
		{"testdata/extract-own-9", 88.5, ""},
		// a tenth: 90.0 % untouched (odd half, the tuning half, 93.0 %;
		// even half held out 85.7 %; its README), 92.5 % after the fixes
		// found in its odd half
		{"testdata/extract-own-10", 89.5, ""},
		// an eleventh: 82.5 % untouched (even half, the tuning half,
		// 87.7 %; odd half held out 77.6 %; its README), 83.5 % after
		// the fixes found in its even half
		{"testdata/extract-own-11", 81.0, ""},
		// a twelfth: 89.0 % untouched (odd half, the tuning half, 91.0 %;
		// even half held out 87.0 %; its README), 90.3 % after the fixes
		// found in its odd half
		{"testdata/extract-own-12", 87.0, ""},
		// a thirteenth: 88.3 % untouched (even half, the tuning half,
		// 90.4 %; odd half held out 86.4 %; its README), 89.6 % after
		// the fixes found in its even half
		{"testdata/extract-own-13", 87.0, ""},
		// a fourteenth: 90.9 % untouched (odd half, the tuning half,
		// 90.2 %; even half held out 91.5 %; its README), 93.6 % after
		// the fixes found in its odd half
		{"testdata/extract-own-14", 90.5, ""},
		// a fifteenth: 86.7 % untouched (even half, the tuning half,
		// 85.0 %; odd half held out 88.7 %; its README), 89.4 % after
		// the fixes found in its even half
		{"testdata/extract-own-15", 86.5, ""},
		// a sixteenth: 87.6 % untouched (odd half, the tuning half,
		// 91.1 %; even half held out 83.3 %; its README), 88.9 % after
		// the fixes found in its odd half
		{"testdata/extract-own-16", 86.0, ""},
		// a seventeenth: 89.1 % untouched (even half, the tuning half,
		// 87.4 %; odd half held out 91.3 %; its README), 90.8 % after
		// the fixes found in its even half
		{"testdata/extract-own-17", 89.0, ""},
		// an eighteenth: 88.8 % untouched (odd half, the tuning half,
		// 88.6 %; even half held out 89.1 %; its README), 90.2 % after
		// the fixes found in its odd half
		{"testdata/extract-own-18", 89.0, ""},
		// a nineteenth: 90.4 % untouched (even half, the tuning half,
		// 90.9 %; odd half held out 89.8 %; its README), 92.6 % after
		// the fixes found in its even half
		{"testdata/extract-own-19", 91.0, ""},
		// a twentieth: 89.7 % untouched (odd half, the tuning half,
		// 88.3 %; even half held out 91.4 %; its README), 92.7 % after
		// the fixes found in its odd half
		{"testdata/extract-own-20", 91.0, ""},
		// a twenty-first: 89.8 % untouched (even half, the tuning half,
		// 88.3 %; odd half held out 91.0 %; its README), 91.2 % after
		// the fixes found in its even half
		{"testdata/extract-own-21", 90.0, ""},
		// a twenty-second: 88.4 % untouched (odd half, the tuning half,
		// 91.0 %; even half held out 86.3 %; its README), 90.0 % after
		// the fixes found in its odd half
		{"testdata/extract-own-22", 88.5, ""},
		// a twenty-third: 89.2 % untouched (odd half, the tuning half,
		// 87.2 %; even half held out 91.5 %; its README), 90.6 % after
		// the fixes found in its odd half
		{"testdata/extract-own-23", 90.0, ""},
		// a twenty-fourth: 92.4 % untouched (odd half, the tuning half,
		// 94.2 %; even half held out 90.2 %; its README), 95.4 % after
		// the fixes found in its odd half
		{"testdata/extract-own-24", 95.0, ""},
		// a twenty-fifth, fifteen documents (the corpus used up; nine of
		// them tell no incident): 87.1 % untouched (odd half, the tuning
		// half, 85.7 %; even half held out 88.0 %; its README)
		{"testdata/extract-own-25", 87.0, ""},
	} {
		files, err := filepath.Glob(filepath.Join(set.dir, "*.json"))
		if err != nil || len(files) == 0 {
			t.Errorf("%s: no gold files (%v)", set.dir, err)
			continue
		}
		sort.Strings(files)
		passed, total := 0, 0
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var g extractGold
			if err := json.Unmarshal(raw, &g); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			docs := sharedCorpus
			if set.docs != "" {
				docs = set.docs
			}
			in, err := extract.File(filepath.Join(docs, g.Doc))
			if err != nil {
				t.Errorf("%s: %v", g.Doc, err)
				continue
			}
			ok, failed := scoreGold(g, in)
			passed += ok
			total += ok + len(failed)
			for _, what := range failed {
				t.Logf("%s: %s", g.Doc, what)
			}
		}
		score := 100 * float64(passed) / float64(total)
		t.Logf("%s: %.1f %% (%d/%d checks)", filepath.Base(set.dir), score, passed, total)
		if score < set.floor {
			t.Errorf("%s: extraction scores %.1f %% (%d/%d), under its floor %.1f %%", set.dir, score, passed, total, set.floor)
		}
	}
}
