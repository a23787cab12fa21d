package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"sync"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query"
)

// FacetsResult is the answer of /api/facets: the counts of every facet
// value, each facet counted without its own filter (OR within a facet, AND
// across facets), so the other values of a chosen facet keep their counts.
// Year is counted without the date range. Months, when asked for with
// months=YEAR, splits that year: publications dated only by the year are
// counted apart (YearOnly), never on a month.
type FacetsResult struct {
	Region    []query.FacetCount `json:"region"`
	Series    []query.FacetCount `json:"series"`
	Topic     []query.FacetCount `json:"topic"`
	Author    []query.FacetCount `json:"author"`
	Publisher []query.FacetCount `json:"publisher"`
	Year      []query.FacetCount `json:"year"`
	Months    *Months            `json:"months,omitempty"`
}

// Months splits one year of the matching publications by month.
type Months struct {
	Year     int                `json:"year"`
	Counts   []query.FacetCount `json:"counts"` // "2025-01" .. "2025-12"
	YearOnly int                `json:"year_only"`
}

func (s *server) apiFacets(w http.ResponseWriter, r *http.Request) {
	req, err := parseRequest(r.URL.Query())
	if err != nil {
		s.fail(w, err)
		return
	}
	month := 0
	if m := r.URL.Query().Get("months"); m != "" {
		if month, err = strconv.Atoi(m); err != nil || month < 1 || month > 9999 {
			s.fail(w, &ParamError{fmt.Sprintf("months %q: want a year", m)})
			return
		}
	}
	res, err := s.facets(r.Context(), req, month)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.writeJSON(w, http.StatusOK, res)
}

// facets counts the disjunctive facets of req: one search with every
// filter, one more for each facet that has a filter, without it.
func (s *server) facets(ctx context.Context, req query.Request, monthsOf int) (*FacetsResult, error) {
	req.Page, req.Limit, req.Sort = 1, 1, query.SortRelevance
	out := &FacetsResult{}
	var (
		mu   sync.Mutex
		wg   sync.WaitGroup
		errs []error
	)
	run := func(r query.Request, use func(*query.Result)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.eng.Search(ctx, r)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				return
			}
			use(res)
		}()
	}
	facetsOf := func(res *query.Result) *query.Facets {
		if res.Facets == nil {
			return &query.Facets{}
		}
		return res.Facets
	}
	run(req, func(res *query.Result) {
		f := facetsOf(res)
		if len(req.Regions) == 0 {
			out.Region = f.Region
		}
		if len(req.Series) == 0 {
			out.Series = f.Series
		}
		if len(req.Topics) == 0 {
			out.Topic = f.Topic
		}
		if len(req.Authors) == 0 {
			out.Author = f.Author
		}
		if req.Since.IsZero() && req.Until.IsZero() {
			out.Year = f.Year
		}
	})
	if len(req.Regions) > 0 {
		r := req
		r.Regions = nil
		run(r, func(res *query.Result) { out.Region = facetsOf(res).Region })
	}
	if len(req.Series) > 0 {
		r := req
		r.Series = nil
		run(r, func(res *query.Result) { out.Series = facetsOf(res).Series })
	}
	if len(req.Topics) > 0 {
		r := req
		r.Topics = nil
		run(r, func(res *query.Result) { out.Topic = facetsOf(res).Topic })
	}
	if len(req.Authors) > 0 {
		r := req
		r.Authors = nil
		run(r, func(res *query.Result) { out.Author = facetsOf(res).Author })
	}
	if !req.Since.IsZero() || !req.Until.IsZero() {
		r := req
		r.Since, r.Until = pub.Date{}, pub.Date{}
		run(r, func(res *query.Result) { out.Year = facetsOf(res).Year })
	}
	// Publishers are counted without the publisher filter, like every
	// facet whose values are chosen.
	{
		r := req
		r.Publishers, r.PublisherFacet = nil, true
		run(r, func(res *query.Result) { out.Publisher = facetsOf(res).Publisher })
	}
	if monthsOf > 0 {
		out.Months = s.months(req, monthsOf, run)
	}
	wg.Wait()
	if len(errs) > 0 {
		return nil, errs[0]
	}
	if out.Publisher == nil {
		out.Publisher = []query.FacetCount{}
	}
	if m := out.Months; m != nil {
		// A publication dated only by the year overlaps every month of it,
		// one dated by day or month exactly one: the sum of the months'
		// counts exceeds the year's by eleven times the year-only ones.
		sum := 0
		for _, c := range m.Counts {
			sum += c.Count
		}
		m.YearOnly = max(0, (sum-m.YearOnly)/11)
		for i := range m.Counts {
			m.Counts[i].Count = max(0, m.Counts[i].Count-m.YearOnly)
		}
	}
	return out, nil
}

// months counts the publications of year y overlapping each month within
// req's other filters; YearOnly holds the year's count until facets
// derives the year-only publications from the sum.
func (s *server) months(req query.Request, y int, run func(query.Request, func(*query.Result))) *Months {
	m := &Months{Year: y, Counts: make([]query.FacetCount, 12)}
	req.NoFacets = true
	yr := req
	yr.Since, yr.Until = pub.Date{Year: y}, pub.Date{Year: y}
	run(yr, func(res *query.Result) { m.YearOnly = int(res.Total) })
	for i := range 12 {
		d := pub.Date{Year: y, Month: i + 1}
		m.Counts[i].Value = d.String()
		r := req
		r.Since, r.Until = d, d
		run(r, func(res *query.Result) { m.Counts[i].Count = int(res.Total) })
	}
	return m
}
