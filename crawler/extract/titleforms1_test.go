package extract

import "testing"

// titleOf extracts a page of our own writing and returns its title.
func titleOf(t *testing.T, body, name string) string {
	t.Helper()
	in, err := Extract([]byte(body), name, "")
	if err != nil {
		t.Fatal(err)
	}
	return in.Title
}

// A page printed to PDF on two sheets repeats the browser's header on
// each: the header is a running line, but its title still names the
// page, and the headline that repeats it is the title, not the standfirst
// over the byline under it.
func TestPrintedHeaderOnEverySheet(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"glenholt-print.txt", `4/2/26, 7:12 AM      Glenholt Water billing portal down for two days – The Westbury Echo

THE WESTBURY ECHO
News | Business | Sport | Subscribe

Glenholt Water billing portal down for two days
Customers told to wait before paying as supplier investigates failure
By Amir Patel
1 April 2026

Glenholt Water customers could not view or pay their bills online for two days this week after a
failure in the company's billing portal, the supplier said on Wednesday.

The portal went offline at 08:15 on Monday after a database upgrade and was restored at 17:40
on Tuesday. Direct debits were not affected.



https://www.westburyecho.co.uk/business/glenholt-water-billing                                   1/2


4/2/26, 7:12 AM      Glenholt Water billing portal down for two days – The Westbury Echo

A spokesperson apologised and said no late payment charges would be applied.

© The Westbury Echo 2026


https://www.westburyecho.co.uk/business/glenholt-water-billing                                   2/2
`, "Glenholt Water billing portal down for two days"},
		{"songlin-print.txt", `2026/4/2 上午9:30                 关于云主机华东地域部分实例重启的公告 - 松林云

松林云 | 公告中心
首页  产品  文档  控制台

关于云主机华东地域部分实例重启的公告

发布时间：2026-04-02 09:00

尊敬的用户：2026年4月1日 22:10 至 23:05，松林云云主机华东1地域部分实例因宿主机内核故障
发生意外重启，工程师已完成宿主机热修复，受影响实例均已恢复运行。



https://www.songlinyun.cn/notice/0402.html                                                    1/2


2026/4/2 上午9:30                 关于云主机华东地域部分实例重启的公告 - 松林云

对此给您带来的不便，我们深表歉意。

松林云团队


https://www.songlinyun.cn/notice/0402.html                                                    2/2
`, "关于云主机华东地域部分实例重启的公告"},
	} {
		if got := titleOf(t, c.body, c.name); got != c.want {
			t.Errorf("%s: title %q, want %q", c.name, got, c.want)
		}
	}
}

// A status page's grid of products, each a heading over its state alone,
// stands above the incident: no cell of it is the incident's name.
func TestStatusGridCellsNoTitle(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"hollybrook-status.md", `[![Hollybrook](https://status.hollybrook.io/logo.png)](https://hollybrook.io)

### Web App

Operational

### Managed Redis

Major Outage

### Public API

Operational

**Video uploads stuck in processing for all workspaces**

Investigating – Uploaded videos are not leaving the processing state. We are investigating.
Apr 2, 2026 - 08:14 UTC
`, "Video uploads stuck in processing for all workspaces"},
		{"mingshan-status.md", `# [![明山云](https://status.mingshanyun.com/logo.png)](https://www.mingshanyun.com)

## 内容分发 CDN

部分故障

## 云服务器

正常

## 对象存储

正常

### 华北地域 CDN 部分节点回源失败

**处理中** 2026-04-02 10:20

工程师正在切换回源线路。
`, "华北地域 CDN 部分节点回源失败"},
	} {
		if got := titleOf(t, c.body, c.name); got != c.want {
			t.Errorf("%s: title %q, want %q", c.name, got, c.want)
		}
	}
}

// A service-health page heads its incident by the products it affected
// ("Incident affecting …"): the incident's own name is the line under it.
func TestAffectingHeadingNamesProducts(t *testing.T) {
	body := `[![Tamworth Cloud](https://status.tamworth.cloud/logo.svg)](https://tamworth.cloud)

# Tamworth Cloud Service Health

## Incident affecting Managed Kafka, Stream Analytics

Consumers lagging behind producers for Managed Kafka clusters in asia-east3

Incident began at **2026-03-30 02:10** and ended at **2026-03-30 04:45** (all times are **US/Pacific**).

| Date | Time | Description |
| --- | --- | --- |
| 30 Mar 2026 | 04:45 PDT | The issue with Managed Kafka has been resolved for all affected users. |
`
	if got, want := titleOf(t, body, "tamworth-health.md"), "Consumers lagging behind producers for Managed Kafka clusters in asia-east3"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// A reader tool writes the page's <title> over the markdown it made of
// the page ("Title: …", "URL Source: …", "Markdown Content:"): the title,
// its site's name cut off, names the page when no heading does, and the
// header is no paragraph of it.
func TestReaderHeaderTitle(t *testing.T) {
	body := `Title: Wrenfield Status - Slow dashboard loading in eu-central

URL Source: https://status.wrenfield.io/incidents/q8v2k1m4

Published Time: 2026-03-28T10:02:11+00:00

Markdown Content:
[![Wrenfield](https://status.wrenfield.io/logo.png)](https://wrenfield.io/)

[Subscribe to Updates](https://status.wrenfield.io/#)

VIA EMAIL:

Resolved

Dashboards load normally again after we added capacity to the query cache.

Posted Mar 28, 2026 - 10:02 UTC

Investigating

Dashboards in eu-central take up to 40 seconds to load. We are investigating.

Posted Mar 28, 2026 - 08:51 UTC
`
	if got, want := titleOf(t, body, "wrenfield-reader.md"), "Slow dashboard loading in eu-central"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// A page titled by its kind alone ("Service updates – Brand", "服务更新 -
// 品牌") names the site's list of notices: the heading under a date that
// heads the notice names the incident.
func TestServiceUpdatesPageTitle(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"wellow-updates.html", `<html><head><title>Service updates – Wellow Water</title></head><body>
<header><a href="/"><img src="/logo.svg" alt="Wellow Water"></a></header>
<main><h1>28 March 2026</h1>
<h2>Online account outage on 27 March</h2>
<p>From 9:10am to 2:25pm on Friday 27 March, customers could not log in to their online account because of a fault at our hosting provider.</p>
<p>We are sorry for the inconvenience.</p></main></body></html>`, "Online account outage on 27 March"},
		{"huaian-updates.html", `<html><head><title>服务更新 - 槐安燃气</title></head><body>
<main><h1>2026年3月28日</h1>
<h2>网上营业厅缴费功能异常说明</h2>
<p>3月27日 9:10 至 14:25，因第三方支付通道故障，网上营业厅缴费功能无法使用，现已恢复。</p></main></body></html>`, "网上营业厅缴费功能异常说明"},
	} {
		if got := titleOf(t, c.body, c.name); got != c.want {
			t.Errorf("%s: title %q, want %q", c.name, got, c.want)
		}
	}
}

// A Mastodon post's frame (its stamp, visibility and client; its boosts
// and favourites) is no title: the post under the account names it.
func TestMastodonPostFrameNoTitle(t *testing.T) {
	body := `Tollbar Status
@status@tollbar.social

Tollbar Drive: file sync is failing on desktop clients.

Apr 01, 2026, 09:02 · 🌐 · Web
8 boosts · 2 favourites

Tollbar Status
@status@tollbar.social
Replying to @status@tollbar.social

Resolved: file sync has worked normally since 10:15 UTC. A certificate on the sync gateway had expired.

Apr 01, 2026, 10:20 · 🌐 · Web
`
	got := titleOf(t, body, "tollbar-mastodon.txt")
	if got != "Tollbar Drive: file sync is failing on desktop clients" {
		t.Errorf("title %q, want the first post's", got)
	}
}
