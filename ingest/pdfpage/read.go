// Package pdfpage reads a PDF file of a scrape folder into a publication:
// package pdftext gives the text of its pages, package report the title,
// authors, date and body a report prints. Entry point: Read.
package pdfpage

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/pdftext"
	"github.com/pubindex/pubindex/ingest/report"
	"github.com/pubindex/pubindex/ingest/site"
)

// Read reads one PDF file. A file pdftext cannot read (encrypted, broken,
// too large) is an error naming why; a PDF without text (a scan) is skipped.
func Read(ctx context.Context, f page.File, k *site.Set) page.Result {
	doc, err := pdftext.Extract(ctx, f.Data, pdftext.Limits{})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return page.Result{Err: err}
		}
		return page.Result{Err: fmt.Errorf("PDF: %w", err)}
	}
	rf := report.Read(doc.Pages)
	text := strings.Join(doc.Pages, "\n")
	pr := k.ProfileFor(f.URL, text[:min(len(text), 64<<10)])

	d := &pub.Document{
		Title:    rf.Title,
		Authors:  rf.Authors,
		Date:     rf.Date,
		Series:   rf.Series,
		Synopsis: rf.Abstract,
		Body:     strings.Join(rf.Body, "\n\n"),
	}
	if d.Title == "" {
		d.Title = infoTitle(doc.Info.Title)
	}
	if len(d.Authors) == 0 && doc.Info.Author != "" {
		d.Authors = fields.SplitAuthors(doc.Info.Author)
	}
	// The code: from the file name (RSIS names its PDFs IP25008.pdf), else
	// what the cover prints when it looks like a code of the site.
	prefixes := k.CodePrefixes(pr)
	d.Code = fields.CodeFromURL("file:///"+filepath.Base(f.Path), prefixes)
	if d.Code == "" && rf.Code != "" {
		if c := fields.CodeFromURL("file:///"+rf.Code, prefixes); c != "" {
			d.Code = c
		}
	}
	if d.Code != "" && pr == k.Generic() {
		pr = profileOfCode(k, d.Code) // a PDF seldom names its site; its code does
	}
	if d.Code != "" && d.Series == "" {
		d.Series = pr.SeriesOfCode(d.Code)
	}
	if pr != k.Generic() {
		d.Publisher = pr.Publisher
	}
	if f.URL != "" {
		k.SetURL(d, pr, f.URL)
	}
	var warnings []string
	if doc.Truncated {
		warnings = append(warnings, fmt.Sprintf("PDF: only the first %d of %d pages were read", len(doc.Pages), doc.NumPages))
	}
	if doc.Skipped > 0 {
		warnings = append(warnings, fmt.Sprintf("PDF: %d pages could not be read", doc.Skipped))
	}
	if strings.TrimSpace(d.Body) == "" && d.Synopsis == "" {
		return page.Result{Skip: "not a publication: PDF without text (a scan?)", Warnings: warnings}
	}
	if d.Title == "" {
		// A report whose cover could not be read is still worth finding:
		// its file name is the best title there is.
		d.Title = nameTitle(f.Path)
		warnings = append(warnings, "PDF: no title found on the cover; the file name is used")
	}
	return page.Result{Doc: d, Warnings: warnings, Attachment: true}
}

// infoTitle is the Info dictionary's title when it reads like one: word
// processors fill it with file names ("Microsoft Word - draft3.docx").
func infoTitle(t string) string {
	t = strings.TrimSpace(t)
	low := strings.ToLower(t)
	if len(strings.Fields(t)) < 2 || strings.HasPrefix(low, "microsoft ") || strings.HasPrefix(low, "untitled") ||
		strings.Contains(low, ".doc") || strings.Contains(low, ".pdf") || strings.Contains(low, ".indd") {
		return ""
	}
	return t
}

// nameTitle turns a file name into a title: "policy-report_2025.pdf" gives
// "policy report 2025".
func nameTitle(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return strings.Join(strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == ' ' }), " ")
}

// profileOfCode is the profile whose code prefixes start code, else the
// generic one.
func profileOfCode(k *site.Set, code string) *site.Profile {
	for _, pr := range k.Profiles() {
		for _, p := range pr.CodePrefixes {
			if strings.HasPrefix(code, strings.ToUpper(p)) {
				return pr
			}
		}
	}
	return k.Generic()
}
