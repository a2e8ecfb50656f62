package extract

import (
	"strings"
	"testing"
)

// TestHardWrappedText: a page printed and read back as text, or a letter
// wrapped at a fixed width, has its paragraphs broken into lines of one
// width; they are read as paragraphs again (the title wrapped on two
// lines is one title, a sentence's halves are one sentence), while lines
// laid out in columns or a menu stay as they are.
func TestHardWrappedText(t *testing.T) {
	for _, c := range []struct {
		name, doc, title, inText, notInText string
	}{
		{
			name: "news printed to text",
			doc: `04/09/2025, 10:12          Gorseway ferry bookings halted after payment system fails | Harbour Herald



     HARBOUR HERALD
     News  Travel  Business  Opinion          Sign in   Subscribe


     Gorseway ferry bookings halted after payment
     system fails for most of Wednesday

     By Lena Marsh, Travel Reporter
     Thursday 4 September 2025 09:02 BST


     Passengers trying to book crossings with Gorseway Ferries on Wednesday were
     turned away for most of the day after the operator's online payment system
     stopped accepting cards, the company confirmed on Thursday morning.

     The problems began shortly after 8am and bookings only reopened late in the
     afternoon. Travellers with existing tickets could still board as normal, but
     the ticket office at the harbour was only able to take cash payments.

     The company said an update to its booking software had been installed on
     Tuesday night and had stopped card payments from being passed to its bank.


https://www.harbourherald.example/travel/2025/sep/04/gorseway-ferry-bookings          1/2
`,
			title:     "Gorseway ferry bookings halted after payment system fails for most of Wednesday",
			inText:    "were turned away for most of the day",
			notInText: "https://",
		},
		{
			name: "Chinese news printed to text",
			doc: `2025/8/2 上午9:40                  远帆快递查件系统瘫痪半日 官方回应_科技_江城日报


   江城日报                                              首页 | 新闻 | 科技 | 财经 | 登录

   远帆快递查件系统瘫痪半日 官方回应

   2025-08-02 08:15   来源：江城日报   记者 陈思远

   8月1日上午，不少用户反映远帆快递App和小程序无法查询物流信息，寄件下单也一直
   提示失败。记者从远帆快递了解到，查件和下单功能当天上午10时起出现异常，直到下
   午4时左右才逐步恢复，其间快递员揽收、派送均未受影响。

   远帆快递客服人员向记者表示，公司数据中心当天进行存储扩容时误删了部分索引数据，
   查件服务大量超时，用户无法查询物流。公司已恢复数据并将加强变更审核。

   “下午要寄一份合同，等了两个多小时都下不了单，最后只好换了一家快递公司。”市民
   王先生说。也有电商商家表示，当天上午的发货单只能先手写登记，等系统恢复后再逐
   条补录，耽误了不少时间。业内人士认为，快递企业应当为核心系统做好变更前的备份
   和演练，避免类似问题再次出现。

   版权所有 江城日报社 未经授权禁止转载


https://www.jiangcheng-daily.example/tech/2025-08/02/content_1182.html                      1/1
`,
			title:  "远帆快递查件系统瘫痪半日 官方回应",
			inText: "寄件下单也一直提示失败",
		},
		{
			name: "columns stay as laid out",
			doc: `Pikeworth Cloud    Status    Incidents    Maintenance    Subscribe
Incidents / INC-20250611-02

Object storage: uploads failing in eu-north-4
Severity 2 · Resolved

SUMMARY                                              AT A GLANCE
On 11 June 2025 customers with buckets in eu-north   Service      Object storage
-4 could not upload objects for 1 hour 40 minutes.   Region       eu-north-4
Downloads of existing objects kept working for all   Start        11 June 2025, 14:02 UTC
customers in the region during the whole incident.   End          11 June 2025, 15:42 UTC
                                                     Duration     1 h 40 min
IMPACT                                               Customers    about 800 buckets
About 800 buckets (12 % of the region) returned an
error to every upload request from 14:02 onwards.    RELATED
Lifecycle rules and replication were delayed too.    Status history
                                                     Storage docs
`,
			title:     "Object storage: uploads failing in eu-north-4",
			notInText: "Subscribe Incidents",
		},
	} {
		in, err := Extract([]byte(c.doc), c.name+".txt", "text/plain")
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !titleMatches(in.Title, c.title) {
			t.Errorf("%s: title %q, want %q", c.name, in.Title, c.title)
		}
		if c.inText != "" && !strings.Contains(in.Text, c.inText) {
			t.Errorf("%s: text lacks %q (wrapped sentence not joined):\n%s", c.name, c.inText, in.Text)
		}
		if c.notInText != "" && strings.Contains(in.Title+"\n"+in.Text, c.notInText) {
			t.Errorf("%s: %q in title or text", c.name, c.notInText)
		}
	}
}

// titleMatches reports whether got is want, or want with a page's site
// name or print header's time around it.
func titleMatches(got, want string) bool {
	return got == want || strings.Contains(got, want) && len(want)*10 >= len(got)*6
}

// TestFieldWithClockValueNoTitle: a letter's field whose value opens on a
// clock time ("Outage window: 23:10 (GMT+8) …") is a record's time, not
// the title, whatever its name says; the heading above it is the title.
func TestFieldWithClockValueNoTitle(t *testing.T) {
	doc := `Copperleaf Hosting Ltd.
Network Operations

REASON FOR OUTAGE - Loss of power to hall B at the Leeds data centre

Services affected: Dedicated servers, colocation (hall B)
Outage window: 06:40 (GMT) 3 March 2025 - 09:15 (GMT) 3 March 2025

At 06:40 the utility feed to hall B failed and the transfer switch did not start the generator for that hall. Servers in hall B lost power until the switch was closed by hand.
`
	in, err := Extract([]byte(doc), "copperleaf-rfo.txt", "text/plain")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Title, "Loss of power to hall B") {
		t.Errorf("title %q, want the heading", in.Title)
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Outage window: 06:40 (GMT) 3 March 2025 - 09:15 (GMT)", true},
		{"Impact period: 14:05 UTC to 15:30 UTC", true},
		{"Post-incident review: 9 September booking outage", false},
		{"Incident report: checkout errors", false},
	} {
		if got := metaFieldLine(c.line); got != c.want {
			t.Errorf("metaFieldLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestChineseFindingCause: a Chinese notice or news story that tells its
// cause in plain words, after "经排查，" or in a statement reported with
// "表示，", cause first and its effects after in one sentence, gets that
// sentence's cause.
func TestChineseFindingCause(t *testing.T) {
	for _, c := range []struct {
		name, doc, want string
	}{
		{
			name: "经排查 in a one-paragraph notice",
			doc: `关于7月3日西南二地域对象存储访问异常的公告

尊敬的用户：北京时间2025年7月3日14:05至15:40，西南二地域部分用户访问对象存储时出现超时和报错。经排查，当日下午存储集群一台元数据节点的磁盘出现坏道，读写延迟大幅升高，集群未能及时将其剔除；我们随后手动下线该节点，15:40服务全部恢复。对由此给您带来的不便，我们深表歉意。
`,
			want: "磁盘出现坏道",
		},
		{
			name: "a statement reported in news, cause then effects",
			doc: `鹿鸣外卖App晚高峰崩溃两小时

8月9日晚，不少用户发现鹿鸣外卖App无法下单。晚上6点左右起App一直提示网络错误，直到8点10分才恢复。

鹿鸣外卖客服人员向记者表示，公司所用的云服务商当晚一处机房网络设备出现异常，订单接口大量超时，用户无法下单。公司已将服务迁移至其他机房。
`,
			want: "网络设备出现异常",
		},
	} {
		in, err := Extract([]byte(c.doc), c.name+".txt", "text/plain")
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !strings.Contains(in.Cause, c.want) {
			t.Errorf("%s: cause %q, want it to tell %q", c.name, in.Cause, c.want)
		}
	}
}

// TestMiniReportCell: a status page's table of updates whose newest cell
// is a short report of paragraphs that open with bold labels
// ("<b>Incident Start:</b> …", "<b>Description:</b> …") is read as that
// report: its start and end fields date the incident, its description
// tells the cause.
func TestMiniReportCell(t *testing.T) {
	doc := `<!doctype html><html><head><title>Brambleford Cloud Status</title></head><body>
<h1>Incident affecting Managed Redis</h1>
<p>Connection resets for Managed Redis instances in eu-south2</p>
<table>
<thead><tr><th>Date</th><th>Time</th><th>Description</th></tr></thead>
<tbody>
<tr><td>14 May 2025</td><td>09:10 PDT</td><td>
<h3>Mini Incident Report</h3>
<p>We apologize for the inconvenience this service disruption may have caused.</p>
<p><strong>(All Times US/Pacific)</strong></p>
<p><strong>Incident Start:</strong> 12 May 2025 01:20</p>
<p><strong>Incident End:</strong> 12 May 2025 03:05</p>
<p><strong>Description:</strong> A kernel update rolled out to the proxy hosts lowered the limit on open connections per process, so proxies reset client connections once they passed the new limit. The update was rolled back.</p>
<p><strong>Customer Impact:</strong> Clients saw connection resets and timeouts.</p>
</td></tr>
<tr><td>12 May 2025</td><td>03:20 PDT</td><td><p>The issue with Managed Redis has been resolved for all affected users as of Monday, 2025-05-12 03:05 US/Pacific.</p></td></tr>
<tr><td>12 May 2025</td><td>02:02 PDT</td><td><p>We are investigating connection resets for Managed Redis in eu-south2.</p></td></tr>
</tbody>
</table>
</body></html>`
	in, err := Extract([]byte(doc), "brambleford.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-05-12T01:20:00-07:00" {
		t.Errorf("started %q, want the report's Incident Start", in.StartedAt)
	}
	if in.EndedAt != "2025-05-12T03:05:00-07:00" {
		t.Errorf("ended %q, want the report's Incident End", in.EndedAt)
	}
	if !strings.Contains(in.Cause, "kernel update") {
		t.Errorf("cause %q, want the report's description", in.Cause)
	}
}

// TestChineseUpdateStart: a Chinese status page's first update that says
// when the impact began ("自14:20起部分用户…") starts the incident then,
// before the update was posted.
func TestChineseUpdateStart(t *testing.T) {
	doc := `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>对象存储上传失败 - 松岩云服务状态</title></head><body>
<h1>对象存储上传失败</h1>
<div class="update"><h3>已解决</h3><p>上传功能已恢复正常，本次事件已解决。</p><p class="time">发布于 2025-09-02 11:40 (GMT+8)</p></div>
<div class="update"><h3>已确认</h3><p>一台元数据服务器磁盘写满，新文件的元数据无法写入。我们正在清理并扩容。</p><p class="time">发布于 2025-09-02 10:51 (GMT+8)</p></div>
<div class="update"><h3>调查中</h3><p>我们收到来自部分用户的反馈，自10:05起上传文件失败，下载不受影响。我们正在排查。</p><p class="time">发布于 2025-09-02 10:22 (GMT+8)</p></div>
</body></html>`
	in, err := Extract([]byte(doc), "songyan.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-09-02T10:05:00+08:00" {
		t.Errorf("started %q, want 10:05 as the first update says", in.StartedAt)
	}
}

// TestSubscribeWidgetSmallPrint: a saved Statuspage incident keeps its
// subscribe widget's text (the offer of text-message notifications and
// the small print under the form); none of it is the summary.
func TestSubscribeWidgetSmallPrint(t *testing.T) {
	doc := `<!DOCTYPE html><html><head><title>Tansley Status - Search results delayed</title></head><body>
<div class="updates-dropdown-section">
<div class="directions">Get text message notifications whenever Tansley <strong>creates</strong> or <strong>resolves</strong> an incident.</div>
<form><label>Phone number:</label><input type="tel"><button>Subscribe via Text Message</button></form>
<p class="small">Message and data rates may apply. By subscribing you agree to the Privacy Policy.</p>
</div>
<div class="incident-name">Search results delayed</div>
<div class="update-row"><strong>Resolved</strong> - New documents appear in search results again within a minute of being saved. <small>Jun 3, 2025 - 11:12 UTC</small></div>
<div class="update-row"><strong>Investigating</strong> - New documents take up to an hour to appear in search results. <small>Jun 3, 2025 - 09:40 UTC</small></div>
</body></html>`
	in, err := Extract([]byte(doc), "tansley.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{in.Summary, in.Impact, in.Cause} {
		if strings.Contains(field, "rates may apply") || strings.Contains(field, "text message notifications") {
			t.Errorf("subscribe widget's text in a field: %q", field)
		}
	}
}

// TestImpactSectionStart: a write-up whose impact section says from when
// users saw it ("From 06:10 CET, …") began then, not at the first event
// its timeline tells (when support noticed), and a section headed "What
// customers saw" is its impact.
func TestImpactSectionStart(t *testing.T) {
	doc := `# Incident report: duplicate reminder e-mails on 3 February 2025

Some Larkhill Clinic patients got the same appointment reminder three or four times on 3 February.

## What customers saw

From 06:10 CET, appointment reminders for the next day were sent more than once to about 9,000 patients. We paused the reminder job at 07:55 CET and no duplicates went out after that.

## What went wrong

A retry setting in the new mail queue was applied to the reminder job as well, and reminders whose delivery receipt came back slowly were sent again.

## Timeline (CET)

- 06:48 – the front desk reports patients calling about repeated e-mails.
- 07:20 – on-call engineer links the duplicates to the mail queue's retries.
- 07:55 – reminder job paused; duplicates stop.
`
	in, err := Extract([]byte(doc), "larkhill.md", "text/markdown")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2025-02-03T06:10:00") && !strings.HasSuffix(in.StartedAt, "T06:10:00+01:00") {
		t.Errorf("started %q, want 06:10 CET as the impact section says", in.StartedAt)
	}
	if !strings.Contains(in.Impact, "sent more than once") {
		t.Errorf("impact %q, want the section under \"What customers saw\"", in.Impact)
	}
}

// TestBylineDateNoEvent: a news story's date and time under its byline
// ("By Owen Pryce, Business Reporter" / "Friday 7 February 2025 18:05
// GMT") is when it was published, not when the outage ended: the length
// the story states holds.
func TestBylineDateNoEvent(t *testing.T) {
	doc := `Thornley Energy customers unable to top up prepay meters

By Owen Pryce, Business Reporter
Friday 7 February 2025 18:05 GMT

Customers of Thornley Energy with prepayment meters could not top up their credit for two hours on Friday morning, the supplier said.

The app and website stopped taking payments from about 8.15am. Thornley said a payment provider it uses had suffered an outage, and that payments were working again by late morning.
`
	in, err := Extract([]byte(doc), "thornley-news.txt", "text/plain")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.EndedAt, "18:05") {
		t.Errorf("ended %q: the byline's time taken for the end", in.EndedAt)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.TimeText, "18:05") {
			t.Errorf("byline's time is an event: %+v", ev)
		}
	}
	if in.DurationMinutes != 120 {
		t.Errorf("duration %d, want the 120 minutes the story states", in.DurationMinutes)
	}
}

// TestFailureSentencesGiveWay: a story whose paragraphs first say only
// that the service failed ("the site stopped working", "bookings failed
// from about 9am") and then, in plain words, what set it off gets the
// sentence that names it as its cause.
func TestFailureSentencesGiveWay(t *testing.T) {
	doc := `Ashcombe Theatre ticket sales halted for a morning

Fans hoping to buy tickets for the Christmas show were left waiting on Monday.

Hundreds of fans were left queueing at the box office on Monday after the Ashcombe Theatre booking app stopped working at the height of the morning rush. The app, which most fans use to buy and show their tickets, failed from about 9am and was out of action for three hours, the theatre said.

The theatre said an engineer at its ticketing supplier had applied a configuration change to the wrong server the night before, and that nobody had checked it. Sales reopened at noon.
`
	in, err := Extract([]byte(doc), "ashcombe-news.txt", "text/plain")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "configuration change") {
		t.Errorf("cause %q, want the sentence that names the configuration change", in.Cause)
	}
}
