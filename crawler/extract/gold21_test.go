package extract

import (
	"strings"
	"testing"
)

// A lesson told in a clause that closes a sentence of another kind ("…,
// highlighting the importance of understanding database internals",
// "…, underscoring the need for load tests", "…，凸显了容量规划的重要性")
// is the lessons, when no section holds them.
func TestLessonsInClosingClause(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Fernway replication failure\n---\n\n" +
			"On Tuesday, May 14th, Fernway saw all database replicas stop updating, leaving stale data across the site.\n\n" +
			"The core issue was traced to a bug in the database where an ordered update was sometimes applied in a different order on the replicas.\n\n" +
			"While the site was stable again within hours, the bug had caused silent inconsistencies for weeks. The main outcome was an understanding of the replication bug, highlighting the importance of knowing database internals beyond the ORM.\n",
			"highlighting the importance of knowing database internals"},
		{"---\ntitle: Brightwater checkout outage\n---\n\n" +
			"On June 3, 2022, Brightwater checkout failed for two hours after a traffic spike.\n\n" +
			"The root cause was a connection pool that was too small for the spike.\n\n" +
			"The team enlarged the pool and added alerts on pool use. The outage came on the busiest day of the quarter, underscoring the need for load tests before each sale.\n",
			"underscoring the need for load tests"},
		{"---\ntitle: 青禾支付中断\n---\n\n" +
			"2022年6月3日，青禾支付在流量高峰时中断了两个小时。\n\n" +
			"根本原因是数据库连接池过小，无法承受流量高峰。\n\n" +
			"团队扩大了连接池，并增加了告警。这次中断发生在季度最繁忙的一天，凸显了大促前压力测试的重要性。\n",
			"凸显了大促前压力测试的重要性"},
	} {
		in := extractString(t, "clause", c.doc)
		if !strings.Contains(in.Lessons, c.want) {
			t.Errorf("lessons %q, want %q", in.Lessons, c.want)
		}
	}
}

// A paragraph that opens by naming the core defect or bug ("The core
// defect was a race condition …", "The underlying bug was …", "根本缺陷是…")
// states the cause, though a later paragraph lists broader contributing
// factors.
func TestCoreDefectOpensTheCause(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Halvard infusion pump overdoses\n---\n\n" +
			"Four infusion pump accidents occurred at Halvard hospitals in 2019. The pump moved dose checks from hardware into software.\n\n" +
			"The core defect was a race condition between the keypad handler and the motor task. If a nurse edited the rate within five seconds of confirming, the motor kept the old setting while the screen showed the new one.\n\n" +
			"Patients received doses up to ten times the prescription; two were harmed seriously.\n\n" +
			"Broader contributing factors: the vendor could not reproduce the fault, hospitals were not required to report device incidents, and the safety analysis ignored software faults entirely.\n",
			"a race condition between the keypad handler and the motor task"},
		{"---\ntitle: 青禾输液泵事故\n---\n\n" +
			"2019年，青禾医院的输液泵发生了四起事故。\n\n" +
			"根本缺陷是键盘处理程序与电机任务之间的竞态条件。护士在确认后五秒内修改速率时，电机仍保持旧的设定。\n\n" +
			"其他因素：厂商无法复现故障，医院无须上报器械事故，安全分析完全忽略了软件故障。\n",
			"键盘处理程序与电机任务之间的竞态条件"},
	} {
		in := extractString(t, "defect", c.doc)
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("cause %q, want %q", in.Cause, c.want)
		}
	}
}

// A paragraph that opens with the work planned for the longer term
// ("Long-term initiatives include …", "Planned improvements include …",
// "长期改进包括…") is the remediation.
func TestLongTermInitiativesAreRemediation(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Ravelin Code database disruptions\n---\n\n" +
			"Ravelin Code had three service interruptions in March 2021 after its primary database was overloaded.\n\n" +
			"The root cause was a connection limit on the database proxy that was far lower than intended.\n\n" +
			"In response, Ravelin raised the limit and froze deployments for a week.\n\n" +
			"Long-term initiatives include moving reads off the primary database, splitting the largest tables, and adding feature flags for faster recovery.\n",
			"moving reads off the primary database"},
		{"---\ntitle: 青禾云数据库多次中断\n---\n\n" +
			"2021年3月，青禾云数据库集群先后发生三次服务中断。\n\n" +
			"根本原因是数据库代理的连接数上限远低于预期。\n\n" +
			"长期改进包括：将读请求移出主库，拆分最大的几张表，并增加功能开关以便更快恢复。\n",
			"将读请求移出主库"},
	} {
		in := extractString(t, "longterm", c.doc)
		if !strings.Contains(in.Remediation, c.want) {
			t.Errorf("remediation %q, want %q", in.Remediation, c.want)
		}
	}
}

// A sentence that tells what happened over a range of days whose year
// follows the range ("… copied private repositories between March 4 and
// March 6, 2023", "from May 3 to May 5, 2021") is an event of the range's
// first day. (A Chinese range leads with its year, "2023 年 3 月 4 日至 6
// 日": not this form.)
func TestDayRangeIsAnEvent(t *testing.T) {
	for _, c := range []struct{ doc, at, want string }{
		{"---\ntitle: Corvid Apps security incident\n---\n\n" +
			"A security incident affecting Corvid systems began on March 3, 2023, when an attacker gained access to a build server. " +
			"The attacker then copied private source repositories between March 4 and March 6, 2023. " +
			"A partner notified Corvid of suspicious activity on March 9, 2023.\n\n" +
			"The root cause was a leaked deploy token in an archived repository.\n",
			"2023-03-04", "copied private source repositories"},
		{"---\ntitle: Tollgate Rail booking outage\n---\n\n" +
			"Tollgate Rail bookings failed for many users on April 28, 2021, after a database upgrade. " +
			"Engineers rebuilt the indexes of the booking database from May 3 to May 5, 2021, while bookings ran in a degraded mode.\n\n" +
			"The root cause was an index the upgrade left unusable.\n",
			"2021-05-03", "rebuilt the indexes"},
	} {
		in := extractString(t, "range", c.doc)
		found := false
		for _, e := range in.Timeline {
			found = found || strings.HasPrefix(e.At, c.at) && strings.Contains(e.Text, c.want)
		}
		if !found {
			t.Errorf("no event %s %q in %+v", c.at, c.want, in.Timeline)
		}
	}
}
