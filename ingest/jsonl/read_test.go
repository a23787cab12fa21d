package jsonl

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/site"
)

// FuzzRead: any bytes give one result per non-blank line (or one skip for
// a file without records), never a panic, and each result is a document, a
// skip or an error with its line number.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"title":"A Title","text":"Body text.","date":"2025-02-03","authors":["Jane Doe"]}` + "\n"))
	f.Add([]byte(`{"url":"https://www.rsis.edu.sg/rsis-publication/rsis/co25041-x/","html":"<h1>A B</h1><p>x</p>"}` + "\n{bad\n"))
	f.Add([]byte(`{"title":"T","text":"SYNOPSIS\ns\nCOMMENTARY\nb"}`))
	prs, err := site.BuiltinProfiles()
	if err != nil {
		f.Fatal(err)
	}
	k := site.New(prs, site.NewTaxonomy(prs...), false)
	f.Fuzz(func(t *testing.T, data []byte) {
		rs := Read(page.File{Path: "fuzz.jsonl", Data: data}, k)
		if len(rs) == 0 {
			t.Fatal("no result")
		}
		for _, r := range rs {
			if r.Doc == nil && r.Skip == "" && r.Err == nil {
				t.Fatalf("line %d: no document, skip or error", r.Line)
			}
			if r.Doc != nil && r.Doc.Title == "" {
				t.Fatalf("line %d: document without a title", r.Line)
			}
		}
	})
}

// TestRecordTitleOverGuess: a record whose HTML is the article alone,
// without a heading, keeps the record's title; the first words of its
// text are only the HTML reader's guess.
func TestRecordTitleOverGuess(t *testing.T) {
	prs, err := site.BuiltinProfiles()
	if err != nil {
		t.Fatal(err)
	}
	k := site.New(prs, site.NewTaxonomy(prs...), false)
	var html strings.Builder
	for i := range 10 {
		fmt.Fprintf(&html, "<p>Paragraph %d says what the harbour board should do about the winter ferry, with a named source and a full stop.</p>", i+1)
	}
	rec, _ := json.Marshal(map[string]string{"title": "Winter Fares on the Outer Isles", "html": html.String()})
	rs := Read(page.File{Path: "r.jsonl", Data: append(rec, '\n')}, k)
	if len(rs) != 1 || rs[0].Doc == nil {
		t.Fatalf("no document: %+v", rs)
	}
	if got := rs[0].Doc.Title; got != "Winter Fares on the Outer Isles" {
		t.Errorf("title %q, want the record's", got)
	}
	if !strings.Contains(rs[0].Doc.Body, "Paragraph 10 says") {
		t.Errorf("body lost the text: %q", rs[0].Doc.Body)
	}
	if rs[0].TitleGuessed || len(rs[0].Warnings) > 0 {
		t.Errorf("the record's own title still reported as guessed: %v %q", rs[0].TitleGuessed, rs[0].Warnings)
	}
}
