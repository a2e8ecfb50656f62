package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTableRowOpeningWithNumber: a timeline table's row whose event opens
// with a number ("2nd attempt …", "429 errors climb", "3 nodes back")
// is an event at the row's time, in both languages; a clock glued to more
// digits ("16:325289") stays no time.
func TestTableRowOpeningWithNumber(t *testing.T) {
	doc := "# Payments API unavailable after a node pool rollover\n\n## Timeline\n\nAll times in UTC.\n\n" +
		"| Time | Event |\n| --- | --- |\n" +
		"| 2025-06-03 14:02 | Node pool rollover started |\n" +
		"| 2025-06-03 14:09 | 502 responses begin on the payments API |\n" +
		"| 2025-06-03 14:15 | 2nd rollover attempt started by the on-call engineer |\n" +
		"| 2025-06-03 14:31 | 3 healthy nodes join the pool, errors stop |\n"
	in := extractString(t, "rollover.md", doc)
	want := map[string]string{
		"2025-06-03T14:09:00Z": "502 responses begin",
		"2025-06-03T14:15:00Z": "2nd rollover attempt",
		"2025-06-03T14:31:00Z": "3 healthy nodes",
	}
	for _, e := range in.Timeline {
		if w, ok := want[e.At]; ok && strings.HasPrefix(e.Text, w) {
			delete(want, e.At)
		}
	}
	for at, w := range want {
		t.Errorf("no event %q at %s; timeline %+v", w, at, in.Timeline)
	}
	if in.StartedAt != "2025-06-03T14:09:00Z" && in.StartedAt != "2025-06-03T14:02:00Z" {
		t.Errorf("started %q", in.StartedAt)
	}

	zh := "# 开放平台接口大量返回 429 的故障说明\n\n## 时间线\n\n" +
		"| 时间 | 事件 |\n| --- | --- |\n" +
		"| 2025-09-21 20:05 | 429错误率开始上升 |\n" +
		"| 2025-09-21 20:47 | 定位到限流配置变更 |\n" +
		"| 2025-09-21 21:10 | 回滚配置，调用恢复正常 |\n"
	in = extractString(t, "limit.md", zh)
	found := false
	for _, e := range in.Timeline {
		if strings.HasPrefix(e.Text, "429错误率") && strings.HasPrefix(e.At, "2025-09-21T20:05:00") {
			found = true
		}
	}
	if !found {
		t.Errorf("no 429 event at 20:05; timeline %+v", in.Timeline)
	}

	for _, s := range []string{"16:325289", "2025-06-03 14:0912"} {
		if st, _, ok := parseStamp(s, "en"); ok && st.min == 32 || ok && st.min == 9 {
			t.Errorf("parseStamp(%q) read a time %+v", s, st)
		}
	}
}

// TestStatedLengthWithinSpan: a postmortem template's length field
// ("Time to recovery: 15 minutes") worked out from two of the timeline's
// own rows, when the timeline also holds the maintenance that came before
// and the permanent fix long after: the incident ran between those two
// rows. A length told in prose ("delays of up to 40 minutes") moves
// nothing.
func TestStatedLengthWithinSpan(t *testing.T) {
	doc := func(length string) string {
		return "# Load balancer lost its targets during maintenance\n\n## Summary\n\nA maintenance change to the scaling groups removed the instances from the load balancer and no traffic reached the shop.\n\n" +
			"## Timeline\n\nAll times in UTC.\n\n" +
			"- 2024-05-14 09:00 Maintenance window for the scaling groups started\n" +
			"- 2024-05-14 10:20 Scaling group change applied and the balancer's instance attachments removed\n" +
			"- 2024-05-14 10:26 Alert fires for 5XX responses on the balancer\n" +
			"- 2024-05-14 10:35 Issue mitigated by attaching the instances by hand\n" +
			"- 2024-05-14 11:40 Issue resolved and permanently fixed in the scaling module\n\n" +
			length
	}
	in := extractString(t, "lb.md", doc("## Stats\n\n- Time to detection: 6 minutes\n- Time to recovery: 15 minutes\n"))
	if in.StartedAt != "2024-05-14T10:20:00Z" || in.EndedAt != "2024-05-14T10:35:00Z" || in.DurationMinutes != 15 {
		t.Errorf("field: started %q ended %q duration %d, want 10:20–10:35, 15", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	in = extractString(t, "lb.md", doc("Some orders waited in the queue with delays of up to 15 minutes.\n"))
	if in.StartedAt != "2024-05-14T09:00:00Z" {
		t.Errorf("prose: started %q, want the timeline's own start", in.StartedAt)
	}
	for _, c := range []struct {
		s    string
		want int
	}{
		{"- Time to recovery: 15 minutes", 15},
		{"**Duration**: 1h 50m", 110},
		{"Time to resolve | 85 minutes", 85},
		{"the outage's duration was about an hour", 0},
	} {
		if got, _ := labelledLength(c.s); got != c.want {
			t.Errorf("labelledLength(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestOutageEndsRow: "Outage ends", "Impact has ended", "downtime is
// over" close an incident as "Incident closed" does, so the length the
// summary states finds its end row; a template's length field worked out
// to the minute names its end row even when that row tells only the fix
// ("Manual fix applied"), never a row that tells of trouble reported.
func TestOutageEndsRow(t *testing.T) {
	for _, s := range []string{"Service confirmed working. Outage ends", "Impact has ended for all regions", "The downtime is over", "Incident closed"} {
		if !resolvedNow(s) {
			t.Errorf("resolvedNow(%q) = false", s)
		}
	}
	if resolvedNow("Outage begins as the deploy rolls out") {
		t.Error("an outage's beginning read as its end")
	}
	doc := "# Build queue stalled after a controller upgrade\n\n## Summary\n\nA controller upgrade put job pods into the wrong namespace. This resulted in a 40 minute period during which no job could start.\n\n" +
		"## Timeline (all times UTC)\n\n" +
		"- 2024-09-10 15:00 Controller upgrade merged and deployed. Outage begins\n" +
		"- 2024-09-10 15:12 On-call notices jobs stuck in initialisation\n" +
		"- 2024-09-10 15:31 Upgrade rolled back by hand\n" +
		"- 2024-09-10 15:40 Jobs confirmed to start again. Outage ends\n" +
		"- 2024-09-10 18:05 Namespace typo found and fixed upstream\n"
	in := extractString(t, "queue.md", doc)
	if in.EndedAt != "2024-09-10T15:40:00Z" || in.DurationMinutes != 40 {
		t.Errorf("outage ends: ended %q duration %d, want 15:40, 40", in.EndedAt, in.DurationMinutes)
	}

	field := func(second string) string {
		return "# Log shipping stopped after a driver roll-out\n\n" +
			"| Time | Event |\n| --- | --- |\n" +
			"| 2024-03-05 11:25 | A new storage driver was rolled out with a namespace change |\n" +
			second +
			"| 2024-03-06 11:20 | Manual fix applied |\n" +
			"| 2024-03-06 15:26 | Long-term fix applied through the pipeline |\n\n" +
			"## Stats\n\n- Time to detection: 1415 minutes\n- Time to recovery: 1435 minutes\n"
	}
	in = extractString(t, "logs.md", field("| 2024-03-06 11:00 | A developer tells us logs are missing |\n"))
	if in.EndedAt != "2024-03-06T11:20:00Z" || in.DurationMinutes != 1435 {
		t.Errorf("field: ended %q duration %d, want 11:20 next day, 1435", in.EndedAt, in.DurationMinutes)
	}
	in = extractString(t, "logs.md", strings.Replace(field(""), "| 2024-03-06 11:20 | Manual fix applied |", "| 2024-03-06 11:20 | Users report that they have issues with the log search |", 1))
	if in.EndedAt == "2024-03-06T11:20:00Z" {
		t.Errorf("a row that reports trouble taken as the end")
	}
}

// TestOpenQuestionNamesNoPattern: a news story that asks whether an
// outage was part of a wave of attacks ("no word yet on whether …",
// 目前还没有消息表明这是否是…黑客攻击) tags no security pattern; a check
// that was skipped ("did not check whether the disk was full") still
// tells its failure.
func TestOpenQuestionNamesNoPattern(t *testing.T) {
	en := "# Streamflix website and streaming down for three hours\n\n" +
		"Streamflix's website and its streaming service have been unreachable for about three hours, and users are complaining on social media.\n\n" +
		"Reports of the site failing started at 5:23 p.m. Pacific. There is no word yet on whether this is part of the recent wave of hacker attacks on game and media services.\n"
	zh := "# 某视频网站和流媒体服务中断三小时\n\n" +
		"用户已经有大约三个小时无法访问该网站或流媒体功能，并在社交网络上抱怨。\n\n" +
		"从太平洋时间下午 5:23 开始，无法访问该网站的报告就不断出现。目前还没有消息表明这是否是最近游戏和媒体服务遭受黑客攻击的一部分。\n"
	for name, doc := range map[string]string{"en.md": en, "zh.md": zh} {
		in := extractString(t, name, doc)
		if slices.Contains(in.Patterns, "security") {
			t.Errorf("%s: an open question tagged security: %v", name, in.Patterns)
		}
	}
	in := extractString(t, "disk.md", "# Uploads failed after the volume filled\n\n## Root cause\n\nThe cleanup job did not check whether the disk was full before it wrote its archive, and the volume ran out of space.\n")
	if !slices.Contains(in.Patterns, "capacity") {
		t.Errorf("a skipped check lost its failure: %v", in.Patterns)
	}
}

// TestSignOffStampIsNoEnd: a notice signed off with its team's name and a
// stamp alone ("青柳开源社 / 2024-03-09 02:15:40") was written while the
// outage went on ("恢复时间有待进一步查明"): the stamp is no end, and no
// length of half an hour follows from it.
func TestSignOffStampIsNoEnd(t *testing.T) {
	doc := "---\ntitle: 服务器宕机通知\ndate: \"2024-03-09 02:15:40 +0800\"\n---\n\n" +
		"今天早些时候（2024-03-09 01:40 左右），由于虚拟机宿主机 2 号节点的磁盘故障，镜像站与统一认证在内的部分服务器宕机，进而导致一部分服务不能正常提供。\n\n" +
		"以下服务因为此事件暂时不能正常运行，正在抢修中：\n\n- 代码托管平台\n- 统一认证\n\n" +
		"受影响服务的恢复时间有待我们进一步查明事件原因后给出，给您带来的不便敬请谅解！\n\n青柳开源社\n\n2024-03-09 02:15:40\n"
	in := extractString(t, "notice.md", doc)
	if in.StartedAt != "2024-03-09T01:40:00+08:00" {
		t.Errorf("started %q", in.StartedAt)
	}
	if in.EndedAt != "" || in.DurationMinutes == 35 {
		t.Errorf("ended %q, duration %d: the sign-off stamp taken as the end", in.EndedAt, in.DurationMinutes)
	}
}
