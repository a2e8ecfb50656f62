package extract

import (
	"strings"
	"testing"
	"time"
)

// Forms met in extract-own-5's documents, each in our own fictional text.

// Paragraphs of a write-up without headings that tell what users saw in
// words the impact cues do not count twice: "The primary customer impact
// was …", "Customers trying to … likely experienced …", "During the
// outage, no …", "… meant that any users … could have …".
func TestImpactParagraphForms(t *testing.T) {
	cases := map[string]string{
		"primary":  "The primary customer impact was slow page loads and dropped uploads on busy nights.",
		"likely":   "Customers trying to send parcels through the Quillby courier bridge in northern regions likely experienced delays of several hours.",
		"during":   "During the outage, no parcel labels could be printed, and labels queued by users were lost if not saved.",
		"meant":    "The presence of the forged tracking page on the Quillby mirror meant that any users following old links could have entered their passwords there.",
		"no-cause": "During the outage, engineers at Quillby rebuilt the label cache twice.",
	}
	for name, para := range cases {
		doc := "# Quillby courier bridge outage\n\n" +
			"On March 3, 2022, the Quillby courier bridge stopped accepting parcels for most of the evening.\n\n" +
			"The root cause was an expired routing table that the bridge kept serving from memory.\n\n" +
			para + "\n\n" +
			"To prevent a recurrence, Quillby now reloads the routing table every hour.\n"
		in := extractString(t, "quillby.md", doc)
		got := strings.Contains(in.Impact, para[:30])
		if want := name != "no-cause"; got != want {
			t.Errorf("%s: impact %q", name, in.Impact)
		}
	}
}

// A paragraph whose first sentence tells a step of the response without a
// cue, and whose second names the response ("Technical remediation
// included …", "Additionally, Quillby is establishing …"), is the
// remediation, first sentence included; one whose first sentence tells
// what users saw is not moved.
func TestRemediationNamedInTheSecondSentence(t *testing.T) {
	doc := "# Forged packages in the Quillby plugin index\n\n" +
		"In May 2021, forged plugins were published to the Quillby plugin index under a maintainer's name.\n\n" +
		"The primary root cause was a review step that did not check who sent the request.\n\n" +
		"Upon the public report, Quillby immediately suspended the forged account and pulled its plugins. " +
		"Technical remediation included new alerts on the report inbox.\n\n" +
		"The review checklist for the index team was rewritten to cover requests from new accounts. " +
		"Additionally, Quillby is establishing a small moderation group for the index.\n"
	in := extractString(t, "plugins.md", doc)
	for _, want := range []string{"suspended the forged account", "new alerts on the report inbox", "review checklist", "moderation group"} {
		if !strings.Contains(in.Remediation, want) {
			t.Errorf("remediation lacks %q: %q", want, in.Remediation)
		}
	}
	if strings.Contains(in.Remediation, "did not check who sent") {
		t.Errorf("remediation holds the cause: %q", in.Remediation)
	}
	for _, para := range []string{
		"Users waited for an hour to sign in. Technical remediation included a larger login pool.",
		"The login pool ran out at 19:40. Technical remediation included a larger login pool.",
	} {
		if laterPlan(para) {
			t.Errorf("%q: moved to the remediation", para)
		}
	}
}

// A key event's clock written as four digits without a colon ("Repaired:
// 2025-01-14 1600") is a time; four digits that go on into words are not.
func TestFourDigitClockAfterADate(t *testing.T) {
	doc := "# Incident on 2023-04-02 - Quillby token leaked\n\n- **Key events**\n" +
		"  - First detected: 2023-04-02 09:05\n  - Repaired: 2023-04-03 1430\n  - Resolved: 2023-04-03 15:10\n"
	in := extractString(t, "keyevents.md", doc)
	found := false
	for _, ev := range in.Timeline {
		if ev.Text == "Repaired" {
			found = ev.At == "2023-04-03T14:30:00Z"
		}
	}
	if !found {
		t.Errorf("Repaired not at 14:30: %+v", in.Timeline)
	}
	for s, want := range map[string]string{"2023-04-03 1430": "2023-04-03 1430", "2023-04-03 0915 UTC": "2023-04-03 0915 UTC"} {
		st, _, ok := parseStamp(s, "en")
		if !ok || st.text != want || st.hour < 0 {
			t.Errorf("%q read as %q (%v)", s, st.text, ok)
		}
	}
	for _, s := range []string{"2023-04-03 1500 users saw errors", "2023-04-03 2460"} {
		if st, _, ok := parseStamp(s, "en"); ok && st.hasClock() {
			t.Errorf("%q read as a clock: %q", s, st.text)
		}
	}
}

// A status update quoted in a translation: "最终状态：" is how it was
// resolved, not more impact, and "开始时间：…，UTC 时间 2:55 PM" names its
// zone between the date and the clock.
func TestQuotedStatusUpdateLabels(t *testing.T) {
	doc := "# 鹭岛会议软件全球停机六小时\n\n" +
		"> 用户影响：用户可能无法加入会议。\n>\n> 更多信息：受影响的场景包括：\n>\n> 用户可能无法上传附件。\n>\n" +
		"> 最终状态：经过扩容和回滚，我们确认服务已恢复。\n>\n" +
		"> 开始时间：2023 年 3 月 6 日，UTC 时间 9:10 PM。\n>\n> 结束时间：2023 年 3 月 7 日，UTC 时间 3:25 AM。\n"
	in := extractString(t, "luyu.md", doc)
	if strings.Contains(in.Impact, "扩容和回滚") || !strings.Contains(in.Remediation, "扩容和回滚") {
		t.Errorf("impact %q, remediation %q", in.Impact, in.Remediation)
	}
	if !strings.Contains(in.Impact, "无法上传附件") {
		t.Errorf("impact lacks the list of scenarios: %q", in.Impact)
	}
	if in.StartedAt != "2023-03-06T21:10:00Z" || in.EndedAt != "2023-03-07T03:25:00Z" || in.DurationMinutes != 375 {
		t.Errorf("start %q end %q, %d min", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	for s, want := range map[string]string{"2023-03-06, UTC time 14:55": "2023-03-06T14:55:00Z", "2023年3月6日（北京时间）14:55": "2023-03-06T14:55:00+08:00"} {
		st, _, ok := parseStamp(s, "zh")
		if !ok || !st.hasClock() || st.loc == nil {
			t.Errorf("%q: no clock or zone (%v)", s, ok)
			continue
		}
		if got := time.Date(st.year, time.Month(st.month), st.day, st.hour, st.min, 0, 0, st.loc).Format(time.RFC3339); got != want {
			t.Errorf("%q read as %s", s, got)
		}
	}
}

// A timeline table whose first row tells what came a day or more before
// the outage (a vendor's release), where the outage then lasted longer
// than that gap, with a stated time to recovery that agrees with the next
// row: the outage began at that row.
func TestPrecursorRowBeforeStatedRecovery(t *testing.T) {
	doc := "# Bad base image\n\n## Summary\n\nThe nightly node refresh picked up a base image that the vendor later withdrew.\n\n" +
		"## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n| --- | --- |\n" +
		"| 2023-05-01 02:00 | Base image v42 published by the vendor |\n" +
		"| 2023-05-02 06:00 | Nightly refresh replaces nodes with image v42 |\n" +
		"| 2023-05-02 09:15 | Nodes start flapping between Ready and NotReady |\n" +
		"| 2023-05-03 12:00 | Nodes rolled back to image v41 |\n\n" +
		"## Stats\n\n- Time to detection: 3 hours\n- Time to recovery: 30 hours 10 minutes\n"
	in := extractString(t, "image.md", doc)
	if in.StartedAt != "2023-05-02T06:00:00Z" || in.EndedAt != "2023-05-03T12:00:00Z" || in.DurationMinutes != 1810 {
		t.Errorf("start %q end %q, %d min", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	// a stated length that the next row does not agree with leaves the
	// first row the start
	doc2 := strings.Replace(doc, "30 hours 10 minutes", "34 hours", 1)
	if in := extractString(t, "image.md", doc2); in.StartedAt != "2023-05-01T02:00:00Z" {
		t.Errorf("start %q without an agreeing length", in.StartedAt)
	}
}

// A row that says the system is back in operation ends the outage; a
// later row that tells a follow-up finding does not.
func TestBackInOperationEndsTheOutage(t *testing.T) {
	doc := "# Wrong labels on node metrics\n\n## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n| --- | --- |\n" +
		"| 2024-02-05 10:00 | User reported missing labels on node metrics |\n" +
		"| 2024-02-05 13:20 | Fix blocked by an unrelated pipeline change |\n" +
		"| 2024-02-06 07:45 | All exporters were back in operation and alerts cleared |\n" +
		"| 2024-02-06 09:10 | A team noticed two dashboards still show old panel names |\n"
	in := extractString(t, "labels.md", doc)
	if in.EndedAt != "2024-02-06T07:45:00Z" {
		t.Errorf("ended %q", in.EndedAt)
	}
	for _, s := range []string{"All exporters were back operation", "the site came back online", "the site will be back online by noon"} {
		if got, want := resolvedNow(s), !strings.Contains(s, "will"); got != want {
			t.Errorf("resolvedNow(%q) = %v", s, got)
		}
	}
}

// A paragraph that goes on telling the mechanism the root-cause paragraph
// named ("Within this critical section, …") is the cause too; one that
// turns to something else is not.
func TestCauseParagraphGoesOn(t *testing.T) {
	for _, tc := range []struct {
		para string
		want bool
	}{
		{"Within this critical section, the flush routine wrote a log line, which woke the logger, which waited on the same lock, leading to a deadlock.", true},
		{"This flush routine had been added in March without a test under load, and nobody saw it wait on the lock.", true},
		{"Operators at Bramblefield restarted the cluster twice before the night shift ended.", false},
	} {
		doc := "# Bramblefield queue freeze\n\nOn New Year's Eve 2021, the Bramblefield queue froze on busy hosts.\n\n" +
			"The root cause was a deadlock between the flush routine and the logger.\n\n" + tc.para + "\n"
		in := extractString(t, "bramble.md", doc)
		if got := strings.Contains(in.Cause, tc.para[:25]); got != tc.want {
			t.Errorf("%q: in cause %v, want %v (%q)", tc.para[:25], got, tc.want, in.Cause)
		}
	}
}

// An author's card saved with an article (the name and biography as one
// link across paragraphs to the author's profile, beside the picture's
// empty link) is not the article's text; a link across paragraphs to
// anything else stays.
func TestAuthorCardIsNotText(t *testing.T) {
	card := "# 不要小看一次配置失误\n\n> 原文：<https://example.org/config-slip/>\n\n[](https://twitter.com/wrenhollis)\n\n" +
		" [任·霍利斯\n\n**平台工程总监，鹭岛云。** 任拥有 20 年的经验，致力于构建大规模的托管服务。](https://twitter.com/wrenhollis) [](https://twitter.com/wrenhollis)\n\n" +
		"上周二，鹭岛云的对象存储中断了三个小时，原因是一次配置变更删除了过多的索引节点。\n"
	in := extractString(t, "card.md", card)
	if strings.Contains(in.Text, "任拥有 20 年的经验") || !strings.Contains(in.Text, "对象存储中断了三个小时") {
		t.Errorf("text %q", in.Text)
	}
	other := strings.ReplaceAll(card, "https://twitter.com/wrenhollis", "https://example.org/platform-report")
	if in := extractString(t, "card.md", other); !strings.Contains(in.Text, "任拥有 20 年的经验") {
		t.Errorf("a link to a report dropped: %q", in.Text)
	}
}
