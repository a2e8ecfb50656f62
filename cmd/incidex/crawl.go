package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/incidex/incidex/crawler"
	"github.com/incidex/incidex/crawler/extract"
	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

func runCrawl(args []string, stdout, stderr io.Writer) error {
	fs, dataDir := newFlags("crawl", "", stderr)
	sourcesFile := fs.String("sources", "", "sources file (YAML); the embedded default list without it")
	allowPrivate := fs.Bool("allow-private", false, "allow loopback, private and link-local addresses")
	delay := fs.Duration("delay", time.Second, "time between two requests to one host")
	var seeds multiFlag
	fs.Var(&seeds, "url", "a URL to crawl as an extra seed (repeatable)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: crawl takes no arguments; give URLs with --url", errUsage)
	}
	srcs, err := crawler.LoadSources(*sourcesFile)
	if err != nil {
		return err
	}
	list := srcs.Sources
	if len(seeds) > 0 && *sourcesFile == "" {
		list = nil // --url alone crawls just those
	}
	for _, u := range seeds {
		s, err := crawler.SeedSource(u)
		if err != nil {
			return fmt.Errorf("%w: --url %s: %v", errUsage, u, err)
		}
		list = append(list, s)
	}
	ix, store, closeAll, err := openDataFolder(*dataDir)
	if err != nil {
		return err
	}
	defer closeAll()
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	prog := newProgress(stderr, -1, "crawl")
	var progMu sync.Mutex
	defer prog.Finish()
	put, err := crawlIndexFunc(ix)
	if err != nil {
		return err
	}
	c := crawler.NewCrawler(crawler.Config{
		Store: store, Index: put,
		AllowPrivate: *allowPrivate || srcs.AllowPrivate, Politeness: crawler.Politeness{Delay: *delay}, Logger: log,
		Progress: func(string) { progMu.Lock(); prog.Add(1); progMu.Unlock() }, // from several hosts' workers
	})
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	start := time.Now()
	sum := c.Pass(ctx, list)
	fmt.Fprintf(stdout, "%s in %s\n", sum, time.Since(start).Round(time.Millisecond))
	if ctx.Err() != nil {
		return errors.New("crawl interrupted; what was fetched is stored, the next pass goes on")
	}
	return nil
}

// runReindex re-extracts every stored raw document (crawled or imported)
// into a new index, keeps what has no raw document (catalogue entries) and
// every deletion as it was, and swaps the new index in only when it is
// complete.
func runReindex(args []string, stdout, stderr io.Writer) error {
	fs, dataDir := newFlags("reindex", "", stderr)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: reindex takes no arguments", errUsage)
	}
	store, err := crawler.OpenStore(*dataDir)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := rebuild(*dataDir, store)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "reindexed %d postmortems from %d stored documents, kept %d incidents without one, failed %d\n", st.extracted, st.docs, st.kept, st.failed)
	return nil
}

type rebuildStats struct{ docs, extracted, kept, failed int }

// rebuild builds the index anew from the raw store and the old index.
func rebuild(dataDir string, store *crawler.Store) (rebuildStats, error) {
	var st rebuildStats
	old, err := indexer.OpenAnyVersion(dataDir)
	if err != nil {
		return st, err
	}
	oldClosed := false
	defer func() {
		if !oldClosed {
			old.Close()
		}
	}()
	m, err := newMerger(old)
	if err != nil {
		return st, err
	}
	err = indexer.Rebuild(dataDir, func(nix *indexer.Index) error {
		put := map[string]bool{}
		gone := map[string]bool{} // ids a write-up moved away from
		var batch []*data.Incident
		flush := func() error {
			err := nix.Put(batch...)
			batch = batch[:0]
			return err
		}
		err := store.EachDocument(func(d *crawler.Document) error {
			st.docs++
			us, err := store.State(d.URL)
			if err != nil || !us.Postmortem {
				return nil
			}
			source, ct := d.URL, d.ContentType
			if p, ok := strings.CutPrefix(d.URL, "file://"); ok {
				source = p // an imported file: its id comes from its path
			}
			in, err := extract.Extract(d.Body, source, ct)
			if err != nil {
				st.failed++
				return nil
			}
			// the id it was given at crawl or import time (it follows
			// rel=canonical and the catalogue entry it replaced)
			stale, err := m.resolve(in, us.IncidentID, source)
			if err != nil {
				return err
			}
			if stale != "" {
				gone[stale] = true
			}
			if prev, err := old.GetAny(in.ID); err == nil {
				in.DeletedAt = prev.DeletedAt
			}
			put[in.ID] = true
			st.extracted++
			batch = append(batch, in)
			if len(batch) >= importBatch {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
		// what has no raw document (catalogue entries, incidents put by
		// other means) goes over as it is
		err = old.Each(func(in *data.Incident) error {
			if put[in.ID] || gone[in.ID] {
				return nil
			}
			st.kept++
			batch = append(batch, in)
			if len(batch) >= importBatch {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := flush(); err != nil {
			return err
		}
		oldClosed = true
		return old.Close()
	})
	return st, err
}
