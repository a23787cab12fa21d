package generic

import (
	"regexp"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
)

// A catalogue's "export citation" page saved as the page is one record in
// a reference manager's format, BibTeX or RIS, with no prose: its fields
// are the publication's.

var (
	// bibEntryRe opens a BibTeX entry: "@book{238099,".
	bibEntryRe = regexp.MustCompile(`(?m)^\s*@([A-Za-z]+)\s*\{`)
	// bibFieldRe is one field of an entry on its own line: "title = {…},".
	bibFieldRe = regexp.MustCompile(`(?m)^\s*([A-Za-z]+)\s*=\s*[{"](.*?)[}"]\s*,?\s*$`)
	// risTagRe is a RIS tag before its value: "TY  - ", "A1 - ".
	risTagRe = regexp.MustCompile(`(?:^|\s)([A-Z][A-Z0-9]) {1,2}- `)
	// yearDayRe is a record's year, with its month and day when given.
	yearDayRe = regexp.MustCompile(`\b((?:1[89]|20)\d\d)(?:[-/](\d\d)(?:[-/](\d\d))?)?\b`)
)

// readCiteRecord reads the page as one BibTeX or RIS record: its title,
// authors and year. The zero record when the page is none, or holds
// several (a list's export is a listing).
func readCiteRecord(text string) jsonRecord {
	text = strings.TrimSpace(text[:min(len(text), jsonRecordBytes)])
	switch {
	case strings.HasPrefix(text, "@") && len(bibEntryRe.FindAllStringIndex(text, 2)) == 1:
		return bibRecord(text)
	case strings.HasPrefix(text, "TY ") && strings.Count(text, "TY  - ")+strings.Count(text, "TY - ") == 1:
		return risRecord(text)
	}
	return jsonRecord{}
}

func bibRecord(text string) jsonRecord {
	var rec jsonRecord
	note := ""
	for _, m := range bibFieldRe.FindAllStringSubmatch(text, -1) {
		v := recordValue(m[2])
		switch strings.ToLower(m[1]) {
		case "title":
			rec.title = v
		case "author", "editor":
			if len(rec.authors) == 0 {
				for _, a := range strings.Split(v, " and ") {
					if a = strings.TrimSpace(a); a != "" {
						rec.authors = append(rec.authors, a)
					}
				}
			}
		case "year", "date":
			if rec.date.IsZero() {
				rec.date = recordDate(v)
			}
		case "note":
			note = strings.Trim(v, `"“”`)
		}
	}
	if d, ok := fields.ParseDate(note, fields.DayFirst); ok && d.Year == rec.date.Year && d.Month > 0 && rec.date.Month == 0 {
		rec.date = d // the month in the catalogue's note: "September 2003"
	}
	return rec
}

func risRecord(text string) jsonRecord {
	var rec jsonRecord
	tags := risTagRe.FindAllStringSubmatchIndex(text, -1)
	for k, m := range tags {
		end := len(text)
		if k+1 < len(tags) {
			end = tags[k+1][0]
		}
		v := recordValue(text[m[1]:end])
		switch text[m[2]:m[3]] {
		case "TI", "T1":
			if rec.title == "" {
				rec.title = v
			}
		case "AU", "A1":
			if v != "" {
				rec.authors = append(rec.authors, v)
			}
		case "PY", "Y1", "DA":
			if rec.date.IsZero() {
				rec.date = recordDate(v)
			}
		}
	}
	return rec
}

// recordValue is a field's value without its braces, spacing and the
// catalogue's trailing punctuation ("Annual report : ", "Kiel :").
func recordValue(v string) string {
	v = strings.NewReplacer("{", "", "}", "").Replace(v)
	v = strings.Join(strings.Fields(v), " ")
	return strings.TrimRight(v, " :/;,.")
}

// recordDate is a record's year, or its day when the value gives one.
func recordDate(v string) pub.Date {
	if d, ok := fields.ParseDate(v, fields.DayFirst); ok && d.Day > 0 {
		return d
	}
	if m := yearDayRe.FindStringSubmatch(v); m != nil {
		d, _ := fields.ParseDate(m[1], fields.DayFirst)
		return d
	}
	return pub.Date{}
}
