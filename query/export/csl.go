package export

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
)

// cslWriter writes a CSL-JSON array (the citation-style-language schema's
// csl-data.json), one item per line.
type cslWriter struct {
	w     io.Writer
	count int
}

type cslName struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

type cslItem struct {
	ID              string    `json:"id"`
	Type            string    `json:"type"`
	Title           string    `json:"title"`
	Author          []cslName `json:"author,omitempty"`
	Issued          *cslDate  `json:"issued,omitempty"`
	CollectionTitle string    `json:"collection-title,omitempty"`
	Number          string    `json:"number,omitempty"`
	Publisher       string    `json:"publisher,omitempty"`
	Keyword         string    `json:"keyword,omitempty"`
	Abstract        string    `json:"abstract,omitempty"`
	URL             string    `json:"URL,omitempty"`
	Accessed        *cslDate  `json:"accessed,omitempty"`
}

// cslDateOf keeps the date's precision: [[2025]], [[2025, 2]] or
// [[2025, 2, 3]].
func cslDateOf(d pub.Date) *cslDate {
	var parts []int
	switch d.Precision() {
	case pub.PrecisionNone:
		return nil
	case pub.PrecisionYear:
		parts = []int{d.Year}
	case pub.PrecisionMonth:
		parts = []int{d.Year, d.Month}
	default:
		parts = []int{d.Year, d.Month, d.Day}
	}
	return &cslDate{DateParts: [][]int{parts}}
}

func (c *cslWriter) Write(e Entry) error {
	r := e.Record
	it := cslItem{ID: r.ID, Type: "report", Title: oneLine(r.Title), Issued: cslDateOf(r.Date),
		CollectionTitle: oneLine(r.Series), Number: oneLine(r.Code), Publisher: oneLine(r.Publisher),
		Keyword: strings.Join(keywords(r), ", "), Abstract: oneLine(r.Synopsis), URL: oneLine(r.URL),
		Accessed: cslDateOf(e.Accessed)}
	if !isPublication(r) {
		it.Type = "webpage"
	}
	for _, a := range r.Authors {
		n := parseName(a)
		if n.family == "" && n.literal == "" {
			continue
		}
		it.Author = append(it.Author, cslName{Family: n.family, Given: n.given, Literal: n.literal})
	}
	js, err := json.Marshal(it)
	if err != nil {
		return err
	}
	sep := ",\n"
	if c.count == 0 {
		sep = "[\n"
	}
	c.count++
	if _, err := io.WriteString(c.w, sep); err != nil {
		return err
	}
	_, err = c.w.Write(js)
	return err
}

func (c *cslWriter) Close() error {
	end := "\n]\n"
	if c.count == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(c.w, end)
	return err
}
