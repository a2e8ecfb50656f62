package extract

import "testing"

// TestLengthOfARecoveryPhase: a length told in a paragraph about what went
// wrong while the service was being brought back ("During the recovery, a
// technician … degraded connectivity for approximately 20 minutes") is that
// setback's length, not the outage's; a length told in the paragraphs
// around it still is.
func TestLengthOfARecoveryPhase(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"On 3 March at 02:10 UTC the Harlow zone lost utility power and both generators failed to start.\n\n" +
			"During the recovery process, an engineer brought a core switch back online with an outdated configuration. " +
			"It advertised an invalid route, degrading connectivity for the whole region for approximately 20 minutes.", 0},
		{"Storage nodes in the zone went offline.\n\nWhile recovering the nodes, a rebalancing job saturated the links for about 35 minutes.\n\n" +
			"In total the zone was unavailable for 6 hours.", 360},
		{"The zone was unavailable for 6 hours. During the recovery, replication lagged.", 360},
		{"在恢复过程中，一台交换机配置错误，导致网络中断约 20 分钟。", 0},
		{"机房停电，服务中断约 3 小时。\n恢复过程中，缓存预热又使延迟升高约 20 分钟。", 180},
	} {
		if got := statedDuration(c.text, detectLang(c.text)); got != c.want {
			t.Errorf("statedDuration(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
