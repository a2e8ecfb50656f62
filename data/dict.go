package data

import _ "embed"

// DomainDict is the dictionary of failure-engineering words (光缆, 重连风暴,
// 主从切换 ...) that the Chinese segmenter loads before its general
// dictionary. Lines are "word frequency [part of speech]"; '#' starts a
// comment line.
//
//go:embed dict/domain.txt
var DomainDict string

// ChineseStopWords lists Chinese function words that carry no meaning for
// search, one a line.
//
//go:embed dict/stop_zh.txt
var ChineseStopWords string

// KnownOrgs lists organisations that publish postmortems, one a line: the
// name to show, then its other names, separated by "|"; '#' starts a
// comment line.
//
//go:embed dict/orgs.txt
var KnownOrgs string

// Thesaurus is the bilingual failure-engineering thesaurus: one concept a
// line, "pattern-id: term | term | ..." ("-" for a concept that is no
// failure pattern); '#' starts a comment line.
//
//go:embed dict/thesaurus.txt
var Thesaurus string

// DefaultSources is the embedded default sources file (YAML, the format of
// CONTRACT.md's sources file).
//
//go:embed sources.yaml
var DefaultSources []byte

// CEDICT is the general Chinese-English lexicon derived from CC-CEDICT
// (CC BY-SA 4.0, see dict/CEDICT-LICENSE.txt) by scripts/make_cedict.py:
// gzip of two sorted sections, "#zh" (lines "simplified<TAB>gloss|gloss")
// and "#en" (lines "gloss<TAB>headword|headword[<TAB>1]").
//
//go:embed dict/cedict.txt.gz
var CEDICT []byte

// Inflections lists irregular English inflections and their base forms
// with their parts of speech ("took\tv:take", "worse\ta:bad"; v, n, a,
// r), taken from WordNet 3.0's exception lists (see
// dict/WORDNET-LICENSE.txt) by scripts/make_inflections.py; '#' starts a
// comment line.
//
//go:embed dict/inflections.txt
var Inflections string
