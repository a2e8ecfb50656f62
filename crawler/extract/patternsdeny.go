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
