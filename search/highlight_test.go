package search

import (
	"context"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// TestHighlightsShowAPassageOnce: a write-up whose summary is its cause's
// opening paragraph shows the matching passage once, though the two
// sections cut it at different places; a passage only one section has is
// still shown.
func TestHighlightsShowAPassageOnce(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	opening := "After the gateway restarted, forty thousand kiosks reconnected within a second and the reconnection wave exhausted the session database's connection pool."
	in := &data.Incident{
		ID: "kiosk-1", Title: "Kiosk gateway outage", Org: "Harborline Transit", Lang: "en",
		Summary:     opening,
		Cause:       "Ticket kiosks lost their sessions at 07:10 during the morning rush. " + opening + " The pool had been sized for a tenth of that.",
		Remediation: "Kiosks now wait a random delay before each reconnection attempt.",
		Text:        opening + " Ticket kiosks lost their sessions at 07:10. Kiosks now wait a random delay before each reconnection attempt.",
	}
	if err := ix.Put(in); err != nil {
		t.Fatal(err)
	}
	r, err := New(ix).Search(context.Background(), Request{Query: "reconnection", Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 1 {
		t.Fatalf("%d hits", len(r.Hits))
	}
	h := r.Hits[0].Highlights
	n := 0
	for _, frags := range h {
		for _, f := range frags {
			if strings.Contains(fragmentCore(f), "reconnection wave exhausted") {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("the shared passage is shown %d times: %v", n, h)
	}
	if len(h["remediation"]) == 0 {
		t.Errorf("the remediation's own passage is gone: %v", h)
	}
}

func TestShownAlready(t *testing.T) {
	a := fragmentCore("…the <mark>reconnection</mark> wave exhausted the session database's connection pool.")
	for _, c := range []struct {
		core string
		want bool
	}{
		{a, true},
		{fragmentCore("After the gateway restarted, forty thousand kiosks reconnected within a second and the <mark>reconnection</mark> wave exhausted…"), true},
		{fragmentCore("Kiosks now wait a random delay before each <mark>reconnection</mark> attempt."), false},
		{"pool", false}, // a word, not a passage
	} {
		if got := shownAlready([]string{a}, c.core); got != c.want {
			t.Errorf("shownAlready(%q) = %v, want %v", c.core, got, c.want)
		}
	}
}

// TestFragmentsCutAtWords: a fragment of a long English text starts and
// ends at a word's edge ("…when a certificate", not "…hen a certificate");
// Chinese, which has no spaces, is cut anywhere.
func TestFragmentsCutAtWords(t *testing.T) {
	long := strings.Repeat("The overnight batch moved ledger exports between regions without incident for years ", 4) +
		"until the signing certificate expired and every export was refused by the receiving gateway " +
		strings.Repeat("while the operators waited on the vendor's console for a replacement to be issued ", 4)
	frags := fragments(long, textSpans(long, []string{"certificate"}))
	if len(frags) == 0 {
		t.Fatal("no fragment")
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(long) {
		words[w] = true
	}
	for _, f := range frags {
		fs := strings.Fields(fragmentCore(f))
		if len(fs) < 3 {
			t.Fatalf("fragment %q", f)
		}
		if !words[fs[0]] || !words[fs[len(fs)-1]] {
			t.Errorf("fragment %q starts or ends inside a word", f)
		}
	}
	zh := strings.Repeat("夜间批处理在各区域之间迁移账本导出文件多年来一直正常运行", 6) + "直到签名证书过期" + strings.Repeat("所有导出都被接收网关拒绝运维人员等待供应商签发新证书", 6)
	if frags := fragments(zh, textSpans(zh, []string{"证书过期"})); len(frags) == 0 || !strings.Contains(frags[0], "<mark>证书过期</mark>") {
		t.Errorf("Chinese fragments %q", frags)
	}
}
