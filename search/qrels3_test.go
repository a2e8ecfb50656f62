package search

import (
	"context"
	"slices"
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// backoffIncidents are fictional write-ups for the lexicon's back-off: the
// Chinese one says 虚拟助手 where an English reader types "voice
// assistant", whose dictionary translation 语音助手 no write-up has.
var backoffIncidents = []*data.Incident{
	{ID: "bo-assistant", Lang: "zh", Org: "青桐智能", Published: "2024-04-09", Title: "虚拟助手三小时无法应答的复盘",
		Summary: "周二上午，音箱上的虚拟助手对所有请求只回答“网络连接有问题”，持续三个小时。",
		Text:    "周二上午，音箱上的虚拟助手对所有请求只回答“网络连接有问题”，持续三个小时。原因是语义解析集群的一次配置推送把所有节点的监听端口改错了。我们回滚了配置，并给推送加上了分批发布。"},
	{ID: "bo-voip", Lang: "zh", Org: "白鹭通信", Published: "2023-11-17", Title: "网络电话晚高峰中断",
		Summary: "晚高峰时网络电话的语音通话中断四十分钟，信令服务器的证书过期。",
		Text:    "晚高峰时网络电话的语音通话中断四十分钟，信令服务器的证书过期，客户端无法建立连接。"},
	{ID: "bo-other", Lang: "en", Org: "Quillbox", Published: "2023-09-12", Title: "Slow dashboards after a storage upgrade",
		Summary: "Dashboards loaded slowly for a morning after a storage upgrade.",
		Text:    "Dashboards loaded slowly for a morning after a storage upgrade."},
}

func backoffSearcher(t testing.TB) *Searcher {
	t.Helper()
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var ins []*data.Incident
	for _, in := range backoffIncidents {
		c := *in
		ins = append(ins, &c)
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	return New(ix)
}

// TestLexiconPhraseBackoff: an English phrase the lexicon translates whole
// ("voice assistant": 语音助手) but whose translation no write-up holds, all
// its words together, gives way to its words' translations ("assistant":
// 助手), so the Chinese write-up that says 虚拟助手 is found.
func TestLexiconPhraseBackoff(t *testing.T) {
	s := backoffSearcher(t)
	for _, q := range []string{"voice assistant", "voice assistant not answering"} {
		r, err := s.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(r)
		if !slices.Contains(got, "bo-assistant") {
			t.Errorf("%q found %v, want bo-assistant among them", q, got)
		}
		if slices.Contains(got, "bo-other") {
			t.Errorf("%q found the unrelated write-up: %v", q, got)
		}
	}
}

// TestTermsTogether: together is true only when one write-up holds every
// term, not when each term is in some write-up.
func TestTermsTogether(t *testing.T) {
	s := backoffSearcher(t)
	st, err := newTermStats(context.Background(), s.ix)
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"虚拟助手", true},
		{"语音通话", true},
		{"语音助手", false}, // 语音 and 助手 are in different write-ups
		{"storage upgrade", true},
		{"storage 助手", false},
	} {
		terms := analyze(indexer.QueryAnalyzer, c.text).terms()
		if got := st.together(terms); got != c.want {
			t.Errorf("together(%q = %q) = %v, want %v", c.text, terms, got, c.want)
		}
	}
	if st.anyTogether([]string{"语音助手"}) || !st.anyTogether([]string{"语音助手", "虚拟助手"}) {
		t.Error("anyTogether does not follow together")
	}
}
