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
	// bibFieldRe is one field of an entry on its own line: "title =
	// {…},", "year = 2021,".
	bibFieldRe = regexp.MustCompile(`(?m)^\s*([A-Za-z]+)\s*=\s*(?:[{"](.*?)[}"]|(\d{4}))\s*,?\s*$`)
	// risTagRe is a RIS tag before its value: "TY  - ", "A1 - "; only
	// the format's own tags, so that "UK - EU" inside a title is none.
	risTagRe = regexp.MustCompile(`(?:^|\s)(TY|TI|T1|T2|T3|AU|A1|A2|A3|A4|PY|Y1|Y2|DA|ER|JO|JF|VL|IS|SP|EP|PB|CY|SN|UR|KW|AB|N1|N2|ID|ET|LA|DO|ST|BT|ED|DB|DP|AN|SE|M1|M2|M3|L1|L2|C1|C2|C3) {1,2}- `)
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
	var editors []string
	for _, m := range bibFieldRe.FindAllStringSubmatch(text, -1) {
		v := recordValue(m[2] + m[3])
		switch strings.ToLower(m[1]) {
		case "title":
			rec.title = v
		case "author":
			rec.authors = bibNames(m[2], v)
		case "editor":
			editors = bibNames(m[2], v)
		case "year", "date":
			if rec.date.IsZero() {
				rec.date = recordDate(v)
			}
		case "note":
			note = strings.Trim(v, `"“”`)
		}
	}
	if d, ok := fields.ParseDate(note, fields.DayFirst); ok && d.Year == rec.date.Year && d.Month > 0 && rec.date.Month == 0 {
		rec.date = d // the month in the catalogue's note: "May 2003"
	}
	if len(rec.authors) == 0 {
		rec.authors = editors // an edited volume's editors, when it names no author
	}
	return rec
}

// bibNames are the names of an author or editor field; a body's name in
// double braces ("{{Harbour Board of the Isles and the Quays}}") is one.
func bibNames(raw, v string) []string {
	if strings.HasPrefix(strings.TrimSpace(raw), "{") {
		return []string{v}
	}
	var out []string
	for _, a := range strings.Split(v, " and ") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
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
		iso := m[1]
		if m[2] != "" {
			iso += "-" + m[2]
			if m[3] != "" {
				iso += "-" + m[3]
			}
		}
		if d, ok := fields.ParseDate(iso, fields.DayFirst); ok {
			return d // "2021/05/03", RIS's form
		}
		d, _ := fields.ParseDate(m[1], fields.DayFirst)
		return d
	}
	return pub.Date{}
}
