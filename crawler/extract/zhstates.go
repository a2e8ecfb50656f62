package extract

import (
	"slices"
	"strings"
)

// The states a Chinese status page's updates announce, by what each
// means. Every expression that reads an update's state draws its Chinese
// words from these lists, so that a page that writes 已恢复 where another
// writes 已解决 reads the same everywhere (as an update, as a closing one,
// as the state a heading shows).
var (
	// zhResolvedStates close an incident: "已恢复 - 上传已恢复正常。"
	zhResolvedStates = []string{"已解决", "已恢复", "已修复"}
	// zhMonitoringStates watch a fix: "观察中：…"
	zhMonitoringStates = []string{"监控中", "观察中"}
	// zhIdentifiedStates name what was found: "已定位：…"
	zhIdentifiedStates = []string{"已定位", "已确认", "已确定", "已查明"}
	// zhInvestigatingStates seek the cause: "调查中：…"
	zhInvestigatingStates = []string{"调查中", "正在调查中", "正在调查", "排查中"}
	// zhProgressStates tell that work goes on, no stage named: "处理中：…"
	zhProgressStates = []string{"处理中"}
	// zhNoteStates are an update that names no state: "更新：…"
	zhNoteStates = []string{"更新"}
	// zhReportStates open the report posted after: "事后分析：…"
	zhReportStates = []string{"事后分析"}
)

// zhStageStates are the states that name a stage of the work, every one
// but a note's and the report's.
var zhStageStates = slices.Concat(zhResolvedStates, zhMonitoringStates, zhIdentifiedStates, zhInvestigatingStates, zhProgressStates)

// zhUpdateStates are every state above.
var zhUpdateStates = slices.Concat(zhResolvedStates, zhMonitoringStates, zhIdentifiedStates, zhInvestigatingStates, zhProgressStates, zhNoteStates, zhReportStates)

// zhStateAlt joins state lists into a regular expression's alternation,
// the longer words first ("正在调查中" before "正在调查"), so that a
// match takes the whole state.
func zhStateAlt(lists ...[]string) string {
	words := slices.Concat(lists...)
	slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(slices.Compact(words), "|")
}

// enUpdateStates are the states an English status page's updates
// announce, lowercase.
var enUpdateStates = []string{"investigating", "identified", "monitoring", "resolved", "update", "updated", "in progress", "verifying", "completed", "scheduled", "postmortem", "post-incident report"}

// updateStates are the states of both languages, the longer first, so
// that "updated" is tried before "update".
var updateStates = func() []string {
	states := slices.Concat(enUpdateStates, zhUpdateStates)
	slices.SortStableFunc(states, func(a, b string) int { return len(b) - len(a) })
	return states
}()

// stateThenStamp reads a status update laid out as its state, then its
// stamp and a dash, then its words ("Investigating 14 Mar 2026 09:31 UTC
// — Merchants … report …", as a list item's span and paragraph join):
// rest is the words; ok is false when the line opens otherwise.
func stateThenStamp(line, lang string) (rest string, ok bool) {
	line = strings.TrimSpace(line)
	after := ""
	for _, st := range updateStates {
		if len(line) > len(st) && strings.EqualFold(line[:len(st)], st) {
			after = line[len(st):]
			break
		}
	}
	if after == "" || !strings.ContainsRune(" \t:", rune(after[0])) && !strings.HasPrefix(after, "：") {
		return "", false // ("Updated the pool …", "Resolvedness")
	}
	after = strings.TrimLeft(after, " \t:：")
	r := withoutUpdateStamps(after, lang)
	if r == after {
		return "", false
	}
	return r, true
}
