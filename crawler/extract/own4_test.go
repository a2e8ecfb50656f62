package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// Forms met in extract-own-4's documents, each in our own fictional text.

// A wiki's field of days, with the year in parentheses before a date
// written without one ("时间：（2019 年）3 月 2 日至 9 日"), states the days
// the incident began and ended; the year dates the list's yearless days.
func TestDayFieldWithYearInParentheses(t *testing.T) {
	doc := "---\n---\n\n# 虚构镜像站系统升级失误\n\n" +
		"- 时间：（2019 年）3 月 2 日至 9 日\n- 性质：人为操作失误\n- 影响：\n  - 镜像站 web 服务中断\n\n" +
		"## 经过\n\n- 3 月 1 日晚，管理员提出升级系统；\n\n" +
		"3 月 6 日，进入机房之后，重启进入恢复模式。\n"
	in := extractString(t, "mirror.md", doc)
	if in.StartedAt != "2019-03-02T00:00:00+08:00" || in.EndedAt != "2019-03-09T00:00:00+08:00" || in.DurationMinutes != 7*24*60 {
		t.Errorf("start %q end %q, %d min", in.StartedAt, in.EndedAt, in.DurationMinutes)
	}
	days := map[string]bool{}
	for _, ev := range in.Timeline {
		if len(ev.At) >= 10 {
			days[ev.At[:10]] = true
		}
	}
	if !days["2019-03-01"] || !days["2019-03-06"] {
		t.Errorf("yearless days not dated by the field's year: %+v", in.Timeline)
	}
	// a field with a clock time is fieldSpan's, a 日期 field the write-up's own
	for _, line := range []string{"日期：2019 年 3 月 2 日至 9 日", "时间：2019 年 3 月 2 日 10:00"} {
		tb := newTimelineBuilder("zh", "", line)
		if s, _ := tb.dayField(line); !s.IsZero() {
			t.Errorf("%q read as a field of days: %v", line, s)
		}
	}
	tb := newTimelineBuilder("zh", "", "")
	if s, e := tb.dayField("时间：2019年3月30日至4月2日"); !strings.HasPrefix(s.String(), "2019-03-30") || !strings.HasPrefix(e.String(), "2019-04-02") {
		t.Errorf("range across months: %v – %v", s, e)
	}
}

// An English write-up with no date of its own that names its month and
// year once ("in March 2024") dates the days it names without a year
// after it, and a sentence's "By March 9, …" is an event like "On …".
func TestProseDaysTakeTheProseYear(t *testing.T) {
	doc := "# Fernhill Linux download page defaced\n\n" +
		"The Fernhill Linux download page was defaced for a few days in March 2024, linking to a fake installer. " +
		"The defacement was first reported on March 5, leading to the page being taken offline.\n\n" +
		"The attacker guessed the password of an unused editor account.\n\n" +
		"By March 9, the fake installer had been removed and the page restored.\n\n" +
		"On April 2, the team confirmed every editor account uses two-factor login.\n"
	in := extractString(t, "fernhill.md", doc)
	want := map[string]string{"2024-03-05": "first reported", "2024-03-09": "installer had been removed", "2024-04-02": "two-factor"}
	for _, ev := range in.Timeline {
		if len(ev.At) >= 10 && strings.Contains(ev.Text, want[ev.At[:10]]) {
			delete(want, ev.At[:10])
		}
	}
	for day, phrase := range want {
		t.Errorf("no event on %s with %q; timeline %+v", day, phrase, in.Timeline)
	}
}

// A write-up told in plain paragraphs opens its fixes in ways beyond
// "To prevent …": "As a long-term remediation, …", "Further actions
// included …", "Acme's response began …", "Acme implemented additional
// … measures", "Acme is addressing these issues by …".
func TestRemediationLeadsOfPlainParagraphs(t *testing.T) {
	for _, tc := range []struct{ fix, para string }{
		{"move the site to a static generator", "As a long-term remediation, the Bramble team decided to move the site to a static generator."},
		{"rotate their signing keys", "Further actions included asking all Bramble maintainers to rotate their signing keys."},
		{"revoke every deploy key", "Bramble's response began on June 3rd, starting with pausing all builds. They started to revoke every deploy key."},
		{"stricter access reviews", "Bramble implemented additional security measures, including stricter access reviews and hardware keys."},
	} {
		doc := "# Bramble CI credentials exposed\n\n" +
			"On June 2, 2024, a Bramble CI build agent was found to be leaking deploy keys into public logs.\n\n" +
			"The leak came from a debug flag left on in the agent's image, which printed its environment.\n\n" +
			tc.para + "\n"
		in := extractString(t, "bramble.md", doc)
		if !strings.Contains(in.Remediation, tc.fix) {
			t.Errorf("%q: remediation %q", tc.para, in.Remediation)
		}
	}
	doc := "# Bramble Git slowdowns in June\n\n" +
		"On June 4, 2024, Bramble Git pushes slowed down after a storage change.\n\n" +
		"On June 6, 2024, a replica fell behind and reads timed out.\n\n" +
		"Bramble is addressing these issues by adding replica lag alerts and reviewing storage changes.\n"
	if in := extractString(t, "bramble2.md", doc); !strings.Contains(in.Remediation, "replica lag alerts") {
		t.Errorf("remediation %q", in.Remediation)
	}
}

// A day's heading that tells its event ("### 3月4日 - 后门被移除；…") over
// lines that open with a clock time is an event of its own, and the lines
// are that day's events, not the heading's description.
func TestDayHeadingOverClockLines(t *testing.T) {
	doc := "# 虚构云 2023 年凭据泄露事件\n\n2023年3月3日，虚构云在内部 Wiki 服务器上发现了入侵者。\n\n" +
		"### 攻击时间线\n\n### 3月1日 09:12:40 - 入侵者开始探测。\n\n日志显示，入侵者开始扫描我们的登录页面。\n\n" +
		"### 3月3日 - 发现和清除开始。\n\n我们的安全团队在16:00收到告警。\n\n15:58 - 入侵者把服务账号加入管理员组。\n\n" +
		"16:00 - 安全团队收到自动告警。\n\n16:35 - 值班人员停用服务账号。\n\n" +
		"### 3月4日 - 后门被移除；所有访问被终止。\n\n10:44 - 已知的最后一次入侵活动。\n\n11:59 - 后门被移除。\n\n" +
		"### 结论\n\n这是一次严重的安全事件。\n"
	in := extractString(t, "xucloud.md", doc)
	want := map[string]string{"2023-03-04T00:00": "所有访问被终止", "2023-03-04T10:44": "最后一次入侵活动", "2023-03-04T11:59": "后门被移除"}
	for _, ev := range in.Timeline {
		if len(ev.At) >= 16 && strings.Contains(ev.Text, want[ev.At[:16]]) {
			if ev.At[:16] == "2023-03-04T00:00" && strings.Contains(ev.Text, "10:44") {
				t.Errorf("the heading's event holds the clock line under it: %q", ev.Text)
			}
			delete(want, ev.At[:16])
		}
	}
	for at, phrase := range want {
		t.Errorf("no event at %s with %q; timeline %+v", at, phrase, in.Timeline)
	}
	if !strings.HasPrefix(in.EndedAt, "2023-03-04T11:59") {
		t.Errorf("ended %q", in.EndedAt)
	}
}

// A day alone as a heading or a bold line ("**March 2, 2025**",
// "**2025年3月2日**") over lines that open with a clock time dates the lines:
// the first line keeps its clock, as the others do.
func TestDayAloneOverClockLines(t *testing.T) {
	for _, tc := range []struct{ name, doc string }{
		{"en.md", "# Cache outage report\n\nOn March 2, 2025, Quillon lost its cache cluster from 03:10 to 05:20 UTC.\n\n" +
			"## Timeline\n\nAll times UTC.\n\n**March 2, 2025**\n\n+   03:10: cache cluster starts failing\n\n" +
			"+   03:12: errors noticed by on-call\n\n+   05:20: service restored\n"},
		{"zh.md", "# 缓存故障报告\n\n在2025年3月2日，Quillon 由于缓存集群故障，导致所有用户受到影响，从03:10到05:20 UTC。\n\n" +
			"## 时间线\n\n所有时间均为 UTC。\n\n### 2025年3月2日\n\n+   03:10: 缓存集群开始报错\n\n" +
			"+   03:12: 值班人员注意到请求失败\n\n+   05:20: 服务恢复\n"},
	} {
		in := extractString(t, tc.name, tc.doc)
		if len(in.Timeline) != 3 {
			t.Fatalf("%s: %d events: %+v", tc.name, len(in.Timeline), in.Timeline)
		}
		first := in.Timeline[0]
		if !strings.HasPrefix(first.At, "2025-03-02T03:10") || strings.Contains(first.Text, "03:10") {
			t.Errorf("%s: first event %q at %q, want its clock 03:10 read", tc.name, first.Text, first.At)
		}
	}
}

// A known organisation whose name is a label of the source address is the
// write-up's, over vendors its text names more often; a site that hosts
// anyone's writing names no one.
func TestHostOrg(t *testing.T) {
	text := "我们在自托管的 Jira 和 Confluence 上发现了入侵者。Jira 的插件被利用，Confluence 页面被读取。Cloudflare 的网络未受影响，Cloudflare 客户的数据也未受影响。"
	for _, tc := range []struct{ url, want string }{
		{"https://blog.cloudflare.com/some-post/", "Cloudflare"},
		{"https://github.com/cloudflare/some-post", ""},
		{"https://example.org/cloudflare/", ""},
		{"https://blog.cloudflare.com/", "Cloudflare"},
	} {
		if got := hostOrg(tc.url, text); got != tc.want {
			t.Errorf("hostOrg(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
	if got := hostOrg("https://blog.cloudflare.com/x", "只提到一次 Cloudflare。"); got != "" {
		t.Errorf("a name said once: %q", got)
	}
}

// A blog's line listing the languages a post is also in is furniture.
func TestTranslationsLineIsFurniture(t *testing.T) {
	for _, line := range []string{
		"这篇文章也有简体中文、繁體中文、日本語和Español版本。",
		"This post is also available in 简体中文, Français, Deutsch and 日本語.",
	} {
		if !isPrompt(line) {
			t.Errorf("%q kept", line)
		}
	}
	for _, line := range []string{"这篇文章也有一些需要更正的地方，我们会在下一版本中修订。", "This post is available to subscribers who run version 2 of the agent, which"} {
		if translationsLine.MatchString(line) {
			t.Errorf("%q taken for a translations line", line)
		}
	}
}

// Under a review's key events, a list of steps that each end with the clock
// time they were done at ("Raised a case with the vendor at 10:29") are
// events of the day the key events say it began.
func TestActionLinesEndingWithClock(t *testing.T) {
	doc := "# Incident on 2024-02-06 - Test databases would not start\n\n" +
		"- **Key events**\n  - First detected 2024-02-06 08:40\n  - Incident declared 2024-02-06 09:15\n  - Resolved 2024-02-06 15:05\n\n" +
		"- **Background**:\n\nOn the morning of Tuesday 6 February test databases of the Kestrel platform failed to start after the overnight stop.\n\n" +
		"- **Context**:\n\nChecked the failing instances in the console\n\nRaised a case with the vendor at 09:20\n\n" +
		"Switched the test databases to another zone at 13:45\n\nThe release notes were written in 2023: see page 12:3 of the manual\n\n" +
		"- **Resolution**:\n\nThe vendor restored capacity in the zone.\n"
	in := extractString(t, "kestrel.md", doc)
	want := map[string]string{"2024-02-06T09:20": "Raised a case with the vendor", "2024-02-06T13:45": "Switched the test databases"}
	for _, ev := range in.Timeline {
		if w, ok := want[ev.At[:min(16, len(ev.At))]]; ok && strings.Contains(ev.Text, w) {
			delete(want, ev.At[:16])
		}
		if strings.Contains(ev.Text, "release notes") {
			t.Errorf("a line that ends in no action's time is an event: %+v", ev)
		}
	}
	for at, phrase := range want {
		t.Errorf("no event at %s %q; timeline %+v", at, phrase, in.Timeline)
	}
}

// "事故发生" (how it happened) opens the cause and "事故处理及解决" (how it was
// handled and solved) the remediation, also under a heading of the story.
func TestZhHappenedAndSolvedHeadings(t *testing.T) {
	doc := "# 虚构大学镜像站升级失误\n\n## 事件发生及处理过程\n\n- 3 月 1 日晚，管理员提出升级系统；\n\n" +
		"### 事故发生\n\n由于编辑配置时没有使用校验工具，配置文件出现了语法错误，造成了服务无法启动。\n\n" +
		"### 事故处理及解决\n\n将出错的配置文件还原之后，重启服务，问题解决。\n\n## 总结和教训\n\n- 修改配置必须使用校验工具。\n"
	if g := classifyHeading("事故处理及解决"); g != data.SectionRemediation {
		t.Errorf("事故处理及解决: %q", g)
	}
	if g := classifyHeading("故障发生经过"); g != data.SectionTimeline {
		t.Errorf("故障发生经过: %q", g)
	}
	in := extractString(t, "mirror2.md", doc)
	if !strings.Contains(in.Cause, "出现了语法错误") || strings.Contains(in.Cause, "还原之后") {
		t.Errorf("cause %q", in.Cause)
	}
	if !strings.Contains(in.Remediation, "配置文件还原") || strings.Contains(in.Remediation, "语法错误") {
		t.Errorf("remediation %q", in.Remediation)
	}
}

// A cause sentence that points back ("This error caused …") takes the
// sentence before it, which names the error; one followed by "This failure
// occurred after …" takes that sentence too. Other neighbours stay out.
func TestCauseInContext(t *testing.T) {
	text := "At 09:12 UTC on May 2, 2024, a schema error occurred where a counter column was narrower than the id it copied. " +
		"This error caused an overflow once the id passed the column's limit, so no new orders could be stored. " +
		"Engineers widened the column at 10:40 UTC.\n" +
		"The outage was triggered by the crash of the queue's three brokers. " +
		"This failure occurred after the brokers had been leaking file handles for a week. " +
		"We restarted them at noon."
	got := causeInContext("This error caused an overflow once the id passed the column's limit, so no new orders could be stored.", text)
	if !strings.Contains(got, "counter column was narrower") || strings.Contains(got, "widened") {
		t.Errorf("pointing back: %q", got)
	}
	got = causeInContext("The outage was triggered by the crash of the queue's three brokers.", text)
	if !strings.Contains(got, "leaking file handles") || strings.Contains(got, "restarted") || strings.Contains(got, "widened") {
		t.Errorf("what it came after: %q", got)
	}
	if got := causeInContext("A disk filled up.", text); got != "A disk filled up." {
		t.Errorf("a cause not in the text changed: %q", got)
	}
}

// A sentence whose clauses each tell what happened on their own day ("…,
// with scanning observed on March 5, 2021, and data copying occurring on
// March 9, 2021") gives an event for each; a list of days gives none.
func TestDayClauses(t *testing.T) {
	doc := "# Breach at Fictional Widgets\n\n" +
		"On March 3, 2021, an engineer's workstation at Fictional Widgets was compromised by a phishing kit. " +
		"This gave the intruder a session on the build servers, with scanning observed on March 5, 2021, and data copying occurring on March 9, 2021.\n\n" +
		"The team reviewed its logs on March 20, March 22, and March 24.\n"
	in := extractString(t, "widgets.md", doc)
	want := map[string]string{"2021-03-03": "compromised", "2021-03-05": "scanning observed", "2021-03-09": "data copying"}
	for _, ev := range in.Timeline {
		if len(ev.At) >= 10 && want[ev.At[:10]] != "" && strings.Contains(ev.Text, want[ev.At[:10]]) {
			delete(want, ev.At[:10])
		}
		if strings.Contains(ev.Text, "reviewed its logs") {
			t.Errorf("a list of days is an event: %+v", ev)
		}
	}
	for day, phrase := range want {
		t.Errorf("no event on %s with %q; timeline %+v", day, phrase, in.Timeline)
	}
	if got := dayClauses("The team met on March 20, March 22, and March 24."); got != nil {
		t.Errorf("a list of days cut into %q", got)
	}
}

// In a write-up told in plain prose, a breach or compromise is what broke;
// a step the responders "also" took and a sentence that says nothing was
// harmed are not.
func TestBreachIsTheFailure(t *testing.T) {
	doc := "# Ledgerly hosting provider breach\n\n" +
		"On June 3, 2024, Ledgerly was told by its hosting provider, Stackvale, that their systems had been entered by an attacker.\n\n" +
		"The breach of Stackvale's systems led to the possible exposure of the API tokens Ledgerly kept for its customers. " +
		"Consequently, no customer ledgers were compromised.\n\n" +
		"By June 4, Ledgerly had replaced every customer token. They also rotated all their own keys and deleted cached sessions.\n"
	in := extractString(t, "ledgerly.md", doc)
	if !strings.Contains(in.Cause, "breach of Stackvale") || strings.Contains(in.Cause, "rotated all their own keys") || strings.Contains(in.Cause, "no customer ledgers") {
		t.Errorf("cause %q", in.Cause)
	}
}
