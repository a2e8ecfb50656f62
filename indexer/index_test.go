package indexer

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	index "github.com/blevesearch/bleve_index_api"

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

// TestStoredSourceIsCompressed: the source (the JSON without the main
// text, then the text) is stored zstd-compressed and comes back whole; the
// plain and gzipped JSON of older indexes still decode; a corrupt source
// fails cleanly.
func TestStoredSourceIsCompressed(t *testing.T) {
	ix, err := NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	in := sample("gz1", "光缆中断")
	in.Text = strings.Repeat("主备光缆同时中断，华北一区网络不可用。", 200)
	if err := ix.Put(in); err != nil {
		t.Fatal(err)
	}
	doc, err := ix.Bleve().Document("gz1")
	if err != nil || doc == nil {
		t.Fatalf("document: %v", err)
	}
	var src []byte
	doc.VisitFields(func(f index.Field) {
		if f.Name() == FieldSource {
			src = f.Value()
		}
	})
	zstdMagic := []byte{0x28, 0xb5, 0x2f, 0xfd}
	if !bytes.HasPrefix(src, zstdMagic) || len(src)*4 > len(in.Text) {
		t.Fatalf("stored source %x…, %d bytes for a text of %d", src[:min(4, len(src))], len(src), len(in.Text))
	}
	got, err := ix.Get("gz1")
	if err != nil || got.Text != in.Text || got.Title != in.Title {
		t.Fatalf("Get: %v, text %d bytes (want %d)", err, len(got.Text), len(in.Text))
	}
	var all []*data.Incident
	if err := ix.Each(func(in *data.Incident) error { all = append(all, in); return nil }); err != nil || len(all) != 1 || all[0].Text != in.Text {
		t.Errorf("Each: %v, %d incidents", err, len(all))
	}
	js, _ := json.Marshal(in)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(js)
	zw.Close()
	for name, old := range map[string][]byte{"plain": js, "gzip": gz.Bytes()} {
		if o, err := Decode(old); err != nil || o.Text != in.Text {
			t.Errorf("%s JSON source: %v", name, err)
		}
	}
	if _, err := Decode(append(zstdMagic, "not zstd"...)); err == nil {
		t.Error("a corrupt source decoded without error")
	}
}

// TestCompact: a compacted index on disk is one segment and answers as
// before; compacting an in-memory index (which runs no merger) returns at
// once instead of waiting forever.
func TestCompact(t *testing.T) {
	ix, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for i := 0; i < 5; i++ {
		if err := ix.Put(sample(fmt.Sprintf("c%d", i), "光缆中断")); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	total, live, err := ix.DiskBytes()
	if err != nil || live == 0 || total < live {
		t.Errorf("disk bytes: total %d, live %d, %v", total, live, err)
	}
	if n, _ := ix.Count(); n != 5 {
		t.Errorf("count %d after compaction", n)
	}
	mem, err := NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if err := mem.Put(sample("m1", "光缆中断")); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- mem.Compact(context.Background()) }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("in-memory compact: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Compact of an in-memory index did not return")
	}
}
