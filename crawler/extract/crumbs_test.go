package extract

import "testing"

// A wiki page exported to HTML is titled by its space's name and its
// own ("OPS : Postmortem: …"); the space is the breadcrumbs' root, not
// part of the incident's title.
func TestWikiSpacePrefixIsNotTitle(t *testing.T) {
	page := func(crumb, title string) string {
		return `<html><head><title>` + title + `</title></head><body>
<div id="main-header"><ol id="breadcrumbs"><li class="first"><a href="index.html">` + crumb + `</a></li>
<li><a href="Postmortems_1.html">Postmortems</a></li></ol>
<h1 id="title-heading"><span id="title-text">` + title + `</span></h1></div>
<div id="main-content" class="wiki-content">
<h2>Summary</h2><p>Between 10:05 and 10:50 UTC on 3 March 2025 the Kelpie courier app could not load delivery routes for drivers in Leeds.</p>
<h2>Root cause</h2><p>A routing cache was flushed by a maintenance script that targeted the wrong cluster.</p>
<h2>Timeline</h2><table><tr><th>Time (UTC)</th><th>Event</th></tr>
<tr><td>10:05</td><td>Route requests start failing.</td></tr><tr><td>10:50</td><td>Cache rebuilt; routes load again.</td></tr></table>
</div></body></html>`
	}
	for _, c := range []struct{ crumb, title, want string }{
		{"OPS", "OPS : Postmortem: Route loading failures (2025-03-03)", "Postmortem: Route loading failures (2025-03-03)"},
		{"Engineering", "Engineering - Route loading failures in Leeds", "Route loading failures in Leeds"},
		// the root is a word of the title, not its prefix: kept
		{"OPS", "OPSLOG outage: route loading failures", "OPSLOG outage: route loading failures"},
	} {
		in, err := Extract([]byte(page(c.crumb, c.title)), "export.html", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Title != c.want {
			t.Errorf("title %q, want %q", in.Title, c.want)
		}
	}
}

// A site's name (og:site_name) that is its status page or blog names the
// company without that word.
func TestSiteNameWithoutItsKind(t *testing.T) {
	for site, want := range map[string]string{"Kelpwood Status": "Kelpwood", "Marram Engineering Blog": "Marram", "Quillon": "Quillon", "Status": "Status"} {
		page := `<html><head><meta property="og:site_name" content="` + site + `"><title>Webhook deliveries delayed</title></head><body><main>
<h1>Webhook deliveries delayed</h1><p>Between 10:05 and 10:50 UTC on 3 March 2025 webhook deliveries were delayed by up to 20 minutes for all customers.</p></main></body></html>`
		in, err := Extract([]byte(page), "page.html", "")
		if err != nil {
			t.Fatal(err)
		}
		if in.Org != want {
			t.Errorf("site %q: org %q, want %q", site, in.Org, want)
		}
	}
}
