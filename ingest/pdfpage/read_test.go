package pdfpage

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/internal/testpdf"

	"github.com/go-pdf/fpdf"
	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/site"
)

// makePDF writes pages of lines as an invented PDF whose Info title is info.
func makePDF(t testing.TB, info string, pages ...[]string) []byte {
	t.Helper()
	data, err := testpdf.Write(pages, func(pdf *fpdf.Fpdf) {
		if info != "" {
			pdf.SetTitle(info, true)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func testSet(t testing.TB) *site.Set {
	t.Helper()
	prs, err := site.BuiltinProfiles()
	if err != nil {
		t.Fatal(err)
	}
	return site.New(prs, site.NewTaxonomy(prs...), false)
}

func TestRead(t *testing.T) {
	data := makePDF(t, "Microsoft Word - final3.docx",
		[]string{"Harbour Pilots and the Price of Delay", "", "Amara Okoye and Lin Wei", "", "March 2025"},
		[]string{"Introduction", "", "Pilotage fees rose in every port we studied, and the queues grew with them."})
	r := Read(context.Background(), page.File{Path: "/scrape/IP25031.pdf", Data: data}, testSet(t))
	if r.Err != nil || r.Doc == nil {
		t.Fatalf("Read: %v %q", r.Err, r.Skip)
	}
	d := r.Doc
	if d.Title != "Harbour Pilots and the Price of Delay" {
		t.Errorf("title %q (the Info title is a file name and must not win)", d.Title)
	}
	if !slices.Equal(d.Authors, []string{"Amara Okoye", "Lin Wei"}) || d.Date.String() != "2025-03" {
		t.Errorf("authors %v, date %s", d.Authors, d.Date)
	}
	if d.Code != "IP25031" || d.Series == "" {
		t.Errorf("code %q series %q: the file name gives the code, the profile its series", d.Code, d.Series)
	}
	if !strings.Contains(d.Body, "Pilotage fees rose") || !r.Attachment {
		t.Errorf("body %q, attachment %v", d.Body, r.Attachment)
	}
}

func TestReadBadFiles(t *testing.T) {
	k := testSet(t)
	if r := Read(context.Background(), page.File{Path: "x.pdf", Data: []byte("%PDF-1.4\nnot really")}, k); r.Err == nil {
		t.Errorf("a broken PDF gave no error: %+v", r)
	}
	scan := makePDF(t, "", []string{})
	if r := Read(context.Background(), page.File{Path: "scan.pdf", Data: scan}, k); r.Doc != nil || r.Skip == "" {
		t.Errorf("a PDF without text must be skipped: %+v", r)
	}
}

// FuzzRead: no input makes the PDF reader panic or hang.
func FuzzRead(f *testing.F) {
	f.Add(makePDF(f, "", []string{"A Title Over", "Two Lines", "", "June 2024"}, []string{"Body text of the report."}))
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	k := testSet(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		r := Read(context.Background(), page.File{Path: "f.pdf", Data: data}, k)
		if r.Doc != nil && r.Doc.Title == "" {
			t.Errorf("a document without a title")
		}
	})
}
