package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/incidex/incidex/crawler"
	"github.com/incidex/incidex/crawler/extract"
	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/search"
)

func runSearch(args []string, stdout, stderr io.Writer) error {
	fs, dataDir := newFlags("search", "QUERY", stderr)
	asJSON := fs.Bool("json", false, "print the result as JSON")
	limit := fs.Int("limit", search.DefaultLimit, "how many hits to print")
	offset := fs.Int("offset", 0, "how many hits to pass over first")
	sortBy := fs.String("sort", search.SortRelevance, "relevance, date or duration")
	var filters multiFlag
	fs.Var(&filters, "filter", "FIELD=VALUE filter: pattern, org, lang, year, from, to, section (repeatable)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	req := search.Request{Query: strings.Join(pos, " "), Limit: *limit, Offset: *offset, Sort: *sortBy}
	for _, f := range filters {
		k, v, ok := strings.Cut(f, "=")
		if !ok || v == "" {
			return fmt.Errorf("%w: --filter takes FIELD=VALUE, not %q", errUsage, f)
		}
		switch k {
		case "pattern":
			req.Filters.Patterns = append(req.Filters.Patterns, v)
		case "org":
			req.Filters.Org = append(req.Filters.Org, v)
		case "lang":
			req.Filters.Lang = v
		case "year":
			req.Filters.Years = append(req.Filters.Years, v)
		case "from":
			req.Filters.From = v
		case "to":
			req.Filters.To = v
		case "section":
			req.Filters.Section = v
		default:
			return fmt.Errorf("%w: unknown filter %q: use pattern, org, lang, year, from, to or section", errUsage, k)
		}
	}
	if err := checkRequest(req); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	rd, err := openReader(*dataDir)
	if err != nil {
		return err
	}
	defer rd.close()
	res, err := rd.search(req)
	if err != nil {
		if errors.Is(err, search.ErrBadQuery) {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		return err
	}
	if *asJSON {
		return writeJSON(stdout, res)
	}
	fmt.Fprintf(stdout, "%d incidents (%d ms)\n", res.Total, res.TookMS)
	for i, h := range res.Hits {
		fmt.Fprintf(stdout, "\n%d. %s\n   %s", req.Offset+i+1, displayTitle(h.Title, h.Summary), h.ID)
		for _, s := range []string{h.Org, h.Published, strings.Join(h.Patterns, ",")} {
			if s != "" {
				fmt.Fprintf(stdout, " · %s", s)
			}
		}
		fmt.Fprintln(stdout)
		for _, sec := range []string{"title", "cause", "summary", "remediation", "impact", "timeline", "lessons", "text"} {
			for _, frag := range h.Highlights[sec] {
				fmt.Fprintf(stdout, "   %s: %s\n", sec, terminalMarks(frag))
			}
		}
		for _, v := range h.Via {
			fmt.Fprintf(stdout, "   matched %s for %s\n", v.Term, v.For)
		}
	}
	return nil
}

// checkRequest finds what is wrong with a request before any index is
// opened: a query that cannot be read, a filter or a limit out of range.
func checkRequest(req search.Request) error {
	p, err := search.Parse(req.Query)
	if err != nil {
		return err
	}
	f := &req.Filters
	f.Patterns = append(append([]string(nil), f.Patterns...), p.Filters.Patterns...)
	for _, v := range []struct {
		dst *string
		src string
	}{{&f.Lang, p.Filters.Lang}, {&f.From, p.Filters.From}, {&f.To, p.Filters.To}} {
		if v.src != "" {
			*v.dst = v.src
		}
	}
	return req.Validate()
}

// displayTitle is an incident's title, or for a write-up without one the
// opening of its summary, as the web pages show it.
func displayTitle(title, summary string) string {
	if t := strings.Join(strings.Fields(title), " "); t != "" {
		return t
	}
	r := []rune(strings.Join(strings.Fields(summary), " "))
	switch {
	case len(r) == 0:
		return "(untitled)"
	case len(r) > 70:
		return string(r[:70]) + "…"
	}
	return string(r)
}

// terminalMarks shows a highlight fragment on a terminal: marks as
// brackets, entities unescaped.
func terminalMarks(s string) string {
	r := strings.NewReplacer("<mark>", "[", "</mark>", "]", "&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'", "&quot;", `"`)
	return r.Replace(s)
}

func runShow(args []string, stdout, stderr io.Writer) error {
	fs, dataDir := newFlags("show", "ID", stderr)
	asJSON := fs.Bool("json", false, "print the incident as JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: name one incident id", errUsage)
	}
	if !data.ValidID(pos[0]) {
		return fmt.Errorf("%w: %q is not an incident id (letters, digits, '-' and '_')", errUsage, pos[0])
	}
	rd, err := openReader(*dataDir)
	if err != nil {
		return err
	}
	defer rd.close()
	in, err := rd.get(pos[0])
	if err != nil {
		if errors.Is(err, data.ErrNotFound) {
			return fmt.Errorf("no incident with id %s", pos[0])
		}
		return err
	}
	if *asJSON {
		return writeJSON(stdout, in)
	}
	printIncident(stdout, in)
	return nil
}

func runExtract(args []string, stdout, stderr io.Writer) error {
	fs, _ := newFlags("extract", "FILE|URL", stderr)
	asJSON := fs.Bool("json", false, "print the incident as JSON")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private addresses")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: name one file or URL", errUsage)
	}
	var in *data.Incident
	if strings.HasPrefix(pos[0], "http://") || strings.HasPrefix(pos[0], "https://") {
		f := crawler.New(crawler.WithAllowPrivateNetworks(*allowPrivate))
		resp, err := f.Fetch(context.Background(), pos[0], crawler.Conditional{})
		if err != nil {
			return err
		}
		in, err = extract.Extract(resp.Body, crawler.Canonical(resp.URL), resp.ContentType)
		if err != nil {
			return err
		}
	} else if in, err = extract.File(pos[0]); err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, in)
	}
	printIncident(stdout, in)
	return nil
}

func writeJSON(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func printIncident(w io.Writer, in *data.Incident) {
	fmt.Fprintf(w, "%s\n", displayTitle(in.Title, in.Summary))
	for _, kv := range [][2]string{
		{"id", in.ID}, {"url", in.URL}, {"org", in.Org}, {"lang", in.Lang}, {"published", in.Published},
		{"started", in.StartedAt}, {"ended", in.EndedAt}, {"severity", in.Severity},
		{"patterns", strings.Join(in.Patterns, ", ")},
	} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%-10s %s\n", kv[0]+":", kv[1])
		}
	}
	if in.DurationMinutes > 0 {
		fmt.Fprintf(w, "%-10s %d minutes\n", "duration:", in.DurationMinutes)
	}
	for _, sec := range []data.Section{data.SectionSummary, data.SectionImpact, data.SectionCause, data.SectionRemediation, data.SectionLessons} {
		if t := in.Section(sec); t != "" {
			fmt.Fprintf(w, "\n## %s\n%s\n", sec, t)
		}
	}
	if len(in.Similar) > 0 {
		fmt.Fprintf(w, "\n## incidents like this one\n")
		for _, s := range in.Similar {
			fmt.Fprintf(w, "%s  %s  %s %s\n", s.ID, s.Title, s.Org, s.Published)
		}
	}
	if len(in.Timeline) > 0 {
		fmt.Fprintf(w, "\n## timeline\n")
		for _, ev := range in.Timeline {
			at := ev.At
			if at == "" {
				at = ev.TimeText
			}
			fmt.Fprintf(w, "%s  %s\n", at, ev.Text)
		}
	}
}
