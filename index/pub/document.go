// Package pub holds the publication types that readers produce and the
// index stores: Document, Date and its Precision, with the helpers that
// define a document's identity (ValidateID, ContentHash, FoldKey). It
// imports no other pubindex package and no bleve, so page readers can build
// documents without depending on the index.
package pub

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PageTypePublication is the page type of every ordinary publication.
const PageTypePublication = "publication"

// Document is one publication as pubindex stores and returns it.
type Document struct {
	// ID is the publication code when there is one (IP25008), else the
	// canonical URL, else "t:" and a hash of the normalised title and date,
	// so the same publication scraped twice is one document.
	ID        string   `json:"id"`
	Code      string   `json:"code,omitempty"`
	Title     string   `json:"title"`
	Series    string   `json:"series,omitempty"`
	Authors   []string `json:"authors,omitempty"`
	Date      Date     `json:"date,omitzero"`
	Regions   []string `json:"regions,omitempty"`
	Topics    []string `json:"topics,omitempty"`
	Publisher string   `json:"publisher,omitempty"`
	// PageType is "publication" for publications; pages kept with
	// --keep-other get what they are (event, news, listing, ...).
	PageType string `json:"page_type,omitempty"`
	Synopsis string `json:"synopsis,omitempty"`
	Body     string `json:"body,omitempty"`
	URL      string `json:"url,omitempty"`
	// Source is the file the stored text was read from: of all the files
	// that gave this document, the most recently modified one. It is not
	// stored with the document but filled in from the source records when
	// a document is read, so a new copy of a page never rewrites it.
	Source string `json:"source,omitempty"`
	// Sources lists every file that gave this document, when the reader
	// asked for them (show, export).
	Sources []string `json:"sources,omitempty"`
	// ContentHash is a hash of the extracted fields above (not of the file),
	// so two scrapes that differ only in site chrome hash the same.
	ContentHash string `json:"content_hash,omitempty"`
}

// MarshalJSON writes the document with its date precision spelled out
// ("date_precision": "day"), for readers that do not want to infer it from
// the length of the date.
func (d Document) MarshalJSON() ([]byte, error) {
	type plain Document
	return json.Marshal(struct {
		plain
		DatePrecision string `json:"date_precision,omitempty"`
	}{plain(d), d.Date.Precision().String()})
}

// Precision says how much of a Date is known.
type Precision uint8

// Date precisions, from least to most precise.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// String returns "year", "month", "day" or "".
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return ""
}

// Date is a publication date known to a day, a month or a year. The zero
// Date means "unknown". Its text form is ISO 8601 with reduced precision:
// "2025-02-03", "2025-02" or "2025".
type Date struct {
	Year  int
	Month int // 0 when only the year is known
	Day   int // 0 when only the year or month is known
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Precision reports how much of the date is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// String formats d as "2025-02-03", "2025-02", "2025" or "".
func (d Date) String() string {
	switch d.Precision() {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Start is the first instant the date can mean (UTC).
func (d Date) Start() time.Time {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// End is the last instant the date can mean (UTC): the end of its day,
// month or year.
func (d Date) End() time.Time {
	s := d.Start()
	switch d.Precision() {
	case PrecisionYear:
		return s.AddDate(1, 0, 0).Add(-time.Nanosecond)
	case PrecisionMonth:
		return s.AddDate(0, 1, 0).Add(-time.Nanosecond)
	}
	return s.AddDate(0, 0, 1).Add(-time.Nanosecond)
}

// Valid reports whether d names a real calendar date (or is zero).
func (d Date) Valid() bool {
	if d.IsZero() {
		return d.Month == 0 && d.Day == 0
	}
	if d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return false
	}
	if d.Month == 0 && d.Day != 0 {
		return false
	}
	if d.Day != 0 {
		t := d.Start()
		return t.Day() == d.Day && int(t.Month()) == d.Month
	}
	return true
}

// ParseISODate parses "2025-02-03", "2025-02" or "2025".
func ParseISODate(s string) (Date, error) {
	parts := strings.Split(s, "-")
	if s == "" || len(parts) > 3 {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		v, err := strconv.Atoi(p)
		if err != nil || len(p) != want {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if !d.Valid() || (len(parts) >= 2 && d.Month == 0) || (len(parts) == 3 && d.Day == 0) {
		return Date{}, fmt.Errorf("date %q is not a calendar date", s)
	}
	return d, nil
}

// MarshalJSON writes the date in its ISO form.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads the ISO form; "" is the zero date.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseISODate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
