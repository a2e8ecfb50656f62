package extract

import (
	"strings"
	"testing"
)

// TestCauseToldByWhatFailed: a cause told without a cause word, by what a
// part did or what a change lacked, is the cause: in a status page's
// closing update (over the "Identified" update's guess), in a service
// event's paragraph of times (over a sentence that says in passing why a
// safeguard did not act), in an RFO's description (over the restoration's
// "bypassed the failed string"), and in a 故障公告's account.
func TestCauseToldByWhatFailed(t *testing.T) {
	for _, tc := range []struct{ name, want, doc string }{
		{"status-linecard", "began dropping packets", "Harnwick Status\n\nPacket loss in Bristol (BRS-2)\nIncident Report for Harnwick Hosting\n\n" +
			"Resolved\nThis incident has been resolved. Between 14:10 and 15:02 UTC, traffic through one of the core routers in BRS-2 saw packet loss. A line card in that router began dropping packets without marking its ports as down, so traffic stayed on it. Engineers moved the links to another card at 14:55 UTC.\nPosted Mar 4, 2026 - 15:20 UTC\n\n" +
			"Identified\nWe have narrowed the loss to one core router and are moving traffic off it.\nPosted Mar 4, 2026 - 14:41 UTC\n\n" +
			"Investigating\nWe are investigating reports of packet loss in BRS-2.\nPosted Mar 4, 2026 - 14:22 UTC\n"},
		{"status-allowlist", "omitted the address ranges", "Harnwick Status\n\nWebhook deliveries failing\nIncident Report for Harnwick Hosting\n\n" +
			"Resolved\nThis incident has been resolved. An update to the firewall allow-list, made at 09:40 UTC, omitted the address ranges of our webhook workers. Their requests were refused until the ranges were restored at 10:31 UTC.\nPosted Apr 9, 2026 - 10:50 UTC\n\n" +
			"Identified\nWe have identified a network change that blocks webhook traffic and are reverting it.\nPosted Apr 9, 2026 - 10:12 UTC\n\n" +
			"Investigating\nWe are investigating failing webhook deliveries.\nPosted Apr 9, 2026 - 09:58 UTC\n"},
		{"service-event", "reached their connection limits", "# Summary of the Harnwick Queue Service Event in the Leeds Region\n\n" +
			"We want to give you some more information about the service disruption in the Leeds Region on May 6, 2026.\n\n" +
			"Between 09:20 AM and 11:05 AM BST, customers saw errors when sending messages to queues in the Leeds Region. Starting at 09:20 AM, a subset of broker nodes reached their connection limits as a customer's batch jobs opened four times their usual number of connections. Our scaling adds brokers when average use across the fleet is high; because the average stayed low, no brokers were added. At 10:15 AM engineers spread the affected queues over more brokers and errors stopped at 11:05 AM.\n\n" +
			"We apologize for the impact this event caused.\n"},
		{"rfo-power", "utility feed", "Subject: RFO - Hall C power interruption\n\nDear customer,\n\nPlease find below the reason for outage for the power interruption in Hall C.\n\n" +
			"Start: 12/03/2026 10:14 GMT\nEnd: 12/03/2026 11:40 GMT\n\n## Description\n\n" +
			"At 10:14 GMT the utility feed to the site dropped during a fault on the local grid. In the seconds before the generators took over, one UPS string serving Hall C did not carry the load and dropped its output.\n\n" +
			"## Restoration\n\nEngineers bypassed the failed string at 10:40 and restored power to Hall C at 10:46 GMT. The last customers confirmed service at 11:40 GMT.\n"},
		{"zh-notice", "超出了规划余量", "# 【故障公告】华北一地域云硬盘写入延迟\n\n北京时间2026年3月2日09:10至10:20，华北一地域部分云硬盘写入延迟升高，现将情况说明如下：\n\n" +
			"**问题说明：**09:05起，多个客户的批量导入任务集中写入，存储集群的写请求上涨至平时的3倍，部分节点请求排队超时。存储集群按季度规划扩容，本次写入高峰超出了规划余量。\n\n" +
			"**处理过程：**09:25监控发现延迟上升，09:40开始扩容存储节点，10:20延迟恢复正常。\n"},
	} {
		in := extractString(t, tc.name, tc.doc)
		if !strings.Contains(in.Cause, tc.want) {
			t.Errorf("%s: cause %q, want it to hold %q", tc.name, in.Cause, tc.want)
		}
	}
}

// TestCauseToldAsIntroducedDefect: a status update that says a release
// introduced a defect ("the 10:05 deployment …, which introduced a memory
// leak") tells the cause, though it names no cause word; the resolved
// update after it, which tells only the recovery, does not.
func TestCauseToldAsIntroducedDefect(t *testing.T) {
	doc := "[Tarrowby Mail Status](https://status.tarrowby.example/)\n\n# Incident History\n\n## March 2026\n\n" +
		"### [Outbound mail delayed](https://status.tarrowby.example/incidents/x1)\n\n" +
		"**Resolved** - Outbound mail is flowing normally and the queue has drained. No messages were lost.\nMar 12, 12:40 CET\n\n" +
		"**Update** - The queue grew after the 10:05 release of our delivery workers, which introduced a regression in connection reuse: workers opened a new connection for every message and ran out of sockets. We have rolled the workers back and the queue is shrinking.\nMar 12, 11:52 CET\n\n" +
		"**Investigating** - Outbound mail is delayed by up to 40 minutes. We are looking into it.\nMar 12, 10:31 CET\n"
	in := extractString(t, "status-history.md", doc)
	if !strings.Contains(in.Cause, "introduced a regression") {
		t.Errorf("cause %q, want the update that tells the regression introduced", in.Cause)
	}
}

// TestCauseToldAsBlameInNews: a news story tells the cause by where the
// failure lay or what a fault in a supplier's service did ("the failure
// lay with Paywick", "a fault in its authorisation service had affected a
// number of merchants"), with no cause word; the cause holds it.
func TestCauseToldAsBlameInNews(t *testing.T) {
	for _, tc := range []struct{ name, want, doc string }{
		{"lay-with", "Paywick", "Ticket sales halted at Orrin Rail for two hours - The Lantern Post\n\nThe Lantern Post\nTravel   Business   Tech\n\n" +
			"Ticket sales halted at Orrin Rail for two hours\n\nBy Tomas Reed, 14 May 2026\n\n" +
			"Orrin Rail passengers could not buy tickets online or at station machines for two hours on Wednesday morning. The operator said sales stopped at 7.40am and resumed at 9.45am.\n\n" +
			"In a statement, Orrin Rail said its own booking systems had kept running and that the failure lay with Paywick, the company that processes its card payments.\n\n" +
			"Passengers who could not buy a ticket will not be fined, the operator said.\n\n© 2026 The Lantern Post · Privacy · Terms\n"},
		{"fault-in", "gateway", "Card payments fail at Hollin Foods stores - The Lantern Post\n\nThe Lantern Post\nTravel   Business   Tech\n\n" +
			"Card payments fail at Hollin Foods stores\n\nBy Tomas Reed, 2 June 2026\n\n" +
			"Shoppers at Hollin Foods could pay only in cash for about ninety minutes on Saturday. Tills began declining cards at 11.05am and were accepting them again by 12.35pm.\n\n" +
			"The grocer's payment provider, Quenby Pay, said a fault in its card gateway had affected several retailers in the north of England.\n\n" +
			"Hollin Foods apologised to customers.\n\n© 2026 The Lantern Post · Privacy · Terms\n"},
	} {
		in := extractString(t, tc.name+".txt", tc.doc)
		if !strings.Contains(in.Cause, tc.want) {
			t.Errorf("%s: cause %q, want it to hold %q", tc.name, in.Cause, tc.want)
		}
	}
}

// TestCauseToldAsLimitReached: a service event's summary that says a
// fleet began to reach a maximum ("began to reach the maximum number of
// threads the operating system allowed them") tells the cause, over the
// sentence after it that tells what the limit did.
func TestCauseToldAsLimitReached(t *testing.T) {
	doc := "# Summary of the Quarrow Cache Service Event in the Northern Region\n\n" +
		"We want to give you more information about the service disruption in the Northern Region on April 8, 2026. Starting at 09:02 AM GMT, customers saw errors when reading from Quarrow Cache. The event lasted until 11:20 AM GMT.\n\n" +
		"Each cache node keeps one worker per client connection. On the morning of the event a customer's new job opened many more connections than before, and at 09:02 AM the cache nodes began to reach the maximum number of workers their configuration allowed. Nodes that hit the maximum could no longer accept reads, and the reads moved to the remaining nodes, which then hit the same maximum.\n\n" +
		"At 10:30 AM we raised the worker maximum on every node, and by 11:20 AM errors had stopped.\n\n" +
		"We apologize for the impact this event caused for our customers.\n"
	in := extractString(t, "event.md", doc)
	if !strings.Contains(in.Cause, "began to reach the maximum number of workers") {
		t.Errorf("cause %q, want the sentence that tells the maximum reached", in.Cause)
	}
}

// TestCauseToldAsResourceAtItsCeiling: a resource run at its maximum or
// used up by a load ("the database cluster is running at its maximum I/O
// rate", "together they used all of the cluster's network bandwidth"), and
// a change that moved a setting ("A change to the retry settings of the
// API gateway, pushed at 08:12 UTC, lowered the connection timeout from
// 30 seconds to 2"), tell the cause without a cause word: in an HTML
// status page's numbered updates and a status history's closing update
// (over the "Identified" update's guess).
func TestCauseToldAsResourceAtItsCeiling(t *testing.T) {
	for _, tc := range []struct{ name, want, doc string }{
		{"status-ceiling.html", "network bandwidth", "<html><body><h1>Slow file transfers in Lyon</h1><p>Affected: File Transfer (LYS1) · All times CET</p>" +
			"<div><h3>Update 1 — 4 Mar 2026, 07:25 CET</h3><p>We are receiving reports of slow transfers in LYS1. We are investigating.</p></div>" +
			"<div><h3>Update 2 — 4 Mar 2026, 07:50 CET</h3><p>Several customers' nightly syncs were moved to 07:00 and together they used all of the site's network bandwidth. Transfers continue, slowly.</p></div>" +
			"<div><h3>Update 3 — 4 Mar 2026, 09:10 CET</h3><p>Resolved. Transfer speeds have been normal since 08:55 CET.</p></div></body></html>"},
		{"history-setting.txt", "lowered the connection timeout", "Dunmore Status\n\nIncident History\n\nAPI requests timing out\nResolved · Mar 5, 2026\n\n" +
			"Resolved - API requests timed out for a share of customers from 08:15 to 09:20 UTC. A change to the retry settings of the API gateway, pushed at 08:12 UTC, lowered the connection timeout from 30 seconds to 2. We reverted it at 09:10 UTC.\nMar 5, 09:40 UTC\n\n" +
			"Identified - The timeouts began a few minutes after a gateway change. We are reverting it.\nMar 5, 08:50 UTC\n\n" +
			"Investigating - We are investigating timeouts on API requests.\nMar 5, 08:30 UTC\n\nPowered by Atlassian Statuspage\n"},
	} {
		in, err := Extract([]byte(tc.doc), tc.name, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(in.Cause, tc.want) {
			t.Errorf("%s: cause %q, want it to hold %q", tc.name, in.Cause, tc.want)
		}
	}
}
