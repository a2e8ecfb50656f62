package web

import (
	"reflect"
	"testing"
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
