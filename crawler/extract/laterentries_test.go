package extract

import "testing"

// TestHistoryEntriesAfterShownOne: a status history that shows one
// incident with its updates (Investigating … Resolved) and lists the
// others below it, each closed ("▸ …") or under its own day ("June 9,
// 2026"), is about the shown one: a listed entry's one-line window is no
// part of its span. An incident told across days, a day over each part
// of its updates, keeps them all.
func TestHistoryEntriesAfterShownOne(t *testing.T) {
	for _, c := range []struct {
		name, page, start, end string
	}{
		{"closed entries", "Wexcombe Status\n\nHistory › October 2026\n\n▾ Image uploads failing\nResolved · Oct 14, 2026\n\n" +
			"Resolved — Uploads are working again and failed uploads can be retried. Oct 14, 2026 16:32 GMT+8\n\n" +
			"Identified — A storage node rejected writes after a certificate expired; it has been replaced. Oct 14, 2026 15:55 GMT+8\n\n" +
			"Investigating — Image uploads are failing for most users. Viewing images is not affected. Oct 14, 2026 15:08 GMT+8\n\n" +
			"Affected: Uploads\n\n" +
			"▸ Search slow for some accounts\nResolved · Oct 9, 2026 · 11:10 – 11:40 GMT+8\n\n" +
			"▸ Notification emails delayed\nResolved · Oct 2, 2026 · 07:05 – 07:20 GMT+8\n\nShow older incidents\n",
			"2026-10-14T15:08:00+08:00", "2026-10-14T16:32:00+08:00"},
		{"days over entries", "Wexcombe Status\n\nIncident history\n\nOctober 14, 2026\n\nImage uploads failing\n\n" +
			"Resolved - Uploads are working again and failed uploads can be retried. (4:32 PM EDT)\n\n" +
			"Identified - A storage node rejected writes after a certificate expired; it has been replaced. (3:55 PM EDT)\n\n" +
			"Investigating - Image uploads are failing for most users. Viewing images is not affected. (3:08 PM EDT)\n\n" +
			"October 9, 2026\n\nSearch slow for some accounts\n\nResolved - Searches were slow from 11:10 AM to 11:40 AM EDT.\n\n" +
			"October 2, 2026\n\nNo incidents reported.\n",
			"2026-10-14T15:08:00-04:00", "2026-10-14T16:32:00-04:00"},
	} {
		in, err := Extract([]byte(c.page), "wexcombe.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.StartedAt != c.start || in.EndedAt != c.end {
			t.Errorf("%s: %s – %s, want %s – %s", c.name, in.StartedAt, in.EndedAt, c.start, c.end)
		}
	}
}

// TestHistoryEntriesAcrossDaysKept: an entry whose updates lack either an
// opening or a closing state above the next day (one incident told
// across days, newest first) is not cut there.
func TestHistoryEntriesAcrossDaysKept(t *testing.T) {
	var blocks []block
	for _, s := range []string{"October 15, 2026", "Image uploads failing", "Resolved - Uploads are working again. (1:12 AM EDT)",
		"Monitoring - The replacement node is taking writes. (12:40 AM EDT)", "October 14, 2026",
		"Identified - A storage node rejected writes; it is being replaced. (11:55 PM EDT)",
		"Investigating - Image uploads are failing for most users. (11:08 PM EDT)", "October 9, 2026", "Search slow",
		"Resolved - Searches were slow from 11:10 AM to 11:40 AM EDT."} {
		blocks = append(blocks, block{kind: kindPara, text: s})
	}
	if got := withoutLaterEntries(blocks, ""); len(got) != 7 {
		t.Errorf("kept %d blocks, want 7 (up to the day of another incident)", len(got))
	}
}
