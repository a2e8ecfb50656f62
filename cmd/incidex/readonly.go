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
	"strconv"
	"strings"
	"time"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

// A read-only command (search, show) never creates a data folder, and
// works while serve holds one: it asks serve, through the address serve
// wrote into the folder (as backup does), and opens the index itself only
// when no serve answers there.

// requireData fails, creating nothing, when dataDir holds no index.
func requireData(dataDir string) error {
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		abs = dataDir
	}
	if st, err := os.Stat(dataDir); err != nil || !st.IsDir() {
		return fmt.Errorf("no data folder at %s: run `incidex serve` or `incidex import`, or pass --data", abs)
	}
	if _, err := os.Stat(filepath.Join(indexer.IndexDir(dataDir), "index_meta.json")); err != nil {
		return fmt.Errorf("no index in the data folder %s: run `incidex serve` or `incidex import`, or pass --data", abs)
	}
	return nil
}

// serveClient talks to the serve process that holds a data folder.
type serveClient struct {
	base string // http://host:port
	hc   *http.Client
}

// runningServe returns a client of the serve that holds dataDir, or nil
// when none answers at the address in its serve.addr.
func runningServe(dataDir string) *serveClient {
	b, err := os.ReadFile(filepath.Join(dataDir, addrFile))
	if err != nil {
		return nil
	}
	addr := strings.TrimSpace(string(b))
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		addr = net.JoinHostPort("127.0.0.1", addr[strings.LastIndex(addr, ":")+1:])
	}
	c := &serveClient{base: "http://" + addr, hc: &http.Client{Timeout: 30 * time.Second}}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/healthz", nil)
	if err != nil {
		return nil
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil // a serve.addr left behind by a serve that died
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil
	}
	return c
}

// get fetches path from serve and decodes its JSON answer into v. A 400
// is a usage error, a 404 data.ErrNotFound.
func (c *serveClient) get(path string, v any) error {
	resp, err := c.hc.Get(c.base + path)
	if err != nil {
		return fmt.Errorf("ask incidex serve at %s: %w", c.base, err)
	}
	defer resp.Body.Close()
	body := io.LimitReader(resp.Body, 64<<20)
	if resp.StatusCode != http.StatusOK {
		var answer struct {
			Error string `json:"error"`
		}
		_ = json.NewDecoder(body).Decode(&answer)
		switch resp.StatusCode {
		case http.StatusBadRequest:
			return fmt.Errorf("%w: %s", errUsage, answer.Error)
		case http.StatusNotFound:
			return data.ErrNotFound
		case http.StatusTooManyRequests:
			return fmt.Errorf("incidex serve at %s is busy (too many requests); try again in a moment", c.base)
		}
		return fmt.Errorf("incidex serve at %s answered %s: %s", c.base, resp.Status, answer.Error)
	}
	if err := json.NewDecoder(body).Decode(v); err != nil {
		return fmt.Errorf("read the answer of incidex serve at %s: %w", c.base, err)
	}
	return nil
}

// search asks serve for a search, with the API's parameters.
func (c *serveClient) search(req search.Request) (*search.Result, error) {
	v := url.Values{}
	v.Set("q", req.Query)
	if req.Limit > 0 {
		v.Set("limit", strconv.Itoa(req.Limit))
	}
	if req.Offset > 0 {
		v.Set("offset", strconv.Itoa(req.Offset))
	}
	if req.Sort != "" {
		v.Set("sort", req.Sort)
	}
	req.Filters.AddTo(v)
	var res search.Result
	if err := c.get("/api/v1/search?"+v.Encode(), &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// incident asks serve for one incident.
func (c *serveClient) incident(id string) (*data.Incident, error) {
	var in data.Incident
	if err := c.get("/api/v1/incidents/"+url.PathEscape(id), &in); err != nil {
		return nil, err
	}
	return &in, nil
}

// readSearcher answers a read-only command: through serve when it holds
// the data folder, else from the index opened here. close releases it.
type readSearcher struct {
	remote *serveClient
	local  *search.Searcher
	close  func()
}

func openReader(dataDir string) (*readSearcher, error) {
	if err := requireData(dataDir); err != nil {
		return nil, err
	}
	if c := runningServe(dataDir); c != nil {
		return &readSearcher{remote: c, close: func() {}}, nil
	}
	ix, err := indexer.Open(dataDir)
	if errors.Is(err, indexer.ErrLocked) {
		// serve may have started meanwhile
		if c := runningServe(dataDir); c != nil {
			return &readSearcher{remote: c, close: func() {}}, nil
		}
		return nil, fmt.Errorf("the data folder %s is in use by another incidex process (an import, crawl or reindex); wait for it or stop it", dataDir)
	}
	if err != nil {
		return nil, err
	}
	return &readSearcher{local: search.New(ix), close: func() { ix.Close() }}, nil
}

func (r *readSearcher) search(req search.Request) (*search.Result, error) {
	if r.remote != nil {
		return r.remote.search(req)
	}
	return r.local.Search(context.Background(), req)
}

func (r *readSearcher) get(id string) (*data.Incident, error) {
	if r.remote != nil {
		return r.remote.incident(id)
	}
	return r.local.Get(context.Background(), id)
}
