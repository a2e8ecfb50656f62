package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestForms12 checks that causes told only as mechanisms name their
// pattern: code that did one thing instead of another, a release that
// rewrote a code path or changed how a thing is handled, a part asked for
// more than it was provisioned for or waiting its turn — and that like
// words of a person's choice, a setting's value or a repair name none.
func TestForms12(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, tc := range []struct {
		text, pattern string
		named         bool
	}{
		{"The new serializer wrote the timestamp field in local time instead of converting it to UTC first.", "software-bug", true},
		{"The export code returned a cursor that pointed two rows past the last row sent, rather than to the next row.", "software-bug", true},
		{"Engineers moved the traffic to the backup path instead of waiting for the primary.", "software-bug", false},
		{"The cleanup set the retention class to 7 days instead of 70 days.", "software-bug", false},
		{"Version 8.2 of the gateway reworked how idle sessions are closed.", "software-bug", true},
		{"Build 4411, rolled out to every region on Monday, changed how the client picks a shard.", "software-bug", true},
		{"The operator changed how many replicas the pool keeps.", "software-bug", false},
		{"新版本的同步代码把偏移量记成了本批第一条，而不是最后一条之后。", "software-bug", true},
		{"运维人员把流量切到了备用机房，而不是等待主机房恢复。", "software-bug", false},
		{"不知是谁在周末发布了这段代码，而不是好好休假。", "software-bug", false},
		{"3月2日上线的版本改写了缓存淘汰逻辑，热点数据被提前清出。", "software-bug", true},
		{"The nightly rebuild asked the shared volume for more writes per second than it is provisioned to deliver.", "capacity", true},
		{"At 10:02 the ingest tier reached the most it can serve per second, and new uploads waited for a turn.", "capacity", true},
		{"活动开始后请求量达到平台设计承载量的两倍，多余的请求只能排队。", "capacity", true},
		{"变更任务等待元数据锁期间，后续写入都排在其后，形成锁等待队列。", "capacity", false},
		{"We provisioned two more volumes and the restore finished at noon.", "capacity", false},
	} {
		s := make([]float64, len(patternList))
		scoreText(s, tc.text, 1)
		p := slices.Index(patternList, tc.pattern)
		if got := s[p] > 0; got != tc.named {
			t.Errorf("%q: %s %v, want named %v", tc.text, tc.pattern, s[p], tc.named)
		}
	}
}

// TestReleaseCodeNotRollout checks that a release named before the code
// behaviour it brought is where the defect is: the text scores the code
// defect above a faulty rollout.
func TestReleaseCodeNotRollout(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, text := range []string{
		"Release 7.4 of the indexer, deployed on Tuesday, rewrote the merge path. The new merge code copied each segment header instead of the segment body.",
		"6月3日发布的新版本重写了对账逻辑：代码把退款记成了收入，而不是冲减原订单。",
	} {
		s := make([]float64, len(patternList))
		scoreText(s, text, 1)
		bug, dep := slices.Index(patternList, "software-bug"), slices.Index(patternList, "deployment")
		if s[bug] <= s[dep] {
			t.Errorf("%q: software-bug %v, deployment %v; want the defect above the rollout", text, s[bug], s[dep])
		}
	}
}

// TestReaderAddressNoCause checks that an event summary's opening, which
// addresses the reader about "the event that affected" a service, gives
// no causal span, while the sentence that tells the cause still does.
func TestReaderAddressNoCause(t *testing.T) {
	text := "We want to give you some additional detail about the event that affected the Orbit Queue service on May 4. " +
		"The outage was caused by a routing table that listed retired hosts."
	spans := causalSpans(text)
	for _, s := range spans {
		if strings.Contains(s, "additional detail") {
			t.Errorf("causal spans %q: the reader's address counted as a cause", spans)
		}
	}
	if !slices.ContainsFunc(spans, func(s string) bool { return strings.Contains(s, "routing table") }) {
		t.Errorf("causal spans %q: want the routing table's sentence", spans)
	}
}

// TestReaderAddressNoSection checks that an event summary's opening
// sentence, whose "caused" tells what the event did, is no cause.
func TestReaderAddressNoSection(t *testing.T) {
	for _, text := range []string{
		"We want to explain an event that caused some customers of Thornbury Files in the East Region to lose data on June 2nd.",
		"We'd like to give you more information about the disruption that affected Larchmont Queue customers on March 8.",
	} {
		if sec := cueSection(text); sec != "" {
			t.Errorf("%q: section %q, want none", text, sec)
		}
	}
	if sec := cueSection("The outage was caused by a routing table that listed retired hosts."); sec == "" {
		t.Errorf("a cause sentence lost its section")
	}
}
