package extract

import (
	"strings"
	"testing"
)

// TestSiteNamesAreNoTitles: a page whose <title> and masthead name only
// its site (a link home, its copyright's holder, its logo's brand followed
// by a kind of page) or a record's number is titled by the incident's own
// name: a bold line above the first heading, or the heading under the
// site's. A page whose <title> is the incident's keeps it.
func TestSiteNamesAreNoTitles(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"a link home and a bold line", `<html><head><title>Fallowmere Hosting</title></head><body>
<header><h1><a href="https://www.fallowmere.example/">Fallowmere Hosting</a></h1><nav><a href="/vps">VPS</a> <a href="/support">Support</a></nav></header>
<main><article>
<p><strong>Object storage uploads timed out in ams-3</strong></p>
<p>Incident report · 12 February 2025</p>
<h3>Summary</h3><p>From 08:10 to 09:25 UTC on 11 February 2025, uploads to object storage in ams-3 timed out for most customers. Downloads were not affected.</p>
<h3>Timeline (UTC, 11 February 2025)</h3><ul><li>08:10 – Upload latency alarms fire.</li><li>09:25 – Uploads back to normal.</li></ul>
<h3>Why did this happen?</h3><p>A storage node's write cache failed and the cluster did not take it out of rotation.</p>
</article></main>
<footer>© 2025 Fallowmere Hosting B.V. · Privacy</footer></body></html>`, "Object storage uploads timed out in ams-3"},
		{"the brand's notice centre over the notice", `<html><head><title>青屿云 - 帮助中心</title></head><body>
<div class="top"><a class="logo" href="/"><img src="/logo.png" alt="青屿云"></a></div>
<div class="content"><h1>青屿云帮助中心</h1>
<h2>关于3月2日华南2云硬盘读写延迟升高的说明</h2>
<p>2025年3月2日09:05至10:20，华南2部分云硬盘读写延迟升高。经排查，由于一台存储节点的网卡故障，该节点上的副本同步变慢。</p>
<p>我们已更换该网卡，并将增加网卡故障的自动隔离。</p></div></body></html>`, "关于3月2日华南2云硬盘读写延迟升高的说明"},
		{"a record's number as the page's title", `<html><head><title>Event EV-2291 · Kestrelnet Status</title></head><body>
<div class="incident"><p>EV-2291 · Resolved</p><h2>Login requests failing for SSO accounts</h2>
<p>Between 14:02 and 14:40 UTC on 6 May 2025, login requests from SSO accounts failed. A certificate used to sign SSO assertions had expired.</p></div></body></html>`, "Login requests failing for SSO accounts"},
		{"the incident's own <title> stays", `<html><head><title>Search latency in eu-north | Tarnby Blog</title></head><body>
<header><a href="/">Tarnby</a></header>
<article><h1>Search latency in eu-north</h1><p>On 2 April 2025 search requests in eu-north were slow for an hour because an index rebuild ran during peak hours.</p></article>
<footer>© 2025 Tarnby AB</footer></body></html>`, "Search latency in eu-north"},
	} {
		in, err := Extract([]byte(tc.body), "/tmp/pagenames/page.html", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Title != tc.want {
			t.Errorf("%s: title %q, want %q", tc.name, in.Title, tc.want)
		}
	}
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Incident INC-4471", true}, {"事件详情 #4521", true}, {"Incident details", true}, {"历史事件", true},
		{"Root Cause Analysis – Incident 2025-0412", false}, {"INC-4471: API errors in us-west-4", false}, {"数据中心断电", false},
	} {
		if got := genericTitle(tc.title); got != tc.want {
			t.Errorf("genericTitle(%q) = %v", tc.title, got)
		}
	}
}

// TestFieldLinesRecord: a service-health page copied as text lays its
// record out one field a line over its value: the fields are read
// ("Title" names the title, "Started"/"Ended" the span) and the link
// back to the list is no title. A section's name over its paragraph is no
// field.
func TestFieldLinesRecord(t *testing.T) {
	in, err := Extract([]byte("Pellham Cloud\nDocs\nPricing\nConsole\n\nHealth\nEvent details\n← Back to events\n\n"+
		"Product\nCloud SQL for Postgres\nRegion\neu-south-2 (Milan)\nStatus\nResolved\nEvent ID\nPH-77120\nTitle:\nRead replicas serving stale data in eu-south-2\n"+
		"Started\n2025-04-14 06:20 UTC\nEnded\n2025-04-14 08:05 UTC\n\n"+
		"Summary\nRead replicas of Cloud SQL for Postgres instances in eu-south-2 served data up to 30 minutes old.\n\n"+
		"Cause\nA network policy update blocked replication traffic between two zones, so replicas stopped receiving changes while still answering reads.\n"), "/tmp/fieldlines/event.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Read replicas serving stale data in eu-south-2" {
		t.Errorf("title %q", in.Title)
	}
	if in.StartedAt != "2025-04-14T06:20:00Z" || in.EndedAt != "2025-04-14T08:05:00Z" {
		t.Errorf("span %s – %s", in.StartedAt, in.EndedAt)
	}
	if !strings.Contains(in.Cause, "network policy") {
		t.Errorf("cause %q", in.Cause)
	}
	lines := []string{"Summary", "The cache cluster ran out of memory.", "Impact", "Some pages were slow", "Status", "Resolved"}
	joinFieldPairs(lines)
	if lines[0] != "Summary" || lines[2] != "Impact" {
		t.Errorf("joined a section's name with its text: %q", lines)
	}
}

// TestHistoryHeadingsExpanded: a status history saved as Markdown, whose
// entries are headings that open with their date and one of them is
// expanded with its updates, is titled by the expanded one.
func TestHistoryHeadingsExpanded(t *testing.T) {
	in, err := Extract([]byte("# Incident history\n\n## May 2025\n\n"+
		"### May 20 Dashboard charts slow to load\n\nResolved · Dashboard\n\n"+
		"### May 14 Webhook deliveries failing in us-east\n\nResolved · Webhooks\n\n"+
		"**Resolved** - Between 10:02 and 11:15 UTC on May 14, 2025, webhook deliveries in us-east failed. The delivery workers could not reach the queue after a firewall rule was changed; the rule was reverted.\nMay 14, 11:15 UTC\n\n"+
		"**Investigating** - We are investigating failed webhook deliveries in us-east.\nMay 14, 10:20 UTC\n\n"+
		"### May 3 Scheduled maintenance of the API gateway\n\nCompleted · API\n"), "/tmp/history/hist.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Title, "Webhook deliveries failing in us-east") {
		t.Errorf("title %q", in.Title)
	}
}

// TestTableRowSpan: a report laid out as a table of fields gives the
// span its "Start" and "End" rows state, not the date it was written.
func TestTableRowSpan(t *testing.T) {
	in, err := Extract([]byte(`<html><body><h1>Image uploads failing in ap-east-1</h1>
<p>Report written on 20 March 2025 by the storage team.</p>
<table><tr><th>Start</th><td>2025-03-18 21:05 UTC</td></tr><tr><th>End</th><td>2025-03-18 22:40 UTC</td></tr>
<tr><th>Root cause</th><td>A quota service rollout at 21:00 set every bucket's quota to zero.</td></tr></table></body></html>`), "/tmp/rows/report.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-03-18T21:05:00Z" || in.EndedAt != "2025-03-18T22:40:00Z" {
		t.Errorf("span %s – %s", in.StartedAt, in.EndedAt)
	}
}

// TestArticleCauseForms: a question heading names the cause section in
// Chinese ("三、为何会发生", "02 问题出在哪"); an opening that lists the
// parts an article covers ("经过、原因和改进", "the timeline, root cause
// and remediation") tells no cause; a WeChat article's dateline dates the
// post and is no event, and its controls are no text.
func TestArticleCauseForms(t *testing.T) {
	in, err := Extract([]byte("【故障说明】短信验证码发送延迟\n\n尊敬的客户：\n\n您好！现将4月8日短信验证码发送延迟一事说明如下。\n\n"+
		"一、事件概述\n\n2025年4月8日19:10至19:55，部分用户收到短信验证码的时间延迟超过5分钟。\n\n"+
		"二、为何会发生\n\n短信网关的发送队列在一次扩容后仍指向旧的消费集群，新集群没有消费者，消息在队列中堆积。\n\n"+
		"三、后续改进\n\n1. 扩容操作增加消费端的检查；\n2. 队列堆积纳入告警。\n"), "/tmp/causeforms/notice.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "旧的消费集群") {
		t.Errorf("cause %q", in.Cause)
	}
	in, err = Extract([]byte("一次配置中心雪崩的复盘\n\n原创 石桥技术团队 石桥云技术 2025年05月10日 21:15 上海\n\n听全文\n\n本文约 1800 字，阅读需要 5 分钟\n\n"+
		"5月8日晚，石桥云的配置中心出现了一次故障。我们把这次故障的经过、原因和改进整理成这篇文章，与大家分享。\n\n"+
		"01 发生了什么\n\n5月8日20:30起，配置中心的读取请求大量超时，到21:40全部恢复。\n\n"+
		"02 问题出在哪\n\n配置中心的客户端在超时后立即重试且没有退避，超时的请求越积越多，服务端线程被耗尽。\n\n"+
		"阅读 8832\n\n分享 收藏 在看 52 点赞 96\n\n写留言\n"), "/tmp/causeforms/wechat.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Published != "2025-05-10" || !strings.HasPrefix(in.StartedAt, "2025-05-08T20:30") || strings.HasPrefix(in.EndedAt, "2025-05-10") {
		t.Errorf("published %q span %q – %q", in.Published, in.StartedAt, in.EndedAt)
	}
	if !strings.Contains(in.Cause, "没有退避") || strings.Contains(in.Cause, "整理成这篇文章") {
		t.Errorf("cause %q", in.Cause)
	}
	if strings.Contains(in.Text, "听全文") || strings.Contains(in.Text, "写留言") || strings.Contains(in.Text, "点赞") {
		t.Errorf("text holds the article's controls: %q", in.Text)
	}
	if sec := cueSection("This post covers the timeline, root cause and remediation of the outage."); sec == "cause" {
		t.Errorf("a list of the parts is a cause")
	}
	if sec := cueSection("The outage was caused by an expired certificate."); sec != "cause" {
		t.Errorf("a cause is %q", sec)
	}
}

// TestStatusRecordLines: a record's line of fields ("Severity 2 ·
// Resolved · …") and a status page's name for a region's page ("Service
// health — eu-west-4") are no titles; updates written time first with
// their state ("12 May 2025 09:40 UTC — Identified. We found …") are
// events with their words, and the identified update tells the cause.
func TestStatusRecordLines(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Severity 2 · Resolved · Report published 3 June 2025", true}, {"Resolved · Webhooks", true}, {"P1 | Mitigated", true},
		{"Status · Pricing · Docs", false}, {"Cache misses · a story of one outage", false},
	} {
		if got := recordMeta(tc.line); got != tc.want {
			t.Errorf("recordMeta(%q) = %v", tc.line, got)
		}
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Service health — eu-west-4", true}, {"Status - Frankfurt", true}, {"Service health — elevated error rates for queues", false},
	} {
		if got := sitePlace(tc.line); got != tc.want {
			t.Errorf("sitePlace(%q) = %v", tc.line, got)
		}
	}
	in, err := Extract([]byte(`<html><body><header><a href="/">Northwind Cloud</a></header><h2>Service health — eu-west-4</h2>
<p>Last refreshed 13 May 2025 08:00 UTC</p>
<h3>Queue messages delayed in eu-west-4</h3>
<p>12 May 2025 11:05 UTC — Resolved. Between 09:12 and 10:58 UTC, messages to queues in eu-west-4 were delivered late. Deliveries are back to normal.</p>
<p>12 May 2025 09:40 UTC — Identified. A broker's disk filled up with undeleted segments and the broker stopped accepting writes. We are freeing space.</p>
<p>12 May 2025 09:20 UTC — Investigating. We are investigating delayed messages in eu-west-4.</p>
</body></html>`), "/tmp/records/health.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Queue messages delayed in eu-west-4" {
		t.Errorf("title %q", in.Title)
	}
	if !strings.Contains(in.Cause, "disk filled up") || strings.HasPrefix(in.Cause, "Identified") {
		t.Errorf("cause %q", in.Cause)
	}
	found := false
	for _, ev := range in.Timeline {
		found = found || strings.HasPrefix(ev.Text, "Identified") && strings.Contains(ev.Text, "disk filled up")
	}
	if !found {
		t.Errorf("no identified update with its words: %+v", in.Timeline)
	}
}

// TestPostTitleInBrackets: a social post that opens with its title in
// 【】 after its topic is titled by it; its counts line is no title; its
// client line dates it.
func TestPostTitleInBrackets(t *testing.T) {
	in, err := Extract([]byte("松果出行 ✓\n2025-7-9 22:10 来自 微博 weibo.com\n\n"+
		"#松果出行APP故障# 【关于7月9日晚APP无法扫码开锁的说明】各位用户：今晚19:40至21:05，部分用户无法扫码开锁。经排查，原因是开锁服务所依赖的消息队列集群磁盘写满。目前已全部恢复。\n\n"+
		"转发 211　　评论 930　　赞 1204\n\n热门评论\n用户阿杰：终于好了，打车回家的\n"), "/tmp/posts/weibo.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "关于7月9日晚APP无法扫码开锁的说明" {
		t.Errorf("title %q", in.Title)
	}
	if in.Published != "2025-07-09" || !strings.HasPrefix(in.StartedAt, "2025-07-09T19:40") {
		t.Errorf("published %q started %q", in.Published, in.StartedAt)
	}
	if !strings.Contains(in.Cause, "磁盘写满") {
		t.Errorf("cause %q", in.Cause)
	}
}

// TestSiteNamesOfSavedText: a Markdown save names its site by its link
// home and a text copy by its copyright's holder; a bold line or the line
// above a "kind of page · date" line is the title, and that line of
// fields is neither title nor cause.
func TestSiteNamesOfSavedText(t *testing.T) {
	md := "# [Quarrow Cloud](https://www.quarrow.example/)\n\n[Products](https://www.quarrow.example/products) [Docs](https://docs.quarrow.example/)\n\n" +
		"**Managed Redis failovers in lon-1**\n\n*Root cause analysis · Published 4 June 2025 · Ref RCA-0604*\n\n## Summary\n\n" +
		"Between 13:05 and 13:50 UTC on 3 June 2025, Managed Redis clusters in lon-1 failed over repeatedly.\n\n## Root cause\n\n" +
		"A kernel update on the hypervisors shortened a network timeout, so the health checks of Redis nodes timed out under load.\n\n" +
		"© 2025 Quarrow Cloud Ltd · [Privacy](https://www.quarrow.example/privacy)\n"
	txt := "Quarrow Cloud\nProducts   Docs   Status   Sign in\n\nQuarrow Cloud\n\nManaged Redis failovers in lon-1\nIncident report · 4 June 2025\n\n" +
		"Summary\nBetween 13:05 and 13:50 UTC on 3 June 2025, Managed Redis clusters in lon-1 failed over repeatedly, and clients saw connection resets.\n\n" +
		"Root cause\nA kernel update on the hypervisors shortened a network timeout, so the health checks of Redis nodes timed out under load.\n\n" +
		"© 2025 Quarrow Cloud Ltd · Privacy · Terms\n"
	for _, f := range []struct{ name, body string }{{"save.md", md}, {"copy.txt", txt}} {
		in, err := Extract([]byte(f.body), "/tmp/savedtext/"+f.name, "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Title != "Managed Redis failovers in lon-1" {
			t.Errorf("%s: title %q", f.name, in.Title)
		}
		if !strings.HasPrefix(in.Cause, "A kernel update") {
			t.Errorf("%s: cause %q", f.name, in.Cause)
		}
	}
	if !fieldsLine("Root cause analysis · Published 21 March 2025 · Reference RCA-2025-0318") || fieldsLine("The root cause was a bad config · we rolled it back.") {
		t.Errorf("fieldsLine")
	}
}

// TestBoldFieldLines: a Markdown save whose record is written one bold
// field a line without blank lines between keeps each field apart, and
// its "**Title:**" names the title (not the site's heading above it).
func TestBoldFieldLines(t *testing.T) {
	in, err := Extract([]byte("[![Halden Cloud](https://halden.example/logo.svg)](https://halden.example/)\n\n# Halden Cloud Status\n\n## Incident details\n\n"+
		"**Title:** Elevated API error rates in eu-central-2\n**Status:** Resolved\n**Started:** 2025-02-11 08:14 UTC\n**Resolved:** 2025-02-11 09:02 UTC\n\n"+
		"### Updates\n\n**Resolved** - The root cause was an expired TLS certificate on an internal load balancer.\nFeb 11, 09:02 UTC\n\n"+
		"**Investigating** - We are investigating elevated API errors.\nFeb 11, 08:20 UTC\n"), "/tmp/boldfields/a.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Elevated API error rates in eu-central-2" {
		t.Errorf("title %q", in.Title)
	}
	if in.StartedAt != "2025-02-11T08:14:00Z" || !strings.Contains(in.Cause, "expired TLS certificate") {
		t.Errorf("started %q cause %q", in.StartedAt, in.Cause)
	}
}

// TestNewsCauseCaused: news printed to text states the cause as what
// "caused a four-hour outage", in a paragraph whose impact words outnumber
// its causal ones; it is the cause when no section tells one.
func TestNewsCauseCaused(t *testing.T) {
	in, err := Extract([]byte("The Stack Report\nCloud | Security | AI | Events\nSubscribe\n\nNEWS\n\n"+
		"Tervik Hosting blames storage firmware for three-hour outage\n\nBy Tom Heller\nJune 11, 2025\n\nAdvertisement\n\n"+
		"Tervik Hosting said a firmware update to its storage arrays caused a three-hour outage that took down hosted databases across Norway on Tuesday.\n\n"+
		"The outage began at 9:20 a.m. CEST and services were restored at 12:25 p.m., according to the company's status page.\n"), "/tmp/news/tervik.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "firmware update") {
		t.Errorf("cause %q", in.Cause)
	}
}

// TestZhStartRecoverRange: a Chinese status update tells the range as a
// start and a recovery ("自…20:15开始，于21:50恢复"), before its first update.
func TestZhStartRecoverRange(t *testing.T) {
	in, err := Extract([]byte("# 消息队列投递延迟\n\n**已解决** - 本次事件自2025年7月2日08:05开始，于09:20恢复，期间约三成消息投递延迟。\n7月2日 09:20\n\n"+
		"**调查中** - 我们正在排查消息投递延迟的原因。\n7月2日 08:18\n"), "/tmp/zhrange/a.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-07-02T08:05:00+08:00" || in.EndedAt != "2025-07-02T09:20:00+08:00" {
		t.Errorf("span %s – %s", in.StartedAt, in.EndedAt)
	}
}

// TestDefinitionListTitle: a console's incident page whose <title> names
// the console and whose record is a <dl> takes the title its "Title"
// term gives.
func TestDefinitionListTitle(t *testing.T) {
	in, err := Extract([]byte(`<html><head><title>Incident details | Brisk Cloud Console</title></head><body>
<header><a href="/"><img src="/logo.svg" alt="Brisk Cloud"></a></header>
<main><h1>Incident details</h1>
<dl><dt>Incident ID</dt><dd>BC-88213</dd><dt>Title</dt><dd>Container registry pulls failing in sgp-1</dd><dt>Service</dt><dd>Container Registry</dd>
<dt>Start time</dt><dd>2025-05-02 03:10 UTC</dd><dt>End time</dt><dd>2025-05-02 04:02 UTC</dd></dl>
<h2>Root cause</h2><p>An expired credential for the registry's storage backend made every pull fail with a 500 error.</p>
</main></body></html>`), "/tmp/dl/incident.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Container registry pulls failing in sgp-1" {
		t.Errorf("title %q", in.Title)
	}
	if !siteTitle(&document{brand: "Brisk Cloud"}, "Brisk Cloud Console") {
		t.Errorf("a brand's console is no site")
	}
}

// TestHealthBoardRecord: a 服务健康看板 copied as text, its filter bar and
// list of events above the one record shown, takes the record's "事件："
// as its title; the filter bar is furniture.
func TestHealthBoardRecord(t *testing.T) {
	in, err := Extract([]byte("服务健康看板\n全部产品  全部地域  最近7天\n\n2025-06-05\n云数据库 MySQL  华东2  已恢复\n云服务器  华北1  已恢复\n\n"+
		"事件：华东2 云数据库 MySQL 部分实例连接超时\n状态：已恢复\n开始时间：2025-06-05 14:20\n恢复时间：2025-06-05 15:05\n"+
		"影响：华东2 可用区F 部分 MySQL 实例连接超时。\n原因：可用区F一台物理机网卡故障，其上的实例主备切换耗时过长。\n"), "/tmp/board/zh.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "华东2 云数据库 MySQL 部分实例连接超时" {
		t.Errorf("title %q", in.Title)
	}
	if !isDebris("All products  All regions  Last 90 days") || isDebris("全部实例重启后恢复") {
		t.Errorf("filter bar")
	}
}

// TestUpdateConfirmsFault: an update that says the team confirmed or
// found a fault ("We have confirmed a cut of fiber …") tells the cause of
// an event page with no cause section.
func TestUpdateConfirmsFault(t *testing.T) {
	in, err := Extract([]byte(`<html><body><h1>Connectivity issue – Oslo (no-east-1)</h1>
<table><tr><td>Start time</td><td>Tue, 4 Mar 2025 10:02:00 GMT+1</td></tr><tr><td>End time</td><td>Tue, 4 Mar 2025 11:30:00 GMT+1</td></tr></table>
<h2>Description</h2>
<p>[11:40 AM GMT+1] Between 10:02 AM and 11:30 AM GMT+1 some instances saw packet loss. The issue has been resolved.</p>
<p>[10:50 AM GMT+1] We have confirmed a power failure in one row of racks and are moving traffic away from it.</p>
<p>[10:15 AM GMT+1] We are investigating packet loss in no-east-1.</p>
</body></html>`), "/tmp/confirm/event.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "power failure") {
		t.Errorf("cause %q", in.Cause)
	}
}
