package extract

import (
	"regexp"
	"slices"
	"strings"
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
// Likes 41 Bookmarks", "14 Replies · 52 Reposts".
var socialCounts = regexp.MustCompile(`(?i)^(?:[\d.,]+[km]?\s+(?:reposts?|retweets?|quotes?|likes?|bookmarks?|views?|replies|comments?|shares?)\b\s*(?:·\s*)?){2,}$`)

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
		return lines, ""
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
