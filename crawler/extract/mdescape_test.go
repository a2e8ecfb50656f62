package extract

import (
	"strings"
	"testing"
)

func TestUnescapeMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		`**Resolved** \- Packet loss has stopped.`: "Resolved - Packet loss has stopped.",
		`反向代理：\*.proxy.example.org`:                "反向代理：*.proxy.example.org",
		`valid until 2038\. Then what?`:            "valid until 2038. Then what?",
		`a path C:\Users\ops stays`:                `a path C:\Users\ops stays`, // no punctuation after the backslash
		"run `grep \\-v` first":                    "run grep \\-v first",       // a code span keeps its backslashes
	} {
		if got := stripEmphasis(inlineMarkdown(in)); got != want {
			t.Errorf("%q -> %q, want %q", in, got, want)
		}
	}
}

// A status page saved as Markdown by html2text, which escapes the dash
// after each update's state ("**Resolved** \- …") and sets the incident's
// name in bold as the page's first line: the updates are events with
// their states, no field keeps a backslash, and the summary is not the
// title again.
func TestHTML2TextStatusPage(t *testing.T) {
	doc := `[ ![Pellow Cloud](/static/logo.svg) ](/)

  * [ Products ](/products)
  * [ Status ](/status)

**Pellow Cloud Status**

* * *

**Slow DNS resolution in the man1 region**

**Resolved** \- DNS queries in man1 have answered normally since 11:42 UTC. A resolver pool had been left with half its nodes after a maintenance drain was not undone.  
Apr 14, 11:55 UTC

**Identified** \- We found a resolver pool running on half its nodes and are returning the drained nodes to service.  
Apr 14, 11:20 UTC

**Investigating** \- Some customers in man1 see DNS lookups take several seconds or time out.  
Apr 14, 10:51 UTC

This incident affected: DNS (man1).

* * *

[ Privacy ](/privacy) | (C) 2026 Pellow Cloud Ltd
`
	in, err := Extract([]byte(doc), "pellow-status.md", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Timeline) != 3 || !strings.HasPrefix(in.Timeline[0].Text, "Investigating") || !strings.HasPrefix(in.Timeline[2].Text, "Resolved") {
		t.Errorf("timeline %+v, want the three updates oldest first", in.Timeline)
	}
	for field, s := range map[string]string{"summary": in.Summary, "impact": in.Impact, "cause": in.Cause, "title": in.Title} {
		if strings.Contains(s, `\`) {
			t.Errorf("%s %q keeps a Markdown escape", field, s)
		}
	}
	if in.Title != "Slow DNS resolution in the man1 region" {
		t.Errorf("title %q", in.Title)
	}
	if sameLine(in.Summary, in.Title) || in.Summary == "" {
		t.Errorf("summary %q, want more than the title", in.Summary)
	}
	if !strings.Contains(in.Impact, "several seconds") {
		t.Errorf("impact %q, want what the Investigating update says users met", in.Impact)
	}
}
