package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBackupRoundTrip: a backup taken offline and one taken while serve
// runs both open as data folders and answer searches as the original does.
func TestBackupRoundTrip(t *testing.T) {
	dataDir := t.TempDir()
	docs, _ := filepath.Glob(filepath.Join(fixtures, "*.*"))
	if _, errs, code := incidex(t, append([]string{"import", "--data", dataDir}, docs...)...); code != 0 {
		t.Fatal(errs)
	}
	want, _, _ := incidex(t, "search", "--data", dataDir, "--json", "--limit", "100", "光缆 OR outage")
	want = dropTook(want)

	offline := filepath.Join(t.TempDir(), "b1")
	if out, errs, code := incidex(t, "backup", "--data", dataDir, offline); code != 0 || !strings.HasPrefix(out, "backup written to") {
		t.Fatalf("offline backup: %d %s %s", code, out, errs)
	}
	if got, _, _ := incidex(t, "search", "--data", offline, "--json", "--limit", "100", "光缆 OR outage"); dropTook(got) != want {
		t.Errorf("the offline backup answers differently")
	}
	if _, errs, code := incidex(t, "backup", "--data", dataDir, offline); code != 1 || !strings.Contains(errs, "not empty") {
		t.Errorf("backup into a non-empty folder: %d %s", code, errs)
	}

	if testing.Short() {
		return
	}
	// while serve runs (a real process holding the data folder)
	srv := exec.Command(os.Args[0], "-test.run=^$")
	srv.Env = append(os.Environ(), childEnv+"="+strings.Join([]string{"serve", "--data", dataDir, "--addr", "127.0.0.1:0", "--crawl-every", "off"}, "\x1f"))
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		srv.Process.Signal(syscall.SIGTERM)
		srv.Wait()
	}()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(dataDir, addrFile)); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("serve did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}
	online := filepath.Join(t.TempDir(), "b2")
	if out, errs, code := incidex(t, "backup", "--data", dataDir, online); code != 0 || !strings.Contains(out, "written by incidex serve") {
		t.Fatalf("backup while serve runs: %d %s %s", code, out, errs)
	}
	if got, _, _ := incidex(t, "search", "--data", online, "--json", "--limit", "100", "光缆 OR outage"); dropTook(got) != want {
		t.Errorf("the online backup answers differently")
	}
}

// dropTook removes the timing from a search's JSON.
func dropTook(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, `"took_ms"`) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestBenchSmoke runs the benchmark command on the fixtures: every column
// is filled and no query fails, cached (30) or uncached (30).
func TestBenchSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("starts serve")
	}
	out, errs, code := incidex(t, "bench", "--corpus", fixtures, "--k", "2", "--queries", "30", "--json")
	if code != 0 {
		t.Fatalf("bench: %d %s", code, errs)
	}
	var rows []benchRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 1 {
		t.Fatalf("bench JSON: %v %s", err, out)
	}
	r := rows[0]
	files, _, _ := collectFiles([]string{fixtures})
	if r.Docs != 2*len(files) || r.DocsPerSec <= 0 || r.GseMBPerSec <= 0 || r.IndexMB <= 0 || r.FirstAnswerMS <= 0 || r.Queries != 60 || r.Errors != 0 || r.P99MS < r.P50MS ||
		r.FreshP50MS <= 0 || r.FreshP99MS < r.FreshP50MS || r.ServeRSSMB <= 0 || r.ImportRSSMB <= 0 {
		t.Errorf("bench row %+v", r)
	}
}
