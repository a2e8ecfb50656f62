package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// A status thread saved from a social site (X, Mastodon, Bluesky) prints
// each post as the author's name, the handle, maybe "Replying to
// @handle", the post's text, then the line that says when it was posted:
// "9:12 AM · Feb 18, 2025 · 48.2K Views". The time comes after the text
// it dates, so the timeline, reading times before their text, would give
// each time the next post's name and handle, and the title picked would be
// a name, a handle or a line of the site's sidebar.

var (
	// postStampParts reads a post's stamp: its clock, its day, and the
	// views after them.
	postStampParts = regexp.MustCompile(`(?i)^(\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)\s*·\s*([a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})(?:\s*·\s*[\d.,]+[km]?\s+views?)?$`)
	// postHandle is a line that is only a handle: "@GlimmerlakeOps".
	postHandle = regexp.MustCompile(`^@\w{1,30}$`)
	// postCounter is the "1/3" a thread puts after each of its posts.
	postCounter = regexp.MustCompile(`\s+\d{1,2}/\d{1,2}$`)
)

// postStamp reads a line that is only a post's stamp (postStampParts'
// match), nil for any other; the middle dot every stamp holds is looked
// for first.
func postStamp(line string) []string {
	if !strings.Contains(line, "·") {
		return nil
	}
	return postStampParts.FindStringSubmatch(cleanSpace(line))
}

// socialCounts is a row of a post's counts: "212 Reposts 96 Quotes 388
// Likes 41 Bookmarks", "14 Replies · 52 Reposts", a Mastodon post's "12 boosts ·
// 4 favourites".
var socialCounts = regexp.MustCompile(`(?i)^(?:[\d.,]+[km]?\s+(?:reposts?|retweets?|boosts?|quotes?|likes?|favou?rites?|bookmarks?|views?|replies|comments?|shares?)\b\s*(?:·\s*)?){2,}$`)

// minPosts is how many posts' stamps make a page a thread of posts.
const minPosts = 2

// socialThread rewrites the lines of a thread of posts so that each post
// is one list item that opens with its day and time, "- Feb 18, 2025 9:12 AM
// We're investigating …", as a status page's updates read, under a title
// line: the first post's first sentence. The author's name and handle
// over each post, "Replying to @…", the "1/3" counters and the site's
// sidebar after the last post go. day is the first post's day, which
// dates the thread. Lines of a page with fewer than minPosts stamps are
// returned as they are.
func socialThread(lines []string) (_ []string, day string) {
	n := 0
	for _, l := range lines {
		if postStamp(l) != nil {
			if n++; n >= minPosts {
				break
			}
		}
	}
	if n < minPosts {
		return headedThread(lines)
	}
	var out, posts []string
	start := 0 // the first line of the post being read
	title, author := "", ""
	for i, raw := range lines {
		m := postStamp(raw)
		if m == nil {
			continue
		}
		// the post's text is what follows its handle; above the handle
		// are the author's name and, before the first post, the page's
		// own lines
		from := -1
		for j := i - 1; j >= start; j-- {
			if postHandle.MatchString(cleanSpace(lines[j])) {
				from = j + 1
				break
			}
		}
		if from < 0 {
			return lines, "" // a stamp with no handle over it: not a thread as saved from a social site
		}
		if len(posts) == 0 {
			top := from - 1
			if k := top - 1; k >= start && cleanSpace(lines[k]) != "" {
				top = k // the author's name over the handle
			}
			out = append(out, lines[start:top]...)
			day = m[2] // the thread's first post dates it
			author = strings.TrimSpace(strings.Join([]string{cleanSpace(lines[top]), cleanSpace(lines[from-1])}, " "))
		}
		var text []string
		for _, l := range lines[from:i] {
			if t := cleanSpace(l); t != "" && !isDebris(t) {
				text = append(text, postCounter.ReplaceAllString(t, ""))
			}
		}
		if len(text) > 0 {
			body := strings.Join(text, " ")
			if title == "" {
				title = threadTitle(sentences(body)[0])
			}
			posts = append(posts, "- "+m[2]+" "+m[1]+" "+body)
		}
		start = i + 1
	}
	if title != "" {
		out = append(out, title, "")
	}
	out = append(out, posts...)
	if author != "" {
		// the thread's author stays in the text, after the posts (above
		// them, a name would be taken for the title): who told it
		out = append(out, "", "Posted by "+author+".", "")
	}
	tail := lines[start:]
	if slices.ContainsFunc(tail, func(l string) bool { return sidebarHead.MatchString(cleanSpace(l)) }) {
		// after the last post, the site's sidebar for readers not logged
		// in ("New to X?", "Relevant people" and their profiles)
		return out, day
	}
	return append(out, tail...), day
}

// socialChrome is what a social site shows a reader who is not logged in
// around a thread, line by line: "New to X?", "Don't miss what's
// happening", "Sign up with Apple", "Relevant people".
var socialChrome = gateRegexp(regexp.MustCompile(`(?i)^(?:new to (?:x|twitter|bluesky|mastodon)\?|don[’']t miss what[’']s happening|people on (?:x|twitter) are the first to know\.?|sign up now to get your own personali[sz]ed timeline!?|sign up with (?:apple|google|email)|by signing up, you agree to the terms of service\b.*|create account|log in|sign up)$`))

// sidebarHead heads a social site's sidebar of suggested accounts, whose
// names and profiles follow it: "Relevant people", "Who to follow".
var sidebarHead = regexp.MustCompile(`(?i)^(?:relevant people|who to follow|you might like|trending now|what[’']s happening)$`)

// maxPostTitle is how long, in runes, a title cut from a post may be.
const maxPostTitle = 100

// threadTitle is a thread's title cut from its first post's first sentence:
// without its full stop, and, when longer than maxPostTitle, up to the
// last comma before that ("Some customers are seeing images fail to load
// on sites hosted with us, so pages look broken" keeps its first clause).
func threadTitle(sent string) string {
	t := strings.TrimRight(strings.TrimSpace(sent), ".!")
	if r := []rune(t); len(r) > maxPostTitle {
		head := string(r[:maxPostTitle])
		if k := strings.LastIndex(head, ", "); k > 0 {
			return head[:k]
		}
		return ""
	}
	return t
}

// accountHandle is a line that is only an account's handle, as the
// profile over a site's posts prints it under the account's name:
// "@GlimmerlakeOps", "@status.grebetransit.example" (Bluesky),
// "@status@puffin.social" (Mastodon).
var accountHandle = regexp.MustCompile(`^@[\w.-]{1,60}(?:@[\w.-]{2,60})?$`)

// overHandle reports whether lines[i] stands right over a line that is
// only a handle (accountHandle): the name of the account a profile or a
// post is by.
func overHandle(lines []string, i int) bool {
	if isPostByline(lines[i]) {
		return true // the byline over a post names its account too
	}
	j := nextLine(lines, i)
	return j >= 0 && handleLine(lines[j])
}

// handleLine reports whether a raw line is only a handle
// (accountHandle), its "@" asked first.
func handleLine(raw string) bool {
	return strings.HasPrefix(strings.TrimSpace(raw), "@") && accountHandle.MatchString(cleanSpace(raw))
}

// profileHead reports whether lines[i] is a profile's name over its
// handle, a post's byline (overHandle) or the profile's description
// (profileBio): the account's, never the incident's title.
func profileHead(lines []string, i int) bool {
	return overHandle(lines, i) || profileBio(lines, i) || overCounts(lines, i)
}

// profileBio reports whether lines[i] is a profile's description, under
// its handle and over its counts ("@status.grebe.example" / "Service
// updates for Grebe Transit's app …" / "3.1K followers  12 following"):
// what the account is for, not what happened.
func profileBio(lines []string, i int) bool {
	p, n := prevLine(lines, i), nextLine(lines, i)
	return p >= 0 && n >= 0 && handleLine(lines[p]) && isProfileLine(cleanSpace(lines[n]))
}

// postByline is the line over a post that names its author, the handle
// and when it was posted: "Grebe Transit @status.grebe.example · Mar 2".
// It dates the post (the timeline reads it), but names no incident.
var postByline = regexp.MustCompile(`^[^@·]{1,40}\s@[\w.@-]{2,60}\s*·\s*[^·]{1,30}$`)

// isPostByline reports whether a line is a post's byline (postByline),
// the cheap tests first.
func isPostByline(line string) bool {
	return strings.Contains(line, " @") && strings.Contains(line, "·") && postByline.MatchString(cleanSpace(line))
}

// bylineThread rewrites a thread saved from a site that prints each
// post's byline over its text, with the day and the clock ("Puffin Status
// @status@puffin.social · Nov 12, 2025, 20:14" / "🔴 Media uploads are
// failing …"): each post opens a list item with its time, "- Nov 12, 2025,
// 20:14 🔴 Media uploads are failing …", as socialThread writes X's, under
// a title line, the first post's first sentence; the bylines go. first is
// the first post, which sums up the thread (a site's footer may be its
// only paragraph).
// A page with fewer than minPosts such bylines is returned as it is, and
// so is a byline with no clock ("· Mar 2": Bluesky dates its posts under
// them).
func bylineThread(lines []string) (_ []string, first string) {
	n := 0
	for _, l := range lines {
		if isPostByline(l) && hasClockColon(l) || chatStamp(l) != "" {
			n++
		}
	}
	if n < minPosts {
		return lines, ""
	}
	order := chatDayOrder(lines)
	out := make([]string, 0, len(lines)+2)
	titled := false
	for i := 0; i < len(lines); i++ {
		l := cleanSpace(lines[i])
		j := nextLine(lines, i)
		chat := chatStamp(lines[i])
		if chat != "" {
			chat = chatISO(chat, order)
		}
		if j < 0 || chat == "" && (!isPostByline(l) || !hasClockColon(l)) {
			out = append(out, lines[i])
			continue
		}
		when := chat
		if when == "" {
			when = strings.TrimSpace(l[strings.LastIndex(l, "·")+len("·"):])
		}
		body := cleanSpace(lines[j])
		if !titled {
			// the first post's first sentence names the thread, as
			// socialThread names X's; a chat's first message, a bot's
			// declaring the incident, names it after its id
			// ("📣 INC-2291 declared (SEV-1): Card authorisations …")
			t := threadTitle(sentences(body)[0])
			if chat != "" {
				// (over the export's own header: "Microsoft Teams –
				// Channel export", its team's and channel's names)
				out = append([]string{declaredName(t), ""}, out...)
			} else {
				out = append(out, t, "")
			}
			titled, first = true, body
		}
		out = append(out, "- "+when+" "+body)
		i = j
	}
	return out, first
}

// chatByline is the line over a message in a chat channel's export
// (Teams, Slack, Mattermost): the speaker's name, then, after wide spaces,
// the day and the clock it was posted: "Priya Nair  14/11/2026 09:11",
// "IncidentBot   2026-11-14 09:09", "Dana Reyes  11/14/2026 9:09 AM".
var chatByline = regexp.MustCompile(`^\s*[^\s\d@·|:][^\d@·|:]{0,40}?\s{2,}((?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)\s*$`)

// chatStamp is the day and clock of a chat export's message line
// (chatByline), "" for any other line; the cheap tests first.
func chatStamp(raw string) string {
	if len(raw) > 90 || !strings.Contains(raw, "  ") || !hasClockColon(raw) {
		return ""
	}
	if m := chatByline.FindStringSubmatch(raw); m != nil {
		return m[1]
	}
	return ""
}

// chatSlashDay is a chat stamp's day written with slashes, its two first
// numbers in either order: "10/02/2026 2:05 PM", "14/11/2026 09:11".
var chatSlashDay = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),?\s+(.*)$`)

// chatDayOrder tells how an export writes its days with slashes: 'd' day
// first, 'm' month first, 0 undecided. A first number over 12 is a day's
// and a second over 12 is one too; failing both, an export on a 12-hour
// clock ("2:05 PM") writes the month first, as the United States do.
func chatDayOrder(lines []string) byte {
	var dayFirst, monthFirst, halfDay bool
	for _, l := range lines {
		st := chatStamp(l)
		m := chatSlashDay.FindStringSubmatch(st)
		if m == nil {
			continue
		}
		a, b := atoiSmall(m[1]), atoiSmall(m[2])
		dayFirst = dayFirst || a > 12
		monthFirst = monthFirst || b > 12
		halfDay = halfDay || strings.ContainsAny(m[4], "AaPp")
	}
	switch {
	case dayFirst && !monthFirst:
		return 'd'
	case monthFirst && !dayFirst, !dayFirst && !monthFirst && halfDay:
		return 'm'
	}
	return 0
}

// chatISO writes a chat stamp's slashed day year first, as the export's
// order reads it ("10/02/2026 2:05 PM" on a month-first export is
// "2026-10-02 2:05 PM"); a stamp of an undecided order stays as it is.
func chatISO(st string, order byte) string {
	m := chatSlashDay.FindStringSubmatch(st)
	if m == nil || order == 0 {
		return st
	}
	day, month := m[1], m[2]
	if order == 'm' {
		day, month = month, day
	}
	year := m[3]
	if len(year) == 2 {
		year = "20" + year
	}
	if atoiSmall(day) < 1 || atoiSmall(day) > 31 || atoiSmall(month) < 1 || atoiSmall(month) > 12 {
		return st
	}
	return year + "-" + pad2(month) + "-" + pad2(day) + " " + clock24(m[4])
}

// chatHalfDay is a 12-hour clock: "2:05 PM", "12:40am".
var chatHalfDay = regexp.MustCompile(`^(\d{1,2}):(\d{2})\s?([AaPp])[Mm]$`)

// clock24 writes a 12-hour clock on the 24-hour one ("2:05 PM" is
// "14:05", "12:40 AM" "00:40"); any other clock stays as it is.
func clock24(c string) string {
	m := chatHalfDay.FindStringSubmatch(strings.TrimSpace(c))
	if m == nil {
		return c
	}
	h := atoiSmall(m[1])
	if h < 1 || h > 12 {
		return c
	}
	h %= 12
	if m[3] == "P" || m[3] == "p" {
		h += 12
	}
	return pad2(strconv.Itoa(h)) + ":" + m[2]
}

func atoiSmall(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// declaredName is the incident's name in a bot's message declaring it,
// after the record's id and its severity: "📣 INC-2291 declared (SEV-1):
// Card authorisations declining at checkout", "🚨 New incident #88
// (P2): …". Any other line is returned as it is, its icons trimmed.
func declaredName(t string) string {
	t = trimIcon(t)
	head, rest, ok := strings.Cut(t, ": ")
	if !ok || len(strings.Fields(head)) > 6 || strings.TrimSpace(rest) == "" {
		return t
	}
	if id := recordIDIn.FindString(head); id != "" && strings.IndexFunc(id, unicode.IsDigit) >= 0 && strings.IndexFunc(rest, unicode.IsLetter) >= 0 {
		return strings.TrimSpace(rest)
	}
	return t
}

// hasClockColon reports whether s holds a clock time's colon between digits.
func hasClockColon(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ':' && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
			return true
		}
	}
	return false
}

// isProfileLine is profileLine.MatchString(line), asked only of a line
// that could be one of its forms, by its first byte: a digit's line must
// hold a count's word or a dot ("3.1K followers", "1w • Edited"), a
// letter's open with a tab's name or a badge, or hold a headline's bar; a
// Chinese line open with a count's word.
func isProfileLine(line string) bool {
	if line == "" {
		return false
	}
	switch c := line[0]; {
	case c >= '0' && c <= '9':
		if !containsAnyRune(line, "•·") && !containsAny(line, profileCountWords) {
			return false
		}
	case c < 0x80:
		l := asciiLower(line[:min(len(line), 20)])
		first, _, _ := strings.Cut(l, " ")
		if !profileTabs[first] && !hasAnyPrefix(l, profileStarts) && !(containsAnyRune(line, "|•") && (strings.Contains(line, " at ") || strings.Contains(line, " @ "))) {
			return false
		}
	default:
		if !hasAnyPrefix(line, profileStartsZH) {
			return false
		}
	}
	return profileLine.MatchString(line)
}

// profileCountWords are the words of a profile's counts, as a line that
// opens with a number holds them.
var profileCountWords = []string{"follow", "Follow", "subscri", "Subscri", "member", "Member", "post", "Post", "toot", "tweet", "Tweet"}

// profileTabs are the names of a profile's tabs, the first word of
// profileLine's row of them.
var profileTabs = map[string]bool{"posts": true, "replies": true, "media": true, "likes": true, "feeds": true, "lists": true, "with": true, "highlights": true, "articles": true, "about": true, "tweets": true, "followers": true, "following": true}

// profileStarts are what profileLine's other forms open with: a
// channel's or a group's counts, a badge; profileStartsZH a Chinese
// count's word.
var (
	profileStarts   = []string{"channel", "public channel", "group", "community", "follows you", "bot", "automated", "verified", "pinned"}
	profileStartsZH = []string{"频道", "群组", "粉丝", "关注", "获赞", "微博", "帖子", "订阅", "成员"}
)

// profileLine is a line of a social profile's header over its posts: its
// counts ("3.1K followers  12 following  418 posts", "channel · 48 213
// subscribers", "粉丝 1.2万 关注 36"), its badges ("Follows you · Bot"),
// a member's headline, a role at an organisation with a tagline after a
// bar ("CTO at Tallis Tickets | Building calm systems"), the profile's
// tabs ("Posts  Posts and replies  Media") or a post's age ("1w • Edited
// •"). It names the account or the post, not what happened.
var profileLine = regexp.MustCompile(`(?i)^(?:posts|replies|media|likes|feeds|lists|posts (?:and|&) replies|with replies|highlights|articles|about|tweets|tweets (?:and|&) replies|followers|following)(?:\s+(?:posts|replies|media|likes|feeds|lists|posts (?:and|&) replies|with replies|highlights|articles|about|tweets|tweets (?:and|&) replies|followers|following))+$|^\d{1,2}\s*(?:s|m|h|d|w|mo|y|min|hr|sec)\s*[•·](?:\s*edited\s*[•·]?)?\s*🌐?$|^(?:(?:(?:public )?channel|group|community|频道|群组)\s*·\s*)?(?:\d[\d.,\x{a0} ]*[km万]?\s+(?:followers?|following|posts?|subscribers?|members?|toots?|tweets?)\b[\s·•|]*)+$|^(?:(?:粉丝|关注|获赞|微博|帖子|订阅|成员)\s*\d[\d.,]*[万wk]?[\s·|]*){2,}$|^(?:follows you|bot|automated|verified|pinned)(?:\s*·\s*(?:follows you|bot|automated|verified|pinned))*$|^(?:(?:senior|staff|principal|lead|chief|head of|vp of|vp,?|director of|co-?founder|founder)\s+)?(?:cto|ceo|cio|coo|ciso|vp|founder|co-?founder|engineer|developer|architect|sre|manager|director|lead|head of [\w ]{2,30}|[\w-]+ engineer|engineering manager)\b[^|•]{0,40}?\s(?:at|@)\s+[^|•]{2,40}\s[|•]\s.{2,80}$`)

// hasAnyPrefix reports whether s opens with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

var (
	// headStamp is the line right under a post's handle that says when it
	// was posted, as Bluesky and Mastodon print it: an age ("· 3h",
	// "· Nov 2") or a day and a clock ("Nov 22, 2026, 09:14").
	headStamp = regexp.MustCompile(`(?i)^(?:·\s*(?:\d{1,2}\s*[smhd]|[a-z]{3}\s+\d{1,2}(?:,\s*\d{4})?)|([a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}),?\s+(?:at\s+)?(\d{1,2}:\d{2}(?:\s*[ap]m)?))$`)
	// postCount is one of a post's counts alone on its line: "8 replies",
	// "41 reposts", "63 likes".
	postCount = regexp.MustCompile(`(?i)^[\d.,]+[km]?\s+(?:reposts?|quotes?|likes?|replies|reply|boosts?|favou?rites?|comments?)$`)
	// postAction is a post's row of buttons or its reply setting, a line
	// each: "Reply", "Repost", "Everybody can reply".
	// postClock is a clock time in a post's text: "since 14:05 UTC".
	postClock  = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)
	postAction = regexp.MustCompile(`(?i)^(?:reply|repost|quote|like|share|boost|favou?rite|bookmark|more|everybody can reply|translate)$`)
)

// headedThread rewrites a thread saved from a site that prints each post
// as the author's name, the handle, the time it was posted right under
// the handle, then its text (Bluesky, Mastodon: "Vantor Cloud Status" /
// "@status.vantorcloud.com" / "· 3h" / "We are investigating …"), the way
// socialThread rewrites one whose stamps follow the text: a title line,
// the first post's first sentence, over one list item per post,
// "- Nov 22, 2026 09:14 We're investigating …" (an age gives no time:
// the item is the text alone). day is the first day a post's stamp names,
// on its head or after its text ("2:21 PM · Nov 27, 2026"). Lines of a
// page with fewer than minPosts stamped heads are returned as they are.
func headedThread(lines []string) (_ []string, day string) {
	var heads []int // the handles' lines
	stamped := 0
	for i, raw := range lines {
		if !handleLine(raw) || i == 0 || cleanSpace(lines[i-1]) == "" {
			continue
		}
		heads = append(heads, i)
		if j := nextLine(lines, i); j >= 0 && headStamp.MatchString(cleanSpace(lines[j])) {
			stamped++
		}
	}
	if stamped < minPosts {
		return lines, ""
	}
	var posts []string
	title, author := "", ""
	for k, h := range heads {
		end := len(lines)
		if k+1 < len(heads) {
			end = heads[k+1] - 1 // the next post's author's name
		}
		when := ""
		from := h + 1
		if j := nextLine(lines, h); j >= 0 && j < end {
			if m := headStamp.FindStringSubmatch(cleanSpace(lines[j])); m != nil {
				from = j + 1
				if m[1] != "" {
					when = m[1] + " " + m[2]
					if day == "" {
						day = m[1]
					}
				}
			}
		}
		var text []string
		for _, l := range lines[from:end] {
			t := cleanSpace(l)
			if m := postStamp(t); m != nil {
				if when == "" {
					when = m[2] + " " + m[1]
				}
				if day == "" {
					day = m[2]
				}
				continue
			}
			if t == "" || postCount.MatchString(t) || postAction.MatchString(t) || isDebris(t) || sidebarHead.MatchString(t) {
				continue
			}
			if k == len(heads)-1 && len(text) > 0 && !strings.ContainsAny(t, ".!?") {
				break // after the last post, the site's own lines
			}
			text = append(text, t)
		}
		if len(text) == 0 {
			continue
		}
		body := strings.Join(text, " ")
		if author == "" {
			// the first post's first sentence, a little longer than
			// socialThread's when it has no comma to cut at: the account
			// opens the thread with what it is about
			first := strings.TrimRight(strings.TrimSpace(sentences(body)[0]), ".!")
			if title = threadTitle(first); title == "" && runesAtMost(first, 140) {
				title = first
			}
			author = cleanSpace(lines[h-1]) + " " + cleanSpace(lines[h])
		}
		if postClock.MatchString(body) {
			// "… timing out since 14:05 UTC" posted at 2:21 PM: the time
			// the post tells is the event's, not the time it was posted
			when = ""
		}
		posts = append(posts, "- "+strings.TrimSpace(when+" "+body))
	}
	if title == "" {
		return lines, ""
	}
	out := append([]string{title, ""}, posts...)
	return append(out, "", "Posted by "+author+".", ""), day
}
