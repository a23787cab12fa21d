package ingest

import (
	"context"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
)

// A PDF in a scrape folder is usually the full text of a publication whose
// landing page is scraped too. The PDF's document joins the landing page's
// (same id) when both give the same publication code, or else when their
// titles are the same and their dates overlap; the indexed document is then
// the landing page's fields with the PDF's text added (joinDocs).

// minJoinTitleWords keeps short generic titles ("Annual Report") from
// joining unrelated files.
const minJoinTitleWords = 3

// titled is a landing page read this run, for joining PDFs read later.
type titled struct {
	id   string
	date pub.Date
}

// noteTitle remembers a landing page read this run.
func (e *runner) noteTitle(d *pub.Document) {
	k := pub.FoldKey(d.Title)
	if len(strings.Fields(k)) < minJoinTitleWords {
		return
	}
	for _, t := range e.titles[k] {
		if t.id == d.ID {
			return
		}
	}
	e.titles[k] = append(e.titles[k], titled{id: d.ID, date: d.Date})
}

// join gives the attachment document of result i of it the id of its
// landing page, when one is known by title and date, and rebuilds it.
func (e *runner) join(ctx context.Context, it *item, i int) error {
	d := it.results[i].Doc
	if d.Code != "" {
		return nil // its id is the code, as the landing page's
	}
	id := e.landingPage(ctx, d)
	if id == "" || id == d.ID {
		return nil
	}
	d.ID = id
	d.ContentHash = pub.ContentHash(d)
	b, err := e.b.Publication(d)
	if err != nil {
		return err
	}
	it.built[i] = b
	return nil
}

// landingPage finds the document whose title is d's and whose date overlaps
// d's: among the pages read this run, else in the index. With no date on
// either side the title must name one document only.
func (e *runner) landingPage(ctx context.Context, d *pub.Document) string {
	k := pub.FoldKey(d.Title)
	if len(strings.Fields(k)) < minJoinTitleWords {
		return ""
	}
	cands := e.titles[k]
	if len(cands) == 0 {
		docs, err := e.ix.FindTitle(ctx, d.Title)
		if err != nil {
			return "" // no join is better than a failed run
		}
		for _, o := range docs {
			if o.ID != d.ID {
				cands = append(cands, titled{id: o.ID, date: o.Date})
			}
		}
	}
	var found []string
	for _, c := range cands {
		if datesOverlap(c.date, d.Date) {
			found = append(found, c.id)
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return ""
}

// datesOverlap reports whether two dates of any precision can be the same
// day; a missing date overlaps any.
func datesOverlap(a, b pub.Date) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	return !a.Start().After(b.End()) && !b.Start().After(a.End())
}

// joinDocs is the document of a landing page with its PDF's text added:
// the page's fields win, the PDF fills those the page lacks.
func joinDocs(page, pdf *pub.Document) *pub.Document {
	d := *page
	if len(d.Authors) == 0 {
		d.Authors = pdf.Authors
	}
	if d.Date.IsZero() {
		d.Date = pdf.Date
	}
	if d.Series == "" {
		d.Series = pdf.Series
	}
	if d.Synopsis == "" {
		d.Synopsis = pdf.Synopsis
	}
	if d.Publisher == "" {
		d.Publisher = pdf.Publisher
	}
	if body := strings.TrimSpace(pdf.Body); body != "" {
		d.Body = strings.TrimSpace(d.Body + "\n\n" + body)
	}
	d.ContentHash = pub.ContentHash(&d)
	return &d
}
