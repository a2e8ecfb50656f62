package extract

import "regexp"

// faultTold is a sentence that tells the cause without a cause word, by
// what a part did or what a change lacked, the way cloud providers' status
// updates and service-event summaries tell it: a limit reached ("a subset
// of front-end nodes reached their connection limits", "the pool reached
// its maximum size", "began to reach the maximum number of threads"; a
// limit named by what it limits, not "stopped when they reached the
// limit" after the sentence that tells the limit was set too low), a load
// not kept up with or not carried ("our indexing workers could not keep
// up", "one UPS string … did not carry the load"), a part that began to
// lose traffic in service ("a line card … began dropping packets"), a feed that dropped ("the utility feed to MAN-2
// dropped"), a change that left out what it needed ("an update to the
// allow-list … omitted the address ranges", "a legacy configuration … that
// did not include required routing policy statements"); in Chinese a
// load beyond what was planned or a limit reached ("写入高峰超出了规划余量",
// "达到连接数上限"); a line card or link that began dropping packets, not
// a client that began dropping its own events (what the outage did); a
// release that introduced, shipped or contained a defect; in a news story,
// where the failure lay ("the failure lay with Northpay") or what a fault
// in a supplier's service or one of its sites did ("a fault in its
// authorisation service had affected a number of merchants", "A power
// failure at one of our data centres took down the systems …"); a change
// told by what it blocked ("A firewall rule change made at 22:00 blocked
// traffic from our CDN …"); a database change that held a lock too long
// ("a database migration that added an index … held a lock longer than
// planned"); a resource run at its maximum or used up by a load ("the
// storage cluster is running at its maximum I/O rate", "together they use
// all of the cluster's disk throughput"); a change that moved a setting
// ("a change to the health-check settings … lowered the unhealthy
// threshold from three failed checks to one").
var faultTold = regexp.MustCompile(`\b(?:reached|began to reach|started to reach|began reaching|started reaching) (?:its|their|the) (?:(?:[\w-]+ ){1,2}limits?|(?:[\w-]+ ){0,2}(?:capacity|maximum(?: size| number of [\w-]+)?))\b` +
	`|\b(?:could not|couldn't|was unable to|were unable to|failed to) keep up\b` +
	// a resource short of its load: "the placement fleet did not have
	// enough capacity to keep up", "the store had not been scaled to
	// match this growth", "the pool was under-provisioned"
	`|\b(?:did not|didn't|does not|doesn't) have (?:enough|sufficient) (?:[\w-]+ ){0,2}?(?:capacity|headroom|memory|resources|hosts|servers|nodes|workers|instances|bandwidth|throughput|connections)\b` +
	`|\b(?:had|has|have) not been (?:scaled|sized|provisioned)(?: up)? (?:to|for)\b|\bunder-?provisioned\b` +
	// a line cut: "A fiber bundle carrying several of the links … was
	// cut by construction work"
	`|\b(?:fiber|fibre|cable|duct|conduit)s?\b[^.;]{0,80}?\b(?:was|were) (?:cut|severed|damaged)\b` +
	`|\b(?:did not|didn't|failed to|could not|couldn't) (?:carry|take|pick up) the load\b` +
	`|\b(?:began|had begun|has begun|started|had started) (?:dropping|corrupting|discarding|misrouting) (?:a share of |some |all |most |many )?(?:the )?(?:packets|frames|traffic)\b` +
	`|\b(?:utility|mains|grid) (?:feed|supply|power)\b[^.;,]{0,30}?\b(?:dropped|was lost|failed)\b` +
	`|\b(?:update|change|configuration|config|template|rule ?set|policy|list|bundle|release)\b[^.;]{0,80}?\b(?:omitted|left out|did not include|didn't include|lacked)\b` +
	// a change told by what it stopped: "A firewall rule change made at
	// 22:00 blocked traffic from our CDN to the origin servers", "the
	// update … cut off connections to …"
	`|\b(?:change|update|rule|configuration|config|deployment|deploy|release|push|rollout|migration)\b[^.;]{0,60}?\b(?:blocked|cut off|severed|dropped|rejected|broke)\b (?:all |most |some |the |a |an |our |their |its )?(?:[\w-]+ ){0,2}?(?:traffic|requests|connections|connectivity|access|routing|logins?|authentication|writes|reads|uploads|payments|calls)\b` +
	// "the 16:30 deployment …, which introduced a memory leak", "the
	// release introduced a regression in …"
	`|\b(?:introduced|shipped|contained) (?:a|an) (?:[\w-]+ ){0,2}(?:leak|bug|regression|defect|race(?: condition)?|deadlock|flaw)\b` +
	// a news story's "the failure lay with Northpay", "a fault in its
	// authorisation service had affected …"
	`|\b(?:failure|fault|problem|blame) (?:lay|lies|lay squarely|rested) with\b` +
	`|\b(?:a|the) (?:(?:power|electrical|hardware|network|cooling|storage|software|disk|fibre|fiber) )?(?:fault|failure|defect|malfunction) (?:in|at|of) (?:one of )?(?:its|their|our|the|a|an)\b[^.;]{0,60}?\b(?:had |has )?(?:affected|hit|disrupted|took down|knocked out|brought down)\b` +
	// a change to a database that blocked what queued behind it: "a
	// database migration that added an index … held a lock longer than
	// planned", "the schema change took an exclusive lock on the table
	// for 40 minutes"
	`|\b(?:held|took|acquired|kept) (?:a|an|the) (?:[\w-]+ ){0,2}locks? (?:on [^.;]{1,40}? )?(?:longer than|for (?:over |more than |about |nearly )?\d|that blocked|blocking)` +
	// a resource run at or used to its ceiling ("the storage cluster is
	// running at its maximum I/O rate", "together they use all of the
	// cluster's disk throughput")
	`|\b(?:running|ran|operating|operated|was|were|is|are) at (?:its|their|the) (?:maximum|max|full|peak) (?:[\w/-]+ ){0,2}(?:rate|throughput|capacity|load|bandwidth)\b` +
	`|\b(?:use|used|using|consume|consumed|consuming|exhaust|exhausted|exhausting|saturate|saturated|saturating) (?:up )?all (?:of )?(?:the |its |their )?(?:[\w'’/-]+ ){0,3}(?:throughput|bandwidth|capacity|i/o|iops|connections|memory|cpu|threads)\b` +
	// a change that moved a setting ("a change to the health-check
	// settings …, pushed at 9:38 AM PST …, lowered the unhealthy threshold
	// from three failed checks to one")
	`|\b(?:change|update) to (?:the |its |our |a )?[^.;]{0,100}?\b(?:lowered|raised|reduced|increased|shortened|lengthened) (?:the|its|their) (?:[\w-]+ ){0,3}(?:threshold|limit|timeout|interval|ttl|quota)s?\b` +
	// "写入高峰超出了规划余量", "超出集群承载能力", "达到连接数上限"
	`|超出了?[^，。；]{0,12}?(?:承载能力|处理能力|容量|余量|上限)|达到了?[^，。；]{0,12}?上限`)

// establishedThatForm is what an investigation established, told as such:
// "We later determined that a cluster retired the previous evening had
// been removed from the inventory …", "Engineers established that …"
// (lowered text; statedCause holds it too).
const establishedThatForm = `\b(?:we|engineers|investigators|the team|our (?:engineers|team|investigation)) (?:have |had )?(?:later |subsequently |then |eventually )?(?:determined|established) that\b`

// establishedThat is establishedThatForm alone.
var establishedThat = regexp.MustCompile(establishedThatForm)
