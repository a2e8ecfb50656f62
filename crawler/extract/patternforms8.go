package extract

import (
	"slices"
	"strings"
	"sync"
)

var (
	placeOnce sync.Once
	isPlace   []bool // by pattern index: placePatterns
	idxCap    int
	idxComm   int
	idxPower  int
	idxHard   int // hardware
)

// placeFactor is what a place pattern (placePatterns: the database, the
// storage, what followed) counts in a causal clause that also names what
// set the incident off: "its MongoDB instances running out of memory" is
// a want of capacity in a database, not a database failure.
const placeFactor = 0.5

// weighPlaces weighs down, in one causal clause's scores, the place
// patterns when the clause names a trigger or a resource run out too.
func weighPlaces(clause []float64) {
	placeOnce.Do(loadPlaces)
	cause := false
	for p, s := range clause {
		if s > 0 && (isTrigger[p] || p == idxCap) {
			cause = true
			break
		}
	}
	if !cause {
		return
	}
	for p := range clause {
		if isPlace[p] {
			clause[p] *= placeFactor
		}
	}
}

// causeShareFactor is what a pattern's lexicon score in what the cause
// says counts toward its share of the best (lex:cause, the main head's
// backbone): a place pattern less, as where the trigger struck.
func causeShareFactor(p int) float64 {
	placeOnce.Do(loadPlaces)
	if isPlace[p] {
		return placeFactor
	}
	return 1
}

func loadPlaces() {
	for _, p := range patternList {
		isPlace = append(isPlace, slices.Contains(placePatterns, p))
	}
	idxCap = slices.Index(patternList, "capacity")
	idxComm = slices.Index(patternList, "communication")
	idxPower = slices.Index(patternList, "power-facility")
	idxHard = slices.Index(patternList, "hardware")
	idxNetwork = slices.Index(patternList, "network")
	idxAutomation = slices.Index(patternList, "automation")
}

// machineNouns are the things that talk to each other in a system: where
// "communication" is theirs ("service-to-service communication",
// "communication errors between the nodes"), it is traffic, not what
// people were told.
var machineNouns = map[string]bool{"service": true, "services": true, "node": true, "nodes": true, "pod": true, "pods": true, "server": true, "servers": true,
	"cluster": true, "clusters": true, "component": true, "components": true, "host": true, "hosts": true, "endpoint": true, "endpoints": true,
	"api": true, "apis": true, "database": true, "databases": true, "network": true, "tcp": true, "grpc": true, "rpc": true, "http": true, "https": true,
	"proxy": true, "socket": true, "sockets": true, "backend": true, "backends": true, "replica": true, "replicas": true, "microservice": true, "microservices": true,
	"container": true, "containers": true, "process": true, "processes": true, "broker": true, "brokers": true, "controller": true, "agent": true, "agents": true}

// peopleNouns are whom people's communication reaches or comes from: with
// one near, "communication" is theirs whatever system is named.
var peopleNouns = map[string]bool{"customer": true, "customers": true, "user": true, "users": true, "team": true, "teams": true, "status": true,
	"stakeholder": true, "stakeholders": true, "update": true, "updates": true, "email": true, "emails": true, "engineer": true, "engineers": true,
	"staff": true, "public": true, "support": true, "incident": true, "internal": true, "external": true, "page": true, "channel": true, "channels": true}

// machineTalk reports whether the communication cue at words[i:end] tells
// machines talking: a machine noun among the four words either side and
// no people noun.
func machineTalk(words []string, i, end int) bool {
	machine := false
	for j := max(0, i-4); j < min(len(words), end+4); j++ {
		if j >= i && j < end {
			continue
		}
		if peopleNouns[words[j]] {
			return false
		}
		machine = machine || machineNouns[words[j]]
	}
	return machine
}

// powerWords name what holds or supplies power: a capacity there
// ("battery capacity", "UPS 容量", 蓄电池容量) is the facility's, not a load
// the service could not carry.
var (
	powerWordsEN = map[string]bool{"battery": true, "batteries": true, "ups": true, "generator": true, "generators": true, "power": true, "cooling": true, "electrical": true, "chiller": true, "chillers": true}
	powerWordsZH = []string{"电池", "蓄电池", "ups", "发电机", "供电", "电力", "制冷", "空调", "冷却", "配电", "电源"}
)

// powerCapacity reports whether the English capacity cue at words[i] is
// the capacity of a power or cooling plant: such a word among the two
// words before it.
func powerCapacity(words []string, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if powerWordsEN[words[j]] {
			return true
		}
	}
	return false
}

// zhPowerCapacity reports whether the Chinese capacity cue at lower[i:]
// follows a power word within four characters (电池容量, UPS的容量).
func zhPowerCapacity(lower string, i int) bool {
	before := lower[max(0, i-12):i]
	for _, w := range powerWordsZH {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}
