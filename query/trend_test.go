package query

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
)

// TestTrendPartialDates: a publication dated only by its year counts in its
// year, and with months in its year's own "year only" period, never in
// January; one dated by its month counts in that month.
func TestTrendPartialDates(t *testing.T) {
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := []*pub.Document{
		{ID: "year", Title: "reef", Date: pub.Date{Year: 2023}, Regions: []string{"Pacific"}},
		{ID: "jan", Title: "reef", Date: pub.Date{Year: 2023, Month: 1, Day: 1}, Regions: []string{"Pacific", "Asia"}},
		{ID: "month", Title: "reef", Date: pub.Date{Year: 2023, Month: 6}, Regions: []string{"Asia"}},
		{ID: "dec", Title: "reef", Date: pub.Date{Year: 2023, Month: 12, Day: 31}},
		{ID: "later", Title: "reef", Date: pub.Date{Year: 2025, Month: 2, Day: 3}, Regions: []string{"Asia"}},
		{ID: "undated", Title: "reef"},
		{ID: "other", Title: "cable", Date: pub.Date{Year: 2024, Month: 5}},
	}
	b, bt := index.NewBuilder(), ix.NewBatch()
	for _, d := range docs {
		bd, err := b.Publication(d)
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
	s := &local{ix: ix}
	ctx := context.Background()

	years, err := s.Trend(ctx, TrendRequest{Request: Request{Text: "reef"}})
	if err != nil {
		t.Fatal(err)
	}
	counts := func(tr *Trend) map[string]uint64 {
		m := map[string]uint64{}
		for _, p := range tr.Periods {
			m[p.Label()] = p.Count
		}
		return m
	}
	if want := map[string]uint64{"2023": 4, "2024": 0, "2025": 1}; !cmp.Equal(counts(years), want) || years.Total != 6 || years.Undated != 1 {
		t.Errorf("by year: %v total %d undated %d, want %v total 6 undated 1", counts(years), years.Total, years.Undated, want)
	}

	months, err := s.Trend(ctx, TrendRequest{Request: Request{Text: "reef"}, By: ByMonth, Facet: index.FacetRegion})
	if err != nil {
		t.Fatal(err)
	}
	got := counts(months)
	for period, want := range map[string]uint64{"2023-01": 1, "2023-06": 1, "2023-12": 1, "2023 (year only)": 1, "2023-02": 0, "2024-07": 0, "2025-02": 1} {
		if got[period] != want {
			t.Errorf("by month: %s counts %d, want %d", period, got[period], want)
		}
	}
	if len(months.Periods) != 12*3+2 { // every month of 2023-2025, and the year-only periods of the years with matches
		t.Errorf("by month: %d periods", len(months.Periods))
	}
	if !slices.Equal(months.Values, []string{"Asia", "Pacific"}) {
		t.Errorf("region values %v", months.Values)
	}
	for _, p := range months.Periods {
		if p.Label() == "2023-01" && (p.ByValue["Pacific"] != 1 || p.ByValue["Asia"] != 1) {
			t.Errorf("2023-01 by region %v", p.ByValue)
		}
		if p.Label() == "2023 (year only)" && (p.ByValue["Pacific"] != 1 || p.ByValue["Asia"] != 0) {
			t.Errorf("2023 year only by region %v", p.ByValue)
		}
	}
	if _, err := s.Trend(ctx, TrendRequest{By: "week"}); err == nil {
		t.Error("by week: no error")
	}
}

// TestLike: the publications most like one share its significant words;
// it is not among them.
func TestLike(t *testing.T) {
	s := fixture(t)
	ctx := context.Background()
	res, err := s.Like(ctx, "PR21004", Request{Limit: 5})
	if err != nil || res == nil {
		t.Fatalf("like: %v %v", res, err)
	}
	if len(res.Terms) == 0 || len(res.Hits) == 0 {
		t.Fatalf("like: terms %v, %d hits", res.Terms, len(res.Hits))
	}
	for _, h := range res.Hits {
		if h.ID == res.ID {
			t.Errorf("the publication is like itself")
		}
	}
	// The data sovereignty papers are most like each other.
	if top := res.Hits[0].Title; !strings.Contains(top, "Data") && !strings.Contains(top, "Privacy") {
		t.Errorf("top hit like PR21004: %q (terms %v)", top, res.Terms)
	}
	if none, err := s.Like(ctx, "XX00000", Request{}); none != nil || err != nil {
		t.Errorf("like a missing publication: %v %v", none, err)
	}
}

// TestIDsAndExclude: IDs keeps only the publications named, an empty list
// none; Exclude leaves them out.
func TestIDsAndExclude(t *testing.T) {
	s := fixture(t)
	all := doSearch(t, s, Request{Limit: 100})
	if all.Total < 3 {
		t.Fatalf("fixture has %d publications", all.Total)
	}
	a, b := all.Hits[0].ID, all.Hits[1].ID
	if got := hitIDs(doSearch(t, s, Request{IDs: []string{a, b}, Sort: SortNewest})); len(got) != 2 || !slices.Contains(got, a) || !slices.Contains(got, b) {
		t.Errorf("IDs %v: %v", []string{a, b}, got)
	}
	if got := doSearch(t, s, Request{IDs: []string{}}); got.Total != 0 {
		t.Errorf("empty IDs: %d hits", got.Total)
	}
	if got := doSearch(t, s, Request{Exclude: []string{a}, Limit: 100}); got.Total != all.Total-1 || slices.Contains(hitIDs(got), a) {
		t.Errorf("exclude %s: %d hits of %d", a, got.Total, all.Total)
	}
}

func TestChangedSince(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }
	runs := []index.Run{
		{ID: 1, Started: day(1), Added: []string{"a", "b", "c"}},
		{ID: 2, Started: day(2), Updated: []string{"a"}, Added: []string{"d"}},
		{ID: 3, Started: day(3), Removed: []string{"d"}, Updated: []string{"b"}},
	}
	for _, c := range []struct {
		after int64
		since time.Time
		want  []string
	}{
		{0, time.Time{}, []string{"a", "b", "c"}},
		{1, time.Time{}, []string{"a", "b"}},
		{2, time.Time{}, []string{"b"}},
		{3, time.Time{}, []string{}},
		{0, day(2), []string{"a", "b"}},
	} {
		if got := ChangedSince(runs, c.after, c.since); !slices.Equal(got, c.want) {
			t.Errorf("after %d since %v: %v, want %v", c.after, c.since, got, c.want)
		}
	}
}
