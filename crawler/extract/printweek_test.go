package extract

import (
	"testing"
	"time"
)

// printedWeekdayStory is a news story as a PDF reader gives a page printed
// from a browser (our own writing): the print header with the print time,
// the page's address on the next line, a narrow column, a dateline on the
// Friday after and the outage's clock times told with their weekday.
const printedWeekdayStory = `5/9/26, 9:41 AM                 Ferrybridge Credit Union card outage strands shoppers - The Marlow Sentinel
https://www.marlowsentinel.example/business/2026/05/08/ferrybridge-card-outage

BUSINESS

Ferrybridge Credit Union card
outage strands shoppers

By Odile Marchetti
May 8, 2026

MARLOW — Members of Ferrybridge Credit
Union could not pay by card or reach the
union's app for much of Tuesday, in an outage
the union on Thursday put down to a faulty
update of its card authorisation system.

The outage began shortly after 10 a.m. Eastern
on Tuesday and lasted about three hours,
according to the union. Service returned
shortly after 1 p.m., it said in a statement.

"We let our members down," said its chief
executive, Rhiannon Velasquez.

                                                  Page 1 of 1
`

// dottedHeaderStory is the same kind of page printed by a browser set to
// German ("18.02.26, 21:37" before the title), its zone told once, after
// an hour written alone ("7 a.m. CET").
const dottedHeaderStory = `14.10.26, 08:02                 Ticket machines fail across the Tyrol - Inntal Courier
https://inntalcourier.example/news/2026/10/13/ticket-machines

NEWS

Ticket machines fail across the Tyrol

By Jonas Pichler
13 October 2026

INNSBRUCK — Passengers of the regional bus operator could not buy tickets
on Monday, in a failure the operator on Tuesday traced to a database fault.

The outage began at around 7 a.m. CET and lasted until shortly before
11 a.m., the operator said. Drivers waved passengers through.
`

func TestPrintedStoryTitleAndWeekday(t *testing.T) {
	for _, c := range []struct {
		name, body, title, start, end string
	}{
		// the header's title and the address under it were one line (the
		// address read as the title's next word), so the title was "The
		// Marlow Sentinel https://…" and the story's day the address's
		{"us", printedWeekdayStory, "Ferrybridge Credit Union card outage strands shoppers", "2026-05-05T10:00:00-04:00", "2026-05-05T13:00:00-04:00"},
		// "14.10.26, 08:02" was no print header; "11 a.m." was read in UTC
		{"dotted", dottedHeaderStory, "Ticket machines fail across the Tyrol", "2026-10-12T07:00:00+01:00", "2026-10-12T11:00:00+01:00"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), "story.txt", "")
			if err != nil {
				t.Fatal(err)
			}
			if in.Title != c.title {
				t.Errorf("title %q, want %q", in.Title, c.title)
			}
			if !sameInstant(in.StartedAt, c.start) || !sameInstant(in.EndedAt, c.end) {
				t.Errorf("window %s – %s, want %s – %s", in.StartedAt, in.EndedAt, c.start, c.end)
			}
		})
	}
}

func TestWeekdayBeside(t *testing.T) {
	written := time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC) // a Friday
	for _, c := range []struct{ clause, at, want string }{
		{"The outage began shortly after 10 a.m. Eastern on Tuesday and lasted about three hours", "10 a.m. Eastern", "2026-05-05"},
		{"On Wednesday at 9:40 a.m. the queue stalled", "9:40 a.m.", "2026-05-06"},
		{"late Monday, around 11 p.m.", "11 p.m.", "2026-05-04"},
		{"unavailable from 5pm on Tuesday 28 April until", "5pm", "2026-04-28"},
		{"the same alert fired at 14:02 last Friday", "14:02", "2026-05-01"},
		{"at 14:02 the alert fired", "14:02", ""},
	} {
		got, gs := weekdayBeside(c.clause, c.at, written), ""
		if !got.IsZero() {
			gs = got.Format(time.DateOnly)
		}
		if gs != c.want {
			t.Errorf("weekdayBeside(%q) = %q, want %q", c.clause, gs, c.want)
		}
	}
}

// TestBlogMastheadsAndMetaLines: lines above a post's title that are its
// site's (a name and the kind of site, a Chinese sign-in bar) or its
// record's facts are no title, and a byline that counts comments opens no
// section of comments.
func TestBlogMastheadsAndMetaLines(t *testing.T) {
	for _, c := range []struct {
		name, body, title, start string
	}{
		{"kind masthead", `Orrin Bakeries — Tech Blog

Home   Engineering   Product   Culture

How a stale cache emptied our shelves for an hour

By Priya Nandakumar · Published 4 March 2026 · 5 min read

On Monday morning our stock service told every store it had nothing to sell. All times below are UTC.

At 09:12 stores began reporting empty shelves in the app.

At 10:05 the cache was flushed and stock counts were back.

© 2026 Orrin Bakeries Ltd.
`, "How a stale cache emptied our shelves for an hour", ""},
		{"zh sign-in bar", `跳到主要内容

青柚云

首页  产品  解决方案  文档  社区

登录  免费注册  控制台

青柚云 > 服务状态 > 事件详情

部分用户无法上传文件

状态：已恢复

【已恢复 11:20】对象存储上传功能已全部恢复正常。

【处理中 10:05】部分用户上传文件时出现超时，技术团队正在排查。
`, "部分用户无法上传文件", ""},
		{"record facts", `Skip to main content

Tarnhill Relay

Products  Pricing  Docs  Status

# Post-incident report: Message deliveries delayed

_Tarnhill Relay · Incident TR-2026-017 · Report published 12 June 2026_

## Summary

On 9 June 2026 outgoing messages were delayed by up to forty minutes. The delays began at 07:10 UTC and ended at 07:52 UTC.
`, "Post-incident report: Message deliveries delayed", ""},
		{"byline with comments", `Bracken Games — Dev Diary

News · Dev diary · Patch notes · Support

Dev diary #12: the night the lobby fell over

Posted 3 April 2026 by Tomasz (backend lead) · 212 comments

Many of you saw the lobby fall over on Saturday night. All times below are UTC.

Saturday 28 March 2026

At 21:40 the lobby servers began rejecting new sessions.

At 22:25 everyone in the queue was in and matchmaking was running normally.

What we are changing

- Lobby servers now back off before reconnecting.
`, "Dev diary #12: the night the lobby fell over", "2026-03-28T21:40:00Z"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), "page.txt", "")
			if err != nil {
				t.Fatal(err)
			}
			if in.Title != c.title {
				t.Errorf("title %q, want %q", in.Title, c.title)
			}
			if c.start != "" && !sameInstant(in.StartedAt, c.start) {
				t.Errorf("started %q, want %s (timeline %v)", in.StartedAt, c.start, in.Timeline)
			}
		})
	}
}

// TestPartsBackEndIt: a timeline's event that says the last part was back
// ends the outage, not the closing of the incident hours later.
func TestPartsBackEndIt(t *testing.T) {
	body := `Checkout failures on 2 March 2026

All times UTC.

At 14:05 checkout requests began timing out in every region.

At 15:10 we rolled back the release.

At 16:20 the last region was back and success rates matched a normal Monday.

We closed the incident after watching the evening peak at 19:00.
`
	in, err := extractOnce([]byte(body), "pm.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !sameInstant(in.EndedAt, "2026-03-02T16:20:00Z") {
		t.Errorf("ended %q, want 16:20 on 2 March (timeline %v)", in.EndedAt, in.Timeline)
	}
}
