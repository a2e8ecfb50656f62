package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// The forms of patternforms17.go, on RCAs of our own writing (fictional
// providers): a short report's parts named with a full stop, a "Why …"
// heading of what a thing kept doing or did not do, a loop that spun, a
// RAID controller (阵列卡), a zone's delegation at its parent, a Chinese
// capacity told by what a part can do a second, a parameters file, code
// that looks in one place only, a
// case code handles "by assuming", a value updated, a single core's
// spin and a customer's own release.

func TestRCA14PeriodLabel(t *testing.T) {
	for _, c := range []struct {
		text, label string
	}{
		{"Cause. The export job rounds each share down before adding them up.", "Cause"},
		{"Summary. On 4 May 2026, from 10:00 to 11:20 UTC, exports failed.", "Summary"},
		{"Resolution. We now add the shares before rounding.", "Resolution"},
		{"Root cause. A stale list of volumes was read at start-up.", "Root cause"},
		{"Context matters. We read every report twice.", ""}, // a sentence, not a part's name
		{"Impact. about a third of users.", ""},              // no capital after: not a label's form
		{"Dr. Okafor led the review.", ""},
	} {
		label, _, ok := periodLabel(c.text)
		if !ok {
			label = ""
		}
		if label != c.label {
			t.Errorf("periodLabel(%q) = %q, want %q", c.text, label, c.label)
		}
	}
}

// TestRCA14PeriodLabelCause checks, through Extract, that a short report
// whose parts open with their name and a full stop has its cause part as
// the cause.
func TestRCA14PeriodLabelCause(t *testing.T) {
	text := `Postmortem: reports emailed without attachments

Summary. On 4 May 2026, from 10:00 to 11:20 UTC, scheduled reports from Tern Analytics arrived without their attachment.

Cause. Attachments are built by a renderer that the report mailer calls. The mailer release of 4 May sent each email as soon as the renderer had started, rather than after it had finished, so large reports went out before their file existed.

Resolution. The mailer now waits for the renderer's result and retries a report that has none.`
	in, err := Extract([]byte(text), "rca14-period.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.Cause, "Attachments are built") {
		t.Errorf("cause %q, want the Cause part", in.Cause)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "software-bug" {
		t.Errorf("patterns %v, want software-bug first", in.Patterns)
	}
}

func TestRCA14WhyHeading(t *testing.T) {
	for h, want := range map[string]data.Section{
		"Why pages kept old prices":          data.SectionCause,
		"Why the alarms did not fire":        data.SectionCause,
		"Why some uploads never finished":    data.SectionCause,
		"Why we kept the old load balancers": "", // a choice, not a failure
		"Why this matters":                   "",
		"Why events were dropped":            data.SectionCause, // (whyHeading's)
	} {
		if got := classifyHeading(h); got != want {
			t.Errorf("classifyHeading(%q) = %q, want %q", h, got, want)
		}
	}
}

func TestRCA14AssumingBy(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Version 3.1 of the agent handles a refused connection by assuming the host was retired and removing its checks.", true},
		{"The importer treated an empty column by assuming it held zero.", true},
		{"The on-call engineer responded by assuming the alert was noise.", false}, // a person
		{"We handled the backlog over the weekend.", false},
	} {
		got := false
		englishAssumingBy(splitWords(lowerText(c.text)), func(int) { got = true })
		if got != c.want {
			t.Errorf("%q: code meeting a case by assuming %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRCA14ValueUpdated(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"At 12:00 we moved sign-in to a regional endpoint and updated the audience value we expect.", true},
		{"The team changed the retry values for the export queue on Monday.", true},
		{"We changed the timeout value to 5 seconds.", false}, // a new value told: englishSettingChange's
		{"We set the value of the flag on Monday.", false},    // "set": englishSettingChange's
	} {
		words := splitWords(lowerText(c.text))
		got := false
		englishValueUpdated(words, classify(words), func(int) { got = true })
		if got != c.want {
			t.Errorf("%q: value updated %v, want %v", c.text, got, c.want)
		}
	}
}

// rca14Cases are short RCAs of our own writing whose root cause is told
// only by its mechanism, each with the pattern a reader would put first.
var rca14Cases = []struct{ name, want, text string }{
	{"spun", "software-bug", `Mail app stuck refreshing and draining batteries

What happened
From 2 to 4 June 2026, some users of the Plover Mail app on phones saw it use a full CPU core in the background and stop showing new mail.

What went wrong and why
The app fetches new mail in pages, each with a marker for the next. Version 7.3, released on 2 June, moved that fetch to a new sync engine. When the server answered with an empty page and the same marker, the new engine asked again at once, without a pause, and spun on the same request until the server caught up, sometimes for hours.

How are we making incidents like this less likely
Version 7.3.1 waits and backs off when a marker repeats.`},
	{"阵列卡", "hardware", `对象存储写入变慢故障报告

时间：北京时间 2026年5月9日 14:10—15:40

影响：云栖存储华北一区域部分桶的写入延迟从 5 毫秒左右升至 300 毫秒，读请求不受影响。

原因：受影响的桶落在同一组存储节点上，这些节点使用同一型号的阵列卡。14:10 其中 4 台节点的阵列卡缓存电池进入学习周期，阵列卡随即关闭写缓存，写入要等磁盘落盘后才返回，延迟大幅上升。

处理：15:00 将写入切到其他节点，15:40 恢复正常。

改进：阵列卡电池学习周期改为错峰进行，并纳入巡检。`},
	{"每秒最多", "capacity", `关于 9 月 3 日推送通知延迟的说明

9月3日 20:00 至 21:10（北京时间），雀鸣 App 的评论、点赞通知平均延迟约 20 分钟。

当晚一场线上活动开始后，通知量在 10 分钟内升至平日的 8 倍。发送服务共 40 台机器，每台机器每秒最多发出约 3,000 条通知，整个集群每秒只能发出 12 万条左右，多出来的通知在队列中越积越多，直到活动结束后才发完。

后续我们会按活动预估提前增加发送机器，并把重要通知放到单独的队列。`},
	{"客户上线", "capacity", `日志服务写入延迟说明

北京时间 2026年7月7日 09:00 至 11:30，鹭洲云日志服务华北区域写入延迟，查询结果最多滞后 40 分钟。

当天上午一家游戏客户上线新版本后，该客户的写入量从每秒约 50 MB 升至 1.4 GB。华北区域存储节点每秒最多写入约 2 GB，加上其他用户的写入后，写请求在节点上排队，延迟持续扩大。

后续将为每个用户设置默认写入配额，并对单一用户写入突增告警。`},
}

func TestRCA14Patterns(t *testing.T) {
	for _, c := range rca14Cases {
		in, err := Extract([]byte(c.text), "rca14-"+c.name+".txt", "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(in.Patterns) == 0 || in.Patterns[0] != c.want {
			t.Errorf("%s: patterns %v, want %s first (cause %q)", c.name, in.Patterns, c.want, in.Cause)
		}
	}
}

// TestRCA14Cues checks the cues of moreCues17 score their pattern, and
// that a full CPU core is no fleet's want of capacity.
func TestRCA14Cues(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, c := range []struct {
		text, pattern string
		want          bool
	}{
		{"every service reads its session lengths from a shared parameters file.", "config-change", true},
		{"发送服务每台机器每秒最多发出约 3,000 条通知。", "capacity", true},
		{"这些节点使用同一型号的阵列卡，电池进入学习周期后写缓存被关闭。", "hardware", true},
		{"the new engine asked again and spun on the same request until the server caught up.", "software-bug", true},
		{"the division was done on whole numbers before converting to megabytes.", "software-bug", true},
		{"the writer sent the message before the transaction was committed, rather than after it.", "software-bug", true},
		{"the nightly job kept looking only in the old table and judged the volumes abandoned.", "software-bug", true},
		{"清理任务仍只查询旧表，判定这些云盘无人使用。", "software-bug", true},
		{"the sync client used a full cpu core for hours.", "capacity", false},
	} {
		scores := make([]float64, len(data.Patterns()))
		scoreText(scores, c.text, 1)
		p := slices.Index(patternList, c.pattern)
		if got := scores[p] > 0; got != c.want {
			t.Errorf("%q: %s scored %v, want > 0 %v", c.text, c.pattern, scores[p], c.want)
		}
	}
}

// TestRCA14CustomerRelease checks that a customer's own release, in
// either language, is no deployment of the write-up's provider.
func TestRCA14CustomerRelease(t *testing.T) {
	for _, text := range []string{`Slow writes to Shoveler Logs

Root cause: A customer rolled out a new version of its app that logs every request body. Its writes went from 50 MB to 1.4 GB a second, and the storage nodes queued requests from every account behind them.`,
		`日志写入延迟说明

原因：一家游戏客户上线新版本后，该客户的写入量从每秒约 50 MB 升至 1.4 GB，存储节点每秒最多写入约 2 GB，写请求在节点上排队。`,
	} {
		in, err := Extract([]byte(text), "rca14-customer.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(in.Patterns, "deployment") {
			t.Errorf("patterns %v: a customer's release taken for a deployment (cause %q)", in.Patterns, in.Cause)
		}
	}
}
