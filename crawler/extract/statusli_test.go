package extract

import (
	"strings"
	"testing"
)

// A status page whose updates are list items, the state in a span beside
// a paragraph that opens with the update's stamp
// ("<li><span>Investigating</span><p>14 Mar 2026 09:31 UTC — …</p></li>"):
// each event reads as the update's words, neither state nor stamp in them.
func TestListedUpdatesWithoutStateAndStamp(t *testing.T) {
	page := `<!doctype html><html><head><title>Card checks failing in eu-north · Tolland Status</title></head><body>
<nav><a href="/">Tolland Status</a> <a href="/history">History</a></nav>
<main><h1>Card checks failing in eu-north</h1>
<p class="meta">Severity: Major · Region: eu-north-1 · Times are in UTC</p>
<ul class="updates">
<li><span>Resolved</span><p>14 Mar 2026 11:05 UTC — Card checks have succeeded normally since 10:41 UTC. The errors started at 09:12 UTC, when a change to the fraud service's connection-pool configuration was applied to the region.</p></li>
<li><span>Monitoring</span><p>14 Mar 2026 10:30 UTC — We have reverted a recent configuration change. Card checks are recovering.</p></li>
<li><span>Identified</span><p>14 Mar 2026 09:58 UTC — The failures are caused by throttling in the fraud service. We are checking recent changes.</p></li>
<li><span>Investigating</span><p>14 Mar 2026 09:31 UTC — Merchants in eu-north-1 report card payments failing at the fraud check. We are investigating.</p></li>
</ul></main>
<footer>© 2026 Tolland Payments · Subscribe to updates</footer></body></html>`
	in, err := Extract([]byte(page), "tolland-status.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"2026-03-14T09:31:00Z": "Merchants in eu-north-1 report card payments failing at the fraud check.",
		"2026-03-14T09:58:00Z": "The failures are caused by throttling in the fraud service.",
		"2026-03-14T10:30:00Z": "We have reverted a recent configuration change.",
		"2026-03-14T11:05:00Z": "Card checks have succeeded normally since 10:41 UTC.",
	}
	seen := 0
	for _, ev := range in.Timeline {
		w, ok := want[ev.At]
		if !ok {
			continue
		}
		seen++
		if strings.TrimRight(ev.Text, ".") != strings.TrimRight(w, ".") {
			t.Errorf("event at %s reads %q, want %q", ev.At, ev.Text, w)
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the %d updates are events: %+v", seen, len(want), in.Timeline)
	}
	// a sentence that merely opens with a word the states use is no state
	// before a stamp: its words stay whole
	for _, line := range []string{
		"Update 14 Mar 2026 09:31 UTC — Merchants report failures.",
		"已恢复 2026-03-14 11:05 — 支付已恢复正常。",
	} {
		rest, ok := stateThenStamp(line, "")
		if !ok || strings.HasPrefix(rest, "14 Mar") || strings.HasPrefix(rest, "2026") || strings.Contains(rest, "—") {
			t.Errorf("stateThenStamp(%q) = %q, %v: want the words after state and stamp", line, rest, ok)
		}
	}
	for _, line := range []string{
		"Engineers 14 Mar 2026 09:31 UTC — restarted the pool.",
		"Resolved the alert at 14 Mar 2026 09:31 UTC.",
	} {
		if rest, ok := stateThenStamp(line, "en"); ok {
			t.Errorf("stateThenStamp(%q) = %q: no state opens it", line, rest)
		}
	}
}

// A Chinese closing update that tells since when service is back
// ("自 18:41 起支付校验已恢复正常", "于 18:41 恢复正常") ends the incident
// then, not when the update was posted, as "normal since 10:41 UTC" does
// in English.
func TestChineseClosingUpdateEnd(t *testing.T) {
	page := `<!doctype html><html><head><title>华北二区支付校验失败 · 托兰状态页</title></head><body>
<main><h1>华北二区支付校验失败</h1>
<ul class="updates">
<li><span>已恢复</span><p>2026-03-14 19:05 — %s故障始于 17:12，当时风控服务的连接池配置变更被推送到该地域。</p></li>
<li><span>观察中</span><p>2026-03-14 18:30 — 我们已回滚最近的配置变更，支付校验正在逐步恢复。</p></li>
<li><span>已定位</span><p>2026-03-14 17:58 — 失败由风控服务限流导致，我们正在检查近期变更。</p></li>
<li><span>调查中</span><p>2026-03-14 17:31 — 华北二区商户反馈支付在风控校验环节失败，我们正在调查。</p></li>
</ul></main></body></html>`
	for _, tc := range []struct{ closing, end string }{
		{"自 18:41 起支付校验已恢复正常。", "2026-03-14T18:41:00+08:00"},
		{"支付校验已于18:41全部恢复正常。", "2026-03-14T18:41:00+08:00"},
		// (a time the recovery began is no end: the update's is)
		{"支付校验自 18:35 开始逐步恢复，目前已全部正常。", "2026-03-14T19:05:00+08:00"},
		{"问题已解决。", "2026-03-14T19:05:00+08:00"},
	} {
		in, err := Extract([]byte(strings.Replace(page, "%s", tc.closing, 1)), "tolland-zh.html", "text/html")
		if err != nil {
			t.Fatal(err)
		}
		if in.EndedAt != tc.end {
			t.Errorf("closing update %q: ended %s, want %s", tc.closing, in.EndedAt, tc.end)
		}
	}
}
