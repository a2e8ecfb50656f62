package search

import (
	"context"
	"slices"
	"testing"

	"github.com/incidex/incidex/data"
	"github.com/incidex/incidex/indexer"
)

// glossaryIncidents are fictional write-ups that name a technical thing
// in one language only; a query names it in the other.
var glossaryIncidents = []*data.Incident{
	{ID: "gl-fd", Lang: "en", Org: "Fernleaf Analytics", Published: "2024-05-14", Title: "Ingest workers stalled after running out of file descriptors",
		Summary: "A socket leak in the ingest workers used up every file descriptor; new uploads failed with too many open files for 50 minutes.",
		Text:    "A socket leak in the ingest workers used up every file descriptor on the hosts. New uploads failed for 50 minutes until the workers were restarted and the leak was patched."},
	{ID: "gl-tenant", Lang: "en", Org: "Quillbox", Published: "2023-08-02", Title: "Reports of one customer shown to another in our multi-tenant reporting service",
		Summary: "A cache key that left out the tenant id let the multi-tenant reporting service show one customer's reports to another for 20 minutes.",
		Text:    "A cache key that left out the tenant id let our multi-tenant reporting service show one customer's reports to another customer."},
	{ID: "gl-image", Lang: "en", Org: "Harbor Lane", Published: "2024-01-22", Title: "Deploys stuck because nodes could not pull the container image",
		Summary: "Nodes could not pull the new container image from our registry after its credentials rotated; deploys hung for an hour.",
		Text:    "Nodes could not pull the new image from our registry after its credentials rotated, so every deploy hung for an hour."},
	{ID: "gl-race", Lang: "zh", Org: "云杉物流", Published: "2024-06-08", Title: "订单状态偶发错乱的复盘",
		Summary: "两个消费者同时更新同一订单，竞争条件导致订单状态被旧值覆盖，约三百单显示错误。",
		Text:    "两个消费者同时更新同一订单，竞争条件导致订单状态被旧值覆盖，约三百单显示错误。我们改为带版本号的条件更新。"},
	{ID: "gl-pk", Lang: "zh", Org: "云杉物流", Published: "2023-03-30", Title: "运单表自增主键用尽导致下单失败",
		Summary: "运单表的自增主键达到整数上限，新运单无法写入，下单失败两小时。",
		Text:    "运单表的自增主键达到整数上限，新运单无法写入，下单失败两小时。我们把主键改为六十四位整数。"},
	{ID: "gl-other", Lang: "en", Org: "Quillbox", Published: "2023-09-12", Title: "Slow dashboards after a storage upgrade",
		Summary: "Dashboards loaded slowly for a morning after a storage upgrade.",
		Text:    "Dashboards loaded slowly for a morning after a storage upgrade."},
}

func glossarySearcher(t testing.TB) *Searcher {
	t.Helper()
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var ins []*data.Incident
	for _, in := range glossaryIncidents {
		c := *in
		ins = append(ins, &c)
	}
	if err := ix.Put(ins...); err != nil {
		t.Fatal(err)
	}
	return New(ix)
}

// TestGlossaryCrossLingual: technical compounds that CC-CEDICT lacks
// (描述符, 多租户, 主键, 竞争条件) or gives in another sense first (镜像
// mirror image) reach the write-ups that name the thing in the other
// language, through the thesaurus's computing glossary.
func TestGlossaryCrossLingual(t *testing.T) {
	s := glossarySearcher(t)
	for q, want := range map[string]string{
		"文件描述符耗尽":        "gl-fd",
		"多租户 数据泄露":       "gl-tenant",
		"镜像拉取失败":         "gl-image",
		"race condition": "gl-race",
		"primary key":    "gl-pk",
		"auto-increment": "gl-pk",
		"multi-tenant":   "gl-tenant",
		"image pull":     "gl-image",
	} {
		r, err := s.Search(context.Background(), Request{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(r)
		if len(got) == 0 || got[0] != want {
			t.Errorf("%s found %v, want %s first", q, got, want)
		}
		if slices.Contains(got, "gl-other") {
			t.Errorf("%s found the unrelated write-up: %v", q, got)
		}
	}
}

// TestSenseOfInflectedWord: an English word inflected ("pushed",
// "rotated") takes its base's IT sense (push: 推送), not the general
// lexicon's sense of the inflected form (推动, to promote).
func TestSenseOfInflectedWord(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	err = ix.Put(
		&data.Incident{ID: "zh-push", Lang: "zh", Org: "白桦出行", Published: "2024-07-03", Title: "消息推送延迟两小时",
			Summary: "白桦出行的行程消息推送在网关升级后延迟约两小时，乘客没有及时收到派单通知。",
			Text:    "白桦出行的行程消息推送在网关升级后延迟约两小时，乘客没有及时收到派单通知。"},
		&data.Incident{ID: "zh-promote", Lang: "zh", Org: "白桦出行", Published: "2024-08-19", Title: "季度复盘会议纪要",
			Summary: "会议决定推动各团队补齐值班手册。",
			Text:    "会议决定推动各团队补齐值班手册，并在下季度检查。"},
	)
	if err != nil {
		t.Fatal(err)
	}
	s := New(ix)
	r, err := s.Search(context.Background(), Request{Query: "notifications pushed late"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); len(got) == 0 || got[0] != "zh-push" || slices.Contains(got, "zh-promote") {
		t.Errorf("found %v, want zh-push and not zh-promote", got)
	}
}

// TestFoundIsNoMonitoring: 发现 ("found", "only then found that …") is how
// a Chinese sentence tells what someone learned, not the concept of
// monitoring: a query that says it does not bring up write-ups about
// alerting for that word.
func TestFoundIsNoMonitoring(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	err = ix.Put(
		&data.Incident{ID: "zh-restore", Lang: "zh", Org: "栗子云", Published: "2024-02-11", Title: "数据库恢复失败：备份文件损坏",
			Summary: "栗子云的数据库磁盘故障后，恢复时才发现最近一周的备份文件全部损坏，只能从两周前的备份恢复。",
			Text:    "栗子云的数据库磁盘故障后，恢复时才发现最近一周的备份文件全部损坏，只能从两周前的备份恢复。", Patterns: []string{"backup-restore"}},
		&data.Incident{ID: "en-alert", Lang: "en", Org: "Pinecrest", Published: "2024-03-02", Title: "Queue backlog went undetected for six hours",
			Summary: "Monitoring did not alert on a growing queue backlog; detection came from a customer six hours later.",
			Text:    "Monitoring did not alert on a growing queue backlog; detection came from a customer six hours later. Alerting now covers queue depth.", Patterns: []string{"monitoring"}},
		&data.Incident{ID: "en-alert2", Lang: "en", Org: "Pinecrest", Published: "2024-05-09", Title: "Paging stopped after an alerting change",
			Summary: "An alerting rule change stopped paging the on-call engineer; an outage went undetected for an hour.",
			Text:    "An alerting rule change stopped paging the on-call engineer; monitoring showed the outage but no alert fired.", Patterns: []string{"monitoring"}},
	)
	if err != nil {
		t.Fatal(err)
	}
	s := New(ix)
	r, err := s.Search(context.Background(), Request{Query: "要恢复的时候才发现备份坏了"})
	if err != nil {
		t.Fatal(err)
	}
	// en-alert says "detection", one of the general lexicon's glosses of
	// 发现, and may come after; en-alert2 only shares the concept
	if got := ids(r); len(got) == 0 || got[0] != "zh-restore" || slices.Contains(got, "en-alert2") {
		t.Errorf("found %v, want zh-restore first and not en-alert2", got)
	}
}

// TestPackageSense: 软件包 is what a write-up calls a package (npm, PyPI),
// not only the lexicon's "software package".
func TestPackageSense(t *testing.T) {
	ix, err := indexer.NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	err = ix.Put(
		&data.Incident{ID: "en-pkg", Lang: "en", Org: "Marlowe Labs", Published: "2024-09-30", Title: "A compromised npm package in our build",
			Summary: "A dependency of our web build was republished with a credential stealer; the package ran in CI for two days before we pinned the old version.",
			Text:    "A dependency of our web build was republished with a credential stealer; the package ran in CI for two days before we pinned the old version."},
		&data.Incident{ID: "en-other", Lang: "en", Org: "Marlowe Labs", Published: "2024-10-02", Title: "Build cache filled the CI disks",
			Summary: "The CI build cache grew until the runners' disks were full.",
			Text:    "The CI build cache grew until the runners' disks were full."},
	)
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(ix).Search(context.Background(), Request{Query: "软件包 被篡改"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(r); len(got) == 0 || got[0] != "en-pkg" {
		t.Errorf("found %v, want en-pkg first", got)
	}
}
