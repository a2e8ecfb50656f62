package search

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in      string
		clauses []Clause
		filters Filters
		err     string
	}{
		{in: "", clauses: nil},
		{in: "光缆中断", clauses: []Clause{{Text: "光缆中断"}}},
		{in: "  retry   storm ", clauses: []Clause{{Text: "retry"}, {Text: "storm"}}},
		{in: `"thundering herd" -dns`, clauses: []Clause{{Text: "thundering herd", Phrase: true}, {Text: "dns", Exclude: true}}},
		{in: `“证书 过期”`, clauses: []Clause{{Text: "证书 过期", Phrase: true}}},
		{in: `"unclosed phrase`, clauses: []Clause{{Text: "unclosed phrase", Phrase: true}}},
		{in: `cause:光缆 remediation:"add a canary"`, clauses: []Clause{{Text: "光缆", Field: "cause"}, {Text: "add a canary", Field: "remediation", Phrase: true}}},
		{in: "原因：光缆", clauses: []Clause{{Text: "光缆", Field: "cause"}}},
		{in: "-cause:rollback", clauses: []Clause{{Text: "rollback", Field: "cause", Exclude: true}}},
		{in: "org:GitHub pattern:retry-storm lang:en", filters: Filters{Org: []string{"GitHub"}, Patterns: []string{"retry-storm"}, Lang: "en"}},
		{in: "year:2021 outage", clauses: []Clause{{Text: "outage"}}, filters: Filters{Years: []string{"2021"}}},
		{in: "year:2019..2021", filters: Filters{Years: []string{"2019", "2020", "2021"}}},
		{in: "http://example.com/x note:this", clauses: []Clause{{Text: "http://example.com/x"}, {Text: "note:this"}}},
		{in: "- lonely dash", clauses: []Clause{{Text: "-"}, {Text: "lonely"}, {Text: "dash"}}},
		{in: "from:2021-05 to:2022 光缆", clauses: []Clause{{Text: "光缆"}}, filters: Filters{From: "2021-05", To: "2022"}},
		{in: "since:yesterday", err: "date"},
		{in: "pattern:meteor", err: "not a failure pattern"},
		{in: "lang:fr", err: "zh or en"},
		{in: "year:20x1", err: "year"},
		{in: "year:2021..2019", err: "year"},
		{in: "cause:", err: "needs a word"},
		{in: "-org:x", err: "exclusion"},
		{in: strings.Repeat("a", MaxQueryLen+1), err: "limit"},
		{in: "\xff\xfe", err: "UTF-8"},
	} {
		p, err := Parse(tc.in)
		if tc.err != "" {
			if err == nil || !errors.Is(err, ErrBadQuery) || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Parse(%.40q) = %v, want a bad-query error with %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if !reflect.DeepEqual(p.Clauses, tc.clauses) || !reflect.DeepEqual(p.Filters, tc.filters) {
			t.Errorf("Parse(%q)\n got  %+v %+v\n want %+v %+v", tc.in, p.Clauses, p.Filters, tc.clauses, tc.filters)
		}
	}
}

func TestThesaurusFind(t *testing.T) {
	th, err := DefaultThesaurus()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in      string
		terms   []string // the terms found, in order
		pattern []string // their concepts' patterns
		rest    string
	}{
		{"光缆中断", []string{"光缆中断"}, []string{"network"}, ""},
		{"重连风暴", []string{"重连风暴"}, []string{"retry-storm"}, ""},
		{"Thundering Herd after failover", []string{"thundering herd", "failover"}, []string{"retry-storm", "failover"}, "after"},
		{"certificate expired", []string{"certificate expired"}, []string{"certificate"}, ""},
		{"闰秒导致服务器故障", []string{"闰秒", "服务器故障"}, []string{"time", "hardware"}, "导致"},
		// whole words only: "routes" is a term, "router" is another concept, "routing" in "reroutingx" is not matched
		{"reroutingx", nil, nil, "reroutingx"},
		// inflected English words find their terms: plural, past, -ing,
		// a final e or y replaced, a doubled consonant
		{"alerts deployed", []string{"alert", "deploy"}, []string{"monitoring", "deployment"}, ""},
		{"mistakes releasing", []string{"mistake", "release"}, []string{"human-error", "deployment"}, ""},
		// the on-call jargon of Chinese engineers
		{"带宽跑满，服务卡死", []string{"跑满", "服务", "卡死"}, []string{"capacity", "", ""}, "带宽 ，"},
		// but a word that only begins like a term is not it
		{"alertness deployer", nil, nil, "alertness deployer"},
	} {
		ms, rest := th.Find(tc.in)
		var terms, pats []string
		for _, m := range ms {
			terms = append(terms, m.Term)
			pats = append(pats, th.Concepts()[m.Concept].Pattern)
		}
		if !reflect.DeepEqual(terms, tc.terms) || !reflect.DeepEqual(pats, tc.pattern) || strings.Join(strings.Fields(rest), " ") != tc.rest {
			t.Errorf("Find(%q) = %v %v rest %q, want %v %v rest %q", tc.in, terms, pats, rest, tc.terms, tc.pattern, tc.rest)
		}
	}
}

// TestThesaurusLinksEveryPattern: each failure pattern has words in both
// languages, so a query in either finds it.
func TestThesaurusLinksEveryPattern(t *testing.T) {
	th, err := DefaultThesaurus()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"network", "dns", "power-facility", "hardware", "config-change", "deployment", "automation", "human-error",
		"data-loss", "backup-restore", "capacity", "retry-storm", "cascading-failure", "dependency", "database", "storage",
		"certificate", "software-bug", "time", "security", "monitoring", "failover", "communication"} {
		zh, en := false, false
		for _, c := range th.ConceptsOf(p) {
			for _, term := range c.Terms {
				if hasHan(term) {
					zh = true
				} else {
					en = true
				}
			}
		}
		if !zh || !en {
			t.Errorf("pattern %s: Chinese words %v, English words %v", p, zh, en)
		}
	}
	if _, err := ParseThesaurus("nosuch: a | b"); err == nil {
		t.Error("a thesaurus line with an unknown pattern was accepted")
	}
	if _, err := ParseThesaurus("no colon here"); err == nil {
		t.Error("a thesaurus line without a pattern was accepted")
	}
}

// FuzzParse: the query parser never panics; what it accepts builds a bleve
// query, and what it refuses is a bad-query error.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"光缆中断", `"thundering herd" -dns`, "cause:光缆 org:GitHub pattern:retry-storm", "year:2019..2021", `"unclosed`, "-", "--", "原因：", "from:2021-05 to:2022", "a:b:c", "\"\"", "-\"x\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		p, err := Parse(q)
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("Parse(%q): %v is not a bad-query error", q, err)
			}
			return
		}
		bq, _ := buildQuery(p.Clauses, p.Filters, nil)
		if bq == nil {
			t.Fatalf("Parse(%q) gave no query", q)
		}
	})
}

// The s of a possessive is no word of the query.
func TestQueryUnitsDropPossessive(t *testing.T) {
	var got []string
	for _, u := range queryUnits("vendor's gateway x 3 重连") {
		got = append(got, u.text)
	}
	if want := []string{"vendor", "gateway", "3", "重连"}; !reflect.DeepEqual(got, want) {
		t.Errorf("queryUnits = %q, want %q", got, want)
	}
}
