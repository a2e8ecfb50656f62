package extract

import (
	"strings"
	"testing"
)

// TestSeal18CauseForms: causes told in the forms of real-world genres the
// earlier sets lacked are found as the cause: a review's "Trigger"
// section over its "Contributing factors" (the trigger, not the first
// contributing factor); an update whose state is followed by its stamp
// ("Identified Mar 3, 2025 at 11:02 AM UTC …"); a notice whose opening
// only chains what customers met (…无法收到验证码，导致无法完成转账) and
// whose next paragraph states the cause; a timeline item telling what a
// check with someone found (经与运营商乙确认，…).
func TestSeal18CauseForms(t *testing.T) {
	for _, c := range []struct {
		name, file, doc, want string
	}{
		{
			name: "review with Trigger over Contributing factors",
			file: "review.md",
			doc: `# Postmortem: search results missing on 14 May

Hallowby Books engineering · Published 16 May 2025

## Impact

From 09:20 to 10:35 UTC on 14 May, searches on Hallowby returned no results for about half of all queries.

## Trigger

At 09:12 UTC a change to the index alias settings was applied. It pointed the search alias at the new, still empty index instead of the old one.

## Contributing factors

- The alias and the index share a naming scheme that differs by one digit.
- Our checks confirm an alias exists, not that its index holds documents.

## Resolution

We pointed the alias back at the old index at 10:30 UTC; results were complete by 10:35 UTC.
`,
			want: "index alias settings",
		},
		{
			name: "status update whose state is followed by its stamp",
			file: "status.html",
			doc: `<html><body><h1>Delayed invoice emails</h1>
<ol>
<li><span>Resolved</span> <time>Mar 3, 2025 at 11:40 AM UTC</time><p>This incident has been resolved.</p></li>
<li><span>Identified</span> <time>Mar 3, 2025 at 11:02 AM UTC</time><p>Emails were queueing behind a single stuck sender process that held the mail queue's lease. We have restarted it.</p></li>
<li><span>Investigating</span> <time>Mar 3, 2025 at 10:31 AM UTC</time><p>Invoice emails are delayed. We are investigating.</p></li>
</ol></body></html>`,
			want: "stuck sender process",
		},
		{
			name: "bank notice whose opening only chains what customers met",
			file: "notice.txt",
			doc: `关于3月2日部分客户网上银行转账异常的情况说明

尊敬的客户：

2025年3月2日14时10分至15时05分，我行部分客户在使用网上银行转账时无法收到动态验证码，导致无法完成转账。

经核查，本次异常是为我行提供验证码服务的合作方机房网络设备故障所致。我行于14时40分切换至备用通道，15时05分恢复正常。

特此说明。
`,
			want: "机房网络设备故障",
		},
		{
			name: "timeline item telling what a check with a carrier found",
			file: "notice.md",
			doc: `# 关于6月3日华北一可用区公网访问异常的情况说明

2025年6月3日10:05至11:20（北京时间），华北一可用区部分云服务器公网访问丢包。

## 一、事件经过

- 10:05 监控发现华北一可用区公网出口丢包率升高。
- 10:30 经与运营商乙确认，其一段出城光缆被施工机械挖断，正在抢修。
- 11:20 线路恢复，公网访问恢复正常。

## 二、后续改进

1. 新增一条不同路由的出口线路。
`,
			want: "光缆被施工机械挖断",
		},
	} {
		in, err := Extract([]byte(c.doc), c.file, "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("%s: cause %q, want it to hold %q", c.name, in.Cause, c.want)
		}
	}
}

// TestSeal18StampsAndClosings: a status page's date and clock parted by a
// middle dot ("Dec 2, 2025 · 10:40 AM GMT") are one stamp; a closing
// update that only watches, closes, thanks and promises a report tells
// no cause.
func TestSeal18StampsAndClosings(t *testing.T) {
	doc := `<html><body><h1>Reports loading slowly</h1>
<div><h3>Resolved</h3><p>We have seen normal load times for the last 30 minutes and are marking this incident as resolved. Thank you for your patience. A detailed root cause analysis will be shared when it is ready.</p><p>Feb 4, 2025 · 3:10 PM GMT</p></div>
<div><h3>Investigating</h3><p>Reports are taking a long time to load. We are looking into it.</p><p>Feb 4, 2025 · 1:45 PM GMT</p></div>
</body></html>`
	in, err := Extract([]byte(doc), "status.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-02-04T13:45:00Z" || in.EndedAt != "2025-02-04T15:10:00Z" {
		t.Errorf("started %q, ended %q, want 2025-02-04T13:45:00Z and 2025-02-04T15:10:00Z", in.StartedAt, in.EndedAt)
	}
	if in.Cause != "" {
		t.Errorf("cause %q, want none", in.Cause)
	}
}
