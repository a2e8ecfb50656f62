package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestForms14 checks that the forms of patternforms14.go name their
// pattern — a lifetime or a default changed, a new version of a set of
// rules, a part's stated capacity, an act done twice, a race told by its
// gap — and that like words of a person, a code release, a measure, a
// cluster only seen as full and a network named as a program's part or a
// user's switch name none.
func TestForms14(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		{"The default session lifetime was shortened from 12 hours to 30 minutes.", "config-change", true},
		{"The default minimum for internal tables was lowered to 2,000 writes.", "config-change", true},
		{"A new version of the firewall baseline was published to every host.", "config-change", true},
		{"A new version of the firewall baseline was published to every host.", "deployment", false},
		{"A new version of the ingest agent was deployed to all hosts.", "deployment", true},
		{"Each shard can serve roughly 12000 reads per second.", "capacity", true},
		{"The gateway handles 200 handshakes at a time and queues the rest.", "capacity", true},
		{"We can place up to 900 orders per second after the fix.", "capacity", false},
		{"The release handles 3 new file formats.", "capacity", false},
		{"After the miscount the region appeared to be out of capacity.", "capacity", false},
		{"Each refund was credited to the customer's account twice.", "software-bug", true},
		{"The retry job counted each failed upload a second time when the queue drained.", "software-bug", true},
		{"Requests were sent at twice the usual rate.", "software-bug", false},
		{"Two workers could read the same lease as free in the gap between the check and the update.", "software-bug", true},
		{"At dawn the platform team enabled request hedging on every storage front end.", "config-change", true},
		{"Engineers turned on load shedding for the busiest cells.", "config-change", false},
		{"Mirror syncing was enabled for all tenants in the region.", "config-change", true},
		{"The tenant's account was disabled for unpaid invoices.", "config-change", false},
		{"Overnight a revised egress allowlist was pushed to the gateways.", "config-change", true},
		{"A new version of the billing agent was released on Monday.", "config-change", false},
		{"这次在生产环境运行的，是原本针对测试环境编写的迁移脚本。", "human-error", true},
		{"清理语句是在生产库的窗口中运行的。", "human-error", true},
		{"清理线程和写入线程之间没有加锁，两者会同时改写同一条记录。", "software-bug", true},
		{"客户端的网络请求模块在切换到移动网络时会丢失会话。", "network", false},
		{"两个机房之间的网络中断了四十分钟。", "network", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s %v, want named %v", tc.text, tc.pattern, s[p], tc.named)
		}
	}
}

// TestSpreadAside checks that a sentence explaining only who was spared
// or where the harm gathered gives no causal span, while one that states
// a cause does.
func TestSpreadAside(t *testing.T) {
	for _, tc := range []struct {
		text  string
		aside bool
	}{
		{"Older accounts did not notice, because their data was still held in the regional cache.", true},
		{"Uploads failed because the certificate on the storage endpoint had expired.", false},
		{"The first hour looked normal because most reads were answered by the edge cache.", true},
		{"夜间使用人数少，因此问题主要出现在白天。", true},
		{"主库磁盘写满，因此所有写入失败。", false},
	} {
		if got := spreadAside(tc.text); got != tc.aside {
			t.Errorf("spreadAside(%q) = %v, want %v", tc.text, got, tc.aside)
		}
		if spans := causalSpans(tc.text); (len(spans) == 0) != tc.aside {
			t.Errorf("causalSpans(%q) = %q, want none %v", tc.text, spans, tc.aside)
		}
	}
}

// TestDatedChangeCause checks that an event summary told in paragraphs,
// with no cause section and no "The event began when …", has for its
// cause the sentence of its body that tells a dated change and what it
// did, not a sentence of its impact or its prevention.
func TestDatedChangeCause(t *testing.T) {
	text := `Summary of the Pellmoor Queue Event in the Fenward Region

We would like to share more information about the disruption that affected Pellmoor Queue in the Fenward Region on May 6, 2026.

Between 7:10 AM and 9:02 AM, about a quarter of publish calls in the Region failed. At the worst point, consumers saw delays of up to forty minutes.

Each broker admits clients according to an admission profile that names the known client types. On the evening of May 5 a revised admission profile was published to the brokers to add a type for a new mobile client. The revised profile had been built from a copy that no longer named the type used by the brokers' own health agent, so brokers refused the agent's checks and the load balancer marked them down. Publishers whose calls reached those brokers received errors.

At 8:40 AM the profile in service before was put back, and brokers recovered by 9:02 AM.

Admission profiles are now compared with the types seen in the previous week before they can be published.`
	in, err := Extract([]byte(text), "pellmoor.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Cause, "On the evening of May 5 a revised admission profile was published") || strings.Contains(in.Cause, "worst point") {
		t.Errorf("cause %q: want the dated change and what it did", in.Cause)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "config-change" {
		t.Errorf("patterns %v: want config-change first", in.Patterns)
	}
}
