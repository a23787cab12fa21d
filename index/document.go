package index

import (
	"encoding/base64"
	"encoding/binary"
	"hash/fnv"
	"strings"
	"time"
)

// Field names. These constants, the Document JSON tags and the mapping in
// mapping.go are the one place where a field is named; package query builds
// its requests from the same constants.
const (
	FieldTitle    = "title"    // prose, positions, BM25
	FieldSynopsis = "synopsis" // prose
	// FieldText is what a word without a field prefix searches: the
	// title, the synopsis and the body, in one field with a gap of
	// positions between the parts, so a phrase never runs from one into
	// the next. One posting list per word makes a query one term or
	// phrase searcher where three fields made a disjunction of three
	// (docs/design.md); package query adds an optional title clause for
	// ranking.
	FieldText = "text"
	// FieldBody names the body in snippets and in the query language
	// (body:); it is not a field of its own in the index, as FieldText
	// holds it.
	FieldBody = "body"

	FieldCode = "code" // keyword (upper case), exact
	// FieldURLKey holds URLKey of a publication's URL, so show finds it by
	// any spelling of its address.
	FieldURLKey = "url_key"

	// The facet fields of a publication. Each is indexed twice: folded
	// (FieldRegions+KeySuffix, for filters) and analysed
	// (FieldRegions+TextSuffix, for field queries). For facet counts each
	// value is also a term of one of FacetDocFields (FacetTerm).
	FieldSeries    = "series"
	FieldAuthors   = "authors"
	FieldRegions   = "regions"
	FieldTopics    = "topics"
	FieldPublisher = "publisher"
	FieldPageType  = "page_type" // publication, event, news, ...

	// The facet values of a publication are also keyword terms with doc
	// values, for facet counts: FieldFacet holds region, series, topic and
	// year, FieldFacetAuthor the authors, FieldFacetMisc publisher and page
	// type (FacetTerm). Counting the facets of a result visits two fields
	// per hit instead of one per facet, and the fields are kept small,
	// since bleve decompresses 1,024 documents' doc values at a time.
	FieldFacet       = "facet"
	FieldFacetAuthor = "facet_author"
	FieldFacetMisc   = "facet_misc"

	// The first and the last day the date can mean, as DayTime values in
	// bleve date-time fields.
	FieldDateStart = "date_start"
	FieldDateEnd   = "date_end"

	FieldKind   = "kind"    // keyword: KindPublication or KindSource
	FieldRecord = "_rec"    // stored only: the whole record, compressed
	FieldSrcDoc = "src_doc" // keyword on source records: the documents a file gave
)

// URLKey returns the form of an address that its spellings share: no
// scheme, no "www.", the host in lower case, no fragment and no trailing
// slash ("https://www.rsis.edu.sg/x/" is "rsis.edu.sg/x"). It returns ""
// for what is not an http(s) address or a host with a dot.
func URLKey(u string) string {
	s := strings.TrimSpace(u)
	low := strings.ToLower(s)
	for _, p := range []string{"https://", "http://"} {
		if strings.HasPrefix(low, p) {
			s = s[len(p):]
			break
		}
	}
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	host, path, _ := strings.Cut(s, "/")
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if !strings.Contains(host, ".") || strings.ContainsAny(host, " \t") {
		return ""
	}
	path = strings.TrimRight(path, "/")
	if path == "" {
		return host
	}
	return host + "/" + path
}

// KeySuffix names the case- and accent-folded twin of a keyword facet field,
// used for filters that match values case-insensitively ("regions_key").
const KeySuffix = "_key"

// TextSuffix names the analysed twin of a keyword facet field, used by
// field-prefixed queries such as author:xing ("authors_text").
const TextSuffix = "_text"

// Kinds of bleve documents in one index.
const (
	KindPublication = "pub"
	KindSource      = "src"
)

// FacetFields are the keyword fields that carry facet filters.
var FacetFields = []string{FieldSeries, FieldAuthors, FieldRegions, FieldTopics, FieldPublisher, FieldPageType}

// Facet names, the first part of a FieldFacet term.
const (
	FacetRegion    = "region"
	FacetSeries    = "series"
	FacetTopic     = "topic"
	FacetAuthor    = "author"
	FacetYear      = "year"
	FacetPublisher = "publisher"
	FacetPageType  = "page_type"
)

// facetOf names the facet of each facet field.
var facetOf = map[string]string{
	FieldSeries: FacetSeries, FieldAuthors: FacetAuthor, FieldRegions: FacetRegion, FieldTopics: FacetTopic,
	FieldPublisher: FacetPublisher, FieldPageType: FacetPageType,
}

// facetCodes are the one-letter codes of the facets in FieldFacet terms,
// with the field each facet's terms are in.
var facetCodes = map[string]struct{ code, field string }{
	FacetRegion: {"r", FieldFacet}, FacetSeries: {"s", FieldFacet}, FacetTopic: {"t", FieldFacet}, FacetYear: {"y", FieldFacet},
	FacetAuthor: {"a", FieldFacetAuthor}, FacetPublisher: {"p", FieldFacetMisc}, FacetPageType: {"k", FieldFacetMisc},
}

var facetByCode = func() map[string]string {
	m := map[string]string{}
	for f, c := range facetCodes {
		m[c.code] = f
	}
	return m
}()

// FacetDocFields are the fields whose doc values hold facet values.
var FacetDocFields = []string{FieldFacet, FieldFacetAuthor, FieldFacetMisc}

// hashedFacets are the facets whose terms carry a 48-bit hash of the value
// instead of the value. Facet counts decode the doc values of every hit,
// block by block, so their bytes are query time: region, series and topic
// names are long ("Southeast Asia and ASEAN") and few, so their names are
// kept once in the index (Index.FacetValue) and the terms shrink to nine
// bytes. Authors are many and short and stay in the term (docs/design.md).
var hashedFacets = map[string]bool{FacetRegion: true, FacetSeries: true, FacetTopic: true}

// FacetTerm returns the field and term that hold one value of a facet.
func FacetTerm(facet, value string) (field, term string) {
	c := facetCodes[facet]
	if hashedFacets[facet] {
		h := fnv.New64a()
		h.Write([]byte(value))
		var sum [8]byte
		binary.BigEndian.PutUint64(sum[:], h.Sum64())
		return c.field, c.code + base64.RawURLEncoding.EncodeToString(sum[:6])
	}
	return c.field, c.code + "\x1f" + value
}

// splitFacetTerm returns the facet of a term of FacetDocFields and its
// value, or hashed when the term holds a hash of the value.
func splitFacetTerm(term string) (facet, value string, hashed bool) {
	if term == "" {
		return "", "", false
	}
	code, rest := term[:1], term[1:]
	if v, ok := strings.CutPrefix(rest, "\x1f"); ok {
		return facetByCode[code], v, false
	}
	return facetByCode[code], "", true
}

// SourceRecord is what pubindex remembers of one ingested file. Records are
// stored in the index itself, in the same batch as the documents they
// describe, so the two never disagree.
type SourceRecord struct {
	Path    string `json:"path"`     // absolute, cleaned
	Size    int64  `json:"size"`     // bytes
	ModTime int64  `json:"mtime_ns"` // modification time, Unix nanoseconds
	Hash    string `json:"hash"`     // SHA-256 of the page's bytes (a gzipped file's decompressed), hex
	// Docs are the documents this file gave, in file order; DocHashes their
	// content hashes, index for index.
	Docs      []string `json:"docs,omitempty"`
	DocHashes []string `json:"doc_hashes,omitempty"`
	// Skipped is the reason the file gave no documents ("not a publication:
	// event page"), so an unchanged skipped file is not parsed again.
	Skipped string `json:"skipped,omitempty"`
	// Attachment marks a file that adds the full text of a publication
	// whose landing page is another file (a PDF): a document's indexed text
	// is its newest page joined with its newest attachment.
	Attachment bool `json:"attachment,omitempty"`
	// Mirror marks a file holding a copy of a publication from another
	// site (a document sharing site, an aggregator): it gives the text only
	// while the publisher's own page is not in the scrape.
	Mirror bool `json:"mirror,omitempty"`
}

// Newer reports whether r is preferred over o as the source of a
// document's text: the later modification time wins, and the
// lexically greater path breaks ties, so the choice is deterministic.
func (r *SourceRecord) Newer(o *SourceRecord) bool {
	if r.ModTime != o.ModTime {
		return r.ModTime > o.ModTime
	}
	return r.Path > o.Path
}

// DayTime is how the date fields hold an instant: the number of the day it
// falls on (UTC, days since 1970-01-01) as a count of nanoseconds. bleve
// indexes a date-time value as sixteen terms, one per four bits of its
// nanoseconds; real instants of whole days make twelve of the sixteen
// unique to each day, day numbers only four, which made the two date
// fields much smaller (docs/design.md). Ranges and sorts keep working, as
// the order of days is kept. The zero time stays zero (an open bound).
func DayTime(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	sec := t.Unix()
	day := sec / 86400
	if sec%86400 < 0 {
		day--
	}
	return time.Unix(0, day).UTC()
}
