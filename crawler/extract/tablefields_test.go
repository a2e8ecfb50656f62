package extract

import (
	"strings"
	"testing"
)

// TestTableFieldRows: a report laid out as a two-column table (a field's
// name in the first cell, its text in the second) gives each field to
// its section, in Markdown and in HTML, in Chinese and in English; rows
// of a time table and short fields stay rows.
func TestTableFieldRows(t *testing.T) {
	md := "# 【事故报告】西南1 云硬盘部分实例挂载超时\n\n" +
		"| 项目 | 内容 |\n|---|---|\n" +
		"| 发生时间 | 2025年9月3日 10:40 至 11:25（北京时间） |\n" +
		"| 影响范围 | 西南1 地域约 12% 的云硬盘挂载请求超时，已挂载的磁盘读写不受影响 |\n" +
		"| 故障原因 | 块存储调度服务升级后，新版本在处理跨机柜副本时出现死锁，挂载请求堆积直至超时 |\n" +
		"| 处理过程 | 10:46 告警触发；11:02 确认与升级相关；11:10 回滚调度服务；11:25 挂载恢复正常 |\n" +
		"| 改进措施 | 调度服务升级改为灰度发布，并补充跨机柜副本场景的测试 |\n"
	in, err := Extract([]byte(md), "/tmp/tablefields/baogao.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "死锁") || strings.Contains(in.Cause, "|") || strings.Contains(in.Cause, "故障原因") {
		t.Errorf("cause %q", in.Cause)
	}
	if !strings.Contains(in.Remediation, "灰度发布") || !strings.Contains(in.Impact, "12%") {
		t.Errorf("remediation %q impact %q", in.Remediation, in.Impact)
	}
	if len(in.Timeline) < 4 {
		t.Errorf("timeline %d events: %+v", len(in.Timeline), in.Timeline)
	}

	page := `<html><body><h1>Incident report: Ledger API errors in sa-east-2</h1>
<table>
<tr><th>Start</th><td>2025-10-14 16:05 UTC</td></tr>
<tr><th>Status</th><td>Resolved</td></tr>
<tr><th>Root cause</th><td>A cache node was replaced with one that had half the memory of the others, and evictions sent most reads to the ledger database.</td></tr>
<tr><th>Impact</th><td>About a fifth of balance lookups failed with 503 errors for forty minutes.</td></tr>
</table>
<table><tr><th>Time</th><th>Event</th></tr><tr><td>16:05</td><td>Errors begin</td></tr><tr><td>16:45</td><td>Cache node replaced; errors stop</td></tr></table>
</body></html>`
	in, err = Extract([]byte(page), "/tmp/tablefields/report.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "half the memory") || strings.Contains(in.Cause, "Root cause") {
		t.Errorf("cause %q", in.Cause)
	}
	if !strings.Contains(in.Impact, "balance lookups") {
		t.Errorf("impact %q", in.Impact)
	}
	if len(in.Timeline) < 2 {
		t.Errorf("timeline %d events: %+v", len(in.Timeline), in.Timeline)
	}

	for _, cells := range [][]string{{"16:05", "Errors begin on the ledger API"}, {"Status", "Resolved"}, {"Root cause", "see below"}, {"a", "b", "c"}} {
		if b := tableRow(cells); b.kind != kindRow {
			t.Errorf("%q read as a field %q", cells, b.label)
		}
	}
}

// TestRangeInTableRowWithoutEvents: a range stated in a table's row ("|
// 发生时间 | 10:40 至 11:25 |") with no timeline event read gives the
// start and end and no crash (it used to index an empty timeline).
func TestRangeInTableRowWithoutEvents(t *testing.T) {
	md := "# 西南1 云硬盘部分实例挂载超时\n\n" +
		"| 项目 | 内容 |\n|---|---|\n" +
		"| 发生时间 | 2025年9月3日 10:40 至 11:25（北京时间） |\n" +
		"| 备注 | 10:46 告警触发；11:02 确认与升级相关；11:10 回滚调度服务；11:25 挂载恢复正常 |\n"
	in, err := Extract([]byte(md), "/tmp/tablefields/range.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-09-03T10:40:00+08:00" {
		t.Errorf("started %q ended %q", in.StartedAt, in.EndedAt)
	}
}
