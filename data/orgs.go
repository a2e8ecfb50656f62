package data

import (
	"strings"
	"sync"
)

// Org is an organisation in dict/orgs.txt: the name incidex shows and
// every name it goes by, both languages.
type Org struct {
	Name  string
	Names []string // Name first
}

var (
	orgsOnce sync.Once
	orgList  []Org
	orgIndex map[string]int // lowercased name → index in orgList
)

func loadOrgs() {
	orgIndex = map[string]int{}
	for _, line := range strings.Split(KnownOrgs, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var o Org
		for _, n := range strings.Split(line, "|") {
			if n = strings.Join(strings.Fields(n), " "); n != "" {
				o.Names = append(o.Names, n)
			}
		}
		if len(o.Names) == 0 {
			continue
		}
		o.Name = o.Names[0]
		for _, n := range o.Names {
			if _, dup := orgIndex[strings.ToLower(n)]; !dup {
				orgIndex[strings.ToLower(n)] = len(orgList)
			}
		}
		orgList = append(orgList, o)
	}
}

// Orgs returns the known organisations, in the order of dict/orgs.txt.
func Orgs() []Org {
	orgsOnce.Do(loadOrgs)
	return orgList
}

// noOrg are values of an organisation field that name none.
var noOrg = map[string]bool{"various": true, "multiple": true, "unknown": true, "n/a": true, "na": true, "none": true, "-": true, "tbd": true, "多家": true, "未知": true, "无": true}

// CanonicalOrg returns the name incidex shows for an organisation named
// name: the first name of its line in dict/orgs.txt ("AWS", "亚马逊" and
// "Amazon" give "Amazon Web Services"), matched whole and in any case. A
// name with a note in brackets ("Google (Gmail)", "RIM (BlackBerry)") is
// looked up without it, then by the note. A name not known is returned
// as given, trimmed; a value that names none ("various") is "".
func CanonicalOrg(name string) string {
	orgsOnce.Do(loadOrgs)
	name = strings.Join(strings.Fields(name), " ")
	if name == "" || noOrg[strings.ToLower(name)] {
		return "" // "various", "unknown": no organisation is named
	}
	if i, ok := orgIndex[strings.ToLower(name)]; ok {
		return orgList[i].Name
	}
	for _, open := range []string{" (", "（", "("} {
		before, rest, ok := strings.Cut(name, open)
		if !ok {
			continue
		}
		note := strings.TrimRight(rest, ")） ")
		for _, n := range []string{before, note} {
			if i, ok := orgIndex[strings.ToLower(strings.TrimSpace(n))]; ok {
				return orgList[i].Name
			}
		}
	}
	return name
}
