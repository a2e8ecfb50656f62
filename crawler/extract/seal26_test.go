package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// extractSeal26 extracts body saved under name, failing the test on an error.
func extractSeal26(t *testing.T, name, body string) *data.Incident {
	t.Helper()
	in, err := Extract([]byte(body), "/tmp/seal26/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestStatusFeed: a status page's history saved as its RSS or Atom feed
// is read as the page of its newest item: the item's title, its updates
// (escaped HTML in the description or content) with their stamps.
func TestStatusFeed(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Marlpit Status - Incident History</title><link>https://status.marlpit.example</link>
<item><title>Search results missing recent documents</title>
<description>&lt;p&gt;&lt;small&gt;Apr &lt;var data-var='date'&gt;7&lt;/var&gt;, &lt;var data-var='time'&gt;16:45&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Resolved&lt;/strong&gt; - Indexing caught up at 16:30 UTC. The delay was caused by a full disk on one of the indexing nodes, which stopped consuming new documents.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Apr &lt;var data-var='date'&gt;7&lt;/var&gt;, &lt;var data-var='time'&gt;14:10&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Investigating&lt;/strong&gt; - Documents added since 14:00 UTC do not appear in search results.&lt;/p&gt;</description>
<pubDate>Tue, 07 Apr 2026 16:45:03 +0000</pubDate></item>
<item><title>Older incident</title><description>&lt;p&gt;Resolved.&lt;/p&gt;</description><pubDate>Mon, 30 Mar 2026 09:00:00 +0000</pubDate></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom"><title>Marlpit Status - Incident History</title>
<entry><published>2026-04-07T16:45:03Z</published><title>Search results missing recent documents</title>
<content type="html">&lt;p&gt;&lt;small&gt;Apr &lt;var data-var='date'&gt;7&lt;/var&gt;, &lt;var data-var='time'&gt;16:45&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Resolved&lt;/strong&gt; - Indexing caught up at 16:30 UTC. The delay was caused by a full disk on one of the indexing nodes, which stopped consuming new documents.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Apr &lt;var data-var='date'&gt;7&lt;/var&gt;, &lt;var data-var='time'&gt;14:10&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Investigating&lt;/strong&gt; - Documents added since 14:00 UTC do not appear in search results.&lt;/p&gt;</content></entry>
</feed>`
	for _, tc := range []struct{ name, body string }{{"history.rss", rss}, {"history.atom", atom}, {"feed.xml", rss}} {
		in := extractSeal26(t, tc.name, tc.body)
		if in.Title != "Search results missing recent documents" {
			t.Errorf("%s: title %q, want the newest item's", tc.name, in.Title)
		}
		if !strings.HasPrefix(in.StartedAt, "2026-04-07T14:") {
			t.Errorf("%s: started %q, want 7 April 2026 about 14:00 UTC", tc.name, in.StartedAt)
		}
		if !strings.Contains(in.Cause, "full disk") {
			t.Errorf("%s: cause %q, want the full disk", tc.name, in.Cause)
		}
		if strings.Contains(in.Text, "Older incident") {
			t.Errorf("%s: text holds an older item", tc.name)
		}
	}
	if _, err := Extract([]byte(`<?xml version="1.0"?><config><a>1</a></config>`), "/tmp/seal26/settings.xml", ""); err == nil {
		t.Errorf("settings.xml: read, want other XML refused")
	}
}

// TestIssuePageTitle: an issue tracker's page copied as text shows its
// author's line ("Created 2 weeks ago by …") and its labels ("Labels:
// incident::resolved severity::1 …") around the issue's title: neither
// names the incident.
func TestIssuePageTitle(t *testing.T) {
	body := `Skip to content
Menu
Projects
Groups
Marlpit / Platform / incidents
Issues
#311
Incident
Created 2 weeks ago by Hana Severin
Search indexing stalled for new documents
Labels: incident::resolved  severity::2  service::search

Summary
Between 14:00 and 16:30 UTC on 2026-04-07 documents added to search did not appear in results because an indexing node's disk was full.
`
	in := extractSeal26(t, "issue.txt", body)
	if in.Title != "Search indexing stalled for new documents" {
		t.Errorf("title %q, want the issue's", in.Title)
	}
	for _, line := range []string{"Created 3 months ago by Priya Wendover", "submitted 5 days ago by sre_9", "Opened about 1 hour ago by ops-bot"} {
		if !isDebris(line) {
			t.Errorf("isDebris(%q) = false, want an author's line", line)
		}
	}
	if isDebris("Created a new index 3 days ago by mistake, which deleted the old one") {
		t.Errorf("a sentence read as an author's line")
	}
}

// TestHeadingPermalink: a documentation generator's permalink after a
// heading (Sphinx's and MkDocs' <a class="headerlink">¶</a>) is no part
// of the page's title.
func TestHeadingPermalink(t *testing.T) {
	body := `<!DOCTYPE html><html><head><title>Docs</title></head><body><div role="main" class="document">
<h1>Search indexing outage<a class="headerlink" href="#search-indexing-outage" title="Permalink to this heading">¶</a></h1>
<h2>Summary<a class="headerlink" href="#summary">¶</a></h2>
<p>Between 14:00 and 16:30 UTC on 2026-04-07 documents added to search did not appear in results because an indexing node's disk was full.</p>
</div></body></html>`
	in := extractSeal26(t, "outage.html", body)
	if in.Title != "Search indexing outage" {
		t.Errorf("title %q, want the heading without its permalink", in.Title)
	}
}

// TestMicroblogPostAbovePrompt: a microblog's long post copied with the
// site's "登录 | 注册" over it and its stamp of an earlier year ("25-12-3
// 09:10 来自 微博 weibo.com"): the prompt is no title, and the stamp's
// two-digit year dates the post's yearless days.
func TestMicroblogPostAbovePrompt(t *testing.T) {
	body := `微博
首页
热门
搜索
登录 | 注册
鹭洲出行
25-12-3 09:10 来自 微博 weibo.com 已编辑
关于12月2日晚App扫码乘车异常的情况说明
各位乘客：
12月2日18:40至20:05，鹭洲出行App乘车码无法生成，影响时长约1小时25分钟。经排查，问题出在乘车码服务的缓存集群，一个节点内存耗尽后其余节点接管超时。我们深表歉意。
转发 320
评论 1022
赞 4410
`
	in := extractSeal26(t, "weibo.txt", body)
	if in.Title != "关于12月2日晚App扫码乘车异常的情况说明" {
		t.Errorf("title %q, want the post's", in.Title)
	}
	if in.StartedAt != "2025-12-02T18:40:00+08:00" {
		t.Errorf("started %q, want 2025-12-02 18:40 +08:00", in.StartedAt)
	}
	in = extractSeal26(t, "weibo2.txt", "首页\n登录 | 注册\n关于12月2日晚App扫码乘车异常的情况说明\n12月2日18:40至20:05，鹭洲出行App乘车码无法生成，影响时长约1小时25分钟。经排查，问题出在乘车码服务的缓存集群。\n")
	if in.Title != "关于12月2日晚App扫码乘车异常的情况说明" {
		t.Errorf("title %q under a prompt, want the post's", in.Title)
	}
}

// TestUSPressReleaseZones: a US press release writes its times "11:40
// p.m. MT on Saturday, Feb. 7" or "4:55 a.m. CT": Mountain and Central
// time, read with the day written after the clock, not the release's
// own date and zone.
func TestUSPressReleaseZones(t *testing.T) {
	body := `Halvard Water Restores Customer Portal After Overnight Outage

NEWS PROVIDED BY
Halvard Water Utility
Mar 16, 2026, 09:00 ET

BOULDER, March 16, 2026 /PRNewswire/ -- Halvard Water Utility said its customer portal and payment line were unavailable from approximately 10:50 p.m. MT on Saturday, March 14, until 5:05 a.m. MT on Sunday, March 15, after a database server failed.
`
	in := extractSeal26(t, "release.txt", body)
	if in.StartedAt != "2026-03-14T22:50:00-06:00" || in.EndedAt != "2026-03-15T05:05:00-06:00" {
		t.Errorf("started %q, ended %q, want 22:50 MT on 14 March to 05:05 MT on 15 March 2026", in.StartedAt, in.EndedAt)
	}
	for _, tc := range []struct{ in, zone string }{{"4:55 a.m. CT", "America/Chicago"}, {"11:40 p.m. MT", "America/Denver"}} {
		st, _, ok := parseStamp(tc.in, "en")
		if !ok || st.loc == nil || st.loc.String() != tc.zone {
			t.Errorf("%q: read %+v, want zone %s", tc.in, st, tc.zone)
		}
	}
}

// TestBlogPostedLine: a blog's line under its title that tells when the
// post went up ("运维小记 于 2025-06-03 09:12:40 发布 阅读量 980") dates the
// post; it is no event of the incident, and does not end it.
func TestBlogPostedLine(t *testing.T) {
	body := `<!DOCTYPE html><html><head><title>复盘</title></head><body><div class="blog-content-box">
<h1 class="title-article">线上事故复盘：一次配置下发导致的网关 502</h1>
<div class="article-info-box"><span class="follow-nickName">运维小记</span> <span class="time">于 2025-06-03 09:12:40 发布</span> <span class="read-count">阅读量980</span></div>
<div id="content_views">
<p>6月1日晚 21:05，网关集群开始大量返回 502，故障从 21:05 持续到 21:50，约 45 分钟。</p>
<h2>时间线</h2>
<ul><li>21:05 监控告警，502 比例超过 30%</li><li>21:20 定位到 20:58 下发的路由配置缺少默认后端</li><li>21:50 回滚配置，访问恢复</li></ul>
</div></div></body></html>`
	in := extractSeal26(t, "fupan.html", body)
	if in.StartedAt != "2025-06-01T21:05:00+08:00" || in.EndedAt != "2025-06-01T21:50:00+08:00" {
		t.Errorf("started %q, ended %q, want 21:05 to 21:50 on 1 June 2025", in.StartedAt, in.EndedAt)
	}
	for _, e := range in.Timeline {
		if strings.Contains(e.Text, "发布") {
			t.Errorf("the post's line %q taken for an event", e.Text)
		}
	}
}
