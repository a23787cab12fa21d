package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index/pub"
)

func newTestIndex(t *testing.T) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "ix"), Options{Create: true, Command: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func put(t *testing.T, ix *Index, docs []*pub.Document, srcs []*SourceRecord) {
	t.Helper()
	b := NewBuilder()
	bt := ix.NewBatch()
	for _, d := range docs {
		bd, err := b.Publication(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := bt.Put(bd); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range srcs {
		bd, err := b.Source(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := bt.Put(bd); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Commit(bt); err != nil {
		t.Fatal(err)
	}
}

func hits(t *testing.T, ix *Index, q bquery.Query) []string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 100, 0, false)
	req.SortBy([]string{"_id"})
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}

func TestDocumentRoundTrip(t *testing.T) {
	ix := newTestIndex(t)
	d := &pub.Document{ID: "IP25008", Code: "IP25008", Title: "Data Sovereignty in “Asia”", Series: "IDSS Papers",
		Authors: []string{"Xing Jiahui", "Li Mingjiang"}, Date: pub.Date{Year: 2025, Month: 2, Day: 3}, Regions: []string{"Global"},
		Topics: []string{"Cybersecurity"}, Synopsis: "Short.", Body: "Long body.\n\nSecond paragraph.",
		URL: "https://rsis.edu.sg/x", PageType: pub.PageTypePublication, ContentHash: "abc", Source: "/not/stored"}
	put(t, ix, []*pub.Document{d}, nil)
	got, err := ix.Document("IP25008")
	if err != nil {
		t.Fatal(err)
	}
	want := *d
	want.Source = "" // derived from source records, never stored
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("Document mismatch (-want +got):\n%s", diff)
	}
	if got, _ := ix.Document("nope"); got != nil {
		t.Errorf("Document(nope) = %v, want nil", got)
	}
}

func TestPhrasesKeepStopWordGaps(t *testing.T) {
	ix := newTestIndex(t)
	put(t, ix, []*pub.Document{
		{ID: "a", Title: "x", Body: "the freedom of navigation matters"},
		{ID: "b", Title: "x", Body: "freedom navigation"},
		{ID: "c", Title: "x", Body: "navigation of freedom"},
	}, nil)
	phrase := func(terms ...string) []string {
		return hits(t, ix, bquery.NewPhraseQuery(terms, FieldText))
	}
	if got := phrase("freedom", "", "navig"); !cmp.Equal(got, []string{"a"}) {
		t.Errorf(`"freedom of navigation" = %v, want [a]`, got)
	}
	if got := phrase("freedom", "navig"); !cmp.Equal(got, []string{"b"}) {
		t.Errorf(`"freedom navigation" = %v, want [b]`, got)
	}
}

// TestTextFieldParts checks that the free-text field finds words of the
// title, synopsis and body, and that a phrase never runs from one part
// into the next, nor from one copy of the title into the other.
func TestTextFieldParts(t *testing.T) {
	ix := newTestIndex(t)
	put(t, ix, []*pub.Document{
		{ID: "a", Title: "Sovereignty and data", Synopsis: "Sovereignty returns.", Body: "Nothing here."},
		{ID: "b", Title: "Ports", Synopsis: "Maritime data", Body: "sovereignty at sea"},
		{ID: "c", Title: "Ports", Synopsis: "Nothing", Body: "We weigh data sovereignty."},
		{ID: "d", Title: "Data sovereignty", Synopsis: "", Body: ""},
	}, nil)
	phrase := func(terms ...string) []string {
		return hits(t, ix, bquery.NewPhraseQuery(terms, FieldText))
	}
	if got := phrase("data", "sovereignti"); !cmp.Equal(got, []string{"c", "d"}) {
		t.Errorf(`"data sovereignty" in text = %v, want [c d]: a phrase crossed a part boundary`, got)
	}
	term := bquery.NewTermQuery("maritim")
	term.SetField(FieldText)
	if got := hits(t, ix, term); !cmp.Equal(got, []string{"b"}) {
		t.Errorf("maritime in text = %v, want [b] (from the synopsis)", got)
	}
}

func TestFacetKeysAndKinds(t *testing.T) {
	ix := newTestIndex(t)
	put(t, ix, []*pub.Document{{ID: "a", Title: "x", Regions: []string{"Southeast Asia and ASEAN"}, Date: pub.Date{Year: 2019}}},
		[]*SourceRecord{{Path: "/p/a.txt", Hash: "h", Docs: []string{"a"}, DocHashes: []string{"dh"}}})
	q := bquery.NewTermQuery(pub.FoldKey("SOUTHEAST asia AND asean"))
	q.SetField(FieldRegions + KeySuffix)
	if got := hits(t, ix, q); !cmp.Equal(got, []string{"a"}) {
		t.Errorf("folded region filter = %v, want [a]", got)
	}
	if n, err := ix.Count(context.Background()); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1 (source records are not publications)", n, err)
	}
	srcs, err := ix.SourcesOf(context.Background(), "a")
	if err != nil || len(srcs) != 1 || srcs[0].Path != "/p/a.txt" {
		t.Errorf("SourcesOf(a) = %v, %v", srcs, err)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	if _, err := Open(dir, Options{}); !errors.Is(err, ErrNotExist) {
		t.Fatalf("Open(missing) = %v, want ErrNotExist", err)
	}
	w, err := Open(dir, Options{Create: true, Command: "pubindex ingest x"})
	if err != nil {
		t.Fatal(err)
	}
	// A second opener must not hang: it gets a LockedError naming the owner.
	start := time.Now()
	_, err = Open(dir, Options{ReadOnly: true, LockTimeout: 200 * time.Millisecond})
	var le *LockedError
	if !errors.As(err, &le) || le.Owner == nil || le.Owner.PID != os.Getpid() || le.Owner.Command != "pubindex ingest x" {
		t.Fatalf("Open while held = %v, want LockedError naming the owner", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Open while held took %v", d)
	}
	w.SetOwner(&Owner{PID: os.Getpid(), Command: "x"})
	if err := w.b.SetInternal([]byte(keyVersion), []byte("pubindex-0")); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir, Options{ReadOnly: true})
	var ve *VersionError
	if !errors.As(err, &ve) || ve.Have != "pubindex-0" || ve.Want != MappingVersion {
		t.Fatalf("Open(old version) = %v, want VersionError", err)
	}
	if err := Remove(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Remove left %s", dir)
	}
}

func TestRemoveRefusesOtherFolders(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Remove(dir); err == nil {
		t.Fatal("Remove of a folder that is not an index succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Errorf("Remove deleted a file it should not have: %v", err)
	}
}

func TestDates(t *testing.T) {
	for _, tt := range []struct {
		in    string
		p     pub.Precision
		start string
		end   string
	}{
		{"2024", pub.PrecisionYear, "2024-01-01", "2024-12-31"},
		{"2024-02", pub.PrecisionMonth, "2024-02-01", "2024-02-29"},
		{"2024-06-30", pub.PrecisionDay, "2024-06-30", "2024-06-30"},
	} {
		d, err := pub.ParseISODate(tt.in)
		if err != nil {
			t.Fatalf("ParseISODate(%q): %v", tt.in, err)
		}
		if d.String() != tt.in || d.Precision() != tt.p || d.Start().Format(time.DateOnly) != tt.start || d.End().Format(time.DateOnly) != tt.end {
			t.Errorf("%q: %s %v %s %s", tt.in, d, d.Precision(), d.Start(), d.End())
		}
	}
	for _, bad := range []string{"", "24", "2024-2", "2024-13", "2023-02-29", "2024-06-31", "x", "2024-01-01-01"} {
		if _, err := pub.ParseISODate(bad); err == nil {
			t.Errorf("ParseISODate(%q) succeeded", bad)
		}
	}
}

// TestCompactLeavesOneCopy checks that compaction keeps every document and
// leaves no merged-away segment files behind: the index must not take twice
// its size on disk after the run that compacted it.
func TestCompactLeavesOneCopy(t *testing.T) {
	ix := newTestIndex(t)
	var want []string
	for i := 0; i < 6; i++ { // one segment per commit
		id := fmt.Sprintf("d%d", i)
		want = append(want, id)
		put(t, ix, []*pub.Document{{ID: id, Title: "maritime security", Body: strings.Repeat("coast guard patrols ", 50)}}, nil)
	}
	if err := ix.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	zaps, _ := filepath.Glob(filepath.Join(ix.Dir(), "store", "*.zap"))
	if len(zaps) != 1 {
		t.Errorf("after Compact: %d segment files on disk, want 1: %v", len(zaps), zaps)
	}
	q := bquery.NewTermQuery("maritim")
	q.SetField(FieldTitle)
	if got := hits(t, ix, q); !cmp.Equal(got, want) {
		t.Errorf("after Compact: hits = %v, want %v", got, want)
	}
}

// TestSearchFacetsRefusesEarlyStop checks that SearchFacets refuses a
// request bleve would stop collecting early (no scores, some hits): its
// facet counts would cover only the hits collected.
func TestSearchFacetsRefusesEarlyStop(t *testing.T) {
	ix := newTestIndex(t)
	put(t, ix, []*pub.Document{{ID: "a", Title: "x", Regions: []string{"Global"}}, {ID: "b", Title: "x", Regions: []string{"Global"}}}, nil)
	q := bquery.NewTermQuery(KindPublication)
	q.SetField(FieldKind)
	req := bleve.NewSearchRequestOptions(q, 1, 0, false)
	req.Score = bleve.ScoreNone
	if _, _, err := ix.SearchFacets(context.Background(), req, FacetDocFields); err == nil {
		t.Fatal("SearchFacets accepted a scoreless request for hits")
	}
	req.Size = 0
	_, counts, err := ix.SearchFacets(context.Background(), req, FacetDocFields)
	if err != nil {
		t.Fatal(err)
	}
	_, global := FacetTerm(FacetRegion, "Global")
	n := 0
	for _, c := range counts {
		if c.Term == global {
			n = c.Count
		}
	}
	if n != 2 {
		t.Fatalf("Global counted %d times, want 2", n)
	}
}

func TestCloseTwice(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}
