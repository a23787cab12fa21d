package query

import (
	"context"
	"math"
	"sort"
	"strings"
	"unicode"

	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/pubindex/pubindex/index"
)

// likeTerms is how many of a publication's terms make its "more like
// this" query.
const likeTerms = 12

// LikeResult is the answer to Like: the publication, the words that stand
// for it, and the publications that share them most.
type LikeResult struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Terms []string `json:"terms"` // the query, most significant first
	*Result
}

// Like finds the publications most like the publication id (ID, code or
// URL): its most significant words (tf-idf of its title, synopsis and
// body against the index) searched for with OR; the publication itself
// is left out. req gives the filters and paging; its text is ignored. It
// returns nil when there is no such publication.
func (s *local) Like(ctx context.Context, id string, req Request) (*LikeResult, error) {
	rec, err := lookup(ctx, s.ix, id)
	if err != nil || rec == nil {
		return nil, err
	}
	d, err := s.ix.Document(rec.ID)
	if err != nil || d == nil {
		return nil, err
	}
	an := index.NewAnalyzer()
	tf := map[string]float64{}
	surface := map[string]string{} // term -> a word of the text that gives it
	for i, text := range []string{d.Title, d.Synopsis, d.Body} {
		weight := 1.0
		if i == 0 {
			weight = 2 // a title word says most about the publication
		}
		an.Each(text, 0, func(t index.Token) {
			w := text[t.Start:t.End]
			if !likeWord(w) {
				return
			}
			tf[t.Term] += weight
			if _, ok := surface[t.Term]; !ok {
				surface[t.Term] = w
			}
		})
	}
	terms := make([]string, 0, len(tf))
	for t := range tf {
		terms = append(terms, t)
	}
	df, err := s.ix.DocFreqs(ctx, index.FieldText, terms)
	if err != nil {
		return nil, err
	}
	n, err := s.ix.Count(ctx)
	if err != nil {
		return nil, err
	}
	score := map[string]float64{}
	kept := terms[:0]
	for _, t := range terms {
		if df[t] < 2 || df[t] > n/2 {
			continue // in no other publication, or in most of them
		}
		score[t] = (1 + math.Log(tf[t])) * math.Log(float64(n)/float64(df[t]))
		kept = append(kept, t)
	}
	sort.Slice(kept, func(i, j int) bool {
		if score[kept[i]] != score[kept[j]] {
			return score[kept[i]] > score[kept[j]]
		}
		return kept[i] < kept[j]
	})
	kept = kept[:min(len(kept), likeTerms)]
	out := &LikeResult{ID: d.ID, Title: d.Title, Terms: []string{}}
	var q []string
	for _, t := range kept {
		out.Terms = append(out.Terms, strings.ToLower(surface[t]))
		q = append(q, `"`+surface[t]+`"`)
	}
	if len(q) == 0 {
		out.Result = &Result{Filters: FiltersOf(req), Hits: []Hit{}, Page: 1, Limit: req.Limit, Sort: SortRelevance}
		return out, nil
	}
	req.Text = strings.Join(q, " OR ")
	req.Exclude = append(req.Exclude, d.ID)
	if out.Result, err = s.Search(ctx, req); err != nil {
		return nil, err
	}
	return out, nil
}

// likeWord reports whether a word can stand for a publication: words of
// letters, of at least three.
func likeWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3 && letters*2 > len([]rune(w))
}

// idFilter keeps the publications ids, or none when ids is empty but not
// nil; nil when ids is nil.
func idFilter(ids []string) bquery.Query {
	switch {
	case ids == nil:
		return nil
	case len(ids) == 0:
		return bquery.NewMatchNoneQuery()
	}
	return bquery.NewDocIDQuery(ids)
}
