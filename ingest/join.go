package ingest

import (
	"context"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"github.com/pubindex/pubindex/index/pub"
)

// A PDF in a scrape folder is usually the full text of a publication whose
// landing page is scraped too, and a page from a document sharing site or
// aggregator a copy of one. Such a document joins the publication's (same
// id) when both give the same publication code, or else when their titles
// are the same and their dates overlap; with a date missing, their texts
// must also share passages (shingles). The indexed document is the landing
// page's fields with a PDF's text added (joinDocs); a mirror's copy is a
// version, listed among the sources, whose text counts only while the
// publisher's page is missing.

// minJoinTitleWords keeps short generic titles ("Annual Report") from
// joining unrelated files.
const minJoinTitleWords = 3

// titled is a landing page read this run, for joining PDFs read later.
type titled struct {
	id   string
	date pub.Date
	text shingles
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
	e.titles[k] = append(e.titles[k], titled{id: d.ID, date: d.Date, text: shinglesOf(d)})
}

// join gives the attachment document of result i of it the id of its
// landing page, when one is known by title and date, and rebuilds it.
func (e *runner) join(ctx context.Context, it *item, i int) error {
	d := it.results[i].Doc
	if d.ID == d.Code {
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
	cands := append([]titled(nil), e.titles[k]...)
	docs, err := e.ix.FindTitle(ctx, d.Title)
	if err != nil {
		return "" // no join is better than a failed run
	}
	for _, o := range docs {
		if o.ID != d.ID && !slices.ContainsFunc(cands, func(c titled) bool { return c.id == o.ID }) {
			cands = append(cands, titled{id: o.ID, date: o.Date, text: shinglesOf(o)})
		}
	}
	var found []string
	text := shinglesOf(d)
	for _, c := range cands {
		if !datesOverlap(c.date, d.Date) {
			continue
		}
		if (c.date.IsZero() || d.Date.IsZero()) && !text.shares(c.text) {
			continue
		}
		found = append(found, c.id)
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

// shingles are hashes of word 4-grams of a document's synopsis and body,
// sampled by their value (a quarter of them), so that any two texts keep
// the same sample of the passages they share: enough to tell whether they
// share passages.
type shingles []uint64

// Bounds on the shingles kept per document, and what counts as sharing.
const (
	maxShingles = 64
	minShingles = 8 // fewer: the text is too short to judge
	sampleMod   = 4
)

func shinglesOf(d *pub.Document) shingles {
	words := strings.Fields(strings.ToLower(d.Synopsis + " " + d.Body[:min(len(d.Body), 8<<10)]))
	var out shingles
	for i := 0; i+4 <= len(words) && len(out) < maxShingles; i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+4] {
			h.Write([]byte(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })))
			h.Write([]byte{0})
		}
		if v := h.Sum64(); v%sampleMod == 0 {
			out = append(out, v)
		}
	}
	return out
}

// shares reports whether two texts share passages: a quarter of the
// shorter one's shingles are in the other. Texts too short to tell share
// nothing, so only the title and date can join them (and not without a
// date).
func (a shingles) shares(b shingles) bool {
	if len(a) < minShingles || len(b) < minShingles {
		return false
	}
	set := make(map[uint64]bool, len(b))
	for _, h := range b {
		set[h] = true
	}
	n := 0
	for _, h := range a {
		if set[h] {
			n++
		}
	}
	return n*4 >= min(len(a), len(b))
}

// adopt joins to landing page d the PDFs and mirror copies that earlier
// runs indexed on their own, because their landing page was not scraped
// yet: documents with d's title and an overlapping date whose every source
// is such a file. Their files are read again under d's id, as a clean
// build would have read them.
func (e *runner) adopt(ctx context.Context, d *pub.Document, path string) error {
	if !e.joinable || !e.sources[d.ID][path] || len(strings.Fields(pub.FoldKey(d.Title))) < minJoinTitleWords {
		return nil
	}
	docs, err := e.ix.FindTitle(ctx, d.Title)
	if err != nil {
		return nil // no join is better than a failed run
	}
	for _, o := range docs {
		if o.ID == d.ID || !datesOverlap(o.Date, d.Date) || !e.onlyJoinable(o.ID) {
			continue
		}
		for _, f := range sortedKeys(e.sources[o.ID]) {
			old := e.records[f]
			pd, why := e.reparse(ctx, f, d.ID)
			if why != "" {
				e.sum.Warnings = append(e.sum.Warnings, Issue{Path: f, Reason: "not joined to " + d.ID + ": " + why})
				continue
			}
			rec := *old
			rec.Docs, rec.DocHashes = nil, nil
			for i, id := range old.Docs {
				h := ""
				if i < len(old.DocHashes) {
					h = old.DocHashes[i]
				}
				if id == o.ID {
					id, h = d.ID, pd.doc.ContentHash
				}
				rec.Docs, rec.DocHashes = append(rec.Docs, id), append(rec.DocHashes, h)
			}
			if err := e.update(ctx, old, &rec, map[string]parsedDoc{d.ID: pd}); err != nil {
				return err
			}
		}
	}
	return nil
}

// onlyJoinable reports whether every source of document id is a PDF or a
// mirror's copy.
func (e *runner) onlyJoinable(id string) bool {
	if len(e.sources[id]) == 0 {
		return false
	}
	for p := range e.sources[id] {
		r := e.records[p]
		if r == nil || !r.Attachment && !r.Mirror {
			return false
		}
	}
	return true
}
