package extract

import (
	"strings"
	"testing"
)

// TestTitleSet7 scores the titles of testdata/titles/titles-7.jsonl: a
// seventh set of 48 pages of our own writing (fictional companies, files
// t7-*), each labelled with the title a reader takes from it and
// committed before any was extracted. The pages are chosen for forms
// titles-1..6 lack, as cloud providers' status and RCA pages are saved
// from the web: status histories copied as text (the provider's name,
// "Status", "Subscribe", region names, "Current status" above the
// incident, "Resolved" above or below it); converters' markdown with a
// logo link, breadcrumbs and the incident in ### under a date; RCAs whose
// only heading is "Tracking ID: …" over a summary of impact (the gold is
// the summary's subject as a reader labels it, "Service - Failure");
// incident pages whose heading is the state ("Resolved", "Degraded
// Performance", "已恢复"); cookie banners and "Skip to main content"
// before everything; Chinese 公告 lists with one entry opened; news pages
// printed by Chromium whose masthead is an image's alt text (sources and
// command in testdata/titles/t7-src); headings that are a date alone.
// 14 are in Chinese.
//
// Each form's pages alternate between the halves: failures are logged
// for the odd lines only (the tuning half); the even lines (held out)
// are counted and never shown.
//
// Untouched (base a0d1c4c): all 34/48, odd 17/24, even 17/24. After this
// branch's general methods (a state alone is no title and a banner may
// carry its label; a masthead "The X" under a PDF's <title> "X" names the
// paper; an RCA headed by its tracking number alone is titled by its
// summary's subject): all 43/48, odd 24/24, even 19/24. The held-out
// half fails on five pages, their kinds not read.
func TestTitleSet7(t *testing.T) {
	all := scoreTitleSet(t, "titles-7", true)
	// floor: all after this branch's methods (43 of 48) less one page;
	// untouched was 34
	if all < 42 {
		t.Errorf("titles-7: %d of 48 titles right, floor 42", all)
	}
}

// TestTitleStateHeading: a status page whose heading is the incident's
// state ("Resolved", "已恢复") and whose banner carries its label
// ("当前状态：所有服务运行正常") is titled by the incident's name.
func TestTitleStateHeading(t *testing.T) {
	page := `<html><head><title>Holmrook Status</title></head><body>
<header><img src="/logo.png" alt="Holmrook"> <a href="#subscribe">Subscribe to updates</a></header>
<h1>Resolved</h1>
<div class="incident-name">Invoices exported twice to accounting</div>
<div class="update"><strong>Resolved</strong> – From 06:00 to 07:10 UTC on 2 March 2026 invoices were exported twice to connected accounting tools because a retry ignored the export's receipt. Duplicates have been removed.</div>
</body></html>`
	in, err := Extract([]byte(page), "holmrook.html", "")
	if err != nil || in.Title != "Invoices exported twice to accounting" {
		t.Errorf("state heading: title %q (%v)", in.Title, err)
	}
	zh := "# 已恢复\n\n**海门云短信验证码发送延迟**\n\n3 月 2 日 10:00 至 10:40，部分短信验证码延迟 5 至 20 分钟送达，原因是短信通道的一个供应商限流。我们已将流量切换到备用通道。\n"
	in, err = Extract([]byte(zh), "haimen.md", "")
	if err != nil || in.Title != "海门云短信验证码发送延迟" {
		t.Errorf("已恢复 heading: title %q (%v)", in.Title, err)
	}
	for _, s := range []string{"当前状态：所有服务运行正常", "Current status: All Systems Operational"} {
		if !statusBanner.MatchString(s) {
			t.Errorf("statusBanner missed %q", s)
		}
	}
	if statusBanner.MatchString("当前状态：华东一区云硬盘延迟升高") {
		t.Errorf("statusBanner took an incident for a banner")
	}
}

// TestTitleMastheadAlt: a news page printed by Chromium whose masthead is
// an image's alt text ("The Brockley Courier") and whose <title> is the
// paper's name without its article: the masthead is no line that shows
// the PDF's title, so the headline is read from the page.
func TestTitleMastheadAlt(t *testing.T) {
	printed := "The Brockley Courier\nNews\nSport\nBusiness\nCouncil's bin collection app down for a week\nBy Ann Dacre · 2 March 2026\nResidents could not book bulky waste collections for seven days after the app's supplier lost a database.\n" +
		"12/3/26, 9:02 AM\nBrockley Courier\nfile:///tmp/brockley.html\n1\n/\n1\n"
	if hasOwnLine(printed, "Brockley Courier") {
		t.Errorf("hasOwnLine took the masthead 'The Brockley Courier' for a line showing the title")
	}
	if !hasOwnLine("Status\nThe Brockley Courier\n", "The Brockley Courier") {
		t.Errorf("hasOwnLine missed the title's own line")
	}
}

// TestTitleTrackingID: a root cause analysis that a status history heads
// with its tracking number alone is titled by its summary of impact's
// subject, as a reader labels it; one whose title names what the summary
// names keeps its title.
func TestTitleTrackingID(t *testing.T) {
	page := "Brathay Cloud status history\nProduct:\nAll products\nRegion:\nAll regions\nDate:\nLast 30 days\n\n2/11\n\nTracking ID: ZP4K-7RT\n\n" +
		"Summary of Impact: Between 06:20 and 08:05 UTC on 11 February 2026, a subset of customers using Brathay Container Registry in West Europe experienced timeouts when pulling images. Pushes were not affected.\n\n" +
		"Root Cause: A storage account that holds image layers was throttled after a cleanup job listed every blob in it at once.\n\n" +
		"Mitigation: We stopped the cleanup job at 07:50 UTC and pulls recovered by 08:05 UTC.\n"
	in, err := Extract([]byte(page), "brathay.txt", "")
	if err != nil || in.Title != "Brathay Container Registry - Timeouts pulling images in West Europe" {
		t.Errorf("tracking ID: title %q (%v)", in.Title, err)
	}
	zh := "石门云 服务健康状态 历史\n\n2/9\n\n事件编号：SM-20260209-03\n\n影响概述：2026 年 2 月 9 日 14:00 至 14:50，华北一区部分用户使用石门云函数计算时出现调用超时，超时率约 5%。\n\n根本原因：一组调度节点的证书过期，调度请求重试后超时。\n"
	in, err = Extract([]byte(zh), "shimen.txt", "")
	if err != nil || in.Title != "石门云函数计算 - 调用超时" {
		t.Errorf("事件编号: title %q (%v)", in.Title, err)
	}
	named := "Brathay Container Registry - Image pull timeouts\n\nTracking ID: ZP4K-7RT\n\n" +
		"Summary of Impact: Between 06:20 and 08:05 UTC on 11 February 2026, a subset of customers using Brathay Container Registry in West Europe experienced timeouts when pulling images.\n\nRoot Cause: A storage account was throttled.\n"
	in, err = Extract([]byte(named), "brathay2.txt", "")
	if err != nil || in.Title != "Brathay Container Registry - Image pull timeouts" {
		t.Errorf("named analysis: title %q (%v)", in.Title, err)
	}
}

// TestTitleTabsAndIssueByline: a status page's tabs copied as one line of
// three items between padded bars are its menu, not its title; an issue
// titled above "opened by NAME on DATE" (a code host's byline without
// "this issue") is titled by that line.
func TestTitleTabsAndIssueByline(t *testing.T) {
	status := "Garrigill Hosting\nHosting\nDomains\nEmail\nSupport\nStatus\nClient area\n\nNetwork status\n\nCurrent incidents  |  Scheduled maintenance  |  Past incidents\n\n" +
		"Webmail slow to load for reseller accounts\nPast incident · 4 March 2026\n\n" +
		"Reseller accounts could not sign in to the control panel between 08:10 and 09:05 GMT. Customer accounts were not affected.\n\n" +
		"A session store filled up after a change doubled the lifetime of sessions, and new sessions could not be saved. We cleared the store and raised its size limit.\n\n" +
		"Updates\n09:05 - Logins work again.\n08:25 - We are investigating failed logins for resellers.\n\nBack to network status\n"
	in, err := Extract([]byte(status), "garrigill.txt", "")
	if err != nil || in.Title != "Webmail slow to load for reseller accounts" {
		t.Errorf("padded tabs: title %q (%v)", in.Title, err)
	}
	issue := "tebay-dev / tebay\nCode  Issues 88  Pull requests 12  Wiki\n\nCache entries never expire when TTL is set in minutes #418\nOpen\nopened by rnixon on Feb 27, 2026 · 3 comments\n\n" +
		"rnixon commented on Feb 27, 2026\nSince 3.0, entries set with a TTL in minutes stay in the cache forever; the TTL is read as hours and overflows.\n\n" +
		"jbeck commented on Feb 28, 2026\nConfirmed on 3.0.1. The parser multiplies twice.\n"
	in, err = Extract([]byte(issue), "tebay.txt", "")
	if err != nil || !strings.HasPrefix(in.Title, "Cache entries never expire when TTL is set in minutes") {
		t.Errorf("opened by: title %q (%v)", in.Title, err)
	}
}

// TestTitleRCAKindHeading: a review whose h1 is its kind, "Root Cause
// Analysis", is titled by the incident's name in the h2 under it.
func TestTitleRCAKindHeading(t *testing.T) {
	page := "# Root Cause Analysis\n\n## Webhook signatures rejected after key rotation\n\n*Published 3 March 2026*\n\n### Impact\n\n" +
		"From 10:00 to 11:20 UTC on 2 March 2026, receivers that verified webhook signatures rejected every webhook because the new signing key was published an hour late.\n\n" +
		"### Root cause\n\nThe key's publication job ran on a schedule instead of after the rotation.\n"
	in, err := Extract([]byte(page), "rca.md", "")
	if err != nil || in.Title != "Webhook signatures rejected after key rotation" {
		t.Errorf("RCA kind h1: title %q (%v)", in.Title, err)
	}
	if !genericTitle("Root Cause Analysis") || genericTitle("Root cause analysis of the 2 March webhook failures") {
		t.Errorf("genericTitle: the kind 'Root Cause Analysis' alone is generic, a named one is not")
	}
}
