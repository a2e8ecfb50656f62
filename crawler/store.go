package crawler

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// The raw store keeps every fetched document, compressed, with the headers
// that matter and the time it was fetched, and the state of every URL, in
// one bbolt file in the data folder. Reindexing reads it; nothing in it is
// ever deleted by a crawl.
var (
	bucketDocs  = []byte("docs")
	bucketState = []byte("state")
	bucketHash  = []byte("hash") // content hash → first URL a postmortem was found at
)

// ErrStoreLocked is returned when another process has the raw store open.
var ErrStoreLocked = errors.New("raw store is locked by another incidex process")

// Document is one fetched document as stored.
type Document struct {
	URL         string    `json:"url"`       // canonical URL, the key
	FinalURL    string    `json:"final_url"` // after redirects
	Source      string    `json:"source"`    // the source it was found through
	ContentType string    `json:"content_type"`
	ETag        string    `json:"etag,omitempty"`
	Modified    string    `json:"last_modified,omitempty"`
	FetchedAt   time.Time `json:"fetched_at"`
	Hash        string    `json:"hash"` // sha256 of the body, hex
	Body        []byte    `json:"-"`
}

// URLState is what the crawler knows about a URL between passes.
type URLState struct {
	URL        string    `json:"url"`
	LastFetch  time.Time `json:"last_fetch"`
	Status     int       `json:"status"`
	ETag       string    `json:"etag,omitempty"`
	Modified   string    `json:"last_modified,omitempty"`
	Hash       string    `json:"hash,omitempty"`
	LastError  string    `json:"last_error,omitempty"`
	Failures   int       `json:"failures,omitempty"`
	Postmortem bool      `json:"postmortem"`
	IncidentID string    `json:"incident_id,omitempty"`
	Reason     string    `json:"reason,omitempty"` // why it is or is not a postmortem
	// SameAs is the URL of the write-up this one is a near-duplicate of
	// (kept there, this URL remembered here).
	SameAs string `json:"same_as,omitempty"`
}

// Store is the raw store.
type Store struct {
	db      *bolt.DB
	printMu sync.Mutex
	prints  map[string]Print // loaded on first use
}

// StorePath is the raw store's file in the data folder.
func StorePath(dataDir string) string { return filepath.Join(dataDir, "raw.db") }

// OpenStore opens (creating) the raw store of a data folder.
func OpenStore(dataDir string) (*Store, error) {
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("crawler: create data folder: %w", err)
	}
	db, err := bolt.Open(StorePath(dataDir), 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("crawler: %s: %w (is incidex serve running on this data folder?)", StorePath(dataDir), ErrStoreLocked)
		}
		return nil, fmt.Errorf("crawler: open raw store: %w", err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketDocs, bucketState, bucketHash, bucketPrints} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("crawler: raw store buckets: %w", err)
	}
	return &Store{db: db}, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// record is the stored form of a document: its metadata and gzipped body.
type record struct {
	Meta Document `json:"meta"`
	Body []byte   `json:"body"` // gzip
}

// PutDocument stores a fetched document, replacing the earlier copy of the
// same URL.
func (s *Store) PutDocument(d *Document) error {
	return s.PutMany([]*Document{d}, nil)
}

// gzipWriters are reused: a new one allocates its compressor's whole
// state, which costs more than compressing a page.
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return zw
}}

// encodeRecord is the stored form of d.
func encodeRecord(d *Document) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(&buf)
	if _, err := zw.Write(d.Body); err != nil {
		return nil, fmt.Errorf("crawler: compress %s: %w", d.URL, err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("crawler: compress %s: %w", d.URL, err)
	}
	return json.Marshal(record{Meta: *d, Body: buf.Bytes()})
}

// PutMany stores documents and URL states in one transaction: all of them
// or, on error, none.
func (s *Store) PutMany(docs []*Document, states []URLState) error {
	keys := make([][]byte, len(docs))
	vals := make([][]byte, len(docs))
	for i, d := range docs {
		v, err := encodeRecord(d)
		if err != nil {
			return err
		}
		keys[i], vals[i] = []byte(d.URL), v
	}
	svals := make([][]byte, len(states))
	for i, st := range states {
		v, err := json.Marshal(st)
		if err != nil {
			return err
		}
		svals[i] = v
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDocs)
		for i := range keys {
			if err := b.Put(keys[i], vals[i]); err != nil {
				return fmt.Errorf("crawler: store %s: %w", keys[i], err)
			}
		}
		for i, st := range states {
			if err := putState(tx, st, svals[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

func decodeRecord(v []byte) (*Document, error) {
	var r record
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, fmt.Errorf("crawler: stored document: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(r.Body))
	if err != nil {
		return nil, fmt.Errorf("crawler: stored body of %s: %w", r.Meta.URL, err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("crawler: stored body of %s: %w", r.Meta.URL, err)
	}
	d := r.Meta
	d.Body = body
	return &d, nil
}

// Document returns the stored copy of a URL, or nil.
func (s *Store) Document(url string) (*Document, error) {
	var d *Document
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketDocs).Get([]byte(url))
		if v == nil {
			return nil
		}
		var err error
		d, err = decodeRecord(v)
		return err
	})
	return d, err
}

// EachDocument calls fn for every stored document, in URL order; it stops
// at fn's first error.
func (s *Store) EachDocument(fn func(*Document) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDocs).ForEach(func(_, v []byte) error {
			d, err := decodeRecord(v)
			if err != nil {
				return err
			}
			return fn(d)
		})
	})
}

// State returns what is known of a URL, or a zero state.
func (s *Store) State(url string) (URLState, error) {
	st := URLState{URL: url}
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketState).Get([]byte(url))
		if v == nil {
			return nil
		}
		return json.Unmarshal(v, &st)
	})
	return st, err
}

// PutState records what is known of a URL.
func (s *Store) PutState(st URLState) error {
	return s.PutMany(nil, []URLState{st})
}

func putState(tx *bolt.Tx, st URLState, v []byte) error {
	if st.Postmortem && st.Hash != "" {
		hb := tx.Bucket(bucketHash)
		if hb.Get([]byte(st.Hash)) == nil {
			if err := hb.Put([]byte(st.Hash), []byte(st.URL)); err != nil {
				return err
			}
		}
	}
	return tx.Bucket(bucketState).Put([]byte(st.URL), v)
}

// FindHash returns the URL where a postmortem with the given content hash
// was first found, when that is not url; else "".
func (s *Store) FindHash(hash, url string) (string, error) {
	found := ""
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketHash).Get([]byte(hash)); v != nil && string(v) != url {
			found = string(v)
		}
		return nil
	})
	return found, err
}

// Counts returns the number of stored documents and of known URLs.
func (s *Store) Counts() (docs, urls int, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		docs = tx.Bucket(bucketDocs).Stats().KeyN
		urls = tx.Bucket(bucketState).Stats().KeyN
		return nil
	})
	return docs, urls, err
}

// CopyTo writes a consistent copy of the raw store to path, while it stays
// in use.
func (s *Store) CopyTo(path string) error {
	return s.db.View(func(tx *bolt.Tx) error {
		if err := tx.CopyFile(path, 0o600); err != nil {
			return fmt.Errorf("crawler: copy the raw store to %s: %w", path, err)
		}
		return nil
	})
}
