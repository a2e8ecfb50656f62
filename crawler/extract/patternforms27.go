package extract

// A Kubernetes write-up names its workloads "deployments": the Deployment
// is the object that keeps a set of pods running ("each replica of each
// deployment will also consume an IP", "asked teams to scale down their
// deployments", "scaling Kubernetes deployments for the escalation
// workers", "monitor Kubernetes deployments for timeouts"). Such a
// deployment is where something runs, not a release or rollout that went
// wrong, so the deployment cue names no faulty rollout there
// (workloadObject).

// workloadObject reports whether the deployment cue words[i:end]
// ("deployment", "deployments") names a Kubernetes workload object:
// "Kubernetes" or "k8s" right before it; a scale verb before it with at
// most an article, a possessive or one name between ("scale down
// deployments", "scaled the checkout deployment"); "replica(s) of" before
// it ("each replica of each deployment"); or "replicas" or "pods" right
// after it ("deployment replicas", "the deployment pods").
func workloadObject(words []string, i, end int) bool {
	if end != i+1 || !wordIs(words[i], "deployment") {
		return false
	}
	if i > 0 && (words[i-1] == "kubernetes" || words[i-1] == "k8s") {
		return true
	}
	if end < len(words) {
		switch words[end] {
		case "replica", "replicas", "pod", "pods":
			return true
		}
	}
	names := 0
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := words[k]
		switch {
		case scaleVerbs[w]:
			return true
		case w == "of" && k > 0 && (words[k-1] == "replica" || words[k-1] == "replicas"):
			return true
		case workloadFillers[w]:
			continue
		case names == 0 && !negators[w] && w != "new" && w != "of":
			names++ // one name between ("the checkout deployment")
			continue
		}
		return false
	}
	return false
}

// scaleVerbs scale a workload's replicas.
var scaleVerbs = map[string]bool{"scale": true, "scaled": true, "scales": true, "scaling": true}

// workloadFillers may stand between a scale verb and its deployment.
var workloadFillers = map[string]bool{"down": true, "up": true, "out": true, "the": true, "a": true, "all": true, "each": true,
	"their": true, "our": true, "its": true, "his": true, "her": true, "your": true, "those": true, "these": true, "that": true, "this": true}
