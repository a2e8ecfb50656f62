package extract

import (
	"strings"
	"testing"
)

// TestPlainCauseForms: causes told without the word "cause" in the forms
// real-world notices, status updates and stories use ("系…所致", "问题源于
// …", "导致本次故障的是…", "was traced to …", a story's "What we found")
// are found as the cause.
func TestPlainCauseForms(t *testing.T) {
	for _, c := range []struct {
		name, file, doc, want string
	}{
		{
			name: "one-paragraph notice, 系…所致",
			file: "notice.txt",
			doc: `【故障说明】6月12日上午图片加载缓慢说明
2025-06-12 15:30 发布

亲爱的用户：北京时间2025年6月12日09:10至10:25，拾光相册部分用户浏览照片时加载缓慢，个别图片无法显示，已上传的照片均未受影响。经技术团队排查，此次问题系内容分发网络在华南节点的缓存服务异常，大量请求回源超时所致；我们在09:50将流量切换至备用线路，10:25全部恢复正常。给大家带来的不便，敬请谅解。

拾光相册运营团队
`,
			want: "缓存服务异常",
		},
		{
			name: "status update, 问题源于",
			file: "status.md",
			doc: `# 西岭云 服务状态

### 华东二地域 消息队列 投递延迟

**已恢复** 2025-03-04 16:20　消息投递已恢复正常。

**处理中** 2025-03-04 15:52　问题源于一台代理节点的网卡降速，该节点上的分区写入变慢，消费端因此积压。我们已将该节点下线。

**调查中** 2025-03-04 15:18　部分用户反馈消息投递延迟，正在调查。
`,
			want: "网卡降速",
		},
		{
			name: "status update, 导致…的是",
			file: "status2.md",
			doc: `# 青禾云 服务状态

### 华北一地域 云数据库 连接超时

**已解决** 2025-05-20 11:40　连接已恢复正常。

**已更新** 2025-05-20 11:05　导致本次问题的是前一天晚上上线的连接代理新版本，其连接复用逻辑有缺陷。已回滚该版本。

**调查中** 2025-05-20 10:32　部分实例连接超时，正在排查。
`,
			want: "连接代理新版本",
		},
		{
			name: "story whose cause is under What we found",
			file: "story.md",
			doc: `# Our quiet Tuesday that wasn't

*Tomas Reyes · March 4, 2025*

On Tuesday, March 4, customers of Quillby Books could not download their invoices for most of the morning.

## What we saw

At 8:05 a.m. PST the invoice service began timing out. The service itself looked healthy, and the on-call engineer restarted it at 8:20 a.m. without effect.

## What we found

A nightly export job had been moved to a larger schedule the week before and was still running at 8 a.m., reading every invoice row with a long-running transaction that held the table's row versions. Invoice queries had to skip over millions of dead rows.

At 9:40 a.m. we stopped the export job, and by 9:55 a.m. PST invoice downloads were fast again.

## What we're changing

- The export job now runs in small batches.
`,
			want: "export job",
		},
		{
			name: "write-up whose cause was traced to, a fix's root cause later",
			file: "writeup.md",
			doc: `# Search results stale for two hours

On 11 March 2025, between 13:15 and 15:05 UTC, search results on Corvina Docs did not show pages edited after 13:15.

## Investigation

The stale results were eventually traced to the indexing workers. A new retry setting made each worker wait ten minutes after any failed page, and a burst of oversized pages kept every worker waiting.

## Resolution

While rolling back the whole release was considered, the team chose to address the root cause by capping the retry wait at thirty seconds, which was deployed at 14:40 UTC. The index caught up by 15:05 UTC.
`,
			want: "indexing workers",
		},
		{
			name: "report that 归因于 a change",
			file: "report.txt",
			doc: `10月9日晚间直播卡顿事故报告

作者：鹿鸣直播 运维团队　2025-10-11

【概述】
北京时间2025年10月9日20:05至21:10，鹿鸣直播部分观众观看直播时频繁卡顿，约三成直播间画面中断。

【分析】
我们将本次事故归因于当天下午的一次推流节点扩容：新加入的节点沿用了测试环境的带宽上限，晚高峰时这些节点很快被打满。

【改进】
1. 扩容模板去掉测试环境参数；
2. 增加节点带宽使用率告警。
`,
			want: "推流节点扩容",
		},
	} {
		in, err := Extract([]byte(c.doc), c.file, "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("%s: cause %q, want it to hold %q", c.name, in.Cause, c.want)
		}
	}
}

// TestChineseStatusPageName: a Chinese status page's name ("西岭云 服务状态")
// over its incidents is the site's, not a title: the incident under it
// is ("华东二地域 消息队列 投递延迟"); a title that says the state of a
// service changed is still one.
func TestChineseStatusPageName(t *testing.T) {
	for _, c := range []struct{ name, doc, want string }{
		{
			name: "history of two incidents",
			doc: `# 西岭云 服务状态

## 2025年3月

### 华东二地域 消息队列 投递延迟

**已恢复** 2025-03-04 16:20　消息投递已恢复正常。

**调查中** 2025-03-04 15:18　部分用户反馈消息投递延迟，正在调查。

### 华南一地域 云监控 告警延迟

**已恢复** 2025-03-01 10:05　告警已恢复正常。

**调查中** 2025-03-01 09:40　部分告警延迟发送。
`,
			want: "华东二地域 消息队列 投递延迟",
		},
		{
			name: "a notice's own title",
			doc: `# 关于3月4日网关升级导致服务状态异常的说明

2025年3月4日15:18至16:20，部分用户访问网关时返回错误。
`,
			want: "关于3月4日网关升级导致服务状态异常的说明",
		},
	} {
		in, err := Extract([]byte(c.doc), "status.md", "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if in.Title != c.want {
			t.Errorf("%s: title %q, want %q", c.name, in.Title, c.want)
		}
	}
}

// TestNewsDatelineZone: a newspaper's dateline writes its clock with a
// point and its zone ("Wed 14 May 2025 18.20 CEST"); the story's times,
// written without a zone ("from about 7.10am"), are in that zone.
func TestNewsDatelineZone(t *testing.T) {
	doc := `Tramway ticket machines down across Lindau after card reader update

By Petra Holm
Wed 14 May 2025 18.20 CEST

Ticket machines on every tram line in Lindau stopped accepting cards on Wednesday morning, the city's transport company said.

The machines failed from about 7.10am and were working again by 11.40am, after the company withdrew an update to the card readers' software that it had installed overnight.

Passengers without cash were allowed to travel free while the machines were down.
`
	in, err := Extract([]byte(doc), "news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-05-14T07:10:00+02:00" {
		t.Errorf("started %q, want 2025-05-14T07:10:00+02:00", in.StartedAt)
	}
}

// TestTOMLFrontMatterAndProblemHeading: a blog post with TOML front
// matter ("+++" fenced, as Hugo writes it) takes its title, date and
// summary from it, and its "The problem" section tells the cause (while
// "How we fixed the problem" tells the fix).
func TestTOMLFrontMatterAndProblemHeading(t *testing.T) {
	doc := `+++
title = "Incident review: delayed payroll exports, 14 October 2025"
date = 2025-10-16T09:00:00Z
authors = ["Ines Falk"]
tags = ["incident", "exports"]
summary = "Payroll exports were late for three hours."
+++

Payroll exports for our customers in Germany were delayed by up to three hours on 14 October 2025.

### The problem

A scheduler upgrade on 13 October changed how it reads time zones, and the export jobs for Germany were queued for 09:00 UTC instead of 06:00 UTC.

### How we fixed the problem

We ran the delayed jobs by hand at 08:10 UTC and pinned the scheduler's time zone.
`
	in, err := Extract([]byte(doc), "post.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Incident review: delayed payroll exports, 14 October 2025" {
		t.Errorf("title %q", in.Title)
	}
	if in.Published != "2025-10-16" {
		t.Errorf("published %q, want 2025-10-16", in.Published)
	}
	if !strings.Contains(in.Cause, "scheduler upgrade") || strings.Contains(in.Cause, "by hand") {
		t.Errorf("cause %q, want the problem's section alone", in.Cause)
	}
}

// TestInlineIncidentFields: a status update's cell that holds a Mini
// Incident Report, its fields run together into one block ("Incident
// Start: 3 March 2025 04:12 Incident End: …"), states when the incident
// began, before the first update was posted.
func TestInlineIncidentFields(t *testing.T) {
	doc := `<html><head><title>Cloud SQL: connection errors in asia-east5</title></head><body>
<h1>Cloud SQL: connection errors in asia-east5</h1>
<table>
<tr><th>Posted</th><th>Update</th></tr>
<tr><td>5 Mar 2025 09:40 PST</td><td>
<p><b>Mini Incident Report</b></p>
<p>(All Times US/Pacific)</p>
<p>Incident Start: 3 March 2025 04:12</p>
<p>Incident End: 3 March 2025 06:05</p>
<p>Regions/Zones: asia-east5</p>
<p>Description: New connections to Cloud SQL instances in asia-east5 failed intermittently after a proxy fleet lost its route to the metadata service. Engineers restored the route.</p>
</td></tr>
<tr><td>3 Mar 2025 06:20 PST</td><td>The issue with Cloud SQL has been resolved for all affected projects as of Monday, 2025-03-03 06:05 US/Pacific.</td></tr>
<tr><td>3 Mar 2025 04:51 PST</td><td>We are investigating connection errors for Cloud SQL instances in asia-east5.</td></tr>
</table>
<p>All times are US/Pacific</p>
</body></html>`
	in, err := Extract([]byte(doc), "status.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-03-03T04:12:00-08:00" {
		t.Errorf("started %q, want 2025-03-03T04:12:00-08:00", in.StartedAt)
	}
}

// TestOpeningStartBeatsEarlierChange: a service-event letter that says
// "Starting at 2:14 PM PDT, … began returning errors" and tells, further
// on, of the change made an hour earlier that set it up: the outage
// began at the opening's time, not the change's.
func TestOpeningStartBeatsEarlierChange(t *testing.T) {
	doc := `Summary of the Ambleton Queue Service Event in the Ohio Region

We want to share more about the disruption of Ambleton Queue Service on May 6th, 2025.

Starting at 2:14 PM PDT, Ambleton Queue Service began returning elevated errors for SendMessage calls in the Ohio Region.

At 1:05 PM PDT, we began replacing the hosts of the queue metadata fleet with a newer instance type. As the replacement went on, the new hosts took longer to load each queue's metadata, and at 2:14 PM PDT the fleet could no longer keep up with requests.

We paused the replacement at 2:50 PM PDT and returned the old hosts to service. Error rates were back to normal by 3:32 PM PDT.

We apologize for the impact this event caused.
`
	in, err := Extract([]byte(doc), "letter.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-05-06T14:14:00-07:00" {
		t.Errorf("started %q, want 2025-05-06T14:14:00-07:00", in.StartedAt)
	}
}

// TestIdentifiedAsTheReason: a letter that tells its cause only as what
// the engineers identified "as the reason" ("we identified the lock
// timeout as the reason the writers stalled") states it outright.
func TestIdentifiedAsTheReason(t *testing.T) {
	doc := `Summary of the Bellgrove Ledger Service Event

We want to share more about the disruption of Bellgrove Ledger on August 4th, 2025.

Between 9:20 AM and 11:05 AM PDT, customers could read their ledgers but could not post new entries.

Writers wait on each other briefly when two of them post to one account. On August 4th, a customer began posting hundreds of entries a second to a single account, and writers for every account sharing its partition queued behind it.

At 10:15 AM PDT we identified the partition's lock timeout as the reason the writers stalled, and at 10:40 AM PDT we moved the busy account to a partition of its own. Posting recovered by 11:05 AM PDT.

We apologize for the impact this event caused.
`
	in, err := Extract([]byte(doc), "letter.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "lock timeout") {
		t.Errorf("cause %q, want the lock timeout", in.Cause)
	}
}
