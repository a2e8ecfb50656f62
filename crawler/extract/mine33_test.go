package extract

import (
	"strings"
	"testing"
)

// TestSectionOfPostsIsNoTitle: a title that names the site's section of
// posts ("Engineering Archives", "Tech Blog Archive", "文章归档") is the
// page's, not the incident's; the incident is named from the write-up.
func TestSectionOfPostsIsNoTitle(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
	}{
		{"archives.md", "---\ntitle: Engineering Archives\ncompany: Quillmate\n---\n\n" +
			"A kernel upgrade silently turned off the journal check on build hosts. The next deploy corrupted the caches of running workers.\n\n" +
			"On 3 March 2025 at 14:10 UTC builds began to fail with checksum errors; by 15:02 UTC every host was rebuilt.\n",
			"A kernel upgrade silently turned off the journal check on build hosts"},
		{"blog.html", "<html><head><title>Tech Blog Archive</title></head><body><nav><a href=\"/\">Home</a></nav>" +
			"<h1>Tech Blog Archive</h1><article><h2>Search was down for 47 minutes on 9 May</h2>" +
			"<p>On 9 May 2025 between 08:12 and 08:59 UTC the search API of Larchfield returned errors to every caller.</p>" +
			"<h3>Root cause</h3><p>A shard rebalancing job moved every primary at once after its throttle setting was lost in a config migration.</p></article></body></html>",
			"Search was down for 47 minutes on 9 May"},
		{"zh.md", "---\ntitle: 文章归档\n---\n\n# 5月9日搜索服务中断47分钟复盘\n\n2025年5月9日16:12至16:59（北京时间），搜索接口对所有调用方返回错误。\n\n## 根本原因\n\n分片迁移任务的限流配置在配置迁移中丢失，所有主分片被同时迁移。\n",
			"5月9日搜索服务中断47分钟复盘"},
	} {
		in, err := Extract([]byte(tc.page), tc.name, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(in.Title, tc.want) {
			t.Errorf("%s: title %q, want %q", tc.name, in.Title, tc.want)
		}
	}
}
