package extract

import (
	"slices"
	"testing"
)

// TestRCA20Forms checks the cues, forms and gates of patternforms23.go: a
// customer's misconfigured application is where demand came from, not a
// setting of ours, while our own misconfiguration is one; a code
// regression told in Chinese is a defect, and the release before it is
// where the defect is, while 回归测试 is a test; a person who meant one
// thing but did another by mistake (本应…但误将…) slipped, and the settings
// the sentence names are what the slip changed. The sentences are our own.
func TestRCA20Forms(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		// a customer's misconfiguration, ours
		{"A flood of requests from a customer's misconfigured mobile app filled the queue.", "config-change", false},
		{"One tenant's misconfiguration sent every request to the same shard.", "config-change", false},
		{"A misconfigured health check on our proxies marked every backend as down.", "config-change", true},
		{"The customer portal was misconfigured after the maintenance.", "config-change", true},
		// a code regression in Chinese, a regression test
		{"新版本的调度模块存在代码回归，任务被重复执行。", "software-bug", true},
		{"上周发布的网关新版本中，路由匹配存在回归问题。", "software-bug", true},
		{"上周发布的网关新版本中，路由匹配存在回归问题。", "deployment", false},
		{"发布前我们完成了回归测试。", "software-bug", false},
		// a person's slip told by 本应…但误…
		{"值班人员本应在测试库上修改超时参数，但误将变更执行到了线上库。", "human-error", true},
		{"值班人员本应在测试库上修改超时参数，但误将变更执行到了线上库。", "config-change", false},
		{"本次变更将超时参数从 30 秒修改为 3 秒，但未经过评审。", "config-change", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s scored %.2f, named %v, want %v", tc.text, tc.pattern, s[p], got, tc.named)
		}
	}
}

// TestRCA20Patterns checks a whole RCA of our own in a form of
// patternforms23.go: a person's slip told by 本应…但误将… comes first,
// not the setting it changed.
func TestRCA20Patterns(t *testing.T) {
	for _, tc := range []struct{ text, first string }{
		{"【故障说明】5 月 9 日 14:10 至 14:55，华北二区部分云数据库实例写入失败。\n\n经排查，DBA 在执行例行维护时，本应在预发集群上修改日志保留参数，但误将命令下发到了生产集群，导致约 200 个实例的日志保留时长被改为 0，写入被阻塞。14:50 参数恢复后写入正常。\n\n后续我们将为生产环境的命令增加二次确认。", "human-error"},
	} {
		in, err := extractOnce([]byte(tc.text), "rca20.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Patterns) == 0 || in.Patterns[0] != tc.first {
			t.Errorf("%.60q…: patterns %v, want %s first", tc.text, in.Patterns, tc.first)
		}
	}
}

// TestRCA20Cues checks the cue phrases of moreCues23 beyond the code
// regression: a setting told wrong by an adverb and a connection string
// are configuration, a system under-provisioned, at its maximum, used up
// or past what it could handle is short of capacity, logic told wrong and
// a case the code left unhandled are defects; their look-alikes are not.
// The sentences are our own.
func TestRCA20Cues(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		{"One field of the storage account resource was set incorrectly.", "config-change", true},
		{"The routing tables were incorrectly configured on two of the spine switches.", "config-change", true},
		{"The totals were added up incorrectly by the report job.", "config-change", false},
		{"上线时把订单库的连接串指向了只读实例。", "config-change", true},
		{"The search cluster was under-provisioned for the spring sale.", "capacity", true},
		{"The broker hit its maximum number of client connections at 09:12.", "capacity", true},
		{"A nightly export consumed all available disk bandwidth on the shared array.", "capacity", true},
		{"The login requests grew far beyond what the session store could handle.", "capacity", true},
		{"CPU utilisation on the ingest nodes reached 100 percent.", "capacity", true},
		{"The ingest nodes were upgraded to a new kernel.", "capacity", false},
		{"积分抵扣的计算逻辑有误，部分订单被多扣了积分。", "software-bug", true},
		{"结算服务的代码中没有处理退款金额为零的情况。", "software-bug", true},
		{"结算服务在凌晨处理了全部退款。", "software-bug", false},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s scored %.2f, named %v, want %v", tc.text, tc.pattern, s[p], got, tc.named)
		}
	}
}
