package extract

import (
	"strings"
	"testing"
)

// seal32Title extracts body saved under name and checks its title.
func seal32Title(t *testing.T, name, body, want string) {
	t.Helper()
	in, err := Extract([]byte(body), "/tmp/seal32/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != want {
		t.Errorf("%s: title %q, want %q", name, in.Title, want)
	}
}

// seal32NotTitle extracts body saved under name and checks that its
// title is not notWant.
func seal32NotTitle(t *testing.T, name, body, notWant string) {
	t.Helper()
	in, err := Extract([]byte(body), "/tmp/seal32/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title == notWant {
		t.Errorf("%s: title %q", name, in.Title)
	}
}

// TestKindAndSiteTitleNoTitle: a page whose <title> and og:title are its
// kind and its site ("Incident Report | Brindlecombe Hosting", "System
// Status - Wexmoor Support") and whose <h1> is a date or the kind again
// is named by the heading under them, the incident's.
func TestKindAndSiteTitleNoTitle(t *testing.T) {
	seal32Title(t, "date-h1.html", `<html><head><title>Incident Report | Brindlecombe Hosting</title>
<meta property="og:title" content="Incident Report | Brindlecombe Hosting"></head><body>
<header><a href="/"><img src="/logo.svg" alt="Brindlecombe Hosting"></a><nav><a href="/docs">Docs</a></nav></header>
<main><article>
<h1>March 3, 2026</h1>
<h2>Managed MySQL failovers delayed in Toronto</h2>
<h3>Summary</h3>
<p>Between 2:05 PM and 3:10 PM EST on March 3, 2026, failovers of Managed MySQL clusters in Toronto took up to 20 minutes. The cause was a replication monitor that had lost its connection to the cluster registry.</p>
</article></main>
<footer><p>© 2026 Brindlecombe Hosting, Inc. · <a href="/privacy">Privacy</a></p></footer>
</body></html>`, "Managed MySQL failovers delayed in Toronto")
	if in, err := Extract([]byte(`<html><head><title>Incident Report | Brindlecombe Hosting</title></head><body>
<header><a href="/"><img src="/logo.svg" alt="Brindlecombe Hosting"></a></header>
<main><article><h1>March 3, 2026</h1>
<h2>Object Storage uploads failing in Toronto</h2>
<p>Between 2:05 PM and 3:10 PM EST on March 3, 2026, uploads to Object Storage buckets in Toronto failed with HTTP 503 errors after a certificate expired.</p>
<p>Object Storage front ends call a metadata service over TLS. The certificate of the metadata service's load balancer expired at 2:05 PM EST, and Object Storage front ends that opened new connections failed.</p>
</article></main>
<footer><p>© 2026 Brindlecombe Hosting, Inc.</p></footer></body></html>`), "/tmp/seal32/date-h1-org.html", ""); err != nil || in.Org != "Brindlecombe Hosting" {
		t.Errorf("date-h1-org.html: org %q, want the logo's, its copyright's holder (%v)", in.Org, err)
	}
	seal32Title(t, "system-status.html", `<html><head><title>System Status - Wexmoor Support</title></head><body>
<nav><a href="/">Wexmoor</a> <a href="/support">Support</a></nav>
<main>
<h1>System Status</h1>
<p>If you are experiencing an issue not listed here, contact support.</p>
<section class="event"><h2>Wexmoor Photos – Resolved Issue</h2>
<p>May 4, 2026, 9:10 AM – 10:02 AM PDT</p>
<p>Some users were unable to upload photos.</p></section>
</main>
<footer><p>Copyright © 2026 Wexmoor Inc. All rights reserved.</p></footer>
</body></html>`, "Wexmoor Photos – Resolved Issue")
}

// TestHeaderH1OutsideContent: a document generator's page (Asciidoctor,
// a wiki's skin) sets its <h1> in a header block outside the content it
// marks as the page's; the <h1> that is also the page's <title> names
// it, not a block's caption inside the content ("Note", "Table 1").
func TestHeaderH1OutsideContent(t *testing.T) {
	seal32Title(t, "asciidoc.html", `<html><head><title>Incident review: Payroll exports failing</title></head>
<body class="article">
<div id="header"><h1>Incident review: Payroll exports failing</h1>
<div class="details"><span id="author">Ledgerwick Finance Engineering</span> <span id="revdate">2026-04-09</span></div></div>
<div id="content">
<div class="sect1"><h2 id="_summary">Summary</h2><div class="sectionbody"><div class="paragraph">
<p>On 7 April 2026 from 06:00 to 08:40 UTC, payroll exports for 310 employers failed after a library upgrade changed how dates were written.</p>
</div>
<div class="sect1"><h2 id="_root_cause">Root cause</h2><div class="sectionbody"><div class="paragraph">
<p>The export service writes each employer's file with a date library that was upgraded from version 3 to version 4 in the release of 6 April. Version 4 writes dates in the ISO form by default, and the banks' import format expects day, month and year separated by full stops. Every file written after the release was rejected by the receiving banks, and the service retried each rejected file until its retry budget ran out.</p>
<p>The release had been tested against the export format's schema, which does not check how dates are written, and against a bank's test endpoint that accepts either form.</p>
</div></div></div>
<div class="admonitionblock note"><table><tr><td class="icon"><div class="title">Note</div></td><td class="content">Exports retried by hand were sent twice.</td></tr></table></div>
</div></div>
</div>
<div id="footer"><div id="footer-text">Last updated 2026-04-09 10:12:44 +0100</div></div>
</body></html>`, "Incident review: Payroll exports failing")
}

// TestOpenedHistoryEntry: a status page's incident history saved as text
// with every entry closed but one, opened with its updates under it ("▾
// Hide updates" where the others have "▸ Show updates", "收起详情" where
// they have "展开详情"): the page is about the opened entry, its name the
// title and its updates the timeline, not the newest entry's.
func TestOpenedHistoryEntry(t *testing.T) {
	in, err := Extract([]byte(`Pellbrook Cloud Status
Home   Incident history   Subscribe to updates

Incident History

May 2026

Delayed billing exports
Resolved · May 21, 2026 06:10 - 06:40 UTC
▸ Show updates

Load balancer provisioning failures in par-1
Resolved · May 18, 2026 09:02 - 10:17 UTC
▾ Hide updates

Resolved
This incident has been resolved. Between 09:02 and 10:17 UTC, new load balancers in par-1 failed to provision because the allocator ran out of addresses in its pool after a cleanup job stopped returning released addresses.
Posted May 18, 2026 - 10:25 UTC

Investigating
We are investigating failures to provision new load balancers in par-1.
Posted May 18, 2026 - 09:20 UTC

Object Storage latency in ams-2
Resolved · May 11, 2026 13:00 - 13:35 UTC
▸ Show updates
`), "/tmp/seal32/history-open.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Load balancer provisioning failures in par-1" || in.StartedAt != "2026-05-18T09:02:00Z" {
		t.Errorf("title %q, start %q, want the opened entry's", in.Title, in.StartedAt)
	}
	if strings.Contains(in.Text, "ams-2") {
		t.Errorf("text %q holds the entry listed under the opened one", in.Text)
	}
	seal32Title(t, "history-open-zh.txt", `青屿云服务状态
首页  历史事件  订阅

历史事件

2026年5月

控制台登录偶发失败
已解决 · 2026-05-20 10:02 - 10:21
展开详情

华北2地域对象存储上传失败
已解决 · 2026-05-14 14:10 - 15:05
收起详情
已解决
北京时间14:10至15:05，华北2地域部分对象存储上传请求失败。原因是元数据集群一台节点磁盘故障，导致写入超时。
发布于 2026-05-14 15:20

调查中
我们正在调查华北2地域对象存储上传失败的问题。
发布于 2026-05-14 14:25

云数据库备份延迟
已解决 · 2026-05-09 03:00 - 03:40
展开详情
`, "华北2地域对象存储上传失败")
}

// TestBarsAndLegendsNoTitle: a news page's bar of links with its sign-in
// and subscription prompts ("Today's paper   Newsletters   Log in
// Subscribe for £1") and a status page's key to its states ("Available   Issue   Outage
// Maintenance", "可用 问题 中断 维护") are no titles.
func TestBarsAndLegendsNoTitle(t *testing.T) {
	seal32Title(t, "news-bar.txt", `Kestrelford Herald | Local news, business and sport                      14/05/2026, 09:02

KESTRELFORD HERALD
Today's paper   Puzzles   Log in   Subscribe for £2

News  |  Business  |  Sport  |  Opinion

Business

Card payments fail at Dunmore supermarkets for three hours

Shoppers were turned away from tills across the county on Wednesday afternoon

By Callum Rees, Business Reporter
Wednesday 13 May 2026 18:40 BST

Card payments failed at all 41 Dunmore stores from about 2.10pm until 5.05pm on Wednesday after a fault at the chain's payment processor, the company said. Cash payments were unaffected and the chain said no customer had been charged twice.
`, "Card payments fail at Dunmore supermarkets for three hours")
	seal32NotTitle(t, "legend.html", `<html><head><title>System Status - Thornwick Support</title></head><body>
<nav><a href="/">Thornwick</a> <a href="/support">Support</a></nav>
<main><h1>System Status</h1>
<p>Canada</p>
<p class="legend">Available Issue Outage Maintenance</p>
<section><h2>Thornwick Drive – Resolved Issue</h2><p>May 4, 2026, 9:10 AM – 10:02 AM PDT</p><p>Some users were unable to sync files.</p></section>
<table><tr><td>Thornwick Drive – Resolved Issue</td><td>Thornwick Mail</td><td>Thornwick Music</td></tr>
<tr><td>Thornwick Account</td><td>Thornwick Photos</td><td>Thornwick Maps</td></tr></table>
</main><footer><p>Copyright © 2026 Thornwick Inc. All rights reserved.</p></footer></body></html>`, "Available Issue Outage Maintenance")
}

// TestBrandCloudNoTitle: a provider's page titled by its name alone,
// "Ravenholt Cloud", its <h1> the logo's image ("Ravenholt"): the site's
// name and the word "Cloud" name no incident; the heading under them
// does.
func TestBrandCloudNoTitle(t *testing.T) {
	seal32Title(t, "brand-cloud.html", `<html><head><title>Ravenholt Cloud</title></head><body>
<header><h1><a href="https://ravenholt.example/"><img src="/img/wordmark.png" alt="Ravenholt"></a></h1></header>
<main>
<h2>Root Cause Analysis – Object Storage errors in Oslo zone OSL-1</h2>
<p>Between 07:12 and 08:40 CET on 2 February 2026, requests to Object Storage in zone OSL-1 failed for about a fifth of customers after a metadata node's disk filled up.</p>
<h3>Timeline</h3>
<p>07:12 – errors begin. 08:40 – service restored.</p>
</main>
<footer><p>© 2026 Ravenholt AS</p></footer>
</body></html>`, "Root Cause Analysis – Object Storage errors in Oslo zone OSL-1")
}
