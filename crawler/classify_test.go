package crawler

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/incidex/incidex/crawler/extract"
)

// TestClassifierOnSharedCorpus measures IsPostmortem on the shared corpus,
// whose manifest says what each document is: postmortems, status-page
// incidents and incident notices should be taken; news items, analyses
// and essays are what a blog's listing also links to. Skips without
// ../shared.
func TestClassifierOnSharedCorpus(t *testing.T) {
	root := "../../shared/corpus"
	f, err := os.Open(filepath.Join(root, "manifest.jsonl"))
	if err != nil {
		t.Skip("../shared/corpus is not here")
	}
	defer f.Close()
	var tp, fn, fp, tn, stubs int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var m struct {
			Path   string `json:"path"`
			Labels struct {
				DocType string `json:"doc_type"`
			} `json:"labels"`
		}
		if json.Unmarshal(sc.Bytes(), &m) != nil {
			continue
		}
		body, err := os.ReadFile(filepath.Join(root, m.Path))
		if err != nil {
			continue
		}
		in, err := extract.Extract(body, m.Path, "")
		if err != nil {
			continue
		}
		if utf8.RuneCountInString(in.Text) < 300 {
			stubs++ // a paragraph-long stub: too little to call either way
			continue
		}
		want := strings.Contains(m.Labels.DocType, "postmortem") || strings.Contains(m.Labels.DocType, "incident")
		got, _ := IsPostmortem(in)
		switch {
		case want && got:
			tp++
		case want && !got:
			fn++
		case !want && got:
			fp++
		default:
			tn++
		}
	}
	recall := float64(tp) / float64(tp+fn)
	precision := float64(tp) / float64(tp+fp)
	t.Logf("postmortems taken %d, missed %d; others taken %d, refused %d: precision %.2f, recall %.2f (%d stubs under 300 characters left out)", tp, fn, fp, tn, precision, recall, stubs)
	if recall < 0.85 || precision < 0.85 {
		t.Errorf("precision %.2f, recall %.2f: want 0.85 or more of each", precision, recall)
	}
}
