package query

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	"github.com/pubindex/pubindex/internal/testcorpus"
)

// TestFacetCountsAcrossSegments checks facet counts against the hits
// themselves on an index with several segments, some of them merged (small
// batches), where doc values of merged segments are read. 999 pages stay
// under the size of run that ends in a compaction into one segment.
func TestFacetCountsAcrossSegments(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 999 pages")
	}
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	if err := testcorpus.Write(pages, "../testdata/pages", 999); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(filepath.Join(dir, "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { ix.Close() }() // the index reopened below
	p, err := ingest.NewParser(ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Run(context.Background(), ix, p, ingest.Config{Roots: []string{pages}, BatchSize: 25}); err != nil {
		t.Fatal(err)
	}
	if zaps, _ := filepath.Glob(filepath.Join(dir, "ix", "store", "*.zap")); len(zaps) < 2 {
		t.Fatalf("the index has %d segment files, want several", len(zaps))
	}
	checkFacetsAgainstHits(t, ix)
	// Another process reads the names of hashed facet values from the
	// index, not from what the writer remembers.
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = index.Open(filepath.Join(dir, "ix"), index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	checkFacetsAgainstHits(t, ix)
}

// checkFacetsAgainstHits compares the facet counts of a few searches with
// the regions, series, topics and years of all their hits.
func checkFacetsAgainstHits(t *testing.T, ix *index.Index) {
	t.Helper()
	s := NewSearcher(ix)
	for _, req := range []Request{{Text: `"data sovereignty"`}, {Text: "maritime"}, {Series: []string{"RSIS Commentary"}}, {Text: "cyber", Regions: []string{"Europe"}}} {
		req.Limit = MaxLimit
		res, err := s.Search(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if int(res.Total) != len(res.Hits) {
			t.Fatalf("%+v: total %d, %d hits loaded", req, res.Total, len(res.Hits))
		}
		want := map[string]int{}
		for _, h := range res.Hits {
			for _, r := range h.Regions {
				want["region "+r]++
			}
			for _, tp := range h.Topics {
				want["topic "+tp]++
			}
			want["series "+h.Series]++
			want["year "+h.Date.String()[:4]]++
		}
		got := map[string]int{}
		for _, f := range res.Facets.Region {
			got["region "+f.Value] = f.Count
		}
		for _, f := range res.Facets.Series {
			got["series "+f.Value] = f.Count
		}
		for _, f := range res.Facets.Topic {
			got["topic "+f.Value] = f.Count
		}
		for _, f := range res.Facets.Year {
			got["year "+f.Value] = f.Count
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%+v: facet counts differ from the hits (-hits +facets):\n%s", req, diff)
		}
	}
}
