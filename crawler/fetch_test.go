package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func testSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/post", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><body><article><h1>Outage</h1><p>UA=%s</p></article></body></html>", r.UserAgent())
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n == 0 {
			fmt.Fprint(w, "arrived")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 5000))) // no Content-Length: chunked
	})
	mux.HandleFunc("/big-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5000")
		w.Write([]byte(strings.Repeat("x", 5000)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7")
		http.Error(w, "boom", http.StatusServiceUnavailable)
	})
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

func TestFetch(t *testing.T) {
	ts := testSite(t)
	ctx := context.Background()
	f := New(WithAllowPrivateNetworks(true), WithMaxBodySize(1000), WithTimeout(500*time.Millisecond))

	resp, err := f.Fetch(ctx, ts.URL+"/post", Conditional{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(resp.Body), "UA=incidex/") || resp.Header.Get("ETag") != `"v1"` || !strings.HasPrefix(resp.ContentType, "text/html") {
		t.Errorf("got %d %q %v", resp.Status, resp.Body, resp.Header)
	}
	resp, err = f.Fetch(ctx, ts.URL+"/post", Conditional{ETag: `"v1"`})
	if err != nil || !resp.NotModified || resp.Body != nil {
		t.Errorf("conditional fetch: %v %+v", err, resp)
	}
	if resp, err := f.Fetch(ctx, ts.URL+"/hop/5", Conditional{}); err != nil || string(resp.Body) != "arrived" || !strings.HasSuffix(resp.URL, "/hop/0") {
		t.Errorf("five redirects: %v", err)
	}
	for _, tc := range []struct {
		path string
		want error
	}{
		{"/hop/6", ErrTooManyHops},
		{"/loop", ErrRedirectLoop},
		{"/big", ErrTooLarge},
		{"/big-declared", ErrTooLarge},
		{"/slow", context.DeadlineExceeded},
	} {
		start := time.Now()
		_, err := f.Fetch(ctx, ts.URL+tc.path, Conditional{})
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.path, err, tc.want)
		}
		if time.Since(start) > 5*time.Second {
			t.Errorf("%s took %s despite the 500ms limit", tc.path, time.Since(start))
		}
	}
	_, err = f.Fetch(ctx, ts.URL+"/broken", Conditional{})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 503 || se.RetryAfter != "7" {
		t.Errorf("503: %v", err)
	}
	for _, bad := range []string{"ftp://example.com/x", "not a url", "http://"} {
		if _, err := f.Fetch(ctx, bad, Conditional{}); err == nil {
			t.Errorf("%q was fetched", bad)
		}
	}
}

func TestFetchRefusesPrivateAddresses(t *testing.T) {
	ts := testSite(t)
	f := New()
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(ts.URL, "http://"))
	// by address, and by a name that resolves to loopback: the check is on
	// the address dialled
	for _, u := range []string{ts.URL + "/post", "http://localhost:" + port + "/post"} {
		if _, err := f.Fetch(context.Background(), u, Conditional{}); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("%s: %v, want ErrPrivateAddress", u, err)
		}
	}
}

func TestPublicIP(t *testing.T) {
	for ip, want := range map[string]bool{
		"8.8.8.8": true, "1.1.1.1": true, "2606:4700::1111": true,
		"127.0.0.1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false, "169.254.169.254": false,
		"100.64.0.1": false, "0.0.0.0": false, "::1": false, "fe80::1": false, "fc00::1": false, "::ffff:127.0.0.1": false, "224.0.0.1": false,
	} {
		if got := PublicIP(net.ParseIP(ip)); got != want {
			t.Errorf("PublicIP(%s) = %v, want %v", ip, got, want)
		}
	}
}

func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"HTTPS://Blog.Example.com:443/posts/outage/?utm_source=x&b=2&a=1#comments": "https://blog.example.com/posts/outage?a=1&b=2",
		"http://example.com":                        "http://example.com/",
		"http://example.com:8080/a?fbclid=1":        "http://example.com:8080/a",
		"https://example.com/p?id=3&spm=a.b&ref=hn": "https://example.com/p?id=3",
		"not a url": "not a url",
	} {
		if got := Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRedirectToRefusedAddress: the address check runs on every address
// dialled, redirects included. Here one loopback server stands for a
// public site and another for a private one.
func TestRedirectToRefusedAddress(t *testing.T) {
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("the private server was reached")
	}))
	defer private.Close()
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, private.URL+"/admin", http.StatusFound)
	}))
	defer public.Close()
	f := New()
	publicAddr := strings.TrimPrefix(public.URL, "http://")
	f.allowAddr = func(address string) bool { return address == publicAddr }
	_, err := f.Fetch(context.Background(), public.URL+"/post", Conditional{})
	if !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("redirect to the refused address: %v, want ErrPrivateAddress", err)
	}
}
