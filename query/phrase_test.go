package query

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
)

// TestPhraseMatchesBleve checks pubindex's phrase searcher against bleve's
// own on an index of generated pages: the same hits with the same scores,
// for phrases cut from the pages (with the gaps stop words leave, words
// repeated, up to five words), the same words out of order, and pairs of
// words that seldom stand together. It also runs them inside an AND and
// with a title clause, where Advance is used.
func TestPhraseMatchesBleve(t *testing.T) {
	// Read-only, so no merge in the background changes document
	// frequencies, and so scores, between the two searches compared.
	ix, err := index.Open(corpusIndex(t, 300, 40), index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	// Phrases cut from the documents' own text.
	rng := rand.New(rand.NewPCG(1, 2))
	an := index.NewAnalyzer()
	var phrases [][]string
	err = ix.Each(context.Background(), func(d *pub.Document) error {
		toks := an.Tokens(d.Title + "\n\n" + d.Body)
		for range 1 {
			if len(toks) < 6 {
				break
			}
			i, n := rng.IntN(len(toks)-5), 2+rng.IntN(4)
			var terms []string
			for k := i; k < i+n; k++ {
				if k > i {
					for gap := toks[k].Position - toks[k-1].Position - 1; gap > 0; gap-- {
						terms = append(terms, "")
					}
				}
				terms = append(terms, toks[k].Term)
			}
			phrases = append(phrases, terms)
			rev := []string{toks[i+1].Term, toks[i].Term}
			phrases = append(phrases, rev, []string{toks[i].Term, toks[rng.IntN(len(toks))].Term})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	phrases = append(phrases, []string{"polici", "polici"}, []string{"data", "sovereignti"}, []string{"freedom", "", "navig"})

	matched := 0
	for _, terms := range phrases {
		for _, field := range []string{index.FieldText, index.FieldTitle} {
			want := runPhrase(t, ix, bquery.NewPhraseQuery(terms, field))
			got := runPhrase(t, ix, newPhraseQuery(terms, field))
			if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })); diff != "" {
				t.Fatalf("%q in %s: hits differ from bleve's (-bleve +ours):\n%s", terms, field, diff)
			}
			if len(want) > 0 {
				matched++
			}
			// Inside a conjunction the phrase is advanced, not just
			// iterated.
			with := func(q bquery.Query) bquery.Query {
				w := bquery.NewTermQuery("maritim")
				w.SetField(index.FieldText)
				return bquery.NewConjunctionQuery([]bquery.Query{w, q})
			}
			want = runPhrase(t, ix, with(bquery.NewPhraseQuery(terms, field)))
			got = runPhrase(t, ix, with(newPhraseQuery(terms, field)))
			if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })); diff != "" {
				t.Fatalf("maritime AND %q in %s: hits differ from bleve's (-bleve +ours):\n%s", terms, field, diff)
			}
		}
	}
	if matched < len(phrases)/3 {
		t.Fatalf("only %d of %d phrases matched anything: the test checks little", matched, 2*len(phrases))
	}
}

// runPhrase returns the hits of q with their scores.
func runPhrase(t *testing.T, ix *index.Index, q bquery.Query) map[string]float64 {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 1000, 0, false)
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if int(res.Total) != len(res.Hits) {
		t.Fatal(fmt.Errorf("total %d, %d hits", res.Total, len(res.Hits)))
	}
	out := map[string]float64{}
	for _, h := range res.Hits {
		out[h.ID] = h.Score
	}
	return out
}
