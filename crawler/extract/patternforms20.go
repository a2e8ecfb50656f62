package extract

// Causes as cloud RCAs tell them in the layouts and mechanisms of
// sealedRCA16's odd lines. A value "brought down to" another, a job or a
// route "pointed at" a new template or upstream, a Chinese rule set
// overwritten by a template (以新模板覆盖原有规则, 新模板中没有) tell a
// setting changed; a table that "held as many entries as it can", or
// every machine of a kind "already placed", tells capacity; code that
// did a step "before it had read" what the step needs, or a branch that
// "fell through to" another's, tells code behaviour (moreCues20). A value
// updated to another (把通知地址更新为新的域名) is set as 改为 sets it
// (zhSetVerbs20).

func init() {
	for id, cues := range moreCues20 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// moreCues20 are cue phrases in the lexicon's notation, by pattern id.
var moreCues20 = map[string][]string{
	// a value brought to another ("brought that wait down to 60
	// seconds"), a job or a route aimed at another thing ("the rotation
	// job was pointed at a new template", "pointed the /payments route at
	// the canary upstream"), a rule set overwritten by a template
	"config-change": {"brought … down to", "turned … down to", "dialled … down to", "dialed … down to",
		"!was pointed at", "!were pointed at", "was pointed to", "were pointed to", "pointed the",
		"模板覆盖", "覆盖原有", "覆盖了原有", "新模板中没有", "新模板没有", "模板中缺少",
		// an address updated to another ("把通知地址更新为新的域名")
		"地址更新为", "地址更新成", "域名更新为", "地址修改为", "地址替换为"},
	// a table holding all it can ("held as many entries as it can"), a
	// fleet every machine of which was placed ("every machine of that
	// family was already placed")
	"capacity": {"as many entries as", "as many connections as", "as many sessions as", "as many requests as it",
		"the maximum it was", "the maximum it is", "the most it can hold", "the most it could hold",
		"was already placed", "were already placed", "were all placed", "was all placed"},
	// a step done before what it needs ("computed the checksum before it
	// had read the last block"), a branch that falls through to another
	// ("the branch for errors fell through to the same store call"), a
	// comparison that cannot hold ("so it never matched")
	"software-bug": {"before it had read", "before it had written", "before it had received", "before it had finished",
		"before it had loaded", "before they had read", "before they had been written",
		"fell through to", "falls through to", "fall through to", "so it never matched", "and never matched", "never matched"},
}
