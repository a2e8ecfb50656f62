package extract

import (
	"strings"
	"testing"
)

// Forms met in extract-own-8's odd (tuning) documents, each in our own
// fictional text.

// A time first met as a later clause of a sentence that opened with
// another time ("…began around 09:40 UTC, with customers seeing failed
// uploads from 09:46 UTC") is an aside; a later sentence that tells the
// same time as its own is the event at that time.
func TestProseTimeToldAgainInItsOwnSentence(t *testing.T) {
	doc := "On March 3, 2026, Quillmark's upload service failed for most customers. " +
		"The disruption began around 09:40 UTC, with customers seeing failed uploads starting at 09:46 UTC. " +
		"Uploads were fully restored by 10:20 UTC.\n\n" +
		"The failure was caused by a storage quota that a cleanup job set too low.\n\n" +
		"Our alerting paged the on-call engineer at 09:46 UTC when the error rate crossed its threshold. " +
		"The engineer raised the quota at 10:05 UTC.\n"
	in := extractString(t, "quillmark.md", doc)
	var at0946 []string
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2026-03-03T09:46") {
			at0946 = append(at0946, ev.Text)
		}
	}
	if len(at0946) != 1 || !strings.Contains(at0946[0], "paged the on-call engineer") {
		t.Errorf("events at 09:46: %q", at0946)
	}
}
