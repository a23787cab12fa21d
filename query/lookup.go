package query

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/pubindex/pubindex/index"
)

// lookup finds one publication by its ID, by its code in any case, or by
// its URL in any spelling (index.URLKey), with the files it came from. It returns nil when there is none.
func lookup(ctx context.Context, ix *index.Index, id string) (*Record, error) {
	d, err := ix.Document(id)
	if err != nil {
		return nil, err
	}
	if d == nil {
		q := codeQuery(id, false)
		if k := index.URLKey(id); k != "" {
			// An address, with or without https, www. or a final slash.
			u := bquery.NewTermQuery(k)
			u.SetField(index.FieldURLKey)
			q = bquery.NewDisjunctionQuery([]bquery.Query{q, u})
		}
		req := bleve.NewSearchRequestOptions(q, 1, 0, false)
		res, err := ix.Search(ctx, req)
		if err != nil {
			return nil, err
		}
		if len(res.Hits) > 0 {
			if d, err = ix.Document(res.Hits[0].ID); err != nil {
				return nil, err
			}
		}
	}
	if d == nil {
		return nil, nil
	}
	srcs, err := ix.SourcesOf(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	return recordOf(d, srcs), nil
}
