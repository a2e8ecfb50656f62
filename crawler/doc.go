// Package crawler fetches public postmortems from the web. Extraction of an
// incident from a fetched page lives in the extract package under it.
package crawler
