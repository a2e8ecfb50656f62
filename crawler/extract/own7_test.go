package extract

import (
	"strings"
	"testing"
)

// Forms met in extract-own-7's odd (tuning) documents, each in our own
// fictional text.

// A paragraph that announces follow-up work in a first sentence without a
// cue and lists it in a second that opens "These include updating …" is
// the remediation; one whose second sentence goes on with what failed
// ("Firstly, the monitoring …") is not moved.
func TestRemediationListedAfterAnnouncement(t *testing.T) {
	doc := func(para string) string {
		return "# Brackenfold ledger outage\n\n" +
			"On 4 March 2026, the Brackenfold ledger was down for forty minutes.\n\n" +
			"The outage was triggered by a failed disk controller in the primary ledger rack, which caused the database to stop.\n\n" +
			para + "\n"
	}
	in := extractString(t, "ledger.md", doc("Brackenfold identified several areas for improvement. "+
		"These include replacing the controllers of the same batch, adding a second controller path and improving the failover drill."))
	for _, want := range []string{"several areas for improvement", "replacing the controllers of the same batch"} {
		if !strings.Contains(in.Remediation, want) {
			t.Errorf("remediation lacks %q: %q", want, in.Remediation)
		}
	}
	in = extractString(t, "ledger.md", doc("The incident highlighted two areas for improvement. "+
		"Firstly, the ledger's monitoring watched only the database, not the rack."))
	if strings.Contains(in.Remediation, "monitoring watched only") {
		t.Errorf("remediation holds what failed: %q", in.Remediation)
	}
}

// A write-up whose summary is stated apart from its body (front matter)
// and tells no impact takes the impact from the body's opening paragraph.
func TestImpactFromOpeningWhenSummaryIsApart(t *testing.T) {
	doc := "---\ntitle: Brackenfold ledger outage\nsummary: On 4 March 2026 Brackenfold had a disk controller failure in its ledger rack.\n---\n\n" +
		"On 4 March 2026, Brackenfold had an incident lasting forty minutes, beginning at 09:10 UTC. " +
		"During this period, users saw timeouts when they opened their ledgers.\n\n" +
		"The outage was triggered by a failed disk controller in the primary ledger rack.\n\n" +
		"To prevent a recurrence, Brackenfold now keeps a spare controller path in every rack.\n"
	in := extractString(t, "ledger.md", doc)
	if !strings.Contains(in.Impact, "users saw timeouts when they opened their ledgers") {
		t.Errorf("impact %q", in.Impact)
	}
	if strings.Contains(in.Impact, "failed disk controller") {
		t.Errorf("impact holds the cause: %q", in.Impact)
	}
}

// A sentence that points to where the cause is told ("故障原因可见
// <link>") names no cause; a notice whose only account of why opens a
// sentence with what it was due to ("由于…的未知故障，…") has that
// sentence as its cause.
func TestCausePointerAndDueToOpening(t *testing.T) {
	doc := "# 服务中断通知（已恢复）\n\n" +
		"**2026-02-03 Update 1**\n\n" +
		"目前，青石机房的网络已经恢复正常，故障原因可见 https://bbs.example.org/t/8812 。\n\n" +
		"我们正在确认目前受到影响的服务范围。\n\n" +
		"---\n\n" +
		"由于青石机房上游网络的未知故障，石榴社区的所有网络服务现在处于不稳定状态。恢复时间暂时无法确定，给您带来的不便敬请谅解！\n\n" +
		"石榴社区\n\n" +
		"2026-02-02 22:10:05\n"
	in := extractString(t, "notice.md", doc)
	if strings.Contains(in.Cause, "原因可见") {
		t.Errorf("cause holds the pointer: %q", in.Cause)
	}
	if !strings.Contains(in.Cause, "青石机房上游网络的未知故障") {
		t.Errorf("cause %q", in.Cause)
	}
	// a clause that names the outage itself tells its consequence
	if got := dueToOpening("由于此次故障导致部分用户无法登录。"); got != "" {
		t.Errorf("dueToOpening took a consequence: %q", got)
	}
}

// A list of key events ("First detected 2026-05-04 08:56") beside a
// timeline table with a row at the same time: one event that keeps both
// the label and what happened, not two.
func TestKeyEventLabelMergedIntoRow(t *testing.T) {
	doc := "# Incident on 2026-05-04 - Tanglewood gateway upgrade\n\n" +
		"- **Key events**\n" +
		"  - First detected 2026-05-04 08:56\n" +
		"  - Incident declared 2026-05-04 09:14\n" +
		"  - Resolved 2026-05-04 10:02\n\n" +
		"## Timeline\n\n" +
		"| Timestamp | Note |\n| --- | --- |\n" +
		"| 2026-05-04 07:40 | Tanglewood platform team begin the gateway upgrade |\n" +
		"| 2026-05-04 08:56 | Platform team notice failed sign-ins in the support channel |\n" +
		"| 2026-05-04 09:14 | Platform team begin a rollback of the gateway |\n" +
		"| 2026-05-04 10:02 | Sign-in team confirm no further failures |\n"
	in := extractString(t, "gateway.md", doc)
	if len(in.Timeline) != 4 {
		t.Errorf("%d events, want 4: %+v", len(in.Timeline), in.Timeline)
	}
	found := false
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "First detected") && strings.Contains(ev.Text, "notice failed sign-ins") {
			found = true
		}
	}
	if !found {
		t.Errorf("no merged 08:56 event: %+v", in.Timeline)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-05-04T08:56") || !strings.HasPrefix(in.EndedAt, "2026-05-04T10:02") {
		t.Errorf("span %s – %s", in.StartedAt, in.EndedAt)
	}
}

// A paragraph after the cause's that opens by naming again what the cause
// named ("The quota change …", "This oversized manifest …") goes on with
// the cause; one that opens with a word the cause used but names nothing
// again ("The problem was diagnosed …") does not.
func TestCauseGoesOnByNamingAgain(t *testing.T) {
	doc := func(para string) string {
		return "# Marlpit storage disruption\n\n" +
			"On 9 June 2026, a storage disruption began at 10:12 UTC, affecting a subset of Marlpit customers.\n\n" +
			"The disruption was triggered by a quota change. This change was part of Marlpit's quarterly capacity review and the oversized manifest it produced.\n\n" +
			para + "\n"
	}
	for _, para := range []string{
		"The quota change inadvertently capped writes for whole accounts. This cap extended beyond the intended buckets, causing the failed uploads.",
		"This oversized manifest was then copied to every storage node, where it exceeded a fixed buffer.",
	} {
		in := extractString(t, "marlpit.md", doc(para))
		if !strings.Contains(in.Cause, para[:30]) {
			t.Errorf("cause lacks %q: %q", para[:30], in.Cause)
		}
	}
	para := "The problem was diagnosed by replaying the quarterly capacity review in a test region."
	if in := extractString(t, "marlpit.md", doc(para)); strings.Contains(in.Cause, para[:30]) {
		t.Errorf("cause holds the diagnosis: %q", in.Cause)
	}
}

// A paragraph whose third sentence names the follow-up ("Follow-up steps
// include …") after two steps of the response without a cue of their own
// is the remediation; one that opens with a contributing factor is not.
func TestRemediationNamedInTheThirdSentence(t *testing.T) {
	doc := func(para string) string {
		return "# Marlpit storage disruption\n\n" +
			"On 9 June 2026, a storage disruption began at 10:12 UTC, affecting a subset of Marlpit customers.\n\n" +
			"The disruption was triggered by a quota change that capped writes for whole accounts.\n\n" +
			para + "\n"
	}
	para := "Marlpit's engineers identified the issue, halted the manifest rollout, and restored the previous manifest. " +
		"They also added bypasses for the upload gateway to reduce impact. " +
		"Follow-up steps include validating manifests before rollout and alerting on capped accounts."
	in := extractString(t, "marlpit.md", doc(para))
	if !strings.Contains(in.Remediation, "restored the previous manifest") || !strings.Contains(in.Remediation, "validating manifests") {
		t.Errorf("remediation %q", in.Remediation)
	}
	para = "Another contributing factor was a feature flag that failed to apply to every region. " +
		"A recent tweak meant limits reached only the largest accounts. " +
		"Follow-up steps include validating manifests before rollout."
	in = extractString(t, "marlpit.md", doc(para))
	if strings.Contains(in.Remediation, "contributing factor") {
		t.Errorf("remediation holds a factor: %q", in.Remediation)
	}
}

// A paragraph that tells the search and then what was found ("经过两个
// 小时的排查，他们发现了问题：…", "After an hour of digging, we found the
// problem: …") states the cause, in an article without headings.
func TestCauseAfterFoundTheProblem(t *testing.T) {
	zh := "# 从柳岸科技的跨年故障中学到的几件事\n\n" +
		"最近，我和柳岸科技的前工程师聊起了他们在跨年夜遇到的一次故障。\n\n" +
		"午夜过后不久，值班同学收到了订单写入失败的告警，大家一开始都以为是流量太大。\n\n" +
		"经过两个小时的排查，他们发现了问题：订单表按年份分表，新一年的表需要人工提前建好。今年没有人建这张表，写入全部落空。\n\n" +
		"这个故事告诉我们，重复的手工任务应该交给自动化。\n"
	in := extractString(t, "liuan.md", zh)
	if !strings.Contains(in.Cause, "新一年的表需要人工提前建好") {
		t.Errorf("zh cause %q", in.Cause)
	}
	en := "# What the Halverd year-end outage taught us\n\n" +
		"Recently I talked with a former Halverd engineer about an outage on New Year's Eve.\n\n" +
		"Just after midnight the on-call engineer was paged for failed sign-ups, and everyone suspected the load.\n\n" +
		"After two hours of digging, they found the problem: sign-ups wrote to a table created once a year by hand, and nobody had created this year's table.\n\n" +
		"The story shows that repeated manual tasks should be automated.\n"
	in = extractString(t, "halverd.md", en)
	if !strings.Contains(in.Cause, "created once a year by hand") {
		t.Errorf("en cause %q", in.Cause)
	}
}

// A postmortem whose only cause section lists contributing factors takes
// what set the incident off from its summary ("… was modified,
// accidentally overwriting …"), not a sentence about the fix or one that
// leans on the one before it.
func TestCauseFromSummaryBesideContributingFactors(t *testing.T) {
	doc := "# Metrics from the Fernhill cluster not reaching the archive\n\n" +
		"## Summary\n\n" +
		"On 12 May we rolled out a new storage driver to the Fernhill cluster. " +
		"To support it the labels of the system namespace were rewritten by our templates, accidentally removing the labels the metrics agent needed. " +
		"A fix was ready but could not be rolled out at once due to a frozen pipeline. " +
		"However, it turned out to be another cause than the one seen in March.\n\n" +
		"## Contributing Factors\n\n" +
		"- The metrics agent does not run in our test clusters\n" +
		"- No alert on missing metrics\n\n" +
		"## Action Items\n\n" +
		"- Add an alert for missing metrics\n"
	in := extractString(t, "fernhill.md", doc)
	if !strings.Contains(in.Cause, "accidentally removing the labels") || !strings.Contains(in.Cause, "No alert on missing metrics") {
		t.Errorf("cause %q", in.Cause)
	}
	for _, not := range []string{"A fix was ready", "turned out to be another cause"} {
		if strings.Contains(in.Cause, not) {
			t.Errorf("cause holds %q: %q", not, in.Cause)
		}
	}
}
