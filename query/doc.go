// Package query plans and runs searches over the index: it turns a
// Request (the query language of package query/syntax, facet filters,
// dates, sort and page) into a bleve request over the fields of package
// index, and returns ranked hits with their snippets (package
// query/snippet) and facet counts. It also looks up one publication,
// counts the index and exports it.
//
// Entry points: Local, an Engine over an open index; package query/remote
// gives the same Engine over a socket. The package never opens files,
// reads flags or the environment, or prints anywhere but the writer it is
// given.
package query
