package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
)

// FacetCounts are the terms of FacetDocFields (FacetTerm) that matching
// documents have, each with the number of them, in no order;
// Index.FacetValue names a term.
type FacetCounts []TermCount

// TermCount is one facet term and its count.
type TermCount struct {
	Term  string
	Count int
}

// SearchFacets runs req, which asks for no facets of its own, and counts
// the terms that every matching document has in the facet fields (some of
// FacetDocFields).
//
// bleve's own terms facets decode the doc values of every hit on every
// query and count them in a map keyed by term. SearchFacets sees each hit
// as bleve's top-N collector does and counts it itself: from the facet
// column of the snapshot when the index keeps one (Options.FacetCache),
// else from the hit's doc values, as bleve would.
func (ix *Index) SearchFacets(ctx context.Context, req *bleve.SearchRequest, fields []string) (*bleve.SearchResult, FacetCounts, error) {
	if req.Score == bleve.ScoreNone && req.Size > 0 {
		// bleve stops collecting such a search once it has Size hits.
		return nil, nil, fmt.Errorf("facets of %s: a search without scores that asks for hits stops early; ask for no hits", ix.dir)
	}
	t := &tally{ix: ix, fields: fields}
	ctx = context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, search.MakeDocumentMatchHandler(t.handler))
	res, err := ix.Search(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	return res, t.counts(), nil
}

// tally counts the facet terms of the hits of one search.
type tally struct {
	ix     *Index
	fields []string
	col    *facetColumn          // the snapshot's column, or nil
	byOrd  []int                 // with col: count per ordinal
	dvr    bindex.DocValueReader // without col
	byTerm map[string]int        // without col
}

func (t *tally) counts() FacetCounts {
	var out FacetCounts
	if t.col != nil {
		wanted := make([]bool, len(t.col.fields))
		for i, f := range t.col.fields {
			wanted[i] = slices.Contains(t.fields, f)
		}
		for o, n := range t.byOrd {
			if n > 0 && wanted[t.col.field[o]] {
				out = append(out, TermCount{t.col.terms[o], n})
			}
		}
	}
	for term, n := range t.byTerm {
		out = append(out, TermCount{term, n})
	}
	return out
}

// facetColumn holds the facet terms of every live document of one index
// snapshot, as ordinals, indexed by bleve's internal document number. It
// is read-only once built, so concurrent queries share it without locks.
type facetColumn struct {
	snap   bindex.IndexReader // the snapshot it was built from, for identity only
	fields []string           // FacetDocFields
	terms  []string           // ordinal -> term
	field  []uint8            // ordinal -> index of its field in fields
	docs   [][]uint32         // document number -> ordinals
}

// of returns the ordinals of the document id, and whether the column knows
// it.
func (c *facetColumn) of(id bindex.IndexInternalID) ([]uint32, bool) {
	n, ok := docNumber(id)
	if c == nil || !ok || n >= uint64(len(c.docs)) {
		return nil, false
	}
	return c.docs[n], true
}

// facetCache keeps the facet column of the latest snapshot searched.
type facetCache struct {
	mu  sync.Mutex
	col *facetColumn
}

// facetColumn returns the facet column of the snapshot r, building it on
// first use, or nil when the index keeps none.
func (ix *Index) facetColumn(r bindex.IndexReader) (*facetColumn, error) {
	if ix.facets == nil {
		return nil, nil
	}
	ix.facets.mu.Lock()
	defer ix.facets.mu.Unlock()
	if c := ix.facets.col; c != nil && c.snap == r {
		return c, nil
	}
	c, err := buildFacetColumn(r)
	if err != nil {
		return nil, err
	}
	ix.facets.col = c
	return c, nil
}

// buildFacetColumn reads the facet doc values of every live document of r.
// Documents come in internal-number order, so the doc values are decoded
// one block after another, each once.
func buildFacetColumn(r bindex.IndexReader) (*facetColumn, error) {
	c := &facetColumn{snap: r, fields: FacetDocFields}
	ordOf := map[string]uint32{}
	dvr, err := r.DocValueReader(FacetDocFields)
	if err != nil {
		return nil, err
	}
	all, err := r.DocIDReaderAll()
	if err != nil {
		return nil, err
	}
	defer all.Close()
	var slab []uint32
	for {
		id, err := all.Next()
		if err != nil {
			return nil, err
		}
		if id == nil {
			return c, nil
		}
		n, ok := docNumber(id)
		if !ok {
			return nil, fmt.Errorf("internal document id of %d bytes", len(id))
		}
		for uint64(len(c.docs)) <= n {
			c.docs = append(c.docs, nil)
		}
		start := len(slab)
		err = dvr.VisitDocValues(id, func(field string, term []byte) {
			o, ok := ordOf[string(term)]
			if !ok {
				o = uint32(len(c.terms))
				c.terms = append(c.terms, string(term))
				c.field = append(c.field, uint8(slices.Index(c.fields, field)))
				ordOf[string(term)] = o
			}
			slab = append(slab, o)
		})
		if err != nil {
			return nil, err
		}
		c.docs[n] = slab[start:len(slab):len(slab)]
	}
}

// FacetValues returns every value of a facet (FacetRegion, FacetAuthor,
// ...) that the index's dictionary holds, in no order. It walks the terms
// of one doc-value field, not the documents: filters check their values
// against it and the shell completes them from it. A value whose last
// document was deleted may linger until a merge drops its term.
func (ix *Index) FacetValues(ctx context.Context, facet string) ([]string, error) {
	c, ok := facetCodes[facet]
	if !ok {
		return nil, fmt.Errorf("facet values: unknown facet %q", facet)
	}
	dict, err := ix.b.FieldDict(c.field)
	if err != nil {
		return nil, fmt.Errorf("facet values of %s in %s: %w", facet, ix.dir, err)
	}
	defer dict.Close()
	var out []string
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		e, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("facet values of %s in %s: %w", facet, ix.dir, err)
		}
		if e == nil {
			return out, nil
		}
		if e.Count == 0 || !strings.HasPrefix(e.Term, c.code) {
			continue
		}
		if f, v, ok := ix.FacetValue(e.Term); ok && f == facet {
			out = append(out, v)
		}
	}
}
