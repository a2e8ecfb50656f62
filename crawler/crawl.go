package crawler

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/incidex/incidex/crawler/extract"
	"github.com/incidex/incidex/data"
)

// Limits of one pass.
const (
	maxListingPages = 20  // next-page hops of one listing
	maxLinksPerSrc  = 500 // documents taken from one source per pass
)

// IndexFunc puts an incident into the index; the crawler does not know the
// index, cmd connects them.
type IndexFunc func(in *data.Incident) error

// Summary counts what a pass did.
type Summary struct {
	Fetched   int `json:"fetched"`
	New       int `json:"new"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Failed    int `json:"failed"`
	Robots    int `json:"blocked_by_robots"`
	Skipped   int `json:"not_postmortems"`
}

// String is CONTRACT's summary line of a pass.
func (s Summary) String() string {
	return fmt.Sprintf("fetched %d, new %d, updated %d, unchanged %d, failed %d, blocked by robots %d (not postmortems: %d)",
		s.Fetched, s.New, s.Updated, s.Unchanged, s.Failed, s.Robots, s.Skipped)
}

func (s *Summary) add(o Summary) {
	s.Fetched += o.Fetched
	s.New += o.New
	s.Updated += o.Updated
	s.Unchanged += o.Unchanged
	s.Failed += o.Failed
	s.Robots += o.Robots
	s.Skipped += o.Skipped
}

// refused counts a fetch that failed: blocked by robots.txt, or failed.
func (s *Summary) refused(err error) {
	if errors.Is(err, ErrRobots) {
		s.Robots++
	} else {
		s.Failed++
	}
}

// SourceStatus is what the crawler did with one source.
type SourceStatus struct {
	Name     string    `json:"name"`
	URL      string    `json:"url"`
	LastPass time.Time `json:"last_pass"`
	NextPass time.Time `json:"next_pass"`
	Counts   Summary   `json:"counts"`
	// Answered is true when the source's start page (feed, list, status
	// page, catalogue) could be read on the last pass.
	Answered  bool   `json:"answered"`
	LastError string `json:"last_error,omitempty"`
}

// Crawler runs crawl passes over sources.
type Crawler struct {
	store   *Store
	fetch   *Fetcher
	pol     Politeness
	put     IndexFunc
	log     *slog.Logger
	workers int
	recheck time.Duration
	mu      sync.Mutex
	status  map[string]*SourceStatus
	prog    func(string)
}

// DefaultWorkers is how many hosts a pass works on at once.
const DefaultWorkers = 8

// Config configures a Crawler.
type Config struct {
	Store        *Store
	Index        IndexFunc
	AllowPrivate bool
	Politeness   Politeness
	Fetcher      []Option // more fetcher options (tests: timeouts, size caps)
	Logger       *slog.Logger
	// Progress, when set, is called after each document a pass takes
	// (from several goroutines).
	Progress func(url string)
	// Workers is how many hosts a pass works on at once (default 8);
	// each host keeps its own rate limit, robots.txt and circuit breaker.
	Workers int
	// Recheck is how long a document found through a catalogue or a
	// links page stays unasked after a fetch (default 30 days; a source's
	// every overrides it); a negative value asks every pass.
	Recheck time.Duration
}

// NewCrawler returns a crawler over a raw store.
func NewCrawler(c Config) *Crawler {
	opts := append([]Option{WithAllowPrivateNetworks(c.AllowPrivate)}, c.Fetcher...)
	log := c.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	workers := c.Workers
	if workers <= 0 {
		workers = DefaultWorkers
	}
	recheck := c.Recheck
	if recheck == 0 {
		recheck = DefaultRecheck
	}
	return &Crawler{store: c.Store, fetch: New(opts...), pol: c.Politeness, put: c.Index, log: log, workers: workers, recheck: recheck,
		status: map[string]*SourceStatus{}, prog: c.Progress}
}

// Status returns the status of every source crawled, by name.
func (c *Crawler) Status() []SourceStatus {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]SourceStatus, 0, len(c.status))
	for _, s := range c.status {
		out = append(out, *s)
	}
	return out
}

// job is one document to take.
type job struct {
	src     int // index of its source
	link    string
	key     string // canonical
	direct  bool   // taken as a postmortem without classification
	hint    *data.CatalogueEntry
	recheck time.Duration
}

// Pass crawls every source once. It first reads the sources' start pages
// (feeds, listings, catalogues, links pages, status pages), several at
// once, then fetches the documents they lead to host by host, up to
// Workers hosts at the same time: a pass takes about as long as its
// busiest host. A document named by several sources is fetched once. A
// failing source never stops the others; a cancelled ctx stops the pass
// between fetches.
func (c *Crawler) Pass(ctx context.Context, sources []Source) Summary {
	pl := newPolite(c.fetch, c.pol)
	sums := make([]Summary, len(sources))
	errs := make([]error, len(sources))
	answered := make([]bool, len(sources))
	var (
		jobMu sync.Mutex
		jobs  []*job
		seen  = map[string]bool{}
		sumMu sync.Mutex
	)
	sem := make(chan struct{}, c.workers)
	var wg sync.WaitGroup
	for i := range sources {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			defer func() { <-sem }()
			var sum Summary
			found, err := c.discover(ctx, pl, i, &sources[i], &sum)
			errs[i] = err
			answered[i] = sum.Fetched > 0 || (sources[i].Kind == KindCatalogue && err == nil)
			sumMu.Lock()
			sums[i].add(sum)
			sumMu.Unlock()
			jobMu.Lock()
			for _, j := range found {
				if !seen[j.key] {
					seen[j.key] = true
					jobs = append(jobs, j)
				}
			}
			jobMu.Unlock()
		}(i)
	}
	wg.Wait()

	// the documents, grouped by host, the busiest hosts first
	byHost := map[string][]*job{}
	var hosts []string
	for _, j := range jobs {
		h := hostOf(j.link)
		if _, ok := byHost[h]; !ok {
			hosts = append(hosts, h)
		}
		byHost[h] = append(byHost[h], j)
	}
	sort.SliceStable(hosts, func(a, b int) bool { return len(byHost[hosts[a]]) > len(byHost[hosts[b]]) })
	for _, h := range hosts {
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func(list []*job) {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			defer func() { <-sem }()
			for _, j := range list {
				if ctx.Err() != nil {
					return
				}
				var sum Summary
				c.take(ctx, pl, &sources[j.src], j, nil, &sum)
				sumMu.Lock()
				sums[j.src].add(sum)
				sumMu.Unlock()
			}
		}(byHost[h])
	}
	wg.Wait()

	var total Summary
	for _, s := range sums {
		total.add(s)
	}
	if ctx.Err() != nil {
		return total // stopped: the sources' passes did not finish
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now().UTC()
	for i := range sources {
		src := &sources[i]
		st := &SourceStatus{Name: src.Name, URL: src.URL, LastPass: now, Counts: sums[i], Answered: answered[i]}
		if prev, ok := c.status[src.Name]; ok {
			st.NextPass = prev.NextPass
		}
		if errs[i] != nil {
			st.LastError = errs[i].Error()
			c.log.Warn("source failed", slog.String("source", src.Name), slog.Any("error", errs[i]))
		}
		c.status[src.Name] = st
	}
	return total
}

func hostOf(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return link
	}
	return strings.ToLower(u.Host)
}

// SetNext records when a source's next pass is due.
func (c *Crawler) SetNext(src Source, t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.status[src.Name]; ok {
		st.NextPass = t
	} else {
		c.status[src.Name] = &SourceStatus{Name: src.Name, URL: src.URL, NextPass: t}
	}
}

// discover reads a source's start page and returns the documents it
// leads to (a page source and a status page are taken at once).
func (c *Crawler) discover(ctx context.Context, pl *polite, i int, src *Source, sum *Summary) ([]*job, error) {
	if src.Kind == KindCatalogue {
		return c.catalogue(ctx, pl, i, src, sum)
	}
	if src.Kind == KindStatuspage {
		return nil, c.statuspage(ctx, pl, src, sum)
	}
	var resp *Response
	var err error
	if src.Kind == KindLinks {
		resp, err = c.startPage(ctx, pl, src.URL)
	} else {
		resp, err = pl.get(ctx, src.URL, Conditional{})
	}
	if err != nil {
		sum.refused(err)
		return nil, err
	}
	sum.Fetched++
	kind := src.Kind
	if kind == "" {
		kind = guessKind(resp.ContentType, resp.Body)
		if kind == KindPage && src.follow != nil {
			kind = KindListing
		}
	}
	var links []string
	switch kind {
	case KindPage:
		c.take(ctx, pl, src, &job{src: i, link: resp.URL, key: Canonical(resp.URL), direct: true}, resp, sum)
		return nil, nil
	case KindFeed:
		links, err = feedLinks(resp.Body, resp.URL)
		if err != nil {
			return nil, fmt.Errorf("%s: feed: %w", src.Name, err)
		}
		links = filter(links, src)
	case KindSitemap:
		links, err = c.sitemap(ctx, pl, src, resp, sum)
		if err != nil {
			return nil, err
		}
	case KindListing:
		links = c.listing(ctx, pl, src, resp, sum)
	case KindLinks:
		links = filter(pageLinks(resp), src)
	}
	var out []*job
	seen := map[string]bool{Canonical(src.URL): true, Canonical(resp.URL): true}
	for _, l := range links {
		if len(out) >= maxLinksPerSrc {
			break
		}
		cl := Canonical(l)
		if seen[cl] {
			continue
		}
		seen[cl] = true
		out = append(out, &job{src: i, link: l, key: cl, recheck: src.recheck(c.recheck)})
	}
	return out, nil
}

// startPage fetches a source's start page with a conditional GET and
// keeps it in the raw store; a 304 gives the stored copy.
func (c *Crawler) startPage(ctx context.Context, pl *polite, link string) (*Response, error) {
	key := Canonical(link)
	st, err := c.store.State(key)
	if err != nil {
		return nil, err
	}
	var cond Conditional
	if old, err := c.store.Document(key); err == nil && old != nil {
		cond = Conditional{ETag: st.ETag, LastModified: st.Modified}
	}
	resp, err := pl.get(ctx, link, cond)
	if err != nil {
		return nil, err
	}
	st.LastFetch, st.Status = time.Now().UTC(), resp.Status
	if resp.NotModified {
		old, err := c.store.Document(key)
		if err != nil || old == nil {
			return nil, fmt.Errorf("%s: 304 without a stored copy", link)
		}
		resp.Body, resp.ContentType, resp.URL = old.Body, old.ContentType, old.FinalURL
		_ = c.store.PutState(st)
		return resp, nil
	}
	hash := sha256.Sum256(resp.Body)
	doc := &Document{URL: key, FinalURL: resp.URL, Source: "start page", ContentType: resp.ContentType,
		ETag: resp.Header.Get("ETag"), Modified: resp.Header.Get("Last-Modified"), FetchedAt: resp.FetchedAt,
		Hash: hex.EncodeToString(hash[:]), Body: resp.Body}
	st.ETag, st.Modified, st.Hash, st.Postmortem, st.Reason = doc.ETag, doc.Modified, doc.Hash, false, "a source's start page"
	if err := c.store.PutMany([]*Document{doc}, []URLState{st}); err != nil {
		return nil, err
	}
	return resp, nil
}

func filter(links []string, src *Source) []string {
	if src.follow == nil {
		return links
	}
	var out []string
	for _, l := range links {
		if src.Follows(l) {
			out = append(out, l)
		}
	}
	return out
}

func (c *Crawler) sitemap(ctx context.Context, pl *polite, src *Source, resp *Response, sum *Summary) ([]string, error) {
	links, index, err := sitemapLinks(resp.Body, resp.URL)
	if err != nil {
		return nil, fmt.Errorf("%s: sitemap: %w", src.Name, err)
	}
	if !index {
		return filter(links, src), nil
	}
	var all []string
	for i, child := range links {
		if i >= 20 || ctx.Err() != nil {
			break
		}
		r, err := pl.get(ctx, child, Conditional{})
		if err != nil {
			sum.Failed++
			continue
		}
		sum.Fetched++
		more, _, err := sitemapLinks(r.Body, r.URL)
		if err == nil {
			all = append(all, more...)
		}
	}
	return filter(all, src), nil
}

func (c *Crawler) listing(ctx context.Context, pl *polite, src *Source, resp *Response, sum *Summary) []string {
	var all []string
	visited := map[string]bool{Canonical(resp.URL): true}
	for page := 0; resp != nil && page < maxListingPages; page++ {
		links, next := listingLinks(resp.Body, resp.URL, src)
		all = append(all, links...)
		if next == "" || visited[Canonical(next)] || ctx.Err() != nil {
			break
		}
		visited[Canonical(next)] = true
		r, err := pl.get(ctx, next, Conditional{})
		switch {
		case errors.Is(err, ErrRobots):
			sum.Robots++
			return all
		case err != nil:
			sum.Failed++
			return all
		}
		sum.Fetched++
		resp = r
	}
	return all
}

// take fetches one document (unless resp is given), stores it, and
// indexes it when it is a postmortem that changed.
func (c *Crawler) take(ctx context.Context, pl *polite, src *Source, j *job, resp *Response, sum *Summary) {
	if c.prog != nil {
		defer c.prog(j.link)
	}
	key := j.key
	st, err := c.store.State(key)
	if err != nil {
		sum.Failed++
		return
	}
	if resp == nil && j.recheck > 0 && !st.LastFetch.IsZero() && time.Since(st.LastFetch) < j.recheck && (st.Failures == 0 || st.Status == http.StatusNotFound) {
		return // fetched lately: not due yet
	}
	if resp == nil {
		resp, err = pl.get(ctx, j.link, Conditional{ETag: st.ETag, LastModified: st.Modified})
		st.LastFetch = time.Now().UTC()
		switch {
		case errors.Is(err, ErrRobots):
			sum.Robots++
			return
		case err != nil:
			sum.Failed++
			st.Failures++
			st.LastError = err.Error()
			var se *StatusError
			if errors.As(err, &se) {
				st.Status = se.Code
			}
			_ = c.store.PutState(st)
			return
		}
		sum.Fetched++
	}
	st.LastError, st.Failures, st.Status = "", 0, resp.Status
	if resp.NotModified {
		sum.Unchanged++
		_ = c.store.PutState(st)
		return
	}
	hash := sha256.Sum256(resp.Body)
	h := hex.EncodeToString(hash[:])
	if h == st.Hash && (st.IncidentID != "" || st.SameAs != "") {
		sum.Unchanged++ // same bytes, no validators
		st.ETag, st.Modified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		_ = c.store.PutState(st)
		return
	}
	doc := &Document{
		URL: key, FinalURL: resp.URL, Source: src.Name, ContentType: resp.ContentType,
		ETag: resp.Header.Get("ETag"), Modified: resp.Header.Get("Last-Modified"), FetchedAt: resp.FetchedAt, Hash: h, Body: resp.Body,
	}
	if err := c.store.PutDocument(doc); err != nil {
		sum.Failed++
		c.log.Error("store", slog.String("url", key), slog.Any("error", err))
		return
	}
	st.ETag, st.Modified, st.Hash = doc.ETag, doc.Modified, h
	in, reason, err := c.incidentOf(doc, j.direct)
	st.Reason = reason
	if err != nil || in == nil {
		st.Postmortem = false
		if err != nil {
			st.LastError = err.Error()
			sum.Failed++
		} else {
			sum.Skipped++
		}
		_ = c.store.PutState(st)
		return
	}
	// the same content under another URL is one incident
	if other, err := c.store.FindHash(h, key); err == nil && other != "" {
		st.Postmortem, st.Reason, st.SameAs = false, "same content as "+other, other
		sum.Unchanged++
		_ = c.store.PutState(st)
		return
	}
	c.index(j, in, st, sum)
}

// index puts a taken postmortem into the index, unless it is a
// near-duplicate of one indexed under another URL (then this URL is
// remembered as a copy of that one), and counts it.
func (c *Crawler) index(j *job, in *data.Incident, st URLState, sum *Summary) {
	if j.hint != nil {
		fillFromCatalogue(in, j.hint)
	}
	if st.IncidentID != "" {
		in.ID = st.IncidentID // the id this URL was given before (it may be a catalogue entry's)
	}
	p := NewPrint(in)
	if other, dup, err := c.store.NearDuplicate(p); err == nil && dup {
		st.Postmortem, st.SameAs = false, other.URL
		st.Reason = "near-duplicate of " + other.URL
		sum.Unchanged++
		_ = c.store.PutState(st)
		return
	}
	isNew := st.IncidentID == ""
	if err := c.put(in); err != nil {
		sum.Failed++
		st.LastError = err.Error()
		_ = c.store.PutState(st)
		return
	}
	st.Postmortem, st.IncidentID, st.SameAs = true, in.ID, ""
	if isNew {
		sum.New++
	} else {
		sum.Updated++
	}
	_ = c.store.PutState(st)
	p.ID, p.URL = in.ID, in.URL // as the index callback left them
	_ = c.store.PutPrints([]Print{p})
}

// fillFromCatalogue keeps the catalogue's value of a field the page does
// not give (a write-up over a stub, field by field).
func fillFromCatalogue(in *data.Incident, e *data.CatalogueEntry) {
	if in.Org == "" {
		in.Org = e.Org
	}
	if in.Published == "" {
		in.Published = e.Date
	}
	if in.Title == "" {
		in.Title = e.Title
	}
	if in.Lang == "" {
		in.Lang = e.Lang
	}
	if len(in.Patterns) == 0 && len(e.Patterns) > 0 {
		in.Patterns = e.Patterns
	}
}

// incidentOf extracts a stored document; it returns nil (and why) when
// the document is not a postmortem. A page named directly (a page source
// or a --url seed) is taken as one.
func (c *Crawler) incidentOf(doc *Document, direct bool) (*data.Incident, string, error) {
	id := doc.URL
	if canon := canonicalLink(doc.Body, doc.FinalURL); canon != "" && strings.HasPrefix(doc.ContentType, "text/html") {
		id = Canonical(canon)
	}
	in, err := extract.Extract(doc.Body, id, doc.ContentType)
	if err != nil {
		return nil, "", err
	}
	ok, reason := IsPostmortem(in)
	if !ok && !direct {
		return nil, reason, nil
	}
	return in, reason, nil
}

// postmortemWords in a title say a page is about an incident.
var postmortemWords = []string{"postmortem", "post-mortem", "post mortem", "incident", "outage", "root cause", "rca", "disruption",
	"downtime", "service event", "availability", "degradation", "degraded", "failure", "failed", "fails", "crash", "breach", "leak",
	"data loss", "overload", "partition", "down", "unavailable", "interruption", "errors", "issues", "delay", "deleted", "deletes", "bug", "flaw",
	"复盘", "故障", "事故", "宕机", "中断", "停机", "事件", "异常", "不可用", "泄露", "误删", "说明", "性能下降", "降级", "延迟", "报错"}

// statusTitle is the title of a hosted status page's incident: "Example
// Status - Incident with Actions", "Example 状态 - 与 API 请求相关的事故".
var statusTitle = regexp.MustCompile(`(?i)^.{1,40}?(?:\bstatus|状态)\s*[-–—|:：]\s*\S`)

// statusIncidentWords name an incident in a status page's title, where
// even "issues" or 问题 does.
var statusIncidentWords = []string{"incident", "outage", "degraded", "degradation", "disruption", "investigating", "issues", "errors", "unavailable", "delays",
	"事故", "故障", "中断", "性能下降", "降级", "问题", "不可用", "异常", "延迟", "调查"}

// narrativeWords tell how an incident went; a postmortem uses several.
var narrativeWords = []string{"root cause", "caused", "outage", "failure", "impact", "restored", "resolved", "mitigat", "customers", "downtime",
	"incident", "recover", "rollback", "rolled back", "原因", "导致", "影响", "恢复", "故障", "用户", "处理", "整改"}

// IsPostmortem decides whether an extracted page is an incident write-up:
// points for a title that names an incident (2), a cause (1), a timeline
// of two events or more (1), remediation or lessons (1), a failure
// pattern (1, and 1 more for two), and three or more of the words that
// tell an incident (1); three points and 300 characters of text make
// one. A status page's incident (a title like "Example Status - Incident
// with Actions" or "… 状态 - … 相关的事故") is one however little its page
// says. It returns the reason, kept in the URL's state.
func IsPostmortem(in *data.Incident) (bool, string) {
	score := 0
	var why []string
	point := func(n int, w string) {
		score += n
		why = append(why, w)
	}
	title := strings.ToLower(in.Title)
	for _, w := range postmortemWords {
		if strings.Contains(title, w) {
			point(2, "title")
			break
		}
	}
	// an incident of a status page is one however little it says
	statusIncident := false
	if statusTitle.MatchString(in.Title) && !strings.Contains(title, "history") && !strings.Contains(title, "历史") {
		for _, w := range statusIncidentWords {
			if strings.Contains(title, w) {
				statusIncident = true
				break
			}
		}
		if statusIncident {
			point(3, "status incident")
		}
	}
	if in.Cause != "" {
		point(1, "cause")
	}
	if len(in.Timeline) >= 2 {
		point(1, "timeline")
	}
	if in.Remediation != "" || in.Lessons != "" {
		point(1, "remediation")
	}
	if len(in.Patterns) > 0 {
		point(1, "patterns")
	}
	if len(in.Patterns) > 1 {
		point(1, "patterns")
	}
	text := strings.ToLower(in.Text)
	n := 0
	for _, w := range narrativeWords {
		if strings.Contains(text, w) {
			n++
		}
	}
	if n >= 3 {
		point(1, "narrative")
	}
	chars := utf8.RuneCountInString(in.Text)
	ok := score >= 3 && (chars >= 300 || statusIncident)
	return ok, fmt.Sprintf("score %d (%s), %d characters", score, strings.Join(why, ", "), chars)
}
