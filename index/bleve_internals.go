package index

// Code that relies on bleve beyond its public search API lives in this file
// alone, each piece with a contract test against bleve itself in
// bleve_internals_test.go, so that a bleve upgrade shows at once what broke.

import (
	"encoding/binary"
	"fmt"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	bindex "github.com/blevesearch/bleve_index_api"
)

// handler wraps bleve's top-N document match handler, counting each hit
// before bleve ranks it (bleve may recycle the match afterwards).
func (t *tally) handler(sctx *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	next, loadID, err := collector.MakeTopNDocumentMatchHandler(sctx)
	if err != nil {
		return nil, false, err
	}
	if next == nil {
		return nil, false, fmt.Errorf("facets: unexpected collector %T", sctx.Collector)
	}
	if t.col == nil && t.byTerm == nil {
		if t.col, err = t.ix.facetColumn(sctx.IndexReader); err != nil {
			return nil, false, err
		}
		if t.col != nil {
			t.byOrd = make([]int, len(t.col.terms))
		} else {
			if t.dvr, err = sctx.IndexReader.DocValueReader(t.fields); err != nil {
				return nil, false, err
			}
			t.byTerm = map[string]int{}
		}
	}
	count := func(_ string, term []byte) { t.byTerm[string(term)]++ }
	return func(d *search.DocumentMatch) error {
		if d == nil {
			return next(d)
		}
		if t.col == nil {
			if err := t.dvr.VisitDocValues(d.IndexInternalID, count); err != nil {
				return err
			}
			return next(d)
		}
		ords, ok := t.col.of(d.IndexInternalID)
		if !ok {
			// The column holds every live document of the snapshot.
			return fmt.Errorf("facets: document %x is not in the facet column", []byte(d.IndexInternalID))
		}
		for _, o := range ords {
			t.byOrd[o]++
		}
		return next(d)
	}, loadID, nil
}

// docNumber returns the document number of a scorch internal ID, eight
// bytes big-endian, and whether id has that form.
func docNumber(id bindex.IndexInternalID) (uint64, bool) {
	if len(id) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(id), true
}

// prose analyses values into a field with positions and norms. It
// allocates the locations and term frequencies of the field in two slabs,
// and shares the term bytes of the analyzer's cache: an allocation per
// word would be the largest cost of ingest after bleve's own.
func (b *Builder) prose(name string, values []string) *proseField {
	n := 0
	for _, v := range values {
		n += len(v)/6 + 1
	}
	f := &proseField{name: name, freqs: make(bindex.TokenFrequencies, n/2+8)}
	locs := make([]bindex.TokenLocation, 0, n)
	tfs := make([]bindex.TokenFreq, 0, n/2+8)
	pos := 0
	for i, v := range values {
		if i > 0 {
			pos += valueGap
		}
		f.plain += len(v)
		pos = Words(v, pos, func(start, end, p int) {
			t := b.an.term(v[start:end])
			if t.s == "" {
				return
			}
			f.length++
			if len(locs) == cap(locs) {
				locs = make([]bindex.TokenLocation, 0, max(64, n/4))
			}
			locs = append(locs, bindex.TokenLocation{Position: p})
			tf := f.freqs[t.s]
			if tf == nil {
				if len(tfs) == cap(tfs) {
					tfs = make([]bindex.TokenFreq, 0, max(64, n/4))
				}
				tfs = append(tfs, bindex.TokenFreq{Term: t.b})
				tf = &tfs[len(tfs)-1]
				f.freqs[t.s] = tf
			}
			tf.Locations = append(tf.Locations, &locs[len(locs)-1])
			tf.SetFrequency(tf.Frequency() + 1)
		})
	}
	return f
}

// proseField is an analysed text field whose terms were computed by a
// Builder. bleve's own TextField would analyse again inside the batch; this
// one hands over what the ingest worker already did, and reports a cheap
// size estimate instead of walking every location.
type proseField struct {
	name   string
	freqs  bindex.TokenFrequencies
	length int
	plain  int
}

func (f *proseField) Name() string                                      { return f.name }
func (f *proseField) ArrayPositions() []uint64                          { return nil }
func (f *proseField) Options() bindex.FieldIndexingOptions              { return proseOptions }
func (f *proseField) Analyze()                                          {}
func (f *proseField) Value() []byte                                     { return nil }
func (f *proseField) NumPlainTextBytes() uint64                         { return uint64(f.plain) }
func (f *proseField) EncodedFieldType() byte                            { return 't' }
func (f *proseField) AnalyzedLength() int                               { return f.length }
func (f *proseField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }

// Size estimates the memory the field holds, for bleve's accounting.
func (f *proseField) Size() int { return 64 + len(f.freqs)*64 + f.length*48 }

// documentReader loads stored documents: a bleve index or an index reader.
type documentReader interface {
	Document(id string) (bindex.Document, error)
}

// storedRecordOf returns the stored record field of the document id, or nil.
func storedRecordOf(r documentReader, id string) ([]byte, error) {
	d, err := r.Document(id)
	if err != nil {
		return nil, fmt.Errorf("load %q: %w", id, err)
	}
	if d == nil {
		return nil, nil
	}
	var rec []byte
	d.VisitFields(func(f bindex.Field) {
		if f.Name() == FieldRecord {
			rec = f.Value()
		}
	})
	return rec, nil
}
