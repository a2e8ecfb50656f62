package extract

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/incidex/incidex/data"
)

// markupRE finds what must never reach a text field: HTML tags, attribute
// debris of a tag cut across lines, Markdown links and images.
var markupRE = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+(?:="[^"]*")?)*\s*/?>|\b[a-z][a-z-]+="[^"]*"\s*/?>|!\[[^\]]*\]\(|\]\((?:https?:|/|#)`)

// salutationRE is the greeting a letter opens with.
var salutationRE = regexp.MustCompile(`(?i)^(?:尊敬的|亲爱的|各位|您好|你好|大家好|dear\b|hi\b|hello\b|greetings\b)`)

// invariants lists what is wrong with one extracted incident.
func invariants(in *data.Incident) []string {
	var bad []string
	var start, end time.Time
	if in.StartedAt != "" {
		start, _ = time.Parse(time.RFC3339, in.StartedAt)
	}
	if in.EndedAt != "" {
		end, _ = time.Parse(time.RFC3339, in.EndedAt)
	}
	var prev time.Time
	before, after := 0, 0
	for i, ev := range in.Timeline {
		if ev.At == "" {
			continue
		}
		t, err := time.Parse(time.RFC3339, ev.At)
		if err != nil {
			bad = append(bad, fmt.Sprintf("timeline[%d].at %q", i, ev.At))
			continue
		}
		if !prev.IsZero() && t.Before(prev) {
			bad = append(bad, fmt.Sprintf("timeline out of order at %d (%s after %s)", i, ev.At, prev.Format(time.RFC3339)))
			break
		}
		prev = t
		// T+0 is the start: what set the incident up (a change before
		// it) may come before it, but most of the timeline comes after;
		// an event dated by its day alone does not count
		if dayOnly := !strings.ContainsAny(ev.TimeText, ":：时点") && t.Hour() == 0 && t.Minute() == 0; !start.IsZero() && !dayOnly {
			if t.Before(start) {
				before++
			} else {
				after++
			}
		}
	}
	if before > after {
		bad = append(bad, fmt.Sprintf("%d timeline events before started_at %s and %d after (T+0 is not at the start)", before, in.StartedAt, after))
	}
	if !start.IsZero() && !end.IsZero() {
		span := end.Sub(start).Minutes()
		d := float64(in.DurationMinutes)
		if span <= 0 {
			bad = append(bad, "ended_at is not after started_at")
		} else if d < span*0.9-1 || d > span*1.1+1 {
			bad = append(bad, fmt.Sprintf("duration %d min, but end-start is %.0f min", in.DurationMinutes, span))
		}
	}
	fields := map[string]string{"title": in.Title, "summary": in.Summary, "impact": in.Impact, "cause": in.Cause,
		"remediation": in.Remediation, "lessons": in.Lessons, "text": in.Text, "org": in.Org}
	for i, ev := range in.Timeline {
		fields[fmt.Sprintf("timeline[%d]", i)] = ev.Text
	}
	for name, v := range fields {
		if m := markupRE.FindString(v); m != "" {
			bad = append(bad, fmt.Sprintf("%s holds markup %q", name, m))
		}
	}
	if strings.TrimSpace(in.Title) == "" {
		bad = append(bad, "empty title")
	}
	if salutationRE.MatchString(strings.TrimSpace(in.Summary)) {
		bad = append(bad, fmt.Sprintf("summary is a salutation: %q", head(in.Summary, 60)))
	}
	han, latin := 0, 0
	langOf := in.Text
	if strings.TrimSpace(langOf) == "" {
		langOf = in.Title // a page whose body is all furniture (a status page's subscribe form): its title's language
	}
	for _, r := range langOf {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case han > latin && in.Lang != "zh":
		bad = append(bad, fmt.Sprintf("lang %s, but %d Han characters and %d letters", in.Lang, han, latin))
	case han == 0 && in.Lang != "en":
		bad = append(bad, fmt.Sprintf("lang %s without a Han character", in.Lang))
	}
	return bad
}

// TestCorpusInvariants extracts every document of the shared corpus and
// checks what must hold of any incident: the timeline in time order with
// T+0 at the start, a duration that agrees with start and end, no markup
// in any text field, a title, a summary that is not a greeting, and a
// lang that matches the text. Skips without ../shared.
func TestCorpusInvariants(t *testing.T) {
	t.Parallel()
	root := filepath.Join("..", "..", "..", "shared", "corpus", "docs")
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared/corpus is not here")
	}
	n, failed := 0, 0
	err := filepath.WalkDir(root, func(path string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		if _, err := FormatOf(path, "", nil); err != nil || strings.HasSuffix(path, ".yaml") {
			return nil
		}
		body, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		in, err := Extract(body, path, "")
		if err != nil {
			return nil // a document extract refuses is not an incident
		}
		n++
		if bad := invariants(in); len(bad) > 0 {
			failed++
			rel, _ := filepath.Rel(root, path)
			t.Errorf("%s: %s", rel, strings.Join(bad, "; "))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 100 {
		t.Fatalf("only %d documents extracted", n)
	}
	t.Logf("%d documents, %d with a broken invariant", n, failed)
}

// TestInvariantsCatch proves the invariants see each fault.
func TestInvariantsCatch(t *testing.T) {
	good := func() *data.Incident {
		return &data.Incident{Title: "Queue outage", Lang: "en", Summary: "The queue was down.", Text: "The queue was down.",
			StartedAt: "2024-01-02T10:00:00Z", EndedAt: "2024-01-02T11:00:00Z", DurationMinutes: 60,
			Timeline: []data.TimelineEvent{{At: "2024-01-02T10:00:00Z", Text: "alert"}, {At: "2024-01-02T11:00:00Z", Text: "resolved"}}}
	}
	if bad := invariants(good()); len(bad) > 0 {
		t.Fatalf("a sound incident fails: %v", bad)
	}
	for name, spoil := range map[string]func(*data.Incident){
		"order": func(in *data.Incident) { in.Timeline[0], in.Timeline[1] = in.Timeline[1], in.Timeline[0] },
		"t0": func(in *data.Incident) {
			in.StartedAt = "2024-01-02T11:30:00Z"
			in.EndedAt = "2024-01-02T12:30:00Z"
			in.DurationMinutes = 60
		},
		"duration":   func(in *data.Incident) { in.DurationMinutes = 4320 },
		"markup":     func(in *data.Incident) { in.Text = `data-otp-enabled="false">津巴布韦（+263）` },
		"image":      func(in *data.Incident) { in.Title = "# [![Cloud Platform](https://x/logo.png)](https://x/)" },
		"title":      func(in *data.Incident) { in.Title = "" },
		"salutation": func(in *data.Incident) { in.Summary = "尊敬的用户：您好！" },
		"lang":       func(in *data.Incident) { in.Text = "邮件服务中断了二十三个小时" },
	} {
		in := good()
		spoil(in)
		if len(invariants(in)) == 0 {
			t.Errorf("%s: the fault goes unseen", name)
		}
	}
}

// TestCorpusCases: the write-ups of the shared corpus that a new user saw
// come out wrong. Skips without ../shared.
func TestCorpusCases(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "corpus", "docs")
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared/corpus is not here")
	}
	get := func(rel string) *data.Incident {
		t.Helper()
		body, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		in, err := Extract(body, rel, "")
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	// Atlassian: an outage still going on ten days in
	in := get("seeds/atlassian-outage-2022.txt")
	if strings.HasPrefix(in.Title, "•") || !strings.Contains(in.Title, "Atlassian") {
		t.Errorf("atlassian: title %q", in.Title)
	}
	if in.EndedAt != "" || in.DurationMinutes != 0 && in.DurationMinutes < 10*24*60 {
		t.Errorf("atlassian: ended %q, duration %d min: an ongoing outage has no end and no 3 d", in.EndedAt, in.DurationMinutes)
	}
	days := map[string]bool{}
	for _, ev := range in.Timeline {
		if days[ev.At] {
			t.Errorf("atlassian: %s told twice in the timeline", ev.TimeText)
		}
		days[ev.At] = true
	}
	if in.Summary == "" || !strings.HasPrefix(in.StartedAt, "2022-04-04") {
		t.Errorf("atlassian: summary %q, started %q", in.Summary, in.StartedAt)
	}
	// 263: a letter
	in = get("seeds/263-mail-outage-2021.txt")
	if strings.Contains(in.Summary, "尊敬的") || strings.Contains(in.Summary, "您好") || in.Summary == "" {
		t.Errorf("263: summary %q", in.Summary)
	}
	if strings.Contains(in.Remediation, "道歉") || strings.Contains(in.Remediation, "有限公司") {
		t.Errorf("263: remediation ends with the letter's close: %q", in.Remediation[max(0, len(in.Remediation)-200):])
	}
	if in.Published != "2021-05-24" || in.StartedAt != "2021-05-17T23:15:00+08:00" {
		t.Errorf("263: published %q, started %q", in.Published, in.StartedAt)
	}
	// LeanCloud: an image's caption, a timeline out of order
	in = get("seeds/leancloud-im-outage-2015.txt")
	if strings.Contains(in.Summary+in.Text, "Screen Shot") {
		t.Error("leancloud: an image caption is in the text")
	}
	// MoJ: a beta test weeks before does not start the incident
	in = get("moj-cloud-platform/2026-03-30-ingress-nginx-rollback.md")
	if in.StartedAt != "2026-03-30T08:56:00Z" || in.DurationMinutes > 24*60 {
		t.Errorf("moj: started %q, %d min", in.StartedAt, in.DurationMinutes)
	}
	// icco: front matter names the times and the company
	in = get("icco-postmortems/01494547-7ee9-4169-a0c0-d921fa309d83.md")
	if in.StartedAt != "2007-12-05T22:04:00Z" || in.EndedAt != "2007-12-06T06:08:00Z" || in.DurationMinutes != 484 || in.Org == "" {
		t.Errorf("icco: %s – %s (%d min), org %q", in.StartedAt, in.EndedAt, in.DurationMinutes, in.Org)
	}
	if strings.Contains(in.Summary, "](") {
		t.Errorf("icco: summary %q holds a link's markup", in.Summary)
	}
	// a status page translated into Chinese: no form markup, lang zh
	in = get("opendoccn-hackernews-2024-zh/GitHub-Status-We-are-investigating-reports-of-degraded-performance-.md")
	if strings.Contains(in.Text, "data-otp-enabled") || strings.Contains(in.Text, "<option") || in.Lang != "zh" {
		t.Errorf("github zh: lang %s, text %q", in.Lang, head(in.Text, 300))
	}
}
