package extract

import (
	"regexp"
	"strings"
)

// A status update says when the next one will come ("We will provide an
// update by Tuesday, 2025-06-03 12:00 US/Pacific", "Next update by:
// Wednesday, October 1, 2025, at 2:30 PM UTC", "我们将在 2009 年 9 月 1 日
// 下午 2:16:00 PDT 之前提供更新"). That time is a promise, made before it
// came: nothing happened then, and taken as an event it stretches the
// outage to an hour no one reported on (dropPromised).

var (
	// promiseLead ends the text before a promised time: a promise of
	// word ("we will provide an update by", "will share more information
	// at") or a next update's field ("Next update by:", "Next update"),
	// with a day's words at most between it and the clock.
	promiseLead = regexp.MustCompile(`(?i)(?:\bwill\s+(?:provide|post|share|give|publish|send|issue|have)\b[^.;!?]{0,60}?\b(?:updates?|information|details|communications?|news)\b[^.;!?]{0,30}?\b(?:by|at|before|around|no later than|on)\b|\bnext\s+update\b(?:\s+(?:by|at|before|around|expected|due))?\s*[:：]?)[^.;!?。]{0,45}$`)
	// zhPromiseLead ends the text before a promised time in Chinese
	// ("我们将在", "我们会于"), zhPromiseTail opens the text after it
	// ("之前提供…", "前更新"); zhNextUpdate is a next update's field
	// before the time ("下次更新时间：").
	zhPromiseLead = regexp.MustCompile(`(?:将|会)(?:在|于)[^。；！？]{0,16}$`)
	zhNextUpdate  = regexp.MustCompile(`下次更新(?:时间)?\s*(?:为|[:：])?[^。；！？]{0,16}$`)
	zhPromiseTail = regexp.MustCompile(`^\s*(?:之前|以前|前)\s*(?:提供|发布|更新|通报|告知|公布|同步)`)
	// nextUpdateField is a field row's name that holds a promised time
	// and nothing else ("Next update by", "下次更新时间").
	nextUpdateField = regexp.MustCompile(`(?i)^(?:next\s+update(?:\s+(?:by|at|expected|due))?|下次更新(?:时间)?)$`)
)

// promisedAt reports whether an event's time is the time its text
// promises the next update by.
func promisedAt(text, timeText string) bool {
	if timeText == "" {
		return false
	}
	j := strings.Index(text, timeText)
	if j < 0 {
		return nextUpdateField.MatchString(strings.Trim(text, eventPunct))
	}
	before, after := text[:j], text[j+len(timeText):]
	return promiseLead.MatchString(before) || zhNextUpdate.MatchString(before) ||
		zhPromiseLead.MatchString(before) && zhPromiseTail.MatchString(after)
}

// dropPromised drops the events whose time is a promised update's.
func (tb *timelineBuilder) dropPromised() {
	k := 0
	for i, ev := range tb.events {
		if promisedAt(ev.Text, ev.TimeText) {
			continue
		}
		tb.events[k], tb.clock[k], tb.outside[k] = ev, tb.clock[i], tb.outside[i]
		k++
	}
	tb.events, tb.clock, tb.outside = tb.events[:k], tb.clock[:k], tb.outside[:k]
}
