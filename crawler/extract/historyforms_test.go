package extract

import (
	"strings"
	"testing"
)

// extractText extracts a fictional write-up given as a file's body.
func extractText(t *testing.T, name, body string) (title, start, end, cause string, events []string) {
	t.Helper()
	in, err := Extract([]byte(body), "/tmp/forms6/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		events = append(events, ev.At+" "+ev.Text)
	}
	return in.Title, in.StartedAt, in.EndedAt, in.Cause, events
}

// TestQuestionLabelsInOneParagraph: a review whose questions label its
// parts inside one paragraph ("What happened? … What went wrong and why?
// …") gives each part to its section: the cause is what follows "what
// went wrong", not the summary before it nor the fixes after it.
func TestQuestionLabelsInOneParagraph(t *testing.T) {
	body := "# Review – Managed Queues – Message delays in North Central\n\n" +
		"What happened? Between 10:05 and 11:20 UTC on 9 Apr 2025, consumers of Managed Queues in North Central received messages up to 40 minutes late. " +
		"What went wrong and why? A broker upgrade lowered the prefetch limit of every partition to one message, so consumers fetched a single message per round trip. " +
		"How did we respond? Alerts fired at 10:12 UTC and the upgrade was rolled back by 11:20 UTC. " +
		"How are we making incidents like this less likely? We are adding a throughput test to the broker upgrade checks.\n"
	title, _, _, cause, _ := extractText(t, "review.md", body)
	if title != "Review – Managed Queues – Message delays in North Central" {
		t.Errorf("title %q", title)
	}
	if !strings.Contains(cause, "prefetch limit") || strings.Contains(cause, "40 minutes late") || strings.Contains(cause, "throughput test") {
		t.Errorf("cause %q", cause)
	}
	// a question that only asks, in a sentence, labels nothing
	_, _, _, cause, _ = extractText(t, "plain.txt", "Queue delays on 9 April 2025\n\n"+
		"Customers asked what happened? We explain below. The root cause was a broker upgrade that lowered the prefetch limit.\n")
	if !strings.Contains(cause, "prefetch limit") {
		t.Errorf("cause %q", cause)
	}
}

// TestLongTitleWithReference: a title that is long only because of the
// reference after it ("(Tracking ID …)") is still a title.
func TestLongTitleWithReference(t *testing.T) {
	line := "Post Incident Review (PIR) – Managed Kubernetes – Node pool scaling failures in South East Asia (Tracking ID 3PQ-ZZ1)"
	if !isTitleLine(line) {
		t.Errorf("%q is no title line", line)
	}
	if isTitleLine(strings.Repeat("very long words ", 8) + "(and a remark that runs on past forty characters in all)") {
		t.Error("a long line with a long remark is a title line")
	}
}

// TestHistoryRowsTitle: a status history copied as text, its past
// incidents one row each (date, title, state) and one of them expanded
// with its report, is titled by the expanded one; its updates, each
// time above its state and text, become events with their own text.
func TestHistoryRowsTitle(t *testing.T) {
	body := "Ashgrove Hosting Status\nHistory\nMay 14, 2025\nDNS: Slow propagation of record changes\nResolved\n" +
		"May 02, 2025\nBlock Storage: Volume attach failures in fra-2\nResolved\nHide details\nIncident report\n\n" +
		"Summary\nFrom 13:05 to 14:10 UTC on 2 May 2025, requests to attach block storage volumes in fra-2 failed for about a third of customers.\n\n" +
		"What went wrong\nThe attach service's database reached its connection limit after a new reporting job opened a connection per volume.\n\n" +
		"Updates\nMay 02, 2025 14:22 UTC\nResolved\nVolume attach requests are succeeding again.\n" +
		"May 02, 2025 13:40 UTC\nIdentified\nWe found a job holding too many database connections and stopped it.\n" +
		"May 02, 2025 13:12 UTC\nInvestigating\nWe are investigating failures to attach volumes in fra-2.\n" +
		"Apr 21, 2025\nObject Storage: Elevated latency in ams-1\nResolved\n"
	title, _, _, _, events := extractText(t, "history.txt", body)
	if title != "Block Storage: Volume attach failures in fra-2" {
		t.Errorf("title %q", title)
	}
	want := map[string]string{"13:12": "Investigating", "13:40": "Identified", "14:22": "Resolved"}
	found := 0
	for _, ev := range events {
		for clock, state := range want {
			if strings.Contains(ev, "T"+clock) {
				found++
				if !strings.Contains(ev, state) {
					t.Errorf("event %q, want %s", ev, state)
				}
			}
		}
	}
	if found != 3 {
		t.Errorf("events %q", events)
	}
}

// TestStatuspageStampsAfter: a Statuspage's updates (state, text, then
// the time) keep their pairing.
func TestStatuspageStampsAfter(t *testing.T) {
	body := "Tidemark Status\n\nSlow dashboard\n\nResolved\nThis incident has been resolved.\nPosted 2 days ago. Jun 03, 2025 - 16:10 UTC\n\n" +
		"Investigating\nWe are investigating a slow dashboard.\nPosted 2 days ago. Jun 03, 2025 - 15:20 UTC\n"
	_, start, end, _, events := extractText(t, "sp.txt", body)
	if start != "2025-06-03T15:20:00Z" || end != "2025-06-03T16:10:00Z" {
		t.Errorf("start %s end %s events %q", start, end, events)
	}
	for _, ev := range events {
		if strings.Contains(ev, "15:20") != strings.Contains(ev, "Investigating") {
			t.Errorf("event %q", ev)
		}
	}
}

// TestSectionNameLineInCopiedText: a section's name of a few words on a
// line of its own ("What caused the outage"), over its paragraph, opens
// that section in text copied from a browser.
func TestSectionNameLineInCopiedText(t *testing.T) {
	body := "Payments API outage on 4 June 2025\n\nSummary\nFrom 08:00 to 08:45 UTC on 4 June 2025 the payments API returned errors to most callers.\n\n" +
		"What caused the outage\nA cache cluster was resized to fewer nodes than the traffic needed, and its evictions pushed every request to the database.\n\n" +
		"How we fixed it\nWe restored the cache's size and the error rate fell to zero by 08:45 UTC.\n"
	_, _, _, cause, _ := extractText(t, "copied.txt", body)
	if !strings.Contains(cause, "cache cluster was resized") || strings.HasPrefix(cause, "What caused") {
		t.Errorf("cause %q", cause)
	}
}

// TestPastIncidentsIsNoTitle: a status page's "Past Incidents" heading
// names the page's part, not an incident; a "Post-incident report: …"
// line names the incident.
func TestPastIncidentsIsNoTitle(t *testing.T) {
	body := "# [![Wickerbank Status](https://status.wickerbank.example/logo.png)](https://wickerbank.example)\n\nAll Systems Operational\n\n## Past Incidents\n\nJun 10, 2025\n\nNo incidents reported.\n\nJun 9, 2025\n\n" +
		"### [Login failures for SSO users](https://status.wickerbank.example/incidents/x1)\n\n" +
		"**Resolved** - SSO logins work again. The identity provider's signing key had been rotated without our copy being updated.\nJun 9, 11:40 UTC\n\n" +
		"**Investigating** - We are investigating failed SSO logins.\nJun 9, 10:55 UTC\n"
	title, _, _, _, _ := extractText(t, "home.md", body)
	if title != "Login failures for SSO users" {
		t.Errorf("title %q", title)
	}
	title, _, _, _, _ = extractText(t, "pir.txt", "Brackenfield Cloud\nStatus\nHistory\n12 May 2025\nPost-incident report: Managed MySQL – connection errors in East Asia\n"+
		"Summary of impact\nFrom 02:10 to 03:05 UTC on 12 May 2025, customers could not connect to some Managed MySQL servers in East Asia.\n")
	if title != "Managed MySQL – connection errors in East Asia" {
		t.Errorf("title %q", title)
	}
}

// TestBracketLabels: a 故障说明's bracketed labels ("【故障原因】 …")
// give their text to their sections, and one alone over a list opens it.
func TestBracketLabels(t *testing.T) {
	body := "# 关于华北3可用区B云数据库连接异常的说明\n\n" +
		"【故障时间】\n2025年6月2日 09:15 至 10:05（北京时间）\n\n" +
		"【影响范围】\n华北3可用区B 的部分云数据库实例连接超时。\n\n" +
		"【故障原因】\n数据库代理集群的一次扩容操作使用了过期的路由表，部分实例的连接被转发到已下线的节点。\n\n" +
		"【改进措施】\n\n1. 扩容前校验路由表版本；\n2. 代理节点下线前先摘除流量。\n"
	in, err := Extract([]byte(body), "/tmp/forms6/bracket.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "过期的路由表") || strings.Contains(in.Cause, "【") {
		t.Errorf("cause %q", in.Cause)
	}
	if !strings.Contains(in.Remediation, "校验路由表版本") || !strings.Contains(in.Impact, "连接超时") {
		t.Errorf("remediation %q impact %q", in.Remediation, in.Impact)
	}
}

// TestCommaLedChineseLabels: a one-paragraph 通报 whose short labels
// follow a comma or a semicolon ("…连接失败，影响：…；处理：09:20 …")
// splits at each, a clock time after "处理：" notwithstanding; its
// salutation is no title.
func TestCommaLedChineseLabels(t *testing.T) {
	body := "尊敬的用户：您好！2025年7月8日 09:02—09:40（北京时间），华南1 部分对象存储请求返回超时，影响：约 3% 的上传请求超时；" +
		"原因：元数据服务的一台主节点磁盘写满，切换到备节点耗时过长；处理：09:20 值班人员清理磁盘并完成切换，09:40 请求恢复正常；" +
		"后续措施：为元数据节点增加磁盘水位告警。\n"
	in, err := Extract([]byte(body), "/tmp/forms6/tongbao.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "磁盘写满") || strings.Contains(in.Cause, "清理磁盘") || strings.Contains(in.Cause, "3%") {
		t.Errorf("cause %q", in.Cause)
	}
	if strings.Contains(in.Title, "尊敬") || strings.Contains(in.Title, "您好") || in.Title == "" {
		t.Errorf("title %q", in.Title)
	}
}

// TestMonthAbbreviationGoesOn: "Dec. 2" in a news sentence does not end
// the sentence, so the day dates the clock times before it, not the
// byline's.
func TestMonthAbbreviationGoesOn(t *testing.T) {
	if got := splitSentences("It began on Tuesday, Sept. 9, at noon. It ended at 3 p.m."); len(got) != 2 {
		t.Errorf("sentences %q", got)
	}
	body := "Harrowgate Cloud outage halts ticket sales for three hours\n\nBy Lena Fox · Nov. 5, 2024\n\n" +
		"The outage began at about 10:20 a.m. Eastern time on Monday, Nov. 4, and services came back by 1:35 p.m., the company said.\n\n" +
		"Harrowgate said a storage cluster ran out of space after a log rotation job failed.\n"
	_, start, end, _, _ := extractText(t, "news.txt", body)
	if start != "2024-11-04T10:20:00-05:00" || end != "2024-11-04T13:35:00-05:00" {
		t.Errorf("start %s end %s", start, end)
	}
}

// TestOutageFields: an RFO's fields "Start of outage" / "End of outage"
// with dates written day first with dots state its span, over the
// maintenance window its prose names; the steps' clock times after them
// take the start's day.
func TestOutageFields(t *testing.T) {
	body := "Reason for Outage: storage outage AMS2, 3–4 March 2025\n\n" +
		"Start of outage:   03.03.2025 23:05 CET\nEnd of outage:     04.03.2025 01:50 CET\n\n" +
		"1. Description\n\nDuring the maintenance window (03.03.2025 23:00 – 01:00 CET) we replaced the controllers of storage array S7; volumes on it became unavailable.\n\n" +
		"2. Actions\n\n23:05 volumes unavailable\n23:40 vendor engaged\n01:50 all volumes available again\n"
	_, start, end, _, events := extractText(t, "rfo.txt", body)
	if start != "2025-03-03T23:05:00+01:00" || end != "2025-03-04T01:50:00+01:00" {
		t.Errorf("start %s end %s", start, end)
	}
	for _, ev := range events {
		if strings.Contains(ev, "vendor engaged") && !strings.HasPrefix(ev, "2025-03-03T23:40") {
			t.Errorf("event %q", ev)
		}
	}
	if st, _, ok := parseStamp("04.03.2025 01:50 CET", "en"); !ok || st.day != 4 || st.month != 3 || st.hour != 1 {
		t.Errorf("parse %+v %v", st, ok)
	}
}

// TestIdentifiedSaysNothingYet: an "Identified" update that opens with
// "The issue has been identified." gives its next sentence as the cause.
func TestIdentifiedSaysNothingYet(t *testing.T) {
	body := "# Slow search results\n\n**Resolved** - This incident has been resolved.\nApr 8, 12:30 UTC\n\n" +
		"**Identified** - The issue has been identified. A schema change removed the index on the documents table, so every search scanned the table.\nApr 8, 11:50 UTC\n\n" +
		"**Investigating** - We are investigating slow search results.\nApr 8, 11:05 UTC\n"
	_, _, _, cause, _ := extractText(t, "sp.md", body)
	if !strings.Contains(cause, "schema change removed the index") || strings.Contains(cause, "has been identified") {
		t.Errorf("cause %q", cause)
	}
}

// TestReportInUpdateRow: a status page's table of updates whose newest
// row holds the incident report in sections (bold paragraphs "Summary",
// "Root cause", …) gives those sections their text; the row stays an
// update.
func TestReportInUpdateRow(t *testing.T) {
	body := `<html><body><h2>Wrenhaven Functions: Cold starts timing out in eu-north</h2>
<table><thead><tr><th>Date</th><th>Time</th><th>Description</th></tr></thead><tbody>
<tr><td>12 Feb 2025</td><td>09:30 UTC</td><td><h3>Incident Report</h3>
<p><strong>Summary</strong></p><p>On 10 February 2025, 20 % of function cold starts in eu-north timed out for 2 hours.</p>
<p><strong>Root cause</strong></p><p>A runtime image cache was emptied by a cleanup job that misread the image tags, so every cold start pulled its image from the registry.</p>
<p><strong>Remediation and prevention</strong></p><p>We restored the cache and fixed the cleanup job's tag parsing.</p></td></tr>
<tr><td>10 Feb 2025</td><td>16:05 UTC</td><td><p>The issue has been resolved for all affected functions.</p></td></tr>
<tr><td>10 Feb 2025</td><td>14:05 UTC</td><td><p>We are investigating cold start timeouts in eu-north.</p></td></tr>
</tbody></table></body></html>`
	in, err := Extract([]byte(body), "/tmp/forms6/gcs.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "cleanup job that misread the image tags") || strings.Contains(in.Cause, "20 %") || strings.Contains(in.Cause, "We restored the cache") || strings.Contains(in.Cause, "Root cause") {
		t.Errorf("cause %q", in.Cause)
	}
	if !strings.Contains(in.Remediation, "fixed the cleanup job") || strings.Contains(in.Remediation, "Remediation and prevention") {
		t.Errorf("remediation %q", in.Remediation)
	}
	if in.StartedAt != "2025-02-10T14:05:00Z" || len(in.Timeline) < 3 {
		t.Errorf("start %s, %d events", in.StartedAt, len(in.Timeline))
	}
}

// TestRangeZoneAfterDatedEnd: the zone written after a range's dated end
// ("… to Tuesday, 4 March 2025 01:30 US/Pacific") is its start's too.
func TestRangeZoneAfterDatedEnd(t *testing.T) {
	body := "Detailed description of impact\n\nFrom Monday, 3 March 2025 22:10 to Tuesday, 4 March 2025 01:30 US/Pacific, uploads to Loamfield Drive failed for 12 % of users.\n"
	_, start, end, _, _ := extractText(t, "range.txt", body)
	if start != "2025-03-03T22:10:00-08:00" || end != "2025-03-04T01:30:00-08:00" {
		t.Errorf("start %s end %s", start, end)
	}
	if m := rangeTail.FindStringSubmatch(" to Saturday, 1 March 2025 09:41 US/Pacific, about"); m == nil || m[1] != "US/Pacific" {
		t.Errorf("range tail %q", m)
	}
}

// TestPageFurnitureOfFeedsAndPrints: a byline a PDF reader joined onto
// the subtitle goes on a line of its own (the page is dated by it); a
// WeChat account's card (name, blurb, "N篇原创内容", 公众号) is no
// summary; a summary does not open with the salutation; another
// report's "Post-incident report: …" line in a history is no summary.
func TestPageFurnitureOfFeedsAndPrints(t *testing.T) {
	in, err := Extract([]byte("Marlstone Hosting outage takes down school portals\n"+
		"The company blamed an expired certificate on its API gateway By Jo Park · Sep. 9, 2025 · 4 min read\n"+
		"Portals run by Marlstone Hosting were unreachable for two hours on Monday, the company said in a statement on its website.\n"), "/tmp/forms6/print.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Published != "2025-09-09" || strings.Contains(in.Summary, "By Jo Park") {
		t.Errorf("published %q summary %q", in.Published, in.Summary)
	}
	in, err = Extract([]byte("一次缓存雪崩的复盘\n原创 青禾技术团队 青禾技术 2025年05月06日 20:00 北京\n青禾技术\n青禾科技官方技术号，分享工程实践。\n88篇原创内容\n公众号\n"+
		"5月2日晚，青禾商城的商品详情页大面积超时，持续约四十分钟。\n原因分析\n缓存集群扩容时批量重建了热点键，大量请求同时回源数据库。\n"), "/tmp/forms6/wechat.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Summary, "官方技术号") || !strings.Contains(in.Summary, "详情页大面积超时") {
		t.Errorf("summary %q", in.Summary)
	}
	if got := withoutGreeting("尊敬的用户：您好！2025年8月1日 10:02—10:40（北京时间），华北2 部分云硬盘读写延迟升高。"); !strings.HasPrefix(got, "2025年8月1日") {
		t.Errorf("without greeting %q", got)
	}
	if got := withoutGreeting("Dear customers, the API was down."); got != "Dear customers, the API was down." {
		t.Errorf("without greeting %q", got)
	}
	in, err = Extract([]byte("Sorrel Cloud\nService health history\nMay 2025\n20 May 2025\nPost-incident report: Sorrel Queue – delayed deliveries in East US\n"+
		"Summary of impact\nFrom 04:10 to 05:00 UTC on 20 May 2025, messages to Sorrel Queue in East US were delivered up to 20 minutes late.\n"+
		"Root cause\nA broker node ran out of memory after a client opened thousands of connections.\n"+
		"April 2025\n2 April 2025\nPost-incident report: Sorrel DNS – failed lookups in West Europe\nShow more\n"), "/tmp/forms6/hist.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Summary, "Sorrel DNS") || in.Title != "Sorrel Queue – delayed deliveries in East US" {
		t.Errorf("title %q summary %q", in.Title, in.Summary)
	}
}

// TestStampsLeadInlineState: updates whose time stands above a line
// that holds both the state and the text ("Resolved - …") pair each
// time with the line under it; a Statuspage's, time under the text,
// keeps its pairing.
func TestStampsLeadInlineState(t *testing.T) {
	body := "# Outbound mail delayed\n\nJul 02, 2025 10:50 UTC\n\nResolved - Outbound mail is flowing normally again.\n\n" +
		"Jul 02, 2025 10:05 UTC\n\nIdentified - A full spool disk on two relays stopped them accepting mail.\n\n" +
		"Jul 02, 2025 09:40 UTC\n\nInvestigating - We are looking into delayed outbound mail.\n"
	_, start, end, _, events := extractText(t, "inline.md", body)
	if start != "2025-07-02T09:40:00Z" || end != "2025-07-02T10:50:00Z" {
		t.Errorf("start %s end %s", start, end)
	}
	for _, ev := range events {
		if strings.Contains(ev, "T10:05") && !strings.Contains(ev, "spool disk") {
			t.Errorf("event %q", ev)
		}
	}
	body = "# Outbound mail delayed\n\nResolved - Outbound mail is flowing normally again.\n\nJul 02, 2025 10:50 UTC\n\n" +
		"Investigating - We are looking into delayed outbound mail.\n\nJul 02, 2025 09:40 UTC\n"
	_, start, end, _, _ = extractText(t, "sp-inline.md", body)
	if start != "2025-07-02T09:40:00Z" || end != "2025-07-02T10:50:00Z" {
		t.Errorf("Statuspage: start %s end %s", start, end)
	}
}

// TestStampIsNoTitle: a time with its zone ("Jul 02, 2025 10:50 UTC")
// is no title, so copied text whose updates give their time first is
// titled by the incident's name above them.
func TestStampIsNoTitle(t *testing.T) {
	for _, line := range []string{"Jul 02, 2025 10:50 UTC", "March 3, 2025 at 9:15 a.m. PT", "2025-07-02 10:50 (UTC+8)"} {
		if c := cleanTitle(line, ""); c != "" {
			t.Errorf("cleanTitle(%q) = %q", line, c)
		}
	}
	if c := cleanTitle("Outage of 3 March 2025: API errors from 10:50 UTC", ""); c == "" {
		t.Error("a title with a time in it is no title")
	}
	body := "Pipit Mail status\nIncident history\n\nOutbound mail delayed\n\nJul 02, 2025 10:50 UTC\nResolved - Outbound mail is flowing normally again.\n" +
		"Jul 02, 2025 10:05 UTC\nIdentified - A full spool disk on two relays stopped them accepting mail.\n" +
		"Jul 02, 2025 09:40 UTC\nInvestigating - We are looking into delayed outbound mail.\n"
	title, start, end, _, _ := extractText(t, "inline.txt", body)
	if title != "Outbound mail delayed" || start != "2025-07-02T09:40:00Z" || end != "2025-07-02T10:50:00Z" {
		t.Errorf("title %q start %s end %s", title, start, end)
	}
}

// TestOrgFromLogo: a status page's logo (a clipped page's logo line, an
// HTML page's logo image, a copied page's masthead) names the company
// when nothing else does; an article's masthead names its paper, not the
// company it reports on.
func TestOrgFromLogo(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"logo.md", "[![Tansy Pay Status](https://status.tansy.example/logo.png)](https://tansy.example)\n\n# Card refunds delayed\n\n" +
			"**Resolved** - Refunds are being processed again. A queue worker pool was scaled down by mistake.\nApr 4, 10:20 UTC\n\n" +
			"**Investigating** - Card refunds are delayed.\nApr 4, 09:10 UTC\n", "Tansy Pay"},
		{"logo.html", `<html><body><header><a class="brand" href="/"><img src="/img/logo.svg" alt="Wetherby Cloud"></a></header>` +
			`<main><h1>DNS: Failed lookups in eu-west-9</h1><p>Between 10:00 and 10:40 UTC on 3 May 2025, DNS lookups failed for a third of queries in eu-west-9. ` +
			`The root cause was a resolver update that dropped EDNS options.</p></main></body></html>`, "Wetherby Cloud"},
		{"masthead.txt", "Sallow Hosting\nProducts\nStatus\nSign in\nIncident history\nMar 02, 2025\nAPI: Elevated 5xx errors for PUT requests\nResolved\n" +
			"Summary\nFrom 08:00 to 08:30 UTC on 2 March 2025, 10 % of PUT requests to the API failed.\nWhat caused the incident\n" +
			"A PUT handler leaked connections under retries. PUT requests then queued until they timed out.\n", "Sallow Hosting"},
		{"news.txt", "The Morning Wire\nHome\nTech\nBusiness\nSign in\nBrisket Cloud outage halts online stores for two hours\n" +
			"By Dana Holt · Oct. 2, 2025 · 3 min read\n" +
			"Brisket Cloud said on Thursday that an expired certificate took down its load balancers on Wednesday. Brisket Cloud customers saw errors for two hours, and Brisket Cloud offered credits.\n", "Brisket"},
	} {
		in, err := Extract([]byte(tc.body), "/tmp/forms6/"+tc.name, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(in.Org, tc.want) {
			t.Errorf("%s: org %q, want %q", tc.name, in.Org, tc.want)
		}
	}
	if b := brandName("Quokka Payments Status"); b != "Quokka Payments" {
		t.Errorf("brand %q", b)
	}
	if b := brandName("logo"); b != "" {
		t.Errorf("brand %q", b)
	}
}

// A dashboard's heading that names its region or zone after the site's
// words ("Service health — eu-north-3") is no title; an incident's name
// that merely starts with "Status" stays one.
func TestDashboardHeadingIsNoTitle(t *testing.T) {
	for _, line := range []string{"Service health — eu-north-3", "Status | Frankfurt", "System status: ap-south-9", "Health dashboard - Region West"} {
		if c := cleanTitle(line, ""); c != "" {
			t.Errorf("cleanTitle(%q) = %q", line, c)
		}
	}
	for _, line := range []string{"Status updates delayed — notifications not sent", "Health checks failing in eu-west-5"} {
		if c := cleanTitle(line, ""); c == "" {
			t.Errorf("cleanTitle(%q) dropped a title", line)
		}
	}
}

// A status dashboard with a record of fields (<dl>) and updates that give
// their time, then their state as a sentence, then what they said:
// the fields bound the incident, each update is one event with its text,
// and the resolving update fills summary, cause and remediation.
func TestDashboardRecordAndStampedUpdates(t *testing.T) {
	page := `<html><head><title>Tamsin Cloud Service Health</title></head><body>
<header><a href="/">Tamsin Cloud</a> <a href="/docs">Docs</a></header>
<h2>Service health — ap-south-9</h2>
<table><tr><th>Service</th><th>Today</th><th>12 Jun</th></tr><tr><td>Queues</td><td>Normal</td><td>Outage</td></tr></table>
<section><h3>Message queues rejecting publishes in ap-south-9</h3>
<dl><dt>Status</dt><dd>Resolved</dd><dt>Began</dt><dd>12 Jun 2025 09:05 UTC</dd><dt>Ended</dt><dd>12 Jun 2025 10:20 UTC</dd></dl>
<div><b>12 Jun 2025 11:02 UTC — Resolved.</b> Between 09:05 and 10:20 UTC, publishes to queues in ap-south-9 were rejected. The broker nodes ran out of disk after a retention setting was lowered to zero by a change that skipped review. We restored the setting and added a check on retention values.</div>
<div><b>12 Jun 2025 09:40 UTC — Identified.</b> We found the broker disks full and are freeing space.</div>
<div><b>12 Jun 2025 09:15 UTC — Investigating.</b> Publishes are failing in ap-south-9.</div>
</section></body></html>`
	in, err := Extract([]byte(page), "tamsin.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Message queues rejecting publishes in ap-south-9" {
		t.Errorf("title %q", in.Title)
	}
	if in.StartedAt != "2025-06-12T09:05:00Z" || in.EndedAt != "2025-06-12T10:20:00Z" || in.DurationMinutes != 75 {
		t.Errorf("span %s – %s (%d min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	texts := map[string]string{}
	for _, ev := range in.Timeline {
		texts[ev.At] = ev.Text
	}
	for at, want := range map[string]string{
		"2025-06-12T09:05:00Z": "Began",
		"2025-06-12T09:15:00Z": "Investigating: Publishes are failing",
		"2025-06-12T09:40:00Z": "Identified: We found the broker disks full",
	} {
		if !strings.HasPrefix(texts[at], want) {
			t.Errorf("event at %s: %q, want %q", at, texts[at], want)
		}
	}
	if !strings.Contains(in.Summary, "publishes to queues in ap-south-9 were rejected") {
		t.Errorf("summary %q", in.Summary)
	}
	if !strings.Contains(in.Remediation, "restored the setting") {
		t.Errorf("remediation %q", in.Remediation)
	}
}

// A heading that numbers a product's incident ("Kestrel Queues Incident
// #40213") is the record's, not the incident's: the line under it names
// the incident. A long review's name under a page's menu is a title, and
// a menu's "Sign in" is none.
func TestRecordNumberAndLongReviewTitles(t *testing.T) {
	md := "# [![Tamsin Cloud](https://status.tamsin.example/logo.svg)](https://tamsin.example/)\n\n## Tamsin Cloud Status Dashboard\n\n" +
		"### Tamsin Queues Incident #40213\n\n**Messages delivered twice for Tamsin Queues in eu-north2**\n\n" +
		"Incident began at **2025-04-02 09:10** and ended at **2025-04-02 10:05** (all times are **US/Pacific**).\n\n" +
		"| Date | Time | Description |\n|---|---|---|\n| Apr 2, 2025 | 10:05 | The issue has been resolved for all affected users. |\n"
	in, err := Extract([]byte(md), "tamsin.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Messages delivered twice for Tamsin Queues in eu-north2" {
		t.Errorf("title %q", in.Title)
	}
	txt := "Skip to main content\nTamsin\nProducts\nPricing\nSign in\nFree trial\n\nTamsin status\n\nMay 2025\n\n14/05\n" +
		"Post Incident Review (PIR) – Tamsin Object Store – Elevated write errors for customers in North Europe and West Europe\n" +
		"Tracking ID: 7RP2-QX1\n\nWhat happened?\nBetween 08:10 and 09:45 UTC on 14 May 2025, writes to object storage failed for some customers. A configuration change lowered a write quota.\n"
	in, err = Extract([]byte(txt), "tamsin.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Title, "Post Incident Review (PIR) – Tamsin Object Store") {
		t.Errorf("title %q", in.Title)
	}
	for _, line := range []string{"Sign in", "Subscribe to updates"} {
		if c := cleanTitle(line, ""); c != "" {
			t.Errorf("cleanTitle(%q) = %q", line, c)
		}
	}
}
