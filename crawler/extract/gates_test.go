package extract

import "testing"

// TestResolvedKeys: each form resolvedCue reads holds one of resolvedKeys,
// so that the cheap test before it never turns a resolution away.
func TestResolvedKeys(t *testing.T) {
	for _, s := range []string{
		"Recovery: all queues drained", "The incident was resolved at 14:02", "Service RESTORED for all tenants",
		"Writes recovered by 09:10", "Resolution: the cache was rebuilt", "Latency is back to normal",
		"The cluster is fully operational", "All systems operational", "Checkout is working as expected",
		"Queues are operating normally", "Recovery of the last shard is complete", "The impact was mitigated",
		"The incident is closed", "Incident over", "支付服务恢复正常", "业务全部恢复", "接口完全恢复", "数据彻底恢复",
		"问题已解决", "主站已恢复", "故障结束", "事件结束", "延迟恢复到正常水平", "处理完毕", "14:20 恢复服务",
		"用户恢复访问", "切换恢复完成", "各地区陆续恢复", "故障解除", "处理结束", "全流量开放", "光缆恢复",
	} {
		if !resolvedCue.MatchString(s) {
			t.Errorf("resolvedCue does not read %q: the sample is wrong", s)
		}
		if !resolvedNow(s) {
			t.Errorf("resolvedNow(%q) = false: resolvedKeys lack its word", s)
		}
	}
	for _, s := range []string{"Engineers began a failover", "正在排查原因"} {
		if resolvedNow(s) {
			t.Errorf("resolvedNow(%q) = true", s)
		}
	}
}

// TestReadingTimeGate: a byline's reading time is read behind its cheap test.
func TestReadingTimeGate(t *testing.T) {
	for _, s := range []string{"September 19, 2025 · 6 min read", "Reading time: 4 minutes", "阅读时长 5 分钟", "约 8 分钟读完"} {
		if !byline.MatchString(s) {
			t.Errorf("byline.MatchString(%q) = false", s)
		}
	}
}
