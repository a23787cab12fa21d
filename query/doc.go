// Package query is pubindex's search: it parses the query language (words
// ANDed by default, "phrases", OR, AND, NOT and -word, parentheses, field
// prefixes), turns a Request into a bleve request over the fields of package
// index, and returns ranked hits with snippets (spans, not markup) and
// facet counts, rendered as text or as the documented JSON.
//
// The package never opens files, reads flags or the environment, or
// prints anywhere but the writer it is given.
package query
