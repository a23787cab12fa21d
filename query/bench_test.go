package query

import (
	"context"
	"testing"

	"github.com/pubindex/pubindex/index"
)

// BenchmarkSearch times whole queries as the query command runs them (top
// 10, snippets, facets) over 2,000 generated pages, one sub-benchmark per
// kind of query of the benchmark kit: facets read from each hit's doc
// values, as a one-shot command does (oneshot/), and from the facet column
// a long-running process keeps (column/).
func BenchmarkSearch(b *testing.B) {
	dir := corpusIndex(b, 2000, 0)
	for _, column := range []bool{false, true} {
		ix, err := index.Open(dir, index.Options{ReadOnly: true, FacetCache: column})
		if err != nil {
			b.Fatal(err)
		}
		name := map[bool]string{false: "oneshot", true: "column"}[column]
		b.Run(name, func(b *testing.B) { benchQueries(b, &local{ix: ix}) })
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchQueries(b *testing.B, s *local) {
	for _, q := range []struct {
		name string
		req  Request
	}{
		{"term", Request{Text: "sovereignty"}},
		{"phrase", Request{Text: `"data sovereignty"`}},
		{"phrase_region", Request{Text: `"data sovereignty"`, Regions: []string{"Southeast Asia and ASEAN"}}},
		{"and", Request{Text: "maritime AND china"}},
		{"rare", Request{Text: "xiaohongshu"}},
		{"common", Request{Text: "policy"}},
		{"filters_only", Request{Series: []string{"RSIS Commentary"}, Sort: SortNewest}},
	} {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(context.Background(), q.req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
