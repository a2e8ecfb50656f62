package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// A write-up often says what the cause was not ("this was not the result
// of an attack", "we saw no evidence of data corruption", "此次事件并非网
// 络攻击"): a cue right after such a denial names no pattern. The denial
// reaches a few words on (denyReach), in Chinese a few characters up to
// the clause's end (zhDenyReach).
const (
	denyReach   = 3
	zhDenyReach = 8
)

// englishDenials are the word sequences that deny what follows them; a
// plain "not" does not ("the limit was not raised" tells a failure).
var englishDenials = [][]string{
	{"not", "caused", "by"}, {"not", "due", "to"}, {"not", "the", "result", "of"}, {"not", "a", "result", "of"},
	{"not", "related", "to"}, {"not", "triggered", "by"}, {"not", "attributable", "to"}, {"not", "the", "cause"},
	{"unrelated", "to"}, {"no", "evidence", "of"}, {"no", "evidence", "that"}, {"no", "indication", "of"},
	{"no", "indication", "that"}, {"no", "sign", "of"}, {"no", "signs", "of"}, {"ruled", "out"}, {"rule", "out"},
	{"rules", "out"}, {"was", "not", "a"}, {"was", "not", "an"}, {"is", "not", "a"}, {"is", "not", "an"},
	{"wasn", "t", "a"}, {"wasn", "t", "an"}, {"isn", "t", "a"}, {"isn", "t", "an"}, {"nor", "was", "it"},
}

// deniedWords returns, for each word, whether a cue that starts there
// follows a denial closely (nil when none does).
func deniedWords(words []string) []bool {
	var out []bool
	for i, w := range words {
		if w == "whether" && speculatedFrom(words, i) {
			// "There is no word yet on whether this is part of the recent
			// attacks", "it is not known whether hackers were involved":
			// an open question names no cause, up to the clause's end
			if out == nil {
				out = make([]bool, len(words))
			}
			for j := i + 1; j < min(len(words), i+1+whetherReach); j++ {
				out[j] = true
			}
			continue
		}
		switch w { // the first words of englishDenials: the cheap test first
		case "not", "unrelated", "no", "ruled", "rule", "rules", "was", "is", "wasn", "isn", "nor":
		default:
			continue
		}
		for _, d := range englishDenials {
			if d[0] != w || !wordsAt(words, i, d) {
				continue
			}
			if out == nil {
				out = make([]bool, len(words))
			}
			for j := i + len(d); j < min(len(words), i+len(d)+denyReach); j++ {
				out[j] = true
			}
		}
	}
	return out
}

// whetherReach is how many words an open question ("unclear whether …")
// reaches.
const whetherReach = 12

// uncertainWords are the words that, a few words before "whether", make
// it an open question: "unclear whether", "not (yet) known whether", "no
// word (yet) on whether", "would not say whether", "investigating
// whether". ("checked whether the disk was full" is no question left
// open.)
var uncertainWords = map[string]bool{"unclear": true, "unknown": true, "known": true, "clear": true, "word": true, "say": true,
	"said": true, "know": true, "unconfirmed": true, "confirm": true, "confirmed": true, "investigating": true, "determine": true,
	"speculation": true, "speculate": true, "speculated": true, "wonder": true, "wondering": true, "asked": true}

// speculatedFrom reports whether the "whether" at i opens an open
// question: an uncertain word at most four words before it.
func speculatedFrom(words []string, i int) bool {
	for j := max(0, i-4); j < i; j++ {
		if uncertainWords[words[j]] {
			return true
		}
	}
	return false
}

// zhDenials are the Chinese words that deny what follows them; 排除 is
// none (故障排除 is the fixing of a fault).
var zhDenials = []string{"并非", "并不是", "不是由", "不是因为", "而非", "而不是"}

var (
	zhDenyLeadsOnce sync.Once
	zhDenyLeads     []string // the first characters of zhDenials, each once
)

func loadZhDenyLeads() {
	for _, d := range zhDenials {
		_, size := utf8.DecodeRuneInString(d)
		if !slices.Contains(zhDenyLeads, d[:size]) {
			zhDenyLeads = append(zhDenyLeads, d[:size])
		}
	}
}

// zhClauseBreak reports whether r ends a clause, Chinese or ASCII
// punctuation or a line's end.
func zhClauseBreak(r rune) bool {
	switch r {
	case '，', '。', '；', '！', '？', ',', '.', ';', '!', '?', '\n', '：', ':':
		return true
	}
	return false
}

// deniedZH reports whether a Chinese cue right after before follows a
// denial in the same clause, at most zhDenyReach characters back.
func deniedZH(before string) bool {
	i := len(before)
	for n := 0; i > 0 && n < zhDenyReach+4; n++ {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if zhClauseBreak(r) {
			break
		}
		i -= size
	}
	clause := before[i:]
	if speculatedZH(before) {
		return true
	}
	// most clauses hold no denial's first character: a search for each
	// of those few, not one for each denial from the end
	zhDenyLeadsOnce.Do(loadZhDenyLeads)
	if !containsAny(clause, zhDenyLeads) {
		return false
	}
	for _, d := range zhDenials {
		if at := strings.LastIndex(clause, d); at >= 0 && utf8.RuneCountInString(clause[at+len(d):]) <= zhDenyReach {
			return true
		}
	}
	return false
}

// zhUncertain are the words that make a 是否 after them an open question:
// 目前还没有消息表明这是否是…攻击, 尚不清楚是否与…有关, 正在调查是否….
var zhUncertain = []string{"不清楚", "没有消息", "尚无消息", "不确定", "无法确认", "尚未确认", "有待确认", "未知", "不知道", "调查", "猜测", "推测"}

// speculatedZH reports whether a Chinese cue right after before lies in an
// open question: the clause holds 是否 before it (at most twenty-two
// characters back), and an uncertain word before that (at most
// twenty-four more). Only before's last bytes are looked at.
func speculatedZH(before string) bool {
	tail := before[max(0, len(before)-150):]
	// a 是否 more than 22 characters from the end, 22*utf8.UTFMax bytes at
	// most, is too far: only the bytes a nearer one can start at are
	// searched (the last one there is the tail's last, or the tail's last
	// is too far and none is there)
	off := max(0, len(tail)-22*utf8.UTFMax)
	at := strings.LastIndex(tail[off:], "是否")
	if at < 0 {
		return false
	}
	if at += off; utf8.RuneCountInString(tail[at:]) > 22 {
		return false
	}
	if strings.ContainsAny(tail[at:], "，。；！？,;!?\n") {
		return false // another clause
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
