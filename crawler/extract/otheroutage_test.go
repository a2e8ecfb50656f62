package extract

import "testing"

// TestDurationOfflineAndOtherOutage: lengths told with the verbs of going offline
// (离线, 停机, 瘫痪), as the time after which the service came back
// ("大约 50 分钟后服务恢复"), and no length taken from a sentence about
// another outage than the one written up.
func TestDurationOfflineAndOtherOutage(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"云存储服务因文件系统问题已经离线三天。", 3 * 24 * 60},
		{"支付系统停机了两个小时，商户无法收款。", 120},
		{"整个论坛瘫痪约 40 分钟。", 40},
		{"邮件和日历在全球范围内无法使用，大约 50 分钟后服务恢复。", 50},
		{"两个小时后全部恢复正常。", 120},
		{"另一次类似规模的停电发生在 2019 年，服务保持离线近 6 个小时。", 0},
		{"用户在离线大约四个小时后才重新连上。上次中断持续了 3 个小时。", 240},
		{"The previous outage lasted three hours. This one was resolved quickly.", 0},
		{"Another incident last spring took the site down for 5 hours.", 0},
		{"The site was down for 5 hours.", 300},
		{"加油站的支付系统在经历了超过十个小时的全国性停机后，刚刚恢复。", 600},
	} {
		if got := statedDuration(c.text, detectLang(c.text)); got != c.want {
			t.Errorf("statedDuration(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
