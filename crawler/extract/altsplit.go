package extract

import (
	"regexp"
	"regexp/syntax"
)

// altRegexp is a regexp whose top level is an alternation of many
// branches, each with literals one of which its matches hold (needed).
// Go's regexp tries every branch at every place of a text, which for a
// long alternation made case-blind costs hundreds of steps a byte; here
// one pass over the text learns which branches' literals it holds, and
// only those branches, each compiled on its own, are run. The leftmost
// match of the whole is the leftmost of the branches' leftmost matches,
// the earlier branch winning where two start at one place (the order
// the whole prefers them in), so the answers are the whole regexp's
// (TestAltRegexpAgrees asks both). Methods not written here are the
// whole regexp's own.
type altRegexp struct {
	*regexp.Regexp
	branches []*regexp.Regexp
	always   []bool        // a branch with no literal every match holds: always run
	byFirst  [256][]altKey // the branches' keys by their first byte (both cases of a letter)
	fold     bool          // a key is matched without case
}

// altAll are the split regexps, for the test that asks each and its
// whole the same.
var altAll []*altRegexp

// altKey is a literal one of a branch's matches holds.
type altKey struct {
	gateKey
	branch int
}

// altMaxBranches bounds the branches: which ones a text holds is a mask
// of one word.
const altMaxBranches = 64

// newAltRegexp compiles expr and its top-level branches. An expression
// that is no alternation of more than one and at most altMaxBranches
// branches is answered by itself alone.
func newAltRegexp(expr string) *altRegexp {
	a := &altRegexp{Regexp: regexp.MustCompile(expr)}
	altAll = append(altAll, a)
	t, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || t.Op != syntax.OpAlternate || len(t.Sub) < 2 || len(t.Sub) > altMaxBranches {
		return a
	}
	for i, sub := range t.Sub {
		re, err := regexp.Compile(sub.String())
		if err != nil {
			return &altRegexp{Regexp: a.Regexp} // a branch Go cannot write back: the whole alone
		}
		a.branches = append(a.branches, re)
		keys := needed(sub.Simplify())
		a.always = append(a.always, keys == nil)
		for _, k := range keys {
			a.fold = a.fold || k.fold
			c := k.lit[0]
			a.byFirst[c] = append(a.byFirst[c], altKey{k, i})
			if k.fold && c >= 'a' && c <= 'z' {
				a.byFirst[c-'a'+'A'] = append(a.byFirst[c-'a'+'A'], altKey{k, i})
			}
		}
	}
	return a
}

// held returns the mask of the branches s may match: those of whose keys
// s holds one, and those without keys. ok is false where s holds a
// letter a case-blind match folds into an ASCII one (ſ, the Kelvin sign):
// the keys do not see it, and the whole regexp answers.
func (a *altRegexp) held(s string) (mask uint64, ok bool) {
	if a.fold && foldsToASCII(s) {
		return 0, false
	}
	for i, al := range a.always {
		if al {
			mask |= 1 << i
		}
	}
	for i := 0; i < len(s); i++ {
		for _, k := range a.byFirst[s[i]] {
			if mask&(1<<k.branch) == 0 && hasKeyAt(s[i:], k.gateKey) {
				mask |= 1 << k.branch
			}
		}
	}
	return mask, true
}

func (a *altRegexp) MatchString(s string) bool {
	if a.branches == nil {
		return a.Regexp.MatchString(s)
	}
	mask, ok := a.held(s)
	if !ok {
		return a.Regexp.MatchString(s)
	}
	for i, re := range a.branches {
		if mask&(1<<i) != 0 && re.MatchString(s) {
			return true
		}
	}
	return false
}

func (a *altRegexp) FindStringIndex(s string) []int {
	if a.branches == nil {
		return a.Regexp.FindStringIndex(s)
	}
	mask, ok := a.held(s)
	if !ok {
		return a.Regexp.FindStringIndex(s)
	}
	var best []int
	for i, re := range a.branches {
		if mask&(1<<i) == 0 {
			continue
		}
		// a later branch wins only by starting before: at one start the
		// earlier branch is the whole's choice
		if loc := re.FindStringIndex(s); loc != nil && (best == nil || loc[0] < best[0]) {
			best = loc
		}
	}
	return best
}
