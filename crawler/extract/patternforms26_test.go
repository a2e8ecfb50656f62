package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestBlameNamesCauseZH: a sentence that blames a thing (X是罪魁祸首,
// 罪魁祸首是X, 元凶是X) states the cause, as one with 导致 does: the thing
// blamed is the causal span, and names the main pattern.
func TestBlameNamesCauseZH(t *testing.T) {
	for _, c := range []struct{ sent, want string }{
		{"初步排查显示，杭州机房一台存储服务器的硬盘故障是罪魁祸首，其余机房未受影响。", "硬盘故障"},
		{"据运维团队介绍，这次的罪魁祸首是一次域名解析记录的误删除。", "域名解析记录"},
		{"事后复盘发现，元凶是网关上一条过期的路由。", "路由"},
	} {
		spans := causalSpans(c.sent)
		if len(spans) == 0 || !strings.Contains(spans[0], c.want) {
			t.Errorf("causal spans %q, want one holding %q (%s)", spans, c.want, c.sent)
		}
	}
	text := "青石云笔记 5 月 12 日服务中断说明\n\n5 月 12 日 09:10 至 11:40，青石云笔记的同步与登录服务中断，用户无法打开笔记，客服热线一度占线。\n\n我们在 10:05 发布了第一条公告。初步排查显示，华北机房一台核心交换机的硬件故障是罪魁祸首，备用链路未能及时接管。\n\n11:40 更换故障设备后服务恢复。"
	in, err := Extract([]byte(text), "notice.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "hardware" {
		t.Errorf("patterns %v, want hardware first", in.Patterns)
	}
}

// TestConfigChangeWordingsZH: 配置更改 and 配置变化 tell a configuration
// change as 配置变更 does.
func TestConfigChangeWordingsZH(t *testing.T) {
	for _, s := range []string{"一项配置更改被推送到了所有网关。", "这听起来像一个普通的配置变化。", "运维同学改变了配置后，接口开始报错。"} {
		lex := lexiconScores([numViews]string{viewCause: s})
		if lex[viewCause][idxConfig] < 1 {
			t.Errorf("config-change score %.2f in %q, want at least 1", lex[viewCause][idxConfig], s)
		}
	}
	text := "白桦出行 API 中断复盘\n\n3 月 2 日 14:00 至 15:30，白桦出行开放平台的 API 大面积返回错误，合作方的应用无法加载行程。\n\n原因：一名工程师推送了一项不正确的配置更改，网关因此拒绝了大部分请求。\n\n处理：15:20 撤回该配置更改后恢复。"
	in, err := Extract([]byte(text), "rca.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "config-change" {
		t.Errorf("patterns %v, want config-change first", in.Patterns)
	}
}

// TestOOMNotBrandPrefix: an out-of-memory kill ("OOMKilled", "the OOM
// killer") is a capacity cue; a name that merely starts with the letters
// ("Oomio Voice") is none.
func TestOOMNotBrandPrefix(t *testing.T) {
	cuesOnce.Do(loadCues)
	idxCapacity := slices.Index(patternList, "capacity")
	for _, c := range []struct {
		text string
		cap  bool
	}{
		{"Oomio Voice calls failed nationwide.", false},
		{"The worker pods were OOMKilled every few minutes.", true},
		{"The OOM killer ended the indexer.", true},
	} {
		lex := lexiconScores([numViews]string{viewCause: c.text})
		if got := lex[viewCause][idxCapacity] > 0; got != c.cap {
			t.Errorf("capacity %.2f in %q, want a score %v", lex[viewCause][idxCapacity], c.text, c.cap)
		}
	}
}
