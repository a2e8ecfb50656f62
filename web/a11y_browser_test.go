package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/incidex/incidex/web"
)

// axeRun runs axe-core's WCAG 2 A/AA rules and best practices on the page
// and returns its violations, each with up to five of its elements.
const axeRun = `axe.run(document, {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
  resultTypes: ['violations'],
}).then(r => r.violations.map(v => ({
  id: v.id, impact: v.impact || '', help: v.help, count: v.nodes.length,
  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\s+/g, ' ')),
})))`

// axeViolation is one rule axe-core found broken on a page.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Count  int      `json:"count"`
	Nodes  []string `json:"nodes"`
}

// overflowCheck names the elements that stick out to the right of the
// viewport, when the document is wider than it.
const overflowCheck = `(() => {
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= vw) return [];
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > vw + 1 && out.length < 8) {
      out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\s+/g, '.') : '') + ' right=' + Math.round(r.right));
    }
  }
  return ['document scroll width ' + document.documentElement.scrollWidth + ' > viewport ' + vw, ...out];
})()`

// focusCheck names the focused element and its outline ("" for none).
const focusCheck = `(() => {
  const el = document.activeElement;
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 ? cs.outlineStyle + ' ' + cs.outlineWidth : '';
  return [el.tagName.toLowerCase() + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : ''), outline];
})()`

// TestAccessibility opens every kind of page (the home page, Chinese and
// English results, a filtered search, incidents in both languages, the
// patterns, the sources, an error page) in headless Chromium at 1366 and
// 390 px, and fails on any critical or serious axe-core violation (WCAG 2
// A/AA and best practices) and, at 390 px, on a document wider than the
// viewport. The pages' CSP allows no inline script, so axe-core is injected
// through the DevTools protocol. Screenshots go to $INCIDEX_ARTIFACTS.
//
// It skips when no Chromium binary is installed and under -short.
func TestAccessibility(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	axe, err := os.ReadFile(filepath.Join("testdata", "axe", "axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	artifacts := artifactsDir(t)
	now := time.Now().UTC().Truncate(time.Minute)
	ts := httptest.NewServer(web.New(web.Deps{
		Searcher: fixtures,
		Crawl: func() []web.SourceStatus {
			return []web.SourceStatus{
				{Name: "cinderpath-engineering-blog", URL: "https://engineering.cinderpath.example.invalid/tags/postmortem-and-incident-reviews/feed.xml",
					LastPass: now.Add(-2 * time.Hour), NextPass: now.Add(4 * time.Hour), Fetched: 14, New: 3, Updated: 1, Unchanged: 10, Failed: 1,
					LastError: "fetch https://engineering.cinderpath.example.invalid/tags/postmortem-and-incident-reviews/2026/11/a-very-long-path-without-any-break-in-it.html: dial tcp: lookup engineering.cinderpath.example.invalid on 10.255.255.53:53: no such host"},
				{Name: "marlowe-status", URL: "https://status.marlowe.example.invalid/", LastPass: now.Add(time.Minute), NextPass: now, Fetched: 2, New: 2},
				{Name: "quillfeather-sre", URL: "https://sre.quillfeather.example.invalid/", NextPass: now.Add(time.Hour)},
			}
		},
	}))
	t.Cleanup(ts.Close)

	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()
	allocCtx := startChromium(t, ctx)
	ctx, tabCancel := chromedp.NewContext(allocCtx)
	defer tabCancel()

	pages := []struct{ name, path string }{
		{"home", "/?ui=en"},
		{"search-zh", "/?ui=zh&q=" + "%E5%85%89%E7%BC%86%E4%B8%AD%E6%96%AD"},
		{"search-en", "/?ui=en&q=thundering+herd"},
		{"search-filtered-zh", "/?ui=zh&q=dns&lang=en&sort=date"},
		{"incident-zh", "/incidents/fixture-01?ui=zh&q=%E5%85%89%E7%BC%86"},
		{"incident-en", "/incidents/fixture-06?ui=en"},
		{"patterns", "/patterns?ui=en"},
		{"patterns-zh", "/patterns?ui=zh"},
		{"sources", "/sources?ui=en"},
		{"not-found", "/incidents/no-such-incident?ui=en"},
	}
	for _, width := range []int64{1366, 390} {
		for _, p := range pages {
			name := fmt.Sprintf("%s-%d", p.name, width)
			err := chromedp.Do(ctx,
				chromedp.EmulateViewport(width, 900),
				chromedp.Navigate(ts.URL+p.path),
				chromedp.WaitReady(chromedp.CSS("body")),
			)
			if err != nil {
				t.Fatalf("%s: open %s: %v", name, p.path, err)
			}
			if width == 390 {
				over, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](overflowCheck))
				if err != nil {
					t.Fatalf("%s: overflow check: %v", name, err)
				}
				if len(over) > 0 {
					t.Errorf("%s: the page is wider than the phone: %s", name, strings.Join(over, "; "))
				}
			}
			vs, err := runAxe(ctx, axe)
			if err != nil {
				t.Fatalf("%s: axe-core: %v", name, err)
			}
			for _, v := range vs {
				msg := fmt.Sprintf("%s: %s (%s, %d elements): %s\n\t%s", name, v.ID, v.Impact, v.Count, v.Help, strings.Join(v.Nodes, "\n\t"))
				if v.Impact == "critical" || v.Impact == "serious" {
					t.Error(msg)
				} else {
					t.Log(msg)
				}
			}
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatalf("%s: screenshot: %v", name, err)
			}
			if err := os.WriteFile(filepath.Join(artifacts, "a11y-"+name+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}

	// Focus is visible: the first tab stops of the search page (links,
	// the query box, the menu, the button, the filters) each draw an
	// outline when reached from the keyboard.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 900), chromedp.Navigate(ts.URL+"/?ui=en&q=dns")); err != nil {
		t.Fatal(err)
	}
	for i := range 12 {
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		f, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](focusCheck))
		if err != nil {
			t.Fatal(err)
		}
		if len(f) != 2 || f[1] == "" {
			t.Errorf("tab stop %d (%v) shows no focus outline", i+1, f)
		}
	}

	// The dark theme's colours, on the pages with the most kinds of text.
	dark := func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		return chromedp.Void{}, discard(cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}}))
	}
	if err := chromedp.Do(ctx, dark); err != nil {
		t.Fatal(err)
	}
	for _, p := range pages[:7] {
		name := p.name + "-dark"
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(1366, 900), chromedp.Navigate(ts.URL+p.path)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		vs, err := runAxe(ctx, axe)
		if err != nil {
			t.Fatalf("%s: axe-core: %v", name, err)
		}
		for _, v := range vs {
			if v.Impact == "critical" || v.Impact == "serious" {
				t.Errorf("%s: %s (%s, %d elements): %s\n\t%s", name, v.ID, v.Impact, v.Count, v.Help, strings.Join(v.Nodes, "\n\t"))
			}
		}
	}
}

// runAxe injects axe-core into the page through the DevTools protocol
// (not through the page, whose CSP forbids it) and runs it.
func runAxe(ctx context.Context, src []byte) ([]axeViolation, error) {
	bypass := func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		return chromedp.Void{}, discard(cdp.Call(ctx, t, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true}))
	}
	if err := chromedp.Do(ctx, bypass); err != nil {
		return nil, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(src))); err != nil {
		return nil, fmt.Errorf("inject: %w", err)
	}
	return chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](axeRun, chromedp.EvalAwaitPromise))
}

// discard keeps the error of a protocol call whose answer is empty.
func discard(_ cdp.Empty, err error) error { return err }

// TestSimilarLinksUnderlined: on an incident page, each similar
// incident's title is underlined. Its organisation and date follow it on
// the same line, so colour alone would be all that tells the link from
// them; axe-core fails such a link (link-in-text-block, serious) when the
// title is short, as "Database Full · US Digital Response · 2021-06-03".
func TestSimilarLinksUnderlined(t *testing.T) {
	ts, ctx := fixtureTab(t)
	for _, width := range []int64{1366, 390} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(ts.URL+"/incidents/fixture-01?ui=en"),
			chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
			t.Fatal(err)
		}
		deco, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
			`[...document.querySelectorAll('.similar li a')].map(a => getComputedStyle(a).textDecorationLine)`))
		if err != nil {
			t.Fatal(err)
		}
		if len(deco) == 0 {
			t.Fatalf("%d px: fixture-01 lists no similar incident", width)
		}
		for i, d := range deco {
			if !strings.Contains(d, "underline") {
				t.Errorf("%d px: similar incident %d: text-decoration %q, want underline", width, i+1, d)
			}
		}
	}
}

// TestFactsTwoAbreast: on a phone, an incident's short facts (organisation,
// dates, duration) stand two to a row, so the source and the summary are
// not pushed a screen below the title; the source keeps a row of its own.
func TestFactsTwoAbreast(t *testing.T) {
	ts, ctx := fixtureTab(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(ts.URL+"/incidents/fixture-06?ui=en"),
		chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatal(err)
	}
	// Each fact as "wide|narrow top left".
	facts, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('.facts > div')].map(d => { const r = d.getBoundingClientRect();
		  return (d.classList.contains('fact-wide') ? 'wide' : 'narrow') + ' ' + Math.round(r.top) + ' ' + Math.round(r.left) })`))
	if err != nil {
		t.Fatal(err)
	}
	var narrow []string
	for _, f := range facts {
		if strings.HasPrefix(f, "narrow ") {
			narrow = append(narrow, f)
		}
	}
	if len(narrow) < 2 {
		t.Fatalf("fixture-06 shows fewer than two short facts: %v", facts)
	}
	top := func(f string) string { return strings.Fields(f)[1] }
	if top(narrow[0]) != top(narrow[1]) {
		t.Errorf("at 390 px the first two facts stand one above the other: %v", facts)
	}
}

// TestMetaDatesUnbroken: in a result card's and a similar incident's line
// of organisation, date and length, a date or a length is never broken
// across lines ("2018-" above "11-22" at 390 px, after a long organisation
// name and a badge).
func TestMetaDatesUnbroken(t *testing.T) {
	ts, ctx := fixtureTab(t)
	for _, path := range []string{"/?ui=en&q=outage", "/incidents/fixture-01?ui=en"} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(ts.URL+path),
			chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
			t.Fatal(err)
		}
		ws, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
			`[...document.querySelectorAll('.meta time, .meta .duration')].map(e => e.textContent + ': ' + getComputedStyle(e).whiteSpace)`))
		if err != nil {
			t.Fatal(err)
		}
		if len(ws) == 0 {
			t.Fatalf("%s: no date or length in a meta line", path)
		}
		for _, w := range ws {
			if !strings.HasSuffix(w, ": nowrap") {
				t.Errorf("%s: %s, want nowrap", path, w)
			}
		}
	}
}

// fixtureTab serves the fixtures and opens a Chromium tab for a test of
// layout, closed when the test ends; it skips in -short mode.
func fixtureTab(t *testing.T) (*httptest.Server, context.Context) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts, _ := newServer(t, fixtures)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	t.Cleanup(cancel)
	ctx, tabCancel := chromedp.NewContext(startChromium(t, ctx))
	t.Cleanup(tabCancel)
	return ts, ctx
}
