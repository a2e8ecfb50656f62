//go:build race

package extract

// underRace is true in a test binary built with -race.
const underRace = true
