package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFolderOrg(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"/home/sre/moj-cloud-platform/2024-02-01-dns.md", "UK Ministry of Justice"},
		{"/srv/pm/okta-incidents/2023/login.md", "Okta"},                 // a plain word beside "incidents"
		{"/srv/pm/ustclug-website/2018-outage.md", "USTC LUG"},           // "USTC LUG" written as one word
		{"/data/leancloud/notes/2015-08-07.txt", "LeanCloud"},            // two folders up
		{"/data/k8s-test-infra/2019-03-26.md", "Kubernetes SIG Testing"}, // its hyphenated project's name
		{"/data/medium/articles/outage.md", ""},                          // an ordinary word alone names no one
		{"/data/zoom/outage.md", ""},                                     // nor does a plain name alone
		{"/data/zoom-outages/outage.md", "Zoom"},                         // but beside "outages" it does
		{"/data/postmortems/2021/outage.md", ""},                         // no organisation at all
		{"https://example.org/dfds-postmortems/x.html", ""},              // a page, not a file
		{"", ""},
	} {
		if got := folderOrg(filepath.FromSlash(c.path)); got != c.want {
			t.Errorf("folderOrg(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}

func TestURLDay(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://techblog.example.com/2011/09/09/docs-outage-explained/", "2011-09-09"},
		{"https://example.com/blog/2021/3/7/post", "2021-03-07"},
		{"https://example.com/posts/2019-01-23-prow-hook-outage", "2019-01-23"},
		{"https://web.archive.org/web/20230204234700/https://news.example.com/2012/10/29/storm/", "2012-10-29"},
		{"https://web.archive.org/web/20230204234700/https://news.example.com/storm/", ""}, // the stamp is the capture's
		{"https://example.com/2021/02/31/no-such-day/", ""},
		{"https://example.com/1066/10/14/hastings/", ""},
		{"https://example.com/release/1.2.3/", ""},
		// a slug naming the day in words
		{"https://blog.example.com/postmortem-for-outage-of-eu-west-2-march-14-2016", "2016-03-14"},
		{"https://example.com/blog/nimbus-cloud-february-3rd-2020-incident-report/", "2020-02-03"},
		{"https://example.com/news/outage_21_sept_2018.html", "2018-09-21"},
		{"https://example.com/blog/may-2016-outage", ""},                // no day
		{"https://example.com/blog/mark-12-2016", ""},                   // not a month
		{"https://example.com/posts/the-incident-on-june-31-2019/", ""}, // no such day
		{"not a url", ""},
	} {
		if got := urlDay(c.url); got != c.want {
			t.Errorf("urlDay(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

// A team's own write-up names the vendors it uses more often than the
// team; the folder it is kept in names the team.
func TestExtractOrgFromFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "moj-cloud-platform")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	doc := `# Incident on 2025-06-02 - Pipelines could not deploy

- **Key events**
  - First detected 2025-06-02 09:12
  - Resolved 2025-06-02 11:40

- **Impact**: Teams could not deploy through their pipelines for two and a half hours.

- **Context**: Our pipelines run on CircleCI. CircleCI rotated a signing key and CircleCI runners then refused our service-account tokens. CircleCI support confirmed the change.

- **Resolution**: We issued new service-account tokens to every CircleCI project.
`
	path := filepath.Join(dir, "2025-06-02-pipelines.md")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	in, err := File(path)
	if err != nil {
		t.Fatal(err)
	}
	if in.Org != "UK Ministry of Justice" {
		t.Errorf("org %q, want the folder's UK Ministry of Justice", in.Org)
	}
	// the same text from a page is CircleCI's by its words alone
	page, err := Extract([]byte(doc), "https://example.org/incidents/2025-06-02-pipelines.md", "text/markdown")
	if err != nil {
		t.Fatal(err)
	}
	if page.Org != "CircleCI" {
		t.Errorf("page org %q, want CircleCI", page.Org)
	}
}

// Front matter's published_at and a blog's dated address give the day a
// write-up was published.
func TestPublishedFromFrontMatterAndAddress(t *testing.T) {
	fm := "---\ntitle: Queue backlog\nsource_published_at: 2022-09-07T11:55:04-04:00\n---\n\nThe queue backed up for an hour after a worker deploy.\n"
	in, err := Extract([]byte(fm), "queue.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Published != "2022-09-07" {
		t.Errorf("published %q, want 2022-09-07 from source_published_at", in.Published)
	}
	md := "# 谷歌解释文档服务中断\n\n> 原文：<https://news.example.com/2011/09/09/docs-outage-explained/>\n\n文档服务本周中断了约一小时，原因是一次内存管理变更。\n"
	in, err = Extract([]byte(md), "docs.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Published != "2011-09-09" {
		t.Errorf("published %q, want 2011-09-09 from the source address %q", in.Published, in.URL)
	}
}

// An organisation named twice and alone is the write-up's own when the
// write-up speaks of it in the first person, and only then.
func TestOrgNamedInFirstPerson(t *testing.T) {
	own := "2025 年 3 月 2 日：对象存储上传失败故障报告\n\n3 月 2 日 10 点左右，部分用户上传文件失败，11 点 05 分恢复。\n\n为了说清楚问题，我们先介绍一下 Okta 登录网关的结构。网关前有两层负载均衡。\n\n后来发现 Okta 网关的一条路由配置写错了。\n"
	in, err := Extract([]byte(own), "own.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Org != "Okta" {
		t.Errorf("org %q, want Okta (named in the first person)", in.Org)
	}
	vendor := "2025 年 3 月 2 日：登录失败故障报告\n\n3 月 2 日 10 点左右，部分用户无法登录，11 点 05 分恢复。\n\n登录依赖 Okta 提供的身份服务。当天 Okta 的一个区域出现故障。\n"
	in, err = Extract([]byte(vendor), "vendor.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Org != "" {
		t.Errorf("org %q, want none: a vendor named in the third person is not the author", in.Org)
	}
}

// A write-up that names itself nowhere is titled by its first sentence,
// cut short at a word that does not lead into the words cut.
func TestFallbackTitleCut(t *testing.T) {
	for _, c := range []struct{ summary, want string }{
		{"A mix of retries and a slow cache results in a large number of Quillpad's users being disconnected to the sync service for an hour.",
			"A mix of retries and a slow cache results in a large number of Quillpad's users"},
		{"The nightly export job filled the shared volume.", "The nightly export job filled the shared volume"},
		{"夜间导出任务写满了共享卷，导致编辑服务在两个小时里无法保存文档，所有用户受到影响，这段话很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。",
			"夜间导出任务写满了共享卷，导致编辑服务在两个小时里无法保存文档，所有用户受到影响，这段话很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长"},
	} {
		got := fallbackTitle(c.summary, "")
		if got != c.want {
			t.Errorf("fallbackTitle(%q)\n = %q\nwant %q", c.summary, got, c.want)
		}
	}
}

// A resolution that first tells what broke and then how it was mended
// gives the cause when no section or sentence names one.
func TestCauseInResolution(t *testing.T) {
	doc := `# Incident on 2025-04-02 - Ingress certificates replaced

- **Key events**
  - First detected: 2025-04-02 09:14
  - Resolved: 2025-04-02 10:02

- **Impact**: Services behind the shared ingress answered with certificate errors.

- **Resolution**:
  - The certificate job had been disabled for a migration. When it was enabled again, a stale manifest in its queue ran first and overwrote the wildcard certificate with a self-signed one.
  - The wildcard certificate was restored from the secrets backup, and the ingress pods were restarted.

- **Review actions**:
  - Clear a job's queue before enabling it again.
`
	in, err := Extract([]byte(doc), "cert.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "overwrote the wildcard certificate") {
		t.Errorf("cause %q, want the resolution's telling of what broke", in.Cause)
	}
	if strings.Contains(in.Remediation, "overwrote") || !strings.Contains(in.Remediation, "restored from the secrets backup") {
		t.Errorf("remediation %q, want only how it was mended", in.Remediation)
	}
}

// A summary's account of how the outage was ended joins a remediation
// section of follow-ups; a sentence saying what could not be resolved
// does not.
func TestSummaryMitigationJoinsRemediation(t *testing.T) {
	doc := `# Search cluster out of disk

## Summary

The search cluster's data volume filled up, so indexing stopped and queries returned stale results. Pages could not be resolved by the cache for an hour. We resolved the outage by adding two data nodes and rebalancing the shards.

## Action items

- Alert when a data volume is 80 % full.
- Expire old indexes after 30 days.
`
	in, err := Extract([]byte(doc), "search.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Remediation, "We resolved the outage by adding two data nodes") || !strings.Contains(in.Remediation, "Expire old indexes") {
		t.Errorf("remediation %q, want how it was ended, then the follow-ups", in.Remediation)
	}
	if strings.Contains(in.Remediation, "could not be resolved") {
		t.Errorf("remediation %q holds what could not be resolved", in.Remediation)
	}
}

// A title's last part that is the publishing site's name is cut; a site
// that is a known organisation's own is the write-up's organisation.
func TestSiteSuffixCut(t *testing.T) {
	news := "# 时钟跑快了一小时的事故 • The Ledger Daily\n\n> 原文：<https://www.theledgerdaily.example/2024/02/09/clock/>\n\n一台服务器的时钟跑快了一小时，证书校验全部失败。\n"
	in, err := Extract([]byte(news), "clock.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "时钟跑快了一小时的事故" || in.Org != "" {
		t.Errorf("title %q org %q, want the site's name cut and no organisation", in.Title, in.Org)
	}
	own := "# Incident report for February 21 · Okta\n\n> Source: <https://okta.com/blog/incident-february-21>\n\nLogins failed for 40 minutes after a certificate rotation.\n"
	in, err = Extract([]byte(own), "okta.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Incident report for February 21" || in.Org != "Okta" {
		t.Errorf("title %q org %q, want the site's name cut and it as the organisation", in.Title, in.Org)
	}
	// a suffix that is not the site's name stays
	if got, _ := siteSuffixCut("Outage - Root cause", "https://status.example.com/x"); got != "Outage - Root cause" {
		t.Errorf("siteSuffixCut cut %q", got)
	}
}

// A news page's byline outside its article, marked by a CMS's class,
// dates the page, and with it the times its report gives without a year.
func TestHTMLBylineDatesPage(t *testing.T) {
	page := `<!doctype html><html><head><title>澜舟云存储故障持续三小时</title></head><body>
<div class="nav">首页 | 登录 | 注册</div>
<h1>澜舟云存储故障持续三小时</h1>
<div class="post-info"><span>2025-06-12 10:05</span> <span>来源：示例科技</span></div>
<article><p>澜舟云对象存储服务6月11日出现故障。官方说明称，故障发生于北京时间6月11日09:20，至12:25全部恢复。</p>
<p>据介绍，故障原因是一次配置变更误删了元数据分片的副本。</p></article>
</body></html>`
	in, err := Extract([]byte(page), "https://news.example.com/a/123", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if in.Published != "2025-06-12" || !strings.HasPrefix(in.StartedAt, "2025-06-11T09:20") {
		t.Errorf("published %q started %q, want 2025-06-12 and 2025-06-11 09:20", in.Published, in.StartedAt)
	}
}

// A page's title is not a section's name nor a page kind's: a document
// export's title element and a console's event title win over them.
func TestTitleNotSectionOrPageName(t *testing.T) {
	doc := `<html><body><p class="c1 title"><span>Postmortem: Invoice emails delayed</span></p>
<h1>Summary</h1><p>Invoice emails were delayed for two hours on March 3, 2026 because the mail queue's worker pool was exhausted.</p>
<h1>Root cause</h1><p>A deploy halved the worker pool.</p></body></html>`
	in, err := Extract([]byte(doc), "https://docs.example.com/pm/invoices", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Postmortem: Invoice emails delayed" {
		t.Errorf("title %q, want the document's title element", in.Title)
	}
	console := `<html><head><title>事件通知详情 - 示例云控制台</title></head><body><div class="console">
<h2 class="event-title"><span class="tag">已恢复</span>华北二区对象存储上传失败</h2>
<p>影响范围：华北二区对象存储。事件原因：一次配置变更误删了元数据副本。</p></div></body></html>`
	in, err = Extract([]byte(console), "https://console.example.com/events/42", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "华北二区对象存储上传失败" {
		t.Errorf("title %q, want the event's title without its badge", in.Title)
	}
	if !genericTitle("Incident details") || genericTitle("Incident report for February 21") {
		t.Errorf("genericTitle misjudges")
	}
}

// A tool the writers used ("reported on Slack", "a Slack thread", "paged
// via PagerDuty") is not whom the write-up is about.
func TestToolMentionsNameNoOrg(t *testing.T) {
	text := "The outage was reported on Slack at 02:50. A Slack thread followed, and on-call was paged via PagerDuty. " +
		"Later the Slack channel filled with reports; the team posted in Slack again."
	if n := countName(text, "Slack"); n != 0 {
		t.Errorf("countName(Slack) = %d, want 0 (every mention is a tool's)", n)
	}
	if n := countName("Slack was down for two hours; Slack engineers restored it.", "Slack"); n != 2 {
		t.Errorf("countName(Slack) = %d, want 2", n)
	}
}
