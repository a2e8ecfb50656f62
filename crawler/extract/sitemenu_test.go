package extract

import (
	"strings"
	"testing"
)

// A saved status page's menu, one link a line ("Summary", "Incidents",
// "Feedback", "Help"), is furniture, not the summary; three short lines
// that are not a site's links stay.
func TestVerticalSiteMenu(t *testing.T) {
	page := "Brambleton Cloud Status\nSummary\nIncidents\nFeedback\nHelp\n" +
		"Brambleton Queue Service Incident #4411\nMessages delayed for queues in eu-north-2\n" +
		"Incident began at 2025-05-06 08:10 and ended at 2025-05-06 09:02 (all times are UTC).\n\n" +
		"Queue Service\nNotifications\nScheduler\n\n" +
		"ISSUE SUMMARY\nOn Tuesday 6 May 2025, Brambleton Queue Service delivered messages late for queues in eu-north-2 for 52 minutes.\n\n" +
		"ROOT CAUSE\nA configuration change lowered the number of delivery workers per partition from eight to one, and the backlog grew until it was rolled back.\n\n" +
		"Send Feedback\nPrivacy policy\nTerms\n"
	in, err := Extract([]byte(page), "status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, furniture := range []string{"Feedback", "Help", "Incidents\n", "Privacy"} {
		if strings.Contains(in.Summary, furniture) || strings.Contains(in.Text, furniture) {
			t.Errorf("%q kept: summary %q", furniture, in.Summary)
		}
	}
	if !strings.HasPrefix(in.Summary, "On Tuesday 6 May 2025") {
		t.Errorf("summary %q", in.Summary)
	}
	if !strings.Contains(in.Text, "Notifications") {
		t.Errorf("the services named over the report were dropped: %q", in.Text)
	}
}
