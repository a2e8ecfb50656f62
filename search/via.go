package search

import (
	"html"
	"regexp"
	"strings"

	"github.com/incidex/incidex/indexer"
)

// Via is a wording a hit was marked for that the user did not type: another
// wording of a concept they typed, which the thesaurus added to the search,
// in the same language (a synonym) or the other one.
type Via struct {
	Term          string `json:"term"`           // the wording marked in the hit
	For           string `json:"for"`            // the words typed that it stands for
	OtherLanguage bool   `json:"other_language"` // Chinese for English or English for Chinese
}

// maxVia caps the wordings a hit explains.
const maxVia = 3

// typedConcept is a thesaurus concept found in a query and the words
// typed for it.
type typedConcept struct {
	concept int
	typed   string
}

// queryConcepts finds the thesaurus concepts of a query's free words, as
// buildQuery does, and every word typed (to tell a wording the user typed
// from one the thesaurus added).
func queryConcepts(clauses []Clause) ([]typedConcept, []string) {
	th, _ := DefaultThesaurus()
	var free, typed []string
	for _, c := range clauses {
		if c.Exclude {
			continue
		}
		typed = append(typed, strings.ToLower(c.Text))
		if !c.Phrase && c.Field == "" {
			free = append(free, c.Text)
		}
	}
	if th == nil || len(free) == 0 {
		return nil, typed
	}
	matches, _ := th.Find(strings.Join(free, " "))
	var out []typedConcept
	for _, m := range matches {
		typed = append(typed, m.Term)
		out = append(out, typedConcept{concept: m.Concept, typed: m.Term})
	}
	return out, typed
}

var markRE = regexp.MustCompile(`<mark>(.*?)</mark>`)

// viaOf lists the wordings of the query's concepts that are marked in a
// hit's highlights although the user typed none of them.
func viaOf(concepts []typedConcept, typed []string, hl map[string][]string) []Via {
	if len(concepts) == 0 || len(hl) == 0 {
		return nil
	}
	th, _ := DefaultThesaurus()
	if th == nil {
		return nil
	}
	var marks []string
	for _, frags := range hl {
		for _, f := range frags {
			for _, m := range markRE.FindAllStringSubmatch(f, -1) {
				marks = append(marks, strings.ToLower(html.UnescapeString(m[1])))
			}
		}
	}
	wasTyped := func(w string) bool {
		for _, t := range typed {
			if t != "" && (strings.Contains(t, w) || strings.Contains(w, t)) {
				return true
			}
		}
		return false
	}
	var found []Via
	for _, tc := range concepts {
		for _, w := range th.concepts[tc.concept].Terms {
			if wasTyped(w) {
				continue
			}
			for _, m := range marks {
				if marked(m, w) {
					found = append(found, Via{Term: w, For: tc.typed, OtherLanguage: hasHan(w) != hasHan(tc.typed)})
					break
				}
			}
		}
	}
	// one wording of each: "reconnects" says no more than "reconnect",
	// nor "证书" than "证书过期"
	var out []Via
	seen := map[string]bool{}
	for i, v := range found {
		key := v.Term
		if !hasHan(key) {
			key = strings.Join(analyze(indexer.QueryAnalyzer, key).terms(), " ")
		}
		inside := false
		for j, o := range found {
			if j != i && len(o.Term) > len(v.Term) && partOf(v.Term, o.Term) {
				inside = true
				break
			}
		}
		if seen[key] || inside {
			continue
		}
		seen[key] = true
		out = append(out, v)
		if len(out) == maxVia {
			break
		}
	}
	return out
}

// marked reports whether a mark's text holds the wording w: as written, or
// (for English, where the index stems words) as the same terms in order.
func marked(mark, w string) bool {
	if strings.Contains(mark, w) {
		return true
	}
	if hasHan(w) {
		return false
	}
	wt := analyze(indexer.QueryAnalyzer, w).terms()
	mt := analyze(indexer.QueryAnalyzer, mark).terms()
	if len(wt) == 0 || len(wt) > len(mt) {
		return false
	}
	for i := 0; i+len(wt) <= len(mt); i++ {
		ok := true
		for j := range wt {
			if mt[i+j] != wt[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// partOf reports whether the wording a is part of the wording b: a
// Chinese one anywhere in it, an English one as whole words.
func partOf(a, b string) bool {
	if hasHan(a) {
		return strings.Contains(b, a)
	}
	return strings.Contains(" "+b+" ", " "+a+" ")
}
