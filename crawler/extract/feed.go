package extract

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"strings"
)

// A status page's history saved as its RSS or Atom feed (history.rss,
// history.atom) lists its incidents newest first, each an item whose
// title names the incident and whose description holds its updates as
// escaped HTML. It is read as the page a reader would open from the
// feed: the newest item's title as the heading, over its updates, and
// the feed's own title (the site's name, "… Status - Incident History")
// kept in the page's <title> only, where the site's name is looked for.

// feedDoc holds the fields of an RSS 2.0 channel or an Atom feed that a
// reader sees.
type feedDoc struct {
	XMLName xml.Name
	// RSS
	Channel struct {
		Title string     `xml:"title"`
		Items []feedItem `xml:"item"`
	} `xml:"channel"`
	// Atom
	Title   string     `xml:"title"`
	Entries []feedItem `xml:"entry"`
	// RSS 1.0 (RDF) puts its items beside the channel
	RDFItems []feedItem `xml:"item"`
}

type feedItem struct {
	Title       string `xml:"title"`
	Description string `xml:"description"`
	Encoded     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Content     string `xml:"content"`
	Summary     string `xml:"summary"`
	PubDate     string `xml:"pubDate"`
	Published   string `xml:"published"`
	Updated     string `xml:"updated"`
	Date        string `xml:"http://purl.org/dc/elements/1.1/ date"`
}

// isFeed reports whether a document's first bytes open an RSS, RDF or
// Atom feed.
func isFeed(body []byte) bool {
	head := bytes.ToLower(body[:min(len(body), 2048)])
	return bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<rdf:rdf")) ||
		bytes.Contains(head, []byte("<feed")) && bytes.Contains(head, []byte("www.w3.org/2005/atom"))
}

// feedHTML renders a feed's newest item as an HTML page (see above). It
// fails on XML that does not parse and on a feed with no item.
func feedHTML(body []byte) (string, error) {
	var f feedDoc
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) {
		return r, nil // feeds are UTF-8 in practice; a declared charset is not converted
	}
	if err := dec.Decode(&f); err != nil {
		return "", fmt.Errorf("read feed: %w", err)
	}
	site := strings.TrimSpace(f.Channel.Title)
	items := f.Channel.Items
	if len(items) == 0 {
		items = f.RDFItems
	}
	if len(items) == 0 {
		site, items = strings.TrimSpace(f.Title), f.Entries
	}
	if len(items) == 0 {
		return "", fmt.Errorf("read feed: %w", ErrEmpty)
	}
	it := items[0]
	title := strings.TrimSpace(it.Title)
	text := it.Description
	for _, alt := range []string{it.Encoded, it.Content, it.Summary} {
		if len(strings.TrimSpace(alt)) > len(strings.TrimSpace(text)) {
			text = alt
		}
	}
	if !strings.Contains(text, "<") {
		// a plain-text description: its paragraphs as the page's
		text = "<p>" + strings.ReplaceAll(html.EscapeString(strings.TrimSpace(text)), "\n\n", "</p><p>") + "</p>"
	}
	posted := ""
	for _, d := range []string{it.Published, it.PubDate, it.Date, it.Updated} {
		if d = strings.TrimSpace(d); d != "" {
			posted = d
			break
		}
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
