package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
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
	store, err := crawler.OpenStore(*dataDir)
	if err != nil {
		return err
	}
	defer store.Close()
	ix, err := indexer.Open(*dataDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	prog := newProgress(stderr, -1, "crawl")
	defer prog.Finish()
	c := crawler.NewCrawler(crawler.Config{
		Store: store, Index: func(in *data.Incident) error { return ix.Put(in) },
		AllowPrivate: *allowPrivate || srcs.AllowPrivate, Politeness: crawler.Politeness{Delay: *delay}, Logger: log,
		Progress: func(string) { prog.Add(1) },
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

// runReindex re-extracts every stored raw document and puts the postmortems
// into the index again, without touching the network.
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
	ix, err := indexer.Open(*dataDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	var n, indexed, failed int
	var batch []*data.Incident
	err = store.EachDocument(func(d *crawler.Document) error {
		n++
		st, err := store.State(d.URL)
		if err != nil || !st.Postmortem {
			return nil
		}
		in, err := extract.Extract(d.Body, d.URL, d.ContentType)
		if err != nil {
			failed++
			return nil
		}
		if st.IncidentID != "" {
			in.ID = st.IncidentID // as at crawl time (it follows rel=canonical)
		}
		batch = append(batch, in)
		indexed++
		if len(batch) >= importBatch {
			if err := ix.Put(batch...); err != nil {
				return err
			}
			batch = batch[:0]
		}
		return nil
	})
	if err == nil {
		err = ix.Put(batch...)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "reindexed %d postmortems from %d stored documents, failed %d\n", indexed, n, failed)
	return nil
}
