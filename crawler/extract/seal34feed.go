package extract

import (
	"html"
	"strings"

	"github.com/mmcdole/gofeed"
)

// A status page also offers a feed of one incident's updates
// (incidents/ID.atom): each item an update, titled by its state alone
// ("Resolved", "Monitoring", "Postmortem") or by its state and the
// incident's name ("Resolved · Increased latency for …"), the incident
// named by the common rest of the items' titles or by the feed's own
// title beside the status page's name ("Harwood Cloud Status - Elevated
// error rates …"). Such a feed is read as the incident's page: the name
// as its heading, every update under it, newest first as the feed lists
// them.

// updateState splits an item's title into the update's state and the
// rest ("Resolved · Increased latency …" → "Resolved", "Increased
// latency …"); ok is false when the title opens with no state.
func updateState(t string) (state, rest string, ok bool) {
	t = strings.TrimSpace(t)
	if !mayBeStatusWord(t) {
		return "", "", false
	}
	l := strings.ToLower(t)
	for _, p := range statusWordPrefixes {
		if !strings.HasPrefix(l, p) {
			continue
		}
		rest = t[len(p):]
		if rest == "" {
			return t, "", true
		}
		if r := strings.TrimLeft(rest, " "); r != rest || strings.ContainsRune(":·|-–—", []rune(rest)[0]) {
			rest = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), ":·|-–—"))
			return t[:len(p)], rest, true
		}
	}
	return "", "", false
}

// incidentUpdates reports whether a feed's items are the updates of one
// incident, and the incident's name: every item titled by a state, and
// the rest of their titles, where any, the same.
func incidentUpdates(f *gofeed.Feed) (string, bool) {
	if len(f.Items) < 2 {
		return "", false
	}
	name := ""
	for _, it := range f.Items {
		if it == nil {
			return "", false
		}
		_, rest, ok := updateState(it.Title)
		if !ok {
			return "", false
		}
		switch {
		case rest == "":
		case name == "":
			name = rest
		case rest != name:
			return "", false
		}
	}
	if name == "" {
		name = feedIncidentName(f.Title)
	}
	return name, name != ""
}

// feedIncidentName is an incident's name in its feed's title, the part
// beside the status page's name ("Harwood Cloud Status - Elevated error
// rates …", "… · Ostwick Status"); the whole title when no part names a
// status page.
func feedIncidentName(t string) string {
	t = strings.TrimSpace(t)
	var kept []string
	site := false
	for _, p := range siteSep.Split(t, -1) {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if containsWord(strings.ToLower(p), "status") && len(strings.Fields(p)) <= 4 {
			site = true
			continue
		}
		kept = append(kept, p)
	}
	if site && len(kept) == 1 {
		return kept[0]
	}
	return t
}

// updatesHTML renders a feed of one incident's updates as the incident's
// page (see above).
func updatesHTML(f *gofeed.Feed, name string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
	b.WriteString(html.EscapeString(strings.TrimSpace(f.Title)))
	b.WriteString("</title></head><body><main><h1>" + html.EscapeString(name) + "</h1>\n")
	for _, it := range f.Items {
		// each update led by its stamp and state, as a status page's
		// JSON export is read ("2026-10-08 08:55 UTC Resolved – Error
		// rates …")
		state, _, _ := updateState(it.Title)
		posted := strings.TrimSpace(it.Published)
		if posted == "" {
			posted = strings.TrimSpace(it.Updated)
		}
		lead := html.EscapeString(strings.TrimSpace(jsonStamp(posted) + " " + state))
		text := strings.TrimSpace(itemText(it))
		if strings.HasPrefix(text, "<p>") {
			b.WriteString("<p>" + lead + " – " + text[len("<p>"):])
		} else {
			b.WriteString("<p>" + lead + "</p>\n" + text)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n</main></body></html>\n")
	return b.String()
}

// itemText is a feed item's text as HTML: its content or its
// description, the longer, a plain text's paragraphs marked.
func itemText(it *gofeed.Item) string {
	text := it.Description // RSS description, Atom summary
	if len(strings.TrimSpace(it.Content)) > len(strings.TrimSpace(text)) {
		text = it.Content // content:encoded, Atom content
	}
	if !strings.Contains(text, "<") {
		text = "<p>" + strings.ReplaceAll(html.EscapeString(strings.TrimSpace(text)), "\n\n", "</p><p>") + "</p>"
	}
	return text
}
