package main

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/crawler"
	"github.com/incidex/incidex/data"
)

// a catalogue of our own fictional companies
var testCatalogue = []data.CatalogueEntry{
	{URL: "https://blog.quillmark.example/2021/05/fiber-cut/", Org: "Quillmark", Date: "2021-05-17", Lang: "en",
		Title: "Quillmark fiber cut in the Harborview region", Patterns: []string{"network"}, Summary: "Quillmark incident: fiber cut."},
	{URL: "https://github.com/tidewell/postmortems/blob/main/PM-007%20-%20Queue%20overflow.md", Org: "Tidewell Pay", Date: "2022-02-03", Lang: "en",
		Title: "Queue overflow", Patterns: []string{"capacity"}, Summary: "Tidewell Pay incident: queue overflow."},
	// an organisation under one of its aliases: stored under its
	// canonical name, and a second import finds it unchanged
	{URL: "https://lumen.example/pm/42", Org: "Amazon", Date: "2020-11-09", Lang: "en",
		Title: "Lumen Freight database failover took four hours", Patterns: []string{"database", "failover"}, Summary: "Lumen Freight incident: slow failover."},
}

const fiberText = `On May 17 a backhoe working on the new tram line cut both fiber pairs between our Harborview data centers.
Requests from the west region timed out for 47 minutes while traffic failed over to a backup link with a tenth of the capacity.
The root cause was that both pairs ran through the same conduit under Mill Street, which our provider had not told us.
We now buy a second path through a separate conduit, test failover to it every quarter, and alert when the backup link is saturated.`

func writeFiles(t *testing.T, dir string, files map[string]string) []string {
	t.Helper()
	var out []string
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// TestImportIdentity: a file that names its source URL is that URL's
// incident and replaces its catalogue stub; a file of a catalogued
// postmortem that names no URL replaces the stub of its title (and file
// name); a copy of a write-up under another URL is not a second incident;
// importing again changes nothing.
func TestImportIdentity(t *testing.T) {
	dataDir := t.TempDir()
	ix, store, closeAll, err := openDataFolder(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer closeAll()
	for _, e := range testCatalogue {
		if err := ix.Put(e.Incident(data.IDFor(crawler.Canonical(e.URL)))); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	files := writeFiles(t, dir, map[string]string{
		"fiber.md": "---\nurl: https://blog.quillmark.example/2021/05/fiber-cut?utm_source=list\n---\n\n# Fiber cut in the Harborview region\n\n" + fiberText + "\n",
		// a repost of the same write-up, with a line of its own
		"repost.md":                "---\nsource: https://mirror.example/posts/quillmark-fiber\n---\n\n# Fiber cut in the Harborview region\n\nReposted with permission.\n\n" + fiberText + "\n",
		"PM-007-Queue-overflow.md": "# Queue overflow\n\nOn February 3 the payment queue overflowed after a partner replayed a day of webhooks; 3% of payments were delayed by up to two hours. The consumers could not keep up because autoscaling was capped at ten workers. We raised the cap and added a per-partner quota.\n",
		"lumen-failover.txt":       "Lumen Freight database failover took four hours\n\nThe primary database of the shipment service lost its disk on November 9. The replica was promoted, but it lacked the indexes of the primary, and queries took minutes. Rebuilding the indexes took four hours. Replicas are now built from the same schema as the primary.\n",
		"corvid-matchmaking.md":    "# Corvid Games matchmaking outage\n\nMatchmaking was down for an hour on April 2 after a certificate of the session service expired. Players could not join games. The certificate is now renewed automatically and alerts fire thirty days before expiry.\n",
		"zh-原文.md":                 "# 某支付平台数据库主从切换失败复盘\n\n> 原文：<https://tech.tidewell.example/2023/06/failover>\n\n6 月 12 日晚，主库磁盘故障，主从切换后从库容量不足，支付接口超时约 40 分钟。根本原因是从库配置低于主库。整改措施：主从同配，每季度演练切换。\n",
	})
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ident := mergerIdentity(newMergerOf(ix, testCatalogue), store)
	st, err := importFiles(ix, files, log, nil, keepInStore(store, true), ident)
	if err != nil {
		t.Fatal(err)
	}
	if st.imported != 2 || st.updated != 3 || st.copies != 1 {
		t.Errorf("first import: %s; want 2 new (corvid, zh), 3 stubs replaced, 1 copy", st)
	}
	n, _ := ix.Count()
	if n != 5 {
		t.Errorf("%d incidents, want 5", n)
	}
	for _, e := range testCatalogue {
		in, err := ix.Get(data.IDFor(crawler.Canonical(e.URL)))
		if err != nil {
			t.Fatalf("%s: %v", e.Title, err)
		}
		if in.IsStub() || in.URL != crawler.Canonical(e.URL) && in.URL != e.URL || in.Org != data.CanonicalOrg(e.Org) {
			t.Errorf("%s: stub %v, url %q, org %q; want the write-up, at the catalogue's URL, of %s", e.Title, in.IsStub(), in.URL, in.Org, e.Org)
		}
		if !strings.Contains(in.Text, "") || len(in.Text) < 200 {
			t.Errorf("%s: text %q is not the write-up's", e.Title, in.Text)
		}
	}
	zh, err := ix.Get(data.IDFor("https://tech.tidewell.example/2023/06/failover"))
	if err != nil || zh.URL != "https://tech.tidewell.example/2023/06/failover" {
		t.Errorf("the file naming its 原文 URL: %v %+v", err, zh)
	}
	// again: in place, nothing new
	ident = mergerIdentity(newMergerOf(ix, testCatalogue), store)
	st, err = importFiles(ix, files, log, nil, keepInStore(store, true), ident)
	if err != nil {
		t.Fatal(err)
	}
	if st.imported != 0 || st.updated != 0 || st.unchanged != 5 {
		t.Errorf("second import: %s; want 5 unchanged", st)
	}
	if n, _ := ix.Count(); n != 5 {
		t.Errorf("%d incidents after the second import, want 5", n)
	}
}

// TestImportUpgradesAnOlderFolder: a folder where an older build imported
// the files under their paths, beside the catalogue's stubs, ends with one
// incident per postmortem when the files are imported again.
func TestImportUpgradesAnOlderFolder(t *testing.T) {
	ix, store, closeAll, err := openDataFolder(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer closeAll()
	for _, e := range testCatalogue {
		if err := ix.Put(e.Incident(data.IDFor(crawler.Canonical(e.URL)))); err != nil {
			t.Fatal(err)
		}
	}
	files := writeFiles(t, t.TempDir(), map[string]string{
		"fiber.md":                 "---\nurl: https://blog.quillmark.example/2021/05/fiber-cut\n---\n\n# Fiber cut in the Harborview region\n\n" + fiberText + "\n",
		"repost.md":                "# Fiber cut in the Harborview region\n\nReposted with permission.\n\n" + fiberText + "\n",
		"PM-007-Queue-overflow.md": "# Queue overflow\n\nOn February 3 the payment queue overflowed after a partner replayed a day of webhooks; 3% of payments were delayed by up to two hours. We raised the worker cap.\n",
	})
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	// the older build: every file under its path, stubs left as they were
	if _, err := importFiles(ix, files, log, nil, keepInStore(store, false), nil); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != 6 {
		t.Fatalf("older build: %d incidents, want 3 stubs and 3 files", n)
	}
	st, err := importFiles(ix, files, log, nil, keepInStore(store, true), mergerIdentity(newMergerOf(ix, testCatalogue), store))
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Count(); n != 3 || st.copies != 1 {
		t.Errorf("after the import: %d incidents (%s), want the 2 write-ups that replaced their stubs and the stub left", n, st)
	}
	for _, p := range files {
		if _, err := ix.GetAny(data.IDFor(p)); err == nil {
			t.Errorf("%s is still indexed under its path", filepath.Base(p))
		}
	}
}

// TestCrawlKeepsDeletion: a crawled page replaces its stub, and a page the
// user deleted stays deleted when it changes.
func TestCrawlKeepsDeletion(t *testing.T) {
	ix, _, closeAll, err := openDataFolder(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer closeAll()
	put, err := crawlIndexFunc(ix)
	if err != nil {
		t.Fatal(err)
	}
	u := "https://blog.corvid.example/2019/lag-spike"
	id := data.IDFor(u)
	if err := ix.Put((data.CatalogueEntry{URL: u, Org: "Corvid Games", Title: "Corvid Games lag spike", Summary: "x"}).Incident(id)); err != nil {
		t.Fatal(err)
	}
	page := &data.Incident{ID: id, URL: u, Title: "Lag spike in matchmaking", Lang: "en", Text: "Matchmaking lagged for an hour."}
	page.Normalize()
	if err := put(page); err != nil {
		t.Fatal(err)
	}
	got, err := ix.Get(id)
	if err != nil || got.IsStub() || got.Org != "" && got.Org != "Corvid Games" {
		t.Fatalf("the crawled page did not replace its stub: %v %+v", err, got)
	}
	if err := ix.SetDeleted(id, true, time.Now()); err != nil {
		t.Fatal(err)
	}
	changed := *page
	changed.Text += " Updated with the cause."
	if err := put(&changed); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Get(id); err == nil {
		t.Errorf("a deleted incident came back when its page changed")
	}
}
