// Package export writes the publications a search found in the formats
// reference managers and spreadsheets read: JSON Lines, CSV, BibTeX, RIS,
// CSL-JSON and Markdown. Each takes a query.Record at a time (Each streams
// them from an Engine) and maps pubindex's fields to the format's own; a
// SearchRecord says how the set was found. It knows nothing of flags or
// terminals: the CLI chooses the format and the file.
package export
