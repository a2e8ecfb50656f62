package extract

import (
	"slices"
	"testing"
)

// The forms of patternforms20.go, on RCAs of our own writing (fictional
// providers): a value brought down to another, a job or a route pointed at
// a new template or upstream, a Chinese rule set overwritten by a
// template and an address updated to another; a table holding as many
// entries as it can and machines all already placed; a step done before
// it had read what it needs and a branch that fell through to another's.

// rca17First fails unless want is the first pattern of text.
func rca17First(t *testing.T, text, want string) {
	t.Helper()
	in, err := Extract([]byte(text), "rca17.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != want {
		t.Errorf("patterns %v, want %s first (cause %q)", in.Patterns, want, in.Cause)
	}
}

// rca17Among fails unless want is among the patterns of text.
func rca17Among(t *testing.T, text, want string) {
	t.Helper()
	in, err := Extract([]byte(text), "rca17.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(in.Patterns, want) {
		t.Errorf("patterns %v, want %s among them", in.Patterns, want)
	}
}

// TestRCA17BroughtDownTo checks that a wait brought down to a shorter
// value by a tidy-up is a setting changed, not the network it is about.
func TestRCA17BroughtDownTo(t *testing.T) {
	rca17First(t, `What happened
On 12 May from 08:20 to 09:10 UTC, about one request in eight to the Quarrymoor Hosting API failed with a reset connection.

What went wrong and why
Our edge proxies keep idle connections to the API servers open for a while so that they can be used again, and the API servers close idle connections after 90 seconds. The proxies used to wait 300 seconds, so the servers always closed first. On 12 May a clean-up of the proxy templates brought that wait down to 30 seconds, the value used by another team. From then on the proxies often sent a request down a connection the server was closing at that moment, and the request was lost.

How are we making incidents like this less likely
We put the 300-second wait back at 09:05 and now test the two timeouts against each other.`, "config-change")
}

// TestRCA17PointedAt checks that a manifest that pointed a route at
// another upstream tells a setting changed, among the tags though the
// upstream it reached was a provider's (which stays first: the form is a
// setting's, the provider is named outright).
func TestRCA17PointedAt(t *testing.T) {
	rca17Among(t, `Refund errors — Gullwing Travel Status

Resolved - This incident has been resolved. Refunds requested during the incident have been paid once.
Sep 9, 16:12 UTC

Monitoring - Refunds are going to the right upstream again. We are monitoring.
Sep 9, 15:50 UTC

Identified - The gateway manifest we rolled out at 15:05 pointed the /refunds route at the upstream named "refunds-next", which in that manifest still resolved to our card processor's sandbox. Refunds were sent to the sandbox and rejected. We are rolling the manifest back.
Sep 9, 15:41 UTC

Investigating - Some customers see "Refund failed". We are investigating.
Sep 9, 15:20 UTC`, "config-change")
}

// TestRCA17TemplateOverwrote checks that a Chinese rule set overwritten
// by a template that lacks one entry is a setting changed, not the
// network the rule was for.
func TestRCA17TemplateOverwrote(t *testing.T) {
	rca17First(t, `【故障说明】华北一区负载均衡后端批量摘除

【时间】2026 年 8 月 12 日 10:05 至 10:41
【影响】华北一区部分业务访问返回 502。
【原因】当日 10:00，网络安全团队对华北一区的安全组执行批量同步，以新的标准模板覆盖原有规则。原有规则中有一条放行内网探测网段（10.30.0.0/16）的条目，新模板中没有这一条。同步完成后，负载均衡的健康检查探测无法到达后端，后端被逐台摘除。
【措施】10:38 补回该条规则，后续同步前先比对规则差异。`, "config-change")
}

// TestRCA17AddressUpdated checks that a Chinese address updated to
// another in a settings centre is a setting changed, though a provider is
// named.
func TestRCA17AddressUpdated(t *testing.T) {
	rca17First(t, `致各位商家的说明

3 月 2 日 09:40 至 11:20，部分商家收款成功后订单仍显示“待支付”。

当天上午，技术团队在配置中心把退款结果的回调地址更新为新的域名 callback.yunque-pay.cn，但新域名尚未在支付机构登记，支付机构发出的回调全部被拒绝。11:15 回调地址改回原域名后，订单状态陆续更正。

云雀商城技术团队`, "config-change")
}

// TestRCA17TableHeldAll checks that a table holding as many entries as
// it can, and machines of a kind all already placed, tell capacity.
func TestRCA17TableHeldAll(t *testing.T) {
	rca17First(t, `TL;DR — our egress gateways refused new connections for 20 minutes because the kernel's table of tracked flows held as many entries as it can.

Every connection leaving our network passes through two gateways, and each keeps an entry for every flow it has seen in the last two minutes. A fleet of sensors moved to opening a new connection for each reading, and by 09:40 each gateway held 131,072 entries, the maximum it was set up for. New flows were dropped until we enlarged the table at 10:00.`, "capacity")
	rca17First(t, `Incident narrative: render jobs waiting in "Queued" (Osprey Render Cloud)

On 3 March from 01:00 to 15:00 UTC, render jobs asking for our 4-GPU machines in zone a stayed queued, and some failed after waiting.

Every machine of that kind in zone a was already placed: a studio started 200 long jobs overnight, and the remaining machines were in use by other customers. New jobs waited for a machine to be released.

We moved 40 idle machines from zone c in the afternoon.`, "capacity")
}

// TestRCA17StepBeforeRead checks that code that did a step before it had
// read what the step needs, and a branch that fell through to another's,
// tell code behaviour though a release is named.
func TestRCA17StepBeforeRead(t *testing.T) {
	rca17First(t, `Files saved short — Gannet Backup agent 2.9

Who was affected: customers on agent 2.9, released on 4 May and withdrawn on 6 May.

What happened: the 2.9 agent sends only the parts of a file that changed, found by comparing a checksum for every 8 KiB part. For files whose size is not a multiple of 8 KiB, the agent computed the last checksum before it had read the last, shorter part, so the server stored the file without its end and recorded it as backed up.

What we did: we withdrew 2.9 and restored the affected files from the previous copy.`, "software-bug")
	rca17First(t, `Error pages kept for a day — Plover Books

For most of Tuesday, book pages showed an error message for books edited between 11:02 and 11:06.

During those minutes the catalogue service returned an error page to some requests. The cache in front of it is meant to keep only successful answers, and checks the answer's status against the value 200 written as text, while the status arrives as a number; so it never matched, and the branch for failures fell through to the same store call as success. The error pages were kept for 24 hours.

We purged the cache on Tuesday evening and released the fix on Wednesday.`, "software-bug")
}
