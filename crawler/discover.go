package crawler

import (
	"bytes"
	"encoding/xml"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"
)

// guessKind tells a feed, a sitemap and an HTML page apart by content
// type and the first bytes.
func guessKind(contentType string, body []byte) string {
	ct := strings.ToLower(contentType)
	head := bytes.ToLower(body[:min(len(body), 2048)])
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")):
		return KindFeed
	case bytes.Contains(head, []byte("<urlset")) || bytes.Contains(head, []byte("<sitemapindex")):
		return KindSitemap
	}
	return KindPage
}

// feedLinks returns the item links of an RSS or Atom feed.
func feedLinks(body []byte, base string) ([]string, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, it := range f.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if abs := resolve(base, link); abs != "" {
			out = append(out, abs)
		}
	}
	return out, nil
}

type sitemapDoc struct {
	XMLName xml.Name
	URLs    []struct {
		Loc string `xml:"loc"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// sitemapLinks returns a sitemap's page URLs, or a sitemap index's child
// sitemaps (index true).
func sitemapLinks(body []byte, base string) (links []string, index bool, err error) {
	var sm sitemapDoc
	if err := xml.Unmarshal(body, &sm); err != nil {
		return nil, false, err
	}
	if sm.XMLName.Local == "sitemapindex" {
		for _, s := range sm.Sitemaps {
			if abs := resolve(base, strings.TrimSpace(s.Loc)); abs != "" {
				links = append(links, abs)
			}
		}
		return links, true, nil
	}
	for _, u := range sm.URLs {
		if abs := resolve(base, strings.TrimSpace(u.Loc)); abs != "" {
			links = append(links, abs)
		}
	}
	return links, false, nil
}

// listingLinks returns the links of an HTML page that a source follows,
// and the URL of its next page (by the source's next selector, else
// rel=next).
func listingLinks(body []byte, base string, src *Source) (links []string, next string) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, ""
	}
	seen := map[string]bool{}
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		abs := resolve(base, href)
		if abs == "" || seen[abs] {
			return
		}
		seen[abs] = true
		if src.Follows(abs) && Canonical(abs) != Canonical(base) {
			links = append(links, abs)
		}
	})
	sel := "a[rel=next], link[rel=next]"
	if src.Next != "" {
		sel = src.Next
	}
	if href, ok := doc.Find(sel).First().Attr("href"); ok {
		next = resolve(base, href)
	}
	return links, next
}

// canonicalLink returns the rel=canonical URL an HTML page declares, or "".
func canonicalLink(body []byte, base string) string {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body[:min(len(body), 256<<10)]))
	if err != nil {
		return ""
	}
	href, ok := doc.Find(`link[rel=canonical]`).First().Attr("href")
	if !ok {
		return ""
	}
	return resolve(base, href)
}

// resolve makes href absolute against base; "" for other schemes.
func resolve(base, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	b, err := url.Parse(base)
	if err != nil {
		return ""
	}
	u, err := b.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	u.Fragment = ""
	return u.String()
}
