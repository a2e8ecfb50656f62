package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// unitAmountRef is the regular expression unitAmounts replaced: it was
// tried at every position of a text and cost a twentieth of the time of
// extracting an HTML page.
var unitAmountRef = regexp.MustCompile(`\b(asked for|asks for|ask for|asking for|needed|needs|need|required|requires|require|requested|requests|wanted|wants|demanded|of|has|have|had|with)\s+(?:(?:about|roughly|around|some|nearly|almost|over|more than|only|just|a total of|up to)\s+)?(\d[\d,]*(?:\.\d+)?)\s+([a-z]+)`)

// TestUnitAmountsAsRegexp checks that the scan for amounts of a resource
// finds what the regular expression found, on text of our own writing.
func TestUnitAmountsAsRegexp(t *testing.T) {
	t.Parallel()
	texts := []string{
		"the rebuild job asked for 48 cores while the pool had 32 cores left.",
		"the scheduler needed about 1,200 gb but the tier has only 900 gb.",
		"each shard requires 3.5 tb; the array of 12 tb filled up, with nearly 40 pods pending.",
		"we requested a total of 64 vcpus.\nthe quota was 40 vcpus",
		"xhas 3 nodes and had 7 nodes",
		"needs\t\t12 servers, of 1 servers",
		"with 10 minutes to spare we had 3 hosts",
		"required 5 workers2 and 6 workers",
		"the 3 nodes of 2 nodes",
		"version 2.5.7 with 2.5 nodes",
		"",
		"no numbers here at all",
	}
	for _, text := range texts {
		var want, got []string
		for _, m := range unitAmountRef.FindAllStringSubmatch(text, -1) {
			n, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
			if resourceUnits[m[3]] && err == nil {
				want = append(want, fmt.Sprint(m[1], "|", n, "|", m[3]))
			}
		}
		unitAmounts(text, func(lead string, n float64, unit string) { got = append(got, fmt.Sprint(lead, "|", n, "|", unit)) })
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("unitAmounts(%q) = %v, the regexp finds %v", text, got, want)
		}
	}
	if !demandOverSupply("the rebuild job asked for 48 cores while the pool had 32 cores left.") {
		t.Error("48 cores asked for, 32 had: no want of capacity read")
	}
	if demandOverSupply("the rebuild job asked for 16 cores while the pool had 32 cores left.") {
		t.Error("16 cores asked for, 32 had: a want of capacity read")
	}
}

func demandOverSupply(lower string) (hit bool) {
	englishDemandOverSupply(lower, func() { hit = true })
	return hit
}

// TestHasClock checks the scan for a clock time against the regular
// expression it replaced.
func TestHasClock(t *testing.T) {
	t.Parallel()
	ref := regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)
	for _, s := range []string{"at 09:05 UTC", "9:05", "123:45", "1:234", "a1:23", "时12:30恢复", "12:3", ":12", "1:", "ratio 1:2:34",
		"12:30pm", "(12:30)", "12:30_", "note: the 3 pods", "", "下午3:15", "build 2:15", "14:00–15:30"} {
		if got, want := hasClock(s), ref.MatchString(s); got != want {
			t.Errorf("hasClock(%q) = %v, want %v", s, got, want)
		}
	}
}
