package extract

import (
	"strings"
	"testing"
)

// A write-up published years after what it tells, in prose without clock
// times, whose front matter gives the incident's day: the sentence that
// names that day is an event of it, though the day lies far from the
// publication (a history otherwise).
func TestProseDayOfFrontMatterStart(t *testing.T) {
	doc := "---\ntitle: Corvane 3 maiden flight failure\nstart_time: 2001-09-12T00:00:00Z\nend_time: 2001-09-12T00:01:00Z\n" +
		"company: Corvane Aerospace\nsource_published_at: 2009-05-02T10:00:00Z\n---\n\n" +
		"The Corvane 3 maiden flight failed on September 12, 2001, forty seconds after lift-off.\n\n" +
		"The guidance software reused from the Corvane 2 converted a large velocity value into a small integer, which overflowed.\n\n" +
		"The vehicle and its two weather satellites were lost.\n"
	in := extractString(t, "corvane", doc)
	found := false
	for _, ev := range in.Timeline {
		found = found || strings.HasPrefix(ev.At, "2001-09-12") && strings.Contains(ev.Text, "maiden flight failed")
	}
	if !found {
		t.Errorf("timeline %+v, want the maiden flight's failure on 2001-09-12", in.Timeline)
	}
}

// A sentence that says what the incident showed of the risks or dangers
// of a practice ("The incident highlighted the risks of reusing code
// unchanged", "这次事故凸显了…的风险") is the lessons, when no section
// holds them.
func TestIncidentHighlightedTheRisks(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Corvane 3 maiden flight failure\n---\n\n" +
			"The Corvane 3 maiden flight failed on September 12, 2001, forty seconds after lift-off.\n\n" +
			"The guidance software reused from the Corvane 2 converted a large velocity value into a small integer, which overflowed.\n\n" +
			"The incident highlighted the risks of reusing flight software without testing it under the new flight profile. It also led to a review of every reused module.\n",
			"highlighted the risks of reusing flight software"},
		{"---\ntitle: Larchmont payments outage\n---\n\n" +
			"On March 3, 2022, Larchmont payments were down for four hours after its only region lost power.\n\n" +
			"The root cause was a power failure in the data centre that hosted every payment server.\n\n" +
			"The outage underscored the dangers of running a payment system in a single region.\n",
			"underscored the dangers of running a payment system in a single region"},
		{"---\ntitle: 青禾支付中断\n---\n\n" +
			"2022年3月3日，青禾支付因唯一的机房断电中断了四个小时。\n\n" +
			"根本原因是机房供电故障，所有支付服务器都部署在该机房。\n\n" +
			"这次事故凸显了单一机房部署支付系统的风险。\n",
			"凸显了单一机房部署支付系统的风险"},
	} {
		in := extractString(t, "risks", c.doc)
		if !strings.Contains(in.Lessons, c.want) {
			t.Errorf("lessons %q, want %q", in.Lessons, c.want)
		}
	}
}

// A paragraph that opens by naming a design flaw or defect ("A critical
// design flaw was …", "Another flaw was …", "一个关键的设计缺陷是…") states
// the cause, after a paragraph that told the failure's mechanism.
func TestDesignFlawOpensTheCause(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Corvane 3 maiden flight failure\n---\n\n" +
			"The Corvane 3 maiden flight failed on September 12, 2001, forty seconds after lift-off, and the vehicle was lost.\n\n" +
			"The failure stemmed from guidance software reused from the Corvane 2, which converted a large velocity value into a small integer.\n\n" +
			"A critical design flaw was the removal of the overflow check for this conversion, done to save processor time. Tests of the reused module never used the new flight profile.\n\n" +
			"The agency later adopted static analysis for all flight code.\n",
			"the removal of the overflow check for this conversion"},
		{"---\ntitle: Halvard badge readers lockout\n---\n\n" +
			"On May 9, 2023, every Halvard badge reader refused all badges for three hours.\n\n" +
			"The outage was caused by a certificate renewal that the readers could not parse.\n\n" +
			"Another flaw was that the readers had no fallback list of badges when the server was unreachable.\n\n" +
			"Halvard now renews certificates in a test building first.\n",
			"the readers had no fallback list of badges"},
		{"---\ntitle: 青禾火箭首飞失败\n---\n\n" +
			"2001年9月12日，青禾三号火箭首飞在起飞四十秒后失败。\n\n" +
			"故障源于沿用的制导软件把一个很大的速度值转换为短整数时溢出。\n\n" +
			"一个关键的设计缺陷是为了节省处理器时间而去掉了这次转换的溢出检查。\n\n" +
			"此后所有飞行软件都采用了静态分析。\n",
			"去掉了这次转换的溢出检查"},
	} {
		in := extractString(t, "flaw", c.doc)
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("cause %q, want %q", in.Cause, c.want)
		}
	}
}

// A resolution that quotes what the root cause was ("The provider say,
// \"The root cause was a latent race condition …\"", "厂商表示，根本原因是…")
// names the cause: the sentence is the cause's, not the remediation's.
func TestRootCauseToldInResolution(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Incident on 2023-04-02 - Slow responses for some ingress traffic\n---\n\n" +
			"# Incident on 2023-04-02 - Slow responses for some ingress traffic\n\n" +
			"- **Key events**\n  - First detected 2023-04-02 09:10\n  - Resolved 2023-04-02 12:40\n\n" +
			"- **Impact**: Slow responses for a third of ingress traffic\n\n" +
			"- **Context**:\n  - One of three load balancer nodes was answering slowly after a provider incident.\n\n" +
			"- **Resolution**:\n  - The provider restarted its health checkers. The provider say, \"The root cause was a latent race condition in the health checking fleet that left one zone without health checks\".\n\n" +
			"- **Review actions**:\n  - Ask the provider for alerts on health checker failures.\n",
			"The root cause was a latent race condition in the health checking fleet"},
		{"---\ntitle: 青禾云负载均衡响应缓慢\n---\n\n" +
			"## 概述\n\n2023年4月2日 09:10 起，三分之一的入口流量响应缓慢。\n\n" +
			"## 影响\n\n三分之一的入口流量响应缓慢。\n\n" +
			"## 解决方案\n\n厂商重启了健康检查服务。厂商表示，根本原因是健康检查集群中潜在的竞态条件，导致一个可用区没有健康检查。\n\n" +
			"## 改进措施\n\n请厂商为健康检查故障提供告警。\n",
			"根本原因是健康检查集群中潜在的竞态条件"},
	} {
		in := extractString(t, "resolution", c.doc)
		if !strings.Contains(in.Cause, c.want) || strings.Contains(in.Remediation, c.want) {
			t.Errorf("cause %q, remediation %q, want %q in the cause alone", in.Cause, in.Remediation, c.want)
		}
	}
}
