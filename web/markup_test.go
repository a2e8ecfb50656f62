package web_test

import (
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

// TestMarkdownMarksDrawn: the Markdown inline marks a write-up keeps in its
// text (*emphasis*, **strong**, _emphasis_, `code`) are drawn on the
// incident page, in sections and timeline events, instead of showing as
// asterisks; a mark escaped with a backslash is shown bare; a multiplication, a wildcard host, a snake_case name and a
// mark inside code stay as written, and markup in the text stays escaped.
func TestMarkdownMarksDrawn(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	in := &data.Incident{ID: "md-1", Title: "Ledger queue backlog", Org: "Saltmarsh Pay", Lang: "en",
		Summary:     "The alert fired before the queue filled, so there was never an actual *outage* for customers.",
		Cause:       "The `purge_old_rows` job was **disabled** after the migration; each batch held 5 * 3 * 2 locks.",
		Remediation: "Re-enable the job for *.saltmarsh.example and *.saltmarsh.test; run `rm *.tmp` nightly; keep the _settlement_ rows.",
		Lessons:     "报告里写着 *不要手工删除* 这一条。 <b>not bold</b>",
		Impact:      `反向代理：\*.proxy.saltmarsh.example 与 \*.cdn 均受影响 ¯\\\_(ツ)\_/¯ 正则 \d+\.\d+ 与 C:\Users\ops 不变`,
		Timeline:    []data.TimelineEvent{{TimeText: "09:12", Text: "The disk was *not* reclaimed by VACUUM."}},
	}
	in.Text = in.Summary + " " + in.Cause
	in.Normalize()
	if err := ix.Put(in); err != nil {
		t.Fatal(err)
	}
	ts, _ := newServer(t, search.New(ix))
	checkNeedles(t, ts, "/incidents/md-1?ui=en", 200, []string{
		"an actual <em>outage</em> for customers",
		"The <code>purge_old_rows</code> job was <strong>disabled</strong> after",
		"5 * 3 * 2 locks",
		"for *.saltmarsh.example and *.saltmarsh.test;",
		"run <code>rm *.tmp</code> nightly",
		"keep the <em>settlement</em> rows",
		"报告里写着 <em>不要手工删除</em> 这一条",
		"&lt;b&gt;not bold&lt;/b&gt;",
		"The disk was <em>not</em> reclaimed",
		`反向代理：*.proxy.saltmarsh.example 与 *.cdn 均受影响 ¯\_(ツ)_/¯ 正则 \d+\.\d+ 与 C:\Users\ops 不变`,
	}, []string{"*outage*", "**disabled**", "`purge_old_rows`", "<b>not bold</b>", "*not*"})
}
