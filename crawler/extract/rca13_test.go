package extract

import (
	"slices"
	"testing"

	"github.com/incidex/incidex/data"
)

// The forms of patternforms16.go, on RCAs of our own writing (fictional
// providers): a capacity told with "work through" or "hand", a list or a
// policy renamed, memory that grew at a rate, a counter that starts over,
// a Chinese condition written wrong in code, and a "Why … failed"
// heading over the cause.

func TestRCA13CapacityVerbs(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Each indexer can work through about 1,500 documents a second, and the import sent four times that.", true},
		{"A delivery worker can only hand roughly 30,000 messages per second to the carriers.", true},
		{"The relay answers at most 900 lookups per second on each node.", true},
		{"One gateway works through 2,000 requests per second at most.", true},
		{"Engineers can work through about 40 tickets per day during the freeze.", false}, // people, not a part
		{"We could work through the backlog within 3 hours of the fix.", false},           // no rate
	} {
		words := splitWords(lowerText(c.text))
		got := false
		englishCapacityThrough(words, func(int) { got = true })
		englishCapacityStated(words, classify(words), func(int) { got = true })
		if got != c.want {
			t.Errorf("%q: capacity told %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRCA13Renamed(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Renaming the prefix list left the route map pointing at a name that no longer existed.", true},
		{"The address group was renamed to follow the new naming standard, and two firewall rules still used the old name.", true},
		{"The release renamed a field in the code that the billing job reads.", false}, // the code's own rename
		{"The customer renamed their account on Monday.", false},
		{"The final step of the schema migration renames the new table into place.", false}, // the database's
		{"Replicas failed to process the table rename and were returned to service.", false},
	} {
		words := splitWords(lowerText(c.text))
		got := false
		englishRenamed(words, classify(words), func(int) { got = true })
		if got != c.want {
			t.Errorf("%q: rename of configuration %v, want %v", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"运维人员将路由策略重命名后，引用旧名称的过滤规则全部失效。", true},
		{"代码重构时把函数改名了。", false},
	} {
		if got := len(zhRenamed(lowerText(c.text))) > 0; got != c.want {
			t.Errorf("%q: rename of configuration %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRCA13MemoryGrowth(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"each worker's memory grew by about 3 gb a day until the kernel stopped it.", true},
		{"the heap rose roughly 400 mb an hour after the release.", true},
		{"memory use grew to 80% during the sale.", false},   // a level, not a rate
		{"the cheap plan grew by 3 customers a day.", false}, // no memory
		{"服务进程内存每天增长约 1.5 gb，最终被系统终止。", true},
	} {
		if got := memoryGrowthTold(lowerText(c.text)); got != c.want {
			t.Errorf("%q: memory growth told %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRCA13ZhConditionWritten(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"导出任务中，最后一页的判断写成了“返回条数小于每页条数”，条数恰好相等时不会停止。", true},
		{"校验金额上限的比较条件写反了，大额订单反而被放行。", true},
		{"工程师把放行的地址段写成了 10.0.0.0/8。", false}, // a value set, not code
	} {
		if got := len(zhCodeForms16(lowerText(c.text))) > 0; got != c.want {
			t.Errorf("%q: condition written wrong %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRCA13WhyHeading(t *testing.T) {
	for h, want := range map[string]data.Section{
		"Why events were dropped":   data.SectionCause,
		"Why logins failed":         data.SectionCause,
		"Why the queue stalled":     data.SectionCause,
		"Why we page":               "",
		"Why this matters to us":    "",
		"Why did the cache go cold": data.SectionCause, // (a cue before)
	} {
		if got := classifyHeading(h); got != want {
			t.Errorf("classifyHeading(%q) = %q, want %q", h, got, want)
		}
	}
}

// rca13Cases are short RCAs of our own writing whose root cause is told
// only by its mechanism, each with the pattern a reader would put first.
var rca13Cases = []struct{ name, want, text string }{
	{"work through", "capacity", `Delayed order confirmations

Resolved - Confirmations are being sent on time again.
Mar 3, 15:10 UTC

Postmortem
Order events are read from the queue by a single consumer per shard, and one consumer can work through about 900 events a second. At 13:00 a marketplace seller started a promotion that sent more than four times that to one shard, and confirmations for every seller on that shard waited in the same line. We have spread large sellers across more shards.`},
	{"renamed list", "config-change", `Chain of events: customer ranges no longer announced

Times are UTC, 4 May 2026.

10:00  Engineers of Fernmoor Networks begin renaming the prefix list used for customer ranges on the border routers, to follow a new naming standard.
10:04  The routers stop announcing about 600 customer ranges.
10:31  The old name is restored and the announcements resume.

Why announcements stopped
The route map that selects announced ranges refers to the prefix list by name. Renaming the list left the route map pointing at a name that no longer existed, and a match against a missing list matches nothing.`},
	{"counter starts over", "software-bug", `Chain of events: payment callbacks discarded

Times are UTC, 9 June 2026.

08:20  The callback workers of Ashcombe Pay restart after an operating system patch.
08:21  About a fifth of payment callbacks stop reaching merchants.
10:05  Callbacks are flowing again.

Why callbacks were dropped
The dispatcher drops a callback when it has seen the same sequence number in the last hour. The sequence counter lives in each worker's memory and starts again from one when the worker starts, so after the restart new callbacks carried numbers already used and were discarded as repeats.`},
	{"判断写成了", "software-bug", `青禾网盘“文件列表反复加载”故障报告

北京时间 2026年4月2日 20:10 至 21:30，青禾网盘部分用户打开文件夹时列表不停加载，列表接口请求量上涨约 5 倍。

根本原因：4月2日上线的列表改版中，最后一页的判断写成了“本页条数小于每页条数才算结束”。文件数恰好是每页条数的整数倍时，接口仍返回下一页标记，客户端从头再拉一遍，如此循环。

改进措施：修正最后一页的判断，客户端限制重复翻页次数。`},
}

func TestRCA13Patterns(t *testing.T) {
	for _, c := range rca13Cases {
		in, err := Extract([]byte(c.text), "rca13-"+c.name+".txt", "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(in.Patterns) == 0 || in.Patterns[0] != c.want {
			t.Errorf("%s: patterns %v, want %s first (cause %q)", c.name, in.Patterns, c.want, in.Cause)
		}
	}
}

// TestRCA13MemoryGrowthLeak checks that memory told to grow at a rate
// counts for the defect, and its running out no more for capacity.
func TestRCA13MemoryGrowthLeak(t *testing.T) {
	text := "each api server's memory grew by roughly 2 gb a day, and from 04:15 the servers began to reach their memory ceiling and were stopped."
	cuesOnce.Do(loadCues)
	scores := make([]float64, len(data.Patterns()))
	scoreText(scores, text, 1)
	if scores[idxBug] <= 0 {
		t.Errorf("software-bug scored %v, want > 0", scores[idxBug])
	}
	if c := slices.Index(patternList, "capacity"); scores[c] > 0 {
		t.Errorf("capacity scored %v where the memory grew at a rate, want 0", scores[c])
	}
}
