package extract

import (
	"strings"
	"testing"
)

// Forms found by reading the failures of extract-own-24's tuning half,
// tested on our own text.

// TestGold24ExpiredIsCause: beside a list of contributing factors, the
// summary's sentence that tells what expired ("… the signing keys of the
// identity proxy expired") is what set the outage off: the cause.
func TestGold24ExpiredIsCause(t *testing.T) {
	doc := "# SSO outage\n\n## Summary\n\nOn Friday 6th March, the signing keys of the identity proxy expired. " +
		"Engineers were unable to log in to the build dashboard through single sign-on.\n\n" +
		"## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n| :--- | --- |\n" +
		"| 2026-03-06 09:02 | Signing keys expire |\n| 2026-03-06 09:40 | Keys rotated and logins confirmed working |\n\n" +
		"## Contributing Factors\n\n- Nobody watches key expiry\n- The proxy has no automatic rotation\n\n" +
		"## Action Items\n\n- Add an alert thirty days before keys expire\n"
	in := extractString(t, "sso", doc)
	if !strings.Contains(in.Cause, "the signing keys of the identity proxy expired") || !strings.Contains(in.Cause, "Nobody watches key expiry") {
		t.Errorf("cause %q, want the summary's expiry and the factors", in.Cause)
	}
	if strings.Contains(in.Cause, "unable to log in") {
		t.Errorf("cause %q holds the impact", in.Cause)
	}
}

// TestGold24SummaryFixAndImpactOutOfCause: beside a list of contributing
// factors, a summary paragraph whose sentences tell what set it off, what
// it did to users and how it was mended gives the cause only the first:
// the sentence already the impact stays the impact's, and "applied a quick
// fix, by manually re-adding …" is the remediation's.
func TestGold24SummaryFixAndImpactOutOfCause(t *testing.T) {
	doc := "# Target group emptied\n\n## Summary\n\n" +
		"On Thursday 5th of March 2026, a planned change of the Larkspur cluster's node pools caused the load balancer to drop every registered node. " +
		"This caused all public sites of the cluster to become unavailable from the internet. " +
		"When alerted, the on-call team quickly found the root cause and applied a quick fix, by manually re-adding the nodes to the target group. " +
		"Later the same day a lasting fix was merged.\n\n" +
		"## Timeline\n\nAll times in UTC.\n\n| Time | Event |\n| :--- | --- |\n" +
		"| 2026-03-05 10:00 | Node pool change applied |\n| 2026-03-05 10:12 | Nodes re-added by hand |\n\n" +
		"## Contributing Factors\n\n- The change's runbook missed a step\n- Staging has no load balancer in front\n\n" +
		"## Action Items\n\n- Alert on the number of healthy targets\n"
	in := extractString(t, "larkspur", doc)
	if !strings.Contains(in.Cause, "caused the load balancer to drop every registered node") {
		t.Errorf("cause %q, want the summary's trigger", in.Cause)
	}
	if strings.Contains(in.Cause, "become unavailable") || strings.Contains(in.Cause, "applied a quick fix") {
		t.Errorf("cause %q holds the impact or the fix", in.Cause)
	}
	if !strings.Contains(in.Remediation, "by manually re-adding the nodes to the target group") {
		t.Errorf("remediation %q, want the summary's quick fix", in.Remediation)
	}
}

// TestGold24SolvedByAndPreventingFromInSummary: a summary's sentence that
// says a part was broken, "preventing new orders from being stored", is
// the impact; "we solved the issue by switching …" is the remediation,
// beside a list of action items.
func TestGold24SolvedByAndPreventingFromInSummary(t *testing.T) {
	doc := "# 2026-02-10: Order intake stalled\n\n## Summary\n\n" +
		"Writes from the intake workers were broken, preventing new orders from being stored. Reads were not affected.\n\n" +
		"The underlying issue turned out to be that the orders table's key column had reached the largest value its type can hold.\n\n" +
		"For now, we solved the issue by switching the key column to a wider type. We may want to use fewer keys as well.\n\n" +
		"## Action Items\n\n- Stop drawing a key for rows that are never written\n- Review other tables for narrow key types\n"
	in := extractString(t, "intake", doc)
	if !strings.Contains(in.Impact, "preventing new orders from being stored") {
		t.Errorf("impact %q, want the broken writes", in.Impact)
	}
	if !strings.Contains(in.Remediation, "we solved the issue by switching the key column to a wider type") || !strings.Contains(in.Remediation, "Review other tables") {
		t.Errorf("remediation %q, want the summary's fix and the action items", in.Remediation)
	}
	if !strings.Contains(in.Cause, "had reached the largest value its type can hold") {
		t.Errorf("cause %q", in.Cause)
	}
}

// TestGold24StandaloneDotsAndAside: dots that stand as a word of their own
// ("UPSERT .. ON CONFLICT", "DO ... that") end no sentence, and an aside in
// parentheses that opens a sentence is read whole, its own sentences
// within it: "(This is all because of … It’s handy, but we had not
// thought about the counter.)" tells the cause to its end.
func TestGold24StandaloneDotsAndAside(t *testing.T) {
	got := sentences("We draw a number for every row. (This is all because of a database feature called UPSERT .. ON CONFLICT DO ... that batches writes. It is handy, but we had not thought about the counter.) Later we fixed it.")
	want := []string{"We draw a number for every row.",
		"(This is all because of a database feature called UPSERT .. ON CONFLICT DO ... that batches writes. It is handy, but we had not thought about the counter.)",
		"Later we fixed it."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
	// an ellipsis that ends a word still ends a sentence there, and so does
	// a full stop after a closed aside
	got = sentences("We waited... Then it came back (after an hour). It held.")
	if len(got) != 3 {
		t.Errorf("sentences %q, want three", got)
	}
}

// TestGold24BoldUpdateIsTheEnd: an update set in bold that is a sentence
// ("**更新，2026 年 3 月 6 日：…恢复了。**") is a paragraph, no heading, and
// when its time is the only one told and it says the service came back,
// it is the end: the start is not told.
func TestGold24BoldUpdateIsTheEnd(t *testing.T) {
	doc := "# 相册分享功能中断了好几天\n\n> 原文：<https://example.com/2026/03/04/album-share-down/>\n\n" +
		"用户发现相册的分享按钮已经消失了几天。他们无法把照片发给朋友。\n\n我们已经询问公司是否可以提供更多细节。\n\n" +
		"**更新，2026 年 3 月 6 日:相册的分享功能似乎在美国东部时间早上 4:30 左右或之后恢复了。**\n"
	in := extractString(t, "album", doc)
	if !strings.HasPrefix(in.EndedAt, "2026-03-06T04:30") || in.StartedAt != "" {
		t.Errorf("started %q ended %q, want no start and the update's time as the end", in.StartedAt, in.EndedAt)
	}
	if len(in.Timeline) != 1 || !strings.Contains(in.Timeline[0].Text, "分享功能似乎在") {
		t.Errorf("timeline %v, want the update", in.Timeline)
	}
	// a heading set in bold stays a heading
	doc = "# Sync outage\n\n**What happened**\n\nOn 2026-03-06 at 04:30 UTC sync stopped for all users. It was restored at 05:10 UTC.\n"
	in = extractString(t, "sync", doc)
	if !strings.HasPrefix(in.StartedAt, "2026-03-06T04:30") || !strings.HasPrefix(in.EndedAt, "2026-03-06T05:10") {
		t.Errorf("started %q ended %q", in.StartedAt, in.EndedAt)
	}
}

// TestGold24RestoredByTheClock: "most services were restored by 2:30
// p.m." says by when, not how: no remediation; and a summary sentence
// that tells the impact and its cause at once ("… were unavailable due to
// a stuck webhook") stays in the cause beside the factors.
func TestGold24RestoredByTheClock(t *testing.T) {
	doc := "# Queue outage\n\n## Summary\n\nThe outage began at about 9:15 a.m. on Monday and most queues were restored by 2:30 p.m., though some lagged into the evening. " +
		"Publishing to any queue outside the exempt tenants was unavailable due to a stuck admission webhook.\n\n" +
		"## Contributing Factors\n\n- The webhook had no timeout\n\n## Action Items\n\n- Give the webhook a timeout\n"
	in := extractString(t, "queues", doc)
	if strings.Contains(in.Remediation, "restored by 2:30") {
		t.Errorf("remediation %q holds when it was restored", in.Remediation)
	}
	doc = "# Queue outage\n\n## Summary\n\nPublishing to any queue outside the exempt tenants was unavailable due to a stuck admission webhook.\n\n" +
		"## Contributing Factors\n\n- The webhook had no timeout\n\n## Action Items\n\n- Give the webhook a timeout\n"
	in = extractString(t, "queues-webhook", doc)
	if !strings.Contains(in.Cause, "due to a stuck admission webhook") || !strings.Contains(in.Impact, "was unavailable") {
		t.Errorf("cause %q impact %q, want the summary's sentence in both: it names the webhook", in.Cause, in.Impact)
	}
}

// TestGold24OtherOutageOutOfImpact: a sentence of the impact that tells
// of another outage ("另一次类似规模的中断发生在 2019 年，…") is not this
// one's impact.
func TestGold24OtherOutageOutOfImpact(t *testing.T) {
	doc := "# 云笔记服务在全国范围内中断 \n\n> 原文：<https://example.com/2026/02/11/notes-down/>\n\n# 云笔记服务在全国范围内中断了\n\n" +
		"据报道，一项流行的云笔记服务, [Notely](https://example.com/) 目前正在经历[重大网络问题](https://example.com/forum)。目前，它的同步功能似乎在全国范围内都是离线的，网站也只是零星地工作。\n\n" +
		"一些用户报告说他们的服务正在恢复，但现在，似乎大多数用户无法打开或保存笔记。另一次类似规模的中断发生在 2019 年，服务保持离线近 5 个小时。\n\n" +
		"试图联系公司总部的用户收到了一条录音消息，说办公室已经关门，语音信箱很快就被填满了。\n\n" +
		"打了几个电话给客服热线，一位代表说他们知道这个问题，将在两个小时内恢复服务。更新速度很快，请保持关注。\n"
	in := extractString(t, "notes", doc)
	if !strings.Contains(in.Impact, "大多数用户无法打开或保存笔记") {
		t.Errorf("impact %q, want what users met", in.Impact)
	}
	if strings.Contains(in.Impact, "2019 年") {
		t.Errorf("impact %q holds another outage", in.Impact)
	}
}

// TestGold24LoneDayStaysStart: the one event of a notice, a day alone
// that tells it went down and is mostly back, stays the start.
func TestGold24LoneDayStaysStart(t *testing.T) {
	doc := "# 镜像站服务器宕机\n\n由于磁盘故障，镜像站服务器于 2026 年 1 月 9 日凌晨宕机，已基本恢复服务。部分同步任务仍在补齐。\n"
	in := extractString(t, "mirror", doc)
	if !strings.HasPrefix(in.StartedAt, "2026-01-09") || in.EndedAt != "" {
		t.Errorf("started %q ended %q, want the day as the start", in.StartedAt, in.EndedAt)
	}
}
