package extract

import "sync"

// The English forms (englishSettingChange, englishChangeTo, …) each walk
// every word of a text and open only at a word of one of their lists.
// Asking each list's map for each word made a dozen lookups a word; the
// lists a word belongs to are looked up once instead, in one index built
// from those same lists, and the forms test a bit.

// wordClass is a set of the lists whose words open a form.
type wordClass uint32

const (
	clsSetVerb      wordClass = 1 << iota // setVerbs (any kind)
	clsChangeNoun                         // changeNouns
	clsUpdateNoun                         // updateNouns
	clsAlterVerb                          // alterVerbs
	clsCodeAct                            // codeActs
	clsActVerb                            // actVerbs
	clsConfigOpener                       // configFormOpeners
	clsUpgradeVerb                        // upgradeVerbs
	clsIntType                            // intTypes
	clsBelief                             // beliefWords
	clsTreatAs                            // treatAsVerbs
	clsEntered                            // enteredVerbs
	clsListNoun                           // listNouns
	clsCapacityS                          // capacityVerbsS
	clsLockTake                           // lockTakeVerbs
	clsMemory                             // memoryWords
	clsRework                             // reworkVerbs
	clsCopyVerb                           // copyVerbs
	clsDoneTwice                          // doneTwiceVerbs
	clsActor                              // actorWords
	clsConfigNoun                         // configNouns
	clsLockHeld                           // lockHeldVerbs
	clsSwitchVerb                         // switchVerbs
)

var (
	wordClassOnce sync.Once
	// wordClasses are the lists each listed word is in. It is built at
	// first use, after every init has run, so words added to a list
	// anywhere are in it.
	wordClasses map[string]wordClass
)

func loadWordClasses() {
	wordClasses = map[string]wordClass{}
	for w, v := range setVerbs {
		if v != 0 {
			wordClasses[w] |= clsSetVerb
		}
	}
	for _, l := range []struct {
		cls   wordClass
		words map[string]bool
	}{
		{clsChangeNoun, changeNouns}, {clsUpdateNoun, updateNouns}, {clsAlterVerb, alterVerbs},
		{clsCodeAct, codeActs}, {clsActVerb, actVerbs}, {clsConfigOpener, configFormOpeners},
		{clsUpgradeVerb, upgradeVerbs}, {clsIntType, intTypes}, {clsBelief, beliefWords},
		{clsTreatAs, treatAsVerbs}, {clsEntered, enteredVerbs}, {clsListNoun, listNouns},
		{clsCapacityS, capacityVerbsS}, {clsLockTake, lockTakeVerbs}, {clsMemory, memoryWords},
		{clsRework, reworkVerbs}, {clsCopyVerb, copyVerbs}, {clsDoneTwice, doneTwiceVerbs},
		{clsActor, actorWords}, {clsConfigNoun, configNouns}, {clsLockHeld, lockHeldVerbs},
		{clsSwitchVerb, switchVerbs},
	} {
		for w, ok := range l.words {
			if ok { // a word listed as false is not in the list
				wordClasses[w] |= l.cls
			}
		}
	}
}

// classify returns the lists each of words is in, one lookup a word.
func classify(words []string) []wordClass {
	wordClassOnce.Do(loadWordClasses)
	cls := make([]wordClass, len(words))
	for i, w := range words {
		cls[i] = wordClasses[w]
	}
	return cls
}

// hasClass reports whether any word's lists include c.
func hasClass(cls []wordClass, c wordClass) bool {
	for _, k := range cls {
		if k&c != 0 {
			return true
		}
	}
	return false
}
