package parse

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index/pub"
)

func TestParseJSONL(t *testing.T) {
	b, err := os.ReadFile("../../testdata/pages/rsis-01-malacca-patrols.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	dump, _ := json.Marshal(map[string]string{"url": "https://www.rsis.edu.sg/rsis-publication/rsis/co05018-x/", "text": page})
	lines := []string{
		`{"url": "https://example.org/a/", "title": "Sea Lanes  and Power", "text": "First paragraph.\nSecond paragraph.", "date": "2024-11-13T09:00:00Z", "authors": ["Jane Doe", {"name": "Raj Kumar"}], "summary": "Short.", "tags": ["Maritime Security", "Shipping"]}`,
		``,
		`{"title": "Broken", `,
		`{}`,
		`{"title": "No Date Sure", "text": "Body.", "date": "03/28/2016", "author": "A. Tan, B. Lim"}`,
		string(dump),
		`[1, 2]`,
	}
	rs := newTestParser(t).Parse(context.Background(), "x.jsonl", []byte(strings.Join(lines, "\n")))
	if len(rs) != 6 {
		t.Fatalf("got %d results, want 6 (blank lines are not records)", len(rs))
	}
	d := rs[0].Doc
	if d == nil || rs[0].Line != 1 {
		t.Fatalf("line 1: %+v", rs[0])
	}
	want := &pub.Document{ID: "https://example.org/a", Title: "Sea Lanes and Power", Authors: []string{"Jane Doe", "Raj Kumar"},
		Date: pub.Date{Year: 2024, Month: 11, Day: 13}, Topics: []string{"Maritime Security", "Shipping"}, Synopsis: "Short.",
		Body: "First paragraph.\n\nSecond paragraph.", URL: "https://example.org/a", PageType: "publication", Source: "x.jsonl", ContentHash: d.ContentHash}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("line 1 (-want +got):\n%s", diff)
	}
	if !cmp.Equal(rs[0].Unknown, []string{"Shipping"}) {
		t.Errorf("unknown labels %v", rs[0].Unknown)
	}
	if rs[1].Line != 3 || rs[1].Err == nil || !strings.Contains(rs[1].Err.Error(), "invalid JSON") {
		t.Errorf("line 3: %+v, want an invalid JSON error", rs[1])
	}
	if rs[2].Line != 4 || rs[2].Doc != nil || !strings.Contains(rs[2].Skip, "no title") {
		t.Errorf("line 4: %+v, want a skip: an empty record has no title", rs[2])
	}
	if d := rs[3].Doc; d == nil || !d.Date.IsZero() || len(rs[3].Warnings) == 0 || !cmp.Equal(d.Authors, []string{"A. Tan", "B. Lim"}) {
		t.Errorf("line 5: %+v; an unsure date must be left empty with a warning", rs[3])
	}
	if d := rs[4].Doc; d == nil || d.ID != "CO05018" || d.URL != "https://rsis.edu.sg/rsis-publication/co05018-x" || d.Series != "RSIS Commentary" || len(d.Regions) == 0 {
		t.Errorf("line 6 (a page dump in text): %+v", rs[4].Doc)
	}
	if rs[5].Line != 7 || rs[5].Err == nil {
		t.Errorf("line 7: %+v, want an error for a non-object", rs[5])
	}
}

func FuzzParseJSONL(f *testing.F) {
	f.Add(`{"title": "T", "text": "b", "date": "2024-01-02", "authors": "A, B"}` + "\n" + `{"html": "<h1>x</h1>"}`)
	f.Add(`{"text": "SYNOPSIS\n\nx\n\nCOMMENTARY\n\ny"}`)
	f.Add("{\"title\": 1}\n\n{")
	p := newTestParser(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range p.Parse(context.Background(), "f.jsonl", []byte(s)) {
			if r.Doc != nil && (r.Doc.ID == "" || r.Doc.Title == "" || !r.Doc.Date.Valid()) {
				t.Fatalf("bad document %+v", r.Doc)
			}
			if r.Doc == nil && r.Err == nil && r.Skip == "" {
				t.Fatal("empty result")
			}
		}
	})
}

// TestJSONLRecognisedPageStaysSkipped: a record whose html is a whole page
// that is an event or a listing is skipped like the page itself, not read
// as an article because the record has a title.
func TestJSONLRecognisedPageStaysSkipped(t *testing.T) {
	for _, f := range []string{"16-lowy-event.html", "17-carnegie-listing.html"} {
		page, err := os.ReadFile("../../testdata/html/" + f)
		if err != nil {
			t.Fatal(err)
		}
		line, _ := json.Marshal(map[string]string{"title": "A Title From the Scraper", "html": string(page)})
		rs := newTestParser(t).Parse(context.Background(), "x.jsonl", line)
		if len(rs) != 1 || rs[0].Doc != nil || !strings.HasPrefix(rs[0].Skip, "not a publication: ") {
			t.Errorf("%s in a record: %+v, want it skipped as not a publication", f, rs)
		}
	}
}
