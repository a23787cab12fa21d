package parse

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseTextDump parses the fixture page dumps (about 25 KB each,
// most of it site chrome) round-robin.
func BenchmarkParseTextDump(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/pages/*.txt")
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
		if rs := p.Parse(context.Background(), "x.txt", pages[i%len(pages)]); rs[0].Doc == nil {
			b.Fatal("no document")
		}
		i++
	}
}
