package crawler

import (
	"encoding/json"
	"hash/fnv"
	"math/bits"
	"math/rand/v2"
	"strings"
	"unicode"

	bolt "go.etcd.io/bbolt"

	"github.com/incidex/incidex/data"
)

// Near-duplicate detection: the same write-up reached under two URLs
// (mirrors, reposts, an imported copy of a crawled page) is one incident.
// Each indexed write-up's text is cut into shingles of four tokens (a
// word of a Latin script, or one Han character, so that Chinese needs no
// segmenter here) and kept as a 64-bit SimHash and a MinHash signature of
// them. Two texts of similar length are the same write-up when their
// SimHashes are close (a quick filter), their titles agree, and the MinHash estimate of the
// Jaccard similarity of their shingles is nearJaccard or more (short texts
// make SimHash alone too noisy: three words added to ninety move it five
// bits).
const (
	shingleTokens = 4
	nearBits      = 20 // SimHash prefilter
	nearJaccard   = 0.7
	minHashes     = 64
	minPrintToks  = 60 // shorter texts are not compared: too little to tell
)

// minSeeds are the multipliers and offsets of the MinHash functions.
var minSeeds = func() (s [minHashes][2]uint64) {
	r := rand.New(rand.NewPCG(0x1dc0ffee, 0x5eed))
	for i := range s {
		s[i] = [2]uint64{r.Uint64() | 1, r.Uint64()}
	}
	return s
}()

// Print is the fingerprint of one indexed write-up.
type Print struct {
	ID     string   `json:"id"`
	URL    string   `json:"url"`
	Hash   uint64   `json:"hash"`
	Title  string   `json:"title,omitempty"` // folded
	Tokens int      `json:"tokens"`
	Min    []uint32 `json:"min,omitempty"`
}

// Fingerprint returns the SimHash of a text and its number of tokens.
func Fingerprint(text string) (uint64, int) {
	h, n, _ := fingerprint(text)
	return h, n
}

func fingerprint(text string) (uint64, int, []uint32) {
	var toks []string
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			toks = append(toks, word.String())
			word.Reset()
		}
	}
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.Is(unicode.Han, r):
			flush()
			toks = append(toks, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	if len(toks) < shingleTokens {
		return 0, len(toks), nil
	}
	mins := make([]uint32, minHashes)
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	var v [64]int
	h := fnv.New64a()
	for i := 0; i+shingleTokens <= len(toks); i++ {
		h.Reset()
		for _, t := range toks[i : i+shingleTokens] {
			h.Write([]byte(t))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for i, s := range minSeeds {
			if m := uint32((x*s[0] + s[1]) >> 32); m < mins[i] {
				mins[i] = m
			}
		}
		for b := 0; b < 64; b++ {
			if x&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			out |= 1 << b
		}
	}
	return out, len(toks), mins
}

// near reports whether two prints are of the same write-up.
func near(a, b Print) bool {
	if a.Tokens < minPrintToks || b.Tokens < minPrintToks {
		return false
	}
	// pages of one template (a status page's subscribe form, a site's
	// chrome) can share most of their words: two titles that differ, one
	// not within the other, are two write-ups
	if a.Title != "" && b.Title != "" && !strings.Contains(a.Title, b.Title) && !strings.Contains(b.Title, a.Title) {
		return false
	}
	lo, hi := min(a.Tokens, b.Tokens), max(a.Tokens, b.Tokens)
	if float64(lo) < nearJaccard*float64(hi) || bits.OnesCount64(a.Hash^b.Hash) > nearBits {
		return false
	}
	if len(a.Min) != minHashes || len(b.Min) != minHashes {
		return false
	}
	same := 0
	for i := range a.Min {
		if a.Min[i] == b.Min[i] {
			same++
		}
	}
	return float64(same) >= nearJaccard*minHashes
}

var bucketPrints = []byte("prints") // incident id → Print

// loadPrints reads every print once; later calls use the copy in memory.
func (s *Store) loadPrints() error {
	if s.prints != nil {
		return nil
	}
	s.prints = map[string]Print{}
	return s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPrints)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var p Print
			if json.Unmarshal(v, &p) == nil {
				s.prints[string(k)] = p
			}
			return nil
		})
	})
}

// NearDuplicate returns the print of another incident whose text is the
// same write-up as p's, if one is known.
func (s *Store) NearDuplicate(p Print) (Print, bool, error) {
	s.printMu.Lock()
	defer s.printMu.Unlock()
	if err := s.loadPrints(); err != nil {
		return Print{}, false, err
	}
	if p.Tokens < minPrintToks {
		return Print{}, false, nil
	}
	best, found := Print{}, false
	for oid, o := range s.prints {
		if oid == p.ID || !near(p, o) {
			continue
		}
		if !found || oid < best.ID { // a stable answer among several
			best, found = o, true
		}
	}
	return best, found, nil
}

// PutPrints records the fingerprints of indexed write-ups, in one
// transaction.
func (s *Store) PutPrints(ps []Print) error {
	s.printMu.Lock()
	defer s.printMu.Unlock()
	if err := s.loadPrints(); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPrints)
		for _, p := range ps {
			v, err := json.Marshal(p)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(p.ID), v); err != nil {
				return err
			}
			s.prints[p.ID] = p
		}
		return nil
	})
}

// NotePrint remembers a print for the near-duplicate checks of this
// process without storing it (an import stores its batch's prints when it
// writes the batch).
func (s *Store) NotePrint(p Print) error {
	s.printMu.Lock()
	defer s.printMu.Unlock()
	if err := s.loadPrints(); err != nil {
		return err
	}
	s.prints[p.ID] = p
	return nil
}

// DropPrint forgets the print of an incident that is gone (or moves to
// another id).
func (s *Store) DropPrint(id string) error {
	s.printMu.Lock()
	defer s.printMu.Unlock()
	if err := s.loadPrints(); err != nil {
		return err
	}
	if _, ok := s.prints[id]; !ok {
		return nil
	}
	delete(s.prints, id)
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketPrints).Delete([]byte(id)) })
}

// NewPrint is the print of an incident's text.
func NewPrint(in *data.Incident) Print {
	h, n, m := fingerprint(in.Text)
	return Print{ID: in.ID, URL: in.URL, Title: data.FoldTitle(in.Title), Hash: h, Tokens: n, Min: m}
}
