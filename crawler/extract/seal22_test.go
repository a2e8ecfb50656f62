package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

// extractSeal22 extracts body saved under name, failing the test on an error.
func extractSeal22(t *testing.T, name, body string) *data.Incident {
	t.Helper()
	in, err := Extract([]byte(body), "/tmp/seal22/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestHistoryEntryKeepsItsBoldSections: a status history clipped to
// Markdown names each entry in a heading under a date heading one level
// up ("### 20/5" over "#### Post Incident Review …"); the entry's
// "**What happened?**" lines become headings of the entry's own level.
// They are the entry's sections, not its end: the entry runs on to the
// next date heading, so its times and cause are read.
func TestHistoryEntryKeepsItsBoldSections(t *testing.T) {
	body := `# Tamsin Cloud status history

## August 2025

### 21/8

#### Post Incident Review (PIR) – Tamsin Queues – Delayed deliveries in North Europe

Tracking ID: 7QPL-2XD

**What happened?**

Between 08:05 and 09:50 UTC on 21 Aug 2025, customers of Tamsin Queues in North Europe saw messages delivered up to 20 minutes late.

**What went wrong and why?**

A change to the broker's flow-control settings halved the number of messages each consumer could hold, and consumers fell behind.

---

### 14/8

#### Post Incident Review (PIR) – Tamsin Storage – Failed uploads in Asia East

Tracking ID: 4KXM-9RT

Between 02:10 and 02:55 UTC on 14 Aug 2025, … Show more
`
	in := extractSeal22(t, "history.md", body)
	if in.StartedAt != "2025-08-21T08:05:00Z" || in.EndedAt != "2025-08-21T09:50:00Z" {
		t.Errorf("started %q, ended %q, want 08:05 and 09:50 UTC on 21 Aug 2025", in.StartedAt, in.EndedAt)
	}
	if !strings.Contains(in.Cause, "flow-control") {
		t.Errorf("cause %q, want the What went wrong section's", in.Cause)
	}
	if strings.Contains(in.Text, "Asia East") {
		t.Errorf("text holds the next entry: %q", in.Text)
	}
}

// TestZuluClockAfterDate: a carrier's RFO dates its timeline in the
// military form, a day, a month in capitals and four digits marked Z
// ("05 MAR 2025 2214Z"); the four digits are the clock, in UTC.
func TestZuluClockAfterDate(t *testing.T) {
	for _, tc := range []struct {
		in             string
		day, hour, min int
	}{
		{"05 MAR 2025 2214Z", 5, 22, 14},
		{"05 Mar 2025 0907 UTC", 5, 9, 7},
		{"05 Mar 2025 0907 hrs", 5, 9, 7},
	} {
		st, _, ok := parseStamp(tc.in, "en")
		if !ok || st.day != tc.day || st.hour != tc.hour || st.min != tc.min {
			t.Errorf("%q: day %d %02d:%02d, want day %d %02d:%02d", tc.in, st.day, st.hour, st.min, tc.day, tc.hour, tc.min)
		}
	}
	body := `REASON FOR OUTAGE

Subject:   Loss of service on Leeds - Hull 10G circuit
Circuit:   TRX/LDS/HUL/0117

TIMELINE (ALL TIMES UTC)

  05 MAR 2025 2214Z   Loss of signal alarm raised on the circuit
  05 MAR 2025 2240Z   Fault isolated to a line card at Goole exchange
  06 MAR 2025 0131Z   Line card replaced, service restored

ROOT CAUSE

A line card at Goole exchange failed.
`
	in := extractSeal22(t, "rfo.txt", body)
	if in.StartedAt != "2025-03-05T22:14:00Z" || in.EndedAt != "2025-03-06T01:31:00Z" {
		t.Errorf("started %q, ended %q, want 2214Z on 5 March to 0131Z on 6 March", in.StartedAt, in.EndedAt)
	}
}

// TestReplyQuotingTheReport: an e-mail reply saved as text, a line of
// thanks over the report it quotes, every quoted line set after "> ";
// the report's "Why" section is read as its cause, its clock times as
// its start and end.
func TestReplyQuotingTheReport(t *testing.T) {
	body := `From: Ola Brandt <o.brandt@fenwick.example>
To: Sana Iqbal <s.iqbal@fenwick.example>
Date: Wed, 12 Mar 2025 09:14:02 +0000
Subject: Re: [INCIDENT] Invoice PDFs not generating - summary

Thanks Sana, clear and useful.

Ola

On Tue, Mar 11, 2025 at 5:02 PM Sana Iqbal <s.iqbal@fenwick.example> wrote:
> Hi all,
>
> Summary of today's invoice incident.
>
> What happened
> From 10:20 until 13:05 UTC on Tuesday 11 March 2025, invoice PDFs were not
> generated for any customer; about 2,100 invoices were queued and all were
> sent by 13:40.
>
> Why
> The PDF renderer's fonts volume was removed by a cleanup script that
> deleted volumes it believed to be unattached, so every render failed.
>
> Follow-ups
> - Cleanup script skips volumes with a keep tag (owner: Ola)
>
> Sana
`
	in := extractSeal22(t, "reply.txt", body)
	// "Why" heads the reason: the cause is its section, not "What
	// happened"'s account of the impact
	if !strings.Contains(in.Cause, "cleanup script") || strings.Contains(in.Cause, ">") || strings.Contains(in.Cause, "were queued") {
		t.Errorf("cause %q, want the quoted Why section's, without its quote marks", in.Cause)
	}
	if in.StartedAt != "2025-03-11T10:20:00Z" || in.EndedAt != "2025-03-11T13:05:00Z" {
		t.Errorf("started %q, ended %q, want 10:20 to 13:05 UTC on 11 March", in.StartedAt, in.EndedAt)
	}
}

// TestUSZoneWordAfterClock: "12:15 p.m. Eastern on Thursday" names the
// US Eastern zone by its word alone; "Eastern Europe" after a clock
// names none.
func TestUSZoneWordAfterClock(t *testing.T) {
	for _, tc := range []struct {
		in   string
		zone bool
		off  int // seconds east of UTC on 6 November 2025
	}{
		{"9:40 a.m. Eastern on Thursday", true, -5 * 3600},
		{"3 pm Pacific.", true, -8 * 3600},
		{"10:00 Central, as planned", true, -6 * 3600},
		{"10:00 Eastern Europe saw", false, 0},
	} {
		st, _, ok := parseStamp(tc.in, "en")
		if !ok {
			t.Errorf("%q: not read", tc.in)
			continue
		}
		if (st.loc != nil) != tc.zone {
			t.Errorf("%q: zone %v, want one: %v", tc.in, st.loc, tc.zone)
			continue
		}
		if st.loc != nil {
			if _, off := time.Date(2025, 11, 6, 12, 0, 0, 0, st.loc).Zone(); off != tc.off {
				t.Errorf("%q: offset %d, want %d", tc.in, off, tc.off)
			}
		}
	}
}

// TestChatNoticeFieldsUnderTitle: a notice posted in a work chat (飞书,
// 钉钉) is its title over short "影响范围：…" / "原因：…" lines, no two of
// them long: the labelled lines are its write-up, so the title is the
// 【】 line above them, not a later line that names a 复盘, and the cause
// is the 原因 line.
func TestChatNoticeFieldsUnderTitle(t *testing.T) {
	body := `青杉物流 · 技术值班群
群聊 · 成员 92

值班机器人  2025年9月2日 15:20
@所有人
【故障通报】运单查询接口报错（已恢复）

影响时间：2025年9月2日 14:31—15:02（北京时间）
影响范围：司机端App运单查询约半数请求报错，下单不受影响
原因：14:25扩容的缓存节点未加入白名单，查询服务访问新节点被拒绝。
处理：14:58将新节点加入白名单，15:02恢复正常。

完整复盘文档明天发到群里，有问题请联系 @周宁

已读 80
`
	in := extractSeal22(t, "notice.txt", body)
	if !strings.Contains(in.Title, "运单查询接口报错") {
		t.Errorf("title %q, want the 【故障通报】 line", in.Title)
	}
	if !strings.Contains(in.Cause, "白名单") {
		t.Errorf("cause %q, want the 原因 line", in.Cause)
	}
}

// TestReportKindOverItsTitle: a public body's report printed to text, its
// letterhead and protective marking on the first line, then the report's
// kind in capitals ("SERVICE INCIDENT REPORT") over the incident's own
// name: the title is that name, not the letterhead.
func TestReportKindOverItsTitle(t *testing.T) {
	body := `Office of Water and Sewerage                                     OFFICIAL
Customer Systems Branch

SERVICE INCIDENT REPORT

Online bill payments failing for card customers

Report reference:     SIR-2025-0412
Date of report:       2025-06-20

1. Incident details

Incident start:       2025-06-18T07:12:00+10:00
Incident end:         2025-06-18T09:40:00+10:00

2. Root cause

The payment gateway's merchant certificate expired overnight and was not renewed.
`
	in := extractSeal22(t, "sir.txt", body)
	if in.Title != "Online bill payments failing for card customers" {
		t.Errorf("title %q, want the line under the report's kind", in.Title)
	}
}

// TestHanMenuParted: a Chinese cloud's menu copied as text, its items
// parted by single spaces between two "|" ("青石云 | 产品 解决方案 定价 文档
// 支持 控制台 登录 | 注册"), is a menu, not the notice's title.
func TestHanMenuParted(t *testing.T) {
	body := `青石云 | 产品 解决方案 定价 文档 支持 控制台 登录 | 注册

公告 > 故障说明

华北二地域对象存储访问异常的故障说明

2025-08-03

故障时段：北京时间2025年8月2日 10:05-11:20

故障原因：存储集群一台交换机的光模块故障，导致部分存储节点网络中断。
`
	in := extractSeal22(t, "menu.txt", body)
	if in.Title != "华北二地域对象存储访问异常的故障说明" {
		t.Errorf("title %q, want the notice's own line", in.Title)
	}
}
