package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// SourceStatus is what the crawler did with one source, as the web layer
// shows it (cmd fills it from the crawler, which web does not import).
type SourceStatus struct {
	Name      string    `json:"name"`
	URL       string    `json:"url"`
	LastPass  time.Time `json:"last_pass,omitzero"`
	NextPass  time.Time `json:"next_pass,omitzero"`
	Fetched   int       `json:"fetched"`
	New       int       `json:"new"`
	Updated   int       `json:"updated"`
	Unchanged int       `json:"unchanged"`
	Failed    int       `json:"failed"`
	Robots    int       `json:"blocked_by_robots"`
	// Answered: the source's start page could be read on the last pass.
	Answered  bool   `json:"answered"`
	LastError string `json:"last_error,omitempty"`
}

// metrics are incidex's Prometheus metrics, in a registry of their own.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

func newMetrics(s *server) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "incidex_http_requests_total", Help: "HTTP requests by route and status.",
	}, []string{"route", "status"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "incidex_http_request_seconds", Help: "HTTP request latency by route.",
		Buckets: []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1},
	}, []string{"route"})
	incidents := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "incidex_incidents", Help: "Incidents in the index.",
	}, func() float64 {
		n, err := s.searcher.Count()
		if err != nil {
			return -1
		}
		return float64(n)
	})
	if cs, ok := s.searcher.(interface{ CacheStats() (uint64, uint64) }); ok {
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "incidex_search_cache_hits_total", Help: "Searches answered from the result cache.",
		}, func() float64 { h, _ := cs.CacheStats(); return float64(h) }), prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "incidex_search_cache_misses_total", Help: "Searches computed afresh.",
		}, func() float64 { _, m := cs.CacheStats(); return float64(m) }))
	}
	m.reg.MustRegister(m.requests, m.latency, incidents, &crawlCollector{s: s},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// middleware counts and times every request by its route.
func (m *metrics) middleware() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		m.requests.WithLabelValues(route, strconv.Itoa(c.Writer.Status())).Inc()
		m.latency.WithLabelValues(route).Observe(time.Since(start).Seconds())
	}
}

func (m *metrics) handler() gin.HandlerFunc {
	h := promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
	return func(c *gin.Context) { h.ServeHTTP(c.Writer, c.Request) }
}

// crawlCollector reports the crawler's per-source status.
type crawlCollector struct{ s *server }

var (
	crawlDocs = prometheus.NewDesc("incidex_crawl_documents", "Documents of a source's last pass, by outcome.", []string{"source", "outcome"}, nil)
	crawlLast = prometheus.NewDesc("incidex_crawl_last_pass_timestamp_seconds", "When a source was last crawled.", []string{"source"}, nil)
	crawlNext = prometheus.NewDesc("incidex_crawl_next_pass_timestamp_seconds", "When a source is crawled next.", []string{"source"}, nil)
	crawlErr  = prometheus.NewDesc("incidex_crawl_source_failing", "1 when a source's last pass ended in an error.", []string{"source"}, nil)
)

func (c *crawlCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- crawlDocs
	ch <- crawlLast
	ch <- crawlNext
	ch <- crawlErr
}

func (c *crawlCollector) Collect(ch chan<- prometheus.Metric) {
	if c.s.crawl == nil {
		return
	}
	for _, st := range c.s.crawl() {
		for outcome, n := range map[string]int{"fetched": st.Fetched, "new": st.New, "updated": st.Updated, "unchanged": st.Unchanged, "failed": st.Failed, "blocked_by_robots": st.Robots} {
			ch <- prometheus.MustNewConstMetric(crawlDocs, prometheus.GaugeValue, float64(n), st.Name, outcome)
		}
		if !st.LastPass.IsZero() {
			ch <- prometheus.MustNewConstMetric(crawlLast, prometheus.GaugeValue, float64(st.LastPass.Unix()), st.Name)
		}
		if !st.NextPass.IsZero() {
			ch <- prometheus.MustNewConstMetric(crawlNext, prometheus.GaugeValue, float64(st.NextPass.Unix()), st.Name)
		}
		failing := 0.0
		if st.LastError != "" {
			failing = 1
		}
		ch <- prometheus.MustNewConstMetric(crawlErr, prometheus.GaugeValue, failing, st.Name)
	}
}

// apiSources answers GET /api/v1/sources: the crawler's status by source.
func (s *server) apiSources(c *gin.Context) {
	out := []SourceStatus{}
	if s.crawl != nil {
		out = append(out, s.crawl()...)
	}
	c.JSON(http.StatusOK, gin.H{"sources": out})
}
