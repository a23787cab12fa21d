package query

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	ingestparse "github.com/pubindex/pubindex/ingest/parse"
	"github.com/pubindex/pubindex/internal/testcorpus"
)

// TestFacetCountsAcrossSegments checks facet counts against the hits
// themselves on an index with several segments, some of them merged (small
// batches), where doc values of merged segments are read, both as one-shot
// commands count them and from the facet column a long-running process
// keeps (index.Options.FacetCache), which must follow the index as it
// changes. 999 pages stay under the size of run that ends in a compaction
// into one segment.
func TestFacetCountsAcrossSegments(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 999 pages")
	}
	dir := t.TempDir()
	pages, later := filepath.Join(dir, "pages"), filepath.Join(dir, "later")
	if err := testcorpus.Write(pages, "../testdata/pages", 999); err != nil {
		t.Fatal(err)
	}
	// The last 99 pages come in a second run, after the column was built.
	if err := os.Mkdir(later, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 900; i < 999; i++ {
		name := fmt.Sprintf("page-%05d.txt", i)
		if err := os.Rename(filepath.Join(pages, name), filepath.Join(later, name)); err != nil {
			t.Fatal(err)
		}
	}
	ixDir := filepath.Join(dir, "ix")
	ix, err := index.Open(ixDir, index.Options{Create: true, FacetCache: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { ix.Close() }() // the index reopened below
	p, err := ingestparse.NewParser(ingestparse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := ingest.Config{Roots: []string{pages}, BatchSize: 25}
	if _, err := ingest.Run(context.Background(), ix, p, cfg); err != nil {
		t.Fatal(err)
	}
	if zaps, _ := filepath.Glob(filepath.Join(ixDir, "store", "*.zap")); len(zaps) < 2 {
		t.Fatalf("the index has %d segment files, want several", len(zaps))
	}
	before := checkFacetsAgainstHits(t, ix)
	cfg.Roots = append(cfg.Roots, later)
	if _, err := ingest.Run(context.Background(), ix, p, cfg); err != nil {
		t.Fatal(err)
	}
	if after := checkFacetsAgainstHits(t, ix); after <= before {
		t.Fatalf("%d hits after adding 99 pages, %d before: the column did not follow the index", after, before)
	}
	// Another process reads the names of hashed facet values from the
	// index, not from what the writer remembers.
	for _, cache := range []bool{false, true} {
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
		ix, err = index.Open(ixDir, index.Options{ReadOnly: true, FacetCache: cache})
		if err != nil {
			t.Fatal(err)
		}
		checkFacetsAgainstHits(t, ix)
	}
}

// checkFacetsAgainstHits compares the facet counts of a few searches with
// the regions, series, topics, years and authors of all their hits, and
// returns how many hits they had.
func checkFacetsAgainstHits(t *testing.T, ix *index.Index) int {
	t.Helper()
	s := &local{ix: ix}
	hits := 0
	for _, req := range []Request{{Text: `"data sovereignty"`}, {Text: "maritime"}, {Series: []string{"RSIS Commentary"}}, {Text: "cyber", Regions: []string{"Europe"}}} {
		req.Limit = MaxLimit
		res, err := s.Search(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if int(res.Total) != len(res.Hits) {
			t.Fatalf("%+v: total %d, %d hits loaded", req, res.Total, len(res.Hits))
		}
		hits += len(res.Hits)
		want := map[string]int{}
		authors := map[string]int{}
		for _, h := range res.Hits {
			for _, a := range h.Authors {
				authors[a]++
			}
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
		var all []FacetCount
		for a, n := range authors {
			all = append(all, FacetCount{Value: a, Count: n})
		}
		sortCounts(all)
		if diff := cmp.Diff(nonNil(all[:min(AuthorFacetSize, len(all))]), res.Facets.Author); diff != "" {
			t.Errorf("%+v: top authors differ from the hits' (-hits +facets):\n%s", req, diff)
		}
	}
	return hits
}

// TestKeepTop checks the top authors kept one count at a time against a
// full sort.
func TestKeepTop(t *testing.T) {
	for _, n := range []int{0, 3, 10, 39, 41, 500} {
		var l, kept []FacetCount
		for i := range n {
			c := FacetCount{Value: fmt.Sprintf("author %03d", (i*37)%n), Count: (i * 7) % 13}
			l = append(l, c)
			kept = keepTop(kept, c, 10)
		}
		sortCounts(l)
		if want := l[:min(10, n)]; !cmp.Equal(kept, want, cmpopts.EquateEmpty()) {
			t.Errorf("%d counts: top 10 %v, want %v", n, kept, want)
		}
	}
}
