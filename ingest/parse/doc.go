// Package parse turns the bytes of a scraped file into documents: Detect
// tells the format (text, HTML, JSON Lines, binary; UTF-16 is converted
// first), Parser.Parse hands the file to the reader of that format
// (packages textpage, htmlpage, jsonl) and finishes each document with its
// ID, page type, source and content hash. Its entry point is NewParser.
package parse
