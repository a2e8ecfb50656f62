package extract

import (
	"strings"
	"testing"
)

// A translated repost's "> 原文：<URL>" line names where the story was
// first published: once its link is gone the label left alone is the
// page's furniture, not a line of the text.
func TestSourceLabelAloneIsFurniture(t *testing.T) {
	for _, doc := range []string{
		"# 青岚云存储再次中断\n\n> 原文：<https://example.com/2019/03/05/qinglan-outage-again/>\n\n# 青岚云存储再次中断，客户开始流失\n\n昨天的中断之后，青岚云存储今天上午再次中断，华东和华南的用户无法上传或下载文件，持续约两小时。\n\n青岚云表示，故障由一次存储集群扩容引发，目前已经回滚。\n",
		"# 青岚云存储再次中断\n\n> 原文链接：[https://example.com/2019/03/05/qinglan-outage-again/](https://example.com/2019/03/05/qinglan-outage-again/)\n\n昨天的中断之后，青岚云存储今天上午再次中断，华东和华南的用户无法上传或下载文件，持续约两小时。\n\n青岚云表示，故障由一次存储集群扩容引发，目前已经回滚。\n",
	} {
		in := extractString(t, "qinglan", doc)
		if strings.Contains(in.Text, "原文") {
			t.Errorf("text holds the source label: %q", in.Text)
		}
		if !strings.Contains(in.Text, "华东和华南的用户无法上传") {
			t.Errorf("text lost the story: %q", in.Text)
		}
	}
}
