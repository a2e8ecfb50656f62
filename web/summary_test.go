package web_test

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
	"github.com/incidex/incidex/search"
)

// TestSummaryShownOnce: an incident whose summary was drawn from its
// impact paragraph shows that text once, under Impact; a summary of its
// own is still shown.
func TestSummaryShownOnce(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	impact := "网页版与客户端均无法登录，邮件收发失败，客服热线占线约两小时。"
	drawn := &data.Incident{ID: "zh-mail-1", Title: "青岚邮箱登录故障说明", Org: "青岚科技", Lang: "zh",
		Summary: impact, Impact: " " + impact + " ", Cause: "认证服务的数据库连接池被占满。", Text: impact + "认证服务的数据库连接池被占满。"}
	own := &data.Incident{ID: "zh-mail-2", Title: "青岚网盘同步延迟", Org: "青岚科技", Lang: "zh",
		Summary: "同步队列积压导致文件延迟两小时到达。", Impact: "约一成用户的文件同步延迟。", Text: "同步队列积压导致文件延迟两小时到达。约一成用户的文件同步延迟。"}
	for _, in := range []*data.Incident{drawn, own} {
		in.Normalize()
	}
	if err := ix.Put(drawn, own); err != nil {
		t.Fatal(err)
	}
	ts, _ := newServer(t, search.New(ix))
	r := get(t, ts, "/incidents/zh-mail-1?ui=zh")
	if n := strings.Count(r.body, "网页版与客户端均无法登录"); n != 1 {
		t.Errorf("the impact drawn into the summary is shown %d times", n)
	}
	checkNeedles(t, ts, "/incidents/zh-mail-1?ui=zh", 200, []string{`id="impact"`}, []string{`id="summary"`})
	checkNeedles(t, ts, "/incidents/zh-mail-2?ui=zh", 200, []string{`id="summary"`, `id="impact"`}, nil)
}
