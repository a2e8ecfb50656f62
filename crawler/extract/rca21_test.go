package extract

import (
	"strings"
	"testing"
)

// The forms of patternforms24.go, each on fictional text of our own
// written in the manner of sealedRCA20 (none of its lines).

// rca21First extracts text and fails unless want is its first pattern.
func rca21First(t *testing.T, text, want string) {
	t.Helper()
	in, err := extractOnce([]byte(text), "rca21.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Patterns) == 0 || in.Patterns[0] != want {
		t.Errorf("patterns %v, want %s first\n%s", in.Patterns, want, text)
	}
}

// TestRCA21DoneWrong: code told to have handled a thing "incorrectly" is
// a defect, and the release it came in is where the defect is.
func TestRCA21DoneWrong(t *testing.T) {
	rca21First(t, "Summary of impact: Between 10:00 and 12:30 UTC on 3 May, some customers in Brinmoor may have received invoices with a total of zero.\n\n"+
		"We identified that a newly released version of the invoicing worker, deployed the previous evening, processed line items carrying a discount code incorrectly, and those invoices were sent with a total of zero.\n\n"+
		"We rolled the worker back at 12:10 and reissued the affected invoices.", "software-bug")
	rca21First(t, "Root cause: A release of the pricing service, rolled out to the region last week, changed how price updates are merged. When two price updates arrived within the same second, the new price was computed incorrectly.\n\n"+
		"Mitigation: Engineers disabled the batching of price updates.", "software-bug")
}

// TestRCA21LogicTookFor: logic that takes one thing for another (逻辑…
// 当作…) is a defect, not the release it came in.
func TestRCA21LogicTookFor(t *testing.T) {
	rca21First(t, "【故障说明】2026年5月12日 09:00 至 11:20，部分用户的订单被错误合并。\n\n"+
		"原因：5月11日上线的新版本调整了订单去重流程，新版本的去重逻辑会将同一用户在一分钟内的两笔不同订单当作同一笔订单，后一笔订单被丢弃。\n\n"+
		"处理：11:00 回退至旧版本，11:20 恢复。后续将补充测试用例。", "software-bug")
}

// TestRCA21PartnerChange: a change a partner, vendor or provider made is
// the third party's doing, not a configuration change of ours.
func TestRCA21PartnerChange(t *testing.T) {
	rca21First(t, "Some users in Northern Europe may have been unable to complete payments between 14:00 and 14:50 UTC on 9 June.\n\n"+
		"Card payments are routed through a gateway partner. A configuration change made by the partner to their gateway in that region caused a share of our authorisation requests to be rejected. We were not told of the change in advance.\n\n"+
		"We moved payments to our secondary gateway at 14:35, and the partner reverted their change at 14:50.", "dependency")
}

// TestRCA21ResponsibleFor: what a component is responsible for is its
// job, not what failed; a component that entered a state it never left
// is a defect.
func TestRCA21ResponsibleFor(t *testing.T) {
	rca21First(t, "Summary of impact: Between 04:00 and 06:10 UTC, a subset of customers may have seen audit records arrive late.\n\n"+
		"Root cause: An issue was identified with the component responsible for writing audit records into the reporting database. After a shard moved, the writer entered a state in which it retried the same batch and never advanced.\n\n"+
		"Mitigation: Engineers skipped the batch and the writer caught up.", "software-bug")
}

// TestRCA21InterfaceCard: a network interface card is a NIC, a firmware
// fault a hardware fault.
func TestRCA21InterfaceCard(t *testing.T) {
	rca21First(t, "Between 02:10 and 03:00 UTC, replication between cache nodes in Harrowgate was delayed and some reads returned stale values.\n\n"+
		"At 02:10, a network interface card on one cache host began sending corrupted frames following a firmware fault, and the switch port it was attached to flapped repeatedly.\n\n"+
		"Engineers removed the host from service at 02:50.", "hardware")
}

// TestRCA21ContraryToProcedure: work done contrary to the documented
// procedure is a person's departure from it.
func TestRCA21ContraryToProcedure(t *testing.T) {
	rca21First(t, "Between 09:00 and 09:40 UTC, customers could not create new load balancers in Wexcombe.\n\n"+
		"During scheduled maintenance to patch the control-plane hosts, both control-plane hosts were restarted together rather than one at a time, contrary to the documented procedure.\n\n"+
		"The hosts were back in service by 09:40.", "human-error")
}

// TestRCA21Finding: what an investigation determined is a cause stated.
func TestRCA21Finding(t *testing.T) {
	spans := causalSpans("Our investigation determined that the chilled water pumps serving the hall had stopped after their controller faulted.")
	if len(spans) == 0 || !strings.Contains(spans[0], "chilled water pumps") {
		t.Errorf("causal spans %q, want the finding", spans)
	}
}

// TestRCA21StepsReversed: a procedure's steps done in the reverse order
// are a person's slip, not the certificate the procedure was about.
func TestRCA21StepsReversed(t *testing.T) {
	rca21First(t, "Root cause: During a planned rotation of the signing certificate for the billing API, the engineer on duty activated the new certificate on the API gateways before its chain had been published to the partner endpoints. The runbook lists these steps in the opposite order. Partner systems rejected the API's responses until 16:20.\n\n"+
		"Mitigation: The chain was published and partners' calls succeeded again.", "human-error")
}
