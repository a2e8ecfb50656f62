package web_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestBrowser drives the search page and an incident page in headless
// Chromium: type a query, filter by a facet, open a result; then, at phone
// width, open the collapsed facets above the results. It fails on any
// console error or uncaught exception, and saves full-page screenshots to
// $INCIDEX_ARTIFACTS (a temporary folder when unset).
//
// It skips when no Chromium binary is installed and under -short.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	artifacts := artifactsDir(t)
	ts, serverLog := newServer(t, fixtures)

	start := time.Now()
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	allocCtx := startChromium(t, ctx)

	pageErrs := &pageErrors{}
	ctx, tabCancel := chromedp.NewContext(allocCtx, chromedp.WithListener(pageErrs.listen))
	defer tabCancel()

	// must fails the test with the step's name and what the server logged.
	must := func(step string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v\nserver log:\n%s", step, err, serverLog.String())
		}
	}
	// within runs steps with a shorter deadline, so that a missing element
	// fails fast and not only when the whole test times out.
	within := func(d time.Duration, steps ...chromedp.Action[chromedp.Void]) error {
		c, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return chromedp.Do(c, steps...)
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](
			"document.querySelectorAll("+strconv.Quote(sel)+").length"))
		must("count "+sel, err)
		return n
	}
	location := func() *url.URL {
		t.Helper()
		loc, err := chromedp.Run(ctx, chromedp.Location())
		must("location", err)
		u, err := url.Parse(loc)
		must("parse location", err)
		return u
	}
	// click clicks sel and waits for the page it leads to.
	click := func(sel string) {
		t.Helper()
		res, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(sel)))
		must("click "+sel, err)
		if res.Status != 200 {
			t.Fatalf("click %s: %s answered %d", sel, res.URL, res.Status)
		}
	}
	screenshot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		must("screenshot "+name, err)
		path := filepath.Join(artifacts, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
	}
	defer func() {
		if t.Failed() && ctx.Err() == nil {
			screenshot("browser-failure.png")
		}
	}()

	// The search page: type a query and submit it.
	const (
		queryBox = `form.search input[name="q"]`
		hit      = `section.results article.hit`
	)
	must("open /", chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")))
	must("query box", within(10*time.Second, chromedp.WaitVisible(chromedp.CSS(queryBox))))
	must("type query", chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(queryBox), "光缆")))
	click(`form.search button[type="submit"]`)
	if q := location().Query().Get("q"); q != "光缆" {
		t.Fatalf("after submit: q = %q, want 光缆", q)
	}
	must("results", within(10*time.Second, chromedp.WaitVisible(chromedp.CSS(hit))))
	if n := count(hit + " mark"); n == 0 {
		t.Errorf("no <mark> in the results of 光缆")
	}
	screenshot("browser-search.png")

	// The first facet link in the sidebar is a failure pattern.
	const facetLink = `aside.sidebar section.facet:not(.facet-active) a`
	href, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(facetLink), "href"))
	must("facet link", err)
	if !strings.Contains(href.Value, "pattern=") {
		t.Errorf("first facet link %q is not a pattern filter", href.Value)
	}
	click(facetLink)
	u := location()
	if u.Query().Get("pattern") == "" {
		t.Errorf("after the facet click the URL %s has no pattern=", u)
	}
	if q := u.Query().Get("q"); q != "光缆" {
		t.Errorf("the facet click lost the query: q = %q in %s", q, u)
	}
	if count(hit) == 0 {
		t.Fatalf("no results on %s", u)
	}

	// The first result leads to its incident page and its timeline.
	click(hit + ` h3.hit-title a`)
	if u := location(); !strings.HasPrefix(u.Path, "/incidents/") {
		t.Fatalf("the result title led to %s, want /incidents/…", u)
	}
	must("timeline", within(10*time.Second, chromedp.WaitVisible(chromedp.CSS(`ol.timeline`))))
	if n := count(`ol.timeline > li`); n == 0 {
		t.Errorf("the timeline of %s has no events", location())
	}
	screenshot("browser-incident.png")

	// On a phone the facets come before the results, collapsed: the
	// toggle opens them and a facet filters the search.
	must("phone", chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(ts.URL+"/?q="+url.QueryEscape("光缆"))))
	must("toggle", within(10*time.Second, chromedp.WaitVisible(chromedp.CSS(`summary.filters-toggle`))))
	order, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('summary.filters-toggle').getBoundingClientRect().bottom <= document.querySelector('article.hit').getBoundingClientRect().top`))
	must("order", err)
	if !order {
		t.Errorf("at 390 px the filters toggle is not above the results")
	}
	// checkVisibility, unlike the box size chromedp looks at, knows that
	// a closed <details> hides its content
	shown := func() bool {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector(`+strconv.Quote(facetLink)+`).checkVisibility()`))
		must("facet visibility", err)
		return v
	}
	if shown() {
		t.Errorf("at 390 px the facets are open before the toggle is used")
	}
	must("open facets", chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`summary.filters-toggle`))))
	if !shown() {
		t.Errorf("at 390 px the toggle did not open the facets")
	}
	click(facetLink)
	if u := location(); u.Query().Get("pattern") == "" || u.Query().Get("q") != "光缆" {
		t.Errorf("the facet on a phone led to %s", u)
	}
	screenshot("browser-search-390.png")

	// Let late console messages arrive before the check.
	must("settle", chromedp.Do(ctx, chromedp.Sleep(100*time.Millisecond)))
	for _, e := range pageErrs.list() {
		t.Errorf("browser: %s", e)
	}
	t.Logf("browser scenario took %s", time.Since(start).Round(time.Millisecond))
}

// startChromium starts headless Chromium for the test, or skips it when
// there is none; the browser ends with ctx.
func startChromium(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	chromium := findChromium()
	if chromium == "" {
		t.Skip("no chromium binary (tried /usr/bin/chromium, chromium, chromium-browser); browser test skipped")
	}
	// The user data dir is removed by hand: t.TempDir fails the test when
	// Chromium leaves a file behind while it shuts down.
	profile, err := os.MkdirTemp("", "incidex-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(profile); err != nil {
			t.Logf("remove chromium profile: %v", err)
		}
	})
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, allocCancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(allocCancel) // waits for Chromium to exit
	return allocCtx
}

// findChromium returns the path of a Chromium binary, or "".
func findChromium() string {
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// artifactsDir is $INCIDEX_ARTIFACTS, created if needed, or a temporary
// folder of the test.
func artifactsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("INCIDEX_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("INCIDEX_ARTIFACTS: %v", err)
	}
	return dir
}

// pageErrors collects console errors, uncaught exceptions and browser log
// errors. listen runs in chromedp's event loop: it only appends under a lock.
type pageErrors struct {
	mu   sync.Mutex
	errs []string
}

func (p *pageErrors) listen(ev any) {
	var msg string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError {
			return
		}
		var args []string
		for _, a := range ev.Args {
			args = append(args, remoteText(a))
		}
		msg = "console.error: " + strings.Join(args, " ")
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		if d == nil {
			return
		}
		msg = "exception: " + d.Text
		if d.Exception != nil {
			msg += " " + remoteText(d.Exception)
		}
		if d.URL != "" {
			msg += fmt.Sprintf(" (%s:%d)", d.URL, d.LineNumber+1)
		}
	case *log.EventEntryAdded:
		e := ev.Entry
		if e == nil || e.Level != log.EntryLevelError {
			return
		}
		if strings.Contains(e.URL, "favicon.ico") {
			return // the browser asks for it even when the page has none
		}
		msg = fmt.Sprintf("log %s: %s", e.Source, e.Text)
		if e.URL != "" {
			msg += " (" + e.URL + ")"
		}
	default:
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.errs = append(p.errs, msg)
}

func (p *pageErrors) list() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.errs...)
}

// remoteText is the text of a console argument or an exception.
func remoteText(o *runtime.RemoteObject) string {
	switch {
	case o == nil:
		return ""
	case o.Description != "":
		return o.Description
	case len(o.Value) > 0:
		if s, err := strconv.Unquote(string(o.Value)); err == nil {
			return s
		}
		return string(o.Value)
	case o.UnserializableValue != "":
		return string(o.UnserializableValue)
	}
	return string(o.Type)
}
