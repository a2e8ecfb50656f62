package extract

import (
	"strings"
	"testing"
)

// A news page printed to text in a narrow column: its masthead is set in
// columns (the paper's name and address far apart) and repeated at every
// page's top, over a breadcrumb, and its pages are numbered "- 1 -". The
// masthead runs on into nothing, and the title is the headline.
func TestPrintedMastheadNotTitle(t *testing.T) {
	doc := `ASHCOMBE COURIER                                  ashcombecourier.example
News / Technology / Business

Ticket machines down at every Ashcombe station
for the morning rush

By Tom Pellow | 3 March 2026 | 3 min read

Share  Tweet  Email

Ticket machines at all 14 stations on the Ashcombe
line were out of service from 6.20am until 9.50am
on Tuesday, after a certificate used by the payment
terminals expired overnight, the operator said.

Passengers were allowed to board without tickets
and buy them on arrival.

- 1 -
ASHCOMBE COURIER                                  ashcombecourier.example

The operator said the certificate had been due for
renewal in February and that an alert about it had
gone to a mailbox nobody read.

- 2 -
`
	in, err := Extract([]byte(doc), "ashcombe-courier.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ticket machines down at every Ashcombe station for the morning rush"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	if strings.Contains(in.Summary, "COURIER") || strings.Contains(in.Summary, "News / Technology") {
		t.Errorf("summary %q holds the masthead", in.Summary)
	}
}

// A news lede that only blames "a glitch in a software update" is
// followed, in the cause, by the story's sentence that says what the
// glitch was.
func TestVagueBlameGetsMechanism(t *testing.T) {
	doc := `Parcel lockers across Wexley stay shut after update

By Jo Marsh · Friday 6 March 2026, 08:00 GMT

Lockbay, which runs more than 900 parcel lockers in the Wexley region, has blamed a glitch in a software update for an outage that left customers unable to collect parcels for most of Thursday.

The lockers stopped accepting collection codes at 07:40 GMT on 5 March, shortly after Lockbay pushed new firmware to them overnight. According to a statement from the company, the new firmware read the date in the wrong format, so every collection code looked expired and was refused.

Engineers rolled the firmware back from 15:10 GMT and all lockers were working again by 16:30 GMT.

Lockbay said it would test firmware on a small group of lockers before sending it to all of them.
`
	in, err := Extract([]byte(doc), "lockbay-news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "read the date in the wrong format") {
		t.Errorf("cause %q, want the sentence that says what the glitch was", in.Cause)
	}
	for _, c := range []struct {
		cause string
		want  bool
	}{
		{"The company blamed a technical issue for the outage.", true},
		{"The company blamed an expired certificate for the outage.", false},
		{"The company blamed a bug in its billing code for the outage.", false},
		{"The outage began at 07:40.", false},
	} {
		if got := vagueBlame(c.cause); got != c.want {
			t.Errorf("vagueBlame(%q) = %v, want %v", c.cause, got, c.want)
		}
	}
}

// A Chinese review with no cause section tells its cause in what the
// investigation found ("进一步排查后，工程师发现…"); a timeline row that
// only says the cause was found ("排查发现根因，开始回滚…") is no cause.
func TestZhInvestigationFinding(t *testing.T) {
	doc := `# 3·14 青岚对象存储上传失败复盘

> 作者：青岚存储团队 ｜ 发布于 2026-03-17

## 背景

3 月 14 日上午，青岚对象存储华东区域出现大量上传失败，用户收到 500 InternalError。

## 时间线

| 时间 | 事件 |
| --- | --- |
| 09:20 | 元数据服务 v3.2.0 开始灰度发布 |
| 09:41 | 上传失败率开始上升 |
| 10:35 | 排查发现根因，开始回滚元数据服务至 v3.1.7 |
| 11:10 | 回滚完成，上传恢复正常 |

## 排查过程

起初我们怀疑是存储节点磁盘故障，但各节点磁盘指标正常。进一步对比新旧版本的请求日志后，工程师发现 v3.2.0 在生成分片编号时使用了 16 位整数，分片数超过 65535 的大文件上传会溢出并写错分片索引。这个缺陷是在重构分片模块时引入的。

## 改进措施

1. 修复分片编号类型，增加大文件上传的测试；
2. 元数据服务发布改为按可用区逐步灰度。
`
	in, err := Extract([]byte(doc), "qinglan-fupan.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "16 位整数") || strings.Contains(in.Cause, "开始回滚") {
		t.Errorf("cause %q, want what the investigation found, not the row that says it was found", in.Cause)
	}
	if !announcesCause("排查发现根因，开始回滚元数据服务至 v3.1.7") || announcesCause("排查发现根因，是分片编号溢出导致") {
		t.Error("announcesCause: a row that only says the cause was found, then what was done, is an announcement; one that goes on to state it is not")
	}
}

// A status page's closing update that looks back on what set the incident
// off ("The errors started at 09:12 UTC, when a change to …") adds that to
// the cause an Identified update gave ("caused by throttling").
func TestClosingUpdateTrigger(t *testing.T) {
	doc := `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Incident: Card checks failing in eu-north | Tolland Pay Status</title></head>
<body>
<header><a href="/">Tolland Pay Status</a> · <a href="/history">Incident history</a></header>
<main>
<h1>Card checks failing in eu-north</h1>
<p>Severity: Major · Region: eu-north-1 · Times are in UTC</p>
<h2>Resolved</h2>
<p>14 Mar 2026 11:05 UTC — Card checks have succeeded normally since 10:41 UTC. The errors started at 09:12 UTC, when a change to the fraud service's connection-pool configuration was applied to the region. The new configuration capped each service host at four database connections instead of forty, so most checks waited for a connection and timed out.</p>
<h2>Monitoring</h2>
<p>14 Mar 2026 10:30 UTC — We have reverted a recent configuration change. Card checks are recovering.</p>
<h2>Identified</h2>
<p>14 Mar 2026 09:58 UTC — The failures are caused by throttling in the fraud service. We are checking recent changes.</p>
<h2>Investigating</h2>
<p>14 Mar 2026 09:31 UTC — Merchants in eu-north-1 report card payments failing at the fraud check. We are investigating.</p>
</main>
<footer>© 2026 Tolland Pay</footer>
</body></html>`
	in, err := Extract([]byte(doc), "tolland-status.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "connection-pool configuration") {
		t.Errorf("cause %q, want the closing update's account of what set it off", in.Cause)
	}
	// the line of fields over the updates is no summary, and the cause
	// reads without the update's stamp
	if strings.HasPrefix(in.Summary, "Severity:") {
		t.Errorf("summary %q is the page's line of fields", in.Summary)
	}
	if strings.Contains(in.Cause, "09:58 UTC —") {
		t.Errorf("cause %q keeps the update's stamp", in.Cause)
	}
	if got := withoutUpdateStamps("2026/11/12 13:05 – 14:37 (JST)", "en"); got != "2026/11/12 13:05 – 14:37 (JST)" {
		t.Errorf("withoutUpdateStamps cut a range: %q", got)
	}
	if !fieldsJoined("Started: Mar 5, 2026 at 3:40 PM (CET) · Ended: Mar 5, 2026 at 5:45 PM (CET) · Duration: 2h 5m") || fieldsJoined("Resolved · This incident has been resolved.") {
		t.Error("fieldsJoined: a line of named fields side by side is one; a state beside a sentence is not")
	}
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The delays started at 10:02 IST, when a change was applied.", true},
		{"The outage began when a router failed.", true},
		{"Errors began shortly after 14:05 UTC, following a deploy of the API.", true},
		{"The delays started at 10:02 IST.", false},
		{"We started a rollback when the alarm fired.", false},
	} {
		if got := startedWhen.MatchString(c.sent); got != c.want {
			t.Errorf("startedWhen(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// A cloud's review names its product and region in capitals ("Managed
// Queues", "North Europe") again and again: those words are no
// organisation, though the title holds them and the text repeats them.
func TestProductWordsNotOrg(t *testing.T) {
	title := "Post Incident Review (PIR) – Managed Queues – Delayed deliveries in North Europe"
	text := title + `
What happened? Between 08:10 and 09:55 UTC on 4 March 2026, customers using Managed Queues in North Europe saw messages delivered late.
What went wrong? A Managed Queues partition host in North Europe ran out of disk, and the Managed Queues front ends kept sending it writes.
How did we respond? We moved the partitions off the host. North Europe deliveries caught up by 09:55 UTC.`
	if got := titleOrg(title, text); got != "" {
		t.Errorf("titleOrg = %q, want none (product and region words)", got)
	}
	if got := titleOrg("Ferncliff outage: Ferncliff Pay down for two hours", "Ferncliff said Ferncliff Pay was down. Ferncliff apologised."); got != "Ferncliff" {
		t.Errorf("titleOrg = %q, want Ferncliff", got)
	}
}

// A status page saved as text, each update's state on a line over its
// stamp and words ("14 Mar 2026 09:31 UTC — Merchants … report …"): every
// event reads without the stamp, the first as the others.
func TestUpdateEventsWithoutStamp(t *testing.T) {
	doc := `Card checks failing in eu-north

Severity: Major · Region: eu-north-1 · Times are in UTC

Resolved
14 Mar 2026 11:05 UTC — Card checks have succeeded normally since 10:41 UTC. The errors started at 09:12 UTC, when a change to the fraud service's connection-pool configuration was applied to the region.

Monitoring
14 Mar 2026 10:30 UTC — We have reverted a recent configuration change. Card checks are recovering.

Identified
14 Mar 2026 09:58 UTC — The failures are caused by throttling in the fraud service. We are checking recent changes.

Investigating
14 Mar 2026 09:31 UTC — Merchants in eu-north-1 report card payments failing at the fraud check. We are investigating.
`
	in, err := Extract([]byte(doc), "tolland-status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) != 4 {
		t.Fatalf("%d events, want the 4 updates", len(in.Timeline))
	}
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.Text, "14 Mar 2026") {
			t.Errorf("event %q keeps its update's stamp in its words", ev.Text)
		}
	}
}
