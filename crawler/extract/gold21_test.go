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
