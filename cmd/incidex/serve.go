package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
	"github.com/incidex/incidex/web"
)

func runServe(args []string, stdout, stderr io.Writer) error {
	fs, dataDir := newFlags("serve", "", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, pos[0])
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	start := time.Now()
	ix, err := indexer.Open(*dataDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	n, _ := ix.Count()

	gin.SetMode(gin.ReleaseMode)
	srv := &http.Server{
		Handler:           web.New(web.Deps{Searcher: search.New(ix), Logger: log}),
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
	log.Info("serving", slog.String("url", "http://"+ln.Addr().String()+"/"), slog.String("data", *dataDir),
		slog.Uint64("incidents", n), slog.Duration("startup", time.Since(start)))
	if n == 0 {
		log.Info("the index is empty: import postmortems with 'incidex import DIR'")
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
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
	return nil
}
