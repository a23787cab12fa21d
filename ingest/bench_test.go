package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/internal/testcorpus"
)

// BenchmarkParseTextDump parses the fixture page dumps (about 25 KB each,
// most of it site chrome) round-robin.
func BenchmarkParseTextDump(b *testing.B) {
	files, _ := filepath.Glob("../testdata/pages/*.txt")
	var pages [][]byte
	size := 0
	for _, f := range files {
		p, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		size += len(p)
	}
	p := newTestParser(b)
	b.SetBytes(int64(size / len(pages)))
	i := 0
	for b.Loop() {
		if rs := p.Parse("x.txt", pages[i%len(pages)]); rs[0].Doc == nil {
			b.Fatal("no document")
		}
		i++
	}
}

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
