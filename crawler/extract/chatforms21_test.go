package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestChatExportChannelTitle holds a Slack channel exported as text whose
// first messages read like a title ("looking. reindex job is hammering the
// primary shards"): the channel named over the messages is the title, and
// a closing message's "Impact 10:03–11:47 IST" (no colon after the word)
// is the window, while "nothing between 9:58 and 10:03" is no range of it.
func TestChatExportChannelTitle(t *testing.T) {
	page := `#inc-0412-humshaugh-checkout
Exported from Slack by Orla Venn on Feb 6, 2026 · Workspace: humshaugh-eng · Times shown in Asia/Kolkata (IST)

Thursday, February 5th

Orla Venn  10:14 AM
:rotating_light: checkout p99 above 5s for 5 minutes. Opening this channel. IC: me.

Dev Arora  10:18 AM
looking. connection pool to ledger-db maxed out on every pod

Kiran Shah  10:22 AM
there was a config deploy to checkout-api at 9:58, pool size change

Dev Arora  10:31 AM
first 5xx at 10:03:40, ramps fast after that. nothing between 9:58 and 10:03

Orla Venn  10:32 AM
ok so impact start = 10:03. Kiran please prep a rollback

Kiran Shah  11:52 AM
rollback done. 5xx rate zero since 11:47

Orla Venn  12:10 PM
declaring resolved. Impact 10:03–11:47 IST, 1h44m. PIR doc to follow.
`
	in, err := extractOnce([]byte(page), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !titleRight(in.Title, realWorldGold{Title: "#inc-0412-humshaugh-checkout"}) {
		t.Errorf("title %q, want the channel's name", in.Title)
	}
	holdWindow(t, in, "2026-02-05T10:03:00+05:30", "2026-02-05T11:47:00+05:30", 104)
}

// TestAlarmThresholdMonitoring holds a cause whose thresholds are an
// alarm's ("our alarm thresholds were set at the provisioned maximum, so
// nobody was paged"): what watched the fleet, monitoring, not a
// configuration change of the service.
func TestAlarmThresholdMonitoring(t *testing.T) {
	page := `# Stannington Queue Service: delayed messages on 3 March

## What went wrong

Messages were delayed for 85 minutes while the metadata fleet ran out of connections. Our alarm thresholds were set at the provisioned maximum of each node, so nobody was paged until customers reported delays at 10:55 AM PDT.

## Timeline

- 9:37 AM PDT: connection limit reached; queue writes slow down
- 11:02 AM PDT: capacity added; writes recover
`
	in, err := extractOnce([]byte(page), "event.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(in.Patterns, "monitoring") || len(in.Patterns) > 0 && in.Patterns[0] == "config-change" {
		t.Errorf("patterns %q, want monitoring among them and no configuration change first", in.Patterns)
	}
}

// TestStatusPageFurnitureLines holds a status history whose zone note
// ("Times shown in AEDT (UTC+11:00)") is no event at 11:00, and a news
// page whose share buttons run on into an audio player ("[Share] [Post]
// [Copy link]  Listen to this article 5 min") that is no part of its
// summary.
func TestStatusPageFurnitureLines(t *testing.T) {
	history := `Longframlington Cards                                        [Subscribe to updates]
Status   History   Help centre

Incident history
Times shown in AEDT (UTC+11:00)

Jan 20, 2026
Card top-ups failing
Resolved · Major outage · Lasted 1h 38m

  Resolved · Jan 20, 2026 · 1:41 AM AEDT
  Top-ups are working normally again. Top-ups failed between 11:48 PM on 19 January and 1:26 AM on 20 January AEDT.

  Identified · Jan 20, 2026 · 12:31 AM AEDT
  A certificate used by our card top-up provider expired at 11:45 PM. We're working with them on a fix.

  Investigating · Jan 20, 2026 · 12:09 AM AEDT
  We're looking into reports that top-ups are failing in the app.
`
	in, err := extractOnce([]byte(history), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "Times shown") {
			t.Errorf("event %q at %s: the zone's note is no event", ev.Text, ev.At)
		}
	}
	news := `Tyne Valley Courier
News | Business | Sport

Stannington Rail ticket machines down for three hours

By Ada Rook
Published 21 January 2026 11:48 GMT

[Share] [Post] [Share via email] [Copy link]     Listen to this article 5 min

Thousands of rail passengers were unable to buy tickets on Wednesday morning after the ticketing systems failed for more than three hours.
`
	in, err = extractOnce([]byte(news), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Summary, "[Share]") || strings.Contains(in.Summary, "Listen to") {
		t.Errorf("summary %q holds the page's buttons", in.Summary)
	}
}

// TestChatAppNoOrg holds a Teams channel exported as text under the app's
// name ("Microsoft Teams" over "Humshaugh Engineering > INC-0522 …"): the
// app made the page, the team's incident is no one's at the app.
func TestChatAppNoOrg(t *testing.T) {
	page := `Microsoft Teams
Activity  Chat  Teams  Calendar  Files

Humshaugh Engineering > INC-0522 Card payments declined at checkout
Posts   Files   +

Tuesday, January 13, 2026

Incident Bot  4:02 PM
INC-0522 declared, Sev 2. Started: 3:47 PM GMT

Priya Okoro  4:05 PM
Decline rate jumped from 2% to 38% at 15:47. Only the primary acquirer.

Dan Whitby  4:41 PM
Routing switched at 16:38. Decline rate back to 2.4% and falling.

Incident Bot  5:30 PM
INC-0522 resolved. The acquirer had an outage from 15:47 to 17:20 GMT.
`
	in, err := extractOnce([]byte(page), "page.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Org == "Microsoft Teams" {
		t.Errorf("org %q: the chat app, not the team", in.Org)
	}
	if !titleRight(in.Title, realWorldGold{Title: "INC-0522 Card payments declined at checkout"}) {
		t.Errorf("title %q, want the channel's name", in.Title)
	}
}
