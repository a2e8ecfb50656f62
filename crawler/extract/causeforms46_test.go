package extract

import (
	"strings"
	"testing"
)

// TestPrintedStoryCauseAcrossWrap: a news story printed to text at 78
// columns, whose lines run on into names that open with a month's or a
// day's letter ("… on Tuesday after" / "Marlpit Rail's booking …"), and
// whose spokesman tells the cause beside the inquiry still to come ("…
// had been caused by a failed cooling fan …, and that the company would
// be investigating why …"): the story's sentences are read whole and the
// stated cause is kept, not dropped as a search still going on.
func TestPrintedStoryCauseAcrossWrap(t *testing.T) {
	doc := `04/09/2026 07:15          Rail bookings frozen for six hours - Dunmore Courier

DUNMORE COURIER                                         Sign in   Subscribe
Home  News  Local  Business  Travel  Sport

News > Travel

Rail bookings frozen for six hours as Marlpit Rail systems fail

Travellers could not buy or change tickets on Tuesday after a cooling failure
at the operator's data centre

By Nia Pemberton
Transport Correspondent
Tuesday 3 September 2026, 10:02pm

Thousands of travellers were unable to buy tickets online on Tuesday after
Marlpit Rail's booking and seat reservation systems failed for six hours.
The trouble began shortly after 9am, when the website and the ticket
machines at Dunmore, Calder and Westby stations stopped taking payments.
Marlpit said the systems were restored at about 3.10pm.

A Marlpit spokesman said the failure had been caused by "a failed cooling
fan in the room that houses our booking servers", and that the company would
be investigating why its standby systems had not taken over.

ADVERTISEMENT

Passengers with advance tickets were allowed to travel on any train until
Wednesday evening.
`
	in, err := Extract([]byte(doc), "dunmore-courier-print.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "failed cooling fan in the room that houses our booking servers") {
		t.Errorf("cause %q, want the spokesman's stated cause, whole", in.Cause)
	}
	if !strings.Contains(in.Impact+in.Summary, "on Tuesday after Marlpit Rail's booking") {
		t.Errorf("impact %q / summary %q: the wrapped sentence is not read whole", in.Impact, in.Summary)
	}
}

// TestUpdatesStampedAfterTextWithDash: a status page whose updates give
// the state, the text, then the time with an en dash between the day and
// the clock ("Nov 16, 2026 – 15:22 CET"), as a Statuspage gives it with a
// hyphen: each update is an event with its text, and the cause is what
// the updates found, sentence by sentence.
func TestUpdatesStampedAfterTextWithDash(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Brackwater Hosting – Status</title></head><body>
<header><a href="/" class="brand">Brackwater Hosting</a> <nav><a href="/">Overview</a> <a href="/incidents">Incidents</a></nav></header>
<main><section class="incident">
<h1>Packet loss on dedicated servers in Leipzig (LEJ1)</h1>
<ol class="updates">
<li><strong>Resolved</strong><p>Traffic has been moved to the second core switch and packet loss stopped at 10:40 CET. The first switch's uplink module had begun dropping packets without raising an alarm, so traffic was not moved off it automatically.</p><span class="stamp">Mar 9, 2026 – 10:55 CET</span></li>
<li><strong>Identified</strong><p>We traced the packet loss to an uplink module in a core switch and are moving traffic off it.</p><span class="stamp">Mar 9, 2026 – 10:21 CET</span></li>
<li><strong>Investigating</strong><p>Since 09:48 CET some dedicated servers in LEJ1 see packet loss. We are investigating.</p><span class="stamp">Mar 9, 2026 – 09:58 CET</span></li>
</ol>
</section></main>
<footer>© 2026 Brackwater Hosting · Privacy policy</footer>
</body></html>`
	in, err := Extract([]byte(page), "brackwater-status.html", "")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, ev := range in.Timeline {
		texts[ev.At] = ev.Text
	}
	for at, word := range map[string]string{"2026-03-09T09:58:00+01:00": "Investigating", "2026-03-09T10:21:00+01:00": "uplink module", "2026-03-09T10:55:00+01:00": "second core switch"} {
		if !strings.Contains(texts[at], word) {
			t.Errorf("event at %s: %q, want the update's text (%q) (timeline %+v)", at, texts[at], word, in.Timeline)
		}
	}
	if !strings.Contains(in.Cause, "moving traffic off it. The first switch's uplink module had begun dropping packets") {
		t.Errorf("cause %q, want the Identified and Resolved updates' findings, as two sentences", in.Cause)
	}
}

// TestCauseToldAsWhatFailedAndWhatItTookDown: sentences that tell the
// cause by what failed and what it took down, or by what the outage
// followed, with no cause word, and that cues read as impact: the cause
// is theirs, not a later sentence that only says what will be looked
// into.
func TestCauseToldAsWhatFailedAndWhatItTookDown(t *testing.T) {
	for _, c := range []struct {
		name, doc, want string
	}{{
		"statement in a news story",
		`Eastbridge Echo - Parking meters stop taking cards across town as payments firm suffers outage

Eastbridge Echo
Home | News | Business | Sport | Motoring | Jobs

NEWS

Parking meters stop taking cards across town as payments firm suffers outage

Drivers were left hunting for coins for almost four hours

By Rosa Quennell
Friday 6 March 2026 7:12 pm
Share  Comments (11)

Parking meters and pay stations across Eastbridge stopped accepting card payments on Friday morning after an outage at the council's payment provider, Coinward.

Drivers reported that machines showed "service unavailable" from about 8.40am, and the council's website confirmed the problem shortly afterwards. Payments were working again shortly after 12.30pm.

"I had no coins and no signal for the app, so I just drove home," said Terry Balcombe, who had come into town for a dental appointment.

In a statement, Coinward said: "A power failure at one of our processing sites took down the gateway that connects pay stations to the card networks. Our second site should have taken over, but it did not, and our engineers had to bring it online by hand."

The company said it would investigate why the switch to its second site failed.

Read more
Eastbridge bypass roadworks to finish in May
Council approves new cycle lanes on Mill Road

Advertisement

© Eastbridge Echo 2026. All rights reserved. Privacy | Cookies | Contact us
`,
		"A power failure at one of our processing sites took down the gateway",
	}, {
		"filing that says what the outage followed",
		`Current report: service interruption at the Tarnbrook facility

On March 3, 2026, between approximately 1:15 p.m. and 6:40 p.m. Eastern Time, customers hosted in the Company's Tarnbrook facility experienced an outage of compute services. The outage followed the failure of the facility's uninterruptible power supply: one of its two battery strings failed during a routine transfer test, and servers in two data halls lost power.

Approximately 600 customers were affected. The Company's other facilities were not affected.
`,
		"The outage followed the failure of the facility's uninterruptible power supply",
	}, {
		"status history entry with a migration that held a lock",
		`Delayed invoice e-mails

Resolved

This incident has been resolved. Between 2:05 PM and 3:50 PM CET, invoice e-mails were delayed by up to an hour. A schema migration that added a column to the invoices table held a lock longer than planned, and the mail workers queued behind it. We stopped the migration at 3:20 PM and the queue was drained by 3:50 PM.
`,
		"held a lock longer than planned",
	}} {
		in, err := Extract([]byte(c.doc), "cause.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("%s: cause %q, want %q", c.name, in.Cause, c.want)
		}
	}
}

// TestMoreCauseForms: a change told by what it blocked, and what the
// investigation established, each in a write-up that names no cause
// otherwise, and a printable issue view whose sections are rows of a
// one-column table ("<tr><td><b>Root Cause</b></td></tr>" over the text):
// the cause is the sentence or the section that tells it.
func TestMoreCauseForms(t *testing.T) {
	for _, c := range []struct {
		name, file, doc, want string
	}{{
		"status update naming a change by what it blocked", "update.md",
		`# Checkout errors for some customers

**Resolved** – A network policy change applied at 14:10 blocked requests from the checkout service to the fraud-scoring API, so orders could not be confirmed. The change was reverted at 14:52 and checkout has been working normally since. Posted Jun 4, 2026 - 15:05 UTC

**Investigating** – We are investigating failed checkouts. Posted Jun 4, 2026 - 14:21 UTC
`,
		"blocked requests from the checkout service to the fraud-scoring API",
	}, {
		"service event summary telling what was established", "summary.txt",
		`Summary of the queue service disruption in the Lisbon region

We want to give you some more detail about the disruption to the queue service in the Lisbon (EU-SOUTH-3) region on 12 May 2026.

The queue service keeps each queue's messages on a group of storage hosts chosen by a placement service. At 06:20 UTC, consumers in one zone started to receive errors when they read from their queues, and producers saw their sends time out. We later determined that a placement table published the night before listed hosts that had already been taken out of service, so new messages were assigned to hosts that could not accept them. Reads and sends recovered as the table was corrected, and all queues were working normally by 08:05 UTC.

We apologise for the impact this event had on our customers.
`,
		"a placement table published the night before listed hosts that had already been taken out of service",
	}, {
		"printable issue view laid out in a table", "ops-4411.html",
		`<html><head><title>[OPS-4411] Report exports time out for all workspaces</title></head><body>
<table width="100%"><tr><td><h2>[OPS-4411] Report exports time out for all workspaces</h2></td></tr></table>
<table width="100%"><tr><td bgcolor="#f0f0f0"><b>Description</b></td></tr><tr><td>
<p>Report exports started timing out at 10:05 UTC for every workspace. The export queue is growing.</p>
</td></tr></table>
<table width="100%"><tr><td bgcolor="#f0f0f0"><b>Root Cause</b></td></tr><tr><td>
<p>The export workers read from a replica that had fallen four hours behind its primary after its disk filled with temporary files, so each export waited for rows that had not arrived yet.</p>
</td></tr></table>
<table width="100%"><tr><td bgcolor="#f0f0f0"><b>Comments</b></td></tr>
<tr><td><b>Ines Varga</b> added a comment - 03/Mar/26 10:40 AM<br>Cleared the temporary files; replica catching up.</td></tr></table>
</body></html>`,
		"read from a replica that had fallen four hours behind its primary",
	}} {
		in, err := Extract([]byte(c.doc), c.file, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("%s: cause %q, want %q", c.name, in.Cause, c.want)
		}
		if strings.TrimSpace(in.Cause) == "Root Cause" {
			t.Errorf("%s: the cause is the section's name", c.name)
		}
	}
}

// TestZhUpdatesStateSpacedStampAfter: a Chinese status page whose updates
// give the state and the text parted by an ideographic space, then the
// time on the next line ("已定位　问题由…引起，正在回滚。" / "2026-05-20
// 15:12（北京时间）"), newest first: each update is an event at its own
// time, the incident runs from the first update to the last, and the
// cause is what the 已定位 update found, not the 调查中 update's report
// ("我们收到…的反馈，正在排查原因").
func TestZhUpdatesStateSpacedStampAfter(t *testing.T) {
	doc := `青岚云 服务状态

概览　事件历史　订阅

▼ 消息队列投递延迟（已解决）

已解决　消息队列投递已全部恢复正常，积压消息已投递完毕。
2026-05-20 16:05（北京时间）

监控中　已扩容消费节点，投递延迟已降至正常水平，继续观察。
2026-05-20 15:40（北京时间）

已定位　问题由一次消费节点的配置变更引起，正在回滚。
2026-05-20 15:12（北京时间）

调查中　我们收到部分用户消息投递延迟的反馈，正在排查原因。
2026-05-20 14:48（北京时间）

▶ 云数据库连接超时（已解决）　2026-05-18 09:10 - 09:35

青岚云计算 | 服务条款 | 隐私政策
`
	in, err := Extract([]byte(doc), "qinglan-status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-05-20T14:48:00+08:00" || in.EndedAt != "2026-05-20T16:05:00+08:00" {
		t.Errorf("%s – %s, want 14:48 – 16:05 (timeline %+v)", in.StartedAt, in.EndedAt, in.Timeline)
	}
	if !strings.Contains(in.Cause, "配置变更") || strings.Contains(in.Cause, "正在排查") {
		t.Errorf("cause %q, want the 已定位 update's finding, not the 调查中 update", in.Cause)
	}
	for _, ev := range in.Timeline {
		if ev.At == "2026-05-20T15:12:00+08:00" && !strings.Contains(ev.Text, "配置变更") {
			t.Errorf("the 15:12 event reads %q, want the 已定位 update", ev.Text)
		}
	}
}
