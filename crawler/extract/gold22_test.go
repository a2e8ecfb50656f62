package extract

import (
	"strings"
	"testing"
)

// A write-up published years after what it tells, in prose without clock
// times, whose front matter gives the incident's day: the sentence that
// names that day is an event of it, though the day lies far from the
// publication (a history otherwise).
func TestProseDayOfFrontMatterStart(t *testing.T) {
	doc := "---\ntitle: Corvane 3 maiden flight failure\nstart_time: 2001-09-12T00:00:00Z\nend_time: 2001-09-12T00:01:00Z\n" +
		"company: Corvane Aerospace\nsource_published_at: 2009-05-02T10:00:00Z\n---\n\n" +
		"The Corvane 3 maiden flight failed on September 12, 2001, forty seconds after lift-off.\n\n" +
		"The guidance software reused from the Corvane 2 converted a large velocity value into a small integer, which overflowed.\n\n" +
		"The vehicle and its two weather satellites were lost.\n"
	in := extractString(t, "corvane", doc)
	found := false
	for _, ev := range in.Timeline {
		found = found || strings.HasPrefix(ev.At, "2001-09-12") && strings.Contains(ev.Text, "maiden flight failed")
	}
	if !found {
		t.Errorf("timeline %+v, want the maiden flight's failure on 2001-09-12", in.Timeline)
	}
}

// A sentence that says what the incident showed of the risks or dangers
// of a practice ("The incident highlighted the risks of reusing code
// unchanged", "这次事故凸显了…的风险") is the lessons, when no section
// holds them.
func TestIncidentHighlightedTheRisks(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Corvane 3 maiden flight failure\n---\n\n" +
			"The Corvane 3 maiden flight failed on September 12, 2001, forty seconds after lift-off.\n\n" +
			"The guidance software reused from the Corvane 2 converted a large velocity value into a small integer, which overflowed.\n\n" +
			"The incident highlighted the risks of reusing flight software without testing it under the new flight profile. It also led to a review of every reused module.\n",
			"highlighted the risks of reusing flight software"},
		{"---\ntitle: Larchmont payments outage\n---\n\n" +
			"On March 3, 2022, Larchmont payments were down for four hours after its only region lost power.\n\n" +
			"The root cause was a power failure in the data centre that hosted every payment server.\n\n" +
			"The outage underscored the dangers of running a payment system in a single region.\n",
			"underscored the dangers of running a payment system in a single region"},
		{"---\ntitle: 青禾支付中断\n---\n\n" +
			"2022年3月3日，青禾支付因唯一的机房断电中断了四个小时。\n\n" +
			"根本原因是机房供电故障，所有支付服务器都部署在该机房。\n\n" +
			"这次事故凸显了单一机房部署支付系统的风险。\n",
			"凸显了单一机房部署支付系统的风险"},
	} {
		in := extractString(t, "risks", c.doc)
		if !strings.Contains(in.Lessons, c.want) {
			t.Errorf("lessons %q, want %q", in.Lessons, c.want)
		}
	}
}
