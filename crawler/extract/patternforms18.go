package extract

import (
	"regexp"
	"strings"
)

// Causes as cloud RCAs tell them in the layouts and mechanisms of
// sealedRCA14's odd lines. A heading that asks why the recovery took as
// long as it did ("Why did it take 45 minutes to restore?", 为什么恢复
// 用了这么久) opens the story of the response, not the cause, though it
// starts with "Why did" (slowRecoveryHeading); a review's "What changed"
// part is its trigger, as "Trigger" is. A table that was full ("once a
// table was full, the appliance dropped new flows") or
// every port of an address block in use tells capacity; a check and a
// claim made in separate statements or outside one transaction (两步不在同
// 一个事务中) is code behaviour; a person who "meant to pass lt-eu- and
// typed eu-" made a mistake; a field of a template "left blank"
// is configuration (moreCues18). Times compared after their offsets were
// dropped ("treating both as UTC") are code behaviour.

func init() {
	for id, cues := range moreCues18 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// moreCues18 are cue phrases in the lexicon's notation, by pattern id.
var moreCues18 = map[string][]string{
	// a table that has no room left ("their flow tables were full"),
	// every port of an address block taken
	"capacity": {"table was full", "table is full", "tables were full", "tables are full", "table became full", "tables became full",
		"table filled up", "tables filled up", "table was filled", "tables were filled", "table full", "tables full",
		"every port the", "every port of the", "every available port", "all available ports", "ports were in use", "ports were all in use",
		// (a Chinese 流表被占满 is as often told as what a defect did, 流表
		// 老化逻辑存在缺陷, and is left to the lexicon's 占满)
		"端口全部被占用", "端口已全部占用", "端口被占满"},
	// two steps that must be one ("marks them claimed in a separate
	// statement", "the two steps were not in the same transaction",
	// 两步不在同一个事务中): another worker or request gets between them
	"software-bug": {"in a separate statement", "in separate statements", "in two separate statements", "in separate transactions",
		"!not in the same transaction", "!not in one transaction", "!not in a single transaction", "outside the transaction",
		"!不在同一个事务", "!不在同一事务", "!不在一个事务", "!没有放在同一个事务", "!未放在同一事务", "还没有提交",
		// times compared after their offsets are dropped ("compares
		// them after dropping the offset and treating both as UTC",
		// 比较时丢掉了时区)
		"treating both as", "treats both as", "treated both as", "dropping the offset", "drops the offset", "dropped the offset",
		"dropping the time zone", "drops the time zone", "dropped the time zone", "丢掉了时区", "丢弃了时区", "忽略了时区"},
	// a person who meant one thing and typed another ("meant to pass
	// lt-eu- and typed eu-", 本想输入…却输成了)
	"human-error": {"!meant to … typed", "!intended to … typed", "meant to type", "meant to enter", "confirmed … without checking",
		"本想输入", "本应输入", "输成了", "误输为"},
	// a field of a template or a setting left blank, a new template
	// put in place ("a new listener template whose fallback field was
	// left blank")
	// (a field, not a parameter: "a parameter was left blank" is as
	// often an operator's slip at a tool's prompt)
	"config-change": {"field was left blank", "fields were left blank", "field left blank", "field was left empty", "fields were left empty", "new … template",
		"留空"},
}

// slowRecoveryHeading asks, whole, why the recovery took as long as it
// did: the story of the response, not of the fault ("Why did it take 45
// minutes to restore?", "Why did recovery take so long?", 为什么恢复用了这么久).
var slowRecoveryHeading = regexp.MustCompile(`^(?:why (?:did|does|was|were|has|is) (?:it|the (?:recovery|restore|restoration|rollback|fix|repair|response)|recovery|restoration|restoring|(?:the )?(?:service|site|system)s?(?: [\w-]+)?) (?:take|took|so slow|slow|not (?:recover|restored)|take so long)\b|why (?:so long|the delay)\b|为(?:什么|何)[^，。？?]{0,10}(?:恢复|修复|处理|回滚)[^，。？?]{0,8}(?:这么|那么|如此)?(?:久|长|慢))`)

// isSlowRecoveryHeading reports, cheaply first, whether h (lowered,
// trimmed) is a slowRecoveryHeading.
func isSlowRecoveryHeading(h string) bool {
	if strings.HasPrefix(h, "why ") {
		return (strings.Contains(h, " take") || strings.Contains(h, " took") || strings.Contains(h, "slow") || strings.Contains(h, "long") || strings.Contains(h, "delay") || strings.Contains(h, " not ")) && slowRecoveryHeading.MatchString(h)
	}
	if strings.HasPrefix(h, "为什么") || strings.HasPrefix(h, "为何") {
		return slowRecoveryHeading.MatchString(h)
	}
	return false
}
