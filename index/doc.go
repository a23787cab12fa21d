// Package index is the pubindex index: the Document type, the names of its
// fields, the bleve mapping and its version, the analyzer shared by indexing
// and querying, and the atomic batches through which ingest writes
// publications together with the record of the files they came from.
//
// Only this package and package query import bleve; bleve_internals.go
// holds what relies on bleve beyond its public API. The package never reads
// pages, flags or the environment, and never prints.
package index
