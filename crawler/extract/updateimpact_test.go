package extract

import (
	"strings"
	"testing"
)

// A Chinese status page with no impact section or line: the impact is
// what its first 调查中 update says users met, without the clause that
// says the cause is sought.
func TestUpdateImpactZh(t *testing.T) {
	doc := `# 汀州云服务状态

### 华北二区云函数冷启动超时

**已解决** - 冷启动耗时已恢复正常。经排查，问题由镜像缓存节点的一次版本升级引起，升级后缓存命中率下降，函数冷启动需从远端拉取镜像。已回退该版本。
2026-06-18 15:30

**已定位** - 已定位为镜像缓存节点升级导致，正在回退。
2026-06-18 14:52

**调查中** - 华北二区部分用户的云函数冷启动超时，调用返回 504 错误，我们正在排查。
2026-06-18 14:20
`
	in, err := Extract([]byte(doc), "tingzhou-status.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Impact, "冷启动超时") || strings.Contains(in.Impact, "正在排查") {
		t.Errorf("impact %q, want the 调查中 update's account of what users met", in.Impact)
	}
}

// Only the first Investigating update speaks for the impact, and a page
// with none gets none from the updates.
func TestUpdateImpactNone(t *testing.T) {
	doc := `# Wexcombe Status

### Delayed invoice e-mails

**Resolved** - Invoice e-mails have been sent. A stuck queue consumer had stopped after a restart of the mail relay.
May 4, 2026 - 10:40 UTC

**Monitoring** - We restarted the queue consumer and are watching the backlog drain.
May 4, 2026 - 10:05 UTC
`
	in, err := Extract([]byte(doc), "wexcombe-status.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Impact, "restarted the queue consumer") {
		t.Errorf("impact %q taken from a Monitoring update", in.Impact)
	}
}
