package query

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	"github.com/pubindex/pubindex/internal/testcorpus"
)

// BenchmarkSearch times whole queries as the query command runs them (top
// 10, snippets, facets) over 2,000 generated pages, one sub-benchmark per
// kind of query of the benchmark kit: facets read from each hit's doc
// values, as a one-shot command does (oneshot/), and from the facet column
// a long-running process keeps (column/).
func BenchmarkSearch(b *testing.B) {
	dir := b.TempDir()
	pages := filepath.Join(dir, "pages")
	if err := testcorpus.Write(pages, "../testdata/pages", 2000); err != nil {
		b.Fatal(err)
	}
	ix, err := index.Open(filepath.Join(dir, "ix"), index.Options{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	defer func() { ix.Close() }() // reopened below
	p, err := ingest.NewParser(ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ingest.Run(context.Background(), ix, p, ingest.Config{Roots: []string{pages}}); err != nil {
		b.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		b.Fatal(err)
	}
	for _, column := range []bool{false, true} {
		if ix, err = index.Open(filepath.Join(dir, "ix"), index.Options{ReadOnly: true, FacetCache: column}); err != nil {
			b.Fatal(err)
		}
		name := map[bool]string{false: "oneshot", true: "column"}[column]
		b.Run(name, func(b *testing.B) { benchQueries(b, NewSearcher(ix)) })
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchQueries(b *testing.B, s *Searcher) {
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
