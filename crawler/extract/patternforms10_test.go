package extract

import (
	"slices"
	"strings"
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

// TestReleaseSequel checks that a cause which names a release takes in the
// sentence after it when that sentence goes on about the release ("该版本
// 中，…"), so the defect told there counts, and that a sentence about
// something else is left out.
func TestReleaseSequel(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		joined     bool
	}{
		{"故障原因：网关 5.2 版本于周一完成全量发布。该版本中，会话续期的逻辑存在时序问题，续期请求晚于过期检查到达。", "会话续期", true},
		{"Root cause: Version 8.1 of the sync agent went out on Monday. In that version, the agent compared file sizes as strings.", "compared file sizes", true},
		{"故障原因：网关 5.2 版本于周一完成全量发布。当晚流量是平日的三倍。", "流量", false},
	} {
		spans := strings.Join(causalSpans(tc.text), "\n")
		if got := strings.Contains(spans, tc.want); got != tc.joined {
			t.Errorf("%q: causal spans %q, want %q joined %v", tc.text, spans, tc.want, tc.joined)
		}
	}
}
