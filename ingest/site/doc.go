// Package site is what pubindex knows of the sites it reads: a Profile per
// site (data, embedded from profiles/*.json or loaded from a file), the
// Taxonomy that files Categories labels under series, regions and topics,
// and Set, built once with New, which answers the readers' per-page
// questions: the profile of a page, its layout rules, its canonical URL and
// code, what to do with a page that is not a publication.
package site
