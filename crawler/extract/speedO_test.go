package extract

import "testing"

// TestFieldedLengthMemo asks the memo of one extraction's length field
// (fieldedLength) what lengthFielded answers of the same text, for every
// length asked and however often it is asked.
func TestFieldedLengthMemo(t *testing.T) {
	texts := []string{
		"Incident summary\n- Time to recovery: 4 hours 42 minutes\n- Severity: SEV2\nThe Lakeport Freight API returned errors.",
		"Time to resolve | 85 minutes\nImpact | checkout unavailable for Brightmoor customers",
		"Duration: 1h 20m\nThe queue workers of Ostrava Labs stalled after the deploy.",
		"The outage lasted 47 minutes; no field states it.",
		"故障时长：2 小时\n影响：青柚支付的部分用户无法下单。Total downtime: 2 hours",
		"DURATION: 2d 1h 29m\nÍndice İstanbul region degraded.",
		"",
	}
	for _, text := range texts {
		for _, stated := range []int{0, 15, 47, 80, 85, 120, 282, 3089} {
			f := &fieldedLength{low: &loweredText{text: text}}
			for range 2 {
				if got, want := f.is(stated), lengthFielded(text, stated); got != want {
					t.Errorf("fieldedLength(%q).is(%d) = %v, lengthFielded says %v", text, stated, got, want)
				}
			}
		}
	}
}
