package extract

import "testing"

// TestFooterLeadNamesSite: a text page whose first line is its site's
// name as its pages write it and a kind of page ("Brayfield Object Cloud —
// Incident Report"), that name opening the footer's row of links beside
// the copyright of "Brayfield Ltd", is titled by the incident's line
// under its breadcrumb.
func TestFooterLeadNamesSite(t *testing.T) {
	doc := "Brayfield Object Cloud — Incident Report\nHome > Trust Center > Incident Reports > BF-2026-014\n\n" +
		"Object reads failing after maintenance on Brayfield Object Storage\n\nReport date: 12 May 2026\nIncident start: 10 May 2026 08:05 UTC\nIncident end: 10 May 2026 09:40 UTC\n\n" +
		"What customers saw\nCustomers with buckets in the eu-west region could not read objects for ninety minutes after a planned maintenance.\n\n" +
		"Root cause\nA maintenance step took the metadata nodes of one placement group out of service together, so their objects could not be located.\n\n" +
		"Brayfield Object Cloud · Status · Security · Privacy · © 2026 Brayfield Ltd\n"
	in, err := Extract([]byte(doc), "brayfield.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.Title != "Object reads failing after maintenance on Brayfield Object Storage" {
		t.Errorf("title %q", in.Title)
	}
}
