package extract

import (
	"strings"
	"testing"
)

// A paragraph that opens by saying the company took or committed to
// several steps ("Acme has taken several steps to prevent recurrence.",
// "Acme committed to multiple improvements to its operations.", "青禾已采取
// 多项措施防止再次发生。") is the remediation: the steps are told in the
// sentences after it, though one of them names what caused the issue.
func TestStepsTakenOpenTheRemediation(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Marlow Cloud tenant deletion\n---\n\n" +
			"In early 2023, Marlow Cloud operators set up a private cluster for a customer using an internal tool. A field left empty made the tool schedule the cluster for deletion after a year.\n\n" +
			"The root cause was the internal provisioning tool, whose default for an empty field was a fixed one-year term.\n\n" +
			"The incident impacted one customer, whose cluster was deleted, leading to an outage of several days.\n\n" +
			"Marlow Cloud has taken several steps to prevent recurrence. The internal tool that caused the issue has been retired, and provisioning is now done by customers. Marlow also reviewed all existing clusters to make sure no other deployment was at risk.\n",
			"reviewed all existing clusters"},
		{"---\ntitle: Pennant Git database outage\n---\n\n" +
			"On March 3, 2021, Pennant Git was down for about ten hours after an operator removed the data directory of the primary database by mistake.\n\n" +
			"The immediate cause was an operator running a cleanup command on the primary instead of the replica. Underlying issues included backups that had been failing silently.\n\n" +
			"Pennant Git committed to multiple improvements to its operations and recovery procedures. This included removing the single point of failure, fixing the backup jobs and testing restores every week. The recovery itself involved restoring from a disk snapshot taken four hours before the deletion.\n",
			"fixing the backup jobs and testing restores"},
		{"---\ntitle: 青禾云集群误删事故\n---\n\n" +
			"2023年初，青禾云的运维人员使用内部工具为一位客户创建了私有集群，由于一个参数留空，集群被设置为一年后自动删除。\n\n" +
			"根本原因是内部工具对空参数默认使用一年期限。\n\n" +
			"青禾云已采取多项措施防止再次发生。导致问题的内部工具已经下线，集群的创建改由客户自行完成。青禾云还检查了所有现有集群，确认没有其他集群存在同样的风险。\n",
			"检查了所有现有集群"},
	} {
		in := extractString(t, "steps", c.doc)
		if !strings.Contains(in.Remediation, c.want) {
			t.Errorf("remediation %q, want %q", in.Remediation, c.want)
		}
	}
}

// What the write-up says was learned, in a paragraph that opens with it
// ("Key lessons included the importance of …", "主要的教训包括…") or in a
// sentence of another paragraph ("Quarry learned that …", "The event
// underscored the need for …"), is the lessons, when no section holds
// them.
func TestLessonsToldInProse(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Tessel Music playback outage\n---\n\n" +
			"Tessel Music had a major outage for users in Europe in May 2019, affecting playback and login.\n\n" +
			"An old desktop client retried requests to the playlist service without backoff, overwhelming it. Verbose debug logging on the edge servers made them stall on disk writes.\n\n" +
			"To restore service, engineers blocked traffic to the stalled edge servers, which made the clients back off.\n\n" +
			"Key lessons included the importance of fixing root causes quickly, the cost of verbose logging, and the need to test extreme load. Post-incident remediations included fixing the retry logic of the old client and caching the playlist data.\n",
			"the importance of fixing root causes quickly"},
		{"---\ntitle: Quarry Metrics scaling incidents\n---\n\n" +
			"During March and April, Quarry Metrics had five public incidents as ingest volume grew by half in a few weeks.\n\n" +
			"The root causes were several components reaching their limits at once: a queue broker hit a network cap, and a database instance was too small.\n\n" +
			"Remediation efforts included resizing the database and adding brokers. Quarry learned that each component scales in its own way, and that the team needs time to watch its limits.\n",
			"each component scales in its own way"},
		{"---\ntitle: Midland grid blackout\n---\n\n" +
			"The Midland blackout began on July 9, 2011, just after 3:05 p.m., affecting four provinces.\n\n" +
			"The primary cause was a software bug in the alarm system of the grid operator, which left operators unaware of failing lines.\n\n" +
			"Most areas had power back within hours. Full restoration took until July 11. The event underscored the need for investment in grid monitoring.\n",
			"the need for investment in grid monitoring"},
		{"---\ntitle: 青禾音乐播放故障\n---\n\n" +
			"2019年5月，青禾音乐在欧洲发生了一次重大故障，用户无法播放音乐和登录。\n\n" +
			"旧版桌面客户端在请求失败后不断重试，没有退避，压垮了歌单服务。\n\n" +
			"主要的教训包括：要尽快修复根本原因，过多的调试日志会拖垮服务器，需要测试极端负载。\n",
			"要尽快修复根本原因"},
	} {
		in := extractString(t, "lessons", c.doc)
		if !strings.Contains(in.Lessons, c.want) {
			t.Errorf("lessons %q, want %q", in.Lessons, c.want)
		}
	}
}

// A sentence that opens with what was done after the incident
// ("Post-incident remediations included …", "Post-mortem actions include
// …") is the remediation, also in a paragraph of lessons.
func TestPostIncidentRemediationsInLessons(t *testing.T) {
	doc := "---\ntitle: Tessel Music playback outage\n---\n\n" +
		"Tessel Music had a major outage for users in Europe in May 2019, affecting playback and login.\n\n" +
		"An old desktop client retried requests to the playlist service without backoff, overwhelming it.\n\n" +
		"To restore service, engineers blocked traffic to the stalled edge servers, which made the clients back off.\n\n" +
		"Key lessons included the importance of fixing root causes quickly and the need to test extreme load. Post-incident remediations included fixing the retry logic of the old client and caching the playlist data.\n"
	in := extractString(t, "tessel", doc)
	if !strings.Contains(in.Remediation, "fixing the retry logic of the old client") {
		t.Errorf("remediation %q", in.Remediation)
	}
}

// A paragraph that opens by saying how long the service was down for its
// users ("Kestrel Mail was unavailable for approximately 9 hours.",
// "Kestrel Mail 中断了约 9 个小时。") tells the impact, with what was lost
// after it.
func TestUnavailableForOpensTheImpact(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Kestrel Mail outage\n---\n\n" +
			"On May 4, 2022, Kestrel Mail saw its database load rise from 09:00 UTC. At 13:30 UTC an operator removed the data directory of the primary by mistake.\n\n" +
			"The immediate cause was the operator running the cleanup on the primary instead of the replica. Underlying issues included backups that had been failing silently.\n\n" +
			"Kestrel.io Mail was unavailable for approximately 9 hours. Mail sent between 07:10 and 13:30 UTC was lost, about 40,000 messages. Self-hosted Kestrel servers were not affected.\n\n" +
			"Kestrel committed to several improvements, including restore tests every week.\n",
			"Kestrel.io Mail was unavailable for approximately 9 hours"},
		{"---\ntitle: 青禾邮件中断\n---\n\n" +
			"2022年5月4日，青禾邮件的数据库负载从上午9点开始上升，13:30 运维人员误删了主库的数据目录。\n\n" +
			"根本原因是运维人员在主库而不是从库上执行了清理命令。\n\n" +
			"青禾邮件服务中断了约 9 个小时，期间发送的约四万封邮件丢失。\n",
			"青禾邮件服务中断了约 9 个小时"},
	} {
		in := extractString(t, "unavailable", c.doc)
		if !strings.Contains(in.Impact, c.want) {
			t.Errorf("impact %q, want %q", in.Impact, c.want)
		}
	}
}
