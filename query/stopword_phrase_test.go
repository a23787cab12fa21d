package query_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query"
)

// TestStopWordInsidePhrase: a stop word inside a quoted phrase is not
// indexed but keeps its place, so "freedom of navigation" finds the page
// with those words, and neither the page where "freedom" and "navigation"
// stand side by side nor one with the words in another order. Dropping the
// gap in the query's phrase or in the analyzer breaks one of these.
func TestStopWordInsidePhrase(t *testing.T) {
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	b, batch := index.NewBuilder(), ix.NewBatch()
	for _, d := range []*pub.Document{
		{ID: "gap", Title: "Sea lanes", Body: "Patrols uphold the freedom of navigation in the strait."},
		{ID: "adjacent", Title: "Sea lanes", Body: "Patrols uphold freedom navigation rules in the strait."},
		{ID: "reversed", Title: "Sea lanes", Body: "Navigation of freedom is a slogan."},
	} {
		bd, err := b.Publication(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := batch.Put(bd); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Commit(batch); err != nil {
		t.Fatal(err)
	}
	eng := query.Local(ix)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{`"freedom of navigation"`, []string{"gap"}},
		{`body:"freedom of navigation"`, []string{"gap"}},
		{`"freedom navigation"`, []string{"adjacent"}},
		{`"the freedom of navigation in the strait"`, []string{"gap"}},
	} {
		res, err := eng.Search(context.Background(), query.Request{Text: tt.text, NoFacets: true})
		if err != nil {
			t.Fatalf("%s: %v", tt.text, err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		if !slices.Equal(got, tt.want) || res.Total != uint64(len(tt.want)) {
			t.Errorf("%s: hits %v (total %d), want %v", tt.text, got, res.Total, tt.want)
		}
	}
}
