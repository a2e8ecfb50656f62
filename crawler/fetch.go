package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// Defaults of a Fetcher.
const (
	DefaultUserAgent   = "incidex/0.1 (+https://github.com/incidex/incidex; postmortem search engine)"
	DefaultMaxBody     = 10 << 20
	DefaultTimeout     = 30 * time.Second
	DefaultDialTimeout = 10 * time.Second
	MaxRedirects       = 5
)

// Errors of a fetch.
var (
	ErrPrivateAddress = errors.New("refusing a private, loopback or link-local address (allow it with --allow-private)")
	ErrTooLarge       = errors.New("response body is over the size limit")
	ErrTooManyHops    = errors.New("too many redirects")
	ErrRedirectLoop   = errors.New("redirect loop")
)

// Fetcher fetches documents over HTTP politely and safely: a clear
// User-Agent, connect and total timeouts, a body size cap, at most five
// redirects without loops, and no connections to private addresses unless
// allowed, checked on the address actually dialled.
type Fetcher struct {
	client       *http.Client
	userAgent    string
	maxBody      int64
	allowPrivate bool
	timeout      time.Duration
	// allowAddr, when set, decides alone which addresses may be dialled
	// (tests: one loopback port allowed, another refused).
	allowAddr func(address string) bool
}

// Option configures a Fetcher.
type Option func(*Fetcher)

// WithUserAgent sets the User-Agent header.
func WithUserAgent(ua string) Option { return func(f *Fetcher) { f.userAgent = ua } }

// WithMaxBodySize caps the bytes read of one response.
func WithMaxBodySize(n int64) Option { return func(f *Fetcher) { f.maxBody = n } }

// WithTimeout caps the time of one fetch, redirects included.
func WithTimeout(d time.Duration) Option { return func(f *Fetcher) { f.timeout = d } }

// WithAllowPrivateNetworks lets the fetcher connect to loopback, private
// and link-local addresses (tests, intranets).
func WithAllowPrivateNetworks(allow bool) Option { return func(f *Fetcher) { f.allowPrivate = allow } }

// New returns a Fetcher.
func New(opts ...Option) *Fetcher {
	f := &Fetcher{userAgent: DefaultUserAgent, maxBody: DefaultMaxBody, timeout: DefaultTimeout}
	for _, o := range opts {
		o(f)
	}
	dialer := &net.Dialer{Timeout: DefaultDialTimeout, KeepAlive: 30 * time.Second, Control: f.checkAddress}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would hide the address dialled
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          32,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
	}
	f.client = &http.Client{Transport: transport, CheckRedirect: checkRedirect}
	return f
}

// checkAddress refuses private addresses at connect time, after DNS: a name
// that resolves to 127.0.0.1 is refused like 127.0.0.1 itself.
func (f *Fetcher) checkAddress(network, address string, _ syscall.RawConn) error {
	if f.allowAddr != nil {
		if !f.allowAddr(address) {
			return fmt.Errorf("%s: %w", address, ErrPrivateAddress)
		}
		return nil
	}
	if f.allowPrivate {
		return nil
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil || !PublicIP(ip) {
		return fmt.Errorf("%s: %w", host, ErrPrivateAddress)
	}
	return nil
}

// PublicIP reports whether ip is a public unicast address.
func PublicIP(ip net.IP) bool {
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
		// 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
		if ip[0] == 0 || ip[0] == 100 && ip[1]&0xc0 == 64 {
			return false
		}
	}
	return !(ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified())
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("%w (more than %d)", ErrTooManyHops, MaxRedirects)
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("%w at %s", ErrRedirectLoop, req.URL)
		}
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s: only http and https are fetched", req.URL.Scheme)
	}
	return nil
}

// Conditional carries the validators of an earlier fetch.
type Conditional struct {
	ETag         string
	LastModified string
}

// Response is a fetched document.
type Response struct {
	URL         string // after redirects
	Status      int
	Header      http.Header
	ContentType string
	Body        []byte
	FetchedAt   time.Time
	NotModified bool // 304: the earlier copy is current
}

// Fetch gets one URL. A status other than 200 or 304 is an error that
// names it.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("fetch %q: not an http or https URL", rawURL)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/markdown,text/plain,application/pdf;q=0.9,*/*;q=0.5")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, unwrapURLError(err))
	}
	defer resp.Body.Close()
	out := &Response{
		URL: resp.Request.URL.String(), Status: resp.StatusCode, Header: resp.Header,
		ContentType: resp.Header.Get("Content-Type"), FetchedAt: time.Now().UTC(),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return out, &StatusError{URL: out.URL, Code: resp.StatusCode, RetryAfter: resp.Header.Get("Retry-After")}
	}
	if resp.ContentLength > f.maxBody {
		return out, fmt.Errorf("fetch %s: %d bytes: %w (%d)", rawURL, resp.ContentLength, ErrTooLarge, f.maxBody)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBody+1))
	if err != nil {
		return out, fmt.Errorf("fetch %s: read body: %w", rawURL, unwrapURLError(err))
	}
	if int64(len(body)) > f.maxBody {
		return out, fmt.Errorf("fetch %s: %w (%d bytes)", rawURL, ErrTooLarge, f.maxBody)
	}
	out.Body = body
	return out, nil
}

// StatusError is an HTTP status other than 200 and 304.
type StatusError struct {
	URL        string
	Code       int
	RetryAfter string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch %s: HTTP %d %s", e.URL, e.Code, strings.ToLower(http.StatusText(e.Code)))
}

// unwrapURLError drops the "Get \"url\":" prefix that net/http adds, keeping
// the cause.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
