package extract

import (
	"strings"
	"testing"
)

// wechatPage is a post of our own writing as a WeChat account publishes
// it: the platform's site name, the account's name over the post, the
// post's sections, then "— END —", a list of earlier posts, the reading
// counts and readers' comments.
const wechatPage = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>一次证书过期引发的登录中断：3·14 故障复盘</title>
<meta property="og:site_name" content="微信公众平台">
<meta property="og:title" content="一次证书过期引发的登录中断：3·14 故障复盘">
</head><body><div id="page-content"><div class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">一次证书过期引发的登录中断：3·14 故障复盘</h1>
<div id="meta_content" class="rich_media_meta_list">
  <span class="rich_media_meta rich_media_meta_text">原创</span>
  <a class="rich_media_meta rich_media_meta_link" id="js_name">岭雀技术</a>
  <em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-03-16 09:30</em>
  <em class="rich_media_meta rich_media_meta_text">发表于浙江</em>
</div>
<div class="rich_media_content" id="js_content">
<p>3月14日上午，岭雀账号服务出现约 70 分钟的登录中断。这篇文章是本次故障的完整复盘。</p>
<h2><span>01 故障概述</span></h2>
<p>2026年3月14日 09:05 至 10:15（北京时间），岭雀 App 和网页端约 80% 的登录请求失败，已登录用户不受影响。</p>
<h2><span>02 原因分析</span></h2>
<p>本次故障的直接原因是账号服务调用短信网关所用的客户端证书过期。证书续期任务在一个月前迁移时被遗漏，到期前的告警发送到了已停用的邮箱。</p>
<h2><span>03 改进措施</span></h2>
<p>· 所有证书纳入统一的到期监控，提前 30 天告警；</p>
<p>· 证书续期任务迁移纳入变更检查清单。</p>
<p style="text-align:center;"><span style="color:#999;">— END —</span></p>
<p><span style="color:#888;">往期推荐</span></p>
<p><a href="#">岭雀账号体系的异地多活实践</a></p>
<p><a href="#">我们如何管理上千张证书</a></p>
</div>
<div class="rich_media_tool"><a id="js_view_source" href="#">阅读原文</a><span>阅读 5,120</span><span class="like">点赞 64</span></div>
<div class="rich_media_area_extra"><p>精选留言</p><p>运维小陈：证书过期真是老生常谈了。 赞 8</p></div>
</div></div></body></html>`

// A post's end mark ("— END —", "往期推荐") ends it: the list of earlier
// posts, the counts and the comments after it are in no section.
func TestHTMLEndMark(t *testing.T) {
	in, err := Extract([]byte(wechatPage), "lingque.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, after := range []string{"往期推荐", "异地多活", "阅读原文", "精选留言", "老生常谈"} {
		if strings.Contains(in.Remediation, after) || strings.Contains(in.Text, after) {
			t.Errorf("%q, after the post's end, is read: remediation %q", after, in.Remediation)
		}
	}
	if !strings.Contains(in.Remediation, "统一的到期监控") {
		t.Errorf("remediation %q, want the post's own measures", in.Remediation)
	}
}

// A post on a platform (a WeChat account, Medium) is its publisher's: the
// platform's site name names no organisation.
func TestPlatformSiteNoOrg(t *testing.T) {
	in, err := Extract([]byte(wechatPage), "lingque.html", "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if in.Org != "岭雀" {
		t.Errorf("org %q, want 岭雀 (the account's, not the platform's)", in.Org)
	}
}
