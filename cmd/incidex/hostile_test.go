package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/search"
)

// TestHostileInput: bad files fail alone with a reason, never crash the
// import, and the index keeps serving; bad queries get a one-line error.
func TestHostileInput(t *testing.T) {
	dir := t.TempDir()
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("<html><head><meta charset=\"utf-8\"><title>数据库主从切换故障说明</title></head><body><article><h1>数据库主从切换故障说明</h1><h2>故障原因</h2><p>主从延迟导致切换后数据不一致。</p></article></body></html>"))
	files := map[string][]byte{
		"empty.md":        nil,
		"binary.txt":      append([]byte("\x00\x01\x02\x03PK\x05\x06"), bytes.Repeat([]byte{0}, 100)...),
		"huge.html":       bytes.Repeat([]byte("<p>outage</p>"), 2<<20), // 26 MB, over the 20 MB cap
		"nested.html":     []byte(strings.Repeat("<div>", 200000) + "<h1>Nested outage</h1><p>root cause: a loop</p>" + strings.Repeat("</div>", 200000)),
		"invalid.txt":     []byte("Outage report\n\nThe \xff\xfe cache \xc3\x28 failed and every request timed out for an hour.\n"),
		"gbk-as-utf8.htm": gbk,
		"xss.md":          []byte("---\ntitle: \"<script>alert(1)</script> outage\"\n---\n\n## Root cause\n\n<img src=x onerror=alert(2)> a bad deploy\n"),
		"ok.md":           []byte("# Cache outage\n\n## Root cause\n\nThe cache ran out of memory.\n"),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dataDir := t.TempDir()
	out, errs, code := incidex(t, "import", "--data", dataDir, dir)
	if code != 0 {
		t.Fatalf("import: exit %d %s %s", code, out, errs)
	}
	// empty, binary and huge fail with their reasons; the rest import
	// (the nested page through its text: the HTML parser refuses it)
	if !strings.HasPrefix(out, "imported 5, updated 0, unchanged 0, skipped 0, failed 3") || !strings.Contains(out, "binary content") || !strings.Contains(out, "over the") {
		t.Errorf("import said %q", out)
	}
	var res search.Result
	out, _, _ = incidex(t, "search", "--data", dataDir, "--json", "主从切换")
	if json.Unmarshal([]byte(out), &res) != nil || res.Total == 0 || res.Hits[0].ID != fileID(t, filepath.Join(dir, "gbk-as-utf8.htm")) || res.Hits[0].URL != "" || res.Hits[0].Title != "数据库主从切换故障说明" {
		t.Errorf("the GBK page labelled UTF-8 was not decoded: %s", out)
	}
	out, _, _ = incidex(t, "search", "--data", dataDir, "--json", "--limit", "100", "")
	json.Unmarshal([]byte(out), &res)
	for _, h := range res.Hits {
		for _, frags := range h.Highlights {
			for _, f := range frags {
				if strings.Contains(f, "<script") || strings.Contains(f, "<img") {
					t.Errorf("unescaped markup in a highlight: %s", f)
				}
			}
		}
		if in := showJSON(t, dataDir, h.ID); h.ID == fileID(t, filepath.Join(dir, "gbk-as-utf8.htm")) && strings.ContainsRune(in.Title+in.Text, '\uFFFD') {
			t.Errorf("replacement characters in the GBK page: %q", in.Text)
		}
	}
	for _, q := range []string{strings.Repeat("光缆", 600), `"unbalanced`, "the of and", "的 了 是", "-", `""`, "cause:", "%00\x00"} {
		_, errs, code := incidex(t, "search", "--data", dataDir, "--json", q)
		if code != 0 && (code != 2 || strings.Count(strings.TrimSpace(errs), "\n") > 0) {
			t.Errorf("search %.20q: exit %d %q", q, code, errs)
		}
	}
}

func showJSON(t *testing.T, dataDir, id string) *data.Incident {
	t.Helper()
	out, errs, code := incidex(t, "show", "--data", dataDir, "--json", id)
	if code != 0 {
		t.Fatalf("show %s: %s", id, errs)
	}
	var in data.Incident
	if err := json.Unmarshal([]byte(out), &in); err != nil {
		t.Fatal(err)
	}
	return &in
}
