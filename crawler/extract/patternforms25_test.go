package extract

import (
	"slices"
	"testing"
)

// TestCertificateStillValid: a certificate the write-up says had not
// expired ("was valid and unexpired", 证书本身未过期) failed by what was put
// in place, a change of configuration, not by lapsing; one that did expire
// stays a certificate's.
func TestCertificateStillValid(t *testing.T) {
	for _, c := range []struct{ text, first string }{
		{"Incident report: Larkspur Freight tracking API handshake failures\n\nBetween 03:10 and 04:25 UTC on 12 May, partner systems calling the tracking API failed TLS validation.\n\nRoot cause: During the quarterly certificate rotation, the load balancer was given a certificate issued for the internal test hostname. The certificate was still valid and had not expired, but its subject did not match the public hostname.\n\nResolution: the previous certificate was restored at 04:20 UTC.", "config-change"},
		{"故障复盘：青禾云盘 3 月 8 日 HTTPS 访问异常\n\n3 月 8 日 21:00 至 21:50，部分用户访问网页版时提示连接不安全。\n\n原因：更换证书时，网关配置中的证书链仍指向旧的中间证书文件，部分浏览器无法完成校验。证书本身并未过期。\n\n处理：21:45 修正证书链配置后恢复。", "config-change"},
		{"Incident report: Larkspur Freight tracking API handshake failures\n\nBetween 03:10 and 04:25 UTC on 12 May, partner systems calling the tracking API failed TLS validation.\n\nRoot cause: The TLS certificate of the tracking API expired at 03:10 UTC; the renewal job had failed silently for two weeks. The certificate of the status page was still valid.\n\nResolution: a renewed certificate was installed at 04:20 UTC.", "certificate"},
	} {
		in, err := Extract([]byte(c.text), "rca.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if len(in.Patterns) == 0 || in.Patterns[0] != c.first {
			t.Errorf("patterns %v, want %s first (%.60q)", in.Patterns, c.first, c.text)
		}
		if c.first != "certificate" && slices.Contains(in.Patterns, "certificate") {
			t.Errorf("patterns %v tag an expiry the text denies (%.60q)", in.Patterns, c.text)
		}
	}
}
