package extract

import (
	"regexp"
	"strings"
	"testing"
)

// A Chinese Statuspage whose updates write 已恢复, 观察中 and 排查中 (not
// 已解决, 监控中, 调查中): each is an update, the closing one ends the
// incident, and its text is an event, not the summary's tail.
func TestZhStatesEveryWordAnUpdate(t *testing.T) {
	doc := `[首页](https://www.yunpu.example/) | [文档](https://docs.yunpu.example/) | [状态](https://status.yunpu.example/)

# 云浦状态页

### 华东一区负载均衡健康检查误判

**已恢复** - 华东一区负载均衡已恢复正常。经排查，问题由健康检查服务的一次配置发布引起：新配置把检查超时误设为 50 毫秒，正常后端被判为不健康并摘除。配置已回滚。
2026-07-09 16:42

**观察中** - 配置已回滚，后端陆续恢复，我们正在观察。
2026-07-09 16:20

**排查中** - 华东一区部分用户访问负载均衡后端时出现 502 错误，我们正在排查。
2026-07-09 15:58

受影响的组件：负载均衡（华东一区）
`
	in, err := Extract([]byte(doc), "yunpu-status.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-07-09T15:58:00+08:00" || in.EndedAt != "2026-07-09T16:42:00+08:00" {
		t.Errorf("%q – %q, want 15:58 – 16:42 (timeline %+v)", in.StartedAt, in.EndedAt, in.Timeline)
	}
	if len(in.Timeline) != 3 {
		t.Fatalf("%d events, want the three updates: %+v", len(in.Timeline), in.Timeline)
	}
	if last := in.Timeline[2]; !strings.HasPrefix(last.Text, "已恢复") || !strings.Contains(last.Text, "配置已回滚") {
		t.Errorf("last event %q, want the 已恢复 update", last.Text)
	}
	stamp := regexp.MustCompile(`\d{1,2}:\d{2}`)
	for field, s := range map[string]string{"summary": in.Summary, "cause": in.Cause} {
		if stamp.MatchString(s) {
			t.Errorf("%s %q holds an update's posted time", field, s)
		}
	}
	if !strings.Contains(in.Cause, "配置发布") {
		t.Errorf("cause %q, want the closing update's finding", in.Cause)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "config-change" {
		t.Errorf("patterns %v, want config-change first", in.Patterns)
	}
}

// A Chinese status page that sets each update's time above its state,
// the state parted from its text by a space alone: every time goes with
// the update under it, not the one above.
func TestZhStatesSpacedStampAbove(t *testing.T) {
	doc := `岭川云 服务状态

▼ 对象存储上传失败（已解决）

2026-08-21 11:35（北京时间）
已恢复　上传成功率已恢复正常，积压任务已处理完毕。

2026-08-21 11:02（北京时间）
已定位　问题由一次存储网关的证书轮换引起，新证书未下发到部分网关节点，正在补发。

2026-08-21 10:41（北京时间）
调查中　我们收到部分用户上传失败的反馈，正在排查原因。

岭川云计算 | 服务条款 | 隐私政策
`
	in, err := Extract([]byte(doc), "lingchuan-status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2026-08-21T10:41:00+08:00" || in.EndedAt != "2026-08-21T11:35:00+08:00" {
		t.Errorf("%q – %q, want 10:41 – 11:35 (timeline %+v)", in.StartedAt, in.EndedAt, in.Timeline)
	}
	want := map[string]string{
		"2026-08-21T10:41:00+08:00": "调查中",
		"2026-08-21T11:02:00+08:00": "已定位",
		"2026-08-21T11:35:00+08:00": "已恢复",
	}
	seen := 0
	for _, ev := range in.Timeline {
		if w, ok := want[ev.At]; ok {
			seen++
			if !strings.HasPrefix(ev.Text, w) {
				t.Errorf("the event at %s reads %q, want the %s update", ev.At, ev.Text, w)
			}
		}
	}
	if seen != 3 {
		t.Errorf("%d of the three updates at their times: %+v", seen, in.Timeline)
	}
	if !strings.Contains(in.Cause, "证书轮换") || strings.Contains(in.Cause, "正在排查") {
		t.Errorf("cause %q, want the 已定位 update's finding", in.Cause)
	}
}

// A status page that sets each update's state alone in brackets, its
// text and then its time on the lines under it: each time goes with its
// own update, and the cause is the update that names it, without the
// brackets.
func TestZhStatesBracketedAlone(t *testing.T) {
	doc := `澄江云 服务状态
首页 产品 文档 控制台 登录

历史事件

云硬盘华南一地域写入延迟升高
已恢复

【已恢复】
华南一地域部分云硬盘写入延迟已恢复正常，我们将继续观察。
2026-09-02 22:10

【处理中】
已将受影响的存储池切换到备用控制器，延迟正在回落。
2026-09-02 21:35

【已确认】
已确认为一台存储控制器的固件缺陷导致写入排队，正在切换。
2026-09-02 21:02

【调查中】
我们发现华南一地域部分云硬盘写入延迟升高，正在调查。
2026-09-02 20:44

订阅更新 | 隐私政策 | 版权所有 © 2026 澄江云
`
	in, err := Extract([]byte(doc), "chengjiang-status.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"调查中", "已确认", "处理中", "已恢复"}
	if len(in.Timeline) != len(want) {
		t.Fatalf("%d events, want the four updates: %+v", len(in.Timeline), in.Timeline)
	}
	for k, ev := range in.Timeline {
		if !strings.HasPrefix(ev.Text, want[k]) || strings.Contains(ev.Text, "【") {
			t.Errorf("event %d (%s) reads %q, want the %s update", k, ev.TimeText, ev.Text, want[k])
		}
	}
	if in.StartedAt != "2026-09-02T20:44:00+08:00" || in.EndedAt != "2026-09-02T22:10:00+08:00" {
		t.Errorf("%q – %q, want 20:44 – 22:10", in.StartedAt, in.EndedAt)
	}
	if !strings.Contains(in.Cause, "固件缺陷") || strings.Contains(in.Cause, "【") {
		t.Errorf("cause %q, want the 已确认 update's finding", in.Cause)
	}
}
