package extract

import (
	"slices"
	"testing"
)

// TestKubernetesDeploymentObjects: a Kubernetes write-up's "deployments"
// are workload objects scaled and counted ("scale down their
// deployments", "each replica of each deployment"), no faulty rollout;
// a rollout told beside them still names one.
func TestKubernetesDeploymentObjects(t *testing.T) {
	for _, c := range []struct {
		text   string
		deploy bool
	}{
		{"Incident report: Quillmere Logistics cluster ran out of pod IP addresses\n\nSummary: On 14 March the shared Kubernetes cluster could not start new pods for 3 hours. Every pod takes an address from the subnet, so each replica of each deployment consumes an IP.\n\nRoot cause: The subnets of the cluster were sized for 40 nodes; as teams migrated, the Kubernetes deployments grew to more than 900 pods and the subnets ran out of free IP addresses.\n\nTimeline:\n09:10 New pods stuck in ContainerCreating.\n09:40 Asked teams to scale down their deployments to free addresses.\n10:20 Scaled the reporting deployment to 0 replicas.\n12:05 Larger subnets added; pods scheduled again.\n\nAction items: Monitor Kubernetes deployments for pods stuck in pending; add subnet capacity alerts.", false},
		{"Incident report: Quillmere Logistics checkout errors\n\nSummary: On 14 March checkout returned errors for 40 minutes.\n\nRoot cause: A deployment of checkout version 7.2 shipped a broken database migration; we scaled down the other deployments while the release was rolled back.\n\nTimeline:\n09:10 Version 7.2 deployed.\n09:50 Rolled back to 7.1; errors stopped.", true},
	} {
		in, err := Extract([]byte(c.text), "k8s.txt", "")
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(in.Patterns, "deployment"); got != c.deploy {
			t.Errorf("patterns %v: deployment %v, want %v (%.60q)", in.Patterns, got, c.deploy, c.text)
		}
	}
}
