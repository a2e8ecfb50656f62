package extract

import (
	"slices"
	"testing"
)

// TestMechanismCues checks that causes told as mechanisms name their
// pattern: code that kept what it took, ran a path no more, compared or
// read a value the wrong way, a fleet that was the limit, a person who
// took production for another environment, a template updated — and that
// the like words of what users saw or of a plan name none of them.
func TestMechanismCues(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		{"Each worker took a lock per batch, and locks taken on a timed-out batch stayed held until the node restarted.", "software-bug", true},
		{"The cleanup step was moved into a function that the scheduler no longer calls.", "software-bug", true},
		{"The indexer compared version labels as strings, so 10 sorted before 9.", "software-bug", true},
		{"The quota service returns the limit in megabytes, while the agent compared it against usage in bytes.", "software-bug", true},
		{"The proxy read the forwarded header only up to the first comma, dropping the client address.", "software-bug", true},
		{"The agent only ever released the newest handle it held.", "software-bug", true},
		{"The cache returned a nil reference for keys written during a resize.", "software-bug", true},
		{"客户端在重连时提交请求的逻辑存在时序问题，旧请求覆盖了新请求。", "software-bug", true},
		{"Customers could no longer reach the dashboard after 14:02.", "software-bug", false},
		{"We measure latency in milliseconds and report it in seconds on the status page.", "software-bug", false},
		{"The thumbnail workers were the limit: uploads arrived faster than they could process them.", "capacity", true},
		{"The shared index became the bottleneck once the second tenant moved in.", "capacity", true},
		{"The engineer ran the purge in what she thought was the staging shell.", "human-error", true},
		{"A maintenance command meant for a replica ran against production.", "human-error", true},
		{"We first thought the errors came from the load balancer.", "human-error", false},
		{"运维平台更新了网关的默认模板，超时时间被设为 1 秒。", "config-change", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s %v, want named %v", tc.text, tc.pattern, s[p], tc.named)
		}
	}
}
