package search

import (
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// Weights of an organisation named in a query.
const (
	// orgWeight: incidents of the organisation (the org field), a
	// constant. At 6 "263 邮箱" put Google's email incident above 263's own
	// write-up; at 12 the dev queries are unchanged (no query names an
	// organisation whose ranking moves), our own queries .743 → .747
	orgWeight      = 12.0
	orgAliasWeight = 0.8 // its other names, both languages, in the text
	orgNames       = 8   // names searched per organisation
)

// orgName is one name of a known organisation, as a query may type it.
type orgName struct {
	name  string // as in orgs.txt
	lower string
	org   int  // index in data.Orgs()
	han   bool // Chinese: found anywhere; else a whole word
	// exact: a name made of ordinary words ("Slack", "Stack Exchange")
	// is an organisation only as written, capitalised
	exact bool
}

var (
	orgNamesOnce sync.Once
	orgNameList  []orgName // longest first
)

func loadOrgNames() {
	lex, _ := DefaultLexicon()
	for i, o := range data.Orgs() {
		for _, n := range o.Names {
			if len(n) < 2 {
				continue
			}
			on := orgName{name: n, lower: asciiLower(n), org: i, han: hasHan(n)}
			if !on.han && lex != nil {
				on.exact = true
				for _, w := range strings.Fields(on.lower) {
					if !lex.Common(w) {
						on.exact = false
					}
				}
			}
			orgNameList = append(orgNameList, on)
		}
	}
	sort.SliceStable(orgNameList, func(i, j int) bool { return len(orgNameList[i].name) > len(orgNameList[j].name) })
}

// asciiLower lowercases ASCII letters only, so byte offsets stay those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// orgMatch is an organisation named in a query, and the name typed.
type orgMatch struct {
	org   int
	typed string
}

// findOrgs returns the known organisations text names, longest name first,
// and text with those names blanked out.
func findOrgs(text string) ([]orgMatch, string) {
	orgNamesOnce.Do(loadOrgNames)
	var out []orgMatch
	b := []byte(text)
	seen := map[int]bool{}
	for _, on := range orgNameList {
		hay, needle := asciiLower(string(b)), on.lower
		if on.exact {
			hay, needle = string(b), on.name
		}
		for from := 0; from < len(hay); {
			i := strings.Index(hay[from:], needle)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(needle)
			from = end
			if !on.han && (start > 0 && isOrgWordByte(hay[start-1]) || end < len(hay) && isOrgWordByte(hay[end])) {
				continue
			}
			if !seen[on.org] {
				seen[on.org] = true
				out = append(out, orgMatch{org: on.org, typed: on.name})
			}
			for k := start; k < end; k++ {
				b[k] = ' '
			}
			hay = asciiLower(string(b))
			if on.exact {
				hay = string(b)
			}
		}
	}
	return out, string(b)
}

func isOrgWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// orgQuery finds the write-ups of an organisation: those whose org is its
// canonical name (a constant), and those that name it in any of its names,
// in either language (the name typed at full weight).
func orgQuery(m orgMatch, fields []string) query.Query {
	o := data.Orgs()[m.org]
	var parts []query.Query
	for i, n := range o.Names {
		if i == orgNames {
			break
		}
		w := orgAliasWeight
		if n == m.typed {
			w = 1
		}
		for _, f := range conceptFields {
			if len(fields) == 1 && f != fields[0] {
				continue
			}
			parts = append(parts, phraseQuery(n, f, fieldBoosts[f]*w))
		}
	}
	tq := bleve.NewTermQuery(o.Name)
	tq.SetField(indexer.FieldOrg)
	parts = append(parts, newConstQuery(tq, orgWeight))
	return newSumQuery(parts...)
}

// canonicalOrgs returns the org filter values with each one's canonical
// name added.
func canonicalOrgs(vals []string) []string {
	out := append([]string(nil), vals...)
	for _, v := range vals {
		if c := data.CanonicalOrg(v); c != v {
			out = append(out, c)
		}
	}
	return out
}
