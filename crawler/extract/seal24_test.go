package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// extractSeal24 extracts body saved under name, failing the test on an error.
func extractSeal24(t *testing.T, name, body string) *data.Incident {
	t.Helper()
	in, err := Extract([]byte(body), "/tmp/seal24/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestHyphenDayFirstDateWithHrs: carriers write "14-08-2025 11:25 hrs
// IST", a day-first date with hyphens and "hrs" after the clock; the
// stamp is read whole, its zone with it, and the notice's clocks written
// "at 12:40 hrs" with no zone take the zone its fields name.
func TestHyphenDayFirstDateWithHrs(t *testing.T) {
	for _, tc := range []struct {
		in                    string
		day, month, hour, min int
		zone                  string
	}{
		{"14-08-2025 11:25 hrs IST", 14, 8, 11, 25, "IST"},
		{"03-11-2025 22:40 GMT", 3, 11, 22, 40, "UTC"},
		{"21/06/2025 09:05 hrs BST", 21, 6, 9, 5, "BST"},
	} {
		st, _, ok := parseStamp(tc.in, "en")
		if !ok || st.day != tc.day || st.month != tc.month || st.hour != tc.hour || st.min != tc.min || st.loc == nil || st.loc.String() != tc.zone {
			t.Errorf("%q: read %+v (ok %v), want day %d month %d %02d:%02d %s", tc.in, st, ok, tc.day, tc.month, tc.hour, tc.min, tc.zone)
		}
	}
	body := `Subject: RFO - Internet leased line down - Circuit ID PUN/ILL/20931 - 09-10-2025

Dear Customer,

Please find below the Reason for Outage for your leased line.

Circuit ID         : PUN/ILL/20931
Outage Start Time  : 09-10-2025 07:50 hrs IST
Restoration Time   : 09-10-2025 10:05 hrs IST
Outage Category    : Fiber Cut (Third Party)

Reason for Outage:
The circuit went down due to a fiber cut caused by drainage work near Baner Road.

Restoration Activity:
Our field team reached the site at 08:45 hrs and spliced the cable. Service was restored at 10:05 hrs.

Regards,
NOC
`
	in := extractSeal24(t, "rfo.txt", body)
	if in.StartedAt != "2025-10-09T07:50:00+05:30" || in.EndedAt != "2025-10-09T10:05:00+05:30" {
		t.Errorf("started %q, ended %q, want 07:50 and 10:05 IST on 9 October 2025", in.StartedAt, in.EndedAt)
	}
	if !strings.Contains(in.Cause, "fiber cut") {
		t.Errorf("cause %q, want the fiber cut", in.Cause)
	}
}

// TestOpeningRangeOverLongerLength: a review whose summary states the
// incident's range with both clock times ("From 5:10 a.m. to 7:45 a.m.
// GMT") and tells further on how long a cause had been building ("had
// been drifting for eight days") lasted the range: the longer length is
// the cause's, not the outage's, and the end stays.
func TestOpeningRangeOverLongerLength(t *testing.T) {
	body := `Postmortem: Nightly invoice upload rejected by the clearing house

Date of incident: Thursday, 13 March 2025

Summary
On Thursday 13 March, from 4:20 a.m. to 6:05 a.m. GMT, the nightly invoice upload to the clearing house was rejected and retried, and invoices went out late.

Root cause
The upload host's clock was 31 minutes fast. A change to its time settings had stopped it syncing, and the clock had been drifting for eleven days before the upload was refused.

Timeline (all times GMT)
04:20 Upload rejected ("signature not yet valid")
05:02 On-call paged
05:40 Clock corrected on upload-02
06:05 Upload accepted by the clearing house
`
	in := extractSeal24(t, "review.txt", body)
	if in.StartedAt != "2025-03-13T04:20:00Z" || in.EndedAt != "2025-03-13T06:05:00Z" {
		t.Errorf("started %q, ended %q, want 04:20 and 06:05 GMT on 13 March 2025", in.StartedAt, in.EndedAt)
	}
	if m := gotMinutes(in); m != 105 {
		t.Errorf("duration %d min, want 105", m)
	}
}

// TestDefectHeadingIsCause: a post that tells the change under "The
// change" and the fault it set off under "The bug it exposed" (or "The
// real problem") tells its cause under the second heading.
func TestDefectHeadingIsCause(t *testing.T) {
	for _, h := range []string{"The bug it exposed", "The real problem", "An old bug", "The underlying defect", "The bug"} {
		if got := classifyHeading(h); got != data.SectionCause {
			t.Errorf("classifyHeading(%q) = %q, want cause", h, got)
		}
	}
	for _, h := range []string{"How we fixed the bug", "Bug bash results", "The change"} {
		if got := classifyHeading(h); got == data.SectionCause {
			t.Errorf("classifyHeading(%q) = cause, want none", h)
		}
	}
	body := `# How a cache setting took our search down

By Ines Moretti · 3 June 2025

On Tuesday, 3 June 2025, between 10:20 and 11:05 UTC, searches on Larchmere returned errors.

## The change

At 10:15 UTC we raised the search cache's entry limit from 10,000 to 50,000, to serve more queries from memory.

## The bug it exposed

The cache's eviction code had an old bug: past 32,768 entries its index wrapped around and evicted entries still in use, so searches read freed memory and crashed.

## What we're doing

The eviction code is fixed and tested past 32,768 entries.
`
	in := extractSeal24(t, "post.md", body)
	if !strings.Contains(in.Cause, "eviction code") {
		t.Errorf("cause %q, want the eviction bug", in.Cause)
	}
}

// TestBlameSetAsideNamesNoCause: a reply that praises a write-up "instead
// of blaming a third party" blames no one; the quoted write-up's sentence
// tells the cause.
func TestBlameSetAsideNamesNoCause(t *testing.T) {
	if sec, _ := cueScore(`Good to see a write-up that owns the gap instead of blaming "a vendor".`); sec == data.SectionCause {
		t.Errorf("a blame set aside read as a cause")
	}
	if sec, _ := cueScore(`The provider blamed a faulty router for the outage.`); sec != data.SectionCause {
		t.Errorf("a blame read as %q, want cause", sec)
	}
}

// TestFilingCoverTitle: a company's current report to its regulator is
// titled by its filer and form, not by the regulator's name in capitals
// above them.
func TestFilingCoverTitle(t *testing.T) {
	body := `UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

Date of Report (Date of earliest event reported): June 9, 2025

BRAMBLING LOGISTICS CORP.
(Exact name of registrant as specified in its charter)

Item 8.01 Other Events.

On June 9, 2025, beginning at approximately 7:05 a.m. Eastern Time, Brambling Logistics Corp. experienced an outage of its shipment tracking systems. Service was restored at approximately 10:40 a.m. Eastern Time. The outage was caused by a failure of a storage array in the Company's primary data center.
`
	in := extractSeal24(t, "8k.txt", body)
	if in.Title != "BRAMBLING LOGISTICS CORP. Form 8-K" {
		t.Errorf("title %q, want the filer's name and form", in.Title)
	}
	if in.Org != "BRAMBLING LOGISTICS CORP." {
		t.Errorf("org %q, want the filer", in.Org)
	}
}

// TestBarRecordLineNoTitle: a health event's line of fields parted by
// bars, its days last ("Service | region | dates"), is no title: the
// event's name above it is.
func TestBarRecordLineNoTitle(t *testing.T) {
	if !barRecordLine("Kelpie Storage | eu-west-2 | March 4, 2025 - March 5, 2025") {
		t.Errorf("a service, region and dates line not read as a record's")
	}
	if barRecordLine("Status | Incidents | Maintenance") {
		t.Errorf("a menu read as a record's line")
	}
	body := `Kelpie Cloud | Health Dashboard

Service history > Kelpie Storage (London)

Elevated Error Rates for Object Uploads
Kelpie Storage | eu-west-2 | March 4, 2025 - March 5, 2025
Status: Resolved

[RESOLVED] Elevated Error Rates

Mar 4 11:52 PM GMT Between 10:40 PM and 11:35 PM GMT, uploads to buckets in eu-west-2 failed at elevated rates. The issue has been resolved.
`
	in := extractSeal24(t, "health.txt", body)
	if in.Title != "Elevated Error Rates for Object Uploads" {
		t.Errorf("title %q, want the event's name", in.Title)
	}
}

// TestPosterLineDatesNotice: a group notice copied from a chat app opens
// with its poster and the date it was posted ("发布人：… 2025-11-20 10:06
// 已读 …") above its title; its "今天上午（11月20日）08:35~09:50" is on that
// day and year.
func TestPosterLineDatesNotice(t *testing.T) {
	body := `钉钉  ·  青崖物流  ·  IT通知群

群公告
发布人：IT服务台-周敏    2025-09-04 11:20    已读 860 / 未读 41

【系统恢复通知】WMS系统访问异常已恢复

各位同事：

今天上午（9月4日）09:10~10:25，WMS仓储系统出现无法访问的情况，目前已全部恢复，请大家重新登录。

原因说明：数据库服务器磁盘空间写满，导致WMS服务无法写入数据。IT部门清理日志后恢复。

给大家的工作带来不便，敬请谅解。
`
	in := extractSeal24(t, "notice.txt", body)
	if in.StartedAt != "2025-09-04T09:10:00+08:00" || in.EndedAt != "2025-09-04T10:25:00+08:00" {
		t.Errorf("started %q, ended %q, want 09:10 and 10:25 on 4 September 2025", in.StartedAt, in.EndedAt)
	}
}

// TestYesterdayOverFarYearlessDay: a news story dated in its byline says
// the outage was "昨天下午" and later names a day without a year for a
// promise ("将在8月30日前补发"): the outage was the day before the byline,
// not that day a year earlier.
func TestYesterdayOverFarYearlessDay(t *testing.T) {
	body := `云湾出行App"罢工"两小时 机房空调故障所致

2025-08-19 08:10   来源：东岸晨报   作者：记者 苏晴

本报讯  昨天下午，不少用户发现云湾出行App无法叫车，页面一直转圈。

记者从云湾出行方面了解到，此次故障从下午2点左右开始，直至下午4点10分，各项服务才全部恢复。

云湾出行表示，故障源于机房空调故障，服务器过热后自动关机。对于受影响的用户，将在8月30日前补发优惠券。
`
	in := extractSeal24(t, "news.txt", body)
	if !strings.HasPrefix(in.StartedAt, "2025-08-18T14:00") {
		t.Errorf("started %q, want 2 pm on 18 August 2025, the day before the byline", in.StartedAt)
	}
}

// TestClockOpensLaterSentence: a 通报's 事件经过 tells its steps in one
// paragraph, each sentence after the first opening on its own clock time
// ("9时45分，…。11时10分，…"): each is an event at that time.
func TestClockOpensLaterSentence(t *testing.T) {
	body := `关于市公积金网上服务大厅4月8日服务中断情况的通报

各有关单位：

2025年4月8日14时10分至16时40分，市公积金网上服务大厅出现访问中断。现将有关情况通报如下：

一、事件经过
4月8日14时10分，市公积金中心监测发现平台访问异常，立即启动应急预案。14时35分，运维单位确认数据库主机宕机。15时50分，完成主机更换。16时40分，平台全部业务恢复正常。

二、原因分析
经查，本次中断系数据库主机电源模块故障所致。

市住房公积金管理中心
2025年4月10日
`
	in := extractSeal24(t, "tongbao.txt", body)
	want := map[string]bool{"2025-04-08T14:35:00+08:00": false, "2025-04-08T15:50:00+08:00": false}
	for _, ev := range in.Timeline {
		if _, ok := want[ev.At]; ok {
			want[ev.At] = true
		}
	}
	for at, seen := range want {
		if !seen {
			t.Errorf("no event at %s; timeline %v", at, in.Timeline)
		}
	}
}

// TestSparedPartNoCause: "Category pages kept working because they are
// served from the database" tells why a part was spared, not why the
// outage happened: it is no cause sentence.
func TestSparedPartNoCause(t *testing.T) {
	if sec, _ := cueScore("Category pages kept working because they are served from the catalog database, not the search cluster."); sec == data.SectionCause {
		t.Errorf("a spared part's reason read as a cause")
	}
	if sec, _ := cueScore("Searches failed because the index had no replicas."); sec != data.SectionCause {
		t.Errorf("a failure's reason read as %q, want cause", sec)
	}
}
