package search

import (
	"context"
	"testing"
)

// TestVia: a hit says which marked wordings the thesaurus added for the
// words typed, and never names a word the user typed.
func TestVia(t *testing.T) {
	s := fixtureSearcher(t)
	find := func(q, id string) Hit {
		t.Helper()
		res, err := s.Search(context.Background(), Request{Query: q, Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range res.Hits {
			if h.ID == id {
				return h
			}
		}
		t.Fatalf("%s: no hit %s in %v", q, id, ids(res))
		return Hit{}
	}
	// the other language: the English write-up was marked for 重连风暴
	h := find("重连风暴", "fixture-06")
	if !hasVia(h.Via, "thundering herd", "重连风暴", true) {
		t.Errorf("重连风暴 → fixture-06: via %+v, highlights %v", h.Via, h.Highlights)
	}
	// typed words are not explained, whatever else is
	h = find("thundering herd", "fixture-06")
	for _, v := range h.Via {
		if v.Term == "thundering herd" || v.For != "thundering herd" || v.OtherLanguage {
			t.Errorf("thundering herd → fixture-06: via %+v", h.Via)
		}
	}
	h = find("thundering herd 重连风暴", "fixture-06")
	for _, v := range h.Via {
		if v.Term == "thundering herd" || v.Term == "重连风暴" {
			t.Errorf("both typed → fixture-06: via %+v", h.Via)
		}
	}
	// a word outside the thesaurus, and a phrase: nothing to explain
	for _, q := range []string{"kernel patch", `"thundering herd"`} {
		if h := find(q, "fixture-06"); len(h.Via) != 0 {
			t.Errorf("%s → fixture-06: via %+v", q, h.Via)
		}
	}
	// one wording per stem and per longer wording holding it, at most maxVia
	res, err := s.Search(context.Background(), Request{Query: "重连风暴 证书过期 误删", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if len(h.Via) > maxVia {
			t.Errorf("%s: %d via", h.ID, len(h.Via))
		}
		for i, a := range h.Via {
			for j, b := range h.Via {
				if i != j && partOf(a.Term, b.Term) {
					t.Errorf("%s: %q is part of %q: %+v", h.ID, a.Term, b.Term, h.Via)
				}
			}
		}
	}
}

func hasVia(vs []Via, term, typed string, other bool) bool {
	for _, v := range vs {
		if v.Term == term && v.For == typed && v.OtherLanguage == other {
			return true
		}
	}
	return false
}
