package extract

import (
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// What a document's origin says about it when its text does not: the
// folder a team keeps its write-ups in is often named after the team or
// company ("acme-postmortems/"), and a blog's or news site's address
// often holds the day the article was published ("/2021/09/06/").

// folderWords are words of folder names that say "write-ups kept here",
// not whose they are.
var folderWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`postmortems postmortem post-mortems post-mortem pm pms incidents incident outages outage
		reports report rca rcas retros retro reviews review status docs doc blog posts archive`) {
		folderWords[w] = true
	}
}

// plainWord is an alias that looks like an ordinary English word
// (Square, Zoom, Medium): in a folder name it counts only beside a word
// that says the folder holds write-ups ("zoom-incidents").
var plainWord = regexp.MustCompile(`^[A-Z][a-z]+$`)

// maxFolderLevels is how many folders above a file are read for an
// organisation's name.
const maxFolderLevels = 3

// folderOrg names the known organisation that a file's folders are named
// after ("dfds-postmortems" → DFDS, "moj-cloud-platform" → UK Ministry of
// Justice), nearest folder first; "" when none is.
func folderOrg(path string) string {
	if path == "" || isWeb(path) {
		return ""
	}
	orgsOnce.Do(loadOrgs)
	dir := filepath.Dir(path)
	if org, ok := folderOrgs.Load(dir); ok {
		return org.(string) // the files of a folder share it
	}
	org := folderOrgOf(dir)
	folderOrgs.Store(dir, org)
	return org
}

// folderOrgs caches folderOrgOf by folder.
var folderOrgs sync.Map

func folderOrgOf(dir string) string {
	for level := 0; level < maxFolderLevels; level++ {
		name := filepath.Base(dir)
		if name == "." || name == "/" || name == dir && level > 0 {
			break
		}
		if org := orgOfName(name); org != "" {
			return org
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return ""
}

// orgOfName matches the words of one folder name, alone and in pairs,
// against the known organisations' names, ignoring case.
func orgOfName(name string) string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	kept := false
	for _, w := range words {
		kept = kept || folderWords[w]
	}
	for n := 2; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			cand := strings.Join(words[i:i+n], " ")
			if folderWords[cand] {
				continue
			}
			for _, o := range knownOrgs {
				for _, a := range o.aliases {
					if la := strings.NewReplacer("-", " ", "_", " ").Replace(strings.ToLower(a)); la != cand && (n > 1 || strings.ReplaceAll(la, " ", "") != cand) {
						continue // "ustclug" is "USTC LUG" written as one word
					}
					plain := true
					for _, part := range strings.Fields(a) {
						plain = plain && plainWord.MatchString(part)
					}
					if !plain || kept {
						return o.name
					}
				}
			}
		}
	}
	return ""
}

// pageURL parses a page's address; for a copy on archive.org
// (/web/20230204234700/https://host/…) it is the address archived, whose
// stamp says when it was archived, not published. nil when raw is no web
// address.
func pageURL(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return nil
	}
	if strings.HasSuffix(u.Host, "archive.org") {
		if i := strings.Index(u.Path, "/http"); i >= 0 {
			return pageURL(u.Path[i+1:])
		}
		return nil
	}
	return u
}

// urlDay reads the day an article was published from its address: a
// path of /YYYY/MM/DD/, a segment holding YYYY-MM-DD, or a slug naming
// the day in words ("outage-of-us-east-1-may-27-2014",
// "incident-18-january-2019", "november-9th-2018"). "" when the address
// holds none.
func urlDay(raw string) string {
	u := pageURL(raw)
	if u == nil {
		return ""
	}
	if m := urlYMD.FindStringSubmatch(u.Path); m != nil {
		return plausibleDay(m[1], m[2], m[3])
	}
	if m := urlISO.FindStringSubmatch(u.Path); m != nil {
		return plausibleDay(m[1], m[2], m[3])
	}
	slug := strings.ToLower(u.Path)
	if m := slugMDY.FindStringSubmatch(slug); m != nil && monthOf(m[1]) > 0 {
		return plausibleDay(m[3], strconv.Itoa(monthOf(m[1])), m[2])
	}
	if m := slugDMY.FindStringSubmatch(slug); m != nil && monthOf(m[2]) > 0 {
		return plausibleDay(m[3], strconv.Itoa(monthOf(m[2])), m[1])
	}
	return ""
}

var (
	urlYMD = regexp.MustCompile(`/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)`)
	urlISO = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:$|[/_.-])`)
	// a slug's words: month, day, year or day, month, year
	slugMDY = regexp.MustCompile(`(?:^|[/_-])([a-z]{3,9})[_-](\d{1,2})(?:st|nd|rd|th)?[_-]((?:19|20)\d\d)(?:$|[/_.-])`)
	slugDMY = regexp.MustCompile(`(?:^|[/_-])(\d{1,2})(?:st|nd|rd|th)?[_-]([a-z]{3,9})[_-]((?:19|20)\d\d)(?:$|[/_.-])`)
)

// resavedDate is the write-up's date given its metadata's date and its
// address. A date in the address (a blog's /2017/02/15/ path, a slug's
// "incident-summary-2017-03-16") is set when the post is first written
// and never changes; metadata dated more than a year after it was written
// when the page was re-saved, migrated or copied into an archive
// (source_published_at 2026 on a 2017 post), so the address's day is the
// write-up's date.
func resavedDate(meta, rawURL string) string {
	if meta == "" || rawURL == "" {
		return meta
	}
	u := urlDay(rawURL)
	if u == "" {
		return meta
	}
	mt, err1 := time.Parse("2006-01-02", dayPart(meta))
	ut, err2 := time.Parse("2006-01-02", u)
	if err1 != nil || err2 != nil || mt.Sub(ut) <= 366*24*time.Hour {
		return meta
	}
	return u
}

// dayPart is the yyyy-mm-dd a date or timestamp opens with.
func dayPart(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// plausibleDay is the day if it is a real one, not after next year.
func plausibleDay(y, m, d string) string {
	yi, _ := strconv.Atoi(y)
	if yi < 1990 || yi > time.Now().Year()+1 {
		return ""
	}
	day := ymd(y, m, d)
	if day == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", day); err != nil {
		return "" // 31 February
	}
	return day
}

// siteSuffix is a title's last part after a separator: " • The Register",
// " | Example Blog", " - Acme".
var siteSuffix = regexp.MustCompile(`\s+[|•·—–-]\s+([^|•·—–]{2,40})$`)

// siteSuffixCut removes from a title the name of the site it was published
// on ("IT incident report • The Register" from theregister.com), known by
// the page's address: the suffix's letters are the host's name. It returns
// the title and the site's name ("" when none was cut).
func siteSuffixCut(title, raw string) (string, string) {
	m := siteSuffix.FindStringSubmatchIndex(title)
	if m == nil {
		return title, ""
	}
	u := pageURL(raw)
	if u == nil {
		return title, ""
	}
	name := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, title[m[2]:m[3]])
	if len(name) < 3 {
		return title, ""
	}
	for _, label := range strings.Split(strings.ToLower(u.Hostname()), ".") {
		if label == name || strings.TrimPrefix(name, "the") == label {
			return strings.TrimSpace(title[:m[0]]), strings.TrimSpace(title[m[2]:m[3]])
		}
	}
	return title, ""
}
