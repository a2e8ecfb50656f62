package indexer

import (
	"errors"
	"testing"

	"github.com/incidex/incidex/data"
)

func sample(id, title string) *data.Incident {
	return &data.Incident{
		ID: id, URL: "https://status.example.invalid/" + id, Title: title, Lang: "zh", Org: "澜川云",
		Published: "2021-05-24", StartedAt: "2021-05-17T23:15:00+08:00", Cause: "主备光缆同时中断",
		Timeline: []data.TimelineEvent{{At: "2021-05-17T23:15:00+08:00", TimeText: "5月17日 23:15", Text: "值班运维接到报警"}},
		Patterns: []string{"network"},
	}
}

func TestOpenPutReopenGet(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(sample("a1", "光缆中断"), sample("a2", "证书过期")); err != nil {
		t.Fatal(err)
	}
	// a second process must fail fast with a clear error, not hang
	if _, err := Open(dir); !errors.Is(err, ErrLocked) {
		t.Errorf("second Open: %v, want ErrLocked", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != 2 {
		t.Errorf("count %d after reopen, want 2", n)
	}
	in, err := ix.Get("a1")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "光缆中断" || len(in.Timeline) != 1 || in.Timeline[0].TimeText != "5月17日 23:15" {
		t.Errorf("stored incident came back as %+v", in)
	}
	// re-putting the same id replaces it
	if err := ix.Put(sample("a1", "光缆中断（更新）")); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != 2 {
		t.Errorf("count %d after update, want 2", n)
	}
	if _, err := ix.Get("nope"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("Get(nope): %v, want ErrNotFound", err)
	}
	if _, err := ix.Get("../etc/passwd"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("Get(traversal): %v, want ErrNotFound", err)
	}
	h, _ := ix.StoredHash("a2")
	if h != Hash(sample("a2", "证书过期")) {
		t.Errorf("stored hash %q does not match the incident's", h)
	}
}

func TestPutRejectsInvalid(t *testing.T) {
	ix, err := NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	bad := sample("x1", "t")
	bad.Patterns = []string{"not-a-pattern"}
	if err := ix.Put(bad); err == nil {
		t.Error("an unknown pattern was accepted")
	}
	bad = sample("x/1", "t")
	if err := ix.Put(bad); err == nil {
		t.Error("an id with a slash was accepted")
	}
}

func TestVersionMismatch(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Bleve().SetInternal(versionKey, []byte("0")); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := Open(dir); !errors.Is(err, ErrVersion) {
		t.Errorf("Open of an old index: %v, want ErrVersion", err)
	}
}
