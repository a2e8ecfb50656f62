package extract

import (
	"strings"
	"testing"
)

// TestSeal40WidePrint: a press release printed to text at a browser's
// width (about a hundred columns), its paragraphs wrapped there and its
// page footer with the page's address and counter, is read as its
// headline over whole paragraphs: a wrapped line of its body is no title
// (the page was once read as having no text at all).
func TestSeal40WidePrint(t *testing.T) {
	page := `Tamsworth Hosting | Newsroom                                                    09/10/2026, 16:02

   TAMSWORTH HOSTING                              News   Investors   Media contacts   Search



   PRESS RELEASE

   Tamsworth Hosting statement on the interruption to web hosting services in its Leeds facility

   Share this article   in   X   f   ✉

   FOR IMMEDIATE RELEASE

   LEEDS, United Kingdom, 9 October 2026 — Tamsworth Hosting, the managed web hosting company,
   today gave customers an update on the interruption to shared and dedicated hosting services
   that affected websites hosted in its Leeds facility on Thursday 8 October 2026.

   Between 08:05 and 10:35 BST on 8 October, websites and mailboxes hosted on shared and dedicated
   servers in the Leeds facility could not be reached from the internet, and customers could not
   sign in to the hosting control panel. Servers in the company's Sheffield facility kept running
   normally throughout. All services in Leeds have run normally since 10:35 BST.

   "We are sorry for the disruption to our customers and their visitors," said Priya Lal, the
   company's Director of Operations. "We will publish a full account within ten working days."

   About Tamsworth Hosting
   Tamsworth Hosting provides web hosting, e-mail and domains to 60,000 small businesses from
   two facilities in the north of England.

   ###

   © 2026 Tamsworth Hosting Ltd. Privacy | Cookies | Legal
https://www.tamsworth.example/news/2026/10/leeds-interruption-statement                       1/1
`
	in, err := Extract([]byte(page), "/tmp/tamsworth-statement.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Tamsworth Hosting statement on the interruption to web hosting services in its Leeds facility"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-10-08T08:05:00") || !strings.HasPrefix(in.EndedAt, "2026-10-08T10:35:00") {
		t.Errorf("started %q ended %q, want 8 October 08:05 to 10:35 BST", in.StartedAt, in.EndedAt)
	}
	if strings.Contains(in.Text, "1/1") {
		t.Errorf("the page footer's counter is in the text: %.200q", in.Text)
	}
}

// TestSeal40WidePrintFooter: a report printed wide over pages keeps its
// pages' footers ("https://… 2/3") out of its sentences, and a title
// wrapped in two at that width is one line again.
func TestSeal40WidePrintFooter(t *testing.T) {
	page := `Ashby Cloud Post-Incident Review AIR-2026-019
10/2/26, 11:40 AM                                    Object storage errors in lon-2 | Ashby Cloud Docs

Post-Incident Review: Object storage errors for uploads in
lon-2

Incident date: 29 September 2026
Severity: SEV-2

Summary
Between 14:10 and 15:25 BST on 29 September, uploads to Object Storage in lon-2 failed for about
a third of requests with HTTP 500 errors. Downloads kept working and no stored object was lost,
and customers whose uploads failed could retry them once service was back.

Root cause
A change to the metadata service's connection limits, applied at 14:02 BST, set the limit for
each storage node to a tenth of its intended value, and nodes refused new connections from the
upload path once the limit was reached during the afternoon's traffic.
https://docs.ashby.example/pir/AIR-2026-019                                                  1/2
Ashby Cloud Post-Incident Review AIR-2026-019
10/2/26, 11:40 AM                                    Object storage errors in lon-2 | Ashby Cloud Docs
Resolution
We restored the intended limits at 15:12 BST; error rates were back to normal by 15:25 BST, and we
have added a check of connection limits to the change pipeline for the metadata service.
https://docs.ashby.example/pir/AIR-2026-019                                                  2/2
`
	in, err := Extract([]byte(page), "/tmp/ashby-air.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Object storage errors for uploads in lon-2"; !strings.HasSuffix(in.Title, want) {
		t.Errorf("title %q, want it to end %q", in.Title, want)
	}
	for _, f := range []string{in.Summary, in.Cause, in.Impact, in.Remediation} {
		if strings.Contains(f, "docs.ashby.example") || strings.Contains(f, "AIR-2026-019") {
			t.Errorf("a page footer in a field: %q", f)
		}
	}
}

// TestSeal40ReportKindZh: a notice page whose <title> is its kind and
// its site ("故障报告 - 云岭云 - 公告中心", as "Incident report | Brand")
// names no incident: the notice's own heading does.
func TestSeal40ReportKindZh(t *testing.T) {
	for _, kind := range []string{"故障报告", "事件说明"} {
		page := `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>` + kind + ` - 云岭云 - 公告中心</title></head><body>
<div class="header"><a href="/">云岭云</a> <a>产品</a> <a>文档</a> <a>公告</a> <a>控制台</a></div>
<div class="crumb">首页 &gt; 公告中心 &gt; ` + kind + `</div>
<div class="content">
<h2 class="notice-head">关于西南一（成都）对象存储上传失败的` + kind + `</h2>
<div class="notice-meta">发布时间：2026-09-03 10:00</div>
<p>尊敬的用户：2026 年 9 月 1 日 09:12 至 10:05（北京时间），西南一（成都）地域对象存储部分上传请求失败，返回 503 错误，持续 53 分钟。</p>
<p>原因分析：当天 09:05 元数据服务发布新版本，新版本的连接池配置错误，连接数被限制为原来的十分之一，上传请求排队超时。</p>
<p>改进措施：发布流程增加配置校验，并分批灰度发布。</p>
</div>
<div class="footer">© 2026 云岭云计算有限公司 版权所有</div>
</body></html>`
		in, err := Extract([]byte(page), "/tmp/yunling-notice.html", "")
		if err != nil {
			t.Fatal(err)
		}
		if want := "关于西南一（成都）对象存储上传失败的" + kind; in.Title != want {
			t.Errorf("title %q, want %q", in.Title, want)
		}
	}
}

// TestSeal40ChatExport: a chat channel's export (Teams, Slack), each
// message under its speaker's name and its day and clock, is titled by
// the incident its first message, a bot's, declares, not by the export's
// header, and each message is an event of the timeline.
func TestSeal40ChatExport(t *testing.T) {
	page := `Microsoft Teams – Channel export
Team: Corrow Logistics Platform
Channel: inc-0412-route-planner
Exported by: Aled Price on 15/10/2026 08:30

────────────────────────────────────────

IncidentBot  14/10/2026 13:18
📣 INC-0412 declared (SEV-2): Route planning requests timing out for depot users
Commander: Aled Price. Reply in this channel.

Aled Price  14/10/2026 13:20
Route planner p99 latency went from 2 s to 45 s at 13:11. Depots in the north region see timeouts on every request.

Mari Evans  14/10/2026 13:31
The planner's cache cluster lost a node at 13:10 and the remaining nodes are evicting everything.

Aled Price  14/10/2026 13:52
Replacement node in and warming. Latency at 9 s.

Mari Evans  14/10/2026 14:25
Latency back to 2 s. Resolving.

IncidentBot  14/10/2026 14:26
✅ INC-0412 resolved by Aled Price.
`
	in, err := Extract([]byte(page), "/tmp/corrow-teams-export.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Route planning requests timing out for depot users"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	if len(in.Timeline) < 5 {
		t.Errorf("%d events, want a message's each", len(in.Timeline))
	}
	if !strings.HasPrefix(in.StartedAt, "2026-10-14T13:1") {
		t.Errorf("started %q, want 14 October 13:1x", in.StartedAt)
	}
	for _, c := range []struct{ in, want string }{
		{"📣 INC-2291 declared (SEV-1): Card authorisations declining", "Card authorisations declining"},
		{"🚨 New incident #88 (P2): Search returning no results", "Search returning no results"},
		{"Note: the depot list is stale", "Note: the depot list is stale"},
	} {
		if got := declaredName(c.in); got != c.want {
			t.Errorf("declaredName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSeal40CauseOwner: a cause sentence whose subject belongs to what
// the sentence before it names ("Its renewal had failed …") is read with
// that sentence: alone it never says what was renewed.
func TestSeal40CauseOwner(t *testing.T) {
	page := `<html><head><title>Edge TLS errors in ams2 - Pellham Status</title></head><body>
<h1>Edge TLS errors in ams2</h1>
<p><strong>Resolved</strong> - A new certificate is serving on every edge load balancer in ams2. Between 03:10 and 04:02 UTC, HTTPS requests to sites behind the ams2 edge failed with TLS errors.</p>
<p><strong>Identified</strong> - The wildcard certificate on the ams2 edge load balancers expired at 03:10 UTC. Its renewal had failed for two weeks because the DNS challenge record was deleted in a zone clean-up. We are issuing a new one.</p>
<p><strong>Investigating</strong> - We are looking into TLS errors for sites served from ams2.</p>
</body></html>`
	in, err := Extract([]byte(page), "/tmp/pellham-status.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "wildcard certificate") || !strings.Contains(in.Cause, "DNS challenge") {
		t.Errorf("cause %q, want the expired certificate and why its renewal failed", in.Cause)
	}
	// the sentence brought in opens its update, under the update's day
	// and clock and its stage: neither is the cause
	for _, c := range []struct{ in, want string }{
		{"Nov 20, 10:31 UTC Identified - The wildcard certificate expired.", "The wildcard certificate expired."},
		{"2026-11-20 10:31 Identified: The wildcard certificate expired.", "The wildcard certificate expired."},
		{"Nov 20, 10:31 UTC the wildcard certificate expired.", "Nov 20, 10:31 UTC the wildcard certificate expired."},
		{"The wildcard certificate expired.", "The wildcard certificate expired."},
	} {
		if got := unstamped(c.in); got != c.want {
			t.Errorf("unstamped(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSeal40ChatFound: a chat export that never says "root cause" tells
// what was found in a message: a supplier's on-call confirming a fault
// ("Brisk's on-call confirms a degraded load balancer …") is the cause a
// reader takes; a Slack export's 12-hour clocks time its messages.
func TestSeal40ChatFound(t *testing.T) {
	page := `Slack export — #inc-77-logins
Workspace: Ondine Health
Exported 2026-10-03

Ondine Incident Bot  10/02/2026 2:05 PM
🚨 New incident #77 (P2): Patients cannot log in to the booking app

Sam Ortiz  10/02/2026 2:07 PM
Login errors at 40% since 2:01 PM. Only logins through the identity provider fail.

Rhea Banks  10/02/2026 2:16 PM
Brisk's on-call confirms a degraded load balancer in front of their token service since 1:58 PM. They are draining it.

Sam Ortiz  10/02/2026 2:41 PM
Login errors back under 1%.

Ondine Incident Bot  10/02/2026 2:44 PM
✅ Incident #77 resolved.
`
	in, err := Extract([]byte(page), "/tmp/ondine-slack-export.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Patients cannot log in to the booking app"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	if !strings.Contains(in.Cause, "degraded load balancer") {
		t.Errorf("cause %q, want the supplier's degraded load balancer", in.Cause)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-10-02T14:0") {
		t.Errorf("started %q, want 2 October 14:0x", in.StartedAt)
	}
	for _, s := range []string{"Confirmed that the new release leaks connections", "Identified a faulty switch in rack 12", "Team confirms a misconfigured firewall rule"} {
		if !foundThat.MatchString(s) {
			t.Errorf("%q tells no finding", s)
		}
	}
	for _, s := range []string{"Confirmed the fix is deployed", "Tarrant confirms failover complete", "Found a workaround for customers"} {
		if foundThat.MatchString(s) {
			t.Errorf("%q taken for a finding", s)
		}
	}
}
