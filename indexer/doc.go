// Package indexer owns incidex's bleve index: the gse tokenizer for Chinese
// (registered in bleve's registry, so every binary that opens the index must
// import this package), the analyzers and field mapping, and opening,
// writing and reading the index on disk or in memory.
package indexer
