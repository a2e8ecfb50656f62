package indexer

import "testing"

func TestSlugWords(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://web.archive.org/web/https://news.example.com/2013/04/02/harbor-telecom-fiber-cut-leaves-city-offline/", "harbor telecom fiber cut leaves city offline"},
		{"https://blog.example.org/2024/03/18/dead-air-on-the-incident-call", "dead air on the incident call"},
		{"https://www.example.com/2024/02/29/fuel_pump_leap_year_bug.html", "fuel pump leap year bug"},
		{"https://example.com/blog/tumblr-downtime", "tumblr downtime"},
		{"https://status.example.io/incidents/bnkkbj90yhz6", ""},
		{"https://www.example.co.uk/news/business-68573106", ""},
		{"/home/me/postmortems/e3f52656-ec99-4b6e-a762-065f836ee370.md", ""},
		{"docs/PM2021-006-All-services-returning-503-in-Kubernetes.md", "PM2021 006 All services returning 503 in Kubernetes"},
		{"https://example.cn/2023/%E6%95%85%E9%9A%9C-%E5%A4%8D%E7%9B%98-%E6%8A%A5%E5%91%8A", "故障 复盘 报告"},
		{"https://example.com/", ""},
		{"", ""},
		{"::not a url::", ""},
	} {
		if got := slugWords(c.url); got != c.want {
			t.Errorf("slugWords(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}
