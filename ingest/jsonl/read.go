// Package jsonl reads JSON Lines files written by scrapers: one record per
// line, mapped onto a document by its field names; a record that carries
// the page itself (html, or a page dump as text) is read by package
// htmlpage or textpage first. Its entry point is Read.
package jsonl

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"slices"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/htmlpage"
	"github.com/pubindex/pubindex/ingest/internal/textutil"
	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/site"
	"github.com/pubindex/pubindex/ingest/textpage"
)

// reader reads records with what k knows of their sites.
type reader struct{ k *site.Set }

// Field names scrapers use in JSON Lines records, by what they mean, in the
// order they are tried.
var jsonKeys = map[string][]string{
	"url":       {"url", "link", "href", "canonical_url", "page_url", "source_url"},
	"title":     {"title", "headline", "name"},
	"text":      {"text", "content", "body", "article_text", "plain_text", "article", "page_text"},
	"html":      {"html", "raw_html", "content_html", "page_html", "body_html"},
	"date":      {"date", "published", "published_at", "publication_date", "datePublished", "date_published", "pub_date", "pubdate"},
	"authors":   {"authors", "author", "byline", "creators", "creator"},
	"synopsis":  {"synopsis", "summary", "abstract", "description"},
	"code":      {"code", "publication_code"},
	"series":    {"series", "type", "publication_type"},
	"regions":   {"regions", "region"},
	"topics":    {"topics", "topic", "tags", "keywords", "subjects"},
	"publisher": {"publisher", "site_name", "site", "institution"},
}

// Read reads a JSON Lines file: one record per line. A line that is not a
// JSON object is reported with its number and the rest of the file is read.
// The documents are not finished: they have no ID, source or hash yet.
func Read(f page.File, k *site.Set) []page.Result {
	p, path := reader{k}, f.Path
	data := bytes.TrimPrefix(f.Data, []byte("\xef\xbb\xbf"))
	var out []page.Result
	line := 0
	for len(data) > 0 {
		line++
		var raw []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			raw, data = data, nil
		}
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		r := p.parseRecord(path, raw)
		r.Line = line
		out = append(out, r)
	}
	if len(out) == 0 {
		return []page.Result{{Skip: "not a publication: empty JSON Lines file"}}
	}
	return out
}

// parseRecord maps one JSON record onto a Document. A record that carries
// the page itself (html, or a page dump as text) is parsed like a page, and
// the record's own fields fill what the page did not say.
func (p reader) parseRecord(path string, raw []byte) page.Result {
	var rec map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&rec); err != nil {
		return page.Result{Err: fmt.Errorf("invalid JSON: %w", err)}
	}
	if dec.More() {
		return page.Result{Err: fmt.Errorf("invalid JSON: more than one value on the line")}
	}
	str := func(kind string) string {
		for _, k := range jsonKeys[kind] {
			if s := jsonString(rec[k]); s != "" {
				return s
			}
		}
		return ""
	}
	list := func(kind string) []string {
		for _, k := range jsonKeys[kind] {
			if l := jsonList(rec[k]); len(l) > 0 {
				return l
			}
		}
		return nil
	}
	pageURL := str("url")
	var r page.Result
	switch html, text := str("html"), str("text"); {
	case html != "":
		r = htmlpage.Read(page.File{Path: path, Data: []byte(html)}, p.k)
		if r.Doc == nil && r.Err == nil && r.Kind == "" && str("title") != "" {
			// Not a whole page but the article alone: its text is the body.
			// (A page recognised as an event, a listing or an error page
			// stays skipped: its text is not an article.)
			text, err := htmlpage.Text(html)
			if err != nil {
				return page.Result{Err: err}
			}
			r = p.plainRecord(str("title"), text, pageURL)
		} else if r.Doc != nil && r.Doc.URL == "" && pageURL != "" {
			p.k.SetURL(r.Doc, p.k.ProfileFor(pageURL, ""), pageURL)
		}
	case text != "" && looksLikeDump(text):
		clean, _ := textutil.DecodeText([]byte(text))
		r = textpage.ReadText(clean, pageURL, p.k)
	default:
		r = p.plainRecord(str("title"), text, pageURL)
	}
	if r.Doc == nil {
		return r
	}
	p.fillFromRecord(&r, str, list, pageURL)
	return r
}

// plainRecord is a record whose text is the article itself.
func (p reader) plainRecord(title, text, pageURL string) page.Result {
	title = fieldText(title)
	if title == "" {
		return page.Result{Skip: "not a publication: record has no title"}
	}
	body, _ := textutil.DecodeText([]byte(text))
	pr := p.k.ProfileFor(pageURL, "")
	drop := p.k.Rules(pr).Drop
	var keep []string
	for _, para := range strings.Split(paragraphs(body), "\n\n") {
		if !drop[strings.ToLower(strings.TrimRight(para, ": "))] {
			keep = append(keep, para)
		}
	}
	d := &pub.Document{Title: title, Body: strings.Join(keep, "\n\n")}
	if pr != p.k.Generic() {
		d.Publisher = pr.Publisher
	}
	if pageURL != "" {
		p.k.SetURL(d, pr, pageURL)
	}
	return page.Result{Doc: d}
}

// fillFromRecord completes a document with what the record's own fields
// say, where the page left a field empty.
func (p reader) fillFromRecord(r *page.Result, str func(string) string, list func(string) []string, pageURL string) {
	d := r.Doc
	pr := p.k.ProfileFor(pageURL, d.Title+"\n"+d.Body)
	if t := fieldText(str("title")); d.Title == "" || r.TitleGuessed && t != "" {
		d.Title = t // the record's title over one guessed from its HTML
		if r.TitleGuessed && t != "" {
			r.TitleGuessed = false
			r.Warnings = slices.DeleteFunc(r.Warnings, htmlpage.GuessWarning)
		}
	}
	if d.Synopsis == "" {
		d.Synopsis = fieldText(str("synopsis"))
	}
	if d.Date.IsZero() {
		if s := str("date"); s != "" {
			// A record's date field is data, not prose: ISO 2021-11 is a
			// month there, not a range of years.
			if dt, err := pub.ParseISODate(s); err == nil {
				d.Date = dt
			} else if dt, ok := fields.ParseDate(s, pr.Order()); ok {
				d.Date = dt
			} else {
				r.Warnings = append(r.Warnings, fmt.Sprintf("date %q left empty: not a date pubindex is sure of", s))
			}
		}
	}
	if len(d.Authors) == 0 {
		var names []string
		for _, a := range list("authors") {
			names = append(names, fields.SplitAuthors(a)...)
		}
		d.Authors = fields.CleanAuthors(names)
	}
	if d.Code == "" {
		if c := str("code"); c != "" {
			if code, _, ok := fields.CodeFromText(c, pr.CodePrefixes); ok {
				d.Code = code
			}
		}
	}
	if d.Publisher == "" {
		d.Publisher = oneLine(str("publisher"))
	}
	var labels []string
	if s := str("series"); s != "" && d.Series == "" {
		labels = append(labels, s)
	}
	if len(d.Regions) == 0 {
		labels = append(labels, list("regions")...)
	}
	if len(d.Topics) == 0 {
		labels = append(labels, list("topics")...)
	}
	if len(labels) > 0 {
		r.Unknown = append(r.Unknown, p.k.Classify(d, labels)...)
	}
	if d.Series == "" && d.Code != "" {
		d.Series = pr.SeriesOfCode(d.Code)
	}
}

// looksLikeDump reports whether text is a whole page saved as text rather
// than the article alone.
func looksLikeDump(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		switch strings.TrimSpace(l) {
		case "SYNOPSIS", "COMMENTARY":
			return true
		}
	}
	return false
}

// jsonString returns v as text: strings as they are, numbers formatted,
// anything else "".
func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case json.Number:
		return x.String()
	case map[string]any:
		return jsonString(x["name"])
	}
	return ""
}

// jsonList returns v as a list of strings: a list, a single string, or
// objects with a name ("authors": [{"name": "A"}]).
func jsonList(v any) []string {
	switch x := v.(type) {
	case []any:
		var out []string
		for _, e := range x {
			if s := jsonString(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	case string, map[string]any:
		if s := jsonString(x); s != "" {
			return []string{s}
		}
	}
	return nil
}

// oneLine collapses white space, for fields that are one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// fieldText is a record's text field on one line with its HTML entities
// undone: scrapers copy "Tolls &amp; Locks" from the page's source.
func fieldText(s string) string { return oneLine(html.UnescapeString(s)) }

// paragraphs normalises plain article text: one paragraph per block, blocks
// separated by a blank line, lines within a block joined. Text without
// blank lines has one paragraph per line.
func paragraphs(text string) string {
	text = strings.ReplaceAll(text, "\r", "")
	sep := "\n\n"
	if !strings.Contains(text, sep) {
		sep = "\n"
	}
	var out []string
	for _, block := range strings.Split(text, sep) {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if l = oneLine(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			out = append(out, strings.Join(lines, " "))
		}
	}
	return strings.Join(out, "\n\n")
}
