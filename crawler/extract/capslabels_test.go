package extract

import (
	"strings"
	"testing"
)

// A status page's report whose headings in capitals ran into one cell
// ("ISSUE SUMMARY … ROOT CAUSE … REMEDIATION AND PREVENTION …") is split
// into its sections.
func TestCapsLabelsInOneCell(t *testing.T) {
	doc := "# Quillmoor Cloud Status\n\n## Object Store errors in north-2\n\n" +
		"Incident began at **2025-08-04 10:10** and ended at **2025-08-04 11:25** (all times are **US/Pacific**).\n\n" +
		"| Date | Time | Description |\n| --- | --- | --- |\n" +
		"| 6 Aug 2025 | 15:00 | **ISSUE SUMMARY** On Monday 4 August 2025, Object Store in north-2 failed about 12% of PUT requests for 75 minutes. " +
		"**DETAILED DESCRIPTION OF IMPACT** From 10:10 to 11:25 US/Pacific, uploads to buckets in north-2 returned HTTP 503; reads were not affected. " +
		"**ROOT CAUSE** A quota service node ran out of file handles after a library upgrade leaked one handle per request, and metadata writes stalled behind it. " +
		"**REMEDIATION AND PREVENTION** Engineers restarted the quota nodes at 11:05 and pinned the previous library version; a handle-count alert is being added. |\n" +
		"| 4 Aug 2025 | 11:30 | The issue with Object Store in north-2 has been resolved for all affected users as of 11:25 US/Pacific. |\n" +
		"| 4 Aug 2025 | 10:32 | We are investigating elevated error rates for Object Store uploads in north-2. |\n"
	in := extractString(t, "quillmoor", doc)
	if !strings.Contains(in.Cause, "file handles") || strings.Contains(in.Cause, "ROOT CAUSE") || strings.Contains(in.Cause, "Engineers restarted") {
		t.Errorf("cause %q", in.Cause)
	}
	if !strings.Contains(in.Impact, "HTTP 503") {
		t.Errorf("impact %q", in.Impact)
	}
	if !strings.Contains(in.Remediation, "pinned the previous library") {
		t.Errorf("remediation %q", in.Remediation)
	}
}

func TestCapsLabels(t *testing.T) {
	for _, c := range []struct {
		text   string
		labels []string
	}{
		{"ROOT CAUSE DNS servers in two zones lost their upstream forwarders at once.", []string{"ROOT CAUSE"}},
		{"Writes failed for 40 minutes. IMPACT About 3% of requests were rejected with 503 errors.", []string{"IMPACT"}},
		// acronyms and shouting are no labels; nor a name over two words
		// of a sidebar
		{"We upgraded the AWS SDK. DNS TTL values were lowered to 60 seconds.", nil},
		{"ROOT CAUSE Contact support", nil},
		{"the ROOT CAUSE was a bad certificate that expired overnight at the edge", nil},
	} {
		_, labels, _ := capsLabels(c.text)
		if strings.Join(labels, "|") != strings.Join(c.labels, "|") {
			t.Errorf("capsLabels(%q) = %q, want %q", c.text, labels, c.labels)
		}
	}
}
