package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// jsonlWriter writes each record as one JSON object per line, the fields
// of 'pubindex show --json'.
type jsonlWriter struct{ enc *json.Encoder }

func newJSONL(w io.Writer) *jsonlWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{enc}
}

func (j *jsonlWriter) Write(e Entry) error { return j.enc.Encode(e.Record) }
func (j *jsonlWriter) Close() error        { return nil }

// csvColumns are the CSV header; lists are joined with "; ".
var csvColumns = []string{"id", "code", "title", "authors", "date", "series", "publisher",
	"regions", "topics", "url", "accessed", "synopsis"}

// csvWriter writes RFC 4180 CSV (encoding/csv): fields with commas,
// quotes or line breaks quoted, quotes doubled. Records end in LF, not
// RFC 4180's CRLF: encoding/csv would turn every line break inside a
// field into CRLF too, changing the text.
type csvWriter struct {
	w      *csv.Writer
	header bool
}

func newCSV(w io.Writer) *csvWriter {
	return &csvWriter{w: csv.NewWriter(w)}
}

func (c *csvWriter) Write(e Entry) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	r := e.Record
	return c.w.Write([]string{r.ID, r.Code, r.Title, strings.Join(r.Authors, "; "), r.Date.String(),
		r.Series, r.Publisher, strings.Join(r.Regions, "; "), strings.Join(r.Topics, "; "),
		r.URL, e.Accessed.String(), r.Synopsis})
}

func (c *csvWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	return c.w.Write(csvColumns)
}

func (c *csvWriter) Close() error {
	if err := c.writeHeader(); err != nil { // an empty export still names its columns
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// mdWriter writes a Markdown list, one reference per item: authors (date).
// title. series code. publisher. <url>.
type mdWriter struct {
	w io.Writer
	n int
}

// mdEscaper backslash-escapes what Markdown would read as markup or HTML.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, `!`, `\!`, `~`, `\~`, `&`, `\&`)

func md(s string) string { return mdEscaper.Replace(oneLine(s)) }

func (m *mdWriter) Write(e Entry) error {
	r := e.Record
	var parts []string
	var who []string
	for _, a := range r.Authors {
		if a = md(a); a != "" {
			who = append(who, a)
		}
	}
	head := strings.Join(who, "; ") // a name may hold a comma
	if d := r.Date.String(); d != "" {
		head = strings.TrimSpace(head + " (" + d + ")")
	} else {
		head = strings.TrimSpace(head + " (n.d.)")
	}
	parts = append(parts, head)
	if t := md(r.Title); t != "" {
		parts = append(parts, "**"+t+"**")
	}
	if s := strings.TrimSpace(md(r.Series) + " " + md(r.Code)); s != "" {
		parts = append(parts, s)
	}
	if r.Publisher != "" {
		parts = append(parts, md(r.Publisher))
	}
	if r.URL != "" {
		parts = append(parts, "<"+safeURL(r.URL)+">")
	}
	m.n++
	_, err := fmt.Fprintf(m.w, "%d. %s\n", m.n, strings.Join(parts, ". "))
	return err
}

func (m *mdWriter) Close() error { return nil }
