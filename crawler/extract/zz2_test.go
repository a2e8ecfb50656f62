package extract

import (
	"testing"
)

func TestZZ2(t *testing.T) {
	l := "The airline said the system, operated by its technology supplier Glimmerhaus"
	t.Log(byline.MatchString(l), lineEnd.MatchString(l), mayStartStamp("Aviation Systems, stopped working at about 5:30 a.m. JST, shortly before the"))
	t.Logf("%q", unwrapLinesAt("TOKYO — A failure in the check-in and boarding system used by Solenne Air\ndelayed more than 300 domestic and international flights on Saturday, leaving\n\n"+l+"\nAviation Systems, stopped working at about 5:30 a.m. JST, shortly before the\nfirst departures of the day.\n", 60))
}
