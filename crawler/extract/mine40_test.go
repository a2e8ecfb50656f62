package extract

import (
	"strings"
	"testing"
)

// eventsAt maps each event's time to its text.
func eventsAt(t *testing.T, doc, name string, txt bool) map[string]string {
	t.Helper()
	var evs = extractString
	if txt {
		evs = extractTxt
	}
	out := map[string]string{}
	for _, ev := range evs(t, name, doc).Timeline {
		out[ev.At] = ev.Text
	}
	return out
}

// TestClauseRangeEnds: a sentence of the impact that states a range from
// a time already told ("unavailable … between 02:50 and 09:28 UTC") gives
// the range's end as an event when no sentence tells what happened then,
// and a clause after a complete range ("from 02:50 to 07:17 UTC, with
// some seeing errors until 18:44 UTC") is an event of its own. A
// sentence that does tell the end ("All queues were drained at 09:28
// UTC") keeps it.
func TestClauseRangeEnds(t *testing.T) {
	doc := "# Quarry Cloud eu-north outage of March 2027\n\n" +
		"On March 4, 2027, at approximately 02:50 UTC, Quarry Cloud customers in eu-north experienced degraded access to their clusters. The incident began during a routine patch of the coordination service.\n\n" +
		"The root cause was a loss of quorum in the coordination layer after two of its hosts were replaced at once.\n\n" +
		"Customer impact included partial or complete unavailability for hosted deployments between 02:50 and 09:28 UTC. " +
		"Console access was disrupted from 02:50 to 07:17 UTC, with some customers seeing degraded dashboards until 18:44 UTC.\n\n" +
		"Remediation involved re-establishing quorum by shedding client load.\n"
	evs := eventsAt(t, doc, "quarry.md", false)
	for at, want := range map[string]string{
		"2027-03-04T09:28:00Z": "between 02:50 and 09:28 UTC",
		"2027-03-04T07:17:00Z": "from 02:50 to 07:17 UTC",
		"2027-03-04T18:44:00Z": "until 18:44 UTC",
	} {
		if !strings.Contains(evs[at], want) {
			t.Errorf("event at %s = %q, want the sentence with %q (events %v)", at, evs[at], want, evs)
		}
	}
	if strings.HasSuffix(evs["2027-03-04T07:17:00Z"], ",") {
		t.Errorf("event text %q keeps the comma its clause was cut at", evs["2027-03-04T07:17:00Z"])
	}
	told := strings.Replace(doc, "Remediation involved", "All deployments were serving again at 09:28 UTC. Remediation involved", 1)
	if got := eventsAt(t, told, "quarry.md", false)["2027-03-04T09:28:00Z"]; !strings.HasPrefix(got, "All deployments were serving again") {
		t.Errorf("event at 09:28 = %q, want the sentence that tells it", got)
	}
}

// TestRangeDateAfterWeekday: a range whose date comes after its end,
// with the weekday ("Between 21:14 and 22:49 GMT on Wednesday 4 March"),
// is on that date at both ends, not on the day of the e-mail that
// reported it.
func TestRangeDateAfterWeekday(t *testing.T) {
	doc := "**Today's Topics:**\n\n1. Outage report: web hosting unreachable in Leeds (Wensley NOC)\n\n* * *\n\n" +
		"Message: 1\nDate: Thu, 5 Mar 2026 10:42:18 +0000\nFrom: Wensley NOC <noc@wensley.example>\nSubject: [Ops] Outage report: web hosting unreachable in Leeds\n\nDear customers,\n\n" +
		"Between 21:14 and 22:49 GMT on Wednesday 4 March, websites on our shared hosting platform in the Leeds data centre could not be reached. Email was not affected.\n\n" +
		"The cause was a firmware fault on one of the two core switches, and the second switch did not take over because its failover timer had been left at a test value.\n"
	in := extractString(t, "wensley.md", doc)
	if !strings.HasPrefix(in.StartedAt, "2026-03-04T21:14") || !strings.HasPrefix(in.EndedAt, "2026-03-04T22:49") {
		t.Errorf("span %s – %s, want 2026-03-04 21:14 – 22:49", in.StartedAt, in.EndedAt)
	}
}

// TestExportLineNoIncidentDay: the line a tool stamps on the copy it
// printed or exported ("Exported PDF-ready view · 12 Aug 2026",
// "Generated at Fri Nov 27 10:14:09 UTC 2026 by … using …") is a byline:
// the clock times of the write-up go on the day its fields name, not the
// day of the copy.
func TestExportLineNoIncidentDay(t *testing.T) {
	page := `<html><head><title>Checkout errors in EU - Postmortem</title></head><body>
<div class="hdr"><span>Pellow Retail</span> · Postmortems · <span>Exported PDF-ready view · 12 Aug 2026</span></div>
<h1>Checkout errors in EU</h1>
<table><tr><th>Started</th><td>Aug 6, 2026 at 2:14 PM CEST</td><th>Resolved</th><td>Aug 6, 2026 at 4:02 PM CEST</td></tr>
<tr><th>Severity</th><td>SEV2</td><th>Owner</th><td>Payments</td></tr></table>
<h2>Summary</h2><p>Between 14:14 and 16:02 CEST about a fifth of checkout attempts in the EU failed with a timeout from the tax service.</p>
<h2>Root cause</h2><p>A connection pool limit lowered in a configuration change at 14:10 left the tax service with too few connections for the afternoon load.</p>
</body></html>`
	in, err := Extract([]byte(page), "pellow.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-08-06T14:14") || !strings.HasPrefix(in.EndedAt, "2026-08-06T16:02") {
		t.Errorf("span %s – %s, want 6 Aug 2026 14:14 – 16:02 CEST", in.StartedAt, in.EndedAt)
	}
	for _, line := range []string{"Generated at Fri Nov 27 10:14:09 UTC 2026 by Ewan Baird using Jira 10.3.1", "Exported by @kit:example.chat on 2026-11-19 09:02", "Acme · Postmortems · Exported PDF-ready view · 12 Aug 2026"} {
		if !byline.MatchString(line) {
			t.Errorf("%q is no byline", line)
		}
	}
	if byline.MatchString("The exported data for 12 Aug 2026 was lost when the bucket was deleted.") {
		t.Errorf("a sentence about exported data is a byline")
	}
}

// TestCommentRows: an issue tracker's printable view lays each comment
// out as a table row of one cell ("Ewan Baird added a comment - 26/Nov/26
// 9:58 AM Indexer logs show …"): each is an event on its own day, not the
// day the view was generated on.
func TestCommentRows(t *testing.T) {
	page := `<html><head><title>[OPS-77] Search results stale - Tarrow Jira</title></head><body>
<table width="100%"><tr><td><b>Tarrow Jira</b></td><td align="right">Generated at Fri Nov 27 10:14:09 UTC 2026 by Ewan Baird using Jira 10.3.1</td></tr></table>
<h2>[OPS-77] Search results stale for all tenants</h2>
<table><tr><td><b>Created:</b></td><td>26/Nov/26 9:47 AM</td><td><b>Resolved:</b></td><td>26/Nov/26 1:05 PM</td></tr></table>
<table width="100%"><tr><td><b>Description</b></td></tr><tr><td>
<p>Merchants report that price changes are not showing in search. Indexing lag alarm fired at 09:40 UTC.</p></td></tr></table>
<table width="100%"><tr><td><b>Comments</b></td></tr>
<tr><td><b>Ewan Baird</b> added a comment - 26/Nov/26 9:58 AM<br>Indexer logs show cluster_block_exception; disk at 91% on six data nodes.</td></tr>
<tr><td><b>Ewan Baird</b> added a comment - 26/Nov/26 10:35 AM<br>Deleted the orphaned index copy, disk now 64%.</td></tr>
<tr><td><b>Fiona Mackay</b> added a comment - 26/Nov/26 12:52 PM<br>Backfill complete, search results are current.</td></tr></table>
<font size="1">Generated at Fri Nov 27 10:14:09 UTC 2026 by Ewan Baird using Jira 10.3.1.</font>
</body></html>`
	in, err := Extract([]byte(page), "tarrow.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	evs := map[string]string{}
	for _, ev := range in.Timeline {
		evs[ev.At] = ev.Text
	}
	if got := evs["2026-11-26T10:35:00Z"]; !strings.HasPrefix(got, "Deleted the orphaned index copy") {
		t.Errorf("event at 10:35 = %q, want the comment (events %v)", got, evs)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-11-26") || !strings.HasPrefix(in.EndedAt, "2026-11-26") {
		t.Errorf("span %s – %s, want on 26 Nov 2026", in.StartedAt, in.EndedAt)
	}
}

// TestDottedDateLines: a channel's export dates each post with a day
// written with dots on a line of its own ("07.03.2026 08:14"); the
// day's number is no list item's number, so each post is an event on
// its day, and the apology closing a post ("Sorry for the trouble this
// caused.") is no cause.
func TestDottedDateLines(t *testing.T) {
	doc := "Fernock Bank — Service News\nTelegram channel · 9,120 subscribers\n\n" +
		"Exported from Telegram Desktop on 08.03.2026 11:02\n\n" +
		"07.03.2026 08:14\nSome of you can't make card payments right now. Our teams are working on it.\n\n" +
		"07.03.2026 09:47\nCard payments are working again. The problem started at 07:35 this morning when a planned update to our card processing system did not complete. We rolled it back at 09:30. Sorry for the trouble this caused.\n\n" +
		"07.03.2026 17:00\nReminder: we will never ask for your PIN in a message.\n"
	in := extractTxt(t, "fernock.txt", doc)
	found := false
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.Text, "03.2026") {
			t.Errorf("event %q lost its day's number", ev.Text)
		}
		if ev.At == "2026-03-07T08:14:00Z" {
			found = true
		}
	}
	if !found {
		t.Errorf("no event at 2026-03-07 08:14 in %+v", in.Timeline)
	}
	if strings.HasPrefix(in.Cause, "Sorry") {
		t.Errorf("cause %q is the apology", in.Cause)
	}
	if numItemLine("07.03.2026 08:14") || !numItemLine("1. Roll back the change") || !numItemLine("2、扩容") {
		t.Errorf("numItemLine reads a dotted date as an item, or an item as none")
	}
}

// TestFactsLineWhole: a letterhead printed to PDF ("Oakhurst … · Unit 4,
// Canal Wharf … · noc@… · 0113 496 0000") is a line of facts: it does not
// run on into the heading under it, however long; a byline's date broken
// at the line's end ("· Updated 15" / "October 2026, 09:10 BST") does.
func TestFactsLineWhole(t *testing.T) {
	in := "Brenmoor Networks Ltd · Unit 9, Mill Yard, Leeds LS2 7PZ · noc@brenmoor.example · 0113 496 0101\nReason for Outage (RFO)\nRFO reference"
	if got := unwrapLinesAt(in, wideWrap); !strings.Contains(got, "0101\nReason for Outage") {
		t.Errorf("letterhead ran on into the heading: %q", got)
	}
	by := "By Ana Lisle, Technology Reporter · Published 14 October 2026, 18:42 BST · Updated 15\nOctober 2026, 09:10 BST\nThousands of shops"
	if got := unwrapLinesAt(by, wideWrap); !strings.Contains(got, "Updated 15 October 2026") {
		t.Errorf("broken byline date not joined: %q", got)
	}
}
