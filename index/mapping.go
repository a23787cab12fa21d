package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	bindex "github.com/blevesearch/bleve_index_api"
)

// MappingVersion names the field layout and analysis of an index. An index
// written with another version cannot be read and must be rebuilt; bump it
// with every change to the mapping, the analyzer or the stored record.
const MappingVersion = "pubindex-14"

// AnalyzerName is the name under which the pubindex analyzer is known to
// bleve, so the stored mapping names the analysis the prose fields really
// had.
const AnalyzerName = "pubindex"

func init() {
	// bleve resolves analyzer names in a mapping through its global
	// registry; there is no other way to make a mapping name ours.
	err := registry.RegisterAnalyzer(AnalyzerName, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
		return bleveAnalyzer{}, nil
	})
	if err != nil {
		panic(err) // only on a duplicate registration: a programming error
	}
}

// bleveAnalyzer adapts Analyzer to bleve, for tools that analyse text through
// the stored mapping. pubindex itself analyses before bleve sees a document.
type bleveAnalyzer struct{}

func (bleveAnalyzer) Analyze(text []byte) analysis.TokenStream {
	var ts analysis.TokenStream
	NewAnalyzer().Each(string(text), 0, func(t Token) {
		ts = append(ts, &analysis.Token{Term: []byte(t.Term), Start: t.Start, End: t.End, Position: t.Position, Type: analysis.AlphaNumeric})
	})
	return ts
}

// newMapping describes the fields Builder writes. Documents reach bleve
// already analysed (Batch.IndexAdvanced), so the mapping is what bleve
// needs for scoring (BM25), sorting and facets, and a truthful description
// for anyone who opens the index with other tools.
func newMapping() *mapping.IndexMappingImpl {
	im := bleve.NewIndexMapping()
	im.ScoringModel = bindex.BM25Scoring
	im.DefaultAnalyzer = AnalyzerName
	im.IndexDynamic, im.StoreDynamic, im.DocValuesDynamic = false, false, false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	prose := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = AnalyzerName
		f.Store, f.IncludeInAll, f.DocValues = false, false, false
		f.IncludeTermVectors = true
		return f
	}
	kw := func(docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store, f.IncludeInAll, f.IncludeTermVectors = false, false, false
		f.DocValues = docValues
		return f
	}
	for _, f := range []string{FieldTitle, FieldSynopsis, FieldText} {
		doc.AddFieldMappingsAt(f, prose())
	}
	doc.AddFieldMappingsAt(FieldKind, kw(false))
	doc.AddFieldMappingsAt(FieldSrcDoc, kw(false))
	doc.AddFieldMappingsAt(FieldCode, kw(true))
	doc.AddFieldMappingsAt(FieldCode+KeySuffix, kw(false))
	doc.AddFieldMappingsAt(FieldURLKey, kw(false))
	for _, f := range FacetDocFields {
		doc.AddFieldMappingsAt(f, kw(true))
	}
	for _, f := range FacetFields {
		doc.AddFieldMappingsAt(f+KeySuffix, kw(false))
		if f != FieldPageType {
			doc.AddFieldMappingsAt(f+TextSuffix, prose())
		}
	}
	for _, f := range []string{FieldDateStart, FieldDateEnd} {
		d := bleve.NewDateTimeFieldMapping() // of DayTime values
		d.Store, d.IncludeInAll = false, false
		d.DocValues = f == FieldDateStart // sorts
		doc.AddFieldMappingsAt(f, d)
	}
	rec := bleve.NewTextFieldMapping()
	rec.Index, rec.IncludeTermVectors, rec.IncludeInAll, rec.DocValues = false, false, false, false
	doc.AddFieldMappingsAt(FieldRecord, rec)

	im.DefaultMapping = doc
	return im
}
