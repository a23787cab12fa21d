package parse

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/internal/golden"
)

func newTestParser(t testing.TB) *Parser {
	t.Helper()
	p, err := NewParser(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// parseFile parses one file and renders what it became, for goldens.
func parseFile(t *testing.T, p *Parser, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []byte
	for _, r := range p.Parse(context.Background(), filepath.Base(path), data) {
		v := map[string]any{}
		if r.Doc != nil {
			v["document"] = r.Doc
		}
		if r.Skip != "" {
			v["skip"] = r.Skip
		}
		if r.Err != nil {
			v["error"] = r.Err.Error()
		}
		if r.Line > 0 {
			v["line"] = r.Line
		}
		if len(r.Warnings) > 0 {
			v["warnings"] = r.Warnings
		}
		if len(r.Unknown) > 0 {
			v["unknown_labels"] = r.Unknown
		}
		js, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		out = append(append(out, js...), '\n')
	}
	return out
}

// TestParseGolden pins the full parser output for every fixture page of
// testdata/pages and testdata/variety (testdata/html has its own).
func TestParseGolden(t *testing.T) {
	pages, err := filepath.Glob("../../testdata/pages/*")
	if err != nil || len(pages) < 25 {
		t.Fatalf("want at least 25 fixture pages, found %d (%v)", len(pages), err)
	}
	variety, _ := filepath.Glob("../../testdata/variety/*")
	p := newTestParser(t)
	for _, page := range append(pages, variety...) {
		name := filepath.Base(page)
		if strings.HasSuffix(name, ".expect.json") || strings.HasSuffix(name, ".md") {
			continue
		}
		dir := filepath.Join("testdata", "golden")
		if strings.Contains(page, "variety") {
			dir = filepath.Join(dir, "variety")
		}
		t.Run(name, func(t *testing.T) {
			golden.Check(t, filepath.Join(dir, name+".json"), parseFile(t, p, page))
		})
	}
}

// expectation is the hand-written truth of a fixture page
// (testdata/expect), written from the page, not from the parser.
type expectation struct {
	Code           string   `json:"code"`
	Title          string   `json:"title"`
	Series         string   `json:"series"`
	Authors        []string `json:"authors"`
	Date           pub.Date `json:"date"`
	Regions        []string `json:"regions"`
	Topics         []string `json:"topics"`
	SynopsisPrefix string   `json:"synopsis_prefix"`
	BodyFirstLine  string   `json:"body_first_line"`
	BodyLastLine   string   `json:"body_last_line"`
	Phrase         bool     `json:"phrase_data_sovereignty"`
}

func TestParseMatchesExpectations(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/expect/*.json")
	if len(files) < 25 {
		t.Fatalf("want at least 25 expectation files, found %d", len(files))
	}
	p := newTestParser(t)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			var want expectation
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(filepath.Join("../../testdata/pages", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			rs := p.Parse(context.Background(), name+".txt", data)
			if len(rs) != 1 || rs[0].Doc == nil {
				t.Fatalf("Parse = %+v, want one document", rs)
			}
			checkExpectation(t, rs[0].Doc, want)
		})
	}
}

func checkExpectation(t *testing.T, d *pub.Document, want expectation) {
	t.Helper()
	got := expectation{Code: d.Code, Title: d.Title, Series: d.Series, Authors: d.Authors, Date: d.Date,
		Regions: d.Regions, Topics: d.Topics, SynopsisPrefix: want.SynopsisPrefix,
		BodyFirstLine: want.BodyFirstLine, BodyLastLine: want.BodyLastLine, Phrase: want.Phrase}
	if !strings.HasPrefix(d.Synopsis, want.SynopsisPrefix) {
		got.SynopsisPrefix = d.Synopsis[:min(len(d.Synopsis), len(want.SynopsisPrefix))]
	}
	paras := strings.Split(d.Body, "\n\n")
	got.BodyFirstLine, got.BodyLastLine = paras[0], paras[len(paras)-1]
	all := strings.ToLower(d.Title + " " + d.Synopsis + " " + d.Body)
	got.Phrase = strings.Contains(all, "data sovereignty")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("document mismatch (-want +got):\n%s", diff)
	}
	for _, chrome := range []string{"Board of Governors", "Staff Profiles", "Subscribe to RSIS", "Popular Links", "cookies", "Rate your experience", "download pdf", "Categories:"} {
		if strings.Contains(d.Title+d.Synopsis+d.Body+strings.Join(d.Authors, ""), chrome) {
			t.Errorf("site chrome %q leaked into the document", chrome)
		}
	}
}

// TestSeed parses the real scraped page of ../shared/seeds and checks every
// field. It needs PUBINDEX_SEED_DIR (CI sets it); when the variable is set,
// a missing seed is a failure, not a skip.
func TestSeed(t *testing.T) {
	dir := os.Getenv("PUBINDEX_SEED_DIR")
	if dir == "" {
		t.Skip("PUBINDEX_SEED_DIR is not set")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("../..", dir) // as given at the repository root (README)
	}
	path := filepath.Join(dir, "000_640c660daf40377f.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("PUBINDEX_SEED_DIR is set but the seed is missing: %v", err)
	}
	rs := newTestParser(t).Parse(context.Background(), path, data)
	if len(rs) != 1 || rs[0].Doc == nil {
		t.Fatalf("Parse(seed) = %+v, want one document", rs)
	}
	d := rs[0].Doc
	// The seed's own text stays out of the repository: its prose fields
	// are checked exactly, by hash; what the test prints on a mismatch is
	// what was parsed.
	if d.Code != "IP25008" || d.ID != "IP25008" || d.Series != "IDSS Papers" ||
		d.Date != (pub.Date{Year: 2025, Month: 2, Day: 3}) || d.Date.Precision() != pub.PrecisionDay {
		t.Errorf("code %q, id %q, series %q, date %v (%v)", d.Code, d.ID, d.Series, d.Date, d.Date.Precision())
	}
	if diff := cmp.Diff([]string{"Xing Jiahui", "Li Mingjiang"}, d.Authors); diff != "" {
		t.Errorf("authors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Southeast Asia and ASEAN", "Global", "East Asia and Asia Pacific", "South Asia"}, d.Regions); diff != "" {
		t.Errorf("regions (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Country and Region Studies", "International Politics and Security"}, d.Topics); diff != "" {
		t.Errorf("topics (-want +got):\n%s", diff)
	}
	paras := strings.Split(d.Body, "\n\n")
	for _, c := range []struct{ what, got, want string }{
		{"title", d.Title, "5641f9ce5dd0d49d"},
		{"synopsis (the one SYNOPSIS paragraph)", d.Synopsis, "176d42e4276d1308"},
		{"first body paragraph", paras[0], "68109e0563f59b47"},
		{"last body paragraph (the authors' note)", paras[len(paras)-1], "6129ef2c8f93007a"},
		{"body", d.Body, "a208447818c0aa95"},
	} {
		if h := shortHash(c.got); h != c.want {
			t.Errorf("%s: hash %s, want %s; parsed:\n%.300s", c.what, h, c.want, c.got)
		}
	}
	if !strings.Contains(strings.ToLower(d.Title+" "+d.Synopsis+" "+d.Body), "data sovereignty") {
		t.Errorf("the phrase the kit searches for is not in the document")
	}
	for _, chrome := range []string{"Board of Governors", "Staff Profiles", "Subscribe to RSIS", "Popular Links", "cookies", "Rate your experience", "download pdf", "Categories:"} {
		if strings.Contains(d.Title+d.Synopsis+d.Body+strings.Join(d.Authors, ""), chrome) {
			t.Errorf("site chrome %q leaked into the document", chrome)
		}
	}
	// Every paragraph once: the page prints the article twice and the
	// image caption twice in a row. The section headings are paragraphs.
	seen := map[string]bool{}
	for _, p := range paras {
		if seen[shortHash(p)] {
			t.Errorf("paragraph repeated in body: %.60q", p)
		}
		seen[shortHash(p)] = true
	}
	for _, h := range []string{"de3affca69010b16", "29019c271e013c35", "76e3dc856562d07b", "89db2ad881f29c18"} {
		if !seen[h] {
			t.Errorf("a section heading (hash %s) is missing from the body", h)
		}
	}
	if n := len(seen); n != 16 {
		t.Errorf("body has %d paragraphs, want 16", n)
	}
}

// shortHash names a text without holding it: the first 8 bytes of its
// SHA-256, in hex.
func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

func FuzzParseTextDump(f *testing.F) {
	pages, _ := filepath.Glob("../../testdata/pages/*.txt")
	for _, p := range pages[:min(3, len(pages))] {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	f.Add("SYNOPSIS\n\nx\n\nCOMMENTARY\n")
	f.Add("    IP25008 | Title\n    A, B\n\n    03 February 2025\n\n    SYNOPSIS\n\n    s\n\n    COMMENTARY\n\n    b\n    Categories: IDSS Papers / Global\n")
	f.Add("- RSIS\n- Publication\n- A Title Here\n03 February 2025\nSYNOPSIS\ns\n")
	p := newTestParser(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range p.Parse(context.Background(), "f.txt", []byte(s)) {
			if r.Doc == nil {
				if r.Skip == "" && r.Err == nil {
					t.Fatalf("result with no document, skip or error")
				}
				continue
			}
			d := r.Doc
			if d.ID == "" || d.Title == "" || !d.Date.Valid() {
				t.Fatalf("bad document %+v", d)
			}
			if strings.Contains(d.Title, "\n") {
				t.Fatalf("title with a newline: %q", d.Title)
			}
		}
	})
}

// TestBareNumberIsNoID: two sites' "No. 12" are different publications, so a
// code that is a bare number never becomes the id they would share.
func TestBareNumberIsNoID(t *testing.T) {
	page := func(title string) string {
		return "Working Paper No. 12\n\n" + title + "\n\nBy Ada Kowalczyk\n\nMarch 2024\n\n" +
			strings.Repeat("The argument of this paper runs over several paragraphs of prose, each long enough to count as text. ", 6) + "\n\n" +
			strings.Repeat("A second paragraph adds evidence from ports, pilots and the queues that form at night. ", 6) + "\n"
	}
	p := newTestParser(t)
	a := p.Parse(context.Background(), "a.txt", []byte(page("Harbour Queues and the Cost of Waiting")))
	b := p.Parse(context.Background(), "b.txt", []byte(page("Rail Sidings and the Price of a Customs Shift")))
	if a[0].Doc == nil || b[0].Doc == nil {
		t.Fatalf("want two documents: %+v %+v", a[0], b[0])
	}
	if a[0].Doc.ID == b[0].Doc.ID {
		t.Errorf("two publications numbered 12 share the id %q", a[0].Doc.ID)
	}
}
