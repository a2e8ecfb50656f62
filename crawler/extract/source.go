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

// canonicalExpr is an HTML page's own statement of its URL: a link
// rel=canonical or an og:url meta tag. Every match starts at a '<' before
// an l or an m (either case) and ends at the first '>' after it.
const canonicalExpr = `<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>|<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>`

// canonicalTagAt matches canonicalExpr at a text's start only: it is asked
// of one tag at a time (canonicalTag), not run over a page's head.
var canonicalTagAt = regexp.MustCompile(`(?is)^(?:` + canonicalExpr + `)`)

// canonicalTag returns the first tag of head that states the page's URL,
// or nil: the leftmost match of canonicalExpr. Only a tag that opens with
// "<l" or "<m" can match, and a match ends at the tag's first '>', so each
// such tag alone is asked; running the expression over the whole head
// cost as much as the rest of a small page's reading.
func canonicalTag(head []byte) []byte {
	for i := 0; i < len(head); i++ {
		j := bytes.IndexByte(head[i:], '<')
		if j < 0 {
			return nil
		}
		i += j
		if i+1 >= len(head) {
			return nil
		}
		if c := head[i+1] | 0x20; c != 'l' && c != 'm' {
			continue
		}
		end := bytes.IndexByte(head[i:], '>')
		if end < 0 {
			return nil // every match ends in '>'
		}
		// every match holds "canonical" or "og:url" (in any case: no
		// letter of theirs has a case beyond ASCII), most tags neither
		if tag := head[i : i+end+1]; containsFoldASCII(tag, "canonical") || containsFoldASCII(tag, "og:url") {
			if m := canonicalTagAt.Find(tag); m != nil {
				return m
			}
		}
	}
	return nil
}

// containsFoldASCII reports whether b holds lit (lower-case ASCII) with
// its ASCII letters in either case.
func containsFoldASCII(b []byte, lit string) bool {
	for i := 0; i+len(lit) <= len(b); i++ {
		j := 0
		for ; j < len(lit); j++ {
			c := b[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lit[j] {
				break
			}
		}
		if j == len(lit) {
			return true
		}
	}
	return false
}

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
		if m := canonicalTag(head); m != nil {
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
