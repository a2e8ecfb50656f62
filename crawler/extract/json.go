package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// An incident saved as JSON (a status page's incidents.json entry, a
// Statuspage API answer, an incident tool's export) is read as the
// Markdown a reader would make of it: its title field as the heading, its
// start and end fields as "Start time:" / "End time:" fields, and every
// text value in the order written, an update's text after its stamp. Keys
// are compared in lower case without "_" and "-".
var (
	jsonTitleKeys = []string{"title", "name", "externaldesc", "headline", "subject", "summary", "incidentname", "incidenttitle", "shortdescription"}
	jsonStartKeys = []string{"begin", "start", "startedat", "starttime", "startat", "impactstart", "impactstartedat", "begintime"}
	jsonEndKeys   = []string{"end", "endedat", "endtime", "endat", "resolvedat", "impactend", "impactendedat", "resolvetime", "resolvedtime"}
	// jsonStampKeys name when an update was posted, the first found
	// standing before its text
	jsonStampKeys = []string{"when", "displayat", "createdat", "created", "timestamp", "time", "date", "postedat", "at"}
	// jsonStates are the words a status field holds that a reader keeps
	// with an update ("resolved", "monitoring"); a status code such as
	// "SERVICE_OUTAGE" is not one
	jsonStates = []string{"investigating", "identified", "monitoring", "resolved", "update", "postmortem", "mitigated", "completed", "scheduled", "in_progress", "verifying"}
)

// jsonKey is a key as compared: lower case, without "_" and "-".
func jsonKey(k string) string {
	return jsonKeyMarks.Replace(strings.ToLower(k))
}

var jsonKeyMarks = strings.NewReplacer("_", "", "-", "")

// jsonStamp writes an RFC 3339 time as the text parser reads a stamp
// ("2025-08-21 16:12 UTC"); anything else is returned as it is.
func jsonStamp(v string) string {
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(v))
	if err != nil {
		return v
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// jsonProse reports whether a string value is text a reader reads rather
// than a code, an id or a path: several words, or several lines.
func jsonProse(v string) bool {
	return strings.Contains(v, "\n") || utf8.RuneCountInString(v) >= 40 && strings.Count(v, " ") >= 4
}

// jsonMarkdown renders a JSON document as Markdown (see above). It fails
// on JSON that does not parse.
func jsonMarkdown(body []byte) (string, error) {
	top, err := orderedJSON(body)
	if err != nil {
		return "", err
	}
	return valueMarkdown(top), nil
}

// newJSONDecoder decodes body keeping numbers as written.
func newJSONDecoder(body []byte) *json.Decoder {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	return dec
}

// valueMarkdown renders a decoded JSON (or YAML) record as Markdown: the
// fields of the incident it holds (the top object, the first of a list,
// or the one the top object wraps) as the heading and start and end
// fields, then its texts.
func valueMarkdown(top any) string {
	var b strings.Builder
	if arr, ok := top.([]any); ok && len(arr) > 0 {
		top = arr[0] // a list of incidents: the first
	}
	obj := exportRecord(top)
	title := ""
	if obj != nil {
		if title = obj.first(jsonTitleKeys, false); title != "" {
			fmt.Fprintf(&b, "# %s\n\n", strings.TrimSpace(title))
		}
		if s := obj.first(jsonStartKeys, true); s != "" {
			fmt.Fprintf(&b, "Start time: %s\n\n", jsonStamp(s))
		}
		if e := obj.first(jsonEndKeys, true); e != "" {
			fmt.Fprintf(&b, "End time: %s\n\n", jsonStamp(e))
		}
	}
	writeJSONText(&b, top, title)
	return b.String()
}

// jsonObject keeps an object's keys in the order written.
type jsonObject struct {
	keys []string
	vals []any
}

// first returns the first string value under one of keys (in keys'
// order); stamp asks for a value that is a time.
func (o *jsonObject) first(keys []string, stamp bool) string {
	for _, want := range keys {
		for i, k := range o.keys {
			s, ok := o.vals[i].(string)
			if !ok || jsonKey(k) != want || strings.TrimSpace(s) == "" {
				continue
			}
			if stamp {
				if _, err := time.Parse(time.RFC3339, strings.TrimSpace(s)); err != nil {
					continue
				}
			} else if strings.Contains(s, "\n") || utf8.RuneCountInString(s) > 200 {
				continue // a text, not a name
			}
			return s
		}
	}
	return ""
}

// writeJSONText writes v's prose values in the order written: an
// object's with its stamp and state before its first text ("2025-08-21
// 18:58 UTC – Resolved: The issue …"), the title once only.
func writeJSONText(b *strings.Builder, v any, title string) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			writeJSONText(b, e, title)
		}
	case *jsonObject:
		lead := ""
		if s := v.first(jsonStampKeys, true); s != "" {
			lead = jsonStamp(s)
		}
		for i, k := range v.keys {
			if jsonKey(k) == "status" || jsonKey(k) == "state" {
				if s, ok := v.vals[i].(string); ok && slices.Contains(jsonStates, strings.ToLower(s)) {
					lead = strings.TrimSpace(lead + " " + strings.ToUpper(s[:1]) + strings.ToLower(s[1:]))
				}
			}
		}
		for i := range v.keys {
			switch e := v.vals[i].(type) {
			case string:
				if e == title || !jsonProse(e) {
					continue
				}
				text := strings.TrimSpace(strings.ReplaceAll(e, "\r\n", "\n"))
				if lead != "" {
					if strings.HasPrefix(text, "#") {
						fmt.Fprintf(b, "%s\n\n", lead) // the text opens on its own heading
					} else {
						text = lead + " – " + text
					}
					lead = ""
				}
				b.WriteString(text)
				b.WriteString("\n\n")
			default:
				writeJSONText(b, e, title)
			}
		}
	}
}

// orderedJSON decodes one JSON value keeping its objects' key order.
func orderedJSON(body []byte) (any, error) {
	dec := newJSONDecoder(body)
	v, err := orderedValue(dec, 0)
	if err != nil {
		return nil, fmt.Errorf("read JSON: %w", err)
	}
	return v, nil
}

// maxJSONDepth bounds the nesting read: an incident is never deeper.
const maxJSONDepth = 64

func orderedValue(dec *json.Decoder, depth int) (any, error) {
	if depth > maxJSONDepth {
		return nil, fmt.Errorf("nested deeper than %d", maxJSONDepth)
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := &jsonObject{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v, err := orderedValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				o.keys = append(o.keys, k)
				o.vals = append(o.vals, v)
			}
			if _, err := dec.Token(); err != nil { // '}'
				return nil, err
			}
			return o, nil
		case '[':
			var a []any
			for dec.More() {
				v, err := orderedValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				a = append(a, v)
			}
			if _, err := dec.Token(); err != nil { // ']'
				return nil, err
			}
			return a, nil
		}
		return nil, fmt.Errorf("unexpected %v", t)
	default:
		return t, nil
	}
}
