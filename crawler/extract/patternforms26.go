package extract

import "strings"

// Chinese write-ups name a cause by blame as often as by a marker: "一台
// 核心交换机是罪魁祸首", "罪魁祸首是一次配置更改", "元凶是…". The thing
// blamed is the cause, as what comes before 导致 is: 罪魁祸首 and 元凶 end a
// cause told before them, and with 是 after them open one told after
// (clauseSpan, blameOpensAt).
//
// A configuration change is told as 配置更改 or 配置变化 as often as
// 配置变更 (translated write-ups above all: "一项配置更改", "一个普通的配置
// 变化"); those are cues of config-change as 配置变更 is (moreCues26).

func init() {
	causeBeforeZH = append(causeBeforeZH, blameBeforeZH...)
	causeAfterZH = append(causeAfterZH, blameAfterZH...)
	for id, cues := range moreCues26 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// blameBeforeZH end a cause told before them (X是罪魁祸首); blameAfterZH
// open one told after them (罪魁祸首是X).
var (
	blameBeforeZH = []string{"罪魁祸首", "元凶"}
	blameAfterZH  = []string{"罪魁祸首是", "罪魁祸首为", "元凶是", "元凶为"}
)

// moreCues26 are cue phrases in the lexicon's notation, by pattern id.
var moreCues26 = map[string][]string{
	"config-change": {"配置更改", "配置的更改", "更改了配置", "配置变化", "配置的变化", "配置改变", "配置的改变", "改变了配置", "改变配置"},
}

// blameOpensAt reports whether s holds at i a blame word that opens the
// cause told after it (罪魁祸首是X): after a finding ("经排查，元凶是X")
// it does not end the cause as a consequence's 导致 does (cutAtBefore).
func blameOpensAt(s string, i int) bool {
	for _, m := range blameAfterZH {
		if strings.HasPrefix(s[i:], m) {
			return true
		}
	}
	return false
}
