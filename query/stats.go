package query

import (
	"context"
	"encoding/json"
	"io"

	"github.com/blevesearch/bleve/v2"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
)

// Stats describes an index.
type Stats struct {
	Index          string            `json:"index"`
	MappingVersion string            `json:"mapping_version"`
	Documents      uint64            `json:"documents"`
	SourceFiles    uint64            `json:"source_files"`
	SizeBytes      int64             `json:"size_bytes"`
	LastIngest     *index.IngestInfo `json:"last_ingest"`
	// Facets counts the documents per value of every facet, most first.
	Facets map[string][]FacetCount `json:"facets"`
}

// statFacets are the facets Stats counts.
var statFacets = []string{index.FacetRegion, index.FacetSeries, index.FacetTopic, index.FacetAuthor,
	index.FacetYear, index.FacetPublisher, index.FacetPageType}

// getStats counts the documents of ix by facet value.
func getStats(ctx context.Context, ix *index.Index) (*Stats, error) {
	st := &Stats{Index: ix.Dir(), MappingVersion: index.MappingVersion, Facets: map[string][]FacetCount{}}
	req := bleve.NewSearchRequestOptions(allPublications(), 0, 0, false)
	req.Score = "none"
	res, fc, err := ix.SearchFacets(ctx, req, index.FacetDocFields)
	if err != nil {
		return nil, err
	}
	st.Documents = res.Total
	counts := facetCounts(ix, fc, 0)
	for _, f := range statFacets {
		st.Facets[f] = nonNil(counts[f])
	}
	if st.SourceFiles, err = ix.CountSources(ctx); err != nil {
		return nil, err
	}
	if st.SizeBytes, err = ix.DiskSize(); err != nil {
		return nil, err
	}
	if st.LastIngest, err = ix.LastIngest(); err != nil {
		return nil, err
	}
	return st, nil
}

// export writes the Record of every publication as one JSON object per
// line, in ID order.
func export(ctx context.Context, ix *index.Index, w io.Writer) error {
	srcs, err := ix.AllSources(ctx)
	if err != nil {
		return err
	}
	byDoc := map[string][]*index.SourceRecord{}
	for _, s := range srcs {
		for _, id := range s.Docs {
			byDoc[id] = append(byDoc[id], s)
		}
	}
	enc := json.NewEncoder(w) // one compact value per line
	enc.SetEscapeHTML(false)
	return ix.Each(ctx, func(d *pub.Document) error {
		return enc.Encode(recordOf(d, byDoc[d.ID]))
	})
}
