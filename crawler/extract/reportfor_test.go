package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A status page names whose page it is under the incident's name
// ("Incident Report for Tosside Voice", "Vexley's Incident Report for …",
// "事件报告 · 云景"): that is the organisation, before any name the
// incident's words give (a product, a feature).
func TestIncidentReportForOrg(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"statuspage subheader", `<html><head><title>Tosside Voice Status - Calls dropping for VoIP trunks</title></head><body>
<h1 class="incident-name">Calls dropping for VoIP trunks</h1>
<div class="subheader">Incident Report for <a href="https://status.tosside.example">Tosside Voice</a></div>
<div class="update"><strong>Resolved</strong> - VoIP calls through our SIP trunks dropped after 60 seconds because a VoIP gateway's session timer was set too low. We restored the timer. <small>Mar 3, 2026 - 14:20 UTC</small></div>
<div class="update"><strong>Investigating</strong> - VoIP customers report calls dropping. <small>Mar 3, 2026 - 13:05 UTC</small></div>
<p>Powered by Atlassian Statuspage</p></body></html>`, "Tosside Voice"},
		{"copied text with the possessive", "Webhooks delayed for EU workspaces\n\nMizzen's Incident Report for Webhooks delayed for EU workspaces\n\nResolved - Webhooks were delayed because a Webhooks worker pool was scaled down by mistake. Mar 3, 2026 - 10:02 UTC\n\nInvestigating - Webhooks are delayed. Mar 3, 2026 - 09:10 UTC\n", "Mizzen"},
		{"chinese status page", "华北二区对象存储上传失败\n\n事件报告 · 云景\n\n已恢复 - 上传已恢复正常。原因是一台元数据节点磁盘写满。2026-03-03 10:02\n\n调查中 - 部分用户上传失败。2026-03-03 09:10\n", "云景"},
	} {
		in, err := Extract([]byte(tc.body), "page"+map[bool]string{true: ".html", false: ".txt"}[strings.HasPrefix(tc.body, "<")], "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Org != tc.want {
			t.Errorf("%s: org %q, want %q", tc.name, in.Org, tc.want)
		}
	}
	// an incident's title after the words names nobody
	if got := reportForOrg("Incident Report for Degraded performance for Container Registry pulls"); got != "" {
		t.Errorf("reportForOrg(a title) = %q, want none", got)
	}
}

// A report's own title after the words names no organisation.
func TestReportForTitleNoOrg(t *testing.T) {
	for _, line := range []string{
		"Incident Report for March 3 Outage",
		"Incident Report for Q3 2025",
		"Incident Report for Login Failures",
		"Incident Report for Degraded performance for Container Registry pulls",
	} {
		if got := reportForOrg(line); got != "" {
			t.Errorf("reportForOrg(%q) = %q, want none", line, got)
		}
	}
	if got := reportForOrg("事件报告 · 影响程度：严重"); got != "" {
		t.Errorf("reportForOrg(a field) = %q, want none", got)
	}
	if got := reportForOrg("Incident Report for Quill Payments Status"); got != "Quill Payments" {
		t.Errorf("reportForOrg(… Quill Payments Status) = %q, want Quill Payments", got)
	}
}

// A status page printed to PDF whose only paragraph outside its updates
// is the print's footer, the page's address alone, gets a summary from
// what the incident did, never the address.
func TestSummaryNotAnAddress(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "titles", "t6-brisco-status-incident.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	in, err := Extract(body, "t6-brisco-status-incident.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Summary == "" || strings.Contains(in.Summary, "file://") {
		t.Errorf("summary %q: want what the incident did, never the page's address", in.Summary)
	}
	for _, s := range []string{"https://status.example.com/incidents/7xq2", "file:///home/a/b.html"} {
		if !addressOnly(s) {
			t.Errorf("addressOnly(%q) = false", s)
		}
	}
	for _, s := range []string{"See https://status.example.com for more.", "Note: 12:30 GMT", ""} {
		if addressOnly(s) {
			t.Errorf("addressOnly(%q) = true", s)
		}
	}
}

// A page clipped into an outliner opens with its properties ("title::",
// "source::", "created::"): they are its front matter, not its summary.
// The title drops the site's name as a <title>'s would, the address is
// the source's, and the day the clip was made gives the year of times
// the page tells without one.
func TestPagePropertiesFrontMatter(t *testing.T) {
	clip := "title:: Halsall Status - Search results missing for new documents\nsource:: https://status.halsall.example/incidents/4kq7\ntags:: clippings\ncreated:: [[Apr 9th, 2026]]\n\n" +
		"- ## Search results missing for new documents\n" +
		"\t- **Resolved** - New documents appear in search again. A mapping change to the search cluster at 13:05 UTC stopped new documents from being indexed; we reverted it.\n\t  Apr 8, 15:20 UTC\n" +
		"\t- **Investigating** - Documents created since about 13:10 UTC do not appear in search results.\n\t  Apr 8, 14:02 UTC\n"
	in, err := Extract([]byte(clip), "halsall.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Search results missing for new documents" {
		t.Errorf("title %q", in.Title)
	}
	if in.URL != "https://status.halsall.example/incidents/4kq7" {
		t.Errorf("url %q, want the source property's", in.URL)
	}
	if strings.Contains(in.Summary, "::") || strings.Contains(in.Text, "title::") {
		t.Errorf("the properties stay in the summary or text: %q", in.Summary)
	}
	if !strings.HasPrefix(in.EndedAt, "2026-04-08T15:20") {
		t.Errorf("ended %q, want 2026-04-08 15:20 (the year the clip was made)", in.EndedAt)
	}
	if in.Published != "" {
		t.Errorf("published %q: the day of the clip is not the page's", in.Published)
	}
	// one property line is no block of properties
	if _, _, ok := pageProperties("note:: see below\n\nThe outage began at 10:00."); ok {
		t.Error("one property line read as front matter")
	}
}

// A status site named "<company> Status" (its logo's link home, its
// masthead) names the company of a page that names it nowhere else: a
// history of incidents, a printed incident.
func TestStatusSiteNamesOrg(t *testing.T) {
	md := "[Carnforth Mail Status](https://status.carnforth.example/)\n\n[Subscribe to updates](https://status.carnforth.example/#subscribe)\n\n# Incident History\n\n## March 2026\n\n### [Outbound mail delayed](https://status.carnforth.example/incidents/9x2)\n\n**Resolved** - Outbound mail is flowing normally. A certificate on our relay expired and was renewed.\nMar 4, 11:20 UTC\n\n**Investigating** - Outbound mail is delayed for some domains.\nMar 4, 09:55 UTC\n"
	in, err := Extract([]byte(md), "carnforth-history.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Org != "Carnforth Mail" {
		t.Errorf("org %q, want Carnforth Mail (the status site's name)", in.Org)
	}
	for name, want := range map[string]string{
		"Carnforth Mail Status":   "Carnforth Mail",
		"Halsall Status Page":     "Halsall",
		"云景状态页":                   "云景",
		"服务状态":                    "",
		"当前状态":                    "",
		"服务健康状态":                  "",
		"蓝云服务状态":                  "",
		"Status":                  "",
		"System Status":           "",
		"All Systems Operational": "",
		"Carnforth Mail":          "",
		"Current Status":          "",
		"carnforth status":        "",
	} {
		if got := statusSiteOrg(name); got != want {
			t.Errorf("statusSiteOrg(%q) = %q, want %q", name, got, want)
		}
	}
}

// A mailing list archive's page (pipermail) sets links to the messages
// around a post above and below it: they are furniture, never the summary
// or the impact.
func TestMailingListArchiveFurniture(t *testing.T) {
	page := "[noc-uk] Kirkbride transit loss at Telehouse North\n\nDana Pryce dana at fellside-net.example\nTue Apr 14 06:12:09 UTC 2026\n\n" +
		"    Previous message (by thread): [noc-uk] BGP flaps to AS64500?\n    Next message (by thread): [noc-uk] Kirkbride transit loss at Telehouse North\n    Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\n" +
		"Hi all,\n\nKirkbride's transit in Telehouse North dropped at 05:20 UTC; their NOC says a line card in their core router failed and traffic is moving to the spare. We are running on our second transit meanwhile.\n\nDana\n\n" +
		"    Previous message (by thread): [noc-uk] BGP flaps to AS64500?\n    Next message (by thread): [noc-uk] Kirkbride transit loss at Telehouse North\n    Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\nMore information about the noc-uk mailing list\n"
	in, err := Extract([]byte(page), "noc-uk-kirkbride.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for field, v := range map[string]string{"summary": in.Summary, "impact": in.Impact, "text": in.Text} {
		if strings.Contains(v, "Messages sorted by") || strings.Contains(v, "Previous message") || strings.Contains(v, "mailing list") {
			t.Errorf("%s keeps the archive's links: %q", field, v)
		}
	}
	if !strings.HasPrefix(in.Summary, "Kirkbride's transit in Telehouse North dropped") {
		t.Errorf("summary %q, want the post's first paragraph", in.Summary)
	}
}

// A Chinese notice mailed by the company names it as its sender
// ("发件人：岚川科技 <notice@…>"); a person's name does not.
func TestChineseSenderOrg(t *testing.T) {
	mail := "发件人：%s <notice@lanchuan.example>\n收件人：运维联系人 <ops@customer.example>\n日期：2026年4月2日 09:15\n主题：【故障通知】岚川对象存储华北节点上传失败处理结果\n\n尊敬的客户：\n\n您好！华北地区对象存储上传失败，现已恢复。\n\n故障时间：2026年4月1日 21:40 - 23:05\n故障原因：一台元数据节点磁盘写满，写入被拒绝。\n后续措施：增加磁盘容量告警。\n"
	for sender, want := range map[string]string{"岚川科技": "岚川科技", "岚川科技 客户服务中心": "岚川科技", "王云": ""} {
		in, err := Extract([]byte(strings.Replace(mail, "%s", sender, 1)), "notice.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if want != "" && in.Org != want {
			t.Errorf("sender %q: org %q, want %q", sender, in.Org, want)
		}
		if want == "" && in.Org == sender {
			t.Errorf("sender %q, a person: taken as the org", sender)
		}
	}
}

// A word of the title that the text mostly writes in lower case is a
// common word ("checkout", "token", "orders"), capitalised by the title,
// not a name: it names no organisation. A name the text always
// capitalises still does.
func TestTitleOrgNotACommonWord(t *testing.T) {
	text := "Checkout was failing for some shoppers. The checkout service timed out because its token cache expired. Checkout recovered after we restarted the checkout workers, and checkout latency is normal. Checkout retries are capped."
	if got := titleOrg("Checkout failures on Tuesday", text); got != "" {
		t.Errorf("titleOrg = %q, want none (checkout is a common word of the text)", got)
	}
	text = "Brantwood Ledger exports stalled. Brantwood engineers found the queue name had changed. Brantwood has fixed it and Brantwood apologises."
	if got := titleOrg("Brantwood exports stalled", text); got != "Brantwood" {
		t.Errorf("titleOrg = %q, want Brantwood", got)
	}
}

// A notice mailed by a department ("IT Services Service Desk
// <it-servicedesk@kirkbride.ac.example>") is its institution's, named by
// the address's domain as the text writes it; a person's mail names none.
func TestDepartmentSenderOrg(t *testing.T) {
	mail := "From: %s\nTo: all-staff@kirkbride.ac.example\nDate: Wed, 4 Mar 2026 09:12:44 +0100\nSubject: [IT Services] Resolved: Outage of email and shared drives on Tuesday 3 March\n\nDear colleagues,\n\nOn Tuesday 3 March from 08:05 to 11:40 email and shared drives were unavailable across Kirkbride University. A storage controller failed and its partner did not take over. IT Services replaced the controller.\n\nIT Services Service Desk\n"
	for from, want := range map[string]string{
		"IT Services Service Desk <it-servicedesk@kirkbride.ac.example>": "Kirkbride",
		"Dana Pryce <dana@kirkbride.ac.example>":                         "",
	} {
		in, err := Extract([]byte(strings.Replace(mail, "%s", from, 1)), "notice.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if want != "" && in.Org != want {
			t.Errorf("from %q: org %q, want %q", from, in.Org, want)
		}
		if want == "" && in.Org == "Dana Pryce" {
			t.Errorf("from %q: the person taken as the org", from)
		}
	}
}

// A status page saved as text whose masthead names the company, then the
// kind of page after a dash ("Skelwith Pay — System Status"), is the
// company's.
func TestStatusMastheadOrg(t *testing.T) {
	text := "Skelwith Pay — System Status\nHome  Developers  Status  Contact sales\n\nCard refunds delayed\nIncident · Refunds API\n\nResolved — 12 Oct 2026, 11:05 CET\nRefunds have been processed normally since 10:48 CET.\n\nInvestigating — 12 Oct 2026, 09:40 CET\nSome refunds are delayed since about 09:15 CET. We are investigating.\n"
	in, err := Extract([]byte(text), "skelwith.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Org != "Skelwith Pay" {
		t.Errorf("org %q, want Skelwith Pay", in.Org)
	}
	for _, line := range []string{"All Systems — System Status", "Incident history - Status"} {
		if m := statusMasthead.FindStringSubmatch(line); m != nil && statusSiteOrg(m[1]+" Status") != "" {
			t.Errorf("%q names an organisation", line)
		}
	}
}
