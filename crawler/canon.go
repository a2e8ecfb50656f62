package crawler

import "github.com/incidex/incidex/data"

// Canonical returns the form of a URL that names its page (see
// data.CanonicalURL, which imported files that name their source URL use
// too, so that both give one id).
func Canonical(raw string) string { return data.CanonicalURL(raw) }
