package indexer

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	index "github.com/blevesearch/bleve_index_api"
	gojson "github.com/goccy/go-json"
	"github.com/klauspost/compress/zstd"
	bbolterrors "go.etcd.io/bbolt/errors"

	"github.com/incidex/incidex/data"
)

// versionKey is the internal key under which the index records the
// MappingVersion it was built with.
var versionKey = []byte("incidex_mapping_version")

// ErrVersion is returned when an index on disk was built with another
// mapping version and must be rebuilt.
var ErrVersion = errors.New("index was built by another version of incidex")

// ErrLocked is returned when another process holds the index open.
var ErrLocked = errors.New("index is locked")

// runtimeConfig makes a second process fail fast instead of waiting
// forever for the index's lock.
func runtimeConfig() map[string]interface{} {
	return map[string]interface{}{"bolt_timeout": "2s"}
}

// Index is incidex's bleve index of incidents.
type Index struct {
	idx  bleve.Index
	path string
	gen  atomic.Uint64 // bumped after every write
}

// Generation changes after every write to the index: a result computed at
// one generation may be reused while it stays the same.
func (ix *Index) Generation() uint64 { return ix.gen.Load() }

// currentFile names, inside the data folder, the folder of the index in
// use. A rebuild writes a new index beside it and swaps it in by renaming
// a new currentFile over the old one: atomic, so a crash leaves either the
// old index or the new one, never half of one.
const currentFile = "CURRENT"

// IndexDir is the folder of the index in use inside the data folder.
func IndexDir(dataDir string) string {
	if b, err := os.ReadFile(filepath.Join(dataDir, currentFile)); err == nil {
		if name := strings.TrimSpace(string(b)); name != "" && !strings.ContainsAny(name, "/\\") && name != ".." {
			return filepath.Join(dataDir, name)
		}
	}
	return filepath.Join(dataDir, "index")
}

// Open opens the index in dataDir, creating the folder and an empty index
// when there is none yet. An index built with another mapping version
// gives ErrVersion: Rebuild it.
func Open(dataDir string) (*Index, error) {
	return open(dataDir, true)
}

// OpenAnyVersion opens the index whatever mapping version built it, to
// read it for a rebuild.
func OpenAnyVersion(dataDir string) (*Index, error) {
	return open(dataDir, false)
}

func open(dataDir string, checkVersion bool) (*Index, error) {
	if _, err := Segmenter(); err != nil {
		return nil, err
	}
	path := IndexDir(dataDir)
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err == nil {
		idx, err := bleve.OpenUsing(path, runtimeConfig())
		if err != nil {
			if errors.Is(err, bbolterrors.ErrTimeout) {
				return nil, fmt.Errorf("indexer: %q is in use by another incidex process (is incidex serve running on this data folder? stop it first): %w", path, ErrLocked)
			}
			return nil, fmt.Errorf("indexer: open %q: %w", path, err)
		}
		v, err := idx.GetInternal(versionKey)
		if err != nil {
			idx.Close()
			return nil, fmt.Errorf("indexer: read version of %q: %w", path, err)
		}
		if checkVersion && string(v) != MappingVersion {
			idx.Close()
			return nil, fmt.Errorf("indexer: %q was built with mapping version %q, this build needs %q (run incidex reindex): %w", path, v, MappingVersion, ErrVersion)
		}
		return &Index{idx: idx, path: path}, nil
	}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("indexer: create data folder: %w", err)
	}
	return create(path)
}

func create(path string) (*Index, error) {
	m, err := NewMapping()
	if err != nil {
		return nil, fmt.Errorf("indexer: mapping: %w", err)
	}
	idx, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, runtimeConfig())
	if err != nil {
		return nil, fmt.Errorf("indexer: create %q: %w", path, err)
	}
	if err := idx.SetInternal(versionKey, []byte(MappingVersion)); err != nil {
		idx.Close()
		return nil, fmt.Errorf("indexer: write version: %w", err)
	}
	return &Index{idx: idx, path: path}, nil
}

// Rebuild builds a new index beside the one in use, lets fill put every
// incident into it, and swaps it in only when fill succeeded; on any
// error, or a crash, the old index stays in use. The old index's folder is
// removed after the swap, and leftovers of interrupted rebuilds before.
func Rebuild(dataDir string, fill func(*Index) error) error {
	if _, err := Segmenter(); err != nil {
		return err
	}
	old := IndexDir(dataDir)
	cleanLeftovers(dataDir, old)
	name := fmt.Sprintf("index-%d", time.Now().UnixNano())
	path := filepath.Join(dataDir, name)
	nix, err := create(path)
	if err != nil {
		return err
	}
	err = fill(nix)
	if err == nil {
		err = nix.Compact(context.Background()) // a whole index at once: one segment
	}
	if err != nil {
		nix.Close()
		os.RemoveAll(path)
		return err
	}
	if err := nix.Close(); err != nil {
		os.RemoveAll(path)
		return fmt.Errorf("indexer: close the new index: %w", err)
	}
	tmp := filepath.Join(dataDir, currentFile+".tmp")
	if err := writeSync(tmp, []byte(name+"\n")); err != nil {
		os.RemoveAll(path)
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dataDir, currentFile)); err != nil {
		os.RemoveAll(path)
		return fmt.Errorf("indexer: swap in the new index: %w", err)
	}
	syncDir(dataDir)
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("indexer: remove the old index: %w", err)
	}
	return nil
}

// cleanLeftovers removes index folders that are not the one in use: what
// an interrupted rebuild left behind.
func cleanLeftovers(dataDir, current string) {
	entries, _ := os.ReadDir(dataDir)
	for _, e := range entries {
		p := filepath.Join(dataDir, e.Name())
		if e.IsDir() && strings.HasPrefix(e.Name(), "index-") && p != current {
			os.RemoveAll(p)
		}
	}
}

func writeSync(path string, b []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("indexer: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("indexer: %w", err)
	}
	return f.Close()
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// Each calls fn for every incident stored, deleted ones included, in
// batches; it stops at fn's first error.
func (ix *Index) Each(fn func(*data.Incident) error) error {
	const page = 500
	for from := 0; ; from += page {
		sr := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), page, from, false)
		sr.Fields = []string{FieldSource}
		sr.SortBy([]string{"_id"})
		res, err := ix.idx.Search(sr)
		if err != nil {
			return fmt.Errorf("indexer: list: %w", err)
		}
		for _, h := range res.Hits {
			src, _ := h.Fields[FieldSource].(string)
			in, err := Decode([]byte(src))
			if err != nil {
				return err
			}
			if err := fn(in); err != nil {
				return err
			}
		}
		if len(res.Hits) < page {
			return nil
		}
	}
}

// NewMemOnly returns an empty index held in memory, for tests and eval. It
// is a scorch index like the one on disk (bleve's own NewMemOnly is the
// older upsidedown kind, which scores with TF-IDF instead of BM25), so
// that what eval measures is what serve ranks.
func NewMemOnly() (*Index, error) {
	if _, err := Segmenter(); err != nil {
		return nil, err
	}
	m, err := NewMapping()
	if err != nil {
		return nil, fmt.Errorf("indexer: mapping: %w", err)
	}
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("indexer: new in-memory index: %w", err)
	}
	return &Index{idx: idx}, nil
}

// Bleve returns the underlying bleve index, for the search package.
func (ix *Index) Bleve() bleve.Index { return ix.idx }

// Close closes the index.
func (ix *Index) Close() error { return ix.idx.Close() }

// Count returns the number of incidents in the index, deleted ones left
// out.
func (ix *Index) Count() (uint64, error) {
	all, err := ix.idx.DocCount()
	if err != nil {
		return 0, fmt.Errorf("indexer: count: %w", err)
	}
	q := bleve.NewTermQuery("true")
	q.SetField(FieldDeleted)
	res, err := ix.idx.Search(bleve.NewSearchRequestOptions(q, 0, 0, false))
	if err != nil {
		return 0, fmt.Errorf("indexer: count deleted: %w", err)
	}
	if res.Total > all {
		return 0, nil
	}
	return all - res.Total, nil
}

// Hash returns a content hash of an incident, used to tell an unchanged
// re-import from an update.
func Hash(in *data.Incident) string {
	_, h, _ := encodeSource(in)
	return h
}

// encodeSource returns the JSON of an incident without its main text, and
// the content hash of the whole.
func encodeSource(in *data.Incident) (js []byte, hash string, err error) {
	rest := *in
	rest.Text = ""
	js, err = json.Marshal(&rest)
	if err != nil {
		return nil, "", err
	}
	h := sha256.New()
	h.Write(js)
	h.Write([]byte{0})
	h.Write([]byte(in.Text))
	return js, hex.EncodeToString(h.Sum(nil)[:12]), nil
}

// The stored source is the incident's JSON without its main text, a
// newline, and the text, compressed with zstd: a quarter smaller than the
// snappy the index applies, quick to decompress, and only the small JSON
// part needs parsing. Decode also reads the gzipped and plain JSON of older
// indexes.
var (
	zenc, _ = zstd.NewWriter(nil)
	zdec, _ = zstd.NewReader(nil, zstd.WithDecoderMaxMemory(maxSource))
)

func compress(b []byte) []byte { return zenc.EncodeAll(b, make([]byte, 0, len(b)/3+64)) }

func decompress(b []byte) ([]byte, error) {
	switch {
	case len(b) >= 4 && b[0] == 0x28 && b[1] == 0xb5 && b[2] == 0x2f && b[3] == 0xfd:
		return zdec.DecodeAll(b, nil)
	case len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b:
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(io.LimitReader(zr, maxSource))
	}
	return b, nil
}

// maxSource caps a decompressed source: far above any incident the
// extractor makes (its input is capped), far below a compression bomb.
const maxSource = 64 << 20

// Put indexes incidents in one batch, replacing those with the same ids.
func (ix *Index) Put(incidents ...*data.Incident) error {
	if len(incidents) == 0 {
		return nil
	}
	b := ix.idx.NewBatch()
	for _, in := range incidents {
		in.Normalize()
		if err := in.Validate(); err != nil {
			return fmt.Errorf("indexer: %w", err)
		}
		doc, err := document(in)
		if err != nil {
			return err
		}
		if err := b.Index(in.ID, doc); err != nil {
			return fmt.Errorf("indexer: index %s: %w", in.ID, err)
		}
	}
	defer ix.gen.Add(1)
	if err := ix.idx.Batch(b); err != nil {
		return fmt.Errorf("indexer: write batch of %d: %w", len(incidents), err)
	}
	return nil
}

func document(in *data.Incident) (map[string]interface{}, error) {
	js, hash, err := encodeSource(in)
	if err != nil {
		return nil, fmt.Errorf("indexer: encode %s: %w", in.ID, err)
	}
	doc := map[string]interface{}{
		FieldTitle:       in.Title,
		FieldSummary:     in.Summary,
		FieldImpact:      in.Impact,
		FieldTimeline:    in.TimelineText(),
		FieldCause:       in.Cause,
		FieldRemediation: in.Remediation,
		FieldLessons:     in.Lessons,
		FieldText:        in.Text,
		FieldTags:        strings.Join(in.Tags, "\n"),
		FieldLang:        in.Lang,
		FieldPatterns:    in.Patterns,
		FieldURL:         in.URL,
		FieldSource:      string(compress(append(append(js, '\n'), in.Text...))),
		FieldHash:        hash,
		FieldDeleted:     strconv.FormatBool(in.DeletedAt != ""),
		FieldDuration:    float64(in.DurationMinutes),
	}
	if in.Lang != "en" {
		if w := slugWords(in.URL); w != "" {
			doc[FieldTags] = strings.TrimSpace(doc[FieldTags].(string) + "\n" + w)
		}
	}
	if len(in.Patterns) > 0 {
		doc[FieldMainPattern] = in.Patterns[0]
	}
	if in.Org != "" {
		doc[FieldOrg] = in.Org
	}
	if y := in.Year(); y > 0 {
		doc[FieldYear] = strconv.Itoa(y)
	}
	if t, err := time.Parse("2006-01-02", in.Published); err == nil {
		doc[FieldPublished] = t
	}
	if t, err := time.Parse(time.RFC3339, in.StartedAt); err == nil {
		doc[FieldStartedAt] = t
	}
	return doc, nil
}

// Get returns the stored incident with the given id, or data.ErrNotFound;
// a deleted incident is not found.
func (ix *Index) Get(id string) (*data.Incident, error) {
	in, err := ix.GetAny(id)
	if err != nil {
		return nil, err
	}
	if in.DeletedAt != "" {
		return nil, fmt.Errorf("indexer: get %s: deleted: %w", id, data.ErrNotFound)
	}
	return in, nil
}

// SetDeleted hides (deleted true) or restores an incident. It returns
// data.ErrNotFound for an unknown id.
func (ix *Index) SetDeleted(id string, deleted bool, now time.Time) error {
	in, err := ix.GetAny(id)
	if err != nil {
		return err
	}
	switch {
	case deleted && in.DeletedAt == "":
		in.DeletedAt = now.UTC().Format(time.RFC3339)
	case !deleted:
		in.DeletedAt = ""
	default:
		return nil // already deleted
	}
	return ix.Put(in)
}

// Purge removes the incidents deleted before cutoff for good; it returns
// how many. Raw documents are not the index's: the crawler keeps them.
func (ix *Index) Purge(cutoff time.Time) (int, error) {
	q := bleve.NewTermQuery("true")
	q.SetField(FieldDeleted)
	sr := bleve.NewSearchRequestOptions(q, 10000, 0, false)
	sr.Fields = []string{FieldSource}
	res, err := ix.idx.Search(sr)
	if err != nil {
		return 0, fmt.Errorf("indexer: find deleted: %w", err)
	}
	n := 0
	for _, h := range res.Hits {
		src, _ := h.Fields[FieldSource].(string)
		in, err := Decode([]byte(src))
		if err != nil {
			continue
		}
		t, err := time.Parse(time.RFC3339, in.DeletedAt)
		if err != nil || !t.Before(cutoff) {
			continue
		}
		if err := ix.Delete(in.ID); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// GetAny returns the stored incident with the given id, deleted or not.
func (ix *Index) GetAny(id string) (*data.Incident, error) {
	if !data.ValidID(id) {
		return nil, fmt.Errorf("indexer: get %q: %w", id, data.ErrNotFound)
	}
	doc, err := ix.idx.Document(id)
	if err != nil {
		return nil, fmt.Errorf("indexer: get %s: %w", id, err)
	}
	if doc == nil {
		return nil, fmt.Errorf("indexer: get %s: %w", id, data.ErrNotFound)
	}
	var src []byte
	doc.VisitFields(func(f index.Field) {
		if f.Name() == FieldSource {
			src = f.Value()
		}
	})
	if src == nil {
		return nil, fmt.Errorf("indexer: get %s: no stored source", id)
	}
	return Decode(src)
}

// StoredHash returns the content hash stored with an incident, or "" when
// the id is not in the index.
func (ix *Index) StoredHash(id string) (string, error) {
	doc, err := ix.idx.Document(id)
	if err != nil {
		return "", fmt.Errorf("indexer: get %s: %w", id, err)
	}
	if doc == nil {
		return "", nil
	}
	var hash string
	doc.VisitFields(func(f index.Field) {
		if f.Name() == FieldHash {
			hash = string(f.Value())
		}
	})
	return hash, nil
}

// Decode parses a stored incident source.
func Decode(src []byte) (*data.Incident, error) {
	src, err := decompress(src)
	if err != nil {
		return nil, fmt.Errorf("indexer: decompress stored incident: %w", err)
	}
	js, text, split := bytes.Cut(src, []byte{'\n'}) // JSON holds no raw newline
	var in data.Incident
	if err := gojson.Unmarshal(js, &in); err != nil {
		return nil, fmt.Errorf("indexer: decode stored incident: %w", err)
	}
	if split {
		in.Text = string(text)
	}
	in.Normalize()
	return &in, nil
}

// Delete removes an incident from the index.
func (ix *Index) Delete(id string) error {
	defer ix.gen.Add(1)
	if err := ix.idx.Delete(id); err != nil {
		return fmt.Errorf("indexer: delete %s: %w", id, err)
	}
	return nil
}

// Compact merges the index's segments into one and returns when done; a
// served index gets there by itself in the background.
func (ix *Index) Compact(ctx context.Context) error {
	if ix.path == "" {
		return nil // in memory: scorch runs no merger, and would wait forever
	}
	sc, err := ix.scorch()
	if err != nil {
		return err
	}
	if err := sc.ForceMerge(ctx, &mergeplan.SingleSegmentMergePlanOptions); err != nil {
		return fmt.Errorf("indexer: compact: %w", err)
	}
	return nil
}

// DiskBytes returns the bytes of the index's files on disk, and of those
// the current snapshot uses (the rest are replaced segments not yet
// removed).
func (ix *Index) DiskBytes() (total, live uint64, err error) {
	sc, err := ix.scorch()
	if err != nil {
		return 0, 0, err
	}
	m := sc.StatsMap()
	total, _ = m["CurOnDiskBytes"].(uint64)
	live, _ = m["num_bytes_used_disk_by_root"].(uint64)
	return total, live, nil
}

func (ix *Index) scorch() (*scorch.Scorch, error) {
	adv, err := ix.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("indexer: %w", err)
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil, errors.New("indexer: not a scorch index")
	}
	return sc, nil
}

// CopyTo writes a consistent copy of the open index into dir (which must
// not exist), while it keeps serving: bleve copies a snapshot.
func (ix *Index) CopyTo(dir string) error {
	c, ok := ix.idx.(bleve.IndexCopyable)
	if !ok {
		return errors.New("indexer: this index cannot be copied online")
	}
	if err := c.CopyTo(bleve.FileSystemDirectory(dir)); err != nil {
		return fmt.Errorf("indexer: copy to %s: %w", dir, err)
	}
	return nil
}
