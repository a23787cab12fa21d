package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest/parse"
	"github.com/pubindex/pubindex/internal/testcorpus"
)

// BenchmarkIngest times a whole ingest of 500 generated pages into a new
// index: walking, reading, parsing, analysis and bleve's indexing.
func BenchmarkIngest(b *testing.B) {
	pages := filepath.Join(b.TempDir(), "pages")
	if err := testcorpus.Write(pages, "../testdata/pages", 500); err != nil {
		b.Fatal(err)
	}
	p := newTestParser(b)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		ix, err := index.Open(filepath.Join(b.TempDir(), "ix"), index.Options{Create: true})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := Run(context.Background(), ix, p, Config{Roots: []string{pages}}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(500*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// newTestParser is the parser with the built-in profiles.
func newTestParser(t testing.TB) *parse.Parser {
	t.Helper()
	p, err := parse.NewParser(parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
