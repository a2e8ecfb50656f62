package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/incidex/incidex/crawler"
	"github.com/incidex/incidex/crawler/extract"
	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// importExts are the file types import reads.
var importExts = map[string]bool{".md": true, ".markdown": true, ".html": true, ".htm": true, ".txt": true, ".pdf": true}

const importBatch = 200

type importStats struct {
	imported, updated, unchanged, skipped, failed int
	copies                                        int // near-duplicates of a write-up already indexed
	reasons                                       []string
}

func (s *importStats) fail(path string, err error) {
	s.failed++
	if len(s.reasons) < 3 {
		s.reasons = append(s.reasons, fmt.Sprintf("%s: %v", path, err))
	}
}

func (s *importStats) String() string {
	line := fmt.Sprintf("imported %d, updated %d, unchanged %d, skipped %d, failed %d", s.imported, s.updated, s.unchanged, s.skipped, s.failed)
	if s.copies > 0 {
		line += fmt.Sprintf(", copies of another write-up %d", s.copies)
	}
	if len(s.reasons) > 0 {
		line += " (" + strings.Join(s.reasons, "; ") + ")"
	}
	return line
}

func runImport(args []string, stdout, stderr io.Writer) error {
	fset, dataDir := newFlags("import", "PATH...", stderr)
	paths, err := parseFlags(fset, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: name at least one file or folder to import", errUsage)
	}
	files, skipped, err := collectFiles(paths)
	if err != nil {
		return err
	}
	ix, store, closeAll, err := openDataFolder(*dataDir)
	if err != nil {
		return err
	}
	defer closeAll()
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	start := time.Now()
	prog := newProgress(stderr, len(files), "import")
	ident, err := sourceIdentity(ix, store)
	if err != nil {
		return err
	}
	st, err := importFiles(ix, files, log, prog.Add, keepInStore(store, true), ident)
	prog.Finish()
	st.skipped += skipped
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s in %s\n", st, time.Since(start).Round(time.Millisecond))
	if st.failed > 0 && st.imported+st.updated+st.unchanged == 0 {
		return errors.New("no file could be imported")
	}
	return nil
}

// collectFiles expands folders into the importable files below them, in a
// stable order, and counts the files of other types it passes over.
func collectFiles(paths []string) (files []string, skipped int, err error) {
	seen := map[string]bool{}
	add := func(p string) {
		abs, err := filepath.Abs(p)
		if err == nil && !seen[abs] {
			seen[abs] = true
			files = append(files, abs)
		}
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %w", p, errors.Unwrap(err))
		}
		if !fi.IsDir() {
			if importExts[strings.ToLower(filepath.Ext(p))] {
				add(p)
			} else {
				skipped++
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			if importExts[strings.ToLower(filepath.Ext(path))] {
				add(path)
			} else {
				skipped++
			}
			return nil
		})
		if err != nil {
			return nil, 0, fmt.Errorf("walk %s: %w", p, err)
		}
	}
	sort.Strings(files)
	return files, skipped, nil
}

// keepFunc keeps imported files' bytes in the raw store, so that reindex
// can extract them again without the files. It is called once per batch,
// before the batch is indexed.
type keepFunc func(batch []extracted) error

// extracted is one file read and taken apart.
type extracted struct {
	path string
	body []byte
	in   *data.Incident
	err  error
	// stale is the id an earlier import gave the file, when it has
	// another now; that incident is deleted
	stale string
	own   bool // stale is the id the file keeps (deleted only if it is a copy)
}

// extractFiles reads and extracts files on every core and hands the results
// to fn in the order of files. It stops at fn's first error.
func extractFiles(files []string, fn func(extracted) error) error {
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		path string
		out  chan extracted
	}
	jobs := make(chan job, 64)
	order := make(chan chan extracted, 64)
	quit := make(chan struct{})
	defer close(quit)
	go func() {
		defer close(jobs)
		defer close(order)
		for _, f := range files {
			out := make(chan extracted, 1)
			select {
			case order <- out:
			case <-quit:
				return
			}
			jobs <- job{f, out}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				body, in, err := extract.ReadFile(j.path)
				if err == nil {
					in.Normalize()
				}
				j.out <- extracted{path: j.path, body: body, in: in, err: err}
			}
		}()
	}
	for out := range order {
		if err := fn(<-out); err != nil {
			return err
		}
	}
	return nil
}

// identityFunc gives an extracted file its incident id; it returns a
// non-empty sameAs when the file is a copy of a write-up indexed under
// another id (then it is not indexed).
type identityFunc func(e *extracted) (sameAs string, err error)

// pathIdentity names every file's incident by its path, even one that
// names its source URL: eval and bench score and replicate files, each its
// own incident.
func pathIdentity(e *extracted) (string, error) {
	e.in.URL = e.path
	e.in.ID = data.IDFor(e.path)
	return "", nil
}

// sourceIdentity is import's identity: the source URL the file names (set
// by extract), else the id the file was given before, else the catalogue
// entry of the same title whose stub it replaces, else its path; and a
// near-duplicate of another write-up already indexed is that write-up.
func sourceIdentity(ix *indexer.Index, store *crawler.Store) (identityFunc, error) {
	m, err := newMerger(ix)
	if err != nil {
		return nil, err
	}
	return mergerIdentity(m, store), nil
}

func mergerIdentity(m *merger, store *crawler.Store) identityFunc {
	byID := map[string]string{} // id → the file of this run that has it
	return func(e *extracted) (string, error) {
		st, err := store.State("file://" + e.path)
		if err != nil {
			return "", err
		}
		stale, err := m.resolve(e.in, st.IncidentID, e.path)
		if err != nil {
			return "", err
		}
		e.stale = stale
		if st.IncidentID != "" && st.IncidentID == e.in.ID {
			e.stale = st.IncidentID // only if it turns out a copy (below)
			e.own = true
		}
		if stale != "" {
			// the file's own earlier print is no other write-up
			if err := store.DropPrint(stale); err != nil {
				return "", err
			}
		}
		if other, ok := byID[e.in.ID]; ok && other != e.path {
			return other, nil // a second file of the same source URL
		}
		p := crawler.NewPrint(e.in)
		if o, dup, err := store.NearDuplicate(p); err != nil {
			return "", err
		} else if dup {
			return o.URL, nil
		}
		byID[e.in.ID] = e.path
		return "", store.NotePrint(p)
	}
}

// importFiles extracts files in parallel and indexes them in batches. An
// incident whose content is unchanged is not rewritten. ident (nil:
// pathIdentity) names each incident.
func importFiles(ix *indexer.Index, files []string, log *slog.Logger, done func(int), keep keepFunc, ident identityFunc) (*importStats, error) {
	if ident == nil {
		ident = pathIdentity
	}
	// extraction and analysis allocate briskly: collecting half as often
	// takes 7 % off the CPU (incidex bench, issue 8); the soft limit keeps
	// the heap from growing past what a small machine has
	defer tuneGC(200, importMemoryLimit)()
	st := &importStats{}
	var batch []extracted
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if keep != nil {
			if err := keep(batch); err != nil {
				return err
			}
		}
		ins := make([]*data.Incident, len(batch))
		for i, e := range batch {
			ins[i] = e.in
		}
		if err := ix.Put(ins...); err != nil {
			return err
		}
		for _, e := range batch {
			if e.stale != "" && !e.own && e.stale != e.in.ID {
				if err := ix.Delete(e.stale); err != nil {
					return err
				}
			}
		}
		batch = batch[:0]
		return nil
	}
	err := extractFiles(files, func(e extracted) error {
		if done != nil {
			done(1)
		}
		if e.err != nil {
			log.Warn("import failed", slog.String("path", e.path), slog.Any("error", e.err))
			st.fail(e.path, e.err)
			return nil
		}
		sameAs, err := ident(&e)
		if err != nil {
			return err
		}
		if sameAs != "" {
			if e.stale != "" { // what an earlier import made of this file
				if err := ix.Delete(e.stale); err != nil {
					return err
				}
			}
			st.copies++
			log.Warn("not indexed: a copy of another write-up", slog.String("path", e.path), slog.String("same_as", sameAs))
			return nil
		}
		old, err := ix.StoredHash(e.in.ID)
		if err != nil {
			return err
		}
		switch {
		case old == "":
			st.imported++
		case old == indexer.Hash(e.in):
			st.unchanged++
			return nil
		default:
			st.updated++
		}
		batch = append(batch, e)
		if len(batch) >= importBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	if err := flush(); err != nil {
		return st, err
	}
	changed := st.imported + st.updated
	if total, err := ix.Count(); err == nil && changed > 0 && (changed >= compactAfter || uint64(2*changed) >= total) {
		// a bulk import ends with one segment: smaller, and quicker to
		// search than the many its batches made
		if err := ix.Compact(context.Background()); err != nil {
			return st, err
		}
	}
	return st, nil
}

// tuneGC sets the collector's percent and soft memory limit (limit < 0:
// leave it) unless the environment sets GOGC, or GOMEMLIMIT for the limit;
// it returns what puts the settings back.
func tuneGC(percent int, limit int64) (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	oldPercent := debug.SetGCPercent(percent)
	oldLimit := int64(-1)
	if limit >= 0 && os.Getenv("GOMEMLIMIT") == "" {
		oldLimit = debug.SetMemoryLimit(limit)
	}
	return func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit) // < 0 changes nothing
	}
}

// importMemoryLimit is the soft heap limit while importing.
const importMemoryLimit = 384 << 20

// compactAfter is how many new or changed incidents make an import end by
// merging the index into one segment; so does changing half the index.
const compactAfter = 1000

// keepInStore returns a keepFunc writing to the raw store; with prints, it
// keeps the write-ups' fingerprints too (for the near-duplicate checks of
// later imports and crawls; not for bench's replicas).
func keepInStore(store *crawler.Store, withPrints bool) keepFunc {
	return func(batch []extracted) error {
		now := time.Now().UTC()
		docs := make([]*crawler.Document, len(batch))
		states := make([]crawler.URLState, len(batch))
		prints := make([]crawler.Print, len(batch))
		for i, e := range batch {
			sum := sha256.Sum256(e.body)
			key := "file://" + e.path
			docs[i] = &crawler.Document{URL: key, FinalURL: key, Source: "import", FetchedAt: now, Hash: hex.EncodeToString(sum[:]), Body: e.body}
			states[i] = crawler.URLState{URL: key, LastFetch: now, Status: 200, Hash: docs[i].Hash, Postmortem: true, IncidentID: e.in.ID, Reason: "imported"}
			prints[i] = crawler.NewPrint(e.in)
		}
		if err := store.PutMany(docs, states); err != nil {
			return err
		}
		if !withPrints {
			return nil
		}
		return store.PutPrints(prints)
	}
}

// openDataFolder opens a data folder's index and raw store, for the
// commands that write both; closeAll closes them.
func openDataFolder(dataDir string) (*indexer.Index, *crawler.Store, func(), error) {
	ix, err := indexer.Open(dataDir)
	if err != nil {
		return nil, nil, nil, err
	}
	store, err := crawler.OpenStore(dataDir)
	if err != nil {
		ix.Close()
		return nil, nil, nil, err
	}
	return ix, store, func() { store.Close(); ix.Close() }, nil
}
