// Package page is what a page reader is given and what it gives back:
// File, the bytes of one scraped file and what is known of it, and Result,
// what one record of the file became. The readers are packages textpage,
// htmlpage, jsonl and pdfpage; package parse picks one.
package page

import "github.com/pubindex/pubindex/index/pub"

// File is one scraped file as a reader gets it.
type File struct {
	// Path names the file in messages; it is not opened.
	Path string
	// Data is the file's content.
	Data []byte
	// URL is the page's address when it is known from outside the page
	// (the url field of a JSON Lines record), else "".
	URL string
}

// Result is what one record of a file became: a document, or the reason it
// gave none. A page dump or HTML page has one record; a JSON Lines file has
// one per line.
type Result struct {
	Doc *pub.Document
	// Skip says why the record is not indexed although it was read
	// correctly ("not a publication: event page").
	Skip string
	// Err says why the record could not be read ("line 7: invalid JSON").
	Err error
	// Line is the 1-based line of the record in a JSON Lines file, else 0.
	Line int
	// Warnings are problems that did not stop the record, such as a date
	// left empty because it was ambiguous.
	Warnings []string
	// Unknown lists Categories labels that are in no taxonomy; they were
	// indexed as topics.
	Unknown []string
	// Kind is the page type of a page skipped as a known kind of
	// non-publication (event, listing, error, ...), "" when the page was
	// skipped only because no article was found in it.
	Kind string
	// TitleGuessed marks a document whose page printed no title: the
	// reader took a lower heading or the text's first words, which a
	// record's own title field overrules.
	TitleGuessed bool
	// Attachment marks a document read from a file that a publication's
	// landing page links to (a PDF): the ingest run joins it to the landing
	// page's document when the scrape has one, adding its full text.
	Attachment bool
	// Mirror marks a copy of a publication made elsewhere (a document
	// sharing site, catalogue or aggregator): the ingest run joins it to
	// the publisher's own page when the scrape has it, as a version.
	Mirror bool
}
