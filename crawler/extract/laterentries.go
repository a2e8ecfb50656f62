package extract

import (
	"regexp"
	"strings"
)

// updateOpenClose is the state a status update opens with, after its time
// (and day) when they lead ("14:31 PDT — Resolved. …", "Aug 3, 2026 12:50
// GMT+8 Resolved: …", "Investigating - …", "调查中 部分用户…"): group 1 an
// opening state, group 2 a closing one.
var updateOpenClose = regexp.MustCompile(`(?i)^\**(?:[^:：\n]{0,24}?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[a-z]{2,5}|gmt[+-]\d{1,2}|utc[+-]\d{1,2}))?(?:\s*[（(][^）)]{0,10}[）)])?\s*[—–:|-]*\s*)?\**(?:(investigating\b|` + zhStateAlt(zhInvestigatingStates) + `)|(resolved\b|` + zhStateAlt(zhResolvedStates) + `))`)

// reviewTitle is the title of a provider's review in its history: "RCA -
// Networking - …", "Post Incident Review (PIR) – …", "PIR - …".
var reviewTitle = regexp.MustCompile(`^(?:RCA|PIR|Preliminary (?:RCA|PIR)|Post[- ]Incident Review|Root Cause Analysis)\b`)

// laterEntry reports whether a block opens another entry of a history
// page: a name shown closed ("▸ Booking portal slow to respond", "▶
// 云主机控制台访问缓慢（已解决） 2026-02-09 16:00 - 16:35") or a day alone
// over an entry ("June 19, 2026"; not a month's, "July 2025").
func laterEntry(t string) (closed, day bool) {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "▸") || strings.HasPrefix(t, "▶") || strings.HasPrefix(t, "►") {
		return true, false
	}
	t = strings.Trim(t, "*_# ")
	return false, dateAlone(t) && !hasClock(t) && !monthYearHeading(t)
}

// withoutLaterEntries cuts a status history at the first entry listed
// after the one it shows with its updates: once an entry's updates have
// gone from an opening state to a closing one (Investigating … Resolved,
// newest first or oldest first), a name shown closed ("▸ …", "▶ …") or,
// when the shown entry stood under a day alone ("May 6, 2026"), the next
// day alone opens another incident, whose one-line window ("Resolved ·
// Jul 29, 2026 · 14:20 – 14:55 GMT+8", "from 2:10 PM to 2:42 PM EDT") is
// no part of the shown one's span. An entry whose updates lack either
// state (an incident told across days, a day over each part) is kept
// whole.
func withoutLaterEntries(blocks []block, title string) []block {
	opened, closedSeen, dayAbove := false, false, false
	told := false // a long paragraph so far
	for i, b := range blocks {
		closed, day := laterEntry(b.text)
		if opened && closedSeen && (closed || day && dayAbove) {
			return blocks[:i:i]
		}
		if t := strings.TrimSpace(b.text); len(t) < 160 && reviewTitle.MatchString(t) && !strings.ContainsAny(t, ".。") {
			if cleanSpace(t) == cleanSpace(title) {
				// the shown review's own name, under the history's
				// introduction ("This page contains all Post Incident
				// Reviews …"): what is told before it is no review's
				told = false
				continue
			}
			if told {
				// a history of reviews ("RCA - Networking - Packet loss
				// …") after the one it shows, told in paragraphs:
				// another review
				return blocks[:i:i]
			}
		}
		if day && !opened && !closedSeen {
			dayAbove = true
		}
		if b.kind == kindPara && len(b.text) >= 300 {
			told = true
		}
		if m := updateOpenClose.FindStringSubmatch(strings.TrimSpace(b.text)); m != nil {
			if m[1] != "" {
				opened = true
			} else {
				closedSeen = true
			}
		}
	}
	return blocks
}
