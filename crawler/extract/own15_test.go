package extract

import (
	"strings"
	"testing"
)

// An opening that dates the incident and gives its span as a range ("On
// Tuesday, March 4, 2025, between 09:12 and 09:40 UTC, …") names the
// range's first time in passing: a later sentence that tells that time as
// its own ("At 09:12 UTC, a schema migration …") is the event, as a
// later clause's time already gave way to one.
func TestRangeInDatedOpeningGivesWayToTheTimesOwnSentence(t *testing.T) {
	doc := "---\ntitle: Quillmoor database stall\n---\n\n" +
		"On Tuesday, March 4, 2025, between 09:12 and 09:40 UTC, Quillmoor's booking site answered slowly or not at all.\n\n" +
		"At 09:12 UTC, a schema migration that added a column to the bookings table took a lock that every checkout query waited on.\n\n" +
		"Engineers cancelled the migration and the queries drained.\n"
	in := extractString(t, "quillmoor.md", doc)
	found := false
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2025-03-04T09:12") && strings.Contains(ev.Text, "a schema migration that added a column") {
			found = true
		}
	}
	if !found {
		t.Errorf("no 09:12 event telling the migration: %+v", in.Timeline)
	}
}

// A write-up that names its zone "US/Pacific" in one place and "PDT" in
// another names one zone: a later clock time written without a zone is
// that zone's, on the same day ("The fix was rolled out between 11:20 and
// 12:05."), not a UTC time pushed to the next day.
func TestIANAAndAbbreviatedNamesOfOneZoneAgree(t *testing.T) {
	doc := "---\ntitle: Brindle load balancer stall\n---\n\n" +
		"On Monday, February 6, 2023, an incident began at 10:40 US/Pacific and was fully mitigated by 12:15 US/Pacific.\n\n" +
		"Virtual machines created between 10:20 and 12:05 PDT were unreachable on their public addresses.\n\n" +
		"Engineers restarted the programming jobs. The fix was rolled out region by region between 11:20 and 12:05.\n"
	in := extractString(t, "brindle.md", doc)
	found := false
	for _, ev := range in.Timeline {
		if strings.HasPrefix(ev.At, "2023-02-06T11:20") && strings.Contains(ev.Text, "region by region") {
			found = true
		}
	}
	if !found {
		t.Errorf("no 11:20 event on the day, in the write-up's zone: %+v", in.Timeline)
	}
}

// A sentence that opens "Customers … encountered …" tells what users met,
// as "Customers saw …" and "Customers experienced …" did: it is the
// impact. (Not after any subject: "A batch job … encountered a
// condition …" tells the cause.)
func TestCustomersEncounteredIsImpact(t *testing.T) {
	doc := "---\ntitle: Farrowby API degradation\n---\n\n" +
		"On May 2, 2024, Farrowby's public API was degraded for most of the morning.\n\n" +
		"The root cause was a certificate bundle that a base image update had dropped from the API hosts.\n\n" +
		"Customers calling the API encountered TLS handshake failures and long retries throughout the morning.\n\n" +
		"Engineers restored the bundle and added a check for it to the image build.\n"
	in := extractString(t, "farrowby.md", doc)
	if !strings.Contains(in.Impact, "Customers calling the API encountered TLS handshake failures") {
		t.Errorf("impact %q", in.Impact)
	}
}

// A paragraph that opens by saying what was done about the incident ("To
// mitigate the impact, …") is the remediation, though the words after
// it weigh for the impact (error rates, customers).
func TestMitigateTheImpactParagraphIsRemediation(t *testing.T) {
	doc := "---\ntitle: Tallowmere search degradation\n---\n\n" +
		"On June 3, 2024, Tallowmere's search service was degraded for six hours.\n\n" +
		"The root cause was an index rebuild job that a scheduler started twice, so both copies competed for the same disks.\n\n" +
		"To mitigate the impact, Tallowmere moved search traffic to a standby cluster, which brought the error rate for customers down to under 2%.\n\n" +
		"Tallowmere plans to make the scheduler refuse a second copy of a running job.\n"
	in := extractString(t, "tallowmere.md", doc)
	if !strings.Contains(in.Remediation, "moved search traffic to a standby cluster") {
		t.Errorf("remediation %q", in.Remediation)
	}
	if strings.Contains(in.Impact, "moved search traffic") {
		t.Errorf("impact %q", in.Impact)
	}
}

// "This affected …" ("This impacted …", "It affected …") after a sentence
// that tells the outage says what it did to whom: the impact, though no
// word after the verb names users or errors ("This affected the booking
// site, the mobile app and the partner API").
func TestThisAffectedSentenceIsImpact(t *testing.T) {
	doc := "---\ntitle: Grebeck queue outage\nsummary: \"A stuck consumer filled the queue. The broker was restarted to clear it (~3 minutes hard outage).\"\n---\n\n" +
		"On Friday, August 9, 2024, Grebeck's order queue stopped accepting messages for twenty minutes. " +
		"This affected the booking site, the mobile app and the partner API, though refunds kept working.\n\n" +
		"A consumer deployed that morning held its messages without acknowledging them, and the queue reached its limit.\n\n" +
		"Engineers restarted the broker and rolled the consumer back.\n"
	in := extractString(t, "grebeck.md", doc)
	if !strings.Contains(in.Impact, "This affected the booking site, the mobile app and the partner API") {
		t.Errorf("impact %q", in.Impact)
	}
}

// A paragraph that opens "For short-term prevention, …" ("In the long
// term, …", "For long-term remediation, …") tells what will be done about
// the incident: the remediation.
func TestShortTermParagraphIsRemediation(t *testing.T) {
	doc := "---\ntitle: Pennick address freeze\n---\n\n" +
		"On May 14, 2019, new servers at Pennick could not get public addresses for two hours.\n\n" +
		"The root cause was a slow code path in the address allocator, which a large batch of changes exposed.\n\n" +
		"For short-term prevention, allocator timeouts are being raised so one stalled batch no longer holds up the queue. " +
		"Long-term, the slow code path is being rewritten.\n"
	in := extractString(t, "pennick.md", doc)
	if !strings.Contains(in.Remediation, "allocator timeouts are being raised") {
		t.Errorf("remediation %q", in.Remediation)
	}
}
