package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerplateSelectors are removed from every page before its main content
// is looked for.
const boilerplateSelectors = `script, style, noscript, template, iframe, svg, canvas, form, button, select, input, textarea,
nav, aside, footer, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]`

// boilerplateClass matches the class or id of page furniture: comment
// threads, share bars, related-article lists, sidebars, banners, and
// the permalink a documentation generator puts after each heading
// (Sphinx's and MkDocs' "headerlink", a "¶" that is no part of the name).
var boilerplateClass = gateRegexp(regexp.MustCompile(`(?i)(^|[-_ ])(comments?|comment-list|disqus|share|sharing|social|related|recommend(ed|ations)?|read-?more|more-posts|sidebar|side-bar|widget|newsletter|subscribe|cookie|consent|breadcrumbs?|crumbs|pagination|pager|post-nav|prev-next|advert|ads|ad-slot|promo|banner|popup|modal|footer|header-nav|navbar|menu|toolbar|byline-share|tags?-list|author-box|signup|headerlink)($|[-_ ])`))

// mainSelectors find the main content, best first.
var mainSelectors = []pageQuery{
	query("article", "article"), query("main", "main"), query("[role=main]", ""), query("[itemprop=articleBody]", ""),
	query(".post-content", ""), query(".entry-content", ""), query(".article-content", ""), query(".article-body", ""), query(".post-body", ""),
	query(".markdown-body", ""), query(".content", ""), query("#content", ""),
}

// selectors compiles CSS selectors once, as goquery's Find(string)
// compiles its selector on every call.
func selectors(sels ...string) []goquery.Matcher {
	out := make([]goquery.Matcher, len(sels))
	for i, s := range sels {
		out[i] = selector(s)
	}
	return out
}

// selector compiles one CSS selector, as goquery's Find(s) would.
func selector(s string) goquery.Matcher {
	m := cascadia.MustCompile(s)
	compiledSelectors = append(compiledSelectors, compiledSelector{s, m})
	return m
}

// compiledSelectors are the selectors compiled once, with their sources,
// for the test that asks each what Find(source) finds.
var compiledSelectors []compiledSelector

type compiledSelector struct {
	src string
	m   goquery.Matcher
}

// The selectors parseHTMLPage and its helpers ask of every page, compiled
// once.
var (
	selImage      = selector("img, svg")
	selHeader     = selector("header")
	selArticle    = selector("article, main")
	selNamed      = selector("[class], [id]")
	selPageFrame  = selector("html, body, article, main")
	selH1         = selector("h1")
	selIncident   = selector(".incident-name, .incident-title")
	selTitleClass = selector(titleClasses)
	selBadge      = selector(badgeClasses)
)

// The selectors asked of the whole page before its furniture goes, with
// the element each match is (its tag; "" for any): they are matched
// against the page's elements listed once (pageElements), not each by a
// walk of the page.
var (
	selSiteName  = query(`meta[property="og:site_name"]`, "meta")
	selAuthor    = query(`meta[name=author]`, "meta")
	selTitle     = query("title", "title")
	selOGTitle   = query(`meta[property="og:title"]`, "meta")
	selLogo      = query(logoSelectors, "img")
	selTextLogo  = query(textLogoSelectors, "a")
	selCrumb     = query(`[id*="breadcrumb"] li, [class*="breadcrumb"] li`, "li")
	selLink      = query("a[href]", "a")
	selByline    = query(bylineSelector, "")
	selAged      = query(`span[title]`, "span")
	selBoiler    = query(boilerplateSelectors, "")
	selBody      = query("body", "body")
	selPublished = []pageQuery{
		query(`meta[property="article:published_time"]`, "meta"), query(`meta[name="date"]`, "meta"), query(`meta[name="publishdate"]`, "meta"),
		query(`meta[itemprop="datePublished"]`, "meta"), query(`time[datetime]`, "time"),
	}
)

// pageQuery is a selector asked of a whole page, and the tag of the
// elements it matches ("" when any).
type pageQuery struct {
	m   goquery.Matcher
	tag string
}

// query compiles a pageQuery.
func query(src, tag string) pageQuery {
	q := pageQuery{selector(src), tag}
	pageQueries = append(pageQueries, compiledQuery{src, q})
	return q
}

// pageQueries are the pageQuery selectors with their sources, for the test
// that asks each what Find(source) finds.
var pageQueries []compiledQuery

type compiledQuery struct {
	src string
	q   pageQuery
}

// pageElements are a page's elements in document order, listed once, all
// and by tag.
type pageElements struct {
	all   []*html.Node
	byTag map[string][]*html.Node
}

// listElements lists the elements under root in document order, as
// goquery's Find walks them.
func listElements(root *goquery.Document) *pageElements {
	p := &pageElements{byTag: map[string][]*html.Node{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				p.all = append(p.all, c)
				p.byTag[c.Data] = append(p.byTag[c.Data], c)
			}
			walk(c)
		}
	}
	for _, n := range root.Nodes {
		walk(n)
	}
	return p
}

// find is what root.FindMatcher(q.m) finds: the elements q matches, in
// document order (a selector whose subject is a tag matches only elements
// of that tag, so only they are asked).
func (p *pageElements) find(q pageQuery) *goquery.Selection {
	among := p.all
	if q.tag != "" {
		among = p.byTag[q.tag]
	}
	var found []*html.Node
	for _, n := range among {
		if q.m.Match(n) {
			found = append(found, n)
		}
	}
	return &goquery.Selection{Nodes: found}
}

// replyAfterPost reports whether a comment (of class c) follows a first
// comment of its kind (its first class) that is a post of its own, 400
// characters or more: an issue tracker's page sets the text as the thread's first
// comment and the replies after it ("<div class="timeline-comment-group">"
// each). A page kept whole for its comments keeps the post, not the
// replies.
func replyAfterPost(s *goquery.Selection, c string) bool {
	if c == "" {
		return false
	}
	kind, _, _ := strings.Cut(strings.TrimSpace(c), " ") // its first class names the kind
	var first *html.Node
	for p := s.Nodes[0].PrevSibling; p != nil; p = p.PrevSibling {
		// (the nodes, not Prev's selections: a long thread asks this of
		// every comment)
		if p.Type == html.ElementNode && strings.HasPrefix(nodeAttr(p, "class")+" ", kind+" ") {
			first = p
		}
	}
	if first == nil {
		return false
	}
	return utf8.RuneCountInString(strings.TrimSpace((&goquery.Selection{Nodes: []*html.Node{first}}).Text())) >= 400
}

// nodeAttr is the value of n's attribute key, "" when it has none.
func nodeAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// commentClass matches the class or id of a comment thread.
var commentClass = gateRegexp(regexp.MustCompile(`(?i)(^|[-_ ])(comments?|comment-list|comment-tree|commtext|disqus)($|[-_ ])`))

// parseHTML parses a page, leaving out its furniture. A discussion page
// (a forum thread, a post on a news aggregator) whose comments hold what
// it says, status updates quoted among them, keeps its comments: the
// page says next to nothing without them.
func parseHTML(body []byte, contentType string) (*document, error) {
	body = toUTF8HTML(body, contentType)
	d, dropped, err := parseHTMLPage(body, contentType, false)
	if err != nil || dropped < 600 || told(d.blocks) >= 400 || dropped < 3*told(d.blocks) {
		return d, err
	}
	kept, _, err := parseHTMLPage(body, contentType, true)
	if err != nil {
		return d, nil
	}
	return kept, nil
}

// told counts the characters of a document's paragraphs and list items.
func told(blocks []block) int {
	n := 0
	for _, b := range blocks {
		if b.kind == kindPara || b.kind == kindItem {
			n += utf8.RuneCountInString(b.text)
		}
	}
	return n
}

// parseHTMLPage parses a page in UTF-8; it reports how many characters of
// comment threads it left out (none when it keeps them).
func parseHTMLPage(body []byte, contentType string, keepComments bool) (*document, int, error) {
	root, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, 0, err
	}
	d := &document{}
	dropped := 0
	els := listElements(root)
	d.published = htmlPublished(els)
	d.org = strings.TrimSpace(attr(els, selSiteName, "content"))
	if o := strings.TrimSpace(brandTail.ReplaceAllString(d.org, "")); o != "" {
		d.org = o // "Pennywort Status", "Acme Engineering Blog": the company's site
	}
	d.author = strings.TrimSpace(attr(els, selAuthor, "content"))
	headTitle := strings.TrimSpace(els.find(selTitle).First().Text())
	ogTitle := strings.TrimSpace(attr(els, selOGTitle, "content"))

	if alt, ok := els.find(selLogo).First().Attr("alt"); ok {
		d.brand = brandName(alt)
	} else if logo := els.find(selTextLogo).First(); logo.Length() > 0 && logo.FindMatcher(selImage).Length() == 0 {
		// a logo set as text, "<a href="/" class="logo">Corriedale
		// Hosting</a>": its words are the site's name as an image's alt is
		d.brand = brandName(logo.Text())
	}
	d.siteNames = htmlSiteNames(root, els)
	if d.brand != "" && (strings.EqualFold(cleanSpace(headTitle), d.brand) || strings.EqualFold(cleanSpace(ogTitle), d.brand)) {
		// the <title> (or og:title) is the logo's name alone, "Reeth
		// Logistics" over an image of it: two signs that it names the
		// site, never the page
		d.siteNames = append(d.siteNames, d.brand)
	}
	crumb := crumbRoot(els)
	els.find(selBoiler).Remove()
	// a <header> is page furniture unless it is the article's own header
	root.FindMatcher(selHeader).Each(func(_ int, s *goquery.Selection) {
		if s.ClosestMatcher(selArticle).Length() == 0 {
			s.Remove()
		}
	})
	root.FindMatcher(selNamed).Each(func(_ int, s *goquery.Selection) {
		if s.IsMatcher(selPageFrame) {
			return
		}
		c, _ := s.Attr("class")
		id, _ := s.Attr("id")
		if !boilerplateClass.MatchString(c) && !boilerplateClass.MatchString(id) {
			return
		}
		if commentClass.MatchString(c) || commentClass.MatchString(id) {
			if keepComments && !replyAfterPost(s, c) {
				return
			}
			dropped += utf8.RuneCountInString(strings.TrimSpace(s.Text()))
		}
		s.Remove()
	})

	main := pickMain(root, listElements(root)) // the page without its furniture
	// the title: the page's <h1>, a status page's incident name, og:title,
	// the <title> without the site's name; build takes the first that is
	// a title and not the site's furniture
	var cands []string
	main.FindMatcher(selH1).Each(func(_ int, s *goquery.Selection) {
		if len(cands) < 3 {
			cands = append(cands, cleanSpace(selText(s)))
		}
	})
	if len(cands) == 0 && headTitle != "" {
		// a generator's page (Asciidoctor, a wiki's skin) sets its <h1>
		// in a header block outside the content it marks as the page's:
		// the <h1> that the <title> repeats names the page, over a
		// block's caption inside the content ("Note", "Table 1. …")
		root.FindMatcher(selH1).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if h := cleanSpace(selText(s)); h != "" && (strings.EqualFold(h, cleanSpace(headTitle)) || strings.EqualFold(h, trimSiteName(cleanSpace(headTitle)))) {
				cands = append(cands, h)
				return false
			}
			return true
		})
	}
	main.FindMatcher(selIncident).Each(func(_ int, s *goquery.Selection) {
		if len(cands) < 5 {
			cands = append(cands, cleanSpace(selText(s)))
		}
	})
	// an element a document or a CMS names its title by class (a Google
	// Docs export's <p class="title">, a console's event-title), its
	// status badges left out
	titleClass := func(_ int, s *goquery.Selection) bool {
		c := s.Clone()
		c.FindMatcher(selBadge).Remove()
		if t := cleanSpace(selText(c)); t != "" && utf8.RuneCountInString(t) <= 150 {
			cands = append(cands, t)
			return false
		}
		return true
	}
	main.FindMatcher(selTitleClass).EachWithBreak(titleClass)
	if len(cands) == 0 {
		// the content a page marks as its own may leave out the article's
		// head ("post-title" over "post-body"): a title element outside it,
		// when the page has no <h1> and no incident's name
		root.FindMatcher(selTitleClass).EachWithBreak(func(i int, s *goquery.Selection) bool {
			return s.Closest("nav, footer, aside, head").Length() > 0 || titleClass(i, s)
		})
	}
	if h := headingBefore(main); h != "" && len(cands) > 0 && allSiteNames(cands, headTitle) {
		// the article's heading set just above what the page marks as
		// its content ("<h2>医保结算系统故障…</h2>" over "<div
		// class="content">"), under a masthead's <h1>: after the names
		// the content itself gives
		cands = append(cands, h)
	}
	hn := headName(headTitle)
	d.headKind = hn == "" && strings.TrimSpace(headTitle) != ""
	cands = append(cands, ogTitle, hn)
	for _, c := range cands {
		if c = crumbCut(strings.TrimSpace(c), crumb); c != "" {
			if d.title == "" {
				d.title = c
			} else {
				d.titles = append(d.titles, c)
			}
		}
	}
	for _, n := range main.Nodes {
		walkHTML(d, n)
	}
	d.blocks = cutAtEndMark(d.blocks)
	for i, b := range d.blocks {
		if i >= 4 {
			break
		}
		if m := wechatDateline.FindStringSubmatch(cleanSpace(b.text)); m != nil && b.kind == kindPara {
			// "原创 岭雀技术 2026-03-16 09:30" under a WeChat post's title:
			// its account
			d.readDateline(m)
			break
		}
	}
	affectedTitle(d)
	// the <h1> is the title, not a section heading ("What happened
	// during Thursday's outage" opens no section), under a post's tags
	// or kicker at most
	for i, b := range d.blocks {
		if i >= 4 {
			break
		}
		if b.kind == kindHeading && crumbCut(b.text, crumb) == cleanSpace(d.title) && (i == 0 || classifyHeading(b.text) != "") {
			d.blocks = append(d.blocks[:i:i], d.blocks[i+1:]...)
			break
		}
	}
	return d, dropped, nil
}

// listHeading is a heading over a list of incidents, not one of them:
// "Current and recent incidents", "Past events", "历史事件".
var listHeading = regexp.MustCompile(`(?i)^(?:(?:current|recent|past|previous|open|active|ongoing|resolved|all|latest|other|scheduled)(?:\s+(?:and|&|or)\s+(?:current|recent|past|previous|open|active|ongoing|resolved|scheduled))?\s+)+(?:incidents|events|issues|notices|announcements|updates|outages|maintenances?)$|^(?:历史|最近|近期|当前|全部)(?:事件|公告|故障|通知)$`)

// allSiteNames reports whether every title a page's content gives names
// its site, not a page: its <title>, a masthead's name ("东湖日报"), a
// brand.
func allSiteNames(cands []string, headTitle string) bool {
	for _, c := range cands {
		if c != cleanSpace(headTitle) && !hanSiteName(c) && !siteKindName(c) && !brandLike(c) {
			return false
		}
	}
	return true
}

// headingBefore is the text of the heading (h1 to h3) that stands right
// before a page's main content, among its previous siblings or theirs of
// its parent and grandparent, past a byline or two; "" when none does.
func headingBefore(main *goquery.Selection) string {
	if main.Length() == 0 {
		return ""
	}
	n := main.Nodes[0]
	for up := 0; up < 3 && n != nil; up, n = up+1, n.Parent {
		seen := 0
		for p := n.PrevSibling; p != nil && seen < 3; p = p.PrevSibling {
			if p.Type != html.ElementNode {
				continue
			}
			seen++
			switch p.DataAtom {
			case atom.H1, atom.H2, atom.H3:
				if t := cleanSpace(textOf(p)); t != "" && isTitleLine(t) && !listHeading.MatchString(t) {
					return t
				}
				return ""
			case atom.Nav, atom.Header, atom.Footer, atom.Aside:
				return ""
			}
		}
	}
	return ""
}

// affectedTitle puts right a title that is the product an incident
// affected, as a health dashboard heads its incident page ("<h1>Cloud
// Functions</h1>" over "Incident affecting Cloud Functions" and the
// incident's name): the name under that line is the title.
func affectedTitle(d *document) {
	for i, b := range d.blocks {
		if i >= 6 || i+1 >= len(d.blocks) {
			return
		}
		t := cleanSpace(b.text)
		if !affectingLine.MatchString(t) {
			continue
		}
		_, product, _ := strings.Cut(strings.ToLower(t), " affecting ")
		next := cleanSpace(d.blocks[i+1].text)
		if strings.TrimSpace(product) == strings.ToLower(cleanSpace(d.title)) && isTitleLine(next) && cleanTitle(next, "") != "" && !endsSentence(next) {
			d.titles = append([]string{d.title}, d.titles...)
			d.title = next
		}
		return
	}
}

// cutAtEndMark ends a page's blocks at the mark after which a post holds
// only what its site adds ("— END —", "往期推荐", "Related posts"), as
// the text of a page read as text is cut at it (atMark): after a post
// of 300 columns or more (toldWidth), past its first four blocks.
func cutAtEndMark(blocks []block) []block {
	for i, b := range blocks {
		if i < 4 || b.kind != kindPara && b.kind != kindHeading || b.label != "" {
			continue
		}
		if t := cleanSpace(b.text); len(t) <= 120 && endMarker.MatchString(t) && toldWidth(blocks[:i]) >= 300 {
			return blocks[:i]
		}
	}
	return blocks
}

// toldWidth is told in columns, a Chinese character two (textWidth).
func toldWidth(blocks []block) int {
	n := 0
	for _, b := range blocks {
		if b.kind == kindPara || b.kind == kindItem {
			n += textWidth(b.text)
		}
	}
	return n
}

// crumbRoot is the first item of a page's breadcrumbs (a wiki's space,
// "SRE" over "Postmortems › 2025"), read before they are removed.
func crumbRoot(els *pageElements) string {
	li := els.find(selCrumb).First()
	if t := cleanSpace(li.Text()); utf8.RuneCountInString(t) <= 40 {
		return t
	}
	return ""
}

// crumbCut takes the breadcrumbs' root off the front of a title: a wiki
// page is titled "SRE : Postmortem: …", its space's name first.
func crumbCut(title, crumb string) string {
	if crumb == "" || !strings.HasPrefix(title, crumb) {
		return title
	}
	rest := strings.TrimLeft(title[len(crumb):], " ")
	for _, sep := range []string{":", "-", "–", "|", "›", "»", "/"} {
		if r, ok := strings.CutPrefix(rest, sep); ok && strings.HasPrefix(r, " ") {
			if r = strings.TrimSpace(r); r != "" {
				return r
			}
		}
	}
	return title
}

// homeHref is a link to a site's home page: "/", "./", "index.html",
// "https://www.example.com/".
var homeHref = regexp.MustCompile(`(?i)^(?:\.?/|(?:\./|/)?index\.html?|https?://[^/?#]+/?)$`)

// copyrightHolder is the holder a page's copyright line names: "© 2025
// Brackenridge Cloud GmbH", "Copyright 2024 Acme Inc.", "© 2025 云鹏云计算有限公司".
var copyrightHolder = gateRegexp(regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([\p{L}\p{N}][\p{L}\p{N}&.,' -]{1,60}?)(?:\s*[·|｜]|\s+all rights|\s+版权所有|\s*$)`))

// htmlSiteNames are the names a page gives its own site: the text of its
// links home (a logo's words, "<a href="/">Brackenridge Cloud</a>") and
// the holder of its copyright. A title that is one of them names the
// site, not the incident.
func htmlSiteNames(root *goquery.Document, els *pageElements) []string {
	var names []string
	els.find(selLink).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		href, _ := s.Attr("href")
		if homeHref.MatchString(strings.TrimSpace(href)) {
			if t := cleanSpace(s.Text()); t != "" && utf8.RuneCountInString(t) <= 40 {
				names = append(names, t)
			}
		}
		return len(names) < 8
	})
	if m := copyrightHolder.FindStringSubmatch(cleanSpace(pageFoot(root, 600))); m != nil {
		names = append(names, strings.TrimSpace(m[1]))
	}
	return names
}

// pageFoot is the last n bytes or so of a page's text, where its
// copyright line stands, read from its last text nodes back.
func pageFoot(root *goquery.Document, n int) string {
	var parts []string
	size := 0
	var walk func(*html.Node) bool
	walk = func(x *html.Node) bool {
		for c := x.LastChild; c != nil; c = c.PrevSibling {
			switch {
			case c.Type == html.TextNode:
				if t := strings.TrimSpace(c.Data); t != "" {
					parts = append(parts, t)
					size += len(t)
				}
			case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style:
				if walk(c) {
					return true
				}
			}
			if size >= n {
				return true
			}
		}
		return false
	}
	for _, x := range root.Nodes {
		walk(x)
	}
	slices.Reverse(parts)
	return strings.Join(parts, " ")
}

// titleClasses are the classes pages give their title element.
const titleClasses = `.title, .doc-title, .post-title, .entry-title, .article-title, .page-title, .event-title, .incident-title-text, .art-title, .art_title, .news-title, .news_title, .article_title, .post_title, .detail-title, .detail_title, .content-title, .headline`

// badgeClasses are the status badges a title element may hold.
const badgeClasses = `.tag, .badge, .label, .status, .pill`

func attr(els *pageElements, q pageQuery, name string) string {
	v, _ := els.find(q).First().Attr(name)
	return v
}

// logoSelectors find a site's logo, whose alt text names the site.
const logoSelectors = `header img[alt], [class*=brand] img[alt], [class*=logo] img[alt], img[src*=logo][alt], img[class*=logo][alt], h1 a img[alt]`

// textLogoSelectors find a site's logo set as text: a link whose class
// names it the logo or the brand.
const textLogoSelectors = `a[class*=logo], a[class*=brand]`

// pickMain returns the main content: the first selector that finds an
// element holding at least a third of the page's text, else the body.
func pickMain(root *goquery.Document, els *pageElements) *goquery.Selection {
	body := els.find(selBody)
	if body.Length() == 0 {
		body = root.Selection
	}
	total := trimmedTextLen(body)
	for _, sel := range mainSelectors {
		var best *goquery.Selection
		bestLen := 0
		els.find(sel).Each(func(_ int, s *goquery.Selection) {
			if n := trimmedTextLen(s); n > bestLen {
				best, bestLen = s, n
			}
		})
		if best != nil && bestLen*3 >= total && bestLen > 200 {
			return best
		}
	}
	return body
}

// trimmedTextLen is len(strings.TrimSpace(sel.Text())), read from the
// text nodes where they lie: pickMain weighs the body and every
// candidate for the main text by it, and joining their texts only to
// measure them made a copy of most of the page for each. The spaces
// trimmed are those at the start of the first text nodes and at the end
// of the last ones; a node that is no UTF-8 among those read (where a
// rune could run across two nodes) leaves the answer to the joined text.
func trimmedTextLen(sel *goquery.Selection) int {
	total := 0
	for _, n := range sel.Nodes {
		total += textLen(n)
	}
	lead, ok := 0, true
	done := false
	for _, n := range sel.Nodes {
		if done = spaceRun(n, false, &lead, &ok); done {
			break
		}
	}
	if !ok {
		return len(strings.TrimSpace(sel.Text()))
	}
	if !done {
		return 0 // spaces only
	}
	trail := 0
	for i := len(sel.Nodes) - 1; i >= 0; i-- {
		if spaceRun(sel.Nodes[i], true, &trail, &ok) {
			break
		}
	}
	if !ok {
		return len(strings.TrimSpace(sel.Text()))
	}
	return total - lead - trail
}

// textLen is the length of the text of n and its descendants, as
// goquery's Text joins it.
func textLen(n *html.Node) int {
	l := 0
	if n.Type == html.TextNode {
		l = len(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l += textLen(c)
	}
	return l
}

// spaceRun adds to *run the spaces the text of n starts with (ends with,
// when fromEnd), and reports whether it holds more than spaces; *ok is
// cleared where a text node read is no UTF-8.
func spaceRun(n *html.Node, fromEnd bool, run *int, ok *bool) bool {
	if n.Type == html.TextNode {
		if !utf8.ValidString(n.Data) {
			*ok = false
			return true
		}
		t := strings.TrimLeftFunc(n.Data, unicode.IsSpace)
		if fromEnd {
			t = strings.TrimRightFunc(n.Data, unicode.IsSpace)
		}
		*run += len(n.Data) - len(t)
		if t != "" {
			return true
		}
	}
	if fromEnd {
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			if spaceRun(c, true, run, ok) {
				return true
			}
		}
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if spaceRun(c, false, run, ok) {
			return true
		}
	}
	return false
}

var siteSep = regexp.MustCompile(`\s+[|\-–—_·]\s+|_`)

// siteParts splits a page's name at its site's separators (siteSep), and
// a Chinese name at a bare "-" or "|" between Han characters too
// ("公告详情-青筠云", "玉溪晨报|民生"): Chinese sites set no spaces
// around them.
func siteParts(t string) []string {
	return siteSep.Split(hanSeps(t), -1)
}

// hanSeps spaces a bare "-", "|" or "｜" out where a Han character
// stands on either side of it, so siteSep splits there.
func hanSeps(t string) string {
	if strings.IndexFunc(t, isHan) < 0 {
		return t
	}
	r := []rune(t)
	var b strings.Builder
	for i, c := range r {
		if c == '｜' {
			c = '|'
		}
		if (c == '-' || c == '|') && i > 0 && i+1 < len(r) && !unicode.IsSpace(r[i-1]) && !unicode.IsSpace(r[i+1]) && (isHan(r[i-1]) || isHan(r[i+1])) {
			b.WriteString(" " + string(c) + " ")
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// trimSiteName drops " | Site name" from a <title>, keeping the longest part.
// headName is what a page's <title> names: its longest part (trimSiteName),
// or nothing when one part is a kind of page and none names an incident
// ("Release notes – Tansley Managed Databases | Tansley Cloud Docs",
// "Trust Center | Brand Platform": a page of the site, the product's and
// the site's names beside it).
func headName(t string) string {
	parts := siteParts(t)
	if len(parts) > 1 {
		kind, named := false, false
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" {
				kind = kind || genericTitle(p)
				named = named || namedLine(p)
			}
		}
		if kind && !named {
			return ""
		}
	}
	return trimSiteName(t)
}

func trimSiteName(t string) string {
	parts := siteParts(t)
	best := t
	if len(parts) > 1 {
		best = ""
		for _, p := range parts {
			if len(strings.TrimSpace(p)) > len(best) {
				best = strings.TrimSpace(p)
			}
		}
	}
	return best
}

var dateAttr = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

func htmlPublished(els *pageElements) string {
	cands := []string{
		attr(els, selPublished[0], "content"),
		attr(els, selPublished[1], "content"),
		attr(els, selPublished[2], "content"),
		attr(els, selPublished[3], "content"),
		attr(els, selPublished[4], "datetime"),
	}
	for _, c := range cands {
		if m := dateAttr.FindString(strings.TrimSpace(c)); m != "" {
			return m
		}
	}
	// a byline a CMS marks by its class, outside the article's text:
	// <div class="info"><span>2025-04-03 09:15</span> <span>来源：…</span>
	found := ""
	els.find(selByline).EachWithBreak(func(_ int, sel *goquery.Selection) bool {
		t := strings.TrimSpace(sel.Text())
		if t == "" || utf8.RuneCountInString(t) > 80 {
			return true
		}
		found = normalizeDate(t)
		if found == "" && utf8.RuneCountInString(t) <= 20 {
			// a forum's short or relative date ("Nov 24", "4 hours ago")
			// with the full one in its tooltip: <span class="relative-date"
			// title="Nov 24, 2026 10:02 am">
			found = tooltipDate(sel)
		}
		return found == ""
	})
	if found == "" {
		// a thread's age ("4 hours ago") under its title, the time it
		// was posted in its tooltip (<span class="age"
		// title="2026-11-30T16:21:05">): the first dates the page
		els.find(selAged).EachWithBreak(func(_ int, sel *goquery.Selection) bool {
			if t := strings.TrimSpace(sel.Text()); utf8.RuneCountInString(t) <= 20 && strings.HasSuffix(strings.ToLower(t), " ago") {
				found = tooltipDate(sel)
			}
			return found == ""
		})
	}
	return found
}

// tooltipDate is the full date an element's title attribute gives, or
// that of an element inside it ("" when none): "Nov 24, 2026 10:02 am",
// "2026-11-30T16:21:05".
func tooltipDate(sel *goquery.Selection) string {
	tip, ok := sel.Attr("title")
	if !ok {
		tip, ok = sel.Find("[title]").First().Attr("title")
	}
	if !ok || len(tip) > 60 {
		return ""
	}
	tip = strings.TrimSpace(tip)
	if m := dateAttr.FindString(tip); m != "" {
		return m
	}
	return normalizeDate(tip)
}

// bylineSelector finds the elements that hold a page's byline by the
// names CMSes give them.
const bylineSelector = `[class*="byline"], [class*="date"], [class*="time"], [class*="post-meta"], [class*="article-meta"], [class*="info"], [id*="byline"], [id*="date"]`

func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Ul, atom.Ol, atom.Li,
		atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Pre, atom.Blockquote, atom.Dl, atom.Dt, atom.Dd, atom.Figure,
		atom.Figcaption, atom.Hr, atom.Br, atom.Details, atom.Summary, atom.Caption, atom.Center, atom.Nav, atom.Footer, atom.Aside:
		return true
	}
	return false
}

// walkHTML emits the blocks of n's subtree. Inline content between block
// elements becomes paragraphs.
func walkHTML(d *document, n *html.Node) {
	var inline strings.Builder
	flush := func() {
		if s := inline.String(); strings.TrimSpace(s) != "" {
			d.add(labelled(block{kind: kindPara, text: s}))
		}
		inline.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			inline.WriteString(c.Data)
			continue
		case html.ElementNode:
		default:
			continue
		}
		if preWrap(c) {
			// text whose line breaks the page shows ("<span
			// class="whitespace-pre-wrap">"): a status update's
			// postmortem, a line each
			flush()
			preLines(d, c)
			continue
		}
		if !isBlockAtom(c.DataAtom) {
			if customContainer(c) {
				flush()
				walkHTML(d, c)
				continue
			}
			inline.WriteString(textOf(c))
			continue
		}
		flush()
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			d.add(block{kind: kindHeading, level: int(c.Data[1] - '0'), text: textOf(c)})
		case atom.Li:
			var own strings.Builder
			var nested []*html.Node
			for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
				if cc.Type == html.ElementNode && (cc.DataAtom == atom.Ul || cc.DataAtom == atom.Ol) {
					nested = append(nested, cc)
					continue
				}
				if cc.Type == html.ElementNode && isBlockAtom(cc.DataAtom) {
					own.WriteString(" ")
					own.WriteString(textOf(cc))
					own.WriteString(" ")
					continue
				}
				own.WriteString(textOf(cc))
			}
			d.add(labelled(block{kind: kindItem, text: own.String()}))
			for _, nn := range nested {
				walkHTML(d, nn)
			}
		case atom.Tr:
			if t, ok := sectionHeadRow(c); ok {
				// "<tr><td><b>Root Cause</b></td></tr>" over a row that
				// holds the text: a printable view's section, set in a
				// table of one column
				d.add(block{kind: kindHeading, level: 4, text: t})
				continue
			}
			if layoutRow(c) {
				// a table that lays out a page (a forum's thread in
				// nested tables), not one of data: its cells are blocks
				walkHTML(d, c)
				continue
			}
			var cells []string
			var report *html.Node
			for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
				if cc.Type == html.ElementNode && (cc.DataAtom == atom.Td || cc.DataAtom == atom.Th) {
					if nextCell(cc.NextSibling) != nil {
						cells = append(cells, cleanSpace(textOf(cc)))
						continue
					}
					if first, ok := reportCell(cc); ok {
						// the last cell holds a report in sections (a status
						// page's update that is the incident report): the
						// row keeps its first line, the sections are blocks
						cells = append(cells, first)
						report = cc
						continue
					}
					cells = append(cells, cleanSpace(textOf(cc)))
				}
			}
			d.add(tableRow(cells))
			if report != nil {
				walkHTML(d, report)
			}
		case atom.Dl:
			pairs := termPairs(c)
			if pairs == nil {
				walkHTML(d, c)
				continue
			}
			for _, p := range pairs {
				// "<dt>Began</dt><dd>07 Apr 2025 14:18 UTC</dd>": a
				// record's field, read as a row of two cells
				d.add(tableRow(p[:]))
			}
		case atom.P, atom.Pre, atom.Blockquote, atom.Dt, atom.Dd, atom.Figcaption, atom.Caption, atom.Summary:
			if hasBlockChild(c) && c.DataAtom != atom.P {
				walkHTML(d, c)
			} else if t := cleanSpace(textOf(c)); c.DataAtom == atom.P && boldAlone(c) && (sectionNameLength(t) || sectionQuestion(t)) && classifyHeading(t) != "" && classifyHeading(t) != secBoilerplate {
				// "<p><strong>Root cause</strong></p>", "<p><strong>What
				// went wrong and why?</strong></p>": a section's name set
				// in bold stands for its heading
				d.add(block{kind: kindHeading, level: 4, text: t})
			} else {
				d.add(labelled(block{kind: kindPara, text: textOf(c), bold: c.DataAtom == atom.P && boldAlone(c), code: preCode(c)}))
			}
		case atom.Hr, atom.Br:
		default:
			walkHTML(d, c)
		}
	}
	flush()
}

// preCode reports whether an element is a block of code: a <pre> that
// holds a <code> and no other element ("<pre><code>{"level":"error",…}</code></pre>").
// A <pre> of plain text (a mailing list's message, a notice kept as typed)
// is the write-up's own.
func preCode(n *html.Node) bool {
	if n.DataAtom != atom.Pre {
		return false
	}
	code := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Code:
			code = true
		case c.Type == html.ElementNode, c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		}
	}
	return code
}

// preWrap reports whether an element keeps the line breaks of its text,
// as its class or style tells the browser to ("whitespace-pre-wrap",
// "white-space: pre-line"), and holds several lines and no blocks.
func preWrap(n *html.Node) bool {
	if n.DataAtom == atom.Pre || n.DataAtom != atom.Span && n.DataAtom != atom.Div && n.DataAtom != atom.P {
		return false
	}
	keeps := false
	for _, a := range n.Attr {
		v := strings.ToLower(a.Val)
		switch a.Key {
		case "class":
			keeps = keeps || strings.Contains(v, "pre-wrap") || strings.Contains(v, "pre-line")
		case "style":
			keeps = keeps || strings.Contains(v, "white-space") && (strings.Contains(v, "pre-wrap") || strings.Contains(v, "pre-line"))
		}
	}
	if !keeps || hasBlockChild(n) {
		return false
	}
	return strings.Count(strings.TrimSpace(textOf(n)), "\n") >= 2
}

// preLines emits the lines of an element that keeps its line breaks: a
// line of bold text alone that names a section is its heading ("<strong>Root
// cause</strong>"), a line led by a dash or bullet a list item, any other
// line a paragraph.
func preLines(d *document, n *html.Node) {
	var line strings.Builder
	bold, plain := false, false // what the line holds: bold text, other text
	emit := func() {
		t := cleanSpace(line.String())
		line.Reset()
		boldOnly := bold && !plain
		bold, plain = false, false
		if t == "" {
			return
		}
		if (boldOnly || !strings.ContainsAny(t, ".,:;，。：；")) && sectionNameLength(t) && classifyHeading(t) != "" && classifyHeading(t) != secBoilerplate {
			// (a section's name alone on its line, bold or not: "Root
			// cause" over its paragraph)
			d.add(block{kind: kindHeading, level: 4, text: t})
			return
		}
		if rest, ok := bulletLead(t); ok {
			d.add(labelled(block{kind: kindItem, text: rest}))
			return
		}
		d.add(labelled(block{kind: kindPara, text: t, bold: boldOnly}))
	}
	var rec func(c *html.Node, inBold bool)
	rec = func(c *html.Node, inBold bool) {
		switch c.Type {
		case html.TextNode:
			parts := strings.Split(c.Data, "\n")
			for k, p := range parts {
				if k > 0 {
					emit()
				}
				if strings.TrimSpace(p) != "" {
					if inBold {
						bold = true
					} else {
						plain = true
					}
				}
				line.WriteString(p)
			}
		case html.ElementNode:
			if c.DataAtom == atom.Br {
				emit()
				return
			}
			b := inBold || c.DataAtom == atom.Strong || c.DataAtom == atom.B
			for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
				rec(cc, b)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		rec(c, false)
	}
	emit()
}

// bulletLead cuts the dash or bullet that opens a line of a list typed as
// text ("- We have fixed …", "• …").
func bulletLead(t string) (string, bool) {
	for _, b := range []string{"- ", "* ", "• ", "· ", "– "} {
		if rest, ok := strings.CutPrefix(t, b); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// termPairs reads a <dl> of fields, each a short <dt> followed by one
// <dd>, none holding blocks of its own, as its name and value pairs; nil
// for any other list (a glossary of long definitions, a <dt> alone).
func termPairs(dl *html.Node) [][2]string {
	var pairs [][2]string
	name := ""
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				return nil
			}
			continue
		}
		if c.DataAtom == atom.Div {
			return nil // the fields are grouped in <div>s: read them as blocks
		}
		if c.DataAtom != atom.Dt && c.DataAtom != atom.Dd || hasBlockChild(c) {
			return nil
		}
		t := cleanSpace(textOf(c))
		if c.DataAtom == atom.Dt {
			if name != "" || t == "" || utf8.RuneCountInString(t) > 40 {
				return nil
			}
			name = t
			continue
		}
		if name == "" || utf8.RuneCountInString(t) > 300 {
			return nil
		}
		pairs = append(pairs, [2]string{name, t})
		name = ""
	}
	if name != "" {
		return nil
	}
	return pairs
}

// nextCell is the first <td> or <th> from n on, or nil.
func nextCell(n *html.Node) *html.Node {
	for ; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
			return n
		}
	}
	return nil
}

// reportCell reports whether a table cell holds a report in sections:
// two or more of its children are headings, or paragraphs of bold text
// alone, that name a section ("Summary", "Root cause"). first is the
// text of its first child.
func reportCell(td *html.Node) (first string, ok bool) {
	named := 0
	var firstEl *html.Node
	for c := td.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if firstEl == nil {
			firstEl = c
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		case atom.P:
			if !boldAlone(c) {
				if label := boldLabel(c); label != "" {
					// "<p><strong>Description:</strong> A new version …":
					// a section named inline, as a mini report lays it out
					if sec := classifyHeading(label); sec != "" && sec != secBoilerplate {
						named++
					}
				}
				continue
			}
		default:
			continue
		}
		if t := cleanSpace(textOf(c)); sectionNameLength(t) {
			if sec := classifyHeading(t); sec != "" && sec != secBoilerplate {
				named++
			}
		}
	}
	if named < 2 {
		return "", false
	}
	return cleanSpace(textOf(firstEl)), true
}

// boldLabel is the label a paragraph opens with in bold, without its
// colon ("Description" of "<p><b>Description:</b> A new version …"); ""
// when it opens otherwise or the label is a sentence's length.
func boldLabel(p *html.Node) string {
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if c.Type != html.ElementNode || c.DataAtom != atom.Strong && c.DataAtom != atom.B {
			return ""
		}
		t := cleanSpace(textOf(c))
		label, ok := strings.CutSuffix(t, ":")
		if !ok {
			label, ok = strings.CutSuffix(t, "：")
		}
		if !ok || !sectionNameLength(strings.TrimSpace(label)) {
			return ""
		}
		return strings.TrimSpace(label)
	}
	return ""
}

// boldAlone reports whether a paragraph holds only bold text.
func boldAlone(p *html.Node) bool {
	seen := false
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B):
			seen = true
		default:
			return false
		}
	}
	return seen
}

// sectionHeadRow reports whether a table row is a section's heading: its
// one cell holds only a section's name set in bold or as a header cell
// ("<tr><td bgcolor=…><b>Root Cause</b></td></tr>"), as an issue
// tracker's printable view or an e-mail laid out in tables sets it.
func sectionHeadRow(tr *html.Node) (string, bool) {
	var cell *html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && cell == nil:
			cell = c
		default:
			return "", false
		}
	}
	if cell == nil || cell.DataAtom != atom.Th && !boldAlone(cell) {
		return "", false
	}
	t := cleanSpace(textOf(cell))
	if !sectionNameLength(t) {
		return "", false
	}
	if sec := classifyHeading(t); sec == "" || sec == secBoilerplate {
		return "", false
	}
	return t, true
}

// layoutRow reports whether a table row lays out a page: one of its
// cells holds a table of its own, or, in a table without a header row,
// a division or a paragraph (a forum's thread in nested tables). A
// table of updates whose description cells hold paragraphs has headers.
func layoutRow(tr *html.Node) bool {
	blocky := false
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
			if cc.Type != html.ElementNode {
				continue
			}
			switch cc.DataAtom {
			case atom.Table:
				return true
			case atom.Div, atom.P, atom.Center:
				blocky = true
			}
		}
	}
	if !blocky {
		return false
	}
	for t := tr.Parent; t != nil; t = t.Parent {
		if t.Type == html.ElementNode && t.DataAtom == atom.Table {
			return !headedTable(t)
		}
	}
	return true
}

// headedTable reports whether a table has a header: a <thead>, or a first
// row of <th> cells.
func headedTable(t *html.Node) bool {
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Thead:
			return true
		case atom.Tbody:
			return headedTable(c)
		case atom.Tr:
			for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
				if cc.Type == html.ElementNode && cc.DataAtom == atom.Th {
					return true
				}
			}
			return false
		}
	}
	return false
}

// customContainer reports whether n is a custom element (a name with a
// hyphen, which no element of HTML has: GitHub's "<task-lists>",
// "<turbo-frame>") that holds blocks: it lays them out, its text is no
// inline run.
func customContainer(n *html.Node) bool {
	return n.DataAtom == 0 && strings.IndexByte(n.Data, '-') > 0 && hasBlockChild(n)
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockAtom(c.DataAtom) && c.DataAtom != atom.Br {
			return true
		}
	}
	return false
}

// selText is the text of a selection's nodes (textOf: a <br> is a space,
// "Duplicate charges for<br>annual plan renewals"), as goquery's Text
// gives it otherwise.
func selText(s *goquery.Selection) string {
	var b strings.Builder
	for _, n := range s.Nodes {
		b.WriteString(textOf(n))
	}
	return b.String()
}

// textOf returns the text of n's subtree, with <br> as a space.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if n.DataAtom == atom.Br {
				b.WriteByte(' ')
				return
			}
			block := isBlockAtom(n.DataAtom)
			if block {
				b.WriteByte(' ')
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				rec(c)
			}
			if block {
				b.WriteByte(' ')
			}
		}
	}
	rec(n)
	return b.String()
}
