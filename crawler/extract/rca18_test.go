package extract

import (
	"slices"
	"testing"
)

// TestForms21 checks that the forms and gates of patternforms21.go hold:
// a bare expiry names a certificate only where a credential is named, a
// demand told as a multiple of an ordinary day's is capacity, a route,
// host or endpoint switched from one thing to another is a setting
// changed while traffic switched to a standby is not, a provider named by
// its side is a dependency, a request's parameters are no setting, a
// disk controller's battery is no facility power while a UPS's is, and a
// demand larger than the supply of the same unit is a want of capacity,
// and code that relied on what was never promised is a defect. The sentences are
// our own.
func TestForms21(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		{"The routing table in the client library expired after ten minutes and was rebuilt from stale data.", "certificate", false},
		{"Cached session entries expired at midnight, and every user had to sign in again at once.", "certificate", false},
		{"会员积分过期任务在凌晨运行时，把尚未到期的积分也一并清空了。", "certificate", false},
		{"缓存在 10 分钟后过期，之后所有请求都回源到数据库。", "certificate", false},
		{"The TLS certificate on the payments gateway expired at midnight on Sunday.", "certificate", true},
		{"The signing token of the deploy robot had expired, so every push was refused.", "certificate", true},
		{"负载均衡上绑定的证书于周日零点过期，客户端握手全部失败。", "certificate", true},
		{"接口使用的访问密钥已经过期，调用全部返回 403。", "certificate", true},
		{"开场后 3 分钟内，下单请求达到平日晚高峰的 9 倍，线程全部在等待库存服务。", "capacity", true},
		{"活动当天的访问量是往常的 4 倍。", "capacity", true},
		{"The first Monday brought 2.7 times that of an ordinary Monday's jobs, and every runner was taken.", "capacity", true},
		{"Bookings reached about five times a normal Saturday within an hour.", "capacity", true},
		{"平日里我们每周发布两次，这次推迟了一倍的时间。", "capacity", false},
		{"At 10:00 the route for /api/orders/ was switched from the first version to the second.", "config-change", true},
		{"A change to the shared secret switched its host from the primary endpoint to the replica endpoint.", "config-change", true},
		{"We repointed the origin from the old bucket to the new one in the CDN console.", "config-change", true},
		{"Traffic was switched from the primary to the standby within a minute.", "config-change", false},
		{"The team switched from email to chat for incident updates.", "config-change", false},
		{"确认问题出在对方一侧后，我们切换到了备用线路。", "dependency", true},
		{"合作的支付通道机构当天升级了核心系统，接口响应变慢。", "dependency", true},
		{"签名前需要先把请求参数按参数名排序。", "config-change", false},
		{"The client sorts the query parameters by name before it signs a request.", "config-change", false},
		{"数据库的连接参数被调整为 500。", "config-change", true},
		{"Each disk controller keeps a write cache protected by a battery, and the battery no longer held its charge.", "power-facility", false},
		{"The RAID card's batteries failed their learn cycle on six hosts.", "power-facility", false},
		{"The UPS batteries in Hall 2 ran down before the generator started.", "power-facility", true},
		{"The UPS batteries in Hall 2 ran down before the generator started.", "hardware", false},
		{"The UPS controller showed the batteries at 40 percent when the utility feed dropped.", "power-facility", true},
		// code that relied on what its counterpart never promised
		{"The importer relied on an ordering the upstream service never promised.", "software-bug", true},
		{"导入任务依赖了上游接口从未承诺的排序。", "software-bug", true},
		{"The vendor promised a fix by Friday.", "software-bug", false},
		// a setting given an address for its value
		{"回源 Host 被设置为新存储桶的域名。", "config-change", true},
		{"订单服务的写入端点被改成只读副本的地址，写入全部失败。", "config-change", true},
		{"活动页的标题被设置为新活动的名称。", "config-change", false},
		// a demand set against a supply of the same unit
		{"The render farm has 800 nodes, and on Friday the three studios together requested about 1,300 nodes.", "capacity", true},
		{"The render farm has 2,000 nodes; on Friday the three studios requested about 1,300 nodes.", "capacity", false},
		{"On Friday each studio requested about 1,300 nodes.", "capacity", false},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s scored %.2f, named %v, want %v", tc.text, tc.pattern, s[p], got, tc.named)
		}
	}
}

// TestFindingThen checks that a Chinese finding told with what was done
// after it (确认…后，…) gives the finding as its cause, not the response,
// while a cause with no such clause, or whose clause after 后， tells more
// of what happened, is kept whole. The sentences are our
// own.
func TestFindingThen(t *testing.T) {
	for _, tc := range []struct{ sent, want string }{
		{"10:30 确认问题出在通道一侧后，将支付页的默认方式切换为微信支付。", "通道一侧"},
		{"经排查定位到订单表缺少索引后，立即回滚了当天的变更。", "定位到订单表缺少索引"},
		{"经排查，网关的超时被统一调低为 5 秒。", "网关的超时被统一调低为 5 秒。"},
		// what follows 后， is more of the mechanism, not a response: kept
		{"问题出在消息队列集群：晚高峰流量上涨后，一个节点的磁盘被日志写满。", "消息队列集群：晚高峰流量上涨后，一个节点的磁盘被日志写满。"},
		{"复盘发现缓存过期后，所有请求同时打到了数据库。", "缓存过期后，所有请求同时打到了数据库。"},
	} {
		if got := clauseSpan(tc.sent, false); got != tc.want {
			t.Errorf("%q: span %q, want %q", tc.sent, got, tc.want)
		}
	}
}
