package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

// regexpTook matches the time a text search took.
var regexpTook = regexp.MustCompile(`\(\d+ ms\)`)

// startServe runs incidex serve on dataDir in a child process and waits
// until it has written its address; it is stopped when the test ends.
func startServe(t *testing.T, dataDir string) {
	t.Helper()
	srv := exec.Command(os.Args[0], "-test.run=^$")
	srv.Env = append(os.Environ(), childEnv+"="+strings.Join([]string{"serve", "--data", dataDir, "--addr", "127.0.0.1:0", "--crawl-every", "off"}, "\x1f"))
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		srv.Process.Signal(syscall.SIGTERM)
		srv.Wait()
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(dataDir, addrFile)); err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("serve did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestReadOnlyWhileServing: search and show answer while serve holds the
// data folder, exactly as they do without it; a write command says that
// serve holds it.
func TestReadOnlyWhileServing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts serve")
	}
	dataDir := t.TempDir()
	docs, _ := filepath.Glob(filepath.Join(fixtures, "*.*"))
	if _, errs, code := incidex(t, append([]string{"import", "--data", dataDir}, docs...)...); code != 0 {
		t.Fatal(errs)
	}
	type call struct {
		args []string
		code int
	}
	calls := []call{
		{[]string{"search", "--json", "--limit", "3", "光缆中断"}, 0},
		{[]string{"search", "--json", "--filter", "lang=en", "--sort", "date", "outage"}, 0},
		{[]string{"search", "--json", "--limit", "1", "--offset", "1", "光缆 OR outage"}, 0},
		{[]string{"search", "thundering", "herd"}, 0},
		{[]string{"search", "pattern:nope"}, 2},
		{[]string{"show", "0000000000000000"}, 1},
	}
	offline := make([][3]string, len(calls))
	for i, c := range calls {
		out, errs, code := incidex(t, append(c.args, "--data", dataDir)...)
		if code != c.code {
			t.Fatalf("%v without serve: exit %d %s", c.args, code, errs)
		}
		offline[i] = [3]string{dropTook(out), errs}
	}
	var res search.Result
	if err := json.Unmarshal([]byte(offline[0][0]), &res); err != nil || len(res.Hits) == 0 {
		t.Fatalf("光缆中断: %v %s", err, offline[0][0])
	}
	id := res.Hits[0].ID
	showOffline, _, _ := incidex(t, "show", "--json", "--data", dataDir, id)

	startServe(t, dataDir)
	for i, c := range calls {
		out, errs, code := incidex(t, append(c.args, "--data", dataDir)...)
		if code != c.code {
			t.Errorf("%v while serve runs: exit %d %s", c.args, code, errs)
			continue
		}
		if c.args[1] != "--json" {
			out = regexpTook.ReplaceAllString(out, "")
			offline[i][0] = regexpTook.ReplaceAllString(offline[i][0], "")
		}
		if dropTook(out) != offline[i][0] || errs != offline[i][1] {
			t.Errorf("%v while serve runs:\n%s%s\nwithout serve:\n%s%s", c.args, out, errs, offline[i][0], offline[i][1])
		}
	}
	if out, errs, code := incidex(t, "show", "--json", "--data", dataDir, id); code != 0 || out != showOffline {
		t.Errorf("show while serve runs: exit %d %s\n%s\nwant\n%s", code, errs, out, showOffline)
	}
	_, errs, code := incidex(t, "import", "--data", dataDir, docs[0])
	if code != 1 || !strings.Contains(errs, "incidex serve") || strings.Count(errs, "\n") != 1 {
		t.Errorf("import while serve runs: exit %d %q", code, errs)
	}
}

// TestNoDataFolder: a read-only command on a folder with no data says so
// and creates nothing.
func TestNoDataFolder(t *testing.T) {
	parent := t.TempDir()
	missing := filepath.Join(parent, "incidex-data")
	for _, args := range [][]string{
		{"search", "重连风暴"},
		{"search", "--json"},
		{"show", "0123456789abcdef"},
		{"backup", filepath.Join(parent, "b")},
		{"delete", "0123456789abcdef"},
	} {
		_, errs, code := incidex(t, append(args, "--data", missing)...)
		want := "incidex " + args[0] + ": no data folder at " + missing + ": run `incidex serve` or `incidex import`, or pass --data\n"
		if code != 1 || errs != want {
			t.Errorf("%v: exit %d %q, want 1 %q", args, code, errs, want)
		}
		if entries, _ := os.ReadDir(parent); len(entries) != 0 {
			t.Fatalf("%v created %v", args, entries)
		}
	}
	// a folder without an index: the same, and it stays empty
	empty := t.TempDir()
	if _, errs, code := incidex(t, "search", "--data", empty, "x"); code != 1 || !strings.Contains(errs, "no index in the data folder") {
		t.Errorf("empty folder: exit %d %q", code, errs)
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("search created %v in an empty folder", entries)
	}
}

// TestErrorsPrintedOnce: one line, one "incidex COMMAND:" prefix.
func TestErrorsPrintedOnce(t *testing.T) {
	dataDir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"search", "--data", dataDir, "--bogus", "x"}, "incidex search: flag provided but not defined: -bogus ('incidex search --help' lists the flags)\n"},
		{[]string{"extract", filepath.Join(dataDir, "missing.txt")}, "incidex extract: stat " + filepath.Join(dataDir, "missing.txt") + ": no such file or directory\n"},
		{[]string{"show", "--data", dataDir, "../x"}, "incidex show: \"../x\" is not an incident id (letters, digits, '-' and '_')\n"},
	} {
		out, errs, code := incidex(t, tc.args...)
		if code == 0 || errs != tc.want || out != "" {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.args, code, errs, tc.want)
		}
	}
	// help is asked for: printed once, exit 0
	_, errs, code := incidex(t, "search", "--help")
	if code != 0 || strings.Count(errs, "usage: incidex search") != 1 || !strings.Contains(errs, "-limit") {
		t.Errorf("search --help: exit %d %q", code, errs)
	}
}

// TestUntitledInCLI: an incident without a title is shown by its summary.
func TestUntitledInCLI(t *testing.T) {
	dataDir := t.TempDir()
	ix, err := indexer.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	in := &data.Incident{ID: "0badc0ffee000001", Lang: "en", Org: "Fernwood Freight",
		Summary: "The parcel tracker stopped answering for 40 minutes after a certificate expired on the load balancer.",
		Cause:   "The certificate of the tracker's load balancer expired; renewal had been disabled during a migration."}
	if err := ix.Put(in); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	out, errs, code := incidex(t, "search", "--data", dataDir, "tracker")
	if code != 0 || !strings.Contains(out, "\n1. The parcel tracker stopped answering for 40 minutes after a certificat…\n") {
		t.Errorf("search: exit %d %s %q", code, errs, out)
	}
	out, errs, code = incidex(t, "show", "--data", dataDir, in.ID)
	if code != 0 || !strings.HasPrefix(out, "The parcel tracker stopped answering") {
		t.Errorf("show: exit %d %s %q", code, errs, out)
	}
}
