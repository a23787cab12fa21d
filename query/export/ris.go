package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
)

// risWriter writes RIS records (the 2011 RIS specification): TY first, ER
// last, CRLF line ends, one tag per line, repeated AU and KW.
type risWriter struct{ w io.Writer }

// risDate is the RIS date form YYYY/MM/DD/other, with the unknown parts
// left empty: "2025///", "2025/02//", "2025/02/03/".
func risDate(d pub.Date) string {
	switch d.Precision() {
	case pub.PrecisionNone:
		return ""
	case pub.PrecisionYear:
		return fmt.Sprintf("%04d///", d.Year)
	case pub.PrecisionMonth:
		return fmt.Sprintf("%04d/%02d//", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d/%02d/%02d/", d.Year, d.Month, d.Day)
}

func (rw *risWriter) Write(e Entry) error {
	r := e.Record
	var b strings.Builder
	tag := func(t, v string) {
		if v = oneLine(v); v != "" {
			b.WriteString(t + "  - " + v + "\r\n")
		}
	}
	typ := "RPRT"
	if !isPublication(r) {
		typ = "GEN"
	}
	tag("TY", typ)
	tag("TI", r.Title)
	for _, a := range r.Authors {
		n := parseName(a)
		switch {
		case n.literal != "":
			tag("AU", n.literal)
		case n.given != "":
			tag("AU", n.family+", "+n.given)
		default:
			tag("AU", n.family)
		}
	}
	if !r.Date.IsZero() {
		tag("PY", fmt.Sprintf("%04d", r.Date.Year))
		tag("DA", risDate(r.Date))
	}
	tag("T3", r.Series)
	tag("SN", r.Code) // the report number of a RPRT
	tag("PB", r.Publisher)
	for _, k := range keywords(r) {
		tag("KW", k)
	}
	tag("AB", r.Synopsis)
	tag("UR", r.URL)
	tag("Y2", strings.TrimSuffix(risDate(e.Accessed), "/"))
	b.WriteString("ER  - \r\n")
	_, err := io.WriteString(rw.w, b.String())
	return err
}

func (rw *risWriter) Close() error { return nil }
