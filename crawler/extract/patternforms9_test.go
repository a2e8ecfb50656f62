package extract

import (
	"slices"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestVersionUpgrade checks that an upgrade to a named version counts as
// a deployment beyond the weak "upgrade" hint, in English and Chinese,
// and that a count, a setting or a defect of the new version does not.
func TestVersionUpgrade(t *testing.T) {
	cuesOnce.Do(loadCues)
	dep := slices.Index(patternList, "deployment")
	for _, tc := range []struct {
		text string
		form bool // the upgrade form counts (1 beside the hints' 0.5 each)
	}{
		{"On Tuesday we upgraded the message broker from version 3.8.9 to 3.8.16 on every node.", true},
		{"The ingest workers were upgraded to Elixir 1.15 the night before.", true},
		{"We upgraded the proxies to v2 across both regions.", true},
		{"夜间我们把消息队列升级到 2.8 版本，之后消费者无法连接。", true},
		{"We upgraded the cache cluster to 6 nodes.", false},
		{"We updated the connection limit to 100 on the proxies.", false},
		{"The upgrade to version 2.4 contained a bug in the request parser.", false},
		{"We sent a status update to customers at 14:05.", false},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if got := s[dep] >= 1.5; got != tc.form {
			t.Errorf("%q: deployment %v, want the upgrade form counted %v", tc.text, s[dep], tc.form)
		}
	}
}

// TestReleaseChange checks that changes a new version brought are not
// read as a configuration change, while a change made to a setting still
// is.
func TestReleaseChange(t *testing.T) {
	cuesOnce.Do(loadCues)
	cfg := slices.Index(patternList, "config-change")
	for _, tc := range []struct {
		text   string
		config bool
	}{
		{"The newer version of the log shipper has changes to its buffer drop strategy.", false},
		{"The 5.0 release makes a change to the default eviction order.", false},
		{"A change to the retry timeout was pushed on Tuesday.", true},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if got := s[cfg] > 0; got != tc.config {
			t.Errorf("%q: config-change %v, want named %v", tc.text, s[cfg], tc.config)
		}
	}
}

// TestProviderFailures checks that a well-known provider named beside a
// failure counts for a dependency, in English and Chinese, unless the
// write-up is the provider's own, and that a provider named without a
// failure does not.
func TestProviderFailures(t *testing.T) {
	shop := ownProviders(&data.Incident{Org: "Tallow Goods"})
	aws := ownProviders(&data.Incident{Org: "Amazon Web Services"})
	noOrg := ownProviders(&data.Incident{Title: "Cloudflare 边缘节点故障说明"})
	for _, tc := range []struct {
		text string
		own  []bool
		want int
	}{
		{"Checkout failed for 40 minutes during an AWS outage in us-east-1.", shop, 1},
		{"Checkout failed for 40 minutes during an AWS outage in us-east-1.", aws, 0},
		{"Our image uploads stalled because of a Cloudflare incident.", shop, 1},
		{"We host the storefront on AWS and serve images through Cloudflare.", shop, 0},
		{"华东区域阿里云故障导致我们的订单服务中断。", shop, 1},
		{"在 AWS 停机期间，我们的服务切换到了另一区域。", shop, 1},
		{"Cloudflare 的边缘节点故障导致部分请求失败。", noOrg, 0},
		{"我们的 awsome 服务出现故障。", shop, 0},
	} {
		if got := providerFailures(tc.text, tc.own); got != tc.want {
			t.Errorf("%q: %d provider failures, want %d", tc.text, got, tc.want)
		}
	}
	// it reaches the lexicon's dependency score through the write-up's org
	in := &data.Incident{Org: "Tallow Goods", Title: "Checkout errors", Cause: "An outage at Rackspace took our database hosts offline."}
	dep := slices.Index(patternList, "dependency")
	if lex := lexiconScoresOwn(patternViews(in), ownProviders(in)); lex[viewCause][dep] == 0 {
		t.Errorf("cause %q: no dependency score", in.Cause)
	}
}

// TestCueWording checks wordings of the lexicon's patterns that had no
// full cue (only a hint, or nothing): the Chinese name of DNS, a leap
// year, an operator unaware of where a command ran.
func TestCueWording(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
	}{
		{"有报道认为运营商的域名系统是这次中断的根源。", "dns"},
		{"收银终端在闰年的 2 月 29 日无法完成交易。", "time"},
		{"The engineer wasn't fully aware which workspace the shell was pointed at when he ran the destroy.", "human-error"},
		{"Someone applied the plan without being aware of the current cluster context.", "human-error"},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		if v := s[slices.Index(patternList, tc.pattern)]; v < 1 {
			t.Errorf("%q: %s %v, want a full cue's 1", tc.text, tc.pattern, v)
		}
	}
}

// TestIsTriggerPattern checks the patterns trainpatterns ties the lexicon
// weights of: what sets an incident off, not where it struck.
func TestIsTriggerPattern(t *testing.T) {
	for id, want := range map[string]bool{"config-change": true, "dependency": true, "time": true, "database": false, "storage": false, "network": false, "no-such": false} {
		if got := IsTriggerPattern(id); got != want {
			t.Errorf("IsTriggerPattern(%q) = %v, want %v", id, got, want)
		}
	}
}
