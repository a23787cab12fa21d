package jsonl

import (
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
