package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestPlainParagraphsSymptomAndPlans: a write-up in plain paragraphs whose
// first "core issue" paragraph tells how the trouble showed itself ("The
// core issue manifested as …") before another names the root cause keeps
// the symptom out of the cause; its remediation is read from the
// sentences that say what was done and what will be ("The primary
// remediation involved …", "Future prevention efforts include …") even
// when they stand inside paragraphs about other things.
func TestPlainParagraphsSymptomAndPlans(t *testing.T) {
	doc := "---\ntitle: Quillmere builds stuck in queue after cluster upgrade\ncompany: Quillmere\n---\n\n" +
		"On June 3, 2025, at approximately 09:10 UTC, Quillmere customers saw builds wait in the queue for up to forty minutes. The incident lasted until 13:40 UTC the same day and stemmed from a cluster upgrade still under way.\n\n" +
		"The core issue manifested as timeouts between the scheduler and the build agents across the main production cluster. Engineers first looked at the service mesh sidecars and the internal resolver before the load balancer pool was identified as the source.\n\n" +
		"The root cause was a health check path that the upgraded agents no longer served, so the load balancer marked two thirds of the agents unhealthy and sent every build to the remaining third.\n\n" +
		"The incident delayed every customer build and caused some webhooks to time out. The primary remediation involved restoring the old health check path on the agents, after which the pool filled again within minutes.\n\n" +
		"Quillmere found that the upgrade runbook did not cover health check paths. Future prevention efforts include checking health endpoints in the upgrade's canary stage and alerting on the share of healthy agents.\n"
	in := extractString(t, "quillmere.md", doc)
	if strings.Contains(in.Cause, "manifested as") {
		t.Errorf("cause %q holds the symptom paragraph", in.Cause)
	}
	if !strings.Contains(in.Cause, "health check path") {
		t.Errorf("cause %q, want the root cause paragraph", in.Cause)
	}
	if !strings.Contains(in.Remediation, "restoring the old health check path") || !strings.Contains(in.Remediation, "Future prevention efforts include") {
		t.Errorf("remediation %q, want the restore and the prevention plans", in.Remediation)
	}
	for _, c := range []struct {
		para string
		want bool
	}{
		{"The problem first surfaced as a rise in 502 responses at the edge.", true},
		{"问题最初表现为部分用户无法登录，随后扩散到全部用户。", true},
		{"The core issue was a stale health check path.", false},
		{"问题的根源是一次错误的配置变更。", false},
	} {
		if got := symptomLead.MatchString(c.para); got != c.want {
			t.Errorf("symptomLead(%q) = %v, want %v", c.para, got, c.want)
		}
	}
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The primary remediation involved a rollback of the agents.", true},
		{"The main mitigation was to drain the region.", true},
		{"Future prevention efforts include a canary for health checks.", true},
		{"Long-term reliability work includes splitting the pool.", true},
		{"The primary issue was a stale health check.", false},
		{"Future releases include a new dashboard.", false},
	} {
		if got := remediationLead.MatchString(c.sent); got != c.want {
			t.Errorf("remediationLead(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestJiraDateForm: Jira prints its dates day first with the month's
// short name and a two-digit year ("04/Feb/26 9:31 AM"); every ticket
// export and printed issue carries them, in its fields and on every
// comment.
func TestJiraDateForm(t *testing.T) {
	for _, c := range []struct {
		in              string
		y, mo, d, h, mi int
		ok              bool
	}{
		{"04/Feb/26 9:31 AM", 2026, 2, 4, 9, 31, true},
		{"18/Nov/26 3:20 PM", 2026, 11, 18, 15, 20, true},
		{"7/Mar/2025 14:05", 2025, 3, 7, 14, 5, true},
		{"12/Sep/25", 2025, 9, 12, -1, -1, true},
		{"31/Foo/26 9:31 AM", 0, 0, 0, 0, 0, false},
		{"32/Feb/26", 0, 0, 0, 0, 0, false},
	} {
		st, _, ok := parseStamp(c.in, "en")
		if ok != c.ok {
			t.Errorf("parseStamp(%q) ok = %v, want %v", c.in, ok, c.ok)
			continue
		}
		if ok && (st.year != c.y || st.month != c.mo || st.day != c.d || st.hour != c.h || c.h >= 0 && st.min != c.mi) {
			t.Errorf("parseStamp(%q) = %d-%d-%d %d:%d, want %d-%d-%d %d:%d", c.in, st.year, st.month, st.day, st.hour, st.min, c.y, c.mo, c.d, c.h, c.mi)
		}
	}
	doc := "[HELP-2291] Checkout search slow for all shoppers - Brindlecombe Jira\n\n" +
		"Details\nType: Incident\nPriority: Highest\nStatus: RESOLVED\n\n" +
		"Dates\nCreated: 09/Mar/26 10:02 AM\nUpdated: 10/Mar/26 4:45 PM\nResolved: 09/Mar/26 11:48 AM\n\n" +
		"Impact start: 09/Mar/26 9:41 AM\nImpact end: 09/Mar/26 11:40 AM\n\n" +
		"Description\nSearch on the checkout page timed out for every shopper. A reindex job ran in business hours instead of at night because its schedule was edited by mistake.\n\n" +
		"Activity\nOla Brandt added a comment - 09/Mar/26 10:20 AM\nThe reindex holds a lock on the products table since 09:38.\n\n" +
		"Ola Brandt added a comment - 09/Mar/26 11:35 AM\nCancelled the reindex; queries are fast again.\n"
	in := extractTxt(t, "brindlecombe-jira.txt", doc)
	if !strings.HasPrefix(in.StartedAt, "2026-03-09T09:41") && !strings.HasPrefix(in.StartedAt, "2026-03-09T09:38") {
		t.Errorf("started %q, want 2026-03-09 09:41 (or the lock's 09:38)", in.StartedAt)
	}
	dated := 0
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-03-09") {
			dated++
		}
	}
	if dated < 3 {
		t.Errorf("timeline %+v, want its Jira stamps dated", in.Timeline)
	}
	// a comment's header dates the comment under it: the comment is the
	// event
	found := false
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-03-09T10:20") && strings.Contains(ev.Text, "holds a lock on the products table") {
			found = true
		}
	}
	if !found {
		t.Errorf("timeline %+v, want the 10:20 comment as its event", in.Timeline)
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Ola Brandt added a comment - 09/Mar/26 10:20 AM", true},
		{"mkowalski commented on Mar 9, 2026", false},
		{"Ines Duarte commented · 2026-03-09 14:02", true},
		{"We commented on the ticket later that day.", false},
		{"Ola Brandt added a comment", false},
	} {
		if _, _, ok := commentHeader(c.line, "en"); ok != c.want {
			t.Errorf("commentHeader(%q) = %v, want %v", c.line, ok, c.want)
		}
	}
	// a comment joined to its header when the export was unwrapped is the
	// event too, and the fields' end of impact ends the incident though
	// laid out in columns
	doc2 := "[OPS-118] Queue workers stuck after broker upgrade - Thornbury Jira\n\n" +
		"Created: 14/Oct/25 6:02 AM   Updated: 16/Oct/25 9:10 AM   Resolved: 14/Oct/25 7:30 AM\n\n" +
		"Impact start:   14/Oct/25 5:48 AM\nImpact end:     14/Oct/25 7:12 AM\n\n" +
		"Description\nAll times CEST. Jobs queued from 05:48 and were not picked up: the broker upgrade changed the default prefetch and the workers' connection settings no longer matched.\n\n" +
		"Comments\nNils Aberg added a comment - 14/Oct/25 6:20 AM\nworkers connected but consuming nothing; prefetch is 0 after the upgrade\n\n" +
		"Nils Aberg added a comment - 14/Oct/25 7:15 AM\nprefetch set back to 50, queue drained. Resolving.\n"
	// (as text, each line a block; as Markdown, the comment joined to its
	// header in one paragraph, as are the two fields, which Markdown reads
	// as one)
	for _, name := range []string{"thornbury-jira.txt", "thornbury-jira.md"} {
		in2 := extractTxt(t, name, doc2)
		found = false
		for _, ev := range in2.Timeline {
			if strings.HasPrefix(ev.At, "2025-10-14T06:20") && strings.Contains(ev.Text, "consuming nothing") && !strings.Contains(ev.Text, "added a comment") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: timeline %+v, want the 06:20 comment as its event", name, in2.Timeline)
		}
		if strings.HasSuffix(name, ".txt") && (!strings.HasPrefix(in2.StartedAt, "2025-10-14T05:48") || !strings.HasPrefix(in2.EndedAt, "2025-10-14T07:12") || in2.DurationMinutes != 84) {
			t.Errorf("%s: started %q ended %q lasted %d min, want 05:48 to 07:12, 84 min", name, in2.StartedAt, in2.EndedAt, in2.DurationMinutes)
		}
		if strings.Contains(in2.Impact, "consuming nothing") || strings.Contains(in2.Impact, "queue drained") {
			t.Errorf("%s: impact %q, want none of the comments", name, in2.Impact)
		}
	}
}

// TestYearlessUpdatesInOrder: a status page's updates listed newest first
// with a day and a clock but no year ("Aug 18, 16:49 UTC") still make a
// timeline in time order; so does a prose account whose clock times come
// out of order under the days it names.
func TestYearlessUpdatesInOrder(t *testing.T) {
	doc := "<html><head><title>Elevated API errors in fra-2 · Pennywhistle Status</title></head><body>\n" +
		"<h1>Elevated API errors in fra-2</h1>\n" +
		"<div class=\"update\"><h3>Resolved</h3><p>Error rates in fra-2 have been normal since 11:05 UTC. A storage node that ran out of inodes has been replaced.</p><p class=\"ts\">Oct 14, 11:20 UTC</p></div>\n" +
		"<div class=\"update\"><h3>Monitoring</h3><p>The node has been drained and errors are falling.</p><p class=\"ts\">Oct 14, 10:41 UTC</p></div>\n" +
		"<div class=\"update\"><h3>Identified</h3><p>A storage node in fra-2 stopped accepting writes.</p><p class=\"ts\">Oct 14, 10:02 UTC</p></div>\n" +
		"<div class=\"update\"><h3>Investigating</h3><p>We are seeing elevated API errors in fra-2.</p><p class=\"ts\">Oct 14, 09:37 UTC</p></div>\n" +
		"</body></html>\n"
	in, err := Extract([]byte(doc), "pennywhistle.html", "")
	if err != nil {
		t.Fatal(err)
	}
	assertClockOrder(t, in.Timeline, 3)

	prose := "---\ntitle: Halloway Cloud storage zone power event\ncompany: Halloway\n---\n\n" +
		"On March 3rd, at 10:12 AM PST, a utility feed to one storage zone failed and the zone's backup generators did not start. " +
		"Most volumes in the zone lost power.\n\n" +
		"By 12:30 PM PST, engineers had moved new writes to the other zones. Generators were started by hand and began restoring power by 11:20 AM PST, " +
		"and the last racks were powered by 1:05 PM PST.\n\n" +
		"A check of every volume went on overnight and finished by 6:40 AM PST on March 4th.\n"
	pin := extractString(t, "halloway.md", prose)
	assertClockOrder(t, pin.Timeline, 4)
}

// assertClockOrder fails unless the timeline holds at least n events and
// their clock times (on the days they name, the later day after) rise.
func assertClockOrder(t *testing.T, tl []data.TimelineEvent, n int) {
	t.Helper()
	if len(tl) < n {
		t.Fatalf("timeline %+v, want at least %d events", tl, n)
	}
	last := -1
	for _, ev := range tl {
		st, _, ok := parseStamp(ev.TimeText, "en")
		if !ok || !st.hasClock() {
			if ev.At != "" {
				continue
			}
			t.Fatalf("event %+v has no clock", ev)
		}
		k := st.hour*60 + st.min
		if st.hasDate() {
			k += st.day * 24 * 60
		} else if md := monthDays(ev.Text); len(md) == 1 {
			k += md[0][1] * 24 * 60
		} else if last >= 0 {
			k += last / (24 * 60) * 24 * 60
		}
		if k < last {
			t.Errorf("timeline out of order at %q: %+v", ev.TimeText, tl)
			return
		}
		last = k
	}
}

// extractTxt extracts doc as the plain text file name (extractString
// reads its documents as Markdown).
func extractTxt(t *testing.T, name, doc string) *data.Incident {
	t.Helper()
	in, err := Extract([]byte(doc), name, "")
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return in
}

// TestTicketFieldsNoSections: a ticket's printed export lays its fields
// out in columns ("Resolution:     Done      Votes:    0"); the field
// named Resolution holds the ticket's state, no remediation, and the
// fields under it are no section's text.
func TestTicketFieldsNoSections(t *testing.T) {
	doc := "[NET-772] Office VPN refusing logins after certificate rollover - Quarrendon Jira\n" +
		"Created: 02/Jun/26 8:05 AM   Updated: 04/Jun/26 1:10 PM   Resolved: 02/Jun/26 9:40 AM\n\n" +
		"Status:         Closed\n" +
		"Type:           Incident                Priority:       High\n" +
		"Reporter:      Service Desk            Assignee:       Maren Holt\n" +
		"Resolution:     Fixed                   Votes:          0\n" +
		"Labels:         vpn, sev2\n\n" +
		"Description\n" +
		"From 07:52 staff working from home could not log in to the office VPN. The gateway's new server certificate was issued by an intermediate the clients did not trust yet.\n\n" +
		"Remediation\n" +
		"We pushed the intermediate certificate to all managed laptops and restarted the gateway service.\n"
	for _, name := range []string{"quarrendon-jira.txt"} {
		in := extractTxt(t, name, doc)
		if strings.Contains(in.Remediation, "Labels") || strings.Contains(in.Remediation, "Votes") || strings.HasPrefix(in.Remediation, "Fixed") {
			t.Errorf("%s: remediation %q, want no ticket field in it", name, in.Remediation)
		}
		if !strings.Contains(in.Remediation, "pushed the intermediate certificate") {
			t.Errorf("%s: remediation %q, want the section's text", name, in.Remediation)
		}
	}
	for _, c := range []struct {
		raw  string
		want bool
	}{
		{"Resolution:     Fixed                   Votes:          0", true},
		{"Type:           Incident                Priority:       High", true},
		{"Resolution", false},
		{"Root cause: an expired certificate", false},
		{"Impact:    all staff working from home", false},
	} {
		if got := columnFields(c.raw); got != c.want {
			t.Errorf("columnFields(%q) = %v, want %v", c.raw, got, c.want)
		}
	}
}

// TestPrintedRunningLineNoTitle: a page printed from a browser ends on
// its address and page number ("https://…   Page 1 of 1", "https://…
// 1/1"); that line is neither the page's title nor the text, and the
// story above it is kept (pages of titles-3, our own writing).
func TestPrintedRunningLineNoTitle(t *testing.T) {
	for _, c := range []struct{ file, body string }{
		{"t3-appleby-bank-news-print.txt", "unable to log in to its mobile app"},
		{"t3-yealand-health-print.txt", "Load Balancing"},
		// (and a sentence's first line, wrapped in print, is no title
		// over the story: the story is kept)
		{"t4-oakham-news-print.txt", "Drivers at hundreds of petrol stations"},
		{"t2-selworthy-echo-news-print.txt", "were locked out of its app and website"},
	} {
		raw, err := os.ReadFile(filepath.Join("testdata", "titles", c.file))
		if err != nil {
			t.Fatal(err)
		}
		in, err := Extract(raw, c.file, "")
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if strings.Contains(in.Title, "https://") || strings.Contains(in.Title, "1/1") || strings.Contains(in.Title, "Page 1") {
			t.Errorf("%s: title %q, want no running line", c.file, in.Title)
		}
		if !strings.Contains(in.Text, c.body) {
			t.Errorf("%s: text %.200q, want the story", c.file, in.Text)
		}
	}
}

func TestWrappedProse(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"The company said a faulty update to its routers had caused the failure and that no card", "details had been exposed."}, true},
		{[]string{"Card payments fail at hundreds of petrol stations", "as payment terminal network goes down"}, false},
		{[]string{"Drivers at hundreds of petrol stations were unable to pay by card.", "then they left."}, false},
		{[]string{"The company said a faulty update to its routers had caused the failure and that no card", ""}, false},
	} {
		if got := wrappedProse(c.lines, 0); got != c.want {
			t.Errorf("wrappedProse(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}

// TestStoppedWorkingIsImpact: a summary's sentence that tells what
// stopped working, whoever its subject ("Most Quillon plug-ins stopped
// working …", "This disabled effectively all plug-ins …"), is the impact,
// before a lesser loss it also names.
func TestStoppedWorkingIsImpact(t *testing.T) {
	doc := "---\ntitle: Quillon plug-ins disabled by an expired signing certificate\n" +
		"summary: Most Quillon plug-ins stopped working on 3 June 2026 when a signing certificate expired. This disabled effectively all plug-ins, about 4,000, until a fix shipped the next morning. Some settings were lost.\n---\n\n" +
		"The certificate that signs Quillon plug-ins expired at midnight UTC, and the editor refused every plug-in signed with it.\n\n" +
		"We shipped a new intermediate certificate in an update and are adding an expiry alarm to the signing service.\n"
	in := extractString(t, "quillon", doc)
	if !strings.Contains(in.Impact, "stopped working") || !strings.Contains(in.Impact, "disabled effectively all plug-ins") {
		t.Errorf("impact %q, want what stopped working", in.Impact)
	}
}
