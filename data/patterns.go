package data

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

// Pattern is one failure pattern of CONTRACT.md's table.
type Pattern struct {
	ID string `json:"id"`
	EN string `json:"en"`
	ZH string `json:"zh"`
	// Cues are words and phrases, English and Chinese, that suggest the
	// pattern in a write-up.
	Cues []string `json:"cues"`
}

//go:embed patterns.json
var patternsJSON []byte

var (
	patternsOnce sync.Once
	patterns     []Pattern
	patternIndex map[string]int
)

func loadPatterns() {
	if err := json.Unmarshal(patternsJSON, &patterns); err != nil {
		panic(fmt.Sprintf("data: embedded patterns.json: %v", err))
	}
	patternIndex = make(map[string]int, len(patterns))
	for i, p := range patterns {
		patternIndex[p.ID] = i
	}
}

// Patterns returns the failure patterns in the table's order.
func Patterns() []Pattern {
	patternsOnce.Do(loadPatterns)
	out := make([]Pattern, len(patterns))
	copy(out, patterns)
	return out
}

// PatternByID returns the pattern with the given id.
func PatternByID(id string) (Pattern, bool) {
	patternsOnce.Do(loadPatterns)
	i, ok := patternIndex[id]
	if !ok {
		return Pattern{}, false
	}
	return patterns[i], true
}
