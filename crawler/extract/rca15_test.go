package extract

import (
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// The forms of patternforms18.go, on RCAs of our own writing (fictional
// providers): a heading that asks why the recovery took so long, a
// review's "What changed" part, a table that was full, a check and a
// claim in separate statements or outside one transaction, a person who
// meant one thing and typed another, a template field left blank and
// times compared after their offsets were dropped.

func TestRCA15SlowRecoveryHeading(t *testing.T) {
	for _, c := range []struct {
		h    string
		want data.Section
	}{
		{"Why did it take 45 minutes to restore?", data.SectionTimeline},
		{"Why did recovery take so long?", data.SectionTimeline},
		{"Why was the restore so slow?", data.SectionTimeline},
		{"为什么恢复用了这么久？", data.SectionTimeline},
		{"Why did the queue stall?", data.SectionCause}, // why it failed: the cause
		{"Why did this happen?", data.SectionCause},
		{"What changed", data.SectionCause},
	} {
		if got := classifyHeading(c.h); got != c.want {
			t.Errorf("classifyHeading(%q) = %q, want %q", c.h, got, c.want)
		}
	}
}

// rca15Patterns extracts text and returns its patterns and cause.
func rca15Patterns(t *testing.T, text string) ([]string, string) {
	t.Helper()
	in, err := Extract([]byte(text), "rca15.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	return in.Patterns, in.Cause
}

// TestRCA15QuestionsAnswers checks that a questions-and-answers RCA
// takes its cause from "What happened?", not from the question about why
// the recovery was slow, and that a person who meant one prefix and typed
// another made an operator's mistake.
func TestRCA15QuestionsAnswers(t *testing.T) {
	text := `Questions and answers about Monday's Plover Files outage

What was affected?
From 09:10 to 09:55 UTC on 9 March, about 300 shared folders in Plover Files could not be opened.

What happened?
A support engineer was removing the folders of a closed trial account with the admin console's bulk removal. The engineer meant to enter the prefix "trial-eu-" and typed "eu-", which many customers' folder names also begin with, and confirmed the removal without checking the count shown.

Why did it take 45 minutes to restore?
Removed folders can be brought back, but the console restores one folder at a time, so we wrote a script to restore the list.

What are you changing?
Bulk removals of more than five folders now need a second person's approval.`
	pats, cause := rca15Patterns(t, text)
	if !strings.Contains(cause, "meant to enter") || strings.Contains(cause, "one folder at a time") {
		t.Errorf("cause %q, want the answer to What happened?", cause)
	}
	if len(pats) == 0 || pats[0] != "human-error" {
		t.Errorf("patterns %v, want human-error first", pats)
	}
}

// TestRCA15WhatChanged checks that a review's "What changed:" part is
// the cause, and that a template field left blank is a configuration
// change.
func TestRCA15WhatChanged(t *testing.T) {
	text := `INC-2291 — Corvid Edge, HTTPS requests failing for some clients

Duration: 04:10–05:05 UTC, 12 May
Impact: clients that connect without a server name got the fleet's default certificate and failed to verify it. About 5% of connections.

What changed: at 04:05 the edge fleet moved to a new listener template whose "default site" field was left blank, so the fleet default applied in place of each customer's first site.

Resolution: the old template was restored at 05:00.`
	pats, cause := rca15Patterns(t, text)
	if !strings.Contains(cause, "left blank") {
		t.Errorf("cause %q, want the What changed part", cause)
	}
	if len(pats) == 0 || pats[0] != "config-change" {
		t.Errorf("patterns %v, want config-change first", pats)
	}
}

// TestRCA15Mechanisms checks causes told only by their mechanism: a
// table that was full, two steps not in one transaction (in Chinese) and
// times compared after their offsets were dropped.
func TestRCA15Mechanisms(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"table full", `Post-incident report: Gannet Cloud NAT gateways, 3 March

Between 18:10 and 19:00 UTC, connections from customers' private networks in the Lisbon region to the internet failed intermittently.

Each NAT gateway keeps a table of the connections it translates. At the evening peak the gateways serving 40 customers were asked to keep some 1.2 million connections, and their translation tables hold one million. Once a table was full, the gateway dropped new connections until old ones ended.

We moved the largest customers to gateways of their own at 18:55 and now alert when a table passes 70%.`, "capacity"},
		{"not in one transaction", `退款重复到账故障报告

时间：北京时间 2026年5月6日 20:00—20:40

影响：约 2000 笔退款被重复退回，已全部追回。

原因：退款程序先把钱退回用户账户，再把退款单状态改为“已退款”，两步不在同一个事务中。第二个退款请求到达时，第一个请求的状态更新还没有提交，程序看到退款单仍是“待退款”，于是又退了一次。

改进：两步合并为同一事务，并以退款单号做唯一约束。`, "software-bug"},
		{"offset dropped", `What happened
On 2 June from 08:00 to 11:00 UTC, Skua Events listed finished events as upcoming for venues in Japan and Korea.

What went wrong and why
Event end times are stored with the venue's offset. The listing service compares them with the current time after dropping the offset and treating both as UTC, so for venues east of UTC an event's end moves hours later.

How are we making incidents like this less likely
Times are now compared with their offsets.`, "software-bug"},
	} {
		pats, cause := rca15Patterns(t, c.text)
		if len(pats) == 0 || pats[0] != c.want {
			t.Errorf("%s: patterns %v (cause %q), want %s first", c.name, pats, cause, c.want)
		}
	}
}
