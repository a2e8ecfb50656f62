package extract

import (
	"strings"
	"testing"
)

// TestHistoryEntryKept: a status history clipped as Markdown, its days
// headings and each day's incidents bold names over their updates, and
// the page titled by one of them (with the site's name after it), is
// read as that incident alone: its name is the title, its postmortem's
// own range ("From 22:10 PDT on 9 June to 00:25 PDT on 10 June", no
// year) its start and end, and the other days' updates no events.
func TestHistoryEntryKept(t *testing.T) {
	body := "---\ntitle: \"Failed logins to the dashboard in eu-north · Tamsin Status\"\n---\n\n" +
		"# Tamsin Hosting Status\n\n## Past Incidents\n\n### Jun 10, 2025\n\n**Delayed usage reports**\n\n" +
		"Resolved - Usage reports generated overnight have all been sent.\nJun 10, 08:15 PDT\n\n" +
		"Investigating - Some usage reports are late.\nJun 10, 06:50 PDT\n\n" +
		"### Jun 9, 2025\n\n**Failed logins to the dashboard in eu-north**\n\n" +
		"Postmortem - From 22:10 PDT on 9 June to 00:25 PDT on 10 June, about a quarter of logins to the dashboard in eu-north failed. " +
		"The session store ran out of memory after a cleanup job stopped removing expired sessions. We restarted the job and added memory.\nJun 11, 10:00 PDT\n\n" +
		"Resolved - Logins succeed again.\nJun 10, 00:25 PDT\n\n" +
		"Identified - The session store of eu-north is out of memory.\nJun 9, 23:30 PDT\n\n" +
		"Investigating - We are investigating failed logins in eu-north.\nJun 9, 22:31 PDT\n\n" +
		"### Jun 7, 2025\n\n**Slow API responses**\n\n" +
		"Resolved - API latency is back to normal.\nJun 7, 14:03 PDT\n\n" +
		"Investigating - API responses are slower than usual.\nJun 7, 13:20 PDT\n"
	title, start, end, _, events := extractText(t, "history.md", body)
	if title != "Failed logins to the dashboard in eu-north" {
		t.Errorf("title %q", title)
	}
	if start != "2025-06-09T22:10:00-07:00" || end != "2025-06-10T00:25:00-07:00" {
		t.Errorf("start %q end %q", start, end)
	}
	for _, ev := range events {
		if strings.Contains(ev, "06-07") || strings.Contains(ev, "T06:50") || strings.Contains(ev, "T08:15") {
			t.Errorf("event of another incident: %q", ev)
		}
	}
	// a time "on" a day and month alone takes the year from around it
	if st, n, ok := parseStamp("9 June to 00:25", "en"); !ok || st.day != 9 || st.month != 6 || n != len("9 June") {
		t.Errorf("parseStamp: %+v %d %v", st, n, ok)
	}
}

// TestRowNameIsNoTitle: a regional status page whose heading is the name
// of a product, repeated as the first cell of a row of its grid of
// zones, is titled by the incident below it.
func TestRowNameIsNoTitle(t *testing.T) {
	page := `<html><head><title>Corrie Cloud Status – Nordics</title></head><body><main>
<h1>Managed Database</h1>
<table><tr><th>Service</th><th>nd-1a</th><th>nd-1b</th></tr>
<tr><td>Managed Database</td><td>Resolved issue</td><td>Operational</td></tr>
<tr><td>Object Storage</td><td>Operational</td><td>Operational</td></tr></table>
<h2>Failovers of database primaries in nd-1a</h2>
<p>From 08:05 to 09:20 UTC on 3 March 2025, database primaries in nd-1a failed over repeatedly and writes failed for up to a minute each time.</p>
<h3>Cause</h3><p>A network switch in nd-1a dropped heartbeat packets, so replicas took over from healthy primaries.</p>
</main></body></html>`
	title, _, _, _, _ := extractText(t, "region.html", page)
	if title != "Failovers of database primaries in nd-1a" {
		t.Errorf("title %q", title)
	}
}

// TestLabelledEntryName: a status history copied as text, its filter
// labels at the top and each entry a name over a paragraph opening with
// "Summary of impact:", is titled by the first entry's name, not by a
// label.
func TestLabelledEntryName(t *testing.T) {
	body := "Fenwick Cloud status history\nFenwick Cloud   Status   History   Sign in\n\n" +
		"Service and zone\nAll services\nAll zones\n\nMarch 2025\n\n12/3\n" +
		"Key Vault - Secret reads failing - West Europe\n\n" +
		"Summary of impact: Between 10:20 UTC on 12 Mar 2025 and 11:05 UTC on 12 Mar 2025, customers reading secrets in West Europe received errors. " +
		"Preliminary root cause: A certificate of the vault's front end expired. Mitigation: The certificate was renewed.\n\n" +
		"2/3\nDNS - Slow resolution - Global\n\n" +
		"Summary of impact: Between 04:00 and 04:40 UTC on 2 Mar 2025, some DNS queries were slow. Preliminary root cause: A resolver pool was overloaded.\n"
	title, start, _, _, _ := extractText(t, "history.txt", body)
	if title != "Key Vault - Secret reads failing - West Europe" {
		t.Errorf("title %q", title)
	}
	if start != "2025-03-12T10:20:00Z" {
		t.Errorf("start %q", start)
	}
}

// TestNumberedWentWrong: a report whose numbered sections include "2.
// What went wrong" (and no other account of the cause) gives that
// section as the cause, as it does the heading without its number.
func TestNumberedWentWrong(t *testing.T) {
	body := "Incident report: Lost access to the Leeds file servers, 2 March 2025\n\n" +
		"1. Overview\n\nOn 2 March 2025, from 09:10 to 10:25 GMT, staff could not open files on the Leeds file servers.\n\n" +
		"2. What went wrong\n\nAt 09:02 GMT an engineer replaced the share permissions of the Leeds servers with a template that listed only the finance group, so everyone else lost access.\n\n" +
		"3. Corrective actions\n\n- Permission templates are now checked against the current groups before they are applied.\n"
	_, _, _, cause, _ := extractText(t, "report.txt", body)
	if !strings.Contains(cause, "share permissions") {
		t.Errorf("cause %q", cause)
	}
}

// TestNewsSiteLineAndStatement: a news article copied as text, under its
// site's name line ("<name> · <motto>", the name given again as its
// source) and a channel's dateline, is titled by its headline and dated
// by the dateline, which is no start; "直到…才恢复" tells when it
// recovered; what the company's statement says ("…发布声明称，…") is the
// cause.
func TestNewsSiteLineAndStatement(t *testing.T) {
	body := "云帆网 · 数字生活\n首页  快讯  资讯  科技  汽车  搜索  登录\n\n" +
		"科技 | 2025-06-19 08:40\n\n青禾外卖“618”晚高峰下单转圈，官方回应：订单量超出预估五倍\n\n" +
		"作者：林一舟\n来源：云帆网\n\n" +
		"6月18日晚，青禾外卖大量用户反馈无法下单、支付页面一直转圈，相关话题一度冲上热搜。\n\n" +
		"据青禾外卖方面介绍，18日19:40起下单失败率快速上升，部分用户直到21:10前后才恢复正常下单，问题持续约一个半小时。\n\n" +
		"青禾外卖当晚22时发布说明称，晚高峰订单量在十分钟内涨到预估峰值的五倍，订单服务的数据库连接池被占满，大量请求排队超时。\n\n" +
		"青禾外卖表示，将向受影响用户发放优惠券，并在大促前按预估峰值的三倍准备容量。\n\n" +
		"云帆网  关于我们  联系我们  隐私政策\n"
	in, err := Extract([]byte(body), "/tmp/forms6/news.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "青禾外卖“618”晚高峰下单转圈，官方回应：订单量超出预估五倍" {
		t.Errorf("title %q", in.Title)
	}
	if in.Published != "2025-06-19" {
		t.Errorf("published %q", in.Published)
	}
	if in.StartedAt != "2025-06-18T19:40:00+08:00" || in.EndedAt != "2025-06-18T21:10:00+08:00" {
		t.Errorf("start %q end %q", in.StartedAt, in.EndedAt)
	}
	if !strings.Contains(in.Cause, "连接池") || strings.Contains(in.Cause, "发布说明称") {
		t.Errorf("cause %q", in.Cause)
	}
}

// TestProviderAsDestination: a provider that traffic or routes are sent
// to ("moving transit traffic to a new upstream provider") is where they
// go, not a party that failed; a provider that fails is still one.
func TestProviderAsDestination(t *testing.T) {
	cuesOnce.Do(loadCues)
	dep := func(text string) float64 {
		scores := make([]float64, len(patternList))
		scoreText(scores, text, 1)
		return scores[idxDependency]
	}
	if s := dep("The change was part of work to move transit traffic to a new upstream provider."); s != 0 {
		t.Errorf("destination scored dependency %.1f", s)
	}
	if s := dep("The routers stopped announcing the prefixes to our upstream providers."); s != 0 {
		t.Errorf("destination scored dependency %.1f", s)
	}
	if s := dep("Our upstream provider lost a core router, and traffic to a third-party payment provider failed."); s == 0 {
		t.Error("a failing provider scored no dependency")
	}
	body := "Root cause analysis: Loss of reachability of the Leeds data centre, 3 March 2025\n\n" +
		"1. Overview\n\nOn 3 March 2025, from 14:05 to 15:20 GMT, customers could not reach services hosted in our Leeds data centre from outside our network.\n\n" +
		"2. What went wrong\n\nAt 13:58 GMT the network team pushed a new export policy to the edge routers in Leeds and York, as part of work to move transit traffic to a new upstream provider. " +
		"The new policy listed the address blocks of York customers, but the two blocks of Leeds were left out, so the edge routers stopped announcing them to our upstream providers.\n\n" +
		"3. Corrective actions\n\n- Export policies are now generated from the address management system.\n"
	in, err := Extract([]byte(body), "/tmp/forms6/rca.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "config-change" {
		t.Errorf("patterns %q", in.Patterns)
	}
}

// TestRolloutRuleIsConfig: a deployment word that only says what a rule
// or a policy configures ("灰度规则", "the canary rules") names a
// configuration change, not a deployment.
func TestRolloutRuleIsConfig(t *testing.T) {
	cuesOnce.Do(loadCues)
	score := func(text string) []float64 {
		scores := make([]float64, len(patternList))
		scoreText(scores, text, 1)
		return scores
	}
	if s := score("运维同学通过配置中心向网关推送灰度规则。"); s[idxDeployment] != 0 || s[idxConfig] == 0 {
		t.Errorf("灰度规则: deployment %.1f, config %.1f", s[idxDeployment], s[idxConfig])
	}
	if s := score("An engineer pushed the canary rules to every gateway."); s[idxDeployment] != 0 || s[idxConfig] == 0 {
		t.Errorf("canary rules: deployment %.1f, config %.1f", s[idxDeployment], s[idxConfig])
	}
	if s := score("新版本灰度发布到华东集群。"); s[idxDeployment] == 0 {
		t.Error("a rollout scored no deployment")
	}
	body := "# 【P2故障通报】5月6日 网关路由异常导致部分租户请求失败\n\n" +
		"**故障时间**：2025年5月6日 14:20 - 15:05（北京时间），持续 45 分钟。\n\n" +
		"**故障原因**：当日 14:12 运维同学通过配置中心向 API 网关推送灰度规则，规则中将新版本后端的权重写为 100，而新版本后端当时只在华东一个集群部署，导致其余集群的请求被路由到不存在的后端。\n\n" +
		"**改进措施**：配置中心推送网关规则前自动校验目标后端在各集群是否存在。\n"
	in, err := Extract([]byte(body), "/tmp/forms6/notice.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "config-change" {
		t.Errorf("patterns %q", in.Patterns)
	}
}

// TestLogicHasDefect: "…逻辑存在缺陷" (a defect told of a program's
// logic with a verb between) names a software defect as "逻辑缺陷" does,
// above the upgrade that shipped it and the index it touched.
func TestLogicHasDefect(t *testing.T) {
	cuesOnce.Do(loadCues)
	score := func(text string) float64 {
		scores := make([]float64, len(patternList))
		scoreText(scores, text, 1)
		return scores[idxBug]
	}
	if with, bare := score("新引入的索引合并逻辑存在缺陷。"), score("新引入的索引合并存在缺陷。"); with <= bare {
		t.Errorf("逻辑存在缺陷 scored %.1f, no more than 存在缺陷 (%.1f)", with, bare)
	}
}
