package query

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	bquery "github.com/blevesearch/bleve/v2/search/query"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest"
	ingestparse "github.com/pubindex/pubindex/ingest/parse"
	"github.com/pubindex/pubindex/internal/golden"
	"github.com/pubindex/pubindex/query/snippet"
	"github.com/pubindex/pubindex/query/syntax"
)

// The fixture index: testdata/pages ingested once into a real on-disk
// index, shared by the tests of this package.
var (
	fixtureOnce sync.Once
	fixtureIx   *index.Index
	fixtureErr  error
	fixtureDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtureIx != nil {
		fixtureIx.Close()
	}
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

func fixture(t *testing.T) *local {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureDir, fixtureErr = os.MkdirTemp("", "pubindex-query-test")
		if fixtureErr != nil {
			return
		}
		ix, err := index.Open(filepath.Join(fixtureDir, "ix"), index.Options{Create: true})
		if err != nil {
			fixtureErr = err
			return
		}
		p, err := ingestparse.NewParser(ingestparse.Options{})
		if err != nil {
			fixtureErr = err
			return
		}
		sum, err := ingest.Run(context.Background(), ix, p, ingest.Config{Roots: []string{"../testdata/pages"}})
		if err == nil && len(sum.Failed)+len(sum.Skipped) > 0 {
			err = errors.New("fixture pages failed or were skipped")
		}
		fixtureIx, fixtureErr = ix, err
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return &local{ix: fixtureIx}
}

// fixturePage is the hand-written expectation of a fixture page.
type fixturePage struct {
	Code    string   `json:"code"`
	Series  string   `json:"series"`
	Authors []string `json:"authors"`
	Date    pub.Date `json:"date"`
	Regions []string `json:"regions"`
	Topics  []string `json:"topics"`
	Phrase  bool     `json:"phrase_data_sovereignty"`
}

func expectations(t *testing.T) []fixturePage {
	t.Helper()
	files, _ := filepath.Glob("../testdata/expect/*.json")
	var out []fixturePage
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var p fixturePage
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

func codes(pages []fixturePage, keep func(fixturePage) bool) []string {
	out := []string{}
	for _, p := range pages {
		if keep(p) {
			out = append(out, p.Code)
		}
	}
	sort.Strings(out)
	return out
}

func has(vals []string, v string) bool {
	for _, x := range vals {
		if strings.EqualFold(x, v) {
			return true
		}
	}
	return false
}

func doSearch(t *testing.T, s *local, req Request) *Result {
	t.Helper()
	if req.Limit == 0 {
		req.Limit = 100
	}
	res, err := s.Search(context.Background(), req)
	if err != nil {
		t.Fatalf("Search(%+v): %v", req, err)
	}
	return res
}

func hitCodes(r *Result) []string {
	out := []string{}
	for _, h := range r.Hits {
		out = append(out, h.Code)
	}
	sort.Strings(out)
	return out
}

func TestPhraseAgainstSeparateWords(t *testing.T) {
	s := fixture(t)
	pages := expectations(t)
	phrase := doSearch(t, s, Request{Text: `"data sovereignty"`})
	want := codes(pages, func(p fixturePage) bool { return p.Phrase })
	if len(want) != 4 || !cmp.Equal(hitCodes(phrase), want) {
		t.Errorf(`"data sovereignty" = %v, want %v`, hitCodes(phrase), want)
	}
	words := doSearch(t, s, Request{Text: "data sovereignty"})
	if words.Total <= phrase.Total {
		t.Errorf("data sovereignty (both words) found %d, want more than the phrase's %d", words.Total, phrase.Total)
	}
	for _, c := range want {
		if !has(hitCodes(words), c) {
			t.Errorf("both-words query misses phrase page %s", c)
		}
	}
	// Each phrase hit highlights the phrase as one mark.
	for _, h := range phrase.Hits {
		found := false
		for _, sn := range h.Snippets {
			for _, m := range sn.Marks {
				if strings.EqualFold(sn.Text[m.Start:m.End], "data sovereignty") {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%s: no snippet marks the phrase: %+v", h.Code, h.Snippets)
		}
	}
}

func TestFilters(t *testing.T) {
	s := fixture(t)
	pages := expectations(t)
	all := func(p fixturePage) bool { return true }
	tests := []struct {
		name string
		req  Request
		want func(fixturePage) bool
	}{
		{"region", Request{Regions: []string{"southeast asia AND asean"}}, func(p fixturePage) bool { return has(p.Regions, "Southeast Asia and ASEAN") }},
		{"phrase+region", Request{Text: `"data sovereignty"`, Regions: []string{"Southeast Asia and ASEAN"}}, func(p fixturePage) bool { return p.Phrase && has(p.Regions, "Southeast Asia and ASEAN") }},
		{"phrase+europe", Request{Text: `"data sovereignty"`, Regions: []string{"Europe"}}, func(p fixturePage) bool { return p.Phrase && has(p.Regions, "Europe") }},
		{"two regions OR", Request{Regions: []string{"Europe", "Americas"}}, func(p fixturePage) bool { return has(p.Regions, "Europe") || has(p.Regions, "Americas") }},
		{"series", Request{Series: []string{"idss papers"}}, func(p fixturePage) bool { return p.Series == "IDSS Papers" }},
		{"topic", Request{Topics: []string{"Maritime Security"}}, func(p fixturePage) bool { return has(p.Topics, "Maritime Security") }},
		{"author", Request{Authors: []string{"TAN WEI LING"}}, func(p fixturePage) bool { return has(p.Authors, "Tan Wei Ling") }},
		{"region AND series", Request{Regions: []string{"Global"}, Series: []string{"RSIS Commentary"}}, func(p fixturePage) bool { return has(p.Regions, "Global") && p.Series == "RSIS Commentary" }},
		{"since year", Request{Since: pub.Date{Year: 2020}}, func(p fixturePage) bool { return p.Date.Year >= 2020 }},
		{"until month", Request{Until: pub.Date{Year: 2010, Month: 6}}, func(p fixturePage) bool {
			return p.Date.Start().Before(pub.Date{Year: 2010, Month: 7, Day: 1}.Start())
		}},
		{"since..until day", Request{Since: pub.Date{Year: 2015, Month: 1, Day: 1}, Until: pub.Date{Year: 2018, Month: 12, Day: 31}}, func(p fixturePage) bool { return p.Date.Year >= 2015 && p.Date.Year <= 2018 }},
		{"everything", Request{}, all},
		{"part of a region", Request{Regions: []string{"southeast asia"}}, func(p fixturePage) bool { return has(p.Regions, "Southeast Asia and ASEAN") }},
		{"one word of an author", Request{Authors: []string{"tan"}}, func(p fixturePage) bool {
			return slices.ContainsFunc(p.Authors, func(a string) bool { return slices.Contains(strings.Fields(strings.ToLower(a)), "tan") })
		}},
		{"publisher by its initials", Request{Publishers: []string{"rsis"}}, all},
		{"year range in the query", Request{Text: "year:2015..2018"}, func(p fixturePage) bool { return p.Date.Year >= 2015 && p.Date.Year <= 2018 }},
		{"open year range", Request{Text: "year:..2008"}, func(p fixturePage) bool { return p.Date.Year <= 2008 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hitCodes(doSearch(t, s, tt.req))
			if want := codes(pages, tt.want); !cmp.Equal(got, want) {
				t.Errorf("hits = %v, want %v", got, want)
			}
		})
	}
}

func TestQueryLanguage(t *testing.T) {
	s := fixture(t)
	count := func(q string) int { return int(doSearch(t, s, Request{Text: q}).Total) }
	and, or := count("maritime AND china"), count("maritime OR china")
	maritime, china := count("maritime"), count("china")
	if and != count("maritime china") {
		t.Errorf("implicit AND %d != explicit AND %d", count("maritime china"), and)
	}
	if !(and <= maritime && and <= china && or >= maritime && or >= china && or == maritime+china-and) {
		t.Errorf("maritime=%d china=%d AND=%d OR=%d: inconsistent", maritime, china, and, or)
	}
	if not := count("maritime -china"); not != maritime-and || not != count("maritime NOT china") {
		t.Errorf("maritime -china = %d, want %d", not, maritime-and)
	}
	if got := count("(maritime OR cyber) -china"); got > count("maritime OR cyber") {
		t.Errorf("parentheses: %d", got)
	}
	if got := hitCodes(doSearch(t, s, Request{Text: "xiaohongshu"})); len(got) != 1 {
		t.Errorf("xiaohongshu = %v, want one page", got)
	}
	if got := hitCodes(doSearch(t, s, Request{Text: "code:co05018"})); !cmp.Equal(got, []string{"CO05018"}) {
		t.Errorf("code:co05018 = %v", got)
	}
	if got := count(`title:"data sovereignty"`); got != 1 {
		t.Errorf(`title:"data sovereignty" = %d, want 1 (one fixture has the phrase in its title)`, got)
	}
	if got := count(`author:"tan wei ling"`); got != len(codes(expectations(t), func(p fixturePage) bool { return has(p.Authors, "Tan Wei Ling") })) {
		t.Errorf(`author:"tan wei ling" = %d`, got)
	}
	if got := count("sovereign*"); got < count("sovereignty") {
		t.Errorf("sovereign* = %d < sovereignty", got)
	}
	// A prefix longer than the word's stem (security is indexed as secur)
	// still finds the word.
	for _, w := range []string{"security", "maritime", "policy", "sovereignty"} {
		if got, want := count(w+"*"), count(w); got < want || want == 0 {
			t.Errorf("%s* = %d, want at least %s's %d", w, got, w, want)
		}
	}
	if got := count("-maritime"); got != count("")-maritime {
		t.Errorf("-maritime = %d, want %d", got, count("")-maritime)
	}
	if got := count("policies"); got != count("policy") {
		t.Errorf("stemming: policies=%d policy=%d", got, count("policy"))
	}
	if got := count(`"sovereignty data"`); got != 0 {
		t.Errorf(`"sovereignty data" = %d, want 0 (order matters in a phrase)`, got)
	}
	res := doSearch(t, s, Request{Text: "the"})
	if res.Total != 0 || len(res.Notes) == 0 {
		t.Errorf("stop-word query: total %d, notes %v", res.Total, res.Notes)
	}
}

func TestSyntaxErrors(t *testing.T) {
	s := fixture(t)
	for _, q := range []string{`"data sovereignty`, "(maritime", "maritime AND", ")"} {
		_, err := s.Search(context.Background(), Request{Text: q})
		var se *syntax.SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Search(%q) = %v, want a *SyntaxError", q, err)
		}
	}
	for _, r := range []Request{{Sort: "random"}, {Limit: -1}, {Since: pub.Date{Year: 2020}, Until: pub.Date{Year: 2019}}} {
		_, err := s.Search(context.Background(), r)
		var ie *InvalidError
		if !errors.As(err, &ie) {
			t.Errorf("Search(%+v) = %v, want an *InvalidError", r, err)
		}
	}
}

func TestSortAndPaging(t *testing.T) {
	s := fixture(t)
	newest := doSearch(t, s, Request{Sort: SortNewest})
	oldest := doSearch(t, s, Request{Sort: SortOldest})
	for i := 1; i < len(newest.Hits); i++ {
		if newest.Hits[i].Date.Start().After(newest.Hits[i-1].Date.Start()) {
			t.Fatalf("newest: %s after %s", newest.Hits[i].Date, newest.Hits[i-1].Date)
		}
	}
	for i := 1; i < len(oldest.Hits); i++ {
		if oldest.Hits[i].Date.Start().Before(oldest.Hits[i-1].Date.Start()) {
			t.Fatalf("oldest: %s before %s", oldest.Hits[i].Date, oldest.Hits[i-1].Date)
		}
	}
	p1 := doSearch(t, s, Request{Sort: SortOldest, Limit: 5, Page: 1})
	p2 := doSearch(t, s, Request{Sort: SortOldest, Limit: 5, Page: 2})
	if len(p1.Hits) != 5 || len(p2.Hits) != 5 || p2.Hits[0].ID != oldest.Hits[5].ID {
		t.Errorf("paging: page 2 starts with %s, want %s", p2.Hits[0].ID, oldest.Hits[5].ID)
	}
	rel := doSearch(t, s, Request{Text: "maritime"})
	for i := 1; i < len(rel.Hits); i++ {
		if rel.Hits[i].Score > rel.Hits[i-1].Score {
			t.Fatalf("relevance order broken at %d", i)
		}
	}
	// A title match outranks a body-only match.
	top := doSearch(t, s, Request{Text: "malacca"})
	if len(top.Hits) == 0 || !strings.Contains(strings.ToLower(top.Hits[0].Title), "malacca") {
		t.Errorf("malacca: top hit %q has no title match", top.Hits[0].Title)
	}
}

func TestFacetCounts(t *testing.T) {
	s := fixture(t)
	pages := expectations(t)
	res := doSearch(t, s, Request{Text: `"data sovereignty"`})
	want := map[string]int{}
	for _, p := range pages {
		if p.Phrase {
			for _, r := range p.Regions {
				want[r]++
			}
		}
	}
	got := map[string]int{}
	for _, f := range res.Facets.Region {
		got[f.Value] = f.Count
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("region facet of the phrase query (-want +got):\n%s", diff)
	}
	all := doSearch(t, s, Request{})
	years := map[string]int{}
	authors := map[string]int{}
	for _, p := range pages {
		years[p.Date.String()[:4]]++
		for _, a := range p.Authors {
			authors[a]++
		}
	}
	gotYears := map[string]int{}
	for i, f := range all.Facets.Year {
		gotYears[f.Value] = f.Count
		if i > 0 && f.Value > all.Facets.Year[i-1].Value {
			t.Errorf("year facet not newest first: %v", all.Facets.Year)
		}
	}
	if diff := cmp.Diff(years, gotYears); diff != "" {
		t.Errorf("year facet (-want +got):\n%s", diff)
	}
	if len(all.Facets.Author) != AuthorFacetSize {
		t.Errorf("author facet has %d values, want the top %d", len(all.Facets.Author), AuthorFacetSize)
	}
	for _, f := range all.Facets.Author {
		if authors[f.Value] != f.Count {
			t.Errorf("author %s: %d, want %d", f.Value, f.Count, authors[f.Value])
		}
	}
}

var scoreRE = regexp.MustCompile(`"(score|took_ms)": [0-9.e+-]+`)

// TestJSONSchema pins the JSON of a query: every field a script reads.
func TestJSONSchema(t *testing.T) {
	s := fixture(t)
	res := doSearch(t, s, Request{Text: `"data sovereignty" OR xiaohongshu`, Regions: []string{"Southeast Asia and ASEAN"}, Limit: 3})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf) // as the command line prints it
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(res); err != nil {
		t.Fatal(err)
	}
	out := scoreRE.ReplaceAll(buf.Bytes(), []byte(`"$1": "X"`))
	out = bytes.ReplaceAll(out, []byte(mustAbs(t, "../testdata/pages")), []byte("$PAGES"))
	golden.Check(t, "testdata/query.json", out)
}

func mustAbs(t *testing.T, p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return abs
}

// TestTitleClauseBoosted checks that the optional title clause carries its
// boost on every word and phrase: bleve ignores a boost set on the
// disjunction around them.
func TestTitleClauseBoosted(t *testing.T) {
	p, err := makePlan(Request{Text: `sovereignty "data sovereignty" secur* -china`})
	if err != nil {
		t.Fatal(err)
	}
	bq, ok := p.bleve.Query.(*bquery.BooleanQuery)
	if !ok || bq.Should == nil {
		t.Fatalf("query %T has no title clause", p.bleve.Query)
	}
	titles := bq.Should.(*bquery.DisjunctionQuery).Disjuncts
	if len(titles) != 3 {
		t.Fatalf("%d title queries, want 3 (the excluded word has none)", len(titles))
	}
	for _, q := range titles {
		if b, ok := q.(bquery.BoostableQuery); !ok || b.Boost() != boostTitle {
			t.Errorf("title query %T is not boosted by %v", q, boostTitle)
		}
	}
}

// TestDateOverlap checks the date filters and the date sort at the edges
// of days, months and years, before 1970 too: a publication dated by month
// or year matches a range that overlaps its period.
func TestDateOverlap(t *testing.T) {
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := []*pub.Document{
		{ID: "month", Title: "x", Date: pub.Date{Year: 2024, Month: 6}},
		{ID: "day", Title: "x", Date: pub.Date{Year: 2024, Month: 6, Day: 15}},
		{ID: "year", Title: "x", Date: pub.Date{Year: 2024}},
		{ID: "old", Title: "x", Date: pub.Date{Year: 1965, Month: 3, Day: 2}},
		{ID: "july", Title: "x", Date: pub.Date{Year: 2024, Month: 7, Day: 1}},
		{ID: "undated", Title: "x"},
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
	day := func(y, m, d int) pub.Date { return pub.Date{Year: y, Month: m, Day: d} }
	for _, c := range []struct {
		req  Request
		want []string
	}{
		{Request{Since: day(2024, 6, 15), Until: day(2024, 6, 15)}, []string{"day", "month", "year"}},
		{Request{Until: day(2024, 5, 31)}, []string{"old", "year"}},
		{Request{Since: day(2024, 6, 16)}, []string{"july", "month", "year"}},
		{Request{Since: day(2024, 7, 1), Until: day(2024, 7, 1)}, []string{"july", "year"}},
		{Request{Since: day(1965, 3, 2), Until: day(1965, 3, 2)}, []string{"old"}},
		{Request{Since: day(1965, 3, 3), Until: day(1999, 12, 31)}, nil},
		{Request{Since: pub.Date{Year: 2024, Month: 7}}, []string{"july", "year"}},
	} {
		got := hitIDs(doSearch(t, s, c.req))
		sort.Strings(got)
		if !cmp.Equal(got, c.want, cmpopts.EquateEmpty()) {
			t.Errorf("since %v until %v: %v, want %v", c.req.Since, c.req.Until, got, c.want)
		}
	}
	newest := hitIDs(doSearch(t, s, Request{Sort: SortNewest}))
	if want := []string{"july", "day", "month", "year", "old", "undated"}; !cmp.Equal(newest, want) {
		t.Errorf("newest first: %v, want %v", newest, want)
	}
}

func hitIDs(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

// TestOneNullRule checks that a hit and a shown record print a publication
// without authors, regions or topics alike: the lists as [], the empty
// strings left out.
func TestOneNullRule(t *testing.T) {
	d := &pub.Document{ID: "x", Title: "T"}
	hit, err := json.Marshal(Hit{Publication: publicationOf(d), TitleMarks: []snippet.Span{}, Snippets: []snippet.Snippet{}})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := json.Marshal(recordOf(d, nil))
	if err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{string(hit), string(rec)} {
		for _, want := range []string{`"authors":[]`, `"regions":[]`, `"topics":[]`} {
			if !strings.Contains(out, want) {
				t.Errorf("%s lacks %s", out, want)
			}
		}
		for _, absent := range []string{`"code"`, `"series"`, `"date"`, `"url"`, `"source"`} {
			if strings.Contains(out, absent) {
				t.Errorf("%s has %s", out, absent)
			}
		}
	}
}
