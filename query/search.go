package query

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query/snippet"
	"github.com/pubindex/pubindex/query/syntax"
)

// Sort orders.
const (
	SortRelevance = "relevance"
	SortNewest    = "newest"
	SortOldest    = "oldest"
)

// Limits of a Request.
const (
	DefaultLimit = 10
	MaxLimit     = 1000
	// AuthorFacetSize is how many authors the facet lists.
	AuthorFacetSize = 10
)

// boostTitle weighs a match in the title against the text's score.
const boostTitle = 2.0

// Request is a search as a user states it. The zero value of every field
// but Text means "no restriction" or the default.
type Request struct {
	Text string `json:"text,omitempty"` // the query language of syntax.Parse; "" matches every publication
	// Facet filters: a document matches when it has any of the values of
	// each facet given (OR within a facet, AND across facets). A value
	// matches the stored values with all its words, whatever their case,
	// accents and punctuation (filters.go); one that matches none is an
	// *InvalidError naming the nearest values.
	Regions    []string `json:"regions,omitempty"`
	Series     []string `json:"series,omitempty"`
	Authors    []string `json:"authors,omitempty"`
	Topics     []string `json:"topics,omitempty"`
	Publishers []string `json:"publishers,omitempty"`
	// Since and Until bound the date; a partial date covers its whole
	// month or year, and a document matches when its own (possibly
	// partial) date overlaps the range. Documents without a date are left
	// out when either is set.
	Since pub.Date `json:"since,omitzero"`
	Until pub.Date `json:"until,omitzero"`
	Sort  string   `json:"sort,omitempty"`  // SortRelevance (default), SortNewest or SortOldest
	Limit int      `json:"limit,omitempty"` // hits per page; 0 means DefaultLimit
	Page  int      `json:"page,omitempty"`  // 1-based; 0 means 1
	// NoFacets skips the facet counts (export, scripts that page through
	// hits).
	NoFacets bool `json:"no_facets,omitempty"`
	// PublisherFacet counts publishers too (Facets.Publisher): one more
	// doc-value field per hit, which the web page's facets want and a
	// terminal query does not.
	PublisherFacet bool `json:"publisher_facet,omitempty"`
	// IDs, when not nil, keeps only these publications (an empty list
	// keeps none): what is new since a run. Exclude leaves publications
	// out (a publication is not like itself).
	IDs     []string `json:"ids,omitzero"`
	Exclude []string `json:"exclude,omitempty"`
}

// Result is the answer to a Request. Its JSON form is a documented
// contract (README.md): field names change only with a major version.
type Result struct {
	Query   string  `json:"query"`
	Filters Filters `json:"filters"`
	Total   uint64  `json:"total"`
	Page    int     `json:"page"`
	Limit   int     `json:"limit"`
	Sort    string  `json:"sort"`
	Hits    []Hit   `json:"hits"`
	Facets  *Facets `json:"facets,omitempty"`
	TookMS  float64 `json:"took_ms"`
	// Notes explain something about the query, such as words that were
	// left out because they are too common to index.
	Notes []string `json:"notes,omitempty"`
}

// Schema names the form of pubindex's JSON output (query, show, stats, the
// ingest summary, a search record): it changes when a field is renamed,
// removed or changes meaning, not when one is added.
const Schema = "pubindex/1"

// Filters echoes the filters a search ran, as they were given; the lists
// are always present.
type Filters struct {
	Region    []string `json:"region"`
	Series    []string `json:"series"`
	Topic     []string `json:"topic"`
	Author    []string `json:"author"`
	Publisher []string `json:"publisher"`
	Since     pub.Date `json:"since,omitzero"`
	Until     pub.Date `json:"until,omitzero"`
}

// FiltersOf is the echo of req's filters.
func FiltersOf(req Request) Filters {
	list := func(v []string) []string {
		if v == nil {
			return []string{}
		}
		return v
	}
	return Filters{Region: list(req.Regions), Series: list(req.Series), Topic: list(req.Topics),
		Author: list(req.Authors), Publisher: list(req.Publishers), Since: req.Since, Until: req.Until}
}

// Publication is what a hit and a shown record share. In JSON, the lists
// are always present (possibly empty) and the optional strings and the date
// are left out when empty, the same for every command.
type Publication struct {
	ID      string   `json:"id"`
	Code    string   `json:"code,omitempty"`
	Title   string   `json:"title"`
	Series  string   `json:"series,omitempty"`
	Date    pub.Date `json:"date,omitzero"`
	Authors []string `json:"authors"`
	Regions []string `json:"regions"`
	Topics  []string `json:"topics"`
	// Publisher is the site's institution, when the site is known.
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	// Source is the file the stored text was read from, the newest.
	Source string `json:"source,omitempty"`
}

// Hit is one matching publication.
type Hit struct {
	Publication
	Score float64 `json:"score"`
	// PageType is set only for pages that are not publications.
	PageType string `json:"page_type,omitempty"`
	// TitleMarks are the matched words of the title.
	TitleMarks []snippet.Span    `json:"title_marks"`
	Snippets   []snippet.Snippet `json:"snippets"`
}

// Record is one publication in full (show, export): a hit's fields with
// the whole text and every file it came from.
type Record struct {
	Publication
	PageType string `json:"page_type,omitempty"`
	Synopsis string `json:"synopsis,omitempty"`
	Body     string `json:"body,omitempty"`
	// Sources lists every file that gave the publication, newest first.
	Sources     []string `json:"sources"`
	ContentHash string   `json:"content_hash,omitempty"`
	// DatePrecision spells out how much of Date is known ("day"), for
	// readers that do not want to infer it from the length of the date.
	DatePrecision string `json:"date_precision,omitempty"`
}

// publicationOf returns the shared fields of d.
func publicationOf(d *pub.Document) Publication {
	return Publication{ID: d.ID, Code: d.Code, Title: d.Title, Series: d.Series, Date: d.Date,
		Authors: nonNil(d.Authors), Regions: nonNil(d.Regions), Topics: nonNil(d.Topics), Publisher: d.Publisher, URL: d.URL}
}

// recordOf returns the record of d, given the source records of the
// files that gave it.
func recordOf(d *pub.Document, srcs []*index.SourceRecord) *Record {
	r := &Record{Publication: publicationOf(d), PageType: d.PageType,
		Synopsis: d.Synopsis, Body: d.Body, ContentHash: d.ContentHash,
		DatePrecision: d.Date.Precision().String(), Sources: []string{}}
	for _, s := range index.NewestFirst(srcs) {
		r.Sources = append(r.Sources, s.Path)
	}
	r.Source = d.Source
	if len(r.Sources) > 0 {
		r.Source = r.Sources[0]
	}
	return r
}

// Facets are the counts of each facet value over all matching documents.
type Facets struct {
	Region []FacetCount `json:"region"`
	Series []FacetCount `json:"series"`
	Topic  []FacetCount `json:"topic"`
	Author []FacetCount `json:"author"`
	Year   []FacetCount `json:"year"`
	// Publisher is counted only for a Request with PublisherFacet.
	Publisher []FacetCount `json:"publisher,omitempty"`
}

// FacetCount is one facet value and how many matching documents have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// InvalidError reports a request that is well-formed but cannot be run,
// such as --since after --until.
type InvalidError struct{ Msg string }

// Error returns the message.
func (e *InvalidError) Error() string { return e.Msg }

// Search runs req. It is safe for concurrent use.
func (s *local) Search(ctx context.Context, req Request) (*Result, error) {
	start := time.Now()
	given := FiltersOf(req) // as the user wrote them, before they are resolved
	if err := resolveFilters(ctx, s.ix, &req); err != nil {
		return nil, err
	}
	p, err := makePlan(req)
	if err != nil {
		return nil, err
	}
	var res *bleve.SearchResult
	var counts index.FacetCounts
	if req.NoFacets {
		res, err = s.ix.Search(ctx, p.bleve)
	} else {
		fields := []string{index.FieldFacet, index.FieldFacetAuthor}
		if req.PublisherFacet {
			fields = append(fields, index.FieldFacetMisc)
		}
		res, counts, err = s.ix.SearchFacets(ctx, p.bleve, fields)
	}
	if err != nil {
		return nil, err
	}
	out := &Result{Query: req.Text, Filters: given, Total: res.Total, Page: p.page, Limit: p.limit, Sort: p.sort, Hits: []Hit{}, Notes: p.notes}
	if !req.NoFacets {
		out.Facets = facets(s.ix, counts)
	}
	hits, err := s.loadHits(ctx, res.Hits, p.terms)
	if err != nil {
		return nil, err
	}
	out.Hits = hits
	out.TookMS = math.Round(float64(time.Since(start).Microseconds())/10) / 100
	return out, nil
}

// loadHits loads the publications of the top hits and cuts their snippets.
// Each hit is independent and costs a record decompression and a search of
// its text, and a terminal or a script waits for all of them, so they are
// shared out over the CPUs; the newest source of each is looked up at the
// same time.
func (s *local) loadHits(ctx context.Context, matches search.DocumentMatchCollection, terms []snippet.Term) ([]Hit, error) {
	ids := make([]string, len(matches))
	for i, h := range matches {
		ids[i] = h.ID
	}
	var newest map[string]string
	var newestErr error
	var wg sync.WaitGroup
	wg.Go(func() { newest, newestErr = s.ix.NewestSources(ctx, ids) })
	loaded := make([]*Hit, len(matches))
	errs := make([]error, len(matches))
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(matches)) {
		wg.Go(func() {
			m := snippet.NewMatcher(terms) // a matcher is not safe for concurrent use
			for i := int(next.Add(1) - 1); i < len(matches); i = int(next.Add(1) - 1) {
				if err := ctx.Err(); err != nil {
					errs[i] = err
					return
				}
				loaded[i], errs[i] = loadHit(s.ix, m, matches[i])
			}
		})
	}
	wg.Wait()
	for _, err := range append(errs, newestErr) {
		if err != nil {
			return nil, err // the first: after a cancellation all say the same
		}
	}
	out := []Hit{}
	for _, h := range loaded {
		if h != nil { // nil: deleted between the search and the load
			h.Source = newest[h.ID]
			out = append(out, *h)
		}
	}
	return out, nil
}

// loadHit loads the publication of one match, nil when it is gone.
func loadHit(ix *index.Index, m *snippet.Matcher, h *search.DocumentMatch) (*Hit, error) {
	d, err := ix.Document(h.ID)
	if err != nil || d == nil {
		return nil, err
	}
	hit := &Hit{Publication: publicationOf(d), Score: round(h.Score)}
	if d.PageType != pub.PageTypePublication {
		hit.PageType = d.PageType
	}
	hit.TitleMarks = m.Marks(d.Title)
	hit.Snippets = m.Snippets(d)
	return hit, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func round(f float64) float64 { return math.Round(f*1e4) / 1e4 }

// plan is a Request turned into a bleve request.
type plan struct {
	bleve       *bleve.SearchRequest
	terms       []snippet.Term // what snippets highlight
	page, limit int
	sort        string
	notes       []string
}

// makePlan checks req and builds its bleve request.
func makePlan(req Request) (*plan, error) {
	p := &plan{page: max(req.Page, 1), limit: req.Limit, sort: req.Sort}
	if p.limit == 0 {
		p.limit = DefaultLimit
	}
	if p.limit < 0 || p.limit > MaxLimit {
		return nil, &InvalidError{fmt.Sprintf("limit %d: want 1 to %d", p.limit, MaxLimit)}
	}
	if p.sort == "" {
		p.sort = SortRelevance
	}
	if p.sort != SortRelevance && p.sort != SortNewest && p.sort != SortOldest {
		return nil, &InvalidError{fmt.Sprintf("sort %q: want relevance, newest or oldest", req.Sort)}
	}
	if !req.Since.IsZero() && !req.Until.IsZero() && req.Since.Start().After(req.Until.End()) {
		return nil, &InvalidError{fmt.Sprintf("since %s is after until %s", req.Since, req.Until)}
	}
	if p.page > 1 && p.page-1 > 100000/p.limit {
		return nil, &InvalidError{fmt.Sprintf("page %d is too deep: narrow the query", p.page)}
	}

	b := &planner{an: index.NewAnalyzer()}
	var text bquery.Query
	if strings.TrimSpace(req.Text) != "" {
		node, err := syntax.Parse(req.Text)
		if err != nil && !errors.Is(err, syntax.ErrEmptyQuery) {
			return nil, err
		}
		if node != nil {
			text, err = b.node(node)
			if err != nil {
				return nil, err
			}
			if text == nil {
				text = bquery.NewMatchNoneQuery()
				p.notes = append(p.notes, "the query has no searchable words: stop words such as \"the\" and \"of\" are not indexed")
			}
		}
	}
	p.terms = b.terms
	p.notes = append(p.notes, b.notes...)

	bq := bquery.NewBooleanQuery(nil, nil, nil)
	if text != nil {
		bq.AddMust(text)
		if len(b.titles) > 0 {
			// Scores only: a hit needs none of these.
			bq.AddShould(b.titles...)
		}
	}
	if text == nil {
		kind := bquery.NewTermQuery(index.KindPublication)
		kind.SetField(index.FieldKind)
		bq.AddMust(kind)
	}
	var filters []bquery.Query
	for _, f := range []struct {
		field  string
		values []string
	}{
		{index.FieldRegions, req.Regions}, {index.FieldSeries, req.Series}, {index.FieldAuthors, req.Authors},
		{index.FieldTopics, req.Topics}, {index.FieldPublisher, req.Publishers},
	} {
		if q := anyValue(f.field, f.values); q != nil {
			filters = append(filters, q)
		}
	}
	if q := dateFilter(req.Since, req.Until); q != nil {
		filters = append(filters, q)
	}
	if q := idFilter(req.IDs); q != nil {
		filters = append(filters, q)
	}
	if len(req.Exclude) > 0 {
		bq.AddMustNot(bquery.NewDocIDQuery(req.Exclude))
	}
	if len(filters) == 1 {
		bq.AddFilter(filters[0])
	} else if len(filters) > 1 {
		bq.AddFilter(bquery.NewConjunctionQuery(filters))
	}

	sr := bleve.NewSearchRequestOptions(bq, p.limit, (p.page-1)*p.limit, false)
	// Equal scores keep the index's own order: a tie-break on _id would
	// make bleve load the ID of every candidate hit, which costs more
	// than the rest of the search.
	switch p.sort {
	case SortRelevance:
		sr.SortBy([]string{"-_score"})
	case SortNewest, SortOldest:
		desc := p.sort == SortNewest
		sr.SortByCustom(search.SortOrder{
			&search.SortField{Field: index.FieldDateStart, Desc: desc, Type: search.SortFieldAsDate, Missing: search.SortFieldMissingLast},
			&search.SortScore{Desc: true},
		})
	}
	p.bleve = sr
	return p, nil
}

// anyValue matches documents with any of values in a keyword facet field.
func anyValue(field string, values []string) bquery.Query {
	var qs []bquery.Query
	seen := map[string]bool{}
	for _, v := range values {
		k := pub.FoldKey(v)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		t := bquery.NewTermQuery(k)
		t.SetField(field + index.KeySuffix)
		qs = append(qs, t)
	}
	switch len(qs) {
	case 0:
		return nil
	case 1:
		return qs[0]
	}
	return bquery.NewDisjunctionQuery(qs)
}

// dateFilter matches documents whose date overlaps [since, until].
func dateFilter(since, until pub.Date) bquery.Query {
	var from, to time.Time
	if !since.IsZero() {
		from = since.Start()
	}
	if !until.IsZero() {
		to = until.End()
	}
	return overlap(from, to)
}

// overlap matches documents whose date period overlaps [from, to], both
// inclusive; a zero bound is open. It returns nil when both are.
func overlap(from, to time.Time) bquery.Query {
	var qs []bquery.Query
	from, to = index.DayTime(from), index.DayTime(to)
	if !from.IsZero() {
		q := bquery.NewDateRangeInclusiveQuery(from, time.Time{}, boolPtr(true), nil)
		q.SetField(index.FieldDateEnd)
		qs = append(qs, q)
	}
	if !to.IsZero() {
		q := bquery.NewDateRangeInclusiveQuery(time.Time{}, to, nil, boolPtr(true))
		q.SetField(index.FieldDateStart)
		qs = append(qs, q)
	}
	switch len(qs) {
	case 0:
		return nil
	case 1:
		return qs[0]
	}
	return bquery.NewConjunctionQuery(qs)
}

func boolPtr(b bool) *bool { return &b }

// facets turns the counts of the facet terms into ours: every value of
// region, series, topic and year, the top authors.
func facets(ix *index.Index, counts index.FacetCounts) *Facets {
	c := facetCounts(ix, counts, AuthorFacetSize)
	f := &Facets{Region: nonNil(c[index.FacetRegion]), Series: nonNil(c[index.FacetSeries]), Topic: nonNil(c[index.FacetTopic]),
		Author: nonNil(c[index.FacetAuthor]), Year: nonNil(c[index.FacetYear]), Publisher: c[index.FacetPublisher]}
	sort.SliceStable(f.Year, func(i, j int) bool { return f.Year[i].Value > f.Year[j].Value })
	return f
}

// facetCounts resolves counted facet terms into counts per facet, each
// most first, then by value. With authors > 0 only that many authors are
// kept, without sorting them all: a common word matches thousands.
func facetCounts(ix *index.Index, counts index.FacetCounts, authors int) map[string][]FacetCount {
	out := map[string][]FacetCount{}
	for _, tc := range counts {
		name, value, ok := ix.FacetValue(tc.Term)
		if !ok {
			continue
		}
		c := FacetCount{Value: value, Count: tc.Count}
		if name == index.FacetAuthor && authors > 0 {
			out[name] = keepTop(out[name], c, authors)
			continue
		}
		out[name] = append(out[name], c)
	}
	for _, l := range out {
		sortCounts(l)
	}
	return out
}

// keepTop inserts c into kept, which is in the order of sortCounts and
// holds at most k counts.
func keepTop(kept []FacetCount, c FacetCount, k int) []FacetCount {
	if len(kept) == k && !countBefore(c, kept[k-1]) {
		return kept
	}
	i := sort.Search(len(kept), func(i int) bool { return countBefore(c, kept[i]) })
	kept = slices.Insert(kept, i, c)
	return kept[:min(len(kept), k)]
}

func countBefore(a, b FacetCount) bool {
	return a.Count > b.Count || a.Count == b.Count && a.Value < b.Value
}

// sortCounts orders facet counts most first, then by value.
func sortCounts(l []FacetCount) {
	sort.Slice(l, func(i, j int) bool { return countBefore(l[i], l[j]) })
}
