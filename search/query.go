package search

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/incidex/incidex/data"
)

// ErrBadQuery is wrapped by every error that comes from what the user
// typed; the web layer answers it with 400.
var ErrBadQuery = errors.New("bad query")

// MaxQueryLen caps a query, in bytes.
const MaxQueryLen = 1000

// Clause is one part of a parsed query: a word or a phrase, searched in
// every section or in the one named by its field scope.
type Clause struct {
	Text    string // the words, as typed
	Phrase  bool   // "quoted": the words must appear together in order
	Exclude bool   // -word: incidents that match are left out
	Field   string // a text field, or "" for all of them
}

// Parsed is a query after parsing: the clauses to search for, and the
// filters that field scopes such as org: or pattern: turned into.
type Parsed struct {
	Clauses []Clause
	Filters Filters
}

// textScopes are the field scopes that search one text field.
var textScopes = map[string]string{
	"title": "title", "summary": "summary", "impact": "impact", "timeline": "timeline",
	"cause": "cause", "remediation": "remediation", "lessons": "lessons", "text": "text",
	"原因": "cause", "根因": "cause", "影响": "impact", "整改": "remediation", "教训": "lessons", "标题": "title",
}

// Parse reads the query language: words, "phrases", -exclusions, text
// field scopes (cause:光缆), and filter scopes (org:, pattern:, lang:,
// year:2021 or year:2019..2021). An unclosed quote runs to the end of the
// query. It fails, wrapping ErrBadQuery, only on what it cannot mean.
func Parse(q string) (*Parsed, error) {
	if len(q) > MaxQueryLen {
		return nil, fmt.Errorf("%w: the query is %d bytes long, the limit is %d", ErrBadQuery, len(q), MaxQueryLen)
	}
	if !utf8.ValidString(q) {
		return nil, fmt.Errorf("%w: the query is not valid UTF-8", ErrBadQuery)
	}
	p := &Parsed{}
	rs := []rune(q)
	i := 0
	for i < len(rs) {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		c := Clause{}
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			c.Exclude = true
			i++
		}
		// a scope: letters then ':' (ASCII or full-width colon)
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '_') {
			j++
		}
		scope := ""
		if j > i && j < len(rs) && (rs[j] == ':' || rs[j] == '：') && knownScope(strings.ToLower(string(rs[i:j]))) {
			scope = strings.ToLower(string(rs[i:j]))
			i = j + 1
		}
		// the value: a quoted phrase or a run up to white space
		var val string
		if i < len(rs) && isQuote(rs[i]) {
			k := i + 1
			for k < len(rs) && !isQuote(rs[k]) {
				k++
			}
			val = string(rs[i+1 : k])
			c.Phrase = true
			i = k + 1
		} else {
			k := i
			for k < len(rs) && !unicode.IsSpace(rs[k]) {
				k++
			}
			val = string(rs[i:k])
			i = k
		}
		val = strings.TrimSpace(val)
		if scope != "" {
			if err := p.scope(scope, val, c); err != nil {
				return nil, err
			}
			continue
		}
		if val == "" {
			continue
		}
		c.Text = val
		p.Clauses = append(p.Clauses, c)
	}
	return p, nil
}

// knownScope reports whether s is a field scope; anything else before a
// colon (http:, note:) is an ordinary word.
func knownScope(s string) bool {
	if _, ok := textScopes[s]; ok {
		return true
	}
	switch s {
	case "org", "pattern", "lang", "year", "from", "to", "since", "until":
		return true
	}
	return false
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

func (p *Parsed) scope(scope, val string, c Clause) error {
	if f, ok := textScopes[scope]; ok {
		if val == "" {
			return fmt.Errorf("%w: %s: needs a word after it, like %s:timeout", ErrBadQuery, scope, scope)
		}
		c.Text, c.Field = val, f
		p.Clauses = append(p.Clauses, c)
		return nil
	}
	if val == "" {
		return fmt.Errorf("%w: %s: needs a value after it", ErrBadQuery, scope)
	}
	if c.Exclude {
		return fmt.Errorf("%w: -%s: exclusion works on words, not on the %s scope", ErrBadQuery, scope, scope)
	}
	switch scope {
	case "org":
		p.Filters.Org = append(p.Filters.Org, val)
	case "pattern":
		if _, ok := data.PatternByID(val); !ok {
			return fmt.Errorf("%w: %s is not a failure pattern (see /api/v1/patterns for the list)", ErrBadQuery, quoteCap(val))
		}
		p.Filters.Patterns = append(p.Filters.Patterns, val)
	case "lang":
		if val != "zh" && val != "en" {
			return fmt.Errorf("%w: lang: takes zh or en, not %s", ErrBadQuery, quoteCap(val))
		}
		p.Filters.Lang = val
	case "from", "since", "to", "until":
		if _, err := parseDay(val); err != nil {
			return fmt.Errorf("%w: %s: takes a date like 2021-05-18, 2021-05 or 2021, not %s", ErrBadQuery, scope, quoteCap(val))
		}
		if scope == "from" || scope == "since" {
			p.Filters.From = val
		} else {
			p.Filters.To = val
		}
	case "year":
		from, to, ok := strings.Cut(val, "..")
		if !ok {
			to = from
		}
		a, errA := strconv.Atoi(from)
		b, errB := strconv.Atoi(to)
		if errA != nil || errB != nil || a < 1900 || b > 2200 || a > b {
			return fmt.Errorf("%w: year: takes a year like 2021 or a range like 2019..2021, not %s", ErrBadQuery, quoteCap(val))
		}
		for y := a; y <= b; y++ {
			p.Filters.Years = append(p.Filters.Years, strconv.Itoa(y))
		}
	}
	return nil
}

// quoteCap quotes user input for an error message, cut to 60 bytes.
func quoteCap(s string) string {
	if len(s) > 60 {
		cut := 60
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return strconv.Quote(s[:cut] + "…")
	}
	return strconv.Quote(s)
}
