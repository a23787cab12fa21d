package query

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	ingestparse "github.com/pubindex/pubindex/ingest/parse"
	"github.com/pubindex/pubindex/internal/testcorpus"
)

// corpusIndex writes n generated pages, ingests them in commits of batch
// documents (0: the default) into a new index, closes it and returns its
// folder, for tests and benchmarks to open as they need.
func corpusIndex(tb testing.TB, n, batch int) string {
	tb.Helper()
	dir := tb.TempDir()
	pages := filepath.Join(dir, "pages")
	if err := testcorpus.Write(pages, "../testdata/pages", n); err != nil {
		tb.Fatal(err)
	}
	ixDir := filepath.Join(dir, "ix")
	ix, err := index.Open(ixDir, index.Options{Create: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer ix.Close() // on failure; closing twice does nothing
	p, err := ingestparse.NewParser(ingestparse.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := ingest.Run(context.Background(), ix, p, ingest.Config{Roots: []string{pages}, BatchSize: batch}); err != nil {
		tb.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		tb.Fatal(err)
	}
	return ixDir
}
