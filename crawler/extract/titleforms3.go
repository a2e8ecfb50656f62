package extract

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The forms of this file learn a site's name from the page itself: from
// the hosts the page names (its own URL, its links, a domain printed
// under the title), from a footer that repeats it, or from the shape of a
// Chinese site's name and the kind of page after it. A line that is the
// site's name is never the page's title.

// siteNameWords are the words a site's name may hold beside the
// company's own, lower-cased, besides siteKindWords: "The Marske Dev
// Blog", "Norbury Developers".
var siteNameWords = map[string]bool{"the": true, "dev": true, "developer": true, "developers": true, "official": true, "site": true, "website": true}

// hostLabels are the labels of the hosts a page names, lower-cased and
// without their hyphens ("wetherbyjournal" of
// "https://www.wetherbyjournal.example/…", "marske" and "engineering" of
// "marske.engineering"): read once, from the page's URL, the hosts after
// "://" in its first 64 KB and the bare domains of its first 3 KB.
func (d *document) hostLabels() map[string]bool {
	if d.hostsRead {
		return d.hosts
	}
	d.hostsRead = true
	add := func(host string) {
		host = strings.ToLower(strings.TrimPrefix(host, "www."))
		if !strings.Contains(host, ".") {
			return
		}
		for _, l := range strings.Split(host, ".") {
			if l = strings.ReplaceAll(l, "-", ""); len(l) >= 3 {
				if d.hosts == nil {
					d.hosts = map[string]bool{}
				}
				d.hosts[l] = true
			}
		}
	}
	hostAt := func(s []byte) string {
		end := bytes.IndexFunc(s, func(r rune) bool {
			return !(r == '.' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		})
		if end < 0 {
			end = len(s)
		}
		return string(s[:end])
	}
	if d.url != "" {
		if _, rest, ok := strings.Cut(d.url, "://"); ok {
			add(hostAt([]byte(rest)))
		}
	}
	raw := d.raw[:min(len(d.raw), 64<<10)]
	for n := 0; n < 200; n++ {
		k := bytes.Index(raw, []byte("://"))
		if k < 0 {
			break
		}
		raw = raw[k+3:]
		add(hostAt(raw))
	}
	// a domain printed bare ("*marske.engineering* · Saved March 4"):
	// a word of letters, a dot, and letters again, not a sentence's end
	head := d.raw[:min(len(d.raw), 3<<10)]
	for _, w := range bytes.Fields(head) {
		w = bytes.Trim(w, "*_()[]<>\"'`,;:")
		if k := bytes.IndexByte(w, '.'); k > 0 && k < len(w)-2 && !bytes.Contains(w, []byte("://")) && bareDomain.Match(w) {
			add(string(w))
		}
	}
	return d.hosts
}

// bareDomain is a host written without its scheme: "marske.engineering",
// "www.ilkleyherald.example".
var bareDomain = regexp.MustCompile(`^(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,12}$`)

// siteByHost reports whether a title is the site's name the page's hosts
// spell: its words, less the words of a site's kind ("Blog", "Dev",
// "The"), run together are one of the hosts' labels ("Wetherby Journal" of
// www.wetherbyjournal.example, "The Marske Dev Blog" of
// marske.engineering). A name of the company's with anything that tells
// of an incident spells no host.
func siteByHost(d *document, t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 6 || strings.IndexFunc(t, isHan) >= 0 {
		return false
	}
	var b strings.Builder
	for _, w := range f {
		lw := strings.ToLower(strings.Trim(w, ".,:;!?\"'()"))
		if siteKindWords[lw] || siteNameWords[lw] {
			continue
		}
		for _, r := range lw {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
	}
	name := b.String()
	if len(name) < 3 {
		return false
	}
	return d.hostLabels()[name]
}

// footerMark is what a page's footer or a printed sheet's running line
// holds beside the site's name: a page number, a copyright.
var footerMark = regexp.MustCompile(`(?i)\bpage \d+(?: of \d+)?\b|©|\(c\) \d{4}|copyright|all rights reserved|第\s*\d+\s*页|版权所有`)

// siteByFooter reports whether a short title opens a footer line of the
// page: the name, a separator ("·", "|", "-", "—") and a page number or
// a copyright ("Hessle Logistics · Internal · Page 1 of 2"). A page's
// footer names the site that printed it, never the incident.
func siteByFooter(d *document, t string) bool {
	if !runesAtMost(t, 40) || len(strings.Fields(t)) > 5 {
		return false
	}
	for i := len(d.blocks) - 1; i >= 0 && i >= len(d.blocks)-40; i-- {
		s := strings.TrimSpace(d.blocks[i].text)
		if len(s) <= len(t) || !strings.HasPrefix(s, t) || len(s) > 160 {
			continue
		}
		rest := strings.TrimSpace(s[len(t):])
		r, _ := utf8.DecodeRuneInString(rest)
		if (r == '·' || r == '|' || r == '-' || r == '—' || r == '–' || r == ',') && footerMark.MatchString(rest) {
			return true
		}
	}
	return false
}

// hanSiteKinds name a Chinese site's kind after its company's name:
// "云禾系统状态", "天目云服务健康状态", "江云帮助中心".
var hanSiteKinds = []string{"系统状态", "服务状态", "服务健康状态", "健康状态", "服务健康", "健康看板", "状态页", "状态中心", "帮助中心", "公告中心", "新闻中心", "官方微博", "技术博客", "开发者中心",
	// a newspaper's masthead ("金陵晚报", "玉溪晨报") and a company's blog
	// ("红杉科技公司博客")
	"日报", "晚报", "晨报", "早报", "商报", "时报", "都市报", "快报", "新闻网", "公司博客", "官网",
	// a team's tech blog ("汇明技术", "青禾技术团队", "云岫工程博客")
	"技术团队", "工程博客", "技术", "博客"}

// hanSiteName reports whether a Chinese title is a site's name by its
// shape: two to five Han characters of the company's name, then a kind
// of site (hanSiteKinds), and nothing else: no digit, no word of an
// incident before the kind.
func hanSiteName(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || !runesAtMost(t, 14) || strings.IndexFunc(t, isHan) < 0 {
		return false
	}
	for _, k := range hanSiteKinds {
		name, ok := strings.CutSuffix(t, k)
		if !ok {
			continue
		}
		n := utf8.RuneCountInString(name)
		if n < 2 || n > 5 || strings.IndexFunc(name, func(r rune) bool { return !isHan(r) }) >= 0 {
			return false
		}
		return !containsAny(name, titleIncidentWords) && !strings.ContainsAny(name, "故障异常中断事件")
	}
	return false
}

// navCrumb reports whether a line is a trail of a site's sections set
// apart by "›", "»" or " > ", two parts or more, each a menu's word
// (isNavWord) that opens with a capital or a Han character ("Service
// notices › Outages", "帮助中心 › 服务公告"): where the page stands,
// never what it tells. (isBreadcrumb wants three parts, or a record's
// number last.)
func navCrumb(line string) bool {
	if strings.Contains(line, " / ") && runesAtMost(line, 60) {
		// "Trust Center / Service event summaries": a trail set apart by
		// slashes that ends in a listing of the site's
		parts := strings.Split(line, " / ")
		last := strings.TrimSpace(parts[len(parts)-1])
		if len(parts) >= 2 && len(parts) <= 4 && listingCrumb.MatchString(last) {
			for _, p := range parts[:len(parts)-1] {
				if p = strings.TrimSpace(p); !isNavWord(p) {
					return false
				}
			}
			return true
		}
	}
	if !runesAtMost(line, 60) || !strings.Contains(line, "›") && !strings.Contains(line, "»") && !strings.Contains(line, " > ") {
		return false
	}
	parts := breadcrumbSep.Split(strings.TrimSpace(line), -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		r, _ := utf8.DecodeRuneInString(p)
		if !isNavWord(p) || !unicode.IsUpper(r) && !isHan(r) {
			return false
		}
	}
	return true
}

// dayAlone is a line that is only a day, without its year or with it,
// as a post's frame prints it on a line of its own ("Mar 6", "6 March
// 2026", "3月6日"): it dates the post, and names nothing.
var dayAlone = regexp.MustCompile(`^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?: \d{4})?|(?:\d{4}年)?\d{1,2}月\d{1,2}日)$`)

// isDayAlone is dayAlone.MatchString(line), asked only of a short line
// with a digit at its end.
func isDayAlone(line string) bool {
	n := len(line)
	return n >= 4 && n <= 20 && (isDigitByte(line[n-1]) || strings.HasSuffix(line, "日")) && dayAlone.MatchString(line)
}

// overCounts reports whether lines[i] stands right over a profile's
// counts that open with a figure ("12,408 followers", "3.1K followers
// 12 following"): the account's name, as a post's page prints it over
// the post.
func overCounts(lines []string, i int) bool {
	j := nextLine(lines, i)
	if j < 0 {
		return false
	}
	n := cleanSpace(lines[j])
	return n != "" && n[0] >= '0' && n[0] <= '9' && isProfileLine(n)
}

// ownSiteName reports whether a title is the site's name the page itself
// teaches: spelt by its hosts (siteByHost), repeated by its footer
// (siteByFooter), or of a Chinese site's shape (hanSiteName).
func ownSiteName(d *document, t string) bool {
	return hanSiteName(t) || siteByHost(d, t) || siteByFooter(d, t)
}

// seeMore is the link a post's page prints where it cut the post short
// ("…see more", "... Show more", "展开全文"): the page's control, never
// the post's title. (A news page's "Read more" heads its related
// stories: atMark reads it.)
var seeMore = regexp.MustCompile(`(?i)^(?:…|\.{3})?\s*(?:see|show) (?:more|less)$|^(?:…|\.{3})?\s*(?:展开全文|收起全文)$`)

// isSeeMore is seeMore.MatchString(line), asked only of a short line
// that ends as the control does.
func isSeeMore(line string) bool {
	return len(line) <= 20 && (strings.HasSuffix(line, "more") || strings.HasSuffix(line, "less") || strings.HasSuffix(line, "文") || strings.HasSuffix(line, "开") || strings.HasSuffix(line, "起")) && seeMore.MatchString(line)
}

// capsColumns reports whether a raw line is a letterhead or a running
// header laid out in three columns or more, set apart by wide gaps, in
// capitals alone ("THWAITE CLOUD      ROOT CAUSE ANALYSIS      PUBLIC"):
// the report's furniture, never its title. Each column holds two
// letters at least (not a post's counts, "♡ 2.1K   💬 486"), and none a
// Han character (a Chinese line has no capitals to tell it by).
func capsColumns(raw string) bool {
	raw = strings.TrimSpace(raw)
	if len(raw) < 12 || len(raw) > 200 || strings.Count(raw, "   ") < 2 {
		return false
	}
	if strings.IndexFunc(raw, func(r rune) bool { return unicode.IsLower(r) || isHan(r) }) >= 0 {
		return false
	}
	cols := wideGap.Split(raw, -1)
	if len(cols) < 3 {
		return false
	}
	for _, c := range cols {
		letters := 0
		for _, r := range c {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters < 2 {
			return false
		}
	}
	return true
}
