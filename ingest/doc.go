// Package ingest keeps an index up to date with folders of scraped pages.
// A run walks the roots, plans which files are new or changed against the
// source records in the index, reads those on worker goroutines with a
// parse.Parser, commits documents and records together in batches, and
// prunes what has gone. Its entry points are Run, for one run, and Watch,
// which runs again whenever files change.
package ingest
