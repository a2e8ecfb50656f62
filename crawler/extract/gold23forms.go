package extract

import (
	"regexp"
	"strings"

	"github.com/incidex/incidex/data"
)

// identifiedIsCause gives the cause a write-up's "Identified:" field
// (a labelled item of a review: what was identified) when it tells what
// went wrong and why rather than how the trouble was noticed: "After an
// upgrade of the ingresses, support for legacy TLS was dropped",
// "Replacing a node failed because no instances were available", "已确认：
// 变更后旧协议的支持被移除". A field that tells who or what reported it
// ("Users reported …", "Pingdom alerted …", "Low priority alarms",
// "Integration tests failed …") is how it was found: it stays where it was.
func identifiedIsCause(s sectioned) {
	for i, b := range s.blocks {
		if s.secs[i] != "" || b.kind != kindItem && b.kind != kindPara {
			continue
		}
		text := b.text
		switch {
		case b.label != "":
			switch strings.ToLower(strings.Trim(b.label, " *_:：")) {
			case "identified", "已确认", "已查明", "已定位":
			default:
				continue
			}
		case identifiedField.MatchString(text):
			// the label left in the text ("Identified: …"): it becomes
			// the block's label, so the cause reads without it and the
			// text keeps it
			loc := identifiedField.FindStringIndex(text)
			text = strings.TrimSpace(text[loc[1]:])
		default:
			continue
		}
		sents := sentences(text)
		if len(sents) == 0 {
			continue
		}
		first := strings.TrimSpace(sents[0])
		if userReport.MatchString(first) || noticedHow.MatchString(first) {
			continue
		}
		if cueSection(first) == data.SectionCause || brokeBy.MatchString(first) {
			s.secs[i] = data.SectionCause
			if b.label == "" {
				s.blocks[i].label, s.blocks[i].text = strings.TrimSpace(b.text[:strings.IndexAny(b.text, ":：")]), text
			}
		}
	}
}

var (
	// madeFail is a sentence that tells what its cause made users' work
	// do: "… caused requests to fail as more requests came in", "causing
	// builds to time out", "导致请求失败": the impact, told beside its cause.
	madeFail = regexp.MustCompile(`(?i)\b(?:caused|causing|led|leading) (?:\w+ ){0,3}?(?:requests|calls|connections|queries|jobs|builds|deploys|deployments|logins|payments|pages|uploads) to (?:fail|time out|error)\b|(?:导致|造成)(?:部分|大量|所有)?(?:请求|调用|连接|查询|任务|构建|部署|登录|支付|页面)(?:大量)?(?:失败|超时|报错)`)
	// identifiedField is a review's "Identified:" field left in its
	// text (a colon, not a status update's dash).
	identifiedField = regexp.MustCompile(`^(?i:identified|已确认|已查明|已定位)\s*[:：]\s*`)
	// noticedHow is a field's account of how the trouble was noticed: a
	// report, an alert or alarm, a monitor's check, a failed test.
	noticedHow = regexp.MustCompile(`(?i)\b(?:reported|alerted|alerts?|alarms?|pingdom|pagerduty|notification|notified|observed|noticed|spotted|via)\b|\btests? failed\b|告警|报警|上报|反馈|发现`)
	// brokeBy is a sentence that opens with a change and tells what it
	// took away or broke: "After an upgrade …, support for X was dropped",
	// "During a migration the jobs stopped running", "升级后…被移除".
	brokeBy = regexp.MustCompile(`(?i)^(?:after|during|following|with|when)\b[^,.]{0,80}?\b(?:upgrad|updat|chang|deploy|migrat|releas|rollout|roll-out|replac|patch)\w*\b[^.]*\b(?:(?:was|were|got|had been|has been) (?:dropped|removed|disabled|deleted|lost|broken|turned off|switched off)|stopped|broke|failed)\b|(?:升级|变更|迁移|发布|部署)(?:后|期间|过程中).*(?:被移除|被删除|被禁用|失效|停止)`)
)
