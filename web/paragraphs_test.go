package web

import (
	"reflect"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestParagraphs: the extractor joins a section's paragraphs with one line
// break; the page shows each as its own paragraph, while a list, a table's
// rows and a short line above its list stay one block.
func TestParagraphs(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"First paragraph.\nSecond line.\n\nAnother paragraph.", []string{"First paragraph.\nSecond line.", "Another paragraph."}},
		{
			"The cache cluster in the west region lost its primary node during a routine kernel upgrade.\n" +
				"Failover to the replica took eleven minutes because the replica was still loading its snapshot from disk.",
			[]string{
				"The cache cluster in the west region lost its primary node during a routine kernel upgrade.",
				"Failover to the replica took eleven minutes because the replica was still loading its snapshot from disk.",
			},
		},
		{
			"We are making the following changes to keep this from happening again, in order of priority:\n- Alert on snapshot age.\n- Keep a warm replica.",
			[]string{"We are making the following changes to keep this from happening again, in order of priority:\n- Alert on snapshot age.\n- Keep a warm replica."},
		},
		{
			"- Alert on snapshot age.\n- Keep a warm replica.\nBoth changes ship with the next release of the cache operator, planned for the first week of March.",
			[]string{"- Alert on snapshot age.\n- Keep a warm replica.", "Both changes ship with the next release of the cache operator, planned for the first week of March."},
		},
		{
			// a list whose markers were dropped: its lead-in, then each item
			"The fix holds for years, but it would be good to stop wasting so many sequence values, by doing one of:\n" +
				"Drop the surrogate key and use the three columns that identify a row as a compound primary key.\n" +
				"Look up the existing rows first and only insert the ones that are actually new to the table.",
			[]string{
				"The fix holds for years, but it would be good to stop wasting so many sequence values, by doing one of:",
				"Drop the surrogate key and use the three columns that identify a row as a compound primary key.",
				"Look up the existing rows first and only insert the ones that are actually new to the table.",
			},
		},
		{"影响产品 | 对象存储\n影响地域 | 华北二", []string{"影响产品 | 对象存储\n影响地域 | 华北二"}},
		{
			"凌晨两点，华东机房的一台核心交换机因固件缺陷重启，导致该机房内的数据库主节点与其他节点失联。\n数据库集群随后发起主备切换，但新主节点加载数据耗时过长，写入请求失败约四十分钟。",
			[]string{"凌晨两点，华东机房的一台核心交换机因固件缺陷重启，导致该机房内的数据库主节点与其他节点失联。", "数据库集群随后发起主备切换，但新主节点加载数据耗时过长，写入请求失败约四十分钟。"},
		},
	} {
		if got := paragraphs(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("paragraphs(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestMomentOf: a start the write-up gave as a day alone (stored at
// midnight) shows as that day; a start told at midnight, or at any clock
// time, shows its time.
func TestMomentOf(t *testing.T) {
	dayOnly := &data.Incident{StartedAt: "2024-05-11T00:00:00+08:00", Timeline: []data.TimelineEvent{{At: "2024-05-11T00:00:00+08:00", TimeText: "2024 年 5 月 11 日", Text: "网关证书过期"}}}
	midnight := &data.Incident{StartedAt: "2024-05-11T00:00:00Z", Timeline: []data.TimelineEvent{{At: "2024-05-11T00:00:00Z", TimeText: "00:00 UTC", Text: "Nightly job starts"}}}
	noEvent := &data.Incident{StartedAt: "2024-05-11T00:00:00Z"}
	clock := &data.Incident{StartedAt: "2024-05-11T09:30:00Z"}
	for _, c := range []struct {
		in   *data.Incident
		want string
	}{
		{dayOnly, "2024-05-11"},
		{midnight, "2024-05-11 00:00 UTC"},
		{noEvent, "2024-05-11"},
		{clock, "2024-05-11 09:30 UTC"},
	} {
		if got := momentOf(c.in, c.in.StartedAt); got.Text != c.want || got.Raw != c.in.StartedAt {
			t.Errorf("momentOf(%s) = %+v, want text %q", c.in.StartedAt, got, c.want)
		}
	}
}
