package data

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestPatternsTable(t *testing.T) {
	ps := Patterns()
	if len(ps) != 23 {
		t.Fatalf("%d patterns, CONTRACT.md has 23", len(ps))
	}
	for _, p := range ps {
		if p.EN == "" || p.ZH == "" || len(p.Cues) == 0 {
			t.Errorf("pattern %s lacks a name or cues", p.ID)
		}
		if got, ok := PatternByID(p.ID); !ok || got.ID != p.ID {
			t.Errorf("PatternByID(%s) = %v %v", p.ID, got, ok)
		}
	}
	if _, ok := PatternByID("retry storm"); ok {
		t.Error("a pattern name with a space was found")
	}
}

func TestIncidentJSONShape(t *testing.T) {
	in := &Incident{ID: "x1"}
	in.Normalize()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"timeline":[]`, `"patterns":[]`, `"duration_minutes":0`, `"started_at":""`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
	if strings.Contains(string(b), "similar") {
		t.Errorf("empty similar list is printed: %s", b)
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		in Incident
		ok bool
	}{
		{Incident{ID: "abc-1"}, true},
		{Incident{ID: ""}, false},
		{Incident{ID: "../etc"}, false},
		{Incident{ID: "a", Lang: "fr"}, false},
		{Incident{ID: "a", Published: "2021-5-1"}, false},
		{Incident{ID: "a", StartedAt: "2021-05-17 23:15"}, false},
		{Incident{ID: "a", StartedAt: "2021-05-17T23:15:00+08:00", Patterns: []string{"network"}}, true},
		{Incident{ID: "a", Patterns: []string{"meteor"}}, false},
	} {
		if err := tc.in.Validate(); (err == nil) != tc.ok {
			t.Errorf("Validate(%+v) = %v, want ok=%v", tc.in, err, tc.ok)
		}
	}
}

func TestYearAndTimelineText(t *testing.T) {
	in := Incident{Published: "2022-01-03", StartedAt: "2021-12-31T23:00:00Z",
		Timeline: []TimelineEvent{{TimeText: "23:00", Text: "alarm"}, {Text: "no time"}}}
	if in.Year() != 2021 {
		t.Errorf("year %d, want the year it started", in.Year())
	}
	if got := in.TimelineText(); got != "23:00 alarm\nno time" {
		t.Errorf("timeline text %q", got)
	}
	if (&Incident{}).Year() != 0 {
		t.Error("year of an undated incident is not 0")
	}
}

func TestCatalogue(t *testing.T) {
	entries, err := Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 100 {
		t.Fatalf("catalogue has %d entries", len(entries))
	}
	for _, e := range entries {
		in := e.Incident("c1")
		if err := in.Validate(); err != nil {
			t.Errorf("%s: %v", e.URL, err)
		}
		if e.Title == "" || e.URL == "" || e.Summary == "" {
			t.Errorf("entry %+v lacks a title, url or summary", e)
		}
	}
}

func TestCanonicalOrg(t *testing.T) {
	for in, want := range map[string]string{
		"微软": "Microsoft", "microsoft": "Microsoft", "Azure": "Microsoft",
		"AWS": "Amazon Web Services", "亚马逊": "Amazon Web Services", "Amazon": "Amazon Web Services",
		"谷歌": "Google", "Google (Gmail)": "Google", "Alibaba Cloud": "阿里云",
		"Ministry of Justice": "UK Ministry of Justice", "UK Ministry of Justice (Cloud Platform team)": "UK Ministry of Justice",
		"RIM": "BlackBerry", "RIM (BlackBerry)": "BlackBerry", "  Travis  CI ": "Travis CI", "TravisCI": "Travis CI",
		"USTC LUG (中国科学技术大学 Linux 用户协会)": "USTC LUG",
		"Example Widgets Ltd": "Example Widgets Ltd", "Datagram (NYC data center)": "Datagram (NYC data center)",
		"Nobody (at all)": "Nobody (at all)", "": "", "various": "", " Unknown ": "",
	} {
		if got := CanonicalOrg(in); got != want {
			t.Errorf("CanonicalOrg(%q) = %q, want %q", in, got, want)
		}
	}
	for _, o := range Orgs() {
		if got := CanonicalOrg(o.Name); got != o.Name {
			t.Errorf("CanonicalOrg(%q) = %q: a canonical name must map to itself (is it another line's name too?)", o.Name, got)
		}
	}
}
