package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/pubindex/pubindex/index/pub"
)

// maxTitleMatches bounds the documents FindTitle loads to compare titles.
const maxTitleMatches = 20

// FindTitle returns the publications whose title is title, compared as
// FoldKey compares (case, accents and punctuation aside). Ingest uses it to
// join a PDF to its landing page.
func (ix *Index) FindTitle(ctx context.Context, title string) ([]*pub.Document, error) {
	key := pub.FoldKey(title)
	if key == "" {
		return nil, nil
	}
	words := bquery.NewMatchQuery(title)
	words.SetField(FieldTitle)
	words.Analyzer = AnalyzerName
	words.SetOperator(bquery.MatchQueryOperatorAnd)
	kind := bquery.NewTermQuery(KindPublication)
	kind.SetField(FieldKind)
	req := bleve.NewSearchRequestOptions(bquery.NewConjunctionQuery([]bquery.Query{words, kind}), maxTitleMatches, 0, false)
	res, err := ix.Search(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("find title: %w", err)
	}
	var out []*pub.Document
	for _, h := range res.Hits {
		d, err := ix.Document(h.ID)
		if err != nil {
			return nil, err
		}
		if d != nil && pub.FoldKey(d.Title) == key {
			out = append(out, d)
		}
	}
	return out, nil
}
