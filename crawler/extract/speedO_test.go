package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFieldedLengthMemo asks the memo of one extraction's length field
// (fieldedLength) what lengthFielded answers of the same text, for every
// length asked and however often it is asked.
func TestFieldedLengthMemo(t *testing.T) {
	texts := []string{
		"Incident summary\n- Time to recovery: 4 hours 42 minutes\n- Severity: SEV2\nThe Lakeport Freight API returned errors.",
		"Time to resolve | 85 minutes\nImpact | checkout unavailable for Brightmoor customers",
		"Duration: 1h 20m\nThe queue workers of Ostrava Labs stalled after the deploy.",
		"The outage lasted 47 minutes; no field states it.",
		"故障时长：2 小时\n影响：青柚支付的部分用户无法下单。Total downtime: 2 hours",
		"DURATION: 2d 1h 29m\nÍndice İstanbul region degraded.",
		"",
	}
	for _, text := range texts {
		for _, stated := range []int{0, 15, 47, 80, 85, 120, 282, 3089} {
			f := &fieldedLength{low: &loweredText{text: text}}
			for range 2 {
				if got, want := f.is(stated), lengthFielded(text, stated); got != want {
					t.Errorf("fieldedLength(%q).is(%d) = %v, lengthFielded says %v", text, stated, got, want)
				}
			}
		}
	}
}

// TestFirstSentences asks firstSentences for the first n sentences of
// lines English and Chinese, and gets splitSentences' first n (all of
// them where n is below 0 or above their count).
func TestFirstSentences(t *testing.T) {
	lines := []string{
		"At 9:05 a.m. ET the Harbourline checkout failed. Engineers at Harbourline rolled back the release at 9:40 a.m. and errors stopped! Was it the cache? No.",
		"The queue backed up, e.g. the invoices of Pinebrook Mills. Version 2.4.1 shipped at 14:02. It was reverted",
		"2024年3月5日晚，青岚云的对象存储出现大面积超时。运维团队于22:10完成切换！影响持续约40分钟；后续将增加容量？",
		"One sentence with no end",
		"Ends here.",
		"bad \xff byte. then more. and more.",
		"",
	}
	for _, line := range lines {
		all := splitSentences(line)
		for n := -1; n <= len(all)+1; n++ {
			want := all
			if n >= 0 && n < len(all) {
				want = all[:n]
			}
			got := firstSentences(line, n)
			if n == 0 {
				// (no caller asks for none: the whole line is cut then)
				continue
			}
			if len(got) != len(want) {
				t.Fatalf("firstSentences(%q, %d) = %q, want %q", line, n, got, want)
			}
			for k := range got {
				if got[k] != want[k] {
					t.Errorf("firstSentences(%q, %d)[%d] = %q, want %q", line, n, k, got[k], want[k])
				}
			}
		}
	}
}

// speculatedZHWhole is speculatedZH searching the whole tail for its last
// 是否, as it did before it searched only the bytes a near one starts at.
func speculatedZHWhole(before string) bool {
	tail := before[max(0, len(before)-150):]
	at := strings.LastIndex(tail, "是否")
	if at < 0 || utf8.RuneCountInString(tail[at:]) > 22 {
		return false
	}
	if strings.ContainsAny(tail[at:], "，。；！？,;!?\n") {
		return false
	}
	i := at
	for n := 0; i > 0 && n < 24; n++ {
		r, size := utf8.DecodeLastRuneInString(tail[:i])
		if r == '。' || r == '；' || r == '！' || r == '？' || r == '\n' {
			break
		}
		i -= size
	}
	return containsAny(tail[i:at], zhUncertain)
}

// TestSpeculatedZHWindow asks speculatedZH and speculatedZHWhole of every
// prefix of our own texts, where 是否 stands near the end, far from it,
// and twice.
func TestSpeculatedZHWindow(t *testing.T) {
	texts := []string{
		"目前尚不清楚是否与上周的网络攻击有关，青禾云仍在调查是否存在数据泄露风险。",
		"运维团队正在调查是否由于配置变更导致了这次故障，而并非硬件问题。",
		"是否扩容由值班负责人决定。我们推测是否是磁盘写满引起的宕机，但也不确定是否有其他因素，例如数据库连接池耗尽、缓存雪崩、下游支付接口超时，或者某个批处理任务在凌晨占满了带宽",
		"The Brightmoor team could not tell 是否 the cache failed. 尚无消息表明这是否是 DDoS 攻击 ",
		"\xff\xfe是否\xff调查是否" + strings.Repeat("很长的一句话没有标点", 12) + "是否宕机",
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := speculatedZH(s[:i]), speculatedZHWhole(s[:i]); got != want {
				t.Errorf("speculatedZH(%q) = %v, want %v", s[:i], got, want)
			}
		}
	}
}
