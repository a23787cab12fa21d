package generic

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// expected is the hand-written expectation of a fixture page
// (testdata/generic/*.expect.json): what a careful reader sees on it.
type expected struct {
	Skip    string    `json:"skip"`
	Title   *string   `json:"title"`
	Date    *string   `json:"date"`
	Authors *[]string `json:"authors"`
	Code    *string   `json:"code"`
	Series  *string   `json:"series"`
	// HintURL is the page's address, given to the reader as a hint in
	// the first pass only: a scraped text seldom records its address, so
	// every expectation must hold without it too.
	HintURL string `json:"hint_url"`
}

// readFixture reads the page and the one expected result of fixture f
// (its .expect.json file).
func readFixture(t *testing.T, f string) ([]byte, expected) {
	t.Helper()
	text, err := os.ReadFile(strings.TrimSuffix(f, ".expect.json") + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Results []expected `json:"results"`
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &exp); err != nil || len(exp.Results) != 1 {
		t.Fatalf("%s: want one result: %v", f, err)
	}
	return text, exp.Results[0]
}

// TestFixtures reads every invented fixture page, with its address as a
// hint and without, and checks each stated field; it prints per-field
// accuracy and skips per site kind.
func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/generic/*.expect.json")
	if len(files) < 60 {
		t.Fatalf("want at least 60 fixtures, found %d", len(files))
	}
	for _, withURL := range []bool{true, false} {
		t.Run(map[bool]string{true: "with_url", false: "without_url"}[withURL], func(t *testing.T) {
			checkFixtures(t, files, withURL)
		})
	}
}

func checkFixtures(t *testing.T, files []string, withURL bool) {
	type tally struct{ right, total int }
	fields := map[string]*tally{}
	kinds := map[string]*tally{}
	skips := map[string]int{}
	score := func(m map[string]*tally, k string, ok bool) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		m[k].total++
		if ok {
			m[k].right++
		}
	}
	for _, f := range files {
		text, want := readFixture(t, f)
		name := filepath.Base(strings.TrimSuffix(f, ".expect.json"))
		kind := siteKind(name)
		h := Hints{}
		if withURL {
			h.URL = want.HintURL
		}
		p := Read(string(text), h)
		allOK := true
		check := func(field string, ok bool, got, w any) {
			score(fields, field, ok)
			if !ok {
				allOK = false
				t.Errorf("%s: %s = %q, want %q", name, field, got, w)
			}
		}
		if want.Skip != "" {
			check("skip", p.Skip != "" && strings.Contains(p.Skip, want.Skip) || p.Kind == want.Skip, p.Skip, want.Skip)
			if p.Skip != "" {
				skips[kind]++
			}
			score(kinds, kind, allOK)
			continue
		}
		check("indexed", p.Skip == "", p.Skip, "")
		if want.Title != nil {
			check("title", p.Title == *want.Title, p.Title, *want.Title)
		}
		if want.Date != nil {
			got := ""
			if !p.Date.IsZero() {
				got = p.Date.String()
			}
			check("date", got == *want.Date, got, *want.Date)
		}
		if want.Authors != nil {
			got := p.Authors
			if got == nil {
				got = []string{}
			}
			check("authors", cmp.Equal(got, *want.Authors), got, *want.Authors)
		}
		if want.Code != nil {
			check("code", p.Code == *want.Code, p.Code, *want.Code)
		}
		if want.Series != nil {
			check("series", p.Series == *want.Series, p.Series, *want.Series)
		}
		score(kinds, kind, allOK)
	}
	var lines []string
	for n, m := range []map[string]*tally{fields, kinds} {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			l := fmt.Sprintf("  %-22s %3d/%-3d", k, m[k].right, m[k].total)
			if n == 1 {
				l += fmt.Sprintf(" skipped %d", skips[k])
			}
			lines = append(lines, l)
		}
		lines = append(lines, "")
	}
	t.Logf("per field, then per site kind (pages all right):\n%s", strings.Join(lines, "\n"))
}

// siteKind is the middle part of a fixture name: "07-pdf-working-paper" gives "pdf".
func siteKind(name string) string {
	parts := strings.SplitN(name, "-", 3)
	if len(parts) < 2 {
		return name
	}
	return parts[1]
}

// FuzzRead checks that any text gives a page without panicking and that
// the fields stay bounded by the input.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/generic/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("By\n\nPublished3 March 2024\n- - -\n“”\n")
	f.Add("@book{1,\n\ttitle = {Ferries : },\n\tauthor = {Roe, Jane and Berg, Anna},\n\tyear = {2001.},\n\tnote = {\"May 2001\".}\n}\n")
	f.Add("TY - RPRT A1 - Roe, Jane T1 - Ferries of the Isles PY - 2020 ER - ")
	f.Add("ferry rules:An A-Z Guide”\n\n王明远:北方群岛的渡轮_港聞\n")
	f.Fuzz(func(t *testing.T, s string) {
		p := Read(s, Hints{URL: s})
		// +3: a subtitle glued to the title gains ": " ("…BoatyardsThe Future" → "…Boatyards: The Future")
		if len(p.Title) > len(s)+len(slugTitle(s))+3 {
			t.Fatalf("title longer than the input")
		}
		if !utf8.ValidString(p.Title) {
			t.Fatalf("invalid UTF-8 title %q", p.Title)
		}
		if p.Skip != "" && p.Kind == "" {
			t.Fatalf("skip without kind: %q", p.Skip)
		}
	})
}
