package web_test

import (
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

// TestSourceURLReadable: an incident's source address is shown with its
// percent-escapes decoded (spaces, Chinese characters), while the link
// goes to the address as stored; an address whose decoding would change
// how it reads (an escaped slash, a bidi control) is shown as stored.
func TestSourceURLReadable(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	mk := func(id, u string) *data.Incident {
		in := &data.Incident{ID: id, Title: "Queue stalled " + id, Org: "Harbourline", Lang: "en", URL: u,
			Summary: "The settlement queue stalled for forty minutes.", Text: "The settlement queue stalled for forty minutes."}
		in.Normalize()
		return in
	}
	spaces := "https://git.harbourline.example/ops/postmortems/blob/main/PM2024-007-Queue%20stalled%20after%20deploy.md"
	chinese := "https://blog.harbourline.example/posts/%E6%95%85%E9%9A%9C%E5%A4%8D%E7%9B%98"
	slash := "https://git.harbourline.example/raw/a%2Fb.md?x=1"
	bidi := "https://git.harbourline.example/docs/%E2%80%AEdm.exe"
	if err := ix.Put(mk("u-1", spaces), mk("u-2", chinese), mk("u-3", slash), mk("u-4", bidi)); err != nil {
		t.Fatal(err)
	}
	ts, _ := newServer(t, search.New(ix))
	checkNeedles(t, ts, "/incidents/u-1?ui=en", 200, []string{
		`href="` + spaces + `"`, `>https://git.harbourline.example/ops/postmortems/blob/main/PM2024-007-Queue stalled after deploy.md</a>`}, nil)
	checkNeedles(t, ts, "/incidents/u-2?ui=en", 200, []string{
		`href="` + chinese + `"`, `>https://blog.harbourline.example/posts/故障复盘</a>`}, nil)
	checkNeedles(t, ts, "/incidents/u-3?ui=en", 200, []string{`>https://git.harbourline.example/raw/a%2Fb.md?x=1</a>`}, nil)
	checkNeedles(t, ts, "/incidents/u-4?ui=en", 200, []string{`>https://git.harbourline.example/docs/%E2%80%AEdm.exe</a>`}, nil)
}
