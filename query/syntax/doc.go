// Package syntax is pubindex's query language: it lexes and parses what a
// user types (words ANDed by default, "phrases", OR, AND, NOT and -word,
// parentheses, field prefixes, year ranges) into a tree of nodes, and
// reports a bad query as a *SyntaxError that points at the column.
//
// It knows nothing of the index or of bleve: package query plans a search
// from the tree. Entry point: Parse.
package syntax
