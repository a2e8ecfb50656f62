package extract

import (
	"testing"

	"github.com/incidex/incidex/data"
)

func TestSourceURL(t *testing.T) {
	for _, c := range []struct {
		name, body string
		f          Format
		want       string
	}{
		{"front matter url", "---\ntitle: Fiber cut\nurl: https://Blog.Quillmark.example:443/2021/fiber/?utm_source=x#top\n---\n# Fiber cut\n", FormatMarkdown, "https://blog.quillmark.example/2021/fiber"},
		{"front matter original_url", "---\noriginal_url: http://tidewell.example/pm/7\n---\ntext\n", FormatMarkdown, "http://tidewell.example/pm/7"},
		{"yml comment and 来源", "<!--yml\ncategory: x\n-->\n\n# 标题\n\n> 来源：[https://status.lumen.example/incidents/ab12](https://status.lumen.example/incidents/ab12)\n\n正文\n", FormatMarkdown, "https://status.lumen.example/incidents/ab12"},
		{"原文 autolink", "# 标题\n\n> 原文：<https://corvid.example/blog/lag/>\n\n正文\n", FormatMarkdown, "https://corvid.example/blog/lag"},
		{"Source: in text", "Fiber cut report\nSource: https://quillmark.example/pm/3.\n\nOn May 17 ...\n", FormatText, "https://quillmark.example/pm/3"},
		{"Originally published at", "# T\n\n*Originally published at https://nimbus.example/post/9*\n", FormatMarkdown, "https://nimbus.example/post/9"},
		{"Originally published at, plain", "# T\n\nOriginally published at https://nimbus.example/post/9\n", FormatMarkdown, "https://nimbus.example/post/9"},
		{"too far down", "# T\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n原文：https://late.example/x\n", FormatMarkdown, ""},
		{"not http", "---\nurl: ftp://files.example/x\n---\n", FormatMarkdown, ""},
		{"a link in the text is no source", "# T\n\nSee https://other.example/a for more.\n", FormatMarkdown, ""},
		{"html canonical", `<html><head><link rel="canonical" href="https://harbor.example/pm/1?b=2&a=1"></head><body>x</body></html>`, FormatHTML, "https://harbor.example/pm/1?a=1&b=2"},
		{"html og:url", `<html><head><meta property="og:url" content="https://harbor.example/pm/2"></head></html>`, FormatHTML, "https://harbor.example/pm/2"},
	} {
		if got := SourceURL([]byte(c.body), c.f); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	// Extract: a file naming its source gets that URL and its id; a
	// crawled page keeps its own URL
	in, err := Extract([]byte("---\nurl: https://blog.quillmark.example/2021/fiber/\n---\n# Fiber cut\n\nA backhoe cut the fiber.\n"), "/data/posts/fiber.md", "")
	if err != nil || in.URL != "https://blog.quillmark.example/2021/fiber" || in.ID != idOf("https://blog.quillmark.example/2021/fiber") {
		t.Errorf("file: %v %q %q", err, in.URL, in.ID)
	}
	in, err = Extract([]byte("---\nurl: https://elsewhere.example/x\n---\n# Fiber cut\n\nA backhoe cut the fiber.\n"), "https://blog.quillmark.example/fiber.md", "text/markdown")
	if err != nil || in.URL != "https://blog.quillmark.example/fiber.md" {
		t.Errorf("page: %v %q", err, in.URL)
	}
}

func idOf(u string) string { return data.IDFor(u) }
