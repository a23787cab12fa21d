package textpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/site"
)

// FuzzRead: any bytes give a document, a skip or an error, never a panic,
// and a document has a one-line title, a valid date and UTF-8 text.
func FuzzRead(f *testing.F) {
	pages, _ := filepath.Glob("../../testdata/pages/*.txt")
	for _, p := range pages[:min(len(pages), 3)] {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("CO25041 | A Title\n03 February 2025\nSYNOPSIS\ns\nCOMMENTARY\nb\n"))
	f.Add([]byte("\xff\xfe\x00SYNOPSIS\r\nCategories: Global\r\n"))
	prs, err := site.BuiltinProfiles()
	if err != nil {
		f.Fatal(err)
	}
	k := site.New(prs, site.NewTaxonomy(prs...), true)
	f.Fuzz(func(t *testing.T, data []byte) {
		r := Read(page.File{Path: "fuzz.txt", Data: data}, k)
		if r.Doc == nil {
			if r.Skip == "" && r.Err == nil {
				t.Fatalf("result with no document, skip or error")
			}
			return
		}
		d := r.Doc
		if d.Title == "" || strings.Contains(d.Title, "\n") || !d.Date.Valid() {
			t.Fatalf("bad document %+v", d)
		}
		for _, s := range append([]string{d.Title, d.Synopsis, d.Body, d.URL, d.Series}, d.Authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
		}
	})
}
