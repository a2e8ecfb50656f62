package indexer

import (
	"net/url"
	"path"
	"strings"
	"unicode"
)

// slugWords returns the words of the descriptive name in an incident's
// address, the last part of its path that is words joined by hyphens or
// underscores ("…/2012/09/29/canadian-internet-provider-rogers-experiencing-major-prolonged-outage/"):
// a page's own keywords, as its tags are. A translated write-up keeps
// its original's English address, which then says in English what the
// write-up is about, so the index adds these words to the tags of a
// write-up not in English (to an English one they would mostly repeat
// its title: on the shared eval that cost the odd ids 0.676 → 0.659).
// Numbers, dates and identifiers (a UUID, a hash) are no description and
// give nothing.
func slugWords(addr string) string {
	if addr == "" {
		return ""
	}
	p := addr
	if u, err := url.Parse(addr); err == nil && u.Path != "" {
		p = u.Path
	}
	if un, err := url.PathUnescape(p); err == nil {
		p = un
	}
	segs := strings.Split(strings.Trim(p, "/"), "/")
	for i := len(segs) - 1; i >= 0; i-- {
		seg := strings.TrimSuffix(segs[i], path.Ext(segs[i]))
		if w := descriptive(seg); w != "" {
			return w
		}
	}
	return ""
}

// descriptive returns a path segment's words when it reads as a name of
// words (at least two of letters, half of its words or more), else "".
func descriptive(seg string) string {
	words := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '+' || r == ' ' || r == '.' })
	var out []string
	letters := 0
	for _, w := range words {
		alpha := true
		for _, r := range w {
			if !unicode.IsLetter(r) {
				alpha = false
				break
			}
		}
		if alpha && len(w) <= 30 {
			letters++
		}
		out = append(out, w)
	}
	if letters < 2 || letters*2 < len(words) {
		return ""
	}
	return strings.Join(out, " ")
}
