package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestResolvedKeys: each form resolvedCue reads holds one of resolvedKeys,
// so that the cheap test before it never turns a resolution away.
func TestResolvedKeys(t *testing.T) {
	for _, s := range []string{
		"Recovery: all queues drained", "The incident was resolved at 14:02", "Service RESTORED for all tenants",
		"Writes recovered by 09:10", "Resolution: the cache was rebuilt", "Latency is back to normal",
		"The cluster is fully operational", "All systems operational", "Service operational", "The website is back operational", "Error rates subsequently drop back to zero", "5xx errors dropped to zero", "Checkout is working as expected",
		"Queues are operating normally", "Recovery of the last shard is complete", "The impact was mitigated",
		"The incident is closed", "Incident over", "支付服务恢复正常", "业务全部恢复", "接口完全恢复", "数据彻底恢复",
		"问题已解决", "主站已恢复", "故障结束", "事件结束", "延迟恢复到正常水平", "处理完毕", "14:20 恢复服务",
		"用户恢复访问", "切换恢复完成", "各地区陆续恢复", "故障解除", "处理结束", "全流量开放", "光缆恢复",
		"The site came back online", "Exporters are back in operation", "Builds are back up and running",
		"At 11:12 AM PST, API error rates had returned to normal levels",
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

// TestUnitWindowsOneSearchPerUnit: unitWindows, which looks for each word
// of time again only once the text is past it, cuts the same windows as
// looking for every word from each window's end.
func TestUnitWindowsOneSearchPerUnit(t *testing.T) {
	naive := func(text string, units []string) string {
		lower := strings.ToLower(text)
		var b strings.Builder
		last := 0
		for i := 0; i < len(lower); {
			at, unit := -1, ""
			for _, u := range units {
				if j := strings.Index(lower[i:], u); j >= 0 && (at < 0 || j < at) {
					at, unit = j, u
				}
			}
			if at < 0 {
				break
			}
			at += i
			from, to := max(last, at-90), min(len(text), at+len(unit)+40)
			for from > 0 && !utf8RuneStart(text[from]) {
				from--
			}
			for to < len(text) && !utf8RuneStart(text[to]) {
				to++
			}
			if nl := strings.IndexByte(text[to:], '\n'); nl >= 0 && nl <= 40 {
				to += nl
			} else if nl < 0 && len(text)-to <= 40 {
				to = len(text)
			}
			from = max(from, last)
			b.WriteString(text[from:to])
			b.WriteString("\n")
			last, i = to, to
		}
		return b.String()
	}
	en := "The outage lasted 3 hours. " + strings.Repeat("Nothing of time here at all, only words about queues. ", 6) +
		"Writes failed for 45 minutes, then the downtime ended.\nTime to recovery: 2 hrs.\n" + strings.Repeat("More filler text. ", 10) + "It took a day."
	zh := "故障持续约 3 小时。" + strings.Repeat("这里只有队列和服务的描述，没有时间。", 8) + "写入失败 45 分钟，两天后复盘。"
	for _, c := range []struct{ text, lang string }{{en, "en"}, {zh, "zh"}, {"", "en"}, {"minute", "en"}} {
		units := []string{"minute", "hour", "hrs", " day", "min", "duration", "time to", "downtime"}
		if c.lang == "zh" {
			units = []string{"小时", "分钟", "钟头", "天"}
		}
		if got, want := unitWindows(c.text, c.lang), naive(c.text, units); got != want {
			t.Errorf("unitWindows(%.30q) =\n%q\nwant\n%q", c.text, got, want)
		}
	}
	if w := unitWindows(en, "en"); !strings.Contains(w, "3 hours") || !strings.Contains(w, "45 minutes") || strings.Contains(w, "only words about queues. Nothing") {
		t.Errorf("windows %q", w)
	}
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// TestCausalMarkersOnePass: causalSpans finds its markers in one pass
// over the text, by their first two bytes; every marker is found there as
// by looking for it alone.
func TestCausalMarkersOnePass(t *testing.T) {
	n := 0
	for _, ms := range markerLists() {
		for _, m := range ms {
			m = strings.TrimSpace(m)
			n++
			text := "Some words first, then " + m + " and more words after it."
			if spans := causalSpans(text); len(spans) == 0 && !slices.Contains(resultLeads, m) {
				t.Errorf("marker %q: no causal span in %q", m, text)
			}
		}
	}
	if n < 80 {
		t.Errorf("%d markers loaded", n)
	}
	if spans := causalSpans("The queue grew. Nothing here names a reason. 一切正常。"); spans != nil {
		t.Errorf("spans %q without a marker", spans)
	}
}

// TestFieldName: the words before a field's time lose the "at" leading
// into it, not the letters a and t at their ends ("Start" stays).
func TestFieldName(t *testing.T) {
	for in, want := range map[string]string{"Start ": "Start", "Resolved at ": "Resolved", "First detected ": "First detected", "at ": "", "Incident start: ": "Incident start", "Last update at: ": "Last update"} {
		if got := fieldName(in); got != want {
			t.Errorf("fieldName(%q) = %q, want %q", in, got, want)
		}
	}
}
