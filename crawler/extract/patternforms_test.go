package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestSettingChangeForm checks the form of a setting changed in plain
// words: it names a configuration change whatever the setting is of, and
// a number that rose or a move to a new version does not.
func TestSettingChangeForm(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text  string
		names bool
	}{
		{"The idle timeout on the proxies was changed from 300 seconds to 3 seconds.", true},
		{"An engineer lowered the maximum connection count on the cache tier to 200.", true},
		{"The replica count was set to 0 in the production values file.", true},
		{"The check path was changed from /health to /healthz.", true},
		{"We reduced the retention window to 1 hour to save disk space.", true},
		{"Traffic increased to 3 times the usual peak within minutes.", false},
		{"The agent was updated to version 4.12 on all hosts.", false},
		{"Error rates rose from 2 to 40 percent.", false},
		{"运维团队将消息保留时间从 72 小时调整为 1 小时。", true},
		{"新模板把检查路径由“/health”改成了“/healthz”。", true},
		{"工程师将副本数设置为 0。", true},
		{"由于请求量激增，接口改为异步处理。", false},
		{"成功率从 99% 降低到 50%。", false},
	} {
		scores := make([]float64, len(patternList))
		hits := 0
		words := splitWords(asciiLower(tc.text))
		englishSettingChange(words, classify(words), func() { hits++ })
		scoreText(scores, tc.text, 1)
		if tc.names && scores[idxConfig] < formWeight || !tc.names && hits > 0 {
			t.Errorf("%q: config-change %v (form hits %d), want named %v", tc.text, scores[idxConfig], hits, tc.names)
		}
	}
}

// TestZHSettingChangeForm checks the Chinese form alone.
func TestZHSettingChangeForm(t *testing.T) {
	for _, tc := range []struct {
		text, verb string
		names      bool
	}{
		{"将消息保留时间从 72 小时调整为 1 小时", "调整为", true},
		{"检查路径由“/health”改成了“/healthz”", "改成", true},
		{"副本数设置为 0", "设置为", true},
		{"由于流量大，接口改为异步处理", "改为", false},
		{"从昨天起，服务改为异步处理", "改为", false},
	} {
		i := indexOf(tc.text, tc.verb)
		if got := zhSettingChange(tc.text, i, i+len(tc.verb)); got != tc.names {
			t.Errorf("%q: setting change %v, want %v", tc.text, got, tc.names)
		}
	}
}

func indexOf(s, sub string) int {
	for i := range s {
		if len(s)-i >= len(sub) && s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestWordSenses checks the two senses the lexicon's words cannot tell
// by themselves: an operator that runs a network is a provider, not a
// person; a release named as where a defect is names no faulty rollout.
func TestWordSenses(t *testing.T) {
	cuesOnce.Do(loadCues)
	score := func(text string) []float64 {
		s := make([]float64, len(patternList))
		scoreText(s, text, 1)
		return s
	}
	carrier := score("The mobile operator's SMS gateway stopped accepting messages; the operator restored it an hour later.")
	if carrier[idxHuman] > 0 || carrier[idxDependency] == 0 {
		t.Errorf("carrier operator: human-error %v, dependency %v; want 0 and more", carrier[idxHuman], carrier[idxDependency])
	}
	person := score("An operator mistakenly drained the primary broker instead of a replica.")
	if person[idxHuman] == 0 {
		t.Errorf("operator as a person: human-error %v, want more than 0", person[idxHuman])
	}
	for _, text := range []string{
		"Root cause: a defect in the new version of the metering agent double-counted records.",
		"网关新版本中存在一个缺陷，在请求头过大时会关闭连接。",
	} {
		if s := score(text); s[idxDeployment] > 0 {
			t.Errorf("%q: deployment %v, want 0 (the release is where the defect is)", text, s[idxDeployment])
		}
	}
	for _, text := range []string{
		"The new version was rolled out to every region at once, skipping the canary stage.",
		"新版本在未经灰度的情况下全量发布。",
	} {
		if s := score(text); s[idxDeployment] == 0 {
			t.Errorf("%q: deployment 0, want more (a rollout gone wrong)", text)
		}
	}
	for _, text := range []string{
		"The new version of the placement service did not handle a host that reported zero free slots.",
		"The release shipped on Monday failed to handle empty responses from the metadata store.",
		"The new build crashed whenever a request carried more than 64 headers.",
		"新版本的计费程序在跨月结算时未正确处理时区，导致账单重复。",
	} {
		if s := score(text); s[idxDeployment] > 0 {
			t.Errorf("%q: deployment %v, want 0 (the release is where the defect is)", text, s[idxDeployment])
		}
	}
	if got := slices.Index(patternList, "config-change"); got != idxConfig {
		t.Errorf("idxConfig %d, want %d", idxConfig, got)
	}
}

// TestChangeToForm checks "a change to X": what was done to a thing is a
// configuration change, unless the thing is code or a release.
func TestChangeToForm(t *testing.T) {
	checkForm(t, englishChangeTo, []formCase{
		{"A change to the forwarding targets of the resolver fleet was rolled out.", true},
		{"A modification to the network security group was propagated across the region.", true},
		{"A change to the scheduler code introduced a deadlock.", false},
		{"The change was reverted after ten minutes.", false},
		{"A routine update to the replica topology file pointed two shards at one primary.", true},
		{"A change was made to the export policy of the edge routers.", true},
		{"Changes were pushed to the ingress allow-list during the migration.", true},
		{"A code change to the request router leaked memory.", false},
		{"The agent update to version 7 shipped on Monday.", false},
		{"We will post an update to this page within the hour.", false},
		{"We will provide an update to affected customers by email.", false},
		{"Updates in the queue were processed late.", false},
		{"A change in the storage agent released the previous day contained a flaw in how it counted slots.", false},
	})
}

// TestZHChangeToForm checks 对X的变更 and 对X进行了修改.
func TestZHChangeToForm(t *testing.T) {
	for _, tc := range []struct {
		text  string
		names bool
	}{
		{"对转发目标的一次变更被推送到整个区域", true},
		{"工程师对安全组进行了修改", true},
		{"对调度器代码的修改引入了死锁", false},
		{"对用户造成的影响已经消除", false},
	} {
		if got := zhChangeTo(tc.text, 0); got != tc.names {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.names)
		}
	}
}

// TestWrongTargetForm checks an act done to "the wrong" thing: an
// operator's mistake whatever the thing is; "the wrong" said of data or a
// value is not.
func TestWrongTargetForm(t *testing.T) {
	person := func(words []string, cls []wordClass, hit func()) { englishWrongTarget(words, cls, hit, func() {}) }
	checkForm(t, person, []formCase{
		{"A technician disconnected the wrong pair of uplinks during the rack move.", true},
		{"An engineer ran the cleanup job against the wrong storage pool.", true},
		{"The on-call engineer rebooted the wrong half of the fleet.", true},
		{"Replicas began applying changes from the wrong source.", false},
		{"The dashboard showed the wrong totals for an hour.", false},
		{"An engineer ran the purge script against the live bucket instead of the staging copy.", true},
		{"During the move a technician unplugged the active feed rather than the idle one.", true},
		{"The balancer drained the active pool rather than the idle one.", false},
		{"We restarted the brokers instead of waiting for the queue to drain.", false},
		// the program's act is no person's mistake
		{"The new code dropped a key because the index it removed was counted from the wrong end of the list.", false},
	})
	program := func(words []string, cls []wordClass, hit func()) { englishWrongTarget(words, cls, func() {}, hit) }
	checkForm(t, program, []formCase{
		{"The new code dropped a key because the index it removed was counted from the wrong end of the list.", true},
		{"A technician disconnected the wrong pair of uplinks during the rack move.", false},
	})
}

// TestZHWeakSettingForm checks the Chinese verbs that shorten or lower a
// value: a setting change only after a setting's name.
func TestZHWeakSettingForm(t *testing.T) {
	for _, tc := range []struct {
		text, verb string
		names      bool
	}{
		{"对后端连接超时时间进行了统一，由原来的60秒缩短为5秒", "缩短为", true},
		{"将重试次数从 5 次减少到 1 次", "减少到", true},
		{"成功率从 99% 降低到 50%", "降低到", false},
		{"恢复时间由2小时缩短为30分钟", "缩短为", false},
	} {
		i := indexOf(tc.text, tc.verb)
		if got := zhWeakSettingChange(tc.text, i, i+len(tc.verb)); got != tc.names {
			t.Errorf("%q: setting change %v, want %v", tc.text, got, tc.names)
		}
	}
}

// TestZHMeantButForm checks 本应…却: a thing done other than meant.
func TestZHMeantButForm(t *testing.T) {
	for _, tc := range []struct {
		text  string
		names bool
	}{
		{"运维同事本应清理测试环境的日志目录，却在生产主机上执行了清理命令。", true},
		{"工程师原本要重启备节点，却重启了主节点。", true},
		{"告警已经发出，值班人员却没有及时响应。", false},
		{"本应在周五完成迁移。流量却在周四突增。", false},
	} {
		i := indexOf(tc.text, "却")
		if got := zhMeantButAt(tc.text, i); got != tc.names {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.names)
		}
	}
}

// TestConsequenceVerbs checks that a verb that also stands as a
// participle or an adjective marks no consequence there.
func TestConsequenceVerbs(t *testing.T) {
	for _, tc := range []struct {
		text, cause string
	}{
		{"A performance optimization introduced in the dispatcher last week wrote the mark asynchronously.", ""},
		{"We asked the affected providers to clear their caches.", ""},
		{"The new index format introduced a read path that skipped the cache.", "The new index format"},
		{"The faulty rule affected every request to the API.", "The faulty rule"},
	} {
		if got := clauseSpan(tc.text, false); got != tc.cause {
			t.Errorf("%q: cause %q, want %q", tc.text, got, tc.cause)
		}
	}
}

// A noun made of a verb and its particle is one word: "follow-ups" names
// no UPS, and "a UPS failed" still does.
func TestParticleNounsAreOneWord(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"three follow-ups and two sign-ins", []string{"three", "followups", "and", "two", "signins"}},
		{"the ups failed - ups are old", []string{"the", "ups", "failed", "ups", "are", "old"}},
		{"a roll-out of the fix", []string{"a", "rollout", "of", "the", "fix"}},
		{"re-mirroring storm", []string{"re", "mirroring", "storm"}},
	} {
		if got := splitWords(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("splitWords(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	cuesOnce.Do(loadCues)
	scores := make([]float64, len(patternList))
	scoreText(scores, "We closed our follow-ups and set up check-ins with the team.", 1)
	if p := slices.Index(patternList, "power-facility"); scores[p] > 0 {
		t.Errorf("follow-ups scored power-facility %.2f", scores[p])
	}
}

// A thing altered by a person, or in the passive, is a configuration
// change unless the thing is code; "pointed out" and "changed back" are no
// change made.
func TestActorChange(t *testing.T) {
	checkForm(t, englishActorChange, []formCase{
		{"Our operators had tweaked the health-check behaviour of the edge proxies the night before.", true},
		{"The replication target was repointed at a new storage pool by mistake.", true},
		{"The team modified the routing weights for the eu-north pool.", true},
		{"Engineers changed the release pipeline code to skip the canary.", false},
		{"A customer pointed out that the dashboard was stale.", false},
		{"We changed back to the previous settings at 10:40.", false},
		{"Traffic patterns changed during the holiday.", false},
	})
}

// A program's act done wrongly is a defect, whoever wrote the program; a
// person's act done wrongly is not.
func TestCodeWrongly(t *testing.T) {
	checkForm(t, englishCodeWrongly, []formCase{
		{"The scheduler incorrectly marked healthy nodes as failed and drained them.", true},
		{"After the leap day, the billing service computed renewal dates wrongly.", true},
		{"The parser erroneously treated an empty header as a wildcard.", true},
		{"The new build of the proxy treated a weight of zero as unlimited instead of drained.", true},
		{"An engineer treated the alert as noise instead of paging the owner.", false},
		{"An engineer incorrectly marked the ticket as resolved.", false},
		{"The dashboard reported the outage correctly.", false},
		// any act of "the new code" done instead of the right one
		{"After a rotation the new code evicted the newest session instead of the oldest.", true},
		{"The new code shipped at noon instead of at midnight.", false},
	})
}

// formCase is a sentence and whether an English form names its pattern
// in it.
type formCase struct {
	text  string
	names bool
}

// checkForm runs an English form over each case's words.
func checkForm(t *testing.T, form func([]string, []wordClass, func()), cases []formCase) {
	t.Helper()
	for _, tc := range cases {
		hits := 0
		words := splitWords(asciiLower(tc.text))
		form(words, classify(words), func() { hits++ })
		if (hits > 0) != tc.names {
			t.Errorf("%q: %d hits, want named %v", tc.text, hits, tc.names)
		}
	}
}

// Code behaviour told without the word "bug" (acting without checking,
// before saving, never releasing, reading only once, a fixed-width value
// passing its end) is a defect; the same words said of a person are not.
func TestCodeMiss(t *testing.T) {
	checkForm(t, func(words []string, cls []wordClass, hit func()) { englishCodeMiss(words, cls, func(int) { hit() }) }, []formCase{
		{"The export job resent each file without checking whether the first upload had already landed.", true},
		{"The coordinator dropped its claim on the shard before writing the new owner to the registry.", true},
		{"Release 2.3 of the sidecar never released file handles of closed streams.", true},
		{"The router process did not reload its peer list after the membership changed.", true},
		{"The mirror daemon loads its list of upstreams only once, at start-up.", true},
		{"Quota usage was kept in an unsigned 16-bit field, which wrapped to zero after 65,535 requests.", true},
		{"The counter rolled over to zero at midnight.", true},
		{"The old primary gave up its lease but kept accepting writes.", true},
		{"Our engineer restarted the broker without checking the replication lag.", false},
		{"We did not reload the cache until 10:40.", false},
		{"The incident was not clear at first.", false},
		{"Only once the queue drained did latency recover.", false},
		{"The disks held 64-bit checksums of every block.", false},
	})
}

// The Chinese forms of code behaviour: 没有/未 before what a program should
// have done, 只/仅 … 一次, a fixed-width value that passed its end; a person
// named before them makes them none.
func TestZHCodeMiss(t *testing.T) {
	for _, tc := range []struct {
		text  string
		names bool
	}{
		{"配置中心客户端在网络恢复后没有重新建立订阅，之后的配置变更都没有推送到应用。", true},
		{"结算程序未校验重复请求，同一笔订单被扣款两次。", true},
		{"网关只在启动时解析一次后端地址。", true},
		{"序列号用32位整数保存，超过最大值后变成负数。", true},
		{"值班工程师没有检查备份是否完成就开始了迁移。", false},
		{"本次故障没有造成数据丢失。", false},
	} {
		lower := asciiLower(tc.text)
		got := false
		for i, r := range lower {
			got = got || r >= 0x2e80 && zhCodeMissAt(lower, i, r)
		}
		if got != tc.names {
			t.Errorf("%q: code behaviour %v, want %v", tc.text, got, tc.names)
		}
	}
}

// A release named as the subject of code behaviour told in words is where
// the defect is, not a faulty rollout.
func TestReleaseBeforeCodeMiss(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, text := range []string{
		"Version 5.2 of the cache agent, rolled out to every host last month, never freed entries of expired keys.",
		"上周发布的3.1版本同步程序在主库切换后没有重新获取主库地址。",
		"因上周发布的新版本请求解析模块在处理带有特定格式请求头的请求时进入死循环。",
	} {
		s := make([]float64, len(patternList))
		scoreText(s, text, 1)
		if s[idxDeployment] > 0 || s[idxBug] == 0 {
			t.Errorf("%q: deployment %.1f, software-bug %.1f; want 0 and above 0", text, s[idxDeployment], s[idxBug])
		}
	}
}

// Capacity told as a thing busy, full or at its ceiling is capacity, in
// both languages.
func TestCapacityPlainWords(t *testing.T) {
	cuesOnce.Do(loadCues)
	capacity := slices.Index(patternList, "capacity")
	for _, text := range []string{
		"Every build agent in the shared pool was fully in use, and new jobs queued.",
		"The worker threads of the proxy were all busy with the spike from the launch.",
		"The rate-limiter cache filled its memory and began evicting live counters.",
		"The ledger database hit its ceiling of open connections.",
		"The relay hosts hit their messages-per-second ceiling and shed load.",
		"促销开始后，结算集群的全部机器都在满负荷运行。",
		"会话缓存的内存被占满，开始淘汰仍在使用的会话。",
	} {
		s := make([]float64, len(patternList))
		scoreText(s, text, 1)
		if s[capacity] == 0 {
			t.Errorf("%q: no capacity", text)
		}
	}
}

// A clause that says a component worked names no failure of it; one that
// says it only looked healthy keeps its cues.
func TestHealthyClauseMasked(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		counts        bool
	}{
		{"The payment workers resent each charge twice. The database itself was healthy throughout.", "database", false},
		{"Writes failed for an hour, while the storage cluster was working normally.", "storage", false},
		{"Lookups timed out at the peak. The DNS records were correct throughout.", "dns", false},
		{"队列消费程序没有重新连接。网络设备本身没有故障。", "network", false},
		{"The database failed over to a stale replica.", "database", true},
		{"The health checks reported the database was healthy although it refused writes.", "database", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if got := s[slices.Index(patternList, tc.pattern)] > 0; got != tc.counts {
			t.Errorf("%q: %s counted %v, want %v", tc.text, tc.pattern, got, tc.counts)
		}
	}
}

// A configuration change told by its form: a value set instead of another,
// a record changed to point elsewhere, a switch meant for a few turned on
// for all, a new set of rules that left entries out, a setting moved from
// one number to another far after its verb, an entry that still pointed
// at a place retired.
func TestConfigForms(t *testing.T) {
	checkForm(t, func(words []string, cls []wordClass, hit func()) {
		englishConfigForms(words, cls, func(float64) { hit() })
	}, []formCase{
		{"A template change set the replica floor of the queue workers to 2 instead of 20.", true},
		{"The CNAME for the upload host was changed to point at the archive bucket.", true},
		{"The dark-mode rollout, intended for employees only, was enabled for all customers at noon.", true},
		{"The new firewall policy left out the health-check ranges of the balancers.", true},
		{"Operators raised the keep-alive interval of the agents that report to the collector cluster from 30 seconds to 900 seconds.", true},
		{"Traffic rose from 200 to 900 requests per second during the sale.", false},
		{"The new version of the agent omitted a header on retries.", false},
		{"Access was enabled for all customers after the fix.", false},
		{"The counter went from 10 to 12.", false},
		// a stale entry: the new map still pointed at a place retired
		{"The new routing file still pointed two groups of endpoints at a gateway pool that had been retired.", true},
		{"The arrow on the dashboard pointed at the failing region.", false},
		{"The cleanup was meant for staging, but the terminal session was still pointed at production.", false},
	})
}

// The Chinese forms: a rule or a policy tightened, trimmed or swapped, a
// new one that left something out; a part swapped by hand is a repair.
func TestZHConfigForms(t *testing.T) {
	for _, tc := range []struct {
		text  string
		names bool
	}{
		{"我们放宽了出口网关的限流规则。", true},
		{"新策略漏掉了办公网所在的地址段。", true},
		{"变更把这些站点绑定的证书换成了测试证书。", true},
		{"机房人员更换了故障的硬盘。", false},
		{"新版本程序替换了旧的调度模块。", false},
	} {
		lower := asciiLower(tc.text)
		got := false
		for i, r := range lower {
			got = got || zhConfigFirst[r] && zhConfigFormAt(lower, i, r)
		}
		if got != tc.names {
			t.Errorf("%q: config form %v, want %v", tc.text, got, tc.names)
		}
	}
}

// Where no sentence states a cause with a marker, the sentences that tell
// a trigger by its form stand for it; others do not.
func TestFormSentences(t *testing.T) {
	text := "Uploads failed for forty minutes. The gateway's upload limit was lowered from 5 GB to 5 MB during routine changes. We restored it at 15:05.\n网关只在启动时读取一次证书列表。我们向用户致歉。"
	got := formSentences(text)
	want := []string{"The gateway's upload limit was lowered from 5 GB to 5 MB during routine changes.", "网关只在启动时读取一次证书列表。"}
	if !slices.Equal(got, want) {
		t.Errorf("form sentences %q, want %q", got, want)
	}
	in := &data.Incident{Title: "Uploads failing", Text: text}
	if v := patternViews(in); v[viewCausal] != strings.Join(want, "\n") {
		t.Errorf("causal view %q", v[viewCausal])
	}
}

// TestHealthyKeys: every phrase that says a component worked holds one of
// the words maskHealthy tests for first, so the cheap test skips none.
func TestHealthyKeys(t *testing.T) {
	for _, set := range []struct{ phrases, keys []string }{{healthyEN, healthyKeysEN}, {healthyZH, healthyKeysZH}} {
		for _, p := range set.phrases {
			if !containsAny(p, set.keys) {
				t.Errorf("%q holds none of %v", p, set.keys)
			}
		}
	}
}

// Memory that ran out where a leak is told is the leak's doing: no
// capacity; without a leak it is capacity.
func TestLeakNotCapacity(t *testing.T) {
	cuesOnce.Do(loadCues)
	capacity := slices.Index(patternList, "capacity")
	for _, tc := range []struct {
		text     string
		capacity bool
	}{
		{"The scheduler kept a context for every retried job and never released it; after nine days the process leaked enough to run out of memory.", false},
		{"调度服务存在内存泄漏，连续运行九天后内存耗尽，进程被系统终止。", false},
		{"The launch traffic was twice the forecast and the cache nodes ran out of memory.", true},
		{"促销流量是平时的三倍，缓存节点内存耗尽。", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if (s[capacity] > 0) != tc.capacity {
			t.Errorf("%q: capacity %.1f, want named %v", tc.text, s[capacity], tc.capacity)
		}
	}
}
