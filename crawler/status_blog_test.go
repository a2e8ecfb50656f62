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

// statusIncidentPage is a hosted status page's incident, translated into
// Chinese and saved with little more than its title and the subscribe
// form, as such pages often are.
func statusIncidentPage(title, body string) string {
	return `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<div class="layout-content status incident"><div class="container">
<h1 class="incident-name">` + title + `</h1>
<p>通过电子邮件和/或短信订阅此事故的更新。当事故更新时，您将收到电子邮件通知，并在 Hubbub 创建或解决事故时收到短信通知。</p>
<form><select name="phone_country"><option value="af" data-otp-enabled="false">阿富汗 (+93)</option><option value="zw" data-otp-enabled="false">津巴布韦（+263）</option></select></form>
` + body + `
</div></div></body></html>`
}

// TestStatusIncidentsTaken crawls a loopback blog that links to status
// page incidents, in Chinese and English, next to pages that are no
// incidents: every incident is taken, and only they.
func TestStatusIncidentsTaken(t *testing.T) {
	pages := map[string]string{
		"/incidents/k1": statusIncidentPage("Hubbub 状态 - 与 API 请求、Actions 和 Pages 相关的事故", ""),
		"/incidents/k2": statusIncidentPage("Hubbub 状态 - 我们正在调查性能下降的报告", `<div class="update"><strong>已解决</strong><p>此事故已解决。</p><small>发布于 2024年3月5日 17:05 UTC</small></div>
<div class="update"><strong>调查中</strong><p>我们正在调查 Git 操作性能下降的报告。</p><small>发布于 2024年3月5日 16:20 UTC</small></div>`),
		"/incidents/k3": statusIncidentPage("Hubbub 状态 - 发生问题、API 请求和 Codespaces", ""),
		"/incidents/k4": string(page(t, "status-page.html")),
		"/news/office": `<html><head><title>我们搬进了新办公室</title></head><body><article><h1>我们搬进了新办公室</h1><p>` +
			strings.Repeat("新办公室有更大的会议室、更安静的工位和一个小厨房，团队成员都很喜欢。", 8) + `</p></article></body></html>`,
		"/status/history": statusIncidentPage("Hubbub 状态 - 历史记录", "<p>2024年3月 所有系统运行正常</p>"),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\n") })
	mux.HandleFunc("/blog/", func(w http.ResponseWriter, r *http.Request) {
		var links strings.Builder
		for p := range pages {
			fmt.Fprintf(&links, `<a href="%s">%s</a> `, p, p)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><body><main>%s</main></body></html>`, links.String())
	})
	for p, body := range pages {
		body := body
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	site := httptest.NewServer(mux)
	defer site.Close()
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	idx := &memIndex{byID: map[string]*data.Incident{}}
	c := NewCrawler(Config{Store: store, Index: idx.put, AllowPrivate: true, Politeness: Politeness{Delay: time.Millisecond}})
	sum := c.Pass(context.Background(), []Source{{Name: "blog", URL: site.URL + "/blog/", Kind: KindListing, Follow: "^" + site.URL + "/(incidents|news|status)/"}})
	taken := map[string]bool{}
	for _, in := range idx.byID {
		taken[strings.TrimPrefix(in.URL, site.URL)] = true
		if strings.Contains(in.Text, "data-otp-enabled") || strings.Contains(in.Text, "+263") {
			t.Errorf("%s: the subscribe form's markup is in the text", in.URL)
		}
		if strings.HasPrefix(in.Title, "Hubbub 状态") && in.Lang != "zh" {
			t.Errorf("%s: lang %s", in.URL, in.Lang)
		}
	}
	for _, p := range []string{"/incidents/k1", "/incidents/k2", "/incidents/k3", "/incidents/k4"} {
		if !taken[p] {
			t.Errorf("%s was not taken (%s)", p, sum)
		}
	}
	for _, p := range []string{"/news/office", "/status/history"} {
		if taken[p] {
			t.Errorf("%s was taken as an incident", p)
		}
	}
}
