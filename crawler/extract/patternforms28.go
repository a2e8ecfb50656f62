package extract

// An operator's slip is often told as an environment mixed up: a command
// meant for a test environment run against production ("the cleanup was
// meant for our staging environment, but the terminal session was still
// pointed at production", "ran it against a production cluster in North
// Europe instead", "it ran against the production exports bucket instead
// of the staging one"). The script or tool that ran is the slip's
// instrument; the slip is the person's (englishEnvMixup). Told so, it is
// an operator's mistake, as "the wrong cluster" is (englishWrongTarget).

// Secrets exposed are a security incident, whatever they were for:
// "credentials were exposed in the infrastructure repository", "Exposure
// of secrets stored within the CI service", "unzipped, exposing an access
// token and other credentials" (moreCues28). "credential" alone is a cue
// of an expired certificate or token; exposed, it is a leak. A token
// exposed is left out: "the change exposed a bug in the token cache" is
// how a bug is found.
var moreCues28 = map[string][]string{
	"security": {"expos* … credential*", "expos* … secret*", "expos* … password*", "expos* … access key*",
		"expos* … api key*", "expos* … private key*"},
}

func init() {
	for id, cues := range moreCues28 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

var (
	// prodEnvWords name production; "live" only before an environment's
	// noun (envNouns), as "live traffic" names no environment.
	prodEnvWords = map[string]bool{"production": true, "prod": true}
	// envNouns are what an environment is made of, after "live".
	envNouns = map[string]bool{"cluster": true, "clusters": true, "environment": true, "database": true,
		"account": true, "bucket": true, "context": true, "project": true, "system": true, "systems": true}
	// stillOnVerbs tell a session left on an environment: "still pointed
	// at production", "still connected to the production cluster", "still
	// had production credentials loaded".
	stillOnVerbs = map[string]bool{"pointed": true, "pointing": true, "connected": true, "set": true,
		"configured": true, "logged": true, "targeting": true, "targeted": true, "attached": true,
		"authenticated": true, "had": true, "holding": true, "using": true, "on": true, "in": true}
	// meantForWords open what a command was meant for: "meant for",
	// "intended for".
	meantForWords = map[string]bool{"meant": true, "intended": true, "supposed": true}
)

// prodEnvAt reports whether words[i] names production.
func prodEnvAt(words []string, i int) bool {
	if prodEnvWords[words[i]] {
		return true
	}
	return words[i] == "live" && i+1 < len(words) && envNouns[words[i+1]]
}

// englishEnvMixup calls hit for each environment mixed up (a test
// environment is one of nonProdWords):
//   - production, then within eight words "instead of" or "rather than"
//     and within four more a test environment ("ran against the
//     production bucket instead of the staging one");
//   - a test environment, then within fifteen words production, then
//     within six "instead" closing the clause, no "of" after it ("purge
//     test queues from a staging cluster ran it against a production
//     cluster in North Europe instead");
//   - "meant", "intended" or "supposed" with a test environment within
//     the five words after, and production within fifteen after that
//     ("the cleanup was meant for our staging environment, but the
//     session was still pointed at production");
//   - "still" and a verb of a session left on an environment, production
//     within the four words after ("still pointed at production", "still
//     had production credentials loaded").
func englishEnvMixup(words []string, hit func(int)) {
	last := -1 // the production word last counted: one mix-up, told once
	once := func(j int) {
		if j != last {
			last = j
			hit(j)
		}
	}
	for i := range words {
		switch {
		case prodEnvAt(words, i):
			if insteadOfTest(words, i) {
				once(i)
			}
		case nonProdWords[words[i]]:
			for j := i + 1; j < len(words) && j <= i+15; j++ {
				if prodEnvAt(words, j) && bareInsteadAfter(words, j) {
					once(j)
					break
				}
			}
		case meantForWords[words[i]]:
			for j := i + 1; j < len(words) && j <= i+5; j++ {
				if !nonProdWords[words[j]] {
					continue
				}
				for k := j + 1; k < len(words) && k <= j+15; k++ {
					if prodEnvAt(words, k) {
						once(k)
						break
					}
				}
				break
			}
		case words[i] == "still" && i+1 < len(words) && stillOnVerbs[words[i+1]]:
			for j := i + 2; j < len(words) && j <= i+5; j++ {
				if prodEnvAt(words, j) {
					once(j)
					break
				}
			}
		}
	}
}

// insteadOfTest reports whether "instead of" or "rather than" follows the
// production word at words[i] within eight words, a test environment
// within four words after it.
func insteadOfTest(words []string, i int) bool {
	for j := i + 1; j+1 < len(words) && j <= i+8; j++ {
		if words[j] == "instead" && words[j+1] == "of" || words[j] == "rather" && words[j+1] == "than" {
			for k := j + 2; k < len(words) && k <= j+5; k++ {
				if nonProdWords[words[k]] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// bareInsteadAfter reports whether "instead", not followed by "of",
// stands within six words after words[j].
func bareInsteadAfter(words []string, j int) bool {
	for k := j + 1; k < len(words) && k <= j+6; k++ {
		if words[k] == "instead" {
			return k+1 >= len(words) || words[k+1] != "of"
		}
	}
	return false
}
