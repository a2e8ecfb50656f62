package extract

import (
	"strings"
	"testing"
)

// A WeChat (公众号) post copied as text, in our own fictional writing: the
// account's prompt, the "原创 … 2026年3月9日 21:05 江苏" line above the
// title, a 故障经过 of lines that open with a clock and a Chinese comma,
// and the post's end furniture.
const wechatPost = `点击上方蓝字关注我们

原创 栖木技术团队 栖木技术 2026年3月9日 21:05 江苏

一次消息队列积压引发的下单失败复盘

3 月 6 日晚，栖木商城出现了一次下单失败的故障，我们在此向受影响的用户致歉。

一、故障经过

3 月 6 日 19:50，订单服务发布了新版本。

晚上8点07分，监控告警显示下单成功率开始下降，值班同学介入排查。

20点15分，定位到消息队列消费者线程池被打满，消息积压。

20:40，回滚订单服务版本并扩容消费者。

21:12，积压消息处理完毕，下单成功率恢复正常，故障结束。

二、原因分析

新版本把消费者线程池的上限从 200 改成了 20，高峰期消息积压。

三、改进措施

1. 线程池参数纳入配置评审；
2. 增加消息积压告警。

故障持续约 65 分钟。

—— END ——

往期推荐
 ◆ 栖木商城的全链路压测实践
 ◆ 我们如何做容量规划

扫码关注我们
微信号：qimu-tech
预览时标签不可点
微信扫一扫关注该公众号
点个“在看”，你最好看
阅读原文
在看
分享
点赞
喜欢此内容的人还喜欢
`

// The post's line above its title dates it, so that the yearless days of
// its timeline have their year; the release before the alarm is not the
// start when the stated length and the end the post names agree with the
// next event.
func TestWechatDatelineAboveTitle(t *testing.T) {
	in := extractNamed(t, "post.txt", wechatPost)
	if in.Published != "2026-03-09" {
		t.Errorf("published %q", in.Published)
	}
	if !strings.HasPrefix(in.StartedAt, "2026-03-06T20:07") || !strings.HasPrefix(in.EndedAt, "2026-03-06T21:12") {
		t.Errorf("span %q – %q", in.StartedAt, in.EndedAt)
	}
	want := map[string]string{"2026-03-06T19:50": "订单服务发布", "2026-03-06T20:07": "监控告警", "2026-03-06T20:15": "消息积压", "2026-03-06T21:12": "故障结束"}
	for at, text := range want {
		found := false
		for _, ev := range in.Timeline {
			found = found || strings.HasPrefix(ev.At, at) && strings.Contains(ev.Text, text)
		}
		if !found {
			t.Errorf("no event %s %s in %+v", at, text, in.Timeline)
		}
	}
}

// The post ends at its furniture: 往期推荐 and the titles it recommends,
// the account's 微信号, 在看/分享/点赞, 阅读原文, 喜欢此内容的人还喜欢; the
// "—— END ——" line and a 阅读时长 prompt are no text either.
func TestWechatEndFurniture(t *testing.T) {
	doc := strings.Replace(wechatPost, "一、故障经过", "阅读时长约 5 分钟\n\n一、故障经过", 1)
	in := extractNamed(t, "post.txt", doc)
	for _, bad := range []string{"往期推荐", "全链路压测实践", "容量规划", "微信号", "预览时标签不可点", "微信扫一扫", "在看", "点赞", "阅读原文", "喜欢此内容的人还喜欢", "END", "阅读时长"} {
		if strings.Contains(in.Text, bad) {
			t.Errorf("text holds %q:\n%s", bad, in.Text)
		}
	}
	if !strings.Contains(in.Text, "故障持续约 65 分钟") || !strings.Contains(in.Text, "增加消息积压告警") {
		t.Errorf("text lost the post:\n%s", in.Text)
	}
}

// A post of the account's own ("原创") is the company's its account names
// ("栖木技术" of a post about 栖木商城); a post reposted ("转载") is not the
// account's, nor is one whose text never names the account's company.
func TestWechatAccountOrg(t *testing.T) {
	if in := extractNamed(t, "post.txt", wechatPost); in.Org != "栖木" {
		t.Errorf("org %q", in.Org)
	}
	if in := extractNamed(t, "post.txt", strings.Replace(wechatPost, "原创 栖木技术团队", "转载 栖木技术团队", 1)); in.Org == "栖木" {
		t.Errorf("reposted: org %q", in.Org)
	}
	if in := extractNamed(t, "post.txt", strings.Replace(wechatPost, "栖木技术 2026", "桐川技术 2026", 1)); in.Org == "桐川" {
		t.Errorf("account not named by the text: org %q", in.Org)
	}
}

// A post without its account's line names its company itself: "我们（栖木
// 科技）", or its author line's team ("作者：栖木技术团队"); "我们（第二次）"
// names none.
func TestWechatSelfNamedOrg(t *testing.T) {
	bare := strings.Replace(wechatPost, "原创 栖木技术团队 栖木技术 2026年3月9日 21:05 江苏\n", "", 1)
	bare = strings.Replace(bare, "栖木商城出现", "商城出现", 1)
	cases := []struct{ from, to, want string }{
		{"晚，商城出现", "晚，我们（栖木科技）的商城出现", "栖木科技"},
		{"—— END ——", "作者：栖木技术团队 · 稳定性小组\n\n—— END ——", "栖木"},
		{"晚，商城出现", "晚，我们（第二次）商城出现", ""},
	}
	for _, c := range cases {
		in := extractNamed(t, "post.txt", strings.Replace(bare, c.from, c.to, 1))
		if c.want != "" && in.Org != c.want || c.want == "" && strings.Contains(in.Org, "第二次") {
			t.Errorf("%s: org %q, want %q", c.to, in.Org, c.want)
		}
	}
}

// Lines that open with a clock and a Chinese comma ("19:50，…", "晚上8点07分，
// …", "20点15分，…") are events also as a run with no 故障经过 heading
// above them, on the day the post's opening names (a guard: read so
// before this file's forms).
func TestWechatClockCommaRun(t *testing.T) {
	doc := strings.Replace(wechatPost, "一、故障经过\n\n", "", 1)
	doc = strings.Replace(doc, "3 月 6 日 19:50，", "19:50，", 1)
	in := extractNamed(t, "post.txt", doc)
	for _, at := range []string{"2026-03-06T19:50", "2026-03-06T20:07", "2026-03-06T20:15", "2026-03-06T20:40", "2026-03-06T21:12"} {
		found := false
		for _, ev := range in.Timeline {
			found = found || strings.HasPrefix(ev.At, at)
		}
		if !found {
			t.Errorf("no event at %s in %+v", at, in.Timeline)
		}
	}
}
