package extract

import (
	"strings"
	"testing"
)

// Pages printed to PDF by a browser with its header and footer on, read
// back as text (sealed set 44's forms), in our own fictional words.

// A news page's rail ("Most read") is printed after the page's column and
// before its footer, mid-story: the story goes on past the next header.
func TestSeal44PageRailMidStory(t *testing.T) {
	page := `The Harbour Courier
News   Business   Technology   Sign in
Quillmoor Bank app down for three hours after database switch fails
By Ana Reyes · Published Friday, May 8, 2026, 7:00 a.m. EDT
Customers of Quillmoor Bank could not log in to its app for about three hours on Tuesday, May 5, the bank said, from 9:10 a.m. until 12:15 p.m. Eastern time, as engineers worked to restore the service.
The bank said the trouble began during what should have been a routine maintenance task on its main customer database, which it carries out every month without customers noticing.
Most read
1.
Ferry fares to rise this summer
2.
New bike lanes approved downtown
ADVERTISEMENT
5/8/26, 9:14 AM Quillmoor Bank app down for three hours after database switch fails | The Harbour Courier
1/2
The outage was caused by a database failover that left the app writing to a read-only replica, the bank said in a statement on Thursday, and engineers had to redirect the app by hand to the new primary database.
Quillmoor said no customer data was lost and that it would refund any fees caused by the outage.
Related articles
Why bank apps keep going down
5/8/26, 9:14 AM Quillmoor Bank app down for three hours after database switch fails | The Harbour Courier
2/2
`
	in, err := Extract([]byte(page), "quillmoor-news-print.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Text, "read-only replica") {
		t.Errorf("the story after the rail is lost: text ends %q", in.Text[max(0, len(in.Text)-200):])
	}
	if !strings.Contains(in.Cause, "read-only replica") {
		t.Errorf("cause %q, want the failover's sentence", in.Cause)
	}
	if strings.Contains(in.Text, "Ferry fares") {
		t.Errorf("the rail's list is read as the story: %q", in.Text)
	}
}

// A narrow column's lines break after words no sentence ends on, before a
// capital; a hyphenated word breaks after its hyphen; a clock breaks from
// its zone, and from the word it follows.
func TestSeal44NarrowColumnWraps(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"watched their cards get declined\nagain and again. The culprit was\nnot the card networks but Dunmore Pay, a\nHartford-based processor that\nhandles payments.",
			"watched their cards get declined again and again. The culprit was not the card networks but Dunmore Pay, a Hartford-based processor that handles payments."},
		{"kept sending its writes to a read-\nonly replica that the tooling left.", "kept sending its writes to a read-only replica that the tooling left."},
		{"temperatures in two data\nhalls began rising at 15:30\nBST on Wednesday 24 June,\nafter the controller stopped.",
			"temperatures in two data halls began rising at 15:30 BST on Wednesday 24 June, after the controller stopped."},
		{"Ticket machines and the app all stopped working at about\n6.40am on Saturday, July 11, as the first trains filled up.",
			"Ticket machines and the app all stopped working at about 6.40am on Saturday, July 11, as the first trains filled up."},
	} {
		if got := unwrapLines(c.in); got != c.want {
			t.Errorf("unwrapLines(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
	// a heading and its list stay apart
	if got := unwrapLines("Action items\n1. Pin the limit in the gateway configuration"); strings.Count(got, "\n") != 1 {
		t.Errorf("a heading ran into its list: %q", got)
	}
}

// A Chinese page printed by a browser sets its numbers and Latin words in
// another font: the reader gives each piece a line of its own.
func TestSeal44HanPiecesJoined(t *testing.T) {
	in := "青禾云运营方于\n9\n月\n14\n日晚间发布说明称，\n9\n月\n13\n日\n14\n时\n20\n分起，其一处机房发生供电故障；但其中一路\nUPS\n在切换过程中发生故障，未\n能将负载转移至发电机。"
	want := "青禾云运营方于9月14日晚间发布说明称，9月13日14时20分起，其一处机房发生供电故障；但其中一路UPS在切换过程中发生故障，未能将负载转移至发电机。"
	if got := unwrapLines(in); got != want {
		t.Errorf("unwrapLines\n = %q\nwant %q", got, want)
	}
	// a timeline's rows keep their lines
	rows := "处置过程如下：\n14:20\n机房断电\n16:05\n恢复供电"
	if got := unwrapLines(rows); got != rows {
		t.Errorf("rows joined: %q", got)
	}
}

// A Chinese page's bold font read as codes ("¿UùB") marks a strict read
// that lost its headline.
func TestSeal44GarbledHanLines(t *testing.T) {
	if n := garbledHanLines("lÆq\n首页\n新闻\n&ï³oü\n¿UùB\n2026-09-15 08:47:12\n来源：江城晚报"); n != 3 {
		t.Errorf("garbledHanLines = %d, want 3", n)
	}
	if n := garbledHanLines("Zürich café\nStatus: résolu"); n != 0 {
		t.Errorf("a text with no Han: %d garbled lines, want 0", n)
	}
}

// A status history printed: the day over the incident, its updates
// stamped without a year, the next day's heading under them.
func TestSeal44StatusHistoryDay(t *testing.T) {
	page := `Past Incidents
Nov 19, 2026
No incidents reported today.
Nov 18, 2026
Delayed inbound message delivery
Resolved
 - This incident has been resolved. Between 08:05 and 10:55 UTC, mail sent to Fellmoor mailboxes from other providers was accepted but reached inboxes up to 90 minutes late. The delay was caused by the spool volume filling up.
Nov 18, 11:02 UTC
Monitoring
 - The backlog of delayed messages has now been delivered and new messages are arriving on time.
Nov 18, 10:31 UTC
Identified
 - We have identified that disk space on our inbound relays is exhausted and are freeing space now.
Nov 18, 08:52 UTC
Investigating
 - We are investigating reports that incoming mail is arriving late.
Nov 18, 08:24 UTC
Nov 17, 2026
No incidents reported.
Nov 16, 2026
No incidents reported.
`
	in, err := Extract([]byte(page), "fellmoor-status-history.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-11-18T08:05:00Z" || in.EndedAt != "2026-11-18T10:55:00Z" {
		t.Errorf("span %s – %s, want 2026-11-18 08:05 – 10:55 UTC", in.StartedAt, in.EndedAt)
	}
}

// A paragraph a page's end broke, its header and footer between the two
// halves, is one paragraph again.
func TestSeal44ParagraphAcrossPages(t *testing.T) {
	page := "青禾云盘服务中断 官方致歉\n" +
		"9月13日14时20分起，青禾云盘一处数据中心发生供电故障，导致登录服务不可用，恢复供电后，存储集群需要逐一校验\n" +
		"9/13/26, 8:00 PM 青禾云盘服务中断 官方致歉_科技频道_东岸网\n1/2\n" +
		"数据一致性，这是恢复耗时较长的主要原因。服务于当日19时35分全部恢复。\n" +
		"9/13/26, 8:00 PM 青禾云盘服务中断 官方致歉_科技频道_东岸网\n2/2\n"
	in, err := Extract([]byte(page), "qinghe-news-print.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Text, "逐一校验数据一致性") {
		t.Errorf("the paragraph stays broken: %q", in.Text)
	}
}
