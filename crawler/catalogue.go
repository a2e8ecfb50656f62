package crawler

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/incidex/incidex/data"
)

// maxCatalogue caps the entries taken from one catalogue.
const maxCatalogue = 20000

// catalogue reads a catalogue source (built in, a local file, or fetched
// with a conditional GET) and returns a job for each known postmortem:
// taken as one without classification, with the entry's facts for the
// fields its page does not give, fetched once and re-checked rarely.
func (c *Crawler) catalogue(ctx context.Context, pl *polite, i int, src *Source, sum *Summary) ([]*job, error) {
	var body []byte
	switch {
	case src.URL == BuiltinCatalogue:
		body = data.CatalogueJSON()
	case strings.HasPrefix(src.URL, "http://") || strings.HasPrefix(src.URL, "https://"):
		resp, err := c.startPage(ctx, pl, src.URL)
		if err != nil {
			sum.refused(err)
			return nil, err
		}
		sum.Fetched++
		body = resp.Body
	default:
		b, err := os.ReadFile(src.URL)
		if err != nil {
			sum.Failed++
			return nil, fmt.Errorf("%s: %w", src.Name, err)
		}
		body = b
	}
	entries, err := data.ParseCatalogue(body)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src.Name, err)
	}
	var out []*job
	seen := map[string]bool{}
	for k := range entries {
		e := &entries[k]
		if len(out) >= maxCatalogue {
			break
		}
		link := strings.TrimSpace(e.URL)
		if !strings.HasPrefix(link, "http://") && !strings.HasPrefix(link, "https://") {
			continue
		}
		key := Canonical(link)
		if seen[key] || !src.Follows(link) {
			continue
		}
		seen[key] = true
		out = append(out, &job{src: i, link: link, key: key, direct: true, hint: e, recheck: src.recheck(c.recheck)})
	}
	return out, nil
}

// mdLink is an http(s) URL in Markdown or plain text: a link target, an
// autolink or a bare URL.
var mdLink = regexp.MustCompile("https?://[^\\s()<>\\[\\]\"'`]+")

// notDocument are links that are no write-up: images, badges, archives.
var notDocument = map[string]bool{".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true, ".webp": true, ".ico": true,
	".zip": true, ".gz": true, ".tgz": true, ".css": true, ".js": true, ".mp4": true, ".mp3": true}

// pageLinks returns the links of a links page: every http(s) URL of a
// Markdown or plain-text list, or every link of an HTML page outside its
// navigation, header and footer.
func pageLinks(resp *Response) []string {
	ct := strings.ToLower(resp.ContentType)
	ext := strings.ToLower(path.Ext(strings.SplitN(resp.URL, "?", 2)[0]))
	var raw []string
	if strings.Contains(ct, "markdown") || strings.HasPrefix(ct, "text/plain") || ext == ".md" || ext == ".markdown" {
		for _, m := range mdLink.FindAll(resp.Body, -1) {
			raw = append(raw, strings.TrimRight(string(m), ".,;:!?*_"))
		}
	} else {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(resp.Body))
		if err != nil {
			return nil
		}
		doc.Find("nav, header, footer").Remove()
		doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
			href, _ := s.Attr("href")
			raw = append(raw, href)
		})
	}
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		abs := resolve(resp.URL, r)
		if abs == "" {
			continue
		}
		if notDocument[strings.ToLower(path.Ext(strings.SplitN(abs, "?", 2)[0]))] {
			continue
		}
		key := Canonical(abs)
		if seen[key] || key == Canonical(resp.URL) {
			continue
		}
		seen[key] = true
		out = append(out, abs)
	}
	return out
}
