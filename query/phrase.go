package query

import (
	"cmp"
	"context"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// phraseQuery matches documents whose field has terms in a row; "" stands
// for any one position (a stop word the analyzer left out).
//
// bleve's own phrase searcher turns the term locations of every document
// that has all the words into maps of maps of pointers before it checks
// their positions, most of what a phrase query allocated
// (docs/benchmarks.md). This one checks the positions
// in the flat list the term searchers produce. It matches and scores as
// bleve's does for phrases without slop or fuzziness: the score is that of
// the conjunction of its words.
type phraseQuery struct {
	terms []string
	field string
	boost float64
	// span > 0 makes it a proximity query: the words in any order, the
	// first and the last at most span positions apart.
	span int
}

func newPhraseQuery(terms []string, field string) *phraseQuery {
	return &phraseQuery{terms: terms, field: field, boost: 1}
}

// newNearQuery matches documents whose field has all of terms, in any
// order, the first and the last at most span positions apart.
func newNearQuery(terms []string, span int, field string) *phraseQuery {
	return &phraseQuery{terms: terms, field: field, boost: 1, span: span}
}

// SetBoost sets the weight of the phrase's score.
func (q *phraseQuery) SetBoost(b float64) { q.boost = b }

// Boost returns the weight of the phrase's score.
func (q *phraseQuery) Boost() float64 { return q.boost }

// Searcher returns the searcher of the phrase in r.
func (q *phraseQuery) Searcher(ctx context.Context, r bindex.IndexReader, _ mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	options.IncludeTermVectors = true
	var words []search.Searcher
	closeAll := func() {
		for _, w := range words {
			_ = w.Close()
		}
	}
	for _, t := range q.terms {
		if t == "" {
			continue
		}
		s, err := searcher.NewTermSearcher(ctx, r, t, q.field, q.boost, options)
		if err != nil {
			closeAll()
			return nil, err
		}
		words = append(words, s)
	}
	must, err := searcher.NewConjunctionSearcher(ctx, r, words, options)
	if err != nil {
		closeAll()
		return nil, err
	}
	// As bleve's phrase searcher does, normalise the words' weights here:
	// a searcher above this one sees it as a leaf.
	if w := must.Weight(); w > 0 {
		must.SetQueryNorm(1 / math.Sqrt(w))
	}
	return &phraseSearcher{must: must, terms: q.terms, span: q.span}, nil
}

// phraseSearcher filters the documents of a conjunction of the phrase's
// words by their positions.
type phraseSearcher struct {
	must  search.Searcher
	terms []string
	span  int                   // > 0: a proximity query (newNearQuery)
	curr  *search.DocumentMatch // the conjunction's current document
	init  bool
	pos   [][]uint64 // per word of terms: its positions in curr, sorted
	next  []int      // per word: how far matches has walked its positions
}

func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.init {
		if err := s.step(ctx); err != nil {
			return nil, err
		}
		s.init = true
	}
	for s.curr != nil {
		if s.matches() {
			rv := s.curr
			s.curr = nil
			// Nothing reads the locations of a hit (snippets re-find
			// the words in the stored text); merging them up the query
			// tree would only cost.
			rv.FieldTermLocations = rv.FieldTermLocations[:0]
			if err := s.step(ctx); err != nil {
				return nil, err
			}
			return rv, nil
		}
		if err := s.step(ctx); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

// step moves the conjunction to its next document, recycling the current.
func (s *phraseSearcher) step(ctx *search.SearchContext) error {
	if s.curr != nil {
		ctx.DocumentMatchPool.Put(s.curr)
	}
	var err error
	s.curr, err = s.must.Next(ctx)
	return err
}

func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	if s.init && s.curr == nil {
		// Exhausted. Advancing the conjunction again would reopen its
		// term readers, once for every hit of the query around it.
		return nil, nil
	}
	s.init = true
	if s.curr != nil && s.curr.IndexInternalID.Compare(id) >= 0 {
		return s.Next(ctx)
	}
	if s.curr != nil {
		ctx.DocumentMatchPool.Put(s.curr)
		s.curr = nil
	}
	var err error
	if s.curr, err = s.must.Advance(ctx, id); err != nil {
		return nil, err
	}
	return s.Next(ctx)
}

// matches reports whether the words of the current document stand in a
// row somewhere.
func (s *phraseSearcher) matches() bool {
	if cap(s.pos) < len(s.terms) {
		s.pos = make([][]uint64, len(s.terms))
	}
	s.pos = s.pos[:len(s.terms)]
	for i, t := range s.terms {
		s.pos[i] = s.pos[i][:0]
		if t == "" {
			continue
		}
		if j := slices.Index(s.terms[:i], t); j >= 0 {
			s.pos[i] = append(s.pos[i], s.pos[j]...) // a word twice in the phrase
			continue
		}
		for _, l := range s.curr.FieldTermLocations {
			if l.Term == t {
				s.pos[i] = append(s.pos[i], l.Location.Pos)
			}
		}
		slices.Sort(s.pos[i])
	}
	if s.span > 0 {
		return s.near()
	}
	// For each position of the first word, the k-th word must be k
	// further on; positions only grow, so each list is walked once.
	if cap(s.next) < len(s.terms) {
		s.next = make([]int, len(s.terms))
	}
	next := s.next[:len(s.terms)]
	clear(next)
	for _, p := range s.pos[0] {
		ok := true
		for k := 1; k < len(s.terms) && ok; k++ {
			if s.terms[k] == "" {
				continue
			}
			l, want := s.pos[k], p+uint64(k)
			for next[k] < len(l) && l[next[k]] < want {
				next[k]++
			}
			ok = next[k] < len(l) && l[next[k]] == want
		}
		if ok {
			return true
		}
	}
	return false
}

// near reports whether the words of the current document (in s.pos) all
// stand within s.span positions of each other, in any order. It slides a
// window over the merged positions, so it is linear in their number; a
// word twice in the query must be there twice.
func (s *phraseSearcher) near() bool {
	type at struct {
		pos  uint64
		word int
	}
	need := make([]int, len(s.terms)) // per first index of a term: how many
	var all []at
	for i, t := range s.terms {
		j := slices.Index(s.terms, t)
		need[j]++
		if j == i {
			for _, p := range s.pos[i] {
				all = append(all, at{p, j})
			}
		}
	}
	slices.SortFunc(all, func(a, b at) int { return cmp.Compare(a.pos, b.pos) })
	missing := len(s.terms)
	have := make([]int, len(s.terms))
	lo := 0
	for _, a := range all {
		if have[a.word] < need[a.word] {
			missing--
		}
		have[a.word]++
		for all[lo].pos+uint64(s.span) < a.pos {
			if have[all[lo].word]--; have[all[lo].word] < need[all[lo].word] {
				missing++
			}
			lo++
		}
		if missing == 0 {
			return true
		}
	}
	return false
}

func (s *phraseSearcher) Close() error               { return s.must.Close() }
func (s *phraseSearcher) Weight() float64            { return s.must.Weight() }
func (s *phraseSearcher) SetQueryNorm(n float64)     { s.must.SetQueryNorm(n) }
func (s *phraseSearcher) Count() uint64              { return s.must.Count() }
func (s *phraseSearcher) Min() int                   { return 0 }
func (s *phraseSearcher) Size() int                  { return 64 + s.must.Size() }
func (s *phraseSearcher) DocumentMatchPoolSize() int { return s.must.DocumentMatchPoolSize() + 1 }
