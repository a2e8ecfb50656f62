package web_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/crawler/extract"
	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
	"github.com/incidex/incidex/web"
)

// benchCorpus is the shared corpus of real postmortems, when it is there.
const benchCorpus = "../../shared/corpus/docs"

// benchQueries are searches a user types: Chinese, English, with filters.
var benchQueries = []string{
	"/?q=" + url.QueryEscape("光缆中断"),
	"/?q=" + url.QueryEscape("thundering herd"),
	"/?q=" + url.QueryEscape("证书过期"),
	"/?q=" + url.QueryEscape("certificate expired") + "&lang=en&sort=date",
	"/?q=" + url.QueryEscape("主从切换") + "&pattern=failover",
	"/?pattern=retry-storm&year=2022",
	"/",
}

var (
	replicatedOnce sync.Once
	replicated     *gin.Engine
	replicatedN    uint64
	replicatedErr  error

	corpusOnce sync.Once
	corpus     *gin.Engine
	corpusN    uint64
	corpusErr  error
)

// replicatedEngine serves an index of the ten fixtures, each copied 200
// times under ids of its own: 2,000 incidents.
func replicatedEngine(b *testing.B) (*gin.Engine, uint64) {
	b.Helper()
	replicatedOnce.Do(func() {
		files, err := filepath.Glob("../search/testdata/incidents/*.json")
		if err != nil {
			replicatedErr = err
			return
		}
		var base []data.Incident
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				replicatedErr = err
				return
			}
			var in data.Incident
			if err := json.Unmarshal(raw, &in); err != nil {
				replicatedErr = err
				return
			}
			base = append(base, in)
		}
		ix, err := indexer.NewMemOnly()
		if err != nil {
			replicatedErr = err
			return
		}
		var batch []*data.Incident
		for r := range 200 {
			for _, in := range base {
				cp := in
				cp.ID = fmt.Sprintf("%s-r%03d", in.ID, r)
				cp.Timeline = append([]data.TimelineEvent(nil), in.Timeline...)
				cp.Patterns = append([]string(nil), in.Patterns...)
				batch = append(batch, &cp)
				if len(batch) == 500 {
					if replicatedErr = ix.Put(batch...); replicatedErr != nil {
						return
					}
					batch = nil
				}
			}
		}
		if replicatedErr = ix.Put(batch...); replicatedErr != nil {
			return
		}
		replicatedN, replicatedErr = ix.Count()
		replicated = web.New(web.Deps{Searcher: search.New(ix), APIRate: -1})
	})
	if replicatedErr != nil {
		b.Fatal(replicatedErr)
	}
	return replicated, replicatedN
}

// corpusEngine serves an index of the shared corpus, each file extracted
// as incidex import would; it skips the benchmark when the corpus is not
// there.
func corpusEngine(b *testing.B) (*gin.Engine, uint64) {
	b.Helper()
	if _, err := os.Stat(benchCorpus); err != nil {
		b.Skipf("no corpus at %s", benchCorpus)
	}
	corpusOnce.Do(func() {
		ix, err := indexer.NewMemOnly()
		if err != nil {
			corpusErr = err
			return
		}
		var batch []*data.Incident
		err = filepath.WalkDir(benchCorpus, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".md", ".markdown", ".html", ".htm", ".txt", ".pdf":
			default:
				return nil
			}
			in, err := extract.File(p)
			if err != nil {
				return nil // an empty or unreadable document; import skips it too
			}
			batch = append(batch, in)
			if len(batch) == 200 {
				err = ix.Put(batch...)
				batch = nil
			}
			return err
		})
		if err == nil {
			err = ix.Put(batch...)
		}
		if err != nil {
			corpusErr = err
			return
		}
		corpusN, corpusErr = ix.Count()
		corpus = web.New(web.Deps{Searcher: search.New(ix), APIRate: -1})
	})
	if corpusErr != nil {
		b.Fatal(corpusErr)
	}
	return corpus, corpusN
}

// benchPages serves each path through h, as a sub-benchmark.
func benchPages(b *testing.B, h http.Handler, paths []string) {
	for _, p := range paths {
		name, _ := url.QueryUnescape(strings.TrimPrefix(strings.TrimPrefix(p, "/"), "?"))
		if name == "" {
			name = "all"
		}
		b.Run(name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, p, nil)
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s: status %d", p, rec.Code)
				}
			}
		})
	}
}

// BenchmarkSearchPage renders the search page over 2,000 incidents.
func BenchmarkSearchPage(b *testing.B) {
	h, n := replicatedEngine(b)
	if n != 2000 {
		b.Fatalf("%d incidents, want 2000", n)
	}
	benchPages(b, h, benchQueries)
}

// BenchmarkSearchPageCorpus renders the search page over the shared
// corpus of real postmortems.
func BenchmarkSearchPageCorpus(b *testing.B) {
	h, n := corpusEngine(b)
	b.Logf("corpus: %d incidents", n)
	benchPages(b, h, benchQueries)
}

// BenchmarkPatternsPage renders /patterns, one search per pattern, over
// 2,000 incidents and over the corpus.
func BenchmarkPatternsPage(b *testing.B) {
	b.Run("replicated", func(b *testing.B) {
		h, _ := replicatedEngine(b)
		benchPages(b, h, []string{"/patterns"})
	})
	b.Run("corpus", func(b *testing.B) {
		h, _ := corpusEngine(b)
		benchPages(b, h, []string{"/patterns"})
	})
}
