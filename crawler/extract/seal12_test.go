package extract

import (
	"strings"
	"testing"
)

// TestCookieBannerAboveTitle: a cloud provider's report saved as text
// carries its site's menu and cookie banner above the report; the banner's
// paragraph is no paragraph of the write-up, so the title is still the
// report's own line under the breadcrumb and the side menu, and the cause
// is its "Root cause" section, not the title's "Root cause analysis: …".
func TestCookieBannerAboveTitle(t *testing.T) {
	body := `Skip to main content
Tamberlin Cloud
Products
Pricing
Documentation
Support
Sign in
Create free account

We use cookies and similar technologies to run this site, to remember your settings and to measure how it is used. You can accept all cookies, reject non-essential cookies, or choose which ones we may use.
Accept all cookies   Reject non-essential   Cookie settings

Tamberlin Cloud Status  >  Incident reports  >  TBC-2025-0611

Status home
Incident reports
Scheduled maintenance

Root cause analysis: Queue consumers stalled in us-north-1

Report ID: TBC-2025-0611
Published: 13 June 2025

Summary

On 11 June 2025, from 14:05 to 15:20 UTC, consumers of the managed queue service in us-north-1 stopped receiving messages. Producers could still publish, and no messages were lost.

Root cause

A change to the broker's lease settings shortened the consumer lease to less than the time a consumer takes to renew it, so every consumer lost its lease and was disconnected.

Timeline (UTC)

14:05  Consumers begin losing their leases.
14:40  Lease change identified and reverted.
15:20  All consumers reconnected. Incident closed.
`
	in, err := Extract([]byte(body), "/tmp/seal12/report.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Root cause analysis: Queue consumers stalled in us-north-1"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	if !strings.Contains(in.Cause, "lease settings") || strings.Contains(in.Cause, "stalled in") {
		t.Errorf("cause %q, want the Root cause section's", in.Cause)
	}
}

// TestBylineJoinedOnBothSides: news printed to PDF runs its deck, its
// byline (with the writer's role, a weekday before the date and the time
// it was posted) and its first paragraph into one line. The byline goes
// on a line of its own, so that the time it was posted is no event of
// the outage, and the first paragraph stays the text's.
func TestBylineJoinedOnBothSides(t *testing.T) {
	body := `THE RACK REVIEW
News Cloud Networks

Holloway payments fail for two hours after card network link drops
Payments firm says its link to a card network failed By Ines Marlow, Payments reporter · Tue 4 Mar 2025 // 18:10 UTC Shoppers using Holloway checkout were unable to pay by card for about two hours on Tuesday morning, the company said.
Holloway said card payments began failing at 09:20 GMT and were working again at 11:25 GMT.
The company said the link between its data centre and the card network had dropped after a router failed, and its backup link had not taken over.
`
	in, err := Extract([]byte(body), "/tmp/seal12/news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-03-04T09:20:00Z" {
		t.Errorf("started %q, want 2025-03-04T09:20:00Z (not the byline's time)", in.StartedAt)
	}
	if in.EndedAt != "2025-03-04T11:25:00Z" {
		t.Errorf("ended %q, want 2025-03-04T11:25:00Z", in.EndedAt)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "By Ines") {
			t.Errorf("the byline is an event: %+v", ev)
		}
	}
	lines := splitBylines([]string{"Deck of the story that runs on By Ana Ruiz, Senior Reporter · Thursday, 19 June 2025 · 16:32 UTC Users of the service could not sign in for an hour on Thursday."})
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "By Ana Ruiz") || !strings.HasPrefix(lines[2], "Users of") {
		t.Errorf("split into %q", lines)
	}
}

// TestDeckThatOnlyBlames: a news article's deck that blames in a few words
// ("… blames third-party resolver for …") is not the whole cause: the
// text's sentences that state it ("…, attributing it to a faulty
// software release") follow it.
func TestDeckThatOnlyBlames(t *testing.T) {
	body := `Tennick video calls fail as DNS provider suffers outage

Meetings platform blames third-party resolver for hours of failed joins

Users of the Tennick meetings platform were unable to join calls for about two hours on Thursday, 19 June 2025.

Tennick said calls began failing at 08:05 BST and service was restored at 10:05 BST.

Its DNS provider, Corvell DNS, confirmed the outage on its own status page, attributing it to a faulty software release on its European name servers.
`
	in, err := Extract([]byte(body), "/tmp/seal12/deck.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "Corvell DNS") {
		t.Errorf("cause %q, want the sentence that names the provider", in.Cause)
	}
}

// TestChineseStatusPageFields: a Chinese status page whose <title> is its
// site's name and "服务状态" is titled by the notice's heading; its record
// gives the start and the end as "故障开始" / "故障结束" (no "时间") with
// the zone in full-width brackets ("（北京时间）"), the end without its
// year on the next day, so the outage is the fields' span and the
// clock-time steps fall on the day it began.
func TestChineseStatusPageFields(t *testing.T) {
	body := `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>岚桥云服务状态</title></head><body>
<div class="topbar"><a href="/"><img src="/logo.svg" alt="岚桥云"></a> <a href="/">服务状态</a> <a href="/history">历史公告</a></div>
<article>
<h2>故障公告：华北三地域对象存储访问失败</h2>
<table class="fields">
<tr><th>故障开始</th><td>2025年9月14日 23时10分（北京时间）</td></tr>
<tr><th>故障结束</th><td>9月15日 00时55分</td></tr>
<tr><th>影响说明</th><td>华北三地域部分对象存储请求返回503。</td></tr>
</table>
<h3>事件经过</h3>
<ul>
<li>23:10 监控发现华北三对象存储请求失败率升高。</li>
<li>23:32 确认一组元数据节点磁盘故障。</li>
<li>23:50 开始将元数据切换到备用节点。</li>
</ul>
<h3>故障原因</h3>
<p>一组元数据节点的磁盘控制器故障，节点无法写入，相关存储桶的请求失败。</p>
</article>
<div class="footer">© 2025 岚桥云计算有限公司</div>
</body></html>`
	in, err := Extract([]byte(body), "/tmp/seal12/status.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "故障公告：华北三地域对象存储访问失败"; in.Title != want {
		t.Errorf("title %q, want %q", in.Title, want)
	}
	if in.StartedAt != "2025-09-14T23:10:00+08:00" || in.EndedAt != "2025-09-15T00:55:00+08:00" {
		t.Errorf("span %s – %s, want 2025-09-14T23:10:00+08:00 – 2025-09-15T00:55:00+08:00", in.StartedAt, in.EndedAt)
	}
	for _, tc := range []struct{ in, name, value string }{
		{"故障开始: 2025年9月14日 23时10分", "故障开始", "2025年9月14日 23时10分"},
		{"开始时间: 2025-12-18 14:32:00（北京时间）", "开始时间", "2025-12-18 14:32:00（北京时间）"},
		{"恢复时间: 2025-12-18 15:47:00 (UTC+8)", "恢复时间", "2025-12-18 15:47:00 (UTC+8)"},
	} {
		if name, value, ok := spanField(tc.in, "zh"); !ok || name != tc.name || value != tc.value {
			t.Errorf("spanField(%q) = %q, %q, %v", tc.in, name, value, ok)
		}
	}
	if st, _, ok := parseStamp("2025年9月14日 23时10分（北京时间）", "zh"); !ok || st.loc == nil {
		t.Errorf("parseStamp: no zone read from （北京时间）")
	}
	if !genericTitle("服务状态") {
		t.Errorf("genericTitle(服务状态) = false")
	}
}
