package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/crawler"
	"github.com/incidex/incidex/indexer"
)

// addrFile is where serve writes the address it listens on, so that a
// backup started while it runs can ask it.
const addrFile = "serve.addr"

func runBackup(args []string, stdout, stderr io.Writer) error {
	fs, dataDir := newFlags("backup", "DIR", stderr)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: name the folder to write the backup to", errUsage)
	}
	dst, err := filepath.Abs(pos[0])
	if err != nil {
		return err
	}
	if err := checkBackupDir(dst); err != nil {
		return err
	}
	if err := requireData(*dataDir); err != nil {
		return err
	}
	ix, store, closeAll, err := openDataFolder(*dataDir)
	if errors.Is(err, indexer.ErrLocked) {
		// serve has the data folder: it takes the snapshot itself
		return backupThroughServer(*dataDir, dst, stdout)
	}
	if err != nil {
		return err
	}
	defer closeAll()
	if err := backup(ix, store, dst); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backup written to %s (open it with --data %s)\n", dst, dst)
	return nil
}

func checkBackupDir(dst string) error {
	if entries, err := os.ReadDir(dst); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty; back up into a new folder", dst)
	}
	return nil
}

// backup writes a consistent copy of the index and the raw store into dst,
// laid out as a data folder.
func backup(ix *indexer.Index, store *crawler.Store, dst string) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := ix.CopyTo(filepath.Join(dst, "index")); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := store.CopyTo(crawler.StorePath(dst)); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// backupThroughServer asks the serve process that holds the data folder to
// write the backup.
func backupThroughServer(dataDir, dst string, stdout io.Writer) error {
	b, err := os.ReadFile(filepath.Join(dataDir, addrFile))
	if err != nil {
		return fmt.Errorf("the data folder is in use by another incidex process that is not serve; stop it and try again")
	}
	addr := strings.TrimSpace(string(b))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/api/v1/admin/backup?dir="+url.QueryEscape(dst), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("ask incidex serve at %s for the backup: %w", addr, err)
	}
	defer resp.Body.Close()
	var answer struct {
		Dir   string `json:"dir"`
		Error string `json:"error"`
	}
	_ = json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&answer)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("incidex serve could not write the backup: %s", answer.Error)
	}
	fmt.Fprintf(stdout, "backup written by incidex serve to %s (open it with --data %s)\n", answer.Dir, answer.Dir)
	return nil
}

// backupHandler serves POST /api/v1/admin/backup?dir=ABS for a client on
// this machine: serve holds the data folder, so it takes the snapshot.
func backupHandler(ix *indexer.Index, store *crawler.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		host, _, _ := net.SplitHostPort(c.Request.RemoteAddr)
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			c.JSON(http.StatusForbidden, gin.H{"error": "backups are taken only for clients on this machine"})
			return
		}
		dst := c.Query("dir")
		if !filepath.IsAbs(dst) {
			c.JSON(http.StatusBadRequest, gin.H{"error": "dir must be an absolute path"})
			return
		}
		if err := checkBackupDir(dst); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		if err := backup(ix, store, dst); err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusOK, gin.H{"dir": dst})
	}
}
