package extract

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// causeCases are short write-ups of fictional incidents, each of whose
// cause names one pattern while its consequences name others.
var causeCases = []struct {
	name, doc string
	first     string   // the main failure
	also      []string // patterns that must be among the tags too
}{
	{"plain misconfiguration", `# Incident affecting Cloud Networking in us-east2

## Summary of impact
Between 09:10 and 11:42 UTC customers of Nimbus Cloud saw elevated packet loss when reaching services in us-east2.

## Root cause
A misconfiguration resulted in inbound routing failure for a subset of edge routers.

## Mitigation
Engineers rolled back the change and traffic recovered.
`, "config-change", nil},
	{"legacy configuration applied", `# RCA - Connectivity issues in West Europe

Summary of impact: Between 13:05 and 15:20 UTC on 4 Mar 2024 a subset of Stratus Hosting customers could not connect to virtual machines.

Root cause: During a planned maintenance, a legacy configuration was applied that did not include required routing policy statements. This caused routers to withdraw the prefixes, and the resulting failover overloaded the remaining links.

Mitigation: The correct configuration was reapplied.
`, "config-change", nil},
	{"configuration update as preliminary root cause", `# Elevated error rates for Storage APIs

Preliminary root cause: Engineers identified a recent configuration update as the preliminary root cause. The update increased load on the metadata service, which became overloaded and returned errors.

Mitigation: We rolled back the configuration update.
`, "config-change", nil},
	{"power event, hardware offline", `# Service disruption in zone B

During the incident a power event in one of the data center halls caused a loss of utility power; the UPS units failed to carry the load and a number of servers went offline. Hardware in the affected racks restarted once power was restored.
`, "power-facility", nil},
	{"surge in traffic", `# Degraded API performance

The incident was triggered by an unexpected surge in traffic that exhausted the capacity of the API gateway fleet.
`, "capacity", nil},
	{"regression then retries", `# Login failures

The outage was caused by a regression in the authentication service introduced by a code defect; the retries from clients then overloaded the session store.
`, "software-bug", nil},
	{"upstream provider", `# Delays in message delivery

Root cause: an upstream provider we depend on for SMS delivery suffered an outage. Our delivery queue then filled.
`, "dependency", nil},
	{"wrong cluster", `# Outage of build runners

Root cause: an engineer ran a cleanup command against the wrong cluster by mistake, which removed the running build runners.
`, "human-error", nil},
	{"faulty NIC", `# Network outage in region north

Root cause: a faulty network card on a core switch started dropping frames; the hardware was replaced.
`, "hardware", nil},
	{"zh mains power", `# 云数据库服务中断故障报告

## 故障原因
由于机房市电中断，UPS 切换失败，导致部分数据库服务器宕机，大量请求堆积。

## 处理过程
运维人员恢复供电后重启了服务器。
`, "power-facility", nil},
	{"zh operator mistake", `# 关于订单系统故障的说明

本次故障的根因是运维人员在执行变更时误操作，删除了生产环境的路由配置，导致订单服务无法访问，随后流量激增造成网关过载。
`, "human-error", nil},
	{"zh config change", `# 支付网关故障复盘

## 事故经过
14:02 网关错误率上升，14:30 回滚后恢复。

## 原因分析
故障原因是一次配置变更错误：新下发的限流配置把阈值写成了 0，所有请求都被拒绝。
`, "config-change", nil},
	{"zh disk failure", `# 对象存储读写异常说明

经排查，起因是存储节点硬盘故障，坏盘未能及时下线，引发该节点读写超时。
`, "hardware", nil},
}

func extractString(t *testing.T, name, doc string) *data.Incident {
	t.Helper()
	in, err := Extract([]byte(doc), name+".md", "")
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return in
}

// TestPatternsFromCause checks that the first pattern is the cause's, not
// that of the consequences the write-up also describes.
func TestPatternsFromCause(t *testing.T) {
	for _, tc := range causeCases {
		in := extractString(t, tc.name, tc.doc)
		if len(in.Patterns) == 0 || in.Patterns[0] != tc.first {
			t.Errorf("%s: patterns %v, want %s first", tc.name, in.Patterns, tc.first)
		}
		for _, p := range tc.also {
			if !slices.Contains(in.Patterns, p) {
				t.Errorf("%s: patterns %v lack %s", tc.name, in.Patterns, p)
			}
		}
		if len(in.Patterns) > patternsListed {
			t.Errorf("%s: %d patterns, more than %d", tc.name, len(in.Patterns), patternsListed)
		}
	}
}

// TestLexiconAloneFindsCause checks the cue lexicon, the model's backbone,
// without the model: the main failure of each case is its best pattern.
func TestLexiconAloneFindsCause(t *testing.T) {
	for _, tc := range causeCases {
		in := extractString(t, tc.name, tc.doc)
		got := lexiconRank(lexiconScores(patternViews(in)))
		if len(got) == 0 || got[0] != tc.first {
			t.Errorf("%s: lexicon ranks %v, want %s first", tc.name, got, tc.first)
		}
	}
}

func TestCausalSpan(t *testing.T) {
	for _, tc := range []struct{ sent, want string }{
		{"The outage was caused by a bad certificate rotation.", "a bad certificate rotation."},
		{"Requests failed due to an expired token, causing a retry storm.", "an expired token,"},
		{"A faulty switch caused packet loss in the region.", "A faulty switch"},
		{"Engineers identified a recent configuration update as the preliminary root cause.", "Engineers identified a recent configuration update as the preliminary"},
		{"Root cause: A power disruption in one hall caused storage servers to shut down; a bug kept some down.", "A power disruption in one hall"},
		{"The root cause of the issue was an expired certificate.", "an expired certificate."},
		{"We are still investigating the root cause.", "We are still investigating the"},
		{"Engineers identified a recent update to the scheduler as the preliminary root cause and rolled it back at 11:50.", "Engineers identified a recent update to the scheduler as the preliminary"},
		{"A legacy template was applied to the routers, so the routes were not advertised.", "A legacy template was applied to the routers"},
		{"The servers were restarted at 10:00.", ""},
		{"由于配置下发错误，导致网关全部不可用。", "配置下发错误，"},
		{"值班人员发现，磁盘写满引起数据库停止写入。", "磁盘写满"},
		{"根因是证书过期。", "证书过期。"},
		{"本次故障的根因是运维人员误操作，删除了路由配置，导致服务不可用。", "运维人员误操作，删除了路由配置，"},
		{"由于磁盘写满，导致数据库停止写入，原因是日志没有轮转。", "磁盘写满，"},
		{"服务在十分钟后恢复。", ""},
		{"经排查，网关在上游返回空响应时未处理该异常", "网关在上游返回空响应时未处理该异常"},
		{"此次故障系一条访问控制策略下发范围超出预期所致。", "一条访问控制策略下发范围超出预期"},
		{"定位到计费服务存在逻辑缺陷：跨月结算时未处理31日", "计费服务存在逻辑缺陷：跨月结算时未处理31日"},
	} {
		if got := causalSpan(tc.sent); got != tc.want {
			t.Errorf("causalSpan(%q) = %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestModelRankMatchesFeatures checks that the extractor's quick ranking
// (features looked up by hash) is the one the trainer computes from the
// named features.
func TestModelRankMatchesFeatures(t *testing.T) {
	m := patternModel()
	if m == nil {
		t.Skip("no embedded pattern model")
	}
	for _, tc := range causeCases {
		in := extractString(t, tc.name, tc.doc)
		if got := m.Rank(PatternFeatures(in)); !slices.Equal(got, in.Patterns) {
			t.Errorf("%s: Rank(PatternFeatures) = %v, extractor gave %v", tc.name, got, in.Patterns)
		}
	}
}

func TestPatternModelRoundTrip(t *testing.T) {
	if patternModel() == nil {
		t.Skip("no embedded pattern model")
	}
	b, err := patternModel().MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParsePatternModel(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := m.MarshalText()
	if !bytes.Equal(b, b2) {
		t.Error("a parsed model does not write the same bytes")
	}
	if !bytes.Equal(bytes.TrimSpace(b), bytes.TrimSpace(patternModelText)) {
		t.Error("the embedded model is not in the form MarshalText writes (retrain it with scripts/trainpatterns)")
	}
}

func TestParsePatternModelRejects(t *testing.T) {
	cuesOnce.Do(loadCues)
	ids := strings.Join(patternList, " ")
	zeros := strings.TrimSpace(strings.Repeat("0 ", len(patternList)))
	for name, text := range map[string]string{
		"unknown record":    "patterns " + ids + "\nweights 1\n",
		"other patterns":    "patterns network dns\nhead main\nbias 0 0\nhead set\nbias 0 0\n",
		"missing head":      "patterns " + ids + "\nhead main\nbias " + zeros + "\n",
		"bias count":        "patterns " + ids + "\nhead main\nbias 0 1\n",
		"weight of nothing": "patterns " + ids + "\nhead main\nbias " + zeros + "\nf c:disk 99:1\n",
		"bad number":        "patterns " + ids + "\nparam min x\n",
		"setmin count":      "patterns " + ids + "\nsetmin 0.1 0.2\n",
		"feature first":     "f c:disk 0:1\n",
	} {
		if _, err := ParsePatternModel([]byte(text)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestStem(t *testing.T) {
	for _, ws := range [][]string{
		{"misconfigured", "misconfiguration", "misconfigurations"},
		{"overloaded", "overloading", "overloads"},
		{"deployments", "deployment"},
	} {
		for _, w := range ws[1:] {
			if Stem(w) != Stem(ws[0]) {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q", w, Stem(w), ws[0], Stem(ws[0]))
			}
		}
	}
}

// TestNegatedCues checks that a negated cue names no pattern, unless the
// pattern is an absence ("no alert fired" is a monitoring failure).
func TestNegatedCues(t *testing.T) {
	cuesOnce.Do(loadCues)
	idx := func(id string) int { return slices.Index(patternList, id) }
	for _, tc := range []struct {
		text, pattern string
		counts        bool
	}{
		{"There was no canary stage and no staged rollout.", "deployment", false},
		{"The change was rolled out to every region by a canary deployment.", "deployment", true},
		{"Without a configuration change review, nothing stopped it.", "config-change", false},
		{"No alerts fired for two hours.", "monitoring", true},
		{"这次变更没有灰度发布。", "deployment", false},
		{"新版本发布后接口报错。", "deployment", true},
		{"数据库没有备份，恢复耗时很长。", "backup-restore", true},
	} {
		scores := make([]float64, len(patternList))
		scoreText(scores, tc.text, 1)
		if got := scores[idx(tc.pattern)] > 0; got != tc.counts {
			t.Errorf("%q: %s scored %v, want counted %v", tc.text, tc.pattern, scores[idx(tc.pattern)], tc.counts)
		}
	}
}

// TestCausalSpansAnaphora checks that "This caused …" points back to the
// sentence before.
func TestCausalSpansAnaphora(t *testing.T) {
	got := causalSpans("At 10:02 an engineer pushed a malformed firewall rule to the edge fleet. This caused errors for every customer. Service recovered at 10:40.")
	want := []string{"At 10:02 an engineer pushed a malformed firewall rule to the edge fleet."}
	if !slices.Equal(got, want) {
		t.Errorf("causalSpans = %q, want %q", got, want)
	}
}

// TestNoCueNoPattern checks that a write-up without a cue of any pattern
// names none, whatever the model's biases.
func TestNoCueNoPattern(t *testing.T) {
	in := extractString(t, "offsite", "# Notes from the team offsite\n\nWe met in the lake house, walked in the hills and planned the next quarter's roadmap together.\n")
	if len(in.Patterns) != 0 {
		t.Errorf("patterns %v, want none", in.Patterns)
	}
}

// TestRankScoresAltAndSetMin checks the two ways further patterns are
// named: a near second choice of the main head (Alt), and each pattern's
// own set-head threshold (SetMin) in place of the shared Min.
func TestRankScoresAltAndSetMin(t *testing.T) {
	cuesOnce.Do(loadCues)
	n := len(patternList)
	idx := func(id string) int { return slices.Index(patternList, id) }
	main := make([]float64, n)
	set := make([]float64, n)
	prior := make([]float64, n)
	for i := range set {
		set[i] = -5 // sigmoid ≈ 0.007: named by no threshold below
	}
	main[idx("config-change")] = 2
	main[idx("deployment")] = 2 - 0.5 // e^-0.5 ≈ 0.61 of the first's probability
	set[idx("monitoring")] = -0.4     // ≈ 0.40
	set[idx("communication")] = -0.85 // ≈ 0.30
	m := &PatternModel{Patterns: patternList, Min: 0.5}
	if got := m.RankScores(main, set, prior); !slices.Equal(got, []string{"config-change"}) {
		t.Errorf("no Alt, Min 0.5: %v, want [config-change]", got)
	}
	m.Alt = 0.5
	if got := m.RankScores(main, set, prior); !slices.Equal(got, []string{"config-change", "deployment"}) {
		t.Errorf("Alt 0.5: %v, want [config-change deployment]", got)
	}
	m.Alt = 0.7
	if got := m.RankScores(main, set, prior); !slices.Equal(got, []string{"config-change"}) {
		t.Errorf("Alt 0.7: %v, want [config-change]", got)
	}
	m.Alt = 0
	m.SetMin = make([]float64, n)
	for i := range m.SetMin {
		m.SetMin[i] = 0.5
	}
	m.SetMin[idx("monitoring")] = 0.6     // monitoring's 0.40 is too little for it
	m.SetMin[idx("communication")] = 0.25 // communication's 0.30 is enough
	if got := m.RankScores(main, set, prior); !slices.Equal(got, []string{"config-change", "communication"}) {
		t.Errorf("SetMin: %v, want [config-change communication]", got)
	}
}

// TestNearCues checks the cues of what is done to what: both phrases
// close together count, either alone or far apart does not.
func TestNearCues(t *testing.T) {
	cuesOnce.Do(loadCues)
	idx := slices.Index(patternList, "config-change")
	for _, tc := range []struct {
		text   string
		counts bool
	}{
		{"The idle timeout on the balancer pool was changed to five seconds.", true},
		{"Engineers modified the prefix lists on the edge routers.", true},
		{"Requests timed out and the timeout was reached for every client.", false},
		{"The timeout of the client library, which had been in place for many years and was never reviewed, changed nothing.", false},
		{"工程师修改了缓存的过期时间，导致页面内容错乱。", true},
		{"请求超时，用户无法登录。", false},
	} {
		scores := make([]float64, len(patternList))
		scoreText(scores, tc.text, 1)
		if got := scores[idx] > 0; got != tc.counts {
			t.Errorf("%q: config-change scored %v, want counted %v", tc.text, scores[idx], tc.counts)
		}
	}
}

// TestCutConsequences checks that a cause section keeps what caused the
// incident and drops what followed from it.
func TestCutConsequences(t *testing.T) {
	for _, tc := range []struct{ in, keep, drop string }{
		{"A misconfiguration resulted in inbound routing failure.", "misconfiguration", "routing"},
		{"The disk filled up, causing the database to crash.", "disk filled", "database"},
		{"The outage was caused by an expired certificate.", "expired certificate", "outage"},
		{"运维人员修改了路由配置，导致订单服务无法访问。", "路由配置", "订单服务"},
		{"Engineers restarted the agents.", "restarted the agents", ""},
	} {
		got := cutConsequences(tc.in)
		if !strings.Contains(got, tc.keep) || tc.drop != "" && strings.Contains(got, tc.drop) {
			t.Errorf("cutConsequences(%q) = %q, want %q kept and %q dropped", tc.in, got, tc.keep, tc.drop)
		}
	}
}
