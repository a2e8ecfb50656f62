package extract

import (
	"strings"
	"testing"
)

// A page saved as text whose "On this page" list names its sections
// ("Summary", "Root cause", …) above the report's title: the list is no
// title and the report's own "Root cause" heading still heads its cause;
// a section's name with a note in brackets ("Timeline (all times UTC, 3
// March 2026)") is a heading too.
func TestTOCAboveTitleInText(t *testing.T) {
	doc := "Wrenfield Cloud\nProducts\nPricing\nDocs\nLog in\n\n" +
		"Home / Status / Incident reports / 2026\n\n" +
		"On this page\nSummary\nImpact\nRoot cause\nTimeline\nNext steps\n\n" +
		"Incident report: Queue service timeouts in eu-north-2\n\n" +
		"Last updated 5 March 2026 · 4 minute read\n\n" +
		"Summary\nBetween 09:12 and 10:40 UTC on 3 March 2026, calls to the queue service in eu-north-2 timed out for about a fifth of customers.\n\n" +
		"Impact\n- Messages sent during the window were delayed by up to 20 minutes.\n- No messages were lost.\n\n" +
		"Root cause\nA disk controller on one of the queue's storage hosts began returning write errors, and the host kept taking traffic because its health check only read from disk.\n\n" +
		"Timeline (all times UTC, 3 March 2026)\n09:12  Write errors begin on one storage host.\n09:20  Alert for queue timeouts; on-call engaged.\n" +
		"10:05  Faulty host identified and drained.\n10:40  Backlog cleared. Incident resolved.\n\n" +
		"Next steps\n- Health checks will write as well as read.\n"
	in, err := Extract([]byte(doc), "wrenfield.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Incident report: Queue service timeouts in eu-north-2" {
		t.Errorf("title %q", in.Title)
	}
	if !strings.Contains(in.Cause, "disk controller") {
		t.Errorf("cause %q", in.Cause)
	}
	if strings.Contains(in.Impact, "disk controller") || strings.Contains(in.Cause, "Timeline") {
		t.Errorf("sections run into each other: impact %q, cause %q", in.Impact, in.Cause)
	}
	if len(in.Timeline) != 4 {
		t.Errorf("%d events: %+v", len(in.Timeline), in.Timeline)
	}
}

// A letter without sections under a "Summary of the … Event" heading tells
// its cause in a later paragraph that opens "The event began when …": that
// paragraph is the cause, not sentences picked for naming a failure.
func TestTriggerParagraphInLetter(t *testing.T) {
	doc := "## Summary of the Brackwater Object Store Event in the Oslo Region\n\n" +
		"We would like to share some details about the disruption to the Brackwater Object Store in the Oslo Region on March 4, 2026.\n\n" +
		"The Object Store keeps object metadata in a partitioned index, and each index partition is served by a group of three hosts.\n\n" +
		"Between 2:10 PM and 4:05 PM CET, PUT and GET requests to buckets in the Region failed for about a quarter of customers, and requests that did succeed were slow.\n\n" +
		"The issue started after a routine rebalancing job moved an unusually large number of index partitions at once. " +
		"Every moved partition had to be loaded from disk by its new hosts, and the load saturated the disks of the index fleet. " +
		"Requests for partitions on saturated hosts timed out.\n\n" +
		"At 2:24 PM CET, engineers were engaged by alarms. At 3:02 PM CET, we paused the rebalancing job. Error rates returned to normal at 4:05 PM CET.\n\n" +
		"We have limited how many partitions a rebalancing job may move at once.\n"
	in := extractString(t, "brackwater", doc)
	if !strings.HasPrefix(in.Cause, "The issue started after a routine rebalancing job") || !strings.Contains(in.Cause, "saturated the disks") {
		t.Errorf("cause %q", in.Cause)
	}
}

// A news story's sentence that says a defect in something caused what
// failed states the cause, as "caused by" does.
func TestDefectCausedStatesCause(t *testing.T) {
	for sent, want := range map[string]bool{
		"The bank said a defect in the new version of its ledger software caused it to reject card payments.": true,
		"A bug in the rate limiter caused every request to be refused.":                                       true,
		"The outage caused long queues at the branches.":                                                      false,
		"A defect in the report was fixed. The update caused no trouble.":                                     false,
	} {
		if got := statedCause.MatchString(strings.ToLower(sent)); got != want {
			t.Errorf("%q: %v, want %v", sent, got, want)
		}
	}
	doc := "# Larchmere Credit Union members locked out after software update\n\n" +
		"By Dana Holt · Published May 3, 2025\n\n" +
		"Members of Larchmere Credit Union could not log in to its app for four hours on Friday night after an update went wrong, the credit union said.\n\n" +
		"The credit union said a defect in the new version of its ledger software caused it to reject card payments once it began posting the day's transactions. Engineers reinstalled the previous version.\n\n" +
		"Fees on payments declined during the outage will be refunded, and any overdraft charges caused by delayed deposits will be reversed.\n"
	if in := extractString(t, "larchmere", doc); !strings.Contains(in.Cause, "defect in the new version") {
		t.Errorf("cause %q", in.Cause)
	}
}

// A news story printed to text: the masthead's date, the reporter's name
// and role, then "16 Nov 2025, 09:40 GMT" and "Updated …" lines above the
// story. Those lines date the story, not the outage: the outage began on
// the day the story names ("on Saturday 15 November"), and its start is
// not the time the story was posted. A stamp that signs a post off below
// its text stays an event.
func TestNewsBylineStampsAreNoEvents(t *testing.T) {
	doc := "THE SERVER GAZETTE\nHome   Outages   Cloud   Newsletter\nSunday, 9 March 2025\n\n" +
		"Harrowgate's weekend outage was a botched database upgrade\n\n" +
		"Players locked out of Harrowgate Legends for four hours on Saturday\n\n" +
		"Mira Calloway\nSenior Reporter\n9 Mar 2025, 08:15 GMT\nUpdated 9 Mar 2025, 10:02 GMT\n\n" +
		"Players of Harrowgate Legends could not log in for four hours on Saturday, and the studio said a database upgrade had gone wrong.\n\n" +
		"Harrowgate Studios said problems began at 13:05 GMT on Saturday 8 March, minutes after the upgrade started. " +
		"The game was fully available again from 17:10 GMT.\n"
	in, err := Extract([]byte(doc), "gazette.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2025-03-08T13:05") {
		t.Errorf("started %q; timeline %+v", in.StartedAt, in.Timeline)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.TimeText, "08:15") || strings.Contains(ev.TimeText, "10:02") {
			t.Errorf("the story's own stamp is an event: %+v", ev)
		}
	}
	post := "# 服务中断通知\n\n由于机房网络的未知故障，我们的所有网络服务现在处于不稳定状态。恢复时间暂时无法确定，给您带来的不便敬请谅解！\n\n晴川开源社\n\n2025-01-06 23:34:34\n"
	if in := extractString(t, "qingchuan-notice", post); !strings.HasPrefix(in.StartedAt, "2025-01-06T23:34") {
		t.Errorf("signed-off stamp: started %q, timeline %+v", in.StartedAt, in.Timeline)
	}
}

// An "On this page" list of section names with no blank lines between
// them, above a title that names no incident word, in a text file and in
// Markdown: the list is neither title nor summary; a Markdown write-up
// whose first line (no heading) stands right above its first section's
// name takes that line as its title.
func TestTOCRunAboveTitle(t *testing.T) {
	body := "Summary\n\nOn 12 May 2026 between 08:10 and 09:45 UTC, search on Fernwick returned stale results because the nightly index rebuild stalled on a full disk.\n\n" +
		"Root cause\n\nThe indexer's scratch disk filled up because old snapshots were never pruned.\n\n" +
		"Action items\n\n- Prune snapshots older than seven days.\n"
	toc := "On this page\nSummary\nTimeline\nRoot cause\nAction items\n\n"
	const title = "Search index rebuild stalled on 12 May"
	md := strings.NewReplacer("Summary\n\n", "## Summary\n\n", "Root cause\n\n", "## Root cause\n\n", "Action items\n\n", "## Action items\n\n").Replace(body)
	for _, c := range []struct{ name, doc string }{
		{"fernwick.txt", toc + title + "\n\n" + body},
		{"fernwick.md", toc + title + "\n\n" + md},
		{"fernwick-notoc.md", title + "\n\n" + md},
	} {
		in, err := Extract([]byte(c.doc), c.name, "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Title != title {
			t.Errorf("%s: title %q", c.name, in.Title)
		}
		if strings.Contains(in.Summary, "Action items") || strings.Contains(in.Summary, "On this page") {
			t.Errorf("%s: the list is in the summary: %q", c.name, in.Summary)
		}
		if !strings.Contains(in.Cause, "snapshots were never pruned") {
			t.Errorf("%s: cause %q", c.name, in.Cause)
		}
	}
	// a first paragraph over headings that are no sections' names is no
	// title line: the heading names the write-up
	in, err := Extract([]byte("Notes from the platform team\n\n# Fernwick search went stale\n\nOn 12 May 2026 search returned stale results for 95 minutes.\n"), "notes.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Fernwick search went stale" {
		t.Errorf("title %q", in.Title)
	}
}
