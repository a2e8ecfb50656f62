package extract

import "testing"

// TestUpdatesWithTimeAfterState: a status page whose updates give the
// state, then the time, then the text, each set apart by a dash
// ("Identified — 16:10 PDT — The errors follow …"), under a record that
// states the day: each update is an event on that day.
func TestUpdatesWithTimeAfterState(t *testing.T) {
	page := `<!doctype html><html><head><title>Incident HX-118 · Hexmoor Status</title></head><body>
<header><a href="/">hexmoor.example</a> | <a href="/history">History</a> | <a href="/subscribe">Subscribe to updates</a></header>
<main>
<h1>Object uploads failing in eu-south-2</h1>
<p>The incident below is closed. This report was written by the Hexmoor storage team on March 4, 2026.</p>
<table>
<tr><td>Start</td><td>2026-03-02 09:12 CET</td></tr>
<tr><td>End</td><td>2026-03-02 10:58 CET</td></tr>
<tr><td>Root cause</td><td>A certificate on the upload gateways expired because its renewal job had been disabled during a migration.</td></tr>
</table>
<h3>Updates</h3>
<ul>
<li><b>Resolved</b> — 10:58 CET — Uploads are succeeding again in eu-south-2.</li>
<li><b>Monitoring</b> — 10:40 CET — A renewed certificate is in place on every gateway.</li>
<li><b>Identified</b> — 09:55 CET — The upload gateways are serving an expired certificate.</li>
<li><b>Investigating</b> — 09:20 CET — We are investigating failed uploads in eu-south-2.</li>
<li><b>Update</b> — two hours later — we will publish a full report.</li>
</ul>
</main>
<footer>Powered by Hexmoor Status · Privacy</footer>
</body></html>`
	in, err := Extract([]byte(page), "hx-118.html", "")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"2026-03-02T09:20:00+01:00": false, "2026-03-02T09:55:00+01:00": false, "2026-03-02T10:40:00+01:00": false}
	for _, ev := range in.Timeline {
		if _, ok := want[ev.At]; ok {
			want[ev.At] = true
		}
	}
	for at, seen := range want {
		if !seen {
			t.Errorf("no event at %s (timeline %+v)", at, in.Timeline)
		}
	}
	if in.StartedAt != "2026-03-02T09:12:00+01:00" || in.EndedAt != "2026-03-02T10:58:00+01:00" {
		t.Errorf("%s – %s, want the record's 09:12 – 10:58", in.StartedAt, in.EndedAt)
	}
}

// TestUpdatesWithTimeAfterStateMarkdown: the same updates saved as
// Markdown under the day's line are events whose text is the update's,
// its time not repeated in front.
func TestUpdatesWithTimeAfterStateMarkdown(t *testing.T) {
	doc := "# Hexmoor Status\n\nMarch 2, 2026\n\n## Object uploads failing in eu-south-2\n\n" +
		"**Resolved** – Uploads are succeeding again. A certificate on the upload gateways had expired because its renewal job was disabled during a migration.\n\n" +
		"**Identified** – 09:55 CET – The upload gateways are serving an expired certificate.\n\n" +
		"**Investigating** – 09:20 CET – We are investigating failed uploads in eu-south-2.\n"
	in, err := Extract([]byte(doc), "hexmoor.md", "")
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, ev := range in.Timeline {
		switch ev.At {
		case "2026-03-02T09:20:00+01:00", "2026-03-02T09:55:00+01:00":
			found++
			if ev.Text == "" || ev.Text[0] >= '0' && ev.Text[0] <= '9' {
				t.Errorf("event at %s: text %q, want the update's text", ev.At, ev.Text)
			}
		}
	}
	if found != 2 {
		t.Errorf("%d of the two updates are events (timeline %+v)", found, in.Timeline)
	}
}
