package extract

import (
	"strings"
	"testing"
)

// TestSeal38LetterDateOverSubject: a letter printed to text dates itself
// on a line of its own over its subject, and tells the incident's day
// without a year ("On Monday 9 November"): the letter's date gives the
// year, so the timeline's clock times get their day.
func TestSeal38LetterDateOverSubject(t *testing.T) {
	page := strings.Join([]string{
		"MARROWAY TELECOM PLC",
		"14 Quayside, Bristol BS1 4RN",
		"Tel +44 117 496 0880 · noc@marroway.example",
		"",
		"Our reference: RFO-1026-0412",
		"4 November 2026",
		"",
		"Dear Customer,",
		"",
		"Reason for Outage: Ethernet access circuits down in Bristol",
		"",
		"We are writing to explain the loss of service to your Ethernet access circuit last week.",
		"",
		"What happened",
		"On Wednesday 28 October, between 13:05 and 15:20 GMT, Ethernet access circuits served from our Bristol exchange lost connectivity.",
		"",
		"Why it happened",
		"A power supply in the aggregation switch failed and the standby supply had been removed for repair the week before.",
		"",
		"Timeline (GMT)",
		"13:05  Aggregation switch loses power; circuits go down",
		"13:40  Engineer dispatched to the exchange",
		"15:20  Spare power supply fitted; all circuits restored",
		"",
		"Yours faithfully,",
		"Network Operations, Marroway Telecom PLC",
	}, "\n")
	in, err := Extract([]byte(page), "marroway-rfo.txt", "text/plain")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-10-28T13:05") {
		t.Errorf("started %q, want 2026-10-28T13:05 (published %q)", in.StartedAt, in.Published)
	}
}

// TestSeal38TooltipDates: a forum post dated "Nov 24" (the year left out
// for posts of the current year) or "4 hours ago", the full date in the
// element's tooltip, dates the page, and with it the yearless day its text
// tells.
func TestSeal38TooltipDates(t *testing.T) {
	for _, tc := range []struct{ name, stamp, lede, want string }{
		{"forum", `<div class="post-info"><a class="post-date"><span class="relative-date" data-time="1795946520000" title="Oct 9, 2026 4:12 pm">Oct 9</span></a></div>`,
			"On Monday, Oct 5, image uploads to Tamsin Photos failed from 08:10 to 09:25 UTC because the thumbnail workers ran out of disk space.", "2026-10-05T08:10"},
		{"news aggregator", `<span class="score">201 points</span> by <a class="hnuser">pelican</a> <span class="age" title="2026-10-05T09:40:12 1791193212"><a href="item?id=1">3 hours ago</a></span> | <a>94 comments</a>`,
			"Status page: Investigating - uploads to Tamsin Photos are failing since 08:10 UTC. Oct 5, 08:20 UTC. Resolved - uploads work again since 09:25 UTC.", "2026-10-05T08:10"},
	} {
		page := `<html><head><title>Image uploads failing at Tamsin Photos - Community</title></head><body>
<h1>Image uploads failing at Tamsin Photos</h1>` + tc.stamp + `<div class="cooked"><p>` + tc.lede + `</p>
<p>We added disk usage alerts to the workers and a cleanup job for temporary files.</p></div></body></html>`
		in, err := Extract([]byte(page), "tamsin.html", "text/html")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(in.StartedAt, tc.want) {
			t.Errorf("%s: started %q, want %s (published %q)", tc.name, in.StartedAt, tc.want, in.Published)
		}
	}
}

// TestSeal38HeadedThread: a status thread saved from a site that prints
// each post's age or time right under the author's handle (Bluesky's
// "· 2h", Mastodon's "Oct 3, 2026, 18:40") is titled by its first post,
// not by the site's menu ("New Post") above it, and the posts' stamps
// date it.
func TestSeal38HeadedThread(t *testing.T) {
	for _, tc := range []struct{ name, page, title, start string }{
		{"bluesky", strings.Join([]string{
			"Home", "Explore", "Notifications", "Chat", "Profile", "Settings", "New Post", "Post", "",
			"Pelling Hosting Status", "@status.pellinghost.example", "· 2h",
			"Customers in our Leeds data centre cannot reach their VPS control panel.",
			"4 replies", "12 reposts", "20 likes", "",
			"Pelling Hosting Status", "@status.pellinghost.example",
			"The control panel in Leeds has been unreachable since 18:32 UTC. Virtual servers keep running.",
			"6:41 PM · Oct 3, 2026", "Everybody can reply", "3 reposts", "9 likes", "Reply", "Repost", "Like", "",
			"Pelling Hosting Status", "@status.pellinghost.example", "· 1h",
			"Resolved: the control panel in Leeds is reachable again since 19:20 UTC. Thanks for bearing with us.",
			"2 reposts", "11 likes", "",
			"Trending", "Feedback · Privacy · Terms",
		}, "\n"), "Customers in our Leeds data centre cannot reach their VPS control panel", "2026-10-03T18:"},
		{"mastodon", strings.Join([]string{
			"Mastodon", "Explore", "Live feeds", "Log in", "Create account", "",
			"Pelling Hosting Status", "@status@pelling.social", "Oct 3, 2026, 18:40",
			"Customers in our Leeds data centre cannot reach their VPS control panel. We are looking into it.",
			"2 boosts · 3 favourites", "",
			"Pelling Hosting Status", "@status@pelling.social", "Oct 3, 2026, 19:25",
			"Resolved: the control panel in Leeds is reachable again since 19:20 UTC.",
			"4 boosts · 6 favourites", "",
			"pelling.social: About · Status · Privacy policy",
		}, "\n"), "Customers in our Leeds data centre cannot reach their VPS control panel", "2026-10-03T18:"},
	} {
		in, err := Extract([]byte(tc.page), "pelling-thread.txt", "text/plain")
		if err != nil {
			t.Fatal(err)
		}
		if in.Title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.name, in.Title, tc.title)
		}
		if !strings.HasPrefix(in.StartedAt, tc.start) {
			t.Errorf("%s: started %q, want %s", tc.name, in.StartedAt, tc.start)
		}
	}
}
