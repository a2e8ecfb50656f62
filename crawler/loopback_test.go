package crawler

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/incidex/incidex/data"
)

// A loopback "internet" of eight hosts (127.0.0.2 … 127.0.0.9; Linux
// answers on the whole of 127.0.0.0/8), each with a robots.txt that
// disallows /private/, serving postmortems of fictional companies that
// this test writes itself: a catalogue of 88 posts over the eight hosts
// (two of them under /private/), a Markdown list of 8 more, and a status
// page with three resolved incidents and one still open.

// fictional companies, services and words the posts are made of
var (
	lbCompanies = []string{"Quillmark", "Harbor Lantern", "Tidewell Pay", "Ostrava Cloud", "Pinecrest Mail", "Lumen Freight", "Corvid Games", "Nimbus Ledger"}
	lbServices  = []string{"checkout API", "search cluster", "message queue", "session store", "image resizer", "billing database", "login service", "webhook relay", "DNS resolver", "object storage", "scheduler", "CDN edge"}
	lbCauses    = []string{
		"a configuration push that set the connection pool size of the %s to zero on every node",
		"an expired TLS certificate on the internal endpoint of the %s, renewed by hand two years earlier",
		"a fiber cut between the two data centers, after which the %s kept sending writes to the unreachable side",
		"a schema migration that took a table lock on the %s for forty minutes during peak traffic",
		"a retry storm: every client of the %s retried at once without jitter when it came back",
		"a disk that filled with debug logs on the primary of the %s, which stopped accepting writes",
		"a deploy of the %s that shipped a memory leak; pods were killed every twelve minutes",
		"an operator who ran the cleanup script against production instead of staging, deleting rows from the %s",
		"a leap of the system clock on three hosts, which made the %s reject every token as expired",
		"a dependency upgrade in the %s that changed the default timeout from thirty seconds to one",
		"a failover of the %s to a replica that lacked the capacity of the primary",
		"a burst of traffic from a partner's batch job that exhausted the %s's rate limits",
	}
	lbFixes = []string{
		"We added a canary stage to configuration pushes and a check that refuses a pool size of zero.",
		"Certificates are now renewed automatically and alert thirty days before they expire.",
		"Clients back off with full jitter and a cap, and the server sheds load before it falls over.",
		"Migrations now run online, in batches, and are rehearsed on a copy of production data.",
		"Log rotation now caps debug logs, and disk usage above eighty percent pages the on-call engineer.",
		"The cleanup script now asks which environment it targets and refuses production without a second person.",
		"Replicas are sized like the primary, and failover is drilled every quarter.",
		"Partners get their own quota, separate from interactive traffic.",
	}
	lbWords = strings.Fields("amber basalt cedar delta ember fjord garnet hollow iris juniper kelp lagoon meadow nectar onyx prairie quartz russet saffron tundra umber violet willow xenon yarrow zephyr")
)

// lbPost writes the n-th fictional postmortem, different in every detail
// from the others (no two are near-duplicates).
func lbPost(n int, host string) (title string, body []byte) {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	org := lbCompanies[n%len(lbCompanies)]
	svc := lbServices[r.IntN(len(lbServices))]
	day := time.Date(2019+n%6, time.Month(1+n%12), 1+n%27, 9+r.IntN(8), r.IntN(60), 0, 0, time.UTC)
	cause := fmt.Sprintf(lbCauses[r.IntN(len(lbCauses))], svc)
	var words []string
	for i := 0; i < 40; i++ {
		words = append(words, lbWords[r.IntN(len(lbWords))]+fmt.Sprint(r.IntN(1000)))
	}
	if n%4 == 3 {
		title = fmt.Sprintf("%s %s 故障复盘（第 %d 号）", org, svc, n)
		var tl strings.Builder
		t := day
		for i, ev := range []string{"监控告警，%s 错误率升至 %d%%", "值班工程师确认故障，影响约 %d 名用户，启动应急预案（编号 %d）", "定位到根因，开始回滚，涉及 %d 台服务器（批次 %d）", "服务恢复，积压的 %d 条消息在 %d 分钟内处理完毕"} {
			t = t.Add(time.Duration(5+r.IntN(40)) * time.Minute)
			a, b := r.IntN(90000)+10, r.IntN(500)+1
			if i == 0 {
				fmt.Fprintf(&tl, "<li>%s %s</li>", t.Format("15:04"), fmt.Sprintf(ev, svc, a%100))
			} else {
				fmt.Fprintf(&tl, "<li>%s %s</li>", t.Format("15:04"), fmt.Sprintf(ev, a, b))
			}
		}
		body = []byte(fmt.Sprintf(`<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>%[1]s</title></head><body>
<nav><a href="/">首页</a></nav><article><h1>%[1]s</h1><p>发布于 %[2]s · %[3]s 技术团队</p>
<h2>概述</h2><p>%[2]s，%[3]s 的 %[4]s 发生故障，持续约 %[5]d 分钟。本文记录经过、原因与改进措施。事后编号 %[8]s。</p>
<h2>时间线</h2><ul>%[6]s</ul>
<h2>根本原因</h2><p>直接原因是 %[7]s。这次故障暴露了我们在变更评审和容量规划上的不足。</p>
<h2>改进措施</h2><p>一、补充告警；二、演练切换；三、为 %[4]s 增加限流与熔断。备注：%[9]s。</p>
</article><footer>© %[3]s</footer></body></html>`, title, day.Format("2006年1月2日"), org, svc, 20+r.IntN(300), tl.String(), cause, strings.Join(words[:8], " "), strings.Join(words[8:], " ")))
		return title, body
	}
	title = fmt.Sprintf("Postmortem: %s %s outage of %s", org, svc, day.Format("January 2, 2006"))
	var tl strings.Builder
	t := day
	for _, ev := range []string{"Alerts fire for elevated %s errors (%d%% of requests).", "The on-call engineer declares incident %d and pages the %s team.", "We identify the cause and start a rollback on %d hosts in region %s.", "Service is restored; a backlog of %d jobs drains in %s minutes."} {
		t = t.Add(time.Duration(5+r.IntN(40)) * time.Minute)
		fmt.Fprintf(&tl, "<li><strong>%s UTC</strong> — %s</li>", t.Format("15:04"), fmt.Sprintf(ev, r.IntN(9000)+10, lbWords[r.IntN(len(lbWords))]+fmt.Sprint(r.IntN(100))))
	}
	body = []byte(fmt.Sprintf(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%[1]s</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>%[1]s</h1><p>Published %[2]s by the %[3]s reliability team.</p>
<h2>Summary</h2><p>On %[2]s the %[4]s of %[3]s was unavailable for %[5]d minutes. Customers saw errors on about %[10]d%% of requests. Reference words: %[8]s.</p>
<h2>Timeline</h2><ul>%[6]s</ul>
<h2>Root cause</h2><p>The outage was caused by %[7]s. Our monitoring did not catch it until customers reported it.</p>
<h2>Remediation</h2><p>%[11]s %[12]s Notes: %[9]s.</p>
</article><footer>© %[3]s · %[13]s</footer></body></html>`, title, day.Format("January 2, 2006"), org, svc, 20+r.IntN(300), tl.String(), cause,
		strings.Join(words[:8], " "), strings.Join(words[8:], " "), 5+r.IntN(90), lbFixes[r.IntN(len(lbFixes))], lbFixes[r.IntN(len(lbFixes))], host))
	return title, body
}

// lbNet is the eight hosts and what they were asked.
type lbNet struct {
	mu       sync.Mutex
	hosts    []string // base URLs
	hits     map[string]int
	perHost  map[string]int
	uncond   []string // requests for documents without validators
	pages    map[string][]byte
	forbid   []string
	status   []byte
	catalog  []byte
	links    []byte
	recordUn bool
}

func newLBNet(t *testing.T) *lbNet {
	t.Helper()
	n := &lbNet{hits: map[string]int{}, perHost: map[string]int{}, pages: map[string][]byte{}}
	var servers []*httptest.Server
	for i := 2; i <= 9; i++ {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.%d:0", i))
		if err != nil {
			for _, s := range servers {
				s.Close()
			}
			t.Skipf("127.0.0.%d is not reachable here: %v", i, err)
		}
		s := httptest.NewUnstartedServer(http.HandlerFunc(n.serve))
		s.Listener.Close()
		s.Listener = ln
		s.Start()
		servers = append(servers, s)
		n.hosts = append(n.hosts, s.URL)
	}
	t.Cleanup(func() {
		for _, s := range servers {
			s.Close()
		}
	})
	return n
}

func (n *lbNet) serve(w http.ResponseWriter, r *http.Request) {
	u := "http://" + r.Host + r.URL.Path
	n.mu.Lock()
	n.hits[u]++
	n.perHost[r.Host]++
	cond := r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != ""
	if strings.HasPrefix(r.URL.Path, "/private/") {
		n.forbid = append(n.forbid, u)
	}
	body, ok := n.pages[u]
	if n.recordUn && !cond && ok { // a document that exists, asked without validators
		n.uncond = append(n.uncond, u)
	}
	n.mu.Unlock()
	ct := "text/html; charset=utf-8"
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		return
	case strings.HasSuffix(r.URL.Path, ".json"):
		ct = "application/json"
	case strings.HasSuffix(r.URL.Path, ".md"):
		ct = "text/markdown; charset=utf-8"
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	etag := fmt.Sprintf(`"%x-%d"`, len(body), body[len(body)/2])
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", ct)
	w.Write(body)
}

func TestLoopbackCatalogueLinksStatuspage(t *testing.T) {
	if testing.Short() {
		t.Skip("a pass at one request a second per host takes some seconds")
	}
	lb := newLBNet(t)
	type post struct{ url, title string }
	var catalogue []data.CatalogueEntry
	var allowed []post
	var private []string
	// 88 catalogue posts, 11 on each host, two of them under /private/
	for i := 0; i < 88; i++ {
		host := lb.hosts[i%8]
		path := fmt.Sprintf("/blog/%d/postmortem-%02d", 2019+i%6, i)
		if i == 13 || i == 58 {
			path = fmt.Sprintf("/private/drafts/postmortem-%02d", i)
		}
		u := host + path
		title, body := lbPost(i, host)
		lb.pages[u] = body
		catalogue = append(catalogue, data.CatalogueEntry{URL: u, Org: lbCompanies[i%len(lbCompanies)], Title: title, Lang: "en", Summary: "A known postmortem: " + title})
		if strings.Contains(path, "/private/") {
			private = append(private, u)
		} else {
			allowed = append(allowed, post{u, title})
		}
	}
	cat, _ := json.Marshal(catalogue)
	lb.pages[lb.hosts[0]+"/catalogue.json"] = cat
	// a Markdown list of 8 more, one a host, plus links that must not
	// add anything: a catalogued post again, an image, the list itself
	var md strings.Builder
	md.WriteString("# Postmortems worth reading\n\nA list kept by hand. ![badge](" + lb.hosts[1] + "/badge.svg)\n\n")
	for i := 0; i < 8; i++ {
		u := fmt.Sprintf("%s/notes/%d/incident-review-%d", lb.hosts[i], 2020+i%4, 100+i)
		title, body := lbPost(100+i, lb.hosts[i])
		lb.pages[u] = body
		allowed = append(allowed, post{u, title})
		fmt.Fprintf(&md, "- [%s](%s) — read it\n", title, u)
	}
	fmt.Fprintf(&md, "- again: <%s>\n- this list: %s/lists/postmortems.md\n", allowed[0].url, lb.hosts[2])
	lb.pages[lb.hosts[2]+"/lists/postmortems.md"] = []byte(md.String())
	// a status page: three resolved incidents and one still open
	status := lb.hosts[7]
	lb.pages[status+"/api/v2/incidents.json"] = []byte(strings.ReplaceAll(statusJSON, "{{BASE}}", status))

	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	idx := &memIndex{byID: map[string]*data.Incident{}}
	c := NewCrawler(Config{Store: store, Index: idx.put, AllowPrivate: true, Recheck: -1,
		Politeness: Politeness{Delay: time.Second, Backoff: 100 * time.Millisecond, Retries: 1}})
	srcs, err := ParseSources([]byte(fmt.Sprintf(`allow_private: true
sources:
  - name: known
    url: %s/catalogue.json
    kind: catalogue
  - name: hand-list
    url: %s/lists/postmortems.md
    kind: links
  - name: status
    url: %s
    kind: statuspage
  - name: gone
    url: %s/old-status
    kind: statuspage
`, lb.hosts[0], lb.hosts[2], status, lb.hosts[6])))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	sum := c.Pass(context.Background(), srcs.Sources)
	took := time.Since(start)
	t.Logf("first pass: %s in %s", sum, took.Round(time.Millisecond))
	var per []string
	for h, k := range lb.perHost {
		per = append(per, fmt.Sprintf("%s %d", h, k))
	}
	sort.Strings(per)
	t.Logf("requests per host (robots.txt included): %s", strings.Join(per, ", "))
	for _, st := range c.Status() {
		if st.Answered != (st.Name != "gone") {
			t.Errorf("source %s: answered %v (%s)", st.Name, st.Answered, st.LastError)
		}
	}
	if took >= 25*time.Second {
		t.Errorf("the pass took %s at one request a second per host, want under 25 s", took)
	}

	// every allowed post indexed once, fetched once; nothing private asked
	for _, p := range allowed {
		in := idx.byID[data.IDFor(Canonical(p.url))]
		if in == nil {
			t.Errorf("%s (%s) was not indexed", p.url, p.title)
			continue
		}
		if in.Title != p.title {
			t.Errorf("%s: title %q, want %q", p.url, in.Title, p.title)
		}
		if lb.hits[p.url] != 1 {
			t.Errorf("%s fetched %d times, want once", p.url, lb.hits[p.url])
		}
	}
	if len(lb.forbid) > 0 {
		t.Errorf("asked for paths robots.txt disallows: %v", lb.forbid)
	}
	for _, u := range private {
		if idx.byID[data.IDFor(Canonical(u))] != nil {
			t.Errorf("%s is indexed", u)
		}
	}
	if sum.Robots != 2 {
		t.Errorf("blocked by robots %d, want the 2 private posts: %s", sum.Robots, sum)
	}
	// the status page's resolved incidents, with their updates as timeline
	for _, want := range []struct {
		id, title string
		updates   int
	}{{"k3x9q1", "Elevated API error rates", 4}, {"p7m2v8", "Delayed webhook deliveries", 3}, {"z1r5t6", "Login failures for SSO customers", 4}} {
		in := idx.byID[data.IDFor(Canonical(status+"/incidents/"+want.id))]
		if in == nil {
			t.Errorf("status incident %s is not indexed", want.id)
			continue
		}
		if in.Title != want.title || len(in.Timeline) != want.updates || in.StartedAt == "" || in.EndedAt == "" || in.Org != "Tidewell Pay" {
			t.Errorf("status incident %s: %q, %d timeline events, %s – %s, org %q; want %q with %d", want.id, in.Title, len(in.Timeline), in.StartedAt, in.EndedAt, in.Org, want.title, want.updates)
		}
		if len(in.Timeline) > 0 && (!strings.HasPrefix(in.Timeline[0].Text, "Investigating") || in.Timeline[0].At == "") {
			t.Errorf("status incident %s: first event %+v, want the investigating update, dated", want.id, in.Timeline[0])
		}
	}
	if idx.byID[data.IDFor(Canonical(status+"/incidents/open44"))] != nil {
		t.Errorf("an unresolved status incident was indexed")
	}
	wantN := len(allowed) + 3
	if len(idx.byID) != wantN || idx.puts != wantN || sum.New != wantN {
		t.Errorf("%d incidents, %d puts, %d new; want %d of each: %s", len(idx.byID), idx.puts, sum.New, wantN, sum)
	}

	// the pass again: nothing new, nothing changed, conditional GETs only
	lb.mu.Lock()
	lb.recordUn = true
	lb.mu.Unlock()
	puts := idx.puts
	sum2 := c.Pass(context.Background(), srcs.Sources)
	t.Logf("second pass: %s", sum2)
	if sum2.New != 0 || sum2.Updated != 0 || idx.puts != puts {
		t.Errorf("second pass changed the index: %s", sum2)
	}
	if len(lb.uncond) > 0 {
		t.Errorf("second pass made %d unconditional requests, e.g. %s", len(lb.uncond), lb.uncond[0])
	}
	if sum2.Unchanged != wantN {
		t.Errorf("second pass: %d unchanged, want %d", sum2.Unchanged, wantN)
	}
}

const statusJSON = `{"page":{"id":"tdw","name":"Tidewell Pay","url":"{{BASE}}","time_zone":"Etc/UTC"},
"incidents":[
{"id":"open44","name":"Slow dashboard","status":"investigating","impact":"minor","created_at":"2024-06-03T10:00:00Z","resolved_at":null,
 "incident_updates":[{"status":"investigating","body":"We are looking into slow dashboard loads.","created_at":"2024-06-03T10:00:00Z","display_at":"2024-06-03T10:00:00Z"}]},
{"id":"k3x9q1","name":"Elevated API error rates","status":"resolved","impact":"major","created_at":"2024-05-27T12:57:16Z","started_at":"2024-05-27T12:50:00Z","resolved_at":"2024-05-27T14:02:00Z",
 "incident_updates":[
  {"status":"resolved","body":"This incident has been resolved. A faulty load balancer pool was drained.","created_at":"2024-05-27T14:02:00Z","display_at":"2024-05-27T14:02:00Z"},
  {"status":"monitoring","body":"A fix has been implemented and we are monitoring the results.","created_at":"2024-05-27T13:40:00Z","display_at":"2024-05-27T13:40:00Z"},
  {"status":"identified","body":"The issue has been identified: one load balancer pool returns 502 errors.","created_at":"2024-05-27T13:15:00Z","display_at":"2024-05-27T13:15:00Z"},
  {"status":"investigating","body":"We are investigating elevated error rates on the payments API.","created_at":"2024-05-27T12:57:16Z","display_at":"2024-05-27T12:57:16Z"}]},
{"id":"p7m2v8","name":"Delayed webhook deliveries","status":"resolved","impact":"minor","created_at":"2024-04-02T08:10:00Z","resolved_at":"2024-04-02T09:30:00Z",
 "incident_updates":[
  {"status":"investigating","body":"Webhook deliveries are delayed by up to 20 minutes.","created_at":"2024-04-02T08:10:00Z","display_at":"2024-04-02T08:10:00Z"},
  {"status":"monitoring","body":"The queue backlog is draining after we added consumers.","created_at":"2024-04-02T08:55:00Z","display_at":"2024-04-02T08:55:00Z"},
  {"status":"resolved","body":"All delayed webhooks have been delivered.","created_at":"2024-04-02T09:30:00Z","display_at":"2024-04-02T09:30:00Z"}]},
{"id":"z1r5t6","name":"Login failures for SSO customers","status":"resolved","impact":"critical","created_at":"2024-02-11T22:05:00Z","resolved_at":"2024-02-12T00:20:00Z",
 "incident_updates":[
  {"status":"investigating","body":"Customers using single sign-on cannot log in.","created_at":"2024-02-11T22:05:00Z","display_at":"2024-02-11T22:05:00Z"},
  {"status":"identified","body":"An expired signing certificate at our identity provider is rejected.","created_at":"2024-02-11T22:40:00Z","display_at":"2024-02-11T22:40:00Z"},
  {"status":"monitoring","body":"The certificate has been rotated; logins are succeeding again.","created_at":"2024-02-11T23:50:00Z","display_at":"2024-02-11T23:50:00Z"},
  {"status":"resolved","body":"This incident has been resolved.","created_at":"2024-02-12T00:20:00Z","display_at":"2024-02-12T00:20:00Z"}]}
]}`
