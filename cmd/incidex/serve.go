package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/crawler"
	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
	"github.com/incidex/incidex/web"
)

// serveGCPercent is serve's GOGC unless the environment sets one.
const serveGCPercent = 200

func runServe(args []string, stdout, stderr io.Writer) error {
	fs, dataDir := newFlags("serve", "", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	sourcesFile := fs.String("sources", "", "sources file (YAML); the embedded default list without it")
	every := fs.String("crawl-every", "6h", "time between crawl passes (jittered), or off")
	allowPrivate := fs.Bool("allow-private", false, "let the crawler fetch loopback, private and link-local addresses")
	apiRate := fs.Float64("api-rate", 20, "API requests per second per client (a burst of twice that); -1 for no limit")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, pos[0])
	}
	// searches allocate briskly and the heap stays small: collecting half
	// as often takes a fifth off uncached search latency (incidex bench,
	// issue 8), for some tens of MB
	tuneGC(serveGCPercent, -1)
	interval, err := crawlInterval(*every)
	if err != nil {
		return err
	}
	srcs, err := crawler.LoadSources(*sourcesFile)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	start := time.Now()
	search.PreloadLexicon() // parsed while the index and the segmenter load
	store, err := crawler.OpenStore(*dataDir)
	if err != nil {
		return err
	}
	defer store.Close()
	ix, err := indexer.Open(*dataDir)
	if errors.Is(err, indexer.ErrVersion) {
		// the mapping or the dictionaries changed: results from the old
		// index would be silently wrong, so it is rebuilt, beside the old
		// one, before serving
		log.Info("the index was built by another version of incidex; rebuilding it")
		st, rerr := rebuild(*dataDir, store)
		if rerr != nil {
			return fmt.Errorf("rebuild the index: %w", rerr)
		}
		log.Info("index rebuilt", slog.Int("extracted", st.extracted), slog.Int("kept", st.kept), slog.Int("failed", st.failed))
		ix, err = indexer.Open(*dataDir)
	}
	if err != nil {
		return err
	}
	defer ix.Close()
	if k, err := ix.Purge(time.Now().Add(-PurgeAfter)); err != nil {
		log.Warn("purge of deleted incidents failed", slog.Any("error", err))
	} else if k > 0 {
		log.Info("purged deleted incidents", slog.Int("count", k))
	}
	n, _ := ix.Count()
	if n == 0 {
		// a fresh data folder: the built-in catalogue gives serve something
		// to search before its first crawl pass; a crawled page replaces
		// its entry (same id)
		k, err := seedCatalogue(ix)
		if err != nil {
			return err
		}
		n = uint64(k)
	} else if k, err := refreshStubs(ix); err != nil {
		log.Warn("refreshing the catalogue's stubs failed", slog.Any("error", err))
	} else if k > 0 {
		log.Info("catalogue stubs refreshed", slog.Int("count", k))
	}

	gin.SetMode(gin.ReleaseMode)
	var c *crawler.Crawler
	if interval > 0 {
		put, err := crawlIndexFunc(ix)
		if err != nil {
			return err
		}
		c = crawler.NewCrawler(crawler.Config{
			Store: store, Index: put,
			AllowPrivate: *allowPrivate || srcs.AllowPrivate, Logger: log,
		})
	}
	burst := int(2 * *apiRate)
	if burst < 1 {
		burst = 1
	}
	engine := web.New(web.Deps{Searcher: search.New(ix), Logger: log, Crawl: crawlStatus(c), APIRate: *apiRate, APIBurst: burst})
	engine.POST("/api/v1/admin/backup", backupHandler(ix, store))
	srv := &http.Server{
		Handler:           engine,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	if err := os.WriteFile(filepath.Join(*dataDir, addrFile), []byte(ln.Addr().String()+"\n"), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", addrFile, err)
	}
	defer os.Remove(filepath.Join(*dataDir, addrFile))
	log.Info("serving", slog.String("url", "http://"+ln.Addr().String()+"/"), slog.String("data", *dataDir),
		slog.Uint64("incidents", n), slog.Duration("startup", time.Since(start)))
	if n == 0 {
		log.Info("the index is empty: import postmortems with 'incidex import DIR'")
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var crawlDone chan struct{}
	if c != nil {
		crawlDone = make(chan struct{})
		go func() {
			defer close(crawlDone)
			schedule(ctx, c, srcs.Sources, interval, log)
		}()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
	case <-ctx.Done():
		log.Info("shutting down")
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			return fmt.Errorf("shutdown: %w", err)
		}
	}
	if crawlDone != nil {
		<-crawlDone // the pass stops between fetches
	}
	return nil
}

// crawlInterval reads --crawl-every: a duration of a minute or more, or off.
func crawlInterval(v string) (time.Duration, error) {
	if v == "off" || v == "0" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < time.Minute {
		return 0, fmt.Errorf("%w: --crawl-every takes a duration of a minute or more (6h, 30m) or off, not %q", errUsage, v)
	}
	return d, nil
}

// firstPassDelay lets serve answer before its first crawl pass starts.
const firstPassDelay = 10 * time.Second

// schedule runs a crawl pass soon after start and then every interval,
// each wait jittered by up to a tenth; passes never overlap (one
// goroutine), and a cancelled ctx ends the pass between fetches.
func schedule(ctx context.Context, c *crawler.Crawler, sources []crawler.Source, interval time.Duration, log *slog.Logger) {
	wait := firstPassDelay
	for {
		next := time.Now().Add(wait)
		for _, s := range sources {
			c.SetNext(s, next)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		start := time.Now()
		sum := c.Pass(ctx, sources)
		log.Info("crawl pass", slog.String("summary", sum.String()), slog.Duration("took", time.Since(start)))
		wait = interval + time.Duration(rand.Int64N(int64(interval)/10+1))
	}
}

// crawlStatus adapts the crawler's status to the web layer's; nil when no
// crawler runs.
func crawlStatus(c *crawler.Crawler) func() []web.SourceStatus {
	if c == nil {
		return nil
	}
	return func() []web.SourceStatus {
		var out []web.SourceStatus
		for _, s := range c.Status() {
			out = append(out, web.SourceStatus{
				Name: s.Name, URL: s.URL, LastPass: s.LastPass, NextPass: s.NextPass,
				Fetched: s.Counts.Fetched, New: s.Counts.New, Updated: s.Counts.Updated, Unchanged: s.Counts.Unchanged,
				Failed: s.Counts.Failed, Robots: s.Counts.Robots, Answered: s.Answered, LastError: s.LastError,
			})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
		return out
	}
}

// seedCatalogue indexes the built-in catalogue of known postmortems.
func seedCatalogue(ix *indexer.Index) (int, error) {
	stubs, err := catalogueStubs()
	if err != nil {
		return 0, err
	}
	if err := ix.Put(stubs...); err != nil {
		return 0, fmt.Errorf("seed the catalogue: %w", err)
	}
	return len(stubs), nil
}

// catalogueStubs are the built-in catalogue's entries as stubs, one per
// canonical URL.
func catalogueStubs() ([]*data.Incident, error) {
	entries, err := data.Catalogue()
	if err != nil {
		return nil, err
	}
	var stubs []*data.Incident
	seen := map[string]bool{}
	for _, e := range entries {
		id := data.IDFor(crawler.Canonical(e.URL))
		if seen[id] {
			continue
		}
		seen[id] = true
		stubs = append(stubs, e.Incident(id))
	}
	return stubs, nil
}

// refreshStubs rewrites the stubs of an existing data folder that the
// built-in catalogue now describes otherwise (a date corrected, a stub
// marked); it adds none and leaves write-ups and deleted stubs alone.
func refreshStubs(ix *indexer.Index) (int, error) {
	stubs, err := catalogueStubs()
	if err != nil {
		return 0, err
	}
	var ins []*data.Incident
	for _, in := range stubs {
		old, err := ix.GetAny(in.ID)
		if err != nil || !old.IsStub() || old.DeletedAt != "" {
			continue
		}
		if indexer.Hash(in) != indexer.Hash(old) {
			ins = append(ins, in)
		}
	}
	if len(ins) == 0 {
		return 0, nil
	}
	if err := ix.Put(ins...); err != nil {
		return 0, fmt.Errorf("refresh the catalogue's stubs: %w", err)
	}
	return len(ins), nil
}
