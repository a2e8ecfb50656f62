package extract

import (
	"strings"
	"testing"
)

// A translated repost's "> 原文：<URL>" line names where the story was
// first published: once its link is gone the label left alone is the
// page's furniture, not a line of the text.
func TestSourceLabelAloneIsFurniture(t *testing.T) {
	for _, doc := range []string{
		"# 青岚云存储再次中断\n\n> 原文：<https://example.com/2019/03/05/qinglan-outage-again/>\n\n# 青岚云存储再次中断，客户开始流失\n\n昨天的中断之后，青岚云存储今天上午再次中断，华东和华南的用户无法上传或下载文件，持续约两小时。\n\n青岚云表示，故障由一次存储集群扩容引发，目前已经回滚。\n",
		"# 青岚云存储再次中断\n\n> 原文链接：[https://example.com/2019/03/05/qinglan-outage-again/](https://example.com/2019/03/05/qinglan-outage-again/)\n\n昨天的中断之后，青岚云存储今天上午再次中断，华东和华南的用户无法上传或下载文件，持续约两小时。\n\n青岚云表示，故障由一次存储集群扩容引发，目前已经回滚。\n",
	} {
		in := extractString(t, "qinglan", doc)
		if strings.Contains(in.Text, "原文") {
			t.Errorf("text holds the source label: %q", in.Text)
		}
		if !strings.Contains(in.Text, "华东和华南的用户无法上传") {
			t.Errorf("text lost the story: %q", in.Text)
		}
	}
}

// A paragraph that opens by saying several things led to the outage
// ("Several factors contributed to the incident.", "Multiple factors
// contributed to the outage.", "多个因素共同导致了这次故障。") tells the cause,
// and wins over a front matter's one-line summary.
func TestSeveralFactorsOpenTheCause(t *testing.T) {
	for _, c := range []struct{ doc, want, not string }{
		{"---\ntitle: Quillwork build queue outage\nsummary: A release made builds fail. Rollback broke.\n---\n\n" +
			"On March 3rd, Quillwork began rolling out runner version 4.2 for hosted builds. By March 4th, jobs were being marked as errored, and a rollback to 4.1 was started.\n\n" +
			"Several factors contributed to the incident. A change in how the runner reported exit codes was not caught by the staging suite. The runner image needed for the rollback had been removed from the registry during a cleanup.\n\n" +
			"The incident caused build failures and long queues for customers on hosted runners. In response, Quillwork added alerting for image pull errors and will keep the last three runner images.\n",
			"was not caught by the staging suite", "A release made builds fail"},
		{"---\ntitle: Tallow Pay card declines\nsummary: Card payments were declined for two hours.\n---\n\n" +
			"On 12 May 2024, card payments at Tallow Pay were declined for two hours after a certificate rotation.\n\n" +
			"Multiple factors contributed to the outage: the new certificate chain lacked an intermediate, and the health check only tested the old endpoint.\n\n" +
			"We have since added a chain check to the rotation job.\n",
			"lacked an intermediate", ""},
		{"---\ntitle: 青禾支付故障\nsummary: 支付服务中断两小时。\n---\n\n" +
			"2024年5月12日，青禾支付的银行卡支付在证书轮换后中断了两个小时。\n\n" +
			"多个因素共同导致了这次故障：新的证书链缺少中间证书，而健康检查只检测旧的接口。\n\n" +
			"我们已经在轮换任务中加入了证书链检查。\n",
			"新的证书链缺少中间证书", ""},
	} {
		in := extractString(t, "factors", c.doc)
		if !strings.Contains(in.Cause, c.want) || c.not != "" && strings.Contains(in.Cause, c.not) {
			t.Errorf("cause %q, want %q", in.Cause, c.want)
		}
	}
}

// Front matter that writes the outage's wall clock as UTC ("start_time:
// 2024-03-05T22:10:00Z") over a text that gives the same clock in its zone
// ("at 22:10 US/Pacific") starts it in the text's zone: the length is
// not the eight hours between the two readings.
func TestFrontMatterWallClockTakesTheTextZone(t *testing.T) {
	doc := "---\ntitle: Larkspur Queue elevated errors in US region\nstart_time: 2024-03-05T22:10:00Z\nend_time: 2024-03-06T01:40:00Z\n---\n\n" +
		"On March 5, 2024, at 22:10 US/Pacific, Larkspur Queue returned elevated errors in the US region, affecting customers for about three and a half hours until 01:40 US/Pacific on March 6.\n\n" +
		"The incident was triggered by a surge of publish traffic combined with a lock ordering bug in the broker.\n\n" +
		"Larkspur engineers were alerted at 22:24 US/Pacific and began investigation. The fix involved restarting the stuck brokers, which commenced between 00:50 and 01:40 US/Pacific on March 6, leading to full mitigation by 01:40 US/Pacific.\n"
	in := extractString(t, "larkspur", doc)
	if !strings.HasPrefix(in.StartedAt, "2024-03-05T22:10:00-08:00") || in.DurationMinutes != 210 {
		t.Errorf("started %s ended %s, %d minutes; want 2024-03-05T22:10:00-08:00, 210", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
}

// What users met told with "observed" or "encountered" ("Customers using
// the Ingest API in the EU region observed increased levels of connection
// failures.") is the impact, as "saw" and "experienced" were.
func TestUsersObservedIsTheImpact(t *testing.T) {
	doc := "---\ntitle: Fernway Ingest API elevated errors\n---\n\n" +
		"On April 2, 2024, at 09:10 UTC, the Fernway Ingest API returned elevated error rates in the EU region for about two hours, until 11:05 UTC.\n\n" +
		"The incident was triggered by a surge of batch uploads combined with a bug in the connection pool that left workers waiting on each other.\n\n" +
		"Customers using the Ingest API in the EU region observed increased levels of connection failures. Additionally, customers of the Export API may have experienced slower downloads.\n\n" +
		"Fernway engineers were alerted at 09:18 UTC. To prevent recurrence, Fernway has fixed the connection pool bug and added per-tenant upload limits.\n"
	in := extractString(t, "fernway", doc)
	if !strings.Contains(in.Impact, "observed increased levels of connection failures") {
		t.Errorf("impact %q", in.Impact)
	}
}
