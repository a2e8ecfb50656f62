package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

// TestStructureFixtures checks the layouts of real write-ups on fixtures
// of each kind: a hosted status page, a cloud status incident saved as
// Markdown (logo line, site name, zone for the document), a one-paragraph
// RCA with inline labels, and a GBK-encoded Chinese report with inline
// labels.
func TestStructureFixtures(t *testing.T) {
	type want struct {
		title, started, ended string
		duration              int
		cause, remediation    string // contained
		notInSummary          []string
		events                []string // timeline texts, in order (prefixes)
	}
	for file, w := range map[string]want{
		"status-page.html": {
			title: "Elevated card authorization failures", started: "2023-10-09T14:02:00Z", ended: "2023-10-09T15:21:00Z", duration: 79,
			cause: "connection pool", remediation: "reverted the change",
			notInSummary: []string{"All Systems Operational", "This incident has been resolved", "Root cause"},
			events:       []string{"Investigating:", "Identified:", "Monitoring:", "Resolved:"},
		},
		"cloud-status.md": {
			title: "Instances in region north-2 lost network connectivity", started: "2015-08-12T11:05:00-07:00", ended: "2015-08-12T11:46:00-07:00", duration: 41,
			cause: "legacy configuration", remediation: "rolled back",
		},
		"cloud-health.md": {
			title: "Multiple services impacted in east-3", started: "2023-04-25T21:00:00-07:00", ended: "2023-04-26T03:40:00-07:00", duration: 400,
			cause: "cooling failure", remediation: "cooling units were repaired",
			events: []string{"Incident began", "We are investigating", "The issue has been resolved", "Mini Incident Report"},
		},
		"rca-inline.txt": {
			title: "RCA - Virtual Machines connectivity failures - West Nordic (Tracking ID 7QK-2RT)", started: "2022-12-22T00:35:00Z", ended: "2022-12-23T02:30:00Z", duration: 1555,
			cause: "misconfiguration resulted in inbound routing failure", remediation: "rolled back the configuration update",
			notInSummary: []string{"Root cause", "status history", "rolled back"},
		},
		"pir-page.txt": {
			title: "Post Incident Review (PIR) – Edge Gateway – Connectivity issues across multiple regions", started: "2024-02-07T07:50:00Z", ended: "2024-02-07T14:30:00Z", duration: 400,
			cause: "health signal was misread", remediation: "automatic rollback",
			notInSummary: []string{"Watch our", "This page contains", "Pricing"},
			events:       []string{"Customer impact began", "Monitoring alerted", "The routing change", "The rollback completed"},
		},
		"zh-inline-labels-gbk.txt": {
			title: "碧波云存储故障报告", started: "2023-11-01T09:12:00+08:00", ended: "2023-11-01T10:47:00+08:00", duration: 95,
			cause: "磁盘配额写为 0", remediation: "扩容脚本增加配额校验",
			notInSummary: []string{"原因", "配额"},
		},
	} {
		in := extractFixture(t, file)
		if in.Title != w.title {
			t.Errorf("%s: title %q, want %q", file, in.Title, w.title)
		}
		if in.StartedAt != w.started || in.EndedAt != w.ended || in.DurationMinutes != w.duration {
			t.Errorf("%s: %s – %s (%d min), want %s – %s (%d min)", file, in.StartedAt, in.EndedAt, in.DurationMinutes, w.started, w.ended, w.duration)
		}
		if !strings.Contains(in.Cause, w.cause) {
			t.Errorf("%s: cause %q lacks %q", file, in.Cause, w.cause)
		}
		if !strings.Contains(in.Remediation, w.remediation) || strings.Contains(in.Remediation, w.cause) {
			t.Errorf("%s: remediation %q", file, in.Remediation)
		}
		for _, s := range w.notInSummary {
			if strings.Contains(in.Summary, s) {
				t.Errorf("%s: summary %q holds %q", file, in.Summary, s)
			}
		}
		k := 0
		for _, ev := range in.Timeline {
			if k < len(w.events) && strings.HasPrefix(ev.Text, w.events[k]) {
				k++
			}
		}
		if k < len(w.events) {
			t.Errorf("%s: timeline %v lacks the updates %v", file, in.Timeline, w.events[k:])
		}
		if bad := invariants(in); len(bad) > 0 {
			t.Errorf("%s: %v", file, bad)
		}
	}
}

// TestInlineLabels splits paragraphs at their section labels, and only
// there.
func TestInlineLabels(t *testing.T) {
	d := &document{}
	d.add(labelled(block{kind: kindPara, text: "Summary of impact: customers saw errors. Preliminary root cause: a certificate expired. Mitigation: we renewed it. Next steps: alert before expiry."}))
	d.add(labelled(block{kind: kindPara, text: "影响：支付接口超时。原因：证书过期。处理：更换证书。后续措施：增加到期告警。"}))
	d.add(labelled(block{kind: kindPara, text: "We paged the on-call at 10:30: nobody answered. The reason was simple: the pager was muted."}))
	s := assignSections(d.blocks)
	got := map[data.Section][]string{}
	for i, b := range s.blocks {
		got[s.secs[i]] = append(got[s.secs[i]], b.text)
	}
	for sec, want := range map[data.Section][]string{
		data.SectionImpact:      {"customers saw errors.", "支付接口超时。"},
		data.SectionCause:       {"a certificate expired.", "证书过期。"},
		data.SectionRemediation: {"we renewed it.", "alert before expiry.", "更换证书。", "增加到期告警。"},
	} {
		if strings.Join(got[sec], "|") != strings.Join(want, "|") {
			t.Errorf("%s: %q, want %q", sec, got[sec], want)
		}
	}
	if len(got[""]) != 1 || !strings.Contains(got[""][0], "the pager was muted") {
		t.Errorf("a paragraph without labels was split: %q", got[""])
	}
}

// TestLetterAndTitles: a letter's greeting is no summary, its apology and
// signature no remediation, its dated signature the published date; a
// title is never a bullet with a date, a banner, a site's name or markup.
func TestLetterAndTitles(t *testing.T) {
	letter := "服务中断情况说明\n\n尊敬的用户：\n\n您好！\n\n感谢您一直以来对青禾网盘的支持！\n\n3月2日 21:05 起，青禾网盘上传服务中断，至 23:40 恢复。\n\nScreen Shot 2024-03-02 at 9.15.02 PM\n\n二、故障原因\n\n存储网关的证书过期，上传请求全部被拒绝。\n\n三、改进措施\n\n证书到期前 30 天自动告警并续期。\n\n再次向受影响的用户致以诚挚的歉意，感谢您的理解与支持！\n\n青禾网盘团队\n\n2024年3月4日\n"
	in, err := Extract([]byte(letter), "letter.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Summary, "尊敬的") || strings.Contains(in.Summary, "感谢您") || in.Summary == "" {
		t.Errorf("summary %q", in.Summary)
	}
	if strings.Contains(in.Remediation, "歉意") || strings.Contains(in.Remediation, "青禾网盘团队") || !strings.Contains(in.Remediation, "自动告警") {
		t.Errorf("remediation %q", in.Remediation)
	}
	if strings.Contains(in.Text, "Screen Shot") {
		t.Errorf("an image's caption is in the text: %q", in.Text)
	}
	if in.Published != "2024-03-04" {
		t.Errorf("published %q, want the signature's date", in.Published)
	}
	for raw, want := range map[string]string{
		"• 2022-04-15":                                 "",
		"All Systems Operational":                      "",
		"Stratus Cloud Status Dashboard":               "",
		"Stratus Cloud Service Health":                 "",
		"Stratus Health Dashboard":                     "",
		"Service health incident report":               "Service health incident report",
		"[![Stratus](https://x/logo.png)](https://x/)": "",
		"2021-06-03: Database Full":                    "Database Full",
		"Incident on 2020-02-12":                       "Incident on 2020-02-12",
		"- Queue backlog after failover":               "Queue backlog after failover",
		"2024年2月21日的事件报告":                              "2024年2月21日的事件报告",
	} {
		if got := cleanTitle(raw, "Stratus"); got != want {
			t.Errorf("cleanTitle(%q) = %q, want %q", raw, got, want)
		}
	}
}

// TestOngoingOutage: an outage still going on when written has no end and
// no computed duration; the stated expectation, if any.
func TestOngoingOutage(t *testing.T) {
	text := "Quarry Mail outage update\n\nPublished 2023-05-14\n\nSince May 4, 2023 some customers cannot reach their mailboxes. The outage is still ongoing and restoration is expected to last about two weeks.\n\nTimeline\n\n- May 4, 2023: mailboxes of 400 customers became unreachable.\n- May 5, 2023: the team began restoring mailboxes from backups.\n- May 7, 2023: a third of the customers had their mailboxes back.\n"
	in, err := Extract([]byte(text), "ongoing.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.EndedAt != "" || in.DurationMinutes != 14*24*60 {
		t.Errorf("ended %q, duration %d: want no end and the expected two weeks", in.EndedAt, in.DurationMinutes)
	}
	if in.StartedAt == "" || !strings.HasPrefix(in.StartedAt, "2023-05-04") {
		t.Errorf("started %q", in.StartedAt)
	}
}

// TestPIRHeadings: the headings of a post-incident review in questions
// open the sections they ask about.
func TestPIRHeadings(t *testing.T) {
	for h, want := range map[string]data.Section{
		"What went wrong and why?": data.SectionCause,
		"How are we making incidents like this less likely or less impactful?": data.SectionRemediation,
		"What went wrong": data.SectionLessons,
		"What happened?":  data.SectionCause,
	} {
		if got := classifyHeading(h); got != want {
			t.Errorf("%q opens %q, want %q", h, got, want)
		}
	}
	tb := newTimelineBuilder("en", "", "Incident began at 2023-04-25 21:00 and ended at 2023-04-26 03:40 (times are in Coordinated Universal Time (UTC)).")
	if tb.loc != time.UTC {
		t.Errorf("zone %v, want UTC", tb.loc)
	}
}

// TestStatusHistoryText: a status page's incident saved as text, updates
// newest first with their times on the next line: the updates become the
// timeline in time order, the site's name is not the title, and the
// update that says why is the cause.
func TestStatusHistoryText(t *testing.T) {
	text := "Hubbub Status\n\nIncident with Actions and Pages\n\nResolved - This incident has been resolved.\nMar 5, 2024 - 17:05 UTC\n\n" +
		"Update - We identified a faulty configuration change to the job scheduler as the cause and are rolling it back.\nMar 5, 2024 - 16:41 UTC\n\n" +
		"Update - Actions jobs are delayed. We are investigating.\nMar 5, 2024 - 16:20 UTC\n\n" +
		"Investigating - We are investigating reports of degraded performance for Actions and Pages.\nMar 5, 2024 - 16:02 UTC\n\n" +
		"February 28, 2024 All services available\n"
	in, err := Extract([]byte(text), "status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Incident with Actions and Pages" {
		t.Errorf("title %q", in.Title)
	}
	if in.StartedAt != "2024-03-05T16:02:00Z" || in.EndedAt != "2024-03-05T17:05:00Z" || in.DurationMinutes != 63 {
		t.Errorf("%s – %s (%d min)", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	if len(in.Timeline) != 4 || !strings.HasPrefix(in.Timeline[0].Text, "Investigating:") || !strings.HasPrefix(in.Timeline[3].Text, "Resolved:") {
		t.Errorf("timeline %v", in.Timeline)
	}
	if !strings.HasPrefix(in.Cause, "We identified a faulty configuration change") {
		t.Errorf("cause %q", in.Cause)
	}
	if bad := invariants(in); len(bad) > 0 {
		t.Error(bad)
	}
}

// TestStatusUpdateInline: an update whose state, text and time share one
// line becomes one event.
func TestStatusUpdateInline(t *testing.T) {
	text := "Queue delays for Larkspur Pay webhooks\n\nResolved - This incident has been resolved. Mar 5, 2024 17:05 UTC\n\nIdentified - A stuck consumer was found and restarted. Posted Mar 5, 2024 16:40 UTC\n\nInvestigating - Webhook deliveries are delayed。2024年3月5日 16:02 UTC\n"
	in, err := Extract([]byte(text), "inline-status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range in.Timeline {
		got = append(got, ev.At+" "+ev.Text)
	}
	want := []string{
		"2024-03-05T16:02:00Z Investigating: Webhook deliveries are delayed",
		"2024-03-05T16:40:00Z Identified: A stuck consumer was found and restarted",
		"2024-03-05T17:05:00Z Resolved: This incident has been resolved",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if in.Title != "Queue delays for Larkspur Pay webhooks" {
		t.Errorf("title %q", in.Title)
	}
}

// TestOrgNameIsNoTitle: a page whose heading is only a known company's
// name takes its title from the next heading.
func TestOrgNameIsNoTitle(t *testing.T) {
	md := "# Google Cloud\n\n## Load balancers dropped requests in two regions\n\nBetween 10:02 and 10:40 UTC on 2 June 2020 requests failed.\n"
	in, err := Extract([]byte(md), "org-title.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Load balancers dropped requests in two regions" {
		t.Errorf("title %q", in.Title)
	}
}

// TestPrintedPage: the text of a web page printed to PDF carries the
// browser's header (date, time, page title) and footer (address, page
// number) on every page, and the news site's menu above the article.
func TestPrintedPage(t *testing.T) {
	text := "3/14/24, 10:22 AM Billing outage at Quarry Mail: what went wrong - The Daily Byte\n" +
		"The Daily Byte\nNews\nReviews\nPodcasts\nSubscribe\n\n" +
		"Billing outage at Quarry Mail: what went wrong\n\n" +
		"Quarry Mail's billing service failed for six hours on March 12, 2024 after a database migration locked the invoices table.\n\n" +
		"https://dailybyte.example/2024/03/quarry-billing 1/2\n" +
		"3/14/24, 10:22 AM Billing outage at Quarry Mail: what went wrong - The Daily Byte\n" +
		"The company said it will run migrations in smaller batches.\n" +
		"https://dailybyte.example/2024/03/quarry-billing 2/2\n"
	in, err := Extract([]byte(text), "printed.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Billing outage at Quarry Mail: what went wrong" {
		t.Errorf("title %q", in.Title)
	}
	for _, s := range []string{"10:22 AM", "1/2", "dailybyte.example", "Podcasts"} {
		if strings.Contains(in.Text, s) {
			t.Errorf("text holds the page's furniture %q:\n%s", s, in.Text)
		}
	}
}

// A paragraph of a heading-less write-up that opens by saying what was
// done about the incident ("To prevent similar incidents, …") is its
// remediation, though it has only that one cue; a write-up summarised in
// the third person ("Corvid plans to …") is read likewise.
func TestRemediationLead(t *testing.T) {
	doc := "Corvid Pay checkout outage of May 2024\n\n" +
		"On 14 May 2024 Corvid Pay's checkout API returned errors for 52 minutes.\n\n" +
		"The outage began when a schema change locked the orders table during peak traffic, and requests queued behind the lock until the pool was exhausted.\n\n" +
		"To prevent similar incidents, Corvid Pay now runs schema changes through an online migration tool outside peak hours.\n\n" +
		"不久前的一次演练中，团队已经发现了这个风险。\n\n" +
		"The company plans to add lock-wait alerts on every primary database.\n"
	in, err := Extract([]byte(doc), "corvid.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"online migration tool", "lock-wait alerts"} {
		if !strings.Contains(in.Remediation, want) {
			t.Errorf("remediation %q lacks %q", in.Remediation, want)
		}
	}
	if strings.Contains(in.Remediation, "schema change locked") {
		t.Errorf("remediation %q holds the cause", in.Remediation)
	}
}

// A write-up whose only sentence telling what the outage did also tells
// its cause ("… caused …, and checkout was unavailable …") has that
// sentence as its impact too.
func TestImpactBesideCause(t *testing.T) {
	doc := "---\ntitle: Edge proxy certificate rotation\nsummary: A certificate rotation on the edge proxies caused every API request to be rejected, and checkout was unavailable for 40 minutes.\n---\n\nThe rotation job picked the staging bundle.\n"
	in, err := Extract([]byte(doc), "edge.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Impact, "checkout was unavailable") {
		t.Errorf("impact %q, want the sentence that says checkout was unavailable", in.Impact)
	}
}

// An appendix (a chat log kept under the write-up) stays in the text but
// is no part of any section.
func TestAppendixInNoSection(t *testing.T) {
	doc := "# Runner pool outage\n\n## Impact\n\nAll jobs that needed a runner failed for six hours.\n\n## Root cause\n\nA flag merged in December stopped the pool manager from starting.\n\n## Appendix\n\n### #ci-ops chat log\n\n> mira [6:27 AM]\n> is anyone else seeing jobs fail to start? the pool could not acquire a runner\n"
	in, err := Extract([]byte(doc), "runner.md", "")
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"impact": in.Impact, "cause": in.Cause, "remediation": in.Remediation, "lessons": in.Lessons} {
		if strings.Contains(v, "anyone else") {
			t.Errorf("%s %q holds the appendix's chat log", name, v)
		}
	}
	if !strings.Contains(in.Text, "anyone else") {
		t.Errorf("the chat log left the text")
	}
}
