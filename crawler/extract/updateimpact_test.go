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

// A status page whose first paragraph is its list of what the incident
// touched: that list is neither the summary nor, alone, the impact.
func TestAffectedListNotSummary(t *testing.T) {
	doc := `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Thornwick Pay Status - Card payouts delayed</title></head>
<body>
<div class="page-header"><a href="/"><img alt="Thornwick Pay"></a> <a href="#subscribe">Subscribe to updates</a></div>
<div class="incident-name">Card payouts delayed</div>
<div class="subheader">Incident Report for Thornwick Pay</div>
<div class="update-row"><div class="update-title">Resolved</div><div class="update-body">Payouts are flowing normally again. A batch job that builds the payout file had stalled on a lock held by a long-running report query; the query was stopped.</div><div class="update-time">Posted <span>Oct 7, 2026 - 16:20 UTC</span></div></div>
<div class="update-row"><div class="update-title">Monitoring</div><div class="update-body">The stalled batch job has been restarted and payouts are being sent. We are monitoring.</div><div class="update-time">Posted <span>Oct 7, 2026 - 15:48 UTC</span></div></div>
<div class="update-row"><div class="update-title">Identified</div><div class="update-body">We have found that the job that builds the payout file is waiting on a database lock. We are working to release it.</div><div class="update-time">Posted <span>Oct 7, 2026 - 15:02 UTC</span></div></div>
<div class="update-row"><div class="update-title">Investigating</div><div class="update-body">Card payouts scheduled for today have not reached merchants' bank accounts yet. We are investigating.</div><div class="update-time">Posted <span>Oct 7, 2026 - 14:05 UTC</span></div></div>
<div class="subheader">This incident affected: Payouts (Cards).</div>
<div class="page-footer"><a href="/history">← Incident History</a> · Powered by Atlassian Statuspage</div>
</body></html>`
	in, err := Extract([]byte(doc), "thornwick-status.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Summary, "Payouts (Cards)") || in.Summary == "" {
		t.Errorf("summary %q, want what users met, not the list of components", in.Summary)
	}
	if !strings.Contains(in.Impact, "have not reached") {
		t.Errorf("impact %q, want the Investigating update's account", in.Impact)
	}
}
