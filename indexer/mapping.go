package indexer

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/analysis/tokenmap"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/incidex/incidex/data"
)

// Analyzer names. Text is indexed with IndexAnalyzer (search mode: Chinese
// sub-words at their word's position, for recall) and queried with
// QueryAnalyzer (coarse words, so a query word is not split into
// alternatives).
const (
	IndexAnalyzer = "incidex_index"
	QueryAnalyzer = "incidex"
)

// Field names of the index.
const (
	FieldTitle       = "title"
	FieldSummary     = "summary"
	FieldImpact      = "impact"
	FieldTimeline    = "timeline"
	FieldCause       = "cause"
	FieldRemediation = "remediation"
	FieldLessons     = "lessons"
	FieldText        = "text"
	FieldTags        = "tags"
	FieldOrg         = "org"
	FieldLang        = "lang"
	FieldPatterns    = "patterns"
	// FieldMainPattern is an incident's first pattern, its main failure.
	FieldMainPattern = "main_pattern"
	FieldYear        = "year"
	FieldPublished   = "published"
	FieldStartedAt   = "started_at"
	FieldDuration    = "duration_minutes"
	FieldURL         = "url"
	FieldSource      = "source"
	FieldHash        = "hash"
	FieldDeleted     = "deleted"
)

// TextFields are the analysed text fields, the sections first.
var TextFields = []string{FieldTitle, FieldTags, FieldSummary, FieldImpact, FieldTimeline, FieldCause, FieldRemediation, FieldLessons, FieldText}

// KeepsPositions reports whether a text field keeps term positions, which
// phrase queries and highlights need. The main text, which holds the
// sections again, does without: its positions would be a quarter of the
// index (search treats a phrase there as its words together).
func KeepsPositions(field string) bool { return field != FieldText }

// MappingVersion changes whenever the mapping, the analyzers or the
// dictionaries change in a way that needs the index rebuilt.
const MappingVersion = "6" // 6: a write-up not in English indexes the words of its address with its tags; 5: re-extracted for organisations by folder and first person, dates from addresses, site names cut from titles; "various" names no organisation

const docType = "incident"

// NewMapping returns the index mapping of incidex.
func NewMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	im.ScoringModel = index.BM25Scoring
	im.DefaultType = docType
	im.DefaultAnalyzer = QueryAnalyzer
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	if err := im.AddCustomTokenMap("incidex_stop_zh", map[string]interface{}{
		"type":   tokenmap.Name,
		"tokens": stopWords(),
	}); err != nil {
		return nil, err
	}
	if err := im.AddCustomTokenFilter("incidex_stop_zh", map[string]interface{}{
		"type":           stop.Name,
		"stop_token_map": "incidex_stop_zh",
	}); err != nil {
		return nil, err
	}
	if err := im.AddCustomTokenizer("incidex_gse_search", map[string]interface{}{
		"type":   TokenizerName,
		"search": true,
	}); err != nil {
		return nil, err
	}
	filters := []interface{}{en.PossessiveName, lowercase.Name, en.StopName, "incidex_stop_zh", en.SnowballStemmerName}
	for name, tok := range map[string]string{IndexAnalyzer: "incidex_gse_search", QueryAnalyzer: TokenizerName} {
		if err := im.AddCustomAnalyzer(name, map[string]interface{}{
			"type":          custom.Name,
			"tokenizer":     tok,
			"token_filters": filters,
		}); err != nil {
			return nil, err
		}
	}

	doc := mapping.NewDocumentStaticMapping()
	for _, f := range TextFields {
		fm := mapping.NewTextFieldMapping()
		fm.Analyzer = IndexAnalyzer
		fm.Store = false
		fm.IncludeInAll = false
		fm.IncludeTermVectors = KeepsPositions(f)
		fm.DocValues = false
		doc.AddFieldMappingsAt(f, fm)
	}
	for _, f := range []string{FieldOrg, FieldLang, FieldPatterns, FieldYear, FieldDeleted} {
		doc.AddFieldMappingsAt(f, keywordField(false, true)) // doc values: facets
	}
	doc.AddFieldMappingsAt(FieldMainPattern, keywordField(false, false))
	for _, f := range []string{FieldURL, FieldHash} {
		doc.AddFieldMappingsAt(f, keywordField(true, false))
	}
	for _, f := range []string{FieldPublished, FieldStartedAt} {
		fm := mapping.NewDateTimeFieldMapping()
		fm.Store = false
		fm.IncludeInAll = false
		fm.DocValues = true // sorting and ranges
		doc.AddFieldMappingsAt(f, fm)
	}
	dur := mapping.NewNumericFieldMapping()
	dur.Store = false
	dur.IncludeInAll = false
	dur.DocValues = true
	doc.AddFieldMappingsAt(FieldDuration, dur)

	src := mapping.NewTextFieldMapping()
	src.Index = false
	src.Store = true
	src.IncludeInAll = false
	src.IncludeTermVectors = false
	src.DocValues = false
	doc.AddFieldMappingsAt(FieldSource, src)

	im.AddDocumentMapping(docType, doc)
	im.DefaultMapping = doc
	return im, nil
}

// keywordField is a field indexed whole, stored or not, with doc values
// (facets, sorting) or not.
func keywordField(store, docValues bool) *mapping.FieldMapping {
	fm := mapping.NewKeywordFieldMapping()
	fm.Analyzer = keyword.Name
	fm.Store = store
	fm.IncludeInAll = false
	fm.IncludeTermVectors = false
	fm.DocValues = docValues
	return fm
}

func stopWords() []interface{} {
	var out []interface{}
	for _, w := range strings.Split(data.ChineseStopWords, "\n") {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}
