package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
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
	st, err := importFiles(ix, files, log, prog.Add, keepInStore(store))
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

// importFiles extracts and indexes files in batches. An incident whose
// content is unchanged is not rewritten.
// keepFunc keeps an imported file's bytes in the raw store, so that
// reindex can extract it again without the file.
type keepFunc func(path string, body []byte, in *data.Incident) error

func importFiles(ix *indexer.Index, files []string, log *slog.Logger, done func(int), keep keepFunc) (*importStats, error) {
	st := &importStats{}
	var batch []*data.Incident
	flush := func() error {
		if err := ix.Put(batch...); err != nil {
			return err
		}
		batch = batch[:0]
		return nil
	}
	for _, f := range files {
		if done != nil {
			done(1)
		}
		body, in, err := extract.ReadFile(f)
		if err != nil {
			log.Warn("import failed", slog.String("path", f), slog.Any("error", err))
			st.fail(f, err)
			continue
		}
		old, err := ix.StoredHash(in.ID)
		if err != nil {
			return st, err
		}
		in.Normalize()
		switch {
		case old == "":
			st.imported++
		case old == indexer.Hash(in):
			st.unchanged++
			continue
		default:
			st.updated++
		}
		if keep != nil {
			if err := keep(f, body, in); err != nil {
				return st, err
			}
		}
		batch = append(batch, in)
		if len(batch) >= importBatch {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
	return st, flush()
}

// keepInStore returns a keepFunc writing to the raw store.
func keepInStore(store *crawler.Store) keepFunc {
	return func(path string, body []byte, in *data.Incident) error {
		sum := sha256.Sum256(body)
		key := "file://" + path
		doc := &crawler.Document{URL: key, FinalURL: key, Source: "import", FetchedAt: time.Now().UTC(), Hash: hex.EncodeToString(sum[:]), Body: body}
		if err := store.PutDocument(doc); err != nil {
			return err
		}
		return store.PutState(crawler.URLState{URL: key, LastFetch: doc.FetchedAt, Status: 200, Hash: doc.Hash, Postmortem: true, IncidentID: in.ID, Reason: "imported"})
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
