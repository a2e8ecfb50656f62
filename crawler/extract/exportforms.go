package extract

import (
	"bytes"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/incidex/incidex/data"
)

// An incident tool's export is often saved as the terminal printed it:
// the command that fetched it on top ("$ curl -s …/incidents/01JD | jq .",
// "# statusctl incident show inc_8842 --format yaml"), comment lines
// under it, then the record as JSON or YAML. Such a text is read as the
// JSON reader reads a .json file (its title field as the heading, its
// start and end fields, its updates after their stamps); the command is
// no title and the export's own stamp ("# exported 2026-11-17T09:03Z")
// no event.

// exportLead matches a line above an export: blank, a comment, or a
// command at a shell's prompt.
var exportLead = regexp.MustCompile(`^\s*(?:$|#|//|[$%>]\s+\S)`)

// yamlKeyLine is how a YAML record's text opens: its document marker
// or its first key and colon ("incident:", "id: INC-2291").
var yamlKeyLine = regexp.MustCompile(`^(?:---\s*(?:\n|$)|[\w"'.-]+\s*:(?:\s|$))`)

// exportMarkdown returns the Markdown of a text that is an incident
// export (see above); ok is false for any other text.
func exportMarkdown(body []byte) (md string, ok bool) {
	rest := strings.ReplaceAll(string(body), "\r\n", "\n")
	for i := 0; i < 12; i++ {
		line, after, more := strings.Cut(rest, "\n")
		if !exportLead.MatchString(line) {
			break
		}
		if rest = after; !more {
			rest = ""
		}
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || rest[0] != '{' && rest[0] != '[' && !yamlKeyLine.MatchString(rest) {
		return "", false // (most texts: prose, not a record; no parse tried)
	}
	var top any
	switch rest[0] {
	case '{', '[':
		v, err := orderedJSON([]byte(rest))
		if err != nil || !jsonWhole([]byte(rest)) {
			return "", false
		}
		top = v
	default:
		v, ok := yamlExport(rest)
		if !ok {
			return "", false
		}
		top = v
	}
	obj := exportRecord(top)
	if obj == nil || obj.first(jsonTitleKeys, false) == "" || !hasStamp(top, 0) {
		return "", false
	}
	return valueMarkdown(top), true
}

// jsonWhole reports whether body is one JSON value and nothing after it.
func jsonWhole(body []byte) bool {
	dec := newJSONDecoder(body)
	var v any
	if err := dec.Decode(&v); err != nil {
		return false
	}
	return !dec.More() && len(bytes.TrimSpace(body[dec.InputOffset():])) == 0
}

// yamlExport reads text as a YAML record: a mapping holding nested
// mappings or lists (a "Key: value" block of a letter is flat and stays
// text).
func yamlExport(text string) (any, bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil || doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, false
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode || !yamlNested(root) {
		return nil, false
	}
	return yamlValue(root, 0), true
}

func yamlNested(n *yaml.Node) bool {
	for i := 1; i < len(n.Content); i += 2 {
		if k := n.Content[i].Kind; k == yaml.MappingNode || k == yaml.SequenceNode {
			return true
		}
	}
	return false
}

// yamlValue gives a YAML node the shape orderedJSON gives JSON: mappings
// as *jsonObject in the order written, sequences as []any, scalars as
// their text.
func yamlValue(n *yaml.Node, depth int) any {
	if depth > maxJSONDepth {
		return nil
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 1 {
			return yamlValue(n.Content[0], depth+1)
		}
	case yaml.MappingNode:
		o := &jsonObject{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			o.keys = append(o.keys, n.Content[i].Value)
			o.vals = append(o.vals, yamlValue(n.Content[i+1], depth+1))
		}
		return o
	case yaml.SequenceNode:
		var a []any
		for _, c := range n.Content {
			a = append(a, yamlValue(c, depth+1))
		}
		return a
	case yaml.ScalarNode:
		return n.Value
	case yaml.AliasNode:
		return nil
	}
	return nil
}

// exportRecord is the object of an export that holds the incident's
// fields: the top one, the first of a list, or the one the top object
// wraps ({"incident": {…}}, with the export's own fields beside it).
func exportRecord(top any) *jsonObject {
	if arr, ok := top.([]any); ok && len(arr) > 0 {
		top = arr[0]
	}
	obj, _ := top.(*jsonObject)
	if obj == nil || obj.first(jsonTitleKeys, false) != "" {
		return obj
	}
	// the value named for incidents first ("incident", "incidents"),
	// then a list of records, then an object: a "page" object beside a
	// list of incidents names the site
	best, rank := obj, 0
	for i, v := range obj.vals {
		r := 0
		in, _ := v.(*jsonObject)
		if arr, ok := v.([]any); ok && len(arr) > 0 {
			in, _ = arr[0].(*jsonObject)
			r = 2
		} else if in != nil {
			r = 1
		}
		if in == nil || in.first(jsonTitleKeys, false) == "" {
			continue
		}
		if strings.Contains(jsonKey(obj.keys[i]), "incident") {
			r = 3
		}
		if r > rank {
			best, rank = in, r
		}
	}
	return best
}

// hasStamp reports whether a value holds a time anywhere.
func hasStamp(v any, depth int) bool {
	if depth > maxJSONDepth {
		return false
	}
	switch v := v.(type) {
	case string:
		_, err := time.Parse(time.RFC3339, strings.TrimSpace(v))
		return err == nil
	case []any:
		for _, e := range v {
			if hasStamp(e, depth+1) {
				return true
			}
		}
	case *jsonObject:
		for _, e := range v.vals {
			if hasStamp(e, depth+1) {
				return true
			}
		}
	}
	return false
}

// refAbbrevs are the abbreviations a title's reference or name carries
// before a space ("Ref. SKN-RFO-2026-041", "No. 14", "Acme Inc. status"),
// lower-cased: their full stop ends no sentence.
var refAbbrevs = map[string]bool{"ref": true, "no": true, "nr": true, "inc": true, "ltd": true, "co": true, "corp": true, "vs": true, "st": true, "vol": true, "approx": true}

// sentenceBreak reports whether a line holds ". " that ends a sentence,
// not one after an abbreviation or an initial.
func sentenceBreak(line string) bool {
	for rest := line; ; {
		k := strings.Index(rest, ". ")
		if k < 0 {
			return false
		}
		word := rest[:k]
		if j := strings.LastIndexAny(word, " (–—-/"); j >= 0 {
			word = word[j+1:]
		}
		if !refAbbrevs[strings.ToLower(word)] && !(len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z') {
			return true
		}
		rest = rest[k+2:]
	}
}

// dottedDay reports whether a line holds a date written with dots, day
// first, as browsers set to German and other European languages print it
// in a page's header ("12.11.2026, 14:22", "18.02.26, 21:37").
func dottedDay(line string) bool {
	return dottedDate.MatchString(line)
}

var dottedDate = regexp.MustCompile(`\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}),?\s+\d{1,2}:\d{2}\b`)

// stampedItem is a list item that opens with its day and clock or its
// clock alone: a timeline's entry, as a chat export's messages are
// written out ("- 2026-11-21 14:31 🚨 New incident …").
var stampedItem = regexp.MustCompile(`^[-*•]\s+(?:\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}|\d{1,2}:\d{2}\b)`)

// withNextParagraph is a closing update's line and the paragraph after
// it, when that paragraph is the update's own (no other update's text is
// read from it): a status feed or page writes an update's story of the
// start in its second paragraph ("… normal since 00:31 UTC." / "The
// latency began at 22:48 UTC on 9 November, when …").
func withNextParagraph(text, line string, events []data.TimelineEvent) string {
	i := strings.Index(text, line)
	if i < 0 || line == "" {
		return line
	}
	rest := strings.TrimLeft(text[i+len(line):], "\n")
	next, _, _ := strings.Cut(rest, "\n")
	next = strings.TrimSpace(next)
	if next == "" || len(next) > 2000 {
		return line
	}
	for _, ev := range events {
		key := strings.TrimSpace(strings.TrimPrefix(ev.Text, ev.TimeText))
		if len(key) > 40 {
			key = key[:40]
		}
		if len(key) >= 12 && strings.Contains(next, key) || ev.TimeText != "" && strings.HasPrefix(next, ev.TimeText) {
			return line
		}
	}
	return line + "\n" + next
}
