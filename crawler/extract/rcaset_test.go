package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// TestCloudRCASet scores the patterns of short cloud status-page RCAs of
// fictional providers (testdata/rca/*.jsonl, English and Chinese,
// each labelled with its root cause's pattern before it was ever run): a
// check that the cause is found in write-ups unlike the corpus the model
// learned from. It asserts floors, not each document's tags.
func TestCloudRCASet(t *testing.T) {
	files, err := filepath.Glob("testdata/rca/*.jsonl")
	if err != nil || len(files) < 2 {
		t.Fatalf("RCA sets: %v %v", files, err)
	}
	var n, first, any int
	for _, file := range files {
		if b := filepath.Base(file); b == sealedRCA || b == wordingRCA || b == sealedRCA2 || b == sealedRCA3 || b == sealedRCA4 || b == sealedRCA5 || b == formsRCA5 || b == formsRCA6 || b == sealedRCA6 || b == sealedRCA7 || b == sealedRCA8 || b == sealedRCA9 || b == sealedRCA10 || b == sealedRCA11 || b == sealedRCA12 || b == sealedRCA13 || b == sealedRCA14 || b == sealedRCA15 || b == sealedRCA16 || b == sealedRCA17 || b == sealedRCA18 || b == sealedRCA19 || b == sealedRCA20 {
			continue
		}
		fn, ff, fa := rcaSet(t, file)
		t.Logf("%s: %d RCAs, first right %d (%.0f %%), root cause among the tags %d (%.0f %%)", filepath.Base(file), fn, ff, 100*float64(ff)/float64(fn), fa, 100*float64(fa)/float64(fn))
		n, first, any = n+fn, first+ff, any+fa
	}
	t.Logf("%d RCAs: first right %d (%.0f %%), root cause among the tags %d (%.0f %%)", n, first, 100*float64(first)/float64(n), any, 100*float64(any)/float64(n))
	if n < 60 {
		t.Fatalf("only %d RCAs read", n)
	}
	if float64(first) < 0.6*float64(n) || float64(any) < 0.75*float64(n) {
		t.Errorf("first right %d, among the tags %d of %d: want at least 60 %% and 75 %%", first, any, n)
	}
}

// sealedRCA is the file of forty RCAs written (labels included) before
// the extractor first ran on them; TestSealedRCASet reports it apart.
const sealedRCA = "sealed-rca.jsonl"

// TestSealedRCASet reports the sealed RCA set: first pattern right and
// the labelled root cause among the tags.
func TestSealedRCASet(t *testing.T) { reportRCASet(t, "sealed", sealedRCA, 40) }

// sealedRCA2 is the second sealed file: sixty RCAs in the proportions of
// real cloud status and RCA pages (config changes first, then capacity and
// software defects), in the forms those pages take (inline labels, "What
// happened / What went wrong and why", status updates whose only cause is
// one plain sentence), written and labelled before the extractor first ran
// on them; TestSealedRCASet2 reports it apart.
const sealedRCA2 = "sealed-rca-2.jsonl"

// TestSealedRCASet2 reports the second sealed RCA set.
// Its floors are a little under what the fixes made on it reached (first
// right 46, among the tags 56 of 60; untouched, the extractor had 37 and
// 49).
func TestSealedRCASet2(t *testing.T) {
	n, first, any := reportRCASet(t, "sealed-2", sealedRCA2, 60)
	rcaFloors(t, "sealed-2", n, first, any, 44, 54)
}

// sealedRCA3 is a third sealed file of thirty RCAs in the same
// proportions, written and labelled after the fixes made on sealedRCA2 and
// before the extractor first ran on it: how those fixes carry to text they
// were not made on. TestSealedRCASet3 reports it apart.
const sealedRCA3 = "sealed-rca-3.jsonl"

// TestSealedRCASet3 reports the third sealed RCA set.
// Its floors are a little under what the fixes then made on it reached
// (first right 17, among the tags 20 of 30; untouched, 6 and 10).
func TestSealedRCASet3(t *testing.T) {
	n, first, any := reportRCASet(t, "sealed-3", sealedRCA3, 30)
	rcaFloors(t, "sealed-3", n, first, any, 14, 18)
}

// sealedRCA4 is a fourth sealed file of forty RCAs in the proportions of
// real cloud status and RCA pages (14 config changes, 10 capacity, 9
// software defects, 3 operator mistakes, 2 power or cooling, 1 hardware, 1
// third party; 10 in Chinese), whose causes are told plainly (what was
// changed, what ran out, what the code did, what a person did), written
// and labelled after the fixes made on sealedRCA3 and before the extractor
// first ran on it. TestSealedRCASet4 reports it apart, with no floor:
// untouched, the extractor had 23 first right and 27 among the tags.
const sealedRCA4 = "sealed-rca-4.jsonl"

// TestSealedRCASet4 reports the fourth sealed RCA set, overall, per label
// and per language.
func TestSealedRCASet4(t *testing.T) {
	reportRCASet(t, "sealed-4", sealedRCA4, 40)
	rcaBreakdown(t, filepath.Join("testdata/rca", sealedRCA4))
}

// sealedRCA5 is a fifth sealed file of forty RCAs in the proportions of
// the hidden set of real cloud RCAs (13 config changes, 9 capacity, 8
// software defects, 3 operator mistakes, 3 power or cooling, 2 hardware, 2
// third party; 10 in Chinese), in the forms providers use (one paragraph
// of inline labels, status updates, "What happened / What went wrong and
// why", a Root Cause Analysis page with headings, 故障说明 and 事件复盘),
// whose causes are told plainly and mostly without "root cause", "caused
// by", "bug" or "overload", while the components they name are often the
// place of the failure, not its cause. It was written and labelled while
// pattern tagging was being changed elsewhere and kept untouched, so that
// it measures whether those changes carry. TestSealedRCASet5 reports it
// with no floor.
const sealedRCA5 = "sealed-rca-5.jsonl"

// TestSealedRCASet5 reports the fifth sealed RCA set, overall, per label
// and per language, and in how many RCAs a cause was found.
func TestSealedRCASet5(t *testing.T) {
	reportRCASet(t, "sealed-5", sealedRCA5, 40)
	file := filepath.Join("testdata/rca", sealedRCA5)
	rcaBreakdown(t, file)
	rcaCauseFound(t, file)
}

// sealedRCA6 is a sixth sealed file of fifty RCAs in the proportions of
// the hidden set of real cloud RCAs (16 config changes, 11 capacity, 10
// software defects, 4 operator mistakes, 3 power or cooling, 2 hardware, 2
// third party, a fibre cut and an expired certificate; 12 in Chinese), in
// layouts and wordings the earlier sets did not use: status-page update
// stacks, one-paragraph PIRs, long prose in the manner of large providers'
// event summaries, ISSUE SUMMARY / WHAT WENT WRONG sections, 故障说明,
// 事件通报 and 复盘 — causes told as mechanisms (a template that dropped a
// listener, a weight set to zero, a pool drained, a lease never released, a
// serial compared as a string, a drain run against the wrong cluster)
// without "root cause", "caused by", "bug" or "overload", while the
// component named is often only the place of the failure. Its odd lines
// may be read to find missing cues; its even lines are never read, so they
// measure how the fixes carry. TestSealedRCASet6 reports it with no floor:
// untouched (at 09126d6), the extractor had 31 first right and 34 among the
// tags of 50 (odd lines 15 and 18 of 25, even lines 16 and 16 of 25; no
// software defect first, 2 of 10 among the tags; cause found in 42). The
// mechanism cues and forms of patternforms10.go, made from its odd lines
// only, brought it to 38 and 40 (odd 21 and 23, even 17 and 17).
const sealedRCA6 = "sealed-rca-6.jsonl"

// TestSealedRCASet6 reports the sixth sealed RCA set, overall, per label,
// per language and per half (odd lines, even lines), and in how many RCAs a
// cause was found.
func TestSealedRCASet6(t *testing.T) { reportSealedRCASet(t, "sealed-6", sealedRCA6) }

// reportSealedRCASet reports a sealed set of fifty RCAs overall, per
// label, per language and per half, and in how many a cause was found.
func reportSealedRCASet(t *testing.T, name, file string) (n, first, any int) {
	n, first, any = reportRCASet(t, name, file, 50)
	path := filepath.Join("testdata/rca", file)
	rcaBreakdown(t, path)
	rcaHalves(t, path)
	rcaCauseFound(t, path)
	return n, first, any
}

// sealedRCA7 is a seventh sealed file of fifty RCAs in the proportions of
// the hidden set of real cloud RCAs (16 config changes, 11 capacity, 10
// software defects, 4 operator mistakes, 3 power or cooling, 2 hardware, 2
// third party, a DNS and a network failure; 12 in Chinese), in layouts and
// wordings the earlier sets did not use: PIRs with "What went wrong and
// why", reports with ISSUE SUMMARY / ROOT CAUSE / REMEDIATION AND
// PREVENTION, long event summaries with several contributing factors,
// status-page update stacks, 故障说明, 事件通报 and 复盘 with 北京时间 —
// causes such as a policy file that merged two limit classes, an exposure
// setting left at its global default, a scaling floor taken from a shared
// template, a cache time cut sixtyfold, a stale list of volumes, a parser
// that read an open range as empty, and stories where a change and the
// exhaustion it led to are both told (labelled, as a reader would, by the
// thing that went wrong first). Fixes are made from its even lines only;
// its odd lines are the held-out half, whose failures are never logged
// (rcaHidden), so they measure how the fixes carry. TestSealedRCASet7
// reports it with no floor: untouched (at 3a62b3a), the extractor had 27
// first right and 35 among the tags of 50 (odd lines 12 and 16 of 25, even
// lines 15 and 19; no software defect and no operator mistake first, 5 of
// 10 and 1 of 4 among the tags; English 18 and 25 of 38, Chinese 9 and 10
// of 12; cause found in 44). The cues and forms of patternforms11.go, made
// from its even lines only (an "Identified" update's cause told on past
// its first sentence, 经核查/经复盘 as finding leads, "affected" after a
// preposition or "be" no consequence verb, a release's "new" thing whose
// code behaviour is told a sentence on, drives of one lot, name servers,
// two threads each waiting for the other, a value treated as another,
// machines all in use, cipher suites and submitted rules, 误点), brought it
// to 34 and 38 (odd 12 and 15, even 22 and 23; cause found in 45). Since
// sealedRCA8 took over as the held-out set, its odd lines are read too:
// the forms of patternforms12.go, made from them and sealedRCA8's odd
// lines, brought it to 36 and 39 (odd 14 and 16).
const sealedRCA7 = "sealed-rca-7.jsonl"

// TestSealedRCASet7 reports the seventh sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet7(t *testing.T) { reportSealedRCASet(t, "sealed-7", sealedRCA7) }

// sealedRCA8 is an eighth sealed file of fifty RCAs in the proportions of
// the hidden set of real cloud RCAs (16 config changes, 11 capacity, 10
// software defects, 4 operator mistakes, 3 power or cooling, 2 hardware, 2
// third party, a route leak and an expired intermediate certificate; 12 in
// Chinese), in layouts and wordings the earlier sets did not use: event
// summaries of a regional service, PIRs, incident reports with Root cause /
// Remediation and prevention, status-page stacks with the postmortem on
// top, blog RCAs that tell the story first, 故障公告, 故障报告 and 事故复盘
// with 北京时间 — causes told as mechanisms (a routing map built from a
// stale snapshot, a rollout rule saved with an empty percentage, a column
// wrapped in a function so the planner left its index, writes queued behind
// a compaction lock, seconds compared with milliseconds, a page token one
// item too far, a breaker whose relay failed open, a valve left shut after
// maintenance) and stories where a change and the exhaustion it led to are
// both told. Fixes are made from its odd lines only; its even lines are
// the held-out half, whose failures are never logged (rcaHidden).
// TestSealedRCASet8 reports it with no floor: untouched (at c45b22c), the
// extractor had 27 first right and 37 among the tags of 50 (odd lines 13
// and 19 of 25, even lines 14 and 18; one software defect of 10 first, 6
// among the tags; capacity 6 and 7 of 11; config change 9 and 12 of 16;
// the route leak among the tags but not first; English 18 and 28 of 38,
// Chinese 9 and 9 of 12; cause found in 48). The forms of
// patternforms12.go, made from its odd lines (and sealedRCA7's) only — code
// that did one thing instead of another, a release that rewrote or changed
// how a code path works counting for the defect and not the rollout, a
// part asked for more than it is provisioned for, an event summary's
// opening taken for no cause — brought it to 32 and 43 (odd 18 and 23,
// even 14 and 20: the even half gained two among the tags and none first;
// software defects 3 first, 9 among the tags of 10). Since sealedRCA9 took
// over as the held-out set, its even lines are read too.
const sealedRCA8 = "sealed-rca-8.jsonl"

// TestSealedRCASet8 reports the eighth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet8(t *testing.T) { reportSealedRCASet(t, "sealed-8", sealedRCA8) }

// sealedRCA9 is a ninth sealed file of fifty RCAs in the proportions of
// the hidden set of real cloud RCAs (16 config changes, 11 capacity, 10
// software defects, 4 operator mistakes, 3 power or cooling, 2 hardware, 2
// third party, a DNS signing-key rollover and an expired client
// certificate; 12 in Chinese), in layouts and wordings the earlier sets
// did not use: service-event summaries, PIRs with tracking ids, incident
// reports with Summary / Details / Remediation / Prevention, status-page
// stacks with the postmortem on top, blog RCAs told as a story, 故障公告,
// 故障报告 and 事故复盘 with 北京时间 — causes told as mechanisms (an
// account filter passed as text so the planner left its index, request
// threads queued behind a refresh lock, a retry counter rebuilt with every
// request, a lease checked on one path only, a unit changed under an old
// field name, a template copied without its role block) and stories where
// a change and the overload it led to, or a traffic rise and the defect it
// exposed, are both told (labelled, as a reader would, by the thing that
// went wrong first). Fixes are made from its even lines only; its odd
// lines were the held-out half, whose failures were not logged
// (rcaHidden) until sealedRCA10 took over as the held-out set.
// TestSealedRCASet9 reports it with no floor: untouched (at
// c436644), the extractor had 27 first right and 39 among the tags of 50
// (odd lines 13 and 20 of 25, even lines 14 and 19; one software defect of
// 10 first, 6 among the tags; config change 9 and 12 of 16; capacity 8 and
// 10 of 11; operator mistakes 2 and 3 of 4; English 19 and 27 of 38,
// Chinese 8 and 12 of 12; cause found in 46). The forms of
// patternforms13.go, made from its even lines (and sealedRCA8's) only — a
// release that introduced a new way of doing a thing, "should have …;
// instead", "but in 7.2.0 …", a lock held for the whole of slow work,
// 没有…而是, values copied from another entry or a template, "The event
// began with an update to …" as the cause, a "Because X, only Y" aside as
// none, retries beside a defect weighed as a place — brought it to 34 and
// 44 (even 21 and 24; the odd, held-out half stayed at 13 and 20: the
// fixes did not carry; software defects 4 first, 7 among the tags; config
// changes 12 and 15 of 16). sealedRCA8 went from 32 and 43 to 35 and 45
// (odd 19 and 24, even 16 and 21).
const sealedRCA9 = "sealed-rca-9.jsonl"

// TestSealedRCASet9 reports the ninth sealed RCA set, overall, per label,
// per language and per half, and in how many RCAs a cause was found.
func TestSealedRCASet9(t *testing.T) { reportSealedRCASet(t, "sealed-9", sealedRCA9) }

// sealedRCA10 is a tenth sealed file of fifty RCAs in the proportions of
// the hidden set of real cloud RCAs (16 config changes, 11 capacity, 10
// software defects, 4 operator mistakes, 3 power or cooling, 2 hardware, 2
// third party, a fibre cut and an expired certificate; 12 in Chinese), in
// layouts and wordings the earlier sets did not use: service-event
// summaries, PIRs with tracking ids, incident reports with ISSUE SUMMARY /
// ROOT CAUSE or Root cause / Remediation and prevention, status-page
// stacks with the postmortem below, blog RCAs told as a story, 故障公告,
// 故障报告, 事故复盘 and 事件通报 with 北京时间 — causes told as mechanisms
// (an admission profile that classed the health checker as unknown, a
// flag retired on a sampled count, a sweep of entries whose expiry read as
// zero, a text column compared with a number so the planner left its
// index, cores subtracted twice, a check and a claim in two statements, a
// page counter that wrapped, a pattern whose time grew with a run of
// hyphens, a request number made anew on each resend) and stories where a
// change, a release or a traffic rise is told next to the hardware,
// defect or provider that failed (labelled, as a reader would, by the
// thing that went wrong first). Fixes are made from its odd lines only;
// its even lines are the held-out half, whose failures are never logged
// (rcaHidden). TestSealedRCASet10 reports it with no floor: untouched (at
// 852f4a4), the extractor had 27 first right and 40 among the tags of 50
// (odd lines 13 and 20 of 25, even lines 14 and 20; one software defect of
// 10 first, 7 among the tags; config change 10 and 13 of 16; capacity 7
// and 10 of 11; operator mistakes 1 and 2 of 4; hardware 1 and 1 of 2;
// English 19 and 28 of 38, Chinese 8 and 12 of 12; cause found in 48).
// The forms of patternforms14.go, made from its odd lines (and
// sealedRCA9's) only — a lifetime or a default changed, a new profile or
// a new version of a baseline published, a feature switched on, a part's
// stated capacity, a cluster only seen as full, an act done twice, a race
// told by its gap, 网络 as a program's part, a command run in the wrong
// terminal or meant for the test system, a clause that only explains who
// was spared taken for no cause, an event summary's dated change
// paragraph as its cause — brought it to 35 and 44 (odd 21 and 22; the
// even, held-out half 14 and 22: two more among the tags, none more
// first; software defects 4 and 8 of 10, config changes 13 and 15 of 16,
// capacity 8 and 11 of 11). sealedRCA9 went from 34 to 35 first right (odd 14), sealedRCA5
// from 29 to 30, sealedRCA7 from 39 to 40 among the tags.
const sealedRCA10 = "sealed-rca-10.jsonl"

// TestSealedRCASet10 reports the tenth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet10(t *testing.T) { reportSealedRCASet(t, "sealed-10", sealedRCA10) }

// sealedRCA11 is an eleventh sealed file of fifty RCAs in the proportions
// of the hidden set of real cloud RCAs (16 config changes, 11 capacity, 10
// software defects, 4 operator mistakes, 3 power or cooling, 2 hardware, 2
// third party, an expired zone signature and a fibre cut; 12 in Chinese),
// in layouts and wordings the earlier sets did not use: service-event
// summaries, PIRs with tracking ids, incident reports with ISSUE SUMMARY /
// ROOT CAUSE or Root cause / Remediation and prevention, status-page
// stacks with the postmortem below, blog RCAs told as a story, 故障公告,
// 故障报告, 事故复盘, 事件通报 and 故障说明 with 北京时间 — causes told as
// mechanisms (a fleet default health check path moved, a prefix length
// entered as /8, a planner cost reverted to the upstream default so index
// lookups looked dearer than scans, a pool lifetime cut from minutes to
// seconds, a trimming routine holding the map's lock for its whole walk, a
// version kept in a signed 16-bit field, a score that came out not a
// number, a cache key without the user id, a filter without parentheses)
// and stories where a routine change, a traffic rise or a scaling step is
// told next to the defect, database or hardware that failed (labelled, as
// a reader would, by the thing that went wrong first). Fixes are made from
// its even lines only; its odd lines are the held-out half, whose failures
// are never logged (rcaHidden). TestSealedRCASet11 reports it with no
// floor: untouched (at 4adba1b), the extractor had 24 first right and 39
// among the tags of 50 (odd lines 10 and 19 of 25, even lines 14 and 20;
// one software defect of 10 first, 7 among the tags; config change 9 and
// 12 of 16; capacity 5 and 10 of 11; operator mistakes 1 and 1 of 4; the
// expired zone signature among the tags but not first; English 17 and 29
// of 38, Chinese 7 and 10 of 12; cause found in 48). The forms of
// patternforms15.go, made from its even lines (and sealedRCA10's) only —
// a value entered as one number rather than another, a new list, table
// of weights or exclusion published, a capacity told as a limited number
// per second, a lock taken and kept over slow work, a default fallen back
// to, Chinese amounts rounded one by one and a key assembled without a
// part as code behaviour, a Chinese release whose new code is told wrong
// in the sentence after it counting for the defect, a sentence that opens
// with what is done from now on taken for no cause — brought it to 29 and
// 45 (even 19 and 25; the odd, held-out half 10 and 20: one more among
// the tags, none more first; software defects 3 and 9 of 10, config
// changes 11 and 15 of 16, capacity 6 and 11 of 11). The other RCA sets
// did not move with those; a leak told by its mechanism ("kept a
// reference", "never freed") then brought sealedRCA10 from 35 to 36 first
// right (even, held-out until then, 14 to 15), sealedRCA2 from 50 to 51
// and sealedRCA7 from 36 to 37.
const sealedRCA11 = "sealed-rca-11.jsonl"

// TestSealedRCASet11 reports the eleventh sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet11(t *testing.T) { reportSealedRCASet(t, "sealed-11", sealedRCA11) }

// sealedRCA12 is a twelfth sealed file of fifty RCAs in the proportions
// of the hidden set of real cloud RCAs (16 config changes, 11 capacity, 10
// software defects, 4 operator mistakes, 2 power or cooling, 2 hardware, 2
// third party, a fibre cut, a partner's client certificate at its end
// date and a zone serial gone backwards; 12 in Chinese), in layouts and
// wordings the earlier sets did not use: reviews with What happened /
// What went wrong and why / How are we making incidents like this less
// likely and no title, "Chain of events" timelines with a "Why …" part,
// status-page stacks with the postmortem below, customer letters signed
// by an officer, incident tickets with Impact / Trigger / Detail, 事件经过
// / 根本原因 / 改进措施, 【原因说明】 notices and 致用户 letters — causes
// told as mechanisms (an idle window cut to 5 seconds fleet-wide, a /20
// removed whole when a /24 inside it was, IDs pasted into a rule field
// read as true, a retry that resent a stream already read to its end, a
// valve left shut on a standby pump, a counter in memory that starts
// again from one, a unit changed from days to hours under the same
// number, a renamed prefix list, a condition key the identity service
// does not send, a check that quotes only on a quote character, a
// checkpoint by the second with a strict "after", a cache rule that
// ignores query strings, 灰度权重写反, 判断写成了…, 生命周期规则前缀为空)
// and stories where a change, a release or a traffic rise is told next
// to the exhaustion, the data lost or the database that followed
// (labelled, as a reader would, by the thing that went wrong first).
// Fixes are made from its odd lines only; its even lines are the held-out
// half, whose failures are never logged (rcaHidden). TestSealedRCASet12
// reports it with no floor: untouched (at 1a6536c), the extractor had 32
// first right and 39 among the tags of 50 (odd lines 14 and 18 of 25, even
// lines 18 and 21; software defects 2 first, 6 among the tags of 10;
// config change 12 and 13 of 16; capacity 9 and 9 of 11; operator
// mistakes 3 and 3 of 4; the zone serial among the tags but not first;
// English 23 and 29 of 38, Chinese 9 and 10 of 12; cause found in 45).
// The forms of patternforms16.go, made from its odd lines only — a
// capacity told with "work through" or "hand … a second", a list or a
// policy renamed (重命名), memory that grew at a rate as a leak (and its
// "memory ceiling" the leak's doing), a counter that starts again from
// one, a Chinese condition written wrong in code (判断写成了), a "Why …
// were dropped" heading over the cause — brought it to 36 and 43 (odd 18
// and 22; the even, held-out half 18 and 21: the fixes did not carry
// there; software defects 4 and 8 of 10, config changes 13 and 14,
// capacity 10 and 10; English 26 and 32, Chinese 10 and 11; cause found
// in 46). The other RCA sets lost no RCA first or among the tags:
// sealedRCA11's odd, held-out half went from 20 to 21 among the tags (10
// first), and four RCAs of other sets lost a wrong extra tag.
const sealedRCA12 = "sealed-rca-12.jsonl"

// TestSealedRCASet12 reports the twelfth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet12(t *testing.T) { reportSealedRCASet(t, "sealed-12", sealedRCA12) }

// sealedRCA13 is a thirteenth sealed file of fifty RCAs in the
// proportions of the hidden set of real cloud RCAs (17 config changes, 11
// capacity, 11 software defects, 3 operator mistakes, 2 power or cooling,
// 2 hardware, 2 third party, an expired certificate whose renewal wrote
// its proof to a zone's old provider and stale name servers left at the
// parent zone by a registrar transfer; 14 in Chinese), in layouts and
// wordings the earlier sets did not use: reviews with What happened /
// What went wrong and why / How are we making incidents like this less
// likely, "Chain of events" timelines with a "Why …" part, status-page
// stacks with a write-up below, customer letters signed by an officer or
// a team, incident tickets with Impact / Trigger / Detail, one-paragraph
// "Summary of impact: … Preliminary root cause: …" reports, short reports
// whose parts open with "Summary." / "Cause.", 事件经过 / 根本原因 / 改进措施,
// 【故障公告】 with 原因说明, 事件通报, 复盘 and 致用户 letters — causes told
// as mechanisms (a search-and-replace that zeroed two pool weights, a
// baseline copied without its metadata rule, an eviction policy switched
// to random, a protocol list left with TLS 1.3 only, a reservation that
// lost its decimal point, a resources block indented under the wrong
// container, a hardware list regenerated from a catalogue, a community
// list replaced rather than added to, a retention read in hours, a webhook
// failure policy set to Fail, a path-prefix rate rule, a root logger at
// debug, an SSO audience moved, a firewall built from an old inventory;
// ports of a NAT gateway to one address, a hot partition key, a backup
// agent scheduled at the top of the hour, a mover's free-space line; a
// loop that asked again at once, a mask of 64 bits, retries without an
// idempotency key, whole-number division, an invalidation sent before the
// commit, versions compared as text, a sign-in key built from the name as
// typed, "not found" taken for a deletion, a resend with a new serial,
// 时区换算少加 8 小时, 空集合序列化为 null; a transfer switch held open by a
// drifted sensor, 阵列卡电池) and stories where a change, a release or a
// customer's traffic is told next to the exhaustion, the database or the
// provider that followed (labelled, as a reader would, by the thing that
// went wrong first). Fixes are made from its even lines only; its odd
// lines are the held-out half, whose failures are never logged
// (rcaHidden). TestSealedRCASet13 reports it with no floor: untouched (at
// 92e7b8a), the extractor had 30 first right and 37 among the tags of 50
// (odd lines 15 and 16 of 25, even lines 15 and 21; software defects 1
// first, 5 among the tags of 11; config changes 13 and 14 of 17; capacity
// 7 and 8 of 11; hardware 1 and 1 of 2; the stale name servers among the
// tags but not first; English 23 and 29 of 36, Chinese 7 and 8 of 14;
// cause found in 47). The forms of patternforms17.go, made from its even
// lines only (and sealedRCA12's odd ones) — a short report's parts named
// with a full stop ("Cause. …"), a "Why …" heading of what a thing kept
// doing or did not do, a loop that spun, arithmetic on whole numbers,
// steps done "rather than after" or before the commit, 阵列卡 as hardware,
// 每秒最多/最多维持 as a stated capacity, a parameters or settings file,
// code that handles a case "by assuming" or looks in one place only, a
// value updated, a full CPU core no fleet's want, a customer's own release
// no deployment — brought it to 35 and 41 (even 20 and 25; the odd,
// held-out half stayed at 15 and 16: the fixes did not carry; software
// defects 4 and 6 of 11, config changes 14 and 15, capacity 7 and 9,
// hardware 2 and 2; English 27 and 31, Chinese 8 and 10; cause found in
// 48). The other RCA sets lost no RCA first or among the tags:
// sealedRCA12's odd half went from 22 to 23 among the tags (its even,
// held-out half stayed at 18 and 21), and two RCAs of other sets lost a
// wrong extra tag. Of 846 whole-corpus outputs 2 changed, both real-world
// pages' tags (a scheduler's "tight loop" now software-bug first; a key
// rotation changed to clean up "immediately instead of after" the overlap
// no longer also config-change).
const sealedRCA13 = "sealed-rca-13.jsonl"

// TestSealedRCASet13 reports the thirteenth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet13(t *testing.T) { reportSealedRCASet(t, "sealed-13", sealedRCA13) }

// sealedRCA14 is a fourteenth sealed file of fifty RCAs in the
// proportions of the hidden set of real cloud RCAs (17 config changes, 12
// capacity, 10 software defects, 3 operator mistakes, 2 power or cooling,
// 2 hardware, 2 third party, an internal certificate authority at its end
// date and a fibre cut in a duct two carriers shared; 12 in Chinese), in
// layouts and wordings the earlier sets did not use: questions-and-answers
// RCAs ("What happened?" / "Why did it take 45 minutes to restore?"),
// "Five whys" lists, engineering-blog posts, post-incident reviews with
// Trigger / Detail / Contributing factors, incident tickets with "What
// changed:", notices with Overview / Cause and effect / Repair, reviews
// with What happened / What went wrong and why / How are we making
// incidents like this less likely, "Chain of events" timelines with a
// "Why …?" part, status-page stacks whose cause is in the resolved update
// or a write-up below, customer letters, 事件经过 / 根本原因 / 改进措施,
// 【故障公告】, 故障报告, 事件通报, 复盘 and 致用户 letters — causes told as
// mechanisms (a forwarding header renamed at the edge, a minimum of
// in-sync replicas taken from a development template, a pool list read in
// order with closed pools first, a DKIM selector not yet published, a
// fallback certificate field left blank, an SSO entity ID moved to https,
// a lease carried over as 30 in a format of milliseconds, rules applied
// as a replacement rather than an addition, a caching rule that honoured a
// shared no-store header, a search settings file without its list of
// supported filters, a schedule entry removed that a default policy named,
// 安全组只放行 443, 网关策略顺序, 回源协议改为强制 HTTPS, hz 参数; NAT ports, flow
// tables, runner fleets, a deduplication table's disk, build caches,
// GPU hosts, 中转服务器, 运行容器, 出口带宽; a batch resent from its start
// with fresh request ids, a session sweep that divided by 1,000, a check
// and a claim in two statements, a chunk offset kept in 32 bits, an empty
// holiday rate read as one, offsets dropped before comparing times, a token
// length measured before decoding, 两步不在同一个事务中, 32 位有符号整数;
// a transfer switch with a failed control board fan, 中间继电器触点氧化;
// optical modules of one delivery against a firmware rollout, a disk
// controller with growing memory errors) and stories where a change is
// told next to the overload that followed (labelled, as a reader would,
// by the thing that went wrong first). Fixes are made from its odd lines
// only; its even lines are the held-out half, whose failures are never
// logged (rcaHidden). TestSealedRCASet14 reports it with no floor:
// untouched (at 4cc9f04), the extractor had 24 first right and 34 among
// the tags of 50 (odd lines 14 and 16 of 25, even lines 10 and 18;
// software defects 4 and 7 of 10, config changes 11 and 14 of 17,
// capacity 5 and 6 of 12, operator mistakes 0 and 1 of 3, hardware 0 and
// 0 of 2, power 1 and 2, third party 2 and 2, the certificate 1 and 1,
// the fibre cut among the tags but not first; English 18 and 26 of 38,
// Chinese 6 and 8 of 12; cause found in 45). The forms of
// patternforms18.go, made from its odd lines only — a heading that asks
// why the recovery took so long opens the response, not the cause; a
// review's "What changed" part is its trigger; a table that was full or
// every port of an address block in use is capacity; steps made in
// separate statements or not in one transaction (不在同一个事务) and times
// compared after their offsets were dropped are code behaviour; "meant to
// … typed" is an operator's mistake; a template's field left blank is
// configuration — brought it to 30 and 40 (odd 20 and 22; the even,
// held-out half stayed at 10 and 18: the fixes did not carry; software
// defects 7 and 10, config changes 12 and 15, capacity 6 and 7, operator
// mistakes 1 and 2; English 23 and 31, Chinese 7 and 9; cause found in
// 45). The other RCA sets did not move, nor did any of the 872
// whole-corpus outputs; the pattern cv went from 54.9 % first and 72.8 %
// among (learned on odd) and 63.8 % and 84.0 % (learned on even) to 55.4
// and 72.8, 63.8 and 84.0.
const sealedRCA14 = "sealed-rca-14.jsonl"

// TestSealedRCASet14 reports the fourteenth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet14(t *testing.T) { reportSealedRCASet(t, "sealed-14", sealedRCA14) }

// sealedRCA15 is a fifteenth sealed file of fifty RCAs in the
// proportions of the hidden set of real cloud RCAs (16 config changes, 12
// capacity, 11 software defects, 3 operator mistakes, 2 power or cooling,
// 2 hardware, 2 third party, a DS record left at the parent zone after
// signing was turned off and a duct two carriers shared bored through; 12
// in Chinese), in layouts and wordings the earlier sets did not use:
// reviews with What happened / What went wrong and why / How are we
// making incidents like this less likely, "Chain of events" timelines with
// a "Why …?" part, status-page stacks whose cause is in the Identified
// update or a write-up, customer letters signed by a person or a team,
// questions-and-answers reviews, incident tickets with Impact / Trigger /
// Detail / Contributing factors, "Lessons learned" memos, engineering-blog
// posts told as a story, 事件经过 / 根本原因 / 改进措施, 【故障说明】,
// 事件通报, 故障复盘 and 故障报告 with 一、二、三, status updates in Chinese and
// 致用户 letters — causes told as mechanisms (an allowed-origins list
// regenerated from a catalogue, a disruption budget of "100%" taken from a
// chart's defaults, a flag's audience saved at 50 %, a limit counted per
// source address instead of per key, a routing map with two rows swapped,
// a replica count of 0 in an index template, a cookie set for one site, a
// pooler's statement time limit, a return-address list saved with one
// entry, 健康检查端口, time_zone 参数, 请求体大小上限, 仓库地址替换为公网域名;
// sessions, inodes, addresses of a subnet, a rack's links, input/output
// operations, a resolver's packets a second, connections per node, 每秒可
// 发送, 长连接, 文件描述符; a next run computed in local time across a
// clock change, an acknowledgement sent before the work, a parser that
// stops at a blank line, a yearly term ending on 29 February, a count of
// attempts shared by a worker, bounds "at most" and "fewer than", every
// frame decoded at once, an account with no country, a pool that hands
// out closed connections, 分页按更新时间, 并发刷新凭证; a UPS in bypass
// during a dip, 冷却塔补水阀门; memory modules of one shipment against a
// BIOS rollout, a forwarding chip that flipped bits) and stories where a
// change is told next to the overload that followed (labelled, as a reader
// would, by the thing that went wrong first). Fixes are made from its even
// lines only; its odd lines are the held-out half, whose failures are
// never logged (rcaHidden). TestSealedRCASet15 reports it with no floor:
// untouched (at b9a9d61), the extractor had 19 first right and 32 among
// the tags of 50 (odd lines 9 and 15 of 25, even lines 10 and 17;
// software defects 1 and 8 of 11, config changes 9 and 10 of 16, capacity
// 4 and 7 of 12, operator mistakes 2 and 2 of 3, hardware 0 and 0 of 2,
// power 1 and 2, third party 2 and 2, the DS record among the tags but
// not first, the duct neither; English 12 and 23 of 38, Chinese 7 and 9
// of 12; cause found in 46). The forms of patternforms19.go, made from
// its even lines only — a resource with no free inodes or addresses, a
// rate "went well past" and the rest dropped, 每秒可处理 and 超出部分 as
// capacity; code that "raises an error" as code behaviour; a duct bored
// through and fibres spliced as a cut line; 由…替换为 as a value set; and
// against three false causes: an attack named as what a change was
// "meant to" stop, a login credential's expiry (登录凭证) as a
// certificate, packets that "were changed" on the way as a configuration
// change — brought it to 25 and 37 (even 16 and 22; the odd, held-out half
// stayed at 9 and 15: the fixes did not carry; software defects 3 and 8,
// config changes 10 and 11, capacity 6 and 10, hardware 1 and 1; English
// 16 and 26, Chinese 9 and 11). The other RCA sets did not move. Of 898
// whole-corpus outputs 6 changed, all real-world pages: a cut told by a
// duct bored through is now a carrier notice's cause, network joined the
// tags of another carrier's notice and an extra human-error left a news
// report of a cut; code that "threw an exception" put software-bug, and
// hosts with "no free space left" capacity, one place higher. The pattern
// cv went
// from 55.4 % first and 72.8 % among (learned on odd) and 64.9 % and
// 84.0 % (learned on even) to 55.4 and 72.3, 64.9 and 85.1 (the set
// head's thresholds learned anew: one human-error document of the even
// half lost its tag, two security documents of the odd half gained
// theirs).
const sealedRCA15 = "sealed-rca-15.jsonl"

// TestSealedRCASet15 reports the fifteenth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet15(t *testing.T) { reportSealedRCASet(t, "sealed-15", sealedRCA15) }

// sealedRCA16 is a sixteenth sealed file of fifty RCAs in the
// proportions of the hidden set of real cloud RCAs (17 config changes, 12
// capacity, 10 software defects, 3 operator mistakes, 2 power or cooling,
// 2 hardware, 2 third party, a certificate authority's new intermediate
// against apps pinned to the old one and a domain whose registration
// lapsed to a registrar's parking servers; 12 in Chinese), in layouts and
// wordings the earlier sets did not use: reviews with What happened /
// What went wrong and why / How are we making incidents like this less
// likely, "Correction of Error" reviews asked as questions, Markdown
// postmortems with a timeline table, customer letters, "Reason for
// Outage" notices of carriers and colocation sites, "TL;DR" posts,
// incident records with key-value headers, numbered incident narratives,
// service notices, status-page stacks, 【故障说明】, 【运维公告】 with
// 【时间】【影响】【原因】【措施】, 事后分析 with 问题描述 / 原因分析 / 后续计划,
// 致商户 letters, Chinese status stacks (【已定位】) and 故障复盘 with 一、二、三
// — causes told as mechanisms (an idle wait brought under the server's,
// a flag rule saved with an empty region list, a rule moved from counting
// to blocking, a hardening profile's narrower port range, a route
// pointed at a canary upstream, prefix lists regenerated from records, a
// retry policy set namespace-wide, a heap flag copied from another
// chart, a rotation job pointed at another template, strict mutual TLS
// before sidecars, an authorisation header in a cache key, firewall rules
// keyed by position, a scaling target copied from another service, 前缀
// 匹配写成精确匹配, 以新模板覆盖安全组, 拉取策略改为 Always, 回调地址更新为新域名;
// a log kept for a lagging node, runners all taken, a sender number's
// rate, a table of tracked connections, a wave pair at full rate, worker
// threads, heap guards, machines all placed, one thread of a session
// store, 连接池, 磁盘写满, 转码集群全部忙碌; identifiers rounded past 2^53, a
// status compared as text, a week-year pattern, nested repeats in an
// expression, a lease outlived by a pause, a size in a signed 32-bit
// field, an unknown state read as the first, a checksum taken before the
// last block, 删除缓存漏掉租户前缀, 负数取模; a terminal left on
// production, a pasted list of the whole zone, 在主库窗口执行了 DROP; a
// generator breaker on a flat control battery, 燃油滤清器堵塞; network
// cards of one lot against a firmware rollout, drives worn out together;
// an email provider's and a map provider's outages) and stories where a
// change is told next to the overload that followed (labelled, as a
// reader would, by the thing that went wrong first). Fixes are made from
// its odd lines only; its even lines are the held-out half, whose
// failures are never logged (rcaHidden). TestSealedRCASet16 reports it
// with no floor: untouched (at 8ded63b), the extractor had 19 first right
// and 31 among the tags of 50 (odd lines 13 and 20 of 25, even lines 6
// and 11; config changes 5 and 9 of 17, capacity 3 and 5 of 12, software
// defects 4 and 8 of 10, operator mistakes 1 and 2 of 3, hardware 1 and 1
// of 2, power 2 and 2, third party 2 and 2, the certificate 1 and 1, the
// lapsed domain among the tags but not first; English 14 and 23 of 38,
// Chinese 5 and 8 of 12; cause found in 43). The forms of
// patternforms20.go, made from its odd lines only — a value "brought
// down to" another, a job "pointed at" a new template or a route
// "pointed the … at" an upstream, 以新模板覆盖原有规则 / 新模板中没有 and 地址更新为
// as settings; a table holding "as many entries as" it can and machines
// "already placed" as capacity; a step done "before it had read" its
// input and a branch that "fell through to" another's as code behaviour
// — brought it to 25 and 34 (odd 19 and 23; the even, held-out half
// stayed at 6 and 11: the fixes did not carry; config changes 7 and 10,
// capacity 5 and 7, software defects 6 and 8; English 19 and 26, Chinese
// 6 and 8). The other RCA sets lost no RCA: sealedRCA15's even half went
// from 16 to 17 first (its odd, held-out half stayed at 9 and 15). None
// of the 924 whole-corpus outputs changed, nor did the pattern cv (54.3 %
// first and 73.9 % among learned on odd, 64.4 % and 84.6 % learned on
// even).
const sealedRCA16 = "sealed-rca-16.jsonl"

// TestSealedRCASet16 reports the sixteenth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet16(t *testing.T) { reportSealedRCASet(t, "sealed-16", sealedRCA16) }

// sealedRCA17 is a seventeenth sealed file of fifty RCAs. Fixes are made
// from its even lines only; its odd lines are the held-out half, whose
// failures are never logged (rcaHidden). Untouched (at 69e9fcb), the
// extractor had 26 first right and 35 among the tags of 50 (odd lines 13
// and 18 of 25, even lines 13 and 17). The forms of patternforms21.go,
// made from its even lines only — a bare expiry a certificate's only
// where a credential is named, a demand as a multiple of an ordinary
// day's and a demand larger than a supply of the same unit as capacity,
// a provider by its side (通道一侧) as a dependency, a route or host
// switched from one thing to another and a Chinese setting given an
// address (被设置为…的域名) as settings changed, request parameters no
// setting, a battery a machine's part holds as hardware rather than
// facility power, code that relied on what was "never promised" as a
// defect, and a Chinese finding's span cut at 后， where a response
// follows — brought it to 33 and 42 (even 20 and 24; the odd, held-out
// half stayed at 13 and 18: the fixes did not carry; capacity 9 and 9 of
// 11, config changes 13 and 14 of 17, software defects 3 and 8 of 10,
// hardware 2 and 2; English 22 and 30 of 38, Chinese 11 and 12 of 12).
// The other RCA sets lost no RCA in first or among (sealedRCA2, 7 and 14
// gained one among, sealedRCA13 one first; sealedRCA9 traded one first
// between its halves, a lease that "expired" no longer a certificate's).
// Of 906 whole-corpus outputs 7 changed, all real-world pages and all read
// (bare expiries of a timeout, a job and a voucher no longer a
// certificate; a payment channel's side now the dependency first; an
// eighth, a finding's span cut at 后， before its mechanism, changed and
// was put back by the response test). The
// pattern cv went from 54.3 % first and 73.9 % among (learned on odd) and
// 63.3 % and 86.7 % (learned on even) to 54.9 and 73.9, 63.8 and 85.6
// (the set head's thresholds learned anew: two security documents of the
// odd half lost their tag).
const sealedRCA17 = "sealed-rca-17.jsonl"

// TestSealedRCASet17 reports the seventeenth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet17(t *testing.T) { reportSealedRCASet(t, "sealed-17", sealedRCA17) }

// sealedRCA18 is an eighteenth sealed file of fifty RCAs (14 config
// changes, 10 capacity, 7 operator mistakes, 5 power or cooling, 5
// hardware, 5 third party, 4 software defects; 17 in Chinese), written and
// labelled before the extractor first ran on them, leaning on what the
// hidden set of real cloud RCAs found weak: a command run against the wrong
// cluster, a mistyped name, a runbook's step skipped (未按操作手册); a UPS
// that did not hold its load, a chiller plant, a generator that did not
// start (市电中断, 空调故障); a NIC, a line card, drives of one batch worn
// out, 内存条, 硬盘坏道; an SMS provider, a CDN vendor, a payment
// processor, 运营商; settings told plainly ("a legacy configuration was
// applied", "a misconfiguration … resulted in", 配置变更, 下发了旧版本的配
// 置); and demand past what a pool holds. Fixes are made from its even
// lines only; its odd lines are the held-out half, whose failures are
// never logged (rcaHidden). Untouched (at 5aa354a), the extractor had 42
// first right and 48 among the tags of 50 (odd lines 23 and 25 of 25, even
// lines 19 and 23; software defects 2 and 3 of 4, operator mistakes 5 and
// 7 of 7; English 27 and 32 of 33, Chinese 15 and 16 of 17; cause found in
// 45); its floors are those figures. The cues and forms of
// patternforms22.go, made from its even lines (and sealedRCA17's odd
// lines, readable since this set took over as the held-out one) only — a
// runbook people follow and a pipeline that carries data no automation, a
// step of a procedure skipped by a person, what a person "meant to copy",
// a configuration copied from a non-production environment, a change to
// code logic as a defect, what users saw fail to load no code behaviour, a
// vendor that "had an outage", demand told by its record and links at
// their full rate, 程序在处理…时, 按本地时间, 重复计入 — brought it to 47
// and 50 (even 24 and 25; the odd, held-out half stayed at 23 and 25;
// software defects 4 and 4, operator mistakes 6 and 7, dependency 5 and 5;
// English 31 and 33, Chinese 16 and 17; cause found in 47). The other RCA
// sets lost no RCA: sealedRCA17's odd half went from 13 and 18 to 16 and
// 21, sealedRCA16's even (held-out) half from 6 and 11 to 7 and 13,
// sealedRCA3, 11, 14 and 15 gained one first each and sealedRCA6 one
// among. Of 403 whole-corpus outputs 1 changed (read: the 2017 storage
// outage's "established playbook", used by a person, no longer tags
// automation third; communication comes in); the silver halves stayed at
// 98.4 % first and 100 % among (odd), 95.7 % and 98.9 % (even).
const sealedRCA18 = "sealed-rca-18.jsonl"

// TestSealedRCASet18 reports the eighteenth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet18(t *testing.T) {
	n, first, any := reportSealedRCASet(t, "sealed-18", sealedRCA18)
	rcaFloors(t, "sealed-18", n, first, any, 42, 48)
}

// sealedRCA19 is a nineteenth sealed file of sixty RCAs (19 config
// changes, 13 capacity, 12 software defects, 4 operator mistakes, 4 power
// or cooling, 3 hardware, 3 third party, a network and a DNS failure; 21
// in Chinese), written and labelled before the extractor first ran on
// them, as cloud providers' RCAs and post-incident summaries read
// (Summary of impact / Root cause / Mitigation / Next steps, status
// updates, 故障说明 and 复盘), often with several causes in one text: a
// configuration change that exposed a latent defect, a surge that met a
// limit after a deploy, a retry storm set off by a vendor; settings told
// plainly (a change to the network configuration, an update to the allow
// list, a certificate rotation, a feature flag, 推送了错误的配置), demand
// past a limit (exceeded the limit, resource exhaustion, a surge in, 容量
// 不足, 连接数打满), defects (a latent defect, a code regression, a race
// condition, an edge case), and mitigations and next steps that name
// other patterns (rollback, failover, added capacity). Fixes are made
// from its even lines only; its odd lines are the held-out half, whose
// failures are never logged (rcaHidden). Untouched (at 33f97f7), the
// extractor had 53 first right and 58 among the tags of 60 (odd lines 25
// and 28 of 30, even lines 28 and 30; config changes 17 and 17 of 19,
// capacity 11 and 13 of 13, software defects 11 and 12 of 12; English 34
// and 38 of 39, Chinese 19 and 20 of 21; cause found in 60); its floors
// are those figures. The cues and forms of patternforms23.go, made from
// its even lines (and sealedRCA18's odd lines, readable since this set
// took over as the held-out one, whose failures are now logged) only — a
// customer's misconfigured application where demand came from, 代码回归
// as a defect, 本应…但误将… as a person's slip whose settings count for
// nothing, a setting "set incorrectly", 连接串, a system under-provisioned,
// at its maximum, used up or past what it "could handle", 逻辑有误 — brought
// it to 55 and 58 (even 30 and 30; the odd, held-out half stayed at 25 and
// 28; capacity 12 and 13, software defects 12 and 12). The other RCA sets
// lost no RCA: sealedRCA18's odd half went from 23 to 24 first and
// sealedRCA14's even half from 10 to 11 first. Of 1,233 whole-corpus and
// testdata outputs 3 changed, all in their patterns only and none in the
// first (read: demand past what a pool of routers "could handle", a
// service "only sized for a small share of traffic" and a database that
// "reached its maximum number of sessions" now tag capacity or tag it
// higher); the silver halves stayed at 98.4 % first and 100 % among
// (odd), 95.7 % and 98.9 % (even).
const sealedRCA19 = "sealed-rca-19.jsonl"

// TestSealedRCASet19 reports the nineteenth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet19(t *testing.T) {
	n, first, any := reportSealedRCASet(t, "sealed-19", sealedRCA19)
	rcaFloors(t, "sealed-19", n, first, any, 53, 58)
}

// sealedRCA20 is a twentieth sealed file of sixty RCAs (12 operator
// mistakes, 8 each of power or cooling, hardware, third party, config
// changes, capacity and software defects; 22 in Chinese), written and
// labelled before the extractor first ran on them, harder than the sets
// before it: long, hedged and passive, as large providers write ("a subset
// of customers may have experienced", "an issue was identified with a
// component responsible for", "a command was executed with an incorrect
// parameter"), the cause told obliquely (a list taken from an old plan, a
// step done in the reverse order, a generator that failed to start, a line
// card that dropped packets, a filtering service licensed from a third
// party, 未按照操作手册, 市电中断, 板卡, 运营商) while the words of other
// patterns sit in the impact and the mitigation. Fixes are made from its
// even lines only; its odd lines are the held-out half, whose failures are
// never logged (rcaHidden). Untouched (at b7f390a), the extractor had
// 47 first right and 54 among the tags of 60 (odd lines
// 25 and 28 of 30, even lines 22 and 26; software defects 1 and 6 of 8,
// hardware 6 and 6, operator mistakes 10 and 10 of 12; English 27 and 33
// of 38, Chinese 20 and 21 of 22; cause found in 54); its floors are
// those figures. The cues and forms of patternforms24.go, made from its
// even lines (and sealedRCA19's odd lines, readable since this set took
// over as the held-out one, whose failures are now logged) only — code
// that handled or computed a thing "incorrectly" and logic that took one
// thing for another (逻辑…识别为) as defects that a release before them
// only carried, a change "made by the partner" as the third party's, what
// "the component responsible for" does as its job and no failure, a code
// that "entered a state in which" it "never advanced", a network interface
// card and a firmware fault as hardware, work "contrary to the documented
// procedure" and steps done "in the opposite order" as a person's, "our
// investigation determined that" as a cause marker — brought it to 55 and
// 58 (even 29 and 30; the odd, held-out half went to 26 and 28; software
// defects 5 and 8, hardware 7 and 7, operator mistakes 11 and 11, config
// changes and third party 8 and 8). The other RCA sets lost no RCA:
// sealedRCA19's odd half went from 25 to 26 first (55 to 56 of 60),
// sealedRCA18's odd half from 24 to 25. Of 1,298 whole-corpus and
// testdata outputs 4 changed, in their patterns only (read: two firmware
// faults of storage controllers and one of a core switch now tag
// hardware, first in two of them; a signalling outage whose investigation
// "found that" a release held a defect loses cascading-failure as its
// fourth tag); the silver halves stayed at 98.4 % first and 100 % among
// (odd), 95.7 % and 98.9 % (even). Its floors stay at the untouched
// figures, as sealedRCA18's and sealedRCA19's do.
const sealedRCA20 = "sealed-rca-20.jsonl"

// TestSealedRCASet20 reports the twentieth sealed RCA set, overall, per
// label, per language and per half, and in how many RCAs a cause was
// found.
func TestSealedRCASet20(t *testing.T) {
	n, first, any := reportSealedRCASet(t, "sealed-20", sealedRCA20)
	rcaFloors(t, "sealed-20", n, first, any, 47, 54)
}

// rcaHidden tells, for a file with a held-out half, whether a line's
// failure may be logged: the held-out lines are only ever counted.
// sealedRCA10's even lines were held out until sealedRCA11 took over,
// sealedRCA18's odd lines until sealedRCA19 did, sealedRCA19's odd lines
// until sealedRCA20 did.
var rcaHidden = map[string]func(line int) bool{
	sealedRCA11: func(line int) bool { return line%2 == 1 },
	sealedRCA12: func(line int) bool { return line%2 == 0 },
	sealedRCA13: func(line int) bool { return line%2 == 1 },
	sealedRCA14: func(line int) bool { return line%2 == 0 },
	sealedRCA15: func(line int) bool { return line%2 == 1 },
	sealedRCA16: func(line int) bool { return line%2 == 0 },
	sealedRCA17: func(line int) bool { return line%2 == 1 },
	sealedRCA20: func(line int) bool { return line%2 == 1 },
}

// rcaShown reports whether the failure of a file's line may be logged.
func rcaShown(file string, line int) bool {
	hide := rcaHidden[filepath.Base(file)]
	return hide == nil || !hide(line)
}

// rcaHalves logs, for the odd and the even lines of a file apart, how many
// RCAs have their root cause first and among the tags: fixes are made from
// one half and the other half shows whether they carry.
func rcaHalves(t *testing.T, file string) {
	t.Helper()
	var n, first, any [2]int
	eachRCA(t, file, func(line int, r rcaLine, in *data.Incident) {
		h := line % 2
		n[h]++
		if len(in.Patterns) > 0 && in.Patterns[0] == r.Label {
			first[h]++
		}
		if slices.Contains(in.Patterns, r.Label) {
			any[h]++
		}
	})
	t.Logf("%s odd lines: %d, first right %d, among the tags %d", filepath.Base(file), n[1], first[1], any[1])
	t.Logf("%s even lines: %d, first right %d, among the tags %d", filepath.Base(file), n[0], first[0], any[0])
}

// rcaCauseFound logs how many RCAs of a file have a cause, and the cause
// (or its absence) of each RCA whose root cause is not the first tag.
func rcaCauseFound(t *testing.T, file string) {
	t.Helper()
	var n, found int
	eachRCA(t, file, func(line int, r rcaLine, in *data.Incident) {
		n++
		if strings.TrimSpace(in.Cause) != "" {
			found++
		}
		if (len(in.Patterns) == 0 || in.Patterns[0] != r.Label) && rcaShown(file, line) {
			t.Logf("%s line %d (%s, %s -> %v) cause: %q", filepath.Base(file), line, r.Lang, r.Label, in.Patterns, in.Cause)
		}
	})
	t.Logf("%s: cause found in %d of %d (%.0f %%)", filepath.Base(file), found, n, 100*float64(found)/float64(n))
}

// formsRCA5 is a file of thirty-one RCAs (13 software defects, 9
// configuration changes, 6 capacity, 2 operator mistakes, 1 third party;
// 10 in Chinese) written and labelled before the extractor first ran on
// them, in the kinds of wording sealedRCA4 showed missed: code behaviour
// told without the word "bug" ("without verifying", "before writing",
// "only once", a counter that wrapped, 没有校验), a change told by its
// verb ("was changed to point at", "replaced … left out", 换成了, 精简了),
// a defect in a release rolled out earlier, capacity told as "fully in
// use", "filled its memory", 满负荷, and components named only as the
// place of the failure. TestFormsRCASet5 reports it apart: untouched, the
// extractor had 8 first right and 13 among the tags.
const formsRCA5 = "forms-rca-5.jsonl"

// TestFormsRCASet5 reports the forms RCA set 5, overall, per label and per
// language.
func TestFormsRCASet5(t *testing.T) {
	reportRCASet(t, "forms-5", formsRCA5, 31)
	rcaBreakdown(t, filepath.Join("testdata/rca", formsRCA5))
}

// formsRCA6 is a file of forty RCAs (30 in Chinese: 8 configuration
// changes, 7 capacity, 6 software defects, 3 operator mistakes, 2 power or
// cooling, 2 hardware, 2 third party; 10 in English of the same kinds),
// written and labelled before the extractor first ran on them, in the
// forms Chinese write-ups take: news reports (官方回应称…系…所致), 复盘
// posts with numbered parts, 故障公告 with bracketed labels, and causes
// told as 由于…导致, 因…引发, 系…所致, 原因为…, 经排查…, 定位到…, whose
// trigger is a change (调整, 割接, 上线, 扩容操作), a limit (打满, 耗尽,
// 达到上限, 积压, 雪崩), a defect (逻辑缺陷, 未处理, 边界条件, 死循环,
// 内存泄漏), a person's act (误删, 执行命令, 未按规范), power or cooling,
// hardware or a provider, while databases, networks and storage are
// named as the place. TestFormsRCASet6 reports it apart.
const formsRCA6 = "forms-rca-6.jsonl"

// TestFormsRCASet6 reports the forms RCA set 6, overall, per label and per
// language.
func TestFormsRCASet6(t *testing.T) {
	reportRCASet(t, "forms-6", formsRCA6, 40)
	rcaBreakdown(t, filepath.Join("testdata/rca", formsRCA6))
}

// rcaBreakdown logs, per label and per language, how many RCAs of a file
// have their root cause first and among the tags.
func rcaBreakdown(t *testing.T, file string) {
	t.Helper()
	type tally struct{ n, first, any int }
	by := map[string]*tally{}
	var keys []string
	add := func(k string, first, any bool) {
		c := by[k]
		if c == nil {
			c = &tally{}
			by[k] = c
			keys = append(keys, k)
		}
		c.n++
		if first {
			c.first++
		}
		if any {
			c.any++
		}
	}
	eachRCA(t, file, func(_ int, r rcaLine, in *data.Incident) {
		first := len(in.Patterns) > 0 && in.Patterns[0] == r.Label
		any := slices.Contains(in.Patterns, r.Label)
		add("label "+r.Label, first, any)
		add("lang "+r.Lang, first, any)
	})
	slices.Sort(keys)
	for _, k := range keys {
		c := by[k]
		t.Logf("%s: %d, first right %d, among the tags %d", k, c.n, c.first, c.any)
	}
}

// rcaLine is one labelled RCA of a file: its root cause, language and text.
type rcaLine struct{ Label, Lang, Text string }

// eachRCA extracts each RCA of a file and hands it, with its line number,
// to f.
func eachRCA(t *testing.T, file string, f func(line int, r rcaLine, in *data.Incident)) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var r rcaLine
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s line %d: %v", file, i+1, err)
		}
		in, err := extractOnce([]byte(r.Text), fmt.Sprintf("rca-%d.txt", i+1), "")
		if err != nil {
			t.Fatalf("%s line %d: %v", file, i+1, err)
		}
		f(i+1, r, in)
	}
}

// rcaFloors fails when fewer than firstMin RCAs of a set have their root
// cause first, or fewer than anyMin among the tags.
func rcaFloors(t *testing.T, name string, n, first, any, firstMin, anyMin int) {
	t.Helper()
	if first < firstMin || any < anyMin {
		t.Errorf("%s RCAs: first right %d, among the tags %d of %d; want at least %d and %d", name, first, any, n, firstMin, anyMin)
	}
}

// wordingRCA is the file of RCAs that state their cause in the plain
// words the lexicon once missed (a setting changed "from X to Y", a
// configuration applied without its entries, a carrier called "the
// operator", a defect in a new version, a mistaken command, utility power
// and cooling), written and labelled before the extractor ran on them;
// TestWordingRCASet reports it apart.
const wordingRCA = "wording-rca.jsonl"

// TestWordingRCASet reports the wording RCA set: first pattern right and
// the labelled root cause among the tags.
func TestWordingRCASet(t *testing.T) { reportRCASet(t, "wording", wordingRCA, 30) }

// reportRCASet logs how one file of RCAs scores and fails when fewer than
// least of them were read.
func reportRCASet(t *testing.T, name, file string, least int) (n, first, any int) {
	n, first, any = rcaSet(t, filepath.Join("testdata/rca", file))
	t.Logf("%s RCAs: %d, first right %d (%.0f %%), root cause among the tags %d (%.0f %%)", name, n, first, 100*float64(first)/float64(n), any, 100*float64(any)/float64(n))
	if n < least {
		t.Fatalf("only %d %s RCAs read", n, name)
	}
	return n, first, any
}

// rcaSet scores one file of labelled RCAs.
func rcaSet(t *testing.T, file string) (n, first, any int) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		var r struct{ Label, Lang, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s line %d: %v", file, n+1, err)
		}
		n++
		in, err := extractOnce([]byte(r.Text), fmt.Sprintf("rca-%d.txt", n), "")
		if err != nil {
			t.Fatalf("%s line %d: %v", file, n, err)
		}
		shown := rcaShown(file, n)
		if len(in.Patterns) > 0 && in.Patterns[0] == r.Label {
			first++
		} else if slices.Contains(in.Patterns, r.Label) && shown {
			t.Logf("%s line %d (%s, %s): patterns %v, not first", filepath.Base(file), n, r.Lang, r.Label, in.Patterns)
		}
		if slices.Contains(in.Patterns, r.Label) {
			any++
		} else if shown {
			t.Logf("%s line %d (%s, %s): patterns %v", filepath.Base(file), n, r.Lang, r.Label, in.Patterns)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n, first, any
}
