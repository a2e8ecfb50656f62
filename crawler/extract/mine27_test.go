package extract

import (
	"strings"
	"testing"
)

// TestResolvedAcrossGap: a key-events list whose resolution comes days
// after a first day of events tells one incident that ran across the gap,
// not a first-day story with a stray follow-up: the end is the resolution.
func TestResolvedAcrossGap(t *testing.T) {
	page := "# Incident on 2025-02-10 - Search index rebuilds stalled\n\n" +
		"- **Key events**\n" +
		"  - First detected: 2025-02-10 09:12\n" +
		"  - Incident declared: 2025-02-10 09:40\n" +
		"  - Resolved 2025-02-12 15:05\n\n" +
		"- **Impact**: Search results were up to two days stale for every tenant.\n\n" +
		"- **Context**:\n" +
		"  - 2025-02-10 09:12: Alert that the index rebuild job had made no progress for an hour.\n" +
		"  - 2025-02-10 09:40: A second rebuild stalled at the same shard. Incident declared.\n" +
		"  - 2025-02-10 10:05: The job's worker pods were restarted.\n" +
		"  - 2025-02-10 11:30: Debug logging enabled on the index workers.\n" +
		"  - 2025-02-12 15:05: The oversized shard was split and the rebuild completed. Incident resolved.\n"
	in, err := Extract([]byte(page), "index.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-02-10T09:12:00Z" || in.EndedAt != "2025-02-12T15:05:00Z" {
		t.Errorf("span %s – %s, want 2025-02-10T09:12 – 2025-02-12T15:05 (the resolution)", in.StartedAt, in.EndedAt)
	}
	// a later note that resolves nothing is still another story
	page2 := "# Incident on 2025-02-10 - Search index rebuilds stalled\n\n" +
		"## Timeline\n\n" +
		"- 2025-02-10 09:12: Alert that the index rebuild job had made no progress for an hour.\n" +
		"- 2025-02-10 09:40: A second rebuild stalled at the same shard.\n" +
		"- 2025-02-10 10:05: The job's worker pods were restarted.\n" +
		"- 2025-02-10 11:30: The oversized shard was split; the rebuild completed and search is back to normal.\n" +
		"- 2025-02-17 14:00: Review meeting held with the search team.\n"
	in, err = Extract([]byte(page2), "index2.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.EndedAt != "2025-02-10T11:30:00Z" {
		t.Errorf("ended_at %s, want 2025-02-10T11:30 (the review a week later is another story)", in.EndedAt)
	}
}

// TestPrintHeaderYearFirst: a browser set to Chinese prints a page's
// header with the date year first ("2025/03/08 21:15 标题 - 站点"); it
// names the page, it is neither the title's text nor the incident's time.
func TestPrintHeaderYearFirst(t *testing.T) {
	page := "2025/03/08 21:15                  青禾支付周五晚间交易失败近一小时 - 北岸晚报\n\n\n\n" +
		"  北岸晚报 · 财经                                  首页  新闻  财经  ｜ 登录\n\n" +
		"  青禾支付周五晚间交易失败近一小时\n\n" +
		"  北岸晚报记者 周岚   2025年03月08日 09:10\n\n" +
		"  3月7日晚间，青禾支付部分用户付款失败。公司称，故障由数据库主备切换失败导致，\n" +
		"  技术人员手动切换后服务恢复。\n\n" +
		"https://www.beian-wanbao.example/finance/20250308/a1.html                      1/1\n"
	in, err := Extract([]byte(page), "qinghe.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "青禾支付周五晚间交易失败近一小时" {
		t.Errorf("title %q, want the story's title without the printed date, clock or paper", in.Title)
	}
}

// TestDropStatusLead: a section taken from a status page's update does
// not open with the update's state and posting time.
func TestDropStatusLead(t *testing.T) {
	for _, c := range []struct{ in, lang, want string }{
		{"处理中 2025-04-02 21:10 问题源于配置中心的一次发布，部分实例读取到空配置。", "zh", "问题源于配置中心的一次发布，部分实例读取到空配置。"},
		{"已解决 - 支付成功率已恢复正常。", "zh", "支付成功率已恢复正常。"},
		{"排查中 部分用户登录超时，工程师正在排查。", "zh", "部分用户登录超时，工程师正在排查。"},
		{"更新 2: 华东节点再次出现超时。", "zh", "华东节点再次出现超时。"},
		{"Update 2025-04-02 21:10 UTC A bad cache node is returning stale pages.", "en", "A bad cache node is returning stale pages."},
		{"Identified: The queue workers ran out of file handles.", "en", "The queue workers ran out of file handles."},
		{"Investigating if any customer data was exposed.", "en", "Investigating if any customer data was exposed."},
		{"Resolved", "en", "Resolved"},
		{"更新配置后，网关开始拒绝请求。", "zh", "更新配置后，网关开始拒绝请求。"},
	} {
		if got := dropStatusLead(c.in, c.lang); got != c.want {
			t.Errorf("dropStatusLead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	page := "# Lantern Status\n\n## Checkout errors in EU\n\n" +
		"**Resolved** - Checkout success rates are back to normal. Mar 4, 10:40 UTC\n\n" +
		"**Identified** - Update 2025-03-04 09:58 UTC A certificate on the EU payment proxy expired at 09:12. Mar 4, 09:58 UTC\n\n" +
		"**Investigating** - Some EU customers cannot complete checkout. Mar 4, 09:20 UTC\n"
	in, err := Extract([]byte(page), "lantern.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"summary": in.Summary, "impact": in.Impact, "cause": in.Cause, "remediation": in.Remediation} {
		if statusLead.MatchString(v) {
			t.Errorf("%s opens with an update's state: %q", name, v)
		}
	}
}

// TestZhNewsHours: a Chinese paper's story tells the outage's hours in
// prose ("晚上7点左右起…，直到晚上9点20分左右才恢复") under a byline that
// holds the posting time; the byline is not an event, the bare hour the
// outage began from is, and both hours fall on the day the story names.
func TestZhNewsHours(t *testing.T) {
	page := "  北岸晚报 · 科技                                  首页  新闻  科技  ｜ 登录\n\n" +
		"  青禾出行App周日晚间无法叫车近两个半小时\n\n" +
		"  北岸晚报记者 周岚   2025年06月09日 08:15   编辑：吴越\n\n" +
		"  6月8日晚间，不少用户发现青禾出行App无法叫车。\n" +
		"  有乘客反映，晚上7点左右起App就一直显示“附近暂无车辆”，直到晚上9点20分左右才恢复正常。\n\n" +
		"  青禾出行当晚发布声明称，故障系调度服务的一次配置变更所致，技术团队回滚后服务逐步恢复。\n\n" +
		"  上周的一次故障则从周五早上 6 点左右开始，持续了约一小时。\n"
	in, err := Extract([]byte(page), "qinghe-chuxing.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-06-08T19:00:00+08:00" || in.EndedAt != "2025-06-08T21:20:00+08:00" {
		t.Errorf("span %s – %s, want 2025-06-08 19:00 – 21:20", in.StartedAt, in.EndedAt)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "记者") || strings.Contains(ev.Text, "周五") {
			t.Errorf("event %q is the byline or another story's", ev.Text)
		}
	}
}

// TestTitleFurniture: a news outlet named after a story's title is the
// page's, not the incident's title. (A status page's name before an
// incident's title, "Hubbub 状态 - …", stays: the crawler's classifier
// reads it as the mark of a status page's incident.)
func TestTitleFurniture(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"青禾支付周五晚间交易失败近一小时 - 北岸晚报", "青禾支付周五晚间交易失败近一小时"},
		{"Regional payments outage leaves shoppers stranded | The Harbour Times", "Regional payments outage leaves shoppers stranded"},
		{"事故电话中的沉默 - 林晓舟", "事故电话中的沉默 - 林晓舟"},
		{"Incident on 2025-02-10 - Search index rebuilds stalled", "Incident on 2025-02-10 - Search index rebuilds stalled"},
		{"Outage - News feed", "Outage - News feed"},
	} {
		if got := cleanTitle(c.in, ""); got != c.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
