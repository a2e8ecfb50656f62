package crawler

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// Politeness settings; the zero value of each field means its default.
type Politeness struct {
	Delay         time.Duration // between requests to one host (default 1s)
	PerHost       int           // requests at once to one host (default 2)
	Retries       int           // more tries on 5xx, 429 and timeouts (default 3)
	Backoff       time.Duration // first wait before a retry (default 1s), doubled each time, with jitter
	MaxRetryAfter time.Duration // longest Retry-After honoured (default 2m); longer gives up
	BreakAfter    int           // consecutive failures that open a host's circuit (default 5)
}

func (p Politeness) withDefaults() Politeness {
	if p.Delay == 0 {
		p.Delay = time.Second
	}
	if p.PerHost == 0 {
		p.PerHost = 2
	}
	if p.Retries == 0 {
		p.Retries = 3
	}
	if p.Backoff == 0 {
		p.Backoff = time.Second
	}
	if p.MaxRetryAfter == 0 {
		p.MaxRetryAfter = 2 * time.Minute
	}
	if p.BreakAfter == 0 {
		p.BreakAfter = 5
	}
	return p
}

// Errors of the polite layer.
var (
	ErrRobots      = errors.New("disallowed by robots.txt")
	ErrCircuitOpen = errors.New("host skipped for this pass after repeated failures")
)

// host is what the polite layer keeps per host for one pass.
type host struct {
	limiter  *rate.Limiter
	slots    chan struct{}
	robotsMu sync.Mutex // held while robots.txt is fetched
	robots   *robotstxt.Group
	robotsOK bool // fetched (or known absent)
	mu       sync.Mutex
	failures int
	open     bool
}

// polite wraps a Fetcher with robots.txt, per-host rate limits and
// concurrency caps, retries with backoff, Retry-After and a per-host
// circuit breaker.
type polite struct {
	f     *Fetcher
	p     Politeness
	agent string
	mu    sync.Mutex
	hosts map[string]*host
	sleep func(ctx context.Context, d time.Duration) error
}

func newPolite(f *Fetcher, p Politeness) *polite {
	return &polite{f: f, p: p.withDefaults(), agent: "incidex", hosts: map[string]*host{}, sleep: sleepCtx}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (pl *polite) host(u *url.URL) *host {
	pl.mu.Lock()
	defer pl.mu.Unlock()
	h, ok := pl.hosts[u.Host]
	if !ok {
		h = &host{
			limiter: rate.NewLimiter(rate.Every(pl.p.Delay), 1),
			slots:   make(chan struct{}, pl.p.PerHost),
		}
		pl.hosts[u.Host] = h
	}
	return h
}

// allowed fetches and caches robots.txt for the URL's host, and says
// whether the URL may be fetched. A missing robots.txt (4xx) allows all;
// one that cannot be read (5xx, network) disallows the host for the pass.
func (pl *polite) allowed(ctx context.Context, u *url.URL) (bool, error) {
	h := pl.host(u)
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	if !h.robotsOK {
		robotsURL := (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}).String()
		resp, err := pl.do(ctx, robotsURL, Conditional{}, false)
		status, body := 0, []byte(nil)
		var se *StatusError
		switch {
		case err == nil:
			status, body = http.StatusOK, resp.Body
		case errors.As(err, &se):
			status = se.Code
		default:
			status = http.StatusServiceUnavailable
		}
		data, perr := robotstxt.FromStatusAndBytes(status, body)
		if perr != nil {
			data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		}
		h.robots = data.FindGroup(pl.agent)
		h.robotsOK = true
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return h.robots.Test(path), nil
}

// get fetches a URL politely.
func (pl *polite) get(ctx context.Context, raw string, cond Conditional) (*Response, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", raw, err)
	}
	ok, err := pl.allowed(ctx, u)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%s: %w", raw, ErrRobots)
	}
	return pl.do(ctx, raw, cond, true)
}

// do fetches with the host's rate limit and slot, retrying transient
// failures.
func (pl *polite) do(ctx context.Context, raw string, cond Conditional, count bool) (*Response, error) {
	u, _ := url.Parse(raw)
	h := pl.host(u)
	h.mu.Lock()
	open := h.open
	h.mu.Unlock()
	if open {
		return nil, fmt.Errorf("%s: %w", u.Host, ErrCircuitOpen)
	}
	var lastErr error
	for attempt := 0; attempt <= pl.p.Retries; attempt++ {
		if err := h.limiter.Wait(ctx); err != nil {
			return nil, err
		}
		select {
		case h.slots <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		resp, err := pl.f.Fetch(ctx, raw, cond)
		<-h.slots
		if err == nil {
			pl.record(h, nil, count)
			return resp, nil
		}
		lastErr = err
		wait, retry := pl.retryAfter(err, attempt)
		if !retry || attempt == pl.p.Retries || ctx.Err() != nil {
			break
		}
		if err := pl.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
	pl.record(h, lastErr, count)
	return nil, lastErr
}

// record counts a host's consecutive failures; a 404 or a robots refusal
// is no failure of the host.
func (pl *polite) record(h *host, err error, count bool) {
	if !count {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	var se *StatusError
	if err == nil || errors.As(err, &se) && se.Code < 500 && se.Code != http.StatusTooManyRequests {
		h.failures = 0
		return
	}
	h.failures++
	if h.failures >= pl.p.BreakAfter {
		h.open = true
	}
}

// retryAfter says whether an error is worth another try and how long to
// wait: Retry-After on 429/503 when given and not too long, else
// exponential backoff with jitter.
func (pl *polite) retryAfter(err error, attempt int) (time.Duration, bool) {
	backoff := pl.p.Backoff << attempt
	backoff += time.Duration(rand.Int64N(int64(backoff)/2 + 1))
	var se *StatusError
	if errors.As(err, &se) {
		switch {
		case se.Code == http.StatusTooManyRequests || se.Code == http.StatusServiceUnavailable:
			if d, ok := parseRetryAfter(se.RetryAfter, time.Now()); ok {
				if d > pl.p.MaxRetryAfter {
					return 0, false
				}
				return d, true
			}
			return backoff, true
		case se.Code >= 500:
			return backoff, true
		}
		return 0, false
	}
	if errors.Is(err, ErrPrivateAddress) || errors.Is(err, ErrTooLarge) || errors.Is(err, ErrTooManyHops) || errors.Is(err, ErrRedirectLoop) {
		return 0, false
	}
	return backoff, true // timeouts, resets
}

// parseRetryAfter reads seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d, true
		}
		return 0, true
	}
	return 0, false
}
