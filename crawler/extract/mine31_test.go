package extract

import (
	"strings"
	"testing"
)

// TestCauseSetAsideIsNoCause: a row that reverts a change "to rule it out
// as the root cause" (and it did not help) sets a cause aside; the cause is
// what the resolution tells fell short.
func TestCauseSetAsideIsNoCause(t *testing.T) {
	page := "# Incident on 2025-06-11 - Log shipper restarted in a loop after a planned upgrade\n\n" +
		"- **Key events**\n  - First detected: 2025-06-11 09:05\n  - Repaired: 2025-06-11 11:40\n\n" +
		"- **Impact**: Application logs were not shipped to the search cluster for two and a half hours.\n\n" +
		"- **Context**:\n" +
		"  - 2025-06-11 09:05: The log shipper pods were restarting after the planned upgrade\n" +
		"  - 2025-06-11 09:30: Upgrade rolled back to rule it out as the root cause but that did not help\n" +
		"  - 2025-06-11 11:40: Liveness timeout raised, shippers stable, incident repaired\n\n" +
		"- **Resolution**:\n" +
		"  - The shippers replay a large on-disk buffer at start and the default liveness timeout was not long enough for the replay\n" +
		"  - Raising the liveness timeout let the replay finish\n"
	in, err := Extract([]byte(page), "shipper.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(in.Cause, "rule it out") {
		t.Errorf("cause %q: a cause set aside is no cause", in.Cause)
	}
	if !strings.Contains(in.Cause, "default liveness timeout was not long enough") {
		t.Errorf("cause %q: want the resolution's shortfall", in.Cause)
	}
	if strings.Contains(in.Cause, "Raising the liveness timeout") || !strings.Contains(in.Remediation, "Raising the liveness timeout") {
		t.Errorf("cause %q, remediation %q: the step that mended belongs to the remediation", in.Cause, in.Remediation)
	}
}

// TestDeniedCauses: sentences that set a cause aside name none; a step
// that fell short names none either.
func TestDeniedCauses(t *testing.T) {
	for _, s := range []string{
		"Disk pressure and memory limits were ruled out as the cause.",
		"We excluded the certificate rotation as a possible root cause.",
		"The firewall change was not the root cause.",
		"运营方表示，这次中断并非外部攻击原因造成的。",
	} {
		if c := causeFromText(s); c != "" {
			t.Errorf("causeFromText(%q) = %q, want none", s, c)
		}
		if cueSection(s) == "cause" {
			t.Errorf("cueSection(%q) = cause", s)
		}
	}
	for _, s := range []string{
		"Rolling back the flag on its own was not sufficient",
	} {
		if fellShort(s) {
			t.Errorf("fellShort(%q): a mending step that fell short is no cause", s)
		}
	}
	if !fellShort("The connection pool was not large enough for the morning peak") {
		t.Error("fellShort: a pool not large enough is a shortfall")
	}
}

// TestTypographicBullets: Markdown pasted from a document editor keeps
// its bullets as "•", and a dash typed as "–" before a stamped row: each
// is its own item, not a continuation of the item above.
func TestTypographicBullets(t *testing.T) {
	page := "# Queue backlog on 2025-02-19\n\n" +
		"## Timeline\n\n" +
		"- 2025-02-19 10:02: Consumer lag alert fired for the billing queue\n" +
		"- 2025-02-19 10:20: Consumers scaled from 4 to 12. The lag kept growing\n" +
		"  – 2025-02-19 10:41: Poison message found and moved to the dead-letter queue, lag falling\n" +
		"- 2025-02-19 11:05: Backlog drained, incident resolved\n\n" +
		"## Follow-up\n\n" +
		"• Validate message schemas before publishing\n" +
		"• Alert on dead-letter queue growth\n"
	in, err := Extract([]byte(page), "queue.md", "")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ev := range in.Timeline {
		if strings.Contains(ev.Text, "2025-02-19 10:41") {
			t.Errorf("event %q at %s runs the next row's stamp into its text", ev.Text, ev.At)
		}
		if strings.HasPrefix(ev.Text, "Poison message found") && strings.HasPrefix(ev.At, "2025-02-19T10:41") {
			found = true
		}
	}
	if !found {
		t.Errorf("timeline %+v: want the dashed row as its own event at 10:41", in.Timeline)
	}
	if !strings.Contains(in.Lessons+in.Remediation, "Validate message schemas before publishing\n") {
		t.Errorf("lessons %q remediation %q: want each bulleted action on its own line", in.Lessons, in.Remediation)
	}
}

// TestHeadlineTellsCause: a news report whose text never says why, under
// a headline that does, gets the headline as its cause; a Chinese report
// that says the outage 与硬件故障有关 or points at its provider
// (将矛头指向) states its cause.
func TestHeadlineTellsCause(t *testing.T) {
	page := "<html><head><title>Bakery chain's tills outage blamed on payment supplier - Dunmore Evening Post</title></head><body>" +
		"<h1>Bakery chain's tills outage blamed on payment supplier</h1>" +
		"<p class=\"byline\">By Ruth Calloway, 14 March 2025</p>" +
		"<p>Tills at more than 300 Hollin &amp; Moss bakeries stopped taking cards on Friday morning, leaving queues at branches across the north.</p>" +
		"<p>One manager in Dunmore said staff were writing orders on paper for two hours. Some shops took cash only until about 10am.</p>" +
		"<p>The chain said all branches were trading normally by lunchtime and apologised to customers.</p>" +
		"</body></html>"
	in, err := Extract([]byte(page), "bakery.html", "https://dunmore-post.example/news/bakery-tills")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "blamed on payment supplier") {
		t.Errorf("cause %q: want the headline that tells it", in.Cause)
	}
	for _, s := range []string{
		"公司在博客中表示，这次中断与存储阵列的硬件故障有关。",
		"官方公告将矛头指向其云服务提供商。",
		"运营商把这次停机归咎于上游供应商。",
	} {
		if c := causeFromText(s); c == "" {
			t.Errorf("causeFromText(%q): want it stated", s)
		}
	}
	for _, title := range []string{"Why did the bakery tills fail?", "Bakery tills back after two-hour outage"} {
		if headlineCause(title) {
			t.Errorf("headlineCause(%q): a question or a recovery tells no cause", title)
		}
	}
}
