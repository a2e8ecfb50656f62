package extract

import (
	"os"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/incidex/incidex/data"
)

// The tests ask many questions of the same inputs: the fixture and
// realworld write-ups (speedIncidents, speedTexts), the lines of the
// shared corpus (corpusLines), the RCAs of a set (rcaSet, eachRCA, four
// times a sealed set). Extraction and the derivations are deterministic,
// so each is made once per test binary and handed out again: a memo
// cannot change an answer (TestMemoSameAsDirect), only spare the work.
// Each caller gets its own slice (and its own copy of an incident), so a
// test that appends to or changes what it was given changes nothing for
// the next.

// memoCell is one memoised value; ok is false when making it failed (the
// test that first asked stopped with t.Fatal, or it panicked).
type memoCell struct {
	once sync.Once
	ok   bool
	v    any
}

// testMemo holds the memoised values by key.
var testMemo sync.Map // string → *memoCell

// memo returns build's value for key, made once per test binary. When
// making it failed in the test that first asked, every later test that
// asks fails too, as it would have making it again.
func memo[T any](t testing.TB, key string, build func() T) T {
	t.Helper()
	c, _ := testMemo.LoadOrStore(key, new(memoCell))
	cell := c.(*memoCell)
	cell.once.Do(func() {
		cell.v = build()
		cell.ok = true
	})
	if !cell.ok {
		t.Fatalf("%s: could not be made (see the test that first asked)", key)
	}
	return cell.v.(T)
}

// extractKey is what Extract answers from.
type extractKey struct{ body, source, contentType string }

// extractCell is one memoised extraction.
type extractCell struct {
	once sync.Once
	ok   bool
	in   *data.Incident
	err  error
}

var extractMemo sync.Map // extractKey → *extractCell

// extractOnce is Extract, made once per distinct input and test binary;
// each caller gets its own copy of the incident.
func extractOnce(body []byte, source, contentType string) (*data.Incident, error) {
	c, _ := extractMemo.LoadOrStore(extractKey{string(body), source, contentType}, new(extractCell))
	cell := c.(*extractCell)
	cell.once.Do(func() {
		cell.in, cell.err = Extract(body, source, contentType)
		cell.ok = true
	})
	if !cell.ok {
		return Extract(body, source, contentType) // it panicked: let it again, here
	}
	return cloneIncident(cell.in), cell.err
}

// cloneIncident copies an incident and the slices it holds.
func cloneIncident(in *data.Incident) *data.Incident {
	if in == nil {
		return nil
	}
	out := *in
	out.Timeline = slices.Clone(in.Timeline)
	out.Patterns = slices.Clone(in.Patterns)
	out.Tags = slices.Clone(in.Tags)
	out.Similar = slices.Clone(in.Similar)
	return &out
}

// speedIncidents are the fixture write-ups (and, with realworld, the
// realworld ones) as extracted, and their files: the inputs of the
// pattern benchmarks and of the tests that ask a faster method and the
// one it replaced the same (extractSpeedIncidents, once per binary).
func speedIncidents(t testing.TB, realworld bool) (ins []*data.Incident, names []string) {
	t.Helper()
	type set struct {
		ins   []*data.Incident
		names []string
	}
	key := "speedIncidents"
	if realworld {
		key += " realworld"
	}
	s := memo(t, key, func() set {
		ins, names := extractSpeedIncidents(t, realworld)
		return set{ins, names}
	})
	ins = make([]*data.Incident, len(s.ins))
	for i, in := range s.ins {
		ins[i] = cloneIncident(in)
	}
	return ins, slices.Clone(s.names)
}

// speedTexts are the texts the pattern code reads of the fixture and
// realworld write-ups (makeSpeedTexts, once per binary).
func speedTexts(t *testing.T) []string {
	t.Helper()
	return slices.Clone(memo(t, "speedTexts", func() []string { return makeSpeedTexts(t) }))
}

// corpusLines are the lines of the shared corpus, lowered as scoreLower
// reads them; nil without ../shared (readCorpusLines, once per binary).
func corpusLines(t *testing.T) []string {
	t.Helper()
	return slices.Clone(memo(t, "corpusLines", func() []string { return readCorpusLines(t) }))
}

// altTexts are the page lines and random texts the split and scanned
// regexps are asked about (makeAltTexts, once per binary).
func altTexts(t *testing.T) []string {
	t.Helper()
	return slices.Clone(memo(t, "altTexts", func() []string { return makeAltTexts(t) }))
}

// TestMemoSameAsDirect: a memoised extraction of our own fixtures (English
// and Chinese pages, a text of RCAs) is what Extract answers directly,
// asked first and again; a copy changed by one test is not what the next
// gets; and cloneIncident copies every slice or map an incident holds.
func TestMemoSameAsDirect(t *testing.T) {
	for _, name := range []string{"en-thundering-herd.html", "zh-fiber-cut.html", "rca-inline.txt"} {
		body, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		src := "testdata/memo-" + name // a source no other test asks with
		want, wantErr := Extract(body, src, "")
		for round := 0; round < 2; round++ {
			got, err := extractOnce(body, src, "")
			if err != wantErr || !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, round %d: the memo gives %+v (%v), Extract %+v (%v)", name, round, got, err, want, wantErr)
			}
			if len(got.Timeline) == 0 || len(got.Patterns) == 0 {
				t.Fatalf("%s: no timeline or patterns to spoil", name)
			}
			got.Title, got.Timeline[0].Text, got.Patterns[0] = "spoilt", "spoilt", "spoilt"
		}
	}
	// a field that holds a reference must be copied by cloneIncident
	typ := reflect.TypeOf(data.Incident{})
	copied := map[string]bool{"Timeline": true, "Patterns": true, "Tags": true, "Similar": true}
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		switch f.Type.Kind() {
		case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
			if !copied[f.Name] {
				t.Errorf("cloneIncident does not copy data.Incident.%s", f.Name)
			}
		}
		if f.Type.Kind() == reflect.Slice && holdsRef(f.Type.Elem()) {
			t.Errorf("cloneIncident copies data.Incident.%s shallowly", f.Name)
		}
	}
}

// holdsRef reports whether a value of type typ holds a slice, map, pointer
// or interface (a copy of it shares what that refers to).
func holdsRef(typ reflect.Type) bool {
	switch typ.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func:
		return true
	case reflect.Array:
		return holdsRef(typ.Elem())
	case reflect.Struct:
		for i := 0; i < typ.NumField(); i++ {
			if holdsRef(typ.Field(i).Type) {
				return true
			}
		}
	}
	return false
}

// raceStride is how thinly raceThin samples texts under -race.
const raceStride = 8

// raceThin is texts, or under -race every raceStride-th of them (a
// different eighth in each test, by seed). The tests that ask it hold a
// hand-written fast path to the regexp or search it stands for, over
// every line of the fixtures and the corpus: single-goroutine work where
// the race detector finds nothing and runs ten times slower. CI runs them
// whole without -race (.ci/run) before the race run of the README's test
// command, which then checks a sample.
func raceThin(texts []string, seed int) []string {
	if !underRace {
		return texts
	}
	var out []string
	for i := seed % raceStride; i < len(texts); i += raceStride {
		out = append(out, texts[i])
	}
	return out
}
