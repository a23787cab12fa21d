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
// kind of query of the benchmark kit.
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
	defer ix.Close()
	p, err := ingest.NewParser(ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ingest.Run(context.Background(), ix, p, ingest.Config{Roots: []string{pages}}); err != nil {
		b.Fatal(err)
	}
	s := NewSearcher(ix)
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
