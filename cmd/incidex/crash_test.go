package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/incidex/incidex/indexer"
)

func TestMain(m *testing.M) {
	if args := os.Getenv(childEnv); args != "" {
		os.Exit(run(strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestKilledImport kills an import with SIGKILL at several moments: the
// index must open and serve afterwards, and the next import must finish
// the work with every document in once.
func TestKilledImport(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes")
	}
	docs := t.TempDir()
	const n = 1200
	for i := 0; i < n; i++ {
		body := fmt.Sprintf("# Outage %d: cache failover\n\n## Root cause\n\nThe primary cache node %d failed and clients reconnected all at once; 光缆中断 %d.\n", i, i, i)
		if err := os.WriteFile(filepath.Join(docs, fmt.Sprintf("pm-%04d.md", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dataDir := t.TempDir()
	for round, after := range []time.Duration{300 * time.Millisecond, 700 * time.Millisecond, 1200 * time.Millisecond} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+strings.Join([]string{"import", "--data", dataDir, docs}, "\x1f"))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()

		ix, err := indexer.Open(dataDir)
		if err != nil {
			t.Fatalf("round %d: the index does not open after SIGKILL: %v", round, err)
		}
		got, err := ix.Count()
		ix.Close()
		if err != nil {
			t.Fatalf("round %d: count: %v", round, err)
		}
		t.Logf("killed after %s: %d of %d documents were in", after, got, n)
		if _, errs, code := incidex(t, "search", "--data", dataDir, "cache failover"); code != 0 {
			t.Fatalf("round %d: search after SIGKILL: %s", round, errs)
		}
	}
	out, errs, code := incidex(t, "import", "--data", dataDir, docs)
	if code != 0 || !strings.Contains(out, "failed 0") {
		t.Fatalf("import after the kills: %s %s", out, errs)
	}
	ix, err := indexer.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got, _ := ix.Count(); got != n {
		t.Errorf("%d incidents after the resumed import, want %d", got, n)
	}
}
