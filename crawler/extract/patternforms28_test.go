package extract

import "testing"

// TestEnvironmentMixup: a command meant for a test environment run
// against production is told as the environment mixed up; each form
// counts, and production or staging named with no mix-up does not.
func TestEnvironmentMixup(t *testing.T) {
	for _, c := range []struct {
		text string
		hits int
	}{
		{"the purge was meant for our staging environment, but the terminal session was still pointed at production", 1},
		{"an engineer purging old test queues from a retired staging cluster ran the script against a production cluster in the east region instead.", 1},
		{"the job read the bucket name from the environment, so it deleted objects in the production archive bucket instead of the staging one", 1},
		{"the operator's shell still had production credentials loaded from an earlier task", 1},
		{"the kubectl context was still set to the live cluster", 1},
		{"changes are tested in staging for a week before they reach production", 0},
		{"we shipped the fix to production instead of waiting for the next release", 0},
		{"the replica in staging was still serving traffic when production failed over", 0},
		{"live traffic was moved to the standby region instead", 0},
	} {
		n := 0
		englishEnvMixup(splitWords(c.text), func(int) { n++ })
		if n != c.hits {
			t.Errorf("%d hits, want %d: %q", n, c.hits, c.text)
		}
	}

	// a whole write-up: the script is the instrument, the slip the
	// operator's
	text := `Post-incident review: message queues deleted in Harrowgate Cloud eu-north

Summary
On 3 March 2026, between 10:12 and 13:40 UTC, customers of Harrowgate Queues in eu-north lost queued messages and could not publish to 212 queues.

Root cause
An engineer running a maintenance script to purge old test queues from a retired staging cluster ran the script against the production cluster in eu-north instead. The script took its target from a terminal session left open from earlier work, and the script asked for no confirmation before it deleted queues. The script deleted 212 queues before it was stopped.

Resolution
We recreated the queues from their definitions and replayed messages from the publishers' outboxes.

What we are changing
- The script will print its target cluster and ask for confirmation.
- Production credentials will expire after one hour in engineers' terminals.`
	in, err := Extract([]byte(text), "harrowgate.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != "human-error" {
		t.Errorf("patterns %v, want human-error first", in.Patterns)
	}
}

// TestSecretsExposed: secrets, credentials or keys told as exposed weigh
// for security; a bug the change exposed does not.
func TestSecretsExposed(t *testing.T) {
	cuesOnce.Do(loadCues)
	for _, c := range []struct {
		text     string
		security bool
	}{
		{"the storage provider's credentials were exposed in the infrastructure repository for six days", true},
		{"exposure of the secrets stored within our build service", true},
		{"the plan file can be unzipped, exposing an access key and the database password", true},
		{"the change exposed a latent bug in how the cache refreshed its entries", false},
		{"the renewal job could not read the credentials and the certificate expired", false},
	} {
		scores := make([]float64, len(patternList))
		scoreLower(scores, c.text, 1)
		if got := scores[idxSecurity] > 0; got != c.security {
			t.Errorf("security %.2f, want weighed %v: %q", scores[idxSecurity], c.security, c.text)
		}
	}
}
