package extract

import (
	"strings"
	"testing"
)

// TestAuthorNoteIsNoSummary: a contributed article's sponsor line and its
// author's biography under the byline tell nothing of the incident; the
// summary is the story's opening.
func TestAuthorNoteIsNoSummary(t *testing.T) {
	for _, tc := range []struct {
		name, page, story string
		notes             []string
	}{
		{"zh.md", "# 从北港云的停机中我们能学到什么\n\n> 原文：<https://example.org/what-we-learned-from-the-beigang-outage/>\n\n" +
			"林晓舟(Lin Xiaozhou)\n\n" +
			"晓舟是某可靠性咨询公司的首席布道师，他帮助团队从失败中学习，建立更稳健的系统。他还主持公司的内部演练项目。\n\n" +
			"上周三上午，北港云位于南湖的可用区开始出现网络问题，数千家网店无法下单，持续约五个小时。北港云随后解释说，问题出在一组核心交换机的固件升级上。\n\n" +
			"## 对每个人的影响\n\n这次中断提醒我们，依赖单一可用区的架构十分脆弱。\n",
			"北港云位于南湖的可用区开始出现网络问题", []string{"首席布道师"}},
		{"en.md", "# Three lessons from the Fernway payments outage\n\n" +
			"Corvid Labs sponsored this post as part of a series on incident response.\n\n" +
			"Marisol Ekwueme\n\n" +
			"Marisol Ekwueme is a principal reliability engineer at Corvid Labs, where she helps teams run game days. Before that she led the platform group at a logistics start-up.\n\n" +
			"Last Tuesday, card payments at Fernway failed for nearly three hours after a database failover left the ledger service pointing at a read-only replica.\n\n" +
			"## What happened\n\nThe failover was triggered by a storage fault on the primary.\n",
			"card payments at Fernway failed", []string{"sponsored this post", "principal reliability engineer"}},
	} {
		in, err := Extract([]byte(tc.page), tc.name, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(in.Summary, tc.story) {
			t.Errorf("%s: summary %q, want the story's opening", tc.name, in.Summary)
		}
		for _, n := range tc.notes {
			if strings.Contains(in.Summary, n) {
				t.Errorf("%s: summary %q holds the note %q", tc.name, in.Summary, n)
			}
		}
	}
}

// TestAuthorNoteForms: which paragraphs are notes about the article and
// which are the story's own.
func TestAuthorNoteForms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"This post is sponsored by Halyard Systems.", true},
		{"本文由某监控公司赞助，是事件响应系列文章之二。", true},
		{"Dara Quinlan is a staff SRE at Moorfield Bank. She writes about on-call health.", true},
		{"Tomasz is a site reliability engineer with Ostrava Cloud and a regular speaker on incident reviews.", true},
		{"欧阳岚现任某银行的系统架构师，她关注分布式系统的可用性。", true},
		{"Priya 是一位敏捷教练，帮助产品团队持续交付。她也是公司的第一位非技术事件指挥官。", true},
		// the story's own opening paragraphs
		{"Dara Quinlan is the on-call engineer who was paged at 02:14 when the queue backed up.", false},
		{"Halyard is a CDN provider. On Tuesday its edge network went down for two hours.", false},
		{"The outage was caused by a misconfigured load balancer; he said the team rolled it back.", false},
		{"运维工程师小王是第一个发现故障的人，他在凌晨两点收到告警。", false},
		{"Ostrava Cloud sponsored a hackathon last year; this year its region failed during the event.", false},
	} {
		if got := isAuthorNote(tc.text); got != tc.want {
			t.Errorf("isAuthorNote(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestASCIILowerSame: asciiLower lowers the ASCII capitals and leaves every
// other byte as it was, as a byte-wise loop does.
func TestASCIILowerSame(t *testing.T) {
	for _, s := range []string{"", "already lower", "Root Cause: DNS", "ÄÖ Ünïcode KELVIN \u212a", "北京时间 UTC+8 故障", "MIXED case 中文 ABC", "Z@[`az{"} {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if got := asciiLower(s); got != string(b) {
			t.Errorf("asciiLower(%q) = %q, want %q", s, got, b)
		}
	}
}

// TestZhFormAnchorsNotASCII: scoreLower skips the Chinese code forms on
// text of ASCII alone, which holds only if every word they search for is
// Chinese.
func TestZhFormAnchorsNotASCII(t *testing.T) {
	for _, list := range [][]string{zhInstead, zhReworks, {"而是"}, zhRoundWords, zhOmitWords} {
		for _, w := range list {
			if isASCII(w) {
				t.Errorf("%q: an ASCII word among the Chinese code forms' anchors", w)
			}
		}
	}
}
