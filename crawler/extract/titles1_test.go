package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestTitleSet1 scores the titles of testdata/titles/titles-1.jsonl.
// Failures are logged for the odd lines only (the tuning half); the even
// lines are counted and never shown.
func TestTitleSet1(t *testing.T) {
	f, err := os.Open("testdata/titles/titles-1.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var n, right [2]int
	line := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line++
		var g realWorldGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		half := (line + 1) % 2 // 0: odd lines (tuned), 1: even lines (held out)
		path := filepath.Join("testdata/titles", g.File)
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		abs, _ := filepath.Abs(path)
		in, err := Extract(body, abs, "")
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		n[half]++
		if titleRight(in.Title, g) {
			right[half]++
		} else if half == 0 {
			t.Logf("%s: title %q, want %q", g.File, in.Title, g.Title)
		}
	}
	all := right[0] + right[1]
	t.Logf("titles-1: all %d/%d, odd (tuned) %d/%d, even (held out) %d/%d", all, n[0]+n[1], right[0], n[0], right[1], n[1])
	if n[0]+n[1] != 48 {
		t.Fatalf("read %d pages, want 48", n[0]+n[1])
	}
	// floor: the untouched all (35 of 48) less one page
	if all < 34 {
		t.Errorf("titles-1: %d of 48 titles right, floor 34", all)
	}
}
