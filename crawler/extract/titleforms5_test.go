package extract

import (
	"path/filepath"
	"testing"
)

// TestTitleForms5 asks each method behind titles-5's fixes of pages of
// our own writing: each fails without its method.
func TestTitleForms5(t *testing.T) {
	cases := []struct{ name, file, body, want string }{
		{"Chinese <title> of a kind of page and the site set apart by a bare hyphen", "notice.html", `<html><head><title>公告详情-松岩云</title></head><body><div class="header"><a class="logo" href="/">松岩云</a></div><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/notice">公告</a> &gt; 详情</div><div class="box"><div class="box-head">松岩云数据库华北节点连接异常公告</div><div class="box-info">发布时间：2026-03-02 10:00</div><p>2026 年 3 月 2 日 08:10 至 08:50，部分数据库实例连接超时，原因为网络设备故障，已恢复。</p></div></body></html>`,
			"松岩云数据库华北节点连接异常公告"},
		{"<title> that is the logo's name alone over a bold headline", "notice.html", `<html><head><title>Kettlewell Freight</title></head><body><header><a href="/"><img src="/k.svg" alt="Kettlewell Freight"></a></header><section><ul><li>2 March 2026</li><li>Notice</li></ul><p><b>Booking portal unavailable on Monday morning</b></p><p>Our booking portal could not be reached from 07:00 to 10:40 on 2 March after a failed certificate renewal. Bookings by phone kept working.</p></section></body></html>`,
			"Booking portal unavailable on Monday morning"},
		{"Chinese newspaper's name in a print header", "news.txt", "2026/3/2 08:15                                                  青石晚报\n\n青石晚报　　首页　新闻　社会　财经\n\n当前位置：首页 > 社会\n\n城南供暖管道破裂　三个小区停暖一天\n\n2026-03-02 07:30　来源：青石晚报\n\n3 月 1 日凌晨，城南一条供暖主管道破裂，三个小区约 2000 户居民停暖，热力公司抢修至当晚恢复。\n",
			"城南供暖管道破裂　三个小区停暖一天"},
		{"newspaper's masthead in a print header, its prompts, a headline wrapped", "news.txt", "3/3/26, 7:02 AM                                                 Settle Herald\n\nSETTLE HERALD                                        Subscribe  |  Sign in\n\nNEWS\n\nCouncil website outage leaves residents unable\nto book bin collections for two days\n\nBy Amy Close\nTuesday 3 March 2026 06:10 GMT\n\nResidents could not book bulky waste collections on the council's website on Sunday and\nMonday after the booking system failed during an upgrade.\n\nThe council said the system was restored on Monday evening.\n",
			"Council website outage leaves residents unable to book bin collections for two days"},
		{"status page's product heading over the incident's (markdown)", "status.md", "[Hawes Status](https://status.hawes.example)\n\n# Hawes Search\n\nIncident · Major · Resolved\n\n## Slow queries in eu-west-1\n\n**March 2, 2026 10:05 UTC — Resolved**\n\nQuery times are back to normal after we replaced a node with a failing disk.\n\n**March 2, 2026 09:12 UTC — Investigating**\n\nSome queries in eu-west-1 take over ten seconds.\n",
			"Slow queries in eu-west-1"},
		{"status page's product heading over the incident's (HTML, Chinese)", "status.html", `<html><head><title>岚山云 - 服务健康状态</title></head><body><div class="hd">岚山云 服务健康状态</div><div class="ev"><h1>对象存储 OSS</h1><div class="ev-name">华东二区上传请求超时</div><div class="ev-tag">已恢复</div><div class="ev-time">开始时间：2026-03-02 09:00　结束时间：2026-03-02 09:40</div><p>3 月 2 日上午，华东二区部分上传请求超时约 40 分钟，原因为一台网关节点负载过高，已扩容。</p></div></body></html>`,
			"华东二区上传请求超时"},
		{"a post's heading in capitals on no status page stays", "post.md", "# Scaling Our Queue\n\nBy Ann Lee\n\nWhy we moved to partitioned queues last year.\n\n## Background\n\nThe queue had grown to ten million jobs a day.\n",
			"Scaling Our Queue"},
	}
	for _, c := range cases {
		abs, _ := filepath.Abs(filepath.Join(t.TempDir(), c.file))
		in, err := Extract([]byte(c.body), abs, "")
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !titleRight(in.Title, realWorldGold{Title: c.want}) {
			t.Errorf("%s: title %q, want %q", c.name, in.Title, c.want)
		}
	}
}

// TestSiteShapes5 asks the shapes of site names and page names titles-5
// taught.
func TestSiteShapes5(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"公告详情-青筠云", []string{"公告详情", "青筠云"}}, {"玉溪晨报｜民生", []string{"玉溪晨报", "民生"}},
		{"Outage - Site", []string{"Outage", "Site"}}, {"2026-03-04 故障说明", []string{"2026-03-04 故障说明"}}, {"check-in", []string{"check-in"}},
	} {
		got := siteParts(c.in)
		if len(got) != len(c.want) {
			t.Errorf("siteParts(%q) = %q, want %q", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("siteParts(%q) = %q, want %q", c.in, got, c.want)
			}
		}
	}
	for _, c := range []struct {
		t    string
		want bool
	}{{"Draughton Post", true}, {"The Settle Herald", true}, {"Keld Courier", true}, {"Power cut leaves homes without heating", false}, {"Echo Cloud Status", true}} {
		if got := siteKindName(c.t); got != c.want {
			t.Errorf("siteKindName(%q) = %v, want %v", c.t, got, c.want)
		}
	}
	for _, c := range []struct {
		t    string
		want bool
	}{{"金陵晚报", true}, {"红杉科技公司博客", true}, {"城南供暖管道破裂", false}} {
		if got := hanSiteName(c.t); got != c.want {
			t.Errorf("hanSiteName(%q) = %v, want %v", c.t, got, c.want)
		}
	}
	if !wrapsOn("Airline check-in system failure grounds", "morning flights at three airports") || wrapsOn("Flights were delayed on", "Friday after a check-in system failed.") || wrapsOn("INC-12 Exports failing after an upgrade", "in list Ready for review") || wrapsOn("Our write-up of the DNS outage (example.org)", "submitted 3 days ago by dns_ops") {
		t.Error("wrapsOn: a headline wrapped in lower case goes on; a sentence does not, nor a card's list line")
	}
	for _, c := range []struct {
		t    string
		want bool
	}{{"Yoredale Kafka", true}, {"云数据库 MySQL", true}, {"Queue Service (Dublin)", true}, {"Consumer lag in us-west-2", false}, {"Object Storage Outage", false}, {"华东二区上传请求超时", false}} {
		if got := productName(c.t); got != c.want {
			t.Errorf("productName(%q) = %v, want %v", c.t, got, c.want)
		}
	}
	if !signInMenu("DRAUGHTON POST                                        Subscribe  |  Sign in") {
		t.Error("signInMenu: a masthead beside prompts set apart by bars")
	}
}
