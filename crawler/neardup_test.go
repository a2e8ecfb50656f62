package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

func TestFingerprintNearDuplicates(t *testing.T) {
	_, a := lbPost(1, "http://a.example")
	_, b := lbPost(2, "http://a.example")
	_, zh1 := lbPost(3, "http://a.example")
	_, zh2 := lbPost(7, "http://a.example")
	// a repost: the same write-up with another site's chrome and a line
	// of its own
	repost := strings.Replace(string(a), "<nav>", "<nav>Reposted with permission from the Quillmark blog. ", 1)
	repost = strings.Replace(repost, "http://a.example", "http://mirror.example", 1)
	fp := func(s string) Print { return NewPrint(&data.Incident{Text: s}) }
	if !near(fp(string(a)), fp(repost)) {
		t.Errorf("a repost is not a near-duplicate")
	}
	for _, pair := range [][2][]byte{{a, b}, {zh1, zh2}, {a, zh1}} {
		if near(fp(string(pair[0])), fp(string(pair[1]))) {
			t.Errorf("two different write-ups are near-duplicates")
		}
	}
	if near(fp("short text"), fp("short text")) {
		t.Errorf("texts too short to tell are compared")
	}
}

// TestMirrorIsOneIncident: the same write-up on two hosts is indexed once;
// the second URL is remembered as a copy of the first.
func TestMirrorIsOneIncident(t *testing.T) {
	_, post := lbPost(5, "http://blog.example")
	mirror := strings.Replace(string(post), "<nav>", "<nav><a href=\"/\">Mirror of the Lumen Freight blog</a>", 1)
	orig := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(post) }))
	defer orig.Close()
	copySrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(mirror)) }))
	defer copySrv.Close()
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	idx := &memIndex{byID: map[string]*data.Incident{}}
	c := NewCrawler(Config{Store: store, Index: idx.put, AllowPrivate: true, Politeness: Politeness{Delay: time.Millisecond}, Workers: 1})
	sum := c.Pass(context.Background(), []Source{{Name: "a", URL: orig.URL + "/p", Kind: KindPage}})
	sum2 := c.Pass(context.Background(), []Source{{Name: "b", URL: copySrv.URL + "/p", Kind: KindPage}})
	if len(idx.byID) != 1 || sum.New != 1 || sum2.New != 0 {
		t.Fatalf("%d incidents (%s; %s), want the write-up once", len(idx.byID), sum, sum2)
	}
	st, _ := store.State(Canonical(copySrv.URL + "/p"))
	if st.SameAs != Canonical(orig.URL+"/p") {
		t.Errorf("the mirror's state says same as %q, want %q", st.SameAs, Canonical(orig.URL+"/p"))
	}
}

// TestTemplatePagesAreNotCopies: two status pages of one template, whose
// text is mostly the same subscribe form, are two incidents.
func TestTemplatePagesAreNotCopies(t *testing.T) {
	var codes strings.Builder
	for i := 0; i < 150; i++ {
		fmt.Fprintf(&codes, "Region%d (+%d) ", i, 200+i)
	}
	form := "Subscribe to updates of this incident by email or text message. Choose your country code: " + codes.String()
	a := &data.Incident{Title: "Degraded performance of the payments API", Text: form + "We are investigating degraded performance of the payments API."}
	b := &data.Incident{Title: "Delayed webhook deliveries", Text: form + "Webhook deliveries are delayed by up to twenty minutes."}
	if near(NewPrint(a), NewPrint(b)) {
		t.Errorf("two incidents of one status-page template are near-duplicates")
	}
	// the test above can fail: without the titles, the two are one
	a.Title, b.Title = "", ""
	if !near(NewPrint(a), NewPrint(b)) {
		t.Errorf("without titles, the two pages are not near-duplicates: the test proves nothing")
	}
}
