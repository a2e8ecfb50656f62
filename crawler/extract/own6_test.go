package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// Forms met in extract-own-6's documents (tuning half), each in our own
// fictional text.

// extractNamed extracts doc as a file of that name (its extension tells
// its format).
func extractNamed(t *testing.T, name, doc string) *data.Incident {
	t.Helper()
	in, err := Extract([]byte(doc), name, "")
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return in
}

// A news article printed to text ends in the paper's lists: "More on this
// story", "Most viewed" (which may repeat the article's own title); a
// line "Advertisement" stands where an advertisement was.
func TestPrintedNewsLists(t *testing.T) {
	doc := "Quillby tram app fails for a morning | The Harbour Courier\n\n" +
		"Quillby tram app fails for a morning\n\n" +
		"By Ann Marsh, Transport Reporter\nTue 3 Mar 2026 08.10 GMT\n\n" +
		"Passengers of the Quillby tram network could not buy tickets on Monday morning after the operator's payment gateway stopped answering.\n\n" +
		"Advertisement\n\n" +
		"The operator said a certificate on the gateway had expired and that it would now renew certificates automatically.\n\n" +
		"More on this story\n  Tram fares to rise in April\n  New depot opens in Eastfield\n\n" +
		"Most viewed\n  1. Floods close the coast road\n  2. Quillby tram app fails for a morning\n"
	in := extractNamed(t, "tram.txt", doc)
	for _, bad := range []string{"Advertisement", "Tram fares to rise", "Most viewed", "Floods close the coast road"} {
		if strings.Contains(in.Text, bad) {
			t.Errorf("text holds %q:\n%s", bad, in.Text)
		}
	}
	if !strings.Contains(in.Text, "renew certificates automatically") {
		t.Errorf("text lost the article:\n%s", in.Text)
	}
}

// A Markdown editor's order to draw a table of contents ("[TOC]",
// "[[toc]]", "@[TOC](目录)") is no text; a sentence about a TOC is.
func TestTOCDirective(t *testing.T) {
	for _, order := range []string{"[TOC]", "[[toc]]", "@[TOC](目录)", "${toc}"} {
		doc := "# 2025-03-02 Quillby 网关超时复盘\n\n" + order + "\n\n## 原因\n\n网关连接池配置过小，高峰期连接耗尽。\n\n[TOC] 按钮在新版编辑器里已移除。\n"
		in := extractString(t, "toc.md", doc)
		if strings.Contains(in.Text, strings.TrimSuffix(order, "(目录)")+"\n") || strings.HasPrefix(in.Text, order) {
			t.Errorf("%s: text holds the order:\n%s", order, in.Text)
		}
		if !strings.Contains(in.Text, "按钮在新版编辑器里已移除") {
			t.Errorf("%s: text lost a sentence:\n%s", order, in.Text)
		}
	}
}

// A Chinese letter that names its company only under its last paragraph,
// over the date, is that company's: "XX网络科技有限公司 / 2026年6月4日".
func TestLetterSignedByCompany(t *testing.T) {
	doc := "关于2025年3月2日服务中断的情况说明\n\n尊敬的用户：\n\n" +
		"2025年3月2日10时05分至11时40分，云帆相册出现服务中断，部分用户无法上传照片。\n\n" +
		"一、事件经过\n\n10时05分，存储集群的一台交换机停止转发。\n\n10时20分，技术团队启动应急预案。\n\n11时40分，上传功能恢复。\n\n" +
		"二、原因\n\n本次中断的原因是存储集群的一台交换机故障。\n\n" +
		"三、整改措施\n\n1. 已更换该交换机；\n2. 增加冗余链路；\n3. 每季度进行一次切换演练；\n4. 完善告警。\n\n" +
		"四、补偿方案\n\n所有会员的有效期将自动延长1天。\n\n如有疑问，请联系客服。\n\n" +
		"再次向受到影响的用户致歉。\n\n云帆数码科技有限公司\n2025年3月3日\n"
	in := extractNamed(t, "letter.txt", doc)
	if in.Org != "云帆数码科技有限公司" {
		t.Errorf("org %q", in.Org)
	}
}

// A Chinese news report's byline names the paper ("来源：… 作者：…"): the
// paper is not the org; the subject its title opens with, named again in
// the text, is. A company's notice whose 来源 names its team keeps it.
func TestZhNewsBylineIsNotTheOrg(t *testing.T) {
	news := "首页 > 科技 > 正文\n\n云帆相册上传中断近三小时 官方称系存储故障\n\n2025-03-03 10:05  来源：晨光科技报  作者：林小舟\n\n" +
		"【晨光科技报讯】3月2日，云帆相册出现上传中断，用户无法上传照片。\n\n" +
		"据云帆相册官方通报，3月2日10时05分，存储集群的一台交换机故障，上传服务随之中断。\n\n" +
		"13时整，云帆相册恢复上传功能。云帆相册表示将增加冗余链路。\n"
	if in := extractNamed(t, "news.txt", news); in.Org != "云帆相册" {
		t.Errorf("news: org %q", in.Org)
	}
	notice := "云帆相册上传中断说明\n\n发布时间：2025-03-03 10:05　　来源：云帆相册运维团队\n\n" +
		"3月2日10时05分，存储集群的一台交换机故障，上传服务中断，13时恢复。\n"
	if in := extractNamed(t, "notice.txt", notice); !strings.HasPrefix(in.Org, "云帆相册") {
		t.Errorf("notice: org %q", in.Org)
	}
}

// A paper's prose writes times with a dot and am or pm ("6.40am",
// "3.15pm") and names the day by its weekday under a dateline ("Sat 7 Nov
// 2026" over "… on Friday"): the events are that Friday's, and "working
// normally again" ends the incident.
func TestPaperClocksAndWeekday(t *testing.T) {
	doc := "Quillby tram app fails for a morning\n\nBy Ann Marsh, Transport Reporter\nTue 3 Mar 2026 08.10 GMT\n\n" +
		"Passengers of the Quillby tram network could not buy tickets for most of Sunday, after the operator's payment gateway stopped answering.\n\n" +
		"The trouble began at about 7.20am on Sunday, when a certificate on the gateway expired. Engineers switched to a spare gateway at 9.05am, " +
		"and the operator said ticket sales were working normally again by 12.30pm.\n\n" +
		"Version 2.10 of the app, released in January, is not affected.\n"
	in := extractNamed(t, "tram.txt", doc)
	if in.StartedAt != "2026-03-01T07:20:00Z" || in.EndedAt != "2026-03-01T12:30:00Z" {
		t.Errorf("span %s – %s; timeline %+v", in.StartedAt, in.EndedAt, in.Timeline)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "Version 2.10") || strings.Contains(ev.TimeText, "08.10") {
			t.Errorf("not an event: %+v", ev)
		}
	}
	for s, want := range map[string]bool{"at 6.40am on": true, "by 3.15 p.m.": true, "from 2pm": true, "3.15 amps": false, "version 2.10": false, "at 09.14 GMT": false} {
		if got := amPmClock(s); got != want {
			t.Errorf("amPmClock(%q) = %v", s, got)
		}
	}
}

// A report tells what the company says it has done or will do in
// reported speech ("Quillby Trams said it had now added …", "…运营中心表示，
// 下一步将…"): the remediation; what an outsider said is not.
func TestReportedPlan(t *testing.T) {
	en := "Quillby tram app fails for a morning\n\nBy Ann Marsh\nTue 3 Mar 2026 08.10 GMT\n\n" +
		"Passengers of the Quillby tram network could not buy tickets for most of Sunday, after the operator's payment gateway stopped answering.\n\n" +
		"A certificate on the gateway had expired, the operator said.\n\n" +
		"Dr Lee Marr, who teaches security at Eastfield College, said certificates that are renewed by hand are often forgotten.\n\n" +
		"Quillby Trams said it had now added alerts for expiring certificates and would renew them automatically from April.\n"
	in := extractNamed(t, "tram.txt", en)
	if !strings.Contains(in.Remediation, "added alerts for expiring certificates") || strings.Contains(in.Remediation, "renewed by hand") {
		t.Errorf("en remediation %q", in.Remediation)
	}
	zh := "云帆相册上传中断近三小时\n\n2025-03-03 10:05  来源：晨光科技报  作者：林小舟\n\n" +
		"3月2日，云帆相册出现上传中断，用户无法上传照片，中断原因是一台交换机故障。\n\n" +
		"有业内人士指出，单台交换机承载全部流量，本身就是隐患。\n\n" +
		"云帆相册运营中心表示，下一步将增加冗余链路，并定期进行切换演练。\n"
	in = extractNamed(t, "news.txt", zh)
	if !strings.Contains(in.Remediation, "下一步将增加冗余链路") {
		t.Errorf("zh remediation %q", in.Remediation)
	}
}

// A report with no cause cue but a "because" that tells why something
// failed ("… was out of date because replication had stopped") has that
// sentence as its cause; one that tells what users saw, or what the outage
// brought about, is not.
func TestBecauseInAReport(t *testing.T) {
	doc := "Quillby tram app fails for a morning\n\nBy Ann Marsh\nTue 3 Mar 2026 08.10 GMT\n\n" +
		"Passengers of the Quillby tram network could not buy tickets for most of Sunday, after the operator's app stopped working.\n\n" +
		"Some riders missed their trams because of the outage, and passengers could not top up their cards because the app was down.\n\n" +
		"The app's spare server took over, but it held a price list from last year because the nightly copy had stopped in December.\n"
	in := extractNamed(t, "tram.txt", doc)
	if !strings.Contains(in.Cause, "the nightly copy had stopped") || strings.Contains(in.Cause, "missed their trams") {
		t.Errorf("cause %q", in.Cause)
	}
}

// A cloud's review page saved as text names its company only in its
// furniture: the masthead under the "Skip to main content" link, and the
// copyright line that holds the same name. The company is that name, not
// a product word the title repeats ("Managed Disks").
func TestSavedPageMastheadAndCopyright(t *testing.T) {
	doc := "Skip to main content\nQuillby Cloud\nProducts\nPricing\nSign in\n\n" +
		"Post Incident Review (PIR) - Managed Queues and Managed Cache - Errors in West Region\n\n" +
		"What happened?\n\nBetween 10:02 UTC and 11:40 UTC on 3 March 2026, customers of Managed Queues and Managed Cache saw errors in West Region. " +
		"Managed Search was not affected.\n\n" +
		"What went wrong and why?\n\nA certificate used by the queue front ends expired.\n\n" +
		"(c) 2026 Quillby Cloud Ltd. All rights reserved.\n"
	in := extractNamed(t, "pir.txt", doc)
	if in.Org != "Quillby Cloud" {
		t.Errorf("org %q", in.Org)
	}
	// a paper's article under its masthead and copyright, with a byline,
	// is about the company its title names
	news := "[![Harbour Courier](https://courier.example/logo.png)](https://courier.example/)\n\n" +
		"# Marlin Pay outage stops card payments for three hours\n\nBy Ann Marsh\n\n" +
		"Marlin Pay merchants could not take card payments on Monday. Marlin Pay said an expired certificate was to blame, " +
		"and Marlin Pay has since renewed it.\n\n(c) 2026 Harbour Courier Ltd. All rights reserved.\n"
	if in := extractNamed(t, "news.md", news); in.Org == "Harbour Courier" {
		t.Errorf("news org %q", in.Org)
	}
}

// A summary with no impact section tells what users saw in sentences
// without an impact cue word ("customers … experienced intermittent
// connection failures", "31% of connection attempts … timed out"); a
// sentence that tells who was spared ("Customers in other regions were
// not impacted.") is not the impact.
func TestImpactFromSummarySentences(t *testing.T) {
	doc := "Post Incident Review (PIR) - Managed Queues - Errors in West Region\n\n" +
		"What happened?\n\nBetween 10:02 UTC and 11:40 UTC on 3 March 2026, a subset of customers of Managed Queues in West Region experienced intermittent connection failures. " +
		"At the peak, around 20% of connection attempts timed out. Customers in other regions were not impacted.\n\n" +
		"What went wrong and why?\n\nA certificate used by the queue front ends expired because its renewal job had been switched off.\n\n" +
		"How are we making incidents like this less likely?\n\nWe are adding an alert for certificates that expire within 30 days.\n"
	in := extractNamed(t, "pir.txt", doc)
	if !strings.Contains(in.Impact, "experienced intermittent connection failures") || !strings.Contains(in.Impact, "20% of connection attempts") ||
		strings.Contains(in.Impact, "were not impacted") {
		t.Errorf("impact %q", in.Impact)
	}
	for s, want := range map[string]bool{"Customers in other regions were not impacted.": true, "Other services were unaffected.": true,
		"Customers in Europe were not impacted, but customers in Asia saw errors.": false, "其他地域的用户未受影响。": true, "部分用户无法登录。": false} {
		if got := sparedOnly(s); got != want {
			t.Errorf("sparedOnly(%q) = %v", s, got)
		}
	}
}

// A numbered item under the root cause that opens with a day and no clock
// time ("1. 4 月 21 日晚运维平台升级时，…") is an event of the timeline and
// still the cause's own account.
func TestDatedItemUnderCause(t *testing.T) {
	doc := "# 2025-05-06 云帆相册上传失败复盘\n\n## 时间线\n\n| 时间 | 事件 |\n| --- | --- |\n| 05-06 09:03 | 上传开始失败 |\n| 05-06 10:17 | 故障结束 |\n\n" +
		"## 根因分析\n\n1. 5 月 5 日晚存储平台升级时，清理任务被迁移到新的调度系统，但迁移脚本漏掉了任务的执行账号，任务每次都因权限不足而退出。\n" +
		"2. 磁盘告警的接收群已停用，告警无人看到。\n\n## 改进措施\n\n1. 调度系统中非零退出码一律按失败处理。\n"
	in := extractString(t, "dated.md", doc)
	if !strings.Contains(in.Cause, "漏掉了任务的执行账号") || !strings.Contains(in.Cause, "告警无人看到") {
		t.Errorf("cause %q", in.Cause)
	}
}

// A cause word whose cause is the outage itself ("因系统中断导致的逾期缴费",
// "delays because of the outage") tells what the outage did: an impact
// cue, not a cause cue.
func TestOutageConsequenceIsImpact(t *testing.T) {
	for text, want := range map[string]string{
		"当天共登记了约 300 件待办业务，因系统中断导致的逾期缴费将不计滞纳金。":                                      "impact",
		"Riders faced long queues because of the outage at every station.":           "impact",
		"光缆被施工挖断，导致政务云主备线路同时中断。":                                                     "cause",
		"The outage was caused by a routing change that withdrew the default route.": "cause",
	} {
		if got := string(cueSection(text)); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// A Chinese event paragraph whose later sentence tells a step at a clock
// time of its own ("…，切换于15时50分完成，登录功能随之恢复。") gives that step
// its own event; a time that is only expected ("预计于…") does not.
func TestLaterClockInAnEventParagraph(t *testing.T) {
	doc := "关于2025年3月2日云帆相册服务中断的情况说明\n\n一、事件经过\n\n" +
		"3月2日10时05分，存储集群的一台交换机停止转发，上传服务中断。\n\n" +
		"10时20分，技术团队启动应急预案，将上传服务切换至备用集群。由于备用集群需要预热，切换于11时05分完成，上传功能随之恢复。预计于12时30分完成全部数据校验。\n\n" +
		"11时40分，全部服务恢复正常。\n"
	in := extractNamed(t, "letter.txt", doc)
	found := false
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2025-03-02T11:05") && strings.Contains(ev.Text, "上传功能随之恢复") {
			found = true
		}
		if strings.HasPrefix(ev.At, "2025-03-02T12:30") {
			t.Errorf("an expected time made an event: %+v", ev)
		}
	}
	if !found {
		t.Errorf("no event at 11:05: %+v", in.Timeline)
	}
}
