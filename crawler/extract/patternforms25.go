package extract

import "strings"

// A certificate that failed while it was still valid ("the new certificate
// was valid and unexpired, but its name did not match", "the key … was
// still valid", 证书本身未过期) did not lapse: the certificate pattern is
// a certificate or credential that expired, and one the write-up says had
// not expired failed by what was put in place — the wrong certificate
// rotated in, a chain that referenced an old file, a key removed early —
// a change of configuration. Where a text says so, and says nowhere that
// a certificate did expire, the certificate cues count for config-change.

// certValidEN and certValidZH are the phrases that tell a certificate,
// key or token had not expired.
var (
	certValidEN = []string{"unexpired", "not expired", "not yet expired", "n't expired", "not expire", "n't expire", "still valid"}
	certValidZH = []string{"未过期", "没有过期", "没过期", "仍在有效期", "尚在有效期", "仍然有效", "仍有效"}
)

// certValidTold reports whether lower (a lowered text) says a
// certificate, key or token was still valid, and nowhere that one lapsed.
func certValidTold(lower string) bool {
	if !containsAny(lower, certValidEN) && !zhCertValid(lower) {
		return false
	}
	return !lapseTold(lower)
}

// lapseTold reports whether lower says something did expire: an
// "expired" or a 过期 no negation comes right before ("the TLS
// certificate of the API expired", 证书已过期; not "had not expired",
// "unexpired", 未过期, nor 过期时间).
func lapseTold(lower string) bool {
	for rest := lower; ; {
		i := strings.Index(rest, "expired")
		if i < 0 {
			break
		}
		before := rest[:i]
		rest = rest[i+len("expired"):]
		if strings.HasSuffix(before, "un") || strings.HasSuffix(before, "not ") || strings.HasSuffix(before, "n't ") || strings.HasSuffix(before, "not yet ") {
			continue
		}
		return true
	}
	for rest := lower; ; {
		i := strings.Index(rest, "过期")
		if i < 0 {
			return false
		}
		before := rest[:i]
		rest = rest[i+len("过期"):]
		if strings.HasSuffix(before, "未") || strings.HasSuffix(before, "没") || strings.HasSuffix(before, "没有") || strings.HasSuffix(before, "不") || strings.HasPrefix(rest, "时间") || strings.HasPrefix(rest, "策略") {
			continue
		}
		return true
	}
}

// zhCertValid reports whether lower holds a Chinese phrase of certValidZH
// that is not 没有过期时间 (a cache key set with no time to live).
func zhCertValid(lower string) bool {
	for _, p := range certValidZH {
		for rest := lower; ; {
			i := strings.Index(rest, p)
			if i < 0 {
				break
			}
			rest = rest[i+len(p):]
			if !strings.HasPrefix(rest, "时间") && !strings.HasPrefix(rest, "策略") {
				return true
			}
		}
	}
	return false
}

// certToConfig moves a certificate score onto config-change.
func certToConfig(scores []float64) {
	if scores[idxCert] != 0 {
		scores[idxConfig] += scores[idxCert]
		scores[idxCert] = 0
	}
}
