package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func extractFixture(t *testing.T, name string) *data.Incident {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	in, err := Extract(body, "testdata/"+name, "")
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return in
}

// TestGolden compares each fixture's extraction with its golden JSON;
// go test ./crawler/extract -update rewrites them after a deliberate change.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.*")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			in := extractFixture(t, name)
			got, err := json.MarshalIndent(in, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./crawler/extract -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s differs from %s; review and run with -update\n%s", name, golden, firstDiff(string(want), string(got)))
			}
		})
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n want %s\n got  %s", i+1, al[i], bl[i])
		}
	}
	return "lengths differ"
}

// TestBoilerplateRemoved checks that page furniture never reaches the text.
func TestBoilerplateRemoved(t *testing.T) {
	for name, banned := range map[string][]string{
		"zh-fiber-cut.html":         {"ICP", "更多推荐", "热门文章", "分享到", "评论"},
		"en-thundering-herd.html":   {"cookie", "Newsletter", "Related posts", "Recommended reading"},
		"txt-accidental-delete.txt": {"首页 >", "分享到", "扫码关注"},
		"md-cert-expiry.md":         {"Edit this page", "draft notes", "Back to top"},
	} {
		in := extractFixture(t, name)
		for _, b := range banned {
			if strings.Contains(strings.ToLower(in.Text), strings.ToLower(b)) {
				t.Errorf("%s: text holds boilerplate %q", name, b)
			}
		}
	}
}

func TestSectionsAndMetadata(t *testing.T) {
	for _, tc := range []struct {
		file                        string
		lang, title, published      string
		cause, remediation, lessons string
		impact, startedAt, pattern  string
	}{
		{"zh-fiber-cut.html", "zh", "青禾邮箱", "2023-03-15", "重连", "限流", "演练", "登录", "2023-03-11T23:40:00+08:00", "network"},
		{"gbk-db-failover.html", "zh", "订单", "2019-10-28", "主从延迟", "半同步复制", "", "", "2019-10-23T20:14:00+08:00", "database"},
		{"en-thundering-herd.html", "en", "June 9", "2022-06-09", "failover", "backoff", "recovered", "81%", "2022-06-09T14:02:00Z", "retry-storm"},
		{"md-cert-expiry.md", "en", "expired internal certificate", "2021-11-02", "cron", "", "", "", "2021-10-29T09:00:00Z", "certificate"},
		{"txt-accidental-delete.txt", "zh", "误删", "2020-06-05", "名单", "预演模式", "恢复的速度", "120", "2020-06-03T10:05:00+08:00", "data-loss"},
		{"en-plain.txt", "en", "Kestrel DNS", "", "typo", "canary", "", "SERVFAIL", "2019-08-21T13:04:00Z", "dns"},
		{"pdf-power-outage.pdf", "zh", "供电中断", "2022-08-19", "电池", "双路供电", "备用电源", "1200台", "2022-08-16T02:14:00+08:00", "power-facility"},
	} {
		in := extractFixture(t, tc.file)
		check := func(what, got, want string) {
			if want != "" && !strings.Contains(got, want) {
				t.Errorf("%s: %s %q lacks %q", tc.file, what, trunc(got), want)
			}
		}
		if in.Lang != tc.lang {
			t.Errorf("%s: lang %q, want %q", tc.file, in.Lang, tc.lang)
		}
		check("title", in.Title, tc.title)
		if tc.published != "" && in.Published != tc.published {
			t.Errorf("%s: published %q, want %q", tc.file, in.Published, tc.published)
		}
		check("cause", in.Cause, tc.cause)
		check("remediation", in.Remediation, tc.remediation)
		check("lessons", in.Lessons, tc.lessons)
		check("impact", in.Impact, tc.impact)
		if len(in.Timeline) == 0 || in.StartedAt != tc.startedAt {
			t.Errorf("%s: started_at %q (timeline %+v), want %s", tc.file, in.StartedAt, in.Timeline, tc.startedAt)
		}
		found := false
		for _, p := range in.Patterns {
			found = found || p == tc.pattern
		}
		if !found {
			t.Errorf("%s: patterns %v lack %s", tc.file, in.Patterns, tc.pattern)
		}
		if err := (&data.Incident{ID: in.ID, Lang: in.Lang, Published: in.Published, StartedAt: in.StartedAt, EndedAt: in.EndedAt, Patterns: in.Patterns}).Validate(); err != nil {
			t.Errorf("%s: %v", tc.file, err)
		}
	}
}

func trunc(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

func TestRejects(t *testing.T) {
	if _, err := Extract([]byte("\x00\x01\x02binary"), "x.txt", ""); err == nil {
		t.Error("binary content was accepted")
	}
	if _, err := Extract([]byte("   \n\n  "), "x.md", ""); err == nil {
		t.Error("an empty document was accepted")
	}
	if _, err := Extract([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer"), "x.pdf", ""); err == nil {
		t.Error("a malformed PDF was accepted")
	}
	pdfBody, err := os.ReadFile("testdata/pdf-power-outage.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{100, len(pdfBody) / 2, len(pdfBody) - 50} {
		if in, err := Extract(pdfBody[:cut], "x.pdf", ""); err == nil && in.Title == "" && in.Text == "" {
			t.Errorf("a PDF cut at %d gave an empty incident and no error", cut)
		}
	}
}

// TestCuePrefilter: the literal prefilter of the paragraph cues never
// turns away a text its regexp matches, and does turn away texts without
// cues.
func TestCuePrefilter(t *testing.T) {
	texts := []string{
		"the outage was caused by a bad config push", "we were down for 2 hours", "it was down", "we'll add alerts",
		"we are going to shard the queue", "resolved the incident by restarting", "根本原因是光缆被挖断", "预计本周内完成改造",
		"lessons learned: test restores", "what went wrong", "the weather was nice", "今天天气很好", "causing a cascade", "because",
		"error rates rose", "affected customers saw errors",
	}
	for _, c := range paragraphCues {
		if c.pre == nil {
			t.Fatalf("%s: no literal prefixes found", c.sec)
		}
		for _, text := range texts {
			if c.re.MatchString(text) && !containsAny(text, c.pre) {
				t.Errorf("%s: the prefilter turns away %q, which the regexp matches", c.sec, text)
			}
		}
	}
	if got := cueSection("the weather was nice and the team had lunch"); got != "" {
		t.Errorf("a paragraph without cues: %q", got)
	}
	if got := topAlternatives(`a|b(c|d)|[|]x|\|y`); strings.Join(got, ",") != `a,b(c|d),[|]x,\|y` {
		t.Errorf("topAlternatives: %q", got)
	}
}
