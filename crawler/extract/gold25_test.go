package extract

import (
	"strings"
	"testing"
)

// Forms found by reading the failures of extract-own-25's tuning half,
// tested on our own text.

// TestGold25StillDownIsImpact: "移动客户端仍然处于关闭状态" (the app is still
// down) in an update tells what users still meet: the impact.
func TestGold25StillDownIsImpact(t *testing.T) {
	doc := "# Pellucid 相册服务中断\n\n> 原文：<https://example.com/2026/02/03/pellucid-down/>\n\n" +
		"相册服务 Pellucid 今天下午出现大面积故障，许多用户在社交网络上抱怨。\n\n" +
		"**更新:**网页版已经恢复。不过，移动客户端仍然处于关闭状态。我们会继续关注。\n"
	in := extractString(t, "pellucid", doc)
	if !strings.Contains(in.Impact, "移动客户端仍然处于关闭状态") {
		t.Errorf("impact %q, want the app still down", in.Impact)
	}
}

// TestGold25EarlierOutageCauseDropped: a report of an outage that came
// again ("Lumaro 再次关闭") gives the paragraph that tells why last week's
// outage happened ("上周的中断是由 DDOS 攻击引起的") no place in this one's
// cause; the company's naming of this one ("Lumaro 称这是一次“攻击”") is.
func TestGold25EarlierOutageCauseDropped(t *testing.T) {
	doc := "# 又是一次 Lumaro 宕机\n\n> 原文：<https://example.com/2026/02/10/lumaro-down-again/>\n\n# 又是一次 Lumaro 宕机\n\n" +
		"就在用户从上周的多日中断中缓过来的时候，Lumaro 再次关闭。\n\n" +
		"上周的中断是由 DDOS 攻击引起的，从周二上午开始，持续了两天。即使 Lumaro 主站恢复正常，合作方的插件也仍然无法使用。\n\n" +
		"**更新:**又回来了！不过，第三方插件仍然处于关闭状态。它们总是首当其冲。Lumaro 称这是一次“攻击”——*“更新(12:17p):我们正在分析流量数据，以确定这次攻击的来源。”*\n"
	in := extractString(t, "lumaro", doc)
	if strings.Contains(in.Cause, "上周的中断") {
		t.Errorf("cause %q holds last week's outage", in.Cause)
	}
	if !strings.Contains(in.Cause, "Lumaro 称这是一次“攻击”") {
		t.Errorf("cause %q, want the company's naming of this one", in.Cause)
	}
	if strings.Contains(in.Impact, "称这是") {
		t.Errorf("impact %q holds the cause's naming too", in.Impact)
	}
}

// TestGold25EarlierOutageCauseKept: without a word that the outage came
// again, "上周的中断" is the one written up (a review published a week
// later): its cause stays.
func TestGold25EarlierOutageCauseKept(t *testing.T) {
	doc := "# Lumaro 故障复盘\n\n上周二 Lumaro 主站中断了两个小时。\n\n" +
		"上周的中断是由 DDOS 攻击引起的，攻击流量峰值达到平时的四十倍。\n\n我们将引入新的流量清洗服务。\n"
	in := extractString(t, "lumaro-review", doc)
	if !strings.Contains(in.Cause, "上周的中断是由 DDOS 攻击引起的") {
		t.Errorf("cause %q, want the review's cause", in.Cause)
	}
}

// TestGold25ClaimNamesIt: a news brief whose only why is what the company
// calls it ("Quillon 表示这是一次硬件故障") takes that sentence, whole, as the
// cause.
func TestGold25ClaimNamesIt(t *testing.T) {
	doc := "# Quillon 邮箱宕机\n\n> 原文：<https://example.com/2026/03/01/quillon-mail-down/>\n\n" +
		"Quillon 的邮箱服务今天上午停止响应，用户无法收发邮件。\n\n" +
		"Quillon 表示这是一次存储硬件故障，工程师正在更换出问题的磁盘阵列。\n"
	in := extractString(t, "quillon", doc)
	if !strings.Contains(in.Cause, "Quillon 表示这是一次存储硬件故障") {
		t.Errorf("cause %q, want the company's naming, whole", in.Cause)
	}
	if strings.Contains(in.Impact, "表示这是") {
		t.Errorf("impact %q holds the cause's naming too", in.Impact)
	}
}

// TestGold25MainProblemPointsBack: "这是我们遇到的主要问题" names the sentence
// before it as the main problem: with no other cause told, that sentence is
// the cause.
func TestGold25MainProblemPointsBack(t *testing.T) {
	doc := "# 复盘：Tessaly 为什么关门\n\n> 原文：<https://example.com/2026/04/02/tessaly-post-mortem/>\n\n" +
		"本着开放的精神，我写下这篇关于我们在 Tessaly 做错了什么的文章。\n\n" +
		"即使产品做得不错，我们也始终招不到足够多的付费商户。这是我们遇到的主要问题，最终没能克服。\n\n" +
		"我们尝试过降价，也尝试过和渠道合作，但都来得太晚。\n"
	in := extractString(t, "tessaly", doc)
	if !strings.Contains(in.Cause, "我们也始终招不到足够多的付费商户") {
		t.Errorf("cause %q, want the sentence named the main problem", in.Cause)
	}
}

// TestGold25FounderNamesOrg: a Chinese founder's post whose title names no
// company ("剖析失败：经验教训") is about the company it says its writer
// founded ("他是 Tessaly 的创始人") and names again; a company named once
// beside a founder is no such subject.
func TestGold25FounderNamesOrg(t *testing.T) {
	doc := "# 剖析失败：经验教训\n\n> 原文：<https://example.com/2026/04/02/lessons/>\n\n" +
		"*这篇文章由特约撰稿人周以宁撰写，他是 Tessaly 的创始人，这是一个上个月关门的本地商户平台。*\n\n" +
		"本着开放的精神，我写下这篇关于我们在 Tessaly 做错了什么的文章。\n\n" +
		"Tessaly 的商户增长一直很慢，我们尝试过降价，也尝试过和渠道合作。\n"
	in := extractString(t, "tessaly-lessons", doc)
	if in.Org != "Tessaly" {
		t.Errorf("org %q, want Tessaly", in.Org)
	}
	once := "# 剖析失败：经验教训\n\n> 原文：<https://example.com/2026/04/03/lessons/>\n\n" +
		"*这篇文章由周以宁撰写，他是 Brackwell 的创始人。*\n\n本着开放的精神，我写下这篇关于创业失败的文章。\n"
	if in := extractString(t, "brackwell-lessons", once); in.Org == "Brackwell" {
		t.Errorf("org %q from one naming", in.Org)
	}
}
