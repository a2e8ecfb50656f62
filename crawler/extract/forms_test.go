package extract

import (
	"strings"
	"testing"
)

// TestReportForms extracts short write-ups (fictional) in forms cloud
// providers' status and RCA pages and news reports take, and checks the
// field each form decides.
func TestReportForms(t *testing.T) {
	for _, tc := range []struct {
		name, file, body string
		check            func(t *testing.T, title, start, end string, minutes int, cause string, events int)
	}{
		{"a range of days dates the clock times", "a.txt",
			"Summary of the Fenwick Queue Service Disruption in the Ohio (US-MID-4) Region\n" +
				"We wanted to share more about the disruption that occurred on October 19 and 20, 2025. Between 11:48 PM PDT on October 19 and 2:40 AM PDT on October 20, customers saw elevated errors. The root cause was a race condition in the queue's DNS automation.\n" +
				"At 12:38 AM on October 20, engineers found the empty DNS record. By 2:25 AM, the record had been restored, and all queues had caught up by 2:32 AM.\n",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if start != "2025-10-19T23:48:00-07:00" || end != "2025-10-20T02:40:00-07:00" || events < 4 {
					t.Errorf("start %s end %s events %d", start, end, events)
				}
			}},
		{"a cause found is told by the sentence after", "b.md",
			"# Delayed webhooks for Fernleaf Pay\n\n" +
				"**Resolved** - This incident has been resolved.\nMar 3, 10:09 UTC\n\n" +
				"**Identified** - We have identified the cause. A failover of the queue database left the workers on a read-only replica.\nMar 3, 09:02 UTC\n\n" +
				"**Investigating** - We are investigating delayed webhooks.\nMar 3, 08:31 UTC\n",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if !strings.Contains(cause, "read-only replica") || strings.Contains(cause, "identified the cause") {
					t.Errorf("cause %q", cause)
				}
			}},
		{"a.m. with a zone goes on", "c.txt",
			"Grayling Hosting outage knocks shops offline for three hours\n" +
				"By Ana Ruiz | March 3, 2025, 4:12 pm\n" +
				"The outage began at about 6:40 a.m. ET on March 3, 2025, when shops returned errors, and Grayling said services were restored at 9:45 a.m. ET. The company said shortly before 9 a.m. that it had found the cause.\n" +
				"According to the company, a software update to its load balancers contained a bug that dropped connections under load.\n",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if start != "2025-03-03T06:40:00-05:00" || end != "2025-03-03T09:45:00-05:00" {
					t.Errorf("start %s end %s", start, end)
				}
				if !strings.Contains(cause, "contained a bug") {
					t.Errorf("cause %q", cause)
				}
			}},
		{"a record's field lines are no title", "d.txt",
			"MOORHEN TELECOM LTD\nRoot Cause Analysis: VoIP outage, 11 March 2025\n\nDocument reference: MT-RCA-2025-014\nDate of incident: Tuesday, 11 March 2025\n\n" +
				"1. Summary\n\nCustomers could not place calls from 14:10 until service was restored at 16:50 GMT on 11 March 2025. The outage lasted approximately 2 hours and 40 minutes.\n",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if title != "Root Cause Analysis: VoIP outage, 11 March 2025" || minutes != 160 {
					t.Errorf("title %q, %d min", title, minutes)
				}
			}},
		{"the line under 'Incident affecting' is the title", "e.txt",
			"Sedge Cloud Service Health\nIncidents\nIncident affecting Cloud Networking, Hybrid Connectivity\nSome customers saw packet loss for Interconnect in north-3\n" +
				"Incident began at 2025-03-12 09:41 and ended at 2025-03-12 11:03 (all times are US/Pacific).\n" +
				"Duration: 1 hour, 22 minutes\n",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if title != "Some customers saw packet loss for Interconnect in north-3" || minutes != 82 {
					t.Errorf("title %q, %d min", title, minutes)
				}
			}},
		{"a Chinese mail's 主题", "f.txt",
			"发件人：岭云科技 <notice@lingyun.example>\n主题：【故障通知】岭云对象存储华南节点访问异常处理结果\n\n尊敬的客户：\n\n" +
				"2025年4月11日，故障从当天上午10点开始，持续约3个半小时，下午1点30分左右全部恢复。故障原因是机房制冷系统异常导致部分服务器过热宕机。\n",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if title != "岭云对象存储华南节点访问异常处理结果" && title != "【故障通知】岭云对象存储华南节点访问异常处理结果" {
					t.Errorf("title %q", title)
				}
				if minutes != 210 {
					t.Errorf("%d min", minutes)
				}
			}},
		{"a status page's updates state the start and the end", "h.txt",
			"Sedge Cloud Status Dashboard\nSedge Compute Engine Incident #19004\nInstances in east9-b unreachable after live migration\nDate\tTime\tDescription\n" +
				"22 Jan 2025\t16:40\tThe issue with Compute Engine has been resolved for all affected projects as of Wednesday, 2025-01-22 16:31 US/Pacific. We will make improvements to prevent a recurrence.\n" +
				"22 Jan 2025\t15:20\tOur engineering team has identified the root cause: a live migration agent update caused instances to lose their network configuration.\n" +
				"22 Jan 2025\t14:52\tWe are investigating reports of instances in east9-b becoming unreachable. The issue started at approximately 14:05 US/Pacific.\n" +
				"All times are US/Pacific\n",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if start != "2025-01-22T14:05:00-08:00" || end != "2025-01-22T16:31:00-08:00" {
					t.Errorf("start %s end %s", start, end)
				}
			}},
		{"a dateline is the write-up's day, a plain-prose trigger its cause", "i.txt",
			"Summary of the Tessel Queue Event in the Ohio (US-MID-4) Region\nDecember 10, 2025\n" +
				"We want to share more about the service disruption that occurred in the Ohio (US-MID-4) Region on December 7th, 2025.\n" +
				"At 7:30 AM PST, an automated activity to scale capacity of the queue fleet triggered an unexpected behavior from a large number of clients.\n" +
				"By 2:22 PM PST, all queue hosts had fully recovered.\n",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if start != "2025-12-07T07:30:00-08:00" || end != "2025-12-07T14:22:00-08:00" {
					t.Errorf("start %s end %s", start, end)
				}
				if !strings.Contains(cause, "triggered an unexpected behavior") {
					t.Errorf("cause %q", cause)
				}
			}},
		{"a news report's 'blamed' states the cause", "j.txt",
			"Bank app outage leaves customers unable to pay for six hours\nPublished 3 March 2025\n\n" +
				"Customers of Thistle Bank were unable to log in or make payments for around six hours on Monday.\n\n" +
				"The problems began at about 6:40am GMT on 3 March 2025 and the bank said services were fully restored at 12:45pm.\n\n" +
				"A spokesperson blamed a technical issue with a third-party supplier and apologised.\n",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if !strings.Contains(cause, "third-party supplier") {
					t.Errorf("cause %q", cause)
				}
			}},
		{"an apology is no cause", "g.html",
			"<html><head><title>Timeout errors for Queues in east-2 - Sedge Cloud Service Health</title></head><body><h1>Sedge Cloud Service Health</h1>" +
				"<p>Timeout errors for Queues in east-2</p><h3>Description</h3><p>We apologize for the inconvenience this service disruption may have caused. We would like to provide some information below.</p>" +
				"<table><tr><td>2 Mar 2025</td><td>10:02 PST</td><td>The issue has been resolved. Engineers found that a configuration change to the queue brokers lowered their connection limit.</td></tr>" +
				"<tr><td>2 Mar 2025</td><td>08:40 PST</td><td>We are investigating timeouts for Queues in east-2.</td></tr></table></body></html>",
			func(t *testing.T, title, start, end string, minutes int, cause string, events int) {
				if strings.Contains(cause, "apologize") || !strings.Contains(cause, "configuration change") {
					t.Errorf("cause %q", cause)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := Extract([]byte(tc.body), "/tmp/forms/"+tc.file, "")
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, in.Title, in.StartedAt, in.EndedAt, gotMinutes(in), in.Cause, len(in.Timeline))
		})
	}
}

// TestPlaceTitle puts a PDF's title on a line of its own when the text
// wraps it or runs it on into the byline, and leaves a masthead that
// starts with the site's name alone.
func TestPlaceTitle(t *testing.T) {
	for _, tc := range []struct{ text, title, want string }{
		{"Menu\nGrayling outage knocks shops offline\nfor three hours\nBy Ana Ruiz", "Grayling outage knocks shops offline for three hours",
			"Menu\nGrayling outage knocks shops offline for three hours\nBy Ana Ruiz"},
		{"首页\n岭云华南区域故障近三个小时 多款应用受影响科技日报 记者 王晓 2025-03-06", "岭云华南区域故障近三个小时 多款应用受影响",
			"首页\n岭云华南区域故障近三个小时 多款应用受影响\n科技日报 记者 王晓 2025-03-06"},
		{"Office of Oversight · Reports · NR-7\nOutage of 3 September", "Office of Oversight", "Office of Oversight · Reports · NR-7\nOutage of 3 September"},
	} {
		if got := placeTitle(tc.text, tc.title); got != tc.want {
			t.Errorf("placeTitle(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestUnwrapPrintedLines joins what a PDF reader broke: a headline
// wrapped before a lower-case word, and a sentence broken before the
// time it leads into; a row that starts with a time stays a row.
func TestUnwrapPrintedLines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Grayling Hosting outage knocks shops offline\nfor more than three hours\nBy Ana Ruiz", "Grayling Hosting outage knocks shops offline for more than three hours\nBy Ana Ruiz"},
		{"This incident has been resolved. Error rates have been at normal levels since\n16:32 CET.\nPosted Mar 05", "This incident has been resolved. Error rates have been at normal levels since 16:32 CET.\nPosted Mar 05"},
		{"The rollback of the routing service has completed on every node in the region\n16:20 Monitoring the results", "The rollback of the routing service has completed on every node in the region\n16:20 Monitoring the results"},
	} {
		if got := unwrapLines(tc.in); got != tc.want {
			t.Errorf("unwrapLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestQuestionHeadingIsNoTitle: a review's question ("What went wrong and
// why?") names a section, not the incident, whatever its length.
func TestQuestionHeadingIsNoTitle(t *testing.T) {
	d := &document{blocks: []block{
		{kind: kindPara, text: "Post Incident Review (PIR) – Cumulus SQL – Connection failures in North Europe"},
		{kind: kindHeading, level: 2, text: "What happened?"},
		{kind: kindPara, text: "Between 14:20 UTC on 3 March 2025 and 02:10 UTC on 4 March 2025, customers saw connection failures."},
		{kind: kindHeading, level: 2, text: "What went wrong and why?"},
		{kind: kindPara, text: "A gateway configuration update referenced a certificate not yet present on all nodes."},
	}}
	if got := pickTitle(d); got != "Post Incident Review (PIR) – Cumulus SQL – Connection failures in North Europe" {
		t.Errorf("pickTitle = %q", got)
	}
}

// TestAdviceIsNoSection: a sentence telling the reader what to do when
// affected ("If you continue to see errors, please contact support",
// 如果您…请联系我们, 您也可以尝试手动刷新缓存) names neither the incident's
// cause nor its summary.
func TestAdviceIsNoSection(t *testing.T) {
	for _, tc := range []struct {
		name, file, body               string
		summaryNot, causeNot, causeHas string
	}{
		{"a Chinese notice", "notice.md",
			"# 镜像站宕机通知\n\n" +
				"如果您使用镜像服务时遇到问题，请向我们反馈。\n\n" +
				"由于机房出口的调整，部分服务需要您的 DNS 缓存过期后才能访问，您也可以尝试手动刷新缓存。如果您持续遇到问题，请联系我们。\n\n" +
				"初步调查显示，此次宕机的原因是存储节点上的一块硬盘老化损坏，导致该节点上的虚拟机全部宕机。\n",
			"请向我们反馈", "刷新缓存", "硬盘老化"},
		{"a status update", "status.txt",
			"Elevated errors on the Larkspur dashboard\n\n" +
				"If you continue to see errors after clearing your browser cache, please contact support.\n\n" +
				"The errors were caused by an expired certificate on one of the dashboard's load balancers, which was renewed at 10:40 UTC.\n",
			"contact support", "browser cache", "expired certificate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := Extract([]byte(tc.body), "/tmp/advice/"+tc.file, "")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(in.Summary, tc.summaryNot) {
				t.Errorf("summary %q holds the advice", in.Summary)
			}
			if strings.Contains(in.Cause, tc.causeNot) || !strings.Contains(in.Cause, tc.causeHas) {
				t.Errorf("cause %q", in.Cause)
			}
		})
	}
}

// TestHistoryPageFurnitureIsNoTitle: on a status history saved from the
// web, a day's heading written day first ("14 June 2025"), a menu whose
// entries only wide spaces set apart, and a bar of drop-down filters
// ("地域：全部地域 ▾") name no incident; the incident's own heading does.
func TestHistoryPageFurnitureIsNoTitle(t *testing.T) {
	for _, tc := range []struct{ name, file, body, want string }{
		{"a day's heading above the review", "history.html",
			"<html><body><nav><a href=\"/\">Marram Cloud</a></nav><h1>Marram Cloud status history</h1>" +
				"<h2>June 2025</h2><h3>14 June 2025</h3><h4>Post Incident Review (PIR) – Marram Files – Upload failures in North Europe</h4>" +
				"<p><strong>What happened?</strong> Between 03:10 and 04:55 UTC on 14 June 2025, uploads to Marram Files failed for some customers. " +
				"<strong>What went wrong and why?</strong> A storage scale unit ran out of free metadata partitions after a quota change.</p></body></html>",
			"Post Incident Review (PIR) – Marram Files – Upload failures in North Europe"},
		{"a weekday and day first", "history2.html",
			"<html><body><h1>Marram Cloud status history</h1><h3>Wed, 2 July 2025</h3><h4>Billing API: elevated error rates in us-south-1</h4>" +
				"<p>From 10:05 to 10:50 UTC the billing API returned errors. The cause was an exhausted database connection pool.</p></body></html>",
			"Billing API: elevated error rates in us-south-1"},
		{"a wide-spaced menu and a filter bar", "history.txt",
			"沙岭云\n产品  解决方案  定价  文档  合作伙伴  控制台  登录  注册\n\n服务健康状态\n历史事件\n" +
				"时间范围：近7天 ▾    产品：全部产品 ▾    地域：全部地域 ▾\n\n2025-06-20\n华东二区云数据库实例连接超时\n" +
				"发生时间：2025-06-20 08:02:00（北京时间）\n恢复时间：2025-06-20 09:17:00（北京时间）\n\n" +
				"故障原因\n数据库代理集群扩容时新节点的安全组规则配置缺失，部分连接被转发至不可达的节点，出现超时。\n",
			"华东二区云数据库实例连接超时"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := Extract([]byte(tc.body), "/tmp/history/"+tc.file, "")
			if err != nil {
				t.Fatal(err)
			}
			if in.Title != tc.want {
				t.Errorf("title %q, want %q", in.Title, tc.want)
			}
		})
	}
}

// TestNewsPrintedToText: a news story printed to text, with its row of
// buttons and comment count under the byline ("[Share] [Tweet] … 8
// comments", no heading of its comments), its times in "a.m. Pacific
// time" and its byline's in PDT (one zone, however named).
func TestNewsPrintedToText(t *testing.T) {
	body := "Techline — cloud news\nHome | Cloud | Security | Podcasts\n\n" +
		"Orrin Cloud outage stalls video calls across the West Coast\n\n" +
		"By Sam Ortega\nPublished Wed 4 June 2025, 07:10 PDT\n\n" +
		"[Share] [Tweet] [Email] [Print]    8 comments\n\n" +
		"Orrin Cloud suffered an outage on Tuesday that stalled video calls and online classes for thousands of customers.\n\n" +
		"The outage began at about 7:40 a.m. Pacific time on June 3 in Orrin's us-west-3 region and lasted until 9:55 a.m., the company said.\n\n" +
		"Orrin said the outage was caused by an expired signing key in its media relay fleet, which made relays refuse new sessions.\n\n" +
		"Complaints peaked around 8:15 a.m., according to outage trackers.\n"
	in, err := Extract([]byte(body), "/tmp/news/orrin.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-06-03T07:40:00-07:00" {
		t.Errorf("started %q, want 2025-06-03T07:40:00-07:00", in.StartedAt)
	}
	if !strings.Contains(in.Cause, "signing key") {
		t.Errorf("cause %q, want the signing key", in.Cause)
	}
	if len(in.Timeline) < 2 {
		t.Errorf("%d events, want 2 or more", len(in.Timeline))
	}
}

func TestZoneFamily(t *testing.T) {
	for name, want := range map[string]string{"EDT": "eastern", "ET": "eastern", "Eastern time": "eastern", "PST": "pacific",
		"Pacific Standard Time": "pacific", "CEST": "", "CET": "", "UTC": "", "MST": "mountain", "IST": "", "US/Pacific": "pacific", "US/Eastern": "eastern", "America/Los_Angeles": "pacific"} {
		if got := zoneFamily(name); got != want {
			t.Errorf("zoneFamily(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestMixedMenuLine: a Chinese footer menu whose entries mix a Latin word
// in ("Cookie政策", "App下载") is a menu; a sentence is not.
func TestMixedMenuLine(t *testing.T) {
	for line, want := range map[string]bool{
		"关于沙岭 | 联系我们 | 法律声明 | 隐私政策 | Cookie政策":       true,
		"首页 | 快讯 | App下载 | 登录 | 注册":                  true,
		"数据库 | 由于Kubernetes调度器的缺陷导致节点失联 | 已恢复 | 待复盘": false,
	} {
		if got := isMenuLine(line); got != want {
			t.Errorf("isMenuLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestSiteNameAboveTitle: a text saved from a page that opens with the
// site's name ("Nimbusly Cloud") takes the write-up's own title under it,
// even when that title names no incident word.
func TestSiteNameAboveTitle(t *testing.T) {
	for _, body := range []string{
		"Nimbusly Cloud\nProducts  Pricing  Docs  Status  Sign in\n\nManaged Redis: failovers in eu-west-5\n\nPosted March 12, 2025\n\n" +
			"Between 14:02 and 14:51 UTC on March 11, 2025, Managed Redis clusters in eu-west-5 failed over repeatedly and clients saw connection resets.\n\n" +
			"Root cause: a kernel update on the Redis hosts lowered the TCP keepalive, so the health checker declared healthy primaries dead.\n",
		"Nimbusly Cloud\n\nManaged Redis: failovers in eu-west-5\n\n" +
			"Between 14:02 and 14:51 UTC on March 11, 2025, Managed Redis clusters in eu-west-5 failed over repeatedly and clients saw connection resets.\n",
	} {
		in, err := Extract([]byte(body), "/tmp/site/page.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Title != "Managed Redis: failovers in eu-west-5" {
			t.Errorf("title %q", in.Title)
		}
	}
	// a short title of the write-up's own stays when no longer one follows
	in, err := Extract([]byte("Checkout Slowdown\n\nOn March 3, 2025 checkout pages loaded slowly for forty minutes after a cache node was replaced; requests fell through to the database, which ran hot until the cache warmed.\n"), "/tmp/site/short.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Checkout Slowdown" {
		t.Errorf("title %q, want Checkout Slowdown", in.Title)
	}
}
