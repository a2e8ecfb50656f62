package extract

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/mmcdole/gofeed"
)

// A status page's history saved as its RSS or Atom feed (history.rss,
// history.atom) lists its incidents newest first, each an item whose
// title names the incident and whose description holds its updates as
// escaped HTML. It is read as the page a reader would open from the
// feed: the newest item's title as the heading, over its updates, and
// the feed's own title (the site's name, "… Status - Incident History")
// kept in the page's <title> only, where the site's name is looked for.

// isFeed reports whether a document's first bytes open an RSS, RDF or
// Atom feed.
func isFeed(body []byte) bool {
	head := bytes.ToLower(body[:min(len(body), 2048)])
	return bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<rdf:rdf")) ||
		bytes.Contains(head, []byte("<feed")) && bytes.Contains(head, []byte("www.w3.org/2005/atom"))
}

// feedHTML renders a feed's newest item as an HTML page (see above), the
// feed read by gofeed (RSS 0.9x–2.0, RSS 1.0, Atom; charsets converted).
// It fails on a feed that does not parse and on one with no item.
func feedHTML(body []byte) (string, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return "", fmt.Errorf("read feed: %w", err)
	}
	if len(f.Items) == 0 || f.Items[0] == nil {
		return "", fmt.Errorf("read feed: %w", ErrEmpty)
	}
	if name, ok := incidentUpdates(f); ok {
		return updatesHTML(f, name), nil // one incident's updates
	}
	site := strings.TrimSpace(f.Title)
	it := f.Items[0]
	title := strings.TrimSpace(it.Title)
	text := itemText(it)
	posted := strings.TrimSpace(it.Published) // pubDate, dc:date, Atom published
	if posted == "" {
		posted = strings.TrimSpace(it.Updated)
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
	b.WriteString(html.EscapeString(title))
	if site != "" {
		b.WriteString(" - " + html.EscapeString(site))
	}
	b.WriteString("</title></head><body><main><h1>" + html.EscapeString(title) + "</h1>\n")
	if posted != "" {
		b.WriteString("<p class=\"posted\">Posted " + html.EscapeString(jsonStamp(posted)) + "</p>\n")
	}
	b.WriteString(text)
	b.WriteString("\n</main></body></html>\n")
	return b.String(), nil
}

// feedInText finds a feed's XML in a text near its start (under a line or
// two a browser or a copy put above it) and renders its newest item as
// feedHTML does; ok is false when the text holds no feed that parses.
func feedInText(body []byte) (string, bool) {
	head := body[:min(len(body), 1024)]
	i := bytes.Index(head, []byte("<rss"))
	if i < 0 {
		i = bytes.Index(head, []byte("<feed"))
	}
	if i < 0 {
		i = bytes.Index(head, []byte("<rdf:RDF"))
	}
	if i < 0 || !isFeed(body[i:]) {
		return "", false
	}
	page, err := feedHTML(body[i:])
	return page, err == nil
}
