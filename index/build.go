package index

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
	"github.com/klauspost/compress/zstd"
	"github.com/pubindex/pubindex/index/pub"
)

// Indexing options of each kind of field. Prose keeps positions (for
// phrases) but not character offsets: snippets are cut from the stored
// record of the top hits only, so offsets would be paid for on every
// posting and used on none (see docs/design.md).
//
// Doc values keep bleve's default chunking and compression: its options to
// skip them (SkipDVCompression, SkipDVChunking) once gave wrong facet
// counts after merges (docs/design.md).
const (
	proseOptions   = bindex.IndexField | bindex.IncludeTermVectors
	keywordOptions = bindex.IndexField | bindex.DocValues
	filterOptions  = bindex.IndexField | bindex.SkipFreqNorm
	dateOptions    = bindex.IndexField | bindex.DocValues
	storedOptions  = bindex.StoreField
)

// valueGap separates the values of a multi-valued analysed field, so a
// phrase never matches across two authors or two regions, or from the
// title into the synopsis in FieldText.
const valueGap = 100

// sourceIDPrefix starts the bleve ID of every source record; publication IDs
// never start with it (ValidateID).
const sourceIDPrefix = "\x00src:"

// sourceID is the bleve ID of the source record of path.
func sourceID(path string) string { return sourceIDPrefix + path }

// Builder turns Documents and SourceRecords into bleve documents, analysing
// the text itself. Building is the costly part of ingest after bleve's own
// segment building, so ingest runs one Builder per worker goroutine; a
// Builder is not safe for concurrent use.
type Builder struct {
	an   *Analyzer
	raw  []byte
	zenc *zstd.Encoder
}

// NewBuilder returns a Builder.
func NewBuilder() *Builder { return &Builder{an: NewAnalyzer(), zenc: newEncoder()} }

// Built is a document ready for a Batch.
type Built struct {
	doc   *document.Document
	names []facetName // the values behind its hashed facet terms
}

// facetName is the value a hashed facet term stands for.
type facetName struct{ term, value string }

// id is the bleve ID of the built document.
func (b Built) id() string { return b.doc.ID() }

// Publication builds the bleve document of d.
func (b *Builder) Publication(d *pub.Document) (Built, error) {
	if err := pub.ValidateID(d.ID); err != nil {
		return Built{}, err
	}
	rec := b.compress(d) // without Source(s): they come from the source records
	bd := document.NewDocument(d.ID)
	bd.AddField(keyword(FieldKind, KindPublication, filterOptions))
	bd.AddField(b.prose(FieldTitle, []string{d.Title}))
	if d.Synopsis != "" {
		bd.AddField(b.prose(FieldSynopsis, []string{d.Synopsis}))
	}
	bd.AddField(b.prose(FieldText, []string{d.Title, d.Synopsis, d.Body}))
	if d.Code != "" {
		bd.AddField(keyword(FieldCode, d.Code, keywordOptions))
		bd.AddField(keyword(FieldCode+KeySuffix, pub.FoldKey(d.Code), filterOptions))
	}
	if k := URLKey(d.URL); k != "" {
		bd.AddField(keyword(FieldURLKey, k, filterOptions))
	}
	pageType := d.PageType
	if pageType == "" {
		pageType = pub.PageTypePublication
	}
	var names []facetName
	names = b.facet(bd, names, FieldPageType, []string{pageType}, false)
	names = b.facet(bd, names, FieldSeries, nonEmpty(d.Series), true)
	names = b.facet(bd, names, FieldAuthors, d.Authors, true)
	names = b.facet(bd, names, FieldRegions, d.Regions, true)
	names = b.facet(bd, names, FieldTopics, d.Topics, true)
	names = b.facet(bd, names, FieldPublisher, nonEmpty(d.Publisher), true)
	if !d.Date.IsZero() {
		bd.AddField(keyword(FacetTerm(FacetYear, fmt.Sprintf("%04d", d.Date.Year))))
		start, err := document.NewDateTimeFieldWithIndexingOptions(FieldDateStart, nil, DayTime(d.Date.Start()), time.RFC3339, dateOptions)
		if err != nil {
			return Built{}, fmt.Errorf("date of %s: %w", d.ID, err)
		}
		end, err := document.NewDateTimeFieldWithIndexingOptions(FieldDateEnd, nil, DayTime(d.Date.End()), time.RFC3339, filterOptions)
		if err != nil {
			return Built{}, fmt.Errorf("date of %s: %w", d.ID, err)
		}
		bd.AddField(start)
		bd.AddField(end)
	}
	bd.AddField(document.NewTextFieldWithIndexingOptions(FieldRecord, nil, rec, storedOptions))
	return Built{doc: bd, names: names}, nil
}

// Source builds the bleve document of a source record.
func (b *Builder) Source(r *SourceRecord) (Built, error) {
	js, err := json.Marshal(r)
	if err != nil {
		return Built{}, fmt.Errorf("encode source record %s: %w", r.Path, err)
	}
	bd := document.NewDocument(sourceID(r.Path))
	bd.AddField(keyword(FieldKind, KindSource, filterOptions))
	for _, id := range r.Docs {
		bd.AddField(keyword(FieldSrcDoc, id, filterOptions))
	}
	bd.AddField(document.NewTextFieldWithIndexingOptions(FieldRecord, nil, js, storedOptions))
	return Built{doc: bd}, nil
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// facet adds the values of a facet field: as FacetTerm terms for facet
// counts, folded for filters and, when text is set, analysed for field
// queries. It returns names with the values behind hashed terms appended.
func (b *Builder) facet(bd *document.Document, names []facetName, field string, values []string, text bool) []facetName {
	if len(values) == 0 {
		return names
	}
	facet := facetOf[field]
	for _, v := range values {
		f, term := FacetTerm(facet, v)
		bd.AddField(keyword(f, term))
		if hashedFacets[facet] {
			names = append(names, facetName{term, v})
		}
		bd.AddField(keyword(field+KeySuffix, pub.FoldKey(v), filterOptions))
	}
	if text {
		bd.AddField(b.prose(field+TextSuffix, values))
	}
	return names
}

func keyword(name, value string, opts ...bindex.FieldIndexingOptions) *document.TextField {
	o := keywordOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	return document.NewTextFieldWithIndexingOptions(name, nil, []byte(value), o)
}

// The stored record is compressed with zstd: at the ratio of flate it
// encodes and decodes faster, and every hit of every query decodes
// (docs/design.md). The decoder is made on first use, not at start-up:
// only the commands that read records need its tables.
var zdec = sync.OnceValue(func() *zstd.Decoder {
	d, _ := zstd.NewReader(nil, zstd.WithDecoderConcurrency(0)) // fails only on bad options
	return d
})

// newEncoder returns the record compressor of one Builder: each has its
// own, so ingest workers compress in parallel. Records are small, so a
// small window loses nothing and saves memory.
func newEncoder() *zstd.Encoder {
	e, _ := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(zstd.SpeedDefault),
		zstd.WithWindowSize(1<<17), zstd.WithLowerEncoderMem(true)) // fails only on bad options
	return e
}

// compress encodes d in its stored form, compressed.
func (b *Builder) compress(d *pub.Document) []byte {
	b.raw = encodeRecord(b.raw[:0], d)
	return b.zenc.EncodeAll(b.raw, nil)
}

// decodeStored decodes a stored publication record. The record is
// decompressed into a buffer of its own, which the Document's strings then
// share: one allocation per record instead of one per field and a copy of
// the body.
func decodeStored(rec []byte) (*pub.Document, error) {
	raw, err := zdec().DecodeAll(rec, nil)
	if err != nil {
		return nil, fmt.Errorf("decode stored record: %w", err)
	}
	return decodeRecord(raw)
}
