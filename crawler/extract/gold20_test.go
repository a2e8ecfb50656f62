package extract

import (
	"strings"
	"testing"
)

// A paragraph that opens by saying the company took or committed to
// several steps ("Acme has taken several steps to prevent recurrence.",
// "Acme committed to multiple improvements to its operations.", "青禾已采取
// 多项措施防止再次发生。") is the remediation: the steps are told in the
// sentences after it, though one of them names what caused the issue.
func TestStepsTakenOpenTheRemediation(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"---\ntitle: Marlow Cloud tenant deletion\n---\n\n" +
			"In early 2023, Marlow Cloud operators set up a private cluster for a customer using an internal tool. A field left empty made the tool schedule the cluster for deletion after a year.\n\n" +
			"The root cause was the internal provisioning tool, whose default for an empty field was a fixed one-year term.\n\n" +
			"The incident impacted one customer, whose cluster was deleted, leading to an outage of several days.\n\n" +
			"Marlow Cloud has taken several steps to prevent recurrence. The internal tool that caused the issue has been retired, and provisioning is now done by customers. Marlow also reviewed all existing clusters to make sure no other deployment was at risk.\n",
			"reviewed all existing clusters"},
		{"---\ntitle: Pennant Git database outage\n---\n\n" +
			"On March 3, 2021, Pennant Git was down for about ten hours after an operator removed the data directory of the primary database by mistake.\n\n" +
			"The immediate cause was an operator running a cleanup command on the primary instead of the replica. Underlying issues included backups that had been failing silently.\n\n" +
			"Pennant Git committed to multiple improvements to its operations and recovery procedures. This included removing the single point of failure, fixing the backup jobs and testing restores every week. The recovery itself involved restoring from a disk snapshot taken four hours before the deletion.\n",
			"fixing the backup jobs and testing restores"},
		{"---\ntitle: 青禾云集群误删事故\n---\n\n" +
			"2023年初，青禾云的运维人员使用内部工具为一位客户创建了私有集群，由于一个参数留空，集群被设置为一年后自动删除。\n\n" +
			"根本原因是内部工具对空参数默认使用一年期限。\n\n" +
			"青禾云已采取多项措施防止再次发生。导致问题的内部工具已经下线，集群的创建改由客户自行完成。青禾云还检查了所有现有集群，确认没有其他集群存在同样的风险。\n",
			"检查了所有现有集群"},
	} {
		in := extractString(t, "steps", c.doc)
		if !strings.Contains(in.Remediation, c.want) {
			t.Errorf("remediation %q, want %q", in.Remediation, c.want)
		}
	}
}
