package extract

import (
	"slices"
	"testing"
)

// TestForms15 checks that the forms and cues of patternforms15.go name
// their pattern — a value entered wrong, a list or an exclusion sent out,
// a capacity told as bounded, a lock kept over slow work, a default that
// took over, amounts rounded one by one and a key put together without a
// part — and that like words of code, a database table, a person's plan
// and a database lock name none. The sentences are our own.
func TestForms15(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		{"In the ticket, the subnet mask was entered as /12 rather than /24.", "config-change", true},
		{"The retention period was typed as 7 instead of 70 days.", "config-change", true},
		{"The release notes were written as a summary rather than a list.", "config-change", false},
		{"The new code written as a loop rather than 2 calls copied every record.", "config-change", false},
		{"Late on Monday a new weights table was pushed to the edge routers.", "config-change", true},
		{"At 13:05 a new platform exclusion was published to the log router.", "config-change", true},
		{"At 06:05 an update to the blocked-address list was published.", "config-change", true},
		{"A new table was deployed with the schema migration for orders.", "config-change", false},
		{"Each tablet server can serve a limited number of writes per second.", "capacity", true},
		{"The queue accepts a fixed number of deliveries per host per second.", "capacity", true},
		{"We can handle a limited number of refunds per second by hand.", "capacity", false},
		{"The compaction routine took the cache's exclusive lock and held it for the whole rebuild.", "software-bug", true},
		{"The refresh path acquired the tenant lock before calling the vault and released it only after the reply.", "software-bug", true},
		{"The migration took a table lock and held it for the entire backfill.", "software-bug", false},
		{"After the upgrade the replicas fell back to the stock default for their page cache.", "config-change", true},
		{"新集群创建时使用的是默认参数模板，旧集群上调过的超时参数没有带过去。", "config-change", true},
		{"新版本对每一行的折扣单独四舍五入，合计金额多出了几分钱。", "software-bug", true},
		{"结算服务在生成幂等键时漏掉了商户号，不同商户的请求被当成了同一笔。", "software-bug", true},
		{"值班同学在核对名单时漏掉了两台机器。", "software-bug", false},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s scored %.2f, named %v, want %v", tc.text, tc.pattern, s[p], got, tc.named)
		}
	}
}

// TestRemedyAside checks that a sentence telling what is done from now on
// gives no causal span, whatever its markers, while one that tells what
// happened does.
func TestRemedyAside(t *testing.T) {
	for _, tc := range []struct {
		text string
		span bool
	}{
		{"We now keep the booking path able to take 40 times its usual peak, so a flash sale no longer fills it.", false},
		{"Going forward, uploads are checked before they are stored, so a bad file cannot reach the index.", false},
		{"后续我们将为支付回调单独部署集群，因此下单高峰不会再影响回调。", false},
		{"The booking pool filled within a minute, so new requests were turned away.", true},
		{"We had lowered the pool size the day before, which caused the requests to queue.", true},
	} {
		if got := len(causalSpans(tc.text)) > 0; got != tc.span {
			t.Errorf("%q: causal span %v, want %v (%q)", tc.text, got, tc.span, causalSpans(tc.text))
		}
	}
}

// TestZhReleaseSequel checks that a Chinese release whose new code is told
// wrong in the sentence after it counts for the defect, not for the
// rollout, while a release told alone still counts for the rollout.
func TestZhReleaseSequel(t *testing.T) {
	cuesOnce.Do(loadCues)
	dep := slices.Index(patternList, "deployment")
	for _, tc := range []struct {
		text string
		dep  bool
	}{
		{"对账服务在三月随 4.1 版本上线了新的汇率换算方式，按当日牌价折算每一笔外币订单。代码里没有考虑牌价缺失的情况，折算结果直接记为零。", false},
		{"对账服务 4.1 版本上线后，部分节点启动失败。", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if got := s[dep] > 0; got != tc.dep {
			t.Errorf("%q: deployment %.2f, want named %v", tc.text, s[dep], tc.dep)
		}
	}
}

// TestLeakTold checks that a leak told by its mechanism, without the word,
// names a defect and keeps the memory limit it led to from naming a want
// of capacity, while memory that ran out under load still does.
func TestLeakTold(t *testing.T) {
	cuesOnce.Do(loadCues)
	bug, cap := slices.Index(patternList, "software-bug"), slices.Index(patternList, "capacity")
	for _, tc := range []struct {
		text     string
		bug, cap bool
	}{
		{"Each closed session kept a reference to its decode buffer, so the buffers were never freed and the pod ran out of memory.", true, false},
		{"转码进程的内存持续增长，运行两天后达到容器的内存上限被杀掉。", true, false},
		{"Under the evening peak the cache pods ran out of memory and were evicted.", false, true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if got := s[bug] > 0; got != tc.bug {
			t.Errorf("%q: software-bug %.2f, want named %v", tc.text, s[bug], tc.bug)
		}
		if got := s[cap] > 0; got != tc.cap {
			t.Errorf("%q: capacity %.2f, want named %v", tc.text, s[cap], tc.cap)
		}
	}
}
