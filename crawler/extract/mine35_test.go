package extract

import "testing"

// TestResavedDate: an archive's copy of a post carries the date it was
// copied (source_published_at 2026) while the post's address dates it
// 2019; the write-up's date, and so the year it is filed under, is the
// address's. A metadata date within a year of the address's stays.
func TestResavedDate(t *testing.T) {
	page := func(url, at string) string {
		return "---\nurl: " + url + "\ntitle: Engineering Blog\ncompany: Larkspur\n" +
			"source_published_at: " + at + "\n---\n\n" +
			"A schema migration locked the orders table for forty minutes and checkout failed for every customer.\n"
	}
	for _, c := range []struct{ url, at, want string }{
		{"https://eng.larkspur.example/blog/2019/04/11/orders-table-lock/", "2026-03-17T08:00:03-07:00", "2019-04-11"},
		{"https://larkspur.example/posts/incident-summary-2019-04-11-a1b2c3", "2022-06-01T10:00:00Z", "2019-04-11"},
		{"https://eng.larkspur.example/blog/2019/04/11/orders-table-lock/", "2019-04-12T08:00:00Z", "2019-04-12"},
		{"https://eng.larkspur.example/blog/orders-table-lock/", "2026-03-17T08:00:03Z", "2026-03-17"},
	} {
		in, err := Extract([]byte(page(c.url, c.at)), "copy.md", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Published != c.want {
			t.Errorf("%s dated %s: published %q, want %q", c.url, c.at, in.Published, c.want)
		}
	}
	// the address is used only when the metadata has a date to compare
	if got := resavedDate("", "https://x.example/2019/04/11/a/"); got != "" {
		t.Errorf("resavedDate with no metadata date = %q", got)
	}
}
