package extract

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"

	"github.com/incidex/incidex/data"
)

// sourceKeys are the front-matter keys that name where a file was
// published.
var sourceKeys = []string{"url", "source", "link", "original_url", "canonical_url"}

// sourceLine is a first-lines statement of where a text was published:
// "原文：<URL>", "> 来源：[URL](URL)", "Source: URL", "Originally published
// at URL".
var sourceLine = regexp.MustCompile(`(?i)^\s*(?:>\s*)?(?:\*{1,2}|_{1,2})?(?:原文链接|原文地址|原文|来源|转载自|source|original(?:ly published)?(?: at| on)?|original article|canonical url)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*[<\[(]?\s*(https?://[^\s<>\[\]()"']+)`)

// canonicalTag is an HTML page's own statement of its URL.
var canonicalTag = regexp.MustCompile(`(?is)<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>|<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>`)
var hrefAttr = regexp.MustCompile(`(?is)\b(?:href|content)\s*=\s*["']([^"']+)["']`)

// SourceURL returns the canonical http(s) URL a document names as its
// source, or "": front matter (url, source, link, original_url), a
// "原文/来源/Source: URL" line among its first lines, or an HTML page's
// rel=canonical (og:url). The URL is normalised as the crawler normalises
// the URLs it fetches, so that a file and a crawl of the same page get one
// id.
func SourceURL(body []byte, f Format) string {
	head := body[:min(len(body), 16<<10)]
	switch f {
	case FormatHTML:
		if m := canonicalTag.Find(head); m != nil {
			if h := hrefAttr.FindSubmatch(m); h != nil {
				if u := webURL(string(h[1])); u != "" {
					return u
				}
			}
		}
	case FormatMarkdown, FormatText:
		src := string(bytes.ToValidUTF8(head, nil))
		meta, rest := frontMatter(src)
		for _, k := range sourceKeys {
			if u := webURL(metaString(meta, k)); u != "" {
				return u
			}
		}
		n := 0
		for _, line := range strings.Split(rest, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if n++; n > 8 {
				break
			}
			if m := sourceLine.FindStringSubmatch(line); m != nil {
				if u := webURL(strings.TrimRight(m[1], ".,;:。，*_")); u != "" {
					return u
				}
			}
		}
	}
	return ""
}

// webURL returns the canonical form of an absolute http(s) URL, else "".
func webURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(u.Host, " <>") {
		return ""
	}
	return data.CanonicalURL(raw)
}
