package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

// wf22Same reports whether got is the instant want names (both RFC 3339).
func wf22Same(got, want string) bool {
	g, err1 := time.Parse(time.RFC3339, got)
	w, err2 := time.Parse(time.RFC3339, want)
	return err1 == nil && err2 == nil && g.Equal(w)
}

// wf22Window holds an incident's start and end to the instants given
// (an empty end: none told).
func wf22Window(t *testing.T, in *data.Incident, start, end string) {
	t.Helper()
	if !wf22Same(in.StartedAt, start) {
		t.Errorf("started %q, want %s", in.StartedAt, start)
	}
	if end == "" && in.EndedAt != "" || end != "" && !wf22Same(in.EndedAt, end) {
		t.Errorf("ended %q, want %q", in.EndedAt, end)
	}
}

// wf22EventAt is the first timeline event at the instant given, and
// whether there is one.
func wf22EventAt(in *data.Incident, at string) (data.TimelineEvent, bool) {
	for _, ev := range in.Timeline {
		if wf22Same(ev.At, at) {
			return ev, true
		}
	}
	return data.TimelineEvent{}, false
}

// wf22Extract extracts a page of our own writing once.
func wf22Extract(t *testing.T, page, file string) *data.Incident {
	t.Helper()
	in, err := extractOnce([]byte(page), file, "")
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestWF22DayRowsHappenedAndWhen holds a hospital trust's notice (HTML)
// whose timeline is headed "What happened and when", its first rows
// stamped with their weekday, day and a dotted clock ("Wednesday 12
// November, 6.30pm – planned change made …") and the rest with the clock
// alone ("8.10am – …"), over a "What went wrong" section told in prose,
// under a byline "Published: … Updated: Friday 14 November 2025,
// 10.25am" and a summary "from 7.45am until 11.20am": the dated rows are
// events, the window runs from 7.45am to 11.20am on the 13th (not the
// day of the update), and the cause is the prose under "What went wrong",
// not the rows. The page names no zone but bears the NHS, a UK telephone
// number and a postcode: its clocks are London's, GMT in November and
// BST in June.
func TestWF22DayRowsHappenedAndWhen(t *testing.T) {
	november := `<!DOCTYPE html>
<html lang="en-GB">
<head><title>Staff logged out of clinical systems on 13 November – Silloth Community Hospital NHS Trust</title></head>
<body>
<header>
<p><a href="/">Silloth Community Hospital NHS Trust</a></p>
<nav><a href="/">Home</a> | <a href="/services">Our services</a> | <a href="/news">News</a> | <a href="/contact">Contact us</a></nav>
</header>
<main>
<h1>Staff logged out of clinical systems on 13 November</h1>
<p>Published: Thursday 13 November 2025, 3.10pm<br>Updated: Friday 14 November 2025, 10.25am</p>
<p>On Thursday morning many of our staff were repeatedly logged out of the electronic patient record and other clinical systems. Wards and clinics switched to paper records while our IT team fixed the problem. The problem lasted from <strong>7.45am until 11.20am</strong>.</p>
<h2>What happened and when</h2>
<ul>
<li><strong>Wednesday 12 November, 6.30pm</strong> &ndash; planned change made to the way staff sign in to our systems, to shorten how long a session can stay open without use.</li>
<li><strong>Thursday 13 November, 7.45am</strong> &ndash; the new setting takes effect. Staff start being logged out.</li>
<li>8.10am &ndash; the IT service desk receives the first calls from wards.</li>
<li>9.05am &ndash; wards and clinics told to use paper records.</li>
<li>10.40am &ndash; the change is reversed.</li>
<li>11.20am &ndash; all systems back to normal.</li>
</ul>
<h2>What went wrong</h2>
<p>The change set the session time limit in minutes, but the sign-in system reads the number as seconds. This meant staff were logged out after less than a minute without use. The change had been tested on a test system that uses a different version of the sign-in software, which reads the number as minutes.</p>
<h2>What we are doing</h2>
<p>We have reversed the change and will not make it again until it has been tested on a copy of the live system. Changes to sign-in settings will now be made on a weekend morning, with IT staff on site.</p>
<p>No patient came to harm. If you have any questions, please contact the IT service desk on 01632 960 123.</p>
</main>
<footer>
<p>Silloth Community Hospital NHS Trust, Criffel Street, Silloth, CA7 4XX</p>
<p><a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/foi">Freedom of information</a></p>
</footer>
</body>
</html>
`
	// the same notice of an incident in June, a Tuesday to a Wednesday
	june := strings.NewReplacer(
		"Wednesday 12 November", "Tuesday 10 June",
		"Thursday 13 November", "Wednesday 11 June",
		"Friday 14 November", "Thursday 12 June",
		"on 13 November", "on 11 June",
	).Replace(november)
	cases := []struct {
		name, page         string
		change, onset, end string
		offset             string
	}{
		{"November, GMT", november, "2025-11-12T18:30:00Z", "2025-11-13T07:45:00Z", "2025-11-13T11:20:00Z", "+00:00"},
		{"June, BST", june, "2025-06-10T18:30:00+01:00", "2025-06-11T07:45:00+01:00", "2025-06-11T11:20:00+01:00", "+01:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := wf22Extract(t, c.page, "notice.html")
			if ev, ok := wf22EventAt(in, c.change); !ok || !strings.Contains(ev.Text, "planned change made") {
				t.Errorf("no event at %s for the planned change (got %q); timeline %v", c.change, ev.Text, in.Timeline)
			}
			if ev, ok := wf22EventAt(in, c.onset); !ok || !strings.Contains(ev.Text, "new setting takes effect") {
				t.Errorf("no event at %s for the setting taking effect (got %q); timeline %v", c.onset, ev.Text, in.Timeline)
			}
			wf22Window(t, in, c.onset, c.end)
			if c.offset == "+00:00" {
				if !strings.HasSuffix(in.StartedAt, "Z") && !strings.HasSuffix(in.StartedAt, "+00:00") {
					t.Errorf("started %q, want GMT (Z or +00:00)", in.StartedAt)
				}
			} else if !strings.HasSuffix(in.StartedAt, c.offset) {
				t.Errorf("started %q, want London's summer time %s", in.StartedAt, c.offset)
			}
			if !strings.Contains(in.Cause, "reads the number as seconds") {
				t.Errorf("cause %q, want the prose under What went wrong", in.Cause)
			}
			if strings.Contains(in.Cause, "planned change made") || strings.Contains(in.Cause, "7.45am") {
				t.Errorf("cause %q holds the timeline's rows", in.Cause)
			}
		})
	}
}

// TestWF22UhrTableWindow holds a German postmortem in Markdown whose
// clocks are written "22.47 Uhr", in its fields ("- Start: 28.02.2026,
// 22.47 Uhr") and in its timeline table's rows ("| 28.02., 22.47 Uhr |
// … Impact begins. |" to "| 01.03., 01.32 Uhr | … Impact ends. |"),
// under the note "Times below are local time in Frankfurt (CET)": the
// window runs from 22:47 on 28 February to 01:32 on 1 March, CET.
func TestWF22UhrTableWindow(t *testing.T) {
	page := `# Postmortem: Checkout-API nicht erreichbar (28.02.–01.03.2026)

*Dalston Commerce GmbH · Engineering-Blog · veröffentlicht am 04.03.2026*

[Blog](/blog) · [Status](https://status.dalston-commerce.example) · [Karriere](/jobs)

## Zusammenfassung

In der Nacht vom 28. Februar auf den 1. März 2026 war unsere Checkout-API knapp drei Stunden lang nicht erreichbar. Shops unserer Kunden konnten in dieser Zeit keine Bestellungen abschließen.

- Start: 28.02.2026, 22.47 Uhr
- Ende: 01.03.2026, 01.32 Uhr
- Betroffen: alle Shops in der Region EU-Central

## Ursache

Ein automatisches Zertifikats-Update auf den Load Balancern lud eine unvollständige Zertifikatskette. Die Zahlungsanbieter lehnten daraufhin alle Verbindungen zur Checkout-API ab.

## Ablauf

Times below are local time in Frankfurt (CET).

| Zeit | Ereignis |
|------|----------|
| 28.02., 22.40 Uhr | Automatisches Zertifikats-Update auf den Load Balancern. |
| 28.02., 22.47 Uhr | Erste fehlgeschlagene Zahlungen. Impact begins. |
| 28.02., 23.05 Uhr | Alarm an die Rufbereitschaft. |
| 01.03., 00.10 Uhr | Unvollständige Zertifikatskette als Ursache erkannt. |
| 01.03., 01.15 Uhr | Vollständige Kette eingespielt, Load Balancer neu gestartet. |
| 01.03., 01.32 Uhr | Checkout fully recovered. Impact ends. |

## Maßnahmen

- Prüfung der vollständigen Kette vor jedem Zertifikats-Update.
- Synthetischer Checkout-Test alle 60 Sekunden.

---

© 2026 Dalston Commerce GmbH · [Impressum](/impressum) · [Datenschutz](/datenschutz)
`
	in := wf22Extract(t, page, "postmortem.md")
	wf22Window(t, in, "2026-02-28T22:47:00+01:00", "2026-03-01T01:32:00+01:00")
	if !strings.HasSuffix(in.StartedAt, "+01:00") {
		t.Errorf("started %q, want CET (+01:00)", in.StartedAt)
	}
}

// TestWF22TeamsStampOverSpeaker holds a Microsoft Teams channel exported
// as text ("Exported on 14/01/2026 17:05 by …") whose messages are each
// headed by their stamp and writer on one line ("Today 08:12  Karen
// Walsh"), the message on the next: the events are the messages, not
// their writers, dated by the export (yesterday's reminder of the
// patching "06:00–06:30" on the 13th), and the window is the closing
// summary's "phones down 07:56–11:48", not the patching's.
func TestWF22TeamsStampOverSpeaker(t *testing.T) {
	page := `Microsoft Teams — Braithwaite Lettings
Braithwaite Lettings IT > Incidents
Exported on 14/01/2026 17:05 by Karen Walsh

Yesterday 16:40  Gary Hinds
Reminder: the phone platform is being patched tomorrow morning, 06:00–06:30. Phones may drop for a minute or two during that window, nothing else should be affected.

Today 08:12  Karen Walsh
Branch phones are dead in Station Road and Market Place. Customers ringing in get a "number not recognised" message. Is this the patching?

Today 08:20  Gary Hinds
Patching finished at 06:24 and the platform looked fine. Checking now, inbound calls are failing since 07:56 going by the call logs.

Today 09:05  Gary Hinds
Found it. The patch reset the inbound routing rules, so calls to the branch numbers have nowhere to go. Raised a P1 with the carrier.

Today 10:31  Gary Hinds
Inbound routing restored by the carrier, inbound back at 10:30. Outbound calls still failing, the SIP trunk needs re-registering.

Today 11:52  Gary Hinds
Outbound working again from 11:48. All phones back to normal, please shout if any branch still has problems.

Today 12:15  Karen Walsh
Summary for the record: phones down 07:56–11:48, inbound back at 10:30. Cause was the routing rules reset by this morning's patch. Gary is writing it up for the board.
`
	in := wf22Extract(t, page, "teams.txt")
	wf22Window(t, in, "2026-01-14T07:56:00Z", "2026-01-14T11:48:00Z")
	said, reminded := false, false
	for _, ev := range in.Timeline {
		switch text := strings.TrimSpace(ev.Text); {
		case text == "Karen Walsh" || text == "Gary Hinds":
			t.Errorf("an event is its writer's name: %q %q", ev.At, ev.Text)
		case strings.HasPrefix(text, "Today ") || strings.HasPrefix(text, "Yesterday "):
			t.Errorf("an event is a message's header: %q %q", ev.At, ev.Text)
		}
		said = said || strings.Contains(ev.Text, "Branch phones are dead")
		reminded = reminded || strings.Contains(ev.Text, "being patched tomorrow morning") && wf22Same(ev.At, "2026-01-13T16:40:00Z")
	}
	if !said {
		t.Errorf("no event carries the 08:12 message's words: %v", in.Timeline)
	}
	if !reminded {
		t.Errorf("no event carries yesterday's reminder at 16:40 on the 13th: %v", in.Timeline)
	}
}

// TestWF22SlackNameBeforeStamp holds a Slack channel exported as text
// whose message headers put the writer first and the day word after
// ("Mia Chen  Yesterday 17:55", a bot's "cert-bot  APP  Today 06:30"),
// exported "on 17/02/2026 at 15:20 (Australia/Sydney, AEDT)": the events
// are the messages (the bot's too), and the window is the closing "All
// clear — dashboard down 06:47–09:30" on 17 February, AEDT.
func TestWF22SlackNameBeforeStamp(t *testing.T) {
	page := `Uldale Health — Slack
#inc-dashboard-outage
Exported on 17/02/2026 at 15:20 (Australia/Sydney, AEDT) by Mia Chen

Mia Chen  Yesterday 17:55
Heads up: the TLS certificate on the clinic dashboard renews overnight. cert-bot will post when it's done.

cert-bot  APP  Today 06:30
Certificate renewal for dashboard.uldale-health.example completed. New certificate deployed to the edge.

Tom Rees  Today 07:04
Clinics in Parramatta are getting a blank dashboard, login page just spins. Anyone else?

Mia Chen  Today 07:11
Same from Newcastle. Edge logs show 502s on every dashboard request since 06:47.

Tom Rees  Today 07:40
The new cert is fine, but the deploy restarted the edge with the wrong upstream pool. Dashboard traffic is going to the old AU cluster we retired last week.

Mia Chen  Today 08:15
Upstream pool fixed for AU, AU clinics back at 08:12. NZ still down, their pool is on a separate config.

Tom Rees  Today 09:33
NZ pool fixed, NZ dashboards loading again from 09:30.

Mia Chen  Today 09:41
All clear — dashboard down 06:47–09:30, AU back at 08:12. Postmortem on Thursday, I'll set it up.
`
	in := wf22Extract(t, page, "slack.txt")
	wf22Window(t, in, "2026-02-17T06:47:00+11:00", "2026-02-17T09:30:00+11:00")
	if !strings.HasSuffix(in.StartedAt, "+11:00") {
		t.Errorf("started %q, want AEDT (+11:00)", in.StartedAt)
	}
	if ev, ok := wf22EventAt(in, "2026-02-17T06:30:00+11:00"); !ok || !strings.Contains(ev.Text, "Certificate renewal for dashboard") {
		t.Errorf("the bot's message is no event at 06:30 (got %q): %v", ev.Text, in.Timeline)
	}
	if ev, ok := wf22EventAt(in, "2026-02-16T17:55:00+11:00"); !ok || !strings.Contains(ev.Text, "Heads up") {
		t.Errorf("yesterday's message is no event at 17:55 on the 16th (got %q): %v", ev.Text, in.Timeline)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "Today ") || strings.Contains(ev.Text, "Yesterday ") || strings.TrimSpace(ev.Text) == "Mia Chen" || strings.TrimSpace(ev.Text) == "Tom Rees" {
			t.Errorf("an event is a message's header: %q %q", ev.At, ev.Text)
		}
	}
}

// TestWF22CachetStampsUnderUpdates holds a Cachet status page copied as
// text whose updates are "Fixed — …", "Watching — …", "Identified — …"
// and "Investigating — …", each stamped on the line under it ("Aug 12,
// 2025 09:04:17"), under the day "Tuesday 12th August 2025" and the
// incident's name, an older incident under "Sunday 10th August 2025"
// below; the page's times are Irish Standard Time (IST, UTC+1) in
// Dublin. The events carry their own stamps, the window runs from the
// Fixed update's "first sites became unreachable at 06:10 IST" to its
// "loading normally since 08:55 IST", at +01:00 (not India's IST), and
// nothing of the older incident is read.
func TestWF22CachetStampsUnderUpdates(t *testing.T) {
	page := `Glenridding Hosting Status
Status  |  Incidents  |  Subscribe

All times are shown in Irish Standard Time (IST, UTC+1). Glenridding Hosting Ltd, Dublin.

Past Incidents

Tuesday 12th August 2025

Shared hosting sites unreachable on the web-3 cluster

Fixed — All sites on the web-3 cluster have been loading normally since 08:55 IST. Our logs show the first sites became unreachable at 06:10 IST, when the storage controller failed over. We will publish a full report within five working days.
Aug 12, 2025 09:04:17

Watching — The replacement storage controller is serving all volumes and sites are coming back. We are watching closely before we call this fixed.
Aug 12, 2025 08:31:52

Identified — The primary storage controller behind web-3 failed and the standby did not take over its volumes cleanly. Engineers are moving the volumes to the standby by hand.
Aug 12, 2025 07:42:05

Investigating — Customers report that websites on the web-3 cluster have been unreachable since approximately 06:30 IST. We are investigating.
Aug 12, 2025 06:58:40

Sunday 10th August 2025

Control panel slow to load

Fixed — The control panel is loading normally again after we restarted a stuck background worker.
Aug 10, 2025 15:20:09

Investigating — Some customers report that the control panel takes over a minute to load.
Aug 10, 2025 14:02:33

Powered by Cachet
`
	in := wf22Extract(t, page, "status.txt")
	for _, want := range []struct{ at, words string }{
		{"2025-08-12T09:04:17+01:00", "loading normally since 08:55"},
		{"2025-08-12T08:31:52+01:00", "replacement storage controller"},
		{"2025-08-12T07:42:05+01:00", "standby did not take over"},
		{"2025-08-12T06:58:40+01:00", "unreachable since approximately 06:30"},
	} {
		if ev, ok := wf22EventAt(in, want.at); !ok || !strings.Contains(ev.Text, want.words) {
			t.Errorf("no event at %s saying %q (got %q); timeline %v", want.at, want.words, ev.Text, in.Timeline)
		}
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "control panel") || strings.Contains(ev.Text, "10th August") || strings.HasPrefix(ev.At, "2025-08-10") {
			t.Errorf("an event of the older incident: %q %q", ev.At, ev.Text)
		}
	}
	if in.StartedAt != "2025-08-12T06:10:00+01:00" {
		t.Errorf("started %q, want 2025-08-12T06:10:00+01:00", in.StartedAt)
	}
	if in.EndedAt != "2025-08-12T08:55:00+01:00" {
		t.Errorf("ended %q, want 2025-08-12T08:55:00+01:00", in.EndedAt)
	}
}

// TestWF22SydneyClocksForward holds an Instatus page in Sydney on the
// night daylight saving began, its Resolved update saying "clocks in
// Sydney moved forward one hour, from 2:00 AM AEST to 3:00 AM AEDT" and
// its Identified update that "our nightly search reindex, which started
// at 1:00 AM AEST and finished at 1:20 AM" was live at "1:30 AM AEST",
// when "dashboard queries began failing": the window runs from 1:30 AM
// AEST to the Resolved update's "3:45 AM AEDT", 75 minutes, not the
// reindex's run nor the clocks' change (nor a day).
func TestWF22SydneyClocksForward(t *testing.T) {
	page := `Aspatria Rostering status
Home · Incidents · Subscribe to updates

← Back to all incidents

Dashboard not loading for managers
Resolved · Affected: Manager dashboard, Search

Resolved
The manager dashboard and search have been working normally since 3:45 AM AEDT. Note that clocks in Sydney moved forward one hour, from 2:00 AM AEST to 3:00 AM AEDT, while this incident was in progress. We're sorry for the disruption to early shifts.
Oct 5, 2025 at 4:02 AM AEDT

Monitoring
We have switched search back to the previous index. Dashboards are loading again and we are monitoring.
Oct 5, 2025 at 3:38 AM AEDT

Identified
The issue is caused by our nightly search reindex, which started at 1:00 AM AEST and finished at 1:20 AM. When the new index went live at 1:30 AM AEST, dashboard queries began failing because a field the dashboard sorts on was missing from it.
Oct 5, 2025 at 1:58 AM AEST

Investigating
Managers are reporting that the dashboard shows "Something went wrong" when they sign in. This started at around 1:30 AM AEST. We're looking into it.
Oct 5, 2025 at 1:44 AM AEST

Powered by Instatus
`
	in := wf22Extract(t, page, "status.txt")
	wf22Window(t, in, "2025-10-05T01:30:00+10:00", "2025-10-05T03:45:00+11:00")
	if !strings.HasSuffix(in.StartedAt, "+10:00") {
		t.Errorf("started %q, want AEST (+10:00)", in.StartedAt)
	}
	if !strings.HasSuffix(in.EndedAt, "+11:00") {
		t.Errorf("ended %q, want AEDT (+11:00)", in.EndedAt)
	}
	if in.DurationMinutes != 75 {
		t.Errorf("duration %d min, want 75", in.DurationMinutes)
	}
}

// TestWF22HistoryEntryUnderHeadline holds a Statuspage history page
// copied as text whose headline is the incident's name, over the
// month's entries: a maintenance's updates first, then the incident's
// name again over its own ("Resolved - … working normally since 13:40
// BST … the first failed journey searches were at 11:25 BST … The
// morning timetable data import ran from 11:00 to 11:15 as normal …" /
// "Jul 18, 14:02 BST"), then older entries, June's under its month: the
// window runs from 11:25 to 13:40 BST on 18 July 2025, not the import's
// run from 11:00 to 11:15.
func TestWF22HistoryEntryUnderHeadline(t *testing.T) {
	page := `Journey planner showing no results for rail journeys
Cartmel Travel Status
Subscribe to updates

Incident History › July 2025

Scheduled maintenance
Completed - The scheduled maintenance has been completed.
Jul 20, 06:00 BST
In progress - Scheduled maintenance is currently in progress. We will provide updates as necessary.
Jul 20, 04:00 BST
Scheduled - We will be upgrading the journey planner database on Sunday 20 July between 04:00 and 06:00 BST. Journey searches may be slow during this time.
Jul 16, 10:12 BST

Journey planner showing no results for rail journeys
Resolved - Journey searches have been working normally since 13:40 BST. Our logs show the first failed journey searches were at 11:25 BST, when the planner loaded a timetable file with an invalid date range. The morning timetable data import ran from 11:00 to 11:15 as normal and did not flag the file. We are adding a check on the date range before any file is loaded.
Jul 18, 14:02 BST
Monitoring - We have reloaded the previous timetable file and journey searches are returning results again. We are monitoring.
Jul 18, 13:44 BST
Identified - The problem is caused by a timetable file loaded this morning. We are reloading the previous file.
Jul 18, 13:05 BST
Investigating - Customers are reporting that the journey planner shows "No journeys found" for rail journeys. We are investigating.
Jul 18, 12:10 BST

Live departure boards slow to update
Resolved - Departure boards are updating normally again.
Jul 9, 17:31 BST
Investigating - Some departure boards in the app are showing times up to ten minutes old.
Jul 9, 16:48 BST

June 2025

Coach ticket purchases failing
Resolved - Coach ticket purchases have been working normally since 10:05 BST.
Jun 27, 10:20 BST
Investigating - Some customers cannot complete coach ticket purchases in the app.
Jun 27, 09:41 BST

← Previous

Powered by Atlassian Statuspage
`
	in := wf22Extract(t, page, "history.txt")
	if in.Title != "Journey planner showing no results for rail journeys" {
		t.Errorf("title %q, want the incident's name", in.Title)
	}
	wf22Window(t, in, "2025-07-18T11:25:00+01:00", "2025-07-18T13:40:00+01:00")
}

// TestWF22ZhRowAfterHoursAndMinutes holds a bank's 情况说明 whose rows
// under "一、事件经过（北京时间）" open with a planned 结息 batch that
// "运行正常" at 23时00分, then "23时35分，…部分借记卡交易开始失败", a
// partial recovery at 0时20分, and "约1小时20分钟后，即4月1日0时55分，…全
// 部恢复正常": the window runs from 23:35 on 31 March to 00:55 on 1
// April, Beijing time.
func TestWF22ZhRowAfterHoursAndMinutes(t *testing.T) {
	page := `米勒姆银行
首页 | 个人金融 | 公司金融 | 信息公告 | 联系我们

当前位置：首页 > 信息公告

关于3月31日夜间借记卡交易异常的情况说明

发布时间：2026年4月1日　来源：米勒姆银行

尊敬的客户：

3月31日夜间至4月1日凌晨，我行部分借记卡交易出现异常，给您带来不便，我们深表歉意。现将有关情况说明如下：

一、事件经过（北京时间）

3月31日23时00分，我行按计划启动季末结息批量处理，批量处理本身运行正常。

23时35分，由于结息批量与夜间对账任务同时访问核心账户数据库，数据库连接数达到上限，交易系统响应超时，部分借记卡交易开始失败。

4月1日0时20分，我行技术人员暂停夜间对账任务，ATM取款及柜面交易恢复正常；POS消费及网上支付仍有部分失败。

约1小时20分钟后，即4月1日0时55分，借记卡各类交易全部恢复正常。

二、影响范围

事件期间，部分客户借记卡POS消费、网上支付、ATM取款交易失败，信用卡业务及账户资金未受影响。

三、原因分析

季末结息批量处理与夜间对账任务的执行时间发生重叠，两者同时大量访问核心账户数据库，导致数据库连接资源耗尽。

四、后续改进措施

我行已调整夜间对账任务的执行时间，并扩充核心账户数据库连接资源，同时加强批量作业之间的调度检查。

如您在上述时间段内交易失败且被扣款，款项将在3个工作日内自动退回。如有疑问，请致电我行客服热线。

米勒姆银行
2026年4月1日

版权所有 © 米勒姆银行 | 隐私政策 | 网站地图
`
	in := wf22Extract(t, page, "notice.txt")
	wf22Window(t, in, "2026-03-31T23:35:00+08:00", "2026-04-01T00:55:00+08:00")
}

// TestWF22ZhSubsetRange holds a carrier's notice whose 影响范围 says "其中
// 约3.6万户在凌晨5时40分至早上7时02分期间处于…的状态" of a part of those
// affected, while its 故障经过 rows run from 凌晨3时12分 to 早上7时02分:
// the outage began at 03:12, not 05:40.
func TestWF22ZhSubsetRange(t *testing.T) {
	page := `赫弗舍姆通信
首页 | 个人业务 | 政企业务 | 新闻公告 | 客户服务

首页 > 新闻公告 > 服务公告

关于6月9日凌晨部分地区移动数据业务故障的说明

发布日期：2026-06-09　　浏览次数：3127

尊敬的用户：

6月9日凌晨，我公司部分地区移动数据业务发生故障，给广大用户带来不便，我们深表歉意。现将有关情况通报如下：

一、故障经过

凌晨3时12分，核心网一台会话管理设备在软件升级后出现异常，部分用户开始无法使用移动数据业务。

凌晨3时25分，网络监控中心发现告警，立即启动应急预案。

凌晨4时50分，技术人员确认故障原因，开始将用户会话迁移至备用设备。

早上6时30分，大部分用户数据业务恢复正常。

早上7时02分，全部用户数据业务恢复正常。

二、影响范围

据统计，本次故障共影响移动用户约21万户，其中约3.6万户在凌晨5时40分至早上7时02分期间处于"能通话、不能上网"的状态。语音通话及短信业务未受影响。

三、故障原因

会话管理设备升级后的新版本软件存在缺陷，在夜间会话数量较低时触发内存回收异常，导致设备无法为用户建立数据会话。

四、改进措施

我公司已回退该设备软件版本，并要求设备厂商尽快修复缺陷。今后核心网设备升级将先在小范围试点，确认稳定后再逐步推广。

对受影响用户，我公司将赠送1GB国内流量，将于6月15日前自动到账。

赫弗舍姆通信
2026年6月9日

客服热线：400-601-2026 | 版权所有 © 赫弗舍姆通信
`
	in := wf22Extract(t, page, "notice.txt")
	wf22Window(t, in, "2026-06-09T03:12:00+08:00", "2026-06-09T07:02:00+08:00")
}

// TestWF22ZhBracketedClockHeading holds a game's notice whose updates are
// headed in brackets with their time first ("【14:35 登录异常说明】",
// "【15:00 紧急维护公告】", …): the first heading is an update at 14:35,
// not a section named 说明 that its paragraph is read under.
func TestWF22ZhBracketedClockHeading(t *testing.T) {
	page := `《星海守望》官方网站
首页 | 新闻 | 公告 | 活动 | 攻略 | 客服中心

当前位置：首页 > 公告

《星海守望》3月14日登录异常及紧急维护公告

发布时间：2026-03-14 18:20　　来源：斯泰夫利游戏

亲爱的指挥官：

【14:35 登录异常说明】
今日14时20分起，部分指挥官在登录游戏时出现"连接服务器超时"的提示，无法进入游戏。技术团队已在紧急排查，请大家不要反复尝试登录。

【15:00 紧急维护公告】
为尽快解决登录问题，我们将于15:10对全部服务器进行紧急维护，预计维护时长1小时。维护期间将无法登录游戏，请指挥官们提前做好准备。

【16:05 维护延长公告】
由于登录服务器的数据修复耗时超出预期，本次维护将延长至17:00，给大家带来不便，非常抱歉。

【17:02 维护结束公告】
全部服务器已于16:58完成维护并开放登录。经排查，本次登录异常是由于登录服务器的一次配置更新导致会话校验失败。

【补偿说明】
维护结束后，全体指挥官可在游戏内邮件中领取：钻石×300、高级补给箱×2。领取截止时间：2026年3月21日23:59。

感谢各位指挥官的耐心与支持！

斯泰夫利游戏《星海守望》运营团队
2026年3月14日

健康游戏忠告：抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。
`
	in := wf22Extract(t, page, "notice.txt")
	found := false
	for _, ev := range in.Timeline {
		at, err := time.Parse(time.RFC3339, ev.At)
		if err == nil && strings.Contains(ev.TimeText, "14:35") && at.Hour() == 14 && at.Minute() == 35 {
			found = true
		}
	}
	if !found {
		t.Errorf("no event at 14:35: %v", in.Timeline)
	}
}

// TestWF22ZoneNotes holds status pages whose zone is named only in their
// note: "All times are in UTC−05:00 (Bogotá)." written with the minus
// sign (U+2212), and "All times on this page are Brisbane time (AEST,
// UTC+10)": their times are at −05:00 and +10:00.
func TestWF22ZoneNotes(t *testing.T) {
	cases := []struct {
		name, page, offset string
	}{
		{"UTC−05:00 with the minus sign", `Haverthwaite Pay — System status
Status · Incidents · Subscribe

All times are in UTC−05:00 (Bogotá).

Card payments declined for merchants in Colombia
Resolved · Major outage

Started Feb 18, 2026 at 6:05 am
Resolved Feb 18, 2026 at 8:40 am

Resolved — Card payments have been approved normally since 8:40 am. A certificate used to sign requests to our acquiring bank had expired, and requests signed with it were declined. We have installed a renewed certificate and added an expiry alert.
Feb 18, 2026 at 8:52 am

Identified — We have found that requests to our acquiring bank are being rejected because a signing certificate expired. We are installing a new one.
Feb 18, 2026 at 7:31 am

Investigating — Merchants in Colombia report that card payments are being declined. We are investigating.
Feb 18, 2026 at 6:22 am

© 2026 Haverthwaite Pay S.A.S. · Privacy · Terms
`, "-05:00"},
		{"Brisbane time", `Lindale Freight — service status
Status · History · Subscribe to updates

Booking portal unavailable

All times on this page are Brisbane time (AEST, UTC+10).

Resolved
The booking portal has been working normally since 10:35 am. The outage began at 9:12 am when a database failover left the portal pointing at the old primary, which had become read-only. We have corrected the connection settings and will test failover quarterly.
Posted Mar 3, 2026, 10:48 am

Monitoring
The portal is accepting bookings again. We are monitoring.
Posted Mar 3, 2026, 10:37 am

Investigating
Customers cannot sign in to the booking portal. We are investigating.
Posted Mar 3, 2026, 9:30 am

Lindale Freight Pty Ltd · ABN 00 000 000 000 · Privacy
`, "+10:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := wf22Extract(t, c.page, "status.txt")
			if !strings.HasSuffix(in.StartedAt, c.offset) {
				t.Errorf("started %q, want it at %s", in.StartedAt, c.offset)
			}
			if in.EndedAt != "" && !strings.HasSuffix(in.EndedAt, c.offset) {
				t.Errorf("ended %q, want it at %s", in.EndedAt, c.offset)
			}
		})
	}
}

// TestWF22OnsetAfterCapacityAddition holds a cloud's event summary (HTML,
// paragraphs under its h1 alone) whose first time is when "we began
// adding hosts to this metadata fleet" (10:20 PM AEST) and whose next
// paragraph says that at 10:42 PM AEST the new hosts "started taking
// traffic" and "customers experienced elevated error rates": the
// incident began at 10:42 PM, not when the capacity addition began.
func TestWF22OnsetAfterCapacityAddition(t *testing.T) {
	page := `<!DOCTYPE html>
<html lang="en">
<head><title>Summary of the Witherslack Object Store Service Event in the Sydney Region</title></head>
<body>
<div class="nav"><a href="/">Witherslack Cloud</a> <a href="/products">Products</a> <a href="/pricing">Pricing</a> <a href="/docs">Documentation</a></div>
<main>
<h1>Summary of the Witherslack Object Store Service Event in the Sydney (ap-southeast-2) Region</h1>
<p>We want to provide you with some additional information about the service disruption that occurred in the Sydney (ap-southeast-2) Region on June 30, 2025.</p>
<p>Witherslack Object Store keeps the mapping of objects to storage partitions in a metadata fleet. At 10:20 PM AEST on June 30, in response to growth in request volume over the preceding weeks, we began adding hosts to this metadata fleet. Adding capacity to this fleet is a routine operation that we carry out several times each month.</p>
<p>At 10:42 PM AEST, twenty-two minutes after the capacity addition began, the newly added hosts started taking traffic before they had completed loading the partition map. Requests routed to those hosts returned errors, and customers experienced elevated error rates for GET and PUT requests in the Region. The hosts were marked healthy because their health check only confirmed that the service process was running, not that the partition map had been loaded.</p>
<p>Engineers were engaged at 10:49 PM AEST and identified the new hosts as the source of the errors at 11:15 PM AEST. At 11:24 PM AEST, we removed the new hosts from service, and error rates began to recover. By 11:58 PM AEST, error rates had returned to normal levels and the service was operating normally.</p>
<p>We have updated the health check so that a host only takes traffic once it has fully loaded the partition map, and we have paused further capacity additions until this change is deployed across all Regions.</p>
<p>We apologize for the impact this event caused our customers. We know how critical our services are to our customers and their businesses, and we will do everything we can to learn from this event and improve our availability.</p>
</main>
<div class="footer"><a href="/privacy">Privacy</a> | <a href="/terms">Site terms</a> | © 2025 Witherslack Cloud Pty Ltd</div>
</body>
</html>
`
	in := wf22Extract(t, page, "summary.html")
	if !wf22Same(in.StartedAt, "2025-06-30T22:42:00+10:00") {
		t.Errorf("started %q, want 2025-06-30T22:42:00+10:00", in.StartedAt)
	}
}

// TestWF22CauseNotUndoneUpdate holds a cloud's event summary with no
// section headings whose defect is told "However, the replacement
// triggered a latent defect in the rebalancing logic …", a later
// paragraph saying "During the event, the Health Dashboard was not
// updated until 10:41 AM PDT": the cause is the defect, not the update
// left undone.
func TestWF22CauseNotUndoneUpdate(t *testing.T) {
	page := `<!DOCTYPE html>
<html lang="en">
<head><title>Summary of the Crosthwaite Queue Service Event in the Oregon (us-west-2) Region</title></head>
<body>
<div class="nav"><a href="/">Crosthwaite Cloud</a> <a href="/products">Products</a> <a href="/docs">Documentation</a> <a href="/support">Support</a></div>
<main>
<h1>Summary of the Crosthwaite Queue Service Event in the Oregon (us-west-2) Region</h1>
<p>We would like to give you some more detail about the disruption to the Crosthwaite Queue Service in the Oregon (us-west-2) Region on March 3, 2026.</p>
<p>Crosthwaite Queue Service stores queue metadata in a fleet of partition servers. On March 3, at 8:47 AM PDT, one of these servers failed a routine hardware check and was automatically replaced. Replacing a partition server is a normal event that happens many times each day without any effect on customers.</p>
<p>However, the replacement triggered a latent defect in the rebalancing logic that moves partitions to the new server. Instead of moving only the partitions of the failed server, the rebalancer began moving partitions from every server in the fleet at once. Between 8:52 AM and 10:37 AM PDT, customers experienced elevated latencies and errors when sending and receiving messages, as requests waited for their partitions to finish moving.</p>
<p>Engineers were engaged at 9:01 AM PDT. At 9:40 AM PDT, they paused the rebalancer, and at 10:05 AM PDT they began moving partitions back in small batches. By 10:37 AM PDT, all partitions were serving normally and error rates had returned to normal.</p>
<p>During the event, the Health Dashboard was not updated until 10:41 AM PDT. We understand that this delay made it harder for customers to know what was happening, and we are changing our process so that the dashboard is updated within fifteen minutes of engineers being engaged.</p>
<p>We have fixed the defect in the rebalancing logic and added a limit on how many partitions can be moved at the same time. We apologize for the impact this event had on our customers.</p>
</main>
<div class="footer"><a href="/privacy">Privacy</a> | <a href="/terms">Site terms</a> | © 2026 Crosthwaite Cloud, Inc.</div>
</body>
</html>
`
	in := wf22Extract(t, page, "summary.html")
	if !strings.Contains(in.Cause, "latent defect") {
		t.Errorf("cause %q, want the latent defect", in.Cause)
	}
	if strings.Contains(in.Cause, "Dashboard was not updated") {
		t.Errorf("cause %q is the dashboard left un-updated", in.Cause)
	}
}

// TestWF22KiosksStillFailing holds a Statuspage incident whose latest
// update says the mobile app has worked "since 3:35 AM AEST" but "Wall-
// mounted kiosks … are still showing "Unable to reach server", and
// timesheet export to payroll remains paused": the incident goes on, and
// no end is told.
func TestWF22KiosksStillFailing(t *testing.T) {
	page := `Underbarrow Workforce Status
Subscribe to Updates

Clock-in failing on mobile app and kiosks
Incident Report for Underbarrow Workforce

Update
The mobile app has been working normally since 3:35 AM AEST and staff can clock in and out again. Wall-mounted kiosks at customer sites are still showing "Unable to reach server", and timesheet export to payroll remains paused. Staff at sites with kiosks should use the mobile app for now. Next update by 6:00 AM AEST.
Posted 12 minutes ago. May 14, 2026 - 04:10 AEST

Identified
A certificate on our device gateway was replaced with one that the kiosks do not trust, and the app's older versions were affected too. We are rolling back the certificate.
Posted 1 hour ago. May 14, 2026 - 03:02 AEST

Investigating
Staff are unable to clock in using the mobile app or wall-mounted kiosks. We are investigating.
Posted 2 hours ago. May 14, 2026 - 02:19 AEST

This incident affected: Mobile app, Kiosks, Payroll export.

← Current Status   Powered by Atlassian Statuspage
`
	in := wf22Extract(t, page, "incident.txt")
	if in.EndedAt != "" {
		t.Errorf("ended %q, want none (kiosks still failing, export paused)", in.EndedAt)
	}
}
