package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/incidex/incidex/data"
)

// speedMClassLists are the lists whose words the forms now find by a bit
// of the word-class index rather than by asking the map for every word.
func speedMClassLists() []struct {
	name  string
	cls   wordClass
	words map[string]bool
} {
	return []struct {
		name  string
		cls   wordClass
		words map[string]bool
	}{
		{"reworkVerbs", clsRework, reworkVerbs}, {"copyVerbs", clsCopyVerb, copyVerbs},
		{"doneTwiceVerbs", clsDoneTwice, doneTwiceVerbs}, {"actorWords", clsActor, actorWords},
		{"configNouns", clsConfigNoun, configNouns}, {"lockHeldVerbs", clsLockHeld, lockHeldVerbs},
		{"capacityVerbsS", clsCapacityS, capacityVerbsS},
	}
}

// TestWordClassBitsAreTheLists asks, for every word of the lists, of our
// own write-ups, of the fixture and realworld pages and of every corpus
// line, that a word has a list's bit exactly when the list's map holds
// it (true): the forms that test the bit open where they opened when they
// asked the map.
func TestWordClassBitsAreTheLists(t *testing.T) {
	t.Parallel()
	texts := []string{
		"The Quillfeather billing team rewrote the retry code last week, and the new code counted every refund twice.",
		"Engineers at Brackenmoor Freight enabled the flag for all tenants; a new admission profile was published to the fleet.",
		"The config was copied from the staging template, and the worker held the global lock for the whole export.",
		"Each node handles 4,000 requests per second; the scheduler processes at most 120 jobs a minute.",
		"运维团队重写了调度模块，配置从测试环境复制而来。",
	}
	for _, p := range speedPages(t) {
		texts = append(texts, lowerText(string(p)))
	}
	texts = append(texts, corpusLines(t)...)
	var words []string
	for _, l := range speedMClassLists() {
		for w := range l.words {
			words = append(words, w)
		}
	}
	for _, s := range texts {
		words = append(words, splitWords(lowerText(s))...)
	}
	cls := classify(words)
	opened := 0
	for i, w := range words {
		for _, l := range speedMClassLists() {
			got, want := cls[i]&l.cls != 0, l.words[w]
			if got != want {
				t.Fatalf("word %q: %s bit %v, the map says %v", w, l.name, got, want)
			}
			if got {
				opened++
			}
		}
	}
	if opened < 50 {
		t.Fatalf("only %d words in a list: the test asks little", opened)
	}
}

// TestFormsOpenByClass asks the forms that now open at a class bit of
// write-ups of ours that each one's form holds: a rework of code, a copy
// from a source, a thing done twice, a toggle by an actor, new rules sent
// out, a capacity stated and a lock held across a span.
func TestFormsOpenByClass(t *testing.T) {
	cases := []struct {
		name string
		text string
		form func(words []string, cls []wordClass, hit func(int))
	}{
		{"rework", "On Monday the Larchwood payments team shipped a release that rewrote the settlement code for refunds.",
			func(w []string, c []wordClass, hit func(int)) { englishReleaseRework(w, c, hit) }},
		{"copied", "The limits for the Ashgrove region were copied from the entry of a much smaller edge region.",
			func(w []string, c []wordClass, hit func(int)) { englishCopiedFrom(w, c, func() { hit(0) }) }},
		{"twice", "A defect in the ledger service subtracted each fee twice from the merchant balance.",
			func(w []string, c []wordClass, hit func(int)) { englishDoneTwice(w, c, hit) }},
		{"toggle", "At 09:12 engineers enabled the compression flag for every region at once.",
			func(w []string, c []wordClass, hit func(int)) { englishToggle(w, c, hit) }},
		{"new rules", "A revised egress allowlist was pushed to all gateways of Tallowmere Cloud.",
			func(w []string, c []wordClass, hit func(int)) { englishNewConfigOut(w, c, hit) }},
		{"capacity", "Each ingest node handles 2,000 events per second at most.",
			func(w []string, c []wordClass, hit func(int)) { englishCapacityStated(w, c, hit) }},
		{"lock", "The export job held the process-wide read-write lock for the whole fetch from the archive.",
			func(w []string, c []wordClass, hit func(int)) { englishCodeForms13(w, c, hit) }},
	}
	for _, c := range cases {
		words := splitWords(lowerText(c.text))
		n := 0
		c.form(words, classify(words), func(int) { n++ })
		if n == 0 {
			t.Errorf("%s: no form found in %q", c.name, c.text)
		}
	}
}

// TestLoweredTextSameAsUncached asks the steps that take build's memo of
// the lowered text (loweredText) the same answers with it as without it,
// on write-ups of ours (capitals, Chinese, a rune that lowers to another
// length, a broken rune before a line break, a text past the 8000 bytes
// findSeverity reads), the fixture and realworld pages and the corpus
// lines; and the memo's lowering is lowerText's.
func TestLoweredTextSameAsUncached(t *testing.T) {
	t.Parallel()
	texts := []string{
		"Summary\nOn 4 March the Fernhollow API was down for 2 hours and 15 minutes (SEV-2). Total downtime: 135 minutes.",
		"事件概述\n3月4日，蓝溪支付的结算服务中断约 3 小时 20 分钟，定级为 P1 事故。根因是配置变更。",
		"The İstanbul edge of Corvane CDN failed over; the \u212aelvin probe took 45 minutes to recover. Severity 1.",
		"A cut rune \xe5\xb9\nthen the Harrowgate outage lasted 3 hours.",
		strings.Repeat("The Millbrook queue backed up for hours. ", 250) + "It was a SEV1 incident lasting 90 minutes.",
		"",
	}
	for _, p := range speedPages(t) {
		texts = append(texts, string(p))
	}
	ours := len(texts)
	texts = append(texts, raceThin(corpusLines(t), 5)...)
	for i, s := range texts {
		low := &loweredText{text: s}
		if got, want := low.of(s), lowerText(s); got != want {
			t.Fatalf("memo of %.40q lowers to %.40q, lowerText to %.40q", s, got, want)
		}
		for _, lang := range []string{"en", "zh"} {
			// (unitWindows reads text at the offsets of its lowering,
			// which a byte that is no UTF-8 moves: both ways alike)
			got, gotPanic := speedMTry(func() int { return statedDurationLowered(s, lang, &loweredText{text: s}) })
			want, wantPanic := speedMTry(func() int { return statedDuration(s, lang) })
			if got != want || gotPanic != wantPanic {
				t.Fatalf("statedDuration(%.60q, %s) = %d (panic %v) with the memo, %d (panic %v) without", s, lang, got, gotPanic, want, wantPanic)
			}
		}
		if got, want := findSeverityLowered("Incident report", s, &loweredText{text: s}), findSeverity("Incident report", s); got != want {
			t.Fatalf("findSeverity(%.60q) = %q with the memo, %q without", s, got, want)
		}
		if i >= ours && i%5 != 0 {
			continue // the patterns of every fifth corpus line: the test stays quick
		}
		in := &data.Incident{Title: "Outage", Text: s, Cause: "A configuration change to the Fernhollow routers", Tags: []string{"network", "config"}}
		if got, want := findPatternsLowered(in, &loweredText{text: s}), findPatterns(in); !slices.Equal(got, want) {
			t.Fatalf("findPatterns(%.60q) = %v with the memo, %v without", s, got, want)
		}
		for _, tags := range []string{"", "network\nConfig"} {
			views := patternViews(&data.Incident{Text: s, Tags: strings.Split(tags, "\n")})
			got := lexiconScoresLowered(views, nil, strings.Join(strings.Split(tags, "\n"), "\n"), &loweredText{text: s})
			want := lexiconScoresOwn(views, nil)
			for v := range got {
				if !slices.Equal(got[v], want[v]) {
					t.Fatalf("lexicon row %d of %.60q differs with the memo", v, s)
				}
			}
		}
	}
	// a memo of another text is not used
	other := &loweredText{text: "Another Text"}
	if got := other.of("The Text"); got != "the text" {
		t.Fatalf("memo of another text gave %q", got)
	}
	if restOf("a\nb", "a", "c") || !restOf("A\n", "A", "") || restOf("A", "A", "") {
		t.Fatal("restOf reads text+\"\\n\"+tags wrongly")
	}
}

// speedMTry returns f's answer, or that it panicked.
func speedMTry(f func() int) (v int, panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	return f(), false
}

// causalSpansEach is causalSpans as it was, each test of a cause sentence
// lowering the sentence itself.
func causalSpansEach(text string) []string {
	hits := markerHits(text)
	if len(hits) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	h := 0
	prevStart, lastStart := 0, 0
	eachSentence(text, func(start, end int) {
		prevStart, lastStart = lastStart, start
		for h < len(hits) && hits[h] < start {
			h++
		}
		if h == len(hits) || hits[h] >= end {
			return
		}
		sent := strings.TrimSpace(text[start:end])
		if seen[sent] || readerAddress(sent) || becauseAside(sent) || spreadAside(sent) || remedyAside(sent) {
			return
		}
		seen[sent] = true
		span := causalSpan(sent)
		if (anaphoric(span) || resultLead(sent)) && start > 0 {
			span = strings.TrimSpace(text[prevStart:start])
		}
		if span != "" {
			out = append(out, span+releaseSequel(text, end))
		}
	})
	return out
}

// TestCauseSentenceLoweredOnce: causalSpans lowers a cause sentence once
// for the tests that each lowered it, some after trimming its start or
// its spaces. asciiLower lowers A-Z alone, none of which is trimmed, so
// trimming after lowering is trimming before; asked of random texts of
// the trimmed runes and capitals, write-ups of ours, the pages and the
// corpus lines, and causalSpans against the way it was.
func TestCauseSentenceLoweredOnce(t *testing.T) {
	t.Parallel()
	pieces := []string{" ", "-", "–", "—", "*", ">", "•", "\t", "\n", "\u00a0", "\u3000", "B", "because", "Because ", "We want to ", "AS A RESULT", "In the future", "因此", "，", ",", "É", "\xe2", "\xe2\x80"}
	texts := randomTexts(17, 3000, 12, pieces)
	texts = append(texts,
		"Because the Pinecrest cache was cold, requests went to the database. As a result, the database ran out of connections.",
		"We want to share what happened on 3 May at Oakhaven Logistics. The outage was caused by an expired certificate on the API gateway.",
		"  — In the future we will rotate certificates automatically. The root cause was a missed renewal reminder.",
		"由于配置中心推送了错误的路由规则，导致杉岭支付的部分交易失败。因此，我们将增加发布前的校验。",
		"This caused the queue at Marlowe Freight to back up for two hours.",
	)
	for _, p := range speedPages(t) {
		texts = append(texts, string(p))
	}
	texts = append(texts, corpusLines(t)...)
	for _, s := range texts {
		l := asciiLower(s)
		if got, want := strings.TrimLeft(l, " -–—*>•"), asciiLower(strings.TrimLeft(s, " -–—*>•")); got != want {
			t.Fatalf("TrimLeft after lowering %q = %q, before: %q", s, got, want)
		}
		if got, want := strings.TrimSpace(l), asciiLower(strings.TrimSpace(s)); got != want {
			t.Fatalf("TrimSpace after lowering %q = %q, before: %q", s, got, want)
		}
		if got, want := causalSpans(s), causalSpansEach(s); !slices.Equal(got, want) {
			t.Fatalf("causalSpans(%.60q) = %q, the way it was %q", s, got, want)
		}
	}
}
