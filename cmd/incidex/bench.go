package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/incidex/incidex/crawler"
	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
	"github.com/incidex/incidex/web"
)

// childEnv makes a test binary run incidex itself (its TestMain reads it),
// so that tests, and bench run from a test, can start real incidex
// processes.
const childEnv = "INCIDEX_TEST_CHILD_ARGS"

// benchQueries is the fixed mix of the benchmark: Chinese, English,
// filtered and faceted, section-scoped.
var benchQueries = []string{
	"q=光缆中断", "q=重连风暴", "q=thundering+herd", "q=certificate+expired", "q=database+failover+replica",
	"q=误删除生产数据", "q=&pattern=retry-storm", "q=outage&lang=zh", "q=config&year=2021", "q=cause:光缆",
	"q=rollback&sort=date", "q=disk+full&section=cause", "q=机房停电导致服务中断", "q=DNS&pattern=dns&lang=en",
}

type benchRow struct {
	K             int     `json:"k"`
	Docs          int     `json:"docs"`
	TextMB        float64 `json:"text_mb"`
	ImportSeconds float64 `json:"import_seconds"`
	DocsPerSec    float64 `json:"import_docs_per_s"`
	MBPerSec      float64 `json:"import_mb_per_s"`
	GseMBPerSec   float64 `json:"gse_mb_per_s"`
	ImportVsGse   float64 `json:"import_vs_gse"`
	IndexMB       float64 `json:"index_mb"`
	IndexVsText   float64 `json:"index_vs_text"`
	FirstAnswerMS float64 `json:"serve_first_answer_ms"`
	P50MS         float64 `json:"query_p50_ms"`          // as served: repeated queries come from the result cache
	P99MS         float64 `json:"query_p99_ms"`          //
	FreshP50MS    float64 `json:"query_uncached_p50_ms"` // every query computed afresh (Cache-Control: no-cache)
	FreshP99MS    float64 `json:"query_uncached_p99_ms"` //
	Queries       int     `json:"queries"`
	Errors        int     `json:"errors"`
	PeakRSSMB     float64 `json:"peak_rss_mb"`   // the larger of the two below
	ImportRSSMB   float64 `json:"import_rss_mb"` // this process, which imported
	ServeRSSMB    float64 `json:"serve_rss_mb"`  // the serve process, after the queries
}

func runBench(args []string, stdout, stderr io.Writer) error {
	fs, _ := newFlags("bench", "", stderr)
	corpus := fs.String("corpus", "../shared/corpus/docs", "folder of documents")
	ks := fs.String("k", "1", "comma-separated replication factors (1,20,50)")
	queries := fs.Int("queries", 500, "queries per measurement")
	conc := fs.Int("concurrency", 4, "clients at once")
	asJSON := fs.Bool("json", false, "print the rows as JSON")
	load := fs.Bool("load", false, "load test: searches while a crawl pass indexes, in one process")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the import phase (of the last --k) to this file")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *queries < 1 || *conc < 1 {
		return fmt.Errorf("%w: incidex bench [--corpus DIR] [--k 1,20,50] [--queries N] [--concurrency C] [--json] [--load]", errUsage)
	}
	if *load {
		return runLoad(*corpus, *queries, *conc, stdout)
	}
	var rows []benchRow
	for _, kt := range strings.Split(*ks, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(kt))
		if err != nil || k < 1 || k > 1000 {
			return fmt.Errorf("%w: --k takes whole numbers from 1 to 1000", errUsage)
		}
		row, err := benchOne(*corpus, k, *queries, *conc, *cpuProfile, stderr)
		if err != nil {
			return err
		}
		rows = append(rows, row)
	}
	if *asJSON {
		return writeJSON(stdout, rows)
	}
	fmt.Fprintf(stdout, "%4s %7s %7s %9s %8s %8s %7s %7s %6s %9s %7s %7s %9s %9s %8s\n", "k", "docs", "textMB", "docs/s", "MB/s", "gseMB/s", "vs gse", "indexMB", "×text", "first ms", "p50 ms", "p99 ms", "p50 fresh", "p99 fresh", "rss MB")
	for _, r := range rows {
		fmt.Fprintf(stdout, "%4d %7d %7.1f %9.0f %8.2f %8.2f %7.2f %7.1f %6.2f %9.0f %7.2f %7.2f %9.2f %9.2f %8.0f\n",
			r.K, r.Docs, r.TextMB, r.DocsPerSec, r.MBPerSec, r.GseMBPerSec, r.ImportVsGse, r.IndexMB, r.IndexVsText, r.FirstAnswerMS, r.P50MS, r.P99MS, r.FreshP50MS, r.FreshP99MS, r.PeakRSSMB)
	}
	return nil
}

// benchOne replicates the corpus k times with distinct ids, imports it,
// and measures serve.
func benchOne(corpus string, k, queries, conc int, cpuProfile string, stderr io.Writer) (benchRow, error) {
	row := benchRow{K: k}
	files, _, err := collectFiles([]string{corpus})
	if err != nil {
		return row, err
	}
	if len(files) == 0 {
		return row, fmt.Errorf("no documents under %s", corpus)
	}
	work, err := os.MkdirTemp("", "incidex-bench-")
	if err != nil {
		return row, err
	}
	defer os.RemoveAll(work)
	src := filepath.Join(work, "docs")
	var all []string
	var text strings.Builder
	for i := 0; i < k; i++ {
		dir := filepath.Join(src, fmt.Sprintf("copy%03d", i))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return row, err
		}
		for j, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return row, err
			}
			p := filepath.Join(dir, fmt.Sprintf("%05d%s", j, filepath.Ext(f)))
			if err := os.WriteFile(p, b, 0o644); err != nil {
				return row, err
			}
			all = append(all, p)
			if i == 0 {
				text.Write(b)
			}
		}
	}
	row.Docs = len(all)
	row.TextMB = float64(text.Len()*k) / 1e6

	// gse alone on the same text: the speed limit of this stack
	seg, err := indexer.Segmenter()
	if err != nil {
		return row, err
	}
	// the median of three passes: one pass is at the mercy of the machine
	one := []byte(text.String())
	var passes []float64
	for p := 0; p < 3; p++ {
		start := time.Now()
		for i := 0; i < k; i++ {
			seg.Segment(one)
		}
		passes = append(passes, row.TextMB/time.Since(start).Seconds())
	}
	row.GseMBPerSec = percentile(passes, 0.5)

	dataDir := filepath.Join(work, "data")
	ix, store, closeAll, err := openDataFolder(dataDir)
	if err != nil {
		return row, err
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return row, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return row, err
		}
	}
	start := time.Now()
	st, err := importFiles(ix, all, slog.New(slog.NewTextHandler(io.Discard, nil)), nil, keepInStore(store, false), nil)
	row.ImportSeconds = time.Since(start).Seconds()
	if cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		closeAll()
		return row, err
	}
	// the bytes of the segments in use: the import ends by merging them
	// into one, whose file replaces the many; the replaced files are gone
	// once serve opens the index
	_, live, err := ix.DiskBytes()
	closeAll()
	if err != nil {
		return row, err
	}
	row.IndexMB = float64(live) / 1e6
	row.IndexVsText = row.IndexMB / row.TextMB
	row.DocsPerSec = float64(st.imported) / row.ImportSeconds
	row.MBPerSec = row.TextMB / row.ImportSeconds
	row.ImportVsGse = row.MBPerSec / row.GseMBPerSec

	// serve as its own process: time to first answer, latency, RSS
	exe, err := os.Executable()
	if err != nil {
		return row, err
	}
	addrPath := filepath.Join(dataDir, addrFile)
	start = time.Now()
	srv := exec.Command(exe, "serve", "--data", dataDir, "--addr", "127.0.0.1:0", "--crawl-every", "off", "--api-rate", "-1")
	if os.Getenv(childEnv) == "" && strings.HasSuffix(exe, ".test") {
		srv.Env = append(os.Environ(), childEnv+"="+strings.Join([]string{"serve", "--data", dataDir, "--addr", "127.0.0.1:0", "--crawl-every", "off", "--api-rate", "-1"}, "\x1f"))
		srv.Args = []string{exe, "-test.run=^$"}
	}
	srv.Stderr = io.Discard
	if err := srv.Start(); err != nil {
		return row, err
	}
	defer func() {
		srv.Process.Signal(syscall.SIGTERM)
		srv.Wait()
	}()
	base := ""
	for base == "" {
		if time.Since(start) > time.Minute {
			return row, fmt.Errorf("serve did not start")
		}
		if b, err := os.ReadFile(addrPath); err == nil {
			u := "http://" + strings.TrimSpace(string(b))
			if resp, err := http.Get(u + "/api/v1/search?q=%E5%85%89%E7%BC%86"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					base = u
					break
				}
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	row.FirstAnswerMS = float64(time.Since(start).Microseconds()) / 1000
	fire(base, len(benchQueries), 1, true) // each query once: caches warm, as on a server that has been up
	lat, errs := fire(base, queries, conc, true)
	row.FreshP50MS, row.FreshP99MS = percentile(lat, 0.50), percentile(lat, 0.99)
	lat2, errs2 := fire(base, queries, conc, false)
	row.P50MS, row.P99MS = percentile(lat2, 0.50), percentile(lat2, 0.99)
	row.Queries, row.Errors = len(lat)+len(lat2), errs+errs2
	row.ServeRSSMB = float64(peakRSS(srv.Process.Pid)) / 1024
	row.ImportRSSMB = float64(peakRSS(os.Getpid())) / 1024
	row.PeakRSSMB = max(row.ServeRSSMB, row.ImportRSSMB)
	fmt.Fprintf(stderr, "bench k=%d done\n", k)
	return row, nil
}

// fire sends n API queries from the mix, conc at a time, and returns their
// latencies in milliseconds and the number of errors.
func fire(base string, n, conc int, fresh bool) ([]float64, int) {
	var mu sync.Mutex
	var lat []float64
	errs := 0
	next := make(chan int)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 30 * time.Second}
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				t := time.Now()
				req, _ := http.NewRequest(http.MethodGet, base+"/api/v1/search?"+benchQueries[i%len(benchQueries)], nil)
				if fresh {
					req.Header.Set("Cache-Control", "no-cache")
				}
				resp, err := client.Do(req)
				ms := float64(time.Since(t).Microseconds()) / 1000
				ok := err == nil && resp.StatusCode == http.StatusOK
				if resp != nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				mu.Lock()
				lat = append(lat, ms)
				if !ok {
					errs++
				}
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	return lat, errs
}

func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(p*float64(len(s))+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(s) {
		i = len(s) - 1
	}
	return s[i]
}

// peakRSS reads a process's peak resident set (VmHWM) in kB; 0 if unknown.
func peakRSS(pid int) int {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return n
		}
	}
	return 0
}

// runLoad runs concurrent searches through the web layer on loopback while
// a crawl pass indexes pages from a local site, in one process, and prints
// requests, errors and latency percentiles.
func runLoad(corpus string, queries, conc int, stdout io.Writer) error {
	work, err := os.MkdirTemp("", "incidex-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	ix, err := indexer.Open(filepath.Join(work, "data"))
	if err != nil {
		return err
	}
	defer ix.Close()
	files, _, err := collectFiles([]string{corpus})
	if err != nil {
		return err
	}
	half := len(files) / 2
	if _, err := importFiles(ix, files[:half], slog.New(slog.NewTextHandler(io.Discard, nil)), nil, nil, nil); err != nil {
		return err
	}
	// the other half is served by a local site the crawler reads
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<rss version="2.0"><channel>`)
			for i := range files[half:] {
				fmt.Fprintf(w, "<item><link>http://%s/doc/%d</link></item>", r.Host, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
		default:
			i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/doc/"))
			if err != nil || i < 0 || i >= len(files)-half {
				http.NotFound(w, r)
				return
			}
			b, _ := os.ReadFile(files[half+i])
			w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
			w.Write(b)
		}
	}))
	defer site.Close()
	store, err := crawler.OpenStore(filepath.Join(work, "data"))
	if err != nil {
		return err
	}
	defer store.Close()
	c := crawler.NewCrawler(crawler.Config{Store: store, AllowPrivate: true, Politeness: crawler.Politeness{Delay: time.Millisecond},
		Index: func(in *data.Incident) error { return ix.Put(in) }})
	gin.SetMode(gin.ReleaseMode)
	api := httptest.NewServer(web.New(web.Deps{Searcher: search.New(ix), APIRate: -1}))
	defer api.Close()

	crawled := make(chan crawler.Summary)
	go func() {
		crawled <- c.Pass(context.Background(), []crawler.Source{{Name: "load", URL: site.URL + "/feed.xml"}})
	}()
	start := time.Now()
	lat, errs := fire(api.URL, queries, conc, true)
	took := time.Since(start)
	sum := <-crawled
	fmt.Fprintf(stdout, "load: %d requests from %d clients in %s (%.0f req/s), %d errors, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; meanwhile the crawl: %s\n",
		len(lat), conc, took.Round(time.Millisecond), float64(len(lat))/took.Seconds(), errs,
		percentile(lat, 0.5), percentile(lat, 0.9), percentile(lat, 0.99), percentile(lat, 1), sum)
	if errs > 0 {
		return fmt.Errorf("%d of %d requests failed", errs, len(lat))
	}
	return nil
}
