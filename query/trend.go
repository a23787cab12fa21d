package query

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/blevesearch/bleve/v2"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
)

// Trend periods and the facets a trend can be broken down by.
const (
	ByYear  = "year"
	ByMonth = "month"
)

// TrendFacets are the facets a trend can be broken down by.
var TrendFacets = []string{index.FacetRegion, index.FacetSeries, index.FacetTopic, index.FacetPublisher}

// DefaultTrendTop is how many values of the facet a trend shows.
const DefaultTrendTop = 8

// maxTrendYears bounds the years a trend counts one by one.
const maxTrendYears = 200

// TrendRequest asks how many publications match a request per period, and
// per value of a facet.
type TrendRequest struct {
	Request        // the query and filters; paging and sort are ignored
	By      string `json:"by,omitempty"`    // ByYear (default) or ByMonth
	Facet   string `json:"facet,omitempty"` // one of TrendFacets, or none
	Top     int    `json:"top,omitempty"`   // facet values shown; 0 means DefaultTrendTop
}

// Trend is the answer to a TrendRequest. Every period from the first to the
// last with a match is listed, in order, with zero counts too. With ByMonth,
// the publications dated only by their year are counted in a period of
// their own after the year's December (YearOnly), never in a month.
type Trend struct {
	Query   string        `json:"query"`
	By      string        `json:"by"`
	Facet   string        `json:"facet,omitempty"`
	Values  []string      `json:"values,omitempty"` // the facet values counted, most matches first
	Total   uint64        `json:"total"`            // matching publications, dated or not
	Undated uint64        `json:"undated"`          // of which without a date
	Periods []TrendPeriod `json:"periods"`
}

// TrendPeriod is one period of a trend.
type TrendPeriod struct {
	Period   string `json:"period"` // 2024 or 2024-03
	YearOnly bool   `json:"year_only,omitempty"`
	Count    uint64 `json:"count"`
	// ByValue counts the period's publications per facet value (Values); a
	// publication with two values counts under each.
	ByValue map[string]int `json:"by_value,omitempty"`
}

// Label names the period for people: "2024 (year only)" for the
// year-only period of a monthly trend.
func (p TrendPeriod) Label() string {
	if p.YearOnly {
		return p.Period + " (year only)"
	}
	return p.Period
}

// Trend counts the publications matching req per period.
func (s *local) Trend(ctx context.Context, tr TrendRequest) (*Trend, error) {
	if tr.By == "" {
		tr.By = ByYear
	}
	if tr.By != ByYear && tr.By != ByMonth {
		return nil, &InvalidError{fmt.Sprintf("by %q: want year or month", tr.By)}
	}
	field := ""
	if tr.Facet != "" {
		known := false
		for _, f := range TrendFacets {
			known = known || f == tr.Facet
		}
		if !known {
			return nil, &InvalidError{fmt.Sprintf("by %q: want year, month, region, series, topic or publisher", tr.Facet)}
		}
		field, _ = index.FacetTerm(tr.Facet, "")
	}
	if tr.Top <= 0 {
		tr.Top = DefaultTrendTop
	}
	req := tr.Request
	req.Limit, req.Page, req.Sort, req.NoFacets = 0, 1, SortRelevance, false
	p, err := makePlan(req)
	if err != nil {
		return nil, err
	}
	base := p.bleve.Query

	// One search gives the total, the years and the facet's values.
	res, counts, err := s.ix.SearchFacets(ctx, countRequest(base), []string{index.FieldFacet, index.FieldFacetMisc})
	if err != nil {
		return nil, err
	}
	out := &Trend{Query: tr.Text, By: tr.By, Facet: tr.Facet, Total: res.Total, Periods: []TrendPeriod{}}
	byFacet := facetCounts(s.ix, counts, 0)
	if tr.Facet != "" {
		for i, c := range byFacet[tr.Facet] {
			if i == tr.Top {
				break
			}
			out.Values = append(out.Values, c.Value)
		}
	}
	var years []int
	var dated uint64
	for _, c := range byFacet[index.FacetYear] {
		var y int
		if _, err := fmt.Sscanf(c.Value, "%d", &y); err == nil {
			years = append(years, y)
			dated += uint64(c.Count)
		}
	}
	out.Undated = out.Total - min(dated, out.Total)
	if len(years) == 0 {
		return out, nil
	}
	sort.Ints(years)
	first, last := years[0], years[len(years)-1]
	if last-first >= maxTrendYears {
		first = last - maxTrendYears + 1
	}
	has := map[int]bool{}
	for _, y := range years {
		has[y] = true
	}

	count := func(period string, yearOnly bool, q bquery.Query) error {
		tp := TrendPeriod{Period: period, YearOnly: yearOnly}
		if q != nil {
			bq := bquery.NewBooleanQuery([]bquery.Query{base}, nil, nil)
			bq.AddFilter(q)
			if field == "" {
				r, err := s.ix.Search(ctx, countRequest(bq))
				if err != nil {
					return err
				}
				tp.Count = r.Total
			} else {
				r, fc, err := s.ix.SearchFacets(ctx, countRequest(bq), []string{field})
				if err != nil {
					return err
				}
				tp.Count = r.Total
				got := map[string]int{}
				for _, c := range facetCounts(s.ix, fc, 0)[tr.Facet] {
					got[c.Value] = c.Count
				}
				tp.ByValue = map[string]int{}
				for _, v := range out.Values {
					tp.ByValue[v] = got[v] // every value shown, zeros too
				}
			}
		} else if field != "" {
			tp.ByValue = map[string]int{}
			for _, v := range out.Values {
				tp.ByValue[v] = 0
			}
		}
		out.Periods = append(out.Periods, tp)
		return nil
	}
	for y := first; y <= last; y++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if tr.By == ByYear {
			var q bquery.Query
			if has[y] {
				q = within(pub.Date{Year: y})
			}
			if err := count(fmt.Sprintf("%04d", y), false, q); err != nil {
				return nil, err
			}
			continue
		}
		for m := 1; m <= 12; m++ {
			var q bquery.Query
			if has[y] {
				q = within(pub.Date{Year: y, Month: m})
			}
			if err := count(fmt.Sprintf("%04d-%02d", y, m), false, q); err != nil {
				return nil, err
			}
		}
		if has[y] {
			if err := count(fmt.Sprintf("%04d", y), true, yearOnly(y)); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// countRequest asks for the number of matches of q and no hits.
func countRequest(q bquery.Query) *bleve.SearchRequest {
	r := bleve.NewSearchRequestOptions(q, 0, 0, false)
	r.Score = bleve.ScoreNone
	return r
}

// within matches publications whose date lies inside period d: a
// publication dated by its year only lies inside its year, and in none of
// its months.
func within(d pub.Date) bquery.Query {
	return dayRange(index.DayTime(d.Start()), index.DayTime(d.End()))
}

// yearOnly matches publications dated by the year y alone: their period
// is the whole year.
func yearOnly(y int) bquery.Query {
	d := pub.Date{Year: y}
	start, end := index.DayTime(d.Start()), index.DayTime(d.End())
	return bquery.NewConjunctionQuery([]bquery.Query{dateIn(index.FieldDateStart, start, start), dateIn(index.FieldDateEnd, end, end)})
}

// dayRange matches publications whose first day is on or after from and
// whose last day is on or before to.
func dayRange(from, to time.Time) bquery.Query {
	return bquery.NewConjunctionQuery([]bquery.Query{dateIn(index.FieldDateStart, from, to), dateIn(index.FieldDateEnd, from, to)})
}

func dateIn(field string, from, to time.Time) bquery.Query {
	q := bquery.NewDateRangeInclusiveQuery(from, to, boolPtr(true), boolPtr(true))
	q.SetField(field)
	return q
}
