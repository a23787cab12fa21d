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

// TestRecordedURLLine: the address a scraper wrote over the page is no
// part of it: its figures give no date, the page's own do; and the page
// knows its address.
func TestRecordedURLLine(t *testing.T) {
	prs, err := site.BuiltinProfiles()
	if err != nil {
		t.Fatal(err)
	}
	k := site.New(prs, site.NewTaxonomy(prs...), true)
	const body = "Ferries Without Harbours: Who Pays for the Quays\n\nBy Anna Berg\n\n" +
		"The ferry to the outer isles runs twice a week in winter, and the councils have asked the board to add a third crossing before the storms begin.\n\n" +
		"The board says the harbour dues do not cover the cost of a third crossing, and the councils say the dues were never meant to."
	const u = "https://kestrel-isles.example/2019/07/19/ferries-without-harbours/"
	r := ReadText("URL: "+u+"\n\n"+body, "", k)
	if r.Doc == nil {
		t.Fatalf("skipped: %s", r.Skip)
	}
	if r.Doc.Title != "Ferries Without Harbours: Who Pays for the Quays" || !r.Doc.Date.IsZero() || r.Doc.URL != strings.TrimSuffix(u, "/") {
		t.Errorf("title %q, date %v, URL %q", r.Doc.Title, r.Doc.Date, r.Doc.URL)
	}
	if got := withoutURLLine("Source: "+u+"\nTitle\n", u); got != "Title\n" {
		t.Errorf("withoutURLLine kept the address: %q", got)
	}
	for _, written := range []string{
		"URL: " + strings.Replace(u, "https://", "http://", 1),
		"Source: " + strings.TrimSuffix(u, "/"),
		"<" + u + ">",
		"\n\nTop banner\n\nMenu\n\nSearch\n\nURL: " + u,                    // the fourth line with text, blank lines between
		"• Home\n• About\n• Research\n• Events\n• Contact\nTop\nURL: " + u, // under a bulleted menu
		"URL: " + u + "?utm_source=feed&utm_medium=rss",
		"URL: https://WWW.Kestrel-Isles.example/2019/07/19/ferries-without-harbours/index.html",
	} {
		if got := withoutURLLine(written+"\nTitle\n", u); strings.Contains(strings.ToLower(got), "kestrel-isles") {
			t.Errorf("withoutURLLine kept the address written as %q: %q", written, got)
		}
	}
	if got := withoutURLLine("Read the original at "+u+"\n", u); !strings.Contains(got, u) {
		t.Errorf("withoutURLLine dropped a line of the page that ends with the address: %q", got)
	}
}
