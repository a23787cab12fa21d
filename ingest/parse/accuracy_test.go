package parse

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/page"
)

// expected is one hand-written expectation of a fixture record
// (testdata/variety and testdata/html, *.expect.json): what a careful reader
// sees on the page, written without running the parser.
type expected struct {
	Line           int       `json:"line"`
	Skip           string    `json:"skip"`
	Error          string    `json:"error"`
	Code           *string   `json:"code"`
	Title          *string   `json:"title"`
	Series         *string   `json:"series"`
	Authors        *[]string `json:"authors"`
	Date           *string   `json:"date"`
	Regions        *[]string `json:"regions"`
	Topics         *[]string `json:"topics"`
	Publisher      *string   `json:"publisher"`
	URL            *string   `json:"url"`
	PageType       *string   `json:"page_type"`
	SynopsisPrefix *string   `json:"synopsis_prefix"`
	BodyPrefix     *string   `json:"body_prefix"`
	BodySuffix     *string   `json:"body_suffix"`
	BodyExcludes   []string  `json:"body_excludes"`
}

// fieldScore counts, per field, how many fixture records got it right.
type fieldScore struct{ right, total int }

// TestFieldAccuracy parses every fixture with an expectation, checks each
// field a reader can see on the page and prints the field-level accuracy.
// Every field of every fixture must be right.
func TestFieldAccuracy(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../testdata/variety", "../../testdata/html", "../../testdata/generic"} {
		m, _ := filepath.Glob(filepath.Join(dir, "*.expect.json"))
		files = append(files, m...)
	}
	if len(files) < 60 {
		t.Fatalf("want at least 60 fixtures with expectations, found %d", len(files))
	}
	p := newTestParser(t)
	scores := map[string]*fieldScore{}
	score := func(field string, ok bool) {
		s := scores[field]
		if s == nil {
			s = &fieldScore{}
			scores[field] = s
		}
		s.total++
		if ok {
			s.right++
		}
	}
	for _, f := range files {
		name := strings.TrimSuffix(f, ".expect.json")
		page := fixtureFor(t, name)
		var exp struct {
			Results []expected `json:"results"`
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &exp); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		got := p.Parse(context.Background(), filepath.Base(page), data)
		t.Run(filepath.Base(page), func(t *testing.T) {
			if len(got) != len(exp.Results) {
				t.Errorf("%d results, want %d: %s", len(got), len(exp.Results), describe(got))
				score("records", false)
				return
			}
			score("records", true)
			for i, want := range exp.Results {
				checkRecord(t, got[i], want, score)
			}
		})
	}
	var names []string
	for n := range scores {
		names = append(names, n)
	}
	sort.Strings(names)
	var lines []string
	for _, n := range names {
		s := scores[n]
		lines = append(lines, fmt.Sprintf("  %-16s %3d/%-3d %5.1f%%", n, s.right, s.total, 100*float64(s.right)/float64(s.total)))
	}
	t.Logf("field-level accuracy over %d fixtures:\n%s", len(files), strings.Join(lines, "\n"))
}

// fixtureFor finds the fixture file an expectation describes.
func fixtureFor(t *testing.T, base string) string {
	t.Helper()
	m, _ := filepath.Glob(base + ".*")
	for _, f := range m {
		if !strings.HasSuffix(f, ".expect.json") {
			return f
		}
	}
	t.Fatalf("no fixture for %s", base)
	return ""
}

func describe(rs []page.Result) string {
	var out []string
	for _, r := range rs {
		switch {
		case r.Doc != nil:
			out = append(out, fmt.Sprintf("line %d: document %q", r.Line, r.Doc.Title))
		case r.Skip != "":
			out = append(out, fmt.Sprintf("line %d: skip %q", r.Line, r.Skip))
		default:
			out = append(out, fmt.Sprintf("line %d: error %v", r.Line, r.Err))
		}
	}
	return strings.Join(out, "; ")
}

func checkRecord(t *testing.T, r page.Result, want expected, score func(string, bool)) {
	t.Helper()
	where := ""
	if want.Line > 0 {
		where = fmt.Sprintf("line %d: ", want.Line)
		if r.Line != want.Line {
			t.Errorf("%sresult is for line %d", where, r.Line)
		}
	}
	switch {
	case want.Skip != "":
		ok := r.Doc == nil && r.Err == nil && strings.Contains(r.Skip, want.Skip)
		score("skip", ok)
		if !ok {
			t.Errorf("%swant a skip containing %q, got %s", where, want.Skip, describe([]page.Result{r}))
		}
		return
	case want.Error != "":
		ok := r.Err != nil && strings.Contains(r.Err.Error(), want.Error)
		score("error", ok)
		if !ok {
			t.Errorf("%swant an error containing %q, got %s", where, want.Error, describe([]page.Result{r}))
		}
		return
	}
	if r.Doc == nil {
		score("document", false)
		t.Errorf("%swant a document, got %s (warnings %v)", where, describe([]page.Result{r}), r.Warnings)
		return
	}
	score("document", true)
	d := r.Doc
	str := func(field string, want *string, got string) {
		if want == nil {
			return
		}
		ok := *want == got
		score(field, ok)
		if !ok {
			t.Errorf("%s%s = %q, want %q", where, field, got, *want)
		}
	}
	list := func(field string, want *[]string, got []string) {
		if want == nil {
			return
		}
		if got == nil {
			got = []string{}
		}
		ok := cmp.Equal(*want, got)
		score(field, ok)
		if !ok {
			t.Errorf("%s%s = %q, want %q", where, field, got, *want)
		}
	}
	prefix := func(field string, want *string, got string, suffix bool) {
		if want == nil {
			return
		}
		var ok bool
		switch {
		case *want == "":
			ok = got == ""
		case suffix:
			ok = strings.HasSuffix(got, *want)
		default:
			ok = strings.HasPrefix(got, *want)
		}
		score(field, ok)
		if !ok {
			shown := got
			if len(shown) > 90 {
				if suffix {
					shown = "…" + shown[len(shown)-90:]
				} else {
					shown = shown[:90] + "…"
				}
			}
			t.Errorf("%s%s: got %q, want it to %s %q", where, field, shown, map[bool]string{true: "end with", false: "start with"}[suffix], *want)
		}
	}
	str("code", want.Code, d.Code)
	str("title", want.Title, d.Title)
	str("series", want.Series, d.Series)
	list("authors", want.Authors, d.Authors)
	str("date", want.Date, d.Date.String())
	list("regions", want.Regions, d.Regions)
	list("topics", want.Topics, d.Topics)
	str("publisher", want.Publisher, d.Publisher)
	str("url", want.URL, d.URL)
	pt := d.PageType
	if pt == "" {
		pt = pub.PageTypePublication
	}
	str("page_type", want.PageType, pt)
	prefix("synopsis", want.SynopsisPrefix, d.Synopsis, false)
	prefix("body_start", want.BodyPrefix, d.Body, false)
	prefix("body_end", want.BodySuffix, d.Body, true)
	if len(want.BodyExcludes) > 0 {
		ok := true
		for _, x := range want.BodyExcludes {
			if strings.Contains(d.Body, x) {
				ok = false
				t.Errorf("%sbody contains %q (chrome or a repeat)", where, x)
			}
		}
		score("no_chrome", ok)
	}
}
