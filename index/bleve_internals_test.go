package index

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index/pub"
)

// contractDocs are publications with facet values that overlap, so counts
// differ from one value to the next.
func contractDocs() []*pub.Document {
	regions := []string{"Europe", "Global", "Southeast Asia and ASEAN", "South Asia"}
	authors := []string{"Tan Wei Ling", "Marcus Webb", "Li Mingjiang", "Farah Iskandar", "Chen Yuxin"}
	topics := []string{"Cybersecurity", "Maritime Security", "International Economics"}
	var docs []*pub.Document
	for i := range 40 {
		d := &pub.Document{
			ID:      fmt.Sprintf("CO%05d", i),
			Code:    fmt.Sprintf("CO%05d", i),
			Title:   fmt.Sprintf("Maritime paper %d", i),
			Series:  []string{"RSIS Commentary", "IDSS Papers"}[i%2],
			Authors: []string{authors[i%5], authors[(i*3+1)%5]},
			Regions: regions[:1+i%4],
			Topics:  []string{topics[i%3]},
			Body:    "The strait and its shipping lanes.",
			Date:    pub.Date{Year: 2000 + i%7},
		}
		if i%3 == 0 {
			d.Body = "Data sovereignty and cyber rules."
		}
		if i%11 == 0 {
			d.PageType = "event"
		}
		docs = append(docs, d)
	}
	return docs
}

// TestFacetHookMatchesBleve checks the match-handler hook of SearchFacets
// against bleve's own terms facets on a real on-disk index of several
// segments, with and without the facet column.
func TestFacetHookMatchesBleve(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix, err := Open(dir, Options{Create: true, Command: "test"})
	if err != nil {
		t.Fatal(err)
	}
	docs := contractDocs()
	for i := 0; i < len(docs); i += 10 { // one segment per commit
		put(t, ix, docs[i:i+10], nil)
	}
	put(t, ix, docs[5:8], nil) // replaced documents leave deleted ones behind
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	text := bquery.NewTermQuery("data")
	text.SetField(FieldText)
	kind := bquery.NewTermQuery(KindPublication)
	kind.SetField(FieldKind)
	for _, cache := range []bool{false, true} {
		ix, err := Open(dir, Options{ReadOnly: true, FacetCache: cache})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []bquery.Query{kind, text} {
			req := bleve.NewSearchRequestOptions(q, 3, 0, false)
			res, got, err := ix.SearchFacets(context.Background(), req, FacetDocFields)
			if err != nil {
				t.Fatal(err)
			}
			ours := map[string]int{}
			for _, tc := range got {
				ours[tc.Term] += tc.Count
			}
			breq := bleve.NewSearchRequestOptions(q, 3, 0, false)
			for _, f := range FacetDocFields {
				breq.AddFacet(f, bleve.NewFacetRequest(f, 10000))
			}
			bres, err := ix.Search(context.Background(), breq)
			if err != nil {
				t.Fatal(err)
			}
			theirs := map[string]int{}
			for _, f := range FacetDocFields {
				for _, tf := range bres.Facets[f].Terms.Terms() {
					theirs[tf.Term] += tf.Count
				}
			}
			if len(theirs) == 0 {
				t.Fatal("bleve counted no facet terms: the test checks nothing")
			}
			if diff := cmp.Diff(theirs, ours); diff != "" {
				t.Errorf("cache %v, %v: facet counts differ from bleve's (-bleve +ours):\n%s", cache, q, diff)
			}
			if res.Total != bres.Total {
				t.Errorf("cache %v: total %d, bleve %d", cache, res.Total, bres.Total)
			}
		}
		ix.Close()
	}
}

// TestProseFieldMatchesBleve checks that proseField hands bleve what its
// own text field would with the analyzer of the mapping: the same terms,
// frequencies and positions, and the same length (the norm) and options.
// Offsets are left out on purpose: snippets do not use them.
func TestProseFieldMatchesBleve(t *testing.T) {
	b := NewBuilder()
	for _, text := range []string{
		"Data sovereignty: the data of the state, and the state of data.",
		"O’Neill’s régime ﬁnance, 2019–2020 and U.S. policy",
		"",
		"the of and",
	} {
		ours := b.prose(FieldText, []string{text})
		theirs := document.NewTextFieldCustom(FieldText, nil, []byte(text), proseOptions, bleveAnalyzer{})
		theirs.Analyze()
		if ours.Name() != theirs.Name() || ours.Options() != theirs.Options() ||
			ours.EncodedFieldType() != theirs.EncodedFieldType() ||
			ours.NumPlainTextBytes() != theirs.NumPlainTextBytes() ||
			!slices.Equal(ours.ArrayPositions(), theirs.ArrayPositions()) {
			t.Errorf("%q: field description differs from bleve's", text)
		}
		if ours.AnalyzedLength() != theirs.AnalyzedLength() {
			t.Errorf("%q: length %d, bleve %d", text, ours.AnalyzedLength(), theirs.AnalyzedLength())
		}
		if diff := cmp.Diff(postings(theirs.AnalyzedTokenFrequencies()), postings(ours.AnalyzedTokenFrequencies())); diff != "" {
			t.Errorf("%q: postings differ from bleve's (-bleve +ours):\n%s", text, diff)
		}
	}
}

type posting struct {
	Term      string
	Freq      int
	Positions []int
}

func postings(tfs bindex.TokenFrequencies) map[string]posting {
	out := map[string]posting{}
	for k, tf := range tfs {
		p := posting{Term: string(tf.Term), Freq: tf.Frequency()}
		for _, l := range tf.Locations {
			p.Positions = append(p.Positions, l.Position)
		}
		out[k] = p
	}
	return out
}

// TestStoredRecordMatchesBleve checks that storedRecordOf reads back the
// bytes bleve itself returns for the stored record field of a hit.
func TestStoredRecordMatchesBleve(t *testing.T) {
	ix := newTestIndex(t)
	docs := contractDocs()[:5]
	put(t, ix, docs, []*SourceRecord{{Path: "/p/a.txt", Hash: "h", Docs: []string{docs[0].ID}}})
	req := bleve.NewSearchRequestOptions(bquery.NewMatchAllQuery(), 100, 0, false)
	req.Fields = []string{FieldRecord}
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != len(docs)+1 {
		t.Fatalf("%d hits, want %d", len(res.Hits), len(docs)+1)
	}
	for _, h := range res.Hits {
		want, ok := h.Fields[FieldRecord].(string)
		if !ok || want == "" {
			t.Fatalf("%s: bleve returned no stored record: %v", h.ID, h.Fields)
		}
		got, err := ix.storedRecord(h.ID)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s: stored record differs from bleve's", h.ID)
		}
	}
	if got, err := ix.storedRecord("XX99999"); got != nil || err != nil {
		t.Errorf("missing document: %v, %v", got, err)
	}
}
