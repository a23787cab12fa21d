// Package fields reads the fields of a publication as pages print them,
// for every page reader: dates (ParseDate, FindDate, DateLine), author
// names (SplitAuthors, CleanAuthors, AuthorsFromBio), URLs and publication
// codes (CanonicalURL, CodeFromURL, CodeFromText).
package fields
