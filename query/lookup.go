package query

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/pubindex/pubindex/index"
)

// lookup finds one publication by its ID, by its code in any case, or by
// its URL, with the files it came from. It returns nil when there is none.
func lookup(ctx context.Context, ix *index.Index, id string) (*Record, error) {
	d, err := ix.Document(id)
	if err != nil {
		return nil, err
	}
	if d == nil {
		req := bleve.NewSearchRequestOptions(codeQuery(id, false), 1, 0, false)
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
